"""Open and write the graph: the one seam between secgraph and where triples live.

A :class:`Store` holds named graphs (one per article, one for reference data, one for the
ontology) and answers SPARQL over their union. Every command talks to a Store; which one is
chosen by :func:`open_store` from a spec: ``memory`` (rdflib, in memory, loaded from the
build's TriG file).

Files are written to a temporary path in the same directory and renamed, so a failure never
leaves half a file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol

from rdflib import Dataset, Graph, URIRef
from rdflib.query import Result
from rdflib.term import Identifier, Node, Variable

from .errors import StoreError
from .vocab import PREFIXES

__all__ = [
    "BuildFiles",
    "MemoryStore",
    "QueryResult",
    "Store",
    "atomic_write",
    "open_store",
    "to_union_graph",
    "write_dataset_files",
]

Triple = tuple[Node, Node, Node]


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
    """Where the built graph lives. Implementations: MemoryStore (and others in this module)."""

    def query(self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None) -> QueryResult:
        """Run SPARQL over the union of all graphs; ``bindings`` pre-bind variables safely."""
        ...

    def graph_names(self) -> list[URIRef]:
        """The named graphs in the store, sorted."""
        ...

    def replace_graphs(
        self, graphs: Mapping[URIRef, Iterable[Triple]], *, remove: Sequence[URIRef] = ()
    ) -> None:
        """Replace whole named graphs (and drop ``remove``) as one change."""
        ...

    def to_dataset(self, graphs: Sequence[URIRef] | None = None) -> Dataset:
        """The store (or some of its graphs) as an in-memory rdflib Dataset."""
        ...

    def close(self) -> None: ...


class MemoryStore:
    """The plain way: an rdflib Dataset in memory."""

    def __init__(self, dataset: Dataset | None = None) -> None:
        self.dataset = dataset if dataset is not None else Dataset(default_union=True)
        self.dataset.default_union = True
        for prefix, ns in PREFIXES.items():
            self.dataset.bind(prefix, ns, replace=True)

    def query(self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None) -> QueryResult:
        init = {Variable(k): v for k, v in (bindings or {}).items()}
        result = self.dataset.query(sparql, initBindings=init or None)
        return from_rdflib_result(result)

    def graph_names(self) -> list[URIRef]:
        return sorted(
            g.identifier
            for g in self.dataset.graphs()
            if isinstance(g.identifier, URIRef) and len(g) and not _is_default(g.identifier)
        )

    def replace_graphs(
        self, graphs: Mapping[URIRef, Iterable[Triple]], *, remove: Sequence[URIRef] = ()
    ) -> None:
        for name in (*remove, *graphs):
            self.dataset.remove_graph(self.dataset.graph(name))
        for name, triples in graphs.items():
            g = self.dataset.graph(name)
            for triple in triples:
                g.add(triple)

    def to_dataset(self, graphs: Sequence[URIRef] | None = None) -> Dataset:
        if graphs is None:
            return self.dataset
        out = Dataset(default_union=True)
        for prefix, ns in PREFIXES.items():
            out.bind(prefix, ns, replace=True)
        for name in graphs:
            target = out.graph(name)
            for triple in self.dataset.graph(name):
                target.add(triple)
        return out

    def close(self) -> None:
        return None


def _is_default(identifier: Node) -> bool:
    return str(identifier) == "urn:x-rdflib:default"


def from_rdflib_result(result: Result) -> QueryResult:
    """Normalise an rdflib query result."""
    if result.type == "ASK":
        return QueryResult(kind="ask", boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = Graph()
        for prefix, ns in PREFIXES.items():
            graph.bind(prefix, ns, replace=True)
        for triple in result:
            graph.add(triple)  # type: ignore[arg-type]
        return QueryResult(kind="graph", graph=graph)
    variables = tuple(str(v) for v in (result.vars or ()))
    rows = tuple(tuple(row) for row in result)  # type: ignore[arg-type]
    return QueryResult(kind="select", variables=variables, rows=rows)  # type: ignore[arg-type]


def open_store(spec: str, *, build_dir: str | Path) -> Store:
    """Open the store named by ``spec``: ``memory`` reads ``build_dir/secgraph.trig``."""
    if spec == "memory":
        trig = Path(build_dir) / "secgraph.trig"
        if not trig.is_file():
            raise StoreError(f"{trig}: no built graph; run 'secgraph build' first")
        dataset = Dataset(default_union=True)
        dataset.parse(trig, format="trig")
        return MemoryStore(dataset)
    raise StoreError(f"unknown store '{spec}'; use 'memory'")


def atomic_write(path: str | Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Call ``write`` on a temporary file beside ``path``, then rename it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def to_union_graph(dataset: Dataset) -> Graph:
    """All triples of every named graph in one plain Graph, with the project's prefixes."""
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, replace=True)
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph



def write_dataset_files(dataset: Dataset, out_dir: str | Path) -> BuildFiles:
    """Write ``secgraph.trig`` (the dataset) and ``secgraph.ttl`` (the union) into ``out_dir``."""
    out = Path(out_dir)
    try:
        trig = atomic_write(out / "secgraph.trig", lambda h: dataset.serialize(h, format="trig"))
        union = to_union_graph(dataset)
        ttl = atomic_write(out / "secgraph.ttl", lambda h: union.serialize(h, format="turtle"))
    except OSError as err:
        raise StoreError(f"{out}: cannot write the build ({err.strerror}); check the folder") from err
    return BuildFiles(trig=trig, turtle=ttl)
