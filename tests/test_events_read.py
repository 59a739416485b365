"""Event readers on the real samples: counts held to a plain csv count, code traps, bad rows,
zip, filters, duplicates; and the per-row check held to pySHACL."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest
from conftest import DATA

from secgraph.errors import InputError
from secgraph.events import (
    Codes,
    EventFilter,
    ReadStats,
    read_codes,
    read_events,
    sniff_kind,
)

ROOT = Path(__file__).resolve().parents[1]
EVENTS = Path(__file__).resolve().parent / "data" / "events"
BAD = EVENTS / "bad"
FIXTURE = Path(__file__).resolve().parent / "data" / "corpus" / "events"
GDELT = EVENTS / "gdelt2-20150218-sample.export.tsv"
ICEWS = EVENTS / "icews-2018-sample.tab"
PLOVER = EVENTS / "plover-gsr-dev.json"
PK_US = FIXTURE / "pk-us-fixture.export.CSV"

#: CAMEO regions and non-state codes in the GDELT sample (no country), per the CAMEO tables
NO_COUNTRY = {"", "AFR", "EUR"}
#: ICEWS country names in the sample -> ISO alpha-3, written out by hand for this test
ICEWS_NAMES = {
    "Afghanistan": "AFG", "Australia": "AUS", "Bangladesh": "BGD", "Canada": "CAN",
    "China": "CHN", "France": "FRA", "Germany": "DEU", "Haiti": "HTI", "India": "IND",
    "Indonesia": "IDN", "Iraq": "IRQ", "Ireland": "IRL", "Israel": "ISR", "Italy": "ITA",
    "Japan": "JPN", "Kazakhstan": "KAZ", "Latvia": "LVA", "Libya": "LBY",
    "Luxembourg": "LUX", "Malaysia": "MYS", "NA": None, "Nicaragua": "NIC",
    "North Korea": "PRK", "Occupied Palestinian Territory": "PSE", "Pakistan": "PAK",
    "Philippines": "PHL", "Poland": "POL", "Russian Federation": "RUS",
    "Singapore": "SGP", "South Africa": "ZAF", "South Korea": "KOR", "Spain": "ESP",
    "Syria": "SYR", "Taiwan": "TWN", "Thailand": "THA", "Turkey": "TUR", "Ukraine": "UKR",
    "United Kingdom": "GBR", "United States": "USA", "Venezuela": "VEN", "Vietnam": "VNM",
    "Zimbabwe": "ZWE",
}  # fmt: skip


@pytest.fixture(scope="module")
def codes() -> Codes:
    return read_codes(str(DATA / "reference"), str(ROOT / "ontology"))


def _pairs(events) -> Counter[tuple[str | None, str | None]]:
    out: Counter[tuple[str | None, str | None]] = Counter()
    for e in events:
        src = e.sources[0].country if e.sources else None
        tgt = e.targets[0].country if e.targets else None
        out[(src, tgt)] += 1
    return out


def test_gdelt_sample_counts_per_pair_and_root_match_a_plain_csv_count(codes: Codes) -> None:
    with open(GDELT, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert {len(r) for r in rows} == {61}
    expected_pairs = Counter(
        (r[7] if r[7] not in NO_COUNTRY else None, r[17] if r[17] not in NO_COUNTRY else None)
        for r in rows
    )
    expected_roots = Counter(r[28] for r in rows)
    events = list(read_events(GDELT, "gdelt", codes))
    assert len(events) == 100
    assert _pairs(events) == expected_pairs
    assert Counter(e.cameo[:2] for e in events if e.cameo) == expected_roots
    assert Counter(e.quad for e in events) == Counter(int(r[29]) for r in rows)


def test_icews_sample_counts_per_pair_and_root_match_a_plain_csv_count(codes: Codes) -> None:
    with open(ICEWS, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == 200
    expected_pairs = Counter(
        (ICEWS_NAMES[r["Source Country"]], ICEWS_NAMES[r["Target Country"]]) for r in rows
    )
    events = list(read_events(ICEWS, "icews", codes))
    assert _pairs(events) == expected_pairs
    assert Counter(e.cameo[:2] for e in events if e.cameo) == Counter(
        r["CAMEO Code"][:2] for r in rows
    )
    assert {e.key for e in events} == {f"{r['Event ID']}-{r['Event Date']}" for r in rows}


def test_plover_sample_types_match_a_plain_json_count(codes: Codes) -> None:
    records = json.loads(PLOVER.read_text(encoding="utf-8"))
    stats = ReadStats("plover")
    events = list(read_events(PLOVER, "plover", codes, stats=stats))
    aliases = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}
    bad_ids = {"INVESTIGATE"}
    kept = [r for r in records if r["event"] not in bad_ids]
    # three records name an actor by a code that is no country: JAP, ITL, VTN
    codes_of = lambda r: {a.get("code") for side in ("source", "target")  # noqa: E731
                          for a in (r[side] if isinstance(r.get(side), list) else [])}  # fmt: skip
    kept = [r for r in kept if not codes_of(r) & {"JAP", "ITL", "VTN"}]
    assert Counter(e.plover for e in events) == Counter(
        aliases.get(r["event"], r["event"]) for r in kept
    )
    assert stats.bad == Counter({"code": 4, "country": 3})
    assert [(b.line, b.kind) for b in stats.examples if b.kind == "country"] == [
        (631, "country"),
        (3831, "country"),
        (4616, "country"),
    ]


def test_plover_json_lines_and_array_give_the_same_events(codes: Codes) -> None:
    array = list(read_events(PLOVER, "plover", codes))
    lines = list(read_events(EVENTS / "plover-gsr-dev.jsonl", "plover", codes))
    assert [(e.key, e.plover, e.sources, e.targets) for e in array] == [
        (e.key, e.plover, e.sources, e.targets) for e in lines
    ]
    assert lines[0].line == 1 and lines[1].line == 2


def test_zip_gives_the_same_events_as_the_plain_file(codes: Codes) -> None:
    plain = list(read_events(GDELT, "gdelt", codes))
    zipped = list(read_events(EVENTS / "gdelt2-sample.export.CSV.zip", "gdelt", codes))
    assert zipped == plain


def test_gdelt_1_0_layout_with_58_columns(codes: Codes, tmp_path: Path) -> None:
    rows = [
        line.rstrip("\n").split("\t") for line in GDELT.read_text(encoding="utf-8").splitlines(True)
    ]
    v1 = tmp_path / "v1.export.CSV"
    # GDELT 1.0 has no ADM2Code in the three geo blocks (columns 39, 47, 55 of 2.0)
    v1.write_text(
        "".join("\t".join(c for i, c in enumerate(r) if i not in (39, 47, 55)) + "\n"
                for r in rows),
        encoding="utf-8",
    )  # fmt: skip
    assert sniff_kind(v1) == "gdelt"
    old = list(read_events(v1, "gdelt", codes))
    new = list(read_events(GDELT, "gdelt", codes))
    assert len(old) == 100
    assert [(e.key, e.place_country, e.latitude, e.url) for e in old] == [
        (e.key, e.place_country, e.latitude, e.url) for e in new
    ]


def test_gdelt_1_0_backfile_layout_with_57_columns(codes: Codes, tmp_path: Path) -> None:
    rows = [line.split("\t") for line in GDELT.read_text(encoding="utf-8").splitlines()]
    old = tmp_path / "1999.csv"
    # The backfile: GDELT 1.0's 58 columns less the last (SOURCEURL)
    old.write_text(
        "".join("\t".join(c for i, c in enumerate(r) if i not in (39, 47, 55, 60)) + "\n"
                for r in rows),
        encoding="utf-8",
    )  # fmt: skip
    assert sniff_kind(old) == "gdelt"
    events = list(read_events(old, "gdelt", codes))
    new = list(read_events(GDELT, "gdelt", codes))
    assert len(events) == 100
    assert {e.url for e in events} == {None}  # not DATEADDED taken for a URL
    assert [(e.key, e.date, e.place_country, e.latitude) for e in events] == [
        (e.key, e.date, e.place_country, e.latitude) for e in new
    ]


def test_fips_and_cameo_traps(codes: Codes) -> None:
    assert codes.fips_country("BG") == "BGD"  # Bangladesh, not Bulgaria (ISO BG)
    assert codes.fips_country("BU") == "BGR"
    assert codes.fips_country("PK") == "PAK"
    assert codes.fips_country("PL") == "POL"  # Poland, not Palau (PW) nor Pakistan
    assert codes.cameo_country("ROM") == "ROU"
    assert codes.cameo_country("TMP") == "TLS"
    assert codes.cameo_country("AFR") is None
    with pytest.raises(KeyError):
        codes.cameo_country("XXQ")
    places = {e.key: e.place_country for e in read_events(PK_US, "gdelt", codes)}
    assert places["1003"] == "BGD"
    assert places["1010"] == "POL"
    assert places["1001"] == "PAK"


#: GDELT 2.0's column names, as BigQuery's table and the documentation's header give them.
GDELT2_HEADER = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
]


@pytest.mark.parametrize("separator", ["\t", ","])
def test_gdelt_with_a_header_row_tab_or_comma(codes: Codes, tmp_path: Path, separator: str) -> None:
    assert len(GDELT2_HEADER) == 61
    rows = [line.split("\t") for line in GDELT.read_text(encoding="utf-8").splitlines()]
    path = tmp_path / "bq-export.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=separator, lineterminator="\n")
        writer.writerow(GDELT2_HEADER)
        writer.writerows(rows)  # place names hold commas: quoted in the comma form
    assert sniff_kind(path) == "gdelt"
    stats = ReadStats("bq")
    got = list(read_events(path, "gdelt", codes, stats=stats))
    plain = list(read_events(GDELT, "gdelt", codes))
    assert stats.bad_total == 0
    assert [(e.key, e.place, e.place_country, e.url) for e in got] == [
        (e.key, e.place, e.place_country, e.url) for e in plain
    ]
    assert [e.line - 1 for e in got] == [e.line for e in plain]  # lines count the header


def test_gdelt_places_of_territories_and_no_country(codes: Codes, tmp_path: Path) -> None:
    row = GDELT.read_text(encoding="utf-8").splitlines()[0].split("\t")
    lines = []
    for n, (fips, name) in enumerate(
        [("GZ", "Gaza, Israel (general), Israel"), ("PG", "Spratly Islands"),
         ("OS", "Indian Ocean"), ("WQ", "Wake Island"), ("ZZ", "Nowhere")], start=1
    ):  # fmt: skip
        fields = list(row)
        fields[0] = str(900 + n)
        fields[52], fields[53] = name, fips  # ActionGeo_FullName, ActionGeo_CountryCode
        lines.append("\t".join(fields) + "\n")
    path = tmp_path / "places.export.CSV"
    path.write_text("".join(lines), encoding="utf-8")
    stats = ReadStats("places")
    got = {
        e.key: (e.place_country, e.place) for e in read_events(path, "gdelt", codes, stats=stats)
    }
    assert got == {
        "901": ("PSE", "Gaza, Israel (general), Israel"),  # FIPS GZ, folded into WE by GeoNames
        "902": (None, "Spratly Islands"),  # disputed: no country, the event kept
        "903": (None, "Indian Ocean"),
        "904": ("UMI", "Wake Island"),
    }
    assert [(b.kind, b.line) for b in stats.examples] == [("country", 5)]  # ZZ: unknown


BAD_CASES = [
    ("columns.export.CSV", "gdelt", "columns", 2),
    ("truncated.export.CSV", "gdelt", "truncated", 3),
    ("date.export.CSV", "gdelt", "date", 2),
    ("code.export.CSV", "gdelt", "code", 2),
    ("country.export.CSV", "gdelt", "country", 2),
    ("value.export.CSV", "gdelt", "value", 2),
    ("country-icews.tab", "icews", "country", 2),
    ("json.jsonl", "plover", "json", 2),
    ("zip.export.CSV.zip", "gdelt", "zip", 1),
]


@pytest.mark.parametrize(("name", "kind", "bad", "line"), BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_each_bad_row_kind_is_counted_with_file_and_line(
    codes: Codes, name: str, kind: str, bad: str, line: int
) -> None:
    stats = ReadStats(name)
    events = list(read_events(BAD / name, kind, codes, stats=stats, name=name))
    assert stats.bad == Counter({bad: 1})
    assert [(b.path, b.line, b.kind) for b in stats.examples] == [(name, line, bad)]
    if bad != "zip":
        assert len(events) == stats.rows - 1  # the good rows are all kept
    with pytest.raises(InputError) as err:
        list(read_events(BAD / name, kind, codes, on_error="fail", name=name))
    assert str(err.value).startswith(f"{name}:{line}: {bad}: ")
    assert str(err.value).endswith("; fix the row or use --on-error skip")


def test_a_file_that_is_not_event_data_is_one_error(codes: Codes) -> None:
    with pytest.raises(InputError, match=r"not-event-data.tsv:1: not event data"):
        sniff_kind(BAD / "not-event-data.tsv")
    with pytest.raises(InputError, match=r":1: not an ICEWS events file"):
        list(read_events(GDELT, "icews", codes))
    with pytest.raises(InputError, match=r":1: not a GDELT events file"):
        list(read_events(ICEWS, "gdelt", codes))


def test_duplicates_within_a_file_and_across_files_share_one_key_set(
    codes: Codes, tmp_path: Path
) -> None:
    lines = GDELT.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "a.export.CSV", tmp_path / "b.export.CSV"
    first.write_text("".join(lines[:60] + lines[:5]), encoding="utf-8")  # 5 repeated
    second.write_text("".join(lines[40:]), encoding="utf-8")
    seen: set[str] = set()
    a, b = ReadStats("a"), ReadStats("b")
    got = list(read_events(first, "gdelt", codes, stats=a, seen=seen))
    got += list(read_events(second, "gdelt", codes, stats=b, seen=seen))
    assert (a.events, a.duplicates, b.events, b.duplicates) == (60, 5, 40, 20)
    assert len({e.key for e in got}) == len(got) == 100


@pytest.mark.parametrize(
    ("event_filter", "keys"),
    [
        (EventFilter(countries=("PAK",)), {"1001", "1002", "1003", "1004", "1005", "1006",
                                           "1007", "1009", "1010"}),
        (EventFilter(countries=("PAK",), quad=(3, 4)), {"1003", "1007"}),
        (EventFilter(root=("05", "06")), {"1002", "1004"}),
        (EventFilter(since="2021-01-01", until="2021-06-08"), {"1005"}),
        (EventFilter(countries=("USA",), dyad_only=True), {"1001", "1002", "1003", "1004",
                                                           "1005", "1006", "1007", "1008"}),
        (EventFilter(countries=("CHN", "AFG")), {"1009", "1010"}),
    ],
)  # fmt: skip
def test_filters(codes: Codes, event_filter: EventFilter, keys: set[str]) -> None:
    got = {e.key for e in read_events(PK_US, "gdelt", codes, event_filter=event_filter)}
    assert got == keys


def test_dyad_only_leaves_out_non_state_sides(codes: Codes) -> None:
    kept = list(read_events(GDELT, "gdelt", codes, event_filter=EventFilter(dyad_only=True)))
    assert kept
    for e in kept:
        assert any(a.country for a in e.sources) and any(a.country for a in e.targets)


def test_filter_key_round_trips() -> None:
    f = EventFilter(countries=("usa", "PAK"), dyad_only=True, quad=(2, 1), root=("04",),
                    since="2019-01-01")  # fmt: skip
    assert EventFilter.from_key(f.key()) == f
    with pytest.raises(InputError, match="bad QuadClass 5"):
        EventFilter(quad=(5,))
    with pytest.raises(InputError, match="bad --since date"):
        EventFilter(since="2019-1-1")
