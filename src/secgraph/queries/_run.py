"""Bind typed parameters to RDF terms and run a saved query, with optional inference."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Mapping

from rdflib import Dataset, Literal, URIRef
from rdflib.term import Identifier

from ..errors import QueryError
from ..store import MemoryStore, QueryResult, Store, resolve_country, to_union_graph
from ..vocab import PREFIXES, XSD
from ._model import INLINE, Param, SavedQuery
from ._present import check_present
from ._text import MAX_INTEGER_DIGITS, calls_service, not_utf8, show

__all__ = [
    "INFERENCE",
    "bind_params",
    "resolve_country",
    "run_query",
    "to_term",
]

INFERENCE = ("none", "rdfs", "owlrl")

_CURIE = re.compile(r"^([A-Za-z][\w.-]*)?:(.*)$")
_IRI_CHARS = re.compile(r'^[^\s<>"{}|\\^`]*$')
_ABSOLUTE_IRI = re.compile(r'^(https?|urn):[^\s<>"{}|\\^`]+$')


# ---------------------------------------------------------------------------------------------
# Binding parameters
# ---------------------------------------------------------------------------------------------


def bind_params(
    store: Store, query: SavedQuery, params: Mapping[str, str] | None = None
) -> dict[str, Identifier]:
    """Typed RDF terms for ``params`` and the declared defaults; optional ones stay unbound."""
    given = dict(params or {})
    declared = {p.name: p for p in query.params}
    for key, text in given.items():
        bad = not_utf8(key) or not_utf8(text)
        if bad is not None:
            raise QueryError(query.path, f"parameter '{show(key)}' is {bad}; give it as UTF-8 text")
        if key not in declared:
            close = difflib.get_close_matches(key, list(declared), n=1)
            if close:
                hint = f"did you mean '{close[0]}'?"
            elif declared:
                hint = f"this query takes {', '.join(declared)}"
            else:
                hint = "this query takes no parameters"
            raise QueryError(query.path, f"unknown parameter '{key}'; {hint}")
    bindings: dict[str, Identifier] = {}
    for p in query.params:
        value = given.get(p.name, p.default)
        if value is None:
            if p.required:
                raise QueryError(
                    query.path,
                    f"missing required parameter '{p.name}' ({p.type}); give it with "
                    f"--param {p.name}=VALUE",
                )
            continue
        term = to_term(store, p, value, path=query.path)
        check_present(store, p, term, path=query.path)
        bindings[p.name] = term
    return bindings


def to_term(store: Store, param: Param, value: str, *, path: str = INLINE) -> Identifier:
    """Convert one text value to the RDF term its parameter type asks for."""
    kind = param.type
    if kind in ("string", "article"):
        return Literal(value)
    if kind == "integer":
        digits = value.strip()
        if not re.fullmatch(r"[-+]?[0-9]+", digits):
            raise QueryError(
                path,
                f"parameter '{param.name}' is not an integer: '{show(value)}'; write digits, "
                "e.g. 3",
            )
        if len(digits.lstrip("+-").lstrip("0")) > MAX_INTEGER_DIGITS:
            raise QueryError(
                path,
                f"parameter '{param.name}' has {len(digits)} digits; give at most "
                f"{MAX_INTEGER_DIGITS}",
            )
        return Literal(int(digits), datatype=XSD.integer)
    if kind == "date":
        text = value.strip()
        try:  # YYYY-MM-DD only: fromisoformat also takes week dates ("2024-W05-3")
            day = (
                dt.date.fromisoformat(text)
                if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text)
                else None
            )
        except ValueError:
            day = None
        if day is None:
            raise QueryError(
                path, f"parameter '{param.name}' is not a date: '{show(value)}'; write YYYY-MM-DD"
            )
        return Literal(day.isoformat(), datatype=XSD.date)
    if kind == "iri":
        return _iri(param, value, path)
    return resolve_country(store, value, path=path)


def _iri(param: Param, value: str, path: str) -> URIRef:
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    match = _CURIE.match(text)
    if match and (match.group(1) or "") in PREFIXES and _IRI_CHARS.match(match.group(2)):
        return URIRef(PREFIXES[match.group(1) or ""] + match.group(2))
    if _ABSOLUTE_IRI.match(text):
        return URIRef(text)
    example = re.search(r"\be\.g\. ([A-Za-z][\w.-]*:\S+)", param.description)
    if example:  # the query's own example, e.g. threat:terrorism for a threat
        such = example.group(1).rstrip(".,;)")
    elif param.name in PREFIXES and param.name not in ("", "id"):
        such = f"{param.name}:ID"
    else:
        such = "official:elizabeth-horst"
    listing = {"threat": "threats", "area": "areas", "dialogue": "dialogues", "place": "places"}
    see = f" (see 'secgraph list {listing[param.name]}')" if param.name in listing else ""
    raise QueryError(
        path,
        f"parameter '{param.name}' is not an IRI: '{show(value)}'; write a full IRI or a CURIE "
        f"with a project prefix such as {such}{see}",
    )


# ---------------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------------


def run_query(
    store: Store,
    query: SavedQuery,
    params: Mapping[str, str] | None = None,
    *,
    infer: str = "none",
    allow_service: bool = False,
) -> QueryResult:
    """Bind ``params`` and run ``query`` over the union of the store's graphs.

    ``infer`` is ``none`` (the stored triples), ``rdfs`` or ``owlrl``: the store is copied into
    memory and expanded with the ``owlrl`` package first, so a query can rely on
    sub-properties and inverses (``sg:leader`` -> ``sg:member`` -> ``foaf:member``,
    ``sg:madeAt`` <-> ``sg:outcome``).

    A query that calls ``SERVICE`` (a federated query: the store would send requests to
    another server) is refused unless ``allow_service``.
    """
    if not allow_service and calls_service(query.text):
        raise QueryError(
            query.path,
            "the query calls SERVICE, which sends requests to another server; allow it "
            "explicitly (secgraph query run --allow-service) if you mean to",
        )
    if infer not in INFERENCE:
        raise QueryError(
            query.path, f"unknown inference '{infer}'; use one of {', '.join(INFERENCE)}"
        )
    bindings = bind_params(store, query, params)
    target = store if infer == "none" else _inferred(store, infer)
    return target.query(query.text, bindings=bindings)


def _inferred(store: Store, infer: str) -> MemoryStore:
    """The store's named graphs as they are (``GRAPH ?g`` still finds an article's graph),
    plus one graph of what the entailment adds to their union."""
    from rdflib import Graph

    from ._infer import close_owlrl, close_rdfs

    stored = store.to_dataset()  # a memory store's own dataset: copied, never changed
    dataset = Dataset(default_union=True)
    for graph in stored.graphs():
        if len(graph):
            target = dataset.graph(graph.identifier)
            target += graph
    union = to_union_graph(dataset)
    closed = Graph()
    closed += union
    (close_rdfs if infer == "rdfs" else close_owlrl)(closed)
    inferred = dataset.graph(URIRef("urn:x-secgraph:inferred"))
    for triple in closed:
        if triple not in union:
            inferred.add(triple)
    return MemoryStore(dataset)
