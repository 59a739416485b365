"""Draw and export the networkx projections: an offline HTML page, SVG / PNG, GraphML, GEXF.

This module sees networkx graphs only, never rdflib (see :mod:`secgraph.network` for the node
and edge attributes). :func:`to_html` makes one self-contained page: vis-network is inlined
(vendored in ``_static/``), a Content-Security-Policy forbids every request, and every label
reaches the page as text, never as markup. Every ``write_*`` function writes a temporary file
beside the target and renames it, so a failure never leaves half a file.
"""

from __future__ import annotations

import colorsys
import hashlib
import html
import io
import json
import math
import os
import re
import secrets
import shutil
import subprocess
from collections import Counter
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, Any, Literal

import networkx as nx

from secgraph.errors import InputError, SecgraphError

__all__ = [
    "CSP",
    "country_color",
    "to_dot",
    "to_html",
    "to_image",
    "write_html",
    "write_image",
    "write_network",
]

#: The page may load nothing: scripts and styles are inline, images only data: URLs.
CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)
# vis-network 10.1.5 (npm vis-network@10.1.5, standalone/umd/vis-network.min.js),
# dual licensed Apache-2.0 / MIT: see _static/vis-network.LICENSE.txt.
_VIS_FILE = "vis-network.min.js"
_LAYOUT_SEED = 42
_PRECOMPUTE_ABOVE = 1000  # nodes: above this, lay out in Python and switch physics off
_NO_COUNTRY = "#8c96a0"
_PALETTE_SALT = 1605
_SHAPES = {"country": "hexagon", "official": "dot", "organisation": "diamond"}
_SYMBOLS = {"hexagon": "\u2b22", "dot": "\u25cf", "diamond": "\u25c6"}
_MARKERS = {"country": "h", "official": "o", "organisation": "D"}

ImageFormat = Literal["svg", "png"]
Engine = Literal["auto", "graphviz", "matplotlib"]
NetworkFormat = Literal["graphml", "gexf", "cytoscape"]


# --------------------------------------------------------------------------- shared helpers


def country_color(code: str | None) -> str:
    """Return a stable colour for an ISO country code (grey for None).

    Hue, one of three lightness bands and saturation come from a SHA-256 hash of the salted
    code, so a country has the same colour in every graph; the salt was picked so that the
    twelve countries most present in the corpus (PAK, IND, USA, CHN, RUS, AFG, IRN, GBR, FRA,
    SAU, TUR, ARE) get clearly different colours.

    >>> country_color("PAK") == country_color("pak"), country_color(None)
    (True, '#8c96a0')
    """
    if not code:
        return _NO_COUNTRY
    digest = hashlib.sha256(f"{_PALETTE_SALT}:{code.upper()}".encode()).digest()
    hue = int.from_bytes(digest[:2], "big") / 65536
    lightness = (0.34, 0.47, 0.60)[digest[2] % 3]
    saturation = 0.55 + digest[3] / 255 * 0.30
    red, green, blue = colorsys.hls_to_rgb(hue, lightness, saturation)
    return f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"


def _label(G: nx.Graph, node: Any) -> str:
    label = G.nodes[node].get("label")
    return str(label) if label else re.split(r"[/#]", str(node).rstrip("/#"))[-1]


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value]


def _scaled_sizes(
    G: nx.Graph, sizes: Mapping[Any, float] | None, low: float, high: float
) -> dict[Any, float]:
    """Map ``sizes`` (default: degree) linearly onto ``[low, high]``."""
    raw = {node: float(sizes.get(node, 0.0) if sizes else G.degree(node)) for node in G}
    if not raw:
        return {}
    smallest, largest = min(raw.values()), max(raw.values())
    if largest == smallest:
        return dict.fromkeys(raw, (low + high) / 2)
    return {
        node: low + (value - smallest) / (largest - smallest) * (high - low)
        for node, value in raw.items()
    }


def _country_names(G: nx.Graph) -> dict[str, str]:
    """ISO code -> country label, from the country nodes of ``G``."""
    names: dict[str, str] = {}
    for node, data in G.nodes(data=True):
        code = data.get("country")
        if data.get("kind") == "country" and code:
            names.setdefault(str(code), _label(G, node))
    return names


def _legend(G: nx.Graph) -> list[tuple[str, str]]:
    """(colour, text) per country code present in G, by code; then "no country"."""
    names = _country_names(G)
    codes = Counter(str(data["country"]) for _, data in G.nodes(data=True) if data.get("country"))
    entries = [
        (country_color(code), f"{code} \u2014 {names[code]}" if code in names else code)
        for code in sorted(codes)
    ]
    if any(not data.get("country") for _, data in G.nodes(data=True)):
        entries.append((_NO_COUNTRY, "no country"))
    return entries


def _write_atomic(path: str | os.PathLike[str], payload: bytes) -> Path:
    """Write ``payload`` to a temporary file beside ``path``, then rename it onto ``path``."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        # os.open with 0o666 lets the umask decide the mode, as for an ordinary new file.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, target)
    except OSError as err:
        raise InputError(str(target), f"cannot write: {err.strerror or err}") from err
    finally:
        tmp.unlink(missing_ok=True)
    return target


# --------------------------------------------------------------------------- HTML


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


def _positions(G: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Lay ``G`` out for vis-network: Graphviz ``sfdp`` if on the PATH, else a spring layout.

    sfdp (multilevel) takes seconds for thousands of nodes where networkx's spring layout
    takes minutes; the fallback uses fewer iterations above 2,000 nodes for that reason.
    Both are deterministic and are rescaled to the same span (about 60 * sqrt(n) pixels).
    """
    n = G.number_of_nodes()
    program = shutil.which("sfdp")
    if program is not None and n > 0:
        raw = _sfdp_positions(G, program)
    else:
        iterations = 50 if n <= 2000 else 20
        layout = nx.spring_layout(G, seed=_LAYOUT_SEED, iterations=iterations, weight="weight")
        raw = {node: (float(x), float(y)) for node, (x, y) in layout.items()}
    if not raw:
        return {}
    mid_x = sum(x for x, _ in raw.values()) / n
    mid_y = sum(y for _, y in raw.values()) / n
    span = max(max(abs(x - mid_x), abs(y - mid_y)) for x, y in raw.values()) or 1.0
    scale = 60.0 * math.sqrt(n) / span
    return {node: ((x - mid_x) * scale, (mid_y - y) * scale) for node, (x, y) in raw.items()}


def _sfdp_positions(G: nx.Graph, program: str) -> dict[Any, tuple[float, float]]:
    """Node positions from ``sfdp -Tplain`` (nodes as points; weights ignored)."""
    ids = {f"n{index}": node for index, node in enumerate(G)}
    index = {node: name for name, node in ids.items()}
    lines = ["graph g {", "  node [shape=point];", *(f"  {name};" for name in ids)]
    lines += [f"  {index[u]} -- {index[v]};" for u, v in G.edges()]
    dot = "\n".join([*lines, "}", ""])
    plain = _run_graphviz([program, "-Tplain", "-Gstart=42"], dot).decode("utf-8")
    positions: dict[Any, tuple[float, float]] = {}
    for line in plain.splitlines():
        fields = line.split()
        if len(fields) >= 4 and fields[0] == "node" and fields[1] in ids:
            positions[ids[fields[1]]] = (float(fields[2]), float(fields[3]))
    return positions


def _run_graphviz(args: list[str], dot: str) -> bytes:
    try:
        done = subprocess.run(args, input=dot.encode("utf-8"), capture_output=True, check=True)
    except subprocess.CalledProcessError as err:
        message = err.stderr.decode("utf-8", "replace").strip()
        raise SecgraphError(f"Graphviz {Path(args[0]).name} failed: {message}") from err
    return done.stdout


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
    return _write_atomic(path, to_html(G, title=title, sizes=sizes).encode("utf-8"))


# --------------------------------------------------------------------------- SVG / PNG


def _image_format(path: str | os.PathLike[str]) -> ImageFormat:
    suffix = Path(path).suffix.lower()
    if suffix == ".svg":
        return "svg"
    if suffix == ".png":
        return "png"
    raise InputError(str(path), f"cannot draw a '{suffix}' image (name the file .svg or .png)")


def to_image(
    G: nx.Graph,
    *,
    fmt: ImageFormat,
    title: str,
    sizes: Mapping[Any, float] | None = None,
    engine: Engine = "auto",
) -> bytes:
    """Draw ``G`` as SVG or PNG bytes; the same graph always gives the same bytes.

    ``engine="auto"`` uses Graphviz ``sfdp`` when it is on the PATH, else matplotlib with a
    spring layout of fixed seed. Only the matplotlib drawing has a country legend.
    """
    if fmt not in ("svg", "png"):
        raise InputError(None, f"unknown image format '{fmt}' (use svg or png)")
    program = shutil.which("sfdp") if engine in ("auto", "graphviz") else None
    if engine == "graphviz" and program is None:
        raise InputError(None, "Graphviz 'sfdp' is not on the PATH (install graphviz)")
    if program is not None:
        return _graphviz_image(G, program, fmt=fmt, title=title, sizes=sizes)
    return _matplotlib_image(G, fmt=fmt, title=title, sizes=sizes)


def write_image(
    G: nx.Graph,
    path: str | os.PathLike[str],
    *,
    title: str,
    sizes: Mapping[Any, float] | None = None,
    engine: Engine = "auto",
) -> Path:
    """Write :func:`to_image` to ``path`` (atomically), SVG or PNG by its suffix."""
    payload = to_image(G, fmt=_image_format(path), title=title, sizes=sizes, engine=engine)
    return _write_atomic(path, payload)


def _dot_string(text: str) -> str:
    """Quote ``text`` as a DOT string (backslashes too, so \\N etc. stay literal)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\r", "").replace("\n", "\\n") + '"'


def _pastel(color: str) -> str:
    red, green, blue = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, _, saturation = colorsys.rgb_to_hls(red, green, blue)
    red, green, blue = colorsys.hls_to_rgb(hue, 0.82, min(saturation, 0.7))
    return f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"


def to_dot(G: nx.Graph, *, title: str, sizes: Mapping[Any, float] | None = None) -> str:
    """Return ``G`` as a Graphviz DOT graph (labels escaped, node ids ``n0``, ``n1``...)."""
    fonts = _scaled_sizes(G, sizes, 9.0, 20.0)
    ids = {node: f"n{index}" for index, node in enumerate(G)}
    top = max((int(d.get("weight", 1)) for _, _, d in G.edges(data=True)), default=1)
    lines = [
        "graph secgraph {",
        f"  graph [label={_dot_string(title)}, labelloc=t, fontsize=22, "
        'fontname="DejaVu Sans", overlap=prism, outputorder=edgesfirst, '
        'bgcolor="white", pad=0.3];',
        '  node [style=filled, fontname="DejaVu Sans", penwidth=1.4, margin="0.08,0.04"];',
        '  edge [color="#9aa5b1"];',
    ]
    for node, data in G.nodes(data=True):
        color = country_color(data.get("country"))
        shape = {"country": "hexagon", "organisation": "diamond"}.get(
            str(data.get("kind")), "ellipse"
        )
        lines.append(
            f"  {ids[node]} [label={_dot_string(_label(G, node))}, shape={shape}, "
            f'fillcolor="{_pastel(color)}", color="{color}", fontsize={fonts[node]:.1f}];'
        )
    for u, v, data in G.edges(data=True):
        weight = int(data.get("weight", 1))
        width = 0.8 + (4.0 * math.sqrt((weight - 1) / (top - 1)) if top > 1 else 0.0)
        lines.append(f"  {ids[u]} -- {ids[v]} [penwidth={width:.2f}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _graphviz_image(
    G: nx.Graph,
    program: str,
    *,
    fmt: ImageFormat,
    title: str,
    sizes: Mapping[Any, float] | None,
) -> bytes:
    dot = to_dot(G, title=title, sizes=sizes)
    args = [program, f"-T{fmt}", "-Gstart=42"]
    if fmt == "png":
        args.append("-Gdpi=150")
    return _run_graphviz(args, dot)


def _matplotlib_image(
    G: nx.Graph,
    *,
    fmt: ImageFormat,
    title: str,
    sizes: Mapping[Any, float] | None,
) -> bytes:
    import matplotlib
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    areas = _scaled_sizes(G, sizes, 40.0, 600.0)
    position = nx.spring_layout(G, seed=_LAYOUT_SEED, weight="weight") if len(G) else {}
    with matplotlib.rc_context(
        {"svg.hashsalt": "secgraph", "svg.fonttype": "none", "font.family": "DejaVu Sans"}
    ):
        fig = Figure(figsize=(11, 8.5), dpi=150, facecolor="white")
        ax = fig.add_axes((0.01, 0.01, 0.98, 0.92))
        ax.set_axis_off()
        fig.suptitle(title, fontsize=15, parse_math=False)
        top = max((int(d.get("weight", 1)) for _, _, d in G.edges(data=True)), default=1)
        segments = [(position[u], position[v]) for u, v in G.edges()]
        widths = [
            0.6 + (3.5 * math.sqrt((int(d.get("weight", 1)) - 1) / (top - 1)) if top > 1 else 0)
            for _, _, d in G.edges(data=True)
        ]
        ax.add_collection(LineCollection(segments, linewidths=widths, colors="#9aa5b1", zorder=1))
        for kind, marker in (*_MARKERS.items(), (None, "o")):
            members = [
                node
                for node, data in G.nodes(data=True)
                if (data.get("kind") if data.get("kind") in _MARKERS else None) == kind
            ]
            if not members:
                continue
            ax.scatter(
                [position[node][0] for node in members],
                [position[node][1] for node in members],
                s=[areas[node] for node in members],
                c=[country_color(G.nodes[node].get("country")) for node in members],
                marker=marker,
                edgecolors="#1f2933",
                linewidths=0.6,
                zorder=2,
            )
        ranked = sorted(G, key=lambda node: (-areas[node], _label(G, node), str(node)))
        for node in ranked if len(G) <= 80 else ranked[:30]:
            x, y = position[node]
            ax.annotate(
                _label(G, node),
                (x, y),
                xytext=(0, 7 + math.sqrt(areas[node]) / 2),
                textcoords="offset points",
                ha="center",
                fontsize=8,
                color="#1f2933",
                parse_math=False,
                zorder=3,
            )
        legend = _legend(G)
        if legend:
            handles = [
                Line2D([], [], marker="o", linestyle="", markerfacecolor=color, color="#1f2933")
                for color, _ in legend[:15]
            ]
            texts = [text for _, text in legend[:15]]
            if len(legend) > 15:
                handles.append(Line2D([], [], linestyle=""))
                texts.append(f"\u2026 and {len(legend) - 15} more")
            ax.legend(handles, texts, loc="upper left", fontsize=8, frameon=True)
        ax.autoscale_view()
        ax.margins(0.08)
        buffer = io.BytesIO()
        metadata: dict[str, Any] = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(buffer, format=fmt, metadata=metadata)
    return buffer.getvalue()


# --------------------------------------------------------------------------- GraphML, GEXF


def _flat(value: Any) -> Any:
    """A GraphML/GEXF-safe value: lists joined with "; ", None as ""."""
    if value is None:
        return ""
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return "; ".join(str(item) for item in items)
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _flattened(G: nx.Graph) -> nx.Graph:
    H = G.copy()
    H.graph = {key: _flat(value) for key, value in G.graph.items()}
    for _, data in H.nodes(data=True):
        data.update({key: _flat(value) for key, value in data.items()})
    for *_, data in H.edges(data=True):
        data.update({key: _flat(value) for key, value in data.items()})
    return H


def _network_bytes(G: nx.Graph, fmt: str) -> bytes:
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(_flattened(G), buffer)
    elif fmt == "gexf":
        nx.write_gexf(_flattened(G), buffer)
    elif fmt == "cytoscape":
        text = json.dumps(nx.cytoscape_data(G), ensure_ascii=False, indent=2, sort_keys=True)
        buffer.write(text.encode("utf-8") + b"\n")
    else:
        raise InputError(None, f"unknown network format '{fmt}' (use graphml, gexf or cytoscape)")
    return buffer.getvalue()


def write_network(
    G: nx.Graph, path_or_stream: str | os.PathLike[str] | IO[bytes], fmt: NetworkFormat
) -> None:
    """Write ``G`` as GraphML, GEXF or Cytoscape JSON (``nx.cytoscape_data``).

    For GraphML and GEXF, which accept only scalar attributes, a copy is written with lists
    joined by "; " and None as "". Cytoscape JSON keeps lists and nulls. A path is written
    atomically; a stream gets the bytes.
    """
    payload = _network_bytes(G, fmt)
    if isinstance(path_or_stream, str | os.PathLike):
        _write_atomic(path_or_stream, payload)
    else:
        path_or_stream.write(payload)
