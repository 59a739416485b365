"""Issue 21, the officials pass of branch extract16: shapes of the genre in which the extractor
missed who took part, their titles, sides and leaders. Each test on a short text written for
it (people and meetings invented)."""

from __future__ import annotations

from conftest import draft_sides

import secgraph as sg


def _officials(text: str, lexicon: sg.Lexicon) -> dict[str, tuple[str | None, str | None]]:
    """Each official's name -> (title, honorific)."""
    return {o.name: (o.title, o.honorific) for o in sg.extract(text, lexicon).officials}


def _sides(text: str, lexicon: sg.Lexicon) -> dict[str, list[str]]:
    return draft_sides(sg.extract(text, lexicon))


# --- styles and ranks kept apart from the name ----------------------------------------------


def test_police_ranks_written_as_letters_are_no_part_of_the_name(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, 7 July 2025 - Kenya and Uganda held police cooperation talks in Nairobi on "
        "Monday. Kenya was represented by Deputy Inspector General of Police Samuel Kiprono, "
        "while Uganda's delegation was led by Director of Operations AIGP Moses Okello."
    )
    people = _officials(text, lexicon)
    assert people.get("Moses Okello") == ("Director of Operations", "AIGP")
    assert not any(name.startswith("AIGP") for name in people)


def test_a_hyphenated_brigadier_general(lexicon: sg.Lexicon) -> None:
    text = (
        "ABUJA, 3 June 2025 - Nigeria and Cameroon held border talks in Abuja on Monday. The "
        "Cameroonian team comprised Brig.-Gen. Paul Ngono, commander of the 3rd Joint Military "
        "Region, and Colonel Eric Ondoa, defence attache at the Cameroon High Commission."
    )
    assert _officials(text, lexicon).get("Paul Ngono") == (
        "commander of the 3rd Joint Military Region",
        "Brig.-Gen.",
    )


def test_an_academic_title_and_a_womans_honorific(lexicon: sg.Lexicon) -> None:
    text = (
        "LONDON, 12 December 2025 - Britain and Poland held defence talks in London on Monday. "
        "Defence Minister Dame Helen Ward met Poland's Deputy Minister of National Defence "
        "Piotr Nowak. Also present were Madam Anna Kowalska, Director of the Polish Defence Policy Bureau, "
        "and Professor John Hill, Chief Scientific Adviser."
    )
    people = _officials(text, lexicon)
    assert people.get("John Hill") == ("Chief Scientific Adviser", "Professor")
    assert people.get("Anna Kowalska") == ("Director of the Polish Defence Policy Bureau", "Madam")
    assert people.get("Helen Ward") == ("Defence Minister", "Dame")


# --- lists of members -------------------------------------------------------------------------


def test_a_post_abroad_with_its_own_country_before_the_place(lexicon: sg.Lexicon) -> None:
    text = (
        "BERLIN, 3 June 2025 - Germany and Poland held defence talks in Berlin on Monday. "
        "Minister Nowak was accompanied by the Chief of the General Staff of the Polish Armed "
        "Forces, General Adam Lis, and the Ambassador of the Republic of Poland to Germany, Ewa "
        "Zielinska. The Consul General of Poland in Munich, Jan Wrobel, also attended."
    )
    sides = _sides(text, lexicon)
    assert {"Adam Lis", "Ewa Zielinska", "Jan Wrobel"} <= set(sides["POL"])
    people = _officials(text, lexicon)
    assert people["Ewa Zielinska"][0] == "Ambassador of the Republic of Poland to Germany"


def test_an_office_after_a_members_title_in_a_list(lexicon: sg.Lexicon) -> None:
    text = (
        "MALE, 3 June 2025 - India and Maldives held defence talks in Male on Monday. The Indian "
        "delegation included Rear Admiral Amit Rao, Assistant Chief of Naval Staff (Foreign "
        "Cooperation), Shri Vivek Nair, Joint Secretary (Indian Ocean Region), Ministry of "
        "External Affairs, and Colonel Ravi Menon, Defence Adviser at the High Commission of "
        "India in Male."
    )
    people = _officials(text, lexicon)
    assert people.get("Vivek Nair") == ("Joint Secretary (Indian Ocean Region)", "Shri")
    assert "Indian Ocean Region" not in people
    assert set(_sides(text, lexicon)["IND"]) == {"Amit Rao", "Vivek Nair", "Ravi Menon"}
