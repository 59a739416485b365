"""Two shapes that settle whether and for whom a person named took part:

- "A, B and C were present at the meeting on the Bangladesh side": the side closing the
  sentence is theirs (over a side a rule only inferred);
- "Also present for Italy were A, B and C", "Attending for the Kenyan side were ...": the
  people listed are members of that side;
- "The session was attended by A, TITLE, B, TITLE, and, on the French side, by C, TITLE,
  and D, TITLE": the side named inside the list is of those after it, and those before it
  are of the other party;
- "The Omani side was co-chaired by A, TITLE, with B, TITLE, and C, TITLE": a side named as
  the subject holds everyone the clause names (a "with" there is no other co-chair);
- "the interim government led by Chief Adviser A", "the coalition headed by B": a government
  or party someone leads is no delegation, and A is only mentioned.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._lists import chunks
from ._names import Person, name_key, parse_person
from ._text import Sentence

__all__ = ["governments_led", "present_for", "present_on_side", "side_led_by", "side_mid_list"]

#: "Also present for Italy were", "Present on the Kenyan side were", "Attending for X were"
_PRESENT_FOR = re.compile(
    r"^(?:Also\s+)?(?:[Pp]resent|[Aa]ttending|[Tt]aking part)\s+(?:for|on\s+behalf\s+of|"
    r"on\s+the\s+(?=[A-Z][\w-]*\s+side\b))\s*(?:the\s+)?(?P<land>[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)?)"
    r"(?:\s+side)?\s+(?:were|was)\s+(?P<who>.+?)\.?$"
)

_PRESENT = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?(?:present|in attendance)\b[^.;]*?"
    r"\bon\s+(?:the\s+)?(?P<adj>[A-Z][\w-]*)\s+side\W*$"
)
#: "..., and, on the French side, by C": a side named inside a list
_MID_LIST = re.compile(
    r",?\s+(?:and|while|whereas),?\s+on\s+(?:the\s+)?(?P<adj>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
    r"\s+side,?\s+(?:by\s+)?"
)
#: "The Omani side was co-chaired by A, with B and C" (up to "while ..." or a ';')
_SIDE_LED_BY = re.compile(
    r"^(?:\d{1,2}\.\s+)?(?:The\s+)?(?P<adj>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+"
    r"(?:side|delegation|team)\s+"
    r"(?:was|were)\s+(?:co-)?(?:chaired|led|headed)\s+by\b(?P<who>[^;]*?)"
    r"(?:,?\s+(?:while|whereas)\b|;|$)"
)
_WITH = re.compile(r",\s+(?:together\s+)?with\s+")
#: the clause names another side or its co-chair: not one side's people
_OTHER_SIDE = re.compile(r"\b(?:side|delegation|counterpart|respectively|co-?chair|team)\b")
#: a side a rule only guessed
_GUESSED = ("side inferred", "side not")
_GOVERNMENT_LED = re.compile(
    r"\b(?:government|administration|coalition|cabinet|regime|party|junta)\s+"
    r"(?:led|headed)\s+by\s+(?P<who>[^,;.]{3,90})"
)


def present_on_side(
    sentences: list[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` named in a sentence "... were present at the meeting on the X side" on X's
    side, unless the text gave them another side by name."""
    out = list(people)
    for s in sentences:
        if "present" not in s.words and "attendance" not in s.words:
            continue
        m = _PRESENT.search(s.text)
        form = lexicon.country_forms.get(m.group("adj")) if m is not None else None
        if m is None or form is None or form[0] not in parties:
            continue
        before = s.text[: m.start()]
        out = [
            replace(p, country=form[0], review=None)
            if p.name in before
            and (p.country is None or (p.review or "").startswith("side inferred"))
            else p
            for p in out
        ]
    return out


def side_mid_list(
    sentences: list[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` of a list that names a side inside it ("attended by A, T, and, on the
    French side, by B, T"): those after the mark on that side, those before it on the other
    party's (of two).

    >>> from types import SimpleNamespace as N
    >>> lex = N(country_forms={"Italian": ("ITA", "")})
    >>> s = [N(index=0, words={"side"}, text="It was attended by A Bo, T, and, on the Italian "
    ...        "side, by C Di, T.")]
    >>> people = [Person("A Bo", country="ITA", sentence=0), Person("C Di", sentence=0)]
    >>> [(p.name, p.country) for p in side_mid_list(s, people, ["ESP", "ITA"], lex)]
    [('A Bo', 'ESP'), ('C Di', 'ITA')]
    """
    if len(parties) != 2:
        return people
    out = list(people)
    for s in sentences:
        if "side" not in s.words:
            continue
        m = _MID_LIST.search(s.text)
        form = lexicon.country_forms.get(m.group("adj")) if m is not None else None
        if m is None or form is None or form[0] not in parties:
            continue
        other = parties[1] if form[0] == parties[0] else parties[0]
        before, after = s.text[: m.start()], s.text[m.end() :]
        out = [
            replace(p, country=other, review=None)
            if p.sentence == s.index and p.name in before and p.name not in after
            else replace(p, country=form[0], review=None)
            if p.sentence == s.index and p.name in after and p.name not in before
            else p
            for p in out
        ]
    return out


def side_led_by(
    sentences: list[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` named in "The X side was co-chaired by A, with B and C" on X's side.

    >>> from types import SimpleNamespace as N
    >>> lex = N(country_forms={"Omani": ("OMN", "")})
    >>> s = [N(index=0, words={"by"}, text="The Omani side was co-chaired by A Bo, T, with "
    ...        "C Di, T.")]
    >>> people = [Person("A Bo", country="OMN", sentence=0), Person("C Di", country="GBR",
    ...           sentence=0)]
    >>> [(p.name, p.country) for p in side_led_by(s, people, ["GBR", "OMN"], lex)]
    [('A Bo', 'OMN'), ('C Di', 'OMN')]
    """
    out = list(people)
    for s in sentences:
        if "by" not in s.words:
            continue
        m = _SIDE_LED_BY.match(s.text)
        form = lexicon.country_forms.get(m.group("adj")) if m is not None else None
        if m is None or form is None or form[0] not in parties:
            continue
        who = m.group("who")
        named = sorted(
            (who.index(p.name), p.name) for p in out if p.sentence == s.index and p.name in who
        )
        if _OTHER_SIDE.search(who) or not named:
            continue
        # (the head, first after "by", is X's whatever his title names: "Undersecretary for
        # North America A"; with "with", so is everyone the clause names)
        ours = {n for _, n in named} if _WITH.search(who) else {named[0][1]}
        out = [
            replace(p, country=form[0], review=None)
            if p.sentence == s.index and p.name in ours and p.country != form[0]
            else p
            for p in out
        ]
    return out


def governments_led(sentences: list[Sentence], people: list[Person]) -> list[Person]:
    """``people`` without those named only as the head of a government or party ("the
    interim government led by Chief Adviser A") in the one sentence that names them."""
    named_as_head: set[str] = set()
    for s in sentences:
        if "led" not in s.words and "headed" not in s.words:
            continue
        for m in _GOVERNMENT_LED.finditer(s.text):
            named_as_head |= {p.name for p in people if p.name in m.group("who")}
    elsewhere = {
        p.name
        for p in people
        for s in sentences
        if p.name in s.text
        and not any(p.name in m.group("who") for m in _GOVERNMENT_LED.finditer(s.text))
    }
    return [p for p in people if p.name not in named_as_head or p.name in elsewhere]


def present_for(
    sentences: list[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` with those a sentence "Also present for X were A, B and C" lists as X's
    members (a side a rule only inferred gives way)."""
    out = list(people)
    for s in sentences:
        m = _PRESENT_FOR.match(s.text) if s.text[:1] in "APT" else None
        if m is None:
            continue
        land = lexicon.country_pattern.search(m.group("land"))
        iso3 = lexicon.country_forms[land.group()][0] if land else None
        if iso3 not in parties:
            continue
        listed = [p for c in chunks(m.group("who"), lexicon) if (p := parse_person(c, lexicon))]
        if not listed or not all(p.title for p in listed):
            continue
        keys = {name_key(p.name) for p in listed}
        known = {name_key(p.name): p for p in out if name_key(p.name) in keys}
        out = [
            replace(p, country=iso3, review=None)
            if name_key(p.name) in keys
            and (p.review or "").startswith(("side inferred", "side not"))
            else p
            for p in out
        ]
        out += [
            replace(p, country=iso3, sentence=s.index)
            for p in listed
            if name_key(p.name) not in known
        ]
    return out
