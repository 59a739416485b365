"""Network analysis over the networkx projections: centrality, communities, paths, timelines.

This module sees networkx graphs and plain dataclasses only, never rdflib: the projections are
built by :mod:`secgraph.network`. Node ids are IRI strings; the node attributes read here are
``label``, ``kind``, ``country`` and ``iso2``; the edge attributes are ``weight``, ``meetings``,
``meeting_labels``, ``areas``, ``first``, ``last``, ``sources`` and ``relation``. A missing
attribute falls back to a neutral value (``weight`` 1, empty lists, the IRI tail as label).

Every result is a frozen dataclass, and every ordering is total (ties are broken by label,
then by IRI), so the same graph always gives the same answer.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import networkx as nx
import numpy as np

from secgraph.errors import InputError, UnknownEntityError

__all__ = [
    "AreaCount",
    "CentralityResult",
    "CentralityRow",
    "CommunitiesResult",
    "Community",
    "Hop",
    "MeetingRecord",
    "PartnerRow",
    "PathResult",
    "TimelineRow",
    "centrality",
    "communities",
    "ego",
    "node_label",
    "partners",
    "resolve_node",
    "shortest_path",
    "timeline",
]

# Components up to this size get an exact dense eigen-decomposition; larger ones use ARPACK.
_DENSE_EIGEN_LIMIT = 2000
_ISO_DATE = re.compile(r"^(\d{4})(?:-\d{2}(?:-\d{2})?)?$")

Measure = Literal["degree", "weighted_degree", "betweenness", "eigenvector"]


# --------------------------------------------------------------------------- helpers


def node_label(G: nx.Graph, node: str) -> str:
    """Return the display label of ``node``: its ``label`` attribute, else the IRI tail.

    >>> G = nx.Graph()
    >>> G.add_node("https://example.org/country/PAK")
    >>> node_label(G, "https://example.org/country/PAK")
    'PAK'
    """
    label = G.nodes[node].get("label")
    return str(label) if label else _tail(node)


def _tail(iri: str) -> str:
    """Return the last path segment or fragment of an IRI."""
    return re.split(r"[/#]", iri.rstrip("/#"))[-1] or iri


def _strings(value: Any) -> tuple[str, ...]:
    """Return a list-like attribute value as a tuple of strings (None gives ``()``)."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(item) for item in value)


def _require_node(G: nx.Graph, node: str) -> None:
    """Raise :class:`UnknownEntityError` when ``node`` is not a node of ``G``."""
    if node not in G:
        raise UnknownEntityError(None, _unknown_message(G, node))


# --------------------------------------------------------------------------- centrality


@dataclass(frozen=True)
class CentralityRow:
    """Centrality scores of one node."""

    node: str
    label: str
    kind: str | None
    degree: int
    weighted_degree: float
    betweenness: float
    eigenvector: float


@dataclass(frozen=True)
class CentralityResult:
    """Centrality of every node, sorted by weighted degree (descending), then label.

    ``sampled`` says whether betweenness was estimated from ``k`` sampled sources rather than
    computed exactly (``k`` is None when exact).
    """

    rows: tuple[CentralityRow, ...]
    sampled: bool
    k: int | None

    def scores(self, measure: Measure = "weighted_degree") -> dict[str, float]:
        """Return ``{node: score}`` for one measure, e.g. as ``sizes`` for :mod:`secgraph.viz`."""
        if measure not in ("degree", "weighted_degree", "betweenness", "eigenvector"):
            raise InputError(
                None,
                f"unknown centrality measure '{measure}' "
                "(use degree, weighted_degree, betweenness or eigenvector)",
            )
        return {row.node: float(getattr(row, measure)) for row in self.rows}


def centrality(G: nx.Graph, *, k_threshold: int = 500, seed: int = 42) -> CentralityResult:
    """Compute degree, weighted degree, betweenness and eigenvector centrality.

    - ``degree`` counts neighbours; ``weighted_degree`` sums the edges' ``weight`` (meetings).
    - ``betweenness`` is normalised and *unweighted* (every edge is one hop: a path through
      one meeting is as short as a path through many). Above ``k_threshold`` nodes it is
      estimated from ``k = min(k_threshold, n)`` source nodes sampled with ``seed``, and the
      result says so (``sampled``, ``k``).
    - ``eigenvector`` is weighted by ``weight`` and computed per connected component, since it
      is not defined on a disconnected graph: each component's leading eigenvector of the
      adjacency matrix (exact dense decomposition up to 2,000 nodes, ARPACK above, falling
      back to the dense one if ARPACK does not converge) is scaled to Euclidean norm
      ``sqrt(|C| / |V'|)`` (``V'``: the nodes that have an edge), so the whole vector has
      norm 1 and a node in a small component does not outrank the hubs of the main one.
      Isolated nodes score 0. A connected graph gets the usual unit-norm eigenvector.

    >>> G = nx.star_graph(4)
    >>> G = nx.relabel_nodes(G, {i: f"n{i}" for i in G})
    >>> result = centrality(G)
    >>> result.rows[0].node, result.rows[0].betweenness
    ('n0', 1.0)
    """
    n = G.number_of_nodes()
    sampled = n > k_threshold
    k = min(k_threshold, n) if sampled else None
    betweenness = nx.betweenness_centrality(G, k=k, normalized=True, seed=seed)
    eigenvector = _eigenvector(G)
    rows = [
        CentralityRow(
            node=node,
            label=node_label(G, node),
            kind=G.nodes[node].get("kind"),
            degree=int(G.degree(node)),
            weighted_degree=float(G.degree(node, weight="weight")),
            betweenness=float(betweenness[node]),
            eigenvector=eigenvector[node],
        )
        for node in G
    ]
    rows.sort(key=lambda row: (-row.weighted_degree, row.label, row.node))
    return CentralityResult(rows=tuple(rows), sampled=sampled, k=k)


def _eigenvector(G: nx.Graph) -> dict[str, float]:
    """Weighted eigenvector centrality per connected component (see :func:`centrality`)."""
    scores: dict[str, float] = dict.fromkeys(G, 0.0)
    # An isolated node has no neighbours to be central among: it scores 0 and does not count.
    components = [c for c in nx.connected_components(G) if len(c) > 1]
    n = sum(len(c) for c in components)
    for component in components:
        nodes = [node for node in G if node in component]  # keep G's order: deterministic
        vector = _leading_eigenvector(G.subgraph(nodes), nodes)
        vector = np.abs(vector)  # the Perron vector has one sign; abs() removes -0.0 and sign
        norm = float(np.linalg.norm(vector))
        if norm == 0.0:
            continue
        vector *= np.sqrt(len(nodes) / n) / norm
        scores.update(zip(nodes, (float(value) for value in vector), strict=True))
    return scores


def _leading_eigenvector(H: nx.Graph, nodes: list[str]) -> np.ndarray:
    """Return the eigenvector of the largest eigenvalue of H's weighted adjacency matrix."""
    if len(nodes) > _DENSE_EIGEN_LIMIT:
        import scipy.sparse.linalg as sla  # only needed for large components

        matrix = nx.to_scipy_sparse_array(H, nodelist=nodes, weight="weight", dtype=float)
        try:
            _, vectors = sla.eigsh(matrix, k=1, which="LA", tol=1e-9, maxiter=10_000)
            return np.asarray(vectors[:, 0])
        except sla.ArpackNoConvergence:
            pass  # fall through to the exact, slower decomposition
    dense = nx.to_numpy_array(H, nodelist=nodes, weight="weight", dtype=float)
    _, vectors = np.linalg.eigh(dense)  # symmetric: eigenvalues ascending, all real
    return np.asarray(vectors[:, -1])


# --------------------------------------------------------------------------- communities


@dataclass(frozen=True)
class Community:
    """One community: its nodes and their labels, both sorted by label then IRI."""

    index: int
    nodes: tuple[str, ...]
    labels: tuple[str, ...]

    @property
    def size(self) -> int:
        """Number of nodes in the community."""
        return len(self.nodes)


@dataclass(frozen=True)
class CommunitiesResult:
    """Louvain communities, largest first (ties: smallest label first), and their modularity."""

    communities: tuple[Community, ...]
    modularity: float

    def membership(self) -> dict[str, int]:
        """Return ``{node: community index}``."""
        return {node: c.index for c in self.communities for node in c.nodes}


def communities(G: nx.Graph, *, seed: int = 42) -> CommunitiesResult:
    """Partition ``G`` with Louvain (weighted by ``weight``, fixed ``seed``).

    Communities are sorted by size (descending), then by their smallest label, and numbered
    from 0 in that order. A graph without edges has one community per node and modularity 0
    (modularity is undefined without edges).
    """
    if G.number_of_edges() == 0:
        parts: list[set[str]] = [{node} for node in G]
        modularity = 0.0
    else:
        parts = nx.community.louvain_communities(G, weight="weight", seed=seed)
        modularity = float(nx.community.modularity(G, parts, weight="weight"))

    def members(part: set[str]) -> list[tuple[str, str]]:
        return sorted((node_label(G, node), node) for node in part)

    ordered = sorted((members(part) for part in parts), key=lambda m: (-len(m), m[0]))
    result = tuple(
        Community(
            index=index,
            nodes=tuple(node for _, node in part),
            labels=tuple(label for label, _ in part),
        )
        for index, part in enumerate(ordered)
    )
    return CommunitiesResult(communities=result, modularity=modularity)


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


# --------------------------------------------------------------------------- timeline


@dataclass(frozen=True)
class MeetingRecord:
    """One meeting as plain data: the input of :func:`timeline`.

    ``date`` is an ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) or None when the
    sources do not give one; ``countries`` are ISO codes (or IRIs, as long as they are
    consistent with the ``country`` filter).
    """

    iri: str
    date: str | None
    countries: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class AreaCount:
    """How many meetings of a period concerned one cooperation area."""

    area: str
    count: int


@dataclass(frozen=True)
class TimelineRow:
    """Meetings of one year (``year`` None: meetings without a known date)."""

    year: int | None
    meetings: int
    areas: tuple[AreaCount, ...]


def timeline(meetings: Iterable[MeetingRecord], *, country: str | None = None) -> list[TimelineRow]:
    """Count meetings and their areas per year.

    Rows are sorted by year; meetings without a date form one last row with ``year`` None
    (they are never given a made-up year). Within a row, areas are sorted by count
    (descending), then name. ``country`` keeps only the meetings that involve it. A meeting
    IRI given twice with the same data is counted once; with different data it is an error.

    >>> rows = timeline([MeetingRecord("m1", "2019-02-01", areas=("Counter-terrorism",)),
    ...                  MeetingRecord("m2", None)])
    >>> [(row.year, row.meetings) for row in rows]
    [(2019, 1), (None, 1)]
    """
    seen: dict[str, MeetingRecord] = {}
    for record in meetings:
        previous = seen.setdefault(record.iri, record)
        if previous != record:
            raise InputError(
                None,
                f"meeting '{record.iri}' is given twice with different data; "
                "give each meeting once",
            )
    per_year: dict[int | None, list[MeetingRecord]] = {}
    for record in seen.values():
        if country is not None and country not in record.countries:
            continue
        per_year.setdefault(_year(record), []).append(record)
    years = sorted(per_year, key=lambda year: (year is None, year or 0))
    return [_timeline_row(year, per_year[year]) for year in years]


def _year(record: MeetingRecord) -> int | None:
    if record.date is None:
        return None
    match = _ISO_DATE.match(record.date.strip())
    if match is None:
        raise InputError(
            None,
            f"meeting '{record.iri}' has date '{record.date}', not an ISO date "
            "(use YYYY-MM-DD, YYYY-MM or YYYY, or leave it out)",
        )
    return int(match.group(1))


def _timeline_row(year: int | None, records: Sequence[MeetingRecord]) -> TimelineRow:
    counts = Counter(area for record in records for area in dict.fromkeys(record.areas))
    areas = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return TimelineRow(
        year=year,
        meetings=len(records),
        areas=tuple(AreaCount(area=area, count=count) for area, count in areas),
    )


# --------------------------------------------------------------------------- resolving names


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def resolve_node(G: nx.Graph, text: str) -> str:
    """Find the node that ``text`` names and return its IRI.

    Tried in order, the first step with a match wins: the IRI itself; the IRI's last segment
    (id tail, case-insensitive); for country nodes (``kind`` "country") the ISO alpha-3 code
    in ``country`` or the alpha-2 code in ``iso2``; the label, case-insensitive with spaces
    normalised. Several matches in one step or none at all raise
    :class:`~secgraph.errors.UnknownEntityError`, suggesting the closest label or code.

    >>> G = nx.Graph()
    >>> G.add_node("https://example.org/country/PAK", label="Pakistan", kind="country",
    ...            country="PAK", iso2="PK")
    >>> resolve_node(G, "pk")
    'https://example.org/country/PAK'
    """
    if text in G:
        return text
    wanted = _norm(text)
    if not wanted:
        raise UnknownEntityError(None, "empty entity name (give a label, ISO code or IRI)")
    countries = [node for node, data in G.nodes(data=True) if data.get("kind") == "country"]
    steps = (
        [node for node in G if _tail(node).casefold() == wanted],
        [
            node
            for node in countries
            for attr in ("country", "iso2")
            if _norm(str(G.nodes[node].get(attr) or "")) == wanted
        ],
        [node for node in G if _norm(node_label(G, node)) == wanted],
    )
    for found in steps:
        matches = sorted(set(found), key=lambda node: (node_label(G, node), node))
        if len(matches) == 1:
            return matches[0]
        if matches:
            shown = ", ".join(f"'{node_label(G, node)}' <{node}>" for node in matches[:5])
            more = f" and {len(matches) - 5} more" if len(matches) > 5 else ""
            raise UnknownEntityError(
                None, f"ambiguous entity '{text}' matches {shown}{more} (give the IRI)"
            )
    raise UnknownEntityError(None, _unknown_message(G, text))


def _unknown_message(G: nx.Graph, text: str) -> str:
    """Build "unknown entity 'X' (did you mean 'Y'?)" with the closest label or code."""
    candidates: dict[str, str] = {}
    for node, data in G.nodes(data=True):
        names = [node_label(G, node)]
        if data.get("kind") == "country":
            names += [str(data[attr]) for attr in ("country", "iso2") if data.get(attr)]
        for name in names:
            candidates.setdefault(_norm(name), name)
    close = difflib.get_close_matches(_norm(text), sorted(candidates), n=1, cutoff=0.6)
    if close:
        return f"unknown entity '{text}' (did you mean '{candidates[close[0]]}'?)"
    return f"unknown entity '{text}' (give a label, ISO code or IRI from the graph)"
