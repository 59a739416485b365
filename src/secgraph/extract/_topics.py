"""The dialogue and its round, the cooperation areas and threats, and the commitments: the
names of :mod:`._dialogues`, :mod:`._areas` and :mod:`._commitments`, kept importable here."""

from __future__ import annotations

from ._areas import find_areas
from ._commitments import Commit, find_commitments
from ._dialogues import (
    DIALOGUE,
    DIALOGUE_WORDS,
    ORDINAL_WORDS,
    FoundDialogue,
    find_dialogue,
    round_number,
)

_DIALOGUE = DIALOGUE  # the name _meeting imports

__all__ = [
    "DIALOGUE",
    "DIALOGUE_WORDS",
    "ORDINAL_WORDS",
    "Commit",
    "FoundDialogue",
    "find_areas",
    "find_commitments",
    "find_dialogue",
    "round_number",
]
