"""``stage=auto`` (the default) against a real Oxigraph server: a change that fits what one
request takes is carried in the swap request, a larger one is uploaded first, and the build
says which, and why, in one line. The limits are made small here (``PROFILES``) so that the
test corpus crosses them."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ONTOLOGY, TESTS

import secgraph as sg
from secgraph.cli import cli
from secgraph.store import TMP_GRAPH_PREFIX, RemoteStore
from secgraph.store import _commit as commit
from secgraph.store import _served as served
from secgraph.store import _staging as staging

CORPUS = TESTS / "data" / "corpus"
READS = {
    "articles": "SELECT ?a WHERE { ?a a sg:Article } ORDER BY ?a",
    "meetings": "SELECT (COUNT(*) AS ?n) WHERE { ?m a sg:Meeting }",
    "events": "SELECT (COUNT(*) AS ?n) WHERE { ?e a sg:CodedEvent }",
}


@pytest.fixture(scope="module")
def server(oxigraph_server: str) -> str:
    """The module's Oxigraph server (``oxigraph_server`` in conftest)."""
    return oxigraph_server


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, object]]:
    """tests/data/corpus less one article (A); with one article changed and the event file
    one event shorter (B); B's answers from an embedded build."""
    root = tmp_path_factory.mktemp("corpora")
    a, b = root / "a", root / "b"
    shutil.copytree(CORPUS, a)
    for path in (a / "articles").glob("fx-pk-us-ct-dialogue-2021.*"):
        path.unlink()
    shutil.copytree(a, b)
    changed = b / "articles" / "fx-pk-cn-ct-2022.yaml"
    changed.write_text(changed.read_text("utf-8").replace("title:", "title: New", 1), "utf-8")
    for events in (b / "events").iterdir():
        lines = events.read_bytes().splitlines(keepends=True)
        events.write_bytes(b"".join(lines[:-1]))
    sg.build_store(b, ontology_dir=ONTOLOGY, build_dir=root / "expected")
    embedded = sg.open_store("oxigraph", build_dir=root / "expected", read_only=True)
    try:
        return a, b, _answers(embedded)
    finally:
        embedded.close()


def _answers(store: sg.Store) -> dict[str, object]:
    answers: dict[str, object] = {k: store.query(q).rows for k, q in READS.items()}
    answers["graphs"] = store.graph_names()
    return answers


def _staged(reader: RemoteStore) -> list[str]:
    return [str(g) for g in reader.all_graph_names() if str(g).startswith(TMP_GRAPH_PREFIX)]


def _build(data: Path, out: Path, spec: str, *, full: bool = False) -> sg.BuildResult:
    return sg.build_store(data, ontology_dir=ONTOLOGY, build_dir=out, store=spec, full=full)


@pytest.fixture
def uploads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The staging graphs posted to during the test (no batch is ever fetched by LOAD)."""
    posted: list[str] = []
    post = RemoteStore.post_triples

    def posting(self: RemoteStore, name: str, data: bytes) -> None:
        posted.append(name)
        post(self, name, data)

    monkeypatch.setattr(RemoteStore, "post_triples", posting)
    monkeypatch.setattr(served._Quiet, "do_GET", lambda handler: pytest.fail("fetched"))
    return posted


@pytest.mark.parametrize("full", [True, False], ids=["full", "incremental"])
def test_auto_carries_a_change_that_fits(
    server: str,
    tmp_path: Path,
    corpora: tuple[Path, Path, dict[str, object]],
    uploads: list[str],
    full: bool,
) -> None:
    """Under Oxigraph's limit the change goes in the swap request: nothing uploaded,
    nothing fetched, and the build says so."""
    a, b, new = corpora
    first = _build(a, tmp_path / "out", server, full=True)
    assert len(first.notes) == 1 and first.notes[0].startswith("staging: load (a change of ")
    result = _build(b, tmp_path / "out", server, full=full)
    assert not uploads
    (note,) = result.notes
    assert note.endswith(
        "carried in the swap request, within the 90 MB it takes on Oxigraph; set "
        "stage=post to upload first)"
    )
    reader = RemoteStore.from_base(server)
    assert _answers(reader) == new and not _staged(reader)


@pytest.mark.parametrize("full", [True, False], ids=["full", "incremental"])
def test_auto_posts_a_change_over_the_limit(
    server: str,
    tmp_path: Path,
    corpora: tuple[Path, Path, dict[str, object]],
    uploads: list[str],
    monkeypatch: pytest.MonkeyPatch,
    full: bool,
) -> None:
    a, b, new = corpora
    _build(a, tmp_path / "out", server, full=True)
    monkeypatch.setitem(staging.PROFILES, "oxigraph", staging.CarryLimits("Oxigraph", 1_000))
    monkeypatch.setattr(commit, "BATCH_TRIPLES", 50)
    written: list[str] = []
    add = served._Served.add

    def adding(self: served._Served, chunk: bytes, target: str = "") -> str:
        written.append(target)
        return add(self, chunk, target)

    monkeypatch.setattr(served._Served, "add", adding)
    result = _build(b, tmp_path / "out", server, full=full)
    # past the limit the batches go up as they come: the first data batch (and an index
    # batch before it) written to disk, not all of them
    assert written[-1].endswith("/data") and len(written) <= 2 and len(uploads) > 3
    (note,) = result.notes
    assert note.startswith("staging: post (a change of ")
    assert note.endswith(
        "is over the 1 kB one carried swap takes on Oxigraph; set stage=load to force)"
    )
    assert uploads and all(g.startswith(TMP_GRAPH_PREFIX) for g in uploads)
    reader = RemoteStore.from_base(server)
    assert _answers(reader) == new and not _staged(reader)


def test_auto_posts_when_the_change_deletes_more_graphs_than_one_request_may(
    server: str,
    tmp_path: Path,
    corpora: tuple[Path, Path, dict[str, object]],
    uploads: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b, new = corpora
    _build(a, tmp_path / "out", server, full=True)
    small = staging.CarryLimits("Oxigraph", 10**9, drops=2)
    monkeypatch.setitem(staging.PROFILES, "oxigraph", small)
    (note,) = _build(b, tmp_path / "out", server).notes
    assert note.startswith("staging: post (the change deletes ")
    assert note.endswith(
        "graphs, over the 2 one carried swap may on Oxigraph; set stage=load to force)"
    )
    assert uploads
    assert _answers(RemoteStore.from_base(server)) == new


def test_auto_posts_to_a_server_whose_limits_were_not_measured(
    server: str,
    tmp_path: Path,
    corpora: tuple[Path, Path, dict[str, object]],
    uploads: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An engine not measured (Fuseki, GraphDB, ...): the one-operation swap after uploads."""
    a, _b, _new = corpora
    monkeypatch.delitem(staging.PROFILES, "oxigraph")
    (note,) = _build(a, tmp_path / "out", server, full=True).notes
    assert note == (
        "staging: post (a server 'Oxigraph' is not one whose carried swap was measured "
        "(Oxigraph, Virtuoso); set stage=load to force)"
    )
    assert uploads


@pytest.mark.parametrize(
    ("stage", "note"),
    [
        ("load", "staging: load (stage=load in --store; carried in the swap request)"),
        ("post", "staging: post (stage=post in --store)"),
    ],
)
def test_an_explicit_stage_is_honoured_whatever_the_limits(
    server: str,
    tmp_path: Path,
    corpora: tuple[Path, Path, dict[str, object]],
    uploads: list[str],
    monkeypatch: pytest.MonkeyPatch,
    stage: str,
    note: str,
) -> None:
    """``stage=load`` carries a change auto would post; ``stage=post`` posts one auto would
    carry."""
    a, b, new = corpora
    _build(a, tmp_path / "out", server, full=True)
    if stage == "load":
        monkeypatch.setitem(staging.PROFILES, "oxigraph", staging.CarryLimits("Oxigraph", 1))
    result = _build(b, tmp_path / "out", f"{server},stage={stage}")
    assert result.notes == (note,)
    assert bool(uploads) == (stage == "post")
    assert _answers(RemoteStore.from_base(server)) == new


def test_the_build_prints_its_choice_in_one_line(
    server: str,
    tmp_path: Path,
    corpora: tuple[Path, Path, dict[str, object]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, _b, _new = corpora
    monkeypatch.setitem(staging.PROFILES, "oxigraph", staging.CarryLimits("Oxigraph", 1_000))
    args = ["build", str(a), "--build", str(tmp_path / "out"), "--ontology", str(ONTOLOGY)]
    result = CliRunner().invoke(cli, [*args, "--store", server, "--full"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("staging:")]
    assert len(lines) == 1 and lines[0].startswith("staging: post (a change of ")
    again = CliRunner().invoke(cli, [*args, "--store", server])
    assert again.exit_code == 0 and "staging:" not in again.stderr  # up to date: no swap


def test_a_reader_polling_during_an_auto_upload_never_sees_a_mixture(
    server: str,
    tmp_path: Path,
    corpora: tuple[Path, Path, dict[str, object]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past the limit ``auto`` uploads the batches it wrote, then swaps with one operation:
    the queries that name predicates see the old state or the new, never a mixture."""
    a, b, new = corpora
    _build(a, tmp_path / "out", server, full=True)
    reader = RemoteStore.from_base(server)
    old = _answers(reader)
    seen: list[dict[str, object]] = []
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            seen.append(_answers(reader))

    monkeypatch.setitem(staging.PROFILES, "oxigraph", staging.CarryLimits("Oxigraph", 1_000))
    monkeypatch.setattr(commit, "BATCH_TRIPLES", 20)  # many batches: a long upload
    thread = threading.Thread(target=poll)
    thread.start()
    try:
        result = _build(b, tmp_path / "out", server)
    finally:
        done.set()
        thread.join()
    assert result.notes[0].startswith("staging: post (")
    seen.append(_answers(reader))
    assert len(seen) > 2
    assert all(once[k] in (old[k], new[k]) for once in seen for k in old)
    assert seen[0] == old and seen[-1] == new and not _staged(reader)
