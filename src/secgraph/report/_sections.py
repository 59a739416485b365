"""The store-free sections of the page: overview, validation, network, centrality, timelines.

Each takes plain results (counts, a validation report, networkx graphs, centralities, meeting
records) and returns an HTML fragment; every value goes through :func:`html.escape`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import networkx as nx

from secgraph import analysis
from secgraph.validation import Report

from ._counts import Counts

__all__ = [
    "_centrality",
    "_network",
    "_overview",
    "_results_table",
    "_timelines",
    "_validation",
]

_e = html.escape


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
