"""Bilateral relations: the graphs a build derives per pair of countries equal a count over the
meetings, in every store, and follow incremental builds (a pair whose last meeting goes loses
its graph)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ONTOLOGY, ROOT, assert_same_graphs, built_dataset

import secgraph as sg
from secgraph.pipeline import build_store

# The summary recomputed from the meetings themselves (delegations, not sg:inRelation); for
# the first and latest dates see queries/README.md ("Dates").
FROM_MEETINGS = """
SELECT ?a ?b (COUNT(DISTINCT ?m) AS ?meetings) (COUNT(DISTINCT ?dm) AS ?dated)
       (COUNT(DISTINCT ?area) AS ?areas) (COUNT(DISTINCT ?c) AS ?commitments)
       (IF(COUNT(?date) > 0, MIN(COALESCE(?date, "9999-12-31"^^xsd:date)), MIN(?date)) AS ?first)
       (IF(COUNT(?date) > 0, MAX(COALESCE(?date, "0001-01-01"^^xsd:date)), MAX(?date)) AS ?latest)
WHERE {
  ?m a sg:Meeting ; sg:hasDelegation ?d1, ?d2 .
  ?d1 sg:represents/sg:isoAlpha3 ?a . ?d2 sg:represents/sg:isoAlpha3 ?b .
  FILTER(?a < ?b)
  OPTIONAL { ?m sg:addressedArea ?area }
  OPTIONAL { ?c sg:madeAt ?m }
  OPTIONAL { ?m schema:startDate ?date BIND(?m AS ?dm) }
}
GROUP BY ?a ?b
"""
FROM_RELATIONS = """
SELECT ?a ?b ?meetings ?dated ?areas ?commitments ?first ?latest
WHERE {
  ?r a sg:BilateralRelation ; sg:relationOf ?c1, ?c2 ; sg:meetingCount ?meetings ;
     sg:datedMeetingCount ?dated ; sg:areaCount ?areas ; sg:commitmentCount ?commitments .
  ?c1 sg:isoAlpha3 ?a . ?c2 sg:isoAlpha3 ?b .
  FILTER(?a < ?b)
  OPTIONAL { ?r sg:firstMeetingDate ?first }
  OPTIONAL { ?r sg:latestMeetingDate ?latest }
}
"""
LINKS = "SELECT ?m ?r WHERE { ?m sg:inRelation ?r }"
LINKS_FROM_DELEGATIONS = """
SELECT DISTINCT ?m ?a ?b WHERE {
  ?m sg:hasDelegation ?d1, ?d2 .
  ?d1 sg:represents/sg:isoAlpha3 ?a . ?d2 sg:represents/sg:isoAlpha3 ?b .
  FILTER(?a < ?b)
}
"""


def _generate(articles: int, out: Path) -> Path:
    spec = importlib.util.spec_from_file_location(
        "secgraph_generate", ROOT / "benchmarks" / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return Path(module.generate(articles, out))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 generated articles: many pairs, undated meetings, commitments, three-way meetings."""
    return _generate(300, tmp_path_factory.mktemp("relations") / "data")


def _rows(store: sg.Store, sparql: str) -> set[tuple[str, ...]]:
    return {tuple("" if t is None else str(t) for t in row) for row in store.query(sparql).rows}


def _check(out: Path, store: str) -> set[tuple[str, ...]]:
    """The relation graphs equal the count over the meetings; returns the summary rows."""
    opened = sg.open_store(store, build_dir=out)
    try:
        summary = _rows(opened, FROM_RELATIONS)
        assert summary == _rows(opened, FROM_MEETINGS)
        links = {(m, r.rsplit("/", 1)[-1]) for m, r in _rows(opened, LINKS)}
        expected = {(m, f"{a}-{b}") for m, a, b in _rows(opened, LINKS_FROM_DELEGATIONS)}
        assert links == expected
        return summary
    finally:
        opened.close()


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_relation_graphs_equal_a_count_over_the_meetings(
    corpus: Path, tmp_path: Path, store: str
) -> None:
    build_store(corpus, ontology_dir=ONTOLOGY, build_dir=tmp_path / "b", store=store)
    summary = _check(tmp_path / "b", store)
    assert len(summary) > 20  # many pairs, so the test says something
    assert any(row[-1] == "" for row in summary) or any(int(r[3]) < int(r[2]) for r in summary)
    assert any(int(row[5]) > 0 for row in summary)  # commitments counted


def _articles_of(out: Path, relation: str) -> Iterator[str]:
    opened = sg.open_store("oxigraph", build_dir=out)
    try:
        iri = sg.relation_iri(relation)
        query = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?m sg:inRelation <{iri}> }} }}"
        for (graph,) in opened.query(query).rows:
            yield str(graph).rsplit("/", 1)[-1]
    finally:
        opened.close()


def test_relations_follow_changes_and_a_pair_without_meetings_loses_its_graph(
    corpus: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(corpus, data)
    out = tmp_path / "build"
    build_store(data, ontology_dir=ONTOLOGY, build_dir=out)
    before = _check(out, "oxigraph")
    smallest = min(before, key=lambda row: (int(row[2]), row[0], row[1]))
    pair = f"{smallest[0]}-{smallest[1]}"
    gone = sorted(set(_articles_of(out, pair)))
    assert gone
    for article in gone:  # every article of the pair: its relation has no meeting left
        (data / "articles" / f"{article}.yaml").unlink()
    largest = max(before, key=lambda row: (int(row[2]), row[0], row[1]))
    # a changed article of a pair that other articles keep: its graph is summed again
    for article in sorted(_articles_of(out, f"{largest[0]}-{largest[1]}")):
        edited = data / "articles" / f"{article}.yaml"
        text = edited.read_text(encoding="utf-8")
        if "\n    date: " in text:
            break
    assert "\n    date: " in text
    edited.write_text(text.replace("\n    date: ", "\n    # undated now: ", 1), encoding="utf-8")

    result = build_store(data, ontology_dir=ONTOLOGY, build_dir=out)
    assert not result.plan.full and len(result.plan.removed) == len(gone)
    after = _check(out, "oxigraph")
    assert pair not in {f"{a}-{b}" for a, b, *_ in after}
    opened = sg.open_store("oxigraph", build_dir=out, read_only=True)
    try:
        assert sg.relation_graph_iri(pair) not in opened.graph_names()
    finally:
        opened.close()

    clean = tmp_path / "clean"
    build_store(data, ontology_dir=ONTOLOGY, build_dir=clean, full=True)
    assert_same_graphs(built_dataset(out), built_dataset(clean))


def test_fact_sources_lists_the_articles_behind_a_relation(tmp_path: Path) -> None:
    """A relation's summary is not stated by any article, but each meeting that links to it
    is: `fact-sources` names those articles."""
    build_store(ROOT / "tests" / "data" / "corpus", ontology_dir=ONTOLOGY, build_dir=tmp_path)
    behind = sorted(_articles_of(tmp_path, "PAK-USA"))
    assert len(behind) >= 2
    opened = sg.open_store("oxigraph", build_dir=tmp_path, read_only=True)
    try:
        query = sg.read_query(ROOT / "queries" / "fact-sources.rq")
        rows = sg.run_query(opened, query, {"fact": "relation:PAK-USA"}).rows
    finally:
        opened.close()
    assert sorted(str(r[0]).rsplit("/", 1)[-1] for r in rows) == behind
