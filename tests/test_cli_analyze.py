"""``secgraph analyze``, ``secgraph viz`` and network exports, on the fixture corpus."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from conftest import ONTOLOGY, TESTS

import secgraph as sg
from secgraph import network
from secgraph.cli import cli
from secgraph.network import export_projection

CORPUS = TESTS / "data" / "corpus"


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("analyze") / "build"
    result = CliRunner().invoke(
        cli, ["build", str(CORPUS), "--out", str(out), "--ontology", str(ONTOLOGY)]
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture
def run(build_dir: Path):  # type: ignore[no-untyped-def]
    def invoke(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(cli, [*args, "--build", str(build_dir)])

    return invoke


def test_centrality_table(run) -> None:  # type: ignore[no-untyped-def]
    result = run("analyze", "centrality", "--top", "3")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == [
        "rank",
        "label",
        "kind",
        "degree",
        "weighted_degree",
        "betweenness",
        "eigenvector",
    ]
    assert lines[2].startswith("1     Pakistan")
    assert len(lines) == 5
    assert "sampled" not in result.output


def test_centrality_says_when_betweenness_is_sampled(run) -> None:  # type: ignore[no-untyped-def]
    result = run("analyze", "centrality", "-p", "countries", "--sample-above", "3")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == (
        "note: betweenness estimated from 3 sampled nodes (the graph has 5 nodes)"
    )
    result = run(
        "analyze", "centrality", "-p", "countries", "--sample-above", "3", "--format", "json"
    )
    payload = json.loads(result.stdout)
    assert (payload["sampled"], payload["k"]) == (True, 3)


def test_communities_json(run) -> None:  # type: ignore[no-untyped-def]
    result = run("analyze", "communities", "--format", "json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["projection"] == "country-official"
    assert len(payload["rows"]) == 15
    assert {"community", "size", "label", "kind", "node"} == set(payload["rows"][0])


def test_path_lists_meetings_and_articles_per_hop(run) -> None:  # type: ignore[no-untyped-def]
    result = run("analyze", "path", "Elizabeth Horst", "farid-ud-din-khan", "--format", "json")
    assert result.exit_code == 0, result.output
    (hop,) = json.loads(result.stdout)["rows"]
    assert hop["relation"] == "counterpart"
    assert hop["meeting_iris"] == [
        "https://w3id.org/secgraph/id/meeting/pk-us-border-security-islamabad/"
        "islamabad-border-security-talks"
    ]
    assert hop["sources"] == [
        "https://w3id.org/secgraph/id/article/pk-us-border-security-islamabad"
    ]
    table = run("analyze", "path", "USA", "CHN", "-p", "countries")
    assert table.exit_code == 0, table.output
    assert table.stdout.splitlines()[-1] == "2 hop(s)"


def test_ego(run) -> None:  # type: ignore[no-untyped-def]
    result = run("analyze", "ego", "PK", "--radius", "1", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["label"] for r in rows] == [
        "Pakistan",
        "Farid-ud-Din Khan",
        "Imran Haider",
        "Sana Qureshi",
    ]
    assert rows[0]["distance"] == "0"


def test_timeline_counts_undated_meetings_apart(run) -> None:  # type: ignore[no-untyped-def]
    result = run("analyze", "timeline", "PAK", "United States", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["year"], r["meetings"]) for r in rows] == [
        ("2019", "1"),
        ("2021", "1"),
        ("undated", "1"),
    ]


def test_partners(run) -> None:  # type: ignore[no-untyped-def]
    result = run("analyze", "partners", "pakistan")
    assert result.exit_code == 0, result.output
    labels = [line.split("  ")[0] for line in result.stdout.splitlines()[2:]]
    assert labels == ["United States", "China", "Afghanistan"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("analyze", "partners", "Atlantis"),
            "secgraph: unknown entity 'Atlantis' (give a label, ISO code or IRI from the graph)",
        ),
        (
            ("analyze", "path", "Elizabeth Horst", "Wei Lann"),
            "secgraph: unknown entity 'Wei Lann' (did you mean 'Wei Lan'?)",
        ),
        (
            ("analyze", "timeline", "PAK", "Narnia"),
            "secgraph: unknown country 'Narnia' (use an ISO 3166 code such as PAK, or a name)",
        ),
        (
            ("analyze", "centrality", "--since", "yesterday"),
            "secgraph: bad date 'yesterday'; write it as YYYY-MM-DD",
        ),
    ],
)
def test_unknown_entity_exits_2_with_one_line(run, args, message) -> None:  # type: ignore[no-untyped-def]
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [message]
    assert result.stdout == ""


@pytest.mark.parametrize("suffix", [".html", ".svg", ".png"])
def test_viz_writes_each_format(run, tmp_path: Path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"net{suffix}"
    result = run("viz", "countries", "--country", "PAK", "--since", "2020-01-01", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stderr == f"wrote {out} (4 nodes, 3 edges)\n"
    head = out.read_bytes()[:64]
    expected = {".html": b"<!DOCTYPE html>", ".svg": b"<", ".png": b"\x89PNG"}[suffix]
    assert head.startswith(expected) or (suffix == ".svg" and b"<svg" in out.read_bytes()[:400])


def test_viz_refuses_other_suffixes(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "net.pdf"
    result = run("viz", "-o", str(out))
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"secgraph: {out}: cannot draw a '.pdf' file; name it .html, .svg or .png\n"
    )
    assert not out.exists()


def _same_graph(read: nx.Graph, G: nx.Graph) -> None:
    assert sorted(read.nodes) == sorted(G.nodes)
    assert sorted(tuple(sorted(e)) for e in read.edges) == sorted(tuple(sorted(e)) for e in G.edges)
    for u, v, data in G.edges(data=True):
        assert int(read.edges[u, v]["weight"]) == data["weight"]
        assert read.edges[u, v]["relation"] == data["relation"]
    for node, data in G.nodes(data=True):
        assert read.nodes[node]["label"] == data["label"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_network_formats_read_back(run, build_dir: Path, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    store = sg.open_store("memory", build_dir=build_dir)
    G = network.to_networkx(store, projection="countries")
    out = tmp_path / f"countries.{fmt}"
    result = run("export", "--format", fmt, "--projection", "countries", "-o", str(out))
    assert result.exit_code == 0, result.output
    reader = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    _same_graph(reader(out), G)
    # and to stdout
    result = run("export", "--format", fmt, "--projection", "countries")
    assert result.exit_code == 0, result.output
    _same_graph(reader(io.BytesIO(result.stdout_bytes)), G)


def test_export_projection_directly(build_dir: Path, tmp_path: Path) -> None:
    store = sg.open_store("memory", build_dir=build_dir)
    out = tmp_path / "sub" / "officials.json"
    G = export_projection(store, projection="officials", fmt="cytoscape", output=out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["elements"]["nodes"]) == G.number_of_nodes() == 10
    assert len(data["elements"]["edges"]) == G.number_of_edges() == 9
    assert [p.name for p in out.parent.iterdir()] == ["officials.json"]  # no temporary left
    with pytest.raises(sg.InputError, match="unknown network format 'dot'"):
        export_projection(store, projection="officials", fmt="dot", output=out)
