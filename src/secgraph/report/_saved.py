"""The saved-queries section: run every saved query and render its result as HTML.

A required parameter without a default is filled with the busiest country when it is a
country, and the query is skipped, with the reason shown, otherwise. Tables show at most
``_MAX_ROWS`` rows; IRIs are shortened to CURIEs with the known prefixes.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from secgraph.errors import SecgraphError
from secgraph.store import QueryResult, Store
from secgraph.vocab import PREFIXES

if TYPE_CHECKING:
    from secgraph.queries import SavedQuery

__all__ = ["_MAX_ROWS", "_cell", "_nowrap", "_params", "_queries", "_result_html"]

_e = html.escape
_MAX_ROWS = 50


def _queries(store: Store, queries: Mapping[str, SavedQuery] | None, busiest: str | None) -> str:
    if not queries:
        return '<p class="hint">No saved queries (put <code>*.rq</code> files in queries/).</p>'
    from secgraph.queries import run_query

    parts = [
        '<p class="hint">Every saved query in <code>queries/</code>, run with its defaults '
        "(a required country is the busiest one"
        f"{f', {_e(busiest)}' if busiest else ''}). Run one yourself with "
        "<code>secgraph query run NAME</code>.</p>"
    ]
    for name in sorted(queries):
        q = queries[name]
        params: dict[str, str] = {}
        skipped = None
        for p in q.params:
            if p.required and p.default is None:
                if p.type == "country" and busiest:
                    params[p.name] = busiest
                else:
                    skipped = f"needs a value for '{p.name}' ({p.type}); skipped"
        head = (
            f"<h3>{_e(q.title or name)} <code>{_e(name)}</code></h3>"
            f'<p class="hint">{_e(q.description)}'
            + (f" Parameters: <code>{_e(_params(params))}</code>." if params else "")
            + "</p>"
        )
        if skipped:
            parts.append(head + f'<p class="hint">{_e(skipped)}</p>')
            continue
        try:
            result = run_query(store, q, params)
        except SecgraphError as err:
            parts.append(head + f'<p class="hint">could not run: {_e(str(err))}</p>')
            continue
        parts.append(head + _result_html(result))
    return "".join(parts)


def _params(params: Mapping[str, str]) -> str:
    return ", ".join(f"{k}={v}" for k, v in params.items())


def _result_html(result: QueryResult) -> str:
    if result.kind == "ask":
        return f"<p>{'true' if result.boolean else 'false'}</p>"
    if result.kind == "graph":
        graph = result.graph
        n = len(graph) if graph is not None else 0
        text = graph.serialize(format="turtle") if graph is not None else ""
        return f"<details><summary>{n} triple(s)</summary><pre>{_e(text)}</pre></details>"
    if not result.rows:
        return '<p class="hint">(no rows)</p>'
    head = "".join(f"<th>{_e(v)}</th>" for v in result.variables)
    body = "".join(
        "<tr>" + "".join(f"<td{_nowrap(t)}>{_cell(t)}</td>" for t in row) + "</tr>"
        for row in result.rows[:_MAX_ROWS]
    )
    more = (
        f'<p class="hint">{len(result.rows) - _MAX_ROWS} more row(s) not shown.</p>'
        if len(result.rows) > _MAX_ROWS
        else ""
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


def _nowrap(term: Identifier | None) -> str:
    short = isinstance(term, Literal) and term.datatype is not None and len(str(term)) <= 12
    return ' class="nowrap"' if short else ""


_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def _cell(term: Identifier | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, ns in _BY_LENGTH:
            if text.startswith(ns) and len(text) > len(ns):
                curie = f"{prefix}:{text[len(ns) :]}"
                return f'<span class="iri" title="{_e(text)}">{_e(curie)}</span>'
        return f'<span class="iri">{_e(text)}</span>'
    if isinstance(term, Literal) and isinstance(term.toPython(), int | float):
        return _e(str(term))
    return _e(" ".join(str(term).split()))
