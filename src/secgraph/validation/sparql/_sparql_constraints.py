"""SHACL-SPARQL: an ``sh:sparql`` SELECT constraint, joined with its shape's focus nodes.

A constraint may also carry ``sgsh:selectAll``: the same SELECT written for every focus node
at once (sub-selects that Oxigraph reads once and hash-joins, where ``sh:select`` looks each
focus node's values up). It becomes the constraint's ``sparql_bulk``, which validating a whole
store uses from :data:`SCAN_FROM` focus nodes on; it must give the same solutions, duplicates
included, and the tests hold it to pySHACL's results for ``sh:select``. pySHACL ignores it.
"""

from __future__ import annotations

import re

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, SH
from rdflib.term import Node

from ...errors import QueryError
from ...store import _where_brace
from ...vocab import RDF
from ._compiled import CompiledConstraint, _target_pattern
from ._shapes import _error, _message, _severity

__all__ = ["SELECT_ALL", "_sparql_constraint"]

#: A SELECT equivalent to ``sh:select`` over every focus node at once (see the module docstring).
SELECT_ALL = URIRef("https://w3id.org/secgraph/shapes#selectAll")


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
    prefixes = _prefix_lines(shapes, shape, node)
    sparql = _joined(shapes, shape, str(selects[0]), prefixes, targets, nested=False)
    bulk = list(shapes.objects(node, SELECT_ALL))
    if len(bulk) > 1 or (bulk and not isinstance(bulk[0], Literal)):
        raise _error(shapes, shape, "sh:sparql takes at most one sgsh:selectAll literal")
    sparql_bulk = (
        _joined(shapes, shape, str(bulk[0]), prefixes, targets, nested=True) if bulk else None
    )
    return CompiledConstraint(
        sparql=sparql,
        shape=shape,
        component="SPARQL",
        path=None,
        severity=_severity(shapes, shape),
        message=_message(shapes, node, owner=shape),
        parameter=node,
        targets=targets,
        sparql_bulk=sparql_bulk,
    )


def _joined(
    shapes: Graph,
    shape: Node,
    text: str,
    prefixes: str,
    targets: tuple[URIRef, ...],
    *,
    nested: bool,
) -> str:
    """``text`` (``$this`` as ``?this``) with the focus nodes joined first in its WHERE group.

    ``nested`` allows sub-selects (``sgsh:selectAll``; in ``sh:select`` they would not see a
    pre-bound ``$this``). Errors name the property the text came from.
    """
    what = "sgsh:selectAll" if nested else "sh:select"
    checks = [
        (_FORBIDDEN, f"MINUS, VALUES and SERVICE are not allowed in {what}"),
        (
            re.compile(r"[$?](currentShape|shapesGraph|PATH|failure)\b"),
            "pre-bound variables other "
            "than $this ($currentShape, $shapesGraph, $PATH) and ?failure are not supported",
        ),
    ]
    if not nested:
        checks.append(
            (re.compile(r"(?i)\{\s*SELECT\b"), "nested SELECT in sh:select is not supported")
        )
    for bad, why in checks:
        if bad.search(text):
            raise _error(shapes, shape, why)
    if not _THIS.search(text):
        raise _error(shapes, shape, f"{what} must use $this")
    body = _THIS.sub("?this", text)
    projection = _PROJECTION.match(body)
    if projection is None:
        raise _error(shapes, shape, "sh:sparql supports SELECT queries only")
    projected = projection.group(1)
    if projected.strip() != "*" and not re.search(r"\?this\b", projected):
        raise _error(shapes, shape, f"{what} must project $this (SELECT $this ...)")
    try:
        at = _where_brace(body) + 1
    except QueryError as err:
        raise _error(shapes, shape, f"{what} has no WHERE {{ ... }} group") from err
    return f"{prefixes}{body[:at]}\n{_target_pattern(targets)}\n{body[at:]}"


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
