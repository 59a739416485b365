"""The build manifest: one SQLite file (``BUILD/manifest.sqlite``) saying what the store holds.

Per article: the sha256, modification time and size of its fact file (and the hash of its
text file), its triple count and the entities it owns; its validation results; the subjects
it describes that another graph may describe too (for the cross-article validation pass).
Per build: the store it went into, the hashes of the ontology and the reference data, the
store's generation, the results of the reference and cross-article passes and the store's
statistics. For the on-disk Oxigraph store, also each article's graph as Turtle statements
(and the ontology and reference graphs as Turtle and TriG): the export cache
(:func:`read_turtle`), kept with the rows that describe the same store.

SQLite because an incremental build changes a few rows: rewriting a JSON manifest and a
validation state of 100,000 articles took seconds, updating them in a transaction takes
milliseconds, and a transaction is atomic (a crash leaves the previous manifest). A full
build writes a new file beside the old one and renames it into place.

Before a build changes the store it clears the manifest's ``generation``
(:func:`forget_store`); the same transaction that records the new rows sets it again. A build
stopped between the two leaves no generation, and the next build rebuilds everything.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from .._faults import fault_point
from ..mint import RelationPart
from ..sources import OWNED_CLASSES, FileState, SourceEntry
from ..validate import Report, ValidationResult

__all__ = [
    "BASE_TRIG",
    "BASE_TURTLE",
    "MANIFEST_NAME",
    "OWNED_CLASSES",
    "RELATION_KEY",
    "ArticleEntry",
    "FileState",
    "Head",
    "Manifest",
    "StoreStats",
    "create_manifest",
    "forget_store",
    "open_manifest",
    "read_manifest",
    "read_relation_keys",
    "read_relation_parts",
    "read_turtle",
    "record_changes",
    "relations_of",
    "restore_head",
]

MANIFEST_NAME = "manifest.sqlite"
SCHEMA_VERSION = "5"
#: Classes whose entities are minted inside one article's namespace (counted per article).

_RESULT_FIELDS = ValidationResult._fields
_RESULT_COLUMNS = ", ".join(f'"{f}"' for f in _RESULT_FIELDS)
_OWNED_COLUMNS = tuple(f"owned_{c.lower()}" for c in OWNED_CLASSES)
_ENTRY_COLUMNS = ("sha256", "text", "text_sha256", "mtime_ns", "size", "triples", *_OWNED_COLUMNS)

_SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE articles (
  id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, text TEXT, text_sha256 TEXT,
  mtime_ns INTEGER, size INTEGER, triples INTEGER,
  {", ".join(f"{c} INTEGER NOT NULL DEFAULT 0" for c in _OWNED_COLUMNS)}
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


def read_file_states(conn: sqlite3.Connection) -> dict[str, FileState]:
    rows = conn.execute("SELECT id, sha256, text, text_sha256, mtime_ns, size FROM articles")
    return {row[0]: row[1:] for row in rows}


def read_report(conn: sqlite3.Connection) -> Report:
    """Every validation result, in :class:`~secgraph.validate.Report` order (the order of
    :class:`ValidationResult`'s fields; SQLite sorts text by code point, as Python does)."""
    rows = conn.execute(f"SELECT {_RESULT_COLUMNS} FROM results ORDER BY {_RESULT_COLUMNS}")
    return Report(results=tuple(map(ValidationResult._make, rows)))


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


def read_relation_parts(
    conn: sqlite3.Connection, relations: Iterable[str], *, excluding: Iterable[str]
) -> dict[str, list[RelationPart]]:
    """The parts of ``relations`` that articles other than ``excluding`` hold."""
    skip = set(excluding)
    found: dict[str, list[RelationPart]] = {}
    query = "SELECT article, relation, meetings, dated, first, latest, commitments, areas FROM "
    query += "relation_parts WHERE relation = ?"
    for key in sorted(set(relations)):
        for row in conn.execute(query, (key,)):
            if row[0] not in skip:
                found.setdefault(key, []).append(_part(row[1:]))
    return found


def relations_of(conn: sqlite3.Connection, articles: Iterable[str]) -> set[str]:
    """The relations these articles have parts of."""
    query = "SELECT relation FROM relation_parts WHERE article = ?"
    return {row[0] for a in articles for row in conn.execute(query, (a,))}


def read_relation_keys(conn: sqlite3.Connection) -> list[str]:
    """The relations whose graphs the store holds."""
    return [row[0] for row in conn.execute("SELECT relation FROM relations ORDER BY relation")]


def _part(row: Sequence[object]) -> RelationPart:
    key, meetings, dated, first, latest, commitments, areas = row
    return RelationPart(
        str(key),
        int(meetings),  # type: ignore[call-overload]
        int(dated),  # type: ignore[call-overload]
        first,  # type: ignore[arg-type]
        latest,  # type: ignore[arg-type]
        int(commitments),  # type: ignore[call-overload]
        tuple(str(areas).split()),
    )


def read_turtle(
    conn: sqlite3.Connection, *, store: str, generation: str
) -> tuple[bytes, bytes, Generator[tuple[str, bytes], None, None]] | None:
    """The export cache, if the manifest vouches for ``store`` at ``generation``: the Turtle
    and the TriG of the ontology and reference graphs, and each article's id and Turtle
    statements in id order. None otherwise (another store or generation, a build under way,
    a store other than the local Oxigraph one). Read in one transaction, which the iterator
    holds until it is exhausted or closed, so a build running meanwhile is not seen."""
    conn.execute("BEGIN")
    try:
        head = read_head(conn)
        base = {}
        if head.turtle == "1" and head.store == store and head.generation == generation:
            query = "SELECT article, body FROM turtle WHERE article IN (?, ?)"
            base = dict(conn.execute(query, (BASE_TURTLE, BASE_TRIG)).fetchall())
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    if len(base) != 2:
        conn.execute("ROLLBACK")
        return None

    def rows() -> Generator[tuple[str, bytes], None, None]:
        try:
            yield from conn.execute(
                "SELECT article, body FROM turtle WHERE article NOT IN (?, ?) ORDER BY article",
                (BASE_TURTLE, BASE_TRIG),
            )
        finally:
            conn.execute("ROLLBACK")

    return bytes(base[BASE_TURTLE]), bytes(base[BASE_TRIG]), rows()


def sums(conn: sqlite3.Connection) -> tuple[int, dict[str, int], int]:
    """Statements in the article graphs, owned entities per class, and articles."""
    cols = ", ".join(f"TOTAL({c})" for c in ("triples", *_OWNED_COLUMNS))
    row = conn.execute(f"SELECT COUNT(*), {cols} FROM articles").fetchone()
    owned = {c: int(n) for c, n in zip(OWNED_CLASSES, row[2:], strict=True) if n}
    return int(row[1]), owned, int(row[0])


def forget_store(conn: sqlite3.Connection) -> None:
    """Before the store changes: the manifest stops vouching for it (see the module doc)."""
    with _transaction(conn):
        _set(conn, generation=None, stats=None)


def restore_head(conn: sqlite3.Connection, head: Head) -> None:
    """Undo :func:`forget_store`: the store did not change after all."""
    with _transaction(conn):
        _set(
            conn,
            generation=head.generation,
            stats=json.dumps(asdict(head.stats)) if head.stats is not None else None,
        )


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
    turtle: TurtleRows | None = None,
    parts: Mapping[str, Sequence[RelationPart]] | None = None,
    relations: Mapping[str, int | None] | None = None,
) -> None:
    """In one transaction: replace the rows of the changed and removed articles (and their
    Turtle, given for the changed ones when the head keeps the export cache, and their
    relation ``parts``), the rows of the ``relations`` rewritten (their statements; None for
    a relation graph removed), the reference pass results (when ``base`` is given) and the
    cross-article results, and set the head (its generation, and statistics summed with
    ``shared``: see :func:`_stats`).

    ``shared`` may be a function, called inside the transaction once the rows are written
    and before the head is: the build changes the store there. A full disk while writing
    the rows then stops the build before the store changes; a failure of the function rolls
    the rows back."""
    with _transaction(conn):
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
        _insert(conn, entries, results, candidates)
        _insert_relations(conn, parts or {}, relations or {})
        if head.turtle == "1":
            assert turtle is not None and turtle.keys() >= entries.keys()
            _insert_turtle(conn, turtle)
        else:
            conn.execute("DELETE FROM turtle")
        conn.execute("DELETE FROM results WHERE kind = 'cross'")
        _insert_results(conn, None, "cross", cross)
        if base is not None:
            conn.execute("DELETE FROM results WHERE kind = 'base'")
            _insert_results(conn, None, "base", base)
        fault_point("manifest")
        _set_head(conn, head, _stats(conn, shared() if callable(shared) else shared))


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
    ``publish`` False, return the new file for the caller to rename once the store changed.
    ``turtle`` (every article's, every relation graph's, and :data:`BASE_TURTLE` and
    :data:`BASE_TRIG`) is the export cache, kept when ``head.turtle`` is "1"; ``parts`` are
    each article's relation parts and ``relations`` the statements of each relation graph."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            with _transaction(conn):
                _create_schema(conn)
                _insert(conn, entries, results, candidates)
                _insert_relations(conn, parts or {}, relations or {})
                _insert_results(conn, None, "base", base)
                _insert_results(conn, None, "cross", cross)
                if head.turtle == "1":
                    assert turtle is not None and turtle.keys() >= {*entries, BASE_TURTLE}
                    _insert_turtle(conn, turtle)
                fault_point("manifest")
                conn.execute("INSERT INTO meta VALUES ('version', ?)", (SCHEMA_VERSION,))
                _set_head(conn, head, _stats(conn, shared) if shared is not None else head.stats)
        finally:
            conn.close()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        if not publish:
            return tmp
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def read_manifest(path: str | Path) -> Manifest | None:
    """The whole manifest at ``path``, or None when missing, unreadable or of another version."""
    conn = open_manifest(path)
    if conn is None:
        return None
    try:
        head = read_head(conn)
        columns = ", ".join(_ENTRY_COLUMNS)
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


# ---------------------------------------------------------------------------------------------


class _transaction:
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


def _create_schema(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA.split(";"):
        lines = [ln for ln in statement.splitlines() if not ln.lstrip().startswith("--")]
        if "".join(lines).strip():
            conn.execute("\n".join(lines))


def _insert(
    conn: sqlite3.Connection,
    entries: Mapping[str, ArticleEntry],
    results: Mapping[str, Sequence[ValidationResult]],
    candidates: Mapping[str, Sequence[str]],
) -> None:
    marks = ", ".join("?" * (1 + len(_ENTRY_COLUMNS)))
    conn.executemany(
        f"INSERT INTO articles (id, {', '.join(_ENTRY_COLUMNS)}) VALUES ({marks})",
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
        _insert_results(conn, article, "article", found)
    conn.executemany(
        "INSERT INTO candidates VALUES (?, ?)",
        ((a, s) for a, subjects in candidates.items() for s in subjects),
    )


def _insert_relations(
    conn: sqlite3.Connection,
    parts: Mapping[str, Sequence[RelationPart]],
    relations: Mapping[str, int | None],
) -> None:
    conn.executemany(
        "INSERT INTO relation_parts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                a,
                p.relation,
                p.meetings,
                p.dated,
                p.first,
                p.latest,
                p.commitments,
                " ".join(p.areas),
            )
            for a, found in parts.items()
            for p in found
        ),
    )
    conn.executemany(
        "INSERT INTO relations VALUES (?, ?)",
        ((k, n) for k, n in relations.items() if n is not None),
    )


def _insert_turtle(conn: sqlite3.Connection, turtle: TurtleRows) -> None:
    conn.executemany("INSERT INTO turtle VALUES (?, ?)", turtle.items())


def _insert_results(
    conn: sqlite3.Connection,
    article: str | None,
    kind: str,
    results: Iterable[ValidationResult],
) -> None:
    marks = ", ".join("?" * (2 + len(_RESULT_FIELDS)))
    conn.executemany(
        f"INSERT INTO results (article, kind, {_RESULT_COLUMNS}) VALUES ({marks})",
        ((article, kind, *(getattr(r, f) for f in _RESULT_FIELDS)) for r in results),
    )


def _stats(conn: sqlite3.Connection, shared: tuple[Mapping[str, int], int]) -> StoreStats:
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


def _set_head(conn: sqlite3.Connection, head: Head, stats: StoreStats | None) -> None:
    _set(
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


def _set(conn: sqlite3.Connection, **values: str | None) -> None:
    conn.executemany(
        "INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        values.items(),
    )
