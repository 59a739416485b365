"""The saved-queries section: run every saved query and render its result as HTML.

A required parameter without a default is filled from the graph (:class:`Samples`): one
required country gets the busiest country, two get the busiest pair of countries, an article
id the latest article, a fact IRI a meeting of that article. A query is skipped, with the
reason shown, only when the graph has nothing to fill it with. Tables show at most
``_MAX_ROWS`` rows; IRIs are shortened to CURIEs with the known prefixes.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from secgraph.errors import SecgraphError
from secgraph.store import QueryResult, Store
from secgraph.vocab import PREFIXES

if TYPE_CHECKING:
    from secgraph.queries import SavedQuery

__all__ = [
    "_MAX_ROWS",
    "QueryRunner",
    "Samples",
    "_cell",
    "_nowrap",
    "_params",
    "_queries",
    "_result_html",
    "latest_article",
]

_e = html.escape
_MAX_ROWS = 50

#: How the page runs one saved query (``run_query``'s signature); the CLI passes one that
#: holds each query to the time limit.
QueryRunner = Callable[[Store, "SavedQuery", Mapping[str, str]], QueryResult]


@dataclass(frozen=True)
class Samples:
    """Values for required parameters: the busiest country and pair (ISO alpha-3 codes), the
    latest article's id and one of its meetings (an IRI)."""

    country: str | None = None
    pair: tuple[str, str] | None = None
    article: str | None = None
    meeting: str | None = None

    def fill(self, q: SavedQuery) -> tuple[dict[str, str], str | None]:
        """The parameters for ``q``, or why it cannot run."""
        params: dict[str, str] = {}
        missing = [p for p in q.params if p.required and p.default is None]
        countries = [p for p in missing if p.type == "country"]
        codes = list(self.pair) if len(countries) >= 2 and self.pair else [self.country]
        for p in missing:
            if p.type == "country":
                value = codes.pop(0) if codes else None
            elif p.type == "article" or (p.type == "string" and "article" in p.name):
                value = self.article
            elif p.type == "iri":
                value = self.meeting
            else:
                value = None
            if value is None:
                return params, f"needs a value for '{p.name}' ({p.type}); skipped"
            params[p.name] = value
        return params, None


_LATEST = """
PREFIX sg: <https://w3id.org/secgraph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <http://schema.org/>
SELECT ?article ?meeting WHERE {
  ?article a sg:Article .
  OPTIONAL { ?article dcterms:issued ?published }
  OPTIONAL {
    ?meeting prov:wasDerivedFrom ?article ; a sg:Meeting .
    OPTIONAL { ?meeting schema:startDate ?date }
  }
} ORDER BY DESC(COALESCE(STR(?published), STR(?date), "")) DESC(?article) ?meeting LIMIT 1
"""


def latest_article(store: Store) -> tuple[str | None, str | None]:
    """The id of the latest article (by publication date, else its latest meeting's date,
    else its id) and one of its meetings' IRI."""
    rows = store.query(_LATEST).rows
    if not rows or rows[0][0] is None:
        return None, None
    article, meeting = rows[0]
    return str(article).rsplit("/", 1)[-1], str(meeting) if meeting is not None else None


def _queries(
    store: Store,
    queries: Mapping[str, SavedQuery] | None,
    samples: Samples,
    run: QueryRunner | None = None,
) -> str:
    if not queries:
        return '<p class="hint">No saved queries (put <code>*.rq</code> files in queries/).</p>'
    from secgraph.queries import run_query

    run = run or run_query

    given = [
        f"a required country is the busiest one, {_e(samples.country)}" if samples.country else "",
        f"a pair is the busiest pair, {_e('-'.join(samples.pair))}" if samples.pair else "",
        f"an article is the latest one, {_e(samples.article)}" if samples.article else "",
    ]
    parts = [
        '<p class="hint">Every saved query, run with its defaults'
        + (f" ({'; '.join(g for g in given if g)})" if any(given) else "")
        + ". Run one yourself with <code>secgraph query run NAME</code>.</p>"
    ]
    for name in sorted(queries):
        q = queries[name]
        params, skipped = samples.fill(q)
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
            result = run(store, q, params)
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
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    return f'<div class="scroll">{table}</div>{more}'


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
