"""The reference data in an in-memory store, ready to validate article graphs against.

A :class:`Checker` is what each of the three passes (:mod:`._passes`) runs in: the ontology
and reference graphs loaded once into an in-memory Oxigraph store, the shapes compiled once,
and article graphs added for one run of the SPARQL engine and taken out again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from ..store import OxigraphStore
from ..vocab import REFERENCE_GRAPH
from ._report import ValidationResult
from ._terms import curie
from .sparql import CompiledShapes

__all__ = [
    "FOCUS_MAX",
    "Checker",
    "Triple",
    "base_nquads",
    "reference_subjects",
    "shared_subjects",
]

Triple = tuple[Node, Node, Node]
#: Up to this many focus nodes (a few articles), validate only them; past it, everything.
FOCUS_MAX = 200


class Checker:
    """The reference and ontology graphs in an in-memory Oxigraph store, with compiled shapes.

    Each run adds article graphs to the store, validates with SHACL compiled to SPARQL
    (:func:`secgraph.validation.sparql.validate_store`, the same results as pySHACL) and takes
    them out again. Loading the reference data once and checking one changed article costs a
    fraction of a second where pySHACL over an rdflib copy of the reference data cost seconds.
    """

    def __init__(self, base_nquads: bytes, compiled: CompiledShapes, *, workers: int = 2) -> None:
        self.store = OxigraphStore.in_memory()
        self.store.load_text(base_nquads, ox.RdfFormat.N_QUADS)
        self.compiled = compiled
        self.workers = workers
        self.reference_subjects = self.store.subjects_in(REFERENCE_GRAPH)

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
        skip = {curie(URIRef(s)) for s in shared}
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
                    owner[curie(s)] = name
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
        from ..store import to_nquads
        from .sparql import validate_store

        names = [ox.NamedNode(n) for n, _ in graphs]
        whole = focus is None or len(focus) > FOCUS_MAX
        try:
            if data is not None:
                self.store.load_text(data[0], data[1])
            elif graphs:
                text = to_nquads([(URIRef(n), g) for n, g in graphs])
                self.store.load_text(text, ox.RdfFormat.N_QUADS)
            report = validate_store(
                self.store, self.compiled, focus=None if whole else focus, workers=self.workers
            )
        finally:
            self.store.remove_graphs(URIRef(n.value) for n in names)
        if focus is None or not whole:
            return report.results
        wanted = {curie(n) for n in focus}
        return tuple(r for r in report.results if r.focus in wanted)


def reference_subjects(store: OxigraphStore) -> set[str]:
    """The IRIs the reference graph of ``store`` describes."""
    return store.subjects_in(REFERENCE_GRAPH)


def base_nquads(ontology: Iterable[Triple], reference: Iterable[Triple]) -> bytes:
    """The ontology and reference graphs as N-Quads (what :class:`Checker` loads)."""
    from ..store import to_nquads
    from ..vocab import ONTOLOGY_GRAPH

    return to_nquads([(ONTOLOGY_GRAPH, ontology), (REFERENCE_GRAPH, reference)])


def shared_subjects(candidates: Mapping[str, Iterable[str]], reference: set[str]) -> set[str]:
    """Subjects in the candidates of more than one graph, or in the reference data."""
    seen: dict[str, int] = {}
    for subjects in candidates.values():
        for s in subjects:
            seen[s] = seen.get(s, 0) + 1
    return {s for s, n in seen.items() if n > 1 or s in reference}
