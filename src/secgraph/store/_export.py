"""The graph a store holds as RDF bytes: the dataset, the union of its graphs, or one
article's graph, in any of :data:`RDF_FORMATS`.

The store writes every format but JSON-LD itself (Oxigraph: seconds for millions of triples,
where rdflib takes minutes), with the project's prefixes; line formats (N-Triples, N-Quads)
come out sorted and without repeats, so two exports of one graph are the same bytes.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, URIRef

from ..errors import InputError, UnknownEntityError
from ..vocab import GRAPH, PREFIXES, article_graph_iri
from ._memory import to_union_graph
from ._protocol import Store

__all__ = ["RDF_FORMATS", "export_graph", "graph_mode", "read_jsonld_context"]

#: format name -> (rdflib serializer, holds named graphs)
RDF_FORMATS: dict[str, tuple[str, bool]] = {
    "turtle": ("turtle", False),
    "ntriples": ("nt", False),
    "nquads": ("nquads", True),
    "trig": ("trig", True),
    "jsonld": ("json-ld", True),
    "rdfxml": ("xml", False),
}
_ARTICLE_GRAPHS = str(GRAPH) + "article/"


def graph_mode(fmt: str, mode: str | None = None) -> str:
    """``dataset`` (named graphs kept) or ``union`` for ``fmt``: ``mode`` when the format can
    hold it, else by default ``dataset`` for N-Quads and TriG and ``union`` otherwise."""
    if fmt not in RDF_FORMATS:
        raise InputError(None, f"unknown RDF format '{fmt}'; use one of {', '.join(RDF_FORMATS)}")
    if mode not in (None, "dataset", "union"):
        raise InputError(None, f"unknown graph mode '{mode}'; use dataset or union")
    chosen = mode or ("dataset" if fmt in ("nquads", "trig") else "union")
    if chosen == "dataset" and not RDF_FORMATS[fmt][1]:
        raise InputError(
            None,
            f"{fmt} cannot hold named graphs; use --graph union or --format trig, nquads or jsonld",
        )
    return chosen


def export_graph(
    store: Store,
    fmt: str,
    *,
    article: str | None = None,
    mode: str | None = None,
    context: Mapping[str, Any] | None = None,
) -> bytes:
    """The store's graphs (or only the named graph of ``article``, by its id) as ``fmt``.

    ``mode`` is as :func:`graph_mode`; ``context`` is the JSON-LD ``@context`` (see
    :func:`read_jsonld_context`). An unknown article id suggests the closest one.
    """
    chosen = graph_mode(fmt, mode)
    serializer = RDF_FORMATS[fmt][0]
    graph = _article_graph(store, article) if article is not None else None
    if serializer == "json-ld":
        target = _select(store, graph, chosen)
        text = target.serialize(format="json-ld", context=context, indent=2, sort_keys=True)
        return text.encode("utf-8")
    data = store.serialize(serializer, graph=graph, union=chosen == "union")
    if serializer in ("nt", "nquads"):  # line formats: sorted lines, stable and diffable
        data = b"".join(sorted(set(data.splitlines(keepends=True))))
    return data


def read_jsonld_context(path: str | Path) -> dict[str, Any]:
    """The ``@context`` object of a JSON-LD context file (``ontology/context.jsonld``)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
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


def _article_graph(store: Store, article_id: str) -> URIRef:
    """The named graph of one article; an unknown id suggests the closest one."""
    name = article_graph_iri(article_id)
    known = [str(g) for g in store.graph_names() if str(g).startswith(_ARTICLE_GRAPHS)]
    if str(name) not in known:
        ids = [g[len(_ARTICLE_GRAPHS) :] for g in known]
        close = difflib.get_close_matches(article_id, ids, n=1)
        hint = f"did you mean '{close[0]}'?" if close else "see the ids in data/articles/*.yaml"
        raise UnknownEntityError(None, f"unknown article '{article_id}'; {hint}")
    return name


def _select(store: Store, graph: URIRef | None, mode: str) -> Graph | Dataset:
    """The whole dataset or one graph of it (as a dataset), or the union of its triples."""
    dataset = store.to_dataset() if graph is None else store.to_dataset([graph])
    if mode == "dataset":
        for prefix, ns in PREFIXES.items():
            dataset.bind(prefix, ns, replace=True)
        return dataset
    return to_union_graph(dataset)
