"""Incremental, atomic builds: fact files -> named graphs in a store, changing only what changed.

A manifest (``BUILD/manifest.sqlite``, :mod:`secgraph.pipeline._manifest`) records, per
article, the sha256, modification time and size of its fact file (and the hash of its text
file), its validation results and what it counts; per build, the hashes of the reference data
and the ontology files, the store it went into and that store's generation. A build:

1. reads the ontology and reference data and lists the article files (cheap: a file whose
   modification time and size are unchanged is not read);
2. compares with the manifest: added, changed, removed, unchanged articles. A change to the
   reference data or the ontology, a different store, a store the manifest does not describe,
   or ``full=True`` rebuilds everything (simple and correct: every article graph depends on
   the reference data and the SKOS schemes);
3. reads and builds the added and changed articles **in memory**, then validates them
   (:class:`secgraph.batch_validate.Checker`: each with the reference data, plus one
   cross-article pass over the subjects several graphs describe);
4. only then applies the change to the store in one atomic step
   (:meth:`secgraph.store.Store.replace_graphs`) and records it in the manifest (one
   transaction).

A failure before step 4 (a bad fact file, a validation crash) leaves the store and the
manifest untouched; a failure inside step 4 leaves the previous graphs (each store's
``replace_graphs`` is atomic). Before the store changes the manifest stops vouching for it,
so a crash between the store and the manifest is followed by a full rebuild.

A full build into the on-disk Oxigraph store streams instead: worker processes read and build
the fact files into TriG, which is bulk-loaded into a new store generation, validated over
the store with SHACL compiled to SPARQL, and swapped in (with :data:`VALIDATE_IN_WORKERS`,
each worker validates its chunks as it builds them instead, and the reference and
cross-article passes run once). Each article's Turtle
statements are kept in the manifest, beside the rows that describe the same store:
``secgraph export`` concatenates them (:func:`cached_export`) instead of dumping the store.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib.term import Node

from ..batch_validate import article_candidates
from ..build import ONTOLOGY_GRAPH, RelationPart, build_reference, build_relations, relation_parts
from ..errors import StoreError
from ..events import EventImport, EventsOutcome, event_graph_names, outcome, plan_events, read_codes
from ..shacl_sparql import validate_store
from ..store import (
    BuildFiles,
    OxigraphStore,
    Store,
    base_trig,
    base_turtle,
    open_store,
    oxigraph_path,
    turtle_statements,
    write_store_files,
)
from ..validate import Report
from ..vocab import REFERENCE_GRAPH, article_graph_iri, relation_graph_iri
from . import _manifest as mf
from ._articles import (
    article_entry,
    build_graphs,
    load_articles,
    no_gc,
    read_articles,
    relation_graphs,
)
from ._events import apply_events_only
from ._export import CACHED_FORMATS, cached_export
from ._inputs import Inputs
from ._manifest import MANIFEST_NAME, ArticleEntry, Manifest, StoreStats, read_manifest
from ._plan import (
    BuildPlan,
    article_paths,
    articles_dir,
    open_existing,
    plan_build,
    store_generation,
)
from ._validation import (
    Validated,
    finish_full,
    reference_subjects_of,
    shared_counts,
    split_report,
    validate_changes,
)

__all__ = [
    "CACHED_FORMATS",
    "MANIFEST_NAME",
    "ArticleEntry",
    "BuildPlan",
    "BuildResult",
    "Manifest",
    "StoreStats",
    "build_store",
    "cached_export",
    "read_articles",
    "read_manifest",
    "validate_data",
]

#: Whether a full build's workers validate their chunks in memory (``finish_full``) instead
#: of validating the store once loaded. Off: at 100,000 articles on 2 cores it made the build
#: slower (167 s against 158 s; the per-chunk in-memory stores re-validate the reference
#: data each time). Tested both ways.
VALIDATE_IN_WORKERS = False
#: Files earlier versions kept beside the store, removed by a full build.
_OLD_FILES = ("manifest.json", "manifest.pending", "validation.json")


@dataclass(frozen=True)
class BuildResult:
    plan: BuildPlan
    report: Report
    articles: int
    stats: StoreStats
    files: BuildFiles | None = None
    manifest: Path | None = None
    notes: tuple[str, ...] = field(default=())
    events: EventsOutcome | None = None


@no_gc()  # the build allocates millions of objects and no cycles: see no_gc
def build_store(
    data_dir: str | Path,
    *,
    ontology_dir: str | Path,
    build_dir: str | Path,
    store: str = "oxigraph",
    full: bool = False,
    write_files: bool = False,
    workers: int = 2,
) -> BuildResult:
    """Build ``data_dir`` into the store ``store`` (an :func:`open_store` spec) under ``build_dir``.

    Only added and changed articles are read and rebuilt (see the module docstring);
    ``write_files`` also writes ``secgraph.trig`` and ``secgraph.ttl`` (always for ``memory``,
    whose store they are). Raises a SecgraphError, with the store unchanged, when it cannot run.
    """
    root, build = Path(data_dir), Path(build_dir)
    folder = articles_dir(root)
    inputs = Inputs(ontology_dir, root / "reference", build)
    paths = article_paths(folder)
    manifest_path = build / MANIFEST_NAME
    write_files = write_files or store == "memory"
    local = oxigraph_path(store, build)
    conn: sqlite3.Connection | None = None
    target: Store | None = None
    try:
        conn = mf.open_manifest(manifest_path)
        head = mf.read_head(conn) if conn is not None else None
        if local is None:
            target = open_existing(store, build)
        plan = plan_build(
            head,
            mf.read_file_states(conn) if conn is not None else {},
            paths,
            store=store,
            ontology=inputs.ontology_sha256,
            reference=inputs.reference.sha256,
            full=full,
            generation=store_generation(store, build),
            existing=target,
            relations=mf.read_relation_keys(conn) if conn is not None and local is None else (),
            extra_graphs=event_graph_names(conn) if local is None else (),
        )
        # event files (data/events/): one graph each, see secgraph.events._build
        codes = read_codes(str(root / "reference"), str(ontology_dir))
        imported = EventImport(plan_events(root, conn, full=plan.full, codes=codes), codes)
        if plan.up_to_date and conn is not None and head is not None and head.stats is not None:
            files = None
            if not imported.plan.up_to_date:
                files = apply_events_only(
                    conn, imported, store=store, build=build, target=target, write_files=write_files
                )
                target = None
            if write_files and files is None and not (build / "secgraph.trig").is_file():
                target = target or open_store(store, build_dir=build, read_only=True)
                files = write_store_files(target, build)
            return BuildResult(
                plan=plan,
                report=mf.read_report(conn),
                articles=len(paths),
                stats=mf.read_head(conn).stats or head.stats,  # with the events' counts
                files=files,
                manifest=manifest_path,
                events=outcome(imported, conn),
            )

        def forget() -> None:
            if conn is not None:
                mf.forget_store(conn)

        turtle: dict[str, bytes | memoryview] = {}
        if plan.full and local is not None:
            # workers read, build and write TriG, chunk by chunk, loaded into a new
            # generation (nothing is written before the last chunk is in); then SHACL
            # compiled to SPARQL validates the store (see VALIDATE_IN_WORKERS).
            if target is not None:
                target.close()
            target = OxigraphStore(local, create=True, lazy=True)
            loaded = load_articles(
                target,
                list(paths.values()),
                inputs.reference,
                inputs.resolver,
                root,
                head=inputs.base,
                workers=workers,
                shapes=inputs.shapes if VALIDATE_IN_WORKERS else None,
                before_swap=forget,
                extra=imported.trig_chunks(),
            )
            entries, candidates = loaded.entries, loaded.candidates
            parts, relations = loaded.parts, loaded.relations
            turtle.update(loaded.turtle)
            turtle.update(_base_turtle(inputs.base))
            found = (
                None
                if loaded.results is None
                else finish_full(
                    loaded.results,
                    candidates,
                    base=inputs.base,
                    shapes=inputs.shapes,
                    store=target,
                    workers=workers,
                )
            )
            if found is None:
                report = validate_store(target, inputs.shapes, workers=workers)
                found = split_report(report, candidates, reference_subjects_of(inputs.base))
            validated = found
        else:
            to_read = list(paths.values())
            if not plan.full:
                to_read = [paths[i] for i in (*plan.added, *plan.changed)]
            stat_of = {str(Path(p)): os.stat(p) for p in to_read}  # before reading: edits show
            facts = read_articles(to_read, inputs.reference, workers=workers)
            graphs = build_graphs(facts, inputs.resolver, root)
            entries = {
                a.id: article_entry(a, stat_of[a.path], graphs[article_graph_iri(a.id)])
                for a in facts
            }
            candidates = {
                i: article_candidates(str(article_graph_iri(i)), graphs[article_graph_iri(i)])
                for i in entries
            }
            dropped = (*plan.changed, *plan.removed)
            kept = mf.read_candidates(conn, excluding=dropped) if conn and not plan.full else {}
            if target is None or getattr(target, "read_only", False):
                if target is not None:
                    target.close()
                target = open_store(store, build_dir=build, create=True)
            validated = validate_changes(
                graphs,
                candidates,
                base=inputs.base,
                shapes=inputs.shapes,
                head=None if plan.full else head,
                kept=kept,
                previous=target,
                workers=workers,
            )
            if plan.full:
                graphs[ONTOLOGY_GRAPH] = list(inputs.ontology.graph)
                graphs[REFERENCE_GRAPH] = list(build_reference(inputs.reference))
            if local is not None:  # the export cache: see _manifest.read_turtle
                names: dict[Node, str] = {}
                for i in entries:
                    turtle[i] = turtle_statements(graphs[article_graph_iri(i)], names).encode()
                if plan.full:
                    turtle.update(_base_turtle(inputs.base))
            # the relations these articles add to or leave: their graphs, summed again
            parts = {a.id: relation_parts(a, inputs.resolver) for a in facts}
            touched = {p.relation for each in parts.values() for p in each}
            by_relation: dict[str, list[RelationPart]] = {}
            if not plan.full and conn is not None:
                touched |= mf.relations_of(conn, dropped)
                by_relation = mf.read_relation_parts(conn, touched, excluding=dropped)
            for each in parts.values():
                for part in each:
                    by_relation.setdefault(part.relation, []).append(part)
            rewritten = build_relations(by_relation, inputs.reference)
            _trig, relation_turtle, relations = relation_graphs(rewritten)
            relations.update({k: None for k in touched if k not in relations})
            graphs.update(rewritten)
            if local is not None:
                turtle.update(relation_turtle)
            forget()
            removed = [article_graph_iri(i) for i in plan.removed]
            removed += [relation_graph_iri(k) for k, n in relations.items() if n is None]
            target.replace_graphs(graphs, remove=removed, clear=plan.full)
            imported.apply(target)

        files = write_store_files(target, build) if write_files else None
        new_head = mf.Head(
            store=store,
            ontology=inputs.ontology_sha256,
            reference=inputs.reference.sha256,
            generation=store_generation(store, build),
            stats=None,
            base_excluded=validated.excluded,
            turtle="1" if local is not None else None,
        )
        sharing = {i for i, c in candidates.items() if c}
        if plan.full or conn is None:
            if conn is not None:
                conn.close()
            shared = shared_counts(target, sharing)
            conn = _create(
                manifest_path,
                new_head,
                entries,
                candidates,
                validated,
                shared,
                turtle,
                parts,
                relations,
            )
            for name in _OLD_FILES:
                (build / name).unlink(missing_ok=True)
            imported.record(conn, fresh_stats=True)
        else:
            sharing |= set(kept)
            mf.record_changes(
                conn,
                head=new_head,
                entries=entries,
                removed=plan.removed,
                results=validated.per_article,
                candidates=candidates,
                base=validated.base,
                cross=validated.cross,
                shared=shared_counts(target, sharing),
                turtle=turtle,
                parts=parts,
                relations=relations,
            )
            imported.record(conn, fresh_stats=True)
        report = validated.report or mf.read_report(conn)
        stats = mf.read_head(conn).stats
        assert stats is not None
        inputs.save()
        return BuildResult(
            plan=plan,
            report=report,
            articles=len(paths),
            stats=stats,
            files=files,
            manifest=manifest_path,
            events=outcome(imported, conn),
        )
    except sqlite3.Error as err:  # locked or damaged; past forget(), the next build is full
        raise StoreError(
            f"{manifest_path}: cannot update the build manifest ({err}); is another build "
            "running? If not, delete the file and build again"
        ) from err
    finally:
        if conn is not None:
            conn.close()
        if target is not None:
            target.close()


def _create(
    path: Path,
    head: mf.Head,
    entries: Mapping[str, ArticleEntry],
    candidates: Mapping[str, Sequence[str]],
    validated: Validated,
    shared: tuple[dict[str, int], int],
    turtle: mf.TurtleRows,
    parts: Mapping[str, Sequence[RelationPart]],
    relations: Mapping[str, int | None],
) -> sqlite3.Connection:
    mf.create_manifest(
        path,
        head=head,
        entries=entries,
        results=validated.per_article,
        candidates=candidates,
        base=validated.base or (),
        cross=validated.cross,
        shared=shared,
        turtle=turtle,
        parts=parts,
        relations=relations,
    )
    conn = mf.open_manifest(path)
    assert conn is not None
    return conn


def _base_turtle(base: bytes) -> dict[str, bytes]:
    return {mf.BASE_TURTLE: base_turtle(base), mf.BASE_TRIG: base_trig(base)}


def validate_data(data_dir: str | Path, *, ontology_dir: str | Path, workers: int = 2) -> Report:
    """Validate a data directory without building it: the facts stream into a temporary
    Oxigraph store, as a full build does, and are checked with SHACL compiled to SPARQL (same
    results as pySHACL). No rdflib graph of the corpus is ever held: the built TriG (about
    2 kB an article) is, until it is loaded."""
    root = Path(data_dir)
    folder = articles_dir(root)
    inputs = Inputs(ontology_dir, folder.parent / "reference", None)
    paths = list(article_paths(folder).values())
    with tempfile.TemporaryDirectory(prefix="secgraph-validate-") as tmp, no_gc():
        store = OxigraphStore(Path(tmp) / "store", create=True, lazy=True)
        try:
            load_articles(
                store,
                paths,
                inputs.reference,
                inputs.resolver,
                root,
                head=inputs.base,
                workers=workers,
            )
            return validate_store(store, inputs.shapes, workers=workers)
        finally:
            store.close()
