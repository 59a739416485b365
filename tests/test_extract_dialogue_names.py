"""Dialogue names the genre gives with heads beyond "Dialogue" and "Working Group", and a
dialogue named in full only once (texts written for these tests)."""

from __future__ import annotations

import pytest

from secgraph.extract._dialogues import find_dialogue, round_number
from secgraph.extract._text import split_sentences

_PAIR = frozenset(["Chile", "Peru", "Kenya", "Uganda", "Republic of Korea", "Philippines"])


@pytest.mark.parametrize(
    ("text", "name", "rnd"),
    [
        (
            "Officials met at the fifth meeting of the Chile-Peru Subcommittee on Border "
            "Security in Arica on Monday.",
            "Chile-Peru Subcommittee on Border Security",
            5,
        ),
        (
            "The 4th Kenya-Uganda Ministerial Council on Law and Order opened in Kampala.",
            "Kenya-Uganda Ministerial Council on Law and Order",
            4,
        ),
        (
            "The two ministries co-chaired the second Chile-Peru Consultation on Police "
            "Cooperation in Lima.",
            "Chile-Peru Consultation on Police Cooperation",
            2,
        ),
        (
            "Army officers of the two countries held a Border Liaison Meeting at the crossing.",
            "Border Liaison Meeting",
            None,
        ),
        (
            "The 7th Republic of Korea-Philippines Defence Policy Working-Level Talks were "
            "held by video link.",
            "Republic of Korea-Philippines Defence Policy Working-Level Talks",
            7,
        ),
        (
            "They attended the 3rd Kenya-Uganda Defence Vice-Ministerial Talks in Nairobi.",
            "Kenya-Uganda Defence Vice-Ministerial Talks",
            3,
        ),
        (
            "The 12th meeting of the Kenya-Uganda Group on Border Management was held here.",
            "Kenya-Uganda Group on Border Management",
            12,
        ),
    ],
)
def test_more_heads_of_a_dialogue_name(text: str, name: str, rnd: int | None) -> None:
    found = find_dialogue(split_sentences(text), _PAIR)
    assert found is not None
    assert (found.name, round_number(found.round)) == (name, rnd)


@pytest.mark.parametrize(
    "text",
    [
        # a group that is not talks: no "on" after it, no kind of talks in its name
        "Shares of the Adani Group fell in Mumbai on Monday.",
        # a consultation without a subject is a step, not a named dialogue
        "The Chile-Peru Consultation ended without a statement.",
    ],
)
def test_not_a_dialogue(text: str) -> None:
    assert find_dialogue(split_sentences(text), _PAIR) is None


def test_a_dialogue_named_in_full_only_in_the_title() -> None:
    text = (
        "Joint statement: Kenya-Uganda Security and Defence Partnership Dialogue\n\n"
        "Ministers met in Nairobi for the third Security and Defence Partnership Dialogue on "
        "Tuesday. The two sides agreed to meet again next year."
    )
    found = find_dialogue(split_sentences(text), _PAIR)
    assert found is not None
    assert found.name == "Kenya-Uganda Security and Defence Partnership Dialogue"
    assert round_number(found.round) == 3


def test_a_full_name_of_another_pair_is_not_taken() -> None:
    text = (
        "Ministers met in Nairobi for the third Security and Defence Partnership Dialogue. "
        "The India-France Security and Defence Partnership Dialogue is older."
    )
    found = find_dialogue(split_sentences(text), _PAIR)
    assert found is not None
    assert found.name == "Security and Defence Partnership Dialogue"
