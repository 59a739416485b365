"""Event files in the build: counts in the store, duplicates, incremental equals clean,
``secgraph import``, and the dyad and timeline outputs on a fixture with known numbers."""

from __future__ import annotations

import csv
import json
import shutil
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import DATA, assert_same_graphs, built_dataset

import secgraph as sg
from secgraph.cli import cli

TESTS = Path(__file__).resolve().parent
EVENTS = TESTS / "data" / "events"
CORPUS = TESTS / "data" / "corpus"
GDELT = EVENTS / "gdelt2-20150218-sample.export.tsv"
ICEWS = EVENTS / "icews-2018-sample.tab"
PLOVER = EVENTS / "plover-gsr-dev.json"
ONTOLOGY = TESTS.parent / "ontology"
COUNTRY = "https://w3id.org/secgraph/id/country/"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def _data(tmp_path: Path, *event_files: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(DATA / "reference", root / "reference")
    shutil.copytree(DATA / "articles", root / "articles")
    (root / "events").mkdir()
    for f in event_files:
        shutil.copy(f, root / "events" / f.name)
    return root


def _build(data: Path, out: Path, store: str = "oxigraph", full: bool = False) -> sg.BuildResult:
    return sg.build_store(data, ontology_dir=ONTOLOGY, build_dir=out, store=store, full=full)


def _rows(out: Path, sparql: str, store: str = "oxigraph") -> list[tuple[str, ...]]:
    opened = sg.open_store(store, build_dir=out, read_only=True)
    try:
        return [
            tuple(str(v) if v is not None else "" for v in r) for r in opened.query(sparql).rows
        ]
    finally:
        opened.close()


_PAIRS = """SELECT ?a ?b (COUNT(?e) AS ?n) WHERE {
  ?e a sg:CodedEvent ; sg:quadClass ?q .
  OPTIONAL { ?e sg:sourceCountry ?a } OPTIONAL { ?e sg:targetCountry ?b }
  FILTER(STRSTARTS(STR(?e), "https://w3id.org/secgraph/id/event/gdelt/"))
} GROUP BY ?a ?b"""
_ROOTS = """SELECT ?root (COUNT(?e) AS ?n) WHERE {
  ?e a sg:CodedEvent ; sg:cameoCode ?c .
  FILTER(STRSTARTS(STR(?e), "https://w3id.org/secgraph/id/event/gdelt/"))
  BIND(SUBSTR(REPLACE(STR(?c), "^.*/", ""), 1, 2) AS ?root)
} GROUP BY ?root"""


def test_real_samples_in_the_store_match_a_plain_csv_count(tmp_path: Path) -> None:
    data = _data(tmp_path, GDELT, ICEWS, PLOVER)
    result = _build(data, tmp_path / "build")
    assert result.events is not None
    assert (result.events.files, result.events.events) == (3, 100 + 200 + 154)
    with open(GDELT, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    region = {"", "AFR", "EUR"}
    expected = Counter(
        (
            COUNTRY + r[7] if r[7] not in region else "",
            COUNTRY + r[17] if r[17] not in region else "",
        )
        for r in rows
    )
    found = {(a, b): int(n) for a, b, n in _rows(tmp_path / "build", _PAIRS)}
    assert found == dict(expected)
    roots = {r: int(n) for r, n in _rows(tmp_path / "build", _ROOTS)}
    assert roots == dict(Counter(r[28] for r in rows))
    stats = result.stats.classes
    assert (stats["CodedEvent"], stats["EventFile"]) == (454, 3)


def test_two_files_that_overlap_and_a_reimport_add_nothing_twice(tmp_path: Path) -> None:
    lines = GDELT.read_text(encoding="utf-8").splitlines(keepends=True)
    data = _data(tmp_path)
    (data / "events" / "a.export.CSV").write_text("".join(lines[:60]), encoding="utf-8")
    (data / "events" / "b.export.CSV").write_text("".join(lines[40:]), encoding="utf-8")
    out = tmp_path / "build"
    result = _build(data, out)
    assert result.events is not None and result.events.events == 100
    assert {s.path: s.duplicates for s in result.events.loaded} == {
        "events/a.export.CSV": 0,
        "events/b.export.CSV": 20,
    }
    count = "SELECT (COUNT(?e) AS ?n) (COUNT(DISTINCT ?e) AS ?d) WHERE { ?e a sg:CodedEvent }"
    assert _rows(out, count) == [("100", "100")]
    goldstein = "SELECT (COUNT(?g) AS ?n) WHERE { ?e sg:goldstein ?g }"
    assert _rows(out, goldstein) == [("100",)]
    # the same file imported again under another name adds nothing
    shutil.copy(data / "events" / "a.export.CSV", data / "events" / "c.export.CSV")
    again = _build(data, out)
    assert again.events is not None and again.events.events == 100
    assert _rows(out, count) == [("100", "100")]


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_add_change_remove_an_event_file_equals_a_clean_build(tmp_path: Path, store: str) -> None:
    lines = GDELT.read_text(encoding="utf-8").splitlines(keepends=True)
    data = _data(tmp_path, ICEWS)
    out = tmp_path / "build"
    _build(data, out, store=store)
    events = data / "events"
    steps = [
        lambda: (events / "a.export.CSV").write_text("".join(lines[:50]), encoding="utf-8"),
        lambda: (events / "b.export.CSV").write_text("".join(lines[30:]), encoding="utf-8"),
        lambda: (events / "a.export.CSV").write_text("".join(lines[:20]), encoding="utf-8"),
        lambda: (events / "a.export.CSV").unlink(),
        lambda: (events / "icews-2018-sample.tab").unlink(),
    ]
    for n, step in enumerate(steps):
        step()
        result = _build(data, out, store=store)
        assert result.events is not None
        assert not result.plan.full  # only the event graphs changed
        clean = tmp_path / f"clean-{n}"
        _build(data, clean, store=store)
        assert_same_graphs(built_dataset(out, store), built_dataset(clean, store))
        assert result.stats == _build(data, clean, store=store).stats
    unchanged = _build(data, out, store=store)
    assert unchanged.events is not None and not unchanged.events.loaded


def test_a_changed_filter_imports_the_file_again(tmp_path: Path) -> None:
    data = _data(tmp_path)
    out = tmp_path / "build"
    code, stdout, stderr = invoke("import", "gdelt", str(GDELT), "--data", str(data),
                                  "--build", str(out), "--countries", "USA,AUS")  # fmt: skip
    assert code == 0, stderr
    assert "events: 14 in 1 event files" in stdout
    assert "100 rows, 14 events, 86 filtered out" in stderr
    settings = json.loads((data / "events" / "sources.json").read_text())
    assert settings["gdelt2-20150218-sample.export.tsv"]["filter"] == "countries=AUS,USA"
    code, stdout, _ = invoke("import", "gdelt", str(GDELT), "--data", str(data), "--build",
                             str(out))  # fmt: skip
    assert code == 0 and "events: 100 in 1 event files (1 loaded" in stdout
    code, stdout, _ = invoke("build", str(data), "--out", str(out), "--ontology", str(ONTOLOGY))
    assert code == 0 and "events: 100 in 1 event files (0 loaded, 0 removed, 1 unchanged)" in stdout


def test_import_errors_are_one_line_and_change_nothing(tmp_path: Path) -> None:
    data = _data(tmp_path)
    out = tmp_path / "build"
    bad = EVENTS / "bad" / "not-event-data.tsv"
    code, _, stderr = invoke("import", "gdelt", str(bad), "--data", str(data), "--build", str(out))
    assert code == 2
    assert stderr == (
        f"secgraph: {bad}:1: not event data (neither GDELT, ICEWS nor PLOVER); give a GDELT "
        "export, an ICEWS file, PLOVER JSON records or a POLECAT release\n"
    )
    code, _, stderr = invoke(
        "import", "icews", str(GDELT), "--data", str(data), "--build", str(out)
    )
    assert code == 2 and "not an ICEWS file (it looks like GDELT)" in stderr
    assert invoke("import", "gdelt", str(GDELT), "--data", str(data), "--build", str(out))[0] == 0
    before = _rows(out, "SELECT (COUNT(?e) AS ?n) WHERE { ?e a sg:CodedEvent }")
    broken = EVENTS / "bad" / "date.export.CSV"
    code, _, stderr = invoke("import", "gdelt", str(broken), "--data", str(data), "--build",
                             str(out), "--on-error", "fail")  # fmt: skip
    assert code == 2
    assert stderr == (
        "secgraph: events/date.export.CSV:2: date: bad date '20141345'; fix the row or use "
        "--on-error skip\n"
    )
    assert not (data / "events" / "date.export.CSV").exists()
    assert "date.export.CSV" not in (data / "events" / "sources.json").read_text()
    assert _rows(out, "SELECT (COUNT(?e) AS ?n) WHERE { ?e a sg:CodedEvent }") == before
    # the bad row stopped the build in its plan: the manifest still vouches for the store
    code, stdout, _ = invoke("build", str(data), "--out", str(out), "--ontology", str(ONTOLOGY))
    assert code == 0 and "up to date" in stdout and "full rebuild" not in stdout


def test_emit_nquads_writes_what_the_build_loads(tmp_path: Path) -> None:
    data = _data(tmp_path)
    target = tmp_path / "events.nq"
    code, stdout, _ = invoke("import", "icews", str(ICEWS), "--data", str(data), "--emit",
                             "nquads", str(target))  # fmt: skip
    assert code == 0 and stdout == f"{target}\n"
    emitted = ox.Dataset(ox.parse(target.read_bytes(), format=ox.RdfFormat.N_QUADS))
    assert not (data / "events" / ICEWS.name).exists()
    out = tmp_path / "build"
    assert invoke("import", "icews", str(ICEWS), "--data", str(data), "--build", str(out))[0] == 0
    store = ox.Store.read_only(str(out / "store"))
    graph = ox.NamedNode(f"https://w3id.org/secgraph/graph/events/{ICEWS.name}")
    loaded = ox.Dataset(store.quads_for_pattern(None, None, None, graph))
    assert len(emitted) == len(loaded) > 5000
    assert {q for q in emitted} == {q for q in loaded}


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "build"
    _build(CORPUS, out)
    return out


def test_dyad_on_the_fixture_has_the_known_numbers(corpus_build: Path, tmp_path: Path) -> None:
    code, stdout, _ = invoke("analyze", "dyad", "PAK", "United States", "--build",
                             str(corpus_build), "--format", "json")  # fmt: skip
    assert code == 0
    rows = {r["period"]: r for r in json.loads(stdout)["rows"]}
    assert list(rows) == ["2019-03", "2019-04", "2021-06"]
    march = rows["2019-03"]
    assert (march["events"], march["verbal_coop"], march["verbal_conflict"]) == (3, 2, 1)
    assert march["goldstein"] == pytest.approx(2.93, abs=0.005)
    assert march["top_codes"] == ["043 (1)", "057 (1)", "112 (1)"]
    assert march["meetings"] == ["2019-03-12"]
    june = rows["2021-06"]
    assert (june["events"], june["material_conflict"], june["meetings"]) == (3, 1, ["2021-06-08"])
    assert june["goldstein"] == pytest.approx(-1.47, abs=0.005)
    assert june["top_codes"][0] == "043 (2)"
    code, stdout, _ = invoke("analyze", "dyad", "PAK", "USA", "--by", "year", "--build",
                             str(corpus_build), "--format", "json")  # fmt: skip
    years = {r["period"]: (r["events"], r["goldstein"]) for r in json.loads(stdout)["rows"]}
    assert years == {"2019": (4, 3.8), "2021": (3, -1.47)}
    for suffix in ("svg", "png", "html"):
        picture = tmp_path / f"dyad.{suffix}"
        code, _, stderr = invoke("analyze", "dyad", "PAK", "USA", "--build", str(corpus_build),
                                 "-o", str(picture))  # fmt: skip
        assert code == 0 and stderr == f"wrote {picture}\n"
        first = picture.read_bytes()
        invoke("analyze", "dyad", "PAK", "USA", "--build", str(corpus_build), "-o", str(picture))
        assert picture.read_bytes() == first  # the same series, the same bytes
    assert b"2019-03-12" in (tmp_path / "dyad.html").read_bytes()


def test_timeline_shows_meetings_and_events_together(corpus_build: Path) -> None:
    code, stdout, _ = invoke("analyze", "timeline", "PAK", "USA", "--build", str(corpus_build),
                             "--format", "json")  # fmt: skip
    assert code == 0
    rows = {str(r["year"]): r for r in json.loads(stdout)["rows"]}
    assert {y: (r["meetings"], r["events"], r["cooperation"], r["conflict"])
            for y, r in rows.items() if y != "undated"} == {
        "2019": (1, 4, 3, 1),
        "2021": (1, 3, 2, 1),
    }  # fmt: skip
    assert rows["undated"]["meetings"] == 1 and rows["undated"]["events"] == 0


def test_countries_weighted_by_cooperation_events(corpus_build: Path) -> None:
    code, stdout, _ = invoke("analyze", "centrality", "-p", "countries", "--weight", "events",
                             "--build", str(corpus_build), "--format", "json")  # fmt: skip
    assert code == 0
    rows = {r["label"]: r["weighted_degree"] for r in json.loads(stdout)["rows"]}
    # PAK-USA 5 cooperation events, PAK-CHN 1, AFG-PAK 1, IND-USA 1
    assert rows["Pakistan"] == 7 and rows["United States"] == 6 and rows["India"] == 1
    code, _, stderr = invoke("analyze", "centrality", "-p", "officials", "--weight", "events",
                             "--build", str(corpus_build))  # fmt: skip
    assert code == 2 and stderr == "secgraph: --weight events needs --projection countries\n"


def test_report_has_an_event_section_only_with_events(corpus_build: Path, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    code, _, _ = invoke("report", "--build", str(corpus_build), "-o", str(page))
    assert code == 0
    text = page.read_text(encoding="utf-8")
    assert '<section id="events"><h2>Event data</h2>' in text
    assert "<td>Pakistan - United States</td><td>7</td><td>5</td><td>2</td>" in text
    plain = tmp_path / "plain-build"
    data = _data(tmp_path)
    _build(data, plain)
    code, _, _ = invoke("report", "--build", str(plain), "-o", str(page))
    assert code == 0 and 'id="events"' not in page.read_text(encoding="utf-8")


def test_event_files_as_a_source_kind(tmp_path: Path) -> None:
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from secgraph.events import read_codes
    from secgraph.sources import EVENTS, EventFiles, kind_of

    data = _data(tmp_path, ICEWS)
    out = tmp_path / "build"
    _build(data, out)
    key = f"events/{ICEWS.name}"
    assert kind_of(key) is EVENTS
    assert EVENTS.discover(data) == {key: str(data / "events" / ICEWS.name)}
    codes = read_codes(str(data / "reference"), str(ONTOLOGY))
    built = EventFiles(codes).build(str(data / "events" / ICEWS.name), None)  # type: ignore[arg-type]
    assert (built.key, str(built.graph)) == (key, str(EVENTS.graph_iri(key)))
    stored = built_dataset(out).graph(built.graph)
    minted = Graph()
    for triple in built.triples:
        minted.add(triple)
    assert isomorphic(minted, stored)
    state = (built.entry.sha256, built.entry.text, built.entry.text_sha256,
             built.entry.mtime_ns, built.entry.size)  # fmt: skip
    path = str(data / "events" / ICEWS.name)
    assert EVENTS.unchanged(state, path)
    (data / "events" / "sources.json").write_text(
        json.dumps({ICEWS.name: {"kind": "icews", "filter": "quad=1", "on_error": "skip"}})
    )
    assert not EVENTS.unchanged(state, path)  # a changed filter is a changed source
