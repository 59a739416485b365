"""What the commands over a networkx projection share: options, the graph, rows as output."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

import secgraph as sg
from secgraph._faults import fault_point
from secgraph.vocab import PROJECTIONS

from ._common import format_option, lazy_import, open_store

if TYPE_CHECKING:
    import networkx as nx

    import secgraph as sg
    from secgraph import network
else:
    network = lazy_import("secgraph.network")

__all__ = [
    "COUNTRY_OPTION",
    "FORMAT_OPTION",
    "OUTPUT_FORMATS",
    "SAMPLE_ABOVE",
    "SINCE_OPTION",
    "WEIGHT_OPTION",
    "_emit",
    "_graph",
    "_projection_option",
]

OUTPUT_FORMATS = ("table", "csv", "json")
#: Above this many nodes, betweenness is estimated from this many sampled nodes.
SAMPLE_ABOVE = 500


def _projection_option(default: str) -> Callable[[Any], Any]:
    return click.option(
        "--projection",
        "-p",
        type=click.Choice(PROJECTIONS),
        default=default,
        show_default=True,
        help="Which graph: countries, officials, country-official or organisations.",
    )


COUNTRY_OPTION = click.option(
    "--country",
    default=None,
    help="Only meetings where this country (ISO code or name) had a delegation.",
)
SINCE_OPTION = click.option(
    "--since",
    default=None,
    metavar="YYYY-MM-DD",
    help="Only meetings on or after this date (meetings without a date are left out).",
)
FORMAT_OPTION = format_option(OUTPUT_FORMATS, default="table")


WEIGHT_OPTION = click.option(
    "--weight",
    type=click.Choice(["meetings", "events"]),
    default="meetings",
    show_default=True,
    help="Edge weight of the countries projection: meetings, or cooperation events "
    "(QuadClass 1-2) from the event files.",
)


def _graph(
    store_spec: sg.StoreSpec,
    build_dir: Path | None,
    projection: str,
    country: str | None,
    since: str | None,
    weight: str = "meetings",
) -> nx.Graph:
    store = open_store(store_spec, build_dir)
    try:
        G = network.to_networkx(store, projection=projection, country=country, since=since)
        if weight == "events":
            if projection != "countries":
                raise sg.InputError(None, "--weight events needs --projection countries")
            from secgraph.events import _network

            counts = _network.pair_event_counts(store)
            G = _network.weight_by_events(G, counts, _network.country_labels(store))
        fault_point("projected")
        return G
    finally:
        store.close()


# ---------------------------------------------------------------------------------------------
# Output: a list of rows as an aligned table, CSV or JSON
# ---------------------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    return " ".join(str(value).split())


def _emit(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    fmt: str,
    *,
    extra: dict[str, Any] | None = None,
    note: str | None = None,
) -> None:
    """Print rows to stdout; ``note`` goes under a table, to stderr for CSV, into JSON as is."""
    if fmt == "json":
        payload: dict[str, Any] = dict(extra or {})
        payload["rows"] = [{c: row.get(c) for c in columns} for row in rows]
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(cells)
        click.echo(buffer.getvalue(), nl=False)
        if note:
            click.echo(note, err=True)
        return
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    if not rows:
        lines.append("(no rows)")
    if note:
        lines.append(note)
    click.echo("\n".join(lines))
