"""The dyad summary written at import (secgraph.events._summary) equals the same aggregation
over the raw events: on the real samples, with two GDELT files that overlap, and after an
event file is added, changed and removed; --by quarter and year sum the months."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import DATA
from rdflib import Dataset, Graph, URIRef

import secgraph as sg
from secgraph.events import event_graph_iri, mint_nquads, read_codes, read_events
from secgraph.events._dyad import dyad_series, period_of
from secgraph.mint import build_reference
from secgraph.validation import run_shacl

TESTS = Path(__file__).resolve().parent
EVENTS = TESTS / "data" / "events"
GDELT = EVENTS / "gdelt2-20150218-sample.export.tsv"
ICEWS = EVENTS / "icews-2018-sample.tab"
PLOVER = EVENTS / "plover-gsr-dev.json"
ONTOLOGY = TESTS.parent / "ontology"

#: Per unordered pair (in IRI order), month and QuadClass, over the raw events: each event
#: once per pair (DISTINCT), its score Goldstein or else intensity.
RAW_QUADS = """SELECT ?a ?b ?month ?quad (COUNT(?e) AS ?n) (COUNT(?score) AS ?c)
       (SUM(COALESCE(?score, 0)) AS ?s)
WHERE {
  { SELECT DISTINCT ?e ?a ?b WHERE {
      ?e a sg:CodedEvent ; sg:sourceCountry ?x ; sg:targetCountry ?y .
      BIND(IF(STR(?x) <= STR(?y), ?x, ?y) AS ?a)
      BIND(IF(STR(?x) <= STR(?y), ?y, ?x) AS ?b)
  } }
  ?e schema:startDate ?date ; sg:quadClass ?quad .
  OPTIONAL { ?e sg:goldstein ?g }
  OPTIONAL { ?e sg:intensity ?i }
  BIND(COALESCE(?g, ?i) AS ?score)
  BIND(SUBSTR(STR(?date), 1, 7) AS ?month)
}
GROUP BY ?a ?b ?month ?quad"""
SUMMARY_QUADS = """SELECT ?a ?b ?month ?quad (SUM(?n0) AS ?n) (SUM(?c0) AS ?c) (SUM(?s0) AS ?s)
WHERE {
  { SELECT DISTINCT ?pair ?a ?b WHERE { ?pair sg:firstCountry ?a ; sg:secondCountry ?b } }
  ?x a sg:DyadQuadCount ; sg:dyad ?pair ; sg:month ?month ;
     sg:dyadQuadClass ?quad ; sg:eventCount ?n0 ; sg:scoreCount ?c0 ; sg:scoreSum ?s0 .
}
GROUP BY ?a ?b ?month ?quad"""
RAW_CODES = """SELECT ?a ?b ?month ?code (COUNT(DISTINCT ?e) AS ?n)
WHERE {
  { SELECT DISTINCT ?e ?a ?b WHERE {
      ?e a sg:CodedEvent ; sg:sourceCountry ?x ; sg:targetCountry ?y .
      BIND(IF(STR(?x) <= STR(?y), ?x, ?y) AS ?a)
      BIND(IF(STR(?x) <= STR(?y), ?y, ?x) AS ?b)
  } }
  ?e schema:startDate ?date .
  { ?e sg:cameoCode ?code } UNION { ?e sg:ploverType ?code }
  BIND(SUBSTR(STR(?date), 1, 7) AS ?month)
}
GROUP BY ?a ?b ?month ?code"""
SUMMARY_CODES = """SELECT ?a ?b ?month ?code (SUM(?n0) AS ?n)
WHERE {
  { SELECT DISTINCT ?pair ?a ?b WHERE { ?pair sg:firstCountry ?a ; sg:secondCountry ?b } }
  ?x a sg:DyadCodeCount ; sg:dyad ?pair ; sg:month ?month ;
     sg:eventCode ?code ; sg:eventCount ?n0 .
}
GROUP BY ?a ?b ?month ?code"""


def _data(tmp_path: Path, *event_files: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(DATA / "reference", root / "reference")
    shutil.copytree(DATA / "articles", root / "articles")
    (root / "events").mkdir()
    for f in event_files:
        shutil.copy(f, root / "events" / f.name)
    return root


def _build(data: Path, out: Path, store: str) -> sg.BuildResult:
    return sg.build_store(data, ontology_dir=ONTOLOGY, build_dir=out, store=store)


def _table(out: Path, store: str, sparql: str) -> set[tuple[str | Decimal, ...]]:
    """Rows as four keys (pair, month, QuadClass or code) then numbers, compared as values."""
    opened = sg.open_store(store, build_dir=out, read_only=True)
    try:
        rows = opened.query(sparql).rows
    finally:
        opened.close()
    return {(*(str(k) for k in row[:4]), *(Decimal(str(v)) for v in row[4:])) for row in rows}


def _assert_summary_is_the_raw_aggregation(out: Path, store: str) -> Decimal:
    raw = _table(out, store, RAW_QUADS)
    summary = _table(out, store, SUMMARY_QUADS)
    assert raw, "no events between countries: the comparison would prove nothing"
    assert summary == raw
    assert _table(out, store, SUMMARY_CODES) == _table(out, store, RAW_CODES)
    return sum((row[4] for row in raw if isinstance(row[4], Decimal)), Decimal(0))


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_summary_equals_the_raw_events_with_overlapping_files_and_incremental_builds(
    tmp_path: Path, store: str
) -> None:
    lines = GDELT.read_text(encoding="utf-8").splitlines(keepends=True)
    data = _data(tmp_path, ICEWS, PLOVER)
    events = data / "events"
    # two GDELT files that share 20 events (same GLOBALEVENTID): counted once
    (events / "a.export.CSV").write_text("".join(lines[:60]), encoding="utf-8")
    (events / "b.export.CSV").write_text("".join(lines[40:]), encoding="utf-8")
    out = tmp_path / "build"
    result = _build(data, out, store)
    assert result.events is not None and result.events.events == 100 + 200 + 154
    first = _assert_summary_is_the_raw_aggregation(out, store)
    steps = [
        lambda: (events / "c.export.CSV").write_text("".join(lines[50:90]), encoding="utf-8"),
        lambda: (events / "a.export.CSV").write_text("".join(lines[:20]), encoding="utf-8"),
        lambda: (events / "b.export.CSV").unlink(),
        lambda: (events / "icews-2018-sample.tab").unlink(),
    ]
    totals = [first]
    for step in steps:
        step()
        again = _build(data, out, store)
        assert not again.plan.full  # incremental: only event graphs changed
        totals.append(_assert_summary_is_the_raw_aggregation(out, store))
    assert len(set(totals)) > 2  # the steps changed what is counted


def test_the_summary_counts_an_event_once_per_pair_of_its_countries(tmp_path: Path) -> None:
    """ICEWS events can have several countries on a side: the summary holds each pair once,
    as the raw query 'source A and target B, or source B and target A' selects the event."""
    data = _data(tmp_path, ICEWS)
    out = tmp_path / "build"
    _build(data, out, "oxigraph")
    opened = sg.open_store("oxigraph", build_dir=out, read_only=True)
    try:
        pairs = opened.query(
            "SELECT DISTINCT ?a ?b WHERE { ?x a sg:Dyad ; sg:firstCountry ?a ;"
            " sg:secondCountry ?b } ORDER BY ?a ?b"
        ).rows
        assert len(pairs) > 20
        for first, second in pairs:
            a, b = str(first).rsplit("/", 1)[-1], str(second).rsplit("/", 1)[-1]
            raw = opened.query(
                "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {"
                f" {{ ?e sg:sourceCountry country:{a} ; sg:targetCountry country:{b} }}"
                f" UNION {{ ?e sg:sourceCountry country:{b} ; sg:targetCountry country:{a} }} }}"
            ).rows[0][0]
            series = dyad_series(opened, a, b)
            assert series.events == int(str(raw))
    finally:
        opened.close()


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "build"
    _build(TESTS / "data" / "corpus", out, "oxigraph")
    return out


@pytest.mark.parametrize("by", ["quarter", "year"])
def test_quarters_and_years_sum_the_months(corpus_build: Path, by: str) -> None:
    store = sg.open_store("oxigraph", build_dir=corpus_build, read_only=True)
    try:
        months = dyad_series(store, "PAK", "USA", by="month")
        grouped = dyad_series(store, "USA", "PAK", by=by)
    finally:
        store.close()
    assert months.events > 0 and grouped.events == months.events
    for period in grouped.periods:
        inside = [p for p in months.periods if period_of(p.period, by) == period.period]
        assert period.by_quad == tuple(sum(p.by_quad[i] for p in inside) for i in range(4))
        assert {m.iri for m in period.meetings} == {m.iri for p in inside for m in p.meetings}
        scored = [p for p in inside if p.mean_goldstein is not None]
        assert (period.mean_goldstein is None) == (not scored)


def test_the_summary_conforms_to_its_shapes(ontology: sg.Ontology, seed_corpus: sg.Corpus) -> None:
    """The store's validation leaves the summary's shapes out (it is counted from checked
    events: :meth:`EventImport.store_shapes`); here pySHACL holds a minted summary to them,
    and a summary node spoiled on purpose is caught."""
    codes = read_codes(str(DATA / "reference"), str(ONTOLOGY))
    events = [*read_events(GDELT, "gdelt", codes), *read_events(ICEWS, "icews", codes)]
    body = b"".join(mint_nquads(events, "events/test.tsv", "gdelt")).decode("utf-8")
    spoiled = next(line for line in body.splitlines() if "/quad/" in line and "eventCount" in line)
    body += spoiled.replace('"^^', '0.5"^^').replace("integer>", "decimal>") + "\n"
    dataset = Dataset()
    dataset.parse(data=body, format="nquads")
    data = Graph()
    for triple in dataset.graph(URIRef(event_graph_iri("events/test.tsv"))):
        data.add(triple)
    summary = {s for s in data.subjects() if "/id/dyad/" in str(s)}
    assert len(summary) > 100
    for triple in build_reference(seed_corpus.reference):
        data.add(triple)
    for triple in ontology.graph:
        data.add(triple)
    flagged = {
        str(node)
        for node, result in run_shacl(data, ontology.shapes, focus=sorted(summary))
        if result["severity"] == "Violation"
    }
    assert flagged == {spoiled.split(" ", 1)[0][1:-1]}
