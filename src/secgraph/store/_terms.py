"""Terms and text: rdflib <-> pyoxigraph terms, and SPARQL text for prefixes and VALUES.

:func:`sparql_term` escapes a term so that no value can change the query around it;
:func:`with_values` binds parameters in a query's outermost WHERE group. ``_one_line`` fits
an error text on one line for the stores' messages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier, Node

from ..errors import QueryError, StoreError
from ..vocab import PREFIXES

__all__ = [
    "QUERY_PREFIXES",
    "XSD_STRING",
    "sparql_term",
    "to_oxigraph",
    "to_rdflib",
    "with_prefixes",
    "with_values",
]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

#: Prefixes a query may use without declaring them: rdflib's defaults plus the project's.
QUERY_PREFIXES: dict[str, str] = {
    **{p: str(ns) for p, ns in Graph().namespaces() if p},
    **PREFIXES,
}


def to_oxigraph(term: Node) -> Any:
    """An rdflib term as a pyoxigraph term (``None`` is the default graph); a pyoxigraph
    term as it is."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term  # already one (event files' triples are parsed by pyoxigraph)
    raise StoreError(f"cannot store the term {term!r}; only IRIs, blank nodes and literals")


def to_rdflib(term: Any) -> Any:
    """A pyoxigraph term as an rdflib term (``xsd:string`` literals become plain literals)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.DefaultGraph):
        return None
    raise StoreError(f"unsupported term in a query result: {term!r}")


_DECLARED = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?:")


def with_prefixes(sparql: str) -> str:
    """``sparql`` with PREFIX lines for the project's prefixes it uses without declaring.

    A remote server knows none of them; Oxigraph and rdflib get them as query options.
    """
    declared = {m.group(1) or "" for m in _DECLARED.finditer(sparql)}
    lines = [
        f"PREFIX {p}: <{ns}>"
        for p, ns in QUERY_PREFIXES.items()
        if p not in declared and f"{p}:" in sparql
    ]
    return "\n".join([*lines, sparql]) if lines else sparql


_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_BAD_IRI_CHARS = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def sparql_term(term: Identifier) -> str:
    """A term as SPARQL text, escaped so that no value can change the query around it.

    >>> sparql_term(Literal('x" } ; DROP ALL #'))
    '"x\\\\" } ; DROP ALL #"'
    """
    if isinstance(term, URIRef):
        if _BAD_IRI_CHARS.search(str(term)):
            raise QueryError(None, f"bad IRI for a parameter: {str(term)!r}")
        return f"<{term}>"
    if isinstance(term, Literal):
        text = json.dumps(str(term), ensure_ascii=False)  # escapes \ " and control characters
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None:
            return f"{text}^^{sparql_term(URIRef(term.datatype))}"
        return text
    raise QueryError(None, f"cannot bind {term!r}: give an IRI or a literal")


def with_values(sparql: str, bindings: Mapping[str, Identifier]) -> str:
    """``sparql`` with ``VALUES`` opening its outermost WHERE group: the bindings hold there.

    >>> with_values("SELECT ?n WHERE { ?s ?p ?n }", {"s": URIRef("http://x/a")})
    'SELECT ?n WHERE { VALUES (?s) { (<http://x/a>) } ?s ?p ?n }'
    """
    if not bindings:
        return sparql
    for name in bindings:
        if not _VARIABLE.match(name):
            raise QueryError(None, f"bad parameter name '{name}'; use letters, digits and '_'")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(sparql_term(term) for term in bindings.values())
    at = _where_brace(sparql) + 1
    return f"{sparql[:at]} VALUES ({names}) {{ ({values}) }}{sparql[at:]}"


_TOKEN = re.compile(
    r'(?P<skip>#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>)'
    r"|(?P<word>[A-Za-z]+)|(?P<open>\{)|(?P<close>\})",
)


def _where_brace(sparql: str) -> int:
    """Index of the ``{`` that opens the outermost WHERE group (skipping a CONSTRUCT template)."""
    depth = 0
    template = False
    for m in _TOKEN.finditer(sparql):
        if m.lastgroup == "word" and depth == 0:
            word = m.group().upper()
            if word == "CONSTRUCT":
                template = True
            elif word == "WHERE":
                template = False
        elif m.lastgroup == "open":
            if depth == 0 and not template:
                return m.start()
            depth += 1
        elif m.lastgroup == "close":
            depth -= 1
            if depth == 0:
                template = False
    raise QueryError(None, "cannot bind parameters: the query has no WHERE { ... } group")


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 3] + "..."
