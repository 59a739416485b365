"""The ontology parses, is OWL-lite, and declares and labels every term the data uses."""

from __future__ import annotations

import pytest
from rdflib import Dataset, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

import secgraph as sg
from secgraph.ontology import read_turtle

SG_NS = str(sg.SG._NS)
CLASS_TYPES = {OWL.Class}
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
W3C_TIES = {
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    OWL.equivalentClass,
    SKOS.closeMatch,
    OWL.inverseOf,
}


def test_every_sg_term_is_declared_labelled_defined_and_tied(ontology: sg.Ontology) -> None:
    g = read_turtle(f"{ontology.directory}/secgraph.ttl")
    terms = {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(SG_NS)}
    assert len(terms) > 40
    for term in terms:
        types = set(g.objects(term, RDF.type))
        assert types & (CLASS_TYPES | PROPERTY_TYPES), f"{term} has no OWL type"
        assert g.value(term, RDFS.label) is not None, f"{term} has no rdfs:label"
        assert g.value(term, RDFS.comment) is not None, f"{term} has no definition"
        assert _tied(g, term), f"{term} is not tied to a standard term"


def _tied(g, term, seen=()) -> bool:
    """A term is tied when it (or an sg: term it specialises) points to a standard term."""
    if term in (sg.SG.sourceFile, sg.SG.sourceLine):  # secgraph's own provenance pointers
        return True
    for p in W3C_TIES:
        objects = [*g.objects(term, p), *(g.subjects(p, term) if p == OWL.inverseOf else ())]
        for o in objects:
            if not str(o).startswith(SG_NS):
                return True
            if o not in seen and _tied(g, o, (*seen, term)):
                return True
    return False


def test_ontology_has_metadata(ontology: sg.Ontology) -> None:
    onto = URIRef("https://w3id.org/secgraph/ontology")
    g = ontology.graph
    assert (onto, RDF.type, OWL.Ontology) in g
    assert g.value(onto, OWL.versionIRI) is not None
    assert g.value(onto, URIRef("http://purl.org/dc/terms/license")) is not None


def test_owl_lite_constructs_only(ontology: sg.Ontology) -> None:
    forbidden = {OWL.unionOf, OWL.intersectionOf, OWL.complementOf, OWL.oneOf, OWL.Restriction}
    used = {p for _s, p, _o in ontology.graph} | set(ontology.graph.objects(None, RDF.type))
    assert not used & forbidden


def test_every_class_and_property_the_data_uses_is_declared(
    seed_dataset: Dataset, ontology: sg.Ontology
) -> None:
    g = ontology.graph
    union = sg.to_union_graph(seed_dataset)
    for cls in set(union.objects(None, RDF.type)):
        if str(cls).startswith(SG_NS):
            assert (cls, RDF.type, OWL.Class) in g, cls
            assert g.value(cls, RDFS.label) is not None
    for prop in set(union.predicates()):
        if str(prop).startswith(SG_NS):
            assert set(g.objects(prop, RDF.type)) & PROPERTY_TYPES, prop
            assert g.value(prop, RDFS.label) is not None


def test_vocab_namespace_matches_the_ontology(ontology: sg.Ontology) -> None:
    declared = {str(s)[len(SG_NS) :] for s in ontology.graph.subjects() if str(s).startswith(SG_NS)}
    for name in sg.SG.__annotations__:
        assert name in declared, name
    with pytest.raises(AttributeError):
        _ = sg.SG.NoSuchTerm


def test_cooperation_area_scheme(ontology: sg.Ontology) -> None:
    g = ontology.graph
    areas = set(g.subjects(RDF.type, sg.SG.CooperationArea))
    assert len(areas) >= 15
    ct = sg.vocab.area_iri("counter-terrorism")
    alt = {str(a) for a in g.objects(ct, SKOS.altLabel)}
    assert {"counterterrorism", "CT"} <= alt
    intel = sg.vocab.area_iri("intelligence-sharing")
    assert (intel, SKOS.closeMatch, sg.vocab.CAMEO["064"]) in g
    for concept in areas:
        assert g.value(concept, SKOS.prefLabel) is not None
        assert g.value(concept, SKOS.definition) is not None
        for broader in g.objects(concept, SKOS.broader):
            assert (broader, SKOS.narrower, concept) in g
