"""Format a query result as text: a table, CSV, TSV, SPARQL JSON results or Markdown."""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections.abc import Iterable

from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from ..errors import QueryError
from ..store import QueryResult
from ..vocab import PREFIXES

__all__ = ["RESULT_FORMATS", "format_result"]

RESULT_FORMATS = ("table", "csv", "tsv", "json", "md")


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
    """SPARQL 1.1 JSON results, one binding per line: json's C encoder writes each line
    (``indent`` would switch to the pure-Python one, 5x slower on 20,000 rows)."""
    terms: dict[Identifier, dict[str, str]] = {}  # results repeat terms; describe each once
    lines = []
    encode = json.JSONEncoder(ensure_ascii=False).encode
    for row in result.rows:
        item = {}
        for var, term in zip(result.variables, row, strict=False):
            if term is not None:
                described = terms.get(term)
                if described is None:
                    described = terms[term] = _json_term(term)
                item[var] = described
        lines.append("    " + encode(item))
    head = json.dumps({"vars": list(result.variables)}, ensure_ascii=False)
    if not lines:
        return f'{{\n  "head": {head},\n  "results": {{"bindings": []}}\n}}\n'
    body = ",\n".join(lines)
    return f'{{\n  "head": {head},\n  "results": {{"bindings": [\n{body}\n  ]}}\n}}\n'


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


def _alternation() -> str:
    """The project namespaces as one regex alternation, longest first, so a match is the
    longest namespace that fits (Python's ``re`` tries the alternatives in order)."""
    by_length = sorted(set(PREFIXES.values()), key=lambda ns: -len(ns))
    return "|".join(re.escape(ns) for ns in by_length)


_PREFIX_OF = {ns: prefix for prefix, ns in reversed(list(PREFIXES.items()))}
# a local name without '/' or '#' first (sg:Meeting, not id:meeting/...), then any local name
_FLAT_LOCAL = re.compile(f"({_alternation()})([^/#]+)", re.DOTALL)
_ANY_LOCAL = re.compile(f"({_alternation()})(.+)", re.DOTALL)


@functools.lru_cache(maxsize=1 << 16)
def _curie(text: str) -> str:
    """CURIE for an IRI in a project namespace, else ``<IRI>`` (cached: results repeat the
    same countries, officials and topics in thousands of rows)."""
    match = _FLAT_LOCAL.fullmatch(text) or _ANY_LOCAL.fullmatch(text)
    if match is None:
        return f"<{text}>"
    return f"{_PREFIX_OF[match.group(1)]}:{match.group(2)}"


def _short(term: Identifier | None) -> str:
    """A compact cell: CURIE for IRIs in a project namespace, the lexical form for literals."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return _curie(str(term))
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
