"""``secgraph analyze ...``, ``secgraph viz`` and ``secgraph report``; ``export_projection``."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

import secgraph as sg
from secgraph.vocab import PROJECTIONS

from ._common import (
    BUILD_DIR_OPTION,
    STORE_OPTION,
    cli,
    default_dir,
    handle_errors,
    lazy_import,
    open_store,
)

if TYPE_CHECKING:
    import networkx as nx

    from secgraph import analysis, network, viz
    from secgraph import report as report_mod
else:
    nx = lazy_import("networkx")
    analysis = lazy_import("secgraph.analysis")
    network = lazy_import("secgraph.network")
    viz = lazy_import("secgraph.viz")
    report_mod = lazy_import("secgraph.report")

__all__ = ["analyze", "export_projection", "report", "viz_command"]

NETWORK_FORMATS = ("graphml", "gexf", "cytoscape")
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
FORMAT_OPTION = click.option(
    "--format",
    "fmt",
    type=click.Choice(OUTPUT_FORMATS),
    default="table",
    show_default=True,
)


def _graph(
    store_spec: str, build_dir: Path, projection: str, country: str | None, since: str | None
) -> nx.Graph:
    store = open_store(store_spec, build_dir)
    try:
        return network.to_networkx(store, projection=projection, country=country, since=since)
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


def _sample_note(result: analysis.CentralityResult, G: nx.Graph) -> str | None:
    if not result.sampled:
        return None
    return (
        f"note: betweenness estimated from {result.k} sampled nodes "
        f"(the graph has {G.number_of_nodes()} nodes)"
    )


# ---------------------------------------------------------------------------------------------
# secgraph analyze
# ---------------------------------------------------------------------------------------------


@cli.group()
def analyze() -> None:
    """Network analyses over a projection of the graph (see 'secgraph viz' to draw one).

    Entities are given by IRI, id (the IRI's last part), ISO code (countries) or name.
    """


@analyze.command()
@_projection_option("country-official")
@COUNTRY_OPTION
@SINCE_OPTION
@click.option("--top", type=int, default=20, show_default=True, help="Rows to show (0: all).")
@click.option(
    "--sample-above",
    type=int,
    default=SAMPLE_ABOVE,
    show_default=True,
    help="Estimate betweenness from this many sampled nodes when the graph is larger.",
)
@FORMAT_OPTION
@BUILD_DIR_OPTION
@STORE_OPTION
@handle_errors
def centrality(
    projection: str,
    country: str | None,
    since: str | None,
    top: int,
    sample_above: int,
    fmt: str,
    build_dir: Path,
    store_spec: str,
) -> None:
    """Rank nodes by weighted degree (meetings), with degree, betweenness and eigenvector."""
    G = _graph(store_spec, build_dir, projection, country, since)
    result = analysis.centrality(G, k_threshold=sample_above)
    rows = [
        {"rank": i, **_row_dict(row)} for i, row in enumerate(result.rows[: top or None], start=1)
    ]
    columns = ["rank", "label", "kind", "degree", "weighted_degree", "betweenness", "eigenvector"]
    _emit(
        rows,
        [*columns, "node"] if fmt != "table" else columns,
        fmt,
        extra={"projection": projection, "sampled": result.sampled, "k": result.k},
        note=_sample_note(result, G),
    )


def _row_dict(row: analysis.CentralityRow) -> dict[str, Any]:
    return {
        "label": row.label,
        "kind": row.kind,
        "degree": row.degree,
        "weighted_degree": row.weighted_degree,
        "betweenness": row.betweenness,
        "eigenvector": row.eigenvector,
        "node": row.node,
    }


@analyze.command()
@_projection_option("country-official")
@COUNTRY_OPTION
@SINCE_OPTION
@FORMAT_OPTION
@BUILD_DIR_OPTION
@STORE_OPTION
@handle_errors
def communities(
    projection: str,
    country: str | None,
    since: str | None,
    fmt: str,
    build_dir: Path,
    store_spec: str,
) -> None:
    """Louvain communities (seeded: the same graph gives the same answer), one row per node."""
    G = _graph(store_spec, build_dir, projection, country, since)
    result = analysis.communities(G)
    rows = [
        {
            "community": c.index,
            "size": c.size,
            "label": label,
            "kind": G.nodes[n].get("kind"),
            "node": n,
        }
        for c in result.communities
        for n, label in zip(c.nodes, c.labels, strict=True)
    ]
    _emit(
        rows,
        ["community", "size", "label", "kind", "node"],
        fmt,
        extra={"projection": projection, "modularity": result.modularity},
        note=f"modularity: {result.modularity:.4f}" if fmt == "table" else None,
    )


@analyze.command()
@click.argument("source")
@click.argument("target")
@_projection_option("country-official")
@COUNTRY_OPTION
@SINCE_OPTION
@FORMAT_OPTION
@BUILD_DIR_OPTION
@STORE_OPTION
@handle_errors
def path(
    source: str,
    target: str,
    projection: str,
    country: str | None,
    since: str | None,
    fmt: str,
    build_dir: Path,
    store_spec: str,
) -> None:
    """The shortest path from SOURCE to TARGET, with the meetings and articles of each hop."""
    G = _graph(store_spec, build_dir, projection, country, since)
    result = analysis.shortest_path(
        G, analysis.resolve_node(G, source), analysis.resolve_node(G, target)
    )
    rows = [
        {
            "hop": i,
            "from": hop.source_label,
            "to": hop.target_label,
            "relation": hop.relation,
            "meetings": hop.weight,
            "first": hop.first,
            "last": hop.last,
            "meeting_labels": list(hop.meeting_labels),
            "meeting_iris": list(hop.meetings),
            "sources": list(hop.sources),
            "areas": list(hop.areas),
        }
        for i, hop in enumerate(result.hops, start=1)
    ]
    columns = ["hop", "from", "to", "relation", "meetings", "first", "last", "meeting_labels"]
    if fmt != "table":
        columns += ["meeting_iris", "sources", "areas"]
    _emit(
        rows,
        columns,
        fmt,
        extra={
            "projection": projection,
            "source": result.source,
            "target": result.target,
            "length": result.length,
        },
        note=f"{result.length} hop(s)" if fmt == "table" else None,
    )


@analyze.command()
@click.argument("node")
@click.option("--radius", type=int, default=1, show_default=True, help="Hops from NODE.")
@_projection_option("country-official")
@COUNTRY_OPTION
@SINCE_OPTION
@FORMAT_OPTION
@BUILD_DIR_OPTION
@STORE_OPTION
@handle_errors
def ego(
    node: str,
    radius: int,
    projection: str,
    country: str | None,
    since: str | None,
    fmt: str,
    build_dir: Path,
    store_spec: str,
) -> None:
    """The neighbourhood of NODE: every node within --radius hops, nearest first."""
    G = _graph(store_spec, build_dir, projection, country, since)
    center = analysis.resolve_node(G, node)
    H = analysis.ego(G, center, radius=radius)
    distance = nx.single_source_shortest_path_length(H, center)
    rows = sorted(
        (
            {
                "distance": distance[n],
                "label": analysis.node_label(H, n),
                "kind": H.nodes[n].get("kind"),
                "country": H.nodes[n].get("country"),
                "meetings": int(H[center][n].get("weight", 1)) if n in H[center] else None,
                "node": n,
            }
            for n in H
        ),
        key=lambda r: (r["distance"], r["label"], r["node"]),
    )
    _emit(
        rows,
        ["distance", "label", "kind", "country", "meetings", "node"],
        fmt,
        extra={
            "projection": projection,
            "center": center,
            "radius": radius,
            "edges": H.number_of_edges(),
        },
        note=f"{H.number_of_nodes()} nodes, {H.number_of_edges()} edges"
        if fmt == "table"
        else None,
    )


@analyze.command()
@click.argument("first")
@click.argument("second", required=False)
@SINCE_OPTION
@FORMAT_OPTION
@BUILD_DIR_OPTION
@STORE_OPTION
@handle_errors
def timeline(
    first: str,
    second: str | None,
    since: str | None,
    fmt: str,
    build_dir: Path,
    store_spec: str,
) -> None:
    """Meetings per year between countries FIRST and SECOND (or of FIRST with anyone).

    Meetings without a known date are counted in a last row, never given a year.
    """
    store = open_store(store_spec, build_dir)
    try:
        codes = [_country_code(store, c) for c in (first, second) if c is not None]
        records = network.meeting_records(store, country=codes[0], since=since)
    finally:
        store.close()
    rows = [
        {
            "year": r.year if r.year is not None else "undated",
            "meetings": r.meetings,
            "areas": [f"{a.area} ({a.count})" for a in r.areas],
        }
        for r in analysis.timeline(records, country=codes[-1])
    ]
    _emit(rows, ["year", "meetings", "areas"], fmt, extra={"countries": codes})


def _country_code(store: sg.Store, text: str) -> str:
    return network.resolve_country(store, text).rsplit("/", 1)[-1]


@analyze.command()
@click.argument("node")
@_projection_option("countries")
@COUNTRY_OPTION
@SINCE_OPTION
@FORMAT_OPTION
@BUILD_DIR_OPTION
@STORE_OPTION
@handle_errors
def partners(
    node: str,
    projection: str,
    country: str | None,
    since: str | None,
    fmt: str,
    build_dir: Path,
    store_spec: str,
) -> None:
    """The partners of NODE (a country by default), most meetings first."""
    G = _graph(store_spec, build_dir, projection, country, since)
    rows = [
        {
            "label": p.label,
            "country": p.country,
            "meetings": p.weight,
            "first": p.first,
            "last": p.last,
            "areas": list(p.areas),
            "sources": list(p.sources),
            "node": p.node,
        }
        for p in analysis.partners(G, analysis.resolve_node(G, node))
    ]
    columns = ["label", "country", "meetings", "first", "last", "areas"]
    _emit(
        rows,
        columns if fmt == "table" else [*columns, "sources", "node"],
        fmt,
        extra={"projection": projection},
    )


# ---------------------------------------------------------------------------------------------
# secgraph viz, export_projection
# ---------------------------------------------------------------------------------------------

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
    store_spec: str,
) -> None:
    """Draw PROJECTION (default country-official); node size is weighted degree (meetings)."""
    if output.suffix.lower() not in VIZ_SUFFIXES:
        raise sg.InputError(
            str(output), f"cannot draw a '{output.suffix}' file; name it .html, .svg or .png"
        )
    G = _graph(store_spec, build_dir, projection, country, since)
    sizes = analysis.centrality(G, k_threshold=SAMPLE_ABOVE).scores("weighted_degree")
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


def export_projection(
    store: sg.Store,
    *,
    projection: str,
    fmt: str,
    output: str | Path | None,
    country: str | None = None,
    since: str | None = None,
) -> nx.Graph:
    """Write a projection as GraphML, GEXF or Cytoscape JSON to ``output`` (None: stdout).

    A path is written atomically. Returns the graph that was written.
    """
    if fmt not in NETWORK_FORMATS:
        raise sg.InputError(
            None, f"unknown network format '{fmt}'; use one of {', '.join(NETWORK_FORMATS)}"
        )
    G = network.to_networkx(store, projection=projection, country=country, since=since)
    if output is None:
        stream: IO[bytes] = click.get_binary_stream("stdout")
        viz.write_network(G, stream, fmt)  # type: ignore[arg-type]
        stream.flush()
    else:
        buffer = io.BytesIO()
        viz.write_network(G, buffer, fmt)  # type: ignore[arg-type]

        def write(handle: IO[bytes]) -> None:
            handle.write(buffer.getvalue())

        sg.atomic_write(output, write)
    return G


# ---------------------------------------------------------------------------------------------
# secgraph report
# ---------------------------------------------------------------------------------------------


@cli.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="HTML file to write [default: BUILD/report.html].",
)
@click.option(
    "--queries",
    "queries_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder of saved queries to run [default: ./queries].",
)
@click.option(
    "--ontology",
    "ontology_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder with shapes.ttl, for the validation section [default: ./ontology].",
)
@BUILD_DIR_OPTION
@STORE_OPTION
@handle_errors
def report(
    output: Path | None,
    queries_dir: Path | None,
    ontology_dir: Path | None,
    build_dir: Path,
    store_spec: str,
) -> None:
    """Write one offline HTML page about the built graph and print its path.

    Counts, the validation verdict and its warnings, the country-official network, top
    centralities, timelines of the busiest pairs and every saved query's results.
    """
    from secgraph.queries import read_queries

    target = output if output is not None else build_dir / "report.html"
    qdir = queries_dir if queries_dir is not None else default_dir("queries")
    queries = read_queries(qdir) if qdir.is_dir() or queries_dir is not None else {}
    from secgraph.pipeline import MANIFEST_NAME, read_manifest

    manifest = read_manifest(build_dir / MANIFEST_NAME)
    store = open_store(store_spec, build_dir)
    try:
        if manifest is not None and manifest.store == store_spec:
            validation = sg.Report(manifest.report)  # what the build validated: no second pass
        else:
            onto_dir = ontology_dir if ontology_dir is not None else default_dir("ontology")
            validation = sg.validate(store.to_dataset(), sg.read_ontology(onto_dir).shapes)
        page = report_mod.build_report(store, validation=validation, queries=queries)
    finally:
        store.close()
    written = report_mod.write_report(page, target)
    click.echo(str(written))
    if not validation.conforms:
        click.echo(
            "note: the graph does not conform; see the report's validation section", err=True
        )
