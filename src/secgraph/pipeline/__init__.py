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
3. reads and mints the added and changed sources (:mod:`._read`: article fact files are one
   kind of source, see :mod:`secgraph.sources`), then validates them (:mod:`._validation`:
   each with the reference data, plus one cross-article pass over the subjects several
   graphs describe);
4. only then commits (:mod:`._commit`): the change goes to the store in one atomic step
   (:meth:`secgraph.store.Store.replace_graphs`, or the swap of a staged generation) and is
   recorded in the manifest (one transaction).

A failure before step 4 (a bad fact file, a validation crash) leaves the store and the
manifest untouched; a failure inside step 4 leaves the previous graphs (each store's
``replace_graphs`` is atomic). Before the store changes the manifest stops vouching for it,
so a crash between the store and the manifest is followed by a full rebuild.

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
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import StoreError
from ..events import EventImport, EventsOutcome, event_graph_names, outcome
from ..resources import reference_layers
from ..sources import ARTICLES
from ..store import (
    BuildFiles,
    OxigraphStore,
    StoreSpec,
    base_trig,
    open_store,
    write_store_files,
)
from ..validation import Report, validate_store
from . import _manifest as mf
from ._commit import commit_manifest, commit_store
from ._context import BuildContext, Progress, open_context
from ._events import apply_events_only, event_stage
from ._export import CACHED_FORMATS, cached_export, vouched_report
from ._inputs import Inputs
from ._manifest import MANIFEST_NAME, ArticleEntry, Manifest, StoreStats, read_manifest
from ._plan import BuildPlan, plan_stage
from ._read import VALIDATE_IN_WORKERS, Job, mint_sources, no_gc, read_stage
from ._validation import validate_stage

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
    notes: tuple[str, ...] = field(default=())
    #: what the build did with the event files (``data/events/``)
    events: EventsOutcome | None = None


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
    progress: Progress | None = None,
) -> BuildResult:
    """Build ``data_dir`` into the store ``store`` (an :func:`open_store` spec) under ``build_dir``.

    The stages, in order: plan, read and mint, validate, commit (store, then manifest); see
    the module docstring. ``write_files`` also writes ``secgraph.trig`` and ``secgraph.ttl``
    (always for ``memory``, whose store they are). Raises a SecgraphError, with the store
    unchanged, when it cannot run. ``progress`` is told how far each stage is.
    """
    spec = StoreSpec.parse(store)
    write_files = write_files or spec.kind == "memory"
    with _manifest_errors(Path(build_dir) / MANIFEST_NAME):
        ctx = open_context(
            data_dir, ontology_dir=ontology_dir, build_dir=build_dir, store=spec, workers=workers
        )
    ctx.progress = progress
    staged: OxigraphStore | None = None
    try:
        with _manifest_errors(ctx.manifest_path):
            plan = plan_stage(ctx, full=full, extra_graphs=event_graph_names(ctx.conn))
            imported = event_stage(ctx, plan)  # event files: one graph each, see ._events
            if plan.up_to_date and ctx.conn is not None and ctx.head and ctx.head.stats:
                return _up_to_date(ctx, plan, imported, write_files=write_files)
            minted = read_stage(ctx, plan)
            if minted.graphs is None:  # a streamed full build: staged, then validated
                assert ctx.local is not None
                ctx.staging = OxigraphStore(ctx.local, create=True, lazy=True)
                ctx.target = ctx.staging
                # the event files' graphs stream into the same load, after the articles
                staged = _stage(ctx.staging, itertools.chain(minted.trig, imported.trig_chunks()))
            ctx.tell("validate", 0, 1)
            shapes = imported.store_shapes(ctx.inputs.shapes) if staged is not None else None
            validated = validate_stage(ctx, plan, minted, staged=staged, shapes=shapes)
            ctx.tell("commit", 0, 1)
            target = commit_store(ctx, plan, minted, staged=staged)
            if staged is None:
                imported.apply(target)  # staged, then moved into place by one update
            staged = None
            files = write_store_files(target, ctx.build) if write_files else None
            conn = commit_manifest(ctx, plan, minted, validated, store=target)
            imported.record(conn, fresh_stats=True)
            ctx.inputs.save()
            ctx.tell("commit", 1, 1)
            stats = mf.read_head(conn).stats
            assert stats is not None
            return BuildResult(
                plan=plan,
                report=validated.report or mf.read_report(conn),
                articles=len(ctx.paths),
                stats=stats,
                files=files,
                manifest=ctx.manifest_path,
                events=outcome(imported, conn),
            )
    finally:
        if staged is not None and ctx.staging is not None:
            ctx.staging.discard(staged)
        ctx.close()


@contextmanager
def _manifest_errors(path: Path) -> Iterator[None]:
    """SQLite's errors on the manifest as one line (locked or damaged; past ``forget()``,
    the next build is full)."""
    try:
        yield
    except sqlite3.Error as err:
        raise StoreError(
            f"{path}: cannot update the build manifest ({err}); is another build "
            "running? If not, delete the file and build again"
        ) from err


def _stage(target: OxigraphStore, trig: Iterable[bytes]) -> OxigraphStore:
    import pyoxigraph as ox

    return target.stage(trig, ox.RdfFormat.TRIG)


def _up_to_date(
    ctx: BuildContext, plan: BuildPlan, imported: EventImport, *, write_files: bool
) -> BuildResult:
    """No article to build: the manifest's report and statistics (and the files, when asked
    for and missing); event files that changed are applied on their own."""
    assert ctx.conn is not None and ctx.head is not None and ctx.head.stats is not None
    files = None
    if not imported.plan.up_to_date:
        files = apply_events_only(ctx, imported, write_files=write_files)
    if write_files and files is None and not (ctx.build / "secgraph.trig").is_file():
        ctx.target = ctx.target or open_store(ctx.spec, build_dir=ctx.build, read_only=True)
        files = write_store_files(ctx.target, ctx.build)
    return BuildResult(
        plan=plan,
        report=mf.read_report(ctx.conn),
        articles=len(ctx.paths),
        stats=mf.read_head(ctx.conn).stats or ctx.head.stats,  # with the events' counts
        files=files,
        manifest=ctx.manifest_path,
        events=outcome(imported, ctx.conn),
    )


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
        store = OxigraphStore(Path(tmp) / "store", create=True, lazy=True)
        staged = _stage(store, [base_trig(inputs.base), *minted.trig])
        try:
            if progress is not None:
                progress("validate", 0, 1)
            return validate_store(staged, inputs.shapes, workers=workers)
        finally:
            staged.close()
