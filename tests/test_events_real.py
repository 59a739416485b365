"""Real GDELT rows as they come: line ends, a byte order mark, a zip, no final newline give
the same events; per pair of countries and per root code, the dyad summary in the store
agrees with a plain csv count of the same rows."""

from __future__ import annotations

import csv
import io
import shutil
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from conftest import DATA

import secgraph as sg
from secgraph.events import Codes, EventRecord, read_codes, read_events

TESTS = Path(__file__).resolve().parent
GDELT = TESTS / "data" / "events" / "gdelt2-20150218-sample.export.tsv"
ONTOLOGY = TESTS.parent / "ontology"
#: Actor country codes of the sample that name no country (CAMEO regions), read off the rows
NO_COUNTRY = {"", "AFR", "EUR"}


@pytest.fixture(scope="module")
def codes() -> Codes:
    return read_codes(str(DATA / "reference"), str(ONTOLOGY))


def _variants(tmp_path: Path) -> dict[str, Path]:
    raw = GDELT.read_bytes()
    out = {
        "crlf": raw.replace(b"\n", b"\r\n"),
        "bom": b"\xef\xbb\xbf" + raw,
        "bom-crlf": b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n"),
        "no-final-newline": raw.rstrip(b"\n"),
    }
    paths = {}
    for name, data in out.items():
        paths[name] = tmp_path / f"{name}.export.CSV"
        paths[name].write_bytes(data)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("bom.export.CSV", out["bom-crlf"])
    paths["zip"] = tmp_path / "bom.export.CSV.zip"
    paths["zip"].write_bytes(buffer.getvalue())
    return paths


def _key(e: EventRecord) -> tuple[object, ...]:
    return (e.key, e.date, e.quad, e.cameo, e.goldstein, e.url, e.countries(), e.place_country)


def test_line_ends_bom_zip_and_no_final_newline_give_the_same_events(
    codes: Codes, tmp_path: Path
) -> None:
    expected = [_key(e) for e in read_events(GDELT, "gdelt", codes)]
    assert len(expected) == 100
    for name, path in _variants(tmp_path).items():
        got = [_key(e) for e in read_events(path, "gdelt", codes)]
        assert got == expected, name


def _plain_counts() -> tuple[Counter[tuple[str, str]], Counter[str]]:
    """Events per unordered pair of actor countries (Actor1CountryCode, Actor2CountryCode:
    columns 8 and 18; the sample's codes are ISO alpha-3 already, regions name no country)
    and, of those events, per root code (EventRootCode, column 29): csv only."""
    with open(GDELT, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    pairs: Counter[tuple[str, str]] = Counter()
    roots: Counter[str] = Counter()
    for r in rows:
        a, b = r[7], r[17]
        if a in NO_COUNTRY or b in NO_COUNTRY:
            continue
        pairs[(min(a, b), max(a, b))] += 1
        roots[r[28]] += 1
    return pairs, roots


def test_summary_per_pair_and_root_agrees_with_a_plain_csv_count(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA / "reference", data / "reference")
    shutil.copytree(DATA / "articles", data / "articles")
    (data / "events").mkdir()
    for path in _variants(tmp_path).values():  # the same rows five times: counted once
        shutil.copy(path, data / "events" / path.name)
    out = tmp_path / "build"
    sg.build_store(data, ontology_dir=ONTOLOGY, build_dir=out)
    store = sg.open_store("oxigraph", build_dir=out, read_only=True)
    try:
        pair_rows = store.query(
            "SELECT ?a ?b (SUM(?n) AS ?events) WHERE {"
            " { SELECT DISTINCT ?pair ?a ?b WHERE { ?pair sg:firstCountry ?a ;"
            " sg:secondCountry ?b } }"
            " ?count sg:dyad ?pair ; sg:dyadQuadClass ?q ; sg:eventCount ?n } GROUP BY ?a ?b"
        ).rows
        code_rows = store.query(
            "SELECT ?code (SUM(?n) AS ?events) WHERE {"
            " ?count sg:eventCode ?concept ; sg:eventCount ?n ."
            " ?concept skos:notation ?code } GROUP BY ?code"
        ).rows
    finally:
        store.close()
    pairs = {
        (str(a).rsplit("/", 1)[-1], str(b).rsplit("/", 1)[-1]): int(str(n)) for a, b, n in pair_rows
    }
    roots: Counter[str] = Counter()
    for code, n in code_rows:
        roots[str(code)[:2]] += int(str(n))
    plain_pairs, plain_roots = _plain_counts()
    assert sum(plain_pairs.values()) == 20 and len(plain_pairs) == 8
    assert pairs == dict(plain_pairs)
    assert dict(roots) == dict(plain_roots)
