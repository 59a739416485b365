"""POLECAT's tab-separated releases: read by their header's names, as PLOVER events.

The fixture ``data/events/polecat-sample.txt`` has the column header of POLECAT's releases
and eight invented rows: five good ones (a side of two states, ``None`` for what is missing,
stray tabs at the end of the last row) and one each of an unknown event type, an impossible
date and an unknown country.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DATA

from secgraph.cli import cli
from secgraph.errors import InputError
from secgraph.events import Codes, EventRecord, read_codes, read_events, sniff_kind
from secgraph.events._model import ReadStats

TESTS = Path(__file__).resolve().parent
POLECAT = TESTS / "data" / "events" / "polecat-sample.txt"
ICEWS = TESTS / "data" / "events" / "icews-2018-sample.tab"
ONTOLOGY = TESTS.parent / "ontology"


@pytest.fixture(scope="module")
def codes() -> Codes:
    return read_codes(str(DATA / "reference"), str(ONTOLOGY))


def _read(path: Path, codes: Codes) -> tuple[list[EventRecord], ReadStats]:
    stats = ReadStats(str(path))
    return list(read_events(path, "plover", codes, stats=stats)), stats


def test_a_polecat_release_is_sniffed_as_plover_and_icews_stays_icews() -> None:
    assert sniff_kind(POLECAT) == "plover"
    assert sniff_kind(ICEWS) == "icews"


def test_the_sample_reads_its_good_rows_and_counts_each_bad_one(codes: Codes) -> None:
    events, stats = _read(POLECAT, codes)
    assert [e.line for e in events] == [2, 3, 4, 5, 9]
    assert (stats.rows, stats.events) == (8, 5)
    assert {(b.line, b.kind) for b in stats.examples} == {(6, "code"), (7, "date"), (8, "country")}
    first = events[0]
    assert (first.dataset, first.key, first.date, first.plover, first.mode, first.quad) == (
        "plover", "20230104-0001-a1", "2023-01-03", "CONSULT", "visit", 1,
    )  # fmt: skip
    assert first.contexts == ("military", "terrorism")
    assert first.countries() == ({"USA"}, {"PAK"})
    assert first.sources[0].name == "U.S. defense secretary"
    assert first.sources[0].sectors == ("MIL", "GOV")
    assert (first.place, first.place_country, first.intensity) == ("Islamabad", "PAK", "1.0")
    assert (first.latitude, first.longitude) == ("33.72148", "73.04329")
    second = events[1]  # "None" is missing, not a value
    assert (second.mode, second.place, second.place_country, second.latitude) == (None,) * 4
    assert second.context_text == ("border",)  # a context outside the scheme is kept as text
    two_states = events[2]
    assert two_states.countries() == ({"FRA", "DEU"}, {"MLI"})
    assert [a.name for a in two_states.sources] == [None, None]
    one_sided = events[3]
    assert one_sided.targets == () and one_sided.sources[0].name == "José Pérez"


def test_headers_with_stray_names_and_rows_with_stray_tabs(codes: Codes, tmp_path: Path) -> None:
    lines = POLECAT.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    header.insert(7, "Headline")  # a name with no column under it, as some releases have
    stray = tmp_path / "stray.txt"
    stray.write_text("\n".join(["\t".join(header), *lines[1:]]) + "\n", encoding="utf-8")
    expected = [(e.key, e.countries(), e.place) for e in _read(POLECAT, codes)[0]]
    assert [(e.key, e.countries(), e.place) for e in _read(stray, codes)[0]] == expected
    tabbed = tmp_path / "tabbed.txt"
    tabbed.write_text("\n".join(line + "\t\t\t" for line in lines) + "\n", encoding="utf-8")
    assert [(e.key, e.countries(), e.place) for e in _read(tabbed, codes)[0]] == expected


def test_a_row_of_another_width_is_a_bad_row_not_a_shifted_event(
    codes: Codes, tmp_path: Path
) -> None:
    lines = POLECAT.read_text(encoding="utf-8").splitlines()
    short = tmp_path / "short.txt"
    short.write_text("\n".join([lines[0], lines[1], "x\ty\tz", lines[2]]) + "\n", encoding="utf-8")
    events, stats = _read(short, codes)
    assert [e.line for e in events] == [2, 4]
    assert [(b.line, b.kind, b.message) for b in stats.examples] == [
        (3, "columns", "3 columns, expected 40 (its header's)")
    ]


def test_a_header_without_a_needed_column_is_one_line(codes: Codes, tmp_path: Path) -> None:
    lines = POLECAT.read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "no-recipient.txt"
    broken.write_text(lines[0].replace("Recipient Country", "Target") + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        _read(broken, codes)
    assert err.value.line == 1
    assert "the POLECAT header has no 'Recipient Country' column" in str(err.value)


def test_a_zipped_release_reads_as_the_text(codes: Codes, tmp_path: Path) -> None:
    archive = tmp_path / "ngecEventsDV-2023.txt.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("ngecEventsDV-2023-Jan.txt", POLECAT.read_bytes())
    archive.write_bytes(buffer.getvalue())
    assert sniff_kind(archive) == "plover"
    expected = [(e.key, e.date, e.countries()) for e in _read(POLECAT, codes)[0]]
    assert [(e.key, e.date, e.countries()) for e in _read(archive, codes)[0]] == expected


def test_import_builds_a_release_and_the_dyad_counts_its_events(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA / "reference", data / "reference")
    shutil.copytree(DATA / "articles", data / "articles")
    out = tmp_path / "build"
    runner = CliRunner()
    result = runner.invoke(cli, ["import", "plover", str(POLECAT), "--data", str(data),
                                 "--build", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "8 rows, 5 events" in result.stderr
    assert (data / "events" / POLECAT.name).exists()
    result = runner.invoke(cli, ["analyze", "dyad", "PAK", "USA", "--build", str(out),
                                 "--format", "json"])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)["rows"]
    assert [(r["period"], r["events"]) for r in rows] == [("2023-01", 2)]


def test_a_release_dropped_in_the_folder_is_read_and_notes_are_not(tmp_path: Path) -> None:
    from secgraph.events._source import event_sources

    folder = tmp_path / "events"
    folder.mkdir()
    shutil.copy(POLECAT, folder / "ngecEvents.DV.2023.txt")
    (folder / "notes.txt").write_text("what these files are\n", encoding="utf-8")
    found = event_sources(tmp_path)
    assert [(s.name, s.settings.kind) for s in found] == [
        ("events/ngecEvents.DV.2023.txt", "plover")
    ]


def test_latin_1_names_read_as_written_not_as_replacement_marks(
    codes: Codes, tmp_path: Path
) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(POLECAT.read_text(encoding="utf-8").encode("latin-1"))
    names = [a.name for e in _read(latin, codes)[0] for a in e.sources]
    assert "José Pérez" in names


def test_a_header_of_neither_icews_nor_polecat_is_one_line(tmp_path: Path) -> None:
    lines = POLECAT.read_text(encoding="utf-8").splitlines()
    odd = tmp_path / "odd.txt"
    odd.write_text(lines[0].replace("Event Type", "Kind") + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        sniff_kind(odd)
    assert err.value.line == 1
    assert "neither ICEWS (no 'CAMEO Code' column) nor POLECAT" in str(err.value)
