"""What a build with violations commits: the violating articles are held back and listed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ONTOLOGY, SEED_ID

import secgraph as sg
from secgraph.cli import cli

UNKNOWN_AREA = """article:
  title: A meeting on an area the scheme does not know
meetings:
  - id: talks
    date: 2021-03-04
    delegations: [{country: USA}, {country: PAK}]
    summary: Talks.
    areas: [moon-diplomacy]
"""
AREA_LINE = 8
AREAS = "SELECT DISTINCT ?area WHERE { ?x sg:addressedArea|sg:commitmentArea ?area } ORDER BY ?area"
TITLES = "SELECT ?t WHERE { ?a a sg:Article ; dcterms:title ?t } ORDER BY ?t"


def _rows(out: Path, query: str) -> list[str]:
    store = sg.open_store("oxigraph", build_dir=out, read_only=True)
    try:
        return [str(row[0]) for row in store.query(query).rows]
    finally:
        store.close()


def _build(root: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    args = ["build", str(root), "--out", str(out), "--ontology", str(ONTOLOGY), *extra]
    result = CliRunner().invoke(cli, args)
    assert isinstance(result.exception, SystemExit | type(None)), result.exception
    return result.exit_code, result.stdout, result.stderr


VIOLATION = (
    f"articles/moon.yaml:{AREA_LINE}: violation: id:meeting/moon/talks [area:moon-diplomacy]: "
    "area is outside the cooperation-area scheme; use an id or label from "
    "ontology/cooperation-areas.ttl (Class)"
)
HELD = (
    "held back: 1 article(s) with violations, not in the store (moon); fix them, or build "
    "with --allow-violations"
)


@pytest.mark.parametrize("full", [False, True])
def test_a_violating_article_is_held_back_and_the_rest_commits(
    make_data_dir: Callable[..., Path], tmp_path: Path, full: bool
) -> None:
    root = make_data_dir(with_seed=True, moon=UNKNOWN_AREA)
    out = tmp_path / "build"
    code, stdout, stderr = _build(root, out, *(["--full"] if full else []))
    assert code == 1
    # one verdict: the summary's counts are those of the violations listed
    assert "validation: does not conform (1 violations," in stdout
    assert stdout.splitlines()[-1] == HELD
    assert stderr.splitlines() == [VIOLATION]
    # the store holds the seed, not the held-back article (no nameless area in pair-areas)
    assert _rows(out, AREAS) and all("moon" not in a for a in _rows(out, AREAS))
    assert len(_rows(out, TITLES)) == 1
    # the next build checks it again: still held back, still exit 1
    code, stdout, _stderr = _build(root, out)
    assert code == 1 and stdout.splitlines()[-1] == HELD
    # fixed, it goes in
    fixed = UNKNOWN_AREA.replace("moon-diplomacy", "counterterrorism")
    (root / "articles" / "moon.yaml").write_text(fixed, encoding="utf-8")
    code, stdout, _stderr = _build(root, out)
    assert code == 0, stdout
    assert len(_rows(out, TITLES)) == 2


def test_a_change_that_violates_keeps_the_previous_version(
    make_data_dir: Callable[..., Path], tmp_path: Path
) -> None:
    root = make_data_dir(with_seed=True)
    out = tmp_path / "build"
    assert _build(root, out)[0] == 0
    before = _rows(out, AREAS)
    seed = root / "articles" / f"{SEED_ID}.yaml"
    text = seed.read_text(encoding="utf-8")
    assert "areas: [" in text
    seed.write_text(text.replace("areas: [", "areas: [moon-diplomacy, ", 1), encoding="utf-8")
    code, stdout, stderr = _build(root, out)
    assert code == 1
    assert f"not in the store ({SEED_ID})" in stdout.splitlines()[-1]
    assert "area:moon-diplomacy" in stderr
    assert _rows(out, AREAS) == before  # the trusted version still answers
    # --allow-violations loads it anyway, and still says it does not conform
    code, stdout, _stderr = _build(root, out, "--allow-violations")
    assert code == 1 and "held back" not in stdout
    assert any(a.endswith("moon-diplomacy") for a in _rows(out, AREAS))


def test_validate_points_at_the_areas_line(make_data_dir: Callable[..., Path]) -> None:
    root = make_data_dir(moon=UNKNOWN_AREA)
    result = CliRunner().invoke(
        cli, ["validate", str(root), "--ontology", str(ONTOLOGY), "--severity", "violation"]
    )
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        VIOLATION,
        "does not conform: 1 violation(s), 0 warning(s), 0 info",
    ]
