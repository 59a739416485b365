"""The read-and-mint stage: sources -> named graphs, manifest entries, Turtle and TriG.

There is one way through it for every build: :func:`mint_sources` reads and mints sources in
chunks (in worker processes when there are enough to pay), writing each chunk's graphs as
TriG (each source's Turtle statements are a slice of it: the export cache). ``keep_graphs``
also keeps the triples, for builds that validate in memory and replace graphs in a store;
a full build into the on-disk store bulk-loads the TriG instead and never holds rdflib terms
of the whole corpus (only the TriG, about 2 kB an article).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from .._workers import worker_pool
from ..facts import Reference
from ..mint import ConceptResolver, RelationPart, build_reference, build_relations
from ..sources import ARTICLES, Built, MintContext, SourceEntry, SourceKind
from ..store import PREFIX_HEADER, base_trig, base_turtle, turtle_statements
from ..validation import Checker, CompiledShapes, ValidationResult
from ..vocab import GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH
from . import _manifest as mf
from ._context import BuildContext
from ._manifest import RELATION_KEY
from ._plan import BuildPlan

__all__ = [
    "CHUNK_SOURCES",
    "PARALLEL_MIN",
    "VALIDATE_IN_WORKERS",
    "Chunk",
    "Job",
    "Minted",
    "mint_relations",
    "mint_sources",
    "no_gc",
    "read_stage",
]

Triple = tuple[Node, Node, Node]
#: Below this many files to read, one process is faster than starting a pool.
PARALLEL_MIN = 2000
#: Sources per task in the worker pool (one TriG chunk each).
CHUNK_SOURCES = 2500


@dataclass(frozen=True)
class Chunk:
    """Some sources read and minted: their manifest entries, cross-source candidates,
    relation parts, their graphs as TriG (with the span of each source's Turtle statements in
    ``trig``), the triples when kept, and each source's validation results when asked."""

    entries: dict[str, SourceEntry]
    candidates: dict[str, tuple[str, ...]]
    trig: bytes
    spans: dict[str, tuple[int, int]]
    parts: dict[str, tuple[RelationPart, ...]]
    graphs: dict[URIRef, list[Triple]] | None = None
    results: dict[str, tuple[ValidationResult, ...]] | None = None


@dataclass
class Minted:
    """Everything the stage made, over all chunks, keyed by source key (relation graphs are
    keyed ``relation/AAA-BBB`` in ``turtle``, by pair in ``relations``)."""

    entries: dict[str, SourceEntry] = field(default_factory=dict)
    candidates: dict[str, tuple[str, ...]] = field(default_factory=dict)
    parts: dict[str, tuple[RelationPart, ...]] = field(default_factory=dict)
    turtle: dict[str, bytes | memoryview] = field(default_factory=dict)
    trig: list[bytes] = field(default_factory=list)
    graphs: dict[URIRef, list[Triple]] | None = None
    results: dict[str, tuple[ValidationResult, ...]] | None = None
    relations: dict[str, int | None] = field(default_factory=dict)

    def add(self, chunk: Chunk) -> None:
        self.entries.update(chunk.entries)
        self.candidates.update(chunk.candidates)
        self.parts.update(chunk.parts)
        if chunk.graphs is not None:
            self.graphs = {**(self.graphs or {}), **chunk.graphs}
        if chunk.results is not None:
            self.results = {**(self.results or {}), **chunk.results}
        view = memoryview(chunk.trig)
        for key, (start, end) in chunk.spans.items():
            self.turtle[key] = view[start:end]
        self.trig.append(chunk.trig)


@dataclass
class Job:
    """What reading and minting (and, when asked, validating) a chunk needs, in whichever
    process: the kind of source, the mint context and, for validation in the workers, the
    N-Quads of the ontology and reference graphs with the compiled shapes."""

    kind: SourceKind
    context: MintContext
    base: bytes | None = None
    shapes: CompiledShapes | None = None
    keep_graphs: bool = False
    checker: Checker | None = field(default=None, init=False)

    @classmethod
    def make(
        cls,
        kind: SourceKind,
        reference: Reference,
        resolver: ConceptResolver,
        root: Path,
        **options: Any,
    ) -> Job:
        return cls(kind, MintContext(reference, resolver, root), **options)

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "checker"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state, checker=None)

    def validator(self) -> Checker | None:
        if self.checker is None and self.base is not None and self.shapes is not None:
            self.checker = Checker(self.base, self.shapes, workers=1)
        return self.checker

    def close(self) -> None:
        if self.checker is not None:
            self.checker.close()
            self.checker = None


def mint_sources(
    paths: Sequence[str],
    job: Job,
    *,
    workers: int,
    progress: Callable[[str, int, int], None] | None = None,
) -> Minted:
    """Read and mint the sources at ``paths`` (of ``job.kind``), :data:`CHUNK_SOURCES` a
    chunk, in ``workers`` processes when there are at least :data:`PARALLEL_MIN`.

    With ``job.shapes``, each chunk is also validated with the reference data in an in-memory
    store (:meth:`Checker.articles`, subjects the chunk shares left out): the results of
    subjects shared across chunks are for the caller to drop and check again.
    """
    minted = Minted()
    tasks = [paths[i : i + CHUNK_SOURCES] for i in range(0, len(paths), CHUNK_SOURCES)]
    for chunk in _map_chunks(tasks, job, workers=workers):
        minted.add(chunk)
        if progress is not None:
            progress("read", len(minted.entries), len(paths))
    return minted


def mint_relations(
    minted: Minted,
    parts: Mapping[str, Sequence[RelationPart]],
    reference: Reference,
    *,
    touched: Sequence[str] = (),
) -> None:
    """Add to ``minted`` the relation graphs summed from ``parts`` (every part of each
    relation to write, by relation); ``touched`` relations with no parts left are recorded
    as removed (None)."""
    graphs = build_relations(parts, reference)
    names: dict[Node, str] = {}
    blocks: list[bytes] = []
    for name, triples in graphs.items():
        key = str(name)[len(str(GRAPH)) :]
        assert key.startswith(RELATION_KEY)
        body = turtle_statements(triples, names).encode()
        blocks += (f"<{name}> {{\n".encode(), body, b"}\n")
        minted.turtle[key] = body
        minted.relations[key[len(RELATION_KEY) :]] = len(triples)
    minted.relations.update({k: None for k in touched if k not in minted.relations})
    minted.trig.append(b"".join(blocks))
    if minted.graphs is not None:
        minted.graphs.update(graphs)


_WORKER: dict[str, Job] = {}


def _init_chunk_worker(job: Job) -> None:
    _WORKER["job"] = job


def _chunk_in_worker(paths: Sequence[str]) -> Chunk:
    return _build_chunk(paths, _WORKER["job"])


@contextmanager
def no_gc() -> Iterator[None]:
    """Python's cycle collector off for a while. Minting allocates millions of small
    objects and no cycles (they are freed by reference counts), but the collector still
    walks the growing heap every few thousand allocations: a chunk of 2,500 articles took
    2.6 to 3.3 s with it, 1.9 to 2.2 s without."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build_chunk(paths: Sequence[str], job: Job) -> Chunk:
    with no_gc():
        return _build_chunk_now(paths, job)


def _build_chunk_now(paths: Sequence[str], job: Job) -> Chunk:
    entries: dict[str, SourceEntry] = {}
    candidates: dict[str, tuple[str, ...]] = {}
    spans: dict[str, tuple[int, int]] = {}
    relations: dict[str, tuple[RelationPart, ...]] = {}
    graphs: dict[URIRef, list[Triple]] = {}
    blocks: list[bytes] = []
    size = 0
    names: dict[Node, str] = {}
    for path in paths:
        built: Built = job.kind.build(path, job.context)
        entries[built.key] = built.entry
        candidates[built.key] = built.candidates
        relations[built.key] = built.parts
        graphs[built.graph] = built.triples
        opening = f"<{built.graph}> {{\n".encode()
        body = turtle_statements(built.triples, names).encode()
        start = size + len(opening)
        spans[built.key] = (start, start + len(body))
        blocks += (opening, body, b"}\n")
        size = start + len(body) + 2
    trig = b"".join(blocks)
    results = None
    checker = job.validator()
    if checker is not None:
        text = (PREFIX_HEADER + trig, ox.RdfFormat.TRIG)  # the graphs as just written
        found = checker.articles(
            [(str(g), t) for g, t in graphs.items()], checker.shared(candidates), data=text
        )
        results = {graph.rsplit("/", 1)[-1]: r for graph, r in found.items()}
    kept = graphs if job.keep_graphs else None
    return Chunk(entries, candidates, trig, spans, relations, kept, results)


def _map_chunks(tasks: Sequence[Sequence[str]], job: Job, *, workers: int) -> Iterator[Chunk]:
    """Chunks in order; in ``workers`` processes when there are enough sources to pay."""
    if workers <= 1 or sum(len(t) for t in tasks) < PARALLEL_MIN:
        try:
            for task in tasks:
                yield _build_chunk(task, job)
        finally:
            job.close()
        return
    with worker_pool(workers, _init_chunk_worker, (job,)) as pool:
        yield from pool.map(_chunk_in_worker, tasks)


#: Whether a full build's workers validate their chunks in memory (``finish_full``) instead
#: of validating the store once loaded. Off: at 100,000 articles on 2 cores it made the build
#: slower (167 s against 158 s; the per-chunk in-memory stores re-validate the reference
#: data each time). Tested both ways.
VALIDATE_IN_WORKERS = False


def read_stage(ctx: BuildContext, plan: BuildPlan) -> Minted:
    """The read-and-mint stage: the added and changed sources (all of them for a full
    build), the relation graphs they touch (summed with the unchanged sources' parts from the
    manifest) and, for a full build, the ontology and reference graphs.

    A full build into the local store streams (``graphs`` stays None: the TriG is loaded);
    any other build keeps the triples to validate in memory and replace graphs.
    """
    inputs = ctx.inputs
    streamed = plan.full and ctx.local is not None
    keys = list(ctx.paths) if plan.full else [*plan.added, *plan.changed]
    in_workers = streamed and VALIDATE_IN_WORKERS
    job = Job.make(
        ARTICLES,
        inputs.reference,
        inputs.resolver,
        ctx.root,
        base=inputs.base if in_workers else None,
        shapes=inputs.shapes if in_workers else None,
        keep_graphs=not streamed,
    )
    paths = [ctx.paths[k] for k in keys]
    minted = mint_sources(paths, job, workers=ctx.workers, progress=ctx.progress)
    if not streamed and minted.graphs is None:
        minted.graphs = {}
    # the relations these sources add to or leave: their graphs, summed again
    touched = {p.relation for each in minted.parts.values() for p in each}
    by_relation: dict[str, list[RelationPart]] = {}
    if not plan.full and ctx.conn is not None:
        dropped = (*plan.changed, *plan.removed)
        touched |= mf.relations_of(ctx.conn, dropped)
        by_relation = mf.read_relation_parts(ctx.conn, touched, excluding=dropped)
    for each in minted.parts.values():
        for part in each:
            by_relation.setdefault(part.relation, []).append(part)
    mint_relations(minted, by_relation, inputs.reference, touched=sorted(touched))
    if plan.full:
        minted.trig.insert(0, base_trig(inputs.base))  # declares the prefixes the blocks use
        minted.turtle[mf.BASE_TURTLE] = base_turtle(inputs.base)
        minted.turtle[mf.BASE_TRIG] = base_trig(inputs.base)
        if minted.graphs is not None:
            minted.graphs[ONTOLOGY_GRAPH] = list(inputs.ontology.graph)
            minted.graphs[REFERENCE_GRAPH] = list(build_reference(inputs.reference))
    return minted
