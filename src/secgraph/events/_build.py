"""Event files in the build: which changed, read and mint them, put their graphs in the store,
and remember them in the build manifest.

Each event file is one named graph (``graph/events/<file>``) that depends only on the file,
its settings and the code tables (the reference data and the ontology, whose change rebuilds
everything anyway). So an added, changed or removed file replaces, adds or drops its graph
alone, and an incremental build equals a clean one. Events are minted with IRIs from the
data set's own ids: a file imported twice, or two files that hold the same event, give the
same IRI and the same statements (the union every query reads holds the event once, with
one ``prov:wasDerivedFrom`` and ``sg:sourceLine`` per file, each in that file's graph).

The manifest (``manifest.sqlite``, the build's) gets one table, ``event_sources``: per file,
its identity (content hash, data set, filter, ``on_error``), modification time and size,
and what reading it found. A full build into the embedded store streams the events into the
new store generation with the articles (:meth:`EventImport.trig_chunks`); otherwise
:meth:`EventImport.graphs` hands the files' graphs to the build's one commit, with the
articles' (:meth:`EventImport.apply` commits them alone).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rdflib import URIRef

from ..facts import file_sha256
from ..store import Store, Triple, ntriples_triples
from ..validation import CompiledShapes
from ._codes import Codes
from ._mint import event_graph_iri, mint_trig
from ._model import EventRecord, ReadStats, ranges_overlap
from ._read import read_events
from ._source import EventSource, event_sources

__all__ = [
    "EventImport",
    "EventPlan",
    "event_graph_names",
    "plan_events",
]

_SG = "https://w3id.org/secgraph/ontology#"
_TABLE = """
CREATE TABLE IF NOT EXISTS event_sources (
  name TEXT PRIMARY KEY, identity TEXT NOT NULL, sha256 TEXT NOT NULL, mtime_ns INTEGER,
  size INTEGER, kind TEXT NOT NULL, filter TEXT NOT NULL, rows INTEGER NOT NULL,
  events INTEGER NOT NULL, duplicates INTEGER NOT NULL, filtered INTEGER NOT NULL,
  bad TEXT NOT NULL, statements INTEGER NOT NULL, key_min TEXT, key_max TEXT,
  actors INTEGER NOT NULL
) WITHOUT ROWID
"""


_COLUMNS = [
    "name", "identity", "sha256", "mtime_ns", "size", "kind", "filter", "rows", "events",
    "duplicates", "filtered", "bad", "statements", "key_min", "key_max", "actors",
]  # fmt: skip


@dataclass(frozen=True)
class _Known:
    identity: str
    sha256: str
    mtime_ns: int
    size: int
    events: int
    kind: str
    key_min: str | None
    key_max: str | None

    @property
    def keys(self) -> tuple[str, str] | None:
        if self.key_min is None or self.key_max is None:
            return None
        return (self.key_min, self.key_max)


@dataclass
class EventPlan:
    """What the build does with the event files: load ``to_load``, drop ``removed``."""

    sources: list[EventSource]
    to_load: list[EventSource]
    removed: list[str]
    unchanged: list[str]
    full: bool
    #: key ranges (first and last key read) of files to load, where another file of the
    #: same data set could overlap them; and of the files left alone
    ranges: dict[str, tuple[str, str] | None] = field(default_factory=dict)

    @property
    def up_to_date(self) -> bool:
        return not (self.to_load or self.removed)

    @property
    def graph_names(self) -> list[str]:
        return [event_graph_iri(s.name) for s in self.sources]


def event_graph_names(conn: sqlite3.Connection | None) -> list[str]:
    """The event graphs the manifest says the store holds."""
    return [event_graph_iri(name) for name in _known(conn)]


def _known(conn: sqlite3.Connection | None) -> dict[str, _Known]:
    if conn is None:
        return {}
    columns = [row[1] for row in conn.execute("PRAGMA table_info(event_sources)")]
    if columns != _COLUMNS:  # none yet, or from another version: every file is loaded again
        return {}
    try:
        rows = conn.execute(
            "SELECT name, identity, sha256, mtime_ns, size, events, kind, key_min, key_max "
            "FROM event_sources"
        ).fetchall()
    except sqlite3.OperationalError:  # no such table: no events recorded yet
        return {}
    return {r[0]: _Known(*r[1:]) for r in rows}


def plan_events(
    data_dir: str | Path, conn: sqlite3.Connection | None, *, full: bool, codes: Codes
) -> EventPlan:
    """Compare the event files with the manifest (a file whose modification time and size
    are unchanged is taken as unchanged, as git does; otherwise its hash decides).

    An event belongs to the first file, in name order, of its data set that holds it (later
    files count it as a duplicate). So a file added, changed or removed also reloads the
    later files of its data set whose key ranges overlap its old or new range: an
    incremental build gives the graphs a clean build gives.
    """
    known = {} if full else _known(conn)
    everything = _known(conn)
    sources: list[EventSource] = []
    changed: set[str] = set()
    for source in event_sources(data_dir):
        old = known.get(source.name)
        if old is not None and (old.mtime_ns, old.size) == (source.mtime_ns, source.size):
            source = replace(source, sha256=old.sha256)
        else:
            source = replace(source, sha256=file_sha256(source.path))
        sources.append(source)
        if old is None or old.identity != source.identity:
            changed.add(source.name)
    names = {s.name for s in sources}
    removed = sorted(n for n in everything if n not in names)
    kinds = [s.settings.kind for s in sources] + [everything[n].kind for n in removed]
    shared = {k for k in kinds if kinds.count(k) > 1}
    plan = EventPlan(sources, [], removed, [], full)
    dirty: dict[str, list[tuple[str, str]]] = {}
    steps: list[tuple[str, EventSource | None]] = [(s.name, s) for s in sources]
    steps += [(n, None) for n in removed]
    for name, maybe in sorted(steps, key=lambda step: step[0]):
        old = known.get(name)
        if maybe is None:  # removed: its events may now belong to a later file
            if old is not None and old.keys is not None:
                dirty.setdefault(old.kind, []).append(old.keys)
            continue
        source = maybe
        kind = source.settings.kind
        if name in changed:
            if old is not None and old.keys is not None:
                dirty.setdefault(old.kind, []).append(old.keys)
            keys = _key_range(source, codes) if kind in shared and known else None
            if keys is None and known and source.settings.on_error == "fail":
                _key_range(source, codes)  # a bad row stops the build before it changes
            plan.ranges[name] = keys
            if keys is not None:
                dirty.setdefault(kind, []).append(keys)
            plan.to_load.append(source)
        elif old is not None and any(ranges_overlap(old.keys, d) for d in dirty.get(kind, ())):
            plan.ranges[name] = old.keys
            if old.keys is not None:
                dirty.setdefault(kind, []).append(old.keys)
            plan.to_load.append(source)
        else:
            plan.ranges[name] = old.keys if old is not None else None
            plan.unchanged.append(name)
    return plan


def _key_range(source: EventSource, codes: Codes) -> tuple[str, str] | None:
    """The first and last key (in key order) of the rows of a file, read without minting.

    Read as the build reads it (its filter and ``on_error``), so that with ``on_error=fail``
    a bad row stops the build here, in the plan, while the manifest still vouches for the
    store: stopping later, once the store is being changed, made the next build a full one.
    """
    stats = ReadStats(source.name)
    s = source.settings
    events = read_events(
        source.path, s.kind, codes, name=source.name, event_filter=s.event_filter,
        on_error=s.on_error, stats=stats,
    )  # fmt: skip
    for _event in events:
        pass
    if stats.key_min is None or stats.key_max is None:
        return None
    return (stats.key_min, stats.key_max)


def _kept_keys(source: EventSource, codes: Codes) -> set[str]:
    """The keys of the events a file keeps on its own (filter and checks, no dedupe)."""
    s = source.settings
    events = read_events(source.path, s.kind, codes, event_filter=s.event_filter, on_error="skip")
    return {event.key for event in events}


@dataclass
class EventImport:
    """Reading and minting the files of a plan, once, with what each read found."""

    plan: EventPlan
    codes: Codes
    stats: dict[str, ReadStats] = field(default_factory=dict)
    statements: dict[str, int] = field(default_factory=dict)
    actors: dict[str, int] = field(default_factory=dict)
    #: per data set, the keys of the events of the files read so far (in name order)
    seen: dict[str, set[str]] = field(default_factory=dict)
    _seeded: set[str] = field(default_factory=set)

    def file_chunks(self, source: EventSource) -> Iterator[bytes]:
        """One file's graph as TriG chunks (read, checked, minted as they stream).

        Files must come in name order: an event an earlier file holds is a duplicate here.
        """
        s = source.settings
        seen = self.seen.setdefault(s.kind, set())
        self._seed(source, seen)
        stats = self.stats[source.name] = ReadStats(source.name)
        events = read_events(
            source.path,
            s.kind,
            self.codes,
            name=source.name,
            event_filter=s.event_filter,
            on_error=s.on_error,
            stats=stats,
            seen=seen,
        )
        count = 0
        self.actors[source.name] = 0

        def counted(events: Iterable[EventRecord]) -> Iterator[EventRecord]:
            actors = 0
            for event in events:
                actors += len(event.sources) + len(event.targets)
                yield event
            self.actors[source.name] = actors

        for chunk in mint_trig(counted(events), source.name, s.kind, s.event_filter.key()):
            count += chunk.count(b"\n") - 2
            yield chunk
        self.statements[source.name] = count

    def _seed(self, source: EventSource, seen: set[str]) -> None:
        """Add the keys of the earlier files left alone whose range overlaps this one's."""
        keys = self.plan.ranges.get(source.name)
        loading = {s.name for s in self.plan.to_load}
        for other in self.plan.sources:
            if other.name >= source.name:
                break
            if (
                other.name not in loading
                and other.name not in self._seeded
                and other.settings.kind == source.settings.kind
                and ranges_overlap(self.plan.ranges.get(other.name), keys)
            ):
                seen.update(_kept_keys(other, self.codes))
                self._seeded.add(other.name)

    def store_shapes(self, shapes: CompiledShapes) -> CompiledShapes:
        """``shapes`` less the constraints on coded events and their actors, which every
        loaded event passed row by row (:func:`~._check.check_event`, held to pySHACL by
        the tests): run over the store they cost a scan of every event per constraint
        (25 s at 50,000 events, most of a full build). Likewise the dyad summary's, which
        is counted from those checked events (:mod:`._summary`; its shapes are held to it
        by the tests): 11 s of a 10,000-event build, 530,000 nodes at 1,000,000 events."""
        skip = {_SG + n for n in ("CodedEvent", "EventActor", "Dyad", "DyadQuadCount")}
        skip.add(_SG + "DyadCodeCount")
        kept = tuple(c for c in shapes.constraints if not {str(t) for t in c.targets} & skip)
        return CompiledShapes(kept)

    def trig_chunks(self) -> Iterator[bytes]:
        """Every file to load, as TriG chunks (for a bulk load of a new store generation)."""
        for source in self.plan.to_load:
            yield from self.file_chunks(source)

    def graphs(self) -> tuple[dict[URIRef, Iterable[Triple]], list[URIRef]]:
        """The graphs of the files to load (read, checked and minted as a store consumes
        them, in name order) and the graphs of the removed files: what the build's one
        commit puts into the store and takes out, with the articles' graphs
        (:meth:`secgraph.store.Store.replace_graphs`)."""
        graphs: dict[URIRef, Iterable[Triple]] = {
            URIRef(event_graph_iri(s.name)): ntriples_triples(
                _body(chunk) for chunk in self.file_chunks(s)
            )
            for s in self.plan.to_load
        }
        return graphs, [URIRef(event_graph_iri(n)) for n in self.plan.removed]

    def apply(self, store: Store) -> None:
        """Put the graphs of the files to load into ``store`` and drop the removed ones, as
        one change (:meth:`secgraph.store.Store.replace_graphs`): a failure leaves the
        store as it was."""
        if self.plan.up_to_date:
            return
        graphs, removed = self.graphs()
        store.replace_graphs(graphs, remove=removed)

    def record(self, conn: sqlite3.Connection, *, fresh_stats: bool) -> None:
        """Write the plan's outcome into the manifest (one transaction), and add the event
        files' entities, statements and graphs to the store's statistics (``fresh_stats``:
        they count the articles only, as a build just wrote them; otherwise they hold the
        previous event counts, which are taken out first)."""
        conn.execute("BEGIN IMMEDIATE")
        try:
            columns = [row[1] for row in conn.execute("PRAGMA table_info(event_sources)")]
            if columns and columns != _COLUMNS:  # from another version: start it again
                conn.execute("DROP TABLE event_sources")
            conn.execute(_TABLE)
            if self.plan.full:
                conn.execute("DELETE FROM event_sources")
            conn.executemany(
                "DELETE FROM event_sources WHERE name = ?", [(n,) for n in self.plan.removed]
            )
            for source in self.plan.to_load:
                st = self.stats[source.name]
                conn.execute(
                    "INSERT OR REPLACE INTO event_sources VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        source.name,
                        source.identity,
                        source.sha256,
                        source.mtime_ns,
                        source.size,
                        source.settings.kind,
                        source.settings.event_filter.key(),
                        st.rows,
                        st.events,
                        st.duplicates,
                        st.filtered,
                        json.dumps(dict(st.bad), sort_keys=True),
                        self.statements.get(source.name, 0),
                        st.key_min,
                        st.key_max,
                        self.actors.get(source.name, 0),
                    ),
                )
            for name in self.plan.unchanged:  # keep the hash from a changed mtime
                match = next(s for s in self.plan.sources if s.name == name)
                conn.execute(
                    "UPDATE event_sources SET mtime_ns = ?, size = ? WHERE name = ?",
                    (match.mtime_ns, match.size, name),
                )
            _update_stats(conn, fresh=fresh_stats)
            has_events = conn.execute("SELECT COUNT(*) FROM event_sources").fetchone()[0]
            if has_events:  # the export cache holds articles only: export dumps the store
                conn.execute("UPDATE meta SET value = NULL WHERE key = 'turtle'")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _update_stats(conn: sqlite3.Connection, *, fresh: bool) -> None:
    """Add the event files' counts to the ``stats`` the manifest keeps (JSON in ``meta``);
    ``event_stats`` remembers what was added, to take it out again next time."""
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('stats', 'event_stats')"))
    if not meta.get("stats"):
        return
    stats = json.loads(meta["stats"])
    old = json.loads(meta["event_stats"]) if meta.get("event_stats") and not fresh else None
    files, events, actors, statements = conn.execute(
        "SELECT COUNT(*), TOTAL(events), TOTAL(actors), TOTAL(statements) FROM event_sources"
    ).fetchone()
    new: dict[str, Any] = {
        "classes": {"CodedEvent": int(events), "EventActor": int(actors), "EventFile": int(files)},
        "triples": int(statements),
        "graphs": int(files),
    }
    parts: list[tuple[int, dict[str, Any]]] = [(1, new)] if old is None else [(-1, old), (1, new)]
    for sign, part in parts:
        classes = stats["classes"]
        for name, n in part["classes"].items():
            classes[name] = classes.get(name, 0) + sign * int(n)
            if not classes[name]:
                del classes[name]
        stats["triples"] += sign * int(part["triples"])
        stats["graphs"] += sign * int(part["graphs"])
    stats["classes"] = dict(sorted(stats["classes"].items()))
    conn.executemany(
        "INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [("stats", json.dumps(stats)), ("event_stats", json.dumps(new))],
    )


def _body(chunk: bytes) -> bytes:
    """The N-Triples inside a ``<graph> { ... }`` TriG chunk."""
    return chunk[chunk.index(b"{\n") + 2 : -2]
