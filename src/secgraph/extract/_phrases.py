"""Where a person may be named in a sentence: runs of capitalised words."""

from __future__ import annotations

import re

from ._names import HONORIFIC

__all__ = ["person_phrases"]

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff"  # "Əliyev", "Đặng"
#: a name's lower-case particle before its next capitalised word: "Nur Aisyah binti Rahman",
#: "Ebrard y Casaubón", "José Luis de la Fuente"
_PARTICLES = r"(?:bin|binti|bint|bt|ibn|ould|de|da|del|della|der|di|dos|das|du|van|von|la|le|y)"

_PHRASE = re.compile(
    rf"(?:{HONORIFIC}\s+)?\(?[{_UP}][\w'\u2019.()&-]*"
    rf"(?:\s+(?:\(?[{_UP}][\w'\u2019.()&-]*\)?|(?:al|el)-[{_UP}][\w'\u2019-]*|"
    rf"(?:of|for|and|the|to)(?=\s+(?:the\s+)?\(?[{_UP}])|"
    rf"{_PARTICLES}(?=\s+(?:{_PARTICLES}\s+)?[{_UP}][\w'\u2019-]*[a-z\u00df-\u024f])))*"
)


def person_phrases(text: str) -> list[tuple[int, int, str]]:
    """Runs of capitalised words (with 'of', 'for', 'and', 'the', 'to' between) that may hold
    a person: (start, end, text)."""
    return [(m.start(), m.end(), m.group()) for m in _PHRASE.finditer(text)]
