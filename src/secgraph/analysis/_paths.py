"""Shortest paths with their evidence, ego networks and ranked partners."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from secgraph.errors import InputError

from ._nodes import _require_node, _strings, node_label

__all__ = ["Hop", "PartnerRow", "PathResult", "ego", "partners", "shortest_path"]

# --------------------------------------------------------------------------- paths


@dataclass(frozen=True)
class Hop:
    """One edge of a path, with the meetings and source articles that justify it."""

    source: str
    target: str
    source_label: str
    target_label: str
    relation: str | None
    weight: int
    meetings: tuple[str, ...]
    meeting_labels: tuple[str, ...]
    areas: tuple[str, ...]
    first: str | None
    last: str | None
    sources: tuple[str, ...]


@dataclass(frozen=True)
class PathResult:
    """A shortest path from ``source`` to ``target`` as a sequence of hops."""

    source: str
    target: str
    hops: tuple[Hop, ...]

    @property
    def length(self) -> int:
        """Number of hops (0 when source and target are the same node)."""
        return len(self.hops)

    @property
    def nodes(self) -> tuple[str, ...]:
        """The nodes along the path, source first."""
        return (self.source, *(hop.target for hop in self.hops))


def shortest_path(G: nx.Graph, source: str, target: str) -> PathResult:
    """Return a shortest (fewest hops) path between two nodes of ``G``.

    Among equally short paths, each step takes the best-evidenced edge: the one with the
    highest ``weight`` (meetings), then the neighbour with the smallest label, then IRI; so
    the answer does not depend on the order in which the graph was built.

    Raises :class:`~secgraph.errors.UnknownEntityError` for a node not in ``G`` and
    :class:`~secgraph.errors.InputError` when the two nodes are not connected.
    """
    _require_node(G, source)
    _require_node(G, target)
    distance = nx.single_source_shortest_path_length(G, target)
    if source not in distance:
        projection = G.graph.get("projection")
        where = f"the '{projection}' graph" if projection else "this graph"
        raise InputError(
            None,
            f"no connection between '{node_label(G, source)}' and '{node_label(G, target)}' "
            f"in {where}; they are in different components (try another projection, "
            "or add facts that link them)",
        )
    hops: list[Hop] = []
    here = source
    while here != target:
        step = min(
            (nb for nb in G[here] if distance.get(nb) == distance[here] - 1),
            key=lambda nb: (-_weight(G[here][nb]), node_label(G, nb), nb),
        )
        hops.append(_hop(G, here, step))
        here = step
    return PathResult(source=source, target=target, hops=tuple(hops))


def _weight(data: dict[str, Any]) -> int:
    return int(data.get("weight", 1))


def _hop(G: nx.Graph, u: str, v: str) -> Hop:
    data = G[u][v]
    return Hop(
        source=u,
        target=v,
        source_label=node_label(G, u),
        target_label=node_label(G, v),
        relation=data.get("relation"),
        weight=_weight(data),
        meetings=_strings(data.get("meetings")),
        meeting_labels=_strings(data.get("meeting_labels")),
        areas=_strings(data.get("areas")),
        first=data.get("first"),
        last=data.get("last"),
        sources=_strings(data.get("sources")),
    )


def ego(G: nx.Graph, node: str, *, radius: int = 1) -> nx.Graph:
    """Return the subgraph of nodes within ``radius`` hops of ``node`` (a copy, attributes kept).

    >>> G = nx.relabel_nodes(nx.path_graph(5), str)
    >>> sorted(ego(G, "2", radius=1))
    ['1', '2', '3']
    """
    _require_node(G, node)
    if radius < 0:
        raise InputError(None, f"radius must be 0 or more, not {radius}")
    H: nx.Graph = nx.ego_graph(G, node, radius=radius).copy()
    H.graph.update(G.graph)
    return H


# --------------------------------------------------------------------------- partners


@dataclass(frozen=True)
class PartnerRow:
    """One partner of a node, with the evidence of their relation."""

    node: str
    label: str
    country: str | None
    weight: int
    areas: tuple[str, ...]
    first: str | None
    last: str | None
    meetings: tuple[str, ...]
    sources: tuple[str, ...]


def partners(G: nx.Graph, node: str) -> list[PartnerRow]:
    """Rank the neighbours of ``node`` (usually a country in the "countries" projection).

    Ranked by ``weight`` (meetings, descending), then number of shared areas (descending),
    then label and IRI.
    """
    _require_node(G, node)
    rows = []
    for nb in G[node]:
        data = G[node][nb]
        rows.append(
            PartnerRow(
                node=nb,
                label=node_label(G, nb),
                country=G.nodes[nb].get("country"),
                weight=_weight(data),
                areas=_strings(data.get("areas")),
                first=data.get("first"),
                last=data.get("last"),
                meetings=_strings(data.get("meetings")),
                sources=_strings(data.get("sources")),
            )
        )
    rows.sort(key=lambda row: (-row.weight, -len(row.areas), row.label, row.node))
    return rows
