"""Fault injection: builds killed, run twice at once, or short of disk, at each step.

Marked ``fault`` (``python -m pytest -m fault`` runs only these; the default command runs
them too). The build passes named points (:data:`secgraph._faults.FAULT_POINTS`) where
``SECGRAPH_FAULT=POINT:ACTION`` kills it (``kill``, SIGKILL as ``kill -9``), holds it
(``wait=FILE``) or fills the disk (``enospc``). Each test checks what readers see meanwhile
(the previous answers until the store changes), that nothing is left behind (stale
generations, half-written manifests) and that the next build recovers.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ONTOLOGY, TESTS

import secgraph as sg
from secgraph.cli import cli
from secgraph.pipeline import MANIFEST_NAME, read_manifest

pytestmark = pytest.mark.fault

CORPUS = TESTS / "data" / "corpus"
NEW_ARTICLE = """article:
  title: An article added while another build may run
meetings:
  - id: talks
    date: 2024-02-01
    delegations: [{country: USA}, {country: PAK}]
"""
COUNT = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a sg:Article }"
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}


def _articles(out: Path) -> int:
    """How many articles the store answers (what a reader sees now)."""
    store = sg.open_store("oxigraph", build_dir=out, read_only=True)
    try:
        return int(store.query(COUNT).rows[0][0])  # type: ignore[arg-type]
    finally:
        store.close()


def _build_args(data: Path, out: Path, *extra: str) -> list[str]:
    return ["build", str(data), "--out", str(out), "--ontology", str(ONTOLOGY), *extra]


def _build(data: Path, out: Path, *extra: str) -> str:
    result = CliRunner().invoke(cli, _build_args(data, out, *extra))
    assert result.exit_code == 0, result.output
    return result.stdout


def _spawn(args: list[str], fault: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "secgraph", *args],
        env={**ENV, "SECGRAPH_FAULT": fault},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _leftovers(out: Path) -> list[str]:
    """What a build should never leave: generations the store does not use, half-made
    links, manifests never renamed into place."""
    current = os.readlink(out / "store")
    return sorted(
        p.name
        for p in out.iterdir()
        if (p.name.startswith("store.gen-") and p.name != current)
        or p.name.startswith((".store.", f".{MANIFEST_NAME}", "store.old-"))
    )


@pytest.fixture(scope="module")
def first_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    """The fixture corpus built once; tests copy it (data folder and build folder)."""
    root = tmp_path_factory.mktemp("faults")
    data = root / "data"
    shutil.copytree(CORPUS, data)
    out = root / "build"
    _build(data, out)
    return data, out, _articles(out)


@pytest.fixture
def built(first_build: tuple[Path, Path, int], tmp_path: Path) -> Iterator[tuple[Path, Path, int]]:
    data, out, count = first_build
    shutil.copytree(data, tmp_path / "data")
    shutil.copytree(out, tmp_path / "build", symlinks=True)
    yield tmp_path / "data", tmp_path / "build", count


# ---------------------------------------------------------------------------------------------
# kill -9 at several points of full and incremental builds
# ---------------------------------------------------------------------------------------------

#: Points before which the store is unchanged (readers see the previous answers).
BEFORE_THE_STORE = {"locked", "minted", "staged", "manifest", "store"}


@pytest.mark.parametrize(
    ("kind", "point"),
    [
        ("full", "minted"),
        ("full", "staged"),
        ("full", "manifest"),
        ("full", "swapped"),
        ("full", "committed"),
        ("incremental", "minted"),
        ("incremental", "manifest"),
        ("incremental", "store"),
        ("incremental", "swapped"),
    ],
)
def test_kill_9_then_the_next_build_recovers(
    built: tuple[Path, Path, int], kind: str, point: str
) -> None:
    data, out, count = built
    (data / "articles" / "zz-new.yaml").write_text(NEW_ARTICLE, encoding="utf-8")
    extra = ["--full"] if kind == "full" else []
    proc = _spawn(_build_args(data, out, *extra), f"{point}:kill")
    _stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == -signal.SIGKILL, stderr.decode()
    # readers: the previous answers until the store changed, the new ones after
    assert _articles(out) == (count if point in BEFORE_THE_STORE else count + 1)
    # the next build notices and recovers; nothing is left behind
    summary = _build(data, out)
    assert _articles(out) == count + 1
    assert _leftovers(out) == []
    if point in ("swapped",):  # the manifest did not vouch for the changed store
        assert "full rebuild" in summary
    assert "up to date" in _build(data, out)


def test_workers_die_with_their_parent(tmp_path: Path) -> None:
    script = (
        "import os, sys, time\n"
        "from secgraph._workers import worker_pool\n"
        "pool = worker_pool(2)\n"
        "pids = {pool.submit(os.getpid).result() for _ in range(8)}\n"
        "print(' '.join(map(str, pids)), flush=True)\n"
        "time.sleep(600)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", script], env=ENV, stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        workers = [int(p) for p in proc.stdout.readline().split()]
        assert workers and all(_alive(p) for p in workers)
        proc.kill()  # kill -9: the pool gets no chance to shut down
        proc.wait()
    deadline = time.monotonic() + 30
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(p) for p in workers)


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for a parent that is gone counts as dead)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    state = next((ln for ln in status.splitlines() if ln.startswith("State:")), "")
    return "Z" not in state.split()[1:2]


# ---------------------------------------------------------------------------------------------
# Two builds at once: every pair of kinds
# ---------------------------------------------------------------------------------------------

KINDS = ("full", "incremental", "validate")


def _args(kind: str, data: Path, out: Path, name: str) -> list[str]:
    if kind == "validate":
        return ["validate", str(data), "--ontology", str(ONTOLOGY)]
    if kind == "incremental":
        (data / "articles" / f"{name}.yaml").write_text(NEW_ARTICLE, encoding="utf-8")
        return _build_args(data, out)
    return _build_args(data, out, "--full")


@pytest.mark.parametrize("second", KINDS)
@pytest.mark.parametrize("first", KINDS)
def test_two_builds_at_once(
    built: tuple[Path, Path, int], tmp_path: Path, first: str, second: str
) -> None:
    data, out, _count = built
    flag = tmp_path / "first-is-building"
    running = _spawn(_args(first, data, out, "zz-first"), f"minted:wait={flag}")
    deadline = time.monotonic() + 120
    while not flag.exists():
        assert running.poll() is None, running.communicate()[1].decode()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    try:
        result = CliRunner().invoke(cli, _args(second, data, out, "zz-second"))
    finally:
        flag.unlink()
    _stdout, stderr = running.communicate(timeout=300)
    assert running.returncode == 0, stderr.decode()
    if "validate" in (first, second):  # validating takes no lock and writes no build folder
        assert result.exit_code == 0, result.output
    else:
        assert result.exit_code == 2
        assert result.stderr == (
            f"secgraph: {out}: another build is running on this build folder; wait for it "
            "to finish, then build again\n"
        )
        _build(data, out)  # run again, it goes through: no change is lost
    if first != "validate" or second != "validate":
        files = len(list((data / "articles").glob("*.yaml")))
        assert _articles(out) == files
        assert "up to date" in _build(data, out)
        assert _leftovers(out) == []


# ---------------------------------------------------------------------------------------------
# A full disk at each write
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "point", "state"),
    [
        ("full", "staged", "load"),
        ("full", "manifest", "as it was"),
        ("full", "store", "as it was"),
        ("full", "swapped", "changed"),
        ("incremental", "manifest", "as it was"),
        ("incremental", "store", "as it was"),
        ("incremental", "swapped", "changed"),
    ],
)
def test_full_disk_at_each_write(
    built: tuple[Path, Path, int],
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    point: str,
    state: str,
) -> None:
    data, out, count = built
    (data / "articles" / "zz-new.yaml").write_text(NEW_ARTICLE, encoding="utf-8")
    before = read_manifest(out / MANIFEST_NAME)
    monkeypatch.setenv("SECGRAPH_FAULT", f"{point}:enospc")
    extra = ["--full"] if kind == "full" else []
    result = CliRunner().invoke(cli, _build_args(data, out, *extra))
    monkeypatch.delenv("SECGRAPH_FAULT")
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)  # no traceback
    full = "no space left on the device: free some space and run it again"
    expected = {
        "load": f"{out / 'store'}: cannot load the new store ({full}); the store was left as "
        "it was",
        "as it was": f"{out}: cannot write the build ({full}); the store was left as it was",
        "changed": f"{out}: cannot write the build ({full}); the store changed but the manifest "
        "does not vouch for it: the next build rebuilds everything",
    }[state]
    assert result.stderr == f"secgraph: {expected}\n"
    assert result.stdout == ""
    if state == "changed":
        assert _articles(out) == count + 1
    else:  # the store answers as before, and the manifest still vouches for it
        assert _articles(out) == count
        assert read_manifest(out / MANIFEST_NAME) == before
    assert _leftovers(out) == []
    summary = _build(data, out)
    assert ("full rebuild" in summary) == (state == "changed")
    assert _articles(out) == count + 1
    assert "up to date" in _build(data, out)


def test_a_failure_to_close_does_not_hide_the_error(
    built: tuple[Path, Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the manifest step fails, then closing fails too (the disk is still full): the first
    # error is the one reported
    from secgraph.pipeline._context import BuildContext

    data, out, _count = built
    (data / "articles" / "zz-new.yaml").write_text(NEW_ARTICLE, encoding="utf-8")

    def close(self: BuildContext) -> None:
        raise OSError(28, "No space left on device (while closing)")

    monkeypatch.setattr(BuildContext, "close", close)
    monkeypatch.setenv("SECGRAPH_FAULT", "manifest:enospc")
    result = CliRunner().invoke(cli, _build_args(data, out))
    assert result.exit_code == 2
    assert "cannot write the build" in result.stderr and "closing" not in result.stderr
