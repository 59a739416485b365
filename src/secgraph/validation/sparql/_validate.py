"""Validating a store: each constraint's query, as suits the store's data, then the Report.

Subclass closures read from the store replace the ``rdfs:subClassOf*`` paths, and a target
with many instances gets each constraint's bulk form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rdflib import URIRef
from rdflib.namespace import RDFS
from rdflib.term import Node

from ...store import Store, sparql_term
from ...vocab import RDF
from .._locate import located
from .._report import Report
from .._run import CHUNK, SCAN_FROM, _select, _select_all
from ._compiled import (
    _FOCUS_MARK,
    _INSTANCE_OF,
    CompiledConstraint,
    CompiledShapes,
    _instance_of,
)
from ._rows import _results

__all__ = ["validate_store"]


def validate_store(
    store: Store,
    compiled: CompiledShapes,
    *,
    focus: Iterable[Node] | None = None,
    workers: int = 2,
) -> Report:
    """Validate the store's union graph; the same results as pySHACL (:func:`secgraph.validate`).

    ``focus`` restricts validation to those nodes (the shapes that target them still decide
    which constraints apply), as pySHACL's ``focus_nodes``; an empty iterable validates nothing.
    Over an :class:`~secgraph.store.OxigraphStore`, up to ``workers`` queries run at once
    (pyoxigraph releases the GIL while it evaluates one); the Report does not depend on it.
    """
    chunks: list[str]
    if focus is None:
        chunks = [_FOCUS_MARK]
    else:
        nodes = sorted(set(focus), key=str)
        chunks = [
            "VALUES ?this { " + " ".join(sparql_term(n) for n in nodes[i : i + CHUNK]) + " }"  # type: ignore[arg-type]
            for i in range(0, len(nodes), CHUNK)
        ]
    terms: dict[Any, Node] = {}
    tasks = _queries(store, compiled, chunks, terms, workers=workers, focus=focus is not None)
    raw: list[tuple[Node, dict[str, Any]]] = []
    answers = _select_all(store, [sparql for _c, sparql in tasks], terms, workers=workers)
    for (constraint, _sparql), (variables, rows) in zip(tasks, answers, strict=True):
        raw.extend(_results(constraint, variables, rows))
    return Report(
        results=located(store, raw, workers=workers),
        engine="sparql",
        engine_reason="SHACL compiled to SPARQL, run by the store's own query engine",
    )


def _queries(
    store: Store,
    compiled: CompiledShapes,
    chunks: Sequence[str],
    terms: dict[Any, Node],
    *,
    workers: int,
    focus: bool,
) -> list[tuple[CompiledConstraint, str]]:
    """Each constraint's query for each chunk of focus nodes, as suits this store's data.

    Subclass closures replace the ``rdfs:subClassOf*`` paths; a target with many instances
    gets the bulk form (never with ``focus``: at most :data:`CHUNK` focus nodes per query).
    """
    closures = _subclass_closures(store, compiled, terms)
    many = set() if focus else _many_instances(store, compiled, closures, workers)
    tasks: list[tuple[CompiledConstraint, str]] = []
    for c in compiled.constraints:
        if c.sparql_bulk is not None and c.targets in many:
            sparql = _with_closures(c.sparql_bulk, closures)
        elif c.component == "SPARQL":
            # The path, not the closure: with a cheap VALUES target Oxigraph plans the join
            # with the SELECT badly (the leader check at 100,000 articles: over 90 s, not 17).
            sparql = c.sparql
        else:
            sparql = _with_closures(c.sparql, closures)
        tasks.extend((c, sparql.replace(_FOCUS_MARK, values)) for values in chunks)
    # The SHACL-SPARQL constraints are the slowest queries: started first, they overlap the
    # rest rather than run alone at the end. (The order of results does not matter.)
    return sorted(tasks, key=lambda task: task[0].component != "SPARQL")


def _subclass_closures(
    store: Store, compiled: CompiledShapes, terms: dict[Any, Node]
) -> dict[str, tuple[str, ...] | None]:
    """Each class the constraints test membership of -> it and its subclasses in the store.

    ``None`` for a class with a blank-node subclass, which a VALUES list cannot name.
    """
    classes = sorted(
        {
            iri
            for c in compiled.constraints
            for m in _INSTANCE_OF.finditer(c.sparql + (c.sparql_bulk or ""))
            for iri in _IRI.findall(m["classes"])
        }
    )
    if not classes:
        return {}
    values = " ".join(f"<{c}>" for c in classes)
    sparql = (
        f"SELECT DISTINCT ?class ?sub WHERE {{\n  VALUES ?class {{ {values} }}\n"
        f"  ?sub <{RDFS.subClassOf}>* ?class .\n}}"
    )
    _variables, rows = _select(store, sparql, terms)
    found: dict[str, set[Node]] = {c: {URIRef(c)} for c in classes}  # zero steps: the class
    for cls, sub in rows:
        found[str(cls)].add(sub)
    return {
        c: tuple(sorted(str(s) for s in subs)) if all(isinstance(s, URIRef) for s in subs) else None
        for c, subs in found.items()
    }


_IRI = re.compile(r"<([^<>\s]*)>")


def _with_closures(sparql: str, closures: Mapping[str, tuple[str, ...] | None]) -> str:
    """``sparql`` with each :func:`_instance_of` as a plain ``rdf:type`` over a closure.

    ``?x rdf:type/rdfs:subClassOf* ?c`` with ``?c`` one of the classes C holds exactly when
    ``?x rdf:type ?t`` for a ``?t`` that is ``rdfs:subClassOf*`` one of C, and
    :func:`_subclass_closures` has just read those ``?t`` from the same store. (``?c`` ends up
    bound to ``?t`` instead, but it is a fresh variable that nothing else reads.) Oxigraph
    then finds the instances with one index scan per class instead of a path per node.
    """

    def plain(m: re.Match[str]) -> str:
        subs: set[str] = set()
        for cls in _IRI.findall(m["classes"]):
            closure = closures.get(cls)
            if closure is None:
                return m.group()
            subs.update(closure)
        values = " ".join(f"<{s}>" for s in sorted(subs))
        var = m["var"]
        return f"VALUES {var} {{ {values} }}\n{m['indent']}{m['node']} <{RDF.type}> {var} ."

    return _INSTANCE_OF.sub(plain, sparql)


def _many_instances(
    store: Store,
    compiled: CompiledShapes,
    closures: Mapping[str, tuple[str, ...] | None],
    workers: int,
) -> set[tuple[URIRef, ...]]:
    """The target class lists with at least :data:`SCAN_FROM` instances (type statements).

    Counting stops there, so each count reads a few thousand statements at most.
    """
    targets = sorted({c.targets for c in compiled.constraints if c.sparql_bulk is not None})
    queries = [
        "SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?this WHERE {\n    "
        + _with_closures(_instance_of("?this", "?secgraphTargetClass", t), closures)
        + f"\n}} LIMIT {SCAN_FROM} }} }}"
        for t in targets
    ]
    answers = _select_all(store, queries, None, workers=workers)
    return {
        t for t, (_v, rows) in zip(targets, answers, strict=True) if int(rows[0][0]) >= SCAN_FROM
    }
