"""Validation that scales: per-article batches plus one cross-article pass.

Whole-graph validation costs grow with the corpus. Most constraints only look at one
article's facts and the shared reference data, so secgraph validates article graphs in
batches, each together with the reference and ontology graphs, keeping only results whose
focus node belongs to the batch. Three passes give the same results as whole-graph pySHACL
(tested on a corpus with planted violations):

1. **reference pass**: the reference and ontology graphs alone, focus on their subjects;
2. **article batches**: ``batch + reference + ontology``, focus on the batch's own subjects;
3. **cross-article pass**: subjects described in more than one graph (an official defined
   by two articles, a reference post that an article's official holds) are validated once
   over every graph that describes them.

Each pass runs SHACL compiled to SPARQL (:mod:`secgraph.shacl_sparql`) over an in-memory
Oxigraph store that holds the reference and ontology graphs (:class:`Checker`). Results are
kept per article, so an incremental build only validates the articles that changed (plus the
cross-article pass, which is small).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.term import Node

from .validate import Report, ValidationResult, _curie
from .vocab import ID, REFERENCE_GRAPH

if TYPE_CHECKING:
    from .shacl_sparql import CompiledShapes

__all__ = [
    "Checker",
    "ValidationOutcome",
    "ValidationState",
    "article_candidates",
    "base_nquads",
    "own_prefixes",
    "reference_subjects",
    "shared_subjects",
    "validate_corpus",
]

Triple = tuple[Node, Node, Node]
#: Up to this many focus nodes (a few articles), validate only them; past it, everything.
FOCUS_MAX = 200

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
    load_graph: Callable[[URIRef], Iterable[Triple]] | None = None,
    batch_size: int = 500,
    workers: int = 1,
) -> ValidationOutcome:
    """Validate ``changed`` article graphs and merge with the previous state.

    With ``previous=None`` every article must be in ``changed`` (a full validation), and the
    reference pass runs. ``load_graph`` fetches an unchanged article's graph when the
    cross-article pass needs it (only for articles that describe shared subjects).
    ``workers`` queries run at once. Graphs are rdflib Graphs or plain sequences of triples.
    """
    from .shacl_sparql import compile_shapes

    checker = Checker.from_triples(reference, ontology, compile_shapes(shapes), workers=workers)
    try:
        articles = dict(previous.articles) if previous else {}
        candidates = dict(previous.candidates) if previous else {}
        for name in removed:
            articles.pop(str(name), None)
            candidates.pop(str(name), None)
        graphs = {str(n): list(g) for n, g in changed.items()}
        for key, triples in graphs.items():
            candidates[key] = article_candidates(key, triples)
        shared = checker.shared(candidates)
        excluded = tuple(sorted(shared & checker.reference_subjects))
        if previous is None or previous.base is None or previous.base_excluded != excluded:
            base_results = checker.base(shared)
        else:
            base_results = previous.base
        names = sorted(graphs)
        for start in range(0, len(names), batch_size):
            batch = [(n, graphs[n]) for n in names[start : start + batch_size]]
            articles.update(checker.articles(batch, shared))

        def fetch(name: str) -> Iterable[Triple]:
            if name in graphs:
                return graphs[name]
            if load_graph is None:
                raise ValueError(
                    f"graph {name} is needed for the cross-article pass; pass load_graph"
                )
            return load_graph(URIRef(name))

        describing = [n for n, subjects in candidates.items() if not shared.isdisjoint(subjects)]
        cross = checker.cross(shared, [(n, fetch(n)) for n in sorted(describing)])
    finally:
        checker.close()
    everything = [*base_results, *cross]
    for kept in articles.values():
        everything.extend(kept)
    state = ValidationState(
        articles=articles, candidates=candidates, base=tuple(base_results), base_excluded=excluded
    )
    return ValidationOutcome(report=Report(results=tuple(sorted(everything))), state=state)


class Checker:
    """The reference and ontology graphs in an in-memory Oxigraph store, with compiled shapes.

    Each run adds article graphs to the store, validates with SHACL compiled to SPARQL
    (:func:`secgraph.shacl_sparql.validate_store`, the same results as pySHACL) and takes
    them out again. Loading the reference data once and checking one changed article costs a
    fraction of a second where pySHACL over an rdflib copy of the reference data cost seconds.
    """

    def __init__(self, base_nquads: bytes, compiled: CompiledShapes, *, workers: int = 2) -> None:
        from .store import OxigraphStore

        self.store = OxigraphStore.in_memory()
        self.store.store.load(base_nquads, format=ox.RdfFormat.N_QUADS, lenient=True)
        self.compiled = compiled
        self.workers = workers
        self.reference_subjects = reference_subjects(self.store.store)

    @classmethod
    def from_triples(
        cls,
        reference: Iterable[Triple],
        ontology: Iterable[Triple],
        compiled: CompiledShapes,
        *,
        workers: int = 2,
    ) -> Checker:
        return cls(base_nquads(ontology, reference), compiled, workers=workers)

    def close(self) -> None:
        self.store.close()

    def shared(self, candidates: Mapping[str, Iterable[str]]) -> set[str]:
        """Subjects more than one article describes, or an article and the reference data."""
        return shared_subjects(candidates, self.reference_subjects)

    def base(self, shared: set[str]) -> tuple[ValidationResult, ...]:
        """The reference pass: the reference and ontology graphs alone, except ``shared``."""
        skip = {_curie(URIRef(s)) for s in shared}
        return tuple(r for r in self._run([], None) if r.focus not in skip)

    def articles(
        self,
        batch: Sequence[tuple[str, Sequence[Triple]]],
        shared: set[str],
        *,
        data: tuple[bytes, ox.RdfFormat] | None = None,
    ) -> dict[str, tuple[ValidationResult, ...]]:
        """Each article's results: its graph with the reference data, focus on its own
        subjects (``shared`` ones are left to :meth:`cross`). ``data``, the same graphs
        already written (say as TriG), is loaded instead of writing them again."""
        owner: dict[str, str] = {}
        focus: set[Node] = set()
        for name, triples in batch:
            for s, _p, _o in triples:
                if isinstance(s, URIRef) and str(s) not in shared:
                    focus.add(s)
                    owner[_curie(s)] = name
        per_article: dict[str, list[ValidationResult]] = {name: [] for name, _ in batch}
        for result in self._run(batch, focus, data=data):
            per_article[owner[result.focus]].append(result)
        return {name: tuple(found) for name, found in per_article.items()}

    def cross(
        self, shared: set[str], graphs: Sequence[tuple[str, Iterable[Triple]]]
    ) -> tuple[ValidationResult, ...]:
        """The cross-article pass: ``shared`` subjects over every graph describing them."""
        if not shared:
            return ()
        return self._run(graphs, {URIRef(s) for s in shared})

    def _run(
        self,
        graphs: Sequence[tuple[str, Iterable[Triple]]],
        focus: set[Node] | None,
        *,
        data: tuple[bytes, ox.RdfFormat] | None = None,
    ) -> tuple[ValidationResult, ...]:
        """Results about ``focus`` (all with None), with ``graphs`` added for the run.

        Past :data:`FOCUS_MAX` nodes, the store is validated whole and the results filtered:
        the compiled queries restricted to focus nodes take one query per constraint per
        chunk of nodes, and at 1,000 articles that was 60 times slower than the bulk form.
        """
        from .shacl_sparql import validate_store
        from .store import to_nquads

        names = [ox.NamedNode(n) for n, _ in graphs]
        whole = focus is None or len(focus) > FOCUS_MAX
        try:
            if data is not None:
                self.store.store.load(data[0], format=data[1], lenient=True)
            elif graphs:
                text = to_nquads([(URIRef(n), g) for n, g in graphs])
                self.store.store.load(text, format=ox.RdfFormat.N_QUADS, lenient=True)
            report = validate_store(
                self.store, self.compiled, focus=None if whole else focus, workers=self.workers
            )
        finally:
            for name in names:
                self.store.store.remove_graph(name)
        if focus is None or not whole:
            return report.results
        wanted = {_curie(n) for n in focus}
        return tuple(r for r in report.results if r.focus in wanted)


def reference_subjects(store: ox.Store) -> set[str]:
    """The IRIs the reference graph of ``store`` describes."""
    ref = ox.NamedNode(str(REFERENCE_GRAPH))
    return {
        q.subject.value
        for q in store.quads_for_pattern(None, None, None, ref)
        if isinstance(q.subject, ox.NamedNode)
    }


def base_nquads(ontology: Iterable[Triple], reference: Iterable[Triple]) -> bytes:
    """The ontology and reference graphs as N-Quads (what :class:`Checker` loads)."""
    from .mint import ONTOLOGY_GRAPH
    from .store import to_nquads

    return to_nquads([(ONTOLOGY_GRAPH, ontology), (REFERENCE_GRAPH, reference)])


def shared_subjects(candidates: Mapping[str, Iterable[str]], reference: set[str]) -> set[str]:
    """Subjects in the candidates of more than one graph, or in the reference data."""
    seen: dict[str, int] = {}
    for subjects in candidates.values():
        for s in subjects:
            seen[s] = seen.get(s, 0) + 1
    return {s for s, n in seen.items() if n > 1 or s in reference}
