"""Heads marked beside their names: "Ms Claire Huxley (co-chair)", "NAME (head of
delegation)", and in a country-headed list ("• Australia: NAME (co-chair); NAME, TITLE; ...")
the country of the heading is that person's side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._lexicon import Lexicon
from ._text import Sentence

__all__ = ["HONORIFICS", "marked_heads"]

#: a courtesy before a marked name, kept apart from it
HONORIFICS = frozenset(["Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Dr", "Dr."])

_MARK = re.compile(
    r"(?P<name>(?:[A-Z][\w'\u2019.-]*\s+|(?:da|de|del|dos|das|do|van|von|bin|al|el|la)\s+){1,6})"
    r"\((?:co-?chair(?:person|man|woman)?|chair(?:person|man|woman)?|head of (?:the )?delegation|"
    r"delegation (?:head|leader)|leader)\)",
)
#: a list's heading: "• Australia:" or a line or sentence starting "Australia:"
_HEADING = re.compile(
    r"(?:^|[•;\n]\s*|\.\s+)(?P<country>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s*:"
)


def marked_heads(
    sentences: Iterable[Sentence], lexicon: Lexicon
) -> dict[str, tuple[str | None, int]]:
    """The words before each "(co-chair)"-like mark (a name, perhaps with an honorific), to the
    country of the list heading it stands under (None without one) and the sentence's index.

    The caller matches its people's names inside these keys.
    """
    out: dict[str, tuple[str | None, int]] = {}
    for s in sentences:
        if "(" not in s.text:
            continue
        headings = [
            (m.end(), lexicon.country_forms[m.group("country")][0])
            for m in _HEADING.finditer(s.text)
            if m.group("country") in lexicon.country_forms
        ]
        for m in _MARK.finditer(s.text):
            under = [iso3 for end, iso3 in headings if end <= m.start()]
            out[m.group("name").strip()] = (under[-1] if under else None, s.index)
    return out
