"""``secgraph viz``: draw a projection as an offline HTML page, SVG or PNG."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

import secgraph as sg
from secgraph.vocab import PROJECTIONS

from ._common import BUILD_DIR_OPTION, STORE_OPTION, cli, handle_errors, lazy_import
from ._projection import COUNTRY_OPTION, SINCE_OPTION, _graph

if TYPE_CHECKING:
    from secgraph import viz
else:
    viz = lazy_import("secgraph.viz")

__all__ = ["viz_command"]

VIZ_SUFFIXES = (".html", ".svg", ".png")


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
@BUILD_DIR_OPTION
@STORE_OPTION
@handle_errors
def viz_command(
    projection: str,
    country: str | None,
    since: str | None,
    output: Path,
    build_dir: Path,
    store_spec: sg.StoreSpec,
) -> None:
    """Draw PROJECTION (default country-official); node size is weighted degree (meetings)."""
    if output.suffix.lower() not in VIZ_SUFFIXES:
        raise sg.InputError(
            str(output), f"cannot draw a '{output.suffix}' file; name it .html, .svg or .png"
        )
    G = _graph(store_spec, build_dir, projection, country, since)
    # weighted degree (meetings) only: the picture shows neither betweenness nor eigenvector
    # centrality, so neither is computed
    sizes = {node: float(degree) for node, degree in G.degree(weight="weight")}
    title = _title(projection, country, since)
    output.parent.mkdir(parents=True, exist_ok=True)
    if output.suffix.lower() == ".html":
        written = viz.write_html(G, output, title=title, sizes=sizes)
    else:
        written = viz.write_image(G, output, title=title, sizes=sizes)
    click.echo(
        f"wrote {written} ({G.number_of_nodes()} nodes, {G.number_of_edges()} edges)", err=True
    )


def _title(projection: str, country: str | None, since: str | None) -> str:
    parts = [f"secgraph: {projection}"]
    if country:
        parts.append(f"meetings with {country}")
    if since:
        parts.append(f"since {since}")
    return ", ".join(parts)
