"""Tests for secgraph.viz: the HTML page's contents, images, GraphML/GEXF/Cytoscape exports.

What the page *does* in a browser is tested in test_browser.py.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import shutil
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

import secgraph.atomic
from secgraph import viz
from secgraph.errors import InputError

EX = "https://example.org/secgraph/"
HOSTILE = '<img src=x onerror="window.__xss=1">'
BREAKOUT = "</script><script>window.__xss=2</script>"


@pytest.fixture
def G() -> nx.Graph:
    """Two countries, two officials (one with a hostile name), an organisation."""
    G = nx.Graph(projection="country-official")
    G.add_node(EX + "country/PAK", label="Pakistan", kind="country", country="PAK", dates=[])
    G.add_node(EX + "country/IND", label="India", kind="country", country="IND", dates=[])
    G.add_node(
        EX + "official/khan",
        label="Imran Khan",
        kind="official",
        country="PAK",
        post="Prime Minister",
        organisation=None,
        sources=[EX + "article/a1"],
        articles=["Leaders meet"],
        dates=["2019-02-14"],
    )
    G.add_node(EX + "official/evil", label=HOSTILE, kind="official", country="IND", post=None)
    G.add_node(EX + "org/x", label=BREAKOUT, kind="organisation", country=None)
    meeting = {
        "meetings": [EX + "meeting/1"],
        "sources": [EX + "article/a1"],
        "areas": ["Nuclear", "Border"],
    }
    G.add_edge(EX + "official/khan", EX + "country/PAK", weight=1, relation="represents")
    G.add_edge(EX + "official/evil", EX + "country/IND", weight=1, relation="represents")
    G.add_edge(
        EX + "official/khan",
        EX + "official/evil",
        weight=3,
        relation="counterpart",
        first="2019-02-14",
        last=None,
        **meeting,
    )
    G.add_edge(EX + "official/evil", EX + "org/x", weight=1, relation="member-of")
    return G


def page_data(page: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page)
    assert match is not None
    data: dict[str, Any] = json.loads(match.group(1))
    return data


# --------------------------------------------------------------------------- colours


def test_country_color_is_stable_and_distinct() -> None:
    assert viz.country_color("PAK") == viz.country_color("pak")
    assert re.fullmatch(r"#[0-9a-f]{6}", viz.country_color("PAK"))
    colors = {viz.country_color(code) for code in ["PAK", "IND", "USA", "CHN", "RUS", "AFG"]}
    assert len(colors) == 6
    assert viz.country_color(None) == viz.country_color("") == "#8c96a0"


# --------------------------------------------------------------------------- HTML


def test_html_is_self_contained(G: nx.Graph) -> None:
    page = viz.to_html(G, title="Relations")
    assert f'<meta http-equiv="Content-Security-Policy" content="{viz.CSP}">' in page
    assert "default-src 'none'" in viz.CSP
    assert re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", page, re.IGNORECASE) is None
    assert "sourceMappingURL" not in page
    assert page.count("</script>") == 3  # the data, vis-network, the page's script


@pytest.mark.parametrize("text", [HOSTILE, BREAKOUT, "<b>Relations</b> & co"])
def test_html_never_contains_raw_markup_from_the_graph(G: nx.Graph, text: str) -> None:
    page = viz.to_html(G, title="<b>Relations</b> & co")
    assert text not in page
    assert "<title>&lt;b&gt;Relations&lt;/b&gt; &amp; co</title>" in page


def test_html_data_round_trips_labels_and_evidence(G: nx.Graph) -> None:
    data = page_data(viz.to_html(G, title="Relations"))
    labels = {node["id"]: node["label"] for node in data["nodes"]}
    assert labels[EX + "official/evil"] == HOSTILE
    assert labels[EX + "org/x"] == BREAKOUT
    khan = next(node for node in data["nodes"] if node["id"] == EX + "official/khan")
    info = dict((key, value) for key, value in khan["info"])
    assert info["Post"] == "Prime Minister"
    assert info["Country"] == "PAK \u2014 Pakistan"
    assert info["Meeting dates"] == ["2019-02-14"]
    assert info["Articles"] == ["Leaders meet"]
    assert info["Sources"] == [EX + "article/a1"]
    counterpart = next(e for e in data["edges"] if e["width"] > 1)
    edge_info = dict((key, value) for key, value in counterpart["info"])
    assert edge_info["When"] == "2019-02-14"  # last is missing, and stays missing
    assert edge_info["Meetings"] == 3
    assert [entry["text"] for entry in data["legend"]] == [
        "IND \u2014 India",
        "PAK \u2014 Pakistan",
        "no country",
    ]
    assert data["summary"] == "5 nodes, 4 edges (country-official)"


def test_html_sizes_follow_the_given_mapping(G: nx.Graph) -> None:
    sizes = dict.fromkeys(G, 0.0) | {EX + "org/x": 10.0}
    data = page_data(viz.to_html(G, title="t", sizes=sizes))
    size = {node["id"]: node["size"] for node in data["nodes"]}
    assert size[EX + "org/x"] == 40.0
    assert size[EX + "country/PAK"] == 10.0


@pytest.mark.parametrize(("threshold", "physics"), [(1000, True), (3, False)])
@pytest.mark.parametrize("layout", ["spring", "sfdp"])
def test_large_graphs_get_a_precomputed_layout(
    G: nx.Graph, monkeypatch: pytest.MonkeyPatch, threshold: int, physics: bool, layout: str
) -> None:
    if layout == "sfdp" and shutil.which("sfdp") is None:
        pytest.skip("Graphviz sfdp is not installed")
    if layout == "spring":
        monkeypatch.setattr(viz._layout.shutil, "which", lambda name: None)
    monkeypatch.setattr(viz._html, "_PRECOMPUTE_ABOVE", threshold)
    data = page_data(viz.to_html(G, title="t"))
    assert data["physics"] is physics
    assert all(("x" in node) is not physics for node in data["nodes"])
    if not physics:
        assert page_data(viz.to_html(G, title="t")) == data  # deterministic
        xs = sorted(node["x"] for node in data["nodes"])
        assert xs[0] < xs[-1]
        assert max(abs(node[axis]) for node in data["nodes"] for axis in "xy") == pytest.approx(
            60 * math.sqrt(5), abs=0.01
        )


def test_write_html_replaces_atomically(G: nx.Graph, tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    path.write_text("old")
    assert viz.write_html(G, path, title="t") == path
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert os.listdir(tmp_path) == ["graph.html"]


def test_failed_write_leaves_old_file_and_no_temp(
    G: nx.Graph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "graph.html"
    path.write_text("old")

    def fail(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(secgraph.atomic.os, "replace", fail)
    with pytest.raises(InputError) as err:
        viz.write_html(G, path, title="t")
    assert str(err.value) == f"{path}: cannot write: No space left on device"
    assert path.read_text() == "old"
    assert os.listdir(tmp_path) == ["graph.html"]


def test_write_into_missing_directory_makes_it(G: nx.Graph, tmp_path: Path) -> None:
    path = tmp_path / "missing" / "graph.html"
    viz.write_html(G, path, title="t")
    assert path.is_file()


def test_write_where_a_file_blocks_the_directory(G: nx.Graph, tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("a file, not a folder")
    path = tmp_path / "blocked" / "graph.html"
    with pytest.raises(InputError) as err:
        viz.write_html(G, path, title="t")
    assert str(err.value).startswith(f"{path}: cannot write: ")


# --------------------------------------------------------------------------- images


@pytest.fixture
def no_graphviz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(viz._image.shutil, "which", lambda name: None)


@pytest.mark.parametrize("suffix", [".svg", ".png"])
def test_matplotlib_image_is_deterministic(
    G: nx.Graph, tmp_path: Path, no_graphviz: None, suffix: str
) -> None:
    first = viz.write_image(G, tmp_path / f"a{suffix}", title="Relations $x$")
    second = viz.write_image(G, tmp_path / f"b{suffix}", title="Relations $x$")
    assert first.read_bytes() == second.read_bytes()
    assert sorted(os.listdir(tmp_path)) == [f"a{suffix}", f"b{suffix}"]


def test_matplotlib_svg_has_labels_as_escaped_text(G: nx.Graph, no_graphviz: None) -> None:
    svg = viz.to_image(G, fmt="svg", title="Relations").decode("utf-8")
    assert "&lt;img src=x onerror=" in svg
    assert HOSTILE not in svg
    assert "Imran Khan" in svg
    assert "PAK \u2014 Pakistan" in svg  # the legend


def test_matplotlib_png_signature(G: nx.Graph, no_graphviz: None) -> None:
    assert viz.to_image(G, fmt="png", title="t").startswith(b"\x89PNG\r\n\x1a\n")


def test_forced_graphviz_without_graphviz(G: nx.Graph, no_graphviz: None) -> None:
    with pytest.raises(InputError, match="Graphviz 'sfdp' is not on the PATH"):
        viz.to_image(G, fmt="svg", title="t", engine="graphviz")


@pytest.mark.skipif(shutil.which("sfdp") is None, reason="Graphviz sfdp is not installed")
@pytest.mark.parametrize("fmt", ["svg", "png"])
def test_graphviz_image_is_deterministic(G: nx.Graph, fmt: viz.ImageFormat) -> None:
    first = viz.to_image(G, fmt=fmt, title="t", engine="graphviz")
    assert first == viz.to_image(G, fmt=fmt, title="t", engine="graphviz")
    if fmt == "svg":
        assert "&lt;img src=x onerror=" in first.decode("utf-8")


def test_image_suffix_must_be_svg_or_png(G: nx.Graph, tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        viz.write_image(G, tmp_path / "graph.jpg", title="t")
    assert (
        str(err.value)
        == f"{tmp_path / 'graph.jpg'}: cannot draw a '.jpg' image (name the file .svg or .png)"
    )


def test_dot_escapes_labels() -> None:
    G = nx.Graph()
    G.add_node("a", label='say "hi" \\N\nnow')
    dot = viz.to_dot(G, title="t")
    assert 'label="say \\"hi\\" \\\\N\\nnow"' in dot


# --------------------------------------------------------------------------- GraphML, GEXF


@pytest.mark.parametrize(("fmt", "read"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_round_trip(
    G: nx.Graph, tmp_path: Path, fmt: viz.NetworkFormat, read: Any
) -> None:
    path = tmp_path / f"graph.{fmt}"
    viz.write_network(G, path, fmt)
    H = read(path)
    assert set(H.nodes) == set(G.nodes)
    assert {frozenset(e) for e in H.edges} == {frozenset(e) for e in G.edges}
    khan = H.nodes[EX + "official/khan"]
    assert khan["sources"] == EX + "article/a1"
    assert khan["organisation"] == ""
    edge = H.edges[EX + "official/khan", EX + "official/evil"]
    assert edge["areas"] == "Nuclear; Border"
    assert G.nodes[EX + "official/khan"]["organisation"] is None  # the input is untouched


def test_cytoscape_keeps_lists(G: nx.Graph) -> None:
    stream = io.BytesIO()
    viz.write_network(G, stream, "cytoscape")
    data = json.loads(stream.getvalue())
    nodes = {node["data"]["id"]: node["data"] for node in data["elements"]["nodes"]}
    assert nodes[EX + "official/khan"]["sources"] == [EX + "article/a1"]
    assert len(data["elements"]["edges"]) == G.number_of_edges()


def test_unknown_network_format(G: nx.Graph) -> None:
    with pytest.raises(InputError) as err:
        viz.write_network(G, io.BytesIO(), "dot")  # type: ignore[arg-type]
    assert str(err.value) == "unknown network format 'dot'; use one of graphml, gexf, cytoscape"
