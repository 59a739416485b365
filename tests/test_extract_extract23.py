"""Issue 21, the officials pass of branch extract23: recall of delegation members and their
titles on text written by others. Each test on a short text written for it (people and
meetings invented)."""

from __future__ import annotations

import secgraph as sg
from secgraph.extract._names import parse_person
from secgraph.extract._text import split_sentences


def _officials(text: str, lexicon: sg.Lexicon) -> dict[str, tuple[str | None, str | None]]:
    """Each official's name -> (title, honorific)."""
    return {o.name: (o.title, o.honorific) for o in sg.extract(text, lexicon).officials}


# --- names and styles ------------------------------------------------------------------------


def test_a_manipuri_two_letter_initial_ends_no_sentence() -> None:
    text = "The team included Shri Kh. Romen Meitei, Deputy Collector. They met on Friday."
    assert split_sentences(text)[0].text.endswith("Deputy Collector.")


def test_a_manipuri_two_letter_initial_is_part_of_the_name() -> None:
    person = parse_person("Shri Th. Bikram Meitei, Sub-Divisional Officer of Tengnoupal", None)
    assert person is not None
    assert (person.name, person.title) == (
        "Th. Bikram Meitei",
        "Sub-Divisional Officer of Tengnoupal",
    )


def test_an_indian_service_s_letters_after_a_name_are_no_title() -> None:
    person = parse_person("Shri Arvind Menon, IFS, Joint Secretary (Consular)", None)
    assert person is not None
    assert (person.name, person.title) == ("Arvind Menon", "Joint Secretary (Consular)")


def test_a_district_s_head_word_makes_a_title() -> None:
    for text, name, title in (
        ("Paro Dzongdag Sonam Dorji Wangchuk", "Sonam Dorji Wangchuk", "Paro Dzongdag"),
        ("Jean-Paul Moukala, Prefect of Niari", "Jean-Paul Moukala", "Prefect of Niari"),
        ("District Magistrate Ritu Sen", "Ritu Sen", "District Magistrate"),
        ("Prosecutor General Ilze Ozola", "Ilze Ozola", "Prosecutor General"),
    ):
        person = parse_person(text, None)
        assert person is not None, text
        assert (person.name, person.title) == (name, title)


def test_a_capital_before_a_title_is_no_member(lexicon: sg.Lexicon) -> None:
    text = (
        "The Chief of the Naval Prefecture of Ruritania, Prefect General Tomas Ibarra Sol, "
        "welcomed at the Coast Guard building in Buenos Aires, the Maritime Prefect of Uruguay, "
        "Rear Admiral (CG) Martin Cuesta Ruiz, for the fifth round of Argentina-Uruguay talks. "
        "Argentina and Uruguay agreed to share data on fishing vessels."
    )
    assert "Buenos Aires" not in _officials(text, lexicon)


def test_a_malay_name_of_more_than_four_words_with_bin() -> None:
    person = parse_person(
        "Datuk Seri Mohd Faizal Azmi bin Abdul Razak, Director of Border Control", None
    )
    assert person is not None
    assert (person.name, person.title, person.honorific) == (
        "Mohd Faizal Azmi bin Abdul Razak",
        "Director of Border Control",
        "Datuk Seri",
    )


def test_a_brunei_name_with_the_father_s_style_after_bin() -> None:
    person = parse_person("Hamdan Rosli bin Pengiran Haji Osman, Permanent Secretary", None)
    assert person is not None
    assert person.name == "Hamdan Rosli bin Pengiran Haji Osman"
