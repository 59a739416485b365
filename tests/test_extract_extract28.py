"""Issue 21, the officials' recall pass of branch extract28: shapes of the genre in which the
extractor lost a delegate or cut a name wrong (long Lusophone and Maghreb names, West African
"N'" names, styles and police ranks before a name, "the then" read as a second meeting,
transcripts where each principal names his own side). Each test on a short text written for
it (people and meetings invented)."""

from __future__ import annotations

from conftest import draft_sides

import secgraph as sg
from secgraph.extract._names import parse_person


def _sides(text: str, lexicon: sg.Lexicon) -> dict[str, list[str]]:
    return draft_sides(sg.extract(text, lexicon))


def _names(text: str, lexicon: sg.Lexicon) -> set[str]:
    return {o.name for o in sg.extract(text, lexicon).officials}


# --- a name of five words joined by particles; "Syed" before four -----------------------------


def test_five_names_joined_by_a_particle_are_one_name(lexicon: sg.Lexicon) -> None:
    p = parse_person(
        "the Chief of Staff of the Navy, Vice-Admiral Paulo Henrique de Sousa Lemos Matias",
        lexicon,
    )
    assert p is not None
    assert (p.name, p.title, p.honorific) == (
        "Paulo Henrique de Sousa Lemos Matias",
        "Chief of Staff of the Navy",
        "Vice-Admiral",
    )
    q = parse_person(
        "the Director General of National Security, General Ahmed Salem Ould Sidi Ould Baba Cheikh",
        lexicon,
    )
    assert q is not None
    assert q.name == "Ahmed Salem Ould Sidi Ould Baba Cheikh"
    assert q.title == "Director General of National Security"


def test_syed_begins_a_name_of_five(lexicon: sg.Lexicon) -> None:
    p = parse_person("Additional Secretary (Europe) Syed Ahmed Raza Ali Gilani", lexicon)
    assert p is not None
    assert p.name == "Syed Ahmed Raza Ali Gilani"
    assert p.title == "Additional Secretary (Europe)"


def test_five_capitalised_words_with_no_particle_keep_a_style_out(lexicon: sg.Lexicon) -> None:
    p = parse_person(
        "the Minister of Security, Commissaire Principal de Police Issa Ali Sawadogo", lexicon
    )
    assert p is not None
    assert p.name == "Issa Ali Sawadogo"
    assert p.title == "Minister of Security"


def test_a_west_african_n_apostrophe_name(lexicon: sg.Lexicon) -> None:
    p = parse_person("Colonel-Major Yao N'Dri Konan, Commander of the 2nd Military Region", lexicon)
    assert p is not None
    assert (p.name, p.honorific) == ("Yao N'Dri Konan", "Colonel-Major")
    assert p.title == "Commander of the 2nd Military Region"


# --- styles and ranks before a name: "Cde", "Hajiya", "CP", a Polish service -------------------


def test_styles_and_police_ranks_are_no_part_of_the_name(lexicon: sg.Lexicon) -> None:
    cases = {
        "Deputy Minister of Defence Cde Tendai Moyo-Sibanda": (
            "Tendai Moyo-Sibanda",
            "Deputy Minister of Defence",
        ),
        "the Commissioner of Police in Kano State, CP Musa Ibrahim Lawal": (
            "Musa Ibrahim Lawal",
            "Commissioner of Police in Kano State",
        ),
        "the Inspector-General of Police's representative, Deputy Inspector-General Hajiya "
        "Amina Bello Yusuf": ("Amina Bello Yusuf", "Inspector-General of Police's representative"),
        "Brigadier General Straży Granicznej Anna Nowak-Kowalska, commander of the Border Guard "
        "Division": ("Anna Nowak-Kowalska", "commander of the Border Guard Division"),
    }
    for text, (name, title) in cases.items():
        p = parse_person(text, lexicon)
        assert p is not None, text
        assert (p.name, p.title) == (name, title), text


# --- "the then Chief of Staff": a former office, no move to a second meeting ------------------

_THEN = (
    "Ghana and the United Kingdom have agreed to deepen intelligence sharing on arms "
    "trafficking, following the fifth UK-Ghana Security Dialogue held in Accra earlier this "
    "month.\n\n"
    "The dialogue was co-chaired by the National Security Coordinator, Mr Kwame Asante Boateng, "
    "and the UK Deputy National Security Adviser, Ms Helen Marsh-Odell.\n\n"
    "The British delegation comprised the UK High Commissioner to Ghana, Dr Paul Whitcombe; and "
    "the Defence Adviser in Accra, Brigadier Simon Hale-Porter.\n\n"
    "The fourth session of the dialogue took place in London on 16 October 2025, with the then "
    "Chief of Defence Staff, Vice Admiral Seth Amoama, in attendance.\n"
)


def test_the_then_holder_of_an_office_is_no_move_to_another_meeting(
    lexicon: sg.Lexicon,
) -> None:
    draft = sg.extract(_THEN, lexicon)
    assert len(draft.meetings) == 1
    sides = draft_sides(draft)
    assert set(sides) == {"GHA", "GBR"}
    assert sides["GBR"][0] == "Helen Marsh-Odell"
    assert {"Paul Whitcombe", "Simon Hale-Porter"} <= set(sides["GBR"])
    assert sides["GHA"][0] == "Kwame Asante Boateng"


# --- a participants' table: one row a side, its people a line each ----------------------------

_TABLE = (
    "<html><body><main><h1>Korea-Australia Defence Policy Talks</h1>"
    "<p>On 4 March 2026, the 5th Korea-Australia Defence Policy Talks were held at the "
    "Ministry of National Defense in Seoul. The overview is as follows.</p>"
    "<h2>1. Participants</h2><table>"
    "<tr><th>Korea</th><td>Mr. PARK Min-soo, Deputy Minister for Defense Policy<br>"
    "Major General LEE Jae-won, Director of Policy Planning, Joint Chiefs of Staff</td></tr>"
    "<tr><th>Australia</th><td>Ms. Laura Finch-Harper, Deputy Secretary for Strategy<br>"
    "Air Vice-Marshal Daniel Roe, Head of Military Strategic Plans</td></tr>"
    "</table><h2>2. Overview</h2><p>Both sides exchanged views on the regional security "
    "environment and agreed to expand maritime cooperation.</p></main></body></html>"
)


def test_a_participants_table_lists_each_side_s_people(lexicon: sg.Lexicon) -> None:
    text = sg.read_text(_TABLE.encode(), "talks.html")
    assert "Korea: Mr. PARK Min-soo, Deputy Minister for Defense Policy; Major General" in text
    sides = _sides(text, lexicon)
    assert {n.casefold() for n in sides["KOR"]} == {"park min-soo", "lee jae-won"}
    assert set(sides["AUS"]) == {"Laura Finch-Harper", "Daniel Roe"}
