"""One article's facts -> the triples of its named graph, with provenance: the article,
its own entities, its meetings and their delegations, its commitments and each fact's
evidence quotes (with their character spans when the text is known)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import Literal, URIRef

from ..facts import ArticleFacts, Evidence
from ..vocab import (
    CAMEO,
    PLOVER,
    article_graph_iri,
    article_iri,
    commitment_iri,
    country_iri,
    delegation_iri,
    dialogue_iri,
    evidence_iri,
    meeting_iri,
    official_iri,
    place_iri,
    relation_iri,
)
from ._reference import mint_dialogue, mint_official, mint_organisation, mint_place
from ._relations import relation_keys
from ._terms import DCTERMS, OA, PROV, RDF, RDFS, SDO, SG, XSD, ConceptResolver, Triple

__all__ = ["build_article"]


def build_article(
    article: ArticleFacts, *, resolver: ConceptResolver, data_dir: str | None = None
) -> Iterator[Triple]:
    """Triples for one article's named graph: the article, its entities and its facts."""
    a = article_iri(article.id)
    graph = article_graph_iri(article.id)
    yield graph, PROV.wasDerivedFrom, a
    yield a, RDF.type, SG.Article
    yield a, DCTERMS.title, Literal(article.title)
    yield a, RDFS.label, Literal(article.title)
    yield a, DCTERMS.identifier, Literal(article.id)
    yield a, SG.sourceFile, Literal(_relative(article.path, data_dir))
    if article.publisher:
        yield a, DCTERMS.publisher, Literal(article.publisher)
    if article.url:
        yield a, SDO.url, Literal(article.url, datatype=XSD.anyURI)
    if article.published:
        yield a, DCTERMS.issued, Literal(article.published.isoformat(), datatype=XSD.date)
    if article.language:
        yield a, DCTERMS.language, Literal(article.language)

    own = (article.id,)
    for org in article.organisations:
        yield from mint_organisation(org, own)
    for off in article.officials:
        yield from mint_official(off, own)
    for dialogue in article.dialogues:
        yield from mint_dialogue(dialogue, own)
    for p in article.places:
        yield from mint_place(p)
        yield place_iri(p.id), PROV.wasDerivedFrom, a

    ev = _EvidenceMinter(article.id, a)
    for m in article.meetings:
        s = meeting_iri(article.id, m.id)
        countries = [d.country for d in m.delegations]
        yield s, RDF.type, SG.Meeting
        yield s, RDFS.label, Literal(m.title or _meeting_label(m.id, countries, m.date))
        yield s, PROV.wasDerivedFrom, a
        if m.line:
            yield s, SG.sourceLine, Literal(m.line)
        if m.date:
            yield s, SDO.startDate, Literal(m.date.isoformat(), datatype=XSD.date)
        if m.end_date:
            yield s, SDO.endDate, Literal(m.end_date.isoformat(), datatype=XSD.date)
        if m.place:
            yield s, SDO.location, place_iri(m.place)
        if m.host:
            yield s, SG.host, country_iri(m.host)
        if m.dialogue:
            yield s, SG.partOfDialogue, dialogue_iri(m.dialogue)
        if m.round:
            # xsd:integer, not xsd:positiveInteger: Oxigraph stores the latter as xsd:integer
            # (as oa:start above); the fact reader allows only 1 and more
            yield s, SG.round, Literal(m.round)
        if m.summary:
            yield s, SDO.description, Literal(m.summary, lang="en")
        if m.cameo:
            yield s, SG.cameoCode, CAMEO[m.cameo]
        if m.plover:
            yield s, SG.ploverType, PLOVER[m.plover]
        for word in m.areas:
            yield s, SG.addressedArea, resolver.area(word)
        for word in m.threats:
            yield s, SG.addressedThreat, resolver.threat(word)
        for code in m.discussed:
            yield s, SG.discussedCountry, country_iri(code)
        yield from ev.mint(s, f"meeting.{m.id}", m.evidence)
        for key in relation_keys(m.delegations):
            yield s, SG.inRelation, relation_iri(key)
        for d in m.delegations:
            ds = delegation_iri(article.id, m.id, d.country)
            yield s, SG.hasDelegation, ds
            yield ds, SG.atMeeting, s
            yield ds, RDF.type, SG.Delegation
            yield ds, RDFS.label, Literal(f"{d.country} delegation ({m.id})")
            yield ds, SG.represents, country_iri(d.country)
            yield ds, PROV.wasDerivedFrom, a
            if d.line:
                yield ds, SG.sourceLine, Literal(d.line)
            if d.leader:
                yield ds, SG.leader, official_iri(d.leader)
                yield ds, SG.member, official_iri(d.leader)
            for member in d.members:
                yield ds, SG.member, official_iri(member)
            yield from ev.mint(ds, f"delegation.{m.id}.{d.country}", d.evidence)

    for c in article.commitments:
        s = commitment_iri(article.id, c.id)
        yield s, RDF.type, SG.Commitment
        yield s, RDFS.label, Literal(c.id.replace("-", " ").capitalize())
        yield s, SDO.description, Literal(c.description, lang="en")
        yield s, PROV.wasDerivedFrom, a
        if c.line:
            yield s, SG.sourceLine, Literal(c.line)
        if c.meeting:
            m_iri = meeting_iri(article.id, c.meeting)
            yield s, SG.madeAt, m_iri
            yield m_iri, SG.outcome, s
        for party in c.parties:
            yield s, SG.committedBy, country_iri(party)
        for word in c.areas:
            yield s, SG.commitmentArea, resolver.area(word)
        yield from ev.mint(s, f"commitment.{c.id}", c.evidence)


class _EvidenceMinter:
    def __init__(self, article_id: str, article: URIRef) -> None:
        self.article_id = article_id
        self.article = article

    def mint(self, subject: URIRef, path: str, evidence: Iterable[Evidence]) -> Iterator[Triple]:
        for n, e in enumerate(evidence, start=1):
            s = evidence_iri(self.article_id, f"{path}.{n}")
            yield subject, SG.evidence, s
            yield s, RDF.type, SG.Evidence
            yield s, OA.exact, Literal(e.quote)
            yield s, PROV.wasQuotedFrom, self.article
            if e.start is not None and e.end is not None:
                # xsd:integer, not oa's xsd:nonNegativeInteger: Oxigraph stores the latter as
                # xsd:integer, and the same build must give the same triples in every store
                yield s, OA.start, Literal(e.start)
                yield s, OA.end, Literal(e.end)


def _meeting_label(meeting_id: str, countries: list[str], date: object) -> str:
    pair = "-".join(countries) if countries else "?"
    when = f", {date}" if date else ""
    return f"{pair} meeting {meeting_id}{when}"


def _relative(path: str, data_dir: str | None) -> str:
    if data_dir is None:
        return Path(path).as_posix()
    try:
        return Path(path).relative_to(data_dir).as_posix()
    except ValueError:
        return Path(path).as_posix()
