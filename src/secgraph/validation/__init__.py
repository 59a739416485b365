"""SHACL validation -> one :class:`Report`, whichever engine ran.

The package, from the bottom up (each module imports only those above it in this list):

- :mod:`._terms`: how a result names terms (:func:`curie`, :func:`expand`);
- :mod:`._report`: the report model (:class:`Report`, :class:`ValidationResult`,
  :data:`SEVERITIES`) and :func:`format_report`;
- :mod:`._run`: SELECT queries over a :class:`~secgraph.store.Store`, ``workers`` at a time;
- :mod:`._locate`: the one locator, the file and line of a result (its module docstring gives
  the rule when there are several candidates);
- :mod:`.sparql`: the SPARQL engine, SHACL compiled to SPARQL and run in a store;
- :mod:`._pyshacl`: the pySHACL engine, for rdflib graphs in memory;
- :mod:`._engines`: :func:`validate`, which picks the engine and says which and why;
- :mod:`._checker` and :mod:`._passes`: a corpus validated by graphs in three passes
  (reference data, articles in batches, subjects shared across articles):
  :func:`validate_passes`, the one orchestration a build calls, and :func:`validate_corpus`.

It imports :mod:`secgraph.store`, :mod:`secgraph.vocab` and :mod:`secgraph.errors`; never
the minting code, the pipeline or the CLI.
"""

from __future__ import annotations

from ._checker import Checker, base_nquads, reference_subjects, shared_subjects
from ._engines import ENGINES, validate
from ._locate import locate, located
from ._passes import (
    Passes,
    ValidationOutcome,
    ValidationState,
    article_candidates,
    own_prefixes,
    validate_corpus,
    validate_passes,
)
from ._pyshacl import run_shacl
from ._report import SEVERITIES, Report, ValidationResult, format_report
from ._terms import curie, expand
from .sparql import CompiledShapes, compile_shapes, validate_store

__all__ = [
    "ENGINES",
    "SEVERITIES",
    "Checker",
    "CompiledShapes",
    "Passes",
    "Report",
    "ValidationOutcome",
    "ValidationResult",
    "ValidationState",
    "article_candidates",
    "base_nquads",
    "compile_shapes",
    "curie",
    "expand",
    "format_report",
    "locate",
    "located",
    "own_prefixes",
    "reference_subjects",
    "run_shacl",
    "shared_subjects",
    "validate",
    "validate_corpus",
    "validate_passes",
    "validate_store",
]
