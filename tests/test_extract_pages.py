"""secgraph extract on the phrasings of fresh10 to fresh12: news pages' date lines, principals
around the verb, sides named after a list, ranks and styles, earlier meetings. One test per
family, on short texts written for the test (the people and meetings are invented)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import draft_sides

import secgraph as sg
from secgraph.extract import read_text
from secgraph.extract._names import parse_person


@pytest.mark.parametrize(
    ("line", "body", "date"),
    [
        (
            "Published 4 December 2024",
            "Britain and Norway held talks in London on Wednesday.",
            "2024-12-04",
        ),
        (
            "Updated - October 22, 2024 09:40 pm IST",
            "India and Germany met here on Monday.",
            "2024-10-21",
        ),
        (
            "Source: Xinhua | 2024-01-15 21:03:45 | Editor: lin",
            "China and Pakistan held talks on Monday.",
            "2024-01-15",
        ),
        ("SEPTEMBER 10, 2024", "Indian and U.S. officials met today in Washington.", "2024-09-10"),
        (
            "News item | 14-05-2025 | 16:20",
            "Dutch and Indonesian officials held talks on Tuesday 13 May.",
            "2025-05-13",
        ),
        (
            "No PR-45/2025-ISPR    Dated: April 3, 2025",
            "The Saudi army chief called on the Pakistani army chief at GHQ today.",
            "2025-04-03",
        ),
    ],
)
def test_a_pages_date_line_anchors_the_meetings_date(
    lexicon: sg.Lexicon, line: str, body: str, date: str
) -> None:
    draft = sg.extract(f"Talks\n\n{line}\n\n{body}\n", lexicon)
    assert draft.meetings[0].date == dt.date.fromisoformat(date)


def test_a_weekday_without_any_year_gives_no_date(lexicon: sg.Lexicon) -> None:
    text = "ISLAMABAD, March 6 (Reuters) - Pakistan and the United States held talks on Wednesday."
    assert sg.extract(text, lexicon).meetings[0].date is None


def test_html_paragraphs_stay_apart(tmp_path: Path, lexicon: sg.Lexicon) -> None:
    page = (
        "<html><body><nav><ul><li>Home</li><li>Press Releases</li></ul></nav><article>"
        "<h1>India-Japan Maritime Dialogue</h1><p>November 14, 2024</p>"
        "<p>The 7th India-Japan Maritime Affairs Dialogue was held in Tokyo on 13 November 2024. "
        "The Indian delegation was led by Shri Arun Das, Joint Secretary (Indo-Pacific), and the "
        "Japanese delegation was led by Mr. SATO Ken, Deputy Director-General.</p>"
        "</article><footer>Sitemap | Feedback</footer></body></html>"
    )
    text = read_text(page.encode(), "page.html")
    m = sg.extract(text, lexicon).meetings[0]
    assert (m.date, m.round) == (dt.date(2024, 11, 13), 7)


def test_principals_around_the_verb(lexicon: sg.Lexicon) -> None:
    numbered = (
        "1. The Hon Ian Marsh MP, Minister for Defence of Australia, and His Excellency "
        "Lieutenant General (Ret.) Budi Santoso, Minister of Defence of the Republic of "
        "Indonesia, met in Canberra on 20 February 2025."
    )
    assert draft_sides(sg.extract(numbered, lexicon)) == {
        "AUS": ["Ian Marsh"],
        "IDN": ["Budi Santoso"],
    }
    welcomed = (
        "The Defence Secretary, John Hale, has welcomed Norway's Minister of Defence, Tore O. "
        "Sand, to London, where the two ministers signed an agreement."
    )
    draft = sg.extract(welcomed, lexicon)
    assert draft_sides(draft) == {"GBR": ["John Hale"], "NOR": ["Tore O. Sand"]}
    assert draft.places[0].name == "London"
    consultation = (
        "On March 21, Mr. NAMAZU Hiro, Director-General, Ministry of Foreign Affairs of Japan, "
        "held a Japan-ROK consultation with Mr. KIM Sang-ho, Director-General of the Ministry "
        "of Foreign Affairs of the Republic of Korea, in Seoul."
    )
    sides = draft_sides(sg.extract(consultation, lexicon))
    assert {k: [n.casefold() for n in v] for k, v in sides.items()} == {
        "JPN": ["namazu hiro"],
        "KOR": ["kim sang-ho"],
    }
    called = (
        "General Fahad bin Saad Al-Harbi, Chief of General Staff of the Saudi Armed Forces, "
        "called on General Tariq Mahmood, NI (M), Chief of Army Staff (COAS), at GHQ today. "
        "The COAS said that Pakistan and Saudi Arabia enjoy brotherly relations."
    )
    draft = sg.extract(called, lexicon)
    assert draft_sides(draft) == {"SAU": ["Fahad bin Saad Al-Harbi"], "PAK": ["Tariq Mahmood"]}
    assert {o.name: o.title for o in draft.officials}["Tariq Mahmood"] == "Chief of Army Staff"
    travelled = (
        "UK and Poland hold defence talks\n\nMinister for the Armed Forces Luke Pole travelled to Warsaw on Tuesday for talks with "
        "Poland's Deputy Minister of National Defence, Jan Nowak, on air defence."
    )
    assert draft_sides(sg.extract(travelled, lexicon)) == {
        "GBR": ["Luke Pole"],
        "POL": ["Jan Nowak"],
    }


def test_sides_named_after_their_lists(lexicon: sg.Lexicon) -> None:
    text = (
        "The fifth Japan-UK Ministers' Meeting was held in London. Mr. IWATA Ken, Minister for "
        "Foreign Affairs, and Mr. NAKA Gen, Minister of Defense, attended from the Japanese "
        "side, and the Rt Hon Anne Lake MP, Secretary of State for Defence, attended from the "
        "UK side. Also attending on the British side was Vice Admiral Jan-Willem van der Berg, "
        "Director of Materiel."
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert [n.casefold() for n in sides["JPN"]] == ["iwata ken", "naka gen"]
    assert sides["GBR"] == ["Anne Lake", "Jan-Willem van der Berg"]


def test_also_represented_by_is_a_member_not_the_leader(lexicon: sg.Lexicon) -> None:
    text = (
        "Britain and Norway held defence talks in London on 4 December 2024. The Norwegian "
        "delegation was led by Defence Minister Tore Sand. The UK was represented by Defence "
        "Secretary John Hale. The UK was also represented by the First Sea Lord, Admiral Sir "
        "Ben Key."
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft)["GBR"] == ["John Hale", "Ben Key"]
    assert {o.name: o.title for o in draft.officials}["Ben Key"] == "First Sea Lord"


@pytest.mark.parametrize(
    ("chunk", "name", "title", "honorific"),
    [
        ("ISI chief Lt Gen Asim Khan", "Asim Khan", "ISI chief", "Lt Gen"),
        (
            "K D Dewan, Joint Secretary (Counter Terrorism)",
            "K D Dewan",
            "Joint Secretary (Counter Terrorism)",
            None,
        ),
        (
            "Gregory D. LoGrasso, the State Department's acting Coordinator",
            "Gregory D. LoGrasso",
            "acting Coordinator",
            None,
        ),
        ("Md. Karim Uddin, Foreign Secretary", "Md. Karim Uddin", "Foreign Secretary", None),
        (
            "Catherine West MP, Minister of State for the Indo-Pacific",
            "Catherine West",
            "Minister of State for the Indo-Pacific",
            None,
        ),
        (
            "the National Security Adviser, Mallam Nuhu Bello",
            "Nuhu Bello",
            "National Security Adviser",
            "Mallam",
        ),
    ],
)
def test_ranks_styles_and_names(chunk: str, name: str, title: str, honorific: str | None) -> None:
    person = parse_person(chunk, None)
    assert person is not None
    assert (person.name, person.title, person.honorific) == (name, title, honorific)


def test_a_counterpart_with_a_rank_gets_no_title(lexicon: sg.Lexicon) -> None:
    text = (
        "Turkish Defence Minister Ali Demir met his Azerbaijani counterpart Colonel General "
        "Zaur Aliyev in Baku on Thursday."
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft) == {"TUR": ["Ali Demir"], "AZE": ["Zaur Aliyev"]}
    assert {o.name: o.title for o in draft.officials}["Zaur Aliyev"] is None


def test_earlier_meetings_and_people_give_nothing(lexicon: sg.Lexicon) -> None:
    text = (
        "NEW DELHI\n\nIndia and Germany agreed on 21 October 2024 to deepen defence cooperation "
        "at the meeting of the High Defence Committee held here. Defence Secretary Raj Kumar and "
        "German State Secretary Benno Ziegler co-chaired the meeting. The 19th meeting of the "
        "committee was held in Berlin in 2023. Earlier this year, German Defence Minister Bernd "
        "Pauls visited New Delhi and held talks with Defence Minister Ravi Singh."
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft) == {"IND": ["Raj Kumar"], "DEU": ["Benno Ziegler"]}
    assert draft.places[0].name == "New Delhi"


def test_a_gathering_on_whose_sidelines_the_talks_were_is_not_the_dialogue(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Vietnam and France held defence talks on June 1, 2024, on the sidelines of the 21st "
        "Shangri-La Dialogue in Singapore. The Shangri-La Dialogue brings together defence "
        "ministers from across the region."
    )
    assert sg.extract(text, lexicon).meetings[0].dialogue is None


def test_a_party_named_by_its_army_chief(lexicon: sg.Lexicon) -> None:
    text = (
        "Egypt's defence minister receives Sudan's army chief in Cairo\n\n"
        "Egypt's Minister of Defence General Adel Saber received on Sunday the head of Sudan's "
        "Sovereignty Council General Omar Hassan in Cairo."
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft) == {"EGY": ["Adel Saber"], "SDN": ["Omar Hassan"]}
