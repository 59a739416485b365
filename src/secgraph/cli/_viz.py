"""``secgraph viz``: draw a projection as an offline HTML page, SVG or PNG."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

import secgraph as sg
from secgraph.vocab import PROJECTIONS

from ._common import BUILD_DIR_OPTION, STORE_OPTION, cli, handle_errors, lazy_import, open_store
from ._projection import COUNTRY_OPTION, SINCE_OPTION

if TYPE_CHECKING:
    from secgraph import network, viz
else:
    network = lazy_import("secgraph.network")
    viz = lazy_import("secgraph.viz")

__all__ = ["viz_command"]

VIZ_SUFFIXES = (".html", ".svg", ".png")


#: Nodes in a static picture unless --max-nodes says otherwise (the HTML page takes all).
IMAGE_MAX_NODES = 60


@cli.command("viz")
@click.argument("projection", type=click.Choice(PROJECTIONS), default="country-official")
@COUNTRY_OPTION
@SINCE_OPTION
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="File to write: .html (interactive, offline), .svg or .png.",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(min=0),
    default=None,
    help=f"Draw only this many nodes, the most central (most meetings); 0 draws all "
    f"[default: {IMAGE_MAX_NODES} for .svg and .png, all for .html]. The picture says how "
    "many it shows.",
)
@BUILD_DIR_OPTION
@STORE_OPTION
@handle_errors
def viz_command(
    projection: str,
    country: str | None,
    since: str | None,
    output: Path,
    max_nodes: int | None,
    build_dir: Path | None,
    store_spec: sg.StoreSpec,
) -> None:
    """Draw PROJECTION (default country-official); node size is weighted degree (meetings).

    A selection with nothing in it (say --since after every dated meeting) is an error that
    says why: exit status 1 and no file.
    """
    suffix = output.suffix.lower()
    if suffix not in VIZ_SUFFIXES:
        raise sg.InputError(
            str(output), f"cannot draw a '{output.suffix}' file; name it .html, .svg or .png"
        )
    store = open_store(store_spec, build_dir)
    try:
        G = network.to_networkx(store, projection=projection, country=country, since=since)
        if G.number_of_nodes() == 0:
            click.echo(f"secgraph: nothing to draw: {_why_empty(store, country, since)}", err=True)
            sys.exit(1)
    finally:
        store.close()
    # weighted degree (meetings) only: the picture shows neither betweenness nor eigenvector
    # centrality, so neither is computed
    sizes = {node: float(degree) for node, degree in G.degree(weight="weight")}
    limit = max_nodes if max_nodes is not None else (0 if suffix == ".html" else IMAGE_MAX_NODES)
    H = viz.most_central(G, limit, sizes=sizes)
    note = viz.shown_note(H)
    title = _title(projection, country, since)
    output.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".html":
        written = viz.write_html(H, output, title=title, sizes=sizes)
    else:
        written = viz.write_image(H, output, title=title, sizes=sizes, note=note)
    click.echo(
        f"wrote {written} ({H.number_of_nodes()} nodes, {H.number_of_edges()} edges)", err=True
    )
    if note:
        click.echo(f"note: drew {note} (--max-nodes 0 draws all)", err=True)


def _why_empty(store: sg.Store, country: str | None, since: str | None) -> str:
    """Why a selection holds no meeting, from counts of what each filter leaves."""
    every = network.meeting_records(store)
    if not every:
        return "the graph has no meetings yet; add fact files and run 'secgraph build'"
    with_country = network.meeting_records(store, country=country) if country else every
    if not with_country:
        return (
            f"'{country}' took part in none of the {len(every)} meeting(s); "
            "see 'secgraph list countries' for the countries that have meetings"
        )
    who = (
        f"'{country}' took part in {len(with_country)} meeting(s)"
        if country
        else (f"the graph has {len(every)} meeting(s)")
    )
    undated = sum(1 for r in with_country if r.date is None)
    latest = max((r.date for r in with_country if r.date), default=None)
    dated = f"the latest dated {latest}" if latest else "none of them dated"
    return (
        f"{who}, none on or after {since} ({dated}; {undated} without a date, which "
        "--since leaves out); drop --since or give an earlier date"
    )


def _title(projection: str, country: str | None, since: str | None) -> str:
    parts = [f"secgraph: {projection}"]
    if country:
        parts.append(f"meetings with {country}")
    if since:
        parts.append(f"since {since}")
    return ", ".join(parts)
