"""A secgraph project: a folder with ``secgraph.toml``, its fact files, its own reference
entries and saved queries, and its build.

``secgraph init DIR`` makes one (:func:`init_project`); commands find one as git finds a
repository (:func:`find_project`: the folder itself, then each parent). The repository's
clone is one project among others: its ``secgraph.toml`` names its own ``ontology/`` and
``queries/``. A project's ``data/reference/`` without ``countries.csv`` extends the shipped
reference tables, and its ``queries/`` extends the shipped saved queries (a file with a
shipped query's name replaces it).

>>> config = '[project]\\ndata = "facts"\\n'
>>> p = parse_project(config, Path("/p"))
>>> p.data, p.build, p.ontology
(PosixPath('/p/facts'), PosixPath('/p/build'), None)
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .atomic import os_reason
from .errors import InputError

__all__ = [
    "CONFIG_NAME",
    "Project",
    "check_build_folder",
    "check_not_nested",
    "find_project",
    "init_project",
    "parse_project",
    "read_project",
]

CONFIG_NAME = "secgraph.toml"
_KEYS = ("data", "queries", "build", "ontology")
_QUERY_KEYS = ("timeout",)

_CONFIG = """\
# A secgraph project. Folders are relative to this file; commands run anywhere inside it.
[project]
data = "data"          # data/articles/*.yaml: one fact file per article
                       # data/reference/*.yaml: your own officials, organisations, dialogues
                       #   and places, added to the shipped ones (same id: yours wins)
queries = "queries"    # your saved queries (*.rq), beside the shipped ones (same name: yours)
build = "build"        # where 'secgraph build' writes the store and the report
# ontology = "ontology"  # a folder that replaces the shipped ontology, SKOS schemes and shapes

# [query]
# timeout = 300        # seconds a query may run ('secgraph query run'); 0 for no limit
"""

_REFERENCE_README = """\
Your own reference entries, in the format of the shipped tables (see 'secgraph list
officials' and the README's "The fact format"): officials.yaml, organisations.yaml,
dialogues.yaml, places.yaml, each a list of entries ('- id: ...'). They are added to the
shipped entries; an entry with a shipped id replaces it. A countries.csv here would replace
the shipped country table (and then this folder must hold every table).
"""

_QUERIES_README = """\
Your own saved queries: NAME.rq files with a '# title:' header (see 'secgraph query show
partners'). They are listed and run beside the shipped ones; a file named like a shipped query
replaces it.
"""


@dataclass(frozen=True)
class Project:
    """A project's folders, all absolute. ``ontology`` is None for the shipped ontology;
    ``query_timeout`` (seconds, 0 for none) is None when ``[query]`` does not set it."""

    root: Path
    config: Path
    data: Path
    queries: Path
    build: Path
    ontology: Path | None = None
    query_timeout: float | None = None

    @property
    def articles(self) -> Path:
        return self.data / "articles"

    @property
    def reference(self) -> Path:
        return self.data / "reference"


def parse_project(text: str, root: Path, *, path: str | None = None) -> Project:
    """A project from the text of its ``secgraph.toml`` (folders relative to ``root``)."""
    where = path if path is not None else str(root / CONFIG_NAME)
    try:
        config = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(err))
        line = int(match.group(1)) if match else None
        why = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(err))
        raise InputError(where, f"broken TOML: {why}; fix the syntax", line) from err
    section = config.get("project", {})
    if not isinstance(section, dict):
        raise InputError(where, "'project' must be a table; write [project]")
    for key, value in section.items():
        if key not in _KEYS:
            close = difflib.get_close_matches(key, _KEYS, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"use {', '.join(_KEYS)}"
            raise InputError(where, f"unknown key '{key}' in [project]; {hint}")
        if not isinstance(value, str) or not value.strip():
            raise InputError(where, f"'{key}' must be a folder name in quotes, e.g. \"{key}\"")
        if any(ord(c) < 32 or ord(c) == 127 for c in value):  # "build\u0000x"
            raise InputError(where, f"'{key}' holds a control character; write a folder name")
    for key in config:
        if key not in ("project", "query"):
            raise InputError(
                where, f"unknown table [{key}]; secgraph.toml has [project] and [query] only"
            )
    timeout = _query_timeout(config.get("query", {}), where)

    def folder(key: str, default: str) -> Path:
        return root / str(section.get(key, default))

    ontology = section.get("ontology")
    check_build_folder(
        folder("build", "build"),
        root,
        {"data": folder("data", "data"), "queries": folder("queries", "queries")}
        | ({"ontology": folder("ontology", ontology)} if ontology else {}),
        where,
    )
    return Project(
        root=root,
        config=root / CONFIG_NAME,
        data=folder("data", "data"),
        queries=folder("queries", "queries"),
        build=folder("build", "build"),
        ontology=folder("ontology", ontology) if ontology else None,
        query_timeout=timeout,
    )


def check_build_folder(build: Path, root: Path, inputs: dict[str, Path], where: str) -> None:
    """Refuse a build folder that is the project (or above it) or shares a folder with its
    inputs: a build writes and removes files there (``build = "/"`` wrote a store into the
    file system's root; ``build = "data/articles"`` put one among the fact files)."""
    b = Path(os.path.normpath(build))
    r = Path(os.path.normpath(root))
    if b == r or b in r.parents:
        raise InputError(
            where,
            f"'build' is the project folder or above it ({b}); a build writes and removes "
            'files there: name a folder of its own, e.g. "build"',
        )
    for key, folder in inputs.items():
        f = Path(os.path.normpath(folder))
        if b == f or f in b.parents or b in f.parents:
            raise InputError(
                where,
                f"'build' ({b}) overlaps '{key}' ({f}); keep the build apart from the "
                'inputs: e.g. build = "build"',
            )


def _query_timeout(section: object, where: str) -> float | None:
    """``timeout`` of the ``[query]`` table: seconds (0 for no limit), None when unset."""
    if not isinstance(section, dict):
        raise InputError(where, "'query' must be a table; write [query]")
    for key in section:
        if key not in _QUERY_KEYS:
            raise InputError(where, f"unknown key '{key}' in [query]; use timeout")
    value = section.get("timeout")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise InputError(
            where, "[query] timeout must be a number of seconds, 0 for no limit; e.g. 300"
        )
    if value == float("inf"):
        return 0.0
    return float(value)


def read_project(directory: str | Path) -> Project:
    """The project whose ``secgraph.toml`` is in ``directory``."""
    root = Path(directory).resolve()
    config = root / CONFIG_NAME
    try:
        text = config.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise InputError(
            str(directory),
            f"not a secgraph project (no {CONFIG_NAME}); create one with 'secgraph init "
            f"{directory}'",
        ) from err
    except UnicodeDecodeError as err:
        raise InputError(str(config), "not UTF-8 text; save the file as UTF-8") from err
    project = parse_project(text, root, path=str(config))
    check_not_nested(root)
    return project


def check_not_nested(folder: str | Path) -> None:
    """Refuse ``folder`` when it lies in the data, build, queries or ontology folder of a
    project above it.

    Such a project's files would be another project's input (its fact files beside the
    outer ones, its queries listed as the outer project's) or inside a build folder that
    builds rewrite, and commands run in it would silently find one project or the other
    depending on the folder they start in. A project beside another, or in an ordinary
    subfolder of one (``docs/example``), is fine.
    """
    here = Path(folder).resolve()
    for above in here.parents:
        config = above / CONFIG_NAME
        if not config.is_file():
            continue
        try:
            outer = parse_project(config.read_text(encoding="utf-8"), above, path=str(config))
        except (OSError, UnicodeDecodeError, InputError):  # not ours to judge here
            return
        roles = [("data", outer.data), ("build", outer.build), ("queries", outer.queries)]
        if outer.ontology is not None:
            roles.append(("ontology", outer.ontology))
        for role, path in roles:
            if here == path or path in here.parents:
                raise InputError(
                    str(folder),
                    f"inside the {role} folder of the project {above} (a project there would "
                    f"be read or rewritten as part of it); put the project outside {path}",
                )
        return  # the nearest project above decides


def find_project(start: str | Path) -> Project | None:
    """The project of ``start``: the nearest folder at or above it with ``secgraph.toml``."""
    here = Path(start).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_NAME).is_file():
            return read_project(folder)
    return None


def init_project(directory: str | Path) -> Project:
    """Create a project in ``directory`` (made if missing) and return it.

    Writes ``secgraph.toml``, ``data/articles/``, ``data/reference/`` and ``queries/`` (each
    folder with a README saying what goes there). Refuses a folder that already holds a
    ``secgraph.toml``, and writes nothing then.
    """
    root = Path(directory)
    config = root / CONFIG_NAME
    if config.exists():
        raise InputError(str(config), "already a secgraph project; init another folder")
    if root.exists() and not root.is_dir():
        raise InputError(str(root), "not a folder; give a new or existing folder")
    check_not_nested(root)
    made = not root.exists()
    try:
        for folder in (root / "data" / "articles", root / "data" / "reference", root / "queries"):
            folder.mkdir(parents=True, exist_ok=True)
        for path, text in (
            (root / "data" / "reference" / "README.md", _REFERENCE_README),
            (root / "queries" / "README.md", _QUERIES_README),
        ):
            if not path.exists():
                path.write_text(text, encoding="utf-8")
        tmp = config.with_name(config.name + ".tmp")
        tmp.write_text(_CONFIG, encoding="utf-8")
        tmp.replace(config)
    except OSError as err:  # /proc/x, a read-only or full disk: one line, nothing left
        if made:
            shutil.rmtree(root, ignore_errors=True)
        where = err.filename if err.filename is not None else root
        raise InputError(str(where), f"cannot create the project: {os_reason(err)}") from err
    return read_project(root)
