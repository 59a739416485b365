"""Tests for secgraph.analysis on tiny hand-made graphs with known answers."""

from __future__ import annotations

import math
from typing import Any

import networkx as nx
import pytest

from secgraph.analysis import (
    AreaCount,
    MeetingRecord,
    TimelineRow,
    centrality,
    communities,
    ego,
    partners,
    resolve_node,
    shortest_path,
    timeline,
)
from secgraph.analysis._centrality import _betweenness
from secgraph.errors import InputError, UnknownEntityError

EX = "https://example.org/secgraph/"


def iri(tail: str) -> str:
    return EX + tail


def edge(G: nx.Graph, u: str, v: str, weight: int = 1, **attrs: Any) -> None:
    G.add_edge(
        iri(u),
        iri(v),
        weight=weight,
        meetings=[iri(f"meeting/{u}-{v}-{i}") for i in range(weight)],
        sources=[iri(f"article/{u}-{v}")],
        **attrs,
    )


def labelled(G: nx.Graph) -> nx.Graph:
    for node in G:
        G.nodes[node].setdefault("label", node.rsplit("/", 1)[-1].upper())
    return G


@pytest.fixture
def star() -> nx.Graph:
    """Centre c with leaves l1..l4; edge weights 1..4."""
    G = nx.Graph(projection="officials")
    for i in range(1, 5):
        edge(G, "c", f"l{i}", weight=i)
    return labelled(G)


@pytest.fixture
def countries() -> nx.Graph:
    """Countries PAK, IND, USA, CHN, AFG; one official who shares PAK's country code."""
    G = nx.Graph(projection="countries")
    for code, name, iso2 in [
        ("PAK", "Pakistan", "PK"),
        ("IND", "India", "IN"),
        ("USA", "United States", "US"),
        ("CHN", "China", "CN"),
        ("AFG", "Afghanistan", None),
    ]:
        G.add_node(iri(f"country/{code}"), label=name, kind="country", country=code, iso2=iso2)
    G.add_node(iri("official/khan"), label="Imran Khan", kind="official", country="PAK")
    edge(G, "country/PAK", "country/IND", 3, areas=["Nuclear", "Border"])
    edge(G, "country/PAK", "country/USA", 3, areas=["Counter-terrorism"])
    edge(G, "country/PAK", "country/CHN", 5, areas=["Trade"])
    edge(G, "country/PAK", "country/AFG", 3, areas=["Border", "Refugees", "Trade"])
    return G


# --------------------------------------------------------------------------- centrality


def test_star_centre_has_betweenness_one(star: nx.Graph) -> None:
    result = centrality(star)
    centre = result.rows[0]
    assert centre.node == iri("c")
    assert (centre.degree, centre.weighted_degree, centre.betweenness) == (4, 10.0, 1.0)
    assert [row.label for row in result.rows] == ["C", "L4", "L3", "L2", "L1"]
    assert all(row.betweenness == 0.0 for row in result.rows[1:])
    assert (result.sampled, result.k) == (False, None)


def test_betweenness_is_sampled_above_threshold(star: nx.Graph) -> None:
    result = centrality(star, k_threshold=3)
    assert (result.sampled, result.k) == (True, 3)
    assert centrality(star, k_threshold=3) == result  # same seed, same answer


@pytest.mark.parametrize(
    "graph",
    [
        nx.Graph([("a", "b")]),  # two nodes: where networkx's ARPACK call gives up
        nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("d", "e")]),
        nx.complete_bipartite_graph(2, 3),  # bipartite: plain power iteration oscillates
    ],
    ids=["pair", "triangle-and-pair", "bipartite"],
)
def test_eigenvector_on_awkward_graphs(graph: nx.Graph) -> None:
    G = nx.relabel_nodes(graph, str)
    G.add_node("isolated")
    scores = centrality(G).scores("eigenvector")
    assert scores["isolated"] == 0.0
    assert math.isclose(math.sqrt(sum(v * v for v in scores.values())), 1.0)
    assert all(v >= 0.0 for v in scores.values())


def test_eigenvector_scales_components_by_size() -> None:
    G = nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("d", "e")])
    scores = centrality(G).scores("eigenvector")
    assert scores["a"] == pytest.approx(math.sqrt(3 / 5) / math.sqrt(3))
    assert scores["d"] == pytest.approx(math.sqrt(2 / 5) / math.sqrt(2))


def test_eigenvector_of_connected_graph_matches_networkx(star: nx.Graph) -> None:
    expected = nx.eigenvector_centrality_numpy(star, weight="weight")
    assert centrality(star).scores("eigenvector") == pytest.approx(expected)


def test_unknown_measure(star: nx.Graph) -> None:
    with pytest.raises(InputError) as err:
        centrality(star).scores("pagerank")  # type: ignore[arg-type]
    assert str(err.value) == (
        "unknown centrality measure 'pagerank' "
        "(use degree, weighted_degree, betweenness or eigenvector)"
    )


def weighted_with_self_loops() -> nx.Graph:
    G = nx.gnm_random_graph(30, 70, seed=4)
    for u, v in G.edges():
        G.edges[u, v]["weight"] = 1 + (u * v) % 7  # must be ignored: betweenness is unweighted
    G.add_edges_from([(0, 0), (5, 5), (7, 7)], weight=0.5)
    return G


def with_isolated(G: nx.Graph, *extra: Any) -> nx.Graph:
    G.add_nodes_from(extra)
    return G


BETWEENNESS_GRAPHS = {
    "gnm-connected": nx.gnm_random_graph(40, 300, seed=2),
    "gnm-sparse-isolated": with_isolated(nx.gnm_random_graph(40, 45, seed=1), 40, 41),
    "gnm-many-components": nx.gnm_random_graph(60, 40, seed=3),
    "path": nx.path_graph(15),
    "star": nx.star_graph(6),
    "empty": nx.Graph(),
    "single-node": with_isolated(nx.Graph(), "only"),
    "pair": nx.Graph([("a", "b")]),
    "string-ids": nx.relabel_nodes(nx.gnm_random_graph(25, 60, seed=5), lambda i: iri(f"n{i}")),
    "weighted-self-loops": weighted_with_self_loops(),
    # 0 reaches 2 through 1 (a double edge: still one path) or through 3
    "multigraph": nx.MultiGraph([(0, 1), (0, 1), (1, 2), (2, 3), (3, 0), (2, 2), (3, 4)]),
    "directed": nx.gnm_random_graph(30, 90, seed=6, directed=True),
}


def assert_betweenness_matches_networkx(G: nx.Graph, k: int | None, seed: int = 42) -> None:
    expected = nx.betweenness_centrality(G, k=k, normalized=True, seed=seed)
    got = _betweenness(G, k, seed)
    assert list(got) == list(expected)
    assert got == pytest.approx(expected, rel=1e-9, abs=0.0, nan_ok=True)


@pytest.mark.parametrize("sources", ["exact", "k=n", "half", "one"])
@pytest.mark.parametrize("name", list(BETWEENNESS_GRAPHS))
def test_betweenness_matches_networkx(name: str, sources: str) -> None:
    G = BETWEENNESS_GRAPHS[name]
    n = len(G)
    # k = 1 gives networkx's NaN for the sampled source itself (0/0: no pair left for it)
    k = {"exact": None, "k=n": n, "half": n // 2, "one": min(1, n)}[sources]
    assert_betweenness_matches_networkx(G, k)


@pytest.mark.parametrize("seed", [0, 1, 7, 2024])
def test_betweenness_samples_the_sources_networkx_samples(seed: int) -> None:
    G = nx.gnm_random_graph(50, 80, seed=8)  # sparse: the estimate depends on the sources
    assert_betweenness_matches_networkx(G, 12, seed)


def test_centrality_betweenness_matches_networkx_when_sampled() -> None:
    G = BETWEENNESS_GRAPHS["string-ids"]
    result = centrality(G, k_threshold=10)
    assert (result.sampled, result.k) == (True, 10)
    expected = nx.betweenness_centrality(G, k=10, normalized=True, seed=42)
    assert result.scores("betweenness") == pytest.approx(expected, rel=1e-9, abs=0.0)


# --------------------------------------------------------------------------- communities


def test_two_triangles_joined_by_one_edge_give_two_communities() -> None:
    G = nx.Graph()
    for u, v in [("a", "b"), ("b", "c"), ("c", "a"), ("d", "e"), ("e", "f"), ("f", "d")]:
        edge(G, u, v)
    edge(G, "c", "d")
    result = communities(labelled(G))
    assert [c.labels for c in result.communities] == [("A", "B", "C"), ("D", "E", "F")]
    assert [c.index for c in result.communities] == [0, 1]
    assert result.modularity == pytest.approx(2 * (3 / 7 - (7 / 14) ** 2))
    assert result.membership()[iri("f")] == 1


def test_communities_sorted_by_size_then_label() -> None:
    G = nx.Graph()
    edge(G, "z", "y")
    for u, v in [("a", "b"), ("b", "c"), ("c", "a")]:
        edge(G, u, v, weight=5)
    edge(G, "m", "n")
    result = communities(labelled(G))
    assert [c.labels for c in result.communities] == [("A", "B", "C"), ("M", "N"), ("Y", "Z")]


def test_communities_without_edges() -> None:
    G = labelled(nx.Graph())
    G.add_nodes_from([iri("b"), iri("a")])
    labelled(G)
    result = communities(G)
    assert [c.labels for c in result.communities] == [("A",), ("B",)]
    assert result.modularity == 0.0


# --------------------------------------------------------------------------- paths


def test_path_graph_hops_carry_their_evidence() -> None:
    G = nx.Graph(projection="officials")
    for u, v in [("a", "b"), ("b", "c"), ("c", "d")]:
        edge(G, u, v, relation="met", areas=["Nuclear"], first="2020-01-01", last=None)
    path = shortest_path(labelled(G), iri("a"), iri("d"))
    assert path.length == 3
    assert path.nodes == (iri("a"), iri("b"), iri("c"), iri("d"))
    hop = path.hops[1]
    assert (hop.source_label, hop.target_label, hop.relation) == ("B", "C", "met")
    assert hop.meetings == (iri("meeting/b-c-0"),)
    assert hop.sources == (iri("article/b-c"),)
    assert (hop.first, hop.last, hop.areas) == ("2020-01-01", None, ("Nuclear",))


def test_path_prefers_best_evidenced_edge_among_shortest() -> None:
    G = nx.Graph()
    edge(G, "a", "b")
    edge(G, "b", "d")
    edge(G, "a", "c", weight=3)
    edge(G, "c", "d")
    assert shortest_path(labelled(G), iri("a"), iri("d")).nodes == (iri("a"), iri("c"), iri("d"))


def test_path_to_itself_has_no_hops(star: nx.Graph) -> None:
    assert shortest_path(star, iri("c"), iri("c")).hops == ()


def test_no_path_is_an_input_error(star: nx.Graph) -> None:
    star.add_node(iri("alone"), label="Alone")
    with pytest.raises(InputError) as err:
        shortest_path(star, iri("l1"), iri("alone"))
    assert str(err.value) == (
        "no connection between 'L1' and 'Alone' in the 'officials' graph; they are in "
        "different components (try another projection, or add facts that link them)"
    )


def test_path_from_unknown_node(star: nx.Graph) -> None:
    with pytest.raises(UnknownEntityError, match="unknown entity 'L1x' \\(did you mean 'L1'\\?\\)"):
        shortest_path(star, "L1x", iri("c"))


@pytest.mark.parametrize(("radius", "size"), [(0, 1), (1, 2), (2, 5)])
def test_ego(star: nx.Graph, radius: int, size: int) -> None:
    H = ego(star, iri("l1"), radius=radius)
    assert H.number_of_nodes() == size
    assert H.graph["projection"] == "officials"
    assert H.nodes[iri("l1")]["label"] == "L1"


def test_ego_negative_radius(star: nx.Graph) -> None:
    with pytest.raises(InputError, match="radius must be 0 or more, not -1"):
        ego(star, iri("c"), radius=-1)


# --------------------------------------------------------------------------- partners


def test_partners_ranked_by_weight_then_areas_then_label(countries: nx.Graph) -> None:
    rows = partners(countries, iri("country/PAK"))
    assert [row.label for row in rows] == ["China", "Afghanistan", "India", "United States"]
    assert rows[1].areas == ("Border", "Refugees", "Trade")
    assert rows[0].meetings == tuple(iri(f"meeting/country/PAK-country/CHN-{i}") for i in range(5))


# --------------------------------------------------------------------------- timeline


def test_timeline_keeps_undated_meetings_in_a_year_none_row_last() -> None:
    rows = timeline(
        [
            MeetingRecord("m4", None, ("PAK", "IND"), ("Nuclear",)),
            MeetingRecord("m2", "2021-03-01", ("PAK", "USA"), ("Trade", "Nuclear")),
            MeetingRecord("m1", "2019-02-14", ("PAK", "IND"), ("Nuclear",)),
            MeetingRecord("m3", "2021", ("PAK", "CHN"), ("Trade",)),
            MeetingRecord("m3", "2021", ("PAK", "CHN"), ("Trade",)),  # same record twice
        ]
    )
    assert rows == [
        TimelineRow(2019, 1, (AreaCount("Nuclear", 1),)),
        TimelineRow(2021, 2, (AreaCount("Trade", 2), AreaCount("Nuclear", 1))),
        TimelineRow(None, 1, (AreaCount("Nuclear", 1),)),
    ]


def test_timeline_filters_by_country() -> None:
    records = [
        MeetingRecord("m1", "2019-02-14", ("PAK", "IND")),
        MeetingRecord("m2", "2020-01-01", ("PAK", "USA")),
    ]
    assert timeline(records, country="IND") == [TimelineRow(2019, 1, ())]
    assert timeline([]) == []


@pytest.mark.parametrize(
    ("records", "message"),
    [
        (
            [MeetingRecord("m1", "14/02/2019")],
            "meeting 'm1' has date '14/02/2019', not an ISO date "
            "(use YYYY-MM-DD, YYYY-MM or YYYY, or leave it out)",
        ),
        (
            [MeetingRecord("m1", "2019"), MeetingRecord("m1", "2020")],
            "meeting 'm1' is given twice with different data; give each meeting once",
        ),
    ],
)
def test_timeline_bad_records(records: list[MeetingRecord], message: str) -> None:
    with pytest.raises(InputError) as err:
        timeline(records)
    assert str(err.value) == message


# --------------------------------------------------------------------------- resolve_node


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (iri("country/PAK"), "country/PAK"),
        ("PAK", "country/PAK"),  # id tail (and ISO code)
        ("ind", "country/IND"),
        ("PK", "country/PAK"),  # alpha-2
        ("pakistan", "country/PAK"),
        ("  united   STATES ", "country/USA"),
        ("imran khan", "official/khan"),
        ("khan", "official/khan"),  # id tail
    ],
)
def test_resolve_node(countries: nx.Graph, text: str, expected: str) -> None:
    assert resolve_node(countries, text) == iri(expected)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Pakistna", "unknown entity 'Pakistna' (did you mean 'Pakistan'?)"),
        ("PAKI", "unknown entity 'PAKI' (did you mean 'PAK'?)"),
        ("Zanzibar", "unknown entity 'Zanzibar' (give a label, ISO code or IRI from the graph)"),
        ("", "empty entity name (give a label, ISO code or IRI)"),
    ],
)
def test_resolve_unknown(countries: nx.Graph, text: str, message: str) -> None:
    with pytest.raises(UnknownEntityError) as err:
        resolve_node(countries, text)
    assert str(err.value) == message


def test_resolve_ambiguous_label(countries: nx.Graph) -> None:
    countries.add_node(iri("official/khan2"), label="Imran Khan", kind="official")
    with pytest.raises(UnknownEntityError) as err:
        resolve_node(countries, "Imran Khan")
    assert str(err.value) == (
        f"ambiguous entity 'Imran Khan' matches 'Imran Khan' <{iri('official/khan')}>, "
        f"'Imran Khan' <{iri('official/khan2')}> (give the IRI)"
    )
