"""Saved queries: every queries/*.rq against golden results, typed parameters, errors, inference."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import add_event_graphs
from rdflib import Dataset

import secgraph as sg
from secgraph.cli import cli
from secgraph.queries import (
    format_result,
    parse_query_text,
    read_queries,
    read_query,
    run_query,
)

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "queries"
CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
GOLDEN = Path(__file__).resolve().parent / "golden" / "queries"
INJECTION = 'x" } ; DROP ALL #'

#: Parameters for queries that need more than their declared defaults.
QUERY_PARAMS: dict[str, dict[str, str]] = {
    "article-facts": {"article": "fx-pk-cn-ct-2022"},
    "data-quality-facts": {"article": "pk-us-border-security-islamabad"},
    "commitments": {"country": "PAK", "other": "USA"},
    "counterparts": {"country": "PAK"},
    "country-officials": {"country": "PAK"},
    "fact-sources": {"fact": "official:sana-qureshi"},
    "meeting-leaders": {"country": "PAK", "other": "USA"},
    "meetings-on-topic": {"discussed": "AFG"},
    "pair-areas": {"country": "PAK", "other": "USA"},
    "pair-timeline": {"country": "PAK", "other": "USA"},
    "dyad-monthly": {"country": "PAK", "other": "USA"},
    "dyad-codes": {"country": "PAK", "other": "USA"},
    "dyad-meetings": {"country": "PAK", "other": "USA"},
    "dyad-timeline": {"country": "PAK", "other": "USA"},
    "partners": {"country": "PAK"},
}
QUERY_FILES = sorted(QUERIES.glob("*.rq"), key=lambda p: p.stem)


@pytest.fixture(scope="session")
def corpus_dataset(ontology: sg.Ontology) -> Dataset:
    dataset = sg.build_dataset(sg.read_facts(CORPUS), ontology=ontology)
    add_event_graphs(dataset, CORPUS)  # the dyad queries read coded events
    return dataset


@pytest.fixture(scope="session")
def corpus_store(corpus_dataset: Dataset) -> sg.MemoryStore:
    return sg.MemoryStore(corpus_dataset)


@pytest.fixture(scope="session")
def build_dir(tmp_path_factory: pytest.TempPathFactory, corpus_dataset: Dataset) -> Path:
    """A build folder with the corpus as TriG, for the CLI with ``--store memory``."""
    out = tmp_path_factory.mktemp("build")
    sg.write_dataset_files(corpus_dataset, out)
    return out


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


# ---------------------------------------------------------------------------------------------
# Every saved query, against its golden result
# ---------------------------------------------------------------------------------------------


def test_queries_are_discovered() -> None:
    assert len(QUERY_FILES) >= 12
    assert list(read_queries(QUERIES)) == sorted(p.stem for p in QUERY_FILES)


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_saved_query_header_and_order(path: Path) -> None:
    query = read_query(path)
    assert query.title and query.description
    assert "ORDER BY" in query.text.upper()
    for param in query.params:
        assert param.description, f"{path.name}: parameter {param.name} has no description"


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_saved_query_golden(path: Path, corpus_store: sg.MemoryStore, update_golden: bool) -> None:
    query = read_query(path)
    result = run_query(corpus_store, query, QUERY_PARAMS.get(query.name))
    assert result.rows, f"{query.name} found nothing on the fixture corpus"
    actual = json.loads(format_result(result, "json"))
    golden = GOLDEN / f"{query.name}.json"
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert golden.is_file(), f"no golden file {golden}; run pytest --update-golden"
    assert actual == json.loads(golden.read_text(encoding="utf-8"))


def test_undated_meetings_get_their_own_timeline_row(corpus_store: sg.MemoryStore) -> None:
    query = read_query(QUERIES / "pair-timeline.rq")
    result = run_query(corpus_store, query, {"country": "PAK", "other": "USA"})
    years = [str(row[0]) for row in result.rows]
    assert years == ["2019", "2021", "undated"]


# ---------------------------------------------------------------------------------------------
# Parameters
# ---------------------------------------------------------------------------------------------


def test_injection_value_stays_a_literal(
    corpus_store: sg.MemoryStore, corpus_dataset: Dataset
) -> None:
    before = len(sg.to_union_graph(corpus_dataset))
    query = parse_query_text(
        "# param: name string required a name\n"
        "SELECT ?official WHERE { ?official foaf:name ?name } ORDER BY ?official\n"
    )
    assert run_query(corpus_store, query, {"name": INJECTION}).rows == ()
    saved = read_query(QUERIES / "article-facts.rq")
    with pytest.raises(sg.UnknownEntityError, match="no article"):  # looked up, as a literal
        run_query(corpus_store, saved, {"article": INJECTION})
    assert len(sg.to_union_graph(corpus_dataset)) == before


@pytest.mark.parametrize("value", ["PAK", "PK", "Pakistan", "pak", "Islamic Republic of Pakistan"])
def test_country_param_accepts_codes_and_names(corpus_store: sg.MemoryStore, value: str) -> None:
    query = read_query(QUERIES / "partners.rq")
    expected = run_query(corpus_store, query, {"country": "PAK"})
    assert run_query(corpus_store, query, {"country": value}).rows == expected.rows


def test_iri_param_accepts_curie_and_full_iri(corpus_store: sg.MemoryStore) -> None:
    query = read_query(QUERIES / "fact-sources.rq")
    curie = run_query(corpus_store, query, {"fact": "official:sana-qureshi"})
    full = run_query(
        corpus_store, query, {"fact": "<https://w3id.org/secgraph/id/official/sana-qureshi>"}
    )
    assert curie.rows and curie.rows == full.rows


def test_optional_param_left_unbound_widens_the_result(corpus_store: sg.MemoryStore) -> None:
    query = read_query(QUERIES / "meeting-leaders.rq")
    pair = run_query(corpus_store, query, {"country": "PAK", "other": "USA"})
    every = run_query(corpus_store, query)
    assert 0 < len(pair.rows) < len(every.rows)


def test_header_parses_defaults_and_continuations() -> None:
    query = parse_query_text(
        "# title: T\n"
        "# description: first line\n"
        "#   second line\n"
        "# param: a string required the a\n"
        "# param: b integer 3 the b\n"
        '# param: c string "two words" the c\n'
        "#   continued\n"
        "# param: d date - the d\n"
        "SELECT * WHERE { ?a ?b ?c . FILTER(?d) } ORDER BY ?a\n"
    )
    assert query.description == "first line second line"
    a, b, c, d = query.params
    assert (a.required, a.default) == (True, None)
    assert (b.type, b.default) == ("integer", "3")
    assert (c.default, c.description) == ("two words", "the c continued")
    assert (d.required, d.default) == (False, None)


# ---------------------------------------------------------------------------------------------
# Inference
# ---------------------------------------------------------------------------------------------


def test_owlrl_inference_finds_sub_property_and_inverse_facts(corpus_store: sg.MemoryStore) -> None:
    # sg:member is a sub-property of foaf:member; sg:hasDelegation is inverse of sg:atMeeting
    # and a sub-property of schema:attendee: nothing in the data states them directly.
    query = parse_query_text(
        "SELECT ?meeting ?official WHERE {\n"
        "  ?meeting schema:attendee ?delegation . ?delegation foaf:member ?official .\n"
        "} ORDER BY ?meeting ?official\n"
    )
    assert run_query(corpus_store, query, infer="none").rows == ()
    inferred = run_query(corpus_store, query, infer="owlrl").rows
    assert len(inferred) >= 10


def test_cli_infer_option(build_dir: Path) -> None:
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?d foaf:member ?o } ORDER BY ?n"
    args = (
        "query",
        "run",
        "-e",
        text,
        "--format",
        "csv",
        "--build",
        str(build_dir),
        "--store",
        "memory",
    )
    code, out, _ = invoke(*args)
    assert (code, out) == (0, "n\n0\n")
    code, out, _ = invoke(*args, "--infer", "rdfs")
    assert code == 0 and out != "n\n0\n"


# ---------------------------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------------------------


def test_cli_list_and_show() -> None:
    code, out, _ = invoke("query", "list", "--queries", str(QUERIES))
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == [p.stem for p in QUERY_FILES]
    code, out, _ = invoke("query", "show", "partners", "--queries", str(QUERIES))
    assert code == 0 and out == (QUERIES / "partners.rq").read_text(encoding="utf-8")


def test_cli_run_formats(build_dir: Path) -> None:
    base = ("query", "run", "partners", "-p", "country=PK", "--queries", str(QUERIES))
    store = ("--build", str(build_dir), "--store", "memory")
    code, out, err = invoke(*base, *store, "--format", "csv")
    assert code == 0 and err == ""
    assert out.splitlines()[0] == "partner,partnerName,meetings,dated,first,latest"
    assert (
        out.splitlines()[1]
        == "https://w3id.org/secgraph/id/country/USA,United States,3,2,2019-03-12,2021-06-08"
    )
    for fmt in ("table", "tsv", "json", "md"):
        code, out, _ = invoke(*base, *store, "--format", fmt)
        assert code == 0 and "United States" in out


def test_table_cells_and_json_terms() -> None:
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    from secgraph.store import QueryResult

    sg_ns, id_ns = "https://w3id.org/secgraph/ontology#", "https://w3id.org/secgraph/id/"
    row = (
        URIRef(f"{sg_ns}Meeting"),  # a flat local name: the longest namespace
        URIRef(f"{id_ns}meeting/a-1/talks"),  # a path: id: keeps it
        URIRef("http://example.org/x"),  # no project namespace
        Literal("Islamabad  talks\n", lang="en"),
        Literal("2021-06-08", datatype=XSD.date),
        None,
    )
    result = QueryResult("select", ("a", "b", "c", "d", "e", "f"), (row, row))
    table = format_result(result, "table").splitlines()
    assert table[2].split("  ")[:3] == [
        "sg:Meeting",
        "id:meeting/a-1/talks",
        "<http://example.org/x>",
    ]
    assert "Islamabad talks" in table[2] and table[-1] == "(2 rows)"
    parsed = json.loads(format_result(result, "json"))
    assert parsed["head"] == {"vars": ["a", "b", "c", "d", "e", "f"]}
    first = parsed["results"]["bindings"][0]
    assert first["a"] == {"type": "uri", "value": f"{sg_ns}Meeting"}
    assert first["d"] == {"type": "literal", "value": "Islamabad  talks\n", "xml:lang": "en"}
    assert first["e"]["datatype"] == str(XSD.date) and "f" not in first
    assert len(parsed["results"]["bindings"]) == 2
    empty = json.loads(format_result(QueryResult("select", ("a",), ()), "json"))
    assert empty == {"head": {"vars": ["a"]}, "results": {"bindings": []}}


def _bad_query(tmp_path: Path) -> Path:
    path = tmp_path / "bad.rq"
    path.write_text("# title: Bad\nSELECT ?s WHERE {\n  ?s ?p\n} ORDER BY ?s\n", encoding="utf-8")
    return path


ERRORS = [
    (
        ["partnrs"],
        "{queries}: unknown query 'partnrs'; did you mean 'partners'?",
    ),
    (
        ["partners"],
        "{queries}/partners.rq: missing required parameter 'country' (country); give it with "
        "--param country=VALUE",
    ),
    (
        ["partners", "-p", "country=PAK", "-p", "contry=USA"],
        "{queries}/partners.rq: unknown parameter 'contry'; did you mean 'country'?",
    ),
    (
        ["strongest-partnerships", "-p", "min_meetings=many"],
        "{queries}/strongest-partnerships.rq: parameter 'min_meetings' is not an integer: "
        "'many'; write digits, e.g. 3",
    ),
    (
        [
            "-e",
            "# param: since date required\nSELECT * WHERE { ?s ?p ?since } ORDER BY ?s",
            "-p",
            "since=2021-13-01",
        ],
        "<inline>: parameter 'since' is not a date: '2021-13-01'; write YYYY-MM-DD",
    ),
    (
        ["partners", "-p", "country=Atlantis"],
        "{queries}/partners.rq: unknown country 'Atlantis'; use an ISO 3166 code such as PAK, or a name (see 'secgraph list countries')",
    ),
    (
        ["-e", "SELECT ?s WHERE {\n  ?s ?p\n} ORDER BY ?s"],
        "<inline>:2: SPARQL syntax error at column 3, in '?s ?p'; fix the query",
    ),
    (
        ["{bad}"],
        "{bad}:3: SPARQL syntax error at column 3, in '?s ?p'; fix the query",
    ),
    (
        ["partners", "-p", "country=Indai"],
        "{queries}/partners.rq: unknown country 'Indai'; did you mean India (IND)? (see 'secgraph list countries')",
    ),
    (
        ["meetings-on-topic", "-p", "threat=terror"],
        "{queries}/meetings-on-topic.rq: parameter 'threat' is not an IRI: 'terror'; write a full IRI or a CURIE with a project prefix such as threat:terrorism (see 'secgraph list threats')",
    ),
    (
        ["partners", "-p", "country"],
        "bad --param 'country'; write NAME=VALUE, e.g. country=PAK",
    ),
]


@pytest.mark.parametrize(("args", "message"), ERRORS, ids=lambda v: str(v)[:40])
def test_cli_errors(args: list[str], message: str, build_dir: Path, tmp_path: Path) -> None:
    bad = _bad_query(tmp_path)
    args = [a.replace("{bad}", str(bad)) for a in args]
    code, out, err = invoke(
        "query",
        "run",
        *args,
        "--queries",
        str(QUERIES),
        "--build",
        str(build_dir),
        "--store",
        "memory",
    )
    assert code == 2
    assert out == ""
    expected = message.format(queries=QUERIES, bad=bad)
    assert err == f"secgraph: {expected}\n"


@pytest.fixture(scope="session")
def oxigraph_store(tmp_path_factory: pytest.TempPathFactory, corpus_dataset: Dataset) -> sg.Store:
    """The corpus in an embedded Oxigraph store (binds parameters its own way)."""
    root = tmp_path_factory.mktemp("oxigraph")
    store = sg.open_store(f"oxigraph:{root / 'store'}", build_dir=root, create=True)
    graphs = {
        g.identifier: list(g)
        for g in corpus_dataset.graphs()
        if len(g) and str(g.identifier) != "urn:x-rdflib:default"
    }
    store.replace_graphs(graphs, clear=True)
    return store


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_saved_query_same_on_oxigraph(path: Path, oxigraph_store: sg.Store) -> None:
    query = read_query(path)
    result = run_query(oxigraph_store, query, QUERY_PARAMS.get(query.name))
    golden = GOLDEN / f"{query.name}.json"
    assert json.loads(format_result(result, "json")) == json.loads(golden.read_text("utf-8"))


@pytest.mark.parametrize("value", ["PAK", "pk", "Pakistan", "Islamic Republic of Pakistan"])
def test_country_names_on_oxigraph(oxigraph_store: sg.Store, value: str) -> None:
    query = read_query(QUERIES / "partners.rq")
    assert len(run_query(oxigraph_store, query, {"country": value}).rows) == 3
