"""The self-contained, offline HTML page: vis-network inlined, graph data as JSON."""

from __future__ import annotations

import html
import json
import math
import os
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from ..atomic import atomic_write
from ._layout import _positions
from ._style import (
    _SHAPES,
    _SYMBOLS,
    _country_names,
    _label,
    _legend,
    _scaled_sizes,
    _strings,
    country_color,
)

__all__ = ["CSP", "to_html", "write_html"]

#: The page may load nothing: scripts and styles are inline, images only data: URLs.
CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)
# vis-network 10.1.5 (npm vis-network@10.1.5, standalone/umd/vis-network.min.js),
# dual licensed Apache-2.0 / MIT: see _static/vis-network.LICENSE.txt.
_VIS_FILE = "vis-network.min.js"
_PRECOMPUTE_ABOVE = 1000  # nodes: above this, lay out in Python and switch physics off


@cache
def _static(name: str) -> str:
    return resources.files("secgraph").joinpath("_static", name).read_text(encoding="utf-8")


def _script_safe(code: str) -> str:
    """Make JavaScript safe to inline in <script>: no sourcemap fetch, no early </script>."""
    code = re.sub(r"^//# sourceMappingURL=.*$", "", code, flags=re.MULTILINE)
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)


def _json_for_script(value: Any) -> str:
    """JSON that cannot end its <script> element: <, > and & become \\u escapes.

    >>> _json_for_script({"a": "</script>&"})
    '{"a": "\\\\u003c/script\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _node_info(G: nx.Graph, node: Any, names: Mapping[str, str]) -> list[list[Any]]:
    data = G.nodes[node]
    code = data.get("country")
    country = f"{code} \u2014 {names[code]}" if code in names else code
    return [
        ["Kind", data.get("kind")],
        ["Country", country],
        ["Post", data.get("post")],
        ["Organisation", data.get("organisation")],
        ["Meeting dates", sorted(_strings(data.get("dates")))],
        ["Articles", _strings(data.get("articles"))],
        ["Sources", _strings(data.get("sources"))],
        ["IRI", str(node)],
    ]


def _edge_info(data: Mapping[str, Any]) -> list[list[Any]]:
    first, last = data.get("first"), data.get("last")
    if first and last and first != last:
        when: str | None = f"{first} to {last}"
    else:
        when = first or last  # a missing date stays missing
    return [
        ["Relation", data.get("relation")],
        ["Meetings", int(data.get("weight", 1))],
        ["When", when],
        ["Areas", _strings(data.get("areas"))],
        ["Meeting", _strings(data.get("meeting_labels")) or _strings(data.get("meetings"))],
        ["Sources", _strings(data.get("sources"))],
    ]


def _page_data(G: nx.Graph, title: str, sizes: Mapping[Any, float] | None) -> dict[str, Any]:
    names = _country_names(G)
    scaled = _scaled_sizes(G, sizes, 10.0, 40.0)
    precompute = G.number_of_nodes() > _PRECOMPUTE_ABOVE or G.number_of_edges() == 0
    positions = _positions(G) if precompute else {}
    ids = {node: str(node) for node in G}
    nodes = []
    for node, data in G.nodes(data=True):
        color = country_color(data.get("country"))
        item: dict[str, Any] = {
            "id": ids[node],
            "label": _label(G, node),
            "shape": _SHAPES.get(str(data.get("kind")), "dot"),
            "size": round(scaled[node], 2),
            "color": {
                "background": color,
                "border": "#1f2933",
                "highlight": {"background": color, "border": "#000000"},
                "hover": {"background": color, "border": "#000000"},
            },
            "info": _node_info(G, node, names),
        }
        if node in positions:
            item["x"], item["y"] = (round(value, 2) for value in positions[node])
        nodes.append(item)
    top = max((int(d.get("weight", 1)) for _, _, d in G.edges(data=True)), default=1)
    edges = []
    for index, (u, v, data) in enumerate(G.edges(data=True)):
        weight = int(data.get("weight", 1))
        width = 1.0 + (7.0 * math.sqrt((weight - 1) / (top - 1)) if top > 1 else 0.0)
        edges.append(
            {
                "id": f"e{index}",
                "from": ids[u],
                "to": ids[v],
                "width": round(width, 2),
                "caption": f"{_label(G, u)} \u2013 {_label(G, v)}",
                "info": _edge_info(data),
            }
        )
    kinds = sorted({str(d.get("kind")) for _, d in G.nodes(data=True) if d.get("kind")})
    projection = G.graph.get("projection")
    summary = f"{len(nodes)} nodes, {len(edges)} edges"
    return {
        "title": title,
        "summary": f"{summary} ({projection})" if projection else summary,
        "physics": not precompute,
        "nodes": nodes,
        "edges": edges,
        "legend": [{"color": color, "text": text} for color, text in _legend(G)],
        "kinds": [{"symbol": _SYMBOLS[_SHAPES.get(kind, "dot")], "text": kind} for kind in kinds],
    }


def to_html(G: nx.Graph, *, title: str, sizes: Mapping[Any, float] | None = None) -> str:
    """Return one self-contained, offline HTML page drawing ``G`` with vis-network.

    Nodes are coloured by ``country`` (:func:`country_color`), shaped by ``kind`` and sized
    by ``sizes`` (e.g. ``centrality(G).scores("betweenness")``; default: degree); edges are
    as wide as their ``weight``. Hovering shows a tooltip (post, organisation, meeting dates,
    sources), clicking shows the same in the side panel, and a search box highlights nodes
    whose label contains the text (optionally hiding the others). Physics lays the graph
    out, then stops; above 1,000 nodes the layout is computed here (Graphviz sfdp when on
    the PATH, else networkx's spring layout with a fixed seed) and physics stays off.

    Once drawn, the page sets ``window.secgraphReady = true`` and
    ``window.secgraphCounts = {nodes, edges}`` (read back from vis-network's data sets).
    """
    data = _page_data(G, title, sizes)
    parts = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n',
        '<meta name="referrer" content="no-referrer">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>{html.escape(title)}</title>\n",
        f"<style>\n{_static('viz.css')}</style>\n</head>\n<body>\n",
        '<div id="app">\n<aside id="side">\n',
        f"<h1>{html.escape(title)}</h1>\n",
        '<p id="summary"></p>\n',
        '<input id="search" type="search" placeholder="Search labels\u2026" '
        'autocomplete="off" aria-label="Search node labels">\n',
        '<label class="check"><input type="checkbox" id="hide-others"> '
        "hide nodes that do not match</label>\n",
        '<p id="match-count" aria-live="polite"></p>\n<ul id="matches"></ul>\n',
        '<h2>Countries</h2>\n<ul id="legend"></ul>\n',
        '<h2>Kinds</h2>\n<ul id="legend-kinds"></ul>\n',
        '<h2>Details</h2>\n<div id="details">Click a node or an edge.</div>\n',
        '</aside>\n<main id="network" aria-label="network"></main>\n</div>\n',
        '<script type="application/json" id="graph-data">',
        _json_for_script(data),
        "</script>\n<script>\n",
        _script_safe(_static(_VIS_FILE)),
        "\n</script>\n<script>\n",
        _script_safe(_static("viz.js")),
        "</script>\n</body>\n</html>\n",
    ]
    return "".join(parts)


def write_html(
    G: nx.Graph,
    path: str | os.PathLike[str],
    *,
    title: str,
    sizes: Mapping[Any, float] | None = None,
) -> Path:
    """Write :func:`to_html` to ``path`` (atomically) and return the path."""
    return atomic_write(path, to_html(G, title=title, sizes=sizes).encode("utf-8"))
