"""Namespaces and IRI minting.

Every IRI secgraph writes is minted here, from stable ids in the fact files, so the same
input always gives the same IRIs (and the same triples).

>>> str(country_iri("pak"))
'https://w3id.org/secgraph/id/country/PAK'
>>> str(meeting_iri("seed", "islamabad-talks"))
'https://w3id.org/secgraph/id/meeting/seed/islamabad-talks'
"""

from __future__ import annotations

import re
from typing import Literal, get_args
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
    DefinedNamespace,
)

__all__ = [
    "AREA",
    "BASE",
    "CAMEO",
    "DCTERMS",
    "FOAF",
    "GRAPH",
    "ID",
    "NETWORK_FORMATS",
    "OA",
    "ONTOLOGY_GRAPH",
    "ORG",
    "OWL",
    "PLOVER",
    "PREFIXES",
    "PROJECTIONS",
    "PROV",
    "RDF",
    "RDFS",
    "REFERENCE_GRAPH",
    "SDO",
    "SG",
    "SKOS",
    "THREAT",
    "WD",
    "XSD",
    "area_iri",
    "article_graph_iri",
    "article_iri",
    "commitment_iri",
    "country_iri",
    "delegation_iri",
    "dialogue_iri",
    "evidence_iri",
    "meeting_iri",
    "official_iri",
    "organisation_iri",
    "place_iri",
    "post_iri",
    "relation_graph_iri",
    "relation_iri",
    "relation_key",
    "threat_iri",
]

BASE = "https://w3id.org/secgraph/"
ID = Namespace(BASE + "id/")
AREA = Namespace(BASE + "area/")
THREAT = Namespace(BASE + "threat/")
CAMEO = Namespace(BASE + "cameo/")
PLOVER = Namespace(BASE + "plover/")
GRAPH = Namespace(BASE + "graph/")
WD = Namespace("http://www.wikidata.org/entity/")
OA = Namespace("http://www.w3.org/ns/oa#")

REFERENCE_GRAPH = URIRef(BASE + "graph/reference")
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")

#: The networks :func:`secgraph.network.to_networkx` projects the graph into.
PROJECTIONS = ("countries", "officials", "country-official", "organisations")
#: The network file formats :func:`secgraph.viz.write_network` writes (here, not in viz, so
#: that the command line can list them without importing networkx).
NetworkFormat = Literal["graphml", "gexf", "cytoscape"]
NETWORK_FORMATS: tuple[NetworkFormat, ...] = get_args(NetworkFormat)


class SG(DefinedNamespace):
    """The secgraph ontology (``ontology/secgraph.ttl``); unknown terms raise."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Country: URIRef
    Organisation: URIRef
    Ministry: URIRef
    Department: URIRef
    Bureau: URIRef
    Agency: URIRef
    Official: URIRef
    Post: URIRef
    Delegation: URIRef
    Meeting: URIRef
    Dialogue: URIRef
    CooperationArea: URIRef
    Threat: URIRef
    Commitment: URIRef
    Place: URIRef
    City: URIRef
    Article: URIRef
    Evidence: URIRef
    BilateralRelation: URIRef
    Interaction: URIRef
    CodedEvent: URIRef
    EventActor: URIRef
    EventFile: URIRef
    # properties
    isoAlpha2: URIRef
    isoAlpha3: URIRef
    country: URIRef
    inCountry: URIRef
    represents: URIRef
    leader: URIRef
    member: URIRef
    hasDelegation: URIRef
    atMeeting: URIRef
    host: URIRef
    partOfDialogue: URIRef
    round: URIRef
    dialogueParty: URIRef
    addressedArea: URIRef
    addressedThreat: URIRef
    discussedCountry: URIRef
    outcome: URIRef
    madeAt: URIRef
    committedBy: URIRef
    commitmentArea: URIRef
    evidence: URIRef
    sourceFile: URIRef
    sourceLine: URIRef
    cameoCode: URIRef
    ploverType: URIRef
    inRelation: URIRef
    relationOf: URIRef
    meetingCount: URIRef
    datedMeetingCount: URIRef
    areaCount: URIRef
    commitmentCount: URIRef
    firstMeetingDate: URIRef
    latestMeetingDate: URIRef
    # coded events (secgraph.events)
    sourceActor: URIRef
    targetActor: URIRef
    sourceCountry: URIRef
    targetCountry: URIRef
    actionCountry: URIRef
    placeName: URIRef
    quadClass: URIRef
    goldstein: URIRef
    intensity: URIRef
    tone: URIRef
    numMentions: URIRef
    numSources: URIRef
    numArticles: URIRef
    ploverMode: URIRef
    ploverContext: URIRef
    contextLabel: URIRef
    storyId: URIRef
    actorCode: URIRef
    sector: URIRef
    importFilter: URIRef


PREFIXES: dict[str, str] = {
    "sg": str(SG._NS),
    "id": str(ID),
    "country": str(ID) + "country/",
    "official": str(ID) + "official/",
    "post": str(ID) + "post/",
    "dialogue": str(ID) + "dialogue/",
    "place": str(ID) + "place/",
    "article": str(ID) + "article/",
    "relation": str(ID) + "relation/",
    "area": str(AREA),
    "threat": str(THREAT),
    "cameo": str(CAMEO),
    "plover": str(PLOVER),
    "graph": str(GRAPH),
    "wd": str(WD),
    "oa": str(OA),
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "foaf": str(FOAF),
    "schema": str(SDO),
    "dcterms": str(DCTERMS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}

_SAFE = re.compile(r"[^A-Za-z0-9._~-]")


def _seg(value: str) -> str:
    """Percent-encode one path segment (ids are checked in facts/; this is a safety net)."""
    return quote(value, safe="") if _SAFE.search(value) else value


def country_iri(code: str) -> URIRef:
    return ID[f"country/{_seg(code.upper())}"]


def organisation_iri(org_id: str) -> URIRef:
    return ID[f"org/{_seg(org_id)}"]


def official_iri(official_id: str) -> URIRef:
    return ID[f"official/{_seg(official_id)}"]


def post_iri(post_id: str) -> URIRef:
    return ID[f"post/{_seg(post_id)}"]


def dialogue_iri(dialogue_id: str) -> URIRef:
    return ID[f"dialogue/{_seg(dialogue_id)}"]


def place_iri(place_id: str) -> URIRef:
    return ID[f"place/{_seg(place_id)}"]


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{_seg(article_id)}"]


def article_graph_iri(article_id: str) -> URIRef:
    return GRAPH[f"article/{_seg(article_id)}"]


def meeting_iri(article_id: str, meeting_id: str) -> URIRef:
    return ID[f"meeting/{_seg(article_id)}/{_seg(meeting_id)}"]


def delegation_iri(article_id: str, meeting_id: str, country: str) -> URIRef:
    return ID[f"delegation/{_seg(article_id)}/{_seg(meeting_id)}/{_seg(country.upper())}"]


def commitment_iri(article_id: str, commitment_id: str) -> URIRef:
    return ID[f"commitment/{_seg(article_id)}/{_seg(commitment_id)}"]


def evidence_iri(article_id: str, fact_path: str) -> URIRef:
    return ID[f"evidence/{_seg(article_id)}/{_seg(fact_path)}"]


def area_iri(area_id: str) -> URIRef:
    return AREA[_seg(area_id)]


def threat_iri(threat_id: str) -> URIRef:
    return THREAT[_seg(threat_id)]


def relation_key(a: str, b: str) -> str:
    """The id of the relation between two countries: their alpha-3 codes in order, ``AAA-BBB``.

    >>> relation_key("usa", "PAK")
    'PAK-USA'
    """
    first, second = sorted((a.upper(), b.upper()))
    return f"{_seg(first)}-{_seg(second)}"


def relation_iri(key: str) -> URIRef:
    """The bilateral relation ``key`` (see :func:`relation_key`)."""
    return ID[f"relation/{key}"]


def relation_graph_iri(key: str) -> URIRef:
    """The named graph that summarises the relation ``key`` (derived by each build)."""
    return GRAPH[f"relation/{key}"]
