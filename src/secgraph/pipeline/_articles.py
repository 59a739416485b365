"""Fact files -> named graphs: read and build articles, in worker processes when it pays."""

from __future__ import annotations

import gc
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, URIRef
from rdflib.term import Node

from ..batch_validate import Checker, article_candidates, own_prefixes
from ..build import ConceptResolver, RelationPart, build_article, build_relations, relation_parts
from ..facts import ArticleFacts, Reference, read_article
from ..shacl_sparql import CompiledShapes
from ..store import PREFIX_HEADER, OxigraphStore, base_trig, turtle_statements
from ..validate import ValidationResult
from ..vocab import GRAPH, SG, article_graph_iri
from ._manifest import OWNED_CLASSES, RELATION_KEY, ArticleEntry
from ._plan import file_sha256

__all__ = [
    "CHUNK_ARTICLES",
    "PARALLEL_MIN",
    "Chunk",
    "Loaded",
    "article_entry",
    "build_graphs",
    "load_articles",
    "no_gc",
    "read_articles",
    "relation_graphs",
]

Triple = tuple[Node, Node, Node]
#: Below this many files to parse, one process is faster than starting a pool.
PARALLEL_MIN = 2000
#: Articles per task in a full build's worker pool (one TriG chunk each).
CHUNK_ARTICLES = 2500


@dataclass(frozen=True)
class Chunk:
    """Some articles built: manifest entries, cross-article candidates, their graphs as TriG
    blocks (with the span of each article's Turtle statements in ``trig``) and, when asked,
    each article's validation results (see :func:`load_articles`)."""

    entries: dict[str, ArticleEntry]
    candidates: dict[str, tuple[str, ...]]
    trig: bytes
    spans: dict[str, tuple[int, int]]
    parts: dict[str, tuple[RelationPart, ...]]
    results: dict[str, tuple[ValidationResult, ...]] | None = None


@dataclass(frozen=True)
class Loaded:
    """What a streamed full build learnt: manifest entries, candidates, each article's
    Turtle statements (slices of the chunks' TriG, for the export cache; the relation
    graphs' too), each article's relation parts, the statements of each relation graph and,
    when asked, validation results per article."""

    entries: dict[str, ArticleEntry]
    candidates: dict[str, tuple[str, ...]]
    turtle: dict[str, memoryview | bytes]
    results: dict[str, tuple[ValidationResult, ...]] | None
    parts: dict[str, tuple[RelationPart, ...]] = field(default_factory=dict)
    relations: dict[str, int | None] = field(default_factory=dict)


@dataclass
class _Job:
    """What building (and validating) a chunk of articles needs, in whichever process."""

    reference: Reference
    resolver: ConceptResolver
    root: Path
    base: bytes | None = None
    shapes: CompiledShapes | None = None
    checker: Checker | None = field(default=None, init=False)

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


def load_articles(
    target: OxigraphStore,
    paths: Sequence[str],
    reference: Reference,
    resolver: ConceptResolver,
    root: Path,
    *,
    head: bytes,
    workers: int,
    shapes: CompiledShapes | None = None,
    before_swap: Callable[[], None] | None = None,
    extra: Iterable[bytes] = (),
) -> Loaded:
    """Every article into a new generation of ``target`` (after ``head``, the N-Quads of the
    ontology and reference graphs); returns their manifest entries, candidates and Turtle.

    Fact files are read, built into triples and written as TriG in ``workers`` processes,
    :data:`CHUNK_ARTICLES` per task; the parent bulk-loads the chunks once all are built
    (it holds their TriG, about 2 kB an article, but never rdflib terms or facts of the whole
    corpus). With ``shapes``, each worker also validates its chunks with the reference data
    in an in-memory store (:meth:`Checker.articles`, subjects the chunk shares left out):
    the results of subjects shared across chunks are for the caller to drop and check again
    (see ``_validation.finish_full``).
    """
    loaded = Loaded({}, {}, {}, {} if shapes is not None else None)
    job = _Job(reference, resolver, root, head if shapes is not None else None, shapes)

    def chunks() -> Iterator[bytes]:
        yield base_trig(head)  # declares the prefixes the articles' blocks use
        tasks = [paths[i : i + CHUNK_ARTICLES] for i in range(0, len(paths), CHUNK_ARTICLES)]
        for chunk in _map_chunks(tasks, job, workers=workers):
            loaded.entries.update(chunk.entries)
            loaded.candidates.update(chunk.candidates)
            loaded.parts.update(chunk.parts)
            if loaded.results is not None and chunk.results is not None:
                loaded.results.update(chunk.results)
            view = memoryview(chunk.trig)
            for article, (start, end) in chunk.spans.items():
                loaded.turtle[article] = view[start:end]
            yield chunk.trig

    # Built first, then loaded: on two cores, loading while the workers build makes them
    # compete for the cores (whole builds of 100,000 articles: 126 and 134 s this way, 143
    # and 135 s streamed). The chunks, about 2 kB an article, are kept for the export cache.
    built = list(chunks())
    by_relation: dict[str, list[RelationPart]] = {}
    for found in loaded.parts.values():
        for part in found:
            by_relation.setdefault(part.relation, []).append(part)
    trig, turtle, counts = relation_graphs(build_relations(by_relation, reference))
    built.append(trig)
    loaded.turtle.update(turtle)
    loaded.relations.update(counts)
    # ``extra``: more TriG blocks streamed after the articles (event files' graphs)
    target.load_trig(itertools.chain(built, extra), before_swap=before_swap)
    return loaded


def relation_graphs(
    graphs: Mapping[URIRef, Sequence[Triple]],
) -> tuple[bytes, dict[str, bytes], dict[str, int | None]]:
    """Relation graphs (:func:`secgraph.build.build_relations`) as one TriG block, as Turtle
    statements for the export cache (keyed ``relation/AAA-BBB``) and as statement counts."""
    names: dict[Node, str] = {}
    parts: list[bytes] = []
    turtle: dict[str, bytes] = {}
    counts: dict[str, int | None] = {}
    for name, triples in graphs.items():
        key = str(name)[len(str(GRAPH)) :]
        assert key.startswith(RELATION_KEY)
        body = turtle_statements(triples, names).encode()
        parts += (f"<{name}> {{\n".encode(), body, b"}\n")
        turtle[key] = body
        counts[key[len(RELATION_KEY) :]] = len(triples)
    return b"".join(parts), turtle, counts


_WORKER: dict[str, _Job] = {}


def _init_chunk_worker(job: _Job) -> None:
    _WORKER["job"] = job


def _chunk_in_worker(paths: Sequence[str]) -> Chunk:
    return _build_chunk(paths, _WORKER["job"])


@contextmanager
def no_gc() -> Iterator[None]:
    """Python's cycle collector off for a while. Building articles allocates millions of
    small objects and no cycles (they are freed by reference counts), but the collector
    still walks the growing heap every few thousand allocations: a chunk of 2,500 articles
    took 2.6 to 3.3 s with it, 1.9 to 2.2 s without."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build_chunk(paths: Sequence[str], job: _Job) -> Chunk:
    with no_gc():
        return _build_chunk_now(paths, job)


def _build_chunk_now(paths: Sequence[str], job: _Job) -> Chunk:
    entries: dict[str, ArticleEntry] = {}
    candidates: dict[str, tuple[str, ...]] = {}
    spans: dict[str, tuple[int, int]] = {}
    relations: dict[str, tuple[RelationPart, ...]] = {}
    graphs: list[tuple[str, list[Triple]]] = []
    parts: list[bytes] = []
    size = 0
    names: dict[Node, str] = {}
    for path in paths:
        stat = os.stat(path)  # before reading: a later edit then shows as a changed mtime
        article = read_article(path, job.reference)
        name = article_graph_iri(article.id)
        triples = list(build_article(article, resolver=job.resolver, data_dir=str(job.root)))
        candidates[article.id] = article_candidates(str(name), triples)
        relations[article.id] = relation_parts(article, job.resolver)
        entries[article.id] = article_entry(article, stat, triples)
        graphs.append((str(name), triples))
        opening = f"<{name}> {{\n".encode()
        body = turtle_statements(triples, names).encode()
        start = size + len(opening)
        spans[article.id] = (start, start + len(body))
        parts += (opening, body, b"}\n")
        size = start + len(body) + 2
    trig = b"".join(parts)
    results = None
    checker = job.validator()
    if checker is not None:
        text = (PREFIX_HEADER + trig, ox.RdfFormat.TRIG)  # the graphs as just written
        found = checker.articles(graphs, checker.shared(candidates), data=text)
        results = {graph.rsplit("/", 1)[-1]: r for graph, r in found.items()}
    return Chunk(entries, candidates, trig, spans, relations, results)


def _map_chunks(tasks: Sequence[Sequence[str]], job: _Job, *, workers: int) -> Iterator[Chunk]:
    """Chunks in order; in ``workers`` processes when the corpus is big enough to pay."""
    if workers <= 1 or sum(len(t) for t in tasks) < PARALLEL_MIN:
        try:
            for task in tasks:
                yield _build_chunk(task, job)
        finally:
            job.close()
        return
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_chunk_worker, initargs=(job,)
    ) as pool:
        yield from pool.map(_chunk_in_worker, tasks)


def read_articles(
    paths: Sequence[str | Path], reference: Reference, *, workers: int = 2
) -> list[ArticleFacts]:
    """Read these fact files, in ``workers`` processes when there are enough to pay for it."""
    if workers <= 1 or len(paths) < PARALLEL_MIN:
        return [read_article(p, reference) for p in paths]
    chunk = max(1, len(paths) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_read_one, [(p, reference) for p in paths], chunksize=chunk))


def _read_one(args: tuple[str | Path, Reference]) -> ArticleFacts:
    return read_article(*args)


def build_graphs(
    facts: Sequence[ArticleFacts], resolver: ConceptResolver, root: Path
) -> dict[URIRef, list[Triple]]:
    """Each article's named graph as a plain list of triples (rdflib Graphs cost 5x more)."""
    return {
        article_graph_iri(article.id): list(
            build_article(article, resolver=resolver, data_dir=str(root))
        )
        for article in facts
    }


def article_entry(
    article: ArticleFacts, stat: os.stat_result, triples: Sequence[Triple]
) -> ArticleEntry:
    text = Path(article.text_path) if article.text_path is not None else None
    return ArticleEntry(
        triples=len(triples),
        owned=_owned_classes(article_graph_iri(article.id), triples),
        sha256=article.sha256,
        text=text.name if text is not None else None,
        text_sha256=file_sha256(text) if text is not None else None,
        mtime_ns=stat.st_mtime_ns,
        size=stat.st_size,
    )


_OWNED_IRIS = {str(SG[c]): c for c in OWNED_CLASSES}
_RDF_TYPE = str(RDF.type)


def _owned_classes(graph_iri: URIRef, triples: Iterable[tuple[Any, Any, Any]]) -> dict[str, int]:
    """Typed entities an article's graph owns (minted in its own namespace), per class."""
    own = own_prefixes(str(graph_iri))
    seen: dict[str, set[str]] = {}
    for s, p, o in triples:
        # plain str comparisons: rdflib's term __eq__ and __hash__ cost ten times more
        if (
            str.__eq__(p, _RDF_TYPE)
            and (kind := _OWNED_IRIS.get(str(o))) is not None
            and str.startswith(s, own)
        ):
            seen.setdefault(kind, set()).add(str(s))
    return {k: len(v) for k, v in seen.items()}
