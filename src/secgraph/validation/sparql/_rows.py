"""Query rows to results, deciding in Python, by pySHACL's rules, what SPARQL could not."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDFS, XSD
from rdflib.term import Node

from ...errors import QueryError
from ...vocab import RDF
from .._terms import curie, result_term
from ._compiled import CompiledConstraint

__all__ = ["_results"]


def _results(
    c: CompiledConstraint, variables: Sequence[str], rows: Iterable[Sequence[Any]]
) -> Iterator[tuple[Node, dict[str, Any]]]:
    shape = None if isinstance(c.shape, BNode) else curie(c.shape)

    def fields(value: Node | None, message: str, path: Node | None) -> dict[str, Any]:
        return {
            "severity": c.severity,
            "message": message,
            "path": result_term(path),
            "value": result_term(value),
            "constraint": c.component,
            "shape": shape,
        }

    index = {v: i for i, v in enumerate(variables)}
    if c.component == "SPARQL":
        yield from _sparql_results(c, variables, rows, fields)
        return
    for row in rows:
        this = row[index["this"]]
        value = row[index["value"]] if "value" in index else None
        if c.component == "Datatype" and _datatype_ok(value, c.parameter):
            continue
        if c.component == "Pattern" and _pattern_ok(value, c.parameter):
            continue
        if c.component == "LessThanOrEquals" and _less_or_equal(value, row[index["other"]]):
            continue
        yield this, fields(value, c.message, c.path)


def _sparql_results(
    c: CompiledConstraint,
    variables: Sequence[str],
    rows: Iterable[Sequence[Any]],
    fields: Any,
) -> Iterator[tuple[Node, dict[str, Any]]]:
    """One result per distinct solution, as pySHACL's SPARQLBasedConstraint."""
    seen: set[tuple[Any, ...]] = set()
    for row in rows:
        bound = {v: t for v, t in zip(variables, row, strict=True) if t is not None}
        path = bound.pop("path", None)
        value = bound.pop("value", None)
        this = bound.pop("this")
        key = (this, path, value, tuple(bound.items()))
        if key in seen:
            continue
        seen.add(key)
        value = this if value is None else value  # a node shape reports $this as the value
        substitutions = {**bound, "this": this}
        if path is not None:
            substitutions["path"] = path
        substitutions["value"] = value
        message = c.message
        for var, val in substitutions.items():
            message = re.sub(f"{{[?$]{var}}}", str(val), message)
        yield this, fields(value, message, path)


# pySHACL's decisions, replicated for the candidates SPARQL could not settle ------------------


def _datatype_ok(value: Node | None, datatype: Node | None) -> bool:
    """pySHACL's DatatypeConstraintComponent for one value node."""
    if not isinstance(value, Literal):
        return False
    if value.datatype == datatype:
        if getattr(value, "ill_typed", None) is True:
            return False
        return _actual_datatype(value, datatype)
    if datatype == RDFS.Literal:
        return True
    if datatype == RDFS.Datatype and value.datatype:
        return True
    if value.datatype is None and value.language is None and datatype == XSD.string:
        return _actual_datatype(value, datatype)
    if datatype == RDF.langString and value.language:
        return _actual_datatype(value, datatype)
    return False


def _actual_datatype(value: Literal, datatype: Node | None) -> bool:
    from datetime import date, datetime, time
    from decimal import Decimal

    python = value.value
    checks: dict[Node, type | tuple[type, ...]] = {
        XSD.string: (str, bytes),
        RDF.langString: (str, bytes),
        XSD.integer: int,
        XSD.float: float,
        XSD.decimal: Decimal,
        XSD.boolean: bool,
        XSD.date: date,
        XSD.time: time,
        XSD.dateTime: datetime,
    }
    kind = checks.get(datatype)  # type: ignore[arg-type]
    return True if kind is None else isinstance(python, kind)


def _pattern_ok(value: Node | None, pattern: Node | None) -> bool:
    """pySHACL's PatternConstraintComponent (Python ``re``, search anywhere)."""
    if value is None or isinstance(value, BNode):
        return False
    if (
        isinstance(value, Literal)
        and value.value is not None
        and (value.datatype in (None, RDF.langString, XSD.string))
    ):
        text = str(value.value)
    else:
        text = str(value)
    assert isinstance(pattern, Literal)
    source = (
        str(pattern.value) if pattern.value is not None and len(pattern.value) > 1 else str(pattern)
    )
    return re.compile(source).search(text) is not None


def _less_or_equal(value: Any, other: Any) -> bool:
    """pySHACL's LessThanOrEqualsConstraintComponent for one pair (True: conforms)."""
    if isinstance(value, BNode) or isinstance(other, BNode):
        raise QueryError(None, "sh:lessThanOrEquals cannot compare a blank node")
    left, left_string = _comparable(value)
    right, right_string = _comparable(other)
    if left_string != right_string:
        return False
    return bool(left <= right)


def _comparable(term: Any) -> tuple[Any, bool]:
    if isinstance(term, URIRef):
        return str(term), True
    if isinstance(term, Literal) and isinstance(term.value, str):
        return term.value, True
    return term, False
