"""Officials written with a lower-case title after their country: "Sweden's defence minister
Pål Jonson", "North Korean leader Kim Jong Un", "Somalia's police commissioner X".

The capitalised-run reader in ``_names`` does not see these: the title is in lower case (a
newspaper's style), so the run starts at the name and has no title. Here the country word
(a name with "'s", or an adjective) anchors the phrase, so a lower-case word such as "leader"
is taken as a title only right after a country and right before a name.
"""

from __future__ import annotations

import re

from ._countries import Mention
from ._names import HONORIFIC, NAME, Person, name_key

__all__ = ["LOWER_HINT", "LOWER_WORDS", "lower_case_titled"]

_HEAD = (
    r"minister|secretary|leader|chief|commander|president|envoy|adviser|advisor|ambassador|"
    r"commissioner|director|premier|chancellor|spy chief|army chief|navy chief|police chief"
)
_MODIFIER = (
    r"acting|deputy|vice|foreign|defen[cs]e|interior|home|security|prime|army|navy|police|"
    r"intelligence|national|top|military|border|justice|public|state|armed forces|air force|"
    r"counter-?terrorism|homeland|internal|junior|special"
)
_LOWER = re.compile(
    rf"(?:'s|\u2019s)?\s+(?P<title>(?:(?:{_MODIFIER})\s+){{0,3}}(?:{_HEAD}))\s+"
    rf"(?:(?P<hon>{HONORIFIC})\s+)?(?P<name>{NAME})(?![\w-])"
)

#: a quick test before the country-anchored pattern: a lower-case head word before a name
LOWER_HINT = re.compile(rf"\s(?:{_HEAD})\s+[A-Z]")
#: words without which LOWER_HINT cannot match (checked first: see Sentence.words)
LOWER_WORDS = frozenset(re.findall(r"[a-z]+", _HEAD))


def lower_case_titled(text: str, ms: list[Mention], index: int, taken: set[str]) -> list[Person]:
    """People named "COUNTRY['s] lower-case title NAME" in one sentence (not those in
    ``taken``, name keys already found)."""
    out = []
    for m in ms:
        if m.kind == "capital":
            continue
        hit = _LOWER.match(text, m.end)
        if hit is None or name_key(hit.group("name")) in taken:
            continue
        if m.kind == "name" and not text[m.end : hit.start("title")].strip():
            continue  # "Kenya police chief": a name without "'s" is no owner
        name = hit.group("name")
        out.append(Person(name, hit.group("title"), None, hit.group("hon"), m.iso3, False, index))
        taken.add(name_key(name))
    return out
