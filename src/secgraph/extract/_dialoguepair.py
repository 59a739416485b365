"""A dialogue's name written with the pair of states that holds it, and the rest of its name.

A release often names the talks by their kind alone and the pair elsewhere in the sentence:
"The European Union and Georgia held the fifth round of their Strategic Dialogue on Security
and Defence", "the sixth round of the Defence Cooperation Dialogue between the Maldives and
India", or in another sentence ("Background: The EU-Lebanon Counter-Terrorism Dialogue was
launched ..."). The dialogue is the pair's: "EU-Georgia Strategic Dialogue on Security and
Defence", "Maldives-India Defence Cooperation Dialogue" (the pair in the order the text
writes it, as "the Home Secretary level talks between India and Sri Lanka" are
"India-Sri Lanka Home Secretary level talks"). A name's acronym in brackets does not end the
name: "the India-Mongolia Joint Working Group (JWG) on defence cooperation". A round may follow
the name: "the X Committee concluded its 14th meeting", "met ... for its fourth session".
"""

from __future__ import annotations

import re

__all__ = [
    "dash_pair",
    "next_body",
    "pair_prefix",
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
_STATE = r"(?:[Tt]he\s+)?(?:(?:Republic|Kingdom|State|Sultanate|Federation)\s+of\s+(?:the\s+)?)?"
_PAIR_WORDS = (
    rf"{_STATE}(?P<a>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})\s+and\s+"
    rf"{_STATE}(?P<b>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})"
)
#: "the X Dialogue between the Maldives and India" (not "between the Maldivian and Indian
#: navies": adjectives, a lower-case noun after them)
_BETWEEN = re.compile(
    rf"\s+between\s+{_PAIR_WORDS}\b(?!\s+(?!(?:was|were|is|are|has|have|had|held|in|on|at|"
    r"took|which|that|to|for|from|concluded|met|took)\b)[a-z])"
)
#: "The European Union and Georgia held the fifth round of their X"
_SUBJECT = re.compile(
    rf"{_PAIR_WORDS}\s+(?:have\s+|has\s+|on\s+\w+\s+)?(?:held|hold|opened|concluded|convened|"
    r"launched|met|agreed)\b"
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
    return any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w])", name) for f in pair)


def pair_prefix(text: str, start: int, end: int, pair: frozenset[str]) -> str | None:
    """The pair a dialogue's sentence writes for a name at ``start:end`` that has none: after
    it ("between the Maldives and India") or as the sentence's subject before it ("The European
    Union and Georgia held ... their"), both the parties, in the text's order ("Maldives-India").

    >>> pair = frozenset({"European Union", "EU", "Georgia"})
    >>> t = "The European Union and Georgia held the fifth round of their Strategic Dialogue."
    >>> i = t.index("Strategic")
    >>> pair_prefix(t, i, i + len("Strategic Dialogue"), pair)
    'EU-Georgia'
    """
    after = _BETWEEN.match(text, end)
    if after is None:
        acronym = re.match(r"\s+\([A-Z][A-Za-z]{1,7}\)", text[end:])
        after = _BETWEEN.match(text, end + acronym.end()) if acronym else None
    found = [after] if after else []
    found += [m for m in _SUBJECT.finditer(text, 0, start)][-1:]
    for m in found:
        a, b = m.group("a"), m.group("b")
        if _is_party(a, pair) and _is_party(b, pair) and short_form(a) != short_form(b):
            return f"{short_form(a)}-{short_form(b)}"
    return None


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
