"""Writing terms for Oxigraph: rdflib triples as pyoxigraph quads or N-Quads text, pyoxigraph
results as :class:`~secgraph.store.QueryResult`, and a stream of byte chunks as one file."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ._memory import _bound
from ._protocol import TMP_GRAPH_PREFIX, QueryResult, Triple
from ._terms import XSD_STRING, to_oxigraph, to_rdflib

__all__ = [
    "ChunkReader",
    "from_oxigraph_result",
    "ntriples_triples",
    "quads",
    "stale_tmp_drops",
    "to_nquads",
]


class ChunkReader(io.RawIOBase):
    """A stream over byte chunks as an iterator yields them. An exception from the iterator
    ends the stream and is kept in ``error`` (raised through Oxigraph's reader it would come
    back as a generic I/O error, losing a fact file's message)."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self._buffer = memoryview(b"")
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while not self._buffer:
            if self.error is not None:
                return 0
            try:
                self._buffer = memoryview(next(self._chunks))
            except StopIteration:
                return 0
            except BaseException as err:
                self.error = err
                return 0
        n = min(len(target), len(self._buffer))
        target[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n


def quads(graphs: Iterable[tuple[URIRef, Iterable[Triple]]]) -> Iterator[ox.Quad]:
    """pyoxigraph quads for named graphs of rdflib triples (IRIs converted once each)."""
    cache: dict[str, ox.NamedNode] = {}

    def iri(term: Node) -> Any:
        if isinstance(term, URIRef):
            node = cache.get(term)
            if node is None:
                node = cache[term] = ox.NamedNode(str(term))
            return node
        return to_oxigraph(term)

    for name, triples in graphs:
        g = ox.NamedNode(str(name))
        for s, p, o in triples:
            yield ox.Quad(iri(s), iri(p), iri(o), g)


def ntriples_triples(chunks: Iterable[bytes]) -> Iterator[Triple]:
    """The triples of chunks of N-Triples text, parsed as they are read, as pyoxigraph terms
    (which every store's :meth:`~secgraph.store.Store.replace_graphs` takes as they are)."""
    for chunk in chunks:
        for t in ox.parse(chunk, format=ox.RdfFormat.N_TRIPLES, lenient=True):
            yield (t.subject, t.predicate, t.object)


def to_nquads(graphs: Iterable[tuple[URIRef, Iterable[Triple]]]) -> bytes:
    """N-Quads for named graphs of rdflib triples (each IRI written once and reused), or of
    pyoxigraph triples."""
    cache: dict[Node, str] = {}
    lines: list[str] = []
    for name, triples in graphs:
        g = f"<{name}>"
        for s, p, o in triples:
            if not isinstance(s, Node):  # pyoxigraph terms print as N-Triples
                lines.append(f"{s} {p} {o} {g} .\n")
                continue
            a = cache.get(s)
            if a is None:
                a = cache[s] = s.n3()
            b = cache.get(p)
            if b is None:
                b = cache[p] = p.n3()
            if isinstance(o, URIRef):
                c = cache.get(o)
                if c is None:
                    c = cache[o] = o.n3()
            elif isinstance(o, Literal):
                c = _nt_literal(o)
            else:
                c = o.n3()
            lines.append(f"{a} {b} {c} {g} .\n")
    return "".join(lines).encode("utf-8")


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt_literal(literal: Literal) -> str:
    """A literal in N-Triples syntax (rdflib's n3() may use triple quotes, not N-Triples)."""
    text = f'"{str(literal).translate(_NT_ESCAPES)}"'
    if literal.language:
        return f"{text}@{literal.language}"
    if literal.datatype is not None and str(literal.datatype) != XSD_STRING:
        return f"{text}^^<{literal.datatype}>"
    return text


def stale_tmp_drops(names: Iterable[Any], *, keep: Iterable[URIRef]) -> list[str]:
    kept = {str(k) for k in keep}
    return [
        f"DROP SILENT GRAPH <{g.value}>"
        for g in names
        if isinstance(g, ox.NamedNode)
        and g.value.startswith(TMP_GRAPH_PREFIX)
        and g.value not in kept
    ]


def from_oxigraph_result(result: Any) -> QueryResult:
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(kind="ask", boolean=bool(result))
    if isinstance(result, ox.QueryTriples):
        graph = _bound(Graph())
        for t in result:
            graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return QueryResult(kind="graph", graph=graph)
    variables = tuple(v.value for v in result.variables)
    # Rows repeat their terms (a country, a post, a date): convert each distinct term once.
    cache: dict[Any, Any] = {None: None}

    def term(value: Any) -> Any:
        try:
            return cache[value]
        except KeyError:
            converted = cache[value] = to_rdflib(value)
            return converted

    width = range(len(variables))
    rows = tuple(tuple(term(solution[i]) for i in width) for solution in result)
    return QueryResult(kind="select", variables=variables, rows=rows)
