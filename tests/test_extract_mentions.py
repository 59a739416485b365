"""Which countries a text names: compounds, languages, pairs (texts written for the tests)."""

from __future__ import annotations

import pytest

import secgraph as sg
from secgraph.extract._countries import find_mentions
from secgraph.extract._text import split_sentences


def _named(text: str, lexicon: sg.Lexicon) -> list[str]:
    return [m.iso3 for s in split_sentences(text) for m in find_mentions(s, lexicon)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("(Translated from Spanish.)", []),
        ("A French-language daily and a Portuguese-speaking station reported it.", []),
        ("The statement was originally published in Arabic.", []),
        ("Spanish police and the French gendarmerie took part.", ["ESP", "FRA"]),
        (
            "The United Kingdom of Great Britain and Northern Ireland and Peru met.",
            ["GBR", "GBR", "PER"],
        ),
        ("The Bissau-Guinean authorities were invited.", ["GNB"]),
        ("They discussed Libya, Sudan and the Gaza Strip.", ["LBY", "SDN", "PSE"]),
        ("He was accompanied by Jose Maria de Lima, the Secretary of State.", []),
        ("Insurgents were driven out of Mocimboa da Praia.", []),
        ("Lima said it would send a delegation.", ["PER"]),
        ("The Korean side also included the director general.", ["KOR"]),
        ("PAPUA New Guinea and Indonesia have agreed to set up border posts.", ["PNG", "IDN"]),
        ("SRI Lanka and India held talks.", ["LKA", "IND"]),
        ("North Korean missiles worried the South Korean side.", ["PRK", "KOR"]),
        ("Croatia and BiH agreed on joint patrols.", ["HRV", "BIH"]),
        ("Migrants cross from Serbia and Montenegro.", ["SRB", "MNE"]),
    ],
)
def test_what_names_a_country(text: str, codes: list[str], lexicon: sg.Lexicon) -> None:
    assert _named(text, lexicon) == codes


def test_a_compound_demonym_is_its_own_country_and_the_pair_keeps_the(lexicon: sg.Lexicon) -> None:
    # written for this test: "Bissau-Guinean" is Guinea-Bissau's, not Guinea's
    text = (
        "Senegal and The Gambia held border security talks in Banjul on 3 May 2026. The "
        "meeting discussed smuggling and agreed to invite the Bissau-Guinean authorities to "
        "the next session as observers."
    )
    (meeting,) = sg.extract(text, lexicon).meetings
    # "Senegal and The Gambia held talks" is the pair, whatever "authorities" a later
    # sentence invites
    assert {d.country for d in meeting.delegations} == {"SEN", "GMB"}
    assert meeting.discussed == ("GNB",)
