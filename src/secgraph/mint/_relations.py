"""Bilateral relations: what each article says about each pair of countries
(:class:`RelationPart`, kept per article in the manifest) and the relation graphs summed
from those parts (one ``graph:relation/AAA-BBB`` per pair)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from rdflib import Literal, URIRef

from ..facts import ArticleFacts, Reference
from ..vocab import country_iri, relation_graph_iri, relation_iri, relation_key
from ._terms import RDF, RDFS, SG, XSD, ConceptResolver, Triple

__all__ = ["RelationPart", "build_relations", "relation_keys", "relation_parts"]


class RelationPart(NamedTuple):
    """What one article says about one bilateral relation: its meetings that both countries
    attended (how many, how many dated, first and latest date), the commitments made at them
    and the cooperation areas they addressed. A build keeps these per article (in the
    manifest) and sums them into each relation's graph (:func:`build_relations`)."""

    relation: str
    meetings: int
    dated: int
    first: str | None
    latest: str | None
    commitments: int
    areas: tuple[str, ...]


def relation_parts(article: ArticleFacts, resolver: ConceptResolver) -> tuple[RelationPart, ...]:
    """The article's contribution to each relation its meetings belong to (meetings are
    minted in the article's namespace, so no two articles count the same meeting)."""
    made_at: dict[str, int] = {}
    for c in article.commitments:
        if c.meeting:
            made_at[c.meeting] = made_at.get(c.meeting, 0) + 1
    found: dict[str, list[Any]] = {}
    for m in article.meetings:
        date = m.date.isoformat() if m.date else None
        areas = {str(resolver.area(word)) for word in m.areas}
        for key in relation_keys(m.delegations):
            acc = found.setdefault(key, [0, 0, None, None, 0, set()])
            acc[0] += 1
            acc[4] += made_at.get(m.id, 0)
            acc[5] |= areas
            if date is not None:
                acc[1] += 1
                acc[2] = date if acc[2] is None else min(acc[2], date)
                acc[3] = date if acc[3] is None else max(acc[3], date)
    return tuple(
        RelationPart(key, n, dated, first, latest, commitments, tuple(sorted(areas)))
        for key, (n, dated, first, latest, commitments, areas) in sorted(found.items())
    )


def build_relations(
    parts: Mapping[str, Iterable[RelationPart]], reference: Reference
) -> dict[URIRef, list[Triple]]:
    """Each relation's named graph, from the parts of every article that has any: the
    relation, its two countries and its counts. A relation whose parts count no meeting has
    no graph (it is left out)."""
    graphs: dict[URIRef, list[Triple]] = {}
    for key in sorted(parts):
        meetings = dated = commitments = 0
        first: str | None = None
        latest: str | None = None
        areas: set[str] = set()
        for part in parts[key]:
            meetings += part.meetings
            dated += part.dated
            commitments += part.commitments
            areas.update(part.areas)
            if part.first is not None:
                first = part.first if first is None else min(first, part.first)
            if part.latest is not None:
                latest = part.latest if latest is None else max(latest, part.latest)
        if not meetings:
            continue
        r = relation_iri(key)
        codes = key.split("-", 1)
        names = [reference.countries[c].name if c in reference.countries else c for c in codes]
        triples: list[Triple] = [
            (r, RDF.type, SG.BilateralRelation),
            (r, RDFS.label, Literal(" - ".join(names), lang="en")),
            *((r, SG.relationOf, country_iri(c)) for c in codes),
            (r, SG.meetingCount, Literal(meetings)),
            (r, SG.datedMeetingCount, Literal(dated)),
            (r, SG.areaCount, Literal(len(areas))),
            (r, SG.commitmentCount, Literal(commitments)),
        ]
        if first is not None and latest is not None:
            triples.append((r, SG.firstMeetingDate, Literal(first, datatype=XSD.date)))
            triples.append((r, SG.latestMeetingDate, Literal(latest, datatype=XSD.date)))
        graphs[relation_graph_iri(key)] = triples
    return graphs


def relation_keys(delegations: Iterable[Any]) -> list[str]:
    codes = sorted({d.country.upper() for d in delegations})
    return [relation_key(a, b) for i, a in enumerate(codes) for b in codes[i + 1 :]]
