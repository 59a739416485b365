"""secgraph.validation: the engine choice, and the one locator's rule for several candidates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import TESTS, oxigraph_copy
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

import secgraph as sg
from secgraph.store import MemoryStore, Store
from secgraph.validation import _locate, compile_shapes, curie, expand, locate
from secgraph.vocab import PROV, RDF, SG

X = "urn:x-test:"


@pytest.fixture(scope="module")
def corpus(ontology: sg.Ontology) -> Dataset:
    return sg.build_dataset(sg.read_facts(TESTS / "data" / "corpus"), ontology=ontology)


# --- the engine: chosen by what validate() is given, and said ---------------------------------


def test_an_rdflib_dataset_gets_pyshacl(corpus: Dataset, ontology: sg.Ontology) -> None:
    report = sg.validate(corpus, ontology.shapes)
    assert report.results  # the corpus has warnings: something to compare below
    assert report.engine == "pyshacl"
    assert "rdflib graph in memory" in report.engine_reason


def test_a_store_gets_sparql_with_the_same_results(
    corpus: Dataset, ontology: sg.Ontology, tmp_path: Path
) -> None:
    expected = sg.validate(corpus, ontology.shapes)
    store = oxigraph_copy(tmp_path / "store", corpus)
    try:
        report = sg.validate(store, ontology.shapes)
    finally:
        store.close()
    assert (report.engine, report.results) == ("sparql", expected.results)
    assert "in a store" in report.engine_reason
    assert report == expected  # the engine is not part of a report's equality


def test_compiled_shapes_get_sparql_even_for_a_graph(
    corpus: Dataset, ontology: sg.Ontology
) -> None:
    report = sg.validate(corpus, compile_shapes(ontology.shapes))
    assert report.engine == "sparql"
    assert "compiled" in report.engine_reason
    assert report.results == sg.validate(corpus, ontology.shapes).results


@pytest.mark.parametrize("engine", ["pyshacl", "sparql"])
def test_an_engine_asked_for_is_used(corpus: Dataset, ontology: sg.Ontology, engine: str) -> None:
    expected = sg.validate(corpus, ontology.shapes)
    for data in (corpus, MemoryStore(_copy(corpus))):
        report = sg.validate(data, ontology.shapes, engine=engine)
        assert (report.engine, report.engine_reason) == (engine, f"asked for (engine={engine!r})")
        assert report.results == expected.results


def test_focus_restricts_either_engine(corpus: Dataset, ontology: sg.Ontology) -> None:
    everything = sg.validate(corpus, ontology.shapes)
    some = sorted({r.focus for r in everything.results})[:1]
    wanted = tuple(r for r in everything.results if r.focus in some)
    for engine in ("pyshacl", "sparql"):
        focused = sg.validate(corpus, ontology.shapes, engine=engine, focus=map(expand, some))
        assert focused.results == wanted
        assert sg.validate(corpus, ontology.shapes, engine=engine, focus=[]).results == ()


@pytest.mark.parametrize(
    ("engine", "compiled", "message"),
    [
        ("fast", False, "unknown validation engine 'fast'"),
        ("pyshacl", True, "pySHACL needs the shapes graph"),
    ],
)
def test_an_impossible_engine_is_an_error(
    corpus: Dataset, ontology: sg.Ontology, engine: str, compiled: bool, message: str
) -> None:
    shapes = compile_shapes(ontology.shapes) if compiled else ontology.shapes
    with pytest.raises(ValueError, match=message):
        sg.validate(corpus, shapes, engine=engine)


def test_a_dataset_validated_through_a_store_is_left_as_it_was(
    corpus: Dataset, ontology: sg.Ontology
) -> None:
    data = _copy(corpus)
    data.default_union = False
    sg.validate(data, ontology.shapes, engine="sparql")
    assert data.default_union is False


# --- the locator: one rule, the smallest candidate in sorted order ----------------------------


def _several_candidates() -> Dataset:
    """Facts with several candidate files and lines, in graphs named like articles.

    Article 1's file sorts last and article 2's first, so the smallest article IRI and the
    smallest file disagree: the rule takes the smallest file.
    """
    d = Dataset(default_union=True)
    a1, a2 = URIRef(X + "article/1"), URIRef(X + "article/2")
    g1, g2 = d.graph(URIRef(X + "graph/1")), d.graph(URIRef(X + "graph/2"))
    for g, article, file in ((g1, a1, "articles/zeta.yaml"), (g2, a2, "articles/alpha.yaml")):
        g.add((article, RDF.type, SG.Article))
        g.add((article, SG.sourceFile, Literal(file)))
    official = URIRef(X + "official")  # defined by both articles, at lines 12 and 7
    g1.add((official, PROV.wasDerivedFrom, a1))
    g1.add((official, SG.sourceLine, Literal(12)))
    g2.add((official, PROV.wasDerivedFrom, a2))
    g2.add((official, SG.sourceLine, Literal(7)))
    evidence = URIRef(X + "evidence")  # cited by two facts: located through fact/1
    for g, n, article, line in ((g1, 1, a1, 40), (g2, 2, a2, 30)):
        fact = URIRef(f"{X}fact/{n}")
        g.add((fact, SG.evidence, evidence))
        g.add((fact, PROV.wasDerivedFrom, article))
        g.add((fact, SG.sourceLine, Literal(line)))
    g1.add((evidence, RDF.type, SG.Evidence))
    delegation = URIRef(X + "delegation")  # at two meetings, one from each article
    g1.add((delegation, RDF.type, SG.Delegation))
    g1.add((delegation, SG.sourceLine, Literal(5)))
    for g, n, article in ((g1, 1, a1), (g2, 2, a2)):
        meeting = URIRef(f"{X}meeting/{n}")
        g.add((delegation, SG.atMeeting, meeting))
        g.add((meeting, PROV.wasDerivedFrom, article))
    g1.add((URIRef(X + "country"), RDF.type, SG.Country))
    return d


EXPECTED = {
    "official": ("articles/alpha.yaml", 7),  # the smallest file; the smallest line
    "evidence": ("articles/zeta.yaml", 40),  # the smallest citing fact (fact/1), its file
    "delegation": ("articles/alpha.yaml", 5),  # the smallest file of its meetings' articles
    "article/1": ("articles/zeta.yaml", 0),  # an article: its own file
    "country": ("reference/countries.csv", 0),
    "nothing": ("reference", 0),
}


@pytest.fixture(params=["oxigraph", "memory", "graph"])
def candidates_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store | Graph]:
    """The same data in a store (read by SPARQL) or as an rdflib graph (read by triples)."""
    if request.param != "oxigraph":
        data = _several_candidates()
        yield MemoryStore(data) if request.param == "memory" else sg.to_union_graph(data)
        return
    store = oxigraph_copy(tmp_path / "store", _several_candidates())
    yield store
    store.close()


@pytest.mark.parametrize("scan_from", [1, 5000])
def test_several_candidates_locate_to_the_smallest(
    candidates_store: Store | Graph, monkeypatch: pytest.MonkeyPatch, scan_from: int
) -> None:
    monkeypatch.setattr(_locate, "SCAN_FROM", scan_from)  # by scans, or a lookup per node
    nodes: list[Node] = [URIRef(X + name) for name in EXPECTED]
    found = locate(candidates_store, nodes, workers=2)
    assert {str(n)[len(X) :]: where for n, where in found.items()} == EXPECTED


def test_both_engines_locate_by_the_one_rule() -> None:
    """A shape that flags the several-candidates nodes: each engine reports the same place."""
    shapes = Graph().parse(
        data=f"@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix sg: <{SG}> .\n"
        "<urn:x-test:S> a sh:NodeShape ; sh:targetClass sg:Delegation, sg:Evidence ; "
        "sh:property [ sh:path sg:represents ; sh:minCount 1 ; sh:message 'no side' ] .",
        format="turtle",
    )
    data = _several_candidates()
    reports = [sg.validate(data, shapes, engine=e) for e in ("pyshacl", "sparql")]
    assert reports[0].results == reports[1].results
    assert {(r.focus, r.file, r.line) for r in reports[0].results} == {
        (curie(URIRef(X + "delegation")), *EXPECTED["delegation"]),
        (curie(URIRef(X + "evidence")), *EXPECTED["evidence"]),
    }


def _copy(dataset: Dataset) -> Dataset:
    out = Dataset(default_union=True)
    for s, p, o, g in dataset.quads((None, None, None, None)):
        out.graph(g).add((s, p, o))
    return out


def test_results_sort_when_only_one_has_a_path() -> None:
    """A node shape's result (no path) and a property shape's of one focus node sort; plain
    tuples raise TypeError comparing None with a string."""
    from secgraph.validation import ValidationResult

    node = ValidationResult("a.yaml", 3, "Violation", "country:XXA", "m")
    prop = node._replace(path="sg:isoAlpha3")
    assert sorted([prop, node]) == [node, prop]
    assert sorted([node, prop]) == [node, prop]
