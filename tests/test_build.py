"""Building RDF from facts: the seed's facts, provenance, determinism."""

from __future__ import annotations

import pytest
from conftest import SEED_ID
from rdflib import Dataset

import secgraph as sg

PREFIXES = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in sg.PREFIXES.items())

SEED_FACTS = {
    "us delegation led by Horst": """
        ASK { ?m a sg:Meeting ; sg:hasDelegation ?d .
              ?d sg:represents country:USA ; sg:leader official:elizabeth-horst . }""",
    "Horst's post in the SCA bureau of State": """
        ASK { official:elizabeth-horst foaf:name "Elizabeth Horst" ; org:holds ?post .
              ?post rdfs:label ?title ; org:postIn ?bureau .
              FILTER(STR(?title) = "Principal Deputy Assistant Secretary of State for South and Central Asian Affairs")
              ?bureau rdfs:label "Bureau of South and Central Asian Affairs"@en ;
                      org:subOrganizationOf ?state .
              ?state rdfs:label "United States Department of State"@en . }""",
    "Pakistani side headed by Khan of the Interior Ministry": """
        ASK { ?d sg:represents country:PAK ; sg:leader official:farid-ud-din-khan .
              official:farid-ud-din-khan org:holds/org:postIn ?moi .
              ?moi a sg:Ministry ; rdfs:label "Ministry of Interior"@en ; sg:country country:PAK . }""",
    "held in Islamabad, hosted by Pakistan": """
        ASK { ?m a sg:Meeting ; schema:location ?p ; sg:host country:PAK .
              ?p rdfs:label "Islamabad"@en ; sg:inCountry country:PAK . }""",
    "under the LE and CT dialogue": """
        ASK { ?m sg:partOfDialogue ?d .
              ?d rdfs:label "Pakistan-US Law Enforcement and Counterterrorism Dialogue"@en ;
                 sg:dialogueParty country:PAK, country:USA . }""",
    "the areas named": """
        ASK { ?m a sg:Meeting ; sg:addressedArea area:border-security, area:counter-terrorism,
              area:capacity-building, area:training, area:technical-assistance, area:equipment,
              area:surveillance, area:interdiction, area:intelligence-sharing,
              area:coordinated-operations, area:counter-trafficking . }""",
    "the threats named": """
        ASK { ?m sg:addressedThreat threat:terrorism, threat:illicit-trafficking . }""",
    "Afghanistan discussed": "ASK { ?m sg:discussedCountry country:AFG . }",
    "outcome: agreement to enhance cooperation": """
        ASK { ?m sg:outcome ?c . ?c a sg:Commitment ; sg:committedBy country:PAK, country:USA ;
              sg:commitmentArea area:border-security . }""",
    "outcome: technical discussions to follow": """
        ASK { ?c a sg:Commitment ; sg:madeAt ?m ; schema:description ?d .
              FILTER(CONTAINS(STR(?d), "technical discussions")) }""",
    "every fact traces to the article": """
        ASK { ?m a sg:Meeting ; prov:wasDerivedFrom ?a . ?a a sg:Article ;
              dcterms:title "Pakistan, US Agree to Enhance Border Security Cooperation" . }""",
    "evidence quotes with spans": """
        ASK { ?m a sg:Meeting ; sg:evidence ?e . ?e oa:exact ?q ; oa:start ?s ; oa:end ?t ;
              prov:wasQuotedFrom ?a . }""",
    "countries link to Wikidata": "ASK { country:PAK owl:sameAs wd:Q843 ; sg:isoAlpha2 'PK' . }",
}


@pytest.mark.parametrize("name", sorted(SEED_FACTS))
def test_seed_fact_is_present(seed_dataset: Dataset, name: str) -> None:
    assert seed_dataset.query(PREFIXES + SEED_FACTS[name]).askAnswer, name


def test_seed_meeting_has_no_date(seed_dataset: Dataset) -> None:
    q = PREFIXES + "ASK { ?m a sg:Meeting . FILTER NOT EXISTS { ?m schema:startDate ?d } }"
    assert seed_dataset.query(q).askAnswer
    assert not seed_dataset.query(PREFIXES + "ASK { ?a dcterms:issued ?d }").askAnswer


def test_article_facts_live_in_their_own_named_graph(seed_dataset: Dataset) -> None:
    graph = seed_dataset.graph(sg.vocab.article_graph_iri(SEED_ID))
    meeting = sg.vocab.meeting_iri(SEED_ID, "islamabad-border-security-talks")
    assert (meeting, sg.RDF.type, sg.SG.Meeting) in graph
    assert (graph.identifier, sg.vocab.PROV.wasDerivedFrom, sg.vocab.article_iri(SEED_ID)) in graph
    reference = seed_dataset.graph(sg.REFERENCE_GRAPH)
    assert (meeting, None, None) not in reference
    assert (sg.country_iri("PAK"), sg.RDF.type, sg.SG.Country) in reference


def _sorted_ntriples(dataset: Dataset) -> str:
    text = dataset.serialize(format="nquads")
    return "\n".join(sorted(line for line in text.splitlines() if line.strip()))


def test_two_builds_give_identical_sorted_ntriples(
    seed_corpus: sg.Corpus, ontology: sg.Ontology
) -> None:
    first = _sorted_ntriples(sg.build_dataset(seed_corpus, ontology=ontology))
    again = sg.build_dataset(
        sg.read_facts(seed_corpus.data_dir), ontology=sg.read_ontology(ontology.directory)
    )
    assert first == _sorted_ntriples(again)
    assert "_:" not in first


def test_area_labels_resolve_to_scheme_concepts(make_data_dir, ontology: sg.Ontology) -> None:
    root = make_data_dir(
        labels="""
article:
  title: Areas written as labels
meetings:
  - id: talks
    delegations: [{country: USA}, {country: IND}]
    areas: [Counterterrorism, CT, intelligence sharing]
"""
    )
    dataset = sg.build_dataset(sg.read_facts(root), ontology=ontology)
    areas = set(dataset.objects(None, sg.SG.addressedArea))
    assert areas == {
        sg.vocab.area_iri("counter-terrorism"),
        sg.vocab.area_iri("intelligence-sharing"),
    }
