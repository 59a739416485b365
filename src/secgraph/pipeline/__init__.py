"""Incremental, atomic builds: fact files -> named graphs in a store, changing only what changed.

A manifest (``BUILD/manifest.sqlite``, :mod:`secgraph.pipeline._manifest`) records, per
article, the sha256, modification time and size of its fact file (and the hash of its text
file), its validation results and what it counts; per build, the hashes of the reference data
and the ontology files, the store it went into and that store's generation. A build:

0. takes the build folder's lock (:mod:`._lock`: one build at a time, of any kind) and
   removes what killed builds left (store generations not in use, unrenamed manifests);
1. reads the ontology and reference data and lists the article files (cheap: a file whose
   modification time and size are unchanged is not read);
2. compares with the manifest: added, changed, removed, unchanged articles. A change to the
   reference data or the ontology, a different store, a store the manifest does not describe,
   or ``full=True`` rebuilds everything (simple and correct: every article graph depends on
   the reference data and the SKOS schemes);
3. reads and mints the added and changed sources (:mod:`._read`: article fact files are one
   kind of source, see :mod:`secgraph.sources`), then validates them (:mod:`._validation`:
   each with the reference data, plus one cross-article pass over the subjects several
   graphs describe);
   Articles with violations are held back and the rest read again without them
   (:mod:`._verdict`), unless ``allow_violations``;
4. only then commits (:mod:`._commit`): the manifest's new rows are written (a new file
   beside the old one, or rows in an open transaction), the manifest stops vouching for the
   store, the change goes to the store in one atomic step
   (:meth:`secgraph.store.Store.replace_graphs`, or the swap of a staged generation), and the
   manifest is put in place (renamed, or the transaction committed with the new head).

A failure before the store changes (a bad fact file, a validation crash, a full disk while
writing the manifest's rows) leaves the store as it was and the manifest vouching for it; a
failure inside the store's step leaves the previous graphs (each store's change is atomic).
A build stopped between the store and the manifest's last step (``kill -9``) leaves a
manifest that does not vouch for the store, and the next build rebuilds everything. The
points where a test may stop a build are :data:`secgraph._faults.FAULT_POINTS`.

A full build into the on-disk Oxigraph store streams instead: worker processes read and mint
the fact files into TriG, which is bulk-loaded into a new store generation (staged: readers
do not see it), validated there with SHACL compiled to SPARQL, and swapped in (with
:data:`VALIDATE_IN_WORKERS`, each worker validates its chunks as it builds them instead, and
the reference and cross-article passes run once). Each article's Turtle
statements are kept in the manifest, beside the rows that describe the same store:
``secgraph export`` concatenates them (:func:`cached_export`) instead of dumping the store.
"""

from __future__ import annotations

import itertools
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path

from .._faults import fault_point
from ..atomic import os_reason
from ..errors import StoreError
from ..events import EventImport, EventsOutcome, event_graph_names, outcome
from ..resources import reference_layers
from ..sources import ARTICLES
from ..store import (
    BuildFiles,
    OxigraphStore,
    RemoteStore,
    StoreSpec,
    base_trig,
    open_store,
    remove_stale_batches,
    write_store_files,
)
from ..validation import Report, ValidationResult, validate_store
from . import _manifest as mf
from ._commit import commit
from ._context import BuildContext, Progress, open_context
from ._events import apply_events_only, event_stage
from ._export import CACHED_FORMATS, cached_export, vouched_report
from ._inputs import Inputs
from ._lock import build_lock
from ._manifest import MANIFEST_NAME, ArticleEntry, Manifest, StoreStats, read_manifest
from ._plan import BuildPlan, plan_stage
from ._read import VALIDATE_IN_WORKERS, Job, mint_sources, no_gc, read_stage
from ._validation import Validated, validate_stage
from ._verdict import held_results, refine, refine_report, violating

__all__ = [
    "CACHED_FORMATS",
    "MANIFEST_NAME",
    "VALIDATE_IN_WORKERS",
    "ArticleEntry",
    "BuildPlan",
    "BuildResult",
    "Manifest",
    "Progress",
    "StoreStats",
    "build_lock",
    "build_store",
    "cached_export",
    "read_manifest",
    "validate_data",
    "vouched_report",
]


@dataclass(frozen=True)
class BuildResult:
    plan: BuildPlan
    report: Report
    articles: int
    stats: StoreStats
    files: BuildFiles | None = None
    manifest: Path | None = None
    #: what the store said of the change (a server: ``staging: post (why)``)
    notes: tuple[str, ...] = field(default=())
    #: what the build did with the event files (``data/events/``)
    events: EventsOutcome | None = None
    #: articles with violations, not committed (see :mod:`._verdict`)
    held_back: tuple[str, ...] = ()


@no_gc()  # the build allocates millions of objects and no cycles: see no_gc
def build_store(
    data_dir: str | Path,
    *,
    ontology_dir: str | Path,
    build_dir: str | Path,
    store: str | StoreSpec = "oxigraph",
    full: bool = False,
    write_files: bool = False,
    workers: int = 2,
    allow_violations: bool = False,
    progress: Progress | None = None,
) -> BuildResult:
    """Build ``data_dir`` into the store ``store`` (an :func:`open_store` spec) under ``build_dir``.

    The stages, in order: plan, read and mint, validate, commit (store, then manifest); see
    the module docstring. ``write_files`` also writes ``secgraph.trig`` and ``secgraph.ttl``
    (always for ``memory``, whose store they are). Articles with SHACL violations are held
    back (listed in ``held_back``, their results in the report) unless ``allow_violations``
    (see :mod:`._verdict`). Raises a SecgraphError, with the store unchanged, when it cannot
    run. ``progress`` is told how far each stage is. Every build holds the build folder's
    lock (:mod:`._lock`) throughout.
    """
    spec = StoreSpec.parse(store)
    write_files = write_files or spec.kind == "memory"
    build = Path(build_dir)
    with build_lock(build):
        fault_point("locked")
        with _manifest_errors(build / MANIFEST_NAME):
            ctx = open_context(
                data_dir, ontology_dir=ontology_dir, build_dir=build, store=spec, workers=workers
            )
        ctx.progress = progress
        with _closing(ctx):
            if ctx.local is not None:  # what killed builds left: generations, links
                OxigraphStore(ctx.local, lazy=True).remove_stale()
            remove_stale_batches(build)  # and a killed server build's batch files
            for leftover in build.glob(f".{MANIFEST_NAME}.*.tmp"):  # a manifest never renamed
                leftover.unlink(missing_ok=True)
            return _build(
                ctx, full=full, write_files=write_files, allow_violations=allow_violations
            )


def _build(
    ctx: BuildContext, *, full: bool, write_files: bool, allow_violations: bool
) -> BuildResult:
    """The stages, in order, in an open context (see :func:`build_store`)."""
    staged: OxigraphStore | None = None
    try:
        with _manifest_errors(ctx.manifest_path):
            plan = plan_stage(ctx, full=full, extra_graphs=event_graph_names(ctx.conn))
            imported = event_stage(ctx, plan)  # event files: one graph each, see ._events
            if plan.up_to_date and ctx.conn is not None and ctx.head and ctx.head.stats:
                return _up_to_date(ctx, plan, imported, write_files=write_files)
            held: list[ValidationResult] = []
            while True:
                minted = read_stage(ctx, plan)
                fault_point("minted")
                if minted.graphs is None:  # a streamed full build: staged, then validated
                    assert ctx.local is not None
                    ctx.staging = OxigraphStore(ctx.local, create=True, lazy=True)
                    ctx.target = ctx.staging
                    # the event files' graphs stream into the same load, after the articles
                    staged = _stage(
                        ctx.staging, itertools.chain(minted.trig, imported.trig_chunks())
                    )
                ctx.tell("validate", 0, 1)
                shapes = imported.store_shapes(ctx.inputs.shapes) if staged is not None else None
                validated = refine(
                    validate_stage(ctx, plan, minted, staged=staged, shapes=shapes), ctx.root
                )
                bad = set() if allow_violations else _holdable(validated, plan, ctx)
                if not bad:
                    break
                held += held_results(validated, bad)  # then read the rest again without them
                ctx.paths = {k: p for k, p in ctx.paths.items() if k not in bad}
                plan = replace(
                    plan,
                    added=tuple(k for k in plan.added if k not in bad),
                    changed=tuple(k for k in plan.changed if k not in bad),
                    unchanged=tuple(k for k in plan.unchanged if k not in bad),
                )
                if staged is not None and ctx.staging is not None:
                    ctx.staging.discard(staged)
                    staged = None
                if plan.up_to_date and ctx.conn is not None and ctx.head and ctx.head.stats:
                    return _up_to_date(ctx, plan, imported, write_files=write_files, held=held)
            ctx.tell("commit", 0, 1)
            try:  # the event files' graphs go in the same change (see ._commit)
                target, conn = commit(ctx, plan, minted, validated, staged=staged, events=imported)
            except OSError as err:  # a full disk, say
                ctx.unforget()
                state = (
                    "the store changed but the manifest does not vouch for it: the next build "
                    "rebuilds everything"
                    if ctx.store_touched
                    else "the store was left as it was"
                )
                raise StoreError(
                    f"{ctx.build}: cannot write the build ({os_reason(err)}); {state}"
                ) from err
            except BaseException:
                ctx.unforget()
                raise
            imported.record(conn, fresh_stats=True)
            staged = None
            fault_point("committed")
            files = write_store_files(target, ctx.build) if write_files else None
            ctx.inputs.save()
            ctx.tell("commit", 1, 1)
            stats = mf.read_head(conn).stats
            assert stats is not None
            report = validated.report or mf.read_report(conn)
            return BuildResult(
                plan=plan,
                report=Report(results=tuple(sorted({*report.results, *held}))),
                articles=len(ctx.paths),
                stats=stats,
                files=files,
                manifest=ctx.manifest_path,
                events=outcome(imported, conn),
                held_back=_keys(held),
                notes=_store_notes(target),
            )
    finally:  # a staged generation that was not swapped in (once it is, it is the store)
        if staged is not None and not ctx.store_changed and ctx.staging is not None:
            ctx.staging.discard(staged)


@contextmanager
def _closing(ctx: BuildContext) -> Iterator[None]:
    """Close the build's manifest and store; when the build failed, a failure to close
    (a full disk again, while flushing) must not replace the error that stopped it."""
    try:
        yield
    except BaseException:
        with suppress(OSError, sqlite3.Error, StoreError):
            ctx.close()
        raise
    ctx.close()


@contextmanager
def _manifest_errors(path: Path) -> Iterator[None]:
    """SQLite's errors on the manifest as one line (locked or damaged; past ``forget()``,
    the next build is full)."""
    try:
        yield
    except sqlite3.Error as err:
        hint = (
            "is another build running? wait for it, then build again"
            if "locked" in str(err)
            else "free some space if the disk is full, or delete the file and build again"
        )
        raise StoreError(f"{path}: cannot update the build manifest ({err}); {hint}") from err


def _stage(target: OxigraphStore, trig: Iterable[bytes]) -> OxigraphStore:
    import pyoxigraph as ox

    staged = None
    try:
        staged = target.stage(trig, ox.RdfFormat.TRIG)
        fault_point("staged")
        return staged
    except OSError as err:
        if staged is not None:
            target.discard(staged)  # a full disk while loading: the new generation is gone
        raise StoreError(
            f"{target.path}: cannot load the new store ({os_reason(err)}); the store was left "
            "as it was"
        ) from err


def _holdable(validated: Validated, plan: BuildPlan, ctx: BuildContext) -> set[str]:
    """The articles of this build that violations point at (only those read: an unchanged
    article's graph is already committed)."""
    results = [r for found in validated.per_article.values() for r in found]
    read = set(ctx.paths) if plan.full else {*plan.added, *plan.changed}
    return violating([*results, *validated.cross]) & read


def _keys(held: list[ValidationResult]) -> tuple[str, ...]:
    return tuple(sorted(violating(held)))


def _up_to_date(
    ctx: BuildContext,
    plan: BuildPlan,
    imported: EventImport,
    *,
    write_files: bool,
    held: list[ValidationResult] | None = None,
) -> BuildResult:
    """No article to build: the manifest's report and statistics (and the files, when asked
    for and missing); event files that changed are applied on their own; ``held`` are the
    results of articles held back."""
    assert ctx.conn is not None and ctx.head is not None and ctx.head.stats is not None
    files = None
    if not imported.plan.up_to_date:
        files = apply_events_only(ctx, imported, write_files=write_files)
    if write_files and files is None and not (ctx.build / "secgraph.trig").is_file():
        ctx.target = ctx.target or open_store(ctx.spec, build_dir=ctx.build, read_only=True)
        files = write_store_files(ctx.target, ctx.build)
    report = mf.read_report(ctx.conn)
    return BuildResult(
        plan=plan,
        report=Report(results=tuple(sorted({*report.results, *(held or ())}))),
        articles=len(ctx.paths),
        stats=mf.read_head(ctx.conn).stats or ctx.head.stats,  # with the events' counts
        files=files,
        manifest=ctx.manifest_path,
        events=outcome(imported, ctx.conn),
        held_back=_keys(held or []),
        notes=_store_notes(ctx.target),
    )


def _store_notes(store: object) -> tuple[str, ...]:
    """What the store said of the change it took (a server: the staging, and why)."""
    note = store.staging_note if isinstance(store, RemoteStore) else None
    return (note,) if note else ()


def validate_data(
    data_dir: str | Path,
    *,
    ontology_dir: str | Path,
    workers: int = 2,
    progress: Progress | None = None,
) -> Report:
    """Validate a data directory without building it: the sources are read and minted as a
    full build does, staged in a temporary Oxigraph store and checked with SHACL compiled to
    SPARQL (same results as pySHACL). No rdflib graph of the corpus is ever held: the minted
    TriG (about 2 kB an article) is, until it is loaded."""
    root = Path(data_dir)
    paths = list(ARTICLES.discover(root).values())
    inputs = Inputs(ontology_dir, reference_layers(root / "reference"), None)
    job = Job.make(ARTICLES, inputs.reference, inputs.resolver, root)
    with tempfile.TemporaryDirectory(prefix="secgraph-validate-") as tmp, no_gc():
        minted = mint_sources(paths, job, workers=workers, progress=progress)
        fault_point("minted")
        store = OxigraphStore(Path(tmp) / "store", create=True, lazy=True)
        staged = _stage(store, [base_trig(inputs.base), *minted.trig])
        try:
            if progress is not None:
                progress("validate", 0, 1)
            return refine_report(validate_store(staged, inputs.shapes, workers=workers), root)
        finally:
            staged.close()
