"""How a result names RDF terms: CURIEs with the project's prefixes, and back.

A :class:`~secgraph.validation.ValidationResult` keeps its focus node, path and value as text
(``sg:Meeting``, ``id:country/PAK``), so that a report reads well and is stored as it is shown.
:func:`curie` writes that text and :func:`expand` reads it back; every engine and pass uses
this one pair, so the same node always has the same text.
"""

from __future__ import annotations

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..vocab import PREFIXES

__all__ = ["curie", "expand", "local_name", "result_term"]


def curie(term: Node) -> str:
    """``term`` as a CURIE with the first of :data:`secgraph.vocab.PREFIXES` (not rdf, rdfs)
    that fits.

    >>> curie(URIRef("https://w3id.org/secgraph/id/country/PAK"))
    'id:country/PAK'
    >>> curie(URIRef("urn:x:tiny")), curie(Literal("PAK"))
    ('urn:x:tiny', 'PAK')
    """
    text = str(term)
    if isinstance(term, URIRef):
        for prefix, ns in PREFIXES.items():
            if text.startswith(ns) and prefix not in ("rdf", "rdfs"):
                return f"{prefix}:{text[len(ns) :]}"
    return text


def expand(text: str) -> URIRef:
    """The IRI a :func:`curie` text stands for (an IRI that is not a CURIE stays as it is).

    >>> expand("id:country/PAK")
    rdflib.term.URIRef('https://w3id.org/secgraph/id/country/PAK')
    >>> expand("https://example.org/x")
    rdflib.term.URIRef('https://example.org/x')
    """
    prefix, _, rest = text.partition(":")
    ns = PREFIXES.get(prefix)
    return URIRef(ns + rest) if ns and not rest.startswith("//") else URIRef(text)


def local_name(term: Node) -> str:
    """The local name of a SHACL term as reports show it (``sh:MinCountConstraintComponent``
    -> ``MinCount``, ``sh:Violation`` -> ``Violation``)."""
    text = str(term)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[-1]
    return text.removesuffix("ConstraintComponent")


def result_term(term: Node | None) -> str | None:
    """A result's path or value as text: None for a blank node, a literal's lexical form."""
    if term is None or isinstance(term, BNode):
        return None
    if isinstance(term, Literal):
        return str(term)
    return curie(term)
