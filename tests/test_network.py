"""Projections of the fixture corpus (tests/data/corpus) onto networkx graphs.

The expected nodes and edges are read off the fixture files by hand:

==========================================  ==========  ===============================
meeting                                     date        delegations (leader, members)
==========================================  ==========  ===============================
seed islamabad-border-security-talks        (none)      USA horst; PAK khan
fx-pk-us-ct-dialogue-2019 washington        2019-03-12  USA reyes; PAK qureshi, haider
fx-in-us-intel-maritime-2020 new-delhi      2020-10-27  IND mehta; USA reyes
fx-pk-us-ct-dialogue-2021 islamabad         2021-06-08  USA bennett; PAK qureshi
fx-pk-cn-ct-2022 beijing                    2022-08-17  CHN wei-lan, zhou-ming; PAK qureshi
fx-pk-cn-ct-2022 islamabad-earlier-round    (none)      PAK haider; CHN wei-lan
fx-af-pk-border-2023 kabul                  2023-01-05  AFG karimi; PAK haider
==========================================  ==========  ===============================
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from conftest import ONTOLOGY, SEED_ID, TESTS, oxigraph_copy

import secgraph as sg
from secgraph import network
from secgraph.analysis import MeetingRecord

CORPUS = TESTS / "data" / "corpus"
ID = "https://w3id.org/secgraph/id/"
PAK, USA, CHN, IND, AFG = (f"{ID}country/{c}" for c in ("PAK", "USA", "CHN", "IND", "AFG"))
HORST, KHAN = f"{ID}official/elizabeth-horst", f"{ID}official/farid-ud-din-khan"
QURESHI, HAIDER = f"{ID}official/sana-qureshi", f"{ID}official/imran-haider"
SEED_MEETING = f"{ID}meeting/{SEED_ID}/islamabad-border-security-talks"
SEED_ARTICLE = f"{ID}article/{SEED_ID}"
EARLIER = f"{ID}meeting/fx-pk-cn-ct-2022/islamabad-earlier-round"
BEIJING = f"{ID}meeting/fx-pk-cn-ct-2022/beijing-consultations-2022"


@pytest.fixture(scope="module")
def store() -> sg.MemoryStore:
    ontology = sg.read_ontology(ONTOLOGY)
    return sg.MemoryStore(sg.build_dataset(sg.read_facts(CORPUS), ontology=ontology))


def _tails(G: nx.Graph) -> set[tuple[str, str]]:
    return {tuple(sorted((u.rsplit("/", 1)[-1], v.rsplit("/", 1)[-1]))) for u, v in G.edges}


def test_countries_projection(store: sg.MemoryStore) -> None:
    G = network.to_networkx(store, projection="countries")
    assert G.graph["projection"] == "countries"
    assert sorted(G) == sorted([AFG, CHN, IND, PAK, USA])
    assert _tails(G) == {("PAK", "USA"), ("IND", "USA"), ("CHN", "PAK"), ("AFG", "PAK")}
    pak_usa = G.edges[PAK, USA]
    assert pak_usa["weight"] == 3
    assert pak_usa["relation"] == "met"
    assert (pak_usa["first"], pak_usa["last"]) == ("2019-03-12", "2021-06-08")
    assert SEED_MEETING in pak_usa["meetings"]
    assert len(pak_usa["meeting_labels"]) == 3
    assert pak_usa["sources"] == sorted(
        [
            f"{ID}article/fx-pk-us-ct-dialogue-2019",
            f"{ID}article/fx-pk-us-ct-dialogue-2021",
            SEED_ARTICLE,
        ]
    )
    assert "law enforcement" in pak_usa["areas"] and "surveillance" in pak_usa["areas"]
    # one dated and one undated meeting: the undated one counts but gives no date
    chn_pak = G.edges[CHN, PAK]
    assert chn_pak["weight"] == 2
    assert (chn_pak["first"], chn_pak["last"]) == ("2022-08-17", "2022-08-17")
    assert G.nodes[PAK] | {"sources": None, "articles": None, "meetings": None} == {
        "label": "Pakistan",
        "kind": "country",
        "country": "PAK",
        "iso2": "PK",
        "post": None,
        "organisation": None,
        "sources": None,
        "articles": None,
        "meetings": None,
        "dates": ["2019-03-12", "2021-06-08", "2022-08-17", "2023-01-05"],
    }
    assert len(G.nodes[PAK]["sources"]) == 5
    assert len(G.nodes[PAK]["articles"]) == 5
    assert len(G.nodes[PAK]["meetings"]) == 6


def test_seed_counterpart_edge_keeps_meeting_and_article(store: sg.MemoryStore) -> None:
    G = network.to_networkx(store, projection="officials")
    edge = G.edges[HORST, KHAN]
    assert edge["relation"] == "counterpart"
    assert edge["weight"] == 1
    assert edge["meetings"] == [SEED_MEETING]
    assert edge["sources"] == [SEED_ARTICLE]
    assert edge["first"] is None and edge["last"] is None  # the article gives no date
    assert len(edge["areas"]) == 11
    horst = G.nodes[HORST]
    assert horst["label"] == "Elizabeth Horst"
    assert horst["kind"] == "official"
    assert horst["country"] == "USA"
    assert horst["organisation"] == "Bureau of South and Central Asian Affairs"
    assert horst["post"].startswith("Principal Deputy Assistant Secretary")
    assert horst["sources"] == [SEED_ARTICLE]
    assert horst["articles"] == ["Pakistan, US Agree to Enhance Border Security Cooperation"]
    assert horst["dates"] == []


def test_officials_projection_links_only_across_the_table(store: sg.MemoryStore) -> None:
    G = network.to_networkx(store, projection="officials")
    assert G.number_of_nodes() == 10
    assert _tails(G) == {
        ("elizabeth-horst", "farid-ud-din-khan"),
        ("daniel-reyes", "sana-qureshi"),
        ("daniel-reyes", "imran-haider"),
        ("arjun-mehta", "daniel-reyes"),
        ("laura-bennett", "sana-qureshi"),
        ("sana-qureshi", "wei-lan"),
        ("sana-qureshi", "zhou-ming"),
        ("imran-haider", "wei-lan"),
        ("ahmad-karimi", "imran-haider"),
    }
    assert not G.has_edge(QURESHI, HAIDER)  # same delegation in 2019: not counterparts
    assert {d["relation"] for *_, d in G.edges(data=True)} == {"counterpart"}


def test_country_official_projection(store: sg.MemoryStore) -> None:
    G = network.to_networkx(store, projection="country-official")
    assert G.number_of_nodes() == 15  # 5 countries + 10 officials
    assert G.number_of_edges() == 19  # 10 'represents' + 9 'counterpart'
    relations = [d["relation"] for *_, d in G.edges(data=True)]
    assert relations.count("represents") == 10
    assert relations.count("counterpart") == 9
    haider = G.edges[HAIDER, PAK]
    assert haider["relation"] == "represents"
    assert haider["weight"] == 3
    assert (haider["first"], haider["last"]) == ("2019-03-12", "2023-01-05")


def test_organisations_projection(store: sg.MemoryStore) -> None:
    G = network.to_networkx(store, projection="organisations")
    kinds = [d["kind"] for _, d in G.nodes(data=True)]
    assert (kinds.count("country"), kinds.count("official"), kinds.count("organisation")) == (
        5,
        10,
        5,
    )
    interior = f"{ID}org/pk-ministry-of-interior"
    assert G.edges[QURESHI, interior]["relation"] == "member-of"
    assert G.edges[KHAN, interior]["relation"] == "member-of"
    assert G.edges[interior, PAK]["relation"] == "part-of"
    assert G.edges[interior, PAK]["weight"] == 4  # Qureshi's 3 meetings and Khan's 1
    assert G.nodes[interior]["country"] == "PAK"
    # an official without a post is linked to the country they represented
    assert G.edges[HAIDER, PAK]["relation"] == "represents"


def test_country_filter_keeps_meetings_with_that_country(store: sg.MemoryStore) -> None:
    G = network.to_networkx(store, projection="countries", country="Pakistan")
    assert G.graph["country"] == "PAK"
    assert IND not in G
    assert G.number_of_edges() == 3


def test_since_leaves_out_undated_meetings(store: sg.MemoryStore) -> None:
    G = network.to_networkx(store, projection="countries", since="2021-01-01")
    assert G.graph["since"] == "2021-01-01"
    assert _tails(G) == {("PAK", "USA"), ("CHN", "PAK"), ("AFG", "PAK")}
    assert G.edges[PAK, USA]["meetings"] == [
        f"{ID}meeting/fx-pk-us-ct-dialogue-2021/islamabad-round-2021"
    ]
    assert G.edges[CHN, PAK]["meetings"] == [BEIJING]  # the undated earlier round is gone


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"projection": "cities"},
            "unknown projection 'cities'; use one of countries, "
            "officials, country-official, organisations",
        ),
        (
            {"projection": "countries", "country": "Atlantis"},
            "unknown country 'Atlantis'; use an ISO 3166 code such as PAK, or a name (see 'secgraph list countries')",
        ),
        (
            {"projection": "countries", "since": "last year"},
            "bad date 'last year'; write it as YYYY-MM-DD",
        ),
    ],
)
def test_bad_arguments(store: sg.MemoryStore, kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(sg.InputError) as err:
        network.to_networkx(store, **kwargs)
    assert str(err.value) == message


def test_meeting_records(store: sg.MemoryStore) -> None:
    records = network.meeting_records(store)
    assert len(records) == 7
    assert all(isinstance(r, MeetingRecord) for r in records)
    assert [r.date for r in records][:5] == [
        "2019-03-12",
        "2020-10-27",
        "2021-06-08",
        "2022-08-17",
        "2023-01-05",
    ]
    assert [r.date for r in records][5:] == [None, None]
    earlier = next(r for r in records if r.iri == EARLIER)
    assert earlier.countries == ("CHN", "PAK")
    assert earlier.areas == ("counter-terrorism",)
    assert network.meeting_records(store, country="IND", since="2020-01-01")[0].countries == (
        "IND",
        "USA",
    )


def test_projections_are_deterministic(store: sg.MemoryStore) -> None:
    for projection in network.PROJECTIONS:
        a = network.to_networkx(store, projection=projection)
        b = network.to_networkx(store, projection=projection)
        assert list(a.nodes(data=True)) == list(b.nodes(data=True))
        assert list(a.edges(data=True)) == list(b.edges(data=True))


@pytest.mark.parametrize("focus", [{}, {"country": "PAK"}, {"since": "2021-01-01"}])
def test_oxigraph_store_gives_the_same_graphs(
    store: sg.MemoryStore, tmp_path: Path, focus: dict[str, str]
) -> None:
    """The projection queries read the same on Oxigraph as on rdflib, attributes included."""
    oxigraph = oxigraph_copy(tmp_path / "store", store.to_dataset())
    try:
        for projection in network.PROJECTIONS:
            a = network.to_networkx(store, projection=projection, **focus)
            b = network.to_networkx(oxigraph, projection=projection, **focus)
            assert list(a.nodes(data=True)) == list(b.nodes(data=True))
            assert list(a.edges(data=True)) == list(b.edges(data=True))
            assert a.number_of_edges() > 0
    finally:
        oxigraph.close()


def test_seed_repository_data(seed_dataset) -> None:  # type: ignore[no-untyped-def]
    G = network.to_networkx(sg.MemoryStore(seed_dataset), projection="country-official")
    assert sorted(G) == sorted([HORST, KHAN, PAK, USA])
    assert G.edges[HORST, KHAN]["meetings"] == [SEED_MEETING]
