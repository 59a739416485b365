"""Compiling a shapes graph: each property constraint as one SELECT, in two forms.

``sparql`` looks each focus node up; ``sparql_bulk`` scans the path's statements once and
hash-joins them with the focus nodes. Where SPARQL and pySHACL may differ, the query keeps
every candidate that does not certainly conform, for Python to decide (:mod:`._rows`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import SH, XSD
from rdflib.term import Node

from ...store import sparql_term
from ._compiled import CompiledConstraint, CompiledShapes, _instance_of, _target_pattern
from ._shapes import (
    _classify,
    _error,
    _message,
    _messages,
    _severity,
    _single_integer,
    _sparql_path,
)
from ._sparql_constraints import _sparql_constraint

__all__ = ["compile_shapes"]


def compile_shapes(shapes: Graph) -> CompiledShapes:
    """Compile a shapes graph; raise OntologyError for a feature this validator lacks."""
    kinds = _classify(shapes)
    constraints: list[CompiledConstraint] = []
    for shape in sorted((s for s, k in kinds.items() if k in ("node", "property")), key=str):
        classes = sorted(shapes.objects(shape, SH.targetClass), key=str)
        if not classes:
            continue  # pySHACL validates a shape only through its targets
        for cls in classes:
            if not isinstance(cls, URIRef):
                raise _error(shapes, shape, "sh:targetClass must be an IRI")
        targets = tuple(c for c in classes if isinstance(c, URIRef))
        if kinds[shape] == "property":
            constraints.extend(_property_constraints(shapes, shape, targets))
            continue
        for prop in sorted(shapes.objects(shape, SH.property), key=str):
            constraints.extend(_property_constraints(shapes, prop, targets))
        sparqls = sorted(shapes.objects(shape, SH.sparql), key=str)
        if sparqls and _messages(shapes, shape):
            raise _error(
                shapes, shape, "a node shape with sh:sparql must not have its own sh:message"
            )
        for node in sparqls:
            constraints.append(_sparql_constraint(shapes, shape, node, targets))
    return CompiledShapes(constraints=tuple(constraints))


def _property_constraints(
    shapes: Graph, shape: Node, targets: tuple[URIRef, ...]
) -> Iterator[CompiledConstraint]:
    paths = list(shapes.objects(shape, SH.path))
    if len(paths) != 1:
        raise _error(shapes, shape, "a property shape needs exactly one sh:path")
    path = paths[0]
    sparql_path = _sparql_path(shapes, shape, path)
    severity = _severity(shapes, shape)
    message = _message(shapes, shape)
    target = _target_pattern(targets)
    # The bulk forms join the type statements themselves, not a DISTINCT subquery (which
    # costs a hash set of every focus node, 0.2-0.4 s per constraint at 100,000 articles):
    # a node typed twice gives the same row twice, and the outer SELECT DISTINCT drops it.
    instances = _instance_of("?this", "?secgraphTargetClass", targets)

    def make(
        component: str, forms: tuple[str, str | None], parameter: Node | None = None
    ) -> CompiledConstraint:
        return CompiledConstraint(
            sparql=forms[0],
            shape=shape,
            component=component,
            path=path,
            severity=severity,
            message=message,
            parameter=parameter,
            targets=targets,
            sparql_bulk=forms[1],
        )

    def joined(
        variables: str,
        candidates: str,
        tail: str = "",
        *,
        distinct: bool = True,
        bulk_candidates: str | None = None,
    ) -> tuple[str, str]:
        """``candidates`` joined with the focus nodes: looked up per node, or computed in bulk.

        The bulk form computes the candidates over every subject first: a join commutes, and
        a node's candidates do not depend on whether it is a focus node. Oxigraph hash-joins
        a subquery with the focus nodes (a scan) where it would look each focus node's values
        up (a RocksDB seek each: three to four times slower for 100,000 focus nodes).
        """
        select = f"DISTINCT {variables}" if distinct else variables
        bulk = candidates if bulk_candidates is None else bulk_candidates
        return (
            f"SELECT {select} WHERE {{\n{target}\n{candidates}\n}}{tail}",
            f"SELECT DISTINCT {variables} WHERE {{\n{instances}\n"
            f"{{ SELECT {variables} WHERE {{\n{bulk}\n}}{tail} }}\n}}",
        )

    def without(pattern: str) -> tuple[str, str]:
        """The focus nodes that do not match ``pattern`` (which binds ``?this``).

        FILTER NOT EXISTS tests each focus node; MINUS removes the focus nodes found among
        all the pattern's subjects (``?this``, bound on both sides, is the shared variable,
        so the two are equal), one hash join: faster for many focus nodes.
        """
        return (
            f"SELECT ?this WHERE {{\n{target}\nFILTER NOT EXISTS {{ {pattern} }}\n}}",
            f"SELECT DISTINCT ?this WHERE {{\n{instances}\nMINUS {{ {pattern} }}\n}}",
        )

    pair = f"?this {sparql_path} ?value ."
    n = _single_integer(shapes, shape, SH.minCount)
    if n == 1:
        yield make("MinCount", without(pair))  # fewer than one value: no value
    elif n is not None:
        general = (
            f"SELECT ?this WHERE {{\n{target}\nOPTIONAL {{ {pair} }}\n}}\n"
            f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) < {n})"
        )
        yield make("MinCount", (general, None))
    n = _single_integer(shapes, shape, SH.maxCount)
    if n is not None:  # a node without values never has too many: a join, not OPTIONAL
        yield make(
            "MaxCount",
            joined(
                "?this",
                pair,
                f" GROUP BY ?this HAVING (COUNT(DISTINCT ?value) > {n})",
                distinct=False,
            ),
        )
    for cls in sorted(shapes.objects(shape, SH["class"]), key=str):
        if not isinstance(cls, URIRef):
            raise _error(shapes, shape, "sh:class must be an IRI")
        instance = _instance_of("?value", "?secgraphValueClass", [cls])
        yield make("Class", joined("?this ?value", f"{pair}\nMINUS {{ {instance} }}"), cls)
    datatypes = list(shapes.objects(shape, SH.datatype))
    if len(datatypes) > 1:
        raise _error(shapes, shape, "at most one sh:datatype per shape")
    for dt in datatypes:
        if not isinstance(dt, URIRef):
            raise _error(shapes, shape, "sh:datatype must be an IRI")
        surely = _surely_datatype("?value", dt)
        yield make(
            "Datatype",
            joined("?this ?value", f"{pair}\nFILTER (!COALESCE({surely}, false))"),
            dt,
        )
    for pattern in sorted(shapes.objects(shape, SH.pattern), key=str):
        if not isinstance(pattern, Literal):
            raise _error(shapes, shape, "sh:pattern must be a literal")
        try:
            re.compile(str(pattern))
        except re.error as err:
            raise _error(shapes, shape, f"bad sh:pattern {str(pattern)!r} ({err})") from err
        # Decided in Python (pySHACL uses Python's re, not XPath regular expressions).
        yield make("Pattern", joined("?this ?value", pair), pattern)
    for value in sorted(shapes.objects(shape, SH.hasValue), key=str):
        if isinstance(value, BNode):
            raise _error(shapes, shape, "sh:hasValue must be an IRI or a literal")
        has = f"?this {sparql_path} {sparql_term(value)} ."  # type: ignore[arg-type]
        yield make("HasValue", without(has), value)
    for other in sorted(shapes.objects(shape, SH.lessThanOrEquals), key=str):
        if not isinstance(other, URIRef):
            raise _error(shapes, shape, "sh:lessThanOrEquals must be a property IRI")
        surely = (
            f"{_surely_datatype('?value', XSD.date)} && {_surely_datatype('?other', XSD.date)}"
            " && STR(?value) <= STR(?other)"
        )
        # In bulk, both properties are scanned and hash-joined (subqueries), not the second
        # looked up for every subject of the first: the same join of the same two patterns.
        pairs = (
            f"{{ SELECT ?this ?value WHERE {{ {pair} }} }}\n"
            f"{{ SELECT ?this ?other WHERE {{ ?this <{other}> ?other . }} }}"
        )
        check = f"FILTER (!COALESCE({surely}, false))"
        yield make(
            "LessThanOrEquals",
            joined(
                "?this ?value ?other",
                f"{pair}\n?this <{other}> ?other .\n{check}",
                bulk_candidates=f"{pairs}\n{check}",
            ),
            other,
        )


def _surely_datatype(var: str, dt: URIRef) -> str:
    """A SPARQL condition true only for literals pySHACL surely accepts as ``dt``.

    Anything else (an error counts as false) goes to Python to be decided by pySHACL's rules.
    """
    if dt == XSD.string:
        return f"isLiteral({var}) && datatype({var}) = <{XSD.string}>"
    if dt == XSD.date:
        return (
            f"datatype({var}) = <{XSD.date}>"
            f' && REGEX(STR({var}), "^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$")'
            f" && STR(<{XSD.date}>(STR({var}))) = STR({var})"
        )
    return "false"
