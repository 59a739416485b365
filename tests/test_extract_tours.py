"""Tours, visits and the places, days and dialogues the genre tells them by."""

from __future__ import annotations

import datetime as dt

import pytest

import secgraph as sg
from secgraph.extract._dialogues import find_dialogue
from secgraph.extract._text import split_sentences
from secgraph.extract._when_where import find_place


@pytest.mark.parametrize(
    "sentence",
    [
        "I visited Fiji from 13 to 15 May 2025 for the annual policing talks, which were held in "
        "Suva on 14 May.",
        "The minister visited Fiji from 13 to 15 May 2025 and held talks on 14 May with Fijian "
        "ministers.",
        "During his visit from 13 to 15 May 2025 he met the Fijian minister on 14 May.",
    ],
)
def test_the_talks_day_inside_a_visits_span(sentence: str, lexicon: sg.Lexicon) -> None:
    text = f"{sentence} New Zealand and Fiji agreed to extend police training."
    (meeting,) = sg.extract(text, lexicon).meetings
    assert (meeting.date, meeting.end_date) == (dt.date(2025, 5, 14), None)


def test_a_visit_with_no_day_of_talks_keeps_its_span(lexicon: sg.Lexicon) -> None:
    text = (
        "The New Zealand minister visited Fiji from 13 to 15 May 2025 for policing talks. "
        "New Zealand and Fiji agreed to extend police training."
    )
    (meeting,) = sg.extract(text, lexicon).meetings
    assert (meeting.date, meeting.end_date) == (dt.date(2025, 5, 13), dt.date(2025, 5, 15))


def test_a_city_fronted_in_the_sentence_is_the_place(lexicon: sg.Lexicon) -> None:
    found, _ = find_place(
        split_sentences("In Vientiane on 10 September, the general held talks with his host."),
        lexicon,
        dateline=None,
    )
    assert found is not None and (found.name, found.country) == ("Vientiane", "LAO")


# Written for this test: a deputy minister's tour of two neighbours, told stop by stop.
TOUR = """Vietnam's deputy defence minister tours Laos and Cambodia

12/03/2025 21:40

Hanoi (VNA) - Senior Lieutenant General Tran Van Binh, Deputy Minister of National Defence of
Vietnam, held talks with defence leaders of Laos and Cambodia this week, as part of his working
visit to the two neighbouring countries from March 9 to 13.

In Vientiane on March 10, Binh held talks with Lieutenant General Khamla Sisouk, Deputy
Minister of National Defence of Laos. The two sides agreed to organise joint border patrols.

In Phnom Penh on March 12, Binh held talks with General Sok Dara, Deputy Commander-in-Chief of
the Royal Cambodian Armed Forces. The two sides agreed to exchange information on drug
trafficking.
"""


def test_a_tour_is_cut_at_its_stops_and_each_has_its_day(lexicon: sg.Lexicon) -> None:
    draft = sg.extract(TOUR, lexicon)
    stops = [
        (sorted(d.country for d in m.delegations), m.place, m.date, m.end_date)
        for m in draft.meetings
    ]
    assert stops == [
        (["LAO", "VNM"], "vientiane", dt.date(2025, 3, 10), None),
        (["KHM", "VNM"], "phnom-penh", dt.date(2025, 3, 12), None),
    ]


def test_talks_in_a_month_with_no_day_are_an_earlier_meeting(lexicon: sg.Lexicon) -> None:
    text = (
        "SEOUL, Oct. 21 (Yonhap) -- South Korea and Poland held defense talks in Seoul on "
        "Wednesday, the ministry said.\n\nVice Minister Kim Tae-ho and Polish Secretary of "
        "State Jan Nowak co-chaired the talks.\n\nThe two defense ministers held talks in "
        "Warsaw in August."
    )
    (meeting,) = sg.extract(text, lexicon).meetings
    assert sorted(d.country for d in meeting.delegations) == ["KOR", "POL"]
    assert meeting.place == "seoul"


def test_a_scene_opened_on_its_city_is_not_the_talks_place(lexicon: sg.Lexicon) -> None:
    text = (
        "The Director General of the Indian Coast Guard visited the Maldives and Sri Lanka "
        "from 15 to 19 February 2025.\n\n"
        "In Male, on 16 February, the Director General reviewed a passing-out parade and "
        "visited a patrol ship gifted by India.\n\n"
        "In Colombo, the Director General co-chaired the 7th High Level Meeting between the "
        "Indian Coast Guard and the Sri Lanka Coast Guard on 18 February 2025."
    )
    places = [m.place for m in sg.extract(text, lexicon).meetings]
    assert places == ["colombo"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Astana hosted the 9th meeting of the Kazakhstan\u2013United States Nuclear Security "
            "Working Group.",
            "Kazakhstan\u2013United States Nuclear Security Working Group",
        ),
        (
            "TASHKENT, 3 June 2024 - Consultations between the security councils of Uzbekistan "
            "and Kazakhstan were held.",
            None,
        ),
    ],
)
def test_a_dialogues_pair_joined_by_a_dash(sentence: str, name: str | None) -> None:
    found = find_dialogue(split_sentences(sentence))
    assert (found.name if found else None) == name


def test_a_place_then_its_city_after_a_comma(lexicon: sg.Lexicon) -> None:
    text = (
        "Indonesia and Fiji held their second military cooperation meeting at the peace "
        "centre in Sentul, Bogor, West Java, on 4 August 2025. The Indonesian and Fijian "
        "delegations agreed to exchange peacekeeping instructors."
    )
    (meeting,) = sg.extract(text, lexicon).meetings
    assert meeting.place == "bogor"


def test_a_video_meeting_has_no_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Denmark's Minister of Justice and Sweden's Minister for Justice held a video meeting "
        "on Monday, 3 March 2025, about gang crime after explosions in Copenhagen. The two "
        "ministers agreed to station Swedish officers at the Copenhagen police centre."
    )
    (meeting,) = sg.extract(text, lexicon).meetings
    assert meeting.place is None


def test_a_town_the_gazetteer_lacks_placed_by_the_text(lexicon: sg.Lexicon) -> None:
    found, _ = find_place(
        split_sentences(
            "The joint committee held its 7th session on Sunday in the Algerian city of El "
            "Tarf, a statement said."
        ),
        lexicon,
        dateline=None,
    )
    assert found is not None and (found.name, found.country) == ("El Tarf", "DZA")


def test_a_month_that_dates_a_term_of_office_is_no_earlier_meeting(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "SINGAPORE - Singapore and Indonesia will step up naval patrols, the two defence "
        "ministers said on Tuesday (May 6, 2025).\n\nDefence Minister Ng Eng Hen and his "
        "Indonesian counterpart Sjafrie Sjamsoeddin announced the moves after talks at the "
        "defence ministry, the first since Mr Sjafrie took office in October 2024."
    )
    (meeting,) = sg.extract(text, lexicon).meetings
    leaders = {d.country: d.leader for d in meeting.delegations}
    assert leaders == {"SGP": "ng-eng-hen", "IDN": "sjafrie-sjamsoeddin"}


def test_an_offices_name_with_a_comma_is_no_person(lexicon: sg.Lexicon) -> None:
    text = (
        "KUWAIT, Jan 5, 2025 (KUNA) -- Kuwait and the United Kingdom held their strategic "
        "dialogue in Kuwait on Monday.\n\nThe Kuwaiti side was headed by Assistant Foreign "
        "Minister Sadiq Al-Marzouq, while the British side was led by the Director for the "
        "Middle East at the Foreign, Commonwealth and Development Office (FCDO) Stephen Hollis."
    )
    draft = sg.extract(text, lexicon)
    assert "Commonwealth" not in {o.name for o in draft.officials}


@pytest.mark.parametrize(
    "sentence",
    [
        "The next meeting will be held in Isiolo later this year, the communique said.",
        "The tenth meeting of the Joint Working Group is scheduled to be held in Ulaanbaatar "
        "in 2027.",
        "The next one will be hosted by Hungary in Kecskemet.",
    ],
)
def test_the_next_rounds_venue_is_a_commitment(sentence: str, lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Ethiopia held border security talks in Moyale on 3 March 2026. The Kenyan "
        f"and Ethiopian delegations reviewed cross-border raids. {sentence}"
    )
    quotes = [q for c in sg.extract(text, lexicon).commitments for q in c.evidence]
    assert quotes == [sentence]
