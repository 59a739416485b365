"""Reading the shapes graph: what kind each node is, its single values, and the errors.

Every sh: predicate a node may carry is listed here; any other is an
:class:`~secgraph.errors.OntologyError` at compile time, never a silently skipped constraint.
"""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDFS, SH, XSD
from rdflib.term import Node

from ...errors import OntologyError
from ...vocab import RDF
from .._terms import local_name

__all__ = [
    "_classify",
    "_error",
    "_message",
    "_messages",
    "_name",
    "_severity",
    "_single_integer",
    "_sparql_path",
]


# sh: predicates each kind of node may carry; any other sh: predicate is unsupported.
_NON_VALIDATING = {SH.name, SH.description, SH.order, SH.group}
_NODE_KEYS = {SH.targetClass, SH.property, SH.sparql, SH.severity, SH.message} | _NON_VALIDATING
_PROPERTY_KEYS = {
    SH.path,
    SH.targetClass,
    SH.minCount,
    SH.maxCount,
    SH["class"],
    SH.datatype,
    SH.pattern,
    SH.hasValue,
    SH.lessThanOrEquals,
    SH.severity,
    SH.message,
} | _NON_VALIDATING
_SPARQL_KEYS = {SH.select, SH.message, SH.prefixes}
_DECLARE_KEYS = {SH.prefix, SH.namespace}
_PREFIXES_KEYS = {SH.declare}
_TARGETS = {SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target}


def _classify(shapes: Graph) -> dict[Node, str]:
    """Every node with an sh: predicate: node shape, property shape, SPARQL constraint, ..."""
    kinds: dict[Node, str] = {}
    for s in shapes.subjects(RDF.type, SH.NodeShape):
        kinds[s] = "node"
    for s in shapes.subjects(RDF.type, SH.PropertyShape):
        kinds[s] = "property"
    for s in shapes.subjects(SH.path, None):
        kinds[s] = "property"
    for o in shapes.objects(None, SH.property):
        kinds[o] = "property"
    for s in shapes.subjects(SH.targetClass, None):
        kinds.setdefault(s, "node")
    for o in shapes.objects(None, SH.sparql):
        kinds[o] = "sparql"
    for s in shapes.subjects(SH.declare, None):
        kinds.setdefault(s, "prefixes")
    for o in shapes.objects(None, SH.declare):
        kinds[o] = "declare"
    for o in shapes.objects(None, SH.prefixes):
        kinds.setdefault(o, "prefixes")
    allowed = {
        "node": _NODE_KEYS,
        "property": _PROPERTY_KEYS,
        "sparql": _SPARQL_KEYS,
        "declare": _DECLARE_KEYS,
        "prefixes": _PREFIXES_KEYS,
    }
    unsupported: set[str] = set()
    for s, p, _o in shapes:
        if not str(p).startswith(str(SH)):
            continue
        kind = kinds.get(s)
        if kind is None or p not in allowed[kind]:
            unsupported.add(_name(shapes, p))
    if unsupported:
        raise OntologyError(
            None,
            f"shapes: {', '.join(sorted(unsupported))} not supported by the SPARQL validator "
            "(where they are used); use secgraph.validate (pySHACL) for those shapes",
        )
    for s, kind in kinds.items():
        if kind in ("node", "property"):
            if any(True for _ in shapes.triples((s, SH.deactivated, None))):
                raise _error(shapes, s, "sh:deactivated is not supported")
            types = set(shapes.objects(s, RDF.type))
            if types & {RDFS.Class, OWL.Class}:
                raise _error(shapes, s, "implicit class targets (a shape that is a class)")
            if kind == "property" and (
                set(shapes.objects(s, SH.property)) or set(shapes.objects(s, SH.sparql))
            ):
                raise _error(shapes, s, "sh:property / sh:sparql on a property shape")
    return kinds


def _sparql_path(shapes: Graph, shape: Node, path: Node) -> str:
    if isinstance(path, URIRef):
        return f"<{path}>"
    if isinstance(path, BNode) and (path, RDF.first, None) in shapes:
        steps = list(Collection(shapes, path))
        if len(steps) >= 2 and all(isinstance(s, URIRef) for s in steps):
            return "/".join(f"<{s}>" for s in steps)
    raise _error(
        shapes, shape, "only predicate paths and sequences of predicates are supported in sh:path"
    )


def _single_integer(shapes: Graph, shape: Node, key: URIRef) -> int | None:
    values = list(shapes.objects(shape, key))
    if not values:
        return None
    value = values[0]
    if len(values) > 1 or not isinstance(value, Literal) or value.datatype != XSD.integer:
        raise _error(shapes, shape, f"{_name(shapes, key)} must be one xsd:integer")
    return int(value)


def _severity(shapes: Graph, shape: Node) -> str:
    values = list(shapes.objects(shape, SH.severity))
    if len(values) > 1:
        raise _error(shapes, shape, "at most one sh:severity per shape")
    return local_name(values[0]) if values else "Violation"


def _messages(shapes: Graph, node: Node) -> list[Node]:
    return list(shapes.objects(node, SH.message))


def _message(shapes: Graph, node: Node, *, owner: Node | None = None) -> str:
    messages = _messages(shapes, node)
    if len(messages) != 1 or not isinstance(messages[0], Literal):
        raise _error(
            shapes,
            owner if owner is not None else node,
            "every constraint needs exactly one sh:message literal (pySHACL would report "
            "a generated or an arbitrary one)",
        )
    return str(messages[0])


def _name(shapes: Graph, node: Node) -> str:
    if isinstance(node, URIRef):
        try:
            return shapes.namespace_manager.normalizeUri(node)
        except ValueError:
            return f"<{node}>"
    return str(node)


def _error(shapes: Graph, shape: Node, message: str) -> OntologyError:
    where = _name(shapes, shape) if isinstance(shape, URIRef) else "a blank-node shape"
    if isinstance(shape, BNode):
        parent = next(shapes.subjects(SH.property, shape), None)
        if parent is None:
            parent = next(shapes.subjects(SH.sparql, shape), None)
        path = next(shapes.objects(shape, SH.path), None)
        if parent is not None:
            where = f"{_name(shapes, parent)} (" + (
                f"property {_name(shapes, path)})" if path is not None else "blank node)"
            )
    return OntologyError(None, f"shapes: {where}: {message}")
