"""Hostile input across the command line, each kind once: one line, exit 2, nothing changed.

Each case found a broken promise when it was first tried (a traceback, a crash, a file
replaced, a file skipped in silence, a folder left behind); the cases run in a copy of one
built project of one's own (``secgraph init``, the seed article, ``secgraph build``) and check
the whole of stderr is one ``secgraph: ...`` line, stdout is empty, and neither the build
folder nor the project's files changed.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conftest import DATA, SEED_ID, seed_project
from test_cli import _snapshot

from secgraph.cli import cli

EVENTS = Path(__file__).parent / "data" / "events"
GDELT = EVENTS / "gdelt2-20150218-sample.export.tsv"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project of one's own with the seed article, built once for the module."""
    return seed_project(tmp_path_factory.mktemp("hostile") / "proj")


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Path:
    """A copy of the built project this test may spoil."""
    root = tmp_path / "proj"
    shutil.copytree(built, root, symlinks=True)
    return root


def _files(root: Path) -> dict[str, bytes]:
    """The project's own files (not the build folder), links as their targets."""
    out: dict[str, bytes] = {}
    for p in sorted(root.rglob("*")):
        rel = str(p.relative_to(root))
        if rel == "build" or rel.startswith("build/"):
            continue
        if p.is_symlink():
            out[rel] = b"-> " + str(os.readlink(p)).encode()
        elif p.is_file():
            out[rel] = p.read_bytes()
        elif p.is_dir():
            out[rel] = b"<dir>"
    return out


def _refused(result: Result, expected: str) -> None:
    """Exit 2, no traceback, nothing on stdout, one line on stderr holding ``expected``."""
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("secgraph: ")
    assert expected in lines[0], lines[0]


def _link(target: str, name: str) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        (root / name).symlink_to(target)

    return setup


def _mkdir(name: str) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        (root / name).mkdir()

    return setup


def _mkdir_all(name: str) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        (root / name).mkdir(parents=True)

    return setup


def _copy_seed_as(name: str) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        shutil.copy(DATA / "articles" / f"{SEED_ID}.yaml", root / name)

    return setup


def _nothing(root: Path) -> None:
    pass


def _fifo(name: str) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        os.mkfifo(root / name)

    return setup


def _ontology_without_shapes(root: Path) -> None:
    """A copy of the shipped ontology whose shapes.ttl holds prefixes and no shape."""
    from secgraph.resources import shipped_dir

    shutil.copytree(shipped_dir("ontology"), root / "onto")
    (root / "onto" / "shapes.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n", encoding="utf-8"
    )


def _two_exports(root: Path) -> None:
    """Two event files of one name: both would land in DATA/events/x.tsv, one lost."""
    for folder in ("a", "b"):
        (root / folder).mkdir()
        shutil.copy(GDELT, root / folder / "x.tsv")


def _damage_store(root: Path) -> None:
    for sst in (root / "build" / "store").glob("*.sst"):
        sst.write_bytes(b"not a table")


#: (case, setup of the project, arguments, what the one line says): each was skipped in
#: silence, a traceback, or worse before.
CASES: list[tuple[str, Callable[[Path], None], list[str], str]] = [
    (
        "dangling-link",
        _link("nowhere.yaml", "data/articles/dangling.yaml"),
        ["build"],
        "dangling.yaml: a link to nothing; point it at a fact file or remove it",
    ),
    (
        "link-to-a-device",
        _link("/dev/null", "data/articles/null.yaml"),
        ["build"],
        "null.yaml: not a regular file; replace it with a fact file",
    ),
    (
        "link-out-of-the-data-folder",
        _link("../../secgraph.toml", "data/articles/out.yaml"),
        ["validate"],
        "out.yaml: a link out of the data folder (to ",
    ),
    (
        "folder-named-yaml",
        _mkdir("data/articles/folder.yaml"),
        ["build"],
        "folder.yaml: a folder, not a fact file; rename or move it",
    ),
    (
        "yml-suffix",
        _copy_seed_as("data/articles/other.yml"),
        ["validate"],
        "other.yml: fact files end in '.yaml'; rename it to 'other.yaml'",
    ),
    (
        "upper-case-suffix",
        _copy_seed_as("data/articles/other.YAML"),
        ["build"],
        "other.YAML: fact files end in '.yaml'; rename it to 'other.yaml'",
    ),
    (
        "reference-file-a-folder",
        _mkdir("data/reference/officials.yaml"),
        ["build"],
        "officials.yaml: a folder, not a reference file; rename or move it",
    ),
    (
        "event-file-a-folder",
        _mkdir_all("data/events/export.tsv"),
        ["build"],
        "export.tsv: not an event file (a folder or a link to nothing); remove it",
    ),
    (
        "control-characters-echoed",
        _nothing,
        ["analyze", "ego", "P\x01K\x1b[31m"],
        "unknown entity 'P\\x01K\\x1b[31m'",
    ),
    (
        "store-path-a-file",
        _nothing,
        ["build", "--full", "--store", "oxigraph:secgraph.toml"],
        "secgraph.toml: a file, not a store; give a folder (or a new name) to oxigraph:",
    ),
    (
        "query-file-a-folder",
        _mkdir("dir.rq"),
        ["query", "run", "dir.rq"],
        "dir.rq: a folder, not a query file; give a .rq file",
    ),
    (
        "country-parameter-not-an-iri",
        _nothing,
        ["query", "run", "partners", "-p", "country=<http://x> . ?a ?b ?c"],
        "unknown country '<http://x> . ?a ?b ?c'",
    ),
    (
        "store-endpoint-empty",
        _nothing,
        ["query", "run", "partners", "-p", "country=PAK", "--store", "query=,update="],
        "--store query='' is not an http:// or https:// URL",
    ),
    (
        "store-timeout-negative",
        _nothing,
        ["list", "areas", "--store", "query=http://127.0.0.1:9/q,timeout=-1"],
        "timeout='-1' must be a positive number of seconds",
    ),
    (
        "store-timeout-nan",
        _nothing,
        ["list", "areas", "--store", "query=http://127.0.0.1:9/q,timeout=nan"],
        "timeout='nan' must be a positive number of seconds",
    ),
    (
        "store-damaged",
        _damage_store,
        ["query", "run", "partners", "-p", "country=PAK"],
        "the Oxigraph store is damaged (Corruption",
    ),
    ("usage-unknown-format", _nothing, ["export", "--format", "xml"], "'xml' is not one of"),
    ("usage-unknown-option", _nothing, ["build", "--bogus"], "No such option '--bogus'"),
    (
        "usage-missing-argument",
        _nothing,
        ["list"],
        "Choose from: areas, threats, countries, officials, places, dialogues, articles, projections",
    ),
    (
        "usage-negative-sample",
        _nothing,
        ["analyze", "centrality", "--sample-above", "-5"],
        "-5 is not in the range x>=1",
    ),
    ("usage-negative-top", _nothing, ["analyze", "centrality", "--top", "-1"], "x>=0"),
    (
        "extract-bad-id",
        _nothing,
        ["extract", "in.txt", "--id", "Bad Id!"],
        "--id 'Bad Id!' is not an article id",
    ),
    (
        "extract-output-a-folder",
        _nothing,
        ["extract", "in.txt", "-o", "data"],
        "data: a folder, not a file name; give -o DIR/ID.yaml",
    ),
    (
        "extract-output-empty",
        _nothing,
        ["extract", "in.txt", "-o", ""],
        ".: a folder, not a file name; give -o DIR/ID.yaml",
    ),
    (
        "import-impossible-date",
        _nothing,
        ["import", "gdelt", str(GDELT), "--since", "2024-02-30"],
        "--since '2024-02-30' is not a date; write YYYY-MM-DD",
    ),
    (
        "import-since-after-until",
        _nothing,
        ["import", "gdelt", str(GDELT), "--since", "2024-01-01", "--until", "2020-01-01"],
        "--since 2024-01-01 is after --until 2020-01-01",
    ),
    (
        "import-no-data-folder",
        _nothing,
        ["import", "gdelt", str(GDELT), "--data", "nowhere"],
        "nowhere: no data folder with articles/ here",
    ),
    (
        "import-two-files-of-one-name",
        _two_exports,
        ["import", "gdelt", "a/x.tsv", "b/x.tsv"],
        "b/x.tsv: two files named 'x.tsv' (a/x.tsv too); rename one",
    ),
    (
        "export-article-as-a-network",
        _nothing,
        ["export", "--format", "graphml", "--projection", "countries", "--article", SEED_ID],
        "--article applies to the RDF formats, not graphml",
    ),
    ("query-file-a-pipe", _fifo("q.rq"), ["query", "run", "q.rq"], "not a regular file"),
    (
        "shapes-without-a-shape",
        _ontology_without_shapes,
        ["validate", "--ontology", "onto"],
        "holds no SHACL node shape",
    ),
    (
        "init-where-nothing-can-be",
        _nothing,
        ["init", "/proc/secgraph-hostile"],
        "cannot create the project",
    ),
]


@pytest.mark.parametrize(
    ("setup", "args", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_hostile_input_is_one_line(
    project: Path,
    monkeypatch: pytest.MonkeyPatch,
    setup: Callable[[Path], None],
    args: list[str],
    expected: str,
) -> None:
    (project / "in.txt").write_text("Pakistan and India met in Islamabad.\n", encoding="utf-8")
    setup(project)
    monkeypatch.chdir(project)
    build = _snapshot(project / "build")
    files = _files(project)
    _refused(CliRunner().invoke(cli, args), expected)
    assert _snapshot(project / "build") == build
    assert _files(project) == files


@pytest.mark.parametrize(
    "query",
    [
        pytest.param("SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000, id="braces"),
        pytest.param("SELECT * { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }", id="parens"),
    ],
)
def test_deeply_nested_query_is_refused_not_a_crash(project: Path, query: str) -> None:
    """5,000 nested brackets killed the process with SIGSEGV inside the SPARQL parsers."""
    done = subprocess.run(
        [sys.executable, "-m", "secgraph", "query", "run", "-e", query],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2, done.stderr[-2000:]
    assert done.stdout == ""
    assert done.stderr == (
        "secgraph: <inline>:1: brackets nested more than 200 levels deep; flatten the query\n"
    )


def test_extract_and_eval_work_in_a_project_of_ones_own(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The project's data/reference holds no countries.csv: extract and eval said
    'no country table' where build and import use the shipped tables."""
    monkeypatch.chdir(project)
    (project / "in.txt").write_text(
        "Pakistan and the United States held talks in Islamabad on border security.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    drafted = runner.invoke(cli, ["extract", "in.txt", "--id", "talks"])
    assert drafted.exit_code == 0, drafted.output
    assert "article:" in drafted.stdout
    gold = project / "data" / "articles"
    scored = runner.invoke(cli, ["eval", str(gold), str(gold), "--format", "json"])
    assert scored.exit_code == 0, scored.output


def _reader(fifo: Path, into: list[bytes]) -> threading.Thread:
    def read() -> None:
        with open(fifo, "rb") as handle:
            into.append(handle.read())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def test_output_to_a_pipe_writes_into_it(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``-o`` naming a device or a pipe was replaced by a file renamed onto it (as root this
    replaced /dev/full itself); now the output goes into the pipe, which stays one."""
    monkeypatch.chdir(project)
    fifo = project / "pipe.ttl"
    os.mkfifo(fifo)
    got: list[bytes] = []
    thread = _reader(fifo, got)
    result = CliRunner().invoke(cli, ["export", "-o", str(fifo)])
    thread.join(timeout=60)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert got and b"sg:Meeting" in got[0]


def test_output_through_a_link_keeps_the_link(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)
    target = project / "exports" / "graph.ttl"
    target.parent.mkdir()
    link = project / "latest.ttl"
    link.symlink_to(target)
    result = CliRunner().invoke(cli, ["export", "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert b"sg:Meeting" in target.read_bytes()


LONG = "a" * 300


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["query", "run", f"{LONG}.rq"], id="query-file"),
        pytest.param(["extract", f"{LONG}.txt"], id="extract-input"),
        pytest.param(["import", "gdelt", f"{LONG}.tsv"], id="event-file"),
        pytest.param(["build", LONG], id="data-folder"),
        pytest.param(["build", "--build", LONG], id="build-folder"),
        pytest.param(["validate", "--ontology", LONG], id="ontology-folder"),
        pytest.param(["init", LONG], id="init"),
        pytest.param(["export", "-o", f"{LONG}.ttl"], id="output"),
    ],
)
def test_a_name_too_long_is_one_line(
    project: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    """A 300-character name made ``Path.is_file()`` raise ENAMETOOLONG: a traceback from
    every command that checks a path before it reads it."""
    monkeypatch.chdir(project)
    build = _snapshot(project / "build")
    files = _files(project)
    result = CliRunner().invoke(cli, args)
    _refused(result, "ile name too long")  # "File name too long" from the writer
    assert _snapshot(project / "build") == build
    assert _files(project) == files


def test_an_iri_in_angle_brackets_names_its_node(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``<IRI>`` as SPARQL writes it was an unknown entity while the bare IRI worked."""
    monkeypatch.chdir(project)
    iri = "https://w3id.org/secgraph/id/country/PAK"
    bare = CliRunner().invoke(cli, ["analyze", "ego", iri])
    bracketed = CliRunner().invoke(cli, ["analyze", "ego", f"<{iri}>"])
    assert bare.exit_code == bracketed.exit_code == 0, bracketed.output
    assert bracketed.stdout == bare.stdout


def test_import_takes_the_lock_before_it_places_its_files(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import beside a running build copied its file into DATA/events first: the running
    build could load it, then the import failed on the lock and took the file back, so the
    store held events the data folder did not."""
    import fcntl

    monkeypatch.chdir(project)
    build = _snapshot(project / "build")
    fd = os.open(project / "build" / "build.lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a build is running
        result = CliRunner().invoke(cli, ["import", "gdelt", str(GDELT)])
        assert not (project / "data" / "events").exists()  # checked while the build runs
    finally:
        os.close(fd)
    _refused(result, "another build is running on this build folder")
    assert _snapshot(project / "build") == build
    placed = CliRunner().invoke(cli, ["import", "gdelt", str(GDELT)])  # the lock is reentrant
    assert placed.exit_code == 0, placed.output
    assert (project / "data" / "events" / GDELT.name).is_file()
