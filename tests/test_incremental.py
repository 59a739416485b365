"""Incremental builds: only what changed is rebuilt, and the result equals a clean full build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DATA, ONTOLOGY, SEED_ID, assert_same_graphs, built_dataset

import secgraph as sg
import secgraph.pipeline as pipeline_module
import secgraph.pipeline._read as articles_module
import secgraph.store._oxigraph as oxigraph_module
from secgraph.cli import cli
from secgraph.pipeline import MANIFEST_NAME, build_store, read_manifest
from secgraph.pipeline._verdict import refine_report

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
QUERY = "SELECT ?a ?title WHERE { ?a a sg:Article ; dcterms:title ?title } ORDER BY ?a"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the repository's data with two extra articles (copies of the seed)."""
    root = tmp_path / "data"
    shutil.copytree(DATA, root)
    for n in (2, 3):
        text = (root / "articles" / f"{SEED_ID}.yaml").read_text(encoding="utf-8")
        text = text.replace("title: Pakistan, US", f"title: Copy {n} - Pakistan, US")
        (root / "articles" / f"copy-{n}.yaml").write_text(text, encoding="utf-8")
    return root


def _build(data: Path, out: Path, store: str = "oxigraph", **kw: bool) -> sg.Report:
    # these tests compare builds with planted violations: load them (see test_verdict)
    kw.setdefault("allow_violations", True)
    return build_store(data, ontology_dir=ONTOLOGY, build_dir=out, store=store, **kw)


def _query(out: Path, store: str = "oxigraph") -> sg.QueryResult:
    opened = sg.open_store(store, build_dir=out)
    try:
        return opened.query(QUERY)
    finally:
        opened.close()


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_change_add_delete_equals_a_clean_full_build(
    data: Path, tmp_path: Path, store: str
) -> None:
    out = tmp_path / "build"
    first = _build(data, out, store)
    assert first.plan.full and len(first.plan.added) == 3

    article = data / "articles" / "copy-2.yaml"
    article.write_text(article.read_text().replace("Copy 2 -", "Changed 2 -"), encoding="utf-8")
    (data / "articles" / "copy-3.yaml").unlink()
    text = (data / "articles" / "copy-2.yaml").read_text(encoding="utf-8")
    text = text.replace("threats: [terrorism, illicit-trafficking]", "threats: [moon-dust]")
    (data / "articles" / "copy-4.yaml").write_text(text, encoding="utf-8")  # a planted violation
    second = _build(data, out, store)
    plan = second.plan
    assert not plan.full
    assert (plan.added, plan.changed, plan.removed, plan.unchanged) == (
        ("copy-4",),
        ("copy-2",),
        ("copy-3",),
        (SEED_ID,),
    )

    clean = tmp_path / "clean"
    full = _build(data, clean, store, full=True)
    assert_same_graphs(built_dataset(out, store), built_dataset(clean, store))
    # incremental validation (only copy-2 and copy-4 validated) equals whole validation
    assert second.report.count("Violation") == 1
    assert second.report.results == full.report.results
    whole = sg.validate(built_dataset(clean, store), sg.read_ontology(ONTOLOGY).shapes)
    assert second.report.results == refine_report(whole, data).results  # lines at the keys
    assert second.stats == read_manifest(clean / MANIFEST_NAME).stats


def test_a_changed_text_file_rebuilds_its_article(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    _build(data, out)
    text = data / "articles" / f"{SEED_ID}.txt"
    text.write_text(text.read_text(encoding="utf-8") + "\nA new last line.\n", encoding="utf-8")
    plan = _build(data, out).plan
    assert set(plan.changed) == {SEED_ID, "copy-2", "copy-3"}  # all three cite this text


def test_unchanged_rebuild_changes_nothing_and_says_so(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    runner = CliRunner()
    args = ["build", str(data), "--out", str(out), "--ontology", str(ONTOLOGY)]
    assert runner.invoke(cli, args).exit_code == 0
    link = (out / "store").resolve()
    before = {p: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}
    again = runner.invoke(cli, args)
    assert again.exit_code == 0, again.output
    assert (
        "changes: 0 added, 0 changed, 0 removed, 3 unchanged (up to date: store not touched)"
        in (again.stdout)
    )
    assert "articles: 3" in again.stdout and "validation: conforms" in again.stdout
    assert (out / "store").resolve() == link
    assert {p: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()} == before


def test_reference_change_rebuilds_everything(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    _build(data, out)
    places = data / "reference" / "places.yaml"
    places.write_text(places.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    plan = _build(data, out).plan
    assert plan.full and plan.reason == "reference data changed"


@pytest.mark.parametrize("full", [False, True])
def test_bad_fact_file_leaves_the_previous_store_answering(
    data: Path, tmp_path: Path, full: bool
) -> None:
    out = tmp_path / "build"
    _build(data, out)
    before = _query(out)
    (data / "articles" / "broken.yaml").write_text("article: [\n", encoding="utf-8")
    with pytest.raises(sg.FactError, match=r"broken\.yaml"):  # a full build streams its chunks
        _build(data, out, full=full)
    assert _query(out) == before
    assert read_manifest(out / MANIFEST_NAME).articles.keys() == {SEED_ID, "copy-2", "copy-3"}


@pytest.mark.parametrize("full", [False, True])
def test_failure_inside_the_apply_step_leaves_the_previous_store(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, full: bool
) -> None:
    out = tmp_path / "build"
    _build(data, out)
    before, dataset = _query(out), built_dataset(out)
    article = data / "articles" / "copy-2.yaml"
    article.write_text(article.read_text().replace("Copy 2 -", "Changed 2 -"), encoding="utf-8")

    real = oxigraph_module.quads

    def failing(graphs):
        for n, quad in enumerate(real(graphs)):
            if n == 50:
                raise OSError("disk on fire")
            yield quad

    def failing_text(*args):  # the full rebuild loads N-Quads or TriG text
        raise OSError("disk on fire")

    monkeypatch.setattr(oxigraph_module, "quads", failing)
    monkeypatch.setattr(oxigraph_module, "to_nquads", failing_text)
    monkeypatch.setattr(articles_module, "turtle_statements", failing_text)
    with pytest.raises((OSError, sg.StoreError)):
        _build(data, out, full=full)
    monkeypatch.undo()
    assert _query(out) == before
    assert_same_graphs(built_dataset(out), dataset)
    assert not [p for p in out.iterdir() if p.name.startswith("store.gen-")][1:]
    # and the next build repairs what the failed one left to do
    plan = _build(data, out).plan
    assert "copy-2" in plan.changed or plan.full
    assert "Changed 2 -" in str(_query(out).rows)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="tests/data/corpus/ not there yet")
def test_fixture_corpus_incremental_equals_full(tmp_path: Path) -> None:
    data = tmp_path / "corpus"
    shutil.copytree(CORPUS, data)
    out, clean = tmp_path / "build", tmp_path / "clean"
    _build(data, out)
    victim = sorted((data / "articles").glob("*.yaml"))[0]
    victim.unlink()
    _build(data, out)
    _build(data, clean, full=True)
    assert_same_graphs(built_dataset(out), built_dataset(clean))


_CLASSES = """SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
  ?s a ?class FILTER(STRSTARTS(STR(?class), "https://w3id.org/secgraph/ontology#"))
} GROUP BY ?class"""
_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_build_stats_equal_counts_over_the_store(data: Path, tmp_path: Path, store: str) -> None:
    """The manifest's summed counts (incremental and full) equal a count over the store."""
    out = tmp_path / "build"
    _build(data, out, store=store)
    (data / "articles" / "copy-3.yaml").unlink()
    article = data / "articles" / "copy-2.yaml"
    article.write_text(article.read_text().replace("Copy 2 -", "Changed 2 -"), encoding="utf-8")
    for full in (False, True):
        stats = _build(data, out, store=store, full=full).stats
        opened = sg.open_store(store, build_dir=out)
        try:
            classes = {str(c).rsplit("#", 1)[-1]: int(n) for c, n in opened.query(_CLASSES).rows}
            quads = int(opened.query(_QUADS).rows[0][0])
            graphs = len(opened.graph_names())
        finally:
            opened.close()
        assert stats.classes == dict(sorted(classes.items()))
        assert (stats.triples, stats.graphs) == (quads, graphs)
        assert stats.classes["Meeting"] >= 2


def test_a_build_stopped_while_changing_the_store_is_followed_by_a_full_rebuild(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "build"
    _build(data, out)
    article = data / "articles" / "copy-2.yaml"
    article.write_text(article.read_text().replace("Copy 2 -", "Changed 2 -"), encoding="utf-8")

    replace_graphs = oxigraph_module.OxigraphStore.replace_graphs

    def stop(*args: object, **kw: object) -> None:  # the store changed, then the process stops
        replace_graphs(*args, **kw)  # type: ignore[arg-type]
        raise sg.StoreError("disk full")

    monkeypatch.setattr(oxigraph_module.OxigraphStore, "replace_graphs", stop)
    with pytest.raises(sg.StoreError):
        _build(data, out)
    monkeypatch.undo()
    # the manifest no longer vouches for the store
    pending = read_manifest(out / pipeline_module.MANIFEST_NAME)
    assert pending is not None and pending.generation is None and pending.stats is None

    result = _build(data, out)
    assert result.plan.full and result.plan.reason == "store and manifest disagree"
    clean = tmp_path / "clean"
    _build(data, clean)
    assert_same_graphs(built_dataset(out), built_dataset(clean))
    assert result.report == _build(data, clean, full=True).report


def test_a_locked_manifest_is_a_clear_error_and_changes_nothing(data: Path, tmp_path: Path) -> None:
    import sqlite3

    out = tmp_path / "build"
    _build(data, out)
    before = _query(out)
    article = data / "articles" / "copy-2.yaml"
    article.write_text(article.read_text().replace("Copy 2 -", "Changed 2 -"), encoding="utf-8")
    other = sqlite3.connect(out / MANIFEST_NAME, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another build holding the manifest
    try:
        with pytest.raises(sg.StoreError, match="is another build running"):
            _build(data, out)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _query(out) == before
    assert not _build(data, out).plan.full  # the manifest still vouches for the store


def test_build_caches_are_rebuilt_when_missing_or_damaged(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    first = _build(data, out)
    for name in ("base.nq", "ontology.pickle", "reference.pickle"):
        assert (out / name).is_file()
    (out / "base.nq").unlink()
    (out / "ontology.pickle").write_bytes(b"not a pickle")
    (out / "reference.pickle").write_bytes((out / "reference.pickle").read_bytes()[:100])
    article = data / "articles" / "copy-2.yaml"
    article.write_text(article.read_text().replace("Copy 2 -", "Changed 2 -"), encoding="utf-8")
    second = _build(data, out)
    assert second.plan.changed == ("copy-2",) and not second.plan.full
    assert second.report == first.report
    assert (out / "base.nq").read_bytes().startswith(b"# secgraph cache ")
    third = _build(data, out, full=True)
    assert third.report == second.report and third.stats == second.stats


def test_incremental_validation_with_shared_officials_equals_a_full_build(
    make_data_dir,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    """Articles defining the same official (and officials holding reference posts) make the
    cross-article pass read unchanged articles' graphs back from the store."""
    import random

    from test_validation_passes import _article

    rng = random.Random(3)
    data = make_data_dir(**{f"gen-{n:03d}": _article(n, rng) for n in range(40)})
    out = tmp_path / "build"
    _build(data, out)
    # gen-014 defines 'shared-envoy' as gen-005, gen-023 and gen-032 do: change its name
    (data / "articles" / "gen-014.yaml").write_text(_article(14, random.Random(9)), "utf-8")
    (data / "articles" / "gen-032.yaml").unlink()
    incremental = _build(data, out)
    assert incremental.plan.changed == ("gen-014",) and not incremental.plan.full
    full = _build(data, tmp_path / "clean", full=True)
    assert incremental.report == full.report
    assert any(r.focus == "id:official/shared-envoy" for r in incremental.report.results)
    shapes = sg.read_ontology(ONTOLOGY).shapes
    whole = sg.validate(built_dataset(out), shapes)
    assert incremental.report.results == refine_report(whole, data).results
