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

if TYPE_CHECKING:  # the real imports, for type checkers and readers; test_api checks they
    # name exactly what _API below declares
    from .errors import (
        FactError,
        InputError,
        OntologyError,
        QueryError,
        SecgraphError,
        StoreError,
        UnknownEntityError,
    )
    from .extract import (
        Draft,
        DraftCommitment,
        DraftDelegation,
        DraftDialogue,
        DraftMeeting,
        DraftOfficial,
        DraftOrganisation,
        DraftPlace,
        DraftPost,
        Evaluation,
        Lexicon,
        evaluate,
        extract,
        read_lexicon,
        read_text,
        write_draft,
    )
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
    from .network import PROJECTIONS, export_projection, meeting_records, to_networkx
    from .ontology import Ontology, read_ontology, read_turtle
    from .pipeline import BuildPlan, BuildResult, build_store
    from .queries import Param, SavedQuery, format_result, read_queries, read_query, run_query
    from .report import build_report, write_build_report, write_report
    from .store import (
        BuildFiles,
        MemoryStore,
        OxigraphStore,
        QueryResult,
        RemoteStore,
        Store,
        StoreSpec,
        atomic_write,
        open_store,
        resolve_country,
        to_union_graph,
        write_dataset_files,
    )
    from .validation import (
        SEVERITIES,
        Report,
        ValidationOutcome,
        ValidationResult,
        ValidationState,
        format_report,
        validate,
        validate_corpus,
    )
    from .vocab import (
        PREFIXES,
        RDF,
        REFERENCE_GRAPH,
        SG,
        country_iri,
        relation_graph_iri,
        relation_iri,
    )

#: The public API, each name once: submodule -> the names it gives. ``__all__`` and the lazy
#: table are made from it.
_API: dict[str, tuple[str, ...]] = {
    "mint": (
        "ONTOLOGY_GRAPH",
        "ConceptResolver",
        "build_article",
        "build_dataset",
        "build_reference",
    ),
    "errors": (
        "FactError",
        "InputError",
        "OntologyError",
        "QueryError",
        "SecgraphError",
        "StoreError",
        "UnknownEntityError",
    ),
    "extract": (
        "Draft",
        "DraftCommitment",
        "DraftDelegation",
        "DraftDialogue",
        "DraftMeeting",
        "DraftOfficial",
        "DraftOrganisation",
        "DraftPlace",
        "DraftPost",
        "Evaluation",
        "Lexicon",
        "evaluate",
        "extract",
        "read_lexicon",
        "read_text",
        "write_draft",
    ),
    "facts": (
        "ArticleFacts",
        "Corpus",
        "Reference",
        "read_article",
        "read_facts",
        "read_reference",
    ),
    "network": ("PROJECTIONS", "export_projection", "meeting_records", "to_networkx"),
    "ontology": ("Ontology", "read_ontology", "read_turtle"),
    "pipeline": ("BuildPlan", "BuildResult", "build_store"),
    "queries": ("Param", "SavedQuery", "format_result", "read_queries", "read_query", "run_query"),
    "report": ("build_report", "write_build_report", "write_report"),
    "store": (
        "BuildFiles",
        "MemoryStore",
        "OxigraphStore",
        "QueryResult",
        "RemoteStore",
        "Store",
        "StoreSpec",
        "atomic_write",
        "open_store",
        "resolve_country",
        "to_union_graph",
        "write_dataset_files",
    ),
    "validation": (
        "SEVERITIES",
        "Report",
        "ValidationOutcome",
        "ValidationResult",
        "ValidationState",
        "format_report",
        "validate",
        "validate_corpus",
    ),
    "vocab": (
        "PREFIXES",
        "RDF",
        "REFERENCE_GRAPH",
        "SG",
        "country_iri",
        "relation_graph_iri",
        "relation_iri",
    ),
}

# Everything but the errors is imported on first use, so that `secgraph query run` does not
# pay for the validation package, pySHACL, networkx and matplotlib before it can answer (no
# submodule is named like a public function any more: `validate` lives in `validation`).
_EAGER = ("errors",)
_LAZY: dict[str, str] = {
    name: module for module, names in _API.items() if module not in _EAGER for name in names
}
for _module in _EAGER:
    for _name in _API[_module]:
        globals()[_name] = getattr(import_module(f".{_module}", __name__), _name)
del _module, _name


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

__all__ = sorted(["__version__", *(name for names in _API.values() for name in names)])
