"""The one entry point: validate data against shapes with the engine that suits it.

Two engines give the same results (the tests hold the SPARQL engine to pySHACL's):

``pyshacl``
    pySHACL over an rdflib Graph or Dataset in memory: the reference implementation, one focus
    node at a time in Python (30-50 ms an article with our shapes).
``sparql``
    SHACL compiled to SPARQL (:mod:`.sparql`), each constraint one query run by the store's own
    engine over every focus node: a build of 100,000 articles is validated in its Oxigraph
    store in tens of seconds, where pySHACL would take over an hour and a copy of the graph.

:func:`validate` picks by what it is given and says which it used and why
(:attr:`Report.engine`, :attr:`Report.engine_reason`).
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Dataset, Graph, URIRef
from rdflib.term import Node

from ..store import MemoryStore, Store
from ._pyshacl import pyshacl_report
from ._report import Report
from .sparql import CompiledShapes, compile_shapes, validate_store

__all__ = ["ENGINES", "validate"]

#: The engines :func:`validate` can be asked for; ``auto`` picks by the data (see there).
ENGINES = ("auto", "pyshacl", "sparql")

_REASONS = {
    "graph": "the data is an rdflib graph in memory: pySHACL, the reference implementation",
    "store": (
        "the data is in a store: SHACL compiled to SPARQL runs in the store's own query "
        "engine, without copying the graph into memory"
    ),
    "compiled": "the shapes were given compiled to SPARQL: run over the graph in a MemoryStore",
}


def validate(
    data: Graph | Store,
    shapes: Graph | CompiledShapes,
    *,
    engine: str = "auto",
    focus: Iterable[Node] | None = None,
    workers: int = 2,
) -> Report:
    """Validate ``data`` (ontology, reference and articles) against ``shapes``; one Report.

    ``data`` is an rdflib Graph or Dataset (a Dataset is validated as the union of its
    graphs: cross-graph links count) or a :class:`~secgraph.store.Store`. With ``engine``
    ``"auto"``, an rdflib graph gets pySHACL and a store SHACL compiled to SPARQL; shapes
    already compiled (:func:`~secgraph.validation.sparql.compile_shapes`) always get SPARQL.
    ``"pyshacl"`` or ``"sparql"`` asks for one (pySHACL over a store first reads the whole
    graph into memory). ``focus`` restricts validation to those nodes, as pySHACL's
    ``focus_nodes`` (an empty iterable validates nothing); ``workers`` is how many SPARQL
    queries run at once. The report says which engine ran and why.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown validation engine {engine!r} (use one of {', '.join(ENGINES)})")
    is_graph = isinstance(data, Graph)
    compiled = isinstance(shapes, CompiledShapes)
    if engine == "auto":
        chosen = "sparql" if compiled or not is_graph else "pyshacl"
        reason = _REASONS["compiled" if compiled else "graph" if is_graph else "store"]
    else:
        chosen, reason = engine, f"asked for (engine={engine!r})"
    nodes = None if focus is None else list(focus)
    if chosen == "pyshacl":
        if isinstance(shapes, CompiledShapes):
            raise ValueError("pySHACL needs the shapes graph, not shapes compiled to SPARQL")
        graph = data if isinstance(data, Graph) else data.to_dataset()
        return pyshacl_report(graph, shapes, focus=nodes, reason=reason)
    store = _as_store(data) if isinstance(data, Graph) else data
    program = shapes if isinstance(shapes, CompiledShapes) else compile_shapes(shapes)
    report = validate_store(store, program, focus=nodes, workers=workers)
    return Report(results=report.results, engine="sparql", engine_reason=reason)


def _as_store(graph: Graph) -> Store:
    """A MemoryStore over ``graph``: a Dataset that queries its union already as it is, any
    other graph copied (MemoryStore would set ``default_union`` on the caller's Dataset)."""
    if isinstance(graph, Dataset) and graph.default_union:
        return MemoryStore(graph)
    dataset = Dataset(default_union=True)
    target = dataset.graph(URIRef("urn:x-secgraph:validated"))
    for s, p, o in graph.triples((None, None, None)):
        target.add((s, p, o))
    return MemoryStore(dataset)
