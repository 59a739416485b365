"""secgraph: a knowledge graph of bilateral security relations between states.

>>> import secgraph as sg
>>> sg.country_iri("pak")
rdflib.term.URIRef('https://w3id.org/secgraph/id/country/PAK')
"""

from __future__ import annotations

from .build import ONTOLOGY_GRAPH, ConceptResolver, build_article, build_dataset, build_reference
from .errors import (
    FactError,
    InputError,
    OntologyError,
    QueryError,
    SecgraphError,
    StoreError,
    UnknownEntityError,
)
from .facts import (
    ArticleFacts,
    Corpus,
    Reference,
    read_article,
    read_facts,
    read_reference,
)
from .ontology import Ontology, read_ontology, read_turtle
from .store import (
    BuildFiles,
    MemoryStore,
    QueryResult,
    Store,
    atomic_write,
    open_store,
    to_union_graph,
    write_dataset_files,
)
from .validate import SEVERITIES, Report, ValidationResult, format_report, validate
from .vocab import PREFIXES, RDF, REFERENCE_GRAPH, SG, country_iri

__version__ = "0.1.0"

__all__ = [
    "ONTOLOGY_GRAPH",
    "PREFIXES",
    "RDF",
    "REFERENCE_GRAPH",
    "SEVERITIES",
    "SG",
    "ArticleFacts",
    "BuildFiles",
    "ConceptResolver",
    "Corpus",
    "FactError",
    "InputError",
    "MemoryStore",
    "Ontology",
    "OntologyError",
    "QueryError",
    "QueryResult",
    "Reference",
    "Report",
    "SecgraphError",
    "Store",
    "StoreError",
    "UnknownEntityError",
    "ValidationResult",
    "__version__",
    "atomic_write",
    "build_article",
    "build_dataset",
    "build_reference",
    "country_iri",
    "format_report",
    "open_store",
    "read_article",
    "read_facts",
    "read_ontology",
    "read_reference",
    "read_turtle",
    "to_union_graph",
    "validate",
    "write_dataset_files",
]
