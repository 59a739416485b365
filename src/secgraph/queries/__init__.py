"""Saved SPARQL queries: read ``*.rq`` files with a header, bind typed parameters, run, format.

A saved query is a SPARQL file whose leading comment lines form a header::

    # title: Security partners of a country
    # description: Countries that COUNTRY held security meetings with, how many, first and
    #   latest date (a line that starts with '#' and more spaces continues the field).
    # param: country country required   the country (ISO alpha-3, alpha-2 or name)
    # param: since date - only meetings on or after this date
    # param: min_meetings integer 1 at least this many meetings

One ``# param: NAME TYPE DEFAULT DESCRIPTION`` line per parameter. TYPE is one of
``iri country date string integer``. DEFAULT is ``required`` (the caller must give a value),
``-`` (optional and unbound when not given: the query tests it with ``BOUND``), or a value,
written bare or in double quotes when it holds spaces (``"two words"``, ``"required"``).

Values are converted to RDF terms by type and passed to the store as initial bindings, never
pasted into the query text: a value such as ``x" } ; DROP ALL #`` stays one literal.
"""

from __future__ import annotations

# The public names are in __all__; INLINE (the path of a query that has no file) is
# re-exported explicitly as well.
from ._format import RESULT_FORMATS, format_result
from ._model import INLINE as INLINE
from ._model import PARAM_TYPES, Param, SavedQuery
from ._read import get_query, parse_query_text, read_queries, read_query
from ._run import INFERENCE, bind_params, resolve_country, run_query, to_term

__all__ = [
    "INFERENCE",
    "PARAM_TYPES",
    "RESULT_FORMATS",
    "Param",
    "SavedQuery",
    "bind_params",
    "format_result",
    "get_query",
    "parse_query_text",
    "read_queries",
    "read_query",
    "resolve_country",
    "run_query",
    "to_term",
]
