"""SHACL compiled to SPARQL gives exactly the results of whole-graph pySHACL."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import DATA, SEED_ID, TESTS, oxigraph_copy
from rdflib import Dataset, Graph, URIRef
from test_shapes import CASES, HEAD
from test_validation_passes import _article

import secgraph as sg
from secgraph.errors import OntologyError
from secgraph.store import MemoryStore, Store
from secgraph.validation import (
    CompiledShapes,
    _locate,
    compile_shapes,
    curie,
    expand,
    validate_store,
)
from secgraph.validation.sparql import _validate

SHAPES = URIRef("https://w3id.org/secgraph/shapes#")


@pytest.fixture(scope="module")
def shapes(ontology: sg.Ontology) -> Graph:
    return ontology.shapes


@pytest.fixture(scope="module")
def compiled(shapes: Graph) -> CompiledShapes:
    return compile_shapes(shapes)


def _planted_dir(root: Path) -> Path:
    shutil.copytree(DATA / "reference", root / "reference")
    (root / "articles").mkdir()
    for p in (DATA / "articles").glob(f"{SEED_ID}.*"):
        shutil.copy(p, root / "articles" / p.name)
    rng = random.Random(3)
    for n in range(200):
        (root / "articles" / f"gen-{n:04d}.yaml").write_text(_article(n, rng), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory, ontology: sg.Ontology) -> Dataset:
    data = _planted_dir(tmp_path_factory.mktemp("planted") / "data")
    return sg.build_dataset(sg.read_facts(data), ontology=ontology)


@pytest.fixture(scope="module", params=["planted", "corpus"])
def dataset(request: pytest.FixtureRequest, ontology: sg.Ontology) -> Dataset:
    if request.param == "planted":
        return request.getfixturevalue("planted")
    return sg.build_dataset(sg.read_facts(TESTS / "data" / "corpus"), ontology=ontology)


@pytest.fixture(params=["oxigraph", "memory"])
def store(request: pytest.FixtureRequest, dataset: Dataset, tmp_path: Path) -> Iterator[Store]:
    if request.param == "oxigraph":
        ox = oxigraph_copy(tmp_path / "store", dataset)
        yield ox
        ox.close()
    else:
        yield MemoryStore(dataset)


@pytest.fixture(scope="module")
def expected(dataset: Dataset, shapes: Graph) -> sg.Report:
    """Whole-graph pySHACL: the contract."""
    return sg.validate(dataset, shapes)


def test_store_validation_equals_pyshacl(
    store: Store, expected: sg.Report, compiled: CompiledShapes
) -> None:
    assert expected.results  # warnings and infos at least
    assert validate_store(store, compiled).results == expected.results


def test_bulk_forms_equal_pyshacl(
    store: Store, expected: sg.Report, compiled: CompiledShapes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every target counts as large: each constraint's bulk form, and locating by scans."""
    monkeypatch.setattr(_validate, "SCAN_FROM", 1)
    monkeypatch.setattr(_locate, "SCAN_FROM", 1)
    monkeypatch.setattr(_locate, "CHUNK_SCAN", 7)
    assert validate_store(store, compiled).results == expected.results


def test_workers_do_not_change_the_report(
    dataset: Dataset, expected: sg.Report, compiled: CompiledShapes, tmp_path: Path
) -> None:
    store = oxigraph_copy(tmp_path / "store", dataset)
    reports = [validate_store(store, compiled, workers=n).results for n in (1, 4)]
    store.close()
    assert reports == [expected.results, expected.results]


def test_planted_problems_found(planted: Dataset, compiled: CompiledShapes, tmp_path: Path) -> None:
    store = oxigraph_copy(tmp_path / "store", planted)
    report = validate_store(store, compiled)
    store.close()
    constraints = {r.constraint for r in report.violations}
    assert report.count("Violation") > 50
    assert {"SPARQL", "Class", "MaxCount"} <= constraints


def test_focus_restricts_results(
    dataset: Dataset, shapes: Graph, compiled: CompiledShapes, tmp_path: Path
) -> None:
    store = oxigraph_copy(tmp_path / "store", dataset)
    everything = validate_store(store, compiled)
    some = sorted({r.focus for r in everything.results})[::3]
    nodes = [expand(f) for f in some]
    focused = validate_store(store, compiled, focus=nodes)
    assert focused.results == tuple(r for r in everything.results if r.focus in set(some))
    assert validate_store(store, compiled, focus=[]).results == ()
    store.close()


@pytest.fixture(scope="module")
def base(seed_dataset: Dataset) -> Graph:
    return sg.to_union_graph(seed_dataset)


@pytest.mark.parametrize("case", sorted(CASES))
def test_violating_snippet(
    case: str, base: Graph, shapes: Graph, compiled: CompiledShapes, tmp_path: Path
) -> None:
    focus, _good, bad, constraint, severity = CASES[case]
    data = Graph()
    for t in base:
        data.add(t)
    data.parse(data=HEAD + bad, format="turtle")
    store = oxigraph_copy(tmp_path / "store", _as_dataset(data))
    report = validate_store(store, compiled, focus=[URIRef(focus)])
    store.close()
    found = sorted((r.constraint, r.severity) for r in report.results)
    assert (constraint, severity) in found
    expected = sg.validate(data, shapes)
    assert report.results == tuple(r for r in expected.results if r.focus == _curie(focus))


def _as_dataset(graph: Graph) -> Dataset:
    dataset = Dataset(default_union=True)
    target = dataset.graph(URIRef("urn:x-test:data"))
    for t in graph:
        target.add(t)
    return dataset


def _curie(iri: str) -> str:
    return curie(URIRef(iri))


def _with(shapes: Graph, turtle: str) -> Graph:
    out = Graph()
    for t in shapes:
        out.add(t)
    out.parse(data=HEAD + "@prefix sh: <http://www.w3.org/ns/shacl#> .\n" + turtle, format="turtle")
    return out


@pytest.mark.parametrize(
    ("turtle", "feature"),
    [
        (
            "<urn:x:S> a sh:NodeShape ; sh:targetClass sg:Country ; "
            "sh:property [ sh:path rdfs:label ; sh:message 'm' ; "
            "sh:or ( [ sh:minCount 1 ] [ sh:maxCount 2 ] ) ] .",
            "sh:or",
        ),
        (
            "<urn:x:S> a sh:NodeShape ; sh:targetNode country:PAK ; "
            "sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:message 'm' ] .",
            "sh:targetNode",
        ),
        (
            "<urn:x:S> a sh:NodeShape ; sh:targetClass sg:Country ; "
            "sh:property [ sh:path [ sh:inversePath sg:country ] ; sh:minCount 1 ; "
            "sh:message 'm' ] .",
            "sh:inversePath",
        ),
        (
            "<urn:x:S> a sh:NodeShape ; sh:targetClass sg:Country ; "
            "sh:property [ sh:path rdfs:label ; sh:minLength 2 ; sh:message 'm' ] .",
            "sh:minLength",
        ),
        (
            "<urn:x:S> a sh:NodeShape ; sh:targetClass sg:Country ; "
            "sh:property [ sh:path rdfs:label ; sh:minCount 1 ] .",
            "sh:message",
        ),
        (
            "<urn:x:S> a sh:NodeShape ; sh:targetClass sg:Country ; sh:sparql [ "
            "sh:message 'm' ; sh:select 'SELECT ?x WHERE { $this rdfs:label ?x }' ] .",
            "project $this",
        ),
        (
            "<urn:x:S> a sh:NodeShape ; sh:targetClass sg:Country ; sh:sparql [ "
            "sh:message 'm' ; sh:select 'SELECT $this WHERE { $this rdfs:label ?x }' ; "
            "<https://w3id.org/secgraph/shapes#selectAll> "
            "'SELECT ?x WHERE { { SELECT $this ?x WHERE { $this rdfs:label ?x } } }' ] .",
            "sgsh:selectAll must project $this",
        ),
    ],
)
def test_unsupported_feature_raises(shapes: Graph, turtle: str, feature: str) -> None:
    with pytest.raises(OntologyError, match=feature.replace("$", r"\$")):
        compile_shapes(_with(shapes, turtle))


def test_sequence_path_and_ill_typed_date(shapes: Graph, base: Graph) -> None:
    """A sequence path, and an ill-typed xsd:date (a Datatype result, as pySHACL)."""
    extra = _with(
        shapes,
        "<urn:x:S> a sh:NodeShape ; sh:targetClass sg:Meeting ; sh:property [ "
        "sh:path ( sg:hasDelegation sg:represents ) ; sh:maxCount 1 ; sh:message 'one side' ] .",
    )
    data = Graph()
    for t in base:
        data.add(t)
    data.parse(
        data=HEAD + 'id:meeting\\/t\\/m a sg:Meeting ; schema:startDate "2024-13-45"^^xsd:date ; '
        "sg:hasDelegation id:delegation\\/t\\/m\\/PAK, id:delegation\\/t\\/m\\/USA . "
        "id:delegation\\/t\\/m\\/PAK a sg:Delegation ; sg:represents country:PAK . "
        "id:delegation\\/t\\/m\\/USA a sg:Delegation ; sg:represents country:USA .",
        format="turtle",
    )
    report = validate_store(MemoryStore(_as_dataset(data)), compile_shapes(extra))
    expected = sg.validate(data, extra)
    assert report.results == expected.results
    focus = _curie("https://w3id.org/secgraph/id/meeting/t/m")
    mine = {(r.constraint, r.message) for r in report.results if r.focus == focus}
    assert ("MaxCount", "one side") in mine
    assert any(c == "Datatype" for c, _m in mine)


def test_shapes_file_equals_pyshacl(
    ontology: sg.Ontology, planted: Dataset, tmp_path: Path
) -> None:
    store = oxigraph_copy(tmp_path / "store", planted)
    report = validate_store(store, compile_shapes(ontology.shapes))
    store.close()
    assert report.results == sg.validate(planted, ontology.shapes).results


@pytest.mark.parametrize("scan_from", [1, 5000])
@pytest.mark.parametrize("subclass", ["sg:Microstate", "_:micro"])
def test_subclasses_in_the_data_are_targets(
    base: Graph,
    shapes: Graph,
    compiled: CompiledShapes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    scan_from: int,
    subclass: str,
) -> None:
    """A subclass the data declares: an IRI (a VALUES list) or a blank node (the path)."""
    monkeypatch.setattr(_validate, "SCAN_FROM", scan_from)
    monkeypatch.setattr(_locate, "SCAN_FROM", scan_from)
    data = Graph()
    for t in base:
        data.add(t)
    data.parse(
        data=HEAD + f"{subclass} rdfs:subClassOf sg:Country . <urn:x:tiny> a {subclass} .\n"
        "<urn:x:org> a sg:Organisation ; rdfs:label 'O' ; sg:country <urn:x:tiny> .",
        format="turtle",
    )
    store = oxigraph_copy(tmp_path / "store", _as_dataset(data))
    report = validate_store(store, compiled)
    store.close()
    expected = sg.validate(data, shapes)
    assert report.results == expected.results
    assert "urn:x:tiny" in {r.focus for r in report.results}
