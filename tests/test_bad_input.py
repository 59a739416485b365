"""Hostile input: one small file (or argument) per kind, each a one-line message and exit 2.

Every case checks the whole of stderr (one line, no traceback), that stdout is empty and that
nothing was written: a build leaves no build folder, a query leaves the build it read as it
was. The files are in ``tests/data/bad/``; a few kinds cannot be files in git (a symbolic
link loop, an unreadable file, a file over the size limit) and are made by the test.
"""

from __future__ import annotations

import errno
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import pytest
from click.testing import CliRunner, Result
from conftest import DATA, ONTOLOGY
from test_cli import _snapshot
from test_facts import BAD

from secgraph.cli import cli

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

#: (file in tests/data/bad, line, message): the file is an article of a fresh data folder.
ARTICLE_CASES = [
    ("not-utf8.yaml", 2, "not UTF-8 text (byte 0xE9); save the file as UTF-8"),
    (
        "raw-nul.yaml",
        4,
        "control character U+0000 in the text; remove it (it is invisible and breaks exports)",
    ),
    (
        "escaped-control.yaml",
        2,
        "control character U+001B in the text; remove it (it is invisible and breaks exports)",
    ),
    (
        "alias-bomb.yaml",
        3,
        "aliases ('*name') expand to too many values; write the values out, or raise "
        "SECGRAPH_MAX_YAML_VALUES",
    ),
    (
        "deep-nesting.yaml",
        3,
        "lists and mappings nested more than 64 levels deep; flatten them, or raise "
        "SECGRAPH_MAX_YAML_DEPTH",
    ),
    (
        "week-date.yaml",
        5,
        "'date' is not a date: '2024-W05-3'; write YYYY-MM-DD, or leave it out when the "
        "article does not say",
    ),
    ("empty-evidence.yaml", 6, "'evidence' has an empty item; remove it or fill it in"),
    (
        "text-outside.yaml",
        3,
        "article text '/etc/passwd' is not a file name; put the text beside the fact file",
    ),
    ("empty-file.yaml", 1, "the fact file is empty; start it with 'article:' and a 'title:'"),
]

#: (file, the reference file it replaces, line, message).
REFERENCE_CASES = [
    (
        "countries-not-utf8.csv",
        "countries.csv",
        4,
        "not UTF-8 text (byte 0xF4); save the file as UTF-8",
    ),
    (
        "countries-unclosed-quote.csv",
        "countries.csv",
        3,
        'malformed CSV: a quote is not closed; quote whole cells ("a, b") and close them',
    ),
    (
        "countries-duplicate-iso3.csv",
        "countries.csv",
        4,
        "country PAK is listed twice (also on line 2); keep one row",
    ),
    (
        "countries-bad-wikidata.csv",
        "countries.csv",
        2,
        "bad Wikidata id 'Q 843'; write Q and digits (Q843), or leave it empty",
    ),
    (
        "officials-not-utf8.yaml",
        "officials.yaml",
        4,
        "not UTF-8 text (byte 0xE9); save the file as UTF-8",
    ),
]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _one_line(result: Result, expected: str, *, code: int = 2) -> None:
    """Exit ``code``, nothing on stdout, and exactly ``secgraph: expected`` on stderr."""
    assert result.exit_code == code, result.output
    assert isinstance(result.exception, SystemExit), result.exception  # no traceback
    assert result.stdout == ""
    assert result.stderr == f"secgraph: {expected}\n"


def _build_and_validate(runner: CliRunner, root: Path, out: Path, expected: str) -> None:
    for command in ("build", "validate"):
        args = [command, str(root), "--ontology", str(ONTOLOGY)]
        if command == "build":
            args += ["--out", str(out)]
        _one_line(runner.invoke(cli, args), expected)
        assert not out.exists()


@pytest.mark.parametrize(("name", "line", "message"), ARTICLE_CASES)
def test_bad_article_file(
    runner: CliRunner,
    make_data_dir: Callable[..., Path],
    tmp_path: Path,
    name: str,
    line: int,
    message: str,
) -> None:
    root = make_data_dir(BAD / name)
    placed = root / "articles" / name
    _build_and_validate(runner, root, tmp_path / "out", f"{placed}:{line}: {message}")


@pytest.mark.parametrize(("name", "target", "line", "message"), REFERENCE_CASES)
def test_bad_reference_file(
    runner: CliRunner,
    make_data_dir: Callable[..., Path],
    tmp_path: Path,
    name: str,
    target: str,
    line: int,
    message: str,
) -> None:
    root = make_data_dir(with_seed=True)
    placed = root / "reference" / target
    shutil.copyfile(BAD / name, placed)
    _build_and_validate(runner, root, tmp_path / "out", f"{placed}:{line}: {message}")


def test_article_text_that_is_not_utf8(
    runner: CliRunner, make_data_dir: Callable[..., Path], tmp_path: Path
) -> None:
    root = make_data_dir(BAD / "text-not-utf8.yaml", BAD / "text-not-utf8.txt")
    text = root / "articles" / "text-not-utf8.txt"
    expected = f"{text}:1: not UTF-8 text (byte 0xE9); save the file as UTF-8"
    _build_and_validate(runner, root, tmp_path / "out", expected)


def test_symlink_loop(
    runner: CliRunner, make_data_dir: Callable[..., Path], tmp_path: Path
) -> None:
    root = make_data_dir(with_seed=True)
    loop = root / "articles" / "loop.yaml"
    loop.symlink_to("loop.yaml")
    expected = (
        f"{loop}: cannot read the fact file: a symbolic link loop; point the link at a real "
        "file or remove it"
    )
    _build_and_validate(runner, root, tmp_path / "out", expected)


def test_article_text_linked_out_of_the_data_folder(
    runner: CliRunner, make_data_dir: Callable[..., Path], tmp_path: Path
) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("The ministers met.\n", encoding="utf-8")
    root = make_data_dir(linked="article:\n  title: A linked text\n  text: linked.txt\n")
    (root / "articles" / "linked.txt").symlink_to(outside)
    expected = (
        f"{root / 'articles' / 'linked.yaml'}:3: article text 'linked.txt' leads outside the "
        f"data folder (to {outside.resolve()}); copy the text into the data folder"
    )
    _build_and_validate(runner, root, tmp_path / "out", expected)


def test_fact_file_over_the_size_limit(
    runner: CliRunner,
    make_data_dir: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SECGRAPH_MAX_FILE_MB", "1")
    padding = "# " + "x" * 98 + "\n"
    root = make_data_dir(big="article:\n  title: Big\n" + padding * 11_000)
    expected = (
        f"{root / 'articles' / 'big.yaml'}: fact file is 1.1 MB, over the limit of 1 MB; split "
        "it, or raise SECGRAPH_MAX_FILE_MB"
    )
    _build_and_validate(runner, root, tmp_path / "out", expected)


def test_unreadable_fact_file(
    runner: CliRunner,
    make_data_dir: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = make_data_dir(with_seed=True)
    path = root / "articles" / "locked.yaml"
    path.write_text("article:\n  title: Locked\n", encoding="utf-8")
    if AS_ROOT:  # root reads whatever the mode: the system's refusal is simulated instead
        import secgraph.facts._limits as limits

        real_open = open

        def refusing_open(file: object, *args: object, **kwargs: object) -> object:
            if str(file) == str(path):
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(limits, "open", refusing_open, raising=False)
    else:
        path.chmod(0)
    expected = f"{path}: cannot read the fact file: permission denied; check its permissions"
    _build_and_validate(runner, root, tmp_path / "out", expected)


@pytest.mark.skipif(AS_ROOT, reason="root can list a folder whatever its mode")
def test_unreadable_articles_folder(
    runner: CliRunner, make_data_dir: Callable[..., Path], tmp_path: Path
) -> None:
    root = make_data_dir(with_seed=True)
    folder = root / "articles"
    folder.chmod(0)
    try:
        result = runner.invoke(
            cli, ["build", str(root), "--ontology", str(ONTOLOGY), "--out", str(tmp_path / "o")]
        )
    finally:
        folder.chmod(0o755)
    _one_line(
        result,
        f"{folder}: cannot read the articles folder: permission denied; check its permissions",
    )


# ---------------------------------------------------------------------------------------------
# Queries: bad text and bad parameters, against one build that must stay as it was
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bad-input") / "build"
    args = ["build", str(DATA), "--out", str(out), "--ontology", str(ONTOLOGY)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return out


QUERIES = str(Path(__file__).resolve().parents[1] / "queries")

QUERY_CASES = [
    (
        ["strongest-partnerships", "-p", "min_meetings=" + "9" * 5000],
        "queries/strongest-partnerships.rq: parameter 'min_meetings' has 5000 digits; give at "
        "most 18",
    ),
    (
        ["partners", "-p", "country=PA\udcff"],
        "queries/partners.rq: parameter 'country' is not UTF-8 (byte 0xFF); give it as UTF-8 text",
    ),
    (
        ["-e", 'SELECT * WHERE { ?s ?p "\udce9" }'],
        "<inline>:1: the query is not UTF-8 (byte 0xE9); write it as UTF-8 text",
    ),
    (
        ["partners", "-p", "country=PAK", "-p", "country=USA"],
        "--param country is given twice; give each parameter once",
    ),
    (
        ["-e", "DELETE WHERE { ?s ?p ?o }"],
        "<inline>: this is an update (DELETE); queries are read-only: the graph changes only "
        "through 'secgraph build'",
    ),
    (
        ["-e", "PREFIX x: <http://x/>\nINSERT DATA { x:a x:b x:c }"],
        "<inline>: this is an update (INSERT); queries are read-only: the graph changes only "
        "through 'secgraph build'",
    ),
    (
        ["-e", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"],
        "<inline>: the query calls SERVICE, which sends requests to another server; allow it "
        "explicitly (secgraph query run --allow-service) if you mean to",
    ),
    (
        [str(BAD / "update.rq")],
        f"{BAD / 'update.rq'}: this is an update (DELETE); queries are read-only: the graph "
        "changes only through 'secgraph build'",
    ),
    (
        [str(BAD / "service.rq")],
        f"{BAD / 'service.rq'}: the query calls SERVICE, which sends requests to another server; "
        "allow it explicitly (secgraph query run --allow-service) if you mean to",
    ),
    (
        ["pair-timeline", "-p", "country=PAK", "-p", "other=USA\nx"],
        "queries/pair-timeline.rq: unknown country 'USA\\nx'; use an ISO 3166 code such as PAK, "
        "or a name (see 'secgraph list countries')",
    ),
]


@pytest.mark.parametrize(("args", "message"), QUERY_CASES)
def test_bad_query_or_parameter(
    runner: CliRunner, built: Path, args: list[str], message: str
) -> None:
    before = _snapshot(built)
    result = runner.invoke(
        cli, ["query", "run", *args, "--build", str(built), "--queries", QUERIES]
    )
    _one_line(
        result,
        message.replace("queries/", QUERIES + "/", 1)
        if message.startswith("queries/")
        else message,
    )
    assert _snapshot(built) == before


def test_service_runs_only_when_allowed(runner: CliRunner, built: Path) -> None:
    # allowed, the query goes out (here to a closed port, which is a failure of its own)
    query = "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    result = runner.invoke(
        cli, ["query", "run", "-e", query, "--allow-service", "--build", str(built)]
    )
    assert "allow it explicitly" not in result.stderr


# ---------------------------------------------------------------------------------------------
# A server that answers garbage as SPARQL results JSON: every command that reads says so
# ---------------------------------------------------------------------------------------------


class _Liar(http.server.BaseHTTPRequestHandler):
    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = b'{"head": {"vars": ["s"]}, "results": {"bindings": [ {"s": '
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture(scope="module")
def liar() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Liar)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    "command",
    [
        ["query", "run", "partners", "-p", "country=PAK", "--queries", QUERIES],
        ["query", "run", "-e", "SELECT * WHERE { ?s ?p ?o }"],
        ["analyze", "centrality"],
        ["analyze", "partners", "PAK"],
        ["export", "--format", "ntriples"],
        ["export", "--format", "graphml", "--projection", "countries"],
        ["report", "-o", "{tmp}/report.html", "--queries", QUERIES],
        ["viz", "countries", "-o", "{tmp}/countries.html"],
        ["build", str(DATA), "--ontology", str(ONTOLOGY), "--out", "{tmp}/b"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_invalid_json_from_the_server(
    runner: CliRunner, liar: str, tmp_path: Path, command: list[str]
) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    result = runner.invoke(cli, [*args, "--store", liar])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.stderr.startswith(
        f"secgraph: {liar}/query: the server's answer is not valid application/sparql-results+json ("
    )
    assert result.stderr.endswith("); check the server or --store\n")
    assert result.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------------------------
# A full disk: one line, exit 2, and no file half-written
# ---------------------------------------------------------------------------------------------


def _fill_disk_after(monkeypatch: pytest.MonkeyPatch, limit: int = 100) -> None:
    """Make every file secgraph writes atomically fail with ENOSPC after ``limit`` bytes."""
    import builtins

    import secgraph.atomic as atomic

    class Full:
        def __init__(self, handle: IO[bytes]) -> None:
            self.handle = handle
            self.written = 0

        def write(self, data: bytes) -> int:
            self.written += len(data)
            if self.written > limit:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.handle.write(data)

        def __getattr__(self, name: str) -> object:
            return getattr(self.handle, name)

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

    def full_open(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        handle = builtins.open(file, mode, *args, **kwargs)  # type: ignore[call-overload]  # noqa: SIM115
        return Full(handle) if "w" in mode else handle

    monkeypatch.setattr(atomic, "open", full_open, raising=False)


FULL = "cannot write: No space left on device"


@pytest.mark.parametrize(
    ("command", "target", "message"),
    [
        (["export", "--format", "turtle"], "out.ttl", FULL),
        (["export", "--format", "ntriples"], "out.nt", FULL),
        (["export", "--format", "graphml", "--projection", "countries"], "out.graphml", FULL),
        (["report", "--queries", QUERIES], "report.html", FULL),
        (["viz", "countries"], "countries.html", "cannot write: No space left on device"),
    ],
)
def test_full_disk_while_writing_output(
    runner: CliRunner,
    built: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
    target: str,
    message: str,
) -> None:
    output = tmp_path / target
    output.write_bytes(b"previous")  # a full disk leaves the previous file as it was
    _fill_disk_after(monkeypatch)
    result = runner.invoke(cli, [*command, "-o", str(output), "--build", str(built)])
    _one_line(result, f"{output}: {message}")
    assert sorted(p.name for p in tmp_path.iterdir()) == [target]  # no temporary file left
    assert output.read_bytes() == b"previous"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize(
    "command",
    [
        ["export", "--format", "turtle"],
        ["export", "--format", "nquads"],
        ["query", "run", "-e", "SELECT * WHERE { ?s ?p ?o }"],
        ["analyze", "centrality"],
    ],
    ids=lambda c: " ".join(c[:3]),
)
def test_stdout_on_a_full_disk(built: Path, command: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "secgraph", *command, "--build", str(built)],
            stdout=full,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
            check=False,
            timeout=120,
        )
    assert done.returncode == 2
    assert done.stderr.decode() == (
        "secgraph: <stdout>: no space left on the device: free some space and run it again\n"
    )


@pytest.mark.parametrize("command", ["build", "validate"])
def test_bad_fact_file_read_by_a_worker_process(
    runner: CliRunner,
    make_data_dir: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    # from 2,000 files on, workers read them; the error came back as BrokenProcessPool
    import secgraph.pipeline._read as read_stage

    monkeypatch.setattr(read_stage, "PARALLEL_MIN", 1)
    monkeypatch.setattr(read_stage, "CHUNK_SOURCES", 1)
    root = make_data_dir(BAD / "bad-date.yaml", with_seed=True)
    out = tmp_path / "out"
    args = [command, str(root), "--ontology", str(ONTOLOGY)]
    if command == "build":
        args += ["--out", str(out), "--full"]
    expected = (
        f"{root / 'articles' / 'bad-date.yaml'}:5: 'date' is not a date: '2024-13-45'; write "
        "YYYY-MM-DD, or leave it out when the article does not say"
    )
    _one_line(runner.invoke(cli, args), expected)
    assert not out.exists()
