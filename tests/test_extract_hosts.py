"""secgraph extract on the phrasings of fresh13 and fresh14: a host who "received" a guest,
"On behalf of X", "signed on behalf of X by", "was made up of A; the TITLE, B", "with A and B in
attendance", rounds in Roman numerals, the other side of a minister's own release, the
dateline's city and day for an agency's opening, areas of a broader threat. One test per
family, on short texts written for the test (the people and meetings are invented)."""

from __future__ import annotations

import datetime as dt

from conftest import draft_sides

import secgraph as sg


def test_a_host_received_a_guest_in_the_dateline_city(lexicon: sg.Lexicon) -> None:
    text = (
        "DOHA, 4th March, 2025 (QNA) -- Sheikh Hamad bin Khalid Al Thani, Minister of State "
        "for Defence Affairs, received Pablo Ruiz Ortega, Minister of Defence of the Kingdom "
        "of Spain, who is currently visiting the country.\n"
    )
    draft = sg.extract(text, lexicon)
    m = draft.meetings[0]
    assert draft_sides(draft) == {
        "QAT": ["Hamad bin Khalid Al Thani"],
        "ESP": ["Pablo Ruiz Ortega"],
    }
    assert (m.place, m.date) == ("doha", dt.date(2025, 3, 4))


def test_received_today_at_a_palace_under_a_city_date_line(lexicon: sg.Lexicon) -> None:
    text = (
        "Press note\n\nLima, May 6, 2025\n\n"
        "The Minister of Foreign Affairs, Ambassador Rosa Quispe Llanos, received today, at "
        "the Torre Tagle Palace, the Minister of Foreign Affairs of the Republic of Chile, "
        "Andrés Vidal, for talks on border security.\n"
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft) == {"PER": ["Rosa Quispe Llanos"], "CHL": ["Andrés Vidal"]}
    assert draft.meetings[0].date == dt.date(2025, 5, 6)
    assert draft.places[0].name == "Lima"


def test_on_behalf_of_and_the_other_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Peru and Bolivia hold border commission\n\n"
        "On behalf of Peru, the Minister of Defence, Jorge Salas Paredes, headed the "
        "delegation, accompanied by the Chief of the Joint Command, General Luis Mena. On the "
        "Bolivian side, the Vice Minister of Defence, Ana Rojas, took part in the meeting.\n"
    )
    assert draft_sides(sg.extract(text, lexicon)) == {
        "PER": ["Jorge Salas Paredes", "Luis Mena"],
        "BOL": ["Ana Rojas"],
    }


def test_signed_on_behalf_of_each_state(lexicon: sg.Lexicon) -> None:
    text = (
        "Oman and Jordan sign defence memorandum\n\n"
        "The memorandum was signed on behalf of the Sultanate of Oman by HE Minister of "
        "Defence Affairs Sayyid Salim bin Hamad Al Busaidi, and on behalf of the Hashemite "
        "Kingdom of Jordan by HE Chief of Staff Major General Yousef Al Nimri.\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides == {"OMN": ["Salim bin Hamad Al Busaidi"], "JOR": ["Yousef Al Nimri"]}


def test_a_semicolon_list_made_up_of_titled_people(lexicon: sg.Lexicon) -> None:
    text = (
        "Honduras and El Salvador hold security talks\n\n"
        "The Honduran delegation was made up of Foreign Minister José Luis de la Cruz; the "
        "Secretary of Security and Civil Protection, Mario Flores; and the Minister of "
        "Defence, General Rubén Pineda. El Salvador was represented by Foreign Minister "
        "Carla Méndez.\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["HND"] == ["José Luis de la Cruz", "Mario Flores", "Rubén Pineda"]


def test_members_in_attendance_are_the_leaders_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Pakistan and Iran hold border talks\n\n"
        "The Pakistani side was headed by Interior Secretary Kamran Aziz, with Additional "
        "Secretary Nadia Shah and Joint Secretary Omar Qureshi in attendance. The Iranian "
        "delegation was led by Deputy Interior Minister Reza Karimi.\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["PAK"] == ["Kamran Aziz", "Nadia Shah", "Omar Qureshi"]


def test_a_round_in_roman_numerals(lexicon: sg.Lexicon) -> None:
    text = (
        "Lima, 3 June 2024 - The XIV Binational Border Commission between Peru and Ecuador "
        "was held today in Tumbes.\n"
    )
    draft = sg.extract(text, lexicon)
    assert draft.meetings[0].round == 14
    assert draft.dialogues[0].name == "Binational Border Commission"


def test_the_other_side_of_a_ministers_own_release(lexicon: sg.Lexicon) -> None:
    text = (
        "Minister of Defence\n\nDefence Minister Anna Berg has met her Japanese counterpart, "
        "Minister of Defense Sato Kenji, in Tokyo today.\n\n"
        '"Japan is one of Sweden\'s closest partners in Asia," Ms Berg said.\n'
    )
    draft = sg.extract(text, lexicon)
    assert {d.country for d in draft.meetings[0].delegations} == {"JPN", "SWE"}


def test_areas_of_a_broader_threat_and_of_fields(lexicon: sg.Lexicon) -> None:
    text = (
        "Brazil and Paraguay hold talks\n\n"
        "Brazilian and Paraguayan officials met in Asuncion on 3 May 2024 and discussed the "
        "fight against arms trafficking, and cooperation in the fields of defence and "
        "cyber security.\n"
    )
    m = sg.extract(text, lexicon).meetings[0]
    assert {"counter-trafficking", "defence-cooperation", "cyber-security"} <= set(m.areas)
    assert "arms-trafficking" in m.threats


def test_another_countrys_threat_only_when_countered(lexicon: sg.Lexicon) -> None:
    shared = (
        "Japan and Korea hold talks\n\nJapanese and Korean officials met in Seoul and shared "
        "assessments of North Korea's nuclear and missile threats.\n"
    )
    countered = shared.replace("shared assessments of", "agreed to respond to")
    assert sg.extract(shared, lexicon).meetings[0].threats == ()
    assert "weapons-proliferation" in sg.extract(countered, lexicon).meetings[0].threats
