"""The command line: exit codes, messages and files, through click's CliRunner."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DATA, ONTOLOGY, SEED_ID
from test_facts import BAD, BAD_CASES

import secgraph as sg
from secgraph.cli import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_build_writes_trig_and_turtle_and_prints_a_summary(
    runner: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "build"
    result = runner.invoke(
        cli, ["build", str(DATA), "--build", str(out), "--ontology", str(ONTOLOGY), "--write-files"]
    )
    assert result.exit_code == 0, result.output
    assert "articles: 1" in result.stdout
    assert "  Meeting: 1" in result.stdout
    assert "validation: conforms" in result.stdout
    assert (out / "secgraph.trig").is_file()
    turtle = (out / "secgraph.ttl").read_text(encoding="utf-8")
    assert "@prefix sg: <https://w3id.org/secgraph/ontology#>" in turtle
    assert "ns1:" not in turtle


def test_build_into_the_store_writes_no_dump_files_unless_asked(
    runner: CliRunner, tmp_path: Path
) -> None:
    # at 100,000 articles the two dumps take minutes; the store is the build
    out = tmp_path / "build"
    result = runner.invoke(  # --out: the old name of --build, kept so that scripts keep working
        cli, ["build", str(DATA), "--out", str(out), "--ontology", str(ONTOLOGY)]
    )
    assert result.exit_code == 0, result.output
    assert (out / "manifest.sqlite").is_file()
    assert not (out / "secgraph.trig").exists()
    assert not (out / "secgraph.ttl").exists()
    # --store memory then reads the embedded store into rdflib
    embedded = sg.open_store("oxigraph", build_dir=out, read_only=True)
    expected = {(str(g), len(embedded.to_dataset([g]))) for g in embedded.graph_names()}
    embedded.close()
    memory = sg.open_store("memory", build_dir=out)
    assert {(str(g), len(memory.to_dataset([g]))) for g in memory.graph_names()} == expected
    assert len(expected) > 2


def test_read_commands_share_the_built_store(runner: CliRunner, tmp_path: Path) -> None:
    # a notebook holds the store open while a terminal queries it: both open it read-only
    # (read-write, the second one stopped on RocksDB's LOCK file)
    from secgraph.cli._common import open_store

    out = tmp_path / "build"
    built = runner.invoke(cli, ["build", str(DATA), "--out", str(out), "--ontology", str(ONTOLOGY)])
    assert built.exit_code == 0, built.output
    held = open_store("oxigraph", out)
    try:
        assert held.read_only
        query = ["query", "run", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?m a sg:Meeting }"]
        result = runner.invoke(cli, [*query, "--build", str(out), "--format", "csv"])
        assert result.exit_code == 0, result.output
        assert result.stdout.split() == ["n", "1"]
        export = ["export", "--format", "ntriples", "--build", str(out)]
        exported = runner.invoke(cli, [*export, "-o", str(tmp_path / "x.nt")])
        assert exported.exit_code == 0, exported.output
        assert (tmp_path / "x.nt").stat().st_size > 0
    finally:
        held.close()


def test_validate_on_repository_data_conforms_and_warns_about_the_missing_date(
    runner: CliRunner,
) -> None:
    result = runner.invoke(cli, ["validate", str(DATA), "--ontology", str(ONTOLOGY)])
    assert result.exit_code == 0, result.output
    line = (
        f"articles/{SEED_ID}.yaml:10: warning: id:meeting/{SEED_ID}/islamabad-border-security-talks: "
        "meeting has no date; fine when the article gives none, add 'date:' when another source "
        "does (MinCount)"
    )
    assert line in result.stdout.splitlines()


def test_validate_json(runner: CliRunner) -> None:
    result = runner.invoke(
        cli, ["validate", str(DATA), "--format", "json", "--ontology", str(ONTOLOGY)]
    )
    report = json.loads(result.stdout)
    assert report["conforms"] is True
    assert report["violations"] == 0
    assert report["warnings"] >= 1


def test_validate_exits_1_on_violations(runner: CliRunner, make_data_dir) -> None:
    root = make_data_dir(
        lonely="""
article:
  title: A meeting with one side only
meetings:
  - id: talks
    date: 2021-03-04
    delegations: [{country: USA}]
    areas: [moon-diplomacy]
"""
    )
    result = runner.invoke(
        cli, ["validate", str(root), "--severity", "violation", "--ontology", str(ONTOLOGY)]
    )
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert (
        "articles/lonely.yaml:5: violation: id:meeting/lonely/talks: meeting has fewer than two "
        "countries represented; add a delegation for each side (SPARQL)"
    ) in lines
    assert (
        "articles/lonely.yaml:8: violation: id:meeting/lonely/talks [area:moon-diplomacy]: area is "
        "outside the cooperation-area scheme; use an id or label from "
        "ontology/cooperation-areas.ttl (Class)"
    ) in lines


@pytest.mark.parametrize(("name", "line", "message"), BAD_CASES)
@pytest.mark.parametrize("command", ["build", "validate"])
def test_bad_input_exits_2_with_one_line(
    runner: CliRunner,
    make_data_dir,
    tmp_path: Path,
    command: str,
    name: str,
    line: int,
    message: str,
) -> None:
    extra = (
        [BAD / name.replace(".yaml", ".txt")]
        if (BAD / name.replace(".yaml", ".txt")).exists()
        else []
    )
    root = make_data_dir(BAD / name, *extra)
    out = tmp_path / "out"
    args = [command, str(root), "--ontology", str(ONTOLOGY)]
    if command == "build":
        args += ["--out", str(out)]
    result = runner.invoke(cli, args)
    assert result.exit_code == 2
    assert result.stderr == f"secgraph: {root / 'articles' / name}:{line}: {message}\n"
    assert result.stdout == ""
    assert not out.exists()


def test_broken_ontology_turtle(runner: CliRunner, tmp_path: Path) -> None:
    onto = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY, onto)
    path = onto / "secgraph.ttl"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "sg:Country a owl:Class ;", 'sg:Country a owl:Class ; rdfs:label "broken ;', 1
        ),
        encoding="utf-8",
    )
    result = runner.invoke(
        cli, ["build", str(DATA), "--ontology", str(onto), "--out", str(tmp_path / "b")]
    )
    assert result.exit_code == 2
    assert result.stderr.startswith(f"secgraph: {path}:")
    assert "broken Turtle" in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "b").exists()


def test_missing_data_directory(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", str(tmp_path / "nope"), "--ontology", str(ONTOLOGY)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"secgraph: {tmp_path / 'nope'}: no such data directory; give the folder that holds articles/\n"
    )


def test_failed_build_leaves_previous_output_untouched(
    runner: CliRunner, make_data_dir, tmp_path: Path
) -> None:
    out = tmp_path / "build"
    ok = runner.invoke(cli, ["build", str(DATA), "--out", str(out), "--ontology", str(ONTOLOGY)])
    assert ok.exit_code == 0
    before = _snapshot(out)
    root = make_data_dir(BAD / "bad-date.yaml")
    bad = runner.invoke(cli, ["build", str(root), "--out", str(out), "--ontology", str(ONTOLOGY)])
    assert bad.exit_code == 2
    assert _snapshot(out) == before


def _snapshot(out: Path) -> dict[str, bytes]:
    """Every file of a build folder (the store is a link to a directory of RocksDB files)."""
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != "LOG" and not p.name.startswith("LOG.old")
    } | {
        str(p.relative_to(out)): str(p.readlink()).encode() for p in out.iterdir() if p.is_symlink()
    }


def test_every_command_names_the_build_folder_build_and_hides_the_old_out(
    runner: CliRunner,
) -> None:
    commands = [["build"], ["export"], ["report"], ["viz"], ["query", "run"]]
    commands += [["analyze", name] for name in ("centrality", "communities", "path", "ego")]
    commands += [["analyze", "timeline"], ["analyze", "partners"]]
    for words in commands:
        result = runner.invoke(cli, [*words, "--help"])
        assert result.exit_code == 0, words
        assert "--build PATH" in result.stdout, words
        assert not re.search(r"--out\b", result.stdout), words  # --output is another option
