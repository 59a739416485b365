"""The compiled form: constraints as SPARQL text, with the marks :func:`validate_store` rewrites.

Compiling writes the focus nodes as :func:`_target_pattern` (with :data:`_FOCUS_MARK`, to
become the focus nodes' VALUES) and class membership as :func:`_instance_of`; validating finds
the latter again by :data:`_INSTANCE_OF` and puts each class's subclass closure in its place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rdflib import URIRef
from rdflib.namespace import RDFS
from rdflib.term import Node

from ...vocab import RDF

__all__ = [
    "_FOCUS_MARK",
    "_INSTANCE_OF",
    "CompiledConstraint",
    "CompiledShapes",
    "_instance_of",
    "_target_pattern",
]


_FOCUS_MARK = "# secgraph:focus"
_TYPE_PATH = f"<{RDF.type}>/<{RDFS.subClassOf}>*"


@dataclass(frozen=True)
class CompiledConstraint:
    """One SHACL constraint as one SPARQL SELECT over all focus nodes.

    ``sparql`` returns ``?this`` (and ``?value``, ``?other`` or the SELECT's own variables):
    it finds the focus nodes, then looks each one's values up. ``sparql_bulk``, where given,
    returns the same from the candidates over every subject of the path, joined with the
    focus nodes: faster from a few thousand focus nodes on (:data:`SCAN_FROM`).
    ``targets`` are the shape's target classes; ``component`` is the constraint component's
    local name as in reports (``MinCount``); ``parameter`` is the constraint's value (the
    class, datatype, pattern, ...), used where candidates are decided in Python; ``shape`` is
    the shape reported as ``sh:sourceShape``.
    """

    sparql: str
    shape: Node
    component: str
    path: Node | None
    severity: str
    message: str
    parameter: Node | None = None
    targets: tuple[URIRef, ...] = ()
    sparql_bulk: str | None = None


@dataclass(frozen=True)
class CompiledShapes:
    constraints: tuple[CompiledConstraint, ...]


def _target_pattern(classes: Sequence[Node]) -> str:
    """The focus nodes of ``sh:targetClass classes``, each once."""
    return (
        "{ SELECT DISTINCT ?this WHERE {\n"
        f"    {_FOCUS_MARK}\n"
        f"    {_instance_of('?this', '?secgraphTargetClass', classes)}\n"
        "} }"
    )


def _instance_of(node: str, var: str, classes: Iterable[Node]) -> str:
    """``node`` is a SHACL instance of one of ``classes``: ``rdf:type/rdfs:subClassOf*``.

    ``var`` is a fresh ``?secgraph...`` variable. :func:`validate_store` rewrites exactly this
    text (:data:`_INSTANCE_OF`) to a plain ``rdf:type`` over the classes' subclass closure.

    >>> text = _instance_of("?x", "?secgraphC", [URIRef("urn:C")])
    >>> print(text.replace(str(RDF), "rdf:").replace(str(RDFS), "rdfs:"))
    VALUES ?secgraphC { <urn:C> }
        ?x <rdf:type>/<rdfs:subClassOf>* ?secgraphC .
    """
    values = " ".join(f"<{c}>" for c in classes)
    return f"VALUES {var} {{ {values} }}\n    {node} {_TYPE_PATH} {var} ."


_INSTANCE_OF = re.compile(
    r"VALUES (?P<var>\?secgraph[A-Za-z]+) \{ (?P<classes>(?:<[^<>\s]*> )+)\}\n"
    r"(?P<indent>[ ]*)(?P<node>\?[A-Za-z]+) " + re.escape(_TYPE_PATH) + r" (?P=var) \."
)
