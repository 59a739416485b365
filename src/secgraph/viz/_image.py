"""SVG and PNG pictures: Graphviz ``sfdp`` from a DOT graph, or matplotlib."""

from __future__ import annotations

import colorsys
import html
import io
import math
import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import networkx as nx

from secgraph.errors import InputError

from ..atomic import atomic_write
from ._layout import _LAYOUT_SEED, _run_graphviz
from ._style import _MARKERS, _label, _legend, _scaled_sizes, country_color

__all__ = ["Engine", "ImageFormat", "to_dot", "to_image", "write_image"]

ImageFormat = Literal["svg", "png"]
Engine = Literal["auto", "graphviz", "matplotlib"]


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
    note: str | None = None,
) -> bytes:
    """Draw ``G`` as SVG or PNG bytes; the same graph always gives the same bytes.

    ``engine="auto"`` uses Graphviz ``sfdp`` when it is on the PATH, else matplotlib with a
    spring layout of fixed seed. Both draw a legend (country colours, node shapes, what edge
    widths mean), meeting counts on edges (up to 200 edges) and ``note`` under the title. A
    large graph is best cut first with :func:`most_central`; the picture is capped at 16 x 12
    inches either way.
    """
    if fmt not in ("svg", "png"):
        raise InputError(None, f"unknown image format '{fmt}' (use svg or png)")
    program = shutil.which("sfdp") if engine in ("auto", "graphviz") else None
    if engine == "graphviz" and program is None:
        raise InputError(None, "Graphviz 'sfdp' is not on the PATH (install graphviz)")
    if program is not None:
        return _graphviz_image(G, program, fmt=fmt, title=title, sizes=sizes, note=note)
    return _matplotlib_image(G, fmt=fmt, title=title, sizes=sizes, note=note)


def write_image(
    G: nx.Graph,
    path: str | os.PathLike[str],
    *,
    title: str,
    sizes: Mapping[Any, float] | None = None,
    engine: Engine = "auto",
    note: str | None = None,
) -> Path:
    """Write :func:`to_image` to ``path`` (atomically), SVG or PNG by its suffix."""
    payload = to_image(
        G, fmt=_image_format(path), title=title, sizes=sizes, engine=engine, note=note
    )
    return atomic_write(path, payload)


def _dot_string(text: str) -> str:
    """Quote ``text`` as a DOT string (backslashes too, so \\N etc. stay literal)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\r", "").replace("\n", "\\n") + '"'


def _pastel(color: str) -> str:
    red, green, blue = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, _, saturation = colorsys.rgb_to_hls(red, green, blue)
    red, green, blue = colorsys.hls_to_rgb(hue, 0.82, min(saturation, 0.7))
    return f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"


#: Label font sizes by kind: a country's name stays the largest, however few meetings it has.
_FONT = {"country": 15.0, "official": 11.0, "organisation": 11.0}
#: Edge labels (meeting counts) are drawn up to this many edges; widths always.
_EDGE_LABELS_UP_TO = 200
#: Cap on the picture, in inches (PNG at 150 dpi: at most 2,400 x 1,800 pixels).
_MAX_INCHES = "16,12"


def _edge_width(weight: int, top: int, low: float, span: float) -> float:
    return low + (span * math.sqrt((weight - 1) / (top - 1)) if top > 1 else 0.0)


def _kinds(G: nx.Graph) -> list[str]:
    return sorted({str(d.get("kind")) for _, d in G.nodes(data=True) if d.get("kind") in _FONT})


def _dot_legend(G: nx.Graph, title: str, note: str | None) -> str:
    """The graph's label: title, the note on what is shown, and the legend, as an HTML-like
    table (every text escaped)."""
    e = html.escape
    rows = [f'<tr><td align="left"><font point-size="22">{e(title)}</font></td></tr>']
    if note:
        rows.append(f'<tr><td align="left"><font color="#52606d">{e(note)}</font></td></tr>')
    legend = _legend(G)
    for color, text in legend[:15]:
        swatch = f'<font color="{color}" point-size="16">\u25a0</font>'
        rows.append(f'<tr><td align="left">{swatch} {e(text)}</td></tr>')
    if len(legend) > 15:
        rows.append(f'<tr><td align="left">\u2026 and {len(legend) - 15} more</td></tr>')
    shapes = {"country": "hexagon", "official": "ellipse", "organisation": "diamond"}
    kinds = ", ".join(f"{k}: {shapes[k]}" for k in _kinds(G))
    if kinds:
        rows.append(f'<tr><td align="left">{e(kinds)}</td></tr>')
    if G.number_of_edges():
        labelled = " and label" if G.number_of_edges() <= _EDGE_LABELS_UP_TO else ""
        rows.append(
            f'<tr><td align="left">edge width{labelled}: meetings; node size: meetings</td></tr>'
        )
    body = "".join(rows)
    return f'<<table border="0" cellspacing="1" cellpadding="2">{body}</table>>'


def to_dot(
    G: nx.Graph,
    *,
    title: str,
    sizes: Mapping[Any, float] | None = None,
    note: str | None = None,
) -> str:
    """Return ``G`` as a Graphviz DOT graph (labels escaped, node ids ``n0``, ``n1``...).

    The graph's label holds the title, ``note`` (e.g. what :func:`most_central` left out) and
    a legend: country colours, node shapes, and what widths and sizes mean. Node size follows
    ``sizes``; label size follows the kind, so every label stays readable.
    """
    widths = _scaled_sizes(G, sizes, 0.35, 1.5)
    ids = {node: f"n{index}" for index, node in enumerate(G)}
    top = max((int(d.get("weight", 1)) for _, _, d in G.edges(data=True)), default=1)
    label_edges = G.number_of_edges() <= _EDGE_LABELS_UP_TO
    lines = [
        "graph secgraph {",
        f"  graph [label={_dot_legend(G, title, note)}, labelloc=t, labeljust=l, fontsize=12, "
        'fontname="DejaVu Sans", overlap=prism, outputorder=edgesfirst, '
        f'bgcolor="white", pad=0.3, size="{_MAX_INCHES}"];',
        '  node [style=filled, fontname="DejaVu Sans", penwidth=1.4, margin="0.08,0.04"];',
        '  edge [color="#9aa5b1", fontname="DejaVu Sans", fontsize=9, fontcolor="#52606d"];',
    ]
    for node, data in G.nodes(data=True):
        color = country_color(data.get("country"))
        kind = str(data.get("kind"))
        shape = {"country": "hexagon", "organisation": "diamond"}.get(kind, "ellipse")
        width = widths[node]
        lines.append(
            f"  {ids[node]} [label={_dot_string(_label(G, node))}, shape={shape}, "
            f'fillcolor="{_pastel(color)}", color="{color}", fontsize={_FONT.get(kind, 11.0)}, '
            f"width={width:.2f}, height={width * 0.55:.2f}];"
        )
    for u, v, data in G.edges(data=True):
        weight = int(data.get("weight", 1))
        width = _edge_width(weight, top, 0.8, 4.0)
        label = f', label="{weight}"' if label_edges and weight > 1 else ""
        lines.append(f"  {ids[u]} -- {ids[v]} [penwidth={width:.2f}{label}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _graphviz_image(
    G: nx.Graph,
    program: str,
    *,
    fmt: ImageFormat,
    title: str,
    sizes: Mapping[Any, float] | None,
    note: str | None = None,
) -> bytes:
    dot = to_dot(G, title=title, sizes=sizes, note=note)
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
    note: str | None = None,
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
        if note:
            fig.text(0.5, 0.935, note, ha="center", fontsize=9, color="#52606d", parse_math=False)
        top = max((int(d.get("weight", 1)) for _, _, d in G.edges(data=True)), default=1)
        segments = [(position[u], position[v]) for u, v in G.edges()]
        widths = [
            _edge_width(int(d.get("weight", 1)), top, 0.6, 3.5) for _, _, d in G.edges(data=True)
        ]
        ax.add_collection(LineCollection(segments, linewidths=widths, colors="#9aa5b1", zorder=1))
        if G.number_of_edges() <= _EDGE_LABELS_UP_TO:
            for u, v, d in G.edges(data=True):
                if int(d.get("weight", 1)) > 1:
                    (x1, y1), (x2, y2) = position[u], position[v]
                    ax.text(
                        (x1 + x2) / 2,
                        (y1 + y2) / 2,
                        str(int(d["weight"])),
                        fontsize=7,
                        color="#52606d",
                        ha="center",
                        va="center",
                        zorder=1.5,
                        parse_math=False,
                    )
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
                fontsize=10 if G.nodes[node].get("kind") == "country" else 7.5,
                fontweight="bold" if G.nodes[node].get("kind") == "country" else "normal",
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
            for kind in _kinds(G):
                handles.append(Line2D([], [], marker=_MARKERS[kind], linestyle="", color="#52606d"))
                texts.append(kind)
            if G.number_of_edges():
                handles.append(Line2D([], [], color="#9aa5b1", linewidth=2.5))
                texts.append("edge width: meetings")
            ax.legend(handles, texts, loc="upper left", fontsize=8, frameon=True)
        ax.autoscale_view()
        ax.margins(0.08)
        buffer = io.BytesIO()
        metadata: dict[str, Any] = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(buffer, format=fmt, metadata=metadata)
    return buffer.getvalue()
