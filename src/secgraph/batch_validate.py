"""Validation that scales: per-article batches plus one cross-article pass.

Whole-graph pySHACL costs grow with the corpus (and pySHACL's memory with it). Most
constraints only look at one article's facts and the shared reference data, so secgraph
validates article graphs in batches, each together with the reference and ontology graphs,
keeping only results whose focus node belongs to the batch. Three passes give the same
results as whole-graph validation:

1. **reference pass**: the reference and ontology graphs alone, focus on their subjects;
2. **article batches**: ``batch + reference + ontology``, focus on the batch's own subjects;
3. **cross-article pass**: subjects described in more than one graph (an official defined
   by two articles, a reference post that an article's official holds) are validated once
   over every graph that describes them.

Results are kept per article in a :class:`ValidationState`, so an incremental build only
validates the articles that changed (plus the cross-article pass, which is small).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from rdflib import Graph, URIRef
from rdflib.term import Node

from .validate import Locator, Report, ValidationResult, _curie, _located, run_shacl
from .vocab import ID

__all__ = [
    "ValidationOutcome",
    "ValidationState",
    "article_candidates",
    "own_prefixes",
    "read_validation_state",
    "state_from_report",
    "validate_corpus",
    "write_validation_state",
]

Triple = tuple[Node, Node, Node]

# Subjects minted inside an article's own namespace (never shared with another graph).
_OWN_KINDS = ("meeting", "delegation", "commitment", "evidence")


@dataclass(frozen=True)
class ValidationState:
    """What an incremental build keeps between runs.

    ``articles``: graph IRI -> results whose focus node is that article's own fact;
    ``candidates``: graph IRI -> subjects the article describes that another graph may also
    describe; ``base``: results of the reference pass.
    """

    articles: Mapping[str, tuple[ValidationResult, ...]] = field(default_factory=dict)
    candidates: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    base: tuple[ValidationResult, ...] | None = None
    base_excluded: tuple[str, ...] = ()


@dataclass(frozen=True)
class ValidationOutcome:
    report: Report
    state: ValidationState


def own_prefixes(graph_iri: str) -> tuple[str, ...]:
    article_id = graph_iri.rsplit("/", 1)[-1]
    own = (f"{ID}{kind}/{article_id}/" for kind in _OWN_KINDS)
    return (*own, f"{ID}article/{article_id}", graph_iri)


def article_candidates(graph_iri: str, graph: Iterable[Triple]) -> tuple[str, ...]:
    """Subjects an article's graph describes that another graph may describe too (not the
    article's own meetings, delegations, commitments, evidence or article node)."""
    own = own_prefixes(graph_iri)
    return tuple(sorted({str(t[0]) for t in graph if not str(t[0]).startswith(own)}))


def validate_corpus(
    changed: Mapping[URIRef, Iterable[Triple]],
    *,
    reference: Iterable[Triple],
    ontology: Iterable[Triple],
    shapes: Graph,
    removed: Sequence[URIRef] = (),
    previous: ValidationState | None = None,
    load_graph: Callable[[URIRef], Graph] | None = None,
    batch_size: int = 500,
    workers: int = 1,
) -> ValidationOutcome:
    """Validate ``changed`` article graphs and merge with the previous state.

    With ``previous=None`` every article must be in ``changed`` (a full validation), and the
    reference pass runs. ``load_graph`` fetches an unchanged article's graph when the
    cross-article pass needs it (only for articles that describe shared subjects).
    ``workers`` > 1 validates batches in that many processes (when there are several).
    Graphs are rdflib Graphs or plain sequences of triples.
    """
    base_graph = Graph()
    ref_subjects: dict[str, Node] = {}
    for triple in reference:
        base_graph.add(triple)
        ref_subjects.setdefault(str(triple[0]), triple[0])
    onto_subjects: set[Node] = set()
    for triple in ontology:
        base_graph.add(triple)
        onto_subjects.add(triple[0])
    reference_subjects = set(ref_subjects)

    articles = dict(previous.articles) if previous else {}
    candidates = dict(previous.candidates) if previous else {}
    for name in removed:
        articles.pop(str(name), None)
        candidates.pop(str(name), None)
    for name, graph in changed.items():
        candidates[str(name)] = article_candidates(str(name), graph)

    shared = _shared_subjects(candidates, reference_subjects)

    excluded = tuple(sorted(shared & reference_subjects))
    if previous is None or previous.base is None or previous.base_excluded != excluded:
        focus_nodes = [node for iri, node in ref_subjects.items() if iri not in shared]
        base_results = _run(base_graph, shapes, [*focus_nodes, *onto_subjects])
    else:
        base_results = previous.base

    names = sorted(changed)
    batches = [
        [(str(n), list(changed[n])) for n in names[start : start + batch_size]]
        for start in range(0, len(names), batch_size)
    ]
    for found in _map_batches(batches, base_graph, shapes, shared, workers=workers):
        articles.update(found)

    cross = _cross_pass(shared, candidates, changed, base_graph, shapes, load_graph)
    everything = [*base_results, *cross]
    for kept in articles.values():
        everything.extend(kept)
    state = ValidationState(
        articles=articles, candidates=candidates, base=tuple(base_results), base_excluded=excluded
    )
    return ValidationOutcome(report=Report(results=tuple(sorted(everything))), state=state)


Batch = list[tuple[str, list[Triple]]]


def _validate_batch(
    batch: Batch, base_graph: Graph, shapes: Graph, shared: set[str]
) -> dict[str, tuple[ValidationResult, ...]]:
    """Validate one batch of article graphs with the reference and ontology graphs.

    The batch's triples are added to ``base_graph`` for the run and taken out again (copying
    the reference graph cost more than validating one changed article)."""
    data = base_graph
    added: list[Triple] = []
    focus: dict[Node, str] = {}
    try:
        for name, triples in batch:
            for triple in triples:
                if triple not in data:
                    data.add(triple)
                    added.append(triple)
                if str(triple[0]) not in shared:
                    focus[triple[0]] = name
        per_article: dict[str, list[ValidationResult]] = {name: [] for name, _ in batch}
        raw = run_shacl(data, shapes, focus=sorted(focus, key=str))
        for (node, _fields), result in zip(raw, _located(raw, Locator(data)), strict=True):
            per_article[focus[node]].append(result)
    finally:
        for triple in added:
            data.remove(triple)
    return {name: tuple(sorted(found)) for name, found in per_article.items()}


_WORKER: dict[str, object] = {}


def _init_worker(base_graph: Graph, shapes: Graph, shared: set[str]) -> None:
    _WORKER.update(base=base_graph, shapes=shapes, shared=shared)


def _worker_batch(batch: Batch) -> dict[str, tuple[ValidationResult, ...]]:
    return _validate_batch(batch, _WORKER["base"], _WORKER["shapes"], _WORKER["shared"])  # type: ignore[arg-type]


def _map_batches(
    batches: list[Batch], base_graph: Graph, shapes: Graph, shared: set[str], *, workers: int
) -> Iterator[dict[str, tuple[ValidationResult, ...]]]:
    if workers <= 1 or len(batches) < 2:
        for batch in batches:
            yield _validate_batch(batch, base_graph, shapes, shared)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(base_graph, shapes, shared)
    ) as pool:
        yield from pool.map(_worker_batch, batches)


def state_from_report(
    report: Report,
    candidates: Mapping[str, Sequence[str]],
    *,
    reference_subjects: Iterable[str],
) -> ValidationState:
    """The state an incremental build needs, from a whole-corpus report made another way.

    A full build may validate everything at once (for example with SPARQL over the store,
    :mod:`secgraph.shacl_sparql`); the next, incremental build then validates only what
    changed and takes the rest from this state. ``candidates`` maps each article graph IRI to
    :func:`article_candidates` of its triples. Results about subjects several graphs
    describe are left out: the cross-article pass recomputes them every time.
    """
    ref_subjects = set(reference_subjects)
    shared_iris = _shared_subjects(candidates, ref_subjects)
    shared = {_curie(URIRef(s)) for s in shared_iris}
    by_file = {f"articles/{n.rsplit('/', 1)[-1]}.yaml": n for n in candidates}
    per_article: dict[str, list[ValidationResult]] = {n: [] for n in candidates}
    base: list[ValidationResult] = []
    for result in report.results:
        if result.focus in shared:
            continue
        name = by_file.get(result.file)
        (per_article[name] if name is not None else base).append(result)
    return ValidationState(
        articles={k: tuple(sorted(v)) for k, v in per_article.items()},
        candidates={k: tuple(v) for k, v in candidates.items()},
        base=tuple(sorted(base)),
        base_excluded=tuple(sorted(s for s in shared_iris if s in ref_subjects)),
    )


def _shared_subjects(candidates: Mapping[str, Iterable[str]], reference: set[str]) -> set[str]:
    seen: dict[str, int] = {}
    for subjects in candidates.values():
        for s in subjects:
            seen[s] = seen.get(s, 0) + 1
    return {s for s, n in seen.items() if n > 1 or s in reference}


def _run(data: Graph, shapes: Graph, focus: Sequence[Node]) -> tuple[ValidationResult, ...]:
    raw = run_shacl(data, shapes, focus=sorted(set(focus), key=str))
    return tuple(sorted(_located(raw, Locator(data))))


def _cross_pass(
    shared: set[str],
    candidates: Mapping[str, Iterable[str]],
    changed: Mapping[URIRef, Iterable[Triple]],
    base_graph: Graph,
    shapes: Graph,
    load_graph: Callable[[URIRef], Graph] | None,
) -> tuple[ValidationResult, ...]:
    if not shared:
        return ()
    data = Graph()
    for triple in base_graph:
        data.add(triple)
    for name, subjects in candidates.items():
        if shared.isdisjoint(subjects):
            continue
        iri = URIRef(name)
        if iri in changed:
            graph = changed[iri]
        elif load_graph is not None:
            graph = load_graph(iri)
        else:
            raise ValueError(f"graph {name} is needed for the cross-article pass; pass load_graph")
        for triple in graph:
            data.add(triple)
    return _run(data, shapes, [URIRef(s) for s in shared])


_FIELDS = tuple(ValidationResult.__dataclass_fields__)
STATE_VERSION = 2


def write_validation_state(state: ValidationState, path: str | Path) -> None:
    """Save the state as compact JSON (atomically): each result is a row of
    :class:`ValidationResult`'s fields in order, so 100,000 articles' state loads in a second."""
    from .store import atomic_write

    def rows(results: Iterable[ValidationResult]) -> list[list[object]]:
        return [[getattr(r, f) for f in _FIELDS] for r in results]

    payload = {
        "version": STATE_VERSION,
        "articles": {k: rows(v) for k, v in sorted(state.articles.items())},
        "candidates": {k: list(v) for k, v in sorted(state.candidates.items())},
        "base": None if state.base is None else rows(state.base),
        "base_excluded": list(state.base_excluded),
    }
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    atomic_write(path, lambda h: _write(h, data))


def _write(handle: IO[bytes], data: bytes) -> None:
    handle.write(data)


def read_validation_state(path: str | Path) -> ValidationState | None:
    """Load a saved state, or None when there is none (or it cannot be read)."""
    p = Path(path)
    if not p.is_file():
        return None
    try:
        payload = json.loads(p.read_bytes())
        if payload.get("version") != STATE_VERSION:
            return None
        return ValidationState(
            articles={
                k: tuple(ValidationResult(*r) for r in v) for k, v in payload["articles"].items()
            },
            candidates={k: tuple(v) for k, v in payload["candidates"].items()},
            base=None
            if payload["base"] is None
            else tuple(ValidationResult(*r) for r in payload["base"]),
            base_excluded=tuple(payload.get("base_excluded", ())),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
