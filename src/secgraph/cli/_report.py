"""``secgraph report``: one offline HTML page about the built graph."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ._common import (
    BUILD_DIR_OPTION,
    STORE_OPTION,
    cli,
    default_dir,
    handle_errors,
    lazy_import,
)

if TYPE_CHECKING:
    import secgraph as sg
    from secgraph import report as report_mod
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
    help="Folder of saved queries to run [default: ./queries].",
)
@click.option(
    "--ontology",
    "ontology_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder with shapes.ttl, for the validation section [default: ./ontology].",
)
@BUILD_DIR_OPTION
@STORE_OPTION
@handle_errors
def report(
    output: Path | None,
    queries_dir: Path | None,
    ontology_dir: Path | None,
    build_dir: Path,
    store_spec: sg.StoreSpec,
) -> None:
    """Write one offline HTML page about the built graph and print its path.

    Counts, the validation verdict and its warnings, the country-official network, top
    centralities, timelines of the busiest pairs and every saved query's results.
    """
    if queries_dir is None and default_dir("queries").is_dir():
        queries_dir = default_dir("queries")
    written = report_mod.write_build_report(
        build_dir,
        store=store_spec,
        output=output,
        queries_dir=queries_dir,
        ontology_dir=ontology_dir if ontology_dir is not None else default_dir("ontology"),
    )
    click.echo(str(written.path))
    if not written.validation.conforms:
        click.echo(
            "note: the graph does not conform; see the report's validation section", err=True
        )
