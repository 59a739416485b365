"""A person's side from a body their title names that the text elsewhere gives a country.

A report of two forces' meeting often writes a body once with its country's adjective ("the
Guardia Civil and the Moroccan Royal Gendarmerie held a meeting") and the heads' titles
without it ("General X, the commander of the Royal Gendarmerie Northern Region"). The body's
name, read after a country's adjective or possessive ("the Moroccan Royal Gendarmerie",
"Morocco's Royal Gendarmerie"), places a person not yet placed whose title names that body.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._names import Person

__all__ = ["ORG_SIDE", "body_sides"]

#: the review of a side read from a body named with its country elsewhere in the text
ORG_SIDE = "side from a body the text names with its country"

#: two to four capitalised words after a country's adjective or possessive: the body's name
_BODY = re.compile(r"(?:'s)?\s+((?:[A-Z][\w-]+\s+){1,3}[A-Z][\w-]+)")
#: a body's name that is no body: a country's people, its side, a title
_NOT_BODY = re.compile(
    r"^(?:Minister|President|Prime|Ambassador|Government|Delegation|Side|Foreign|Deputy|"
    r"Defence|Defense|Interior|Secretary|Chief|Head|Director|General|Colonel|Vice|Senior|"
    r"State|Acting|Assistant|Special|Permanent|Counterpart|Officials?|Authorities)\b"
)
#: the words of a body every state has ("the Colombian Armed Forces", "the Finnish Border
#: Guard"): a name made of these alone is no one body of one side
_GENERIC = frozenset(
    re.findall(
        r"\S+",
        "Armed Forces Force Army Navy Naval Air National Police Coast Border Guard Guards "
        "Defence Defense Military Ministry Government Joint Command Staff Federal Republic "
        "People's Security Service Services Intelligence Customs Immigration",
    )
)


def _bodies(texts: dict[int, str], parties: list[str], lexicon: Lexicon) -> dict[str, str]:
    """Each body the texts name after a party's adjective or possessive -> that party."""
    found: dict[str, set[str]] = {}
    for text in texts.values():
        for m in lexicon.country_pattern.finditer(text):
            iso3, kind = lexicon.country_forms[m.group()]
            if iso3 not in parties or kind == "capital":
                continue
            body = _BODY.match(text, m.end())
            if body is None or (kind == "name" and not body.group().startswith("'s")):
                continue
            name = body.group(1)
            if not _NOT_BODY.match(name) and not set(name.split()) <= _GENERIC:
                found.setdefault(name, set()).add(iso3)
    return {name: next(iter(cs)) for name, cs in found.items() if len(cs) == 1}


def body_sides(
    out: list[Person], parties: list[str], texts: dict[int, str], lexicon: Lexicon
) -> None:
    """Give a side to each person without one whose title names a body of one party only."""
    if not any(p.country is None and p.title for p in out):
        return
    bodies = _bodies(texts, parties, lexicon)
    if not bodies:
        return
    for i, p in enumerate(out):
        if p.country is not None or not p.title:
            continue
        # the body's whole name, not a part of another's ("State Border Guard Service")
        sides = {c for b, c in bodies.items() if _whole(b, p.title)}
        if len(sides) == 1:
            out[i] = replace(p, country=sides.pop(), review=ORG_SIDE)


def _whole(body: str, title: str) -> bool:
    """Whether ``title`` names ``body`` whole, not a part of another body's name.

    >>> _whole("Royal Gendarmerie", "commander of the Royal Gendarmerie Northern Region")
    True
    >>> _whole("Border Guard", "Commander of the State Border Guard Service")
    False
    """
    for m in re.finditer(rf"\b{re.escape(body)}\b", title):
        before = title[: m.start()].split()
        if before and before[-1] in ("the", "of", "The"):  # not "the Police and Border Guard"
            return True
    return False
