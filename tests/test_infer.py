"""Inference answers the same questions: every saved query gives the same rows under
``--infer rdfs`` and ``--infer owlrl`` as without, on the fixture corpus (no query depends on
inference), and the RDFS closure entails what RDFS says it should."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import add_event_graphs
from rdflib import Dataset, Graph, Namespace

import secgraph as sg
from secgraph.queries import read_query, run_query
from secgraph.queries._infer import close_rdfs
from secgraph.vocab import OWL, RDF, RDFS

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
QUERY_FILES = sorted((ROOT / "queries").glob("*.rq"), key=lambda p: p.stem)
#: The parameters of test_queries (the same questions), for queries that need values.
PARAMS: dict[str, dict[str, str]] = {
    "article-facts": {"article": "fx-pk-cn-ct-2022"},
    "data-quality-facts": {"article": "pk-us-border-security-islamabad"},
    "commitments": {"country": "PAK", "other": "USA"},
    "counterparts": {"country": "PAK"},
    "country-officials": {"country": "PAK"},
    "dialogue-meetings": {"dialogue": "dialogue:pk-us-law-enforcement-counterterrorism-dialogue"},
    "fact-sources": {"fact": "official:sana-qureshi"},
    "meeting-leaders": {"country": "PAK", "other": "USA"},
    "meetings-on-topic": {"discussed": "AFG"},
    "pair-areas": {"country": "PAK", "other": "USA"},
    "pair-timeline": {"country": "PAK", "other": "USA"},
    "partners": {"country": "PAK"},
    "dyad-codes": {"country": "PAK", "other": "USA"},
    "dyad-meetings": {"country": "PAK", "other": "USA"},
    "dyad-monthly": {"country": "PAK", "other": "USA"},
    "dyad-timeline": {"country": "PAK", "other": "USA"},
}
#: Queries whose answer is about inference itself: article-facts lists every type of each
#: fact, and RDFS adds the superclasses (a meeting is also an sg:Interaction).
DEPENDS_ON_INFERENCE = {"article-facts"}


@pytest.fixture(scope="module")
def store(ontology: sg.Ontology) -> sg.MemoryStore:
    dataset: Dataset = sg.build_dataset(sg.read_facts(CORPUS), ontology=ontology)
    add_event_graphs(dataset, CORPUS)  # the dyad queries need the corpus's event file
    return sg.MemoryStore(dataset)


@pytest.mark.parametrize("infer", ["rdfs", "owlrl"])
@pytest.mark.parametrize("path", QUERY_FILES, ids=[p.stem for p in QUERY_FILES])
def test_saved_query_same_rows_under_inference(
    store: sg.MemoryStore, path: Path, infer: str
) -> None:
    query = read_query(path)
    if query.name in DEPENDS_ON_INFERENCE:
        pytest.skip(f"{query.name} lists what inference adds (see DEPENDS_ON_INFERENCE)")
    params = PARAMS.get(query.name, {})
    plain = run_query(store, query, params)
    inferred = run_query(store, query, params, infer=infer)
    assert plain.rows, f"{query.name} gives no rows on the corpus: the test would prove nothing"
    assert inferred.variables == plain.variables
    assert inferred.rows == plain.rows


def test_owlrl_keeps_wikidata_items_out_of_partners(store: sg.MemoryStore) -> None:
    """Regression: OWL RL merged each country with its Wikidata item through owl:sameAs,
    so ``partners -p country=PAK`` listed wd:Q30 beside country:USA."""
    query = read_query(ROOT / "queries" / "partners.rq")
    rows = run_query(store, query, {"country": "PAK"}, infer="owlrl").rows
    partners = [str(row[0]) for row in rows]
    assert partners and all("wikidata.org" not in p for p in partners)


EX = Namespace("http://example.org/")


def test_rdfs_closure_rules() -> None:
    g = Graph()
    for triple in (
        (EX.leader, RDFS.subPropertyOf, EX.member),
        (EX.member, RDFS.subPropertyOf, EX.related),
        (EX.member, RDFS.domain, EX.Group),
        (EX.member, RDFS.range, EX.Person),
        (EX.Group, RDFS.subClassOf, EX.Agent),
        (EX.Agent, RDFS.subClassOf, EX.Thing),
        (EX.Person, RDFS.subClassOf, EX.Agent),
        (EX.d, EX.leader, EX.x),
        (EX.x, OWL.sameAs, EX.y),
    ):
        g.add(triple)
    close_rdfs(g)
    assert (EX.leader, RDFS.subPropertyOf, EX.related) in g  # rdfs5
    assert (EX.Group, RDFS.subClassOf, EX.Thing) in g  # rdfs11
    assert (EX.d, EX.member, EX.x) in g and (EX.d, EX.related, EX.x) in g  # rdfs7
    assert set(g.objects(EX.d, RDF.type)) == {EX.Group, EX.Agent, EX.Thing}  # rdfs2, rdfs9
    assert set(g.objects(EX.x, RDF.type)) == {EX.Person, EX.Agent, EX.Thing}  # rdfs3, rdfs9
    assert set(g.objects(EX.y, RDF.type)) == set()  # owl:sameAs is not RDFS
