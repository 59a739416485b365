"""``secgraph report``: one offline HTML page about the built graph."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

import secgraph as sg

from ._common import (
    BUILD_DIR_OPTION,
    STORE_OPTION,
    build_path,
    cli,
    handle_errors,
    lazy_import,
    ontology_path,
    open_store,
)

if TYPE_CHECKING:
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
    help="Folder of saved queries to run [default: the shipped and the project's].",
)
@click.option(
    "--ontology",
    "ontology_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder with shapes.ttl, for the validation section [default: the shipped one].",
)
@BUILD_DIR_OPTION
@STORE_OPTION
@handle_errors
def report(
    output: Path | None,
    queries_dir: Path | None,
    ontology_dir: Path | None,
    build_dir: Path | None,
    store_spec: str,
) -> None:
    """Write one offline HTML page about the built graph and print its path.

    Counts, the validation verdict and its warnings, the country-official network, top
    centralities, timelines of the busiest pairs and every saved query's results.
    """
    from ._query import all_queries

    build_dir = build_path(build_dir)
    target = output if output is not None else build_dir / "report.html"
    queries = all_queries(queries_dir)
    from secgraph.pipeline import MANIFEST_NAME, read_manifest

    manifest = read_manifest(build_dir / MANIFEST_NAME)
    store = open_store(store_spec, build_dir)
    try:
        if manifest is not None and manifest.store == store_spec and manifest.generation:
            validation = sg.Report(manifest.report)  # what the build validated: no second pass
        else:  # SHACL compiled to SPARQL over the store: no copy of the graph in memory
            from secgraph.shacl_sparql import compile_shapes, validate_store

            shapes = compile_shapes(sg.read_ontology(ontology_path(ontology_dir)).shapes)
            validation = validate_store(store, shapes)
        page = report_mod.build_report(store, validation=validation, queries=queries)
    finally:
        store.close()
    written = report_mod.write_report(page, target)
    click.echo(str(written))
    if not validation.conforms:
        click.echo(
            "note: the graph does not conform; see the report's validation section", err=True
        )
