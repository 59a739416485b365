"""rdflib in memory: :class:`MemoryStore` and the rdflib helpers other stores reuse."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence

from rdflib import XSD, Dataset, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Identifier, Node, Variable

from ..vocab import PREFIXES
from ._protocol import _ALIASES, FORMATS, QueryResult, Triple
from ._terms import to_rdflib

__all__ = ["MemoryStore", "from_rdflib_result", "to_union_graph"]


def _cast_date(value: Node) -> Literal:
    """``xsd:date(...)``, which rdflib lacks (Oxigraph, Virtuoso and Jena have it): the saved
    queries' first and latest dates use it (see queries/README.md, "Dates")."""
    from rdflib.plugins.sparql.sparql import SPARQLError

    if isinstance(value, Literal) and value.datatype in (None, XSD.string, XSD.date):
        text = str(value)
        try:
            if len(text) == 10 and dt.date.fromisoformat(text):
                return Literal(text, datatype=XSD.date)
        except ValueError:
            pass
    raise SPARQLError(f"cannot cast {value!r} to xsd:date")


@functools.cache
def _register_date_cast() -> None:
    """Register :func:`_cast_date` with rdflib, on first use: importing rdflib's SPARQL engine
    costs about 0.2 s, which commands that do not use it should not pay."""
    from rdflib.plugins.sparql.operators import register_custom_function

    register_custom_function(XSD.date, _cast_date, override=True)  # type: ignore[arg-type]


class MemoryStore:
    """The plain way: an rdflib Dataset in memory."""

    joins_subselects = False  # see Store.joins_subselects

    def __init__(self, dataset: Dataset | None = None) -> None:
        self.dataset = dataset if dataset is not None else _new_dataset()
        self.dataset.default_union = True
        for prefix, ns in PREFIXES.items():
            self.dataset.bind(prefix, ns, replace=True)

    def query(
        self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None
    ) -> QueryResult:
        _register_date_cast()
        init = {Variable(k): v for k, v in (bindings or {}).items()}
        result = self.dataset.query(sparql, initBindings=init or None)  # type: ignore[arg-type]
        return from_rdflib_result(result)

    def graph_names(self) -> list[URIRef]:
        return sorted(
            g.identifier
            for g in self.dataset.graphs()
            if isinstance(g.identifier, URIRef) and len(g) and not _is_default(g.identifier)
        )

    def replace_graphs(
        self,
        graphs: Mapping[URIRef, Iterable[Triple]],
        *,
        remove: Sequence[URIRef] = (),
        clear: bool = False,
    ) -> None:
        built = _new_dataset() if clear else None
        staged = {  # may raise: no change (pyoxigraph triples, event files', are converted)
            name: [
                triple if isinstance(triple[0], Node) else _rdflib_triple(triple)
                for triple in triples
            ]
            for name, triples in graphs.items()
        }
        target = built if built is not None else self.dataset
        for name in (*remove, *staged):
            target.remove_graph(target.graph(name))
        for name, triples in staged.items():
            g = target.graph(name)
            for triple in triples:
                g.add(triple)
        if built is not None:
            self.dataset = built

    def to_dataset(self, graphs: Sequence[URIRef] | None = None) -> Dataset:
        if graphs is None:
            return self.dataset
        out = _new_dataset()
        for name in graphs:
            target = out.graph(name)
            for triple in self.dataset.graph(name):
                target.add(triple)
        return out

    def serialize(self, fmt: str, *, graph: URIRef | None = None, union: bool = False) -> bytes:
        return _rdflib_serialize(self.to_dataset(), fmt, graph=graph, union=union)

    def close(self) -> None:
        return None


def _rdflib_triple(triple: Triple) -> Triple:
    s, p, o = triple
    return (to_rdflib(s), to_rdflib(p), to_rdflib(o))


def _new_dataset() -> Dataset:
    dataset = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        dataset.bind(prefix, ns, replace=True)
    return dataset


def _is_default(identifier: Node) -> bool:
    return str(identifier) == "urn:x-rdflib:default"


def _rdflib_serialize(dataset: Dataset, fmt: str, *, graph: URIRef | None, union: bool) -> bytes:
    fmt = _ALIASES.get(fmt, fmt)
    quads = FORMATS.get(fmt, (None, fmt in ("json-ld", "trix", "hext")))[1]
    if graph is not None:
        source: Graph = _bound(Graph())
        for triple in dataset.graph(graph):
            source.add(triple)
        if quads:
            out = _new_dataset()
            out.graph(graph).__iadd__(source)
            source = out
    elif union or not quads:
        source = to_union_graph(dataset)
    else:
        source = dataset
    data = source.serialize(format=fmt, encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode("utf-8")


def from_rdflib_result(result: Result) -> QueryResult:
    """Normalise an rdflib query result."""
    if result.type == "ASK":
        return QueryResult(kind="ask", boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = _bound(Graph())
        for triple in result:
            graph.add(triple)  # type: ignore[arg-type]
        return QueryResult(kind="graph", graph=graph)
    variables = tuple(str(v) for v in (result.vars or ()))
    rows = tuple(tuple(row) for row in result)  # type: ignore[arg-type]
    return QueryResult(kind="select", variables=variables, rows=rows)  # type: ignore[arg-type]


def _bound(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, replace=True)
    return graph


def to_union_graph(dataset: Dataset) -> Graph:
    """All triples of every named graph in one plain Graph, with the project's prefixes."""
    graph = _bound(Graph())
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph
