"""The build manifest: one SQLite file (``BUILD/manifest.sqlite``) saying what the store holds.

Per article: the sha256, modification time and size of its fact file (and the hash of its
text file), its triple count and the entities it owns; its validation results; the subjects
it describes that another graph may describe too (for the cross-article validation pass).
Per build: the store it went into, the hashes of the ontology and the reference data, the
store's generation, the results of the reference and cross-article passes and the store's
statistics. For the on-disk Oxigraph store, also each article's graph as Turtle statements
(and the ontology and reference graphs as Turtle and TriG): the export cache
(:func:`read_turtle`), kept with the rows that describe the same store.

Split by what it keeps: the tables, head and transactions (:mod:`._schema`), the sources'
file states and candidates (:mod:`._sources`), validation results (:mod:`._results`),
relation parts (:mod:`._relations`) and the export cache (:mod:`._turtle`); this module
writes and reads the whole.

SQLite because an incremental build changes a few rows: rewriting a JSON manifest and a
validation state of 100,000 articles took seconds, updating them in a transaction takes
milliseconds, and a transaction is atomic (a crash leaves the previous manifest). A full
build writes a new file beside the old one and renames it into place.

Before a build changes the store it clears the manifest's ``generation``
(:func:`forget_store`); the same transaction that records the new rows sets it again. A build
stopped between the two leaves no generation, and the next build rebuilds everything.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, replace
from pathlib import Path

from ..._faults import fault_point
from ...atomic import atomic_path
from ...mint import RelationPart
from ...sources import OWNED_CLASSES, FileState
from ...validation import ValidationResult
from ._relations import (
    insert_relations,
    read_relation_keys,
    read_relation_parts,
    relations_of,
)
from ._results import insert_results, read_report
from ._schema import (
    BASE_TRIG,
    BASE_TURTLE,
    ENTRY_COLUMNS,
    MANIFEST_NAME,
    RELATION_KEY,
    SCHEMA_VERSION,
    ArticleEntry,
    Head,
    Manifest,
    StoreStats,
    TurtleRows,
    create_schema,
    forget_store,
    open_manifest,
    read_head,
    set_head,
    set_meta,
    stats_of,
    sums,
    transaction,
)
from ._sources import insert_sources, read_candidates, read_file_states
from ._turtle import insert_turtle, read_turtle

__all__ = [
    "BASE_TRIG",
    "BASE_TURTLE",
    "MANIFEST_NAME",
    "OWNED_CLASSES",
    "RELATION_KEY",
    "SCHEMA_VERSION",
    "ArticleEntry",
    "FileState",
    "Head",
    "Manifest",
    "StoreStats",
    "TurtleRows",
    "create_manifest",
    "forget_store",
    "open_manifest",
    "read_candidates",
    "read_file_states",
    "read_head",
    "read_manifest",
    "read_relation_keys",
    "read_relation_parts",
    "read_report",
    "read_turtle",
    "record_changes",
    "relations_of",
    "restore_head",
    "sums",
]


def record_changes(
    conn: sqlite3.Connection,
    *,
    head: Head,
    entries: Mapping[str, ArticleEntry],
    removed: Iterable[str],
    results: Mapping[str, Sequence[ValidationResult]],
    candidates: Mapping[str, Sequence[str]],
    base: Sequence[ValidationResult] | None,
    cross: Sequence[ValidationResult],
    shared: tuple[Mapping[str, int], int] | Callable[[], tuple[Mapping[str, int], int]],
    generation: Callable[[], str | None] | None = None,
    turtle: TurtleRows | None = None,
    parts: Mapping[str, Sequence[RelationPart]] | None = None,
    relations: Mapping[str, int | None] | None = None,
) -> None:
    """In one transaction: replace the rows of the changed and removed articles (and their
    Turtle, given for the changed ones when the head keeps the export cache, and their
    relation ``parts``), the rows of the ``relations`` rewritten (their statements; None for
    a relation graph removed), the reference pass results (when ``base`` is given) and the
    cross-article results, and set the head (its generation, and statistics summed with
    ``shared``: see :func:`stats_of`).

    ``shared`` may be a function, called inside the transaction once the rows are written
    and before the head is: the build changes the store there; ``generation``, when given,
    is then asked for the store's generation to record (a server's marker changes with it).
    A full disk while writing the rows then stops the build before the store changes; a
    failure of the function rolls the rows back."""
    with transaction(conn):
        gone = [(i,) for i in (*entries, *removed)]
        for table, column in (
            ("articles", "id"),
            ("results", "article"),
            ("candidates", "article"),
            ("turtle", "article"),
            ("relation_parts", "article"),
        ):
            conn.executemany(f"DELETE FROM {table} WHERE {column} = ?", gone)
        rewritten = [(k,) for k in (relations or {})]
        conn.executemany("DELETE FROM relations WHERE relation = ?", rewritten)
        conn.executemany(
            "DELETE FROM turtle WHERE article = ?", [(RELATION_KEY + k,) for (k,) in rewritten]
        )
        insert_sources(conn, entries, results, candidates)
        insert_relations(conn, parts or {}, relations or {})
        if head.turtle == "1":
            assert turtle is not None and turtle.keys() >= entries.keys()
            insert_turtle(conn, turtle)
        else:
            conn.execute("DELETE FROM turtle")
        conn.execute("DELETE FROM results WHERE kind = 'cross'")
        insert_results(conn, None, "cross", cross)
        if base is not None:
            conn.execute("DELETE FROM results WHERE kind = 'base'")
            insert_results(conn, None, "base", base)
        fault_point("manifest")
        counts = shared() if callable(shared) else shared
        if generation is not None:  # read once the store changed (a server's new marker)
            head = replace(head, generation=generation())
        set_head(conn, head, stats_of(conn, counts))


def create_manifest(
    path: str | Path,
    *,
    head: Head,
    entries: Mapping[str, ArticleEntry],
    results: Mapping[str, Sequence[ValidationResult]],
    candidates: Mapping[str, Sequence[str]],
    base: Sequence[ValidationResult],
    cross: Sequence[ValidationResult],
    shared: tuple[Mapping[str, int], int] | None = None,
    turtle: TurtleRows | None = None,
    parts: Mapping[str, Sequence[RelationPart]] | None = None,
    relations: Mapping[str, int | None] | None = None,
    publish: bool = True,
) -> Path:
    """Write a whole new manifest beside ``path``, then rename it into place (atomic); with
    ``publish`` False, return the new file (beside ``path``) for the caller to rename once
    the store has changed.
    ``turtle`` (every article's, every relation graph's, and :data:`BASE_TURTLE` and
    :data:`BASE_TRIG`) is the export cache, kept when ``head.turtle`` is "1"; ``parts`` are
    each article's relation parts and ``relations`` the statements of each relation graph."""
    path = Path(path)

    def write(tmp: Path) -> None:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            with transaction(conn):
                create_schema(conn)
                insert_sources(conn, entries, results, candidates)
                insert_relations(conn, parts or {}, relations or {})
                insert_results(conn, None, "base", base)
                insert_results(conn, None, "cross", cross)
                if head.turtle == "1":
                    assert turtle is not None and turtle.keys() >= {*entries, BASE_TURTLE}
                    insert_turtle(conn, turtle)
                fault_point("manifest")
                conn.execute("INSERT INTO meta VALUES ('version', ?)", (SCHEMA_VERSION,))
                set_head(conn, head, stats_of(conn, shared) if shared is not None else head.stats)
        finally:
            conn.close()

    if publish:
        with atomic_path(path, sync=True) as tmp:
            write(tmp)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def restore_head(conn: sqlite3.Connection, head: Head) -> None:
    """Undo :func:`forget_store`: the store did not change after all."""
    with transaction(conn):
        set_meta(
            conn,
            generation=head.generation,
            stats=json.dumps(asdict(head.stats)) if head.stats is not None else None,
        )


def read_manifest(path: str | Path) -> Manifest | None:
    """The whole manifest at ``path``, or None when missing, unreadable or of another version."""
    conn = open_manifest(path)
    if conn is None:
        return None
    try:
        head = read_head(conn)
        columns = ", ".join(ENTRY_COLUMNS)
        articles = {}
        for row in conn.execute(f"SELECT id, {columns} FROM articles ORDER BY id"):
            owned = {c: n for c, n in zip(OWNED_CLASSES, row[7:], strict=True) if n}
            sha, text, text_sha, mtime, size, triples = row[1:7]
            articles[row[0]] = ArticleEntry(sha, text, text_sha, mtime, size, triples, owned)
        return Manifest(
            store=head.store,
            ontology=head.ontology,
            reference=head.reference,
            articles=articles,
            report=read_report(conn).results,
            stats=head.stats,
            generation=head.generation,
        )
    except sqlite3.Error:
        return None
    finally:
        conn.close()
