"""``secgraph analyze ...``: network analyses over a projection of the built graph."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

import secgraph as sg

from ._common import (
    BUILD_DIR_OPTION,
    STORE_OPTION,
    cli,
    handle_errors,
    lazy_import,
    open_store,
)
from ._deadline import run_within
from ._entities import _resolve
from ._projection import (
    COUNTRY_OPTION,
    FORMAT_OPTION,
    SAMPLE_ABOVE,
    SINCE_OPTION,
    WEIGHT_OPTION,
    _emit,
    _graph,
    _projection_option,
)
from ._query import TIMEOUT_OPTION, query_timeout

if TYPE_CHECKING:
    import networkx as nx

    from secgraph import analysis, network
else:
    nx = lazy_import("networkx")
    analysis = lazy_import("secgraph.analysis")
    network = lazy_import("secgraph.network")

__all__ = ["analyze"]

F = TypeVar("F", bound=Callable[..., Any])


def _analysis_options(projection: str | None) -> Callable[[F], F]:
    """The options every analysis takes, declared once: --projection (defaulting to
    ``projection``) and --country unless ``projection`` is None, then --since, --format,
    --build and --store; the command runs behind the error bridge."""
    options = [SINCE_OPTION, FORMAT_OPTION, TIMEOUT_OPTION, BUILD_DIR_OPTION, STORE_OPTION]
    if projection is not None:
        options = [_projection_option(projection), COUNTRY_OPTION, *options]

    def decorate(func: F) -> F:
        command: Any = handle_errors(_limited(func))
        for option in reversed(options):
            command = option(command)
        return command

    return decorate


def _limited(func: Callable[..., None]) -> Callable[..., None]:
    """``func`` held to the query time limit (``--timeout``, else the project's, else 300 s):
    the store cannot be interrupted while it answers, nor networkx while it computes, so at
    the limit the command ends with one line and exit 2 (see ``_deadline``)."""

    @functools.wraps(func)
    def limited(*args: Any, timeout: float | None, **kwargs: Any) -> None:
        seconds = query_timeout(timeout)
        ctx = click.get_current_context()

        def work() -> None:
            with ctx.scope(cleanup=False):  # the worker thread sees the command's context
                func(*args, **kwargs)

        run_within(work, seconds=seconds, what="the analysis")

    return limited


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
@_analysis_options("country-official")
@WEIGHT_OPTION
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=20,
    show_default=True,
    help="Rows to show (0: all).",
)
@click.option(
    "--sample-above",
    type=click.IntRange(min=1),
    default=SAMPLE_ABOVE,
    show_default=True,
    help="Estimate betweenness from this many sampled nodes when the graph is larger.",
)
def centrality(
    projection: str,
    country: str | None,
    since: str | None,
    weight: str,
    top: int,
    sample_above: int,
    fmt: str,
    build_dir: Path | None,
    store_spec: sg.StoreSpec,
) -> None:
    """Rank nodes by weighted degree (meetings, or cooperation events with --weight events),
    with degree, betweenness and eigenvector."""
    G = _graph(store_spec, build_dir, projection, country, since, weight)
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
@_analysis_options("country-official")
def communities(
    projection: str,
    country: str | None,
    since: str | None,
    fmt: str,
    build_dir: Path | None,
    store_spec: sg.StoreSpec,
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
@_analysis_options("country-official")
def path(
    source: str,
    target: str,
    projection: str,
    country: str | None,
    since: str | None,
    fmt: str,
    build_dir: Path | None,
    store_spec: sg.StoreSpec,
) -> None:
    """The shortest path from SOURCE to TARGET, with the meetings and articles of each hop."""
    G = _graph(store_spec, build_dir, projection, country, since)
    result = analysis.shortest_path(
        G,
        _resolve(G, source, store_spec, build_dir, country, since),
        _resolve(G, target, store_spec, build_dir, country, since),
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
@_analysis_options("country-official")
def ego(
    node: str,
    radius: int,
    projection: str,
    country: str | None,
    since: str | None,
    fmt: str,
    build_dir: Path | None,
    store_spec: sg.StoreSpec,
) -> None:
    """The neighbourhood of NODE: every node within --radius hops, nearest first.

    The 'meetings' column counts the meetings a neighbour shared with NODE (blank beyond one
    hop).
    """
    G = _graph(store_spec, build_dir, projection, country, since)
    center = _resolve(G, node, store_spec, build_dir, country, since)
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
@_analysis_options(None)
def timeline(
    first: str,
    second: str | None,
    since: str | None,
    fmt: str,
    build_dir: Path | None,
    store_spec: sg.StoreSpec,
) -> None:
    """Meetings per year between countries FIRST and SECOND (or of FIRST with anyone), and
    the coded events between the two (events, cooperation and conflict, mean Goldstein).

    Meetings without a known date are counted in a last row, never given a year.
    """
    from secgraph.events._dyad import dyad_series

    store = open_store(store_spec, build_dir)
    try:
        codes = [_country_code(store, c) for c in (first, second) if c is not None]
        records = network.meeting_records(store, country=codes[0], since=since)
        series = dyad_series(store, codes[0], codes[1], by="year") if len(codes) == 2 else None
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
    columns = ["year", "meetings", "areas"]
    if series is not None and series.events:  # coded events beside the meetings, per year
        by_year = {str(row["year"]): row for row in rows}
        for p in series.periods:
            if since is not None and p.period < since[:4]:
                continue
            row = by_year.setdefault(p.period, {"year": int(p.period), "meetings": 0, "areas": []})
            row["events"] = p.events
            row["cooperation"] = p.cooperation
            row["conflict"] = p.conflict
            row["goldstein"] = p.mean_goldstein  # type: ignore[assignment]
        rows = sorted(by_year.values(), key=lambda r: (r["year"] == "undated", str(r["year"])))
        for row in rows:
            row.setdefault("events", 0)
        columns += ["events", "cooperation", "conflict", "goldstein"]
    _emit(rows, columns, fmt, extra={"countries": codes})


def _country_code(store: sg.Store, text: str) -> str:
    return sg.resolve_country(store, text).rsplit("/", 1)[-1]


@analyze.command()
@click.argument("node")
@_analysis_options("countries")
def partners(
    node: str,
    projection: str,
    country: str | None,
    since: str | None,
    fmt: str,
    build_dir: Path | None,
    store_spec: sg.StoreSpec,
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
        for p in analysis.partners(G, _resolve(G, node, store_spec, build_dir, country, since))
    ]
    columns = ["label", "country", "meetings", "first", "last", "areas"]
    _emit(
        rows,
        columns if fmt == "table" else [*columns, "sources", "node"],
        fmt,
        extra={"projection": projection},
    )
