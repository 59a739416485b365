"""The per-row event check (secgraph.events.check_event) and pySHACL agree on minted events."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import DATA
from rdflib import Dataset, Graph, URIRef

import secgraph as sg
from secgraph.events import (
    check_event,
    event_graph_iri,
    event_iri,
    mint_nquads,
    read_codes,
    read_events,
)
from secgraph.mint import build_reference
from secgraph.validation import run_shacl

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = (
    Path(__file__).resolve().parent / "data" / "corpus" / "events" / "pk-us-fixture.export.CSV"
)
PLOVER = Path(__file__).resolve().parent / "data" / "events" / "plover-gsr-dev.json"


@pytest.fixture(scope="module")
def codes():  # type: ignore[no-untyped-def]
    return read_codes(str(DATA / "reference"), str(ROOT / "ontology"))


def test_the_python_check_and_pyshacl_flag_the_same_events(
    codes, ontology: sg.Ontology, seed_corpus: sg.Corpus
) -> None:
    events = list(read_events(FIXTURE, "gdelt", codes))
    events += list(read_events(PLOVER, "plover", codes))[:10]
    good = events[0]
    actor = good.sources[0]
    planted = [
        replace(good, key="9001", quad=5),
        replace(good, key="9002", goldstein="12.5"),
        replace(good, key="9003", cameo="999"),
        replace(good, key="9004", sources=(replace(actor, country="XXQ"),)),
        replace(good, key="9005", line=0),
        replace(good, key="9006", intensity="-10.5", goldstein=None),
        replace(good, key="9007", place_country="XXQ"),
        replace(good, key="9008", plover="INVESTIGATE"),
        replace(good, key="9009", goldstein="-10.0"),  # on the edge: conforms
    ]
    records = [*events, *planted]
    body = b"".join(mint_nquads(records, "events/test.export.CSV", "gdelt"))
    dataset = Dataset()
    dataset.parse(data=body.decode("utf-8"), format="nquads")
    data = Graph()
    for triple in dataset.graph(URIRef(event_graph_iri("events/test.export.CSV"))):
        data.add(triple)
    assert len(data) > 300
    for triple in build_reference(seed_corpus.reference):
        data.add(triple)
    for triple in ontology.graph:
        data.add(triple)
    flagged_by_shacl = set()
    for node, result in run_shacl(data, ontology.shapes):
        if result["severity"] != "Violation":
            continue
        text = str(node)
        if "/id/event/" in text:
            flagged_by_shacl.add(text.split("/source/")[0].split("/target/")[0])
    flagged_by_python = {event_iri(r.dataset, r.key) for r in records if check_event(r, codes)}
    assert flagged_by_python == flagged_by_shacl
    assert flagged_by_python == {
        event_iri("gdelt", k) for k in ("9001", "9002", "9003", "9004", "9005", "9006",
                                        "9007", "9008")
    }  # fmt: skip
    assert URIRef(event_iri("gdelt", "9009")) not in flagged_by_shacl
