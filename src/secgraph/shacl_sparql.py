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

Speed (83 constraints over 4.1 million quads at 100,000 articles) comes from rewrites that
keep every answer exact, each explained where it is made:

- ``rdf:type/rdfs:subClassOf*`` becomes ``rdf:type`` over a VALUES list of the subclass
  closure, read from the same store at the start of :func:`validate_store`;
- each constraint has two forms: ``sparql`` looks each focus node up (few focus nodes) and
  ``sparql_bulk`` scans the path's statements once and hash-joins them with the focus nodes
  (from :data:`SCAN_FROM` instances of the targets on); ``sh:minCount 1`` is FILTER NOT EXISTS
  or MINUS respectively;
- over Oxigraph, queries go to pyoxigraph directly, convert each distinct term once, and run
  ``workers`` at a time (pyoxigraph releases the GIL while it evaluates);
- results are located (file and line) with a few queries per 50,000 nodes, not per 2,000.

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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDFS, SH, XSD
from rdflib.term import Node

from .errors import OntologyError, QueryError, StoreError
from .store import QUERY_PREFIXES, OxigraphStore, Store, _where_brace, sparql_term, to_rdflib
from .validate import Report, ValidationResult, _curie, _local, _term
from .vocab import PROV, RDF, SG

__all__ = ["CompiledConstraint", "CompiledShapes", "compile_shapes", "validate_store"]

#: Focus nodes per query when ``focus`` is given, and nodes per location query.
CHUNK = 2000
#: From this many focus nodes (or nodes to locate) on, a query scans each property once and
#: hash-joins it with the nodes, where it would look each node up (a RocksDB seek each)...
SCAN_FROM = 5000
#: ... and then locates this many nodes per query.
CHUNK_SCAN = 50_000

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
    store: Store,
    compiled: CompiledShapes,
    *,
    focus: Iterable[Node] | None = None,
    workers: int = 2,
) -> Report:
    """Validate the store's union graph; the same Report as :func:`secgraph.validate.validate`.

    ``focus`` restricts validation to those nodes (the shapes that target them still decide
    which constraints apply), as pySHACL's ``focus_nodes``; an empty iterable validates nothing.
    Over an :class:`~secgraph.store.OxigraphStore`, up to ``workers`` queries run at once
    (pyoxigraph releases the GIL while it evaluates one); the Report does not depend on it.
    """
    chunks: list[str]
    if focus is None:
        chunks = [_FOCUS_MARK]
    else:
        nodes = sorted(set(focus), key=str)
        chunks = [
            "VALUES ?this { " + " ".join(sparql_term(n) for n in nodes[i : i + CHUNK]) + " }"  # type: ignore[arg-type]
            for i in range(0, len(nodes), CHUNK)
        ]
    terms: dict[Any, Node] = {}
    tasks = _queries(store, compiled, chunks, terms, workers=workers, focus=focus is not None)
    raw: list[tuple[Node, dict[str, Any]]] = []
    answers = _select_all(store, [sparql for _c, sparql in tasks], terms, workers=workers)
    for (constraint, _sparql), (variables, rows) in zip(tasks, answers, strict=True):
        raw.extend(_results(constraint, variables, rows))
    where = locate(store, {f for f, _ in raw}, workers=workers)
    out = []
    for node, fields in raw:
        file, line = where[node]
        if fields["value"] == _curie(node):
            fields = {**fields, "value": None}
        out.append(ValidationResult(file=file, line=line, focus=_curie(node), **fields))
    return Report(results=tuple(sorted(out)))


def _queries(
    store: Store,
    compiled: CompiledShapes,
    chunks: Sequence[str],
    terms: dict[Any, Node],
    *,
    workers: int,
    focus: bool,
) -> list[tuple[CompiledConstraint, str]]:
    """Each constraint's query for each chunk of focus nodes, as suits this store's data.

    Subclass closures replace the ``rdfs:subClassOf*`` paths; a target with many instances
    gets the bulk form (never with ``focus``: at most :data:`CHUNK` focus nodes per query).
    """
    closures = _subclass_closures(store, compiled, terms)
    many = set() if focus else _many_instances(store, compiled, closures, workers)
    tasks: list[tuple[CompiledConstraint, str]] = []
    for c in compiled.constraints:
        if c.component == "SPARQL":
            # The path, not the closure: with a cheap VALUES target Oxigraph plans the join
            # with the SELECT badly (the leader check at 100,000 articles: over 90 s, not 17).
            sparql = c.sparql
        elif c.sparql_bulk is not None and c.targets in many:
            sparql = _with_closures(c.sparql_bulk, closures)
        else:
            sparql = _with_closures(c.sparql, closures)
        tasks.extend((c, sparql.replace(_FOCUS_MARK, values)) for values in chunks)
    # The SHACL-SPARQL constraints are the slowest queries: started first, they overlap the
    # rest rather than run alone at the end. (The order of results does not matter.)
    return sorted(tasks, key=lambda task: task[0].component != "SPARQL")


def _subclass_closures(
    store: Store, compiled: CompiledShapes, terms: dict[Any, Node]
) -> dict[str, tuple[str, ...] | None]:
    """Each class the constraints test membership of -> it and its subclasses in the store.

    ``None`` for a class with a blank-node subclass, which a VALUES list cannot name.
    """
    classes = sorted(
        {
            iri
            for c in compiled.constraints
            for m in _INSTANCE_OF.finditer(c.sparql + (c.sparql_bulk or ""))
            for iri in _IRI.findall(m["classes"])
        }
    )
    if not classes:
        return {}
    values = " ".join(f"<{c}>" for c in classes)
    sparql = (
        f"SELECT DISTINCT ?class ?sub WHERE {{\n  VALUES ?class {{ {values} }}\n"
        f"  ?sub <{RDFS.subClassOf}>* ?class .\n}}"
    )
    _variables, rows = _select(store, sparql, terms)
    found: dict[str, set[Node]] = {c: {URIRef(c)} for c in classes}  # zero steps: the class
    for cls, sub in rows:
        found[str(cls)].add(sub)
    return {
        c: tuple(sorted(str(s) for s in subs)) if all(isinstance(s, URIRef) for s in subs) else None
        for c, subs in found.items()
    }


_IRI = re.compile(r"<([^<>\s]*)>")


def _with_closures(sparql: str, closures: Mapping[str, tuple[str, ...] | None]) -> str:
    """``sparql`` with each :func:`_instance_of` as a plain ``rdf:type`` over a closure.

    ``?x rdf:type/rdfs:subClassOf* ?c`` with ``?c`` one of the classes C holds exactly when
    ``?x rdf:type ?t`` for a ``?t`` that is ``rdfs:subClassOf*`` one of C, and
    :func:`_subclass_closures` has just read those ``?t`` from the same store. (``?c`` ends up
    bound to ``?t`` instead, but it is a fresh variable that nothing else reads.) Oxigraph
    then finds the instances with one index scan per class instead of a path per node.
    """

    def plain(m: re.Match[str]) -> str:
        subs: set[str] = set()
        for cls in _IRI.findall(m["classes"]):
            closure = closures.get(cls)
            if closure is None:
                return m.group()
            subs.update(closure)
        values = " ".join(f"<{s}>" for s in sorted(subs))
        var = m["var"]
        return f"VALUES {var} {{ {values} }}\n{m['indent']}{m['node']} <{RDF.type}> {var} ."

    return _INSTANCE_OF.sub(plain, sparql)


def _many_instances(
    store: Store,
    compiled: CompiledShapes,
    closures: Mapping[str, tuple[str, ...] | None],
    workers: int,
) -> set[tuple[URIRef, ...]]:
    """The target class lists with at least :data:`SCAN_FROM` instances (type statements).

    Counting stops there, so each count reads a few thousand statements at most.
    """
    targets = sorted({c.targets for c in compiled.constraints if c.sparql_bulk is not None})
    queries = [
        "SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?this WHERE {\n    "
        + _with_closures(_instance_of("?this", "?secgraphTargetClass", t), closures)
        + f"\n}} LIMIT {SCAN_FROM} }} }}"
        for t in targets
    ]
    answers = _select_all(store, queries, None, workers=workers)
    return {
        t for t, (_v, rows) in zip(targets, answers, strict=True) if int(rows[0][0]) >= SCAN_FROM
    }


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

# What the Locator reads about a node ?s: (variables, patterns joined with the nodes, the rest).
# Separate queries, not one UNION: fewer unbound columns to read, and they run in parallel.
# (Not ``VALUES ?p { ... } ?s ?p ?o`` either: Oxigraph plans that join badly, minutes.)
# Types are read and tested in Python: Oxigraph joins a VALUES table fast with a pattern whose
# object is a variable, slowly with one whose object is a constant (``?s a sg:Evidence``).
_FACT_QUERIES = {
    "line": ("?s ?line", [f"?s <{SG.sourceLine}> ?line"], ""),
    "type": ("?s ?type", [f"?s <{RDF.type}> ?type"], ""),
    "own": ("?s ?own", [f"?s <{SG.sourceFile}> ?own"], ""),
    "derived": (
        "?s ?derived ?file",
        [f"?s <{PROV.wasDerivedFrom}> ?derived", f"?derived <{SG.sourceFile}> ?file"],
        "",
    ),
    "meeting": (
        "?s ?meeting ?mfile",
        [f"?s <{SG.atMeeting}> ?m"],
        f"?m <{PROV.wasDerivedFrom}> ?meeting . OPTIONAL {{ ?meeting <{SG.sourceFile}> ?mfile }}",
    ),
}
_CITED = ("?s ?fact", [f"?fact <{SG.evidence}> ?s"], "")


def _fact_query(select: str, patterns: Sequence[str], rest: str, *, scan: bool) -> str:
    """A location query; ``# secgraph:nodes`` is to become ``VALUES ?s { ... }``.

    With ``scan``, each pattern is a subquery: Oxigraph hash-joins a subquery with the VALUES
    table (one scan of the property) where it would look a plain pattern up once per node
    (a RocksDB seek each: three times slower from a few thousand nodes on).
    """
    joined = [f"{{ SELECT * WHERE {{ {p} }} }}" if scan else f"{p} ." for p in patterns]
    return f"SELECT {select} WHERE {{\n  # secgraph:nodes\n  {'  '.join(joined)}\n  {rest}\n}}"


def _empty() -> dict[str, Any]:
    return {"types": set(), "derived": {}, "own": set(), "lines": [], "meeting": []}


def _facts(
    store: Store, nodes: Iterable[str], facts: dict[str, dict[str, Any]], workers: int
) -> None:
    """Read what the Locator needs about ``nodes`` (IRIs) into ``facts``."""
    todo = sorted(n for n in set(nodes) if n not in facts)
    for n in todo:
        facts[n] = _empty()
    kinds = list(_FACT_QUERIES)
    answers = _chunked(store, list(_FACT_QUERIES.values()), todo, workers)
    for i, (_variables, rows) in enumerate(answers):
        kind = kinds[i % len(kinds)]
        for s, *values in rows:
            info = facts[s]
            if kind == "line":
                info["lines"].append(int(values[0]))
            elif kind == "type":
                info["types"].add(values[0])
            elif kind == "own":
                info["own"].add(values[0])
            elif kind == "derived":
                info["derived"].setdefault(values[0], set()).add(values[1])
            else:
                info["meeting"].append((values[0], values[1]))


def locate(
    store: Store, nodes: Iterable[Node], *, reference_file: str = "reference", workers: int = 1
) -> dict[Node, tuple[str, int]]:
    """File and line of each node, as :class:`secgraph.validate.Locator` finds them.

    Where the Locator takes an arbitrary one of several candidates (the fact citing an
    evidence node, a sourceLine, a delegation's meeting and its article), this takes the
    smallest. Over an OxigraphStore, up to ``workers`` queries run at once.
    """
    nodes = set(nodes)
    named = {str(n): n for n in nodes if not isinstance(n, BNode)}
    facts: dict[str, dict[str, Any]] = {}
    _facts(store, named, facts, workers)
    subject = {n: n for n in named}
    evidence = sorted(n for n in named if str(SG.Evidence) in facts[n]["types"])
    for _variables, rows in _chunked(store, [_CITED], evidence, workers):
        for f, fact in rows:
            if subject[f] == f or fact < subject[f]:
                subject[f] = fact
    _facts(store, subject.values(), facts, workers)
    out: dict[Node, tuple[str, int]] = {}
    for node in nodes:
        info = facts[subject[str(node)]] if str(node) in named else _empty()
        line = min(info["lines"], default=0)
        source: str | None = None
        if str(SG.Article) in info["types"]:
            source = min(info["own"], default=None)
        elif info["derived"]:
            source = min(info["derived"][min(info["derived"])])
        elif str(SG.Delegation) in info["types"] and info["meeting"]:
            article = min(a for a, _file in info["meeting"])
            files = [fl for a, fl in info["meeting"] if a == article and fl is not None]
            source = min(files, default=None)
        if source is not None:
            out[node] = (source, line)
        elif str(SG.Country) in info["types"]:
            out[node] = (f"{reference_file}/countries.csv", line)
        else:
            out[node] = (reference_file, line)
    return out


def _chunked(
    store: Store,
    queries: Sequence[tuple[str, Sequence[str], str]],
    nodes: Sequence[str],
    workers: int,
) -> list[_Answer]:
    """Every query of :data:`_FACT_QUERIES` form for every chunk of ``nodes``, as :func:`_text`.

    The answers come chunk by chunk, each in the order of ``queries``.
    """
    iris = [n for n in nodes if not n.startswith("_:")]  # a blank node has no facts to read
    scan = len(iris) >= SCAN_FROM
    size = CHUNK_SCAN if scan else CHUNK
    texts = [_fact_query(*q, scan=scan) for q in queries]
    sparqls: list[str] = []
    for i in range(0, len(iris), size):
        terms = " ".join(sparql_term(URIRef(n)) for n in iris[i : i + size])
        sparqls.extend(
            text.replace("# secgraph:nodes", f"VALUES ?s {{ {terms} }}") for text in texts
        )
    return _select_all(store, sparqls, None, workers=workers)


# ---------------------------------------------------------------------------------------------
# Running SELECT queries
# ---------------------------------------------------------------------------------------------

#: Variables and rows of rdflib terms (None where unbound).
_Answer = tuple[Sequence[str], Sequence[Sequence[Any]]]


def _select(store: Store, sparql: str, terms: dict[Any, Node] | None) -> _Answer:
    """A SELECT over the store's union graph; with ``terms`` None, each term as :func:`_text`.

    Over an OxigraphStore this asks pyoxigraph directly and converts each distinct term to
    rdflib once (``terms`` maps pyoxigraph terms to rdflib terms), where ``Store.query``
    would convert every term of every row: a third of the time at 10,000 articles.
    """
    if not isinstance(store, OxigraphStore):
        result = store.query(sparql)
        if terms is None:
            return result.variables, [tuple(map(_text, row)) for row in result.rows]
        return result.variables, result.rows
    convert = _ox_text if terms is None else _converter(terms)
    try:
        solutions = store.store.query(
            sparql, use_default_graph_as_union=True, prefixes=QUERY_PREFIXES
        )
        if not isinstance(solutions, ox.QuerySolutions):
            raise QueryError(None, "not a SELECT query")
        variables = tuple(v.value for v in solutions.variables)
        rows = [tuple(map(convert, solution)) for solution in solutions]
    except SyntaxError as err:
        raise QueryError(None, f"bad SPARQL: {' '.join(str(err).split())}") from err
    except (RuntimeError, OSError) as err:
        raise StoreError(f"{store.path}: query failed: {' '.join(str(err).split())}") from err
    return variables, rows


def _converter(terms: dict[Any, Node]) -> Callable[[Any], Node | None]:
    """pyoxigraph term -> rdflib term, each distinct term converted once (kept in ``terms``)."""
    get = terms.get

    def convert(term: Any) -> Node | None:
        if term is None:
            return None
        found = get(term)
        if found is None:
            found = terms[term] = to_rdflib(term)
        return found

    return convert


def _ox_text(term: Any) -> str | None:
    """:func:`_text` for a pyoxigraph term, without the slow ``isinstance`` of rdflib's ABCs."""
    if term is None:
        return None
    if type(term) is ox.BlankNode:
        return f"_:{term.value}"
    return str(term.value)


def _text(term: Any) -> str | None:
    """An IRI, ``_:`` and a blank node's id, or a literal's lexical form (rdflib or pyoxigraph).

    >>> _text(URIRef("urn:x")), _text(BNode("b1")), _text(Literal(7)), _text(None)
    ('urn:x', '_:b1', '7', None)
    """
    if term is None:
        return None
    if isinstance(term, BNode | ox.BlankNode):
        return f"_:{term if isinstance(term, BNode) else term.value}"
    return str(term) if isinstance(term, Node) else str(term.value)


def _select_all(
    store: Store, queries: Sequence[str], terms: dict[Any, Node] | None, *, workers: int
) -> list[_Answer]:
    """The answers to ``queries``, in order; over Oxigraph ``workers`` at a time.

    Each query runs and is read in one thread (a pyoxigraph result may not change threads);
    evaluating releases the GIL, converting terms holds it. Other stores get one query at a
    time: an rdflib Dataset is not safe to query from several threads.
    """
    if not isinstance(store, OxigraphStore) or workers < 2 or len(queries) < 2:
        return [_select(store, q, terms) for q in queries]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_select, store, q, terms) for q in queries]
        try:
            return [f.result() for f in futures]
        except BaseException:
            for f in futures:
                f.cancel()  # do not start the queries still waiting
            raise
