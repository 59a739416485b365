"""Event files in ``build_store``: the one step that runs when only event files changed.

(The smallest integration with the current pipeline: the article stages are unchanged; a
full build into the embedded store streams the events into the new generation with the
articles, other builds stage them after the articles; see :mod:`secgraph.events._build`.)
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..events import EventImport
from ..store import BuildFiles, Store, open_store, write_store_files

__all__ = ["apply_events_only"]


def apply_events_only(
    conn: sqlite3.Connection,
    imported: EventImport,
    *,
    store: str,
    build: Path,
    target: Store | None,
    write_files: bool,
) -> BuildFiles | None:
    """Apply an event-only change: the manifest stops vouching for the store (its generation
    and statistics are set aside), the event graphs change in one SPARQL Update, then the
    manifest vouches again and records the event files. A failure in between leaves no
    generation: the next build is full, as after any interrupted build."""
    kept = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('generation', 'stats')"))
    with conn:
        conn.execute("UPDATE meta SET value = NULL WHERE key IN ('generation', 'stats')")
    if target is None or getattr(target, "read_only", False):
        if target is not None:
            target.close()
        target = open_store(store, build_dir=build, create=True)
    files = None
    try:
        imported.apply(target)
        if write_files:
            files = write_store_files(target, build)
    finally:
        target.close()
    with conn:
        conn.executemany("UPDATE meta SET value = ? WHERE key = ?", [(v, k) for k, v in kept.items()])
    imported.record(conn, fresh_stats=False)
    return files
