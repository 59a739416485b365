"""The sixth pass's pattern families, each on text of its own (names not in the dev sets):
an attendee whose side no one names, "NAME, TITLE, ORGANISATION;" items in a "comprised of"
list, the side of a person met after a surname, and talks named by their heads' rank."""

from __future__ import annotations

import datetime as dt

import pytest

import secgraph as sg
from secgraph.extract._level import LEVEL_DIALOGUE
from secgraph.extract._names import parse_person


def _sides(draft: sg.Draft) -> dict[str, str]:
    return {o.name: o.country for o in draft.officials}


def _reviews(draft: sg.Draft) -> dict[str, str | None]:
    return {o.name: o.review for o in draft.officials}


HOSTED = (
    "The Australia-Papua New Guinea defence talks were held {where}on 3 May 2024. Australia's "
    "Minister for Defence, Richard Marles, hosted Papua New Guinea's Minister for Defence, "
    "Billy Joseph. The Chief of Defence Force, General Angus Campbell, also took part."
)


def test_an_attendee_no_one_places_is_the_hosts_and_marked(lexicon: sg.Lexicon) -> None:
    draft = sg.extract(HOSTED.format(where="in Canberra "), lexicon)
    assert _sides(draft)["Angus Campbell"] == "AUS"
    assert "host" in (_reviews(draft)["Angus Campbell"] or "")
    assert _sides(draft)["Billy Joseph"] == "PNG"  # the guest keeps the side written


def test_in_port_moresby_the_same_office_is_the_other_hosts(lexicon: sg.Lexicon) -> None:
    draft = sg.extract(HOSTED.format(where="in Port Moresby "), lexicon)
    assert _sides(draft)["Angus Campbell"] == "PNG"


def test_with_no_host_the_attendee_gets_no_guessed_side(lexicon: sg.Lexicon) -> None:
    draft = sg.extract(HOSTED.format(where=""), lexicon)
    assert "Angus Campbell" not in _sides(draft)
    assert any("Angus Campbell" in why for why in draft.lacks)  # kept for the reviewer
    assert _sides(draft)["Richard Marles"] == "AUS"


@pytest.mark.parametrize(
    ("chunk", "name", "title", "organisation"),
    [
        (
            "Shri Arun Kumar Sinha, Director, Intelligence Bureau",
            "Arun Kumar Sinha",
            "Director",
            "Intelligence Bureau",
        ),
        (
            "Jane Wanjiru, Director General, National Intelligence Service",
            "Jane Wanjiru",
            "Director General",
            "National Intelligence Service",
        ),
        (
            "Director General of the National Investigation Agency Rajiv Menon",
            "Rajiv Menon",
            "Director General of the National Investigation Agency",
            None,
        ),
    ],
)
def test_name_title_organisation(
    chunk: str, name: str, title: str, organisation: str | None
) -> None:
    p = parse_person(chunk, None)
    assert p is not None
    assert (p.name, p.title, p.organisation) == (name, title, organisation)


@pytest.mark.parametrize("verb", ["comprised of", "comprising of", "comprised"])
def test_semicolon_list_after_comprised_of(lexicon: sg.Lexicon, verb: str) -> None:
    text = (
        "The Home Secretary level talks between India and Bangladesh were held in Dhaka on 4 "
        "June 2024. The Indian delegation was led by Union Home Secretary Shri Vikram Rao and "
        "the Bangladeshi delegation by Senior Secretary Mr. Karim Uddin. The Indian delegation "
        f"{verb} Shri Arun Kumar Sinha, Director, Intelligence Bureau; Shri Neel Kapoor, "
        "Director General, Border Security Force; and Shri Manoj Pillai, High Commissioner of "
        "India to Bangladesh."
    )
    draft = sg.extract(text, lexicon)
    sides = _sides(draft)
    for name in ("Arun Kumar Sinha", "Neel Kapoor", "Manoj Pillai"):
        assert sides[name] == "IND"
    indian = next(d for d in draft.meetings[0].delegations if d.country == "IND")
    assert len(indian.members) == 3


def test_the_side_of_people_met_after_a_surname(lexicon: sg.Lexicon) -> None:
    text = (
        "U.S. Secretary of Defense Lloyd Austin and Indian Defence Minister Rajnath Singh agreed "
        "on Monday to expand military cooperation. Austin met Singh and National Security "
        "Adviser Ajit Doval at the South Block Office before a dinner with Prime Minister "
        "Narendra Modi at the Hyderabad House."
    )
    draft = sg.extract(text, lexicon, published=dt.date(2024, 6, 3))
    sides = _sides(draft)
    assert sides["Ajit Doval"] == "IND"
    assert "Narendra Modi" not in sides  # another event's host


def test_an_unknown_surname_gives_no_side(lexicon: sg.Lexicon) -> None:
    text = (
        "U.S. Secretary of Defense Lloyd Austin and Indian Defence Minister Rajnath Singh agreed "
        "on Monday to expand military cooperation. Austin met Sharma and National Security "
        "Adviser Ajit Doval at the South Block Office."
    )
    draft = sg.extract(text, lexicon, published=dt.date(2024, 6, 3))
    assert _sides(draft).get("Ajit Doval") != "USA"


@pytest.mark.parametrize(
    ("sentence", "name", "round_"),
    [
        (
            "The Home Secretary level talks between India and Sri Lanka were held in Colombo.",
            "India-Sri Lanka Home Secretary level talks",
            None,
        ),
        (
            "The third India-Nepal Foreign Secretary-level dialogue was held in Kathmandu.",
            "India-Nepal Foreign Secretary-level dialogue",
            3,
        ),
        (
            "India and Bhutan held Defence Secretary level talks in Thimphu.",
            "Defence Secretary level talks",
            None,
        ),
    ],
)
def test_talks_named_by_rank_are_a_dialogue(
    lexicon: sg.Lexicon, sentence: str, name: str, round_: int | None
) -> None:
    draft = sg.extract(sentence, lexicon)
    assert [d.name for d in draft.dialogues] == [name]
    assert draft.meetings[0].round == round_


def test_a_rank_without_level_is_no_dialogue() -> None:
    assert LEVEL_DIALOGUE.search("The Home Secretary met the Foreign Secretary.") is None
    assert LEVEL_DIALOGUE.search("a high-level meeting was held") is None


RELEASE = (
    "Hon Mere Tane\nMinister of Police\n\nPolicing ties with Tonga renewed\n\n"
    "I was delighted to welcome Tonga's Minister of Police, Fire and Emergency Services, Hon "
    "Sione Vuna Fa'otusia, to Wellington today for the annual New Zealand-Tonga policing talks."
    "\n\nMinister Fa'otusia was accompanied by the Commissioner of the Tonga Police, Viliami "
    "Tuipulotu. The Commissioner of Police, Rawiri Hona, also took part, together with Deputy "
    "Commissioner Mele Ruatapu.\n"
)


def test_a_release_that_is_delighted_to_welcome(lexicon: sg.Lexicon) -> None:
    draft = sg.extract(RELEASE, lexicon)
    sides = _sides(draft)
    assert sides["Mere Tane"] == "NZL"  # the letterhead's author
    guest = next(o for o in draft.officials if o.country == "TON" and "Vuna" in o.name)
    assert guest.name == "Sione Vuna Fa'otusia"  # "Hon" is the style, not the name
    assert "wellington" in (draft.meetings[0].place or "")  # "welcome X, TITLE, to Wellington"
    assert sides["Rawiri Hona"] == "NZL"  # the host's office, marked for review
    assert sides["Mele Ruatapu"] == "NZL"  # "together with": the same side


def test_pledged_is_agreed(lexicon: sg.Lexicon) -> None:
    text = (
        "JAKARTA, March 5, 2025 (Reuters) - Indonesian Defence Minister Budi Santoso and "
        "Australian Defence Minister Richard Marles pledged on Wednesday to deepen maritime "
        "cooperation."
    )
    draft = sg.extract(text, lexicon)
    assert _sides(draft) == {"Budi Santoso": "IDN", "Richard Marles": "AUS"}
    assert draft.meetings[0].date == dt.date(2025, 3, 5)


def test_a_lake_named_after_a_capital_is_no_country(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenyan Interior Minister Amos Njoroge met Uganda's Internal Affairs Minister Grace "
        "Akello in Kisumu on 3 April 2024 and agreed to patrol Lake Victoria jointly."
    )
    draft = sg.extract(text, lexicon)
    assert "SYC" not in draft.meetings[0].discussed


def test_a_deputys_side_from_the_ministers_portfolio(lexicon: sg.Lexicon) -> None:
    text = (
        "On May 2, 2024, Minister of Defense TANAKA Ichiro held a meeting with General Tran Van "
        "Binh, Minister of National Defence of Viet Nam, at the Ministry of Defense in Tokyo.\n\n"
        "State Minister of Defense SATO Jiro and Senior Lieutenant General Le Van Nam, Deputy "
        "Minister of National Defence, also attended the meeting.\n"
    )
    draft = sg.extract(text, lexicon)
    sides = _sides(draft)
    assert (sides["Sato Jiro"], sides["Le Van Nam"]) == ("JPN", "VNM")
    assert "portfolio" in (_reviews(draft)["Le Van Nam"] or "")
