"""SVG and PNG pictures: Graphviz ``sfdp`` from a DOT graph, or matplotlib."""

from __future__ import annotations

import colorsys
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
