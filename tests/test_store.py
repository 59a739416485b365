"""Stores: MemoryStore and OxigraphStore answer the same queries the same way."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import SEED_ID
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

import secgraph as sg
from secgraph.mint import ONTOLOGY_GRAPH
from secgraph.store import MemoryStore, OxigraphStore, open_store, with_values
from secgraph.vocab import article_graph_iri

MEETINGS = """
SELECT ?meeting ?country WHERE {
  ?meeting a sg:Meeting ; sg:hasDelegation/sg:represents ?country .
} ORDER BY ?meeting ?country
"""
BY_LABEL = "SELECT ?s WHERE { ?s rdfs:label ?label } ORDER BY ?s"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?d sg:represents ?country }"
ASK = "ASK { ?m sg:host ?country }"
CONSTRUCT = "CONSTRUCT { ?d sg:represents ?country } WHERE { ?d sg:represents ?country }"
PAK = sg.country_iri("PAK")


def _graphs(dataset: Dataset) -> dict[URIRef, list[tuple]]:
    return {
        g.identifier: list(g)
        for g in dataset.graphs()
        if isinstance(g.identifier, URIRef) and len(g)
    }


@pytest.fixture(params=["memory", "oxigraph"])
def store(request: pytest.FixtureRequest, seed_dataset: Dataset, tmp_path: Path) -> sg.Store:
    if request.param == "memory":
        built: sg.Store = MemoryStore()
    else:
        built = OxigraphStore(tmp_path / "store", create=True)
    built.replace_graphs(_graphs(seed_dataset), clear=True)
    yield built
    built.close()


@pytest.fixture
def both(seed_dataset: Dataset, tmp_path: Path) -> tuple[sg.Store, sg.Store]:
    memory = MemoryStore()
    oxigraph = OxigraphStore(tmp_path / "store", create=True)
    for s in (memory, oxigraph):
        s.replace_graphs(_graphs(seed_dataset), clear=True)
    yield memory, oxigraph
    oxigraph.close()


@pytest.mark.parametrize(
    ("sparql", "bindings"),
    [
        (MEETINGS, None),
        (MEETINGS, {"country": PAK}),
        (COUNT, {"country": PAK}),  # ?country is not projected: VALUES instead of substitution
        (BY_LABEL, {"label": Literal('x" } UNION { ?s ?p ?o } #')}),
        (BY_LABEL, {"label": Literal("Pakistan", lang="en")}),
        (ASK, {"country": PAK}),
        (ASK, {"country": sg.country_iri("FRA")}),
    ],
)
def test_memory_and_oxigraph_agree(both, sparql: str, bindings) -> None:
    memory, oxigraph = both
    a, b = memory.query(sparql, bindings=bindings), oxigraph.query(sparql, bindings=bindings)
    assert a == b
    assert a.kind in ("select", "ask")


def test_injection_looking_literal_matches_nothing(store: sg.Store) -> None:
    result = store.query(BY_LABEL, bindings={"label": Literal('x" } UNION { ?s ?p ?o } #')})
    assert result.rows == ()


def test_construct_with_bindings_is_the_same_graph(both) -> None:
    memory, oxigraph = both
    a = memory.query(CONSTRUCT, bindings={"country": PAK}).graph
    b = oxigraph.query(CONSTRUCT, bindings={"country": PAK}).graph
    assert a is not None and b is not None and len(a) == 1
    assert isomorphic(a, b)


def test_graph_names_and_to_dataset(store: sg.Store, seed_dataset: Dataset) -> None:
    names = store.graph_names()
    assert article_graph_iri(SEED_ID) in names and ONTOLOGY_GRAPH in names
    for name in names:
        stored = store.to_dataset([name]).graph(name)
        assert isomorphic(stored, seed_dataset.graph(name)), name


def test_replace_and_remove_graphs(store: sg.Store) -> None:
    g = URIRef("https://example.org/graph/x")
    store.replace_graphs({g: [(PAK, sg.RDF.type, sg.SG.Article)]})
    assert store.query("ASK { country:PAK a sg:Article }").boolean is True
    store.replace_graphs({}, remove=[g])
    assert store.query("ASK { country:PAK a sg:Article }").boolean is False
    assert g not in store.graph_names()


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_a_triple_in_two_graphs_is_exported_once_in_the_union(store: sg.Store, fmt: str) -> None:
    triple = (PAK, sg.RDF.type, sg.SG.Country)  # also in the reference graph
    store.replace_graphs({URIRef("https://example.org/graph/copy"): [triple]})
    union = Graph().parse(data=store.serialize(fmt, union=True), format=fmt)
    lines = [ln for ln in store.serialize("nt", union=True).splitlines() if ln.strip()]
    assert triple in union
    assert len(lines) == len(union)  # no statement written twice


def test_serialize_turtle_union_and_trig(store: sg.Store, seed_dataset: Dataset) -> None:
    turtle = store.serialize("turtle", union=True)
    assert b"@prefix sg: <https://w3id.org/secgraph/ontology#>" in turtle
    parsed = Dataset()
    parsed.parse(data=store.serialize("trig"), format="trig")
    assert {g.identifier for g in parsed.graphs() if len(g)} >= set(store.graph_names())
    one = store.serialize("nt", graph=article_graph_iri(SEED_ID))
    assert len(one.splitlines()) == len(seed_dataset.graph(article_graph_iri(SEED_ID)))


def test_oxigraph_full_replace_swaps_a_new_generation(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store", create=True)
    first = (tmp_path / "store").resolve()
    store.replace_graphs(
        {URIRef("https://example.org/g"): [(PAK, sg.RDF.type, sg.SG.Country)]}, clear=True
    )
    assert (tmp_path / "store").resolve() != first and not first.exists()
    assert store.query("ASK { country:PAK a sg:Country }").boolean is True
    store.close()


def test_temporary_graphs_of_a_killed_replace_are_dropped_by_the_next(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store", create=True)
    stale = "urn:x-secgraph:tmp:dead/0"
    store.store.add(
        ox.Quad(
            ox.NamedNode(str(PAK)),
            ox.NamedNode(str(sg.RDF.type)),
            ox.NamedNode(str(sg.SG.Article)),
            ox.NamedNode(stale),
        )
    )
    (tmp_path / "store.staging").touch()  # what a replace killed before its update leaves
    g = URIRef("https://example.org/g")
    store.replace_graphs({g: [(PAK, sg.RDF.type, sg.SG.Country)]})
    assert not store.store.contains_named_graph(ox.NamedNode(stale))
    assert not (tmp_path / "store.staging").exists()
    assert store.query("ASK { country:PAK a sg:Article }").boolean is False
    store.close()


def test_unknown_store_spec(tmp_path: Path) -> None:
    with pytest.raises(sg.StoreError, match="unknown store 'nope'"):
        open_store("nope", build_dir=tmp_path)


@pytest.mark.parametrize("spec", ["memory", "oxigraph"])
def test_missing_store_says_build_first(spec: str, tmp_path: Path) -> None:
    with pytest.raises(sg.StoreError, match="run 'secgraph build' first"):
        open_store(spec, build_dir=tmp_path)


@pytest.mark.parametrize(
    ("sparql", "expected"),
    [
        ("SELECT * { ?s ?p ?o }", "SELECT * { VALUES (?s) { (<http://x/a>) } ?s ?p ?o }"),
        (
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
            "CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s) { (<http://x/a>) } ?s ?p ?o }",
        ),
        (
            "# a { comment\nASK FROM <http://x/g#frag> WHERE { ?s ?p '{' }",
            "# a { comment\nASK FROM <http://x/g#frag> WHERE { VALUES (?s) { (<http://x/a>) } ?s ?p '{' }",
        ),
    ],
)
def test_with_values_finds_the_where_group(sparql: str, expected: str) -> None:
    assert with_values(sparql, {"s": URIRef("http://x/a")}) == expected


@pytest.mark.parametrize(
    "text",
    ["PAK", "pak", "PK", " Pakistan ", "pakistan", "https://w3id.org/secgraph/id/country/PAK"],
)
def test_resolve_country_by_code_name_or_iri(store: sg.Store, text: str) -> None:
    assert sg.resolve_country(store, text) == PAK


@pytest.mark.parametrize(
    ("text", "path", "message"),
    [
        (
            "Atlantis",
            None,
            "unknown country 'Atlantis'; use an ISO 3166 code such as PAK, or a name (see 'secgraph list countries')",
        ),
        (
            "Atlantis",
            "queries/partners.rq",
            "queries/partners.rq: unknown country 'Atlantis'; use an ISO 3166 code such as PAK, or a name (see 'secgraph list countries')",
        ),
        (
            "https://w3id.org/secgraph/id/country/XXX",
            None,
            "unknown country 'https://w3id.org/secgraph/id/country/XXX'; use an ISO 3166 code such as PAK, or a name (see 'secgraph list countries')",
        ),
    ],
)
def test_resolve_country_refuses_with_one_message(
    store: sg.Store, text: str, path: str | None, message: str
) -> None:
    with pytest.raises(sg.UnknownEntityError) as err:
        sg.resolve_country(store, text, path=path)
    assert str(err.value) == message
