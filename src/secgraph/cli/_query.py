"""``secgraph query list|show|run``: saved SPARQL queries over the built graph."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from secgraph.errors import QueryError
from secgraph.queries import (
    INFERENCE,
    RESULT_FORMATS,
    SavedQuery,
    format_result,
    get_query,
    parse_query_text,
    read_queries,
    read_query,
    run_query,
)

from ._common import (
    BUILD_DIR_OPTION,
    STORE_OPTION,
    cli,
    current_project,
    format_option,
    handle_errors,
    open_store,
    queries_dirs,
)
from ._deadline import DEFAULT_QUERY_TIMEOUT, check_timeout, run_within

if TYPE_CHECKING:
    import secgraph as sg

__all__ = ["TIMEOUT_OPTION", "all_queries", "query", "query_timeout"]

QUERIES_OPTION = click.option(
    "--queries",
    "queries_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder of saved .rq queries [default: the shipped queries and the project's queries/].",
)
PARAM_OPTION = click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A query parameter; repeat for each one.",
)
INFER_OPTION = click.option(
    "--infer",
    type=click.Choice(INFERENCE),
    default="none",
    show_default=True,
    help="Expand the graph first with RDFS or OWL 2 RL entailment (in memory).",
)

TIMEOUT_OPTION = click.option(
    "--timeout",
    type=float,
    default=None,
    metavar="SECONDS",
    help=f"Stop the query after this many seconds, exit 2 (0: no limit) [default: 'timeout' "
    f"under [query] in secgraph.toml, else {DEFAULT_QUERY_TIMEOUT:g}].",
)


def query_timeout(given: float | None) -> float | None:
    """The limit in seconds (None: none): ``--timeout``, else the project's, else 300."""
    if given is not None:
        return check_timeout(given, where="--timeout")
    project = current_project(required=False)
    if project is not None and project.query_timeout is not None:
        return check_timeout(project.query_timeout, where=f"{project.config}: [query] timeout")
    return DEFAULT_QUERY_TIMEOUT


def all_queries(queries_dir: Path | None) -> dict[str, SavedQuery]:
    """The saved queries of every folder, a later folder's replacing an earlier one's."""
    merged: dict[str, SavedQuery] = {}
    for folder in queries_dirs(queries_dir):
        merged.update(read_queries(folder))
    return dict(sorted(merged.items()))


@cli.group()
def query() -> None:
    """Saved SPARQL queries: list them, show one, run one."""


@query.command("list")
@QUERIES_OPTION
@handle_errors
def list_queries(queries_dir: Path | None) -> None:
    """List the saved queries (name and title)."""
    queries = all_queries(queries_dir)
    width = max((len(n) for n in queries), default=0)
    for name, saved in queries.items():
        click.echo(f"{name.ljust(width)}  {saved.title}")


@query.command("show")
@click.argument("name")
@QUERIES_OPTION
@handle_errors
def show(name: str, queries_dir: Path | None) -> None:
    """Print the text of the saved query NAME (or of the file NAME.rq)."""
    click.echo(_resolve(name, queries_dir).text, nl=False)


@query.command("run")
@click.argument("name", required=False)
@PARAM_OPTION
@click.option(
    "-e", "--expression", default=None, help="Run this SPARQL text instead of a saved query."
)
@format_option(
    RESULT_FORMATS, default="table", help="Result format (CONSTRUCT/DESCRIBE always give Turtle)."
)
@INFER_OPTION
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let the query call SERVICE (send requests to other SPARQL servers); off by default.",
)
@TIMEOUT_OPTION
@QUERIES_OPTION
@BUILD_DIR_OPTION
@STORE_OPTION
@handle_errors
def run(
    name: str | None,
    params: tuple[str, ...],
    expression: str | None,
    fmt: str,
    infer: str,
    allow_service: bool,
    timeout: float | None,
    queries_dir: Path | None,
    build_dir: Path | None,
    store_spec: sg.StoreSpec,
) -> None:
    """Run the saved query NAME (or a FILE.rq, or -e 'SPARQL') over the built graph.

    \b
    Examples:
      secgraph query run partners --param country=PAK
      secgraph query run pair-timeline -p country=PAK -p other=USA --format csv
      secgraph query run -e 'SELECT (COUNT(*) AS ?n) WHERE { ?m a sg:Meeting }'
    """
    if (name is None) == (expression is None):
        raise QueryError(None, "give a query name, a .rq file or -e 'SPARQL' (one of them)")
    saved = (
        parse_query_text(expression, name="inline")
        if expression is not None
        else _resolve(name or "", queries_dir)
    )
    values = _parse_params(params)
    seconds = query_timeout(timeout)
    store = open_store(store_spec, build_dir)
    try:  # a runaway query ends the process at the limit: the store cannot cancel it
        result = run_within(
            lambda: run_query(store, saved, values, infer=infer, allow_service=allow_service),
            seconds=seconds,
        )
    finally:
        store.close()
    click.echo(format_result(result, fmt), nl=False)


def _resolve(name: str, queries_dir: Path | None) -> SavedQuery:
    """A path to an .rq file, or the name of a query in the queries folder."""
    if name.endswith(".rq") or Path(name).is_file():
        return read_query(name)
    folders = queries_dirs(queries_dir)
    for folder in reversed(folders):  # parse one file, not all (each parse is ~60 ms)
        if (folder / f"{name}.rq").is_file():
            return read_query(folder / f"{name}.rq")
    return get_query(all_queries(queries_dir), name, where=str(folders[-1]))


def _parse_params(params: tuple[str, ...]) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise QueryError(None, f"bad --param '{item}'; write NAME=VALUE, e.g. country=PAK")
        if key.strip() in values:
            raise QueryError(
                None,
                f"--param {key.strip()} is given twice; give each parameter once",
            )
        values[key.strip()] = value
    return values
