"""Turtle statements for one article's triples, written as the build reads the fact file.

A full build loads every article as a TriG block (``<graph> { statements }``) and keeps the
statements, so that exporting the corpus as Turtle or TriG is a concatenation (seconds at
100,000 articles) instead of a dump of the store (about a minute). The statements use the
prefixes of :data:`WRITE_PREFIXES`, which the document's head declares; IRIs whose local part
is not a plain Turtle name are written in full.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import XSD, BNode, Literal, URIRef
from rdflib.term import Node

from ._protocol import _WRITE_PREFIXES as WRITE_PREFIXES
from ._terms import XSD_STRING

__all__ = ["PREFIX_HEADER", "WRITE_PREFIXES", "base_trig", "base_turtle", "turtle_statements"]

Triple = tuple[Node, Node, Node]

#: ``@prefix`` lines for :data:`WRITE_PREFIXES`: what :func:`turtle_statements` text needs
#: before it to parse on its own (:func:`base_trig` and :func:`base_turtle` declare them too).
PREFIX_HEADER = "".join(f"@prefix {k}: <{v}> .\n" for k, v in WRITE_PREFIXES.items()).encode()

# A conservative PN_LOCAL: no escapes, no ':' and no '.' at either end.
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?\Z")
_BY_LENGTH = sorted(WRITE_PREFIXES.items(), key=lambda item: -len(item[1]))
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_INTEGER = re.compile(r"[+-]?[0-9]+\Z")
_RDF_TYPE_NAME = "rdf:type"
_XSD_INTEGER = str(XSD.integer)


def turtle_statements(triples: Iterable[Triple], names: dict[Node, str] | None = None) -> str:
    """Turtle statements for ``triples``, one block per subject (in order of first
    appearance), objects of one predicate joined by commas. ``names`` caches IRI -> written
    form across calls. Blank nodes are refused: their labels would be shared by every block
    of a document, and secgraph's article graphs have none.

    >>> from rdflib import Literal, URIRef
    >>> from rdflib import RDF, RDFS
    >>> s = URIRef("https://w3id.org/secgraph/id/country/PAK")
    >>> country = URIRef("https://w3id.org/secgraph/ontology#Country")
    >>> triples = [(s, RDF.type, country), (s, RDFS.label, Literal("Pakistan", lang="en"))]
    >>> print(turtle_statements(triples), end="")
    country:PAK a sg:Country ;
        rdfs:label "Pakistan"@en .
    """
    names = {} if names is None else names
    subjects: dict[Node, dict[Node, list[str]]] = {}
    for s, p, o in triples:
        predicates = subjects.get(s)
        if predicates is None:
            predicates = subjects[s] = {}
        objects = predicates.get(p)
        if objects is None:
            objects = predicates[p] = []
        objects.append(_literal(o, names) if isinstance(o, Literal) else _iri(o, names))
    out: list[str] = []
    for s, predicates in subjects.items():
        lines = [
            f"{_predicate(p, names)} {' , '.join(dict.fromkeys(objects))}"
            for p, objects in predicates.items()
        ]
        out.append(f"{_iri(s, names)} " + " ;\n    ".join(lines) + " .\n")
    return "".join(out)


def _iri(term: Node, names: dict[Node, str]) -> str:
    written = names.get(term)
    if written is not None:
        return written
    if not isinstance(term, URIRef):
        kind = "blank node" if isinstance(term, BNode) else type(term).__name__
        raise ValueError(f"{kind} {term!r} cannot be written in a Turtle block")
    text = str(term)
    written = term.n3()  # checks the IRI
    for prefix, namespace in _BY_LENGTH:
        if text.startswith(namespace) and _LOCAL.match(text, len(namespace)):
            written = f"{prefix}:{text[len(namespace) :]}"
            break
    names[term] = written
    return written


def _predicate(term: Node, names: dict[Node, str]) -> str:
    written = _iri(term, names)
    return "a" if written == _RDF_TYPE_NAME else written


def _literal(literal: Literal, names: dict[Node, str]) -> str:
    value = str(literal)
    datatype = literal.datatype
    if datatype is not None and str(datatype) == _XSD_INTEGER and _INTEGER.match(value):
        return value
    text = f'"{value.translate(_ESCAPES)}"'
    if literal.language:
        return f"{text}@{literal.language}"
    if datatype is not None and str(datatype) != XSD_STRING:
        return f"{text}^^{_iri(datatype, names)}"
    return text


def base_trig(nquads: bytes) -> bytes:
    """TriG of these N-Quads (the ontology and reference graphs), declaring
    :data:`WRITE_PREFIXES`: the head of a TriG document whose blocks use them."""
    quads = ox.parse(nquads, format=ox.RdfFormat.N_QUADS)
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=WRITE_PREFIXES) or b""


def base_turtle(nquads: bytes) -> bytes:
    """Turtle of the union of these N-Quads' graphs, declaring :data:`WRITE_PREFIXES`."""
    triples = dict.fromkeys(q.triple for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=WRITE_PREFIXES) or b""
