"""SHACL-SPARQL: an ``sh:sparql`` SELECT constraint, joined with its shape's focus nodes."""

from __future__ import annotations

import re

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, SH
from rdflib.term import Node

from ..errors import QueryError
from ..store import _where_brace
from ..vocab import RDF
from ._compiled import CompiledConstraint, _target_pattern
from ._shapes import _error, _message, _severity

__all__ = ["_sparql_constraint"]


_THIS = re.compile(r"\$this\b")
_FORBIDDEN = re.compile(r"(?i)\b(MINUS|VALUES|SERVICE)\b")
_PROJECTION = re.compile(
    r"(?is)^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
    r"SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(.*?)\s*(?:WHERE\b|\{)"
)


def _sparql_constraint(
    shapes: Graph, shape: Node, node: Node, targets: tuple[URIRef, ...]
) -> CompiledConstraint:
    selects = list(shapes.objects(node, SH.select))
    if len(selects) != 1 or not isinstance(selects[0], Literal):
        raise _error(shapes, shape, "sh:sparql needs exactly one sh:select literal")
    text = str(selects[0])
    for bad, why in (
        (_FORBIDDEN, "MINUS, VALUES and SERVICE are not allowed in sh:select"),
        (
            re.compile(r"[$?](currentShape|shapesGraph|PATH|failure)\b"),
            "pre-bound variables other "
            "than $this ($currentShape, $shapesGraph, $PATH) and ?failure are not supported",
        ),
        (re.compile(r"(?i)\{\s*SELECT\b"), "nested SELECT in sh:select is not supported"),
    ):
        if bad.search(text):
            raise _error(shapes, shape, why)
    if not _THIS.search(text):
        raise _error(shapes, shape, "sh:select must use $this")
    body = _THIS.sub("?this", text)
    prefixes = _prefix_lines(shapes, shape, node)
    projection = _PROJECTION.match(body)
    if projection is None:
        raise _error(shapes, shape, "sh:sparql supports SELECT queries only")
    projected = projection.group(1)
    if projected.strip() != "*" and not re.search(r"\?this\b", projected):
        raise _error(shapes, shape, "sh:select must project $this (SELECT $this ...)")
    try:
        at = _where_brace(body) + 1
    except QueryError as err:
        raise _error(shapes, shape, "sh:select has no WHERE { ... } group") from err
    sparql = f"{prefixes}{body[:at]}\n{_target_pattern(targets)}\n{body[at:]}"
    return CompiledConstraint(
        sparql=sparql,
        shape=shape,
        component="SPARQL",
        path=None,
        severity=_severity(shapes, shape),
        message=_message(shapes, node, owner=shape),
        parameter=node,
        targets=targets,
    )


def _prefix_lines(shapes: Graph, shape: Node, node: Node) -> str:
    """PREFIX lines from sh:prefixes, collected the way pySHACL does."""
    ontologies = set(shapes.subjects(RDF.type, OWL.Ontology))
    global_declares = {d for o in ontologies for d in shapes.objects(o, SH.declare)}
    found: dict[str, str] = {}
    for source in shapes.objects(node, SH.prefixes):
        own = set(shapes.objects(source, SH.declare))
        declares = own if own and source in ontologies else global_declares | own
        for dec in declares:
            prefix = list(shapes.objects(dec, SH.prefix))
            namespace = list(shapes.objects(dec, SH.namespace))
            if len(prefix) != 1 or len(namespace) != 1:
                raise _error(shapes, shape, "sh:declare needs one sh:prefix and one sh:namespace")
            name, ns = str(prefix[0]), str(namespace[0])
            if found.get(name, ns) != ns:
                raise _error(shapes, shape, f"prefix '{name}' is declared twice")
            found[name] = ns
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(found.items()))
