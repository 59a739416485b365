"""Fact dataclasses -> RDF with provenance. The RDF mapping lives here and only here, one
module per thing minted: reference data (:mod:`._reference`), articles (:mod:`._articles`),
bilateral relations (:mod:`._relations`); an event-data importer mints its events in a
sibling module of its own.

Each article's facts go into their own named graph (``graph:article/<id>``), linked to the
``sg:Article`` with PROV-O; reference data goes into ``graph:reference``; the ontology and SKOS
schemes into ``graph:ontology``; each relation into ``graph:relation/AAA-BBB``. IRIs are
minted from ids (see :mod:`secgraph.vocab`), so the same input always gives the same triples.
"""

from __future__ import annotations

from rdflib import Dataset

from ..facts import Corpus
from ..ontology import Ontology
from ..vocab import ONTOLOGY_GRAPH, PREFIXES, REFERENCE_GRAPH, article_graph_iri
from ._articles import build_article
from ._reference import build_reference
from ._relations import RelationPart, build_relations, relation_parts
from ._terms import ConceptResolver, Triple

__all__ = [
    "ONTOLOGY_GRAPH",
    "ConceptResolver",
    "RelationPart",
    "Triple",
    "build_article",
    "build_dataset",
    "build_reference",
    "build_relations",
    "relation_parts",
]


def build_dataset(corpus: Corpus, *, ontology: Ontology | None = None) -> Dataset:
    """Build the whole dataset in memory: ontology, reference and one graph per article."""
    dataset = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        dataset.bind(prefix, ns)
    if ontology is not None:
        dataset.graph(ONTOLOGY_GRAPH).__iadd__(ontology.graph)
    ref_graph = dataset.graph(REFERENCE_GRAPH)
    for triple in build_reference(corpus.reference):
        ref_graph.add(triple)
    resolver = ConceptResolver.from_graph(ontology.graph if ontology else None)
    parts: dict[str, list[RelationPart]] = {}
    for article in corpus.articles:
        g = dataset.graph(article_graph_iri(article.id))
        for triple in build_article(article, resolver=resolver, data_dir=corpus.data_dir):
            g.add(triple)
        for part in relation_parts(article, resolver):
            parts.setdefault(part.relation, []).append(part)
    for name, triples in build_relations(parts, corpus.reference).items():
        g = dataset.graph(name)
        for triple in triples:
            g.add(triple)
    return dataset
