"""Running SELECT queries over a store: over Oxigraph directly, ``workers`` at a time.

Also how many nodes one query takes (:data:`CHUNK`, :data:`SCAN_FROM`, :data:`CHUNK_SCAN`),
which :mod:`._validate` and :mod:`._locate` read: a test that changes one patches both.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from rdflib import BNode, Literal, URIRef  # noqa: F401 (Literal, URIRef: the doctest)
from rdflib.term import Node

from ..store import Answer, Store, parallel_queries, select_rows

__all__ = [
    "CHUNK",
    "CHUNK_SCAN",
    "SCAN_FROM",
    "_Answer",
    "_select",
    "_select_all",
]


#: Focus nodes per query when ``focus`` is given, and nodes per location query.
CHUNK = 2000
#: From this many focus nodes (or nodes to locate) on, a query scans each property once and
#: hash-joins it with the nodes, where it would look each node up (a RocksDB seek each)...
SCAN_FROM = 5000
#: ... and then locates this many nodes per query.
CHUNK_SCAN = 50_000


_Answer = Answer


def _select(store: Store, sparql: str, terms: dict[Any, Node] | None) -> _Answer:
    """A SELECT over the store's union graph (see :func:`secgraph.store.select_rows`)."""
    return select_rows(store, sparql, terms)


def _select_all(
    store: Store, queries: Sequence[str], terms: dict[Any, Node] | None, *, workers: int
) -> list[_Answer]:
    """The answers to ``queries``, in order; over Oxigraph ``workers`` at a time.

    Each query runs and is read in one thread (a pyoxigraph result may not change threads);
    evaluating releases the GIL, converting terms holds it. Other stores get one query at a
    time: an rdflib Dataset is not safe to query from several threads.
    """
    if not parallel_queries(store) or workers < 2 or len(queries) < 2:
        return [_select(store, q, terms) for q in queries]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_select, store, q, terms) for q in queries]
        try:
            return [f.result() for f in futures]
        except BaseException:
            for f in futures:
                f.cancel()  # do not start the queries still waiting
            raise
