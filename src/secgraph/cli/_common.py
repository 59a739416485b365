"""The click group, shared options, default paths and the error bridge."""

from __future__ import annotations

import errno
import importlib.util
import os
import sys
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn, TypeVar

import click

import secgraph as sg
from secgraph.atomic import os_reason

__all__ = [
    "BUILD_DIR_OPTION",
    "DATA_ARGUMENT",
    "ONTOLOGY_OPTION",
    "STORE_OPTION",
    "cli",
    "data_paths",
    "default_dir",
    "format_option",
    "handle_errors",
    "lazy_import",
    "open_store",
]

F = TypeVar("F", bound=Callable[..., Any])

_CHECKOUT = Path(__file__).resolve().parents[3]


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


def default_dir(name: str) -> Path:
    """``./NAME`` when it exists, else the source checkout's (for an editable install)."""
    here = Path(name)
    if here.exists() or not (_CHECKOUT / name).exists():
        return here
    return _CHECKOUT / name


def data_paths(data_dir: Path | None, ontology_dir: Path | None) -> tuple[Path, Path]:
    """The data and ontology folders, defaulting to ./data and ./ontology."""
    data = data_dir if data_dir is not None else default_dir("data")
    ontology = ontology_dir if ontology_dir is not None else default_dir("ontology")
    return data, ontology


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
        except BrokenPipeError:  # `secgraph export | head`: the reader has what it wanted
            _drop_stdout()
            sys.exit(1)
        except OSError as err:
            if err.errno not in _SYSTEM_REFUSALS:
                raise
            where = err.filename if err.filename is not None else "<stdout>"
            _fail(f"{where}: {os_reason(err)}")

    return wrapper  # type: ignore[return-value]


def _fail(message: str) -> NoReturn:
    """Print ``secgraph: message`` as one line on stderr and exit 2."""
    one_line = message.replace("\r", "\\r").replace("\n", "\\n")
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
    help="Folder with secgraph.ttl, the SKOS schemes and shapes.ttl [default: ./ontology].",
)
BUILD_DIR_OPTION = click.option(
    "--build",
    "build_dir",
    type=click.Path(path_type=Path),
    default=Path("build"),
    show_default=True,
    help="Build folder: 'secgraph build' writes it, the other commands read it.",
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


def open_store(store_spec: sg.StoreSpec, build_dir: Path) -> sg.Store:
    """Open the store the options name, read-only: every command that calls this only reads,
    so several of them (a notebook, two terminals) can query one built store at once."""
    return sg.open_store(store_spec, build_dir=build_dir, read_only=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(sg.__version__, prog_name="secgraph")
def cli() -> None:
    """secgraph: a knowledge graph of bilateral security relations between states."""
