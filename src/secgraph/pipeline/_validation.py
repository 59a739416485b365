"""Validation results as the manifest keeps them, and statistics of what articles share.

An incremental build validates only the changed articles (:func:`validate_changes`), each
with the reference data in an in-memory store, and one cross-article pass over the subjects
several graphs describe; the results of unchanged articles stay in the manifest. A full build
does the same, the workers validating each chunk as they build it (:func:`finish_full` adds
the reference and cross-article passes); when many articles describe shared subjects it
validates the whole store at once instead and splits the report (:func:`split_report`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from ..store import OxigraphStore, Store
from ..validation import (
    CompiledShapes,
    Passes,
    Report,
    ValidationResult,
    curie,
    reference_subjects,
    shared_subjects,
    validate_passes,
    validate_store,
)
from ..vocab import ONTOLOGY_GRAPH, REFERENCE_GRAPH, SG, article_graph_iri
from . import _manifest as mf
from ._context import BuildContext
from ._plan import BuildPlan
from ._read import Minted

__all__ = [
    "BATCH_ARTICLES",
    "CROSS_MAX",
    "Validated",
    "finish_full",
    "reference_subjects_of",
    "shared_counts",
    "split_report",
    "validate_changes",
    "validate_stage",
]

Triple = tuple[Node, Node, Node]
#: Validated together in one in-memory store.
BATCH_ARTICLES = 500
#: Above this many articles describing shared subjects, a full build validates the store
#: whole (:func:`finish_full` would read them all back for its cross-article pass).
CROSS_MAX = 2000


@dataclass(frozen=True)
class Validated:
    """Validation results split as the manifest keeps them."""

    per_article: dict[str, tuple[ValidationResult, ...]]
    base: tuple[ValidationResult, ...] | None  # None: the previous reference pass stands
    cross: tuple[ValidationResult, ...]
    excluded: tuple[str, ...]
    report: Report | None = None


def reference_subjects_of(base: bytes) -> set[str]:
    """The IRIs the reference graph describes, from the N-Quads of :attr:`Inputs.base`."""
    store = OxigraphStore.in_memory()
    try:
        store.load_text(base, ox.RdfFormat.N_QUADS)
        return reference_subjects(store)
    finally:
        store.close()


def split_report(
    report: Report, candidates: Mapping[str, Sequence[str]], reference: set[str]
) -> Validated:
    """A whole-corpus report split as the manifest keeps it: per article, the reference pass,
    and the results about shared subjects (the cross-article pass)."""
    shared = shared_subjects(candidates, reference)
    shared_focus = {curie(URIRef(s)) for s in shared}
    per_article: dict[str, list[ValidationResult]] = {i: [] for i in candidates}
    base: list[ValidationResult] = []
    cross: list[ValidationResult] = []
    for result in report.results:
        if result.focus in shared_focus:
            cross.append(result)
            continue
        article = result.file[len("articles/") : -len(".yaml")]
        if result.file.startswith("articles/") and article in per_article:
            per_article[article].append(result)
        else:
            base.append(result)
    return Validated(
        per_article={k: tuple(v) for k, v in per_article.items()},
        base=tuple(base),
        cross=tuple(cross),
        excluded=tuple(sorted(shared & reference)),
        report=report,
    )


def validate_changes(
    graphs: Mapping[URIRef, Sequence[Triple]],
    candidates: Mapping[str, Sequence[str]],
    *,
    base: bytes,
    shapes: CompiledShapes,
    head: mf.Head | None,
    kept: Mapping[str, Sequence[str]],
    previous: Store | None,
    workers: int,
) -> Validated:
    """Validate the built articles ``graphs`` with the reference data; unchanged articles'
    results stay in the manifest. ``kept`` are the candidates of the unchanged articles that
    have any (``head`` None and ``kept`` empty validate as a first build). The store is only
    read, for the graphs of unchanged articles the cross-article pass needs."""
    passes = validate_passes(
        _by_graph({**kept, **candidates}),
        base=base,
        shapes=shapes,
        graphs={str(article_graph_iri(i)): graphs[article_graph_iri(i)] for i in candidates},
        load_graphs=lambda names: _read_graphs(previous, [URIRef(n) for n in names]),
        previous_excluded=None if head is None else head.base_excluded,
        batch_size=BATCH_ARTICLES,
        workers=workers,
    )
    assert passes is not None  # no cross_max
    return _validated(passes)


def finish_full(
    results: Mapping[str, Sequence[ValidationResult]],
    candidates: Mapping[str, Sequence[str]],
    *,
    base: bytes,
    shapes: CompiledShapes,
    store: Store,
    workers: int,
) -> Validated | None:
    """A full build's validation from each chunk's results (validated by the workers, see
    ``_articles.load_articles``): drop the results about subjects shared across chunks, and
    add the reference pass and the cross-article pass over the new ``store``. None when more
    than :data:`CROSS_MAX` articles describe shared subjects: validate the store whole."""
    passes = validate_passes(
        _by_graph(candidates),
        base=base,
        shapes=shapes,
        validated=_by_graph(results),
        load_graphs=lambda names: _read_graphs(store, [URIRef(n) for n in names]),
        cross_max=CROSS_MAX,
        workers=workers,
    )
    return None if passes is None else _validated(passes, report=passes.report())


_T = TypeVar("_T")


def _by_graph(by_article: Mapping[str, _T]) -> dict[str, _T]:
    """Article id -> x as graph IRI -> x (what :mod:`secgraph.validation` keys by)."""
    return {str(article_graph_iri(i)): x for i, x in by_article.items()}


def _validated(passes: Passes, *, report: Report | None = None) -> Validated:
    return Validated(
        per_article={g.rsplit("/", 1)[-1]: r for g, r in passes.articles.items()},
        base=passes.base,
        cross=passes.cross,
        excluded=passes.excluded,
        report=report,
    )


def _read_graphs(store: Store | None, names: Sequence[URIRef]) -> list[tuple[str, list[Triple]]]:
    if not names:
        return []
    if store is None:
        raise ValueError("the cross-article pass needs the previous store")
    wanted = set(names)
    return [
        (str(g.identifier), list(g))
        for g in store.to_dataset(list(names)).graphs()
        if g.identifier in wanted
    ]


_OWNED_IRIS = ", ".join(f"<{SG[c]}>" for c in mf.OWNED_CLASSES)
_STATS_SHARED = f"""
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {{
  %s
  GRAPH ?g {{ ?s a ?class }}
  FILTER(STRSTARTS(STR(?class), "{SG._NS}") && ?class NOT IN ({_OWNED_IRIS}))
}} GROUP BY ?class
"""
_STATS_GRAPH_SIZE = (
    "SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { %s } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
)
#: Above this many articles describing shared subjects, count classes over all graphs.
_STATS_GRAPHS_MAX = 1000


def shared_counts(store: Store, with_candidates: Iterable[str]) -> tuple[dict[str, int], int]:
    """Entities per ``sg:`` class other than those articles own, and the statements of the
    ontology and reference graphs.

    Meetings, delegations, commitments, evidence and articles are minted inside one article's
    namespace, so the manifest sums them; every other class (countries, officials, posts...;
    a few thousand entities) is counted distinct over the graphs that can describe them: the
    reference and ontology graphs and the articles with cross-article candidates. Seconds at
    100,000 articles instead of a scan of the whole store.
    """
    fixed = f"<{ONTOLOGY_GRAPH}> <{REFERENCE_GRAPH}>"
    ids = sorted(with_candidates)
    graphs = ""
    if len(ids) <= _STATS_GRAPHS_MAX:
        graphs = " ".join([fixed, *(f"<{article_graph_iri(i)}>" for i in ids)])
        graphs = f"VALUES ?g {{ {graphs} }}"
    classes = {
        str(row[0]).rsplit("#", 1)[-1]: int(row[1])  # type: ignore[arg-type]
        for row in store.query(_STATS_SHARED % graphs).rows
    }
    triples = 0
    for row in store.query(_STATS_GRAPH_SIZE % fixed).rows:
        triples += int(row[1])  # type: ignore[arg-type]
    return classes, triples


def validate_stage(
    ctx: BuildContext, plan: BuildPlan, minted: Minted, *, staged: Store | None
) -> Validated:
    """The validation stage. A streamed full build validates the ``staged`` store (not yet
    visible to readers) with SHACL compiled to SPARQL, or finishes the workers' per-chunk
    results; any other build validates the minted graphs in memory with the reference data,
    plus the cross-source pass (reading the unchanged sources it needs from the store)."""
    inputs = ctx.inputs
    if minted.graphs is None:
        assert staged is not None
        found = None
        if minted.results is not None:
            found = finish_full(
                minted.results,
                minted.candidates,
                base=inputs.base,
                shapes=inputs.shapes,
                store=staged,
                workers=ctx.workers,
            )
        if found is None:
            report = validate_store(staged, inputs.shapes, workers=ctx.workers)
            found = split_report(report, minted.candidates, reference_subjects_of(inputs.base))
        return found
    dropped = (*plan.changed, *plan.removed)
    if ctx.conn is not None and not plan.full:
        ctx.kept = mf.read_candidates(ctx.conn, excluding=dropped)
    return validate_changes(
        minted.graphs,
        minted.candidates,
        base=inputs.base,
        shapes=inputs.shapes,
        head=None if plan.full else ctx.head,
        kept=ctx.kept,
        previous=ctx.writable(),
        workers=ctx.workers,
    )
