"""The manifest's tables, its head (the per-build part), and its transactions."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from ...sources import OWNED_CLASSES, SourceEntry
from ...validation import ValidationResult

__all__ = [
    "BASE_TRIG",
    "BASE_TURTLE",
    "ENTRY_COLUMNS",
    "MANIFEST_NAME",
    "OWNED_COLUMNS",
    "RELATION_KEY",
    "RESULT_COLUMNS",
    "RESULT_FIELDS",
    "SCHEMA",
    "SCHEMA_VERSION",
    "ArticleEntry",
    "Head",
    "Manifest",
    "StoreStats",
    "TurtleRows",
    "create_schema",
    "forget_store",
    "open_manifest",
    "read_head",
    "set_head",
    "set_meta",
    "stats_of",
    "sums",
    "transaction",
]

MANIFEST_NAME = "manifest.sqlite"
SCHEMA_VERSION = "5"
#: Classes whose entities are minted inside one article's namespace (counted per article).

RESULT_FIELDS = ValidationResult._fields
RESULT_COLUMNS = ", ".join(f'"{f}"' for f in RESULT_FIELDS)
OWNED_COLUMNS = tuple(f"owned_{c.lower()}" for c in OWNED_CLASSES)
ENTRY_COLUMNS = ("sha256", "text", "text_sha256", "mtime_ns", "size", "triples", *OWNED_COLUMNS)

SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE articles (
  id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, text TEXT, text_sha256 TEXT,
  mtime_ns INTEGER, size INTEGER, triples INTEGER,
  {", ".join(f"{c} INTEGER NOT NULL DEFAULT 0" for c in OWNED_COLUMNS)}
) WITHOUT ROWID;
-- article NULL: a result of the reference pass (kind 'base') or of the cross-article pass
CREATE TABLE results (
  article TEXT, kind TEXT NOT NULL,
  file TEXT NOT NULL, line INTEGER NOT NULL, severity TEXT NOT NULL, focus TEXT NOT NULL,
  message TEXT NOT NULL, path TEXT, value TEXT, "constraint" TEXT NOT NULL, shape TEXT
);
CREATE INDEX results_article ON results (article);
CREATE TABLE candidates (article TEXT NOT NULL, subject TEXT NOT NULL);
CREATE INDEX candidates_article ON candidates (article);
CREATE INDEX candidates_subject ON candidates (subject);
-- the export cache: each article's Turtle statements, with BASE_TURTLE and BASE_TRIG for the
-- ontology and reference graphs (a table of its own: reading the articles' file states
-- never pages through these)
CREATE TABLE turtle (article TEXT PRIMARY KEY, body BLOB NOT NULL);
-- bilateral relations: each article's part of each (build.RelationPart, areas space-separated),
-- and the relation graphs the store holds (their statements, for the statistics)
CREATE TABLE relation_parts (
  article TEXT NOT NULL, relation TEXT NOT NULL, meetings INTEGER NOT NULL,
  dated INTEGER NOT NULL, first TEXT, latest TEXT, commitments INTEGER NOT NULL, areas TEXT NOT NULL
);
CREATE INDEX relation_parts_article ON relation_parts (article);
CREATE INDEX relation_parts_relation ON relation_parts (relation);
CREATE TABLE relations (relation TEXT PRIMARY KEY, triples INTEGER NOT NULL) WITHOUT ROWID;
"""
#: Prefix of the ``turtle`` table's keys for relation graphs (``relation/PAK-USA``; article
#: ids have no "/").
RELATION_KEY = "relation/"
#: Keys of the ``turtle`` table for the ontology and reference graphs (article ids start
#: with a letter or digit, so these cannot clash).
BASE_TURTLE, BASE_TRIG = ":base.ttl", ":base.trig"
#: Turtle statements by article id (bytes, or memoryview slices of a chunk's TriG).
TurtleRows = Mapping[str, bytes | memoryview]


#: What the manifest knows about one source (the name predates other kinds of source).
ArticleEntry = SourceEntry


@dataclass(frozen=True)
class StoreStats:
    """Typed entities per ``sg:`` class, statements over all named graphs, named graphs."""

    classes: Mapping[str, int]
    triples: int
    graphs: int


@dataclass(frozen=True)
class Manifest:
    """The whole manifest in memory (for tools and tests; a build reads only what it needs)."""

    store: str
    ontology: str
    reference: str
    articles: Mapping[str, ArticleEntry]
    report: tuple[ValidationResult, ...] = ()
    stats: StoreStats | None = None
    generation: str | None = None


@dataclass(frozen=True)
class Head:
    """The per-build part of the manifest."""

    store: str
    ontology: str
    reference: str
    generation: str | None
    stats: StoreStats | None
    base_excluded: tuple[str, ...] | None
    #: "1" when the ``turtle`` table holds every graph of the store (the export cache)
    turtle: str | None = None


def open_manifest(path: str | Path) -> sqlite3.Connection | None:
    """A connection to the manifest at ``path``, or None when missing, unreadable or of
    another version (the build then rebuilds everything). A manifest another process holds
    locked raises :class:`sqlite3.OperationalError`."""
    p = Path(path)
    if not p.is_file():
        return None
    try:
        conn = sqlite3.connect(p, isolation_level=None)
        row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    except sqlite3.Error as err:
        if "locked" in str(err):  # another build is writing it: not a reason to start over
            raise
        return None
    if row is None or row[0] != SCHEMA_VERSION:
        conn.close()
        return None
    return conn


def read_head(conn: sqlite3.Connection) -> Head:
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    stats = json.loads(meta["stats"]) if meta.get("stats") else None
    excluded = meta.get("base_excluded")
    return Head(
        store=meta.get("store") or "",
        ontology=meta.get("ontology") or "",
        reference=meta.get("reference") or "",
        generation=meta.get("generation"),
        stats=StoreStats(**stats) if stats else None,
        base_excluded=tuple(json.loads(excluded)) if excluded is not None else None,
        turtle=meta.get("turtle"),
    )


def forget_store(conn: sqlite3.Connection) -> None:
    """Before the store changes: the manifest stops vouching for it (see the module doc)."""
    with transaction(conn):
        set_meta(conn, generation=None, stats=None)


class transaction:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *_: object) -> None:
        if kind is None:
            self.conn.execute("COMMIT")
        elif self.conn.in_transaction:  # SQLite ends some failed transactions itself
            with contextlib.suppress(sqlite3.Error):  # keep the error that got us here
                self.conn.execute("ROLLBACK")


def create_schema(conn: sqlite3.Connection) -> None:
    for statement in SCHEMA.split(";"):
        lines = [ln for ln in statement.splitlines() if not ln.lstrip().startswith("--")]
        if "".join(lines).strip():
            conn.execute("\n".join(lines))


def stats_of(conn: sqlite3.Connection, shared: tuple[Mapping[str, int], int]) -> StoreStats:
    """The store's statistics: what the articles own and their statements, summed over the
    manifest, with ``shared`` (entities per other class, counted over the store, and the
    statements of the ontology and reference graphs)."""
    triples, classes, articles = sums(conn)
    classes.update(shared[0])
    relations, relation_triples = conn.execute(
        "SELECT COUNT(*), TOTAL(triples) FROM relations"
    ).fetchone()
    if relations:
        classes["BilateralRelation"] = int(relations)
    return StoreStats(
        classes=dict(sorted(classes.items())),
        triples=triples + int(relation_triples) + shared[1],
        graphs=articles + int(relations) + 2,
    )


def sums(conn: sqlite3.Connection) -> tuple[int, dict[str, int], int]:
    """Statements in the article graphs, owned entities per class, and articles."""
    cols = ", ".join(f"TOTAL({c})" for c in ("triples", *OWNED_COLUMNS))
    row = conn.execute(f"SELECT COUNT(*), {cols} FROM articles").fetchone()
    owned = {c: int(n) for c, n in zip(OWNED_CLASSES, row[2:], strict=True) if n}
    return int(row[1]), owned, int(row[0])


def set_head(conn: sqlite3.Connection, head: Head, stats: StoreStats | None) -> None:
    set_meta(
        conn,
        store=head.store,
        ontology=head.ontology,
        reference=head.reference,
        generation=head.generation,
        stats=json.dumps(asdict(stats)) if stats is not None else None,
        base_excluded=json.dumps(list(head.base_excluded))
        if head.base_excluded is not None
        else None,
        turtle=head.turtle,
    )


def set_meta(conn: sqlite3.Connection, **values: str | None) -> None:
    conn.executemany(
        "INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        values.items(),
    )
