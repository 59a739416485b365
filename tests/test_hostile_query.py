"""Hostile queries and projects: a runaway query, parameters naming nothing, nested projects.

A cross product over every triple ran forever on the embedded store (pyoxigraph cannot
cancel a query, and Ctrl-C was not seen until it returned); ``-p article=nope`` gave an empty
table, exit 0; a project made inside another's ``data/`` or ``build/`` was accepted silently.
Each case runs in a copy of one built project of one's own and checks one line, exit 2 (130
for Ctrl-C), and the build folder as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEED_ID, seed_project
from test_cli import _snapshot
from test_hostile_cli import _files, _refused

from secgraph.cli import cli

BAD = Path(__file__).parent / "data" / "bad"
SRC = Path(__file__).resolve().parents[1] / "src"
#: Three copies of every triple joined with each other: 10^11 rows for the seed project.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project of one's own with the seed article, built once for the module."""
    return seed_project(tmp_path_factory.mktemp("hostile-query") / "proj")


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Path:
    """A copy of the built project this test may spoil."""
    root = tmp_path / "proj"
    shutil.copytree(built, root, symlinks=True)
    return root


def _secgraph(root: Path, *args: str) -> subprocess.Popen[bytes]:
    """``python -m secgraph ARGS`` in ``root``: a timeout ends the process, so not in-process."""
    env = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    return subprocess.Popen(
        [sys.executable, "-m", "secgraph", *args],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _wait_for_threads(proc: subprocess.Popen[bytes]) -> None:
    """Wait until the process runs a second thread: past Python's start-up, where Ctrl-C is
    the interpreter's own traceback (see RELIABILITY.md, "Not covered here")."""
    status = Path(f"/proc/{proc.pid}/status")
    for _ in range(1200):
        assert proc.poll() is None, proc.communicate()
        threads = [ln for ln in status.read_text().splitlines() if ln.startswith("Threads:")]
        if threads and int(threads[0].split()[1]) >= 2:
            return
        time.sleep(0.05)


def _still_answers(root: Path) -> None:
    """The store answers the next query, and the next build finds nothing to do."""
    runner = CliRunner()
    old = Path.cwd()
    os.chdir(root)
    try:
        answer = runner.invoke(cli, ["query", "run", "partners", "-p", "country=PAK"])
        assert answer.exit_code == 0, answer.output
        assert "country:USA" in answer.stdout
        again = runner.invoke(cli, ["build"])
        assert again.exit_code == 0, again.output
        assert "up to date" in again.output
    finally:
        os.chdir(old)


# ---------------------------------------------------------------------------------------------
# A runaway query
# ---------------------------------------------------------------------------------------------


def test_a_runaway_saved_query_stops_the_report_at_the_limit(project: Path) -> None:
    """``report`` runs the project's own saved queries too: a runaway one held the command
    forever (Ctrl-C unheard); now one line naming it, exit 2, no page, the store answering."""
    (project / "queries" / "everything.rq").write_text(
        "# title: Everything with everything\n" + RUNAWAY + "\n", encoding="utf-8"
    )
    build = _snapshot(project / "build")
    proc = _secgraph(project, "report", "--timeout", "1")
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 2, err
    assert out == b""
    assert err.decode().splitlines() == [
        "secgraph: the saved query 'everything' ran longer than 1 s and was stopped; raise "
        "the limit with --timeout SECONDS, or 'timeout = SECONDS' under [query] in "
        "secgraph.toml (0 for no limit)"
    ]
    assert _snapshot(project / "build") == build  # no report.html, nothing half-written
    _still_answers(project)


@pytest.mark.parametrize(
    ("config", "args", "limit"),
    [
        pytest.param("", ["--timeout", "1"], "1 s", id="option"),
        pytest.param("\n[query]\ntimeout = 1.5\n", [], "1.5 s", id="secgraph.toml"),
        pytest.param("\n[query]\ntimeout = 600\n", ["--timeout", "1"], "1 s", id="option-wins"),
    ],
)
def test_a_runaway_query_stops_at_the_limit(
    project: Path, config: str, args: list[str], limit: str
) -> None:
    """A cross product over all triples ran forever: now one line at the limit, exit 2, the
    store untouched and answering, the next build "up to date"."""
    with (project / "secgraph.toml").open("a", encoding="utf-8") as handle:
        handle.write(config)
    build = _snapshot(project / "build")
    proc = _secgraph(project, "query", "run", "-e", RUNAWAY, *args)
    out, err = proc.communicate(timeout=120)  # a hang fails here instead of hanging the suite
    assert proc.returncode == 2, err
    assert out == b""
    assert err.decode().splitlines() == [
        f"secgraph: the query ran longer than {limit} and was stopped; raise the limit with "
        "--timeout SECONDS, or 'timeout = SECONDS' under [query] in secgraph.toml (0 for no "
        "limit)"
    ]
    assert _snapshot(project / "build") == build
    _still_answers(project)


def test_ctrl_c_stops_a_runaway_query(project: Path) -> None:
    """Ctrl-C was not seen while pyoxigraph evaluated: the query ran on."""
    proc = _secgraph(project, "query", "run", "-e", RUNAWAY, "--timeout", "0")
    _wait_for_threads(proc)  # the store is open (RocksDB's threads) or the query runs
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=1)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert out == b""
    assert err.decode().splitlines() == ["secgraph: interrupted"]
    _still_answers(project)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("nan", "--timeout 'nan' is not a number of seconds; write e.g. 300"),
        ("inf", "--timeout 'inf' is not a number of seconds; write e.g. 300"),
        ("-1", "--timeout -1 is negative; give seconds, or 0 for no limit"),
        ("soon", "'soon' is not a valid float"),
    ],
)
def test_a_bad_timeout_is_one_line(
    project: Path, monkeypatch: pytest.MonkeyPatch, value: str, expected: str
) -> None:
    monkeypatch.chdir(project)
    args = ["query", "run", "partners", "-p", "country=PAK", "--timeout", value]
    _refused(CliRunner().invoke(cli, args), expected)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("toml-query-timeout-text.toml", "[query] timeout must be a number of seconds"),
        ("toml-query-timeout-negative.toml", "[query] timeout must be a number of seconds"),
        ("toml-query-timeout-nan.toml", "[query] timeout must be a number of seconds"),
        ("toml-query-unknown-key.toml", "unknown key 'timout' in [query]; use timeout"),
        ("toml-query-in-project.toml", "unknown key 'query' in [project]"),
        ("toml-query-not-a-table.toml", "'query' must be a table; write [query]"),
    ],
)
def test_a_bad_query_setting_is_one_line(
    project: Path, monkeypatch: pytest.MonkeyPatch, name: str, expected: str
) -> None:
    shutil.copy(BAD / name, project / "secgraph.toml")
    monkeypatch.chdir(project)
    build = _snapshot(project / "build")
    _refused(CliRunner().invoke(cli, ["query", "run", "partners", "-p", "country=PAK"]), expected)
    assert _snapshot(project / "build") == build


def test_no_limit_and_a_generous_limit_answer(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)
    (project / "secgraph.toml").write_text(
        '[project]\ndata = "data"\n\n[query]\ntimeout = inf\n', encoding="utf-8"
    )
    for extra in ([], ["--timeout", "0"], ["--timeout", "600"]):
        result = CliRunner().invoke(cli, ["query", "run", "partners", "-p", "country=PAK", *extra])
        assert result.exit_code == 0, result.output
        assert "country:USA" in result.stdout


# ---------------------------------------------------------------------------------------------
# Parameters that name nothing
# ---------------------------------------------------------------------------------------------

PARAMS = [
    (
        "article-unknown",
        ["article-facts", "-p", "article=nope"],
        "parameter 'article': no article 'nope' in the graph; give an article id (its fact "
        "file's name without .yaml; see 'secgraph list articles')",
    ),
    (
        "article-misspelt",
        ["data-quality-facts", "-p", f"article={SEED_ID[:-1]}"],
        f"did you mean '{SEED_ID}'?",
    ),
    (
        "official-unknown",
        ["fact-sources", "-p", "fact=official:nope"],
        "parameter 'fact': official:nope is in no triple of the graph; see 'secgraph list "
        "officials'",
    ),
    (
        "dialogue-unknown",
        ["dialogue-meetings", "-p", "dialogue=dialogue:nope"],
        "see 'secgraph list dialogues'",
    ),
    (
        "threat-unknown",
        ["meetings-on-topic", "-p", "threat=threat:nope"],
        "parameter 'threat': threat:nope is in no triple of the graph; see 'secgraph list threats'",
    ),
    (
        "iri-elsewhere",
        ["fact-sources", "-p", "fact=http://example.org/x"],
        "http://example.org/x is in no triple of the graph; check its spelling",
    ),
    ("country-unknown", ["partners", "-p", "country=Narnia"], "unknown country 'Narnia'"),
]


@pytest.mark.parametrize(
    ("args", "expected"), [pytest.param(*case[1:], id=case[0]) for case in PARAMS]
)
def test_a_parameter_naming_nothing_is_one_line(
    project: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], expected: str
) -> None:
    """An id not in the graph gave an empty table, exit 0: a typo looked like "no facts"."""
    monkeypatch.chdir(project)
    build = _snapshot(project / "build")
    _refused(CliRunner().invoke(cli, ["query", "run", *args]), expected)
    assert _snapshot(project / "build") == build


@pytest.mark.parametrize(
    "args",
    [
        ["article-facts", "-p", f"article={SEED_ID}"],
        ["fact-sources", "-p", "fact=official:elizabeth-horst"],
        ["meetings-on-topic", "-p", "threat=threat:terrorism"],
    ],
)
def test_a_parameter_naming_something_answers(
    project: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.chdir(project)
    result = CliRunner().invoke(cli, ["query", "run", *args, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) > 1  # a header and at least one row


def test_list_articles_shows_the_ids(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    result = CliRunner().invoke(cli, ["list", "articles", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1].startswith(f"{SEED_ID},")


# ---------------------------------------------------------------------------------------------
# Nested projects
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("folder", "role"),
    [("data/inner", "data"), ("data", "data"), ("build/x", "build"), ("queries/q", "queries")],
)
def test_init_inside_another_projects_folders_is_refused(
    project: Path, monkeypatch: pytest.MonkeyPatch, folder: str, role: str
) -> None:
    monkeypatch.chdir(project)
    files = _files(project)
    build = _snapshot(project / "build")
    _refused(
        CliRunner().invoke(cli, ["init", folder]),
        f"{folder}: inside the {role} folder of the project {project.resolve()}",
    )
    assert _files(project) == files
    assert _snapshot(project / "build") == build


def test_a_project_copied_into_data_is_refused(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found from inside it, or named with --project: one line, not a silent other project."""
    inner = project / "data" / "articles" / "copy"
    inner.mkdir()
    (inner / "secgraph.toml").write_text('[project]\ndata = "data"\n', encoding="utf-8")
    expected = f"{inner.resolve()}: inside the data folder of the project {project.resolve()}"
    monkeypatch.chdir(inner)
    _refused(CliRunner().invoke(cli, ["build"]), expected)
    monkeypatch.chdir(project)
    _refused(CliRunner().invoke(cli, ["--project", str(inner), "list", "areas"]), expected)
    assert not (inner / "build").exists()


def test_a_project_in_an_ordinary_subfolder_is_fine(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)
    result = CliRunner().invoke(cli, ["init", "docs/example"])
    assert result.exit_code == 0, result.output
    assert (project / "docs" / "example" / "secgraph.toml").is_file()


# ---------------------------------------------------------------------------------------------
# A build folder that is not a folder of its own
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("toml-build-root.toml", "'build' is the project folder or above it (/)"),
        ("toml-build-project.toml", "'build' is the project folder or above it"),
        ("toml-build-above.toml", "'build' is the project folder or above it"),
        ("toml-build-in-data.toml", "/data/articles) overlaps 'data'"),
        ("toml-build-control.toml", "'build' holds a control character; write a folder name"),
    ],
)
def test_a_build_folder_on_the_inputs_is_refused(
    project: Path, monkeypatch: pytest.MonkeyPatch, name: str, expected: str
) -> None:
    """``build = "/"`` wrote a store into the file system's root; ``build = "data/articles"``
    one among the fact files."""
    shutil.copy(BAD / name, project / "secgraph.toml")
    monkeypatch.chdir(project)
    files = _files(project)
    build = _snapshot(project / "build")
    _refused(CliRunner().invoke(cli, ["build"]), expected)
    assert _files(project) == files
    assert _snapshot(project / "build") == build


@pytest.mark.parametrize(
    ("folder", "expected"),
    [(".", "'build' is the project folder or above it"), ("data", "overlaps 'data'")],
)
def test_build_option_on_the_inputs_is_refused(
    project: Path, monkeypatch: pytest.MonkeyPatch, folder: str, expected: str
) -> None:
    monkeypatch.chdir(project)
    files = _files(project)
    _refused(CliRunner().invoke(cli, ["build", "--build", folder]), expected)
    assert _files(project) == files


# ---------------------------------------------------------------------------------------------
# The analyses and lists are held to the same limit
# ---------------------------------------------------------------------------------------------


def test_a_slow_analysis_stops_at_the_limit(project: Path) -> None:
    """``analyze`` ran its projection query and networkx without a limit; the fault point
    holds it after the projection is read, as a graph too big to analyse would."""
    env_fault = {"SECGRAPH_FAULT": "projected:sleep=60"}
    env = {**os.environ, **env_fault}
    env["PYTHONPATH"] = f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "secgraph", "analyze", "centrality", "--timeout", "1"],
        cwd=project,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = proc.communicate(timeout=50)  # the sleep's 60 s would fail here
    assert proc.returncode == 2, err
    assert out == b""
    assert err.decode().splitlines() == [
        "secgraph: the analysis ran longer than 1 s and was stopped; raise the limit with "
        "--timeout SECONDS, or 'timeout = SECONDS' under [query] in secgraph.toml (0 for no "
        "limit)"
    ]
    _still_answers(project)


@pytest.mark.parametrize(
    "args",
    [
        ["analyze", "centrality", "--timeout", "30"],
        ["analyze", "timeline", "PAK", "USA", "--timeout", "30"],
        ["list", "officials", "--timeout", "30"],
    ],
)
def test_within_the_limit_the_answer_is_the_same(
    project: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    """The limit changes nothing when the work ends in time (the command's context, the
    project found above, reach the worker thread)."""
    monkeypatch.chdir(project)
    limited = CliRunner().invoke(cli, args)
    unlimited = CliRunner().invoke(cli, [*args[:-2], "--timeout", "0"])
    assert limited.exit_code == 0, limited.output
    assert limited.stdout == unlimited.stdout
    assert limited.stdout.strip()


def test_a_bad_timeout_of_an_analysis_is_one_line(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)
    args = ["analyze", "communities", "--timeout", "-1"]
    _refused(
        CliRunner().invoke(cli, args), "--timeout -1 is negative; give seconds, or 0 for no limit"
    )
