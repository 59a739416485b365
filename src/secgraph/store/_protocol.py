"""The Store protocol, its query result, and what every store shares.

:class:`Store` is what :class:`~secgraph.store.MemoryStore`,
:class:`~secgraph.store.OxigraphStore` and :class:`~secgraph.store.RemoteStore` have in common;
:class:`QueryResult` is what any of them answers, whichever it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.term import Identifier, Node

from ..vocab import PREFIXES

__all__ = [
    "FORMATS",
    "TMP_GRAPH_PREFIX",
    "BuildFiles",
    "QueryResult",
    "Store",
    "Triple",
]

Triple = tuple[Node, Node, Node]
TMP_GRAPH_PREFIX = "urn:x-secgraph:tmp:"

#: Serialisation formats (rdflib names) -> (Oxigraph format, holds named graphs).
FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "xml": (ox.RdfFormat.RDF_XML, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nquads": (ox.RdfFormat.N_QUADS, True),
}
#: Prefixes for Oxigraph's writers: not ``id:`` and ``graph:``, whose local names hold ``/``
#: (Oxigraph would write ``id:meeting\/a\/m-1``, valid Turtle that some tools reject).
_WRITE_PREFIXES = {k: v for k, v in PREFIXES.items() if k not in ("id", "graph")}
_ALIASES = {"ttl": "turtle", "ntriples": "nt", "n-triples": "nt", "nq": "nquads", "rdfxml": "xml"}


@dataclass(frozen=True)
class BuildFiles:
    trig: Path
    turtle: Path


@dataclass(frozen=True)
class QueryResult:
    """The result of a SPARQL query, the same whatever store answered it.

    ``kind`` is ``select``, ``ask`` or ``graph`` (CONSTRUCT / DESCRIBE). Terms are rdflib terms.
    """

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Identifier | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = field(default=None, compare=False)


class Store(Protocol):
    """Where the built graph lives: MemoryStore, OxigraphStore, RemoteStore.

    Callers outside :mod:`secgraph.store` ask a store what it can do through these
    attributes and methods, never by its class.
    """

    #: Whether the engine hash-joins sub-selects, so that reading each property once in a
    #: sub-select beats looking it up per row (Oxigraph); rdflib compares every pair of rows.
    joins_subselects: bool

    def query(
        self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None
    ) -> QueryResult:
        """Run SPARQL over the union of all graphs; ``bindings`` pre-bind variables safely."""
        ...

    def graph_names(self) -> list[URIRef]:
        """The named graphs in the store, sorted."""
        ...

    def replace_graphs(
        self,
        graphs: Mapping[URIRef, Iterable[Triple]],
        *,
        remove: Sequence[URIRef] = (),
        clear: bool = False,
    ) -> None:
        """Replace whole named graphs and drop ``remove`` as one change.

        ``clear`` drops every other graph too (a full rebuild). Either all of it happens or,
        when an error is raised, none of it.
        """
        ...

    def to_dataset(self, graphs: Sequence[URIRef] | None = None) -> Dataset:
        """The store (or some of its graphs) as an in-memory rdflib Dataset."""
        ...

    def serialize(self, fmt: str, *, graph: URIRef | None = None, union: bool = False) -> bytes:
        """The store as ``fmt`` (``turtle``, ``nt``, ``xml``, ``trig``, ``nquads``, ...).

        ``graph`` picks one named graph; ``union`` merges every graph into one (as dataset
        formats: into the default graph). A triple format without ``graph`` is the union.
        """
        ...

    def close(self) -> None: ...
