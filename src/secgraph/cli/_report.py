"""``secgraph report``: one offline HTML page about the built graph."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ._common import (
    BUILD_DIR_OPTION,
    STORE_OPTION,
    build_path,
    cli,
    handle_errors,
    lazy_import,
    ontology_path,
)
from ._query import TIMEOUT_OPTION

if TYPE_CHECKING:
    import secgraph as sg
    from secgraph import report as report_mod
    from secgraph.queries import SavedQuery
else:
    report_mod = lazy_import("secgraph.report")

__all__ = ["report"]


@cli.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="HTML file to write [default: BUILD/report.html].",
)
@click.option(
    "--queries",
    "queries_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder of saved queries to run [default: the shipped and the project's].",
)
@click.option(
    "--ontology",
    "ontology_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder with shapes.ttl, for the validation section [default: the shipped one].",
)
@TIMEOUT_OPTION
@BUILD_DIR_OPTION
@STORE_OPTION
@handle_errors
def report(
    output: Path | None,
    queries_dir: Path | None,
    ontology_dir: Path | None,
    timeout: float | None,
    build_dir: Path | None,
    store_spec: sg.StoreSpec,
) -> None:
    """Write one offline HTML page about the built graph and print its path.

    Counts, the validation verdict and its warnings, the country-official network, top
    centralities, timelines of the busiest pairs and every saved query's results. Each
    saved query (the project's own among them) is held to the query time limit: a runaway
    one ends the command with one line and exit 2, and writes no page.
    """
    from secgraph.queries import run_query

    from ._deadline import run_within
    from ._query import all_queries, query_timeout

    seconds = query_timeout(timeout)

    def run(store: sg.Store, query: SavedQuery, params: Mapping[str, str]) -> sg.QueryResult:
        return run_within(
            lambda: run_query(store, query, params),
            seconds=seconds,
            what=f"the saved query '{query.name}'",
        )

    written = report_mod.write_build_report(
        build_path(build_dir),
        store=store_spec,
        output=output,
        queries=all_queries(queries_dir),
        ontology_dir=ontology_path(ontology_dir),
        run=run,
    )
    click.echo(str(written.path))
    if not written.validation.conforms:
        click.echo(
            "note: the graph does not conform; see the report's validation section", err=True
        )
