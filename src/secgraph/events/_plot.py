"""Pictures of a dyad series: SVG, PNG (matplotlib) and one self-contained HTML page.

The picture: stacked bars of events per period in the four QuadClasses (two greens for
cooperation, two reds for conflict), the mean Goldstein score as a line on its own axis
(-10..10), and each curated meeting as a labelled marker on the axis, so that a change in
the relationship can be read against the meetings beside it. The same series gives the
same bytes (fixed hash salt, no dates in the files).
"""

from __future__ import annotations

import html
import io
from typing import Any

from ..errors import InputError
from ._dyad import DyadSeries

__all__ = ["PLOT_FORMATS", "plot_dyad"]

PLOT_FORMATS = ("svg", "png", "html")
QUAD_LABELS = (
    "verbal cooperation",
    "material cooperation",
    "verbal conflict",
    "material conflict",
)
QUAD_COLORS = ("#74c476", "#238b45", "#fc9272", "#cb181d")


def plot_dyad(series: DyadSeries, fmt: str) -> bytes:
    """The series drawn as ``svg``, ``png`` or ``html`` (the SVG with a table of periods)."""
    if fmt not in PLOT_FORMATS:
        raise InputError(None, f"cannot draw '{fmt}'; write .svg, .png or .html")
    if fmt == "html":
        return _html(series)
    return _figure(series, fmt)


def _title(series: DyadSeries) -> str:
    a, b = series.countries
    return f"{a}-{b}: coded events per {series.by} and curated meetings"


def _figure(series: DyadSeries, fmt: str) -> bytes:
    import matplotlib
    from matplotlib.figure import Figure

    periods = [p.period for p in series.periods]
    x = list(range(len(periods)))
    with matplotlib.rc_context(
        {"svg.hashsalt": "secgraph", "svg.fonttype": "none", "font.family": "DejaVu Sans"}
    ):
        width = min(18.0, max(8.0, 0.35 * len(periods) + 4))
        fig = Figure(figsize=(width, 5.5), dpi=120, facecolor="white")
        ax = fig.add_axes((0.08, 0.22, 0.83, 0.68))
        fig.suptitle(_title(series), fontsize=13, parse_math=False)
        bottom = [0] * len(periods)
        for q in range(4):
            heights = [p.by_quad[q] for p in series.periods]
            ax.bar(x, heights, bottom=bottom, color=QUAD_COLORS[q], label=QUAD_LABELS[q],
                   width=0.8, zorder=2)  # fmt: skip
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        ax.set_ylabel("events")
        ax.set_xticks(x)
        step = max(1, len(periods) // 24)
        ax.set_xticklabels(
            [p if i % step == 0 else "" for i, p in enumerate(periods)], rotation=60, fontsize=8
        )
        ax.grid(axis="y", color="#e4e7eb", zorder=0)
        top = max(bottom, default=0) or 1
        ax.set_ylim(0, top * 1.25)
        scored = [(i, p.mean_goldstein) for i, p in enumerate(series.periods)
                  if p.mean_goldstein is not None]  # fmt: skip
        twin = ax.twinx()
        twin.set_ylim(-10, 10)
        twin.set_ylabel("mean Goldstein score")
        twin.axhline(0, color="#9aa5b1", linewidth=0.6)
        if scored:
            twin.plot([i for i, _ in scored], [g for _, g in scored], color="#1f2933",
                      marker="o", markersize=3, linewidth=1.2, label="mean Goldstein")  # fmt: skip
        meetings = [(i, m) for i, p in enumerate(series.periods) for m in p.meetings]
        for n, (i, meeting) in enumerate(meetings):
            ax.axvline(i, color="#3e4c59", linestyle=":", linewidth=0.9, zorder=1)
            ax.annotate(
                f"\u25c6 {meeting.date}",
                (i, top * (1.18 - 0.06 * (n % 3))),
                ha="center",
                fontsize=7,
                color="#3e4c59",
                parse_math=False,
            )
        handles, labels = ax.get_legend_handles_labels()
        more_h, more_l = twin.get_legend_handles_labels()
        if meetings:
            from matplotlib.lines import Line2D

            more_h.append(Line2D([], [], color="#3e4c59", linestyle=":"))
            more_l.append("curated meeting")
        fig.legend(handles + more_h, labels + more_l, loc="lower center", ncol=6, fontsize=8,
                   frameon=False)  # fmt: skip
        buffer = io.BytesIO()
        metadata: dict[str, Any] = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(buffer, format=fmt, metadata=metadata)
    return buffer.getvalue()


def _html(series: DyadSeries) -> bytes:
    svg = _figure(series, "svg").decode("utf-8")
    svg = svg[svg.index("<svg") :]
    rows = []
    for p in series.periods:
        codes = ", ".join(f"{c.code} {c.label} ({c.events})" for c in p.top_codes)
        meetings = "<br>".join(
            f"{html.escape(m.date)} {html.escape(m.label or m.iri)}" for m in p.meetings
        )
        goldstein = "" if p.mean_goldstein is None else f"{p.mean_goldstein:.2f}"
        cells = [p.period, str(p.events), *map(str, p.by_quad), goldstein]
        rows.append(
            "<tr>"
            + "".join(f"<td>{html.escape(c)}</td>" for c in cells)
            + f"<td>{html.escape(codes)}</td><td>{meetings}</td></tr>"
        )
    head = ["period", "events", *QUAD_LABELS, "mean Goldstein", "top codes", "meetings"]
    title = html.escape(_title(series))
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>{title}</title>
<style>body{{font-family:sans-serif;margin:1.5em;color:#1f2933}}
table{{border-collapse:collapse;font-size:13px}}
td,th{{border:1px solid #cbd2d9;padding:3px 6px;vertical-align:top}}
th{{background:#f5f7fa}}svg{{max-width:100%;height:auto}}</style></head>
<body><h1>{title}</h1>
{svg}
<table><thead><tr>{"".join(f"<th>{html.escape(h)}</th>" for h in head)}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table></body></html>
"""
    return page.encode("utf-8")
