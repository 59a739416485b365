"""Open and write the graph: the one seam between secgraph and where triples live.

A :class:`Store` holds named graphs (one per article, one for reference data, one for the
ontology) and answers SPARQL over their union. Every command talks to a Store; which one is
chosen by :func:`open_store` from a spec:

``oxigraph`` (default)
    embedded on-disk Oxigraph (RocksDB) in ``BUILD/store``; ``oxigraph:PATH`` elsewhere.
``memory``
    rdflib, in memory, loaded from the build's ``secgraph.trig``, or from its embedded store
    when the build wrote no files.
``http://host:port`` / ``https://...``
    a SPARQL 1.1 server with Oxigraph's layout (``/query``, ``/update``, ``/store``);
    ``query=URL,update=URL,gsp=URL`` names the three endpoints explicitly, and ``remote``
    reads them from ``SECGRAPH_QUERY_URL``, ``SECGRAPH_UPDATE_URL``, ``SECGRAPH_GSP_URL``.
    Both written forms take ``,timeout=S`` and ``,stage=auto|load|post`` (:class:`StoreSpec`).

Every store changes atomically (:meth:`Store.replace_graphs`): a failure leaves the previous
graphs answering queries. Files are written to a temporary path and renamed.
"""

from __future__ import annotations

# The public names are in __all__; the ``X as X`` imports are the helpers other secgraph
# modules (and tests) import from here, re-exported explicitly.
from ..atomic import atomic_write
from ._bulk import add_ntriples as add_ntriples
from ._bulk import run_update as run_update
from ._countries import closest_country as closest_country
from ._countries import resolve_country
from ._export import RDF_FORMATS, export_graph, graph_mode, read_jsonld_context
from ._files import write_dataset_files, write_store_files
from ._memory import MemoryStore, to_union_graph
from ._memory import from_rdflib_result as from_rdflib_result
from ._open import STORE_SPECS as STORE_SPECS
from ._open import open_store
from ._open import oxigraph_path as oxigraph_path
from ._open import server_generation as server_generation
from ._oxigraph import OxigraphStore
from ._oxterms import ntriples_triples as ntriples_triples
from ._oxterms import to_nquads as to_nquads
from ._protocol import FORMATS, BuildFiles, QueryResult, Store
from ._protocol import TMP_GRAPH_PREFIX as TMP_GRAPH_PREFIX
from ._protocol import Triple as Triple
from ._remote import RemoteStore
from ._select import Answer, parallel_queries, select_rows
from ._select import term_text as term_text
from ._served import remove_stale_batches as remove_stale_batches
from ._spec import StoreSpec
from ._terms import QUERY_PREFIXES as QUERY_PREFIXES
from ._terms import XSD_STRING as XSD_STRING
from ._terms import _where_brace as _where_brace
from ._terms import sparql_term as sparql_term
from ._terms import to_oxigraph as to_oxigraph
from ._terms import to_rdflib as to_rdflib
from ._terms import with_prefixes, with_values
from ._turtle import PREFIX_HEADER as PREFIX_HEADER
from ._turtle import WRITE_PREFIXES as WRITE_PREFIXES
from ._turtle import base_trig as base_trig
from ._turtle import base_turtle as base_turtle
from ._turtle import turtle_statements as turtle_statements

__all__ = [
    "FORMATS",
    "RDF_FORMATS",
    "Answer",
    "BuildFiles",
    "MemoryStore",
    "OxigraphStore",
    "QueryResult",
    "RemoteStore",
    "Store",
    "StoreSpec",
    "atomic_write",
    "export_graph",
    "graph_mode",
    "open_store",
    "parallel_queries",
    "read_jsonld_context",
    "resolve_country",
    "select_rows",
    "to_union_graph",
    "with_prefixes",
    "with_values",
    "write_dataset_files",
    "write_store_files",
]
