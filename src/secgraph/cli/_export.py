"""``secgraph export``: the built graph as an RDF file (or, with --projection, a network file)."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING

import click

import secgraph as sg
from secgraph.errors import InputError
from secgraph.store import RDF_FORMATS, export_graph, graph_mode, read_jsonld_context
from secgraph.vocab import NETWORK_FORMATS, PROJECTIONS

from ._common import (
    BUILD_DIR_OPTION,
    ONTOLOGY_OPTION,
    STORE_OPTION,
    build_path,
    cli,
    format_option,
    handle_errors,
    lazy_import,
    ontology_path,
    open_store,
)

if TYPE_CHECKING:
    from secgraph import network
else:
    network = lazy_import("secgraph.network")

__all__ = ["export"]

CONTEXT_FILE = "context.jsonld"
#: (format, graph mode) pairs the build's export cache writes (see pipeline.cached_export)
_CACHED = (("turtle", "union"), ("trig", "dataset"))


@cli.command()
@format_option(
    [*RDF_FORMATS, *NETWORK_FORMATS],
    default="turtle",
    help="RDF format, or a network format (needs --projection).",
)
@click.option("--article", "article_id", default=None, help="Only this article's named graph.")
@click.option(
    "--graph",
    "graph",
    type=click.Choice(["union", "dataset"]),
    default=None,
    help="'dataset' keeps the named graphs (nquads, trig, jsonld); 'union' merges them "
    "[default: dataset for nquads/trig, union otherwise].",
)
@click.option(
    "--projection",
    type=click.Choice(PROJECTIONS),
    default=None,
    help="Network projection for graphml/gexf/cytoscape (see 'secgraph list projections').",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Write to this file (atomically) instead of stdout.",
)
@ONTOLOGY_OPTION
@BUILD_DIR_OPTION
@STORE_OPTION
@handle_errors
def export(
    fmt: str,
    article_id: str | None,
    graph: str | None,
    projection: str | None,
    output: Path | None,
    ontology_dir: Path | None,
    build_dir: Path | None,
    store_spec: sg.StoreSpec,
) -> None:
    """Export the built graph: the dataset, the union of its graphs, or one article's graph."""
    if fmt in NETWORK_FORMATS:
        if projection is None:
            raise InputError(
                None,
                f"--format {fmt} needs --projection NAME; one of {', '.join(PROJECTIONS)}",
            )
        if article_id is not None:
            raise InputError(
                None,
                f"--article applies to the RDF formats, not {fmt} (a projection covers the "
                "whole graph); drop --article",
            )
        store = open_store(store_spec, build_dir)
        try:
            G = network.export_projection(
                store, projection=projection, fmt=fmt, output=output or sys.stdout.buffer
            )
        finally:
            store.close()
        if output is not None:
            click.echo(
                f"wrote {output} ({G.number_of_nodes()} nodes, {G.number_of_edges()} edges)",
                err=True,
            )
        return
    if projection is not None:
        raise InputError(
            None, f"--projection only applies to {', '.join(NETWORK_FORMATS)}; drop it"
        )
    mode = graph_mode(fmt, graph)
    if article_id is None and (fmt, mode) in _CACHED:
        from secgraph.pipeline import cached_export

        cached = cached_export(build_path(build_dir), store_spec, fmt)
        if cached is not None:  # the build's Turtle, concatenated: seconds, not a dump
            _write(cached, output)
            return
    onto = ontology_path(ontology_dir)
    context = read_jsonld_context(onto / CONTEXT_FILE) if fmt == "jsonld" else None
    store = open_store(store_spec, build_dir)
    try:
        data = export_graph(store, fmt, article=article_id, mode=mode, context=context)
    finally:
        store.close()
    _write([data], output)


def _write(chunks: Iterable[bytes], output: Path | None) -> None:
    if output is None:
        stdout = sys.stdout.buffer
        for chunk in chunks:
            stdout.write(chunk)
        return

    def write(handle: IO[bytes]) -> None:
        for chunk in chunks:
            handle.write(chunk)

    sg.atomic_write(output, write)
    click.echo(f"wrote {output}", err=True)
