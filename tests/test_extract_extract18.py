"""Issue 21, the officials pass of branch extract18: shapes of the genre in which the extractor
missed who took part, their titles and leaders. Each test on a short text written for it
(people and meetings invented)."""

from __future__ import annotations

import secgraph as sg
from secgraph.extract._names import parse_person


def _officials(text: str, lexicon: sg.Lexicon) -> dict[str, tuple[str | None, str | None]]:
    """Each official's name -> (title, honorific)."""
    return {o.name: (o.title, o.honorific) for o in sg.extract(text, lexicon).officials}


# --- ranks and styles kept apart from the name ----------------------------------------------


def test_a_coast_guard_rank_of_the_river_plate_is_no_part_of_the_name(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Montevideo, 4 March 2025 - The heads of the Uruguayan and Argentine coast guards met "
        "in Montevideo on Monday. The Argentine delegation was led by the Director of Operations, "
        "Prefect General Rosa Ibarguren, and the Uruguayan delegation by the Chief of Staff, "
        "Rear Admiral Pablo Souto."
    )
    people = _officials(text, lexicon)
    assert people.get("Rosa Ibarguren") == ("Director of Operations", "Prefect General")


def test_a_portuguese_rank_half_in_english() -> None:
    person = parse_person(
        "the Chief of Fleet Operations, Admiral de Esquadra Joao Pedro Lima", None
    )
    assert person is not None
    assert (person.name, person.honorific) == ("Joao Pedro Lima", "Admiral de Esquadra")


def test_an_engineer_s_style_is_no_part_of_the_name() -> None:
    person = parse_person("the Director of the Naval Works Office, Engineer Samir Haddad", None)
    assert person is not None
    assert (person.name, person.title) == ("Samir Haddad", "Director of the Naval Works Office")


def test_a_junior_rank_before_a_name_with_an_accented_capital() -> None:
    person = parse_person("the Head of the Patrol Division, Captain (CG) Ángel Rivas", None)
    assert person is not None
    assert (person.name, person.honorific) == ("Ángel Rivas", "Captain")
