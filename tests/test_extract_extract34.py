"""The place, dialogue and discussed-countries pass of branch extract34: a dialogue named in
full in another sentence, its subject after an acronym in brackets, its round after the name,
a gathering of many or a state's own agency that is no dialogue, and countries a text names
only as languages or on a later trip. Each test on a short text written for it (people and
meetings invented)."""

from __future__ import annotations

import pytest

import secgraph as sg
from secgraph.extract._dialogues import find_dialogue
from secgraph.extract._text import split_sentences

_PAIRS = frozenset(
    [
        "EU",
        "European Union",
        "Lebanon",
        "Mauritius",
        "India",
        "Vietnam",
        "Republic of Korea",
        "South Korea",
        "Korea",
        "Mongolia",
        "Canada",
        "Mexico",
        "Kyrgyzstan",
        "Tajikistan",
        "Nepal",
        "Jordan",
        "France",
        "Kenya",
    ]
)


def _dialogue(text: str) -> tuple[str, str | None] | None:
    found = find_dialogue(split_sentences(text), _PAIRS)
    return (found.name, found.round) if found else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the kind alone in the story, the pair's full name in another sentence
        (
            "The European Union and the Republic of Lebanon held their sixth "
            "Counter-Terrorism Dialogue in Brussels on Monday.\n\nBackground: The EU-Lebanon "
            "Counter-Terrorism Dialogue was launched in 2019.",
            "EU-Lebanon Counter-Terrorism Dialogue",
        ),
        # an acronym in brackets does not end the name
        (
            "The Mauritius-India Joint Working Group (JWG) on Maritime Security held its "
            "fourth meeting in Port Louis.",
            "Mauritius-India Joint Working Group on Maritime Security",
        ),
        (
            "The 12th meeting of the India-Mongolia Joint Working Group (JWG) on defence "
            "cooperation was held in Ulaanbaatar.",
            "India-Mongolia Joint Working Group on defence cooperation",
        ),
        # the pair's own body, on whose sidelines its navies met
        (
            "The navy commanders of Jordan and France met on Sunday on the sidelines of the "
            "9th Joint Jordan-France Military Friendship Committee in Amman.",
            "Joint Jordan-France Military Friendship Committee",
        ),
        # a subject listed with commas
        (
            "The European Union and Kenya held the third round of their Dialogue on Peace, "
            "Security and Counter-Terrorism in Nairobi.\n\nBackground: the EU-Kenya Dialogue "
            "on Peace, Security and Counter-Terrorism began in 2019.",
            "EU-Kenya Dialogue on Peace, Security and Counter-Terrorism",
        ),
        # a pair written with a dash between spaces and a state's short code
        (
            "Deputy ministers co-chaired the 12th Vietnam \u2013 RoK Defence Policy Dialogue "
            "in Hanoi.",
            "Vietnam-RoK Defence Policy Dialogue",
        ),
        (
            "Canada hosted the eighth round of the Canada-Mexico Political-Military Talks in "
            "Ottawa.",
            "Canada-Mexico Political-Military Talks",
        ),
        # a group of a pair's body, and a meeting the name's capital says it is
        (
            "The agreement was reached at the meeting of the Regional Security Working Group "
            "of the Nepal-India Joint Commission, held on Tuesday in Kathmandu.",
            "Regional Security Working Group of the Nepal-India Joint Commission",
        ),
        (
            "The France-Jordan High Level Military Dialogue Meeting was held at the ministry "
            "in Amman on 8-9 September 2026.",
            "France-Jordan High Level Military Dialogue Meeting",
        ),
        (
            "The 55th Director General level Border Coordination Conference between the "
            "Border Force of Nepal and the Border Police of India was held in Kathmandu.",
            "Director General level Border Coordination Conference",
        ),
    ],
)
def test_a_dialogue_under_its_full_name(text: str, name: str) -> None:
    found = _dialogue(text)
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    "text",
    [
        # a gathering of many the ministers met at before
        "The ministers met at the Halifax International Security Forum in November.",
        # a state's own agency, named with its country
        "The Tajik side was headed by the commander of the Border Troops of the State "
        "Committee for National Security of Tajikistan.",
        "Officers of the Border Service of the State Committee for National Security attended.",
        # a pair of other states
        "Mongolia has offered to host inter-Korean and U.S.-North Korea dialogue.",
        # a meeting to come, or one the talks came after
        "The next High-Level Cooperation Council is expected to take place in Amman.",
        "The talks follow a meeting of the joint Jordanian-French security committee held in "
        "Paris in November.",
    ],
)
def test_no_dialogue_of_the_pair(text: str) -> None:
    assert _dialogue(text) is None


@pytest.mark.parametrize(
    ("text", "rnd"),
    [
        (
            "The Jordanian-French Joint Military Cooperation Committee concluded its 14th "
            "meeting in Amman on Thursday.",
            "14th",
        ),
        (
            "The Jordan-France Joint Military Committee met in Amman for its fourth session.",
            "fourth",
        ),
        (
            "The Fourth Session of the Kenya-Uganda Joint Border Commission was held in Kampala.",
            "Fourth",
        ),
        ("Delegates met for the 9th Meeting of the Chile-Peru Border Committee.", "9th"),
    ],
)
def test_a_round_after_the_name(text: str, rnd: str) -> None:
    found = _dialogue(text)
    assert found is not None and found[1] == rnd


# --- countries named without being talked about ----------------------------------------------


def _discussed(text: str, lexicon: sg.Lexicon) -> set[str]:
    draft = sg.extract(text, lexicon)
    return {c for m in draft.meetings for c in m.discussed}


_TALKS = (
    "Kenyan and Ugandan police chiefs met in Nairobi on 3 March 2026 to discuss cross-border "
    "cattle rustling and the situation in South Sudan. "
)


@pytest.mark.parametrize(
    ("more", "absent"),
    [
        # a language
        ("(English translation of the original Spanish)", "ESP"),
        ("The task force is known by its French acronym FOCAT.", "FRA"),
        ("The minutes were released in Spanish and Portuguese, the ministry said.", "PRT"),
        # the EU as funder, agency or club
        ("The radios were bought under a programme funded by the European Union.", "EUU"),
        ("Europol supports EU Member States in the fight against serious crime.", "EUU"),
        ("The European Union has financed part of the new border posts.", "EUU"),
        # a trip still to come
        ("The Kenyan commissioner will travel to Tanzania next week for similar talks.", "TZA"),
        (
            "The minister is due to travel on Friday to Kigali for talks with the Rwandan police.",
            "RWA",
        ),
    ],
)
def test_a_country_named_but_not_talked_about(more: str, absent: str, lexicon: sg.Lexicon) -> None:
    found = _discussed(_TALKS + more, lexicon)
    assert "SSD" in found and absent not in found


@pytest.mark.parametrize(
    ("more", "present"),
    [
        ("They discussed the Spanish navy's patrols off Somalia.", "ESP"),
        ("They also discussed the EU's external border and its Pact on Migration.", "EUU"),
        ("They discussed arms flows from Ethiopia.", "ETH"),
    ],
)
def test_a_country_talked_about_stays(more: str, present: str, lexicon: sg.Lexicon) -> None:
    assert present in _discussed(_TALKS + more, lexicon)


# --- the meeting's place ---------------------------------------------------------------------


def _place(text: str, lexicon: sg.Lexicon) -> str | None:
    draft = sg.extract(text, lexicon)
    places = {p.id: p.name for p in draft.places}
    found = [places.get(m.place, m.place) for m in draft.meetings if m.place]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the city as the host, after the date or with an aside before "of"
        (
            "Russia, Turkmenistan hold consultations on drugs\n\nOn 10 February 2026, Ashgabat "
            "hosted bilateral consultations between the interior ministries of Russia and "
            "Turkmenistan on countering drug trafficking.",
            "Ashgabat",
        ),
        (
            "Senegal and Mauritania review maritime security\n\nSaint-Louis was the venue, from "
            "Monday to Wednesday, of the 3rd session of the Senegalese-Mauritanian Joint "
            "Commission on Maritime Security, held in March 2026.",
            "Saint-Louis",
        ),
        # an institution's name is no small town of that name
        (
            "Canada and Mexico hold defence talks\n\nCanada hosted Mexican officials for talks "
            "at National Defence Headquarters in Ottawa on 21 January 2026. They discussed "
            "coordination with the United States.",
            "Ottawa",
        ),
        # a compound or quarter before the capital
        (
            "Maldives and India hold defence dialogue\n\nThe dialogue between the Maldives and "
            "India was held at Kalhu Koshi, Mal\u00e9, on 21 July 2026.",
            "Mal\u00e9",
        ),
        (
            "Japan, Philippines coast guards meet\n\nThe coast guards of Japan and the "
            "Philippines met on 22 October 2026 at the coast guard's headquarters in Port Area, "
            "Manila.",
            "Manila",
        ),
    ],
)
def test_the_meetings_city(text: str, place: str, lexicon: sg.Lexicon) -> None:
    assert _place(text, lexicon) == place


def test_a_checkpoint_in_a_region_is_the_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Kyrgyzstan, China hold border security talks\n\n"
        "Border officials of Kyrgyzstan and China held talks on 20 February 2026 on joint "
        "patrols. The meeting took place at the Tashrabat checkpoint in Naryn region."
    )
    assert _place(text, lexicon) == "Tashrabat"


def test_a_region_in_lower_case_is_no_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Kyrgyzstan, China hold border security talks\n\n"
        "Border officials of Kyrgyzstan and China met on 20 February 2026 in Naryn region to "
        "discuss joint patrols."
    )
    assert _place(text, lexicon) != "Naryn"


def test_a_territory_is_its_states_matter(lexicon: sg.Lexicon) -> None:
    found = _discussed(_TALKS + "They exchanged views on developments in New Caledonia.", lexicon)
    assert "FRA" in found and "NCL" not in found
