"""A meeting's round, end to end: the text's ordinal -> the draft's ``round:`` -> the fact file
-> ``sg:round`` in RDF, checked by its shape; a bad round is one line naming file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DATA, ONTOLOGY
from rdflib import Graph, Literal, URIRef

import secgraph as sg
from secgraph.cli import cli
from secgraph.extract._topics import round_number
from secgraph.validation import run_shacl
from secgraph.vocab import SG

TEXT = (
    "India, Australia hold counter-terrorism talks\n\n"
    "The 14th meeting of the India-Australia Joint Working Group on Counter-Terrorism was held "
    "in Canberra on 12 March 2024. The Indian delegation was led by Shri Ravi Menon, Joint "
    "Secretary (Counter Terrorism), Ministry of External Affairs, and the Australian delegation "
    "by Ms. Clare Holt, Ambassador for Counter-Terrorism. The two sides agreed to deepen "
    "intelligence sharing.\n"
)


@pytest.mark.parametrize(
    ("word", "number"),
    [("14th", 14), ("1st", 1), ("inaugural", 1), ("seventh", 7), ("Twentieth", 20), (None, None)],
)
def test_round_number(word: str | None, number: int | None) -> None:
    assert round_number(word) == number


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The 14th meeting of the India-Australia Joint Working Group was held in Canberra.", 14),
        ("The seventh India-Japan Maritime Affairs Dialogue was held in Tokyo.", 7),
        ("India and Japan held the 3rd round of the India-Japan Cyber Dialogue in Tokyo.", 3),
        ("India and Japan held the India-Japan Cyber Dialogue in Tokyo.", None),
    ],
)
def test_the_round_is_the_meetings(lexicon: sg.Lexicon, sentence: str, number: int) -> None:
    draft = sg.extract(sentence, lexicon)
    assert draft.meetings[0].round == number


def test_round_goes_from_text_to_rdf_and_conforms(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    article = tmp_path / "in-au-jwg.txt"
    article.write_text(TEXT, encoding="utf-8")
    out = data / "articles" / "in-au-jwg.yaml"
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(article), "-o", str(out), "--data", str(data)])
    assert result.exit_code == 0, result.output
    assert "    round: 14\n" in out.read_text(encoding="utf-8")
    corpus = sg.read_facts(data)
    (meeting,) = [m for a in corpus.articles if a.id == "in-au-jwg" for m in a.meetings]
    assert meeting.round == 14
    dataset = sg.build_dataset(corpus, ontology=sg.read_ontology(ONTOLOGY))
    graph = sg.to_union_graph(dataset)
    assert list(graph.objects(None, SG.round)) == [Literal(14)]
    built = runner.invoke(
        cli,
        [
            "build",
            str(data),
            "--out",
            str(tmp_path / "b"),
            "--store",
            "memory",
            "--ontology",
            str(ONTOLOGY),
        ],
    )
    assert built.exit_code == 0, built.output
    assert "validation: conforms (0 violations" in built.output


def test_a_round_that_is_not_a_positive_number_names_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad-round.yaml"
    bad.write_text(
        "article:\n  title: t\nmeetings:\n  - id: talks\n    round: 15th\n    delegations:\n"
        "      - country: USA\n      - country: PAK\n",
        encoding="utf-8",
    )
    with pytest.raises(sg.FactError) as info:
        sg.read_article(bad, sg.read_reference(DATA / "reference"))
    assert str(info.value) == (
        f"{bad}:5: 'round' is not a positive whole number: '15th'; write 15 for "
        "'the 15th meeting', or leave it out"
    )


@pytest.mark.parametrize(
    ("value", "violates"),
    [("15", False), ('"15"^^xsd:positiveInteger', True), ('"15th"', True)],
)
def test_round_shape(value: str, violates: bool) -> None:
    focus = "https://w3id.org/secgraph/id/meeting/t/m"
    head = "\n".join(f"@prefix {p}: <{ns}> ." for p, ns in sg.PREFIXES.items())
    data = Graph().parse(
        data=f"{head}\n<{focus}> a sg:Meeting ; sg:round {value} .", format="turtle"
    )
    results = run_shacl(data, sg.read_ontology(ONTOLOGY).shapes, focus=[URIRef(focus)])
    found = [f for node, f in results if str(node) == focus and f["constraint"] == "Datatype"]
    assert bool(found) == violates
