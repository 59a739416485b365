"""The export cache: ``secgraph export`` as Turtle or TriG concatenates the Turtle the build
wrote for each article, and says exactly what the store holds, after any build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import DATA, ONTOLOGY, SEED_ID, TESTS
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef

import secgraph as sg
from secgraph.cli import cli
from secgraph.pipeline import MANIFEST_NAME, build_store, cached_export
from secgraph.pipeline import _manifest as mf
from secgraph.store import PREFIX_HEADER, to_oxigraph, turtle_statements

FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    # articles only: with event files the cache steps aside (see the test after these)
    shutil.copytree(DATA, root, ignore=shutil.ignore_patterns("events"))
    seed = (root / "articles" / f"{SEED_ID}.yaml").read_text(encoding="utf-8")
    for n in (2, 3):
        text = seed.replace("title: Pakistan, US", f"title: Copy {n} - Pakistan, US")
        (root / "articles" / f"copy-{n}.yaml").write_text(text, encoding="utf-8")
    return root


def _build(data: Path, out: Path, **kw: bool) -> None:
    build_store(data, ontology_dir=ONTOLOGY, build_dir=out, **kw)


def _exported(out: Path, fmt: str) -> set[object]:
    """What ``secgraph export`` writes, parsed by Oxigraph (each quad or triple once); rdflib
    reads the same number of statements."""
    result = CliRunner().invoke(cli, ["export", "--format", fmt, "--build", str(out)])
    assert result.exit_code == 0, result.stderr
    found = set(ox.parse(result.stdout_bytes, format=FORMATS[fmt]))
    if fmt == "turtle":
        assert len(Graph().parse(data=result.stdout_bytes, format="turtle")) == len(found)
    else:
        assert len(Dataset().parse(data=result.stdout_bytes, format="trig")) == len(found)
    return found


def _in_store(out: Path, fmt: str) -> set[object]:
    """The same export dumped from the store itself."""
    store = sg.open_store("oxigraph", build_dir=out, read_only=True)
    try:
        data = store.serialize(fmt, union=fmt == "turtle")
    finally:
        store.close()
    return set(ox.parse(data, format=FORMATS[fmt]))


def _cached(out: Path, fmt: str) -> bool:
    chunks = cached_export(out, "oxigraph", fmt)
    if chunks is None:
        return False
    chunks.close()  # type: ignore[attr-defined]
    return True


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_cached_export_equals_the_store_after_full_and_incremental_builds(
    data: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / "build"
    _build(data, out)
    assert _cached(out, fmt)
    assert _exported(out, fmt) == _in_store(out, fmt)

    article = data / "articles" / "copy-2.yaml"
    article.write_text(article.read_text().replace("Copy 2 -", "Changed 2 -"), encoding="utf-8")
    (data / "articles" / "copy-3.yaml").unlink()
    shutil.copy(article, data / "articles" / "copy-4.yaml")
    _build(data, out)
    assert _cached(out, fmt)
    exported = _exported(out, fmt)
    assert exported == _in_store(out, fmt)
    text = str(exported)
    assert "Changed 2 -" in text and "Copy 3 -" not in text and "copy-4" in text


def test_export_falls_back_to_the_store_when_the_manifest_does_not_vouch_for_it(
    data: Path, tmp_path: Path
) -> None:
    out = tmp_path / "build"
    _build(data, out)
    want = _in_store(out, "turtle")
    conn = mf.open_manifest(out / MANIFEST_NAME)
    assert conn is not None
    mf.forget_store(conn)  # as a build does before it changes the store
    conn.close()
    assert not _cached(out, "turtle")
    assert _exported(out, "turtle") == want
    (out / MANIFEST_NAME).unlink()
    assert not _cached(out, "turtle")
    assert _exported(out, "turtle") == want


def test_no_cache_for_other_stores(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    _build(data, out, store="memory")  # type: ignore[arg-type]
    assert cached_export(out, "memory", "turtle") is None
    conn = mf.open_manifest(out / MANIFEST_NAME)
    assert conn is not None
    try:
        assert mf.read_head(conn).turtle is None
        assert conn.execute("SELECT COUNT(*) FROM turtle").fetchone() == (0,)
    finally:
        conn.close()


def test_turtle_statements_parse_back_to_the_triples() -> None:
    s = URIRef("https://w3id.org/secgraph/id/meeting/a-1/meeting-1")  # not a plain local name
    sg_ = "https://w3id.org/secgraph/ontology#"
    country = "https://w3id.org/secgraph/id/country/"
    triples = [
        (s, RDF.type, URIRef(sg_ + "Meeting")),
        (s, RDFS.label, Literal('a "quoted"\nline\\')),
        (s, URIRef(sg_ + "sourceLine"), Literal(7)),
        (s, URIRef("https://schema.org/startDate"), Literal("2024-01-02", datatype=XSD.date)),
        (s, URIRef("http://purl.org/dc/terms/title"), Literal("titre", lang="fr")),
        (s, URIRef(sg_ + "host"), URIRef(country + "PAK")),
        (s, URIRef(sg_ + "host"), URIRef(country + "USA")),
        (URIRef("https://w3id.org/secgraph/area/x.y."), RDFS.label, Literal("ends in a dot")),
    ]
    text = turtle_statements(triples)
    assert "country:PAK , country:USA" in text
    parsed = {q.triple for q in ox.parse(PREFIX_HEADER + text.encode(), format=ox.RdfFormat.TURTLE)}
    assert parsed == {ox.Triple(*map(to_oxigraph, t)) for t in triples}


def test_with_event_files_the_export_is_the_store(data: Path, tmp_path: Path) -> None:
    """Event graphs are not in the export cache (a million events would be gigabytes of
    Turtle in the manifest): with event files the export dumps the store."""
    shutil.copytree(TESTS / "data" / "corpus" / "events", data / "events")
    out = tmp_path / "build"
    _build(data, out)
    assert not _cached(out, "turtle")
    exported = _exported(out, "turtle")
    assert exported == _in_store(out, "turtle")
    assert "CodedEvent" in str(exported)
