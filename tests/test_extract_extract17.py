"""Issue 21, the dialogue, areas, threats and commitments pass (extract17): each family of the
genre's phrasings on a short text written for its test (countries real, people and meetings
invented)."""

from __future__ import annotations

import pytest

import secgraph as sg
from secgraph.extract._areas import find_areas
from secgraph.extract._dialogues import find_dialogue, round_number
from secgraph.extract._kinds import kinds_named
from secgraph.extract._lexicon import inflections
from secgraph.extract._text import split_sentences


def _topics(text: str, lexicon: sg.Lexicon) -> tuple[set[str], set[str]]:
    areas, threats, _ = find_areas(split_sentences(text), lexicon, {})
    return set(areas), set(threats)


# --- areas and threats: the labels, their inflections and hidden labels ---------------------


def test_a_hidden_label_is_matched_as_the_others_are(lexicon: sg.Lexicon) -> None:
    # "cybercrime" is a skos:hiddenLabel of cyber security in cooperation-areas.ttl
    areas, _ = _topics("The two ministers discussed cybercrime and terrorism.", lexicon)
    assert "cyber-security" in areas


@pytest.mark.parametrize(
    ("label", "scheme", "forms"),
    [
        ("joint exercises", "area", ["joint exercise"]),
        ("arms smuggling", "threat", ["arms smugglings", "arms smugglers"]),
        ("extremism", "threat", ["extremisms", "extremists"]),
        ("CVE", "area", []),
    ],
)
def test_inflections_of_a_label(label: str, scheme: str, forms: list[str]) -> None:
    assert inflections(label, scheme) == forms


def test_the_people_who_do_a_threat_name_it(lexicon: sg.Lexicon) -> None:
    text = (
        "The police chiefs agreed to act against arms smugglers and terrorists operating in "
        "the lake region."
    )
    areas, threats = _topics(text, lexicon)
    assert {"arms-trafficking", "terrorism"} <= threats
    assert "counter-terrorism" in areas


def test_a_singular_of_a_plural_label(lexicon: sg.Lexicon) -> None:
    areas, _ = _topics("They agreed to hold a joint exercise in the north next spring.", lexicon)
    assert "military-exercises" in areas


# --- the kind a generic threat word names -----------------------------------------------------


def test_the_smuggling_of_named_goods_is_their_kind_not_smuggling_in_general(
    lexicon: sg.Lexicon,
) -> None:
    text = "The delegations discussed the smuggling of weapons and drugs across the river."
    _, threats = _topics(text, lexicon)
    assert threats == {"arms-trafficking", "drug-trafficking"}


def test_a_thing_of_no_known_kind_keeps_the_generic_threat(lexicon: sg.Lexicon) -> None:
    text = "The delegations discussed the smuggling of fuel and weapons across the river."
    _, threats = _topics(text, lexicon)
    assert threats == {"arms-trafficking", "illicit-trafficking"}


def test_a_kind_written_before_the_generic_word(lexicon: sg.Lexicon) -> None:
    _, threats = _topics("They agreed to curb fentanyl trafficking through the ports.", lexicon)
    assert threats == {"drug-trafficking"}


def test_the_movement_of_people_is_no_smuggling(lexicon: sg.Lexicon) -> None:
    (s,) = split_sentences("They discussed the movement of migrants and traders at the post.")
    assert [k.concept for k in kinds_named(s, lexicon)] == []


def test_a_label_inside_a_longer_one_is_not_its_broader_concept(lexicon: sg.Lexicon) -> None:
    _, threats = _topics("Both sides discussed drug trafficking in the region.", lexicon)
    assert threats == {"drug-trafficking"}


# --- modifiers, a label's last words, names ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("The navies will hold joint naval exercises next year.", "military-exercises"),
        ("They agreed to expand defence industry cooperation.", "defence-cooperation"),
        ("Both agreed to hold joint police patrols in the valley.", "coordinated-operations"),
    ],
)
def test_a_modifier_between_a_labels_words(lexicon: sg.Lexicon, text: str, area: str) -> None:
    assert area in _topics(text, lexicon)[0]


def test_a_modifier_before_a_threat_label_is_no_area_label(lexicon: sg.Lexicon) -> None:
    # "combating ... trafficking" with "narcotics" between is the threat, not the label
    # "combating trafficking" (counter-trafficking) with a modifier
    areas, threats = _topics("They discussed combating narcotics trafficking.", lexicon)
    assert "counter-trafficking" not in areas
    assert "drug-trafficking" in threats


def test_a_labels_last_words_name_another_concept(lexicon: sg.Lexicon) -> None:
    areas, _ = _topics("The ministers agreed to resume joint border patrols.", lexicon)
    assert {"coordinated-operations", "border-security"} <= areas


@pytest.mark.parametrize(
    "text",
    [
        "The delegation included the Director-General for Migration, Ana Kovač.",
        "The European Union and Japan announced a Security and Defence Partnership on Monday.",
    ],
)
def test_a_label_inside_a_capitalised_name_is_no_area(lexicon: sg.Lexicon, text: str) -> None:
    areas, _ = _topics(text, lexicon)
    assert not areas & {"migration-management", "defence-cooperation"}


def test_patrols_along_a_border_are_border_security(lexicon: sg.Lexicon) -> None:
    text = "The two forces agreed to resume coordinated patrols along their common border."
    assert "border-security" in _topics(text, lexicon)[0]


def test_sharing_information_on_a_threat_counters_it(lexicon: sg.Lexicon) -> None:
    text = "They agreed to share information on human trafficking networks in the south."
    areas, threats = _topics(text, lexicon)
    assert "human-trafficking" in threats
    assert "counter-trafficking" in areas


# --- dialogues -------------------------------------------------------------------------------


_PAIR = frozenset({"Algeria", "Tunisia", "Algerian", "Tunisian", "Chile", "Peru", "Chilean"})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Algerian-Tunisian Joint Committee for the Development and Security of Border "
            "Areas met in Tunis on Monday.",
            "Algerian-Tunisian Joint Committee for the Development and Security of Border Areas",
        ),
        (
            "Ministers met in Santiago for the first Chilean-Peruvian strategic dialogue on "
            "security and justice.",
            "Chilean-Peruvian strategic dialogue on security and justice",
        ),
        (
            "The 4th Chile-Peru Defence Cooperation Talks were held in Lima.",
            "Chile-Peru Defence Cooperation Talks",
        ),
        (
            "The 9th Chile-Peru Security Policy Council meeting took place in Lima.",
            "Chile-Peru Security Policy Council",
        ),
        (
            "Officials met at the meeting of the High Defence Committee held in Lima.",
            "High Defence Committee",
        ),
    ],
)
def test_dialogue_shapes(text: str, name: str) -> None:
    found = find_dialogue(split_sentences(text), _PAIR)
    assert found is not None
    assert found.name == name


@pytest.mark.parametrize(
    "text",
    [
        "He was joined by officers of the Border Service of the National Security Committee.",
        "Defence Minister Jan Kowal-Nowak held talks with his Chilean counterpart in Lima.",
        "The ministers met at the ASEAN Defence Ministers' Meeting in Vientiane.",
    ],
)
def test_no_dialogue_in(text: str) -> None:
    assert find_dialogue(split_sentences(text), _PAIR) is None


def test_a_round_in_roman_numerals_before_edition_of() -> None:
    text = "The XV edition of the Chile-Peru Maritime Dialogue took place in Lima."
    found = find_dialogue(split_sentences(text), _PAIR)
    assert found is not None
    assert (found.name, round_number(found.round)) == ("Chile-Peru Maritime Dialogue", 15)


# --- commitments -----------------------------------------------------------------------------


def _commitments(text: str, lexicon: sg.Lexicon) -> list[str]:
    return [c.description for c in sg.extract(text, lexicon).commitments]


def test_a_weekday_between_the_verb_and_to(lexicon: sg.Lexicon) -> None:
    text = (
        "Chile and Peru held security talks in Lima. The two ministers pledged on Tuesday to "
        "open a joint border post at Chacalluta."
    )
    assert any("pledged on Tuesday" in c for c in _commitments(text, lexicon))


def test_will_also_provide(lexicon: sg.Lexicon) -> None:
    text = (
        "Chile and Peru held security talks in Lima. Chile will also provide two patrol boats "
        "to the Peruvian coast guard."
    )
    assert any("will also provide" in c for c in _commitments(text, lexicon))


def test_a_reaffirmed_commitment_is_a_stance(lexicon: sg.Lexicon) -> None:
    text = (
        "Chile and Peru held security talks in Lima. Both sides reaffirmed their commitment "
        "to a rules-based order in the Pacific."
    )
    assert _commitments(text, lexicon) == []


def test_a_dateline_is_no_part_of_a_commitment(lexicon: sg.Lexicon) -> None:
    text = (
        "LIMA, May 6 (Reuters) - Chile and Peru agreed on Tuesday to set up a joint centre "
        "against arms smuggling, after talks between their interior ministers."
    )
    assert _commitments(text, lexicon) == [
        "Chile and Peru agreed on Tuesday to set up a joint centre against arms smuggling, "
        "after talks between their interior ministers."
    ]


def test_officials_who_will_meet_and_a_next_meeting(lexicon: sg.Lexicon) -> None:
    text = (
        "Chile and Peru held security talks in Lima. Officers of the two navies will meet in "
        "May to plan the exercise. The commission will meet next in Santiago."
    )
    assert _commitments(text, lexicon) == [
        "Officers of the two navies will meet in May to plan the exercise."
    ]
