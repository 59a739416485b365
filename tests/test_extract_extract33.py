"""The officials' pass of branch extract33: shapes of the genre in which the extractor lost a
side or its people (a pair of countries only talked about taken for the parties, ...). Each
test on a short text written for it (people and meetings invented)."""

from __future__ import annotations

from conftest import draft_sides

import secgraph as sg
from secgraph.extract._pairs import outweighed


def _sides(text: str, lexicon: sg.Lexicon) -> dict[str, list[str]]:
    return draft_sides(sg.extract(text, lexicon))


# --- a pair written once gives way to a side named throughout --------------------------------


def test_a_pair_written_once_gives_way_to_a_country_scoring_more() -> None:
    assert outweighed(("MOZ", "RWA"), {("MOZ", "RWA"): 5}, {"MOZ": 11, "RWA": 6, "ZAF": 9})
    assert not outweighed(("MOZ", "RWA"), {("MOZ", "RWA"): 10}, {"MOZ": 11, "RWA": 6, "ZAF": 9})
    assert not outweighed(("MOZ", "ZAF"), {("MOZ", "ZAF"): 5}, {"MOZ": 11, "ZAF": 9, "RWA": 6})


def test_countries_only_talked_about_are_not_the_parties(lexicon: sg.Lexicon) -> None:
    text = (
        "Police chiefs meet in Pretoria\n\n"
        "PRETORIA - The South African Police Service (SAPS) and the Police of the Republic of "
        "Mozambique (PRM) agreed to step up joint operations against vehicle theft.\n\n"
        "This follows a meeting between the National Commissioner of the SAPS, General Ann "
        "Mokoena, and the Commander-General of the PRM, Jose Tembe, held in Pretoria on "
        "Tuesday.\n\n"
        "The SAPS delegation included the Provincial Commissioner of Limpopo, "
        "Lieutenant General Peter Dlamini, and the SAPS head of crime intelligence, Major "
        "General Sipho Ndlovu.\n\n"
        "They also discussed the situation in the north, where Mozambican and Rwandan forces "
        "continue to fight an insurgency.\n\n"
        "The SAPS further committed to offer training to PRM officers."
    )
    sides = _sides(text, lexicon)
    assert set(sides) == {"ZAF", "MOZ"}
    assert sides["ZAF"][0] == "Ann Mokoena"
