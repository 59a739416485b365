"""``secgraph export``: every RDF format round-trips to the built graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

import secgraph as sg
from secgraph.cli import cli
from secgraph.vocab import article_graph_iri

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
ARTICLE = "fx-pk-cn-ct-2022"

#: --format -> (rdflib parser, pyoxigraph format or None, holds named graphs by default)
FORMATS = {
    "turtle": ("turtle", pyoxigraph.RdfFormat.TURTLE, False),
    "ntriples": ("nt", pyoxigraph.RdfFormat.N_TRIPLES, False),
    "nquads": ("nquads", pyoxigraph.RdfFormat.N_QUADS, True),
    "trig": ("trig", pyoxigraph.RdfFormat.TRIG, True),
    "jsonld": ("json-ld", pyoxigraph.RdfFormat.JSON_LD, False),
    "rdfxml": ("xml", pyoxigraph.RdfFormat.RDF_XML, False),
}


@pytest.fixture(scope="session")
def corpus_dataset(ontology: sg.Ontology) -> Dataset:
    return sg.build_dataset(sg.read_facts(CORPUS), ontology=ontology)


@pytest.fixture(scope="session")
def export_build(tmp_path_factory: pytest.TempPathFactory, corpus_dataset: Dataset) -> Path:
    out = tmp_path_factory.mktemp("export-build")
    sg.write_dataset_files(corpus_dataset, out)
    return out


def export(build: Path, *args: str) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(cli, ["export", *args, "--build", str(build), "--store", "memory"])
    return result.exit_code, result.stdout_bytes, result.stderr


def named_graphs(dataset: Dataset) -> dict[str, Graph]:
    return {
        str(g.identifier): g
        for g in dataset.graphs()
        if len(g) and str(g.identifier) != "urn:x-rdflib:default"
    }


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_round_trips(fmt: str, export_build: Path, corpus_dataset: Dataset) -> None:
    parser, _ox, quads = FORMATS[fmt]
    code, data, err = export(export_build, "--format", fmt)
    assert code == 0, err
    if quads:
        parsed = Dataset()
        parsed.parse(data=data, format=parser)
        got, want = named_graphs(parsed), named_graphs(corpus_dataset)
        assert sorted(got) == sorted(want)
        for name, graph in want.items():
            assert isomorphic(got[name], graph), name
    else:
        parsed_graph = Graph().parse(data=data, format=parser)
        assert isomorphic(parsed_graph, sg.to_union_graph(corpus_dataset))


def test_export_jsonld_dataset_keeps_named_graphs(
    export_build: Path, corpus_dataset: Dataset
) -> None:
    code, data, _ = export(export_build, "--format", "jsonld", "--graph", "dataset")
    assert code == 0
    parsed = Dataset()
    parsed.parse(data=data, format="json-ld")
    assert sorted(named_graphs(parsed)) == sorted(named_graphs(corpus_dataset))


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "jsonld"])
def test_export_parses_with_pyoxigraph(
    fmt: str, export_build: Path, corpus_dataset: Dataset
) -> None:
    _parser, ox_format, _quads = FORMATS[fmt]
    code, data, _ = export(export_build, "--format", fmt)
    assert code == 0
    triples = list(pyoxigraph.parse(data, format=ox_format))
    assert len(set(triples)) == len(sg.to_union_graph(corpus_dataset))


def test_export_turtle_is_readable_and_stable(export_build: Path) -> None:
    _, first, _ = export(export_build, "--format", "turtle")
    _, second, _ = export(export_build, "--format", "turtle")
    assert first == second
    text = first.decode("utf-8")
    assert "ns1:" not in text
    assert "@prefix sg: <https://w3id.org/secgraph/ontology#> ." in text
    assert "@prefix official: <https://w3id.org/secgraph/id/official/> ." in text


def test_export_one_article(export_build: Path, corpus_dataset: Dataset) -> None:
    code, data, _ = export(export_build, "--format", "turtle", "--article", ARTICLE)
    assert code == 0
    graph = Graph().parse(data=data, format="turtle")
    assert isomorphic(graph, corpus_dataset.graph(article_graph_iri(ARTICLE)))


def test_export_to_file(export_build: Path, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "graph.nt"
    code, data, err = export(export_build, "--format", "ntriples", "-o", str(out))
    assert (code, data) == (0, b"")
    assert err == f"wrote {out}\n"
    assert out.read_bytes().endswith(b" .\n")
    assert not [p for p in out.parent.iterdir() if p.name != "graph.nt"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--article", "fx-pk-cn-ct-2021"],
            "unknown article 'fx-pk-cn-ct-2021'; did you mean 'fx-pk-cn-ct-2022'?",
        ),
        (
            ["--format", "turtle", "--graph", "dataset"],
            "turtle cannot hold named graphs; use --graph union or --format trig, nquads or jsonld",
        ),
        (
            ["--format", "graphml"],
            "--format graphml needs --projection NAME; one of countries, officials, country-official, organisations",
        ),
    ],
)
def test_export_errors(args: list[str], message: str, export_build: Path) -> None:
    code, data, err = export(export_build, *args)
    assert (code, data) == (2, b"")
    assert err == f"secgraph: {message}\n"
