"""Coded events as weights of the countries projection (``--weight events``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..store import Store

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["PAIR_EVENTS", "country_labels", "pair_event_counts", "weight_by_events"]

#: Events per pair of countries (in ISO code order) and QuadClass, over every event file, from
#: the dyad summaries the files carry (:mod:`._summary`; each event in one file's only). The
#: pair's node is stated in every file that counts it: DISTINCT, or its counts add up per file.
PAIR_EVENTS = """PREFIX sg: <https://w3id.org/secgraph/ontology#>
SELECT ?a ?b ?quad (SUM(?n) AS ?events) WHERE {
  { SELECT DISTINCT ?pair ?a ?b
    WHERE { ?pair a sg:Dyad ; sg:firstCountry ?a ; sg:secondCountry ?b } }
  ?count sg:dyad ?pair ; sg:dyadQuadClass ?quad ; sg:eventCount ?n .
  FILTER(?a != ?b)
}
GROUP BY ?a ?b ?quad
ORDER BY ?a ?b ?quad"""


def pair_event_counts(store: Store) -> dict[tuple[str, str], tuple[int, int]]:
    """(country IRI, country IRI) in order -> (cooperation events, conflict events):
    QuadClass 1-2 and 3-4, both directions together (an event once per pair)."""
    counts: dict[tuple[str, str], list[int]] = {}
    for a, b, quad, events in store.query(PAIR_EVENTS).rows:
        key = (str(a), str(b)) if str(a) < str(b) else (str(b), str(a))
        slot = 0 if int(quad) <= 2 else 1  # type: ignore[arg-type]
        counts.setdefault(key, [0, 0])[slot] += int(events)  # type: ignore[arg-type]
    return {k: (v[0], v[1]) for k, v in counts.items()}


_LABELS = """PREFIX sg: <https://w3id.org/secgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?country ?label WHERE { ?country a sg:Country ; rdfs:label ?label } ORDER BY ?country"""


def country_labels(store: Store) -> dict[str, str]:
    """Country IRI -> name (for countries that only events connect)."""
    return {str(c): str(label) for c, label in store.query(_LABELS).rows}


def weight_by_events(
    G: nx.Graph,
    counts: dict[tuple[str, str], tuple[int, int]],
    labels: dict[str, str] | None = None,
) -> nx.Graph:
    """The countries projection ``G`` with each edge weighted by the cooperation events of
    its pair (``weight``; ``meetings`` keeps the meeting count, ``conflict_events`` the
    conflict events). Pairs with cooperation events and no meeting become edges too."""
    for _u, _v, data in G.edges(data=True):
        data["meetings_weight"] = data.get("weight", 0)
        data["weight"] = 0
        data["conflict_events"] = 0
    for (u, v), (cooperation, conflict) in sorted(counts.items()):
        if not cooperation:
            continue
        for node in (u, v):
            if node not in G:
                code = node.rsplit("/", 1)[-1]
                G.add_node(node, label=(labels or {}).get(node, code), kind="country",
                           country=code, meetings=[], sources=[])  # fmt: skip
        if not G.has_edge(u, v):
            G.add_edge(u, v, meetings=[], meetings_weight=0, relation="events")
        G.edges[u, v]["weight"] = cooperation
        G.edges[u, v]["conflict_events"] = conflict
    G.graph["weight"] = "cooperation events"
    return G
