"""The pySHACL engine: the reference implementation, for data held in memory as rdflib.

pySHACL validates one focus node at a time in Python: exact and complete, and the contract
the SPARQL engine (:mod:`.sparql`) is tested against, but 30-50 ms an article with our shapes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from ..store import OxigraphStore, to_union_graph
from ..vocab import RDF
from ._locate import RawResult, located
from ._report import Report
from ._terms import curie, local_name, result_term

__all__ = ["pyshacl_report", "run_shacl"]

#: The name the validated data gets in the scratch store its results are located in.
_DATA_GRAPH = URIRef("urn:x-secgraph:validated")


def pyshacl_report(
    data: Graph, shapes: Graph, *, focus: Sequence[Node] | None = None, reason: str = ""
) -> Report:
    """Validate ``data`` (a flat Graph, or a Dataset as the union of its graphs) with pySHACL.

    A Dataset is validated as one graph: pySHACL would otherwise validate each named graph
    alone and miss cross-graph links. The results are located (:mod:`._locate`) in an
    in-memory Oxigraph copy of the data, by the same rule and queries as the SPARQL engine's.
    """
    if isinstance(data, Dataset):
        data = to_union_graph(data)
    raw = run_shacl(data, shapes, focus=focus)
    store = OxigraphStore.in_memory()
    try:
        if raw:
            store.replace_graphs({_DATA_GRAPH: data})
        results = located(store, raw)
    finally:
        store.close()
    return Report(results=results, engine="pyshacl", engine_reason=reason)


@contextmanager
def _prepared_sparql() -> Iterator[None]:
    """Parse each SPARQL text once while pySHACL runs.

    pySHACL evaluates a SPARQL-based constraint once per focus node with the same query text
    and ``$this`` as an initial binding, and rdflib parses that text every time (about 0.1 s
    each: 95% of validation time on a few hundred articles). Translated queries are reusable,
    so they are cached by text for the duration of one validation.
    """
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.processor import SPARQLProcessor

    original = SPARQLProcessor.query
    cache: dict[tuple[str, str | None, tuple[tuple[str, str], ...]], Any] = {}

    def query(
        self: Any,
        strOrQuery: Any,
        initBindings: Any = None,
        initNs: Any = None,
        base: str | None = None,
        DEBUG: bool = False,
    ) -> Any:
        if isinstance(strOrQuery, str):
            key = (strOrQuery, base, tuple(sorted((k, str(v)) for k, v in (initNs or {}).items())))
            prepared = cache.get(key)
            if prepared is None:
                prepared = cache[key] = translateQuery(parseQuery(strOrQuery), base, initNs)
            strOrQuery = prepared
        return original(self, strOrQuery, initBindings, initNs, base, DEBUG)

    SPARQLProcessor.query = query  # type: ignore[method-assign]
    try:
        yield
    finally:
        SPARQLProcessor.query = original  # type: ignore[method-assign]


def run_shacl(
    data: Graph, shapes: Graph, *, focus: Sequence[Node] | None = None
) -> list[RawResult]:
    """Run pySHACL over one flat data graph; return (focus node, result fields) pairs.

    ``focus`` restricts validation to those nodes (the shapes that target them still decide
    which constraints apply); an empty sequence validates nothing.
    """
    if focus is not None and not focus:
        return []
    from pyshacl import validate as shacl_validate  # heavy: imported when first needed

    with _prepared_sparql():
        _conforms, results_graph, _text = shacl_validate(
            data,
            shacl_graph=shapes,
            inference="none",
            abort_on_first=False,
            allow_warnings=True,
            allow_infos=True,
            focus_nodes=[str(n) for n in focus] if focus is not None else None,
        )
    out: list[RawResult] = []
    for result in results_graph.subjects(RDF.type, SH.ValidationResult):
        focus_node = results_graph.value(result, SH.focusNode)
        severity = results_graph.value(result, SH.resultSeverity)
        component = results_graph.value(result, SH.sourceConstraintComponent)
        shape = results_graph.value(result, SH.sourceShape)
        out.append(
            (
                focus_node,
                {
                    "severity": local_name(severity) if severity is not None else "Violation",
                    "message": str(results_graph.value(result, SH.resultMessage) or ""),
                    "path": result_term(results_graph.value(result, SH.resultPath)),
                    "value": result_term(results_graph.value(result, SH.value)),
                    "constraint": local_name(component) if component is not None else "",
                    "shape": None if isinstance(shape, BNode) or shape is None else curie(shape),
                },
            )
        )
    return out
