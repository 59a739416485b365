"""A national force's acronym read as a mention of its country.

Border forces and police services talk as their acronyms: "The Border Guard Bangladesh (BGB)
and India's Border Security Force (BSF) agreed ...; The BSF delegation was led by ...; BSF:
Shri X, Director General; ...". The article names India once, in the acronym's definition;
every later "BSF" stands for India as much as "the Indian side" would, so it is counted as a
mention of India when the text hardly names India otherwise (for the parties, and for the
side of a clause such as "the BSF delegation"), though not where it opens a title ("AFP
Deputy Commissioner X"). Only an acronym the article defines with a country's name or
adjective in the words before its brackets counts, and only where it stands alone (not in
the definition).
"""

from __future__ import annotations

import re
from collections import Counter

from ._countries import Mention
from ._lexicon import Lexicon
from ._text import Sentence

__all__ = ["acronym_mentions"]

#: the most times a country may be named for its force's acronym to stand for it
_RARELY = 2

#: "India's Border Security Force (BSF)", "the Border Guard Bangladesh (BGB)"
_DEFINED = re.compile(
    r"(?P<name>(?:[A-Z][\w'\u2019-]*\s+){1,6}[A-Z][\w'\u2019-]*)\s+\((?P<acr>[A-Z]{2,6})\)"
)


def acronym_mentions(
    sentences: list[Sentence], mentions: list[list[Mention]], lexicon: Lexicon
) -> list[list[Mention]]:
    """``mentions`` with each later bare use of a defined force's acronym added as a mention
    of the country its definition names (a country's capital or a name naming two countries
    define none)."""
    defined: dict[str, str] = {}
    for s in sentences:
        if "(" not in s.text:
            continue
        for m in _DEFINED.finditer(s.text):
            lands = {
                lexicon.country_forms[c.group()]
                for c in lexicon.country_pattern.finditer(m.group("name"))
            }
            isos = {iso3 for iso3, kind in lands if kind != "capital"}
            if len(isos) == 1 and m.group("acr") not in lexicon.country_forms:
                defined.setdefault(m.group("acr"), isos.pop())
    # only for a side the text hardly names otherwise: where it names the country often,
    # its acronyms are its offices' and places' ("at the RPNGC headquarters"), not its side
    named = Counter(m.iso3 for found in mentions for m in found)
    defined = {acr: iso3 for acr, iso3 in defined.items() if named[iso3] <= _RARELY}
    if not defined:
        return mentions
    # (not where it opens a title, "AFP Deputy Commissioner X": the title's side is
    # by_acronym's to give, and a mention beside the person would give it to the next one)
    use = re.compile(
        r"(?<![(\w])(?:" + "|".join(map(re.escape, defined)) + r")(?![)\w])(?!\s+[A-Z])"
    )
    out = []
    for s, found in zip(sentences, mentions, strict=True):
        more = [
            Mention(defined[u.group()], u.start(), u.end(), u.group(), "acronym", s.index)
            for u in use.finditer(s.text)
            if not any(m.start <= u.start() < m.end for m in found)
        ]
        out.append(sorted(found + more, key=lambda m: m.start) if more else found)
    return out
