"""OpenLink Virtuoso 7.2 as the store: the same rows as Oxigraph, builds into it, no truncation.

A generated corpus (``benchmarks/generate.py``) is built into an embedded Oxigraph store,
exported as N-Quads and bulk-loaded into a private Virtuoso (see ``tests/sparql_servers.py``); every
saved query and every analysis projection must then give the same rows on both. Then
``secgraph build --store`` writes into Virtuoso itself, full and incremental, and the
result must hold the same graphs as an embedded build of the same files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from conftest import ONTOLOGY, ROOT, assert_same_graphs, built_dataset, generated_corpus
from rdflib import Literal, URIRef
from sparql_servers import ISQL, VIRTUOSO, Server, isql, start_virtuoso, virtuoso_bulk_load

import secgraph as sg
from secgraph.cli import cli
from secgraph.queries import format_result, read_queries, run_query
from secgraph.store import TMP_GRAPH_PREFIX
from secgraph.store import _carry as carry

ARTICLES = 300
QUERIES = ROOT / "queries"

#: Parameters for the generated corpus; each query also runs with no parameters when it can.
PARAMS: dict[str, list[dict[str, str]]] = {
    "article-facts": [{"article": "art-000001"}, {"article": "art-000002"}],
    "data-quality-facts": [{"article": "art-000001"}],
    # the corpus gets the fixture corpus's PAK-USA event file (see the corpus fixture)
    "dyad-codes": [{"country": "PAK", "other": "USA"}],
    "dyad-meetings": [{"country": "COL", "other": "GMB"}],
    "dyad-monthly": [{"country": "PAK", "other": "USA"}],
    # COL-GMB has months with meetings and no scored event (the mean must stay unbound)
    "dyad-timeline": [{"country": "PAK", "other": "USA"}, {"country": "COL", "other": "GMB"}],
    "commitments": [{"country": "COL"}, {"country": "COL", "other": "GMB"}],
    "counterparts": [{"country": "COL"}],
    "country-officials": [{"country": "COL"}],
    "fact-sources": [{"fact": "official:rate-ansuqi"}],
    "meeting-leaders": [{"country": "COL"}, {"country": "COL", "other": "GMB"}],
    "meetings-on-topic": [
        {"discussed": "RUS"},
        {"threat": "threat:terrorism"},
        {"threat": "threat:drug-trafficking", "discussed": "USA"},
    ],
    "pair-areas": [{"country": "COL", "other": "GMB"}],
    "pair-timeline": [{"country": "COL", "other": "GMB"}],
    "partners": [{"country": "COL"}, {"country": "PAK"}],
    "strongest-partnerships": [{"min_meetings": "3"}],
}


def _build(data: Path, out: Path, *extra: str) -> str:
    """The build's stdout and stderr (a server build says there which staging it used)."""
    args = ["build", str(data), "--out", str(out), "--ontology", str(ONTOLOGY), *extra]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = generated_corpus(ARTICLES, tmp_path_factory.mktemp("corpus"))
    shutil.copytree(ROOT / "tests" / "data" / "corpus" / "events", data / "events")
    return data


@pytest.fixture(scope="module")
def embedded(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[sg.Store]:
    out = tmp_path_factory.mktemp("embedded")
    _build(corpus, out)
    store = sg.open_store("oxigraph", build_dir=out, read_only=True)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(scope="module")
def loaded(
    virtuoso: Server, embedded: sg.Store, tmp_path_factory: pytest.TempPathFactory
) -> sg.Store:
    """Virtuoso holding the embedded build, bulk-loaded from its N-Quads export."""
    folder = tmp_path_factory.mktemp("nquads")
    dump = folder / "corpus.nq"
    dump.write_bytes(embedded.serialize("nquads"))
    remote = sg.open_store(virtuoso.store, build_dir=folder)
    remote.update(  # type: ignore[attr-defined]
        "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } "
        'FILTER(STRSTARTS(STR(?g), "https://w3id.org/secgraph/")) }'
    )
    virtuoso_bulk_load(virtuoso, dump)
    return remote


def saved_query_runs() -> list[tuple[str, dict[str, str]]]:
    """Each saved query with each of its PARAMS, and once without when it can (shared with
    tests/test_jena.py)."""
    runs: list[tuple[str, dict[str, str]]] = []
    for name, query in sorted(read_queries(QUERIES).items()):
        if not any(p.required for p in query.params):
            runs.append((name, {}))
        runs += [(name, params) for params in PARAMS.get(name, [])]
    return runs


def test_every_saved_query_has_a_run() -> None:
    names = {name for name, _ in saved_query_runs()}
    assert names == set(read_queries(QUERIES)), "add parameters for the new query to PARAMS"


@pytest.mark.parametrize(
    ("name", "params"),
    saved_query_runs(),
    ids=lambda v: v if isinstance(v, str) else "-".join(v.values()),
)
def test_saved_query_same_rows_as_oxigraph(
    name: str, params: dict[str, str], loaded: sg.Store, embedded: sg.Store
) -> None:
    query = read_queries(QUERIES)[name]
    expected = format_result(run_query(embedded, query, params), "csv")
    assert expected.count("\n") > 1, "the corpus should give rows"
    assert format_result(run_query(loaded, query, params), "csv") == expected


def _canonical(G: nx.Graph) -> tuple[list[object], list[object]]:
    nodes = sorted(
        (str(n), sorted((k, str(v)) for k, v in d.items())) for n, d in G.nodes(data=True)
    )
    edges = sorted(
        (*sorted((str(u), str(v))), sorted((k, str(x)) for k, x in d.items()))
        for u, v, d in G.edges(data=True)
    )
    return nodes, edges


@pytest.mark.parametrize("projection", sorted(sg.PROJECTIONS))
@pytest.mark.parametrize("focus", [{}, {"country": "COL"}, {"since": "2015-01-01"}], ids=str)
def test_projection_same_as_oxigraph(
    projection: str, focus: dict[str, str], loaded: sg.Store, embedded: sg.Store
) -> None:
    expected = _canonical(sg.to_networkx(embedded, projection=projection, **focus))
    assert expected[1], "the projection should have edges"
    assert _canonical(sg.to_networkx(loaded, projection=projection, **focus)) == expected


def test_analyze_cli_same_output(loaded: sg.Store, virtuoso: Server, embedded: sg.Store) -> None:
    del loaded  # loaded into the server
    base = ["analyze", "centrality", "--projection", "countries", "--top", "0", "--format", "csv"]
    local_build = Path(str(embedded.path)).parent  # type: ignore[attr-defined]
    local = CliRunner().invoke(cli, [*base, "--build", str(local_build)])
    remote = CliRunner().invoke(
        cli, [*base, "--build", str(local_build), "--store", virtuoso.store]
    )
    assert local.exit_code == remote.exit_code == 0, remote.output
    assert remote.stdout == local.stdout


def test_report_same_as_oxigraph(
    loaded: sg.Store, virtuoso: Server, embedded: sg.Store, tmp_path: Path
) -> None:
    """The report runs the validation's generated SPARQL, projections and every saved query."""
    del loaded  # loaded into the server
    local_build = Path(str(embedded.path)).parent  # type: ignore[attr-defined]
    pages = []
    for store, name in (("oxigraph", "local.html"), (virtuoso.store, "remote.html")):
        args = ["report", "--build", str(local_build), "--store", store]
        result = CliRunner().invoke(cli, [*args, "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        pages.append((tmp_path / name).read_text("utf-8"))
    assert pages[1] == pages[0]


def test_build_into_virtuoso_full_then_incremental(
    virtuoso: Server, corpus: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(corpus, data)
    (data / "articles" / "art-000300.yaml").rename(tmp_path / "art-000300.yaml")
    out = tmp_path / "remote"
    stdout = _build(data, out, "--store", virtuoso.store, "--full")
    assert f"articles: {ARTICLES - 1}" in stdout
    # stage=auto: the change fits Virtuoso's limits, so it is carried in the swap request
    # (its reference graph, over 5,000 triples, as several GRAPH blocks: see BLOCK_TRIPLES)
    assert "\nstaging: load (a change of " in stdout
    assert "carried in the swap request, within the 9 MB it takes on Virtuoso" in stdout
    expected = tmp_path / "expected"
    _build(data, expected)
    assert_same_graphs(built_dataset(out, virtuoso.store), built_dataset(expected))

    # one article changed, one removed, one added
    articles = data / "articles"
    changed = articles / "art-000005.yaml"
    changed.write_text(
        changed.read_text("utf-8").replace("title:", "title: Changed", 1), encoding="utf-8"
    )
    (articles / "art-000007.yaml").unlink()
    (tmp_path / "art-000300.yaml").rename(articles / "art-000300.yaml")
    stdout = _build(data, out, "--store", virtuoso.store)
    assert "1 added, 1 changed, 1 removed" in stdout
    assert "\nstaging: load (a change of " in stdout
    shutil.rmtree(expected)
    _build(data, expected)
    assert_same_graphs(built_dataset(out, virtuoso.store), built_dataset(expected))
    assert "up to date" in _build(data, out, "--store", virtuoso.store)

    remote = sg.open_store(virtuoso.store, build_dir=out)
    names = {str(g) for g in remote.all_graph_names()}  # type: ignore[attr-defined]
    assert not {g for g in names if g.startswith(TMP_GRAPH_PREFIX)}


@pytest.fixture(scope="module")
def small_virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A second private Virtuoso whose ResultSetMaxRows is 50."""
    if VIRTUOSO is None or ISQL is None:
        if os.environ.get("CI") == "true":
            pytest.fail(
                "virtuoso-t or isql-vt is missing on CI: apt-get install virtuoso-opensource"
            )
        pytest.skip("no 'virtuoso-t' (apt-get install virtuoso-opensource) to run Virtuoso")
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso-small"), max_rows=50, buffers=2000)
    try:
        triples = " ".join(f"<urn:x:s{n}> <urn:x:p> {n} ." for n in range(120))
        isql(
            server,
            f"SPARQL INSERT DATA {{ GRAPH <https://w3id.org/secgraph/graph/t> {{ {triples} }} }};",
        )
        more = "<urn:x:s7> <urn:x:q> 7777 . _:b <urn:x:p> 1000 . _:b <urn:x:q> 1001 ."
        sg.open_store(server.store, build_dir=".").update(  # type: ignore[attr-defined]
            f"INSERT {{ GRAPH <https://w3id.org/secgraph/graph/t> {{ {more} }} }} WHERE {{}}"
        )
        yield server
    finally:
        server.stop()


def test_cut_result_is_an_error_naming_the_setting(small_virtuoso: Server, tmp_path: Path) -> None:
    store = sg.open_store(small_virtuoso.store, build_dir=tmp_path)
    assert len(store.query("SELECT ?s WHERE { ?s <urn:x:p> ?o } LIMIT 49").rows) == 49
    with pytest.raises(sg.StoreError) as caught:
        store.query("SELECT ?s WHERE { ?s <urn:x:p> ?o }")
    assert "cut the result at 50 rows" in str(caught.value)
    assert "raise ResultSetMaxRows in the [SPARQL] section of virtuoso.ini" in str(caught.value)
    # listings and dumps page under the limit instead, by key (a sorted OFFSET past
    # MaxSortedTopRows is refused: SR353)
    sent: list[str] = []
    ask = store._query  # type: ignore[attr-defined]

    def recording(text: str) -> object:
        sent.append(text)
        return ask(text)

    store._query = recording  # type: ignore[attr-defined]
    dataset = store.to_dataset()
    graph = dataset.graph(URIRef("https://w3id.org/secgraph/graph/t"))
    assert len(graph) == 123
    assert (URIRef("urn:x:s7"), URIRef("urn:x:q"), Literal(7777)) in graph
    assert len(list(graph.triples((None, URIRef("urn:x:q"), Literal(1001))))) == 1
    assert len(sent) > 3 and not [q for q in sent if "OFFSET" in q]


def test_cut_result_exits_2_on_the_command_line(small_virtuoso: Server, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "query",
            "run",
            "-e",
            "SELECT ?s WHERE { ?s <urn:x:p> ?o } ORDER BY ?s",
            "--build",
            str(tmp_path),
            "--store",
            small_virtuoso.store,
        ],
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("secgraph: ") and "ResultSetMaxRows" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.fixture(scope="module")
def tight_virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A private Virtuoso whose transactions may log at most 1 MB (TransactionAfterImageLimit)."""
    if VIRTUOSO is None or ISQL is None:
        if os.environ.get("CI") == "true":
            pytest.fail(
                "virtuoso-t or isql-vt is missing on CI: apt-get install virtuoso-opensource"
            )
        pytest.skip("no 'virtuoso-t' (apt-get install virtuoso-opensource) to run Virtuoso")
    server = start_virtuoso(
        tmp_path_factory.mktemp("virtuoso-tight"), buffers=2000, after_image=1_000_000
    )
    try:
        yield server
    finally:
        server.stop()


def test_a_swap_too_big_for_one_transaction_is_refused_whole(
    tight_virtuoso: Server, corpus: Path, tmp_path: Path
) -> None:
    """Virtuoso refuses a transaction larger than TransactionAfterImageLimit: the build
    says which setting to raise, and the server keeps what it had (nothing half-swapped,
    no staging graph)."""
    store = sg.open_store(tight_virtuoso.store, build_dir=tmp_path)
    before = store.graph_names()
    args = ["build", str(corpus), "--out", str(tmp_path / "out"), "--ontology", str(ONTOLOGY)]
    result = CliRunner().invoke(cli, [*args, "--store", tight_virtuoso.store])
    assert result.exit_code == 2, result.output
    assert "(the previous graphs still answer)" in result.stderr
    assert "raise TransactionAfterImageLimit in the [Parameters] section" in result.stderr
    assert result.stderr.count("\n") == 1
    assert store.graph_names() == before
    names = {str(g) for g in store.all_graph_names()}  # type: ignore[attr-defined]
    assert not {g for g in names if g.startswith(TMP_GRAPH_PREFIX)}


# ---------------------------------------------------------------------------------------------
# Readers of Virtuoso during a build: old or new, never a mixture (tests/test_remote.py has the
# same for the Oxigraph server)
# ---------------------------------------------------------------------------------------------

CORPUS = ROOT / "tests" / "data" / "corpus"
READS = {
    "meetings": "SELECT (COUNT(*) AS ?n) WHERE { ?m a sg:Meeting }",
    "labels": "SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?l }",
    "events": "SELECT (COUNT(*) AS ?n) WHERE { ?e a sg:CodedEvent }",
}
#: a query with a variable predicate over the whole union
EVERYTHING = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _corpora(tmp_path: Path) -> tuple[Path, Path]:
    """tests/data/corpus less one article (A), and with one article changed and the event
    file one event shorter (B)."""
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(CORPUS, a)
    shutil.copytree(CORPUS, b)
    for path in (a / "articles").glob("fx-pk-us-ct-dialogue-2021.*"):
        path.unlink()
    changed = b / "articles" / "fx-pk-cn-ct-2022.yaml"
    changed.write_text(changed.read_text("utf-8").replace("title:", "title: New", 1), "utf-8")
    for events in (b / "events").iterdir():
        lines = events.read_bytes().splitlines(keepends=True)
        events.write_bytes(b"".join(lines[:-1]))
    return a, b


def _reads(store: sg.Store, *, everything: bool) -> dict[str, object]:
    queries = {**READS, "everything": EVERYTHING} if everything else READS
    return {k: store.query(q).rows for k, q in queries.items()}


@pytest.mark.parametrize("stage", ["load", "post"])
def test_a_reader_polling_virtuoso_during_a_build_never_sees_a_mixture(
    virtuoso: Server, tmp_path: Path, stage: str
) -> None:
    """``stage=load``: the change goes in the swap request (one transaction there, measured),
    so even ``?s ?p ?o`` over the union sees the old state or the new. ``stage=post``: the
    uploads are in the dataset before the swap, so only queries that name predicates are
    held to it (README: the window ``?s ?p ?o`` has there)."""
    a, b = _corpora(tmp_path)
    spec = f"{virtuoso.store},stage={stage}"
    out = tmp_path / "out"
    _build(a, out, "--store", spec, "--full")
    reader = sg.open_store(virtuoso.store, build_dir=tmp_path)
    everything = stage == "load"
    old = _reads(reader, everything=everything)
    seen: list[dict[str, object]] = []
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            seen.append(_reads(reader, everything=everything))

    thread = threading.Thread(target=poll)
    thread.start()
    try:
        _build(b, out, "--store", spec)
    finally:
        done.set()
        thread.join()
    new = _reads(reader, everything=everything)
    assert new != old and len(seen) > 2
    assert all(once[k] in (old[k], new[k]) for once in seen for k in old)
    names = {str(g) for g in reader.all_graph_names()}  # type: ignore[attr-defined]
    assert not {g for g in names if g.startswith(TMP_GRAPH_PREFIX)}


def test_build_killed_before_its_swap_leaves_virtuoso_untouched(
    virtuoso: Server, tmp_path: Path
) -> None:
    """SIGKILL of a ``stage=load`` build once its batches are written: nothing reached
    Virtuoso (not even ``?s ?p ?o`` changes), and the next build answers the new state."""
    a, b = _corpora(tmp_path)
    spec = f"{virtuoso.store},stage=load"
    out = tmp_path / "out"
    _build(a, out, "--store", spec, "--full")
    reader = sg.open_store(virtuoso.store, build_dir=tmp_path)
    old = _reads(reader, everything=True)
    env = {**os.environ, "SECGRAPH_FAULT": "batched:kill", "PYTHONPATH": os.pathsep.join(sys.path)}
    args = ["build", str(b), "--build", str(out), "--ontology", str(ONTOLOGY), "--store", spec]
    killed = subprocess.run(
        [sys.executable, "-m", "secgraph", *args],
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert killed.returncode == -9, killed.stderr.decode()
    assert _reads(reader, everything=True) == old
    _build(b, out, "--store", spec)
    assert _reads(reader, everything=False) != {k: old[k] for k in READS}
    assert not (out / "stage").exists()


def test_a_change_too_long_to_carry_is_refused_whole(
    tight_virtuoso: Server, corpus: Path, tmp_path: Path
) -> None:
    """``stage=load`` carries the change in the swap request; Virtuoso's SPARQL compiler
    refuses one that long (under a 1 MB TransactionAfterImageLimit, a full build of 300
    articles: SP031, more than 10,000 lines of SQL). The build stops with one line naming
    stage=post, and the server holds exactly what it held."""
    reader = sg.open_store(tight_virtuoso.store, build_dir=tmp_path)
    before = reader.query(EVERYTHING).rows
    args = ["build", str(corpus), "--out", str(tmp_path / "out"), "--ontology", str(ONTOLOGY)]
    spec = f"{tight_virtuoso.store},stage=load"
    result = CliRunner().invoke(cli, [*args, "--store", spec, "--full"])
    assert result.exit_code == 2, result.output
    assert "SP031" in result.stderr
    assert "the server did not apply the change (the previous graphs still answer)" in (
        result.stderr
    )
    assert result.stderr.endswith("build with stage=post in --store\n")
    assert result.stderr.count("\n") == 1
    assert reader.query(EVERYTHING).rows == before


def test_auto_uploads_a_change_virtuoso_refuses_to_carry(
    virtuoso: Server, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``stage=auto``: a carried swap Virtuoso refuses whole at compile time (here its
    parser, given the 300 articles' reference graph as one block of over 5,000 triples:
    SP030) is sent again as uploads and the one-operation swap; the build says so and
    holds the same graphs as an embedded build."""
    monkeypatch.setattr(carry, "BLOCK_TRIPLES", 10**9)  # one GRAPH block a graph
    out = tmp_path / "out"
    stdout = _build(corpus, out, "--store", virtuoso.store, "--full")
    assert (
        "\nstaging: post (Virtuoso refused the carried swap whole (SP030), so it was uploaded "
        "instead; set stage=post to skip the attempt)\n"
    ) in stdout
    expected = tmp_path / "expected"
    _build(corpus, expected)
    assert_same_graphs(built_dataset(out, virtuoso.store), built_dataset(expected))
    names = {str(g) for g in sg.open_store(virtuoso.store, build_dir=out).all_graph_names()}  # type: ignore[attr-defined]
    assert not {g for g in names if g.startswith(TMP_GRAPH_PREFIX)}
