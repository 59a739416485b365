"""A dialogue's name in full: with the pair of states that holds it, and the rest of its name.

A release often names the talks by their kind alone and the pair in another sentence: "The
European Union and the Republic of Lebanon held their sixth Counter-Terrorism Dialogue" and
"Background: The EU-Lebanon Counter-Terrorism Dialogue was launched ..." name one dialogue, the
second in full (:func:`pair_written` tells a name that has its pair from "Counter-Terrorism
Dialogue", whose dash is no pair's). A name's acronym in brackets does not end the name: "the
India-Mongolia Joint Working Group (JWG) on defence cooperation"; a group may be named with the
body it belongs to: "the X Working Group of the Nigeria-US Bi-National Commission". A round may
follow the name: "the X Committee concluded its 14th meeting", "met ... for its fourth
session". A body named as the next meeting, or as one the talks followed, is none of the talks'.

The pair written only in the sentence ("The European Union and Georgia held ... their Strategic
Dialogue", "the Defence Cooperation Dialogue between the Maldives and India") is left out of
the name: the keys written before fresh50 keep the bare name ("Security and Defence Dialogue",
"Foreign Office Consultations"), the later ones prefix the pair, and a rule cannot follow both.
"""

from __future__ import annotations

import re

__all__ = [
    "dash_pair",
    "next_body",
    "pair_written",
    "parent_body",
    "round_after",
    "short_form",
    "state_code",
    "subject_after",
]

#: "the Republic of North Macedonia" -> "North Macedonia"; the European Union is "EU"
_FORMAL = re.compile(
    r"^(?:the\s+)?(?:(?:Republic|Kingdom|State|Sultanate|Federation|Commonwealth)\s+of\s+"
    r"(?:the\s+)?)?",
    re.I,
)
#: "(JWG) on defence cooperation", "(JWG) on Maritime Security"
_ACRONYM_ON = re.compile(
    r"\s+\([A-Z][A-Za-z]{1,7}\)\s+(?P<on>on\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,4}"
    r"|[a-z-]+\s+(?:cooperation|security|issues|matters|affairs|management|control|crimes?|"
    r"trafficking|terrorism|safety|enforcement|defen[cs]e)))\b"
)
_ORDINALS = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"inaugural|\d{1,3}(?:st|nd|rd|th)"
)
#: "... Committee concluded its 14th meeting", "met ... in its 17th ordinary meeting"
_ITS_ROUND = re.compile(
    rf"^[^.;]{{0,120}}?\bits\s+(?P<round>{_ORDINALS})\s+(?:(?:ordinary|regular|annual|plenary)\s+)?"
    r"(?:meeting|session|round|sitting)\b",
    re.I,
)


def short_form(name: str) -> str:
    """A party's name as a dialogue's pair writes it.

    >>> [short_form(n) for n in ("the Republic of North Macedonia", "European Union", "India")]
    ['North Macedonia', 'EU', 'India']
    """
    name = _FORMAL.sub("", name)
    return "EU" if name == "European Union" else name


def state_code(word: str) -> bool:
    """A state's short code as a pair writes it ("RoK", "ROK", "UAE"; not "Defence").

    >>> [state_code(w) for w in ("RoK", "UAE", "Defence", "A")]
    [True, True, False, False]
    """
    return bool(re.fullmatch(r"[A-Z][A-Za-z]{1,3}", word)) and sum(c.isupper() for c in word) >= 2


def dash_pair(name: str, pair: frozenset[str]) -> bool:
    """Whether a name's dashed pair has a party on a side of its dash ("New Zealand-Fiji
    talks"; not "U.S.-North Korea dialogue" for South Korea, nor a surname's dash).

    >>> pair = frozenset({"South Korea", "Korea", "Mongolia"})
    >>> dash_pair("U.S.-North Korea dialogue", pair), dash_pair("Korea-Mongolia talks", pair)
    (False, True)
    """
    parts = re.split(r"(-|\u2013)", name, maxsplit=1)
    if len(parts) < 3:
        return any(f in name for f in pair)
    left, _, right = parts
    return any(left.endswith(f) or right.startswith(f) for f in pair)


def _is_party(name: str, pair: frozenset[str]) -> bool:
    return name in pair or short_form(name) in pair


_SPACED = re.compile(r"[^\w.'\u2019]+")


def pair_written(name: str, pair: frozenset[str]) -> bool:
    """Whether a name begins with the parties' pair ("EU-Lebanon X", "India-U.S. X"), or names
    a party after its first word's dash ("Counter-Terrorism Dialogue" does not).

    >>> pair = frozenset({"EU", "European Union", "Lebanon"})
    >>> pair_written("EU-Lebanon Counter-Terrorism Dialogue", pair)
    True
    >>> pair_written("Counter-Terrorism Dialogue", pair)
    False
    >>> pair_written("RP-RI Joint Border Committee", pair)
    True
    """
    halves = re.split(r"-|\u2013", name.split()[0], maxsplit=1)
    if len(halves) == 2 and any(_is_party(h, pair) for h in halves):
        return True
    if len(halves) == 2 and all(re.fullmatch(r"[A-Z]{1,4}", h) for h in halves):
        return True  # "RP-RI Joint Border Committee": the pair by its states' codes
    words = f" {_SPACED.sub(' ', name)} "
    return any(f" {_SPACED.sub(' ', f)} " in words for f in pair)


def subject_after(text: str, end: int) -> str | None:
    """What a name goes on with after its acronym in brackets: "the X Joint Working Group (JWG)
    on Maritime Security" -> "on Maritime Security".

    >>> t = "The India-Mongolia Joint Working Group (JWG) on defence cooperation met."
    >>> subject_after(t, t.index(" (JWG)"))
    'on defence cooperation'
    """
    m = _ACRONYM_ON.match(text, end)
    return m.group("on") if m else None


def round_after(text: str, end: int) -> str | None:
    """A round the sentence gives after the name: "X Committee concluded its 14th meeting".

    >>> t = "The Joint Committee concluded its 14th meeting in Amman on Thursday."
    >>> round_after(t, t.index(" concluded"))
    '14th'
    """
    m = _ITS_ROUND.match(text[end:])
    return m.group("round") if m else None


#: the body a group belongs to: "the X Working Group of the Nigeria-US Bi-National Commission"
_PARENT = re.compile(
    r"\s+of\s+the\s+(?P<parent>[A-Z][\w.]*(?:-|\u2013)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4}?\s+"
    r"(?:Commission|Council|Dialogue|Partnership|Forum|Mechanism|Committee))\b"
)


def parent_body(text: str, end: int, pair: frozenset[str]) -> str | None:
    """The pair's body a group is part of, named after it ("... Working Group of the
    Nigeria-US Bi-National Commission" -> "of the Nigeria-US Bi-National Commission").

    >>> t = "the Regional Security Working Group of the Nigeria-US Bi-National Commission met"
    >>> parent_body(t, t.index(" of the"), frozenset({"Nigeria", "US"}))
    'of the Nigeria-US Bi-National Commission'
    """
    m = _PARENT.match(text, end)
    if m is None or not dash_pair(m.group("parent"), pair):
        return None
    return f"of the {m.group('parent')}"


#: a meeting still to come, named before its name: "The next High-Level Cooperation Council";
#: or one the talks came after: "follow a meeting of the joint X security committee held in"
_NEXT = re.compile(
    r"\b[Nn]ext\s+(?:\w+\s+)?$"
    # (not "remarks following the meeting of the X": the very meeting)
    r"|\b(?:follows?|followed|following)\s+an?\s+(?:meeting|session|round)\s+of\s+"
    r"(?:the\s+)?(?:[a-z]+\s+)?$"
)


def next_body(text: str, start: int) -> bool:
    """Whether the name at ``start`` is told as the next meeting ("The next X Council, to be
    chaired by ...") or as one the talks followed: another meeting, perhaps of another body.

    >>> t = "The next High-Level Cooperation Council is expected in Athens."
    >>> next_body(t, t.index("High"))
    True
    """
    return _NEXT.search(text, 0, start) is not None
