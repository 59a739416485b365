"""The page itself: :func:`build_report` assembles the sections, :func:`write_report` saves it.

The page carries its own stylesheet and a Content-Security-Policy that forbids every request
and allows only the inline scripts of the framed network page, by their SHA-256 hashes.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from secgraph import analysis, network, viz
from secgraph.store import Store, atomic_write
from secgraph.validation import Report

from ..events._report import event_section
from ._counts import read_counts
from ._saved import QueryRunner, Samples, _queries, latest_article
from ._sections import _centrality, _network, _overview, _timelines, _validation

if TYPE_CHECKING:
    import networkx as nx

    from secgraph.queries import SavedQuery

__all__ = ["_CSS", "_SCRIPT", "_csp", "_script_hashes", "build_report", "write_report"]

_e = html.escape

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
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.scroll { overflow-x: auto; max-width: 100%; }
td.sev-Violation { color: var(--bad); font-weight: 600; }
td.sev-Warning { color: var(--warn); font-weight: 600; }
code, .iri { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em;
  word-break: break-all; color: var(--muted); }
.bar { display: inline-block; height: .8rem; background: var(--accent); border-radius: 2px;
  vertical-align: middle; }
iframe { width: 100%; height: 78vh; min-height: 32rem; border: 1px solid var(--line);
  border-radius: 6px; }
.grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 40rem), 1fr));
  gap: 1.2rem; }
.grid2 > div { min-width: 0; }
@media (max-width: 40rem) {
  header, nav { padding-left: .8rem; padding-right: .8rem; }
  main { padding: .4rem .5rem 2rem; }
  section { padding: .7rem .7rem .9rem; }
  table { font-size: .8rem; }
  th, td { padding: .25rem .35rem; }
  iframe { height: 70vh; min-height: 24rem; }
}
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
    run: QueryRunner | None = None,
) -> str:
    """Return the report page as HTML text (see the module docstring). ``run`` runs each
    saved query (default :func:`secgraph.queries.run_query`)."""
    counts = read_counts(store)
    G = network.to_networkx(store, projection="country-official")
    Gc = network.to_networkx(store, projection="countries")
    central = analysis.centrality(G)
    central_c = analysis.centrality(Gc)
    busiest = central_c.rows[0].node if central_c.rows else None
    busiest_code = Gc.nodes[busiest].get("country") if busiest else None
    article, meeting = latest_article(store)
    samples = Samples(
        country=busiest_code, pair=_busiest_pair(Gc), article=article, meeting=meeting
    )
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
        ("queries", "Saved queries", _queries(store, queries, samples, run)),
    ]
    events = event_section(store)
    if events is not None:  # only when the store holds coded events
        sections.insert(-1, ("events", "Event data", events))
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


def _busiest_pair(Gc: nx.Graph) -> tuple[str, str] | None:
    """The ISO codes of the two countries with the most meetings together (ties: by code)."""
    best: tuple[float, tuple[str, str]] | None = None
    for u, v, data in Gc.edges(data=True):
        a, b = Gc.nodes[u].get("country"), Gc.nodes[v].get("country")
        if not a or not b or a == b:
            continue
        pair = (a, b) if a < b else (b, a)
        key = (float(data.get("weight", 1)), pair)
        if best is None or key[0] > best[0] or (key[0] == best[0] and pair < best[1]):
            best = key
    return best[1] if best is not None else None


def write_report(page: str, path: str | Path) -> Path:
    """Write the page to ``path`` atomically (creating its folder) and return the path."""
    data = page.encode("utf-8")

    def write(handle: IO[bytes]) -> None:
        handle.write(data)

    return atomic_write(path, write)
