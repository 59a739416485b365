"""SELECT answers as plain rows, as fast as each store can give them, for callers (the SHACL
engine) that read millions of terms: :func:`select_rows` and :func:`parallel_queries`.

Any branching on the kind of store lives here, inside :mod:`secgraph.store`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pyoxigraph as ox
from rdflib import BNode
from rdflib.term import Node

from ..errors import QueryError, StoreError
from ._oxigraph import OxigraphStore
from ._protocol import Store
from ._terms import QUERY_PREFIXES, to_rdflib

__all__ = ["Answer", "parallel_queries", "select_rows", "term_text"]

#: Variables and rows (None where unbound).
Answer = tuple[Sequence[str], Sequence[Sequence[Any]]]


def parallel_queries(store: Store) -> bool:
    """Whether several queries may run on ``store`` at once, from threads (Oxigraph: its
    evaluation releases the GIL; an rdflib Dataset is not safe to query from threads)."""
    return isinstance(store, OxigraphStore)


def select_rows(store: Store, sparql: str, terms: dict[Any, Node] | None) -> Answer:
    """A SELECT over the store's union graph: rows of rdflib terms, each distinct term
    converted once and kept in ``terms``; with ``terms`` None, each term as its text
    (:func:`term_text`).

    Over Oxigraph this asks pyoxigraph directly, where ``Store.query`` would convert every
    term of every row: a third of the validation time at 10,000 articles.
    """
    if not isinstance(store, OxigraphStore):
        result = store.query(sparql)
        if terms is None:
            return result.variables, [tuple(map(term_text, row)) for row in result.rows]
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
    """:func:`term_text` for a pyoxigraph term, without the slow ``isinstance`` of rdflib's
    ABCs."""
    if term is None:
        return None
    if type(term) is ox.BlankNode:
        return f"_:{term.value}"
    return str(term.value)


def term_text(term: Any) -> str | None:
    """An IRI, ``_:`` and a blank node's id, or a literal's lexical form (rdflib or pyoxigraph).

    >>> from rdflib import Literal, URIRef
    >>> term_text(URIRef("urn:x")), term_text(BNode("b1")), term_text(Literal(7)), term_text(None)
    ('urn:x', '_:b1', '7', None)
    """
    if term is None:
        return None
    if isinstance(term, BNode | ox.BlankNode):
        return f"_:{term if isinstance(term, BNode) else term.value}"
    return str(term) if isinstance(term, Node) else str(term.value)
