"""secgraph: a knowledge graph of bilateral security relations between states.

The public API, the same in a notebook as behind the CLI::

    import secgraph as sg
    ontology = sg.read_ontology("ontology")
    dataset = sg.build_dataset(sg.read_facts("data"), ontology=ontology)
    report = sg.validate(dataset, ontology.shapes)
    store = sg.MemoryStore(dataset)            # or sg.open_store("oxigraph", build_dir="build")
    G = sg.to_networkx(store, projection="country-official")

>>> import secgraph as sg
>>> sg.country_iri("pak")
rdflib.term.URIRef('https://w3id.org/secgraph/id/country/PAK')
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import (
    FactError,
    InputError,
    OntologyError,
    QueryError,
    SecgraphError,
    StoreError,
    UnknownEntityError,
)
from .validate import SEVERITIES, Report, ValidationResult, format_report, validate

if TYPE_CHECKING:  # the real imports, for type checkers and readers
    from .batch_validate import ValidationOutcome, ValidationState, validate_corpus
    from .facts import (
        ArticleFacts,
        Corpus,
        Reference,
        read_article,
        read_facts,
        read_reference,
    )
    from .mint import (
        ONTOLOGY_GRAPH,
        ConceptResolver,
        build_article,
        build_dataset,
        build_reference,
    )
    from .network import PROJECTIONS, meeting_records, to_networkx
    from .ontology import Ontology, read_ontology, read_turtle
    from .pipeline import BuildPlan, BuildResult, build_store
    from .queries import Param, SavedQuery, format_result, read_queries, read_query, run_query
    from .report import build_report, write_report
    from .store import (
        BuildFiles,
        MemoryStore,
        OxigraphStore,
        QueryResult,
        RemoteStore,
        Store,
        atomic_write,
        open_store,
        to_union_graph,
        write_dataset_files,
    )
    from .validate import SEVERITIES, Report, ValidationResult, format_report, validate
    from .vocab import (
        PREFIXES,
        RDF,
        REFERENCE_GRAPH,
        SG,
        country_iri,
        relation_graph_iri,
        relation_iri,
    )

# Everything else is imported on first use, so that `secgraph query run` does not pay for
# pySHACL, networkx and matplotlib (about 0.8 s) before it can answer.
_LAZY: dict[str, str] = {
    "ArticleFacts": "facts",
    "BuildFiles": "store",
    "BuildPlan": "pipeline",
    "BuildResult": "pipeline",
    "ConceptResolver": "mint",
    "Corpus": "facts",
    "MemoryStore": "store",
    "ONTOLOGY_GRAPH": "mint",
    "Ontology": "ontology",
    "OxigraphStore": "store",
    "PREFIXES": "vocab",
    "PROJECTIONS": "network",
    "Param": "queries",
    "QueryResult": "store",
    "RDF": "vocab",
    "REFERENCE_GRAPH": "vocab",
    "Reference": "facts",
    "RemoteStore": "store",
    "SG": "vocab",
    "SavedQuery": "queries",
    "Store": "store",
    "ValidationOutcome": "batch_validate",
    "ValidationState": "batch_validate",
    "atomic_write": "store",
    "build_article": "mint",
    "build_dataset": "mint",
    "build_reference": "mint",
    "build_report": "report",
    "build_store": "pipeline",
    "country_iri": "vocab",
    "format_result": "queries",
    "meeting_records": "network",
    "open_store": "store",
    "read_article": "facts",
    "read_facts": "facts",
    "read_ontology": "ontology",
    "read_queries": "queries",
    "read_query": "queries",
    "read_reference": "facts",
    "read_turtle": "ontology",
    "relation_graph_iri": "vocab",
    "relation_iri": "vocab",
    "run_query": "queries",
    "to_networkx": "network",
    "to_union_graph": "store",
    "validate_corpus": "batch_validate",
    "write_dataset_files": "store",
    "write_report": "report",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'secgraph' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__version__ = "0.1.0"

__all__ = [
    "ONTOLOGY_GRAPH",
    "PREFIXES",
    "PROJECTIONS",
    "RDF",
    "REFERENCE_GRAPH",
    "SEVERITIES",
    "SG",
    "ArticleFacts",
    "BuildFiles",
    "BuildPlan",
    "BuildResult",
    "ConceptResolver",
    "Corpus",
    "FactError",
    "InputError",
    "MemoryStore",
    "Ontology",
    "OntologyError",
    "OxigraphStore",
    "Param",
    "QueryError",
    "QueryResult",
    "Reference",
    "RemoteStore",
    "Report",
    "SavedQuery",
    "SecgraphError",
    "Store",
    "StoreError",
    "UnknownEntityError",
    "ValidationOutcome",
    "ValidationResult",
    "ValidationState",
    "__version__",
    "atomic_write",
    "build_article",
    "build_dataset",
    "build_reference",
    "build_report",
    "build_store",
    "country_iri",
    "format_report",
    "format_result",
    "meeting_records",
    "open_store",
    "read_article",
    "read_facts",
    "read_ontology",
    "read_queries",
    "read_query",
    "read_reference",
    "read_turtle",
    "relation_graph_iri",
    "relation_iri",
    "run_query",
    "to_networkx",
    "to_union_graph",
    "validate",
    "validate_corpus",
    "write_dataset_files",
    "write_report",
]
