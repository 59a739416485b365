"""Hostile event imports and store specs: what a hostile pass over ``secgraph import`` found.

One endless line (a zip bomb of 600 MB of 'A', or a 50 MB line) was read whole (3 GB) and
minted until a MemoryError traceback; PLOVER records nested 3,000 deep or holding a
5,000-digit number were tracebacks; ``--store http://[::1`` and ``timeout=1e20`` were
tracebacks at the first request; Ctrl-C printed an empty line before its message. And the
promises for an import stopped half-way: killed, interrupted, or beside another import.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import seed_project
from test_cli import _snapshot
from test_hostile_cli import _refused

from secgraph.cli import cli

EVENTS = Path(__file__).parent / "data" / "events"
GDELT = EVENTS / "gdelt2-20150218-sample.export.tsv"
BAD = Path(__file__).parent / "data" / "bad"
SRC = Path(__file__).resolve().parents[1] / "src"
CODED = "SELECT (COUNT(*) AS ?n) WHERE { ?e a sg:CodedEvent }"
TOO_LONG = "longer than 1 MB; this is not event data (an event row is about 1 kB)"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project of one's own with the seed article, built once for the module."""
    return seed_project(tmp_path_factory.mktemp("hostile-events") / "proj")


@pytest.fixture
def project(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the built project this test may spoil, as the current folder."""
    root = tmp_path / "proj"
    shutil.copytree(built, root, symlinks=True)
    monkeypatch.chdir(root)
    return root


def _coded(root: Path) -> str:
    """How many coded events the store answers (the store must answer)."""
    result = CliRunner().invoke(
        cli, ["--project", str(root), "query", "run", "-e", CODED, "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()[1]


# ---------------------------------------------------------------------------------------------
# Bad event files
# ---------------------------------------------------------------------------------------------


def _long_line(out: Path) -> Path:
    first = GDELT.read_text(encoding="utf-8").splitlines()[0]
    path = out / "long.export.tsv"
    path.write_text(first + "A" * (1 << 20) + "\n", encoding="utf-8")
    return path


def _zip_of_one_endless_line(out: Path) -> Path:
    """A small zip that expands to one line of 4 MB (a bomb, scaled down)."""
    path = out / "bomb.export.CSV.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bomb.export.CSV", GDELT.read_bytes()[:500] + b"A" * (4 << 20))
    return path


def _endless_record(out: Path) -> Path:
    path = out / "endless.json"
    path.write_text('[{"id": "' + "x" * (2 << 20), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("kind", "make", "expected"),
    [
        pytest.param("gdelt", _long_line, f"long.export.tsv:1: a line {TOO_LONG}", id="long-line"),
        pytest.param(
            "gdelt",
            _zip_of_one_endless_line,
            f"bomb.export.CSV.zip:2: a line {TOO_LONG}",
            id="bomb",
        ),
        pytest.param(
            "plover", _endless_record, f"endless.json:1: a JSON record {TOO_LONG}", id="endless"
        ),
    ],
)
def test_an_endless_line_is_one_line_and_nothing_imported(
    project: Path, tmp_path: Path, kind: str, make: Callable[[Path], Path], expected: str
) -> None:
    path = make(tmp_path)
    _refused(CliRunner().invoke(cli, ["import", kind, str(path)]), expected)
    assert not (project / "data" / "events").exists()
    assert _coded(project) == "0"  # the previous store answers
    again = CliRunner().invoke(cli, ["build"])  # and the next build recovers
    assert again.exit_code == 0, again.output


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("plover-deep.json", "json: unreadable JSON record (nested too deep)"),
        ("plover-bignum.json", "json: unreadable JSON record (Exceeds the limit (4300 digits)"),
    ],
)
def test_an_unreadable_plover_record_is_a_bad_row(project: Path, name: str, expected: str) -> None:
    """Both were tracebacks (RecursionError, ValueError) out of the JSON decoder."""
    result = CliRunner().invoke(cli, ["import", "plover", str(BAD / name)])
    assert result.exit_code == 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"events/{name}:1: {expected}" in result.stderr
    assert "1 bad rows (json 1)" in result.stderr


# ---------------------------------------------------------------------------------------------
# --store specs
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("http://[::1", "--store='http://[::1' is not a valid URL (Invalid IPv6 URL)"),
        ("http://127.0.0.1:99999", "is not a valid URL (Port out of range 0-65535)"),
        ("query=http://[::1,timeout=5", "--store query='http://[::1' is not a valid URL"),
        (
            "query=http://127.0.0.1:9/q,timeout=99999999999999999999",
            "is too long; give at most 31536000 seconds",
        ),
    ],
)
def test_a_store_spec_urllib_refuses_is_one_line(project: Path, spec: str, expected: str) -> None:
    _refused(CliRunner().invoke(cli, ["list", "areas", "--store", spec]), expected)


# ---------------------------------------------------------------------------------------------
# An import stopped half-way
# ---------------------------------------------------------------------------------------------


def _held_import(root: Path, flag: Path, source: Path = GDELT) -> subprocess.Popen[bytes]:
    """``secgraph import gdelt SOURCE`` held inside its build (the lock taken, the file
    placed) until ``flag`` is removed."""
    env = {
        **os.environ,
        "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
        "SECGRAPH_FAULT": f"locked:wait={flag}",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "secgraph", "import", "gdelt", str(source)],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    while not flag.exists():  # it got there (or died: then fail rather than wait forever)
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    return proc


def test_kill_9_during_an_import(project: Path, tmp_path: Path) -> None:
    """The previous store answers; the next build loads the placed file; no leftovers."""
    proc = _held_import(project, tmp_path / "flag")
    proc.kill()
    proc.communicate(timeout=60)
    assert _coded(project) == "0"
    events = project / "data" / "events"
    assert sorted(p.name for p in events.iterdir()) == [GDELT.name, "sources.json"]
    again = CliRunner().invoke(cli, ["build"])
    assert again.exit_code == 0, again.output
    assert _coded(project) == "100"
    assert "up to date" in CliRunner().invoke(cli, ["build"]).output


def test_two_imports_at_once(project: Path, tmp_path: Path) -> None:
    """The second is refused in one line and places nothing; the first completes."""
    other = tmp_path / "other.export.tsv"
    shutil.copy(GDELT, other)
    flag = tmp_path / "flag"
    proc = _held_import(project, flag)
    events = project / "data" / "events"
    placed = sorted(p.name for p in events.iterdir())
    second = CliRunner().invoke(cli, ["import", "gdelt", str(other)])
    assert sorted(p.name for p in events.iterdir()) == placed
    flag.unlink()
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    _refused(second, "another build is running on this build folder")
    assert _coded(project) == "100"


def test_ctrl_c_during_an_import(project: Path, tmp_path: Path) -> None:
    """One line (click printed an empty line first), exit 130, the data folder as it was."""
    build = _snapshot(project / "build")
    proc = _held_import(project, tmp_path / "flag")
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.decode().splitlines() == ["secgraph: interrupted"]
    assert out == b""
    assert not (project / "data" / "events").exists()
    assert _snapshot(project / "build") == build
    assert _coded(project) == "0"


def test_leftovers_of_a_killed_import_are_swept(project: Path) -> None:
    events = project / "data" / "events"
    events.mkdir()
    for name in (".new-abc", ".old-def"):
        (events / name).write_bytes(b"half a copy")
    result = CliRunner().invoke(cli, ["import", "gdelt", str(GDELT)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in events.iterdir()) == [GDELT.name, "sources.json"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["PAK", "PK"], "PAK and PK are one country (PAK); give two countries"),
        (["PAK", "USA", "-o", "o.bmp"], "o.bmp: cannot draw '.bmp'; give a file name ending"),
        (["PAK", "USA", "-o", "data"], "data: a folder; give a file name ending .svg"),
        (["PAK", "USA", "-o", "plot"], "plot: cannot draw a name without a type"),
    ],
)
def test_analyze_dyad_refuses_before_it_prints(
    project: Path, args: list[str], expected: str
) -> None:
    """The table went to stdout, then -o was refused: exit 2 with data printed."""
    _refused(CliRunner().invoke(cli, ["analyze", "dyad", *args]), expected)
    assert not (project / "o.bmp").exists()


def _loop(root: Path) -> Path:
    (root / "loop.export.tsv").symlink_to("loop.export.tsv")
    return root / "loop.export.tsv"


def _fifo(root: Path) -> Path:
    os.mkfifo(root / "fifo.export.tsv")
    return root / "fifo.export.tsv"


@pytest.mark.parametrize(
    ("command", "make", "expected"),
    [
        (["import", "gdelt"], _loop, "loop.export.tsv: a link to nothing (or a link loop)"),
        (["import", "gdelt"], _fifo, "fifo.export.tsv: not a regular file (a pipe or a device)"),
        (["extract"], _loop, "loop.export.tsv: a link to nothing (or a link loop)"),
        (["extract"], _fifo, "fifo.export.tsv: not a regular file (a pipe or a device)"),
    ],
)
def test_a_link_loop_or_a_pipe_is_named_as_such(
    project: Path, tmp_path: Path, command: list[str], make: Callable[[Path], Path], expected: str
) -> None:
    """Both were "no such file"."""
    path = make(tmp_path)
    _refused(CliRunner().invoke(cli, [*command, str(path)]), expected)


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        (["--root", "99"], "bad CAMEO root code '99'; use 01 to 20"),
        (["--root", "00"], "bad CAMEO root code '00'; use 01 to 20"),
    ],
)
def test_an_import_filter_that_names_nothing(
    project: Path, option: list[str], expected: str
) -> None:
    """``--root 99`` (no CAMEO root) kept no event and exited 0."""
    _refused(CliRunner().invoke(cli, ["import", "gdelt", str(GDELT), *option]), expected)
    assert not (project / "data" / "events").exists()


@pytest.mark.parametrize("kind", ["gdelt", "icews", "plover"])
def test_an_empty_event_file_is_called_empty(project: Path, kind: str) -> None:
    """It was "not event data (neither GDELT, ICEWS nor PLOVER)"."""
    path = BAD / "events-empty.export.tsv"
    _refused(
        CliRunner().invoke(cli, ["import", kind, str(path)]),
        "events-empty.export.tsv:1: an empty file; give an event file with its rows",
    )
    assert not (project / "data" / "events").exists()
