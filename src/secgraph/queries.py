"""Saved SPARQL queries: read ``*.rq`` files with a header, bind typed parameters, run, format.

A saved query is a SPARQL file whose leading comment lines form a header::

    # title: Security partners of a country
    # description: Countries that COUNTRY held security meetings with, how many, first and
    #   latest date (a line that starts with '#' and more spaces continues the field).
    # param: country country required   the country (ISO alpha-3, alpha-2 or name)
    # param: since date - only meetings on or after this date
    # param: min_meetings integer 1 at least this many meetings

One ``# param: NAME TYPE DEFAULT DESCRIPTION`` line per parameter. TYPE is one of
``iri country date string integer``. DEFAULT is ``required`` (the caller must give a value),
``-`` (optional and unbound when not given: the query tests it with ``BOUND``), or a value,
written bare or in double quotes when it holds spaces (``"two words"``, ``"required"``).

Values are converted to RDF terms by type and passed to the store as initial bindings, never
pasted into the query text: a value such as ``x" } ; DROP ALL #`` stays one literal.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Identifier

from .errors import QueryError
from .store import QUERY_PREFIXES, MemoryStore, QueryResult, Store, to_union_graph
from .vocab import PREFIXES, RDFS, SG, SKOS, XSD

__all__ = [
    "INFERENCE",
    "PARAM_TYPES",
    "RESULT_FORMATS",
    "Param",
    "SavedQuery",
    "bind_params",
    "format_result",
    "get_query",
    "parse_query_text",
    "read_queries",
    "read_query",
    "resolve_country",
    "run_query",
    "to_term",
]

PARAM_TYPES = ("iri", "country", "date", "string", "integer")
RESULT_FORMATS = ("table", "csv", "tsv", "json", "md")
INFERENCE = ("none", "rdfs", "owlrl")
INLINE = "<inline>"

_HEADER = re.compile(r"^#\s*(title|description|param)\s*:\s?(.*)$")
_CONTINUATION = re.compile(r"^#\s{2,}(\S.*)$")
_PARAM = re.compile(r'^(\S+)\s+(\S+)(?:\s+("(?:[^"\\]|\\.)*"|\S+))?(?:\s+(.*))?$')
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_CURIE = re.compile(r"^([A-Za-z][\w.-]*)?:(.*)$")
_IRI_CHARS = re.compile(r'^[^\s<>"{}|\\^`]*$')
_ABSOLUTE_IRI = re.compile(r'^(https?|urn):[^\s<>"{}|\\^`]+$')


@dataclass(frozen=True)
class Param:
    """One declared parameter. ``default`` is None when there is none; ``required`` says
    whether the caller must give a value (an optional one without default stays unbound)."""

    name: str
    type: str
    default: str | None
    description: str
    required: bool = False


@dataclass(frozen=True)
class SavedQuery:
    """A SPARQL query with its header. ``path`` is the file, or ``<inline>``."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: str

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)


# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------


def read_queries(directory: str | Path) -> dict[str, SavedQuery]:
    """Every ``*.rq`` in ``directory``, keyed by file stem, sorted by name."""
    root = Path(directory)
    if not root.is_dir():
        raise QueryError(str(root), "no such queries folder; give the folder with the .rq files")
    paths = sorted(root.glob("*.rq"), key=lambda p: p.stem)  # data-quality before data-quality-x
    return {q.name: q for q in (read_query(p) for p in paths)}


def read_query(path: str | Path) -> SavedQuery:
    """Read one ``.rq`` file; its name is the file stem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise QueryError(str(path), "no such query file; check the name") from err
    except UnicodeDecodeError as err:
        raise QueryError(str(path), "not UTF-8 text; save the file as UTF-8") from err
    return parse_query_text(text, name=path.stem, path=str(path))


def parse_query_text(text: str, name: str = "inline", *, path: str | None = None) -> SavedQuery:
    """Parse the header and check the SPARQL syntax of ``text``.

    >>> q = parse_query_text("# title: All\\n# param: n integer 3 how many\\nASK { }")
    >>> q.title, q.params[0].default
    ('All', '3')
    """
    where = path if path is not None else INLINE
    fields: dict[str, list[str]] = {"title": [], "description": []}
    params: list[Param] = []
    current: str | None = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            current = None
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER.match(stripped)
        if match:
            key, value = match.group(1), match.group(2).strip()
            if key == "param":
                params.append(_param(value, where, lineno))
            else:
                fields[key].append(value)
            current = key
            continue
        more = _CONTINUATION.match(line.rstrip())
        if current == "param" and more:
            last = params[-1]
            params[-1] = replace(last, description=f"{last.description} {more.group(1).strip()}")
        elif current is not None and more:
            fields[current].append(more.group(1).strip())
        else:
            current = None
    seen: set[str] = set()
    for p in params:
        if p.name in seen:
            raise QueryError(where, f"parameter '{p.name}' is declared twice; keep one")
        seen.add(p.name)
    if not _oxigraph_accepts(text):
        tree = _check_syntax(text, where)
        _check_prefixes(tree, text, where)
    for p in params:
        if not re.search(rf"[?$]{p.name}\b", text):
            raise QueryError(where, f"parameter '{p.name}' is not used in the query; use ?{p.name}")
    return SavedQuery(
        name=name,
        title=" ".join(fields["title"]),
        description=" ".join(fields["description"]),
        params=tuple(params),
        text=text,
        path=where,
    )


def _param(value: str, path: str, line: int) -> Param:
    match = _PARAM.match(value)
    if not match:
        raise QueryError(
            path, "bad '# param:' line; write '# param: NAME TYPE DEFAULT description'", line
        )
    name, kind, default, description = match.groups()
    if not _NAME.match(name):
        raise QueryError(path, f"bad parameter name '{name}'; use letters, digits and '_'", line)
    if kind not in PARAM_TYPES:
        raise QueryError(
            path, f"unknown parameter type '{kind}'; use one of {', '.join(PARAM_TYPES)}", line
        )
    required = default == "required"
    if default in (None, "-", "required"):
        default = None
    elif default.startswith('"'):
        default = re.sub(r"\\(.)", r"\1", default[1:-1])
    return Param(name, kind, default, (description or "").strip(), required)


def _oxigraph_accepts(text: str) -> bool:
    """Whether Oxigraph parses ``text`` with the project's prefixes (about 1 ms).

    rdflib's parser takes about 60 ms a query (200 ms for the first), which matters for a
    one-query command; it still runs whenever Oxigraph rejects a query, to name the line.
    The query is evaluated over an empty in-memory store, so nothing is read; SERVICE
    clauses would reach out, so those queries go to rdflib.
    """
    if re.search(r"(?i)\bSERVICE\b", text):
        return False
    try:
        result = ox.Store().query(text, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)
        if not isinstance(result, ox.QueryBoolean):
            list(result)
    except (SyntaxError, RuntimeError, ValueError):
        return False
    return True


def _check_syntax(text: str, path: str) -> Any:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        return parseQuery(text)
    except ParseBaseException as err:
        raise QueryError(
            path, f"SPARQL syntax error: {err.msg}; fix the query", err.lineno
        ) from err


def _check_prefixes(tree: Any, text: str, path: str) -> None:
    """Report a prefixed name whose prefix is neither declared nor one of the project's."""
    from rdflib.plugins.sparql.parserutils import CompValue

    declared = {p for p, _ns in Graph().namespaces()} | set(PREFIXES)
    used: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, CompValue):
            if node.name == "PrefixDecl":
                declared.add(node.get("prefix") or "")
            elif node.name == "pname":
                used.append(node.get("prefix") or "")
            for value in node.values():
                walk(value)
        elif isinstance(node, list | tuple) or hasattr(node, "asList"):
            for item in node:
                walk(item)

    walk(tree)
    for prefix in used:
        if prefix not in declared:
            line = next(
                (n for n, ln in enumerate(text.splitlines(), 1) if re.search(rf"\b{prefix}:", ln)),
                None,
            )
            raise QueryError(
                path,
                f"unknown prefix '{prefix}:'; declare it with PREFIX or use sg:, schema:, ...",
                line,
            )


def get_query(
    queries: Mapping[str, SavedQuery], name: str, *, where: str | None = None
) -> SavedQuery:
    """The query called ``name``; an unknown name suggests the closest one."""
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, list(queries), n=1)
    hint = f"did you mean '{close[0]}'?" if close else "list them with 'secgraph query list'"
    raise QueryError(where, f"unknown query '{name}'; {hint}")


# ---------------------------------------------------------------------------------------------
# Binding parameters
# ---------------------------------------------------------------------------------------------


def bind_params(
    store: Store, query: SavedQuery, params: Mapping[str, str] | None = None
) -> dict[str, Identifier]:
    """Typed RDF terms for ``params`` and the declared defaults; optional ones stay unbound."""
    given = dict(params or {})
    declared = {p.name: p for p in query.params}
    for key in given:
        if key not in declared:
            close = difflib.get_close_matches(key, list(declared), n=1)
            if close:
                hint = f"did you mean '{close[0]}'?"
            elif declared:
                hint = f"this query takes {', '.join(declared)}"
            else:
                hint = "this query takes no parameters"
            raise QueryError(query.path, f"unknown parameter '{key}'; {hint}")
    bindings: dict[str, Identifier] = {}
    for p in query.params:
        value = given.get(p.name, p.default)
        if value is None:
            if p.required:
                raise QueryError(
                    query.path,
                    f"missing required parameter '{p.name}' ({p.type}); give it with "
                    f"--param {p.name}=VALUE",
                )
            continue
        bindings[p.name] = to_term(store, p, value, path=query.path)
    return bindings


def to_term(store: Store, param: Param, value: str, *, path: str = INLINE) -> Identifier:
    """Convert one text value to the RDF term its parameter type asks for."""
    kind = param.type
    if kind == "string":
        return Literal(value)
    if kind == "integer":
        if not re.fullmatch(r"[-+]?\d+", value.strip()):
            raise QueryError(
                path, f"parameter '{param.name}' is not an integer: '{value}'; write digits, e.g. 3"
            )
        return Literal(int(value), datatype=XSD.integer)
    if kind == "date":
        try:
            day = dt.date.fromisoformat(value.strip()) if len(value.strip()) == 10 else None
        except ValueError:
            day = None
        if day is None:
            raise QueryError(
                path, f"parameter '{param.name}' is not a date: '{value}'; write YYYY-MM-DD"
            )
        return Literal(day.isoformat(), datatype=XSD.date)
    if kind == "iri":
        return _iri(param, value, path)
    return resolve_country(store, value, path=path)


def _iri(param: Param, value: str, path: str) -> URIRef:
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    match = _CURIE.match(text)
    if match and (match.group(1) or "") in PREFIXES and _IRI_CHARS.match(match.group(2)):
        return URIRef(PREFIXES[match.group(1) or ""] + match.group(2))
    if _ABSOLUTE_IRI.match(text):
        return URIRef(text)
    raise QueryError(
        path,
        f"parameter '{param.name}' is not an IRI: '{value}'; write a full IRI or a CURIE with "
        "a project prefix such as official:elizabeth-horst",
    )


_COUNTRY_LOOKUP = f"""
PREFIX sg: <{SG._NS}>
PREFIX rdfs: <{RDFS}>
PREFIX skos: <{SKOS}>
SELECT DISTINCT ?c WHERE {{
  ?c a sg:Country .
  {{ ?c sg:isoAlpha3 ?text }} UNION {{ ?c sg:isoAlpha2 ?text }}
  UNION {{ ?c rdfs:label ?text }} UNION {{ ?c skos:altLabel ?text }}
  FILTER(UCASE(STR(?text)) = ?upper)
}} ORDER BY ?c
"""
# The FILTER stays at the top of the WHERE group: a store that binds by VALUES sees it there.


def resolve_country(store: Store, value: str, *, path: str = INLINE) -> URIRef:
    """The country IRI for an ISO alpha-3 or alpha-2 code or an English name (any case)."""
    text = value.strip()
    result = store.query(
        _COUNTRY_LOOKUP,
        bindings={"upper": Literal(text.upper())},
    )
    found = sorted({row[0] for row in result.rows if isinstance(row[0], URIRef)})
    if not found:
        raise QueryError(path, f"unknown country '{value}' (use an ISO 3166 code such as PAK)")
    if len(found) > 1:
        codes = ", ".join(str(c).rsplit("/", 1)[-1] for c in found)
        raise QueryError(path, f"ambiguous country '{value}' ({codes}); use its ISO alpha-3 code")
    return found[0]


# ---------------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------------


def run_query(
    store: Store,
    query: SavedQuery,
    params: Mapping[str, str] | None = None,
    *,
    infer: str = "none",
) -> QueryResult:
    """Bind ``params`` and run ``query`` over the union of the store's graphs.

    ``infer`` is ``none`` (the stored triples), ``rdfs`` or ``owlrl``: the store is copied into
    memory and expanded with the ``owlrl`` package first, so a query can rely on
    sub-properties and inverses (``sg:leader`` -> ``sg:member`` -> ``foaf:member``,
    ``sg:madeAt`` <-> ``sg:outcome``).
    """
    if infer not in INFERENCE:
        raise QueryError(
            query.path, f"unknown inference '{infer}'; use one of {', '.join(INFERENCE)}"
        )
    bindings = bind_params(store, query, params)
    target = store if infer == "none" else _inferred(store, infer)
    return target.query(query.text, bindings=bindings)


def _inferred(store: Store, infer: str) -> MemoryStore:
    import owlrl

    union = to_union_graph(store.to_dataset())
    dataset = Dataset(default_union=True)
    graph = dataset.graph(URIRef("urn:x-secgraph:inferred"))
    graph += union
    semantics = owlrl.RDFS_Semantics if infer == "rdfs" else owlrl.OWLRL_Semantics
    owlrl.DeductiveClosure(semantics, axiomatic_triples=False, datatype_axioms=False).expand(graph)
    return MemoryStore(dataset)


# ---------------------------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------------------------


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Text for a result: ``table``, ``csv``, ``tsv``, ``json`` or ``md``.

    SELECT: ``table`` and ``md`` show IRIs as CURIEs with the project's prefixes; ``csv`` and
    ``tsv`` give full IRIs and plain values; ``json`` is the SPARQL 1.1 JSON results format.
    ASK gives ``true``/``false`` (JSON: ``{"head": {}, "boolean": ...}``). CONSTRUCT and
    DESCRIBE give Turtle with the project's prefixes, whatever ``fmt``.
    """
    if fmt not in RESULT_FORMATS:
        raise QueryError(None, f"unknown format '{fmt}'; use one of {', '.join(RESULT_FORMATS)}")
    if result.kind == "graph":
        assert result.graph is not None
        for prefix, ns in PREFIXES.items():
            result.graph.bind(prefix, ns, replace=True)
        return str(result.graph.serialize(format="turtle"))
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.boolean)}, indent=2) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if fmt == "json":
        return _json(result)
    if fmt in ("csv", "tsv"):
        return _delimited(result, fmt)
    cells = [[_short(t) for t in row] for row in result.rows]
    if fmt == "md":
        return _markdown(result.variables, cells)
    return _table(result.variables, cells)


def _json(result: QueryResult) -> str:
    bindings = []
    for row in result.rows:
        item = {}
        for var, term in zip(result.variables, row, strict=False):
            if term is not None:
                item[var] = _json_term(term)
        bindings.append(item)
    data = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _json_term(term: Identifier) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None:
            out["datatype"] = str(term.datatype)
        return out
    return {"type": "literal", "value": str(term)}


def _delimited(result: QueryResult, fmt: str) -> str:
    buffer = io.StringIO()
    if fmt == "csv":
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow(["" if t is None else str(t) for t in row])
        return buffer.getvalue()
    lines = ["\t".join(result.variables)]
    for row in result.rows:
        lines.append("\t".join(_tsv_cell(t) for t in row))
    return "\n".join(lines) + "\n"


def _tsv_cell(term: Identifier | None) -> str:
    if term is None:
        return ""
    return str(term).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def _short(term: Identifier | None) -> str:
    """A compact cell: CURIE for IRIs in a project namespace, the lexical form for literals."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, ns in _BY_LENGTH:
            local = text[len(ns) :]
            if text.startswith(ns) and local and "/" not in local and "#" not in local:
                return f"{prefix}:{local}"
        for prefix, ns in _BY_LENGTH:
            if text.startswith(ns) and len(text) > len(ns):
                return f"{prefix}:{text[len(ns) :]}"
        return f"<{text}>"
    return " ".join(str(term).split())


def _table(variables: Iterable[str], cells: list[list[str]]) -> str:
    header = list(variables)
    if not header:
        return "(no columns)\n"
    widths = [len(h) for h in header]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=False)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=False)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip() for row in cells
    ]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _markdown(variables: Iterable[str], cells: list[list[str]]) -> str:
    def esc(text: str) -> str:
        return text.replace("|", "\\|")

    header = list(variables)
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(esc(c) for c in row) + " |" for row in cells]
    return "\n".join(lines) + "\n"
