"""The terms minting uses, made once, and the resolver of area and threat words.

:class:`ConceptResolver` maps the words a fact file uses for areas and threats to the SKOS
schemes' concepts; ``SG``, ``RDF``, ... are namespaces whose terms are built on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rdflib import Graph, URIRef
from rdflib.term import Node

from .. import vocab
from ..vocab import area_iri, threat_iri

__all__ = [
    "DCTERMS",
    "FOAF",
    "OA",
    "ORG",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SG",
    "SKOS",
    "XSD",
    "ConceptResolver",
    "Triple",
]

Triple = tuple[Node, Node, Node]


class _Terms:
    """A namespace whose terms are made once: an rdflib (Defined)Namespace builds and checks a
    new URIRef on every attribute access, about a fifth of build time at 100,000 articles."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        if "_" in name:  # no term has one; tools probe with such names (rdflib warns for SDO)
            raise AttributeError(name)
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
