"""What an earlier deal or an earlier call bound a side to, and a stance, are not what the
talks committed to (texts written for these tests)."""

from __future__ import annotations

import pytest

import secgraph as sg


def _commitments(text: str, lexicon: sg.Lexicon) -> list[str]:
    return [c.description for c in sg.extract(text, lexicon).commitments]


_LEAD = (
    "Kenyan and Ugandan security officials met in Kampala on Monday for talks on border "
    "security. The two sides agreed to set up joint patrols along the common border. "
)


@pytest.mark.parametrize(
    "background",
    [
        "The talks reviewed a 2021 border agreement under which Kenya pledged to open two "
        "crossing points.",
        "Under the accord signed in May 2019 by the two ministers, Uganda undertook to share "
        "passenger lists.",
        "Earlier this month, the two presidents spoke by telephone and agreed to convene the "
        "talks.",
        "A Ugandan official said his government was committed to good relations with all its "
        "neighbours.",
    ],
)
def test_not_a_commitment_of_these_talks(background: str, lexicon: sg.Lexicon) -> None:
    found = _commitments(_LEAD + background, lexicon)
    assert found == ["The two sides agreed to set up joint patrols along the common border."]


def test_committed_to_a_step_is_one(lexicon: sg.Lexicon) -> None:
    text = _LEAD + "Both ministers committed to meeting every six months."
    assert "Both ministers committed to meeting every six months." in _commitments(text, lexicon)
