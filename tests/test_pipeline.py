"""The build's stages one by one: plan, read and mint, validate, commit (store, then manifest)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ONTOLOGY, assert_same_graphs, built_dataset

import secgraph as sg
from secgraph.pipeline import build_store, read_manifest
from secgraph.pipeline._commit import commit
from secgraph.pipeline._context import BuildContext, open_context
from secgraph.pipeline._plan import plan_stage
from secgraph.pipeline._read import read_stage
from secgraph.pipeline._validation import validate_stage
from secgraph.sources import ARTICLES, kind_of
from secgraph.vocab import ONTOLOGY_GRAPH, REFERENCE_GRAPH, article_graph_iri

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(CORPUS, root)
    return root


def _context(data: Path, out: Path, store: str = "oxigraph") -> BuildContext:
    return open_context(data, ontology_dir=ONTOLOGY, build_dir=out, store=store, workers=1)


def test_article_files_are_a_kind_of_source(data: Path) -> None:
    paths = ARTICLES.discover(data)
    assert list(paths) == sorted(paths) and len(paths) == 6
    key = next(iter(paths))
    assert kind_of(key) is ARTICLES
    assert ARTICLES.graph_iri(key) == article_graph_iri(key)
    context = _context(data, data.parent / "b")
    try:
        from secgraph.sources import MintContext

        mint = MintContext(context.inputs.reference, context.inputs.resolver, data)
        built = ARTICLES.build(paths[key], mint)
    finally:
        context.close()
    assert built.key == key and built.graph == article_graph_iri(key)
    assert built.entry.triples == len(built.triples) > 0
    assert built.entry.owned and built.entry.owned["Article"] == 1
    state = (built.entry.sha256, built.entry.text, built.entry.text_sha256, None, None)
    assert ARTICLES.unchanged(state, paths[key])


def test_plan_stage_sees_added_changed_removed(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    ctx = _context(data, out)
    try:
        first = plan_stage(ctx, full=False)
    finally:
        ctx.close()
    assert first.full and first.reason == "no manifest" and len(first.added) == 6
    build_store(data, ontology_dir=ONTOLOGY, build_dir=out, workers=1)
    names = sorted(ARTICLES.discover(data))
    (data / "articles" / f"{names[0]}.yaml").unlink()
    changed = data / "articles" / f"{names[1]}.yaml"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    ctx = _context(data, out)
    try:
        plan = plan_stage(ctx, full=False)
    finally:
        ctx.close()
    assert not plan.full
    assert plan.removed == (names[0],) and plan.changed == (names[1],)
    assert plan.unchanged == tuple(names[2:]) and plan.added == ()


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_read_stage_mints_every_source_and_the_base_graphs(
    data: Path, tmp_path: Path, store: str
) -> None:
    ctx = _context(data, tmp_path / "build", store)
    try:
        plan = plan_stage(ctx, full=False)
        minted = read_stage(ctx, plan)
    finally:
        ctx.close()
    assert set(minted.entries) == set(ctx.paths)
    assert set(minted.turtle) >= set(ctx.paths)
    assert minted.relations and all(n for n in minted.relations.values())
    if store == "oxigraph":  # a full build into the local store streams: TriG, no triples
        assert minted.graphs is None and minted.trig[0].startswith(b"@prefix")
    else:
        assert minted.graphs is not None
        assert {ONTOLOGY_GRAPH, REFERENCE_GRAPH} <= set(minted.graphs)
        assert {article_graph_iri(k) for k in ctx.paths} <= set(minted.graphs)


def test_validate_stage_finds_a_planted_violation(data: Path, tmp_path: Path) -> None:
    name = sorted(ARTICLES.discover(data))[0]
    path = data / "articles" / f"{name}.yaml"
    text = path.read_text(encoding="utf-8")
    assert "threats:" in text
    path.write_text(text.replace("threats: [", "threats: [moon-dust, ", 1), encoding="utf-8")
    ctx = _context(data, tmp_path / "build", "memory")
    try:
        plan = plan_stage(ctx, full=False)
        validated = validate_stage(ctx, plan, read_stage(ctx, plan), staged=None)
    finally:
        ctx.close()
    found = [r for r in validated.per_article[name] if r.severity == "Violation"]
    assert found and all(r.file == f"articles/{name}.yaml" for r in found)
    assert any("moon-dust" in (r.value or "") for r in found)


def test_commit_stage_writes_the_store_then_the_manifest(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "build"
    ctx = _context(data, out, "memory")
    manifest_when_the_store_changed = []
    try:
        plan = plan_stage(ctx, full=False)
        minted = read_stage(ctx, plan)
        validated = validate_stage(ctx, plan, minted, staged=None)
        assert read_manifest(out / "manifest.sqlite") is None
        target = ctx.writable()
        replace_graphs = target.replace_graphs

        def spy(*args: object, **kwargs: object) -> None:
            manifest_when_the_store_changed.append(read_manifest(out / "manifest.sqlite"))
            replace_graphs(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(target, "replace_graphs", spy)
        store, _conn = commit(ctx, plan, minted, validated, staged=None)
        assert set(store.graph_names()) == set(minted.graphs or {})
    finally:
        ctx.close()
    assert manifest_when_the_store_changed == [None]  # the store first
    manifest = read_manifest(out / "manifest.sqlite")
    assert manifest is not None and set(manifest.articles) == set(ctx.paths)
    assert manifest.store == "memory" and manifest.stats is not None


def test_staged_generation_is_invisible_until_swapped(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    build_store(data, ontology_dir=ONTOLOGY, build_dir=out, workers=1)
    before = built_dataset(out)
    store = sg.OxigraphStore(out / "store")
    import pyoxigraph as ox

    staged = store.stage([b"<urn:s> <urn:p> <urn:o> <urn:g> .\n"], ox.RdfFormat.N_QUADS)
    reader = sg.open_store("oxigraph", build_dir=out, read_only=True)
    try:
        assert not reader.query("ASK { <urn:s> ?p ?o }").boolean
    finally:
        reader.close()
    store.discard(staged)
    assert not staged.path.exists()
    store.close()
    assert_same_graphs(built_dataset(out), before)
