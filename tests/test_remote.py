"""A remote SPARQL 1.1 endpoint: a real Oxigraph server on a loopback port."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DATA, ONTOLOGY, SEED_ID, TESTS
from sparql_servers import OXIGRAPH, free_port, start_oxigraph

import secgraph as sg
from secgraph.cli import cli
from secgraph.errors import StoreError
from secgraph.pipeline import read_manifest
from secgraph.store import TMP_GRAPH_PREFIX, RemoteStore
from secgraph.store import _commit as commit
from secgraph.store import _served as served

QUERY = "SELECT ?a WHERE { ?a a sg:Article } ORDER BY ?a"
CORPUS = TESTS / "data" / "corpus"


@pytest.fixture(scope="module")
def server(oxigraph_server: str) -> str:
    """The module's Oxigraph server (``oxigraph_server`` in conftest)."""
    return oxigraph_server


def test_build_query_and_export_against_a_server(server: str, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "build"
    args = ["build", str(DATA), "--out", str(out), "--ontology", str(ONTOLOGY), "--store", server]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "articles: 1" in result.stdout and "validation: conforms" in result.stdout

    remote = sg.open_store(server, build_dir=out)
    rows = remote.query(QUERY).rows
    assert [str(r[0]) for r in rows] == [f"https://w3id.org/secgraph/id/article/{SEED_ID}"]
    assert remote.query("ASK { ?m sg:host ?c }", bindings={"c": sg.country_iri("PAK")}).boolean
    # ontology, reference, the article and the PAK-USA relation it derives, and one graph
    # per event file of data/events
    folder = DATA / "events"
    events = (
        len([p for p in folder.iterdir() if not p.name.endswith(".md")]) if folder.is_dir() else 0
    )
    assert len(remote.graph_names()) == 4 + events
    turtle = remote.serialize("turtle", union=True)
    assert b"@prefix sg:" in turtle

    again = runner.invoke(cli, args)
    assert "(up to date: store not touched)" in again.stdout
    # The same server with another timeout and stage is the same store: nothing to rebuild
    other = [*args[:-1], f"{server},timeout=45,stage=post"]
    assert "(up to date: store not touched)" in runner.invoke(cli, other).stdout


def test_refused_connection_exits_2_with_one_line(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(
        cli,
        [
            "build",
            str(DATA),
            "--out",
            str(tmp_path / "b"),
            "--ontology",
            str(ONTOLOGY),
            "--store",
            url,
        ],
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"secgraph: {url}/query: connection refused; is the SPARQL server running? check --store\n"
    )


def test_a_password_in_the_url_is_not_repeated_in_errors(tmp_path: Path) -> None:
    host = f"127.0.0.1:{free_port()}"
    result = CliRunner().invoke(
        cli,
        ["query", "run", "partners", "-p", "country=PAK", "--store", f"http://ann:s3cret@{host}"],
    )
    assert result.exit_code == 2
    assert "s3cret" not in result.stderr
    assert f"http://{host}/query: connection refused" in result.stderr


def test_credentials_in_the_url_are_sent_as_basic_auth(tmp_path: Path) -> None:
    import http.server

    seen: list[tuple[str, str | None]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            seen.append((self.path, self.headers.get("Authorization")))
            self.send_response(401)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://ann:s%40cret@127.0.0.1:{server.server_port}"
        result = CliRunner().invoke(
            cli, ["query", "run", "partners", "-p", "country=PAK", "--store", url]
        )
    finally:
        server.shutdown()
        server.server_close()
    assert result.exit_code == 2
    assert "cret" not in result.stderr  # HTTP 401, the URL without its password
    assert f"127.0.0.1:{server.server_port}/query: HTTP 401" in result.stderr
    assert seen and seen[0] == ("/query", "Basic YW5uOnNAY3JldA==")  # ann:s@cret


def test_timeout_is_a_store_error(tmp_path: Path) -> None:
    with socket.socket() as listener:  # accepts, never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        store = RemoteStore(f"http://127.0.0.1:{port}/query", timeout=0.5)
        with pytest.raises(sg.StoreError, match=r"no answer within 0.5 s"):
            store.query("ASK {}")


# ---------------------------------------------------------------------------------------------
# Readers see the old graphs or the new ones, never a mixture; failures leave nothing visible
# ---------------------------------------------------------------------------------------------

READS = {
    "meetings": "SELECT (COUNT(*) AS ?n) WHERE { ?m a sg:Meeting }",
    "partners": "SELECT ?o (COUNT(*) AS ?n) WHERE { ?r sg:relationOf ?c, ?o . ?c sg:isoAlpha3 "
    '"COL" FILTER(?o != ?c) } GROUP BY ?o ORDER BY ?o',
    "labels": "SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?l }",
    "events": "SELECT (COUNT(*) AS ?n) WHERE { ?e a sg:CodedEvent }",
}
#: what a query with a variable predicate over the whole union sees
EVERYTHING = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
STAGES = ["load", "post"]


def _answers(store: sg.Store) -> dict[str, object]:
    answers: dict[str, object] = {k: store.query(q).rows for k, q in READS.items()}
    answers["graphs"] = store.graph_names()
    return answers


def _staging(reader: RemoteStore) -> list[str]:
    return [str(g) for g in reader.all_graph_names() if str(g).startswith(TMP_GRAPH_PREFIX)]


def _spec(server: str, stage: str) -> str:
    """The server's spec with the staging asked for."""
    if stage == "load":
        return f"{server},stage=load"
    return f"query={server}/query,update={server}/update,gsp={server}/store,stage={stage}"


@pytest.fixture
def two_corpora(tmp_path: Path) -> tuple[Path, Path, dict[str, object]]:
    """Corpora A and B (tests/data/corpus less one article each, one changed in B, and B's
    event file one event shorter), and B's answers from an embedded build."""
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(CORPUS, a)
    shutil.copytree(CORPUS, b)
    for path in (a / "articles").glob("fx-pk-us-ct-dialogue-2021.*"):
        path.unlink()
    for path in (b / "articles").glob("fx-af-pk-border-2023.*"):
        path.unlink()
    changed = b / "articles" / "fx-pk-cn-ct-2022.yaml"
    changed.write_text(changed.read_text("utf-8").replace("title:", "title: New", 1), "utf-8")
    for events in (b / "events").iterdir():  # articles AND events change
        lines = events.read_bytes().splitlines(keepends=True)
        events.write_bytes(b"".join(lines[:-1]))
    sg.build_store(b, ontology_dir=ONTOLOGY, build_dir=tmp_path / "expected-b")
    embedded = sg.open_store("oxigraph", build_dir=tmp_path / "expected-b", read_only=True)
    try:
        return a, b, _answers(embedded)
    finally:
        embedded.close()


def _build(data: Path, out: Path, server: str, *, full: bool = True) -> sg.BuildResult:
    return sg.build_store(data, ontology_dir=ONTOLOGY, build_dir=out, store=server, full=full)


def test_posted_staging_is_hidden_from_queries_that_name_predicates(
    server: str,
    tmp_path: Path,
    two_corpora: tuple[Path, Path, dict[str, object]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b, new = two_corpora
    spec = _spec(server, "post")
    _build(a, tmp_path / "out", spec)
    reader = RemoteStore.from_base(server)
    old = _answers(reader)
    assert old != new and old["events"] != new["events"]
    seen: list[str] = []
    post, update = RemoteStore.post_triples, RemoteStore.update

    def posting(self: RemoteStore, name: str, data: bytes) -> None:
        post(self, name, data)  # the batch is on the server now: readers still see A
        assert _staging(reader)
        assert _answers(reader) == old
        seen.append("staged")

    def updating(self: RemoteStore, sparql: str, **kw: float | None) -> None:
        update(self, sparql, **kw)
        if commit.MARKER_GRAPH in sparql:
            assert _answers(reader) == new  # articles and events swapped in as one
            seen.append("swapped")

    monkeypatch.setattr(commit, "BATCH_TRIPLES", 50)
    monkeypatch.setattr(RemoteStore, "post_triples", posting)
    monkeypatch.setattr(RemoteStore, "update", updating)
    _build(b, tmp_path / "out", spec, full=False)
    assert seen.count("staged") > 3 and seen.count("swapped") == 1 and seen[-1] == "swapped"
    assert not _staging(reader)


@pytest.mark.parametrize("full", [True, False], ids=["full", "incremental"])
def test_loaded_staging_is_invisible_to_every_query(
    server: str,
    tmp_path: Path,
    two_corpora: tuple[Path, Path, dict[str, object]],
    monkeypatch: pytest.MonkeyPatch,
    full: bool,
) -> None:
    """With ``stage=load`` the server fetches the batches inside the swap's transaction:
    while it does, not even ``?s ?p ?o`` over the union sees a staged triple."""
    a, b, new = two_corpora
    _build(a, tmp_path / "out", server)
    reader = RemoteStore.from_base(server)
    old, everything = _answers(reader), reader.query(EVERYTHING).rows
    fetches: list[str] = []
    spec = _spec(server, "load")
    get = served._Quiet.do_GET

    def fetched(handler: served._Quiet) -> None:
        assert not _staging(reader)
        assert reader.query(EVERYTHING).rows == everything
        assert _answers(reader) == old
        fetches.append(handler.path)
        get(handler)

    monkeypatch.setattr(commit, "BATCH_TRIPLES", 50)
    monkeypatch.setattr(commit, "CARRY_BYTES", 0)  # too big to carry: loaded
    monkeypatch.setattr(served._Quiet, "do_GET", fetched)
    _build(b, tmp_path / "out", spec, full=full)
    assert len(fetches) > 3
    assert _answers(reader) == new and not _staging(reader)


@pytest.mark.parametrize("full", [True, False], ids=["full", "incremental"])
def test_a_small_change_is_carried_in_the_swap_request(
    server: str,
    tmp_path: Path,
    two_corpora: tuple[Path, Path, dict[str, object]],
    monkeypatch: pytest.MonkeyPatch,
    full: bool,
) -> None:
    """Under ``CARRY_BYTES`` the swap request itself holds the new triples (``INSERT
    DATA``): nothing is staged on the server before it, nothing fetched."""
    a, b, new = two_corpora
    _build(a, tmp_path / "out", server)
    reader = RemoteStore.from_base(server)
    everything = reader.query(EVERYTHING).rows
    sent: list[str] = []
    update = RemoteStore.update

    def updating(self: RemoteStore, sparql: str, **kw: float | None) -> None:
        assert reader.query(EVERYTHING).rows == everything  # nothing staged before
        sent.append(sparql)
        update(self, sparql, **kw)

    monkeypatch.setattr(RemoteStore, "update", updating)
    monkeypatch.setattr(served._Quiet, "do_GET", lambda handler: pytest.fail("fetched"))
    _build(b, tmp_path / "out", server, full=full)
    assert len(sent) == 1 and "INSERT DATA {" in sent[0] and "LOAD <" not in sent[0]
    assert _answers(reader) == new and not _staging(reader)


@pytest.mark.parametrize("stage", STAGES)
def test_a_reader_polling_during_a_build_never_sees_a_mixture(
    server: str,
    tmp_path: Path,
    two_corpora: tuple[Path, Path, dict[str, object]],
    monkeypatch: pytest.MonkeyPatch,
    stage: str,
) -> None:
    a, b, new = two_corpora
    spec = _spec(server, stage)
    _build(a, tmp_path / "out", spec)
    reader = RemoteStore.from_base(server)
    old = _answers(reader)
    seen: list[dict[str, object]] = []
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            seen.append(_answers(reader))

    monkeypatch.setattr(commit, "BATCH_TRIPLES", 20)  # many batches: a long upload
    thread = threading.Thread(target=poll)
    thread.start()
    try:
        _build(b, tmp_path / "out", spec, full=False)
    finally:
        done.set()
        thread.join()
    seen.append(_answers(reader))
    assert len(seen) > 2
    # each read is one request, and each must see the old state or the new one; a poll's
    # several reads may straddle the swap, so they are checked one by one
    assert all(seen_once[k] in (old[k], new[k]) for seen_once in seen for k in old)
    assert seen[0] == old and seen[-1] == new


def test_rejected_swap_leaves_the_old_graphs_and_no_staging(
    server: str,
    tmp_path: Path,
    two_corpora: tuple[Path, Path, dict[str, object]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b, new = two_corpora
    spec = _spec(server, "post")
    _build(a, tmp_path / "out", spec)
    reader = RemoteStore.from_base(server)
    old, before = _answers(reader), reader.generation()
    update = RemoteStore.update

    def failing(self: RemoteStore, sparql: str, **kw: float | None) -> None:
        if commit.MARKER_GRAPH in sparql:
            raise StoreError("http://server/update: HTTP 500: injected")
        update(self, sparql, **kw)

    monkeypatch.setattr(RemoteStore, "update", failing)
    with pytest.raises(StoreError, match=r"injected; the server did not apply the change"):
        _build(b, tmp_path / "out", spec, full=False)
    assert _answers(reader) == old and reader.generation() == before
    assert not _staging(reader)
    monkeypatch.setattr(RemoteStore, "update", update)
    result = _build(b, tmp_path / "out", spec, full=False)
    assert result.plan.full and _answers(reader) == new


def test_killed_upload_leaves_nothing_visible_and_the_next_build_cleans_up(
    server: str,
    tmp_path: Path,
    two_corpora: tuple[Path, Path, dict[str, object]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b, new = two_corpora
    spec = _spec(server, "post")
    _build(a, tmp_path / "out", spec)
    reader = RemoteStore.from_base(server)
    old = _answers(reader)
    post = RemoteStore.post_triples
    calls: list[str] = []

    def dying(self: RemoteStore, name: str, data: bytes) -> None:
        post(self, name, data)
        calls.append(name)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the build is killed: no cleanup runs

    monkeypatch.setattr(commit, "BATCH_TRIPLES", 50)
    monkeypatch.setattr(RemoteStore, "post_triples", dying)
    with pytest.raises(KeyboardInterrupt):
        _build(b, tmp_path / "out", spec, full=False)
    assert _answers(reader) == old
    assert _staging(reader)  # disguised: no query that names a predicate sees them
    monkeypatch.setattr(RemoteStore, "post_triples", post)
    _build(b, tmp_path / "out", spec, full=False)
    assert _answers(reader) == new
    assert not _staging(reader)


def test_lost_answer_after_the_swap_is_not_a_failure(
    server: str,
    tmp_path: Path,
    two_corpora: tuple[Path, Path, dict[str, object]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b, new = two_corpora
    _build(a, tmp_path / "out", server)
    update = RemoteStore.update

    def applied_then_timeout(self: RemoteStore, sparql: str, **kw: float | None) -> None:
        update(self, sparql, **kw)
        if commit.MARKER_GRAPH in sparql:
            raise StoreError("http://server/update: no answer within 30 s; check the server")

    monkeypatch.setattr(RemoteStore, "update", applied_then_timeout)
    result = _build(b, tmp_path / "out", server)
    reader = RemoteStore.from_base(server)
    assert _answers(reader) == new
    marker = reader.generation()
    manifest = read_manifest(tmp_path / "out" / "manifest.sqlite")
    assert manifest is not None and manifest.generation == marker
    monkeypatch.setattr(RemoteStore, "update", update)
    again = _build(b, tmp_path / "out", server, full=False)
    assert again.plan.up_to_date and result.stats == again.stats


@pytest.mark.fault
@pytest.mark.parametrize("stage", STAGES)
def test_server_killed_mid_build_keeps_the_old_state(
    tmp_path: Path,
    two_corpora: tuple[Path, Path, dict[str, object]],
    monkeypatch: pytest.MonkeyPatch,
    stage: str,
) -> None:
    """``kill -9`` of the server while it stages (post) or while the swap loads (load): after
    a restart it answers the old state, and the next build recovers."""
    if OXIGRAPH is None:
        pytest.skip("no 'oxigraph' binary (pip install oxigraph) to run a SPARQL server")
    a, b, new = two_corpora
    location = tmp_path / "db"
    running = start_oxigraph(location)
    try:
        spec = _spec(running.url, stage)
        _build(a, tmp_path / "out", spec)
        old = _answers(RemoteStore.from_base(running.url))
        everything = RemoteStore.from_base(running.url).query(EVERYTHING).rows
        calls: list[int] = []

        def kill_the_server() -> None:
            calls.append(1)
            if len(calls) == 2:
                running.process.kill()
                running.process.wait()

        if stage == "post":
            post = RemoteStore.post_triples

            def posting(self: RemoteStore, name: str, data: bytes) -> None:
                post(self, name, data)
                kill_the_server()

            monkeypatch.setattr(RemoteStore, "post_triples", posting)
        else:
            get = served._Quiet.do_GET

            def fetched(handler: served._Quiet) -> None:
                kill_the_server()
                get(handler)

            monkeypatch.setattr(served._Quiet, "do_GET", fetched)
        monkeypatch.setattr(commit, "BATCH_TRIPLES", 50)
        monkeypatch.setattr(commit, "CARRY_BYTES", 0)
        with pytest.raises(StoreError):
            _build(b, tmp_path / "out", spec, full=False)
        monkeypatch.undo()
    finally:
        running.stop()
    running = start_oxigraph(location, port=int(running.url.rsplit(":", 1)[1]))
    try:
        reader = RemoteStore.from_base(running.url)
        assert _answers(reader) == old
        if stage == "load":  # nothing staged ever reached the dataset
            assert not _staging(reader) and reader.query(EVERYTHING).rows == everything
        _build(b, tmp_path / "out", spec, full=False)
        assert _answers(reader) == new and not _staging(reader)
    finally:
        running.stop()


@pytest.mark.fault
def test_build_killed_while_the_server_loads_leaves_old_or_new_never_a_mixture(
    server: str, tmp_path: Path, two_corpora: tuple[Path, Path, dict[str, object]]
) -> None:
    """SIGKILL of the build process once the server starts fetching the staged batches
    (``stage=load``): the server answers the old state or the new one whole, holds no
    staging graph, the batch files are under the build folder (not in the system's
    temporary folder), and the next build removes them and answers the new state."""
    a, b, new = two_corpora
    out = tmp_path / "out"
    _build(a, out, server)
    reader = RemoteStore.from_base(server)
    old = _answers(reader)
    system_tmp = tmp_path / "tmp"
    system_tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(system_tmp), "PYTHONPATH": os.pathsep.join(sys.path)}
    env["SECGRAPH_FAULT"] = "batched:kill"  # every batch written, the swap not sent
    args = ["build", str(b), "--build", str(out), "--ontology", str(ONTOLOGY)]
    batches = out / served.STAGE_FOLDER
    killed = subprocess.run(
        [sys.executable, "-m", "secgraph", *args, "--store", server],
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert killed.returncode == -9, killed.stderr.decode()
    assert list(batches.glob("secgraph-stage-*/*.nt")), "a killed build leaves its batches"
    assert not list(system_tmp.glob("secgraph-stage-*"))
    assert _answers(reader) in (old, new)
    assert not _staging(reader)
    _build(b, out, server, full=False)
    assert _answers(reader) == new and not _staging(reader)
    assert not batches.exists()


def test_graph_listings_page_by_key(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages follow the last name seen, not an OFFSET (Virtuoso refuses a sorted OFFSET past
    MaxSortedTopRows): with two names a page, five graphs come back whole and sorted."""
    from secgraph.store import _remote

    store = RemoteStore.from_base(server)
    names = [f"urn:x-test:listing/{n}" for n in (3, 1, 5, 2, 4)]
    store.update(
        " ;\n".join(f"INSERT DATA {{ GRAPH <{g}> {{ <urn:s> <urn:p> 1 }} }}" for g in names)
    )
    try:
        monkeypatch.setattr(_remote, "_PAGE_ROWS", 2)
        assert [str(g) for g in store.graphs_after("", prefix="urn:x-test:listing/")] == sorted(
            names
        )
        assert set(sorted(names)) <= {str(g) for g in store.all_graph_names()}
    finally:
        store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in names))


# ---------------------------------------------------------------------------------------------
# Parameters written in as constants (what every engine accepts)
# ---------------------------------------------------------------------------------------------

PAK = "<https://w3id.org/secgraph/id/country/PAK>"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELECT ?x WHERE { ?x ?p ?c }", f"SELECT ?x WHERE {{ ?x ?p {PAK} }}"),
        ("SELECT ?c ?x WHERE { ?x ?p ?c }", f"SELECT ({PAK} AS ?c) ?x WHERE {{ ?x ?p {PAK} }}"),
        (
            "SELECT ?x WHERE { BIND(?c AS ?given) FILTER(BOUND(?c) || BOUND(?given)) }",
            f"SELECT ?x WHERE {{ BIND({PAK} AS ?given) FILTER(true || BOUND(?given)) }}",
        ),
        (  # a sub-select that projects it among others drops it (uses outside are the term);
            # one that does not project it has its own ?c
            "SELECT ?x WHERE { { SELECT ?c ?x WHERE { ?x ?p ?c } } "
            "{ SELECT ?y WHERE { ?y ?q ?c } } }",
            f"SELECT ?x WHERE {{ {{ SELECT  ?x WHERE {{ ?x ?p {PAK} }} }} "
            "{ SELECT ?y WHERE { ?y ?q ?c } } }",
        ),
        (  # nested sub-selects never bring ?c into scope where the outer select names it
            "SELECT ?c ?n WHERE { { SELECT ?c (COUNT(?x) AS ?n) WHERE { "
            "{ SELECT DISTINCT ?c ?x WHERE { ?x ?p ?c } } } GROUP BY ?c } }",
            f"SELECT ({PAK} AS ?c) ?n WHERE {{ {{ SELECT  (COUNT(?x) AS ?n) WHERE {{ "
            f"{{ SELECT DISTINCT  ?x WHERE {{ ?x ?p {PAK} }} }} }} GROUP BY ({PAK}) }} }}",
        ),
        (  # a sub-select that projects only it keeps it, named
            "SELECT ?x WHERE { { SELECT ?c WHERE { ?x ?p ?c } } }",
            f"SELECT ?x WHERE {{ {{ SELECT ({PAK} AS ?c) WHERE {{ ?x ?p {PAK} }} }} }}",
        ),
        (
            "SELECT ?x WHERE { ?x ?p ?c } GROUP BY ?c ?x ORDER BY ?c DESC(?c)",
            f"SELECT ?x WHERE {{ ?x ?p {PAK} }} GROUP BY ({PAK}) ?x ORDER BY ({PAK}) DESC({PAK})",
        ),
        (  # strings, IRIs and comments are not variables; VALUES and AS targets stay
            'SELECT ?x WHERE { ?x ?p "?c" . # ?c\n VALUES ?c { 1 } BIND(1 AS ?c) }',
            'SELECT ?x WHERE { ?x ?p "?c" . # ?c\n VALUES ?c { 1 } BIND(1 AS ?c) }',
        ),
    ],
)
def test_parameters_become_constants(query: str, expected: str) -> None:
    from rdflib import URIRef

    from secgraph.store._bind import with_constants

    term = URIRef("https://w3id.org/secgraph/id/country/PAK")
    assert with_constants(query, {"c": term}) == expected


@pytest.mark.parametrize(
    ("text", "timeout", "stage"),
    [
        ("http://127.0.0.1:7878", 30.0, "auto"),
        ("http://127.0.0.1:7878,timeout=120", 120.0, "auto"),
        ("http://127.0.0.1:7878,stage=post", 30.0, "post"),
        ("https://h.example/sparql-server,timeout=2.5,stage=load", 2.5, "load"),
        ("query=http://h/q,update=http://h/u,timeout=9", 9.0, "auto"),
        ("query=http://h/q,update=http://h/u,stage=auto", 30.0, "auto"),
    ],
)
def test_every_server_spec_takes_timeout_and_stage(
    text: str, timeout: float, stage: str, tmp_path: Path
) -> None:
    store = sg.open_store(text, build_dir=tmp_path)
    assert isinstance(store, RemoteStore)
    assert (store.timeout, store.stage) == (timeout, stage)
    assert store.stage_dir == tmp_path / served.STAGE_FOLDER
    if text.startswith("http://127.0.0.1:7878"):
        assert store.query_url == "http://127.0.0.1:7878/query"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("http://h:1,bogus=1", "unknown key 'bogus' in --store; use timeout=, stage="),
        ("http://h:1,query=http://x", "unknown key 'query' in --store; use timeout=, stage="),
        ("http://h:1,timeout=0", "--store timeout='0' must be a positive number of seconds"),
        ("http://h:1,timeout=soon", "--store timeout='soon' is not a number of seconds"),
        ("http://h:1,stage=push", "--store stage='push': use stage=auto, stage=load or stage=post"),
    ],
)
def test_bad_server_spec_options_are_one_line(text: str, message: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["query", "run", "-e", "ASK {}", "--build", str(tmp_path), "--store", text]
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("secgraph: Invalid value for '--store': ")
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_a_build_into_the_bare_url_with_options(server: str, tmp_path: Path) -> None:
    spec = f"{server},timeout=60,stage=post"
    result = CliRunner().invoke(
        cli,
        ["build", str(DATA), "--out", str(tmp_path), "--ontology", str(ONTOLOGY), "--store", spec],
    )
    assert result.exit_code == 0, result.output
    remote = sg.open_store(spec, build_dir=tmp_path)
    assert [str(r[0]) for r in remote.query(QUERY).rows] == [
        f"https://w3id.org/secgraph/id/article/{SEED_ID}"
    ]
    again = CliRunner().invoke(
        cli,
        ["build", str(DATA), "--out", str(tmp_path), "--ontology", str(ONTOLOGY), "--store", spec],
    )
    assert "(up to date: store not touched)" in again.stdout
