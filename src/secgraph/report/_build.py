"""The report of a build folder: open its store, take or redo its validation, write the page."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from secgraph.queries import SavedQuery
from secgraph.store import StoreSpec
from secgraph.validation import Report

from ._page import build_report, write_report
from ._saved import QueryRunner

__all__ = ["WrittenReport", "write_build_report"]


@dataclass(frozen=True)
class WrittenReport:
    """Where the page was written and the validation it shows."""

    path: Path
    validation: Report


def write_build_report(
    build_dir: str | Path,
    *,
    ontology_dir: str | Path,
    store: str | StoreSpec = "oxigraph",
    output: str | Path | None = None,
    queries_dir: str | Path | None = None,
    queries: Mapping[str, SavedQuery] | None = None,
    run: QueryRunner | None = None,
) -> WrittenReport:
    """Write the report page of the graph built in ``build_dir`` (to ``output``, by default
    ``BUILD/report.html``) and return where, with the validation the page shows.

    The store is opened read-only, so a report can be written while other commands read the
    same build. The validation is the build's own while its manifest vouches for this
    ``store`` (:func:`secgraph.pipeline.vouched_report`: the rule of the export cache);
    otherwise the SHACL shapes in ``ontology_dir`` are compiled to SPARQL and run over the
    store (no copy of the graph in memory). ``queries_dir`` holds the saved
    queries whose results the page shows, or ``queries`` the queries themselves (neither: no
    saved-query results); ``run`` runs each of them (default
    :func:`secgraph.queries.run_query`).
    """
    from secgraph.pipeline import vouched_report
    from secgraph.queries import read_queries
    from secgraph.store import open_store

    build = Path(build_dir)
    target = Path(output) if output is not None else build / "report.html"
    if queries is None:
        queries = read_queries(queries_dir) if queries_dir is not None else {}
    built = vouched_report(build, store)  # what the build validated: no second pass
    opened = open_store(store, build_dir=build, read_only=True)
    try:
        if built is not None:
            validation = built
        else:
            from secgraph.ontology import read_ontology
            from secgraph.validation import compile_shapes, validate_store

            shapes = compile_shapes(read_ontology(ontology_dir).shapes)
            validation = validate_store(opened, shapes)
        page = build_report(opened, validation=validation, queries=queries, run=run)
    finally:
        opened.close()
    return WrittenReport(write_report(page, target), validation)
