"""One self-contained, offline HTML page about a built graph: the page a newcomer opens first.

:func:`build_report` gathers, from any :class:`~secgraph.store.Store`: counts (articles,
meetings, countries, officials...), the validation verdict with its warnings (the caller
validates and passes the :class:`~secgraph.validate.Report`), the country-official network
(the same interactive page as ``secgraph viz``, in a sandboxed ``<iframe srcdoc>``), the top
centralities, the timelines of the busiest country pairs and the results of every saved
query. Every value reaches the page through :func:`html.escape`; a Content-Security-Policy
forbids every request and allows only the network page's own scripts, by hash.

A saved query with a required parameter that has no default is run with the busiest country
(most meetings) when the parameter is a country, and skipped, with the reason shown,
otherwise.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.term import Identifier

from . import analysis, network, viz
from .errors import SecgraphError
from .store import QueryResult, Store, atomic_write
from .validate import Report
from .vocab import PREFIXES

if TYPE_CHECKING:
    from .queries import SavedQuery

__all__ = ["Counts", "build_report", "read_counts", "write_report"]

_COUNTS = """PREFIX sg: <https://w3id.org/secgraph/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?what (COUNT(DISTINCT ?s) AS ?n) WHERE {
  {
    VALUES (?class ?what) {
      (sg:Article "articles") (sg:Meeting "meetings") (sg:Delegation "delegations")
      (sg:Official "officials") (sg:Commitment "commitments") (sg:Dialogue "dialogues")
      (sg:Evidence "evidence") (sg:Ministry "organisations") (sg:Department "organisations")
      (sg:Bureau "organisations") (sg:Agency "organisations") (sg:Organisation "organisations")
    }
    ?s a ?class .
  } UNION {
    ?s a sg:Meeting ; schema:startDate ?date . BIND("dated" AS ?what)
  } UNION {
    ?d a sg:Delegation ; sg:represents ?s . BIND("countries" AS ?what)
  }
}
GROUP BY ?what"""


@dataclass(frozen=True)
class Counts:
    """How much the graph holds; ``countries`` are those with at least one delegation."""

    articles: int = 0
    meetings: int = 0
    dated: int = 0
    countries: int = 0
    officials: int = 0
    organisations: int = 0
    delegations: int = 0
    commitments: int = 0
    dialogues: int = 0
    evidence: int = 0


def read_counts(store: Store) -> Counts:
    """Count articles, meetings (and dated ones), countries that met, officials..."""
    result = store.query(_COUNTS)
    values = {str(row[0]): int(str(row[1])) for row in result.rows if row[0] and row[1]}
    return Counts(**{k: v for k, v in values.items() if k in Counts.__dataclass_fields__})


# ---------------------------------------------------------------------------------------------
# Building the page
# ---------------------------------------------------------------------------------------------

_e = html.escape
_MAX_ROWS = 50

_CSS = """
:root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --bg: #f5f7fa; --accent: #2f6f9f;
  --ok: #2f855a; --warn: #b7791f; --bad: #c53030; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans",
  sans-serif; color: var(--ink); background: var(--bg); }
header { background: #243b53; color: #fff; padding: 1.4rem 2rem 1.2rem; }
header h1 { margin: 0 0 .3rem; font-size: 1.7rem; }
header p { margin: 0; color: #d9e2ec; max-width: 60rem; }
nav { background: #fff; border-bottom: 1px solid var(--line); padding: .5rem 2rem;
  position: sticky; top: 0; z-index: 2; }
nav a { color: var(--accent); margin-right: 1.1rem; text-decoration: none; font-weight: 500; }
main { max-width: 78rem; margin: 0 auto; padding: 1rem 2rem 3rem; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px;
  padding: 1rem 1.4rem 1.2rem; margin: 1.2rem 0; scroll-margin-top: 3.2rem; }
td.nowrap { white-space: nowrap; }
h2 { margin: .2rem 0 .6rem; font-size: 1.3rem; }
h3 { margin: 1.1rem 0 .4rem; font-size: 1.05rem; }
p.hint { color: var(--muted); margin: .2rem 0 .8rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
  gap: .7rem; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem;
  background: var(--bg); }
.card b { display: block; font-size: 1.6rem; line-height: 1.2; }
.card span { color: var(--muted); font-size: .9rem; }
.verdict { display: inline-block; padding: .2rem .7rem; border-radius: 999px; color: #fff;
  font-weight: 600; }
.verdict.ok { background: var(--ok); } .verdict.bad { background: var(--bad); }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .6rem; font-size: .92rem; }
th, td { text-align: left; padding: .3rem .55rem; border-bottom: 1px solid var(--line);
  vertical-align: top; }
th { background: var(--bg); font-weight: 600; }
tbody tr:nth-child(even) td { background: #fafbfc; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.sev-Violation { color: var(--bad); font-weight: 600; }
td.sev-Warning { color: var(--warn); font-weight: 600; }
code, .iri { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em;
  word-break: break-all; color: var(--muted); }
.bar { display: inline-block; height: .8rem; background: var(--accent); border-radius: 2px;
  vertical-align: middle; }
iframe { width: 100%; height: 78vh; min-height: 32rem; border: 1px solid var(--line);
  border-radius: 6px; }
.grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(30rem, 1fr));
  gap: 1.2rem; }
details summary { cursor: pointer; color: var(--accent); }
pre { background: var(--bg); padding: .6rem; overflow: auto; font-size: .85rem; }
footer { color: var(--muted); text-align: center; font-size: .85rem; padding: 1rem; }
"""


def _csp(script_hashes: Sequence[str]) -> str:
    scripts = " ".join(f"'{h}'" for h in script_hashes) or "'none'"
    return (
        f"default-src 'none'; script-src {scripts}; style-src 'unsafe-inline'; "
        "img-src data:; frame-src 'self'; base-uri 'none'; form-action 'none'"
    )


_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def _script_hashes(page: str) -> list[str]:
    """CSP hashes of the inline scripts (not the JSON data) of an HTML page."""
    return [
        "sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        for body in _SCRIPT.findall(page)
    ]


def build_report(
    store: Store,
    *,
    validation: Report | None = None,
    queries: Mapping[str, SavedQuery] | None = None,
    title: str = "secgraph report",
    top: int = 10,
    pairs: int = 3,
) -> str:
    """Return the report page as HTML text (see the module docstring)."""
    counts = read_counts(store)
    G = network.to_networkx(store, projection="country-official")
    Gc = network.to_networkx(store, projection="countries")
    central = analysis.centrality(G)
    central_c = analysis.centrality(Gc)
    busiest = central_c.rows[0].node if central_c.rows else None
    busiest_code = Gc.nodes[busiest].get("country") if busiest else None
    records = network.meeting_records(store)

    viz_page = viz.to_html(
        G, title="Countries and officials", sizes=central.scores("weighted_degree")
    )
    hashes = _script_hashes(viz_page)
    sections = [
        ("overview", "Overview", _overview(counts)),
        ("validation", "Validation", _validation(validation)),
        ("network", "Network", _network(viz_page, G)),
        ("centrality", "Who is central", _centrality(central, central_c, G, Gc, top)),
        ("timelines", "Timelines", _timelines(Gc, records, pairs)),
        ("queries", "Saved queries", _queries(store, queries, busiest_code)),
    ]
    nav = "".join(f'<a href="#{key}">{_e(name)}</a>' for key, name, _ in sections)
    body = "".join(
        f'<section id="{key}"><h2>{_e(name)}</h2>{content}</section>\n'
        for key, name, content in sections
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(_csp(hashes))}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{_e(title)}</h1><p>A knowledge graph of bilateral security relations "
        "between states, built from news articles: who met whom, when, about what, and "
        "which article says so. This page works offline and loads nothing.</p></header>\n"
        f"<nav>{nav}</nav>\n<main>\n{body}</main>\n"
        "<footer>Made by <code>secgraph report</code>; rebuild with <code>secgraph build "
        "&amp;&amp; secgraph report</code>.</footer>\n</body>\n</html>\n"
    )


def write_report(page: str, path: str | Path) -> Path:
    """Write the page to ``path`` atomically (creating its folder) and return the path."""
    data = page.encode("utf-8")

    def write(handle: IO[bytes]) -> None:
        handle.write(data)

    return atomic_write(path, write)


# ---------------------------------------------------------------------------------------------
# Sections
# ---------------------------------------------------------------------------------------------


def _overview(c: Counts) -> str:
    cards = [
        (c.articles, "articles"),
        (c.meetings, f"meetings ({c.dated} dated)"),
        (c.countries, "countries that met"),
        (c.officials, "officials"),
        (c.organisations, "organisations"),
        (c.delegations, "delegations"),
        (c.commitments, "commitments"),
        (c.dialogues, "dialogues"),
        (c.evidence, "evidence quotes"),
    ]
    inner = "".join(
        f'<div class="card"><b>{n}</b><span>{_e(what)}</span></div>' for n, what in cards
    )
    return (
        '<p class="hint">Every meeting comes from an article; every number below can be '
        "traced back to a quoted sentence.</p>"
        f'<div class="cards">{inner}</div>'
    )


def _validation(report: Report | None) -> str:
    if report is None:
        return '<p class="hint">Not validated for this report.</p>'
    ok = report.conforms
    verdict = (
        f'<span class="verdict {"ok" if ok else "bad"}">'
        f"{'conforms' if ok else 'does not conform'}</span> "
        f"{report.count('Violation')} violation(s), {report.count('Warning')} warning(s), "
        f"{report.count('Info')} info"
    )
    shown = [r for r in report.results if r.severity != "Info"]
    infos = [r for r in report.results if r.severity == "Info"]
    parts = [f"<p>{verdict}</p>"]
    parts.append(
        '<p class="hint">Checked against the SHACL shapes in <code>ontology/shapes.ttl</code>. '
        "Violations must be fixed; warnings point at facts worth a second look (for example a "
        "meeting whose article gives no date).</p>"
    )
    if shown:
        parts.append(_results_table(shown))
    if infos:
        parts.append(f"<details><summary>{len(infos)} info message(s)</summary>")
        parts.append(_results_table(infos) + "</details>")
    return "".join(parts)


def _results_table(results: Sequence[object]) -> str:
    rows = []
    for r in results:
        where = f"{r.file}:{r.line}" if r.line else r.file  # type: ignore[attr-defined]
        rows.append(
            f"<tr><td><code>{_e(where)}</code></td>"
            f'<td class="sev-{_e(r.severity)}">{_e(r.severity)}</td>'  # type: ignore[attr-defined]
            f"<td><code>{_e(r.focus)}</code></td>"  # type: ignore[attr-defined]
            f"<td>{_e(r.message)}</td></tr>"  # type: ignore[attr-defined]
        )
    return (
        "<table><thead><tr><th>where</th><th>severity</th><th>entity</th><th>message</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _network(page: str, G: nx.Graph) -> str:
    return (
        f'<p class="hint">{G.number_of_nodes()} nodes, {G.number_of_edges()} edges: countries '
        "(hexagons) and the officials who represented them; an edge between two officials "
        "means they faced each other at a meeting. Node size is the number of meetings. "
        "Drag to move, scroll to zoom, click a node or an edge for its meetings and sources, "
        "or search by name. Same as <code>secgraph viz country-official -o net.html</code>.</p>"
        f'<iframe title="country-official network" sandbox="allow-scripts" '
        f'srcdoc="{_e(page, quote=True)}"></iframe>'
    )


def _centrality(
    central: analysis.CentralityResult,
    central_c: analysis.CentralityResult,
    G: nx.Graph,
    Gc: nx.Graph,
    top: int,
) -> str:
    def table(result: analysis.CentralityResult, H: nx.Graph) -> str:
        rows = "".join(
            f"<tr><td class=num>{i}</td><td>{_e(r.label)}</td><td>{_e(r.kind or '')}</td>"
            f"<td>{_e(str(H.nodes[r.node].get('country') or ''))}</td>"
            f"<td class=num>{r.weighted_degree:g}</td><td class=num>{r.degree}</td>"
            f"<td class=num>{r.betweenness:.3f}</td></tr>"
            for i, r in enumerate(result.rows[:top], start=1)
        )
        note = (
            f'<p class="hint">Betweenness estimated from {result.k} sampled nodes.</p>'
            if result.sampled
            else ""
        )
        return (
            "<table><thead><tr><th class=num>#</th><th>name</th><th>kind</th><th>country</th>"
            "<th class=num>meetings</th><th class=num>neighbours</th>"
            f"<th class=num>betweenness</th></tr></thead><tbody>{rows}</tbody></table>{note}"
        )

    return (
        '<p class="hint"><b>meetings</b>: how many meetings a node took part in (weighted '
        "degree); <b>neighbours</b>: how many distinct partners; <b>betweenness</b>: how "
        "often a node lies on the shortest path between two others (a broker). More with "
        "<code>secgraph analyze centrality</code>.</p>"
        f'<div class="grid2"><div><h3>Countries</h3>{table(central_c, Gc)}</div>'
        f"<div><h3>Countries and officials</h3>{table(central, G)}</div></div>"
    )


def _timelines(Gc: nx.Graph, records: Sequence[analysis.MeetingRecord], pairs: int) -> str:
    edges = sorted(
        Gc.edges(data=True),
        key=lambda e: (
            -int(e[2].get("weight", 1)),
            analysis.node_label(Gc, e[0]),
            analysis.node_label(Gc, e[1]),
        ),
    )[:pairs]
    if not edges:
        return '<p class="hint">No meetings yet.</p>'
    parts = [
        '<p class="hint">Meetings per year of the busiest pairs of countries; meetings '
        "whose date no article gives are counted apart, never guessed. More with "
        "<code>secgraph analyze timeline PAK USA</code>.</p>"
    ]
    for u, v, data in edges:
        a, b = Gc.nodes[u].get("country"), Gc.nodes[v].get("country")
        rows = analysis.timeline([r for r in records if a in r.countries], country=b)
        most = max((r.meetings for r in rows), default=1)
        body = "".join(
            f"<tr><td>{'undated' if r.year is None else r.year}</td>"
            f"<td class=num>{r.meetings}</td>"
            f'<td><span class="bar" style="width:{round(8 * r.meetings / most, 2)}rem"></span>'
            f"</td><td>{_e(', '.join(f'{x.area} ({x.count})' for x in r.areas))}</td></tr>"
            for r in rows
        )
        parts.append(
            f"<h3>{_e(analysis.node_label(Gc, u))} \u2013 {_e(analysis.node_label(Gc, v))}: "
            f"{int(data.get('weight', 1))} meeting(s)</h3>"
            "<table><thead><tr><th>year</th><th class=num>meetings</th><th></th>"
            f"<th>areas</th></tr></thead><tbody>{body}</tbody></table>"
        )
    return "".join(parts)


def _queries(store: Store, queries: Mapping[str, SavedQuery] | None, busiest: str | None) -> str:
    if not queries:
        return '<p class="hint">No saved queries (put <code>*.rq</code> files in queries/).</p>'
    from .queries import run_query

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
