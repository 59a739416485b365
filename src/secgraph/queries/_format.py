"""Format a query result as text: a table, CSV, TSV, SPARQL JSON results or Markdown."""

from __future__ import annotations

import csv
import io
import json
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
