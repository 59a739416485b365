"""Read ``*.rq`` files: parse the header into a :class:`SavedQuery`, check the SPARQL syntax."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from ..errors import QueryError
from ..store import QUERY_PREFIXES
from ..vocab import PREFIXES
from ._model import INLINE, PARAM_TYPES, Param, SavedQuery
from ._text import MAX_NESTING, nesting_depth, not_utf8, update_keyword

__all__ = ["get_query", "parse_query_text", "read_queries", "read_query"]

_HEADER = re.compile(r"^#\s*(title|description|param)\s*:\s?(.*)$")
_CONTINUATION = re.compile(r"^#\s{2,}(\S.*)$")
_PARAM = re.compile(r'^(\S+)\s+(\S+)(?:\s+("(?:[^"\\]|\\.)*"|\S+))?(?:\s+(.*))?$')
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def read_queries(directory: str | Path) -> dict[str, SavedQuery]:
    """Every ``*.rq`` in ``directory``, keyed by file stem, sorted by name."""
    root = Path(directory)
    if not root.is_dir():
        raise QueryError(str(root), "no such queries folder; give the folder with the .rq files")
    paths = sorted(root.glob("*.rq"), key=lambda p: p.stem)  # data-quality before data-quality-x
    return {q.name: q for q in (read_query(p) for p in paths)}


def read_query(path: str | Path) -> SavedQuery:
    """Read one ``.rq`` file; its name is the file stem."""
    path = Path(path)
    if path.exists() and not path.is_file() and not path.is_dir():  # reading a pipe blocks
        raise QueryError(str(path), "not a regular file (a pipe or a device); give a .rq file")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise QueryError(str(path), "no such query file; check the name") from err
    except UnicodeDecodeError as err:
        raise QueryError(str(path), "not UTF-8 text; save the file as UTF-8") from err
    except IsADirectoryError as err:
        raise QueryError(str(path), "a folder, not a query file; give a .rq file") from err
    return parse_query_text(text, name=path.stem, path=str(path))


def parse_query_text(text: str, name: str = "inline", *, path: str | None = None) -> SavedQuery:
    """Parse the header and check the SPARQL syntax of ``text``.

    >>> q = parse_query_text("# title: All\\n# param: n integer 3 how many\\nASK { ?s ?p ?n }")
    >>> q.title, q.params[0].default
    ('All', '3')
    """
    where = path if path is not None else INLINE
    bad = not_utf8(text)
    if bad is not None:
        first = next(i for i, c in enumerate(text) if not_utf8(c))
        raise QueryError(
            where, f"the query is {bad}; write it as UTF-8 text", text.count("\n", 0, first) + 1
        )
    fields: dict[str, list[str]] = {"title": [], "description": []}
    params: list[Param] = []
    current: str | None = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            current = None
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER.match(stripped)
        if match:
            key, value = match.group(1), match.group(2).strip()
            if key == "param":
                params.append(_param(value, where, lineno))
            else:
                fields[key].append(value)
            current = key
            continue
        more = _CONTINUATION.match(line.rstrip())
        if current == "param" and more:
            last = params[-1]
            params[-1] = replace(last, description=f"{last.description} {more.group(1).strip()}")
        elif current is not None and more:
            fields[current].append(more.group(1).strip())
        else:
            current = None
    seen: set[str] = set()
    for p in params:
        if p.name in seen:
            raise QueryError(where, f"parameter '{p.name}' is declared twice; keep one")
        seen.add(p.name)
    depth, deepest_line = nesting_depth(text)
    if depth > MAX_NESTING:
        raise QueryError(
            where,
            f"brackets nested more than {MAX_NESTING} levels deep; flatten the query",
            deepest_line,
        )
    if _oxigraph_rejects(text) is not None:
        keyword = update_keyword(text)
        if keyword is not None:
            raise QueryError(
                where,
                f"this is an update ({keyword}); queries are read-only: the graph changes only "
                "through 'secgraph build'",
            )
        tree = _check_syntax(text, where)
        _check_prefixes(tree, text, where)
    for p in params:
        if not re.search(rf"[?$]{p.name}\b", text):
            raise QueryError(where, f"parameter '{p.name}' is not used in the query; use ?{p.name}")
    return SavedQuery(
        name=name,
        title=" ".join(fields["title"]),
        description=" ".join(fields["description"]),
        params=tuple(params),
        text=text,
        path=where,
    )


def _param(value: str, path: str, line: int) -> Param:
    match = _PARAM.match(value)
    if not match:
        raise QueryError(
            path, "bad '# param:' line; write '# param: NAME TYPE DEFAULT description'", line
        )
    name, kind, default, description = match.groups()
    if not _NAME.match(name):
        raise QueryError(path, f"bad parameter name '{name}'; use letters, digits and '_'", line)
    if kind not in PARAM_TYPES:
        raise QueryError(
            path, f"unknown parameter type '{kind}'; use one of {', '.join(PARAM_TYPES)}", line
        )
    required = default == "required"
    if default in (None, "-", "required"):
        default = None
    elif default.startswith('"'):
        default = re.sub(r"\\(.)", r"\1", default[1:-1])
    return Param(name, kind, default, (description or "").strip(), required)


def _oxigraph_rejects(text: str) -> str | None:
    """Why Oxigraph does not parse ``text`` with the project's prefixes (about 1 ms), or None.

    rdflib's parser takes about 60 ms a query (200 ms for the first), which matters for a
    one-query command; it still runs whenever Oxigraph rejects a query, to tell a syntax
    error (located by Oxigraph, which points at the very token) from an undeclared prefix.
    The query is evaluated over an empty in-memory store, so nothing is read; SERVICE
    clauses would reach out, so those queries go to rdflib.
    """
    if re.search(r"(?i)\bSERVICE\b", text):
        return ""
    try:
        result = ox.Store().query(text, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)
        if not isinstance(result, ox.QueryBoolean):
            list(result)
    except (SyntaxError, RuntimeError, ValueError) as err:
        return str(err)
    return None


def _check_syntax(text: str, path: str) -> Any:
    """Parse with rdflib; a syntax error names its line and column and quotes the text there
    (the start of the clause that does not parse: pyparsing's "Expected SelectQuery" says
    nothing more).

    >>> _check_syntax("SELECT ?s WHERE {\\n  ?s ?p\\n}", "q.rq")
    Traceback (most recent call last):
    ...
    secgraph.errors.QueryError: q.rq:2: SPARQL syntax error at column 3, in '?s ?p'; fix the query
    """
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        return parseQuery(text)
    except ParseBaseException as err:
        lines = text.splitlines()
        here = lines[err.lineno - 1][err.col - 1 :].strip() if err.lineno <= len(lines) else ""
        where = f"in '{here[:50]}'" if here else "at the end of the query"
        raise QueryError(
            path, f"SPARQL syntax error at column {err.col}, {where}; fix the query", err.lineno
        ) from err


def _check_prefixes(tree: Any, text: str, path: str) -> None:
    """Report a prefixed name whose prefix is neither declared nor one of the project's."""
    from rdflib.plugins.sparql.parserutils import CompValue

    declared = {p for p, _ns in Graph().namespaces()} | set(PREFIXES)
    used: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, CompValue):
            if node.name == "PrefixDecl":
                declared.add(node.get("prefix") or "")
            elif node.name == "pname":
                used.append(node.get("prefix") or "")
            for value in node.values():
                walk(value)
        elif isinstance(node, list | tuple) or hasattr(node, "asList"):
            for item in node:
                walk(item)

    walk(tree)
    for prefix in used:
        if prefix not in declared:
            line = next(
                (n for n, ln in enumerate(text.splitlines(), 1) if re.search(rf"\b{prefix}:", ln)),
                None,
            )
            raise QueryError(
                path,
                f"unknown prefix '{prefix}:'; declare it with PREFIX or use sg:, schema:, ...",
                line,
            )


def get_query(
    queries: Mapping[str, SavedQuery], name: str, *, where: str | None = None
) -> SavedQuery:
    """The query called ``name``; an unknown name suggests the closest one."""
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, list(queries), n=1)
    hint = f"did you mean '{close[0]}'?" if close else "list them with 'secgraph query list'"
    raise QueryError(where, f"unknown query '{name}'; {hint}")
