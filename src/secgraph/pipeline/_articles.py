"""Fact files -> named graphs: read and build articles, in worker processes when it pays."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import RDF, URIRef
from rdflib.term import Node

from ..batch_validate import article_candidates, own_prefixes
from ..build import ConceptResolver, build_article
from ..facts import ArticleFacts, Reference, read_article
from ..store import OxigraphStore, to_nquads
from ..vocab import SG, article_graph_iri
from ._manifest import OWNED_CLASSES, ArticleEntry
from ._plan import file_sha256

__all__ = [
    "CHUNK_ARTICLES",
    "PARALLEL_MIN",
    "Chunk",
    "article_entry",
    "build_graphs",
    "load_articles",
    "read_articles",
]

Triple = tuple[Node, Node, Node]
#: Below this many files to parse, one process is faster than starting a pool.
PARALLEL_MIN = 2000
#: Articles per task in a full build's worker pool (one N-Quads chunk each).
CHUNK_ARTICLES = 1000


@dataclass(frozen=True)
class Chunk:
    """Some articles built: manifest entries, cross-article candidates, N-Quads."""

    entries: dict[str, ArticleEntry]
    candidates: dict[str, tuple[str, ...]]
    nquads: bytes


def load_articles(
    target: OxigraphStore,
    paths: Sequence[str],
    reference: Reference,
    resolver: ConceptResolver,
    root: Path,
    *,
    head: bytes,
    workers: int,
    before_swap: Callable[[], None] | None = None,
) -> tuple[dict[str, ArticleEntry], dict[str, tuple[str, ...]]]:
    """Every article into a new generation of ``target`` (after ``head``, the N-Quads of the
    ontology and reference graphs); returns their manifest entries and candidates.

    Fact files are read, built into triples and written as N-Quads in ``workers`` processes,
    :data:`CHUNK_ARTICLES` per task; the parent only bulk-loads the chunks. Neither rdflib
    terms nor facts of the whole corpus are ever held in one process.
    """
    entries: dict[str, ArticleEntry] = {}
    candidates: dict[str, tuple[str, ...]] = {}

    def chunks() -> Iterator[bytes]:
        yield head
        tasks = [paths[i : i + CHUNK_ARTICLES] for i in range(0, len(paths), CHUNK_ARTICLES)]
        for chunk in _map_chunks(tasks, reference, resolver, root, workers=workers):
            entries.update(chunk.entries)
            candidates.update(chunk.candidates)
            yield chunk.nquads

    target.load_nquads(chunks(), before_swap=before_swap)
    return entries, candidates


_WORKER: dict[str, Any] = {}


def _init_chunk_worker(reference: Reference, resolver: ConceptResolver, root: Path) -> None:
    _WORKER.update(reference=reference, resolver=resolver, root=root)


def _chunk_in_worker(paths: Sequence[str]) -> Chunk:
    return _build_chunk(paths, _WORKER["reference"], _WORKER["resolver"], _WORKER["root"])


def _build_chunk(
    paths: Sequence[str], reference: Reference, resolver: ConceptResolver, root: Path
) -> Chunk:
    entries: dict[str, ArticleEntry] = {}
    candidates: dict[str, tuple[str, ...]] = {}
    graphs: list[tuple[URIRef, list[Triple]]] = []
    for path in paths:
        stat = os.stat(path)  # before reading: a later edit then shows as a changed mtime
        article = read_article(path, reference)
        name = article_graph_iri(article.id)
        triples = list(build_article(article, resolver=resolver, data_dir=str(root)))
        graphs.append((name, triples))
        candidates[article.id] = article_candidates(str(name), triples)
        entries[article.id] = article_entry(article, stat, triples)
    return Chunk(entries=entries, candidates=candidates, nquads=to_nquads(graphs))


def _map_chunks(
    tasks: Sequence[Sequence[str]],
    reference: Reference,
    resolver: ConceptResolver,
    root: Path,
    *,
    workers: int,
) -> Iterator[Chunk]:
    """Chunks in order; in ``workers`` processes when the corpus is big enough to pay."""
    if workers <= 1 or sum(len(t) for t in tasks) < PARALLEL_MIN:
        for task in tasks:
            yield _build_chunk(task, reference, resolver, root)
        return
    with ProcessPoolExecutor(
        max_workers=workers,
        initializer=_init_chunk_worker,
        initargs=(reference, resolver, root),
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
