"""The development gold sets: every draft builds, and the scores do not fall below today's.

``gold/`` (the seed and 20 articles the rules were developed on), ``fresh/`` to ``fresh18/``,
``fresh20/``, ``fresh23/``, ``fresh24/``, ``fresh26/``, ``fresh28/`` to ``fresh30/``, the retired
held-out sets ``fresh19/``, ``fresh21/``, ``fresh22/``, ``fresh25/``, ``fresh27/``, ``fresh31/``,
``fresh32/``, ``fresh33/`` (written later, their gold fixed by hand before their drafts were
seen; see the README there), the retired held-out sets ``fresh34/`` to ``fresh43/`` and
``fresh44/`` to ``fresh49/`` and ``fresh56/`` to ``fresh61/`` (written blind as development
data), ``fresh50/`` to ``fresh55/`` (held out until the thirty-third stop), ``fresh62/`` to
``fresh67/`` (held out in that stop), ``fresh68/`` to ``fresh85/`` (written blind in it),
``fresh86/`` to ``fresh91/`` (held out in the next stop until its last measure) and ``fresh92/``
to ``fresh102/`` (written blind in it).
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
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh20",
    "fresh23",
    "fresh24",
    "fresh26",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh19",
    "fresh21",
    "fresh22",
    "fresh25",
    "fresh27",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
    "fresh37",
    "fresh38",
    "fresh39",
    "fresh40",
    "fresh41",
    "fresh42",
    "fresh43",
    "fresh44",
    "fresh45",
    "fresh46",
    "fresh47",
    "fresh48",
    "fresh49",
    "fresh56",
    "fresh57",
    "fresh58",
    "fresh59",
    "fresh60",
    "fresh61",
    "fresh62",
    "fresh63",
    "fresh64",
    "fresh65",
    "fresh66",
    "fresh67",
    "fresh50",
    "fresh51",
    "fresh52",
    "fresh53",
    "fresh54",
    "fresh55",
    "fresh68",
    "fresh69",
    "fresh70",
    "fresh71",
    "fresh72",
    "fresh73",
    "fresh74",
    "fresh75",
    "fresh76",
    "fresh77",
    "fresh78",
    "fresh79",
    "fresh80",
    "fresh81",
    "fresh82",
    "fresh83",
    "fresh84",
    "fresh85",
    "fresh86",
    "fresh87",
    "fresh88",
    "fresh89",
    "fresh90",
    "fresh91",
    "fresh92",
    "fresh93",
    "fresh94",
    "fresh95",
    "fresh96",
    "fresh97",
    "fresh98",
    "fresh99",
    "fresh100",
    "fresh101",
    "fresh102",
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
    # exercises", "exchange of information", "to counter drug trafficking"; nor for two places
    # a reader infers ("at the General Headquarters" is Rawalpindi; talks "at Camp Aguinaldo
    # ... in Quezon City" during a visit to Manila): place 0.842
    "fresh12": {"areas": 0.75, "threats": 0.7, "place": 0.8},
    # fresh14 was fixed on only for its people (first run: officials 0.700, leaders 0.606;
    # the fifth pass added the first-person release and "North Korean leader Kim Jong Un"):
    # the sixth pass added "Shri X, Director, Intelligence Bureau;", "Home Secretary level
    # talks" and attendees with no side (officials 0.974, dialogue 0.909); a
    # title naming countries ("Minister of State for the Middle East, North Africa,
    # Afghanistan and Pakistan") puts them under discussed
    "fresh14": {"discussed": 0.55, "areas": 0.75},
    # fresh15 and fresh16 (the fifth pass) were fixed on for people, dates, dialogues and
    # commitments, not for areas and threats (measured 0.800/0.857 and 0.744/0.706): "to
    # train", "joint border patrols" against "terrorist groups", "fentanyl trafficking"
    "fresh15": {"areas": 0.75},
    "fresh16": {"areas": 0.7, "threats": 0.65},
    # fresh17 (the sixth pass) was fixed on for people, place and date, not for areas
    # (measured 0.759): "smuggling" read as counter-trafficking, "joint maritime patrols";
    # nor for talks at Camp Aguinaldo whose city only the dateline gives (place 0.889)
    "fresh17": {"areas": 0.7, "place": 0.85},
    # fresh20 (the seventh pass) was fixed on with general mechanisms, not per phrasing:
    # commitments 0.867 ("Norway will also provide ..., Petersson said", "Its next meeting
    # will be held in Thailand": the earlier sets' gold does not count a future venue)
    "fresh20": {"commitments": 0.85},
    # the next round's venue ("The next meeting will be held in Isiolo") is a commitment, as
    # the issue counts "will host the next meeting" and the blind writers' gold does; fresh11's
    # gold (an earlier set) leaves its two such sentences out (measured 0.800)
    "fresh11": {"commitments": 0.75},
    # fresh18 (written on branch gold7, run unseen after the seventh pass: officials 0.577,
    # leaders 0.512) was fixed on only for what generalises (measured after: officials 0.690,
    # leaders 0.558, place 0.696): a floor under today's, so its drafts build and do not fall
    "fresh18": {
        "parties": 0.85,
        "officials": 0.65,
        "titles": 0.6,
        "leaders": 0.5,
        "place": 0.65,
        "date": 0.75,
        "areas": 0.75,
        "commitments": 0.75,
    },
    # fresh23 (the date pass's set) was fixed on for dates and people, not for its dialogues
    # (none of its "talks" is named as a standing dialogue the rules read: 0.000), threats
    # (0.611) nor commitments (0.839)
    "fresh23": {"dialogue": 0.0, "threats": 0.55, "commitments": 0.8},
    # fresh24, fresh26, fresh28, fresh29 (written blind in the tenth to fourteenth passes' session)
    # were fixed on for people, place and date, not for dialogues, areas, threats and
    # commitments (measured: dialogue 0.571, 0.769, 0.857, 0.778; threats down to 0.516)
    "fresh24": {"dialogue": 0.55, "areas": 0.75, "commitments": 0.8},
    "fresh26": {"dialogue": 0.75, "areas": 0.7, "threats": 0.6, "commitments": 0.8},
    "fresh28": {"areas": 0.7, "threats": 0.6, "commitments": 0.85},
    "fresh29": {"officials": 0.85, "titles": 0.85, "areas": 0.7, "threats": 0.5},
    # fresh30 (written blind after the fourteenth pass, for the next): its first run, a floor
    # so it stays building and does not fall (officials 0.897, place 0.706, areas 0.696)
    "fresh30": {
        "officials": 0.85,
        "titles": 0.85,
        "place": 0.7,
        "areas": 0.65,
        "threats": 0.65,
    },
    # fresh19, fresh21, fresh22, fresh25, fresh27 and fresh31 (held out until their last
    # measure in the fifteenth to eighteenth passes' stop, development data since) and fresh32,
    # fresh33 (written blind in that stop): floors a little under the figures they were left at
    # (dialogues, areas and commitments were not fixed on them)
    "fresh19": {"commitments": 0.75},
    "fresh21": {
        "discussed": 0.75,
        "officials": 0.8,
        "titles": 0.8,
        "dialogue": 0.65,
        "areas": 0.7,
        "commitments": 0.8,
    },
    "fresh22": {
        "discussed": 0.8,
        "titles": 0.75,
        "dialogue": 0.45,
        "areas": 0.7,
        "commitments": 0.8,
    },
    "fresh25": {"dialogue": 0.4, "threats": 0.65, "commitments": 0.75},
    "fresh27": {"commitments": 0.8},
    "fresh32": {"areas": 0.7, "commitments": 0.75},
    "fresh33": {"discussed": 0.8},
    # fresh34 to fresh37: held out until their last measure (the nineteenth to twenty-second
    # passes' stop), development data since
    "fresh34": {"commitments": 0.8},
    "fresh36": {"commitments": 0.8},
    "fresh37": {"titles": 0.8},
    # fresh38 to fresh43: held out until their last measure (the previous stop's final figures),
    # development data since (the twenty-sixth to twenty-ninth passes worked on their people,
    # place, date and dialogues, not on their areas, threats and commitments)
    "fresh38": {"titles": 0.85},
    "fresh39": {"areas": 0.75, "commitments": 0.8},
    "fresh42": {"dialogue": 0.6, "threats": 0.6, "commitments": 0.85},
    "fresh43": {"titles": 0.85, "commitments": 0.85},
    # fresh44 to fresh49 (written blind between the nineteenth to twenty-fifth passes' two
    # rounds; the second round worked on their people, place and date, not on their discussed
    # countries, dialogues, areas, threats and commitments)
    "fresh44": {"discussed": 0.65},
    "fresh45": {"discussed": 0.85, "officials": 0.85},
    "fresh46": {"dialogue": 0.55, "commitments": 0.85},
    "fresh47": {"place": 0.85, "areas": 0.75, "commitments": 0.85},
    "fresh48": {"dialogue": 0.65, "areas": 0.75, "threats": 0.7, "commitments": 0.8},
    "fresh49": {"dialogue": 0.55, "areas": 0.65, "threats": 0.7, "commitments": 0.8},
    # fresh56 to fresh61 (written blind in the twenty-sixth to thirty-second passes' stop; its
    # second round worked on their people, place and date, not on their discussed countries,
    # dialogues, areas, threats and commitments; their writers' keys give a rank alone as the
    # title where the rules give the post, hence titles)
    "fresh56": {"discussed": 0.85, "titles": 0.6, "areas": 0.65, "threats": 0.55},
    "fresh57": {
        "discussed": 0.65,
        "titles": 0.7,
        "areas": 0.7,
        "threats": 0.6,
        "commitments": 0.8,
    },
    "fresh58": {"dialogue": 0.7, "areas": 0.7, "commitments": 0.85},
    "fresh59": {"dialogue": 0.55, "areas": 0.7, "commitments": 0.8},
    "fresh60": {
        "titles": 0.8,
        "leaders": 0.85,
        "dialogue": 0.7,
        "areas": 0.7,
        "threats": 0.4,
        "commitments": 0.8,
    },
    "fresh61": {"dialogue": 0.7, "areas": 0.7, "commitments": 0.8},
    # fresh62 to fresh67 (held out in the thirty-third stop, measured five times there)
    "fresh62": {"place": 0.85, "date": 0.8, "areas": 0.75, "commitments": 0.8},
    "fresh63": {"discussed": 0.75, "date": 0.8, "dialogue": 0.65, "commitments": 0.8},
    "fresh64": {"officials": 0.85, "leaders": 0.85, "place": 0.85, "areas": 0.7, "threats": 0.55},
    "fresh65": {"leaders": 0.8, "place": 0.8, "areas": 0.45, "threats": 0.6, "commitments": 0.85},
    "fresh66": {"commitments": 0.85},
    "fresh67": {
        "leaders": 0.8,
        "date": 0.6,
        "dialogue": 0.65,
        "areas": 0.65,
        "threats": 0.65,
        "commitments": 0.85,
    },
    # fresh50 to fresh55 (held out from the twenty-sixth to the thirty-second passes' stop,
    # development data since) and fresh68 to fresh79 (written blind in the thirty-third
    # passes' stop): the passes worked on their people, place, date and dialogues, not on
    # their areas, threats and commitments; floors a little under the figures they were left at
    "fresh50": {"discussed": 0.85, "areas": 0.75, "commitments": 0.85},
    "fresh51": {"areas": 0.75, "threats": 0.7},
    "fresh52": {"discussed": 0.85, "date": 0.85, "areas": 0.75, "commitments": 0.75},
    "fresh53": {"discussed": 0.8, "dialogue": 0.65, "areas": 0.55, "commitments": 0.75},
    "fresh54": {"place": 0.85, "dialogue": 0.7},
    "fresh55": {
        "discussed": 0.85,
        "titles": 0.85,
        "place": 0.85,
        "dialogue": 0.65,
        "threats": 0.65,
    },
    "fresh68": {"discussed": 0.55},
    "fresh69": {"discussed": 0.45, "threats": 0.7},
    "fresh70": {"dialogue": 0.6, "areas": 0.75, "commitments": 0.8},
    "fresh71": {"discussed": 0.55, "areas": 0.65, "commitments": 0.75},
    "fresh72": {"areas": 0.75, "commitments": 0.75},
    "fresh73": {"place": 0.8, "date": 0.8, "areas": 0.7, "commitments": 0.75},
    "fresh74": {"discussed": 0.85, "commitments": 0.8},
    "fresh75": {"areas": 0.7, "threats": 0.65, "commitments": 0.85},
    "fresh76": {"dialogue": 0.5, "commitments": 0.8},
    "fresh77": {"dialogue": 0.55, "areas": 0.75, "commitments": 0.75},
    "fresh78": {"leaders": 0.85, "areas": 0.7, "commitments": 0.8},
    "fresh79": {"areas": 0.75, "threats": 0.7, "commitments": 0.85},
    # fresh80 to fresh85 (written blind at the end of the thirty-third passes' stop): their
    # first run, with one date rule from it (a Gregorian gloss of another calendar's date)
    "fresh80": {"commitments": 0.85},
    "fresh81": {"place": 0.85, "areas": 0.55, "threats": 0.65},
    "fresh82": {
        "parties": 0.85,
        "discussed": 0.75,
        "officials": 0.85,
        "leaders": 0.85,
        "date": 0.8,
        "commitments": 0.8,
    },
    "fresh83": {"date": 0.8, "dialogue": 0.25, "areas": 0.7, "commitments": 0.8},
    "fresh84": {"officials": 0.75, "titles": 0.8, "place": 0.6, "commitments": 0.8},
    "fresh85": {
        "officials": 0.85,
        "titles": 0.8,
        "place": 0.65,
        "areas": 0.65,
        "commitments": 0.85,
    },
    # fresh86 to fresh91 (held out in the thirty-fourth stop, measured three times there): the
    # figures after their last measure and the three rules drawn from its wrong dates
    "fresh86": {
        "parties": 0.9,
        "officials": 0.85,
        "leaders": 0.85,
        "place": 0.6,
        "date": 0.85,
        "dialogue": 0.3,
        "areas": 0.65,
    },
    "fresh87": {
        "officials": 0.85,
        "titles": 0.85,
        "leaders": 0.75,
        "date": 0.85,
        "areas": 0.6,
        "commitments": 0.75,
    },
    "fresh88": {"discussed": 0.85, "dialogue": 0.7, "areas": 0.7, "commitments": 0.75},
    "fresh89": {
        "discussed": 0.8,
        "officials": 0.85,
        "titles": 0.85,
        "leaders": 0.85,
        "place": 0.7,
        "date": 0.75,
        "dialogue": 0.35,
        "commitments": 0.75,
    },
    "fresh90": {"discussed": 0.7, "commitments": 0.75},
    "fresh91": {
        "officials": 0.8,
        "titles": 0.85,
        "leaders": 0.75,
        "place": 0.8,
        "areas": 0.65,
        "threats": 0.65,
        "commitments": 0.85,
    },
    # fresh92 to fresh97 (written blind at the start of the thirty-fourth stop): their first run
    "fresh92": {"place": 0.65, "dialogue": 0.45, "areas": 0.6, "commitments": 0.75},
    "fresh93": {
        "parties": 0.9,
        "discussed": 0.85,
        "officials": 0.8,
        "titles": 0.85,
        "leaders": 0.6,
        "dialogue": 0.45,
        "areas": 0.65,
        "threats": 0.6,
        "commitments": 0.75,
    },
    "fresh94": {
        "officials": 0.75,
        "titles": 0.85,
        "leaders": 0.85,
        "place": 0.85,
        "date": 0.8,
        "dialogue": 0.0,
        "areas": 0.75,
        "commitments": 0.85,
    },
    "fresh95": {
        "discussed": 0.7,
        "titles": 0.85,
        "leaders": 0.8,
        "place": 0.7,
        "date": 0.8,
        "dialogue": 0.5,
        "threats": 0.65,
        "commitments": 0.85,
    },
    "fresh96": {"discussed": 0.6, "officials": 0.8, "leaders": 0.75, "threats": 0.65},
    "fresh97": {"date": 0.8, "areas": 0.7, "commitments": 0.8},
    # fresh98 to fresh102 (written blind in the same stop, hard dates): their first run
    "fresh98": {
        "officials": 0.85,
        "leaders": 0.7,
        "place": 0.7,
        "date": 0.8,
        "commitments": 0.75,
    },
    "fresh99": {
        "leaders": 0.8,
        "place": 0.85,
        "areas": 0.75,
        "threats": 0.7,
        "commitments": 0.75,
    },
    "fresh100": {"place": 0.75, "dialogue": 0.7, "areas": 0.75},
    "fresh101": {"discussed": 0.85, "areas": 0.75, "threats": 0.7, "commitments": 0.8},
    "fresh102": {
        "discussed": 0.8,
        "leaders": 0.8,
        "place": 0.85,
        "date": 0.8,
        "areas": 0.7,
        "commitments": 0.8,
    },
}


#: fresh18: places right in 7 of its 12 articles (a video call with no place, "Tapa" read as
#: an Indian city, a camp whose city only a reader infers)
#: fresh84, fresh85: their first run (a resort, a province, a city written with its
#: river, a briefing's meeting city against its own), not yet worked on; fresh92, fresh94,
#: fresh95, fresh100: their first run; fresh86, fresh89: their last held-out measure; fresh98: its first run (two meetings read as one)
PLACE_SHARE = {
    "fresh18": 0.55,
    "fresh30": 0.7,
    "fresh65": 0.7,
    "fresh84": 0.6,
    "fresh85": 0.5,
    "fresh86": 0.6,
    "fresh89": 0.7,
    "fresh92": 0.6,
    "fresh94": 0.75,
    "fresh95": 0.6,
    "fresh98": 0.35,
    "fresh100": 0.75,
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
    assert result.place_right >= PLACE_SHARE.get(name, 0.8) * result.articles


@pytest.mark.parametrize("name", SETS)
def test_every_draft_builds_without_violations(
    drafts: dict[str, Path], tmp_path: Path, name: str
) -> None:
    """Each set's drafts build together with the seed, as they stand. (Sets are built apart: the
    same person spelled two ways in two sets, "K.D. Dewal" and "K D Dewal", "Metin Gürak" and
    "Metin Gurak", gives one id two names, which a reviewer settles in officials.yaml.)"""
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    drafted = sorted(drafts[name].glob("*.yaml"))
    for path in drafts[name].iterdir():
        target = data / "articles" / f"{name}-{path.name}"
        shutil.copy(path, target)
        if path.suffix == ".yaml":  # the draft names its text beside it
            old = f"text: {path.stem}.txt"
            text = target.read_text(encoding="utf-8").replace(old, f"text: {name}-{path.stem}.txt")
            target.write_text(text, encoding="utf-8")
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
    assert f"articles: {len(drafted) + 1}" in result.output  # the seed and the drafts
