"""Every command the README shows runs, in a copy of the repository's project.

The commands are read from the README itself (fenced ``bash`` blocks, indented code blocks
and inline code that starts with ``secgraph``), so an example that stops working, or that
writes an empty picture (an error since issue 23), fails here. A synopsis (with ``[...]``
optional parts, ``a|b`` alternatives or placeholders such as NAME) runs with its optional
parts left out when nothing else in it is a placeholder; the examples that need a SPARQL
server are run by test_remote instead.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DATA, ROOT, TESTS

from secgraph.cli import cli

README = ROOT / "README.md"
PLACEHOLDERS = re.compile(
    r"\b(NAME|FILE|DIR|DATA_DIR|SPEC|ID|N|PATH|URL|VALUE|KIND|NODE|PROJECTION)\b"
)
#: Examples that need a SPARQL server running (see tests/test_remote.py).
NEEDS_SERVER = re.compile(r"--store\s+(\"?query=|http)")


def shown_commands(text: str) -> list[str]:
    """The ``secgraph`` commands in the README, in order, without duplicates."""
    found: list[str] = []
    fence: str | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("```"):
            fence = None if fence is not None else (stripped[3:].strip() or "text")
            continue
        candidates: list[str] = []
        if fence in ("bash", "sh", "shell", "console"):
            candidates += [part.strip() for part in stripped.split("&&")]
        elif fence is None:
            if line.startswith("    "):
                candidates.append(stripped)
            # inline code is an example when it has arguments: `secgraph query run --infer`
            # in prose names an option, it is not a command
            candidates += [
                span
                for span in re.findall(r"`(secgraph [^`]+)`", line)
                if not span.split()[-1].startswith("-")
            ]
        for command in candidates:
            if command.startswith("secgraph ") and command not in found:
                found.append(command)
    return found


def runnable(command: str) -> list[str] | None:
    """The arguments to run ``command`` with, or None for a synopsis that cannot run."""
    args = shlex.split(re.sub(r"\[[^\]'\"]*\]", "", command), comments=True)[1:]
    unquoted = " ".join(a for a in args if " " not in a)  # quoted SPARQL may hold anything
    if "|" in unquoted or PLACEHOLDERS.search(unquoted):
        return None
    return args


COMMANDS = shown_commands(README.read_text(encoding="utf-8"))
RUN = [c for c in COMMANDS if runnable(c) is not None and not NEEDS_SERVER.search(c)]


def test_the_readme_shows_commands_and_most_run() -> None:
    assert len(COMMANDS) >= 30
    assert len(RUN) >= 25
    for must in ("secgraph build", "secgraph report", "secgraph query run partners -p country=PAK"):
        assert must in RUN


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's project (its config, ontology and queries) with its data from the
    fixtures under tests/ (the seed article and reference tables, the real event samples),
    never the repository's data/: a user's own fact file there changes no test."""
    root = tmp_path_factory.mktemp("readme")
    shutil.copy2(ROOT / "secgraph.toml", root / "secgraph.toml")
    for name in ("ontology", "queries"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(DATA, root / "data", ignore=shutil.ignore_patterns("README.md"))
    (root / "data" / "events").mkdir()
    for sample in (
        "gdelt2-20150218-sample.export.tsv",
        "icews-2018-sample.tab",
        "plover-gsr-dev.json",
    ):
        shutil.copy2(TESTS / "data" / "events" / sample, root / "data" / "events" / sample)
    return root


@pytest.mark.parametrize("command", RUN)
def test_readme_command_runs(project: Path, command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    monkeypatch.delenv("SECGRAPH_PROJECT", raising=False)
    monkeypatch.delenv("SECGRAPH_STORE", raising=False)
    if not (project / "build" / "store").exists() and not command.startswith("secgraph build"):
        assert CliRunner().invoke(cli, ["build"]).exit_code == 0
    args = runnable(command)
    assert args is not None
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    if "-o" in args:  # a file was written, and a picture has something in it
        out = project / args[args.index("-o") + 1]
        assert out.is_file() and out.stat().st_size > 0
        if out.suffix == ".svg":
            assert "0 nodes" not in result.stderr
