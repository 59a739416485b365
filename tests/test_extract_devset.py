"""The development gold sets: every draft builds, and the scores do not fall below today's.

``gold/`` (the seed and 20 articles the rules were developed on), ``fresh/`` to ``fresh12/``
(written later, their gold fixed by hand before their drafts were seen; see the README there).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DATA

import secgraph as sg
from secgraph.cli import cli

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology"
DEV = Path(__file__).parent / "data" / "extract"
SETS = (
    "gold",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
)

#: Lowest F1 per field accepted on each set (measured: 1.0 everywhere but areas and threats)
FLOOR = {
    "parties": 0.95,
    "discussed": 0.9,
    "officials": 0.9,
    "titles": 0.9,
    "leaders": 0.9,
    "place": 0.9,
    "date": 0.9,
    "dialogue": 0.75,  # fresh6: "3+3 strategic dialogue", "Security Policy Council"
    "areas": 0.8,  # fresh4: "joint naval exercises"; fresh8: "smuggling", "air defence"
    "threats": 0.75,  # fresh3: "terrorist groups" is no label of the threat scheme
    "commitments": 0.9,
}


#: fresh9 was not fixed on for areas and threats (measured 0.741 and 0.571): "smuggling and
#: illegal migration", "al Shabaab militants", "insurgent activity" name no label
LOWER = {
    "fresh9": {"areas": 0.7, "threats": 0.55, "dialogue": 0.7},
    # fresh12 was not fixed on for areas and threats (measured 0.800 and 0.750): "air defence
    # exercises", "exchange of information", "to counter drug trafficking"
    "fresh12": {"areas": 0.75, "threats": 0.7},
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = {}
    runner = CliRunner()
    for name in SETS:
        target = tmp_path_factory.mktemp(name)
        result = runner.invoke(
            cli, ["extract", str(DEV / name), "--out-dir", str(target), "--data", str(DATA)]
        )
        assert result.exit_code == 0, result.output
        out[name] = target
    return out


@pytest.mark.parametrize("name", SETS)
def test_scores_stay_above_the_floor(drafts: dict[str, Path], name: str) -> None:
    result = sg.evaluate(DEV / name, drafts[name], sg.read_reference(DATA / "reference"))
    floor = {**FLOOR, **LOWER.get(name, {})}
    low = {f: round(s.f1, 3) for f, s in result.fields.items() if s.f1 < floor[f]}
    assert low == {}
    assert result.fields["date"].fp == 0  # no invented date
    assert result.place_right >= 0.8 * result.articles


def test_every_draft_builds_without_violations(drafts: dict[str, Path], tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    for name, folder in drafts.items():
        for path in folder.iterdir():
            shutil.copy(path, data / "articles" / f"{name}-{path.name}")
    for yaml_path in (data / "articles").glob("*-*.yaml"):
        if yaml_path.name.startswith(SETS):
            text_name = yaml_path.with_suffix(".txt").name
            old = text_name.split("-", 1)[1]
            yaml_path.write_text(
                yaml_path.read_text(encoding="utf-8").replace(f"text: {old}", f"text: {text_name}"),
                encoding="utf-8",
            )
    result = CliRunner().invoke(
        cli,
        [
            "build",
            str(data),
            "--out",
            str(tmp_path / "build"),
            "--store",
            "memory",
            "--ontology",
            str(ONTOLOGY),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "validation: conforms (0 violations" in result.output
    assert "articles: 130" in result.output  # the seed and 129 drafts
