"""Writing to any store in bulk, for callers that stream (event files): one SPARQL Update,
and N-Triples chunks added to one named graph. Any branching on the kind of store lives
here, inside :mod:`secgraph.store`."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import URIRef

from ..errors import StoreError
from ._memory import MemoryStore
from ._oxigraph import OxigraphStore
from ._protocol import Store
from ._remote import RemoteStore
from ._terms import to_rdflib

__all__ = ["add_ntriples", "run_update"]


def run_update(store: Store, sparql: str) -> None:
    """Run one SPARQL Update on ``store`` (nothing for an empty text)."""
    if not sparql:
        return
    if isinstance(store, OxigraphStore):
        store.store.update(sparql)
    elif isinstance(store, RemoteStore):
        store.update(sparql)
    elif isinstance(store, MemoryStore):
        store.dataset.update(sparql)
    else:  # pragma: no cover - every store kind is above
        raise StoreError(f"cannot update a {type(store).__name__}")


def add_ntriples(store: Store, graph: str, chunks: Iterable[bytes]) -> None:
    """Add chunks of N-Triples text to the named graph ``graph`` of ``store``: a server
    gets one Graph Store Protocol POST per chunk, Oxigraph one transaction per chunk."""
    if isinstance(store, RemoteStore):
        for chunk in chunks:
            store.post_triples(graph, chunk)
        return
    target = ox.NamedNode(graph)
    for chunk in chunks:
        triples = ox.parse(chunk, format=ox.RdfFormat.N_TRIPLES)
        if isinstance(store, OxigraphStore):
            store.store.extend(ox.Quad(t.subject, t.predicate, t.object, target) for t in triples)
        elif isinstance(store, MemoryStore):
            g = store.dataset.graph(URIRef(graph))
            for t in triples:
                g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        else:  # pragma: no cover - every store kind is above
            raise StoreError(f"cannot load statements into a {type(store).__name__}")
