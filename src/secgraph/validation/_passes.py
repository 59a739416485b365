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

Each pass runs SHACL compiled to SPARQL (:mod:`secgraph.validation.sparql`) over an in-memory
Oxigraph store that holds the reference and ontology graphs (:class:`~._checker.Checker`).
Results are kept per article, so an incremental build only validates the articles that changed
(plus the cross-article pass, which is small). :func:`validate_passes` is the one place the
passes are run, for a full or an incremental build and for :func:`validate_corpus`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rdflib import Graph, URIRef

from ..vocab import ID
from ._checker import Checker, Triple
from ._report import Report, ValidationResult
from ._terms import curie
from .sparql import CompiledShapes

__all__ = [
    "ENGINE_REASON",
    "Passes",
    "ValidationOutcome",
    "ValidationState",
    "article_candidates",
    "own_prefixes",
    "validate_corpus",
    "validate_passes",
]

#: What :attr:`Report.engine_reason` says of a report the passes made.
ENGINE_REASON = (
    "a corpus by graphs: SHACL compiled to SPARQL in three passes (reference data, articles "
    "in batches, subjects shared across articles), each in a store holding the reference data"
)

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
    """What :func:`validate_corpus` returns: the report, and the state to pass next time."""

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


@dataclass(frozen=True)
class Passes:
    """The results of :func:`validate_passes`, split as an incremental build keeps them.

    ``articles``: graph IRI -> results about the article's own subjects (only the graphs
    validated or given now); ``base``: the reference pass, None when the previous one stands;
    ``cross``: results about ``shared`` subjects; ``excluded``: the shared subjects the
    reference graph describes (left out of the reference pass, which must run again when
    they change).
    """

    articles: dict[str, tuple[ValidationResult, ...]]
    base: tuple[ValidationResult, ...] | None
    cross: tuple[ValidationResult, ...]
    excluded: tuple[str, ...]
    shared: frozenset[str]

    def report(self, previous_base: Sequence[ValidationResult] = ()) -> Report:
        """Every result in one Report (``previous_base`` when :attr:`base` is None)."""
        everything = [*(previous_base if self.base is None else self.base), *self.cross]
        for found in self.articles.values():
            everything.extend(found)
        return Report(
            results=tuple(sorted(everything)), engine="sparql", engine_reason=ENGINE_REASON
        )


def validate_passes(
    candidates: Mapping[str, Sequence[str]],
    *,
    base: bytes,
    shapes: CompiledShapes,
    graphs: Mapping[str, Sequence[Triple]] | None = None,
    validated: Mapping[str, Sequence[ValidationResult]] | None = None,
    load_graphs: Callable[[Sequence[str]], Iterable[tuple[str, Iterable[Triple]]]] | None = None,
    previous_excluded: Sequence[str] | None = None,
    cross_max: int | None = None,
    batch_size: int = 500,
    workers: int = 1,
) -> Passes | None:
    """The three passes over a corpus of article graphs; the one orchestration of them.

    ``candidates``: graph IRI -> :func:`article_candidates`, for every article graph of the
    corpus (those validated now and those whose results are kept from before): they decide
    which subjects are shared. ``base``: the ontology and reference graphs as N-Quads
    (:func:`~._checker.base_nquads`). Then:

    1. the **reference pass** runs unless ``previous_excluded`` equals the shared subjects
       the reference data describes (then :attr:`Passes.base` is None: the previous stands);
    2. the **article pass** validates ``graphs`` (graph IRI -> triples) ``batch_size`` at a
       time, each with the reference data; ``validated`` instead gives graphs already
       validated (by a full build's workers, a chunk at a time), of which only the results
       about subjects shared across the corpus are dropped;
    3. the **cross-article pass** validates the shared subjects over every graph that
       describes them: from ``graphs`` or else read by ``load_graphs(names)``.

    With ``cross_max``, returns None when more graphs than that describe shared subjects
    (reading them all back would cost more than validating the whole store at once).
    ``workers`` queries run at once.
    """
    graphs = graphs or {}
    checker = Checker(base, shapes, workers=workers)
    try:
        shared = checker.shared(candidates)
        describing = sorted(n for n, found in candidates.items() if not shared.isdisjoint(found))
        if cross_max is not None and len(describing) > cross_max:
            return None
        excluded = tuple(sorted(shared & checker.reference_subjects))
        rerun = previous_excluded is None or tuple(previous_excluded) != excluded
        base_results = checker.base(shared) if rerun else None
        articles: dict[str, tuple[ValidationResult, ...]] = {}
        if validated is not None:
            skip = {curie(URIRef(s)) for s in shared}
            for name, found in validated.items():
                articles[name] = tuple(r for r in found if r.focus not in skip)
        names = sorted(graphs)
        for start in range(0, len(names), batch_size):
            batch = [(n, graphs[n]) for n in names[start : start + batch_size]]
            articles.update(checker.articles(batch, shared))
        cross_graphs: list[tuple[str, Iterable[Triple]]] = [
            (n, graphs[n]) for n in describing if n in graphs
        ]
        elsewhere = [n for n in describing if n not in graphs]
        if elsewhere:
            if load_graphs is None:
                raise ValueError(
                    f"graph {elsewhere[0]} is needed for the cross-article pass; pass load_graphs"
                )
            cross_graphs.extend(load_graphs(elsewhere))
        cross = checker.cross(shared, cross_graphs)
    finally:
        checker.close()
    return Passes(
        articles=articles,
        base=base_results,
        cross=cross,
        excluded=excluded,
        shared=frozenset(shared),
    )


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
    from ._checker import base_nquads
    from .sparql import compile_shapes

    articles = dict(previous.articles) if previous else {}
    candidates = dict(previous.candidates) if previous else {}
    for name in removed:
        articles.pop(str(name), None)
        candidates.pop(str(name), None)
    graphs = {str(n): list(g) for n, g in changed.items()}
    for key, triples in graphs.items():
        candidates[key] = article_candidates(key, triples)
    fresh = previous is None or previous.base is None

    def load(names: Sequence[str]) -> list[tuple[str, Iterable[Triple]]]:
        if load_graph is None:
            raise ValueError(
                f"graph {names[0]} is needed for the cross-article pass; pass load_graph"
            )
        return [(n, load_graph(URIRef(n))) for n in names]

    passes = validate_passes(
        candidates,
        base=base_nquads(ontology, reference),
        shapes=compile_shapes(shapes),
        graphs=graphs,
        load_graphs=load,
        previous_excluded=None if fresh or previous is None else previous.base_excluded,
        batch_size=batch_size,
        workers=workers,
    )
    assert passes is not None  # no cross_max
    articles.update(passes.articles)
    base = passes.base if passes.base is not None else (previous.base if previous else None) or ()
    state = ValidationState(
        articles=articles, candidates=candidates, base=tuple(base), base_excluded=passes.excluded
    )
    everything = [*base, *passes.cross, *(r for kept in articles.values() for r in kept)]
    report = Report(results=tuple(sorted(everything)), engine="sparql", engine_reason=ENGINE_REASON)
    return ValidationOutcome(report=report, state=state)
