"""Fact dataclasses -> RDF with provenance. The RDF mapping lives here and only here.

Each article's facts go into their own named graph (``graph:article/<id>``), linked to the
``sg:Article`` with PROV-O; reference data goes into ``graph:reference``; the ontology and SKOS
schemes into ``graph:ontology``. IRIs are minted from ids (see :mod:`secgraph.vocab`), so the
same input always gives the same triples.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from . import vocab
from .facts import (
    ArticleFacts,
    Corpus,
    Dialogue,
    Evidence,
    Official,
    Organisation,
    Place,
    Reference,
)
from .ontology import Ontology
from .vocab import (
    CAMEO,
    PLOVER,
    REFERENCE_GRAPH,
    WD,
    area_iri,
    article_graph_iri,
    article_iri,
    commitment_iri,
    country_iri,
    delegation_iri,
    dialogue_iri,
    evidence_iri,
    meeting_iri,
    official_iri,
    organisation_iri,
    place_iri,
    post_iri,
    relation_graph_iri,
    relation_iri,
    relation_key,
    threat_iri,
)

__all__ = [
    "ONTOLOGY_GRAPH",
    "ConceptResolver",
    "RelationPart",
    "build_article",
    "build_dataset",
    "build_reference",
    "build_relations",
    "relation_parts",
]

Triple = tuple[Node, Node, Node]
ONTOLOGY_GRAPH = URIRef("https://w3id.org/secgraph/graph/ontology")


class _Terms:
    """A namespace whose terms are made once: an rdflib (Defined)Namespace builds and checks a
    new URIRef on every attribute access, about a fifth of build time at 100,000 articles."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term: URIRef = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


SG: Any = _Terms(vocab.SG)
RDF: Any = _Terms(vocab.RDF)
RDFS: Any = _Terms(vocab.RDFS)
PROV: Any = _Terms(vocab.PROV)
DCTERMS: Any = _Terms(vocab.DCTERMS)
SDO: Any = _Terms(vocab.SDO)
OA: Any = _Terms(vocab.OA)
ORG: Any = _Terms(vocab.ORG)
OWL: Any = _Terms(vocab.OWL)
FOAF: Any = _Terms(vocab.FOAF)
SKOS: Any = _Terms(vocab.SKOS)
XSD: Any = _Terms(vocab.XSD)

_ORG_CLASS = {
    "ministry": SG.Ministry,
    "department": SG.Department,
    "bureau": SG.Bureau,
    "agency": SG.Agency,
    "organisation": SG.Organisation,
}


@dataclass(frozen=True)
class ConceptResolver:
    """Maps the words a fact file uses for areas and threats to SKOS concept IRIs.

    Built from the SKOS schemes (ids, preferred and alternative labels, case-insensitive).
    A word that matches nothing still gets an IRI in the scheme's namespace, so that SHACL
    reports it as outside the scheme instead of the fact silently disappearing.
    """

    areas: dict[str, URIRef]
    threats: dict[str, URIRef]

    @classmethod
    def from_graph(cls, graph: Graph | None) -> ConceptResolver:
        areas: dict[str, URIRef] = {}
        threats: dict[str, URIRef] = {}
        if graph is not None:
            for cls_iri, index in ((SG.CooperationArea, areas), (SG.Threat, threats)):
                for concept in graph.subjects(RDF.type, cls_iri):
                    if not isinstance(concept, URIRef):
                        continue
                    index[str(concept).rsplit("/", 1)[-1].casefold()] = concept
                    for prop in (SKOS.prefLabel, SKOS.altLabel):
                        for label in graph.objects(concept, prop):
                            index.setdefault(str(label).casefold(), concept)
        return cls(areas=areas, threats=threats)

    def area(self, word: str) -> URIRef:
        return self.areas.get(word.casefold()) or area_iri(_slug(word))

    def threat(self, word: str) -> URIRef:
        return self.threats.get(word.casefold()) or threat_iri(_slug(word))


def _slug(word: str) -> str:
    return "-".join(word.strip().lower().split())


def build_dataset(corpus: Corpus, *, ontology: Ontology | None = None) -> Dataset:
    """Build the whole dataset in memory: ontology, reference and one graph per article."""
    dataset = Dataset(default_union=True)
    for prefix, ns in _prefixes():
        dataset.bind(prefix, ns)
    if ontology is not None:
        dataset.graph(ONTOLOGY_GRAPH).__iadd__(ontology.graph)
    ref_graph = dataset.graph(REFERENCE_GRAPH)
    for triple in build_reference(corpus.reference):
        ref_graph.add(triple)
    resolver = ConceptResolver.from_graph(ontology.graph if ontology else None)
    parts: dict[str, list[RelationPart]] = {}
    for article in corpus.articles:
        g = dataset.graph(article_graph_iri(article.id))
        for triple in build_article(article, resolver=resolver, data_dir=corpus.data_dir):
            g.add(triple)
        for part in relation_parts(article, resolver):
            parts.setdefault(part.relation, []).append(part)
    for name, triples in build_relations(parts, corpus.reference).items():
        g = dataset.graph(name)
        for triple in triples:
            g.add(triple)
    return dataset


def _prefixes() -> Iterable[tuple[str, str]]:
    from .vocab import PREFIXES

    return PREFIXES.items()


def build_reference(reference: Reference) -> Iterator[Triple]:
    """Triples for the reference data (countries, organisations, posts, officials, ...)."""
    for c in reference.countries.values():
        s = country_iri(c.iso3)
        yield s, RDF.type, SG.Country
        yield s, RDFS.label, Literal(c.name, lang="en")
        yield s, SDO.name, Literal(c.name, lang="en")
        yield s, SG.isoAlpha3, Literal(c.iso3)
        if c.iso2:
            yield s, SG.isoAlpha2, Literal(c.iso2)
        if c.wikidata:
            yield s, OWL.sameAs, WD[c.wikidata]
        for alias in c.aliases:
            yield s, SKOS.altLabel, Literal(alias, lang="en")
    for org in reference.organisations.values():
        yield from _organisation(org, ())
    for off in reference.officials.values():
        yield from _official(off, ())
    for d in reference.dialogues.values():
        yield from _dialogue(d, ())
    for p in reference.places.values():
        yield from _place(p)


def _derived(s: URIRef, sources: Iterable[str]) -> Iterator[Triple]:
    for source in sources:
        yield s, PROV.wasDerivedFrom, article_iri(source)


def _organisation(org: Organisation, sources: Iterable[str]) -> Iterator[Triple]:
    s = organisation_iri(org.id)
    yield s, RDF.type, _ORG_CLASS[org.type]
    yield s, RDFS.label, Literal(org.name, lang="en")
    yield s, SKOS.prefLabel, Literal(org.name, lang="en")
    if org.acronym:
        yield s, SKOS.altLabel, Literal(org.acronym)
    yield s, SG.country, country_iri(org.country)
    if org.parent:
        yield s, ORG.subOrganizationOf, organisation_iri(org.parent)
        yield organisation_iri(org.parent), ORG.hasSubOrganization, s
    for post in org.posts:
        p = post_iri(post.id)
        yield p, RDF.type, SG.Post
        yield p, RDFS.label, Literal(post.title, lang="en")
        yield p, ORG.postIn, s
        yield s, ORG.hasPost, p
    yield from _derived(s, (*org.sources, *sources))


def _official(off: Official, sources: Iterable[str]) -> Iterator[Triple]:
    s = official_iri(off.id)
    yield s, RDF.type, SG.Official
    yield s, RDFS.label, Literal(off.name)
    yield s, FOAF.name, Literal(off.name)
    if off.country:
        yield s, SG.country, country_iri(off.country)
    for post in off.posts:
        yield s, ORG.holds, post_iri(post)
        yield post_iri(post), ORG.heldBy, s
    yield from _derived(s, (*off.sources, *sources))


def _dialogue(d: Dialogue, sources: Iterable[str]) -> Iterator[Triple]:
    s = dialogue_iri(d.id)
    yield s, RDF.type, SG.Dialogue
    yield s, RDFS.label, Literal(d.name, lang="en")
    for party in d.parties:
        yield s, SG.dialogueParty, country_iri(party)
    yield from _derived(s, (*d.sources, *sources))


def _place(p: Place) -> Iterator[Triple]:
    s = place_iri(p.id)
    yield s, RDF.type, SG.City if p.type == "city" else SG.Place
    yield s, RDFS.label, Literal(p.name, lang="en")
    yield s, SG.inCountry, country_iri(p.country)
    if p.wikidata:
        yield s, OWL.sameAs, WD[p.wikidata]


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
        yield from _organisation(org, own)
    for off in article.officials:
        yield from _official(off, own)
    for dialogue in article.dialogues:
        yield from _dialogue(dialogue, own)
    for p in article.places:
        yield from _place(p)
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
        for key in _relation_keys(m.delegations):
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
        for key in _relation_keys(m.delegations):
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


def _relation_keys(delegations: Iterable[Any]) -> list[str]:
    codes = sorted({d.country.upper() for d in delegations})
    return [relation_key(a, b) for i, a in enumerate(codes) for b in codes[i + 1 :]]


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
    from pathlib import Path

    if data_dir is None:
        return Path(path).as_posix()
    try:
        return Path(path).relative_to(data_dir).as_posix()
    except ValueError:
        return Path(path).as_posix()
