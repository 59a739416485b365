"""Entailment for ``secgraph query run --infer``: RDFS by its rules, OWL 2 RL by ``owlrl``.

RDFS is computed here, in one pass over the graph: the rules a query can notice (rdfs5 and
rdfs11, sub-property and sub-class chains; rdfs7, a statement holds for every super-property;
rdfs2 and rdfs3, domain and range types; rdfs9, sub-class types). Not the axiomatic triples,
nor ``rdfs:Resource`` and ``rdfs:Literal`` types for every term, which answer no question.
``owlrl``'s RDFS closure took 4 to 7 s on the seed's 4,610 triples; this takes a few
hundredths of a second.

OWL 2 RL (``owlrl``) would merge every country with its Wikidata item through the
``owl:sameAs`` links of the reference data (``country:PAK owl:sameAs wd:Q843``), so that each
country came back twice as a partner, once under each name. Those links leave the graph before
the closure and come back after it: they say where to look a country up, not that secgraph
has two names for one node.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import Graph, Literal
from rdflib.term import Node

from ..vocab import OWL, RDF, RDFS

__all__ = ["close_owlrl", "close_rdfs"]

_WIKIDATA = "http://www.wikidata.org/entity/"


def _closure(pairs: Iterable[tuple[Node, Node]]) -> dict[Node, set[Node]]:
    """Each node's strict ancestors along the pairs (child, parent); cycles are fine."""
    parents: dict[Node, set[Node]] = defaultdict(set)
    for child, parent in pairs:
        if child != parent:
            parents[child].add(parent)
    ancestors: dict[Node, set[Node]] = {}
    for start in list(parents):
        seen: set[Node] = set()
        todo = list(parents[start])
        while todo:
            node = todo.pop()
            if node in seen:
                continue
            seen.add(node)
            todo.extend(parents.get(node, ()))
        seen.discard(start)
        ancestors[start] = seen
    return ancestors


def close_rdfs(graph: Graph) -> None:
    """Add the RDFS entailments of ``graph`` to it (see the module docstring).

    >>> from rdflib import Namespace
    >>> EX = Namespace("http://example.org/")
    >>> g = Graph()
    >>> _ = g.add((EX.leader, RDFS.subPropertyOf, EX.member))
    >>> _ = g.add((EX.member, RDFS.domain, EX.Group))
    >>> _ = g.add((EX.Group, RDFS.subClassOf, EX.Agent))
    >>> _ = g.add((EX.d, EX.leader, EX.x))
    >>> close_rdfs(g)
    >>> sorted(o.split("/")[-1] for o in g.objects(EX.d, RDF.type))
    ['Agent', 'Group']
    >>> (EX.d, EX.member, EX.x) in g
    True
    """
    supers_p = _closure(graph.subject_objects(RDFS.subPropertyOf))
    supers_c = _closure(graph.subject_objects(RDFS.subClassOf))
    for prop, ancestors in supers_p.items():  # rdfs5
        for ancestor in ancestors:
            graph.add((prop, RDFS.subPropertyOf, ancestor))
    for cls, ancestors in supers_c.items():  # rdfs11
        for ancestor in ancestors:
            graph.add((cls, RDFS.subClassOf, ancestor))
    domains: dict[Node, set[Node]] = defaultdict(set)
    ranges: dict[Node, set[Node]] = defaultdict(set)
    for prop, cls in graph.subject_objects(RDFS.domain):
        domains[prop].add(cls)
    for prop, cls in graph.subject_objects(RDFS.range):
        ranges[prop].add(cls)
    added: set[tuple[Node, Node, Node]] = set()
    for s, p, o in graph:
        for q in (p, *supers_p.get(p, ())):
            if q != p:
                added.add((s, q, o))  # rdfs7
            for c in domains.get(q, ()):
                added.add((s, RDF.type, c))  # rdfs2
            if not isinstance(o, Literal):
                for c in ranges.get(q, ()):
                    added.add((o, RDF.type, c))  # rdfs3
    types = {(s, c) for s, c in graph.subject_objects(RDF.type)}
    types |= {(s, c) for s, p, c in added if p == RDF.type}
    for s, cls in types:  # rdfs9, after every rdf:type above is in
        for ancestor in supers_c.get(cls, ()):
            added.add((s, RDF.type, ancestor))
    graph.addN((s, p, o, graph) for s, p, o in added if (s, p, o) not in graph)


def close_owlrl(graph: Graph) -> None:
    """Add the OWL 2 RL entailments of ``graph``, with its Wikidata links kept out of them."""
    import owlrl

    links = [
        (s, o)
        for s, o in graph.subject_objects(OWL.sameAs)
        if str(o).startswith(_WIKIDATA) or str(s).startswith(_WIKIDATA)
    ]
    for s, o in links:
        graph.remove((s, OWL.sameAs, o))
    owlrl.DeductiveClosure(
        owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False
    ).expand(graph)
    for s, o in links:
        graph.add((s, OWL.sameAs, o))
