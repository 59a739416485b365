"""Parameters that name something must name something in the graph.

``-p article=nope`` used to give an empty table, exit 0: a typo looked like "no facts". A
parameter typed ``article`` (an article id) or ``iri`` (an entity) is looked up in the store
before the query runs; naming nothing is a one-line error that says how to list the valid
values. Countries are checked by :func:`~secgraph.store.resolve_country` already.
"""

from __future__ import annotations

import difflib

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from ..errors import UnknownEntityError
from ..store import Store
from ..vocab import PREFIXES
from ._model import Param
from ._text import show

__all__ = ["check_present", "short_iri"]

_ARTICLE = """
PREFIX sg: <https://w3id.org/secgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?id WHERE { ?a a sg:Article ; dcterms:identifier ?id } LIMIT 1
"""
_ARTICLE_IDS = """
PREFIX sg: <https://w3id.org/secgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?id WHERE { ?a a sg:Article ; dcterms:identifier ?id }
"""
# The bound variable is projected (Oxigraph substitutes only projected variables) and sits in
# the triple patterns, so each branch is one index lookup, not a FILTER over every triple.
_NODE = """
SELECT ?iri WHERE { { ?iri ?p ?o } UNION { ?s ?p ?iri } } LIMIT 1
"""
#: CURIE prefix -> the ``secgraph list`` kind that shows its valid values.
_LISTS = {
    "official": "officials",
    "dialogue": "dialogues",
    "place": "places",
    "area": "areas",
    "threat": "threats",
    "country": "countries",
    "article": "articles",
}
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def short_iri(iri: str) -> str:
    """``iri`` as a CURIE when a project prefix covers it.

    >>> short_iri("https://w3id.org/secgraph/id/official/x")
    'official:x'
    """
    for prefix, ns in _BY_LENGTH:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def check_present(store: Store, param: Param, term: Identifier, *, path: str) -> None:
    """Raise :class:`UnknownEntityError` when ``term`` (the value of ``param``) names
    nothing in the store: an ``article`` id no article has, an ``iri`` in no triple."""
    if param.type == "article":
        if store.query(_ARTICLE, bindings={"id": Literal(str(term))}).rows:
            return
        ids = [str(row[0]) for row in store.query(_ARTICLE_IDS).rows if row[0] is not None]
        close = difflib.get_close_matches(str(term), ids, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise UnknownEntityError(
            path,
            f"parameter '{param.name}': no article '{show(str(term))}' in the graph; "
            f"{hint}give an article id (its fact file's name without .yaml; see 'secgraph "
            "list articles')",
        )
    if param.type == "iri" and isinstance(term, URIRef):
        if store.query(_NODE, bindings={"iri": term}).rows:
            return
        name = short_iri(str(term))
        prefix = name.split(":", 1)[0] if name != str(term) else ""
        see = (
            f"see 'secgraph list {_LISTS[prefix]}'"
            if prefix in _LISTS
            else "check its spelling with 'secgraph list' or 'secgraph analyze ego'"
        )
        raise UnknownEntityError(
            path, f"parameter '{param.name}': {show(name)} is in no triple of the graph; {see}"
        )
