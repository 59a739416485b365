"""Per source: its file state (hashes, mtime, size, what its graph owns) and the subjects
it shares with other sources (cross-source validation candidates)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence

from ...sources import OWNED_CLASSES, FileState
from ...validation import ValidationResult
from ._results import insert_results
from ._schema import ENTRY_COLUMNS, ArticleEntry

__all__ = ["insert_sources", "read_candidates", "read_file_states"]


def read_file_states(conn: sqlite3.Connection) -> dict[str, FileState]:
    rows = conn.execute("SELECT id, sha256, text, text_sha256, mtime_ns, size FROM articles")
    return {row[0]: row[1:] for row in rows}


def read_candidates(
    conn: sqlite3.Connection, *, excluding: Iterable[str]
) -> dict[str, tuple[str, ...]]:
    """Article id -> subjects it describes that another graph may describe too, for the
    articles (other than ``excluding``) that have any."""
    skip = set(excluding)
    found: dict[str, list[str]] = {}
    for article, subject in conn.execute("SELECT article, subject FROM candidates"):
        if article not in skip:
            found.setdefault(article, []).append(subject)
    return {a: tuple(subjects) for a, subjects in found.items()}


def insert_sources(
    conn: sqlite3.Connection,
    entries: Mapping[str, ArticleEntry],
    results: Mapping[str, Sequence[ValidationResult]],
    candidates: Mapping[str, Sequence[str]],
) -> None:
    marks = ", ".join("?" * (1 + len(ENTRY_COLUMNS)))
    conn.executemany(
        f"INSERT INTO articles (id, {', '.join(ENTRY_COLUMNS)}) VALUES ({marks})",
        (
            (
                i,
                e.sha256,
                e.text,
                e.text_sha256,
                e.mtime_ns,
                e.size,
                e.triples,
                *((e.owned or {}).get(c, 0) for c in OWNED_CLASSES),
            )
            for i, e in entries.items()
        ),
    )
    for article, found in results.items():
        insert_results(conn, article, "article", found)
    conn.executemany(
        "INSERT INTO candidates VALUES (?, ?)",
        ((a, s) for a, subjects in candidates.items() for s in subjects),
    )
