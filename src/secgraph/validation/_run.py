"""Running SELECT queries over a store: over Oxigraph directly, ``workers`` at a time.

Also how many nodes one query takes (:data:`CHUNK`, :data:`SCAN_FROM`, :data:`CHUNK_SCAN`),
which :mod:`._validate` and :mod:`._locate` read: a test that changes one patches both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef  # noqa: F401 (Literal, URIRef: the doctest)
from rdflib.term import Node

from ..errors import QueryError, StoreError
from ..store import QUERY_PREFIXES, OxigraphStore, Store, to_rdflib

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


#: Variables and rows of rdflib terms (None where unbound).
_Answer = tuple[Sequence[str], Sequence[Sequence[Any]]]


def _select(store: Store, sparql: str, terms: dict[Any, Node] | None) -> _Answer:
    """A SELECT over the store's union graph; with ``terms`` None, each term as :func:`_text`.

    Over an OxigraphStore this asks pyoxigraph directly and converts each distinct term to
    rdflib once (``terms`` maps pyoxigraph terms to rdflib terms), where ``Store.query``
    would convert every term of every row: a third of the time at 10,000 articles.
    """
    if not isinstance(store, OxigraphStore):
        result = store.query(sparql)
        if terms is None:
            return result.variables, [tuple(map(_text, row)) for row in result.rows]
        return result.variables, result.rows
    convert = _ox_text if terms is None else _converter(terms)
    try:
        solutions = store.store.query(
            sparql, use_default_graph_as_union=True, prefixes=QUERY_PREFIXES
        )
        if not isinstance(solutions, ox.QuerySolutions):
            raise QueryError(None, "not a SELECT query")
        variables = tuple(v.value for v in solutions.variables)
        rows = [tuple(map(convert, solution)) for solution in solutions]
    except SyntaxError as err:
        raise QueryError(None, f"bad SPARQL: {' '.join(str(err).split())}") from err
    except (RuntimeError, OSError) as err:
        raise StoreError(f"{store.path}: query failed: {' '.join(str(err).split())}") from err
    return variables, rows


def _converter(terms: dict[Any, Node]) -> Callable[[Any], Node | None]:
    """pyoxigraph term -> rdflib term, each distinct term converted once (kept in ``terms``)."""
    get = terms.get

    def convert(term: Any) -> Node | None:
        if term is None:
            return None
        found = get(term)
        if found is None:
            found = terms[term] = to_rdflib(term)
        return found

    return convert


def _ox_text(term: Any) -> str | None:
    """:func:`_text` for a pyoxigraph term, without the slow ``isinstance`` of rdflib's ABCs."""
    if term is None:
        return None
    if type(term) is ox.BlankNode:
        return f"_:{term.value}"
    return str(term.value)


def _text(term: Any) -> str | None:
    """An IRI, ``_:`` and a blank node's id, or a literal's lexical form (rdflib or pyoxigraph).

    >>> _text(URIRef("urn:x")), _text(BNode("b1")), _text(Literal(7)), _text(None)
    ('urn:x', '_:b1', '7', None)
    """
    if term is None:
        return None
    if isinstance(term, BNode | ox.BlankNode):
        return f"_:{term if isinstance(term, BNode) else term.value}"
    return str(term) if isinstance(term, Node) else str(term.value)


def _select_all(
    store: Store, queries: Sequence[str], terms: dict[Any, Node] | None, *, workers: int
) -> list[_Answer]:
    """The answers to ``queries``, in order; over Oxigraph ``workers`` at a time.

    Each query runs and is read in one thread (a pyoxigraph result may not change threads);
    evaluating releases the GIL, converting terms holds it. Other stores get one query at a
    time: an rdflib Dataset is not safe to query from several threads.
    """
    if not isinstance(store, OxigraphStore) or workers < 2 or len(queries) < 2:
        return [_select(store, q, terms) for q in queries]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_select, store, q, terms) for q in queries]
        try:
            return [f.result() for f in futures]
        except BaseException:
            for f in futures:
                f.cancel()  # do not start the queries still waiting
            raise
