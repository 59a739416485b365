"""Validation results as the manifest keeps them: per source, the reference pass and the
cross-source pass."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ...validation import Report, ValidationResult
from ._schema import RESULT_COLUMNS, RESULT_FIELDS

__all__ = ["insert_results", "read_report"]


def read_report(conn: sqlite3.Connection) -> Report:
    """Every validation result, in :class:`~secgraph.validation.Report` order (the order of
    :class:`ValidationResult`'s fields; SQLite sorts text by code point, as Python does)."""
    rows = conn.execute(f"SELECT {RESULT_COLUMNS} FROM results ORDER BY {RESULT_COLUMNS}")
    return Report(results=tuple(map(ValidationResult._make, rows)))


def insert_results(
    conn: sqlite3.Connection,
    article: str | None,
    kind: str,
    results: Iterable[ValidationResult],
) -> None:
    marks = ", ".join("?" * (2 + len(RESULT_FIELDS)))
    conn.executemany(
        f"INSERT INTO results (article, kind, {RESULT_COLUMNS}) VALUES ({marks})",
        ((article, kind, *(getattr(r, f) for f in RESULT_FIELDS)) for r in results),
    )
