"""``secgraph export``: the built graph as an RDF file (or, with --projection, a network file)."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import click
from rdflib import Dataset, Graph, URIRef

import secgraph as sg
from secgraph.errors import InputError, UnknownEntityError
from secgraph.vocab import GRAPH, PREFIXES, PROJECTIONS, article_graph_iri

from ._common import (
    BUILD_DIR_OPTION,
    ONTOLOGY_OPTION,
    STORE_OPTION,
    build_path,
    cli,
    handle_errors,
    ontology_path,
    open_store,
)

__all__ = ["RDF_FORMATS", "export"]

#: format name -> (rdflib serializer, holds named graphs)
RDF_FORMATS: dict[str, tuple[str, bool]] = {
    "turtle": ("turtle", False),
    "ntriples": ("nt", False),
    "nquads": ("nquads", True),
    "trig": ("trig", True),
    "jsonld": ("json-ld", True),
    "rdfxml": ("xml", False),
}
NETWORK_FORMATS = ("graphml", "gexf", "cytoscape")
CONTEXT_FILE = "context.jsonld"
_ARTICLE_GRAPHS = str(GRAPH) + "article/"


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*RDF_FORMATS, *NETWORK_FORMATS]),
    default="turtle",
    show_default=True,
    help="RDF format, or a network format (needs --projection).",
)
@click.option("--article", "article_id", default=None, help="Only this article's named graph.")
@click.option(
    "--graph",
    "graph_mode",
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
    graph_mode: str | None,
    projection: str | None,
    output: Path | None,
    ontology_dir: Path | None,
    build_dir: Path | None,
    store_spec: str,
) -> None:
    """Export the built graph: the dataset, the union of its graphs, or one article's graph."""
    if fmt in NETWORK_FORMATS:
        if projection is None:
            raise InputError(
                None,
                f"--format {fmt} needs --projection NAME; one of {', '.join(PROJECTIONS)}",
            )
        store = open_store(store_spec, build_dir)
        try:
            from ._analyze import export_projection

            G = export_projection(store, projection=projection, fmt=fmt, output=output)
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
    serializer, quads = RDF_FORMATS[fmt]
    mode = graph_mode or ("dataset" if fmt in ("nquads", "trig") else "union")
    if mode == "dataset" and not quads:
        raise InputError(
            None,
            f"{fmt} cannot hold named graphs; use --graph union or --format trig, nquads or jsonld",
        )
    if article_id is None and (fmt, mode) in (("turtle", "union"), ("trig", "dataset")):
        from secgraph.pipeline import cached_export

        cached = cached_export(build_path(build_dir), store_spec, fmt)
        if cached is not None:  # the build's Turtle, concatenated: seconds, not a dump
            _write(cached, output)
            return
    context = _context(ontology_dir) if fmt == "jsonld" else None
    store = open_store(store_spec, build_dir)
    try:
        graph = _article_graph(store, article_id) if article_id is not None else None
        if serializer == "json-ld":
            data = _serialize(_select(store, graph, mode), serializer, context)
        else:
            # the store writes the other formats itself (Oxigraph: seconds for millions of
            # triples, where rdflib takes minutes), with our prefixes
            data = store.serialize(serializer, graph=graph, union=mode == "union")
            if serializer in ("nt", "nquads"):  # line formats: sorted lines, stable and diffable
                data = b"".join(sorted(set(data.splitlines(keepends=True))))
    finally:
        store.close()
    _write([data], output)


def _write(chunks: Iterable[bytes], output: Path | None) -> None:
    if output is None:
        stdout = click.get_binary_stream("stdout")
        for chunk in chunks:
            stdout.write(chunk)
        return

    def write(handle: IO[bytes]) -> None:
        for chunk in chunks:
            handle.write(chunk)

    sg.atomic_write(output, write)
    click.echo(f"wrote {output}", err=True)


def _article_graph(store: sg.Store, article_id: str) -> URIRef:
    """The named graph of one article; an unknown id suggests the closest one."""
    name = article_graph_iri(article_id)
    known = [str(g) for g in store.graph_names() if str(g).startswith(_ARTICLE_GRAPHS)]
    if str(name) not in known:
        ids = [g[len(_ARTICLE_GRAPHS) :] for g in known]
        close = difflib.get_close_matches(article_id, ids, n=1)
        hint = f"did you mean '{close[0]}'?" if close else "see the ids in data/articles/*.yaml"
        raise UnknownEntityError(None, f"unknown article '{article_id}'; {hint}")
    return name


def _select(store: sg.Store, graph: URIRef | None, mode: str) -> Graph | Dataset:
    """The whole dataset or one graph of it (as a dataset), or the union of its triples."""
    dataset = store.to_dataset() if graph is None else store.to_dataset([graph])
    if mode == "dataset":
        for prefix, ns in PREFIXES.items():
            dataset.bind(prefix, ns, replace=True)
        return dataset
    return sg.to_union_graph(dataset)


def _context(ontology_dir: Path | None) -> dict[str, Any]:
    path = ontology_path(ontology_dir) / CONTEXT_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise InputError(str(path), "no JSON-LD context; restore it from the repository") from err
    except json.JSONDecodeError as err:
        raise InputError(str(path), f"broken JSON: {err.msg}; fix the syntax", err.lineno) from err
    context = data.get("@context") if isinstance(data, dict) else None
    if not isinstance(context, dict):
        raise InputError(
            str(path), "no '@context' object; the file must hold {\"@context\": {...}}"
        )
    return context


def _serialize(target: Graph | Dataset, serializer: str, context: dict[str, Any] | None) -> bytes:
    if serializer == "json-ld":
        text = target.serialize(format="json-ld", context=context, indent=2, sort_keys=True)
        return text.encode("utf-8")
    return target.serialize(format=serializer, encoding="utf-8")
