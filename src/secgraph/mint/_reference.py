"""Reference data -> triples: countries, organisations and their posts, officials,
dialogues and places (the ``graph:reference`` graph; an article's own entities reuse the
same minting with the article as their source)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Literal, URIRef

from ..facts import Dialogue, Official, Organisation, Place, Reference
from ..vocab import (
    WD,
    article_iri,
    country_iri,
    dialogue_iri,
    official_iri,
    organisation_iri,
    place_iri,
    post_iri,
)
from ._terms import FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SG, SKOS, Triple

__all__ = ["build_reference", "mint_dialogue", "mint_official", "mint_organisation", "mint_place"]

_ORG_CLASS = {
    "ministry": SG.Ministry,
    "department": SG.Department,
    "bureau": SG.Bureau,
    "agency": SG.Agency,
    "organisation": SG.Organisation,
}


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
        yield from mint_organisation(org, ())
    for off in reference.officials.values():
        yield from mint_official(off, ())
    for d in reference.dialogues.values():
        yield from mint_dialogue(d, ())
    for p in reference.places.values():
        yield from mint_place(p)


def _derived(s: URIRef, sources: Iterable[str]) -> Iterator[Triple]:
    for source in sources:
        yield s, PROV.wasDerivedFrom, article_iri(source)


def mint_organisation(org: Organisation, sources: Iterable[str]) -> Iterator[Triple]:
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


def mint_official(off: Official, sources: Iterable[str]) -> Iterator[Triple]:
    s = official_iri(off.id)
    yield s, RDF.type, SG.Official
    yield s, RDFS.label, Literal(off.name)
    yield s, FOAF.name, Literal(off.name)
    if off.honorific:
        yield s, SDO.honorificPrefix, Literal(off.honorific)
    if off.country:
        yield s, SG.country, country_iri(off.country)
    for post in off.posts:
        yield s, ORG.holds, post_iri(post)
        yield post_iri(post), ORG.heldBy, s
    yield from _derived(s, (*off.sources, *sources))


def mint_dialogue(d: Dialogue, sources: Iterable[str]) -> Iterator[Triple]:
    s = dialogue_iri(d.id)
    yield s, RDF.type, SG.Dialogue
    yield s, RDFS.label, Literal(d.name, lang="en")
    for party in d.parties:
        yield s, SG.dialogueParty, country_iri(party)
    yield from _derived(s, (*d.sources, *sources))


def mint_place(p: Place) -> Iterator[Triple]:
    s = place_iri(p.id)
    yield s, RDF.type, SG.City if p.type == "city" else SG.Place
    yield s, RDFS.label, Literal(p.name, lang="en")
    yield s, SG.inCountry, country_iri(p.country)
    if p.wikidata:
        yield s, OWL.sameAs, WD[p.wikidata]
