"""Issue 21, the areas and threats pass (extract22): the genre's shapes for border security,
maritime security, defence cooperation, exercises and organised crime, each on a short text
written for its test (countries real, people and meetings invented)."""

from __future__ import annotations

import pytest

import secgraph as sg
from secgraph.extract._areas import find_areas
from secgraph.extract._text import split_sentences


def _topics(text: str, lexicon: sg.Lexicon) -> tuple[set[str], set[str]]:
    areas, threats, _ = find_areas(split_sentences(text), lexicon, {})
    return set(areas), set(threats)


# --- hidden labels of cooperation-areas.ttl: the genre's names for an area -----------------


@pytest.mark.parametrize(
    ("text", "area"),
    [
        # the forces or bodies that meet are the border's
        ("The border guards of the two countries agreed to meet every quarter.", "border-security"),
        ("The heads of the border services held talks in Osh on Monday.", "border-security"),
        ("The officers reviewed the work of the joint border posts at Namanga.", "border-security"),
        ("Both sides discussed illegal border crossings by herders.", "border-security"),
        ("They agreed to modernise the border crossing points at Kafue.", "border-security"),
        ("The delegations discussed the prevention of cross-border crime.", "border-security"),
        ("The ministers reviewed cooperation in border defence.", "border-security"),
        ("The joint border committee meeting opened in Tete on Tuesday.", "border-security"),
        # the sea, its forces and its lanes
        ("The two navies agreed to hold staff talks twice a year.", "maritime-security"),
        ("Both coast guards will share a watch centre in Mombasa.", "maritime-security"),
        (
            "They agreed to increase coordinated maritime patrols off the coast.",
            "maritime-security",
        ),
        ("The sides discussed maritime search and rescue in the strait.", "maritime-security"),
        ("The ministers stressed freedom of navigation in the gulf.", "maritime-security"),
        ("The talks covered the delimitation of the maritime boundary.", "maritime-security"),
        ("The annual naval staff talks were held in Toulon.", "maritime-security"),
        # the armed forces and their industry
        ("The ministers discussed cooperation in the defence industry.", "defence-cooperation"),
        ("The sides held their annual defence consultations in Sofia.", "defence-cooperation"),
        ("Both armies took part in exercises near Pleven.", "military-exercises"),
    ],
)
def test_a_genre_name_of_an_area(text: str, area: str, lexicon: sg.Lexicon) -> None:
    areas, _ = _topics(text, lexicon)
    assert area in areas


def test_transnational_crime_is_organised_crime(lexicon: sg.Lexicon) -> None:
    _, threats = _topics("They agreed to combat transnational crime in the lake region.", lexicon)
    assert "organised-crime" in threats


@pytest.mark.parametrize(
    ("text", "area"),
    [
        # shapes the scheme already held before this pass (kept here as the genre's list)
        ("The two ministers agreed to expand naval cooperation.", "maritime-security"),
        ("The armies will hold joint drills in the spring.", "military-exercises"),
        ("They agreed on the exchange of intelligence on armed groups.", "intelligence-sharing"),
        ("The ministers praised police cooperation between the two forces.", "law-enforcement"),
        ("They signed a memorandum on anti-narcotics work.", "counter-narcotics"),
        ("Zambia will offer training courses to Malawian officers.", "training"),
        ("They discussed cooperation in military education.", "training"),
        ("The two armies discussed their peacekeeping missions in Africa.", "peacekeeping"),
    ],
)
def test_shapes_held_before_still_hold(text: str, area: str, lexicon: sg.Lexicon) -> None:
    areas, _ = _topics(text, lexicon)
    assert area in areas


# --- the meeting's body: a label in its name ---------------------------------------------


def test_a_capitalised_body_named_for_an_area(lexicon: sg.Lexicon) -> None:
    text = "Officials of both countries attended the Regional Border Committee in Sadao."
    areas, _ = _topics(text, lexicon)
    assert "border-security" in areas


def test_an_office_named_for_an_area_is_none(lexicon: sg.Lexicon) -> None:
    text = "The Director of Border Security, Ms Jane Achieng, spoke to reporters."
    areas, _ = _topics(text, lexicon)
    assert "border-security" not in areas


# --- equipment given, intelligence units, a threat tracked ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tanzania will donate 12 armoured personnel carriers to the Mozambican army.",
        "Kenya agreed to provide vehicles, radios and test kits to Somali border units.",
        "India agreed to gift a fast interceptor craft to the Seychelles Coast Guard.",
    ],
)
def test_a_side_to_give_the_others_forces_things(text: str, lexicon: sg.Lexicon) -> None:
    areas, _ = _topics(text, lexicon)
    assert "equipment" in areas


def test_what_one_side_was_thanked_for_giving_is_history(lexicon: sg.Lexicon) -> None:
    text = "The minister thanked Japan for the vehicles it donated to the police in 2019."
    areas, _ = _topics(text, lexicon)
    assert "equipment" not in areas


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed to set up a joint intelligence unit in Kasumbalesa.",
        "They agreed to establish joint intelligence fusion cells in Goma and Gisenyi.",
        "Both police forces will staff a regional fusion centre in Arusha.",
    ],
)
def test_an_intelligence_unit_or_fusion_cell(text: str, lexicon: sg.Lexicon) -> None:
    areas, _ = _topics(text, lexicon)
    assert "intelligence-sharing" in areas


@pytest.mark.parametrize(
    "text",
    [
        "The navies agreed to track drug shipments leaving the estuary.",
        "The coast guards will share information about heroin traffickers.",
    ],
)
def test_a_threat_tracked_gives_the_area_that_counters_it(text: str, lexicon: sg.Lexicon) -> None:
    areas, threats = _topics(text, lexicon)
    assert "drug-trafficking" in threats and "counter-narcotics" in areas


# --- training given, and a threat fought named by the area's label --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam agreed to train 300 Lao police officers at its academies.",
        "Swedish instructors would train Ukrainian pilots and technicians.",
        "The navies agreed to exchange officers for courses at their staff colleges.",
    ],
)
def test_forces_trained_or_courses_offered(text: str, lexicon: sg.Lexicon) -> None:
    areas, _ = _topics(text, lexicon)
    assert "training" in areas


def test_of_course_is_no_training(lexicon: sg.Lexicon) -> None:
    text = "In the course of the talks, the ministers discussed the border, of course."
    areas, _ = _topics(text, lexicon)
    assert "training" not in areas


@pytest.mark.parametrize(
    "text",
    [
        "They agreed to cooperate in combating terrorism and drug smuggling.",
        "The ministers agreed on joint patrols to counter terrorism in the north.",
    ],
)
def test_combating_a_threat_names_the_threat(text: str, lexicon: sg.Lexicon) -> None:
    areas, threats = _topics(text, lexicon)
    assert "counter-terrorism" in areas and "terrorism" in threats


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("They agreed to expand programmes for countering violent extremism.", "violent-extremism"),
        ("The two sides discussed combating smuggling on the lake.", "illicit-trafficking"),
    ],
)
def test_a_field_named_by_its_verb_or_a_generic_one_names_no_threat(
    text: str, threat: str, lexicon: sg.Lexicon
) -> None:
    _, threats = _topics(text, lexicon)
    assert threat not in threats


# --- a list of fields after "cooperation on", and drugs the kinds did not know ---------------


@pytest.mark.parametrize(
    "text",
    [
        "The two countries agreed to deepen cooperation on defence, cyber and energy.",
        "They committed to deepen cooperation in defence, policing and intelligence.",
    ],
)
def test_a_list_of_fields_after_cooperation_on(text: str, lexicon: sg.Lexicon) -> None:
    areas, _ = _topics(text, lexicon)
    assert "defence-cooperation" in areas


@pytest.mark.parametrize(
    "text",
    [
        "The guards agreed to stop the smuggling of yaba across the river.",
        "They discussed operations against the trafficking of cocaine and marijuana.",
    ],
)
def test_drugs_named_by_their_street_names_are_drug_trafficking(
    text: str, lexicon: sg.Lexicon
) -> None:
    _, threats = _topics(text, lexicon)
    assert threats == {"drug-trafficking"}


# --- a border kept, crossed, or its areas --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Zambia's army is working to secure its borders against the spillover of violence.",
        "They agreed to form a joint technical committee to monitor the border.",
        "The ministers discussed security in the border areas of both countries.",
        "They agreed to open a joint contact centre at the Kasumbalesa border crossing.",
        "They agreed to exchange information on incidents at the border in real time.",
    ],
)
def test_a_border_kept_crossed_or_its_areas(text: str, lexicon: sg.Lexicon) -> None:
    areas, _ = _topics(text, lexicon)
    assert "border-security" in areas


def test_a_border_region_as_a_place_is_no_area(lexicon: sg.Lexicon) -> None:
    text = "Officials pressed for action against militants operating from the border region."
    areas, _ = _topics(text, lexicon)
    assert "border-security" not in areas
