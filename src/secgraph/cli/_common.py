"""The click group, shared options, default paths and the error bridge."""

from __future__ import annotations

import errno
import importlib.util
import os
import re
import sys
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn, TypeVar

import click

import secgraph as sg
from secgraph.atomic import os_reason
from secgraph.project import (
    CONFIG_NAME,
    Project,
    check_build_folder,
    find_project,
    read_project,
)
from secgraph.resources import shipped_dir

__all__ = [
    "BUILD_DIR_OPTION",
    "DATA_ARGUMENT",
    "ONTOLOGY_OPTION",
    "PROJECT_ENV",
    "STORE_OPTION",
    "build_path",
    "cli",
    "current_project",
    "data_paths",
    "format_option",
    "handle_errors",
    "lazy_import",
    "not_a_file",
    "ontology_path",
    "open_store",
    "queries_dirs",
]

F = TypeVar("F", bound=Callable[..., Any])

PROJECT_ENV = "SECGRAPH_PROJECT"


def lazy_import(name: str) -> ModuleType:
    """A module that is imported on first attribute access (the stdlib LazyLoader recipe).

    Commands import heavy libraries (networkx, pySHACL, matplotlib) this way, so that a
    query does not pay for what only ``analyze`` or ``report`` needs.
    """
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


def current_project(*, required: bool) -> Project | None:
    """The project of this command: ``--project``, ``SECGRAPH_PROJECT``, or the nearest folder
    at or above the current one with ``secgraph.toml`` (as git finds a repository).

    With ``required``, no project is an error. Whenever a project is used and it is not the
    current folder, stderr says which one (once per command): secgraph never falls back
    silently to another folder.
    """
    ctx = click.get_current_context()
    meta = ctx.meta
    if "secgraph.project" not in meta:
        given: Path | None = meta.get("secgraph.project_dir")
        if given is not None:
            meta["secgraph.project"] = read_project(given)
            meta["secgraph.found_by"] = meta.get("secgraph.project_from", "--project")
        else:
            meta["secgraph.project"] = find_project(Path.cwd())
            meta["secgraph.found_by"] = "found above the current folder"
    project: Project | None = meta["secgraph.project"]
    if project is None:
        if required:
            raise sg.InputError(
                None,
                f"no secgraph project in {Path.cwd()} or above it (no {CONFIG_NAME}); create "
                "one with 'secgraph init DIR', or name one with --project DIR or "
                f"{PROJECT_ENV}",
            )
        return None
    if project.root != Path.cwd().resolve() and not meta.get("secgraph.announced"):
        meta["secgraph.announced"] = True
        click.echo(
            f"secgraph: project {project.root} ({meta['secgraph.found_by']}); "
            f"build {project.build}",
            err=True,
        )
    return project


def data_paths(data_dir: Path | None, ontology_dir: Path | None) -> tuple[Path, Path]:
    """The data and ontology folders: as given, else the project's."""
    data = data_dir if data_dir is not None else _project().data
    return data, ontology_path(ontology_dir)


def ontology_path(ontology_dir: Path | None) -> Path:
    """As given, else the project's own ontology if it names one, else the shipped one."""
    if ontology_dir is not None:
        return ontology_dir
    project = current_project(required=False)
    if project is not None and project.ontology is not None:
        return project.ontology
    return shipped_dir("ontology")


def not_a_file(path: Path) -> str:
    """Why ``path``, which is not a regular file, cannot be read: said as it is (a link loop
    and a named pipe were both "no such file")."""
    if path.is_symlink() and not path.exists():
        return "a link to nothing (or a link loop)"
    if path.is_dir():
        return "a folder, not a file"
    if path.exists():
        return "not a regular file (a pipe or a device)"
    return "no such file"


def build_path(build_dir: Path | None) -> Path:
    """The build folder: as given, else the project's."""
    if build_dir is None:
        return _project().build
    in_command = click.get_current_context(silent=True) is not None  # else a library caller
    project = current_project(required=False) if in_command else None
    if project is not None:  # --build . or --build data: as refused in secgraph.toml
        inputs = {"data": project.data, "queries": project.queries}
        check_build_folder(build_dir.resolve(), project.root, inputs, "--build")
    elif build_dir.resolve() == Path(build_dir.resolve().anchor):
        raise sg.InputError("--build", "the root of the file system; give a folder of its own")
    return build_dir


def queries_dirs(queries_dir: Path | None) -> list[Path]:
    """The folders of saved queries, the last one winning a name: as given, else the
    shipped queries and the project's own ``queries/``."""
    if queries_dir is not None:
        return [queries_dir]
    folders = [shipped_dir("queries")]
    project = current_project(required=False)
    if (
        project is not None
        and project.queries.is_dir()
        and project.queries.resolve() != folders[0].resolve()
    ):
        folders.append(project.queries)
    return folders


def _project() -> Project:
    project = current_project(required=True)
    assert project is not None
    return project


#: What the system may refuse while a command runs (a full disk, a closed pipe, rights):
#: not bugs, so one line and exit 2 rather than a traceback. Other OSErrors stay loud.
_SYSTEM_REFUSALS = frozenset(
    {
        errno.ENOSPC,
        errno.EDQUOT,
        errno.EIO,
        errno.EACCES,
        errno.EPERM,
        errno.EROFS,
        errno.ELOOP,
        errno.EMFILE,
        errno.ENFILE,
        errno.EFBIG,
        errno.ENAMETOOLONG,  # a 300-character name given for any path: Path.is_file() raises
        errno.EISDIR,
        errno.ENOTDIR,
        errno.ENXIO,  # a socket given as a file
    }
)


def handle_errors(func: F) -> F:
    """The one bridge from SecgraphError to a one-line message and exit status 2.

    Output is flushed inside the bridge, so a full disk or a closed pipe behind stdout
    (``> /dev/full``) is reported here too, as one line, rather than when Python exits.
    """

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            result = func(*args, **kwargs)
            sys.stdout.flush()
            return result
        except sg.SecgraphError as err:
            _fail(str(err))
        except KeyboardInterrupt:  # here, not in click: click first prints an empty line
            _drop_stdout()
            click.echo("secgraph: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:  # `secgraph export | head`: the reader has what it wanted
            _drop_stdout()
            sys.exit(1)
        except OSError as err:
            if err.errno not in _SYSTEM_REFUSALS:
                raise
            where = err.filename if err.filename is not None else "<stdout>"
            _fail(f"{where}: {os_reason(err)}")

    return wrapper  # type: ignore[return-value]


#: Control characters echoed in a message (a NUL in an entity name) are shown escaped: raw,
#: they are invisible or move the terminal's cursor.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _fail(message: str) -> NoReturn:
    """Print ``secgraph: message`` as one line on stderr and exit 2."""
    one_line = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", message.replace("\r", "\\r"))
    one_line = one_line.replace("\n", "\\n")
    _drop_stdout()
    click.echo(f"secgraph: {one_line}", err=True)
    sys.exit(2)


def _drop_stdout() -> None:
    """Send what stdout still buffers to /dev/null: after a failed write Python would try
    again at exit and print a second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real stdout (a test runner's buffer)
        pass


DATA_ARGUMENT = click.argument("data_dir", required=False, type=click.Path(path_type=Path))
ONTOLOGY_OPTION = click.option(
    "--ontology",
    "ontology_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder with secgraph.ttl, the SKOS schemes and shapes.ttl [default: the project's "
    "'ontology' if secgraph.toml names one, else the shipped ontology].",
)
BUILD_DIR_OPTION = click.option(
    "--build",
    "build_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Build folder written by 'secgraph build' [default: the project's].",
)


class _StoreSpecType(click.ParamType):
    """``--store`` parsed once, here at the edge, into a :class:`secgraph.StoreSpec`."""

    name = "SPEC"

    def convert(self, value: Any, param: Any, ctx: Any) -> sg.StoreSpec:
        from secgraph.store import StoreSpec

        try:
            return StoreSpec.parse(value)
        except sg.StoreError as err:
            self.fail(str(err), param, ctx)


STORE_OPTION = click.option(
    "--store",
    "store_spec",
    type=_StoreSpecType(),
    default="oxigraph",
    show_default=True,
    envvar="SECGRAPH_STORE",
    help=(
        "Where the graph lives: 'oxigraph' (on disk in BUILD/store), 'oxigraph:PATH', "
        "'memory' (rdflib, from the build's TriG), a SPARQL server URL "
        "(http://host:port, Oxigraph layout), 'query=URL,update=URL,gsp=URL', or 'remote' "
        "(SECGRAPH_QUERY_URL, SECGRAPH_UPDATE_URL, SECGRAPH_GSP_URL)."
    ),
)


def format_option(choices: Sequence[str], *, default: str, help: str | None = None) -> Any:
    """The ``--format`` option (value in ``fmt``) of a command that prints in these formats."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=default,
        show_default=True,
        help=help,
    )


def open_store(store_spec: sg.StoreSpec, build_dir: Path | None) -> sg.Store:
    """Open the store the options name, read-only: every command that calls this only reads,
    so several of them (a notebook, two terminals) can query one built store at once."""
    return sg.open_store(store_spec, build_dir=build_path(build_dir), read_only=True)


class _Group(click.Group):
    """The top group: a usage error (an unknown option, a value not among the choices, a
    missing argument) is one line too, ``secgraph: what; see 'secgraph CMD --help'``, exit 2,
    like every other refusal (click prints the usage, a hint and a blank line before it)."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        if not kwargs.get("standalone_mode", True):
            return super().main(*args, **kwargs)
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError as err:  # `secgraph` alone: the help
            err.show()
            sys.exit(err.exit_code)
        except click.UsageError as err:
            command = err.ctx.command_path if err.ctx is not None else "secgraph"
            what = " ".join(err.format_message().split()).rstrip(".")
            _fail(f"{what}; see '{command} --help'")
        except click.ClickException as err:
            err.show()
            sys.exit(err.exit_code)
        except click.Abort:  # Ctrl-C at a prompt or while a command ran
            click.echo("secgraph: interrupted", err=True)
            sys.exit(130)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(sg.__version__, prog_name="secgraph")
@click.option(
    "--project",
    "project_dir",
    type=click.Path(path_type=Path, file_okay=False),
    envvar=PROJECT_ENV,
    default=None,
    help=f"The project folder (with {CONFIG_NAME}) [default: the nearest one at or above the "
    f"current folder; env {PROJECT_ENV}].",
)
@click.pass_context
def cli(ctx: click.Context, project_dir: Path | None) -> None:
    """secgraph: a knowledge graph of bilateral security relations between states.

    \b
    Start a project of your own:  secgraph init my-project && cd my-project
    then put fact files in data/articles/ and run:  secgraph build && secgraph report
    """
    ctx.meta["secgraph.project_dir"] = project_dir
    source = ctx.get_parameter_source("project_dir")
    from_env = source is click.core.ParameterSource.ENVIRONMENT
    ctx.meta["secgraph.project_from"] = PROJECT_ENV if from_env else "--project"
