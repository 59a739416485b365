"""Small cues of where a meeting was held, read around a place's name.

- :func:`held_after`: the meeting told after the place, in the same clause: "On 1 October, at
  the Dorohusk-Yahodyn road border crossing, a working meeting was held" (a border post's rules
  otherwise look for the meeting's verb before it).
- :func:`country_after`: the country a place is said to be in right after its name, possibly
  after its region: "at the X border station, Petén, in Guatemala", "in X, in Uganda".
- :func:`held_at_town`: the meeting held "at" a bare name with its time or the clause's end
  after it ("a flag meeting ... was held at Torkham today"): a town, as "in X" is, when no
  venue word follows (not "held at Lancaster House").
- :func:`held_in_province`: the meeting held in a province named after its capital city
  ("held at a hotel in Nong Khai province", "held in Siem Reap province"): the keys give that
  city, when the gazetteer has it in a country the text names (a region's name is otherwise
  no place: "clashes in Marsabit County").
"""

from __future__ import annotations

import re

from ._lexicon import Lexicon
from ._text import Sentence

__all__ = ["country_after", "held_after", "held_at_town", "held_in_province"]

#: ", a working meeting was held", ", the two sides held talks"
_HELD_AFTER = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|consultations|session)\s+"
    r"(?:was|were)\s+(?:held|convened)\b"
)
#: ", Petén, in Guatemala", ", in Uganda": a country after a place (and its region)
_IN_COUNTRY = re.compile(
    r",\s+(?:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?,\s+)?in\s+(?:the\s+)?"
    r"([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\b"
)
#: the meeting's verb right before "at NAME": "was held at", "met on Tuesday at"
_VERB_AT = re.compile(
    r"\b(?:held|met|took place|convened)(?:\s+(?:today|yesterday|on\s+\w+day))?\s+at\s+$"
)
#: what may follow the town: its time, or the clause's end
_TOWN_END = re.compile(r"\s*(?:$|[.,;]|\s(?:today|yesterday|on|this|last|from|to discuss)\b)")
#: a venue's last word: the name is a building, not a town
_VENUE_WORD = re.compile(
    r"\b(?:House|Palace|Hall|Centre|Center|Hotel|Building|Castle|Court|Lodge|Camp|Base|"
    r"Barracks|Headquarters|Academy|College|School|Station|Park|Villa|Tower|Square|Ministry)$"
)


def held_after(text: str, end: int) -> bool:
    """Whether the clause after a place at ``end`` tells the meeting held there.

    >>> t = "On 1 October, at the X border crossing, a working meeting was held"
    >>> held_after(t, t.find(", a working"))
    True
    >>> held_after("At the X border crossing, smuggling rose", 24)
    False
    """
    return _HELD_AFTER.match(text, end) is not None


def country_after(text: str, end: int, lexicon: Lexicon) -> str | None:
    """The country (ISO alpha-3) the words after a place at ``end`` put it in (", Petén, in
    Guatemala"), or None: a country's name, not its capital or a people."""
    m = _IN_COUNTRY.match(text, end)
    form = lexicon.country_forms.get(m.group(1)) if m is not None else None
    return form[0] if form is not None and form[1] == "name" else None


def held_at_town(text: str, at: int, name: str) -> bool:
    """Whether a name at ``at`` ("at X") is where the sentence's meeting was held: the
    meeting's verb right before it, its time or the clause's end right after, and no venue
    word in it.

    >>> t = "A flag meeting was held at Torkham today."
    >>> held_at_town(t, t.find("at Torkham"), "Torkham")
    True
    >>> t = "Talks were held at Lancaster House on Monday."
    >>> held_at_town(t, t.find("at Lancaster"), "Lancaster House")
    False
    """
    if not text.startswith("at ", at) or _VENUE_WORD.search(name):
        return False
    if _VERB_AT.search(text, max(0, at - 40), at + 3) is None:
        return False
    return _TOWN_END.match(text, at + 3 + len(name)) is not None


#: "held at a hotel in X province", "met on Friday in X province"
_HELD_IN_PROVINCE = re.compile(
    r"\b(?:held|met|took place|convened)\b(?:\s+(?:at\s+(?:a|an|the)\s+)?[\w-]+){0,5}?\s+in\s+$"
)
_PROVINCE_AFTER = re.compile(r"\s+[Pp]rovince\b")


def held_in_province(
    text: str, at: int, name: str, end: int, sentences: list[Sentence], lexicon: Lexicon
) -> bool:
    """Whether "in NAME province" at ``at`` (``end`` after the name) is where the sentence's
    meeting was held, NAME being a city of the gazetteer in a country the text names.

    >>> held_in_province("clashes in X province", 8, "X", 12, [], None)  # type: ignore[arg-type]
    False
    """
    if not _PROVINCE_AFTER.match(text, end) or not text.startswith("in ", at):
        return False
    if _HELD_IN_PROVINCE.search(text, max(0, at - 80), at + 3) is None:
        return False
    from ._border import named_countries
    from ._cities import resolve_city

    city = resolve_city(name, lexicon)
    return city is not None and city[1] in named_countries(sentences, lexicon)
