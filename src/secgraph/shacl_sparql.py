"""SHACL compiled to SPARQL: each constraint runs once over every focus node, in the store.

pySHACL validates one focus node at a time in Python (about 30-50 ms per article with our
shapes, and a SHACL-SPARQL constraint is one query per focus node). Here every constraint of
``ontology/shapes.ttl`` becomes one SELECT over the whole store (or over chunks of the given
focus nodes) that returns only the violating focus nodes and values, so the store's query
engine (Oxigraph: milliseconds to a second over millions of triples) does the work.

The contract is equality: :func:`validate_store` gives the same :class:`~secgraph.validate.Report`
as :func:`secgraph.validate.validate` (pySHACL) on the same data. Where SPARQL and pySHACL's
Python semantics may differ (``sh:datatype`` on ill-typed literals, ``sh:pattern`` as a Python
regular expression, ``sh:lessThanOrEquals`` as rdflib's ``<=``), the query only drops rows that
certainly conform and the remaining candidates are decided in Python by pySHACL's own rules.

Only the SHACL features that ``shapes.ttl`` uses are supported; any other feature is an
:class:`~secgraph.errors.OntologyError` at compile time, never a silently skipped constraint:

- targets: ``sh:targetClass`` (instances of subclasses too, by ``rdfs:subClassOf*`` in the data);
- node shapes with ``sh:property`` and ``sh:sparql``; property shapes with a predicate path or a
  sequence of predicates;
- ``sh:minCount``, ``sh:maxCount``, ``sh:class``, ``sh:datatype``, ``sh:pattern`` (no
  ``sh:flags``), ``sh:hasValue``, ``sh:lessThanOrEquals``;
- ``sh:severity``, ``sh:message`` (exactly one per constraint), and SPARQL SELECT constraints
  whose SELECT projects ``$this`` (``sh:prefixes`` / ``sh:declare``; ``{?var}`` in messages).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDFS, SH, XSD
from rdflib.term import Node

from .errors import OntologyError, QueryError
from .store import Store, _where_brace, sparql_term
from .validate import Report, ValidationResult, _curie, _local, _term
from .vocab import PROV, RDF, SG

__all__ = ["CompiledConstraint", "CompiledShapes", "compile_shapes", "validate_store"]

#: Focus nodes per query when ``focus`` is given, and per location query.
CHUNK = 2000

_FOCUS_MARK = "# secgraph:focus"
_TYPE_PATH = f"<{RDF.type}>/<{RDFS.subClassOf}>*"

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


@dataclass(frozen=True)
class CompiledConstraint:
    """One SHACL constraint as one SPARQL SELECT over all focus nodes.

    ``sparql`` returns ``?this`` (and ``?value``, ``?other`` or the SELECT's own variables);
    ``component`` is the constraint component's local name as in reports (``MinCount``);
    ``parameter`` is the constraint's value (the class, datatype, pattern, ...), used where
    candidates are decided in Python; ``shape`` is the shape reported as ``sh:sourceShape``.
    """

    sparql: str
    shape: Node
    component: str
    path: Node | None
    severity: str
    message: str
    parameter: Node | None = None


@dataclass(frozen=True)
class CompiledShapes:
    constraints: tuple[CompiledConstraint, ...]


# ---------------------------------------------------------------------------------------------
# Compiling
# ---------------------------------------------------------------------------------------------


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
        target = _target_pattern(classes)
        if kinds[shape] == "property":
            constraints.extend(_property_constraints(shapes, shape, target))
            continue
        for prop in sorted(shapes.objects(shape, SH.property), key=str):
            constraints.extend(_property_constraints(shapes, prop, target))
        sparqls = sorted(shapes.objects(shape, SH.sparql), key=str)
        if sparqls and _messages(shapes, shape):
            raise _error(
                shapes, shape, "a node shape with sh:sparql must not have its own sh:message"
            )
        for node in sparqls:
            constraints.append(_sparql_constraint(shapes, shape, node, target))
    return CompiledShapes(constraints=tuple(constraints))


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


def _target_pattern(classes: Sequence[Node]) -> str:
    values = " ".join(f"<{c}>" for c in classes)
    return (
        "{ SELECT DISTINCT ?this WHERE {\n"
        f"    {_FOCUS_MARK}\n"
        f"    VALUES ?secgraphTargetClass {{ {values} }}\n"
        f"    ?this {_TYPE_PATH} ?secgraphTargetClass .\n"
        "} }"
    )


def _property_constraints(shapes: Graph, shape: Node, target: str) -> Iterator[CompiledConstraint]:
    paths = list(shapes.objects(shape, SH.path))
    if len(paths) != 1:
        raise _error(shapes, shape, "a property shape needs exactly one sh:path")
    path = paths[0]
    sparql_path = _sparql_path(shapes, shape, path)
    severity = _severity(shapes, shape)
    message = _message(shapes, shape)

    def make(component: str, sparql: str, parameter: Node | None = None) -> CompiledConstraint:
        return CompiledConstraint(
            sparql=sparql,
            shape=shape,
            component=component,
            path=path,
            severity=severity,
            message=message,
            parameter=parameter,
        )

    pair = f"?this {sparql_path} ?value ."
    n = _single_integer(shapes, shape, SH.minCount)
    if n is not None:
        yield make(
            "MinCount",
            f"SELECT ?this WHERE {{\n{target}\nOPTIONAL {{ {pair} }}\n}}\n"
            f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) < {n})",
        )
    n = _single_integer(shapes, shape, SH.maxCount)
    if n is not None:
        yield make(
            "MaxCount",
            f"SELECT ?this WHERE {{\n{target}\n{pair}\n}}\n"
            f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) > {n})",
        )
    for cls in sorted(shapes.objects(shape, SH["class"]), key=str):
        if not isinstance(cls, URIRef):
            raise _error(shapes, shape, "sh:class must be an IRI")
        yield make(
            "Class",
            f"SELECT DISTINCT ?this ?value WHERE {{\n{target}\n{pair}\n"
            f"MINUS {{ ?value {_TYPE_PATH} <{cls}> }}\n}}",
            cls,
        )
    datatypes = list(shapes.objects(shape, SH.datatype))
    if len(datatypes) > 1:
        raise _error(shapes, shape, "at most one sh:datatype per shape")
    for dt in datatypes:
        if not isinstance(dt, URIRef):
            raise _error(shapes, shape, "sh:datatype must be an IRI")
        yield make(
            "Datatype",
            f"SELECT DISTINCT ?this ?value WHERE {{\n{target}\n{pair}\n"
            f"FILTER (!COALESCE({_surely_datatype('?value', dt)}, false))\n}}",
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
        yield make(
            "Pattern", f"SELECT DISTINCT ?this ?value WHERE {{\n{target}\n{pair}\n}}", pattern
        )
    for value in sorted(shapes.objects(shape, SH.hasValue), key=str):
        if isinstance(value, BNode):
            raise _error(shapes, shape, "sh:hasValue must be an IRI or a literal")
        yield make(
            "HasValue",
            f"SELECT ?this WHERE {{\n{target}\n"
            f"FILTER NOT EXISTS {{ ?this {sparql_path} {sparql_term(value)} }}\n}}",  # type: ignore[arg-type]
            value,
        )
    for other in sorted(shapes.objects(shape, SH.lessThanOrEquals), key=str):
        if not isinstance(other, URIRef):
            raise _error(shapes, shape, "sh:lessThanOrEquals must be a property IRI")
        surely = (
            f"{_surely_datatype('?value', XSD.date)} && {_surely_datatype('?other', XSD.date)}"
            " && STR(?value) <= STR(?other)"
        )
        yield make(
            "LessThanOrEquals",
            f"SELECT DISTINCT ?this ?value ?other WHERE {{\n{target}\n{pair}\n"
            f"?this <{other}> ?other .\nFILTER (!COALESCE({surely}, false))\n}}",
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
    return _local(values[0]) if values else "Violation"


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


# SHACL-SPARQL ------------------------------------------------------------------------------------

_THIS = re.compile(r"\$this\b")
_FORBIDDEN = re.compile(r"(?i)\b(MINUS|VALUES|SERVICE)\b")
_PROJECTION = re.compile(
    r"(?is)^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
    r"SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(.*?)\s*(?:WHERE\b|\{)"
)


def _sparql_constraint(shapes: Graph, shape: Node, node: Node, target: str) -> CompiledConstraint:
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
    sparql = f"{prefixes}{body[:at]}\n{target}\n{body[at:]}"
    return CompiledConstraint(
        sparql=sparql,
        shape=shape,
        component="SPARQL",
        path=None,
        severity=_severity(shapes, shape),
        message=_message(shapes, node, owner=shape),
        parameter=node,
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


# ---------------------------------------------------------------------------------------------
# Validating
# ---------------------------------------------------------------------------------------------


def validate_store(
    store: Store, compiled: CompiledShapes, *, focus: Iterable[Node] | None = None
) -> Report:
    """Validate the store's union graph; the same Report as :func:`secgraph.validate.validate`.

    ``focus`` restricts validation to those nodes (the shapes that target them still decide
    which constraints apply), as pySHACL's ``focus_nodes``; an empty iterable validates nothing.
    """
    chunks: list[str | None]
    if focus is None:
        chunks = [None]
    else:
        nodes = sorted(set(focus), key=str)
        chunks = [
            "VALUES ?this { " + " ".join(sparql_term(n) for n in nodes[i : i + CHUNK]) + " }"  # type: ignore[arg-type]
            for i in range(0, len(nodes), CHUNK)
        ]
    raw: list[tuple[Node, dict[str, Any]]] = []
    for constraint in compiled.constraints:
        for values in chunks:
            sparql = constraint.sparql
            if values is not None:
                sparql = sparql.replace(_FOCUS_MARK, values, 1)
            result = store.query(sparql)
            raw.extend(_results(constraint, result.variables, result.rows))
    where = locate(store, {f for f, _ in raw})
    out = []
    for node, fields in raw:
        file, line = where[node]
        if fields["value"] == _curie(node):
            fields = {**fields, "value": None}
        out.append(ValidationResult(file=file, line=line, focus=_curie(node), **fields))
    return Report(results=tuple(sorted(out)))


def _results(
    c: CompiledConstraint, variables: Sequence[str], rows: Iterable[Sequence[Any]]
) -> Iterator[tuple[Node, dict[str, Any]]]:
    shape = None if isinstance(c.shape, BNode) else _curie(c.shape)

    def fields(value: Node | None, message: str, path: Node | None) -> dict[str, Any]:
        return {
            "severity": c.severity,
            "message": message,
            "path": _term(path),
            "value": _term(value),
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


# ---------------------------------------------------------------------------------------------
# Locating results (secgraph.validate.Locator, as batched SPARQL)
# ---------------------------------------------------------------------------------------------

# Oxigraph joins a VALUES table fast with a pattern whose object is a variable, slowly with one
# whose object is a constant (``?s a sg:Evidence``): types are fetched and filtered in Python.
_CITED = f"""SELECT ?focus ?fact WHERE {{
  # secgraph:nodes
  ?fact <{SG.evidence}> ?focus .
}}"""

_FACTS = f"""SELECT ?s ?line ?type ?derived ?file ?own ?meeting ?mfile WHERE {{
  {{ # secgraph:nodes
     ?s <{SG.sourceLine}> ?n . BIND (STR(?n) AS ?line) }}
  UNION {{ # secgraph:nodes
     ?s <{RDF.type}> ?type }}
  UNION {{ # secgraph:nodes
     ?s <{PROV.wasDerivedFrom}> ?derived . ?derived <{SG.sourceFile}> ?file }}
  UNION {{ # secgraph:nodes
     ?s <{SG.sourceFile}> ?own }}
  UNION {{ # secgraph:nodes
     ?s <{SG.atMeeting}> ?m . ?m <{PROV.wasDerivedFrom}> ?meeting .
     OPTIONAL {{ ?meeting <{SG.sourceFile}> ?mfile }} }}
}}"""


def _empty() -> dict[str, Any]:
    return {"types": set(), "derived": {}, "own": set(), "lines": [], "meeting": []}


def _facts(store: Store, nodes: Iterable[Node], facts: dict[Node, dict[str, Any]]) -> None:
    todo = sorted((n for n in set(nodes) if n not in facts), key=str)
    for n in todo:
        facts[n] = _empty()
    for rows in _chunked(store, _FACTS, "s", todo):
        for s, line, kind, derived, file, own, meeting, mfile in rows:
            info = facts[s]
            if line is not None:
                info["lines"].append(int(str(line)))
            elif kind is not None:
                info["types"].add(kind)
            elif derived is not None:
                info["derived"].setdefault(str(derived), set()).add(str(file))
            elif own is not None:
                info["own"].add(str(own))
            elif meeting is not None:
                info["meeting"].append((str(meeting), None if mfile is None else str(mfile)))


def locate(
    store: Store, nodes: Iterable[Node], *, reference_file: str = "reference"
) -> dict[Node, tuple[str, int]]:
    """File and line of each node, as :class:`secgraph.validate.Locator` finds them.

    Where the Locator takes an arbitrary one of several candidates (the fact citing an
    evidence node, a sourceLine, a delegation's meeting and its article), this takes the
    smallest.
    """
    focus = sorted(set(nodes), key=str)
    facts: dict[Node, dict[str, Any]] = {}
    _facts(store, focus, facts)
    subject: dict[Node, Node] = {n: n for n in focus}
    evidence = [n for n in focus if SG.Evidence in facts[n]["types"]]
    for rows in _chunked(store, _CITED, "focus", evidence):
        for f, fact in rows:
            if subject[f] == f or str(fact) < str(subject[f]):
                subject[f] = fact
    _facts(store, subject.values(), facts)
    out: dict[Node, tuple[str, int]] = {}
    for f in focus:
        info = facts[subject[f]]
        line = min(info["lines"], default=0)
        source: str | None = None
        if SG.Article in info["types"]:
            source = min(info["own"], default=None)
        elif info["derived"]:
            source = min(info["derived"][min(info["derived"])])
        elif SG.Delegation in info["types"] and info["meeting"]:
            article = min(a for a, _file in info["meeting"])
            files = [fl for a, fl in info["meeting"] if a == article and fl is not None]
            source = min(files, default=None)
        if source is not None:
            out[f] = (source, line)
        elif SG.Country in info["types"]:
            out[f] = (f"{reference_file}/countries.csv", line)
        else:
            out[f] = (reference_file, line)
    return out


def _chunked(
    store: Store, sparql: str, var: str, nodes: Sequence[Node]
) -> Iterator[Sequence[Sequence[Any]]]:
    for i in range(0, len(nodes), CHUNK):
        chunk = [n for n in nodes[i : i + CHUNK] if not isinstance(n, BNode)]
        if not chunk:
            continue
        values = f"VALUES ?{var} {{ " + " ".join(sparql_term(n) for n in chunk) + " }"  # type: ignore[arg-type]
        yield store.query(sparql.replace("# secgraph:nodes", values)).rows
