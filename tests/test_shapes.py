"""Every SHACL shape has a conforming and a violating fixture (focus node and constraint)."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, URIRef

import secgraph as sg
from secgraph.validation import run_shacl

SEED = "pk-us-border-security-islamabad"
MEETING = f"<https://w3id.org/secgraph/id/meeting/{SEED}/islamabad-border-security-talks>"
HEAD = (
    "\n".join(f"@prefix {p}: <{ns}> ." for p, ns in sg.PREFIXES.items())
    + """
@prefix schema: <https://schema.org/> .
"""
)

DYAD = (
    "<https://w3id.org/secgraph/id/dyad/PAK-USA> a sg:Dyad ; "
    "sg:firstCountry country:PAK ; sg:secondCountry country:USA .\n"
)

# shape -> (focus IRI, conforming snippet, violating snippet, expected constraint, severity)
CASES = {
    "Country": (
        "https://w3id.org/secgraph/id/country/XXA",
        'country:XXA a sg:Country ; rdfs:label "Xa" ; sg:isoAlpha3 "XXA" ; owl:sameAs wd:Q1 .',
        'country:XXA a sg:Country ; rdfs:label "Xa" ; sg:isoAlpha3 "xxa1" ; owl:sameAs wd:Q1 .',
        "Pattern",
        "Violation",
    ),
    "Organisation": (
        "https://w3id.org/secgraph/id/org/test-ministry",
        'id:org\\/test-ministry a sg:Ministry ; rdfs:label "M" ; sg:country country:PAK .',
        'id:org\\/test-ministry a sg:Ministry ; rdfs:label "M" .',
        "MinCount",
        "Violation",
    ),
    "Post": (
        "https://w3id.org/secgraph/id/post/test-post",
        'post:test-post a sg:Post ; rdfs:label "Envoy" ; org:postIn id:org\\/pk-ministry-of-interior .',
        'post:test-post a sg:Post ; rdfs:label "Envoy" ; org:postIn country:PAK .',
        "Class",
        "Violation",
    ),
    "Official": (
        "https://w3id.org/secgraph/id/official/test-official",
        'official:test-official a sg:Official ; foaf:name "A" ; '
        "org:holds post:pk-interior-additional-secretary .",
        'official:test-official a sg:Official ; foaf:name "A", "B" ; '
        "org:holds post:pk-interior-additional-secretary .",
        "MaxCount",
        "Violation",
    ),
    "Official (no post is a warning)": (
        "https://w3id.org/secgraph/id/official/test-official",
        'official:test-official a sg:Official ; foaf:name "A" ; '
        "org:holds post:pk-interior-additional-secretary .",
        'official:test-official a sg:Official ; foaf:name "A" .',
        "MinCount",
        "Warning",
    ),
    "Delegation (leader is not an official)": (
        "https://w3id.org/secgraph/id/delegation/t/m/AFG",
        f"id:delegation\\/t\\/m\\/AFG a sg:Delegation ; sg:represents country:AFG ; sg:atMeeting {MEETING} ; "
        f"prov:wasDerivedFrom article:{SEED} .",
        f"id:delegation\\/t\\/m\\/AFG a sg:Delegation ; sg:represents country:AFG ; sg:atMeeting {MEETING} ; "
        f"prov:wasDerivedFrom article:{SEED} ; sg:leader country:AFG .",
        "Class",
        "Violation",
    ),
    "Delegation (leader of another country, SPARQL)": (
        "https://w3id.org/secgraph/id/delegation/t/m/AFG",
        f"id:delegation\\/t\\/m\\/AFG a sg:Delegation ; sg:represents country:PAK ; sg:atMeeting {MEETING} ; "
        f"prov:wasDerivedFrom article:{SEED} ; sg:leader official:farid-ud-din-khan .",
        f"id:delegation\\/t\\/m\\/AFG a sg:Delegation ; sg:represents country:AFG ; sg:atMeeting {MEETING} ; "
        f"prov:wasDerivedFrom article:{SEED} ; sg:leader official:farid-ud-din-khan .",
        "SPARQL",
        "Violation",
    ),
    "Meeting (date is not an xsd:date)": (
        "https://w3id.org/secgraph/id/meeting/t/m",
        "id:meeting\\/t\\/m a sg:Meeting ; prov:wasDerivedFrom article:"
        + SEED
        + ' ; schema:startDate "2020-01-02"^^xsd:date ; sg:evidence id:evidence\\/t\\/e ; '
        "sg:hasDelegation id:delegation\\/t\\/m\\/PAK, id:delegation\\/t\\/m\\/USA . "
        "id:delegation\\/t\\/m\\/PAK a sg:Delegation ; sg:represents country:PAK . "
        "id:delegation\\/t\\/m\\/USA a sg:Delegation ; sg:represents country:USA .",
        "id:meeting\\/t\\/m a sg:Meeting ; prov:wasDerivedFrom article:"
        + SEED
        + ' ; schema:startDate "early 2020" ; sg:evidence id:evidence\\/t\\/e ; '
        "sg:hasDelegation id:delegation\\/t\\/m\\/PAK, id:delegation\\/t\\/m\\/USA . "
        "id:delegation\\/t\\/m\\/PAK a sg:Delegation ; sg:represents country:PAK . "
        "id:delegation\\/t\\/m\\/USA a sg:Delegation ; sg:represents country:USA .",
        "Datatype",
        "Violation",
    ),
    "Meeting (fewer than two countries, SPARQL)": (
        "https://w3id.org/secgraph/id/meeting/t/m",
        "id:meeting\\/t\\/m a sg:Meeting ; prov:wasDerivedFrom article:"
        + SEED
        + ' ; schema:startDate "2020-01-02"^^xsd:date ; sg:evidence id:evidence\\/t\\/e ; '
        "sg:hasDelegation id:delegation\\/t\\/m\\/PAK, id:delegation\\/t\\/m\\/USA . "
        "id:delegation\\/t\\/m\\/PAK a sg:Delegation ; sg:represents country:PAK . "
        "id:delegation\\/t\\/m\\/USA a sg:Delegation ; sg:represents country:USA .",
        "id:meeting\\/t\\/m a sg:Meeting ; prov:wasDerivedFrom article:"
        + SEED
        + ' ; schema:startDate "2020-01-02"^^xsd:date ; sg:evidence id:evidence\\/t\\/e ; '
        "sg:hasDelegation id:delegation\\/t\\/m\\/PAK . "
        "id:delegation\\/t\\/m\\/PAK sg:represents country:PAK .",
        "SPARQL",
        "Violation",
    ),
    "Meeting (no source article)": (
        "https://w3id.org/secgraph/id/meeting/t/m",
        "id:meeting\\/t\\/m a sg:Meeting ; prov:wasDerivedFrom article:"
        + SEED
        + ' ; schema:startDate "2020-01-02"^^xsd:date ; sg:evidence id:evidence\\/t\\/e ; '
        "sg:hasDelegation id:delegation\\/t\\/m\\/PAK, id:delegation\\/t\\/m\\/USA . "
        "id:delegation\\/t\\/m\\/PAK a sg:Delegation ; sg:represents country:PAK . "
        "id:delegation\\/t\\/m\\/USA a sg:Delegation ; sg:represents country:USA .",
        'id:meeting\\/t\\/m a sg:Meeting ; schema:startDate "2020-01-02"^^xsd:date ; '
        "sg:evidence id:evidence\\/t\\/e ; "
        "sg:hasDelegation id:delegation\\/t\\/m\\/PAK, id:delegation\\/t\\/m\\/USA . "
        "id:delegation\\/t\\/m\\/PAK a sg:Delegation ; sg:represents country:PAK . "
        "id:delegation\\/t\\/m\\/USA a sg:Delegation ; sg:represents country:USA .",
        "MinCount",
        "Violation",
    ),
    "Meeting (no date is a warning)": (
        "https://w3id.org/secgraph/id/meeting/t/m",
        "id:meeting\\/t\\/m a sg:Meeting ; prov:wasDerivedFrom article:"
        + SEED
        + ' ; schema:startDate "2020-01-02"^^xsd:date ; sg:evidence id:evidence\\/t\\/e ; '
        "sg:hasDelegation id:delegation\\/t\\/m\\/PAK, id:delegation\\/t\\/m\\/USA . "
        "id:delegation\\/t\\/m\\/PAK a sg:Delegation ; sg:represents country:PAK . "
        "id:delegation\\/t\\/m\\/USA a sg:Delegation ; sg:represents country:USA .",
        "id:meeting\\/t\\/m a sg:Meeting ; prov:wasDerivedFrom article:"
        + SEED
        + " ; sg:evidence id:evidence\\/t\\/e ; "
        "sg:hasDelegation id:delegation\\/t\\/m\\/PAK, id:delegation\\/t\\/m\\/USA . "
        "id:delegation\\/t\\/m\\/PAK a sg:Delegation ; sg:represents country:PAK . "
        "id:delegation\\/t\\/m\\/USA a sg:Delegation ; sg:represents country:USA .",
        "MinCount",
        "Warning",
    ),
    "Meeting (area outside the scheme)": (
        f"https://w3id.org/secgraph/id/meeting/{SEED}/islamabad-border-security-talks",
        f"{MEETING} sg:addressedArea area:maritime-security .",
        f"{MEETING} sg:addressedArea area:space-piracy .",
        "Class",
        "Violation",
    ),
    "Dialogue": (
        "https://w3id.org/secgraph/id/dialogue/test",
        'dialogue:test a sg:Dialogue ; rdfs:label "D" ; sg:dialogueParty country:PAK, country:CHN .',
        'dialogue:test a sg:Dialogue ; rdfs:label "D" ; sg:dialogueParty country:PAK .',
        "MinCount",
        "Violation",
    ),
    "CooperationArea": (
        "https://w3id.org/secgraph/area/test-area",
        'area:test-area a sg:CooperationArea ; skos:prefLabel "T" ; skos:inScheme <https://w3id.org/secgraph/area/scheme> .',
        'area:test-area a sg:CooperationArea ; skos:prefLabel "T" .',
        "HasValue",
        "Violation",
    ),
    "Threat": (
        "https://w3id.org/secgraph/threat/test-threat",
        'threat:test-threat a sg:Threat ; skos:prefLabel "T" ; skos:inScheme <https://w3id.org/secgraph/threat/scheme> .',
        "threat:test-threat a sg:Threat ; skos:inScheme <https://w3id.org/secgraph/threat/scheme> .",
        "MinCount",
        "Violation",
    ),
    "Place": (
        "https://w3id.org/secgraph/id/place/test-city",
        'place:test-city a sg:City ; rdfs:label "C" ; sg:inCountry country:PAK .',
        'place:test-city a sg:City ; rdfs:label "C" .',
        "MinCount",
        "Violation",
    ),
    "Commitment": (
        "https://w3id.org/secgraph/id/commitment/t/c",
        f'id:commitment\\/t\\/c a sg:Commitment ; schema:description "Do it" ; prov:wasDerivedFrom article:{SEED} ; '
        "sg:committedBy country:PAK ; sg:evidence id:evidence\\/t\\/e .",
        'id:commitment\\/t\\/c a sg:Commitment ; schema:description "Do it" ; '
        "sg:committedBy country:PAK ; sg:evidence id:evidence\\/t\\/e .",
        "MinCount",
        "Violation",
    ),
    "Article": (
        "https://w3id.org/secgraph/id/article/test",
        'article:test a sg:Article ; dcterms:title "T" ; dcterms:issued "2020-01-01"^^xsd:date .',
        'article:test a sg:Article ; dcterms:title "T" ; dcterms:issued "01/01/2020" .',
        "Datatype",
        "Violation",
    ),
    "CodedEvent": (
        "https://w3id.org/secgraph/id/event/gdelt/1",
        '<https://w3id.org/secgraph/id/eventfile/t.tsv> a sg:EventFile ; sg:sourceFile "t.tsv" .\n'
        '<https://w3id.org/secgraph/id/event/gdelt/1> a sg:CodedEvent ; dcterms:identifier "1" ; '
        'schema:startDate "2020-01-01"^^xsd:date ; sg:quadClass 1 ; sg:goldstein 2.8 ; '
        "sg:sourceCountry country:PAK ; sg:sourceLine 1 ; "
        "prov:wasDerivedFrom <https://w3id.org/secgraph/id/eventfile/t.tsv> .",
        '<https://w3id.org/secgraph/id/eventfile/t.tsv> a sg:EventFile ; sg:sourceFile "t.tsv" .\n'
        '<https://w3id.org/secgraph/id/event/gdelt/1> a sg:CodedEvent ; dcterms:identifier "1" ; '
        'schema:startDate "2020-01-01"^^xsd:date ; sg:quadClass 5 ; sg:goldstein 2.8 ; '
        "sg:sourceCountry country:PAK ; sg:sourceLine 1 ; "
        "prov:wasDerivedFrom <https://w3id.org/secgraph/id/eventfile/t.tsv> .",
        "Pattern",
        "Violation",
    ),
    "EventActor": (
        "https://w3id.org/secgraph/id/event/gdelt/1/source/1",
        "<https://w3id.org/secgraph/id/event/gdelt/1/source/1> a sg:EventActor ; "
        "sg:country country:PAK .",
        "<https://w3id.org/secgraph/id/event/gdelt/1/source/1> a sg:EventActor ; "
        "sg:country country:PAK, country:USA .",
        "MaxCount",
        "Violation",
    ),
    "EventFile": (
        "https://w3id.org/secgraph/id/eventfile/t.tsv",
        '<https://w3id.org/secgraph/id/eventfile/t.tsv> a sg:EventFile ; sg:sourceFile "t.tsv" .',
        "<https://w3id.org/secgraph/id/eventfile/t.tsv> a sg:EventFile .",
        "MinCount",
        "Violation",
    ),
    "Dyad": (
        "https://w3id.org/secgraph/id/dyad/PAK-USA",
        "<https://w3id.org/secgraph/id/dyad/PAK-USA> a sg:Dyad ; "
        "sg:firstCountry country:PAK ; sg:secondCountry country:USA .",
        "<https://w3id.org/secgraph/id/dyad/PAK-USA> a sg:Dyad ; sg:firstCountry country:PAK .",
        "MinCount",
        "Violation",
    ),
    "DyadQuadCount": (
        "https://w3id.org/secgraph/id/dyad/t.tsv/PAK-USA/2020-01/quad/1",
        DYAD
        + "<https://w3id.org/secgraph/id/dyad/t.tsv/PAK-USA/2020-01/quad/1> a sg:DyadQuadCount ; "
        "<https://w3id.org/secgraph/ontology#dyad> <https://w3id.org/secgraph/id/dyad/PAK-USA> ; "
        'sg:month "2020-01" ; sg:dyadQuadClass 1 ; sg:eventCount 3 ; sg:scoreCount 2 ; '
        "sg:scoreSum 4.5 .",
        DYAD
        + "<https://w3id.org/secgraph/id/dyad/t.tsv/PAK-USA/2020-01/quad/1> a sg:DyadQuadCount ; "
        "<https://w3id.org/secgraph/ontology#dyad> <https://w3id.org/secgraph/id/dyad/PAK-USA> ; "
        'sg:month "2020-1" ; sg:dyadQuadClass 1 ; sg:eventCount 3 ; sg:scoreCount 2 ; '
        "sg:scoreSum 4.5 .",
        "Pattern",
        "Violation",
    ),
    "DyadCodeCount": (
        "https://w3id.org/secgraph/id/dyad/t.tsv/PAK-USA/2020-01/code/cameo/042",
        DYAD
        + "<https://w3id.org/secgraph/id/dyad/t.tsv/PAK-USA/2020-01/code/cameo/042> a sg:DyadCodeCount ; "
        "<https://w3id.org/secgraph/ontology#dyad> <https://w3id.org/secgraph/id/dyad/PAK-USA> ; "
        'sg:month "2020-01" ; sg:eventCode <https://w3id.org/secgraph/cameo/042> ; '
        "sg:eventCount 3 .",
        DYAD
        + "<https://w3id.org/secgraph/id/dyad/t.tsv/PAK-USA/2020-01/code/cameo/042> a sg:DyadCodeCount ; "
        "<https://w3id.org/secgraph/ontology#dyad> <https://w3id.org/secgraph/id/dyad/PAK-USA> ; "
        'sg:month "2020-01" ; sg:eventCount 3 .',
        "MinCount",
        "Violation",
    ),
    "Evidence": (
        "https://w3id.org/secgraph/id/evidence/t/e",
        f'id:evidence\\/t\\/e a sg:Evidence ; oa:exact "quote" ; prov:wasQuotedFrom article:{SEED} .',
        'id:evidence\\/t\\/e a sg:Evidence ; oa:exact "quote" .',
        "MinCount",
        "Violation",
    ),
}


@pytest.fixture(scope="module")
def base(seed_dataset: Dataset) -> Graph:
    return sg.to_union_graph(seed_dataset)


def _results(base: Graph, shapes: Graph, snippet: str, focus: str) -> list[tuple[str, str]]:
    data = Graph()
    for t in base:
        data.add(t)
    data.parse(data=HEAD + snippet, format="turtle")
    raw = run_shacl(data, shapes, focus=[URIRef(focus)])
    return sorted((f["constraint"], f["severity"]) for node, f in raw if str(node) == focus)


@pytest.mark.parametrize("case", sorted(CASES))
def test_conforming_fixture(case: str, base: Graph, ontology: sg.Ontology) -> None:
    focus, good, _bad, constraint, severity = CASES[case]
    results = _results(base, ontology.shapes, good, focus)
    assert [r for r in results if r[1] == "Violation" or r == (constraint, severity)] == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_violating_fixture(case: str, base: Graph, ontology: sg.Ontology) -> None:
    focus, _good, bad, constraint, severity = CASES[case]
    assert (constraint, severity) in _results(base, ontology.shapes, bad, focus)


def test_every_shape_has_fixtures(ontology: sg.Ontology) -> None:
    shapes = {
        str(s).rsplit("#", 1)[-1].removesuffix("Shape")
        for s in ontology.shapes.subjects(
            sg.RDF.type, URIRef("http://www.w3.org/ns/shacl#NodeShape")
        )
    }
    covered = {case.split(" ")[0] for case in CASES}
    assert shapes <= covered
