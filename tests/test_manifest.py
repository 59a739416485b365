"""The SQLite build manifest: round trips, report order, atomic replacement, bad files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from secgraph.pipeline import _manifest as mf
from secgraph.validation import ValidationResult

HEAD = mf.Head(
    store="oxigraph",
    ontology="o" * 64,
    reference="r" * 64,
    generation="store.gen-1",
    stats=None,
    base_excluded=(),
)


def _result(file: str, line: int, severity: str = "Warning", path: str | None = None):
    return ValidationResult(
        file=file, line=line, severity=severity, focus="id:x", message="m", path=path
    )


def _create(path: Path) -> None:
    mf.create_manifest(
        path,
        head=HEAD,
        entries={
            "a": mf.ArticleEntry("1" * 64, mtime_ns=5, size=10, triples=30, owned={"Meeting": 1}),
            "b": mf.ArticleEntry("2" * 64, triples=12, owned={"Article": 1, "Evidence": 2}),
        },
        results={"a": [_result("articles/a.yaml", 9)], "b": [_result("articles/b.yaml", 2)]},
        candidates={"a": ["https://w3id.org/secgraph/id/official/x"], "b": []},
        base=[_result("reference", 0, "Info")],
        cross=[],
        shared=({"Country": 3}, 100),
    )


def test_a_manifest_reads_back_with_summed_statistics(tmp_path: Path) -> None:
    path = tmp_path / mf.MANIFEST_NAME
    _create(path)
    manifest = mf.read_manifest(path)
    assert manifest is not None
    assert manifest.articles["a"] == mf.ArticleEntry(
        "1" * 64, None, None, 5, 10, 30, {"Meeting": 1}
    )
    assert manifest.stats == mf.StoreStats(
        classes={"Article": 1, "Country": 3, "Evidence": 2, "Meeting": 1}, triples=142, graphs=4
    )
    assert manifest.generation == "store.gen-1"
    assert list(manifest.report) == sorted(manifest.report)
    assert [r.file for r in manifest.report] == ["articles/a.yaml", "articles/b.yaml", "reference"]


def test_recorded_changes_replace_only_their_articles(tmp_path: Path) -> None:
    path = tmp_path / mf.MANIFEST_NAME
    _create(path)
    conn = mf.open_manifest(path)
    assert conn is not None
    mf.forget_store(conn)
    assert mf.read_head(conn).generation is None
    mf.record_changes(
        conn,
        head=HEAD,
        entries={"c": mf.ArticleEntry("3" * 64, triples=8, owned={"Meeting": 2})},
        removed=["a"],
        results={"c": [_result("articles/c.yaml", 4, "Violation")]},
        candidates={"c": ["https://w3id.org/secgraph/id/official/x"]},
        base=None,
        cross=[_result("articles/c.yaml", 1)],
        shared=({"Country": 3}, 100),
    )
    assert mf.read_candidates(conn, excluding=()) == {
        "c": ("https://w3id.org/secgraph/id/official/x",)
    }
    assert mf.read_candidates(conn, excluding=("c",)) == {}
    conn.close()
    manifest = mf.read_manifest(path)
    assert manifest is not None and sorted(manifest.articles) == ["b", "c"]
    assert manifest.generation == "store.gen-1"
    assert manifest.stats is not None and manifest.stats.classes["Meeting"] == 2
    assert [(r.file, r.line) for r in manifest.report] == [
        ("articles/b.yaml", 2),
        ("articles/c.yaml", 1),
        ("articles/c.yaml", 4),
        ("reference", 0),  # the reference pass stands when base is None
    ]


def test_an_unreadable_manifest_is_no_manifest(tmp_path: Path) -> None:
    path = tmp_path / mf.MANIFEST_NAME
    path.write_bytes(b"not a database")
    assert mf.open_manifest(path) is None
    assert mf.read_manifest(path) is None
    assert mf.read_manifest(tmp_path / "missing.sqlite") is None


def test_a_failed_write_leaves_the_previous_manifest(tmp_path: Path) -> None:
    path = tmp_path / mf.MANIFEST_NAME
    _create(path)
    before = path.read_bytes()
    bad = {"x": mf.ArticleEntry(None)}  # type: ignore[arg-type]  # sha256 NOT NULL
    with pytest.raises(sqlite3.IntegrityError):
        mf.create_manifest(
            path, head=HEAD, entries=bad, results={}, candidates={}, base=[], cross=[]
        )
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [mf.MANIFEST_NAME]
