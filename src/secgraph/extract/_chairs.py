"""Heads marked beside their names: "Ms Claire Huxley (co-chair)", "NAME (head of
delegation)", and in a country-headed list ("• Australia: NAME (co-chair); NAME, TITLE; ...")
the country of the heading is that person's side; heads given per side: "the talks were led on
the Togolese side by TITLE NAME, and on the Ghanaian side by TITLE NAME".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._lexicon import Lexicon
from ._text import Sentence

__all__ = ["HONORIFICS", "marked_heads", "side_heads"]

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


_SIDE_BY = re.compile(
    r"\b(?:(?:led|headed|chaired|co-chaired)\s+)?on\s+the\s+(?P<side>[A-Z][\w-]*)\s+side\s+by\s+",
)


def side_heads(sentences: Iterable[Sentence], lexicon: Lexicon) -> list[tuple[str, int, str]]:
    """Per "led on the ADJ side by ..." (and each ", and on the ADJ side by ..." after it): the
    side's country, the sentence's index and the words that name its head.

    >>> from types import SimpleNamespace as N
    >>> lex = N(country_forms={"Togolese": ("TGO", "adjective")})
    >>> side_heads([N(index=3, text="It was led on the Togolese side by A B.")], lex)
    [('TGO', 3, 'A B.')]
    """
    out: list[tuple[str, int, str]] = []
    for s in sentences:
        if " side by " not in s.text or not re.search(r"\b(?:led|headed|chaired)\s+on\b", s.text):
            continue
        found = list(_SIDE_BY.finditer(s.text))
        for i, m in enumerate(found):
            form = lexicon.country_forms.get(m.group("side"))
            if form is None:
                continue
            end = found[i + 1].start() if i + 1 < len(found) else len(s.text)
            out.append((form[0], s.index, s.text[m.end() : end]))
    return out
