"""An official's honorific (a rank or style written before the name: "Colonel General",
"Ambassador") is its own fact: read from a fact file, minted as schema:honorificPrefix,
written by extract, and counted by eval beside the post's title (texts written for this
test)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA
from rdflib import Literal, URIRef

import secgraph as sg

_ARTICLE = """
article:
  title: Defence talks
meetings:
  - id: talks
    delegations:
      - {country: RUS, leader: alexander-fomin}
      - {country: BOL}
officials:
  - id: alexander-fomin
    name: Alexander Fomin
    honorific: Colonel General
    country: RUS
    posts: [rus-deputy-minister-of-defence]
organisations:
  - id: rus-government
    name: Government of Russia
    country: RUS
    type: organisation
    posts:
      - {id: rus-deputy-minister-of-defence, title: Deputy Minister of Defence}
"""

_TEXT = (
    "Russia and Bolivia held defence talks in Moscow on 19 May 2026.\n\n"
    "The Russian delegation was led by Deputy Minister of Defence Colonel General Alexander "
    "Fomin; the Bolivian delegation was led by the Minister of Defence of Bolivia, Edmundo "
    "Novillo Aguilar."
)


def test_an_honorific_is_read_and_minted(make_data_dir, ontology: sg.Ontology) -> None:
    root = make_data_dir(talks=_ARTICLE)
    facts = sg.read_facts(root)
    (fomin,) = [o for o in facts.articles[0].officials if o.id == "alexander-fomin"]
    assert fomin.honorific == "Colonel General"
    dataset = sg.build_dataset(facts, ontology=ontology)
    prefix = URIRef("https://schema.org/honorificPrefix")
    assert set(dataset.objects(sg.vocab.official_iri("alexander-fomin"), prefix)) == {
        Literal("Colonel General")
    }
    assert sg.validate(dataset, ontology.shapes).conforms


def test_a_draft_keeps_the_rank_apart_from_name_and_post(
    lexicon: sg.Lexicon, tmp_path: Path
) -> None:
    draft = sg.extract(_TEXT, lexicon)
    fomin = next(o for o in draft.officials if o.name == "Alexander Fomin")
    assert (fomin.honorific, fomin.title) == ("Colonel General", "Deputy Minister of Defence")
    out = tmp_path / "talks.yaml"
    sg.write_draft(draft, out)
    assert "    honorific: Colonel General\n" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("gold_title", "matched"),
    [
        ("Deputy Minister of Defence", 1),  # a key that writes the post
        ("Colonel General", 1),  # a key that writes the rank
        ("Major General", 0),  # another rank
    ],
)
def test_eval_counts_a_title_with_or_without_its_rank(
    tmp_path: Path, gold_title: str, matched: int
) -> None:
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    (pred / "a.yaml").write_text(_ARTICLE, encoding="utf-8")
    (gold / "a.yaml").write_text(
        _ARTICLE.replace("    honorific: Colonel General\n", "").replace(
            "title: Deputy Minister of Defence", f"title: {gold_title}"
        ),
        encoding="utf-8",
    )
    titles = sg.evaluate(gold, pred, sg.read_reference(DATA / "reference")).fields["titles"]
    assert (titles.tp, titles.fp, titles.fn) == (matched, 1 - matched, 1 - matched)
