"""Heads whose side follows each one: "The session was co-chaired by the Permanent Secretary
of the Ministry of Interior, Dr A, for Nigeria, and by the Secretary General of the Ministry
of Territorial Administration, Mr B, for Cameroon" (also "led by A, for X, and B, for Y").

A ", for COUNTRY" after a person in a "chaired/led/headed by" list gives that person's side,
whatever a rule read before (the list names two sides, so the order of the sides is no clue).
Read only when every such mark names a different party, and each mark closes a person.
A side named with "by" and no verb of its own after a head's clause names its head too: "The
Ghanaian delegation was led by the Inspector-General of Police, A, and the Nigerian side by
his counterpart, IGP B" (B leads Nigeria's side; "his counterpart" is no title).
The same mark before a person in a list ("Also present were A, TITLE, and for Cameroon the
Governor of the South-West Region, B") is that person's side, not a part of their title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._forby import side_first_heads
from ._lexicon import Lexicon
from ._names import Person, parse_person
from ._people import name_key
from ._text import Sentence

__all__ = ["for_sides"]

#: the verb that opens the heads' list
_LED = re.compile(r"\b(?:co-?)?(?:chaired|led|headed|presided\s+over)\s+by\s+", re.I)
#: ", for Nigeria" closing a person, then the next one's "and (by)" or the sentence's end
_FOR = re.compile(
    r",\s+for\s+(?:the\s+)?(?P<side>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})"
    r"(?P<end>\s*(?:,\s*)?(?:and\s+(?:by\s+)?|;\s*|[.,]|$))"
)

#: "for Cameroon the Governor of ...": a side read into the front of a title
_FOR_TITLE = re.compile(
    r"^(?:and\s+)?for\s+(?:the\s+)?(?P<side>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}),?"
    r"\s+(?:the\s+)?(?=[A-Z])"
)


def _side_first(p: Person, parties: list[str], lexicon: Lexicon) -> Person:
    """``p`` without a side mark read as their title's first words, on that side.

    >>> import types
    >>> lex = types.SimpleNamespace(country_forms={"Cameroon": ("CMR", "name")})
    >>> p = Person("B", "for Cameroon the Governor of the Region", country="NGA")
    >>> q = _side_first(p, ["NGA", "CMR"], lex)
    >>> q.title, q.country
    ('Governor of the Region', 'CMR')
    """
    m = _FOR_TITLE.match(p.title or "")
    form = lexicon.country_forms.get(m.group("side")) if m else None
    if m is None or form is None or form[0] not in parties:
        return p
    return replace(p, title=p.title[m.end() :], country=form[0], review=None)  # type: ignore[index]


#: the clause of the first head: "The Ghanaian delegation was led by"
_FIRST_LED = re.compile(r"\b(?:was|were)\s+(?:co-?)?(?:led|headed|chaired)\s+by\s")
#: ", and the Nigerian side by his counterpart, ": the second side's head without a verb
_AND_SIDE = re.compile(
    r",?\s+and\s+the\s+(?P<adj>[A-Z][\w.-]*)\s+(?:side|delegation|team)\s+by\s+"
    r"(?:(?:his|her|their)\s+counterparts?,?\s+)?"
)
#: the end of that head's words
_HEAD_END = re.compile(r";|\.(?:\s|$)|,\s+(?:while|whereas|and|who|which|were|was)\b")


def _second_heads(s: Sentence, parties: list[str], lexicon: Lexicon) -> list[Person]:
    first = _FIRST_LED.search(s.text)
    if first is None:
        return []
    out = []
    for m in _AND_SIDE.finditer(s.text, first.end()):
        form = lexicon.country_forms.get(m.group("adj"))
        if form is None or form[0] not in parties:
            continue
        words = _HEAD_END.split(s.text[m.end() :], maxsplit=1)[0]
        person = parse_person(words.strip(), lexicon)
        if person is not None and (person.title or person.honorific):
            out.append(replace(person, country=form[0], leader=True, sentence=s.index))
    return out


def _heads(s: Sentence, parties: list[str], lexicon: Lexicon) -> list[Person]:
    led = _LED.search(s.text)
    if led is None or ", for " not in s.text[led.end() :]:
        return []
    out: list[Person] = []
    at = led.end()
    for m in _FOR.finditer(s.text, led.end()):
        form = lexicon.country_forms.get(m.group("side"))
        if form is None or form[0] not in parties:
            break
        person = parse_person(s.text[at : m.start()].strip(), lexicon)
        if person is None or not person.title:
            return []
        out.append(replace(person, country=form[0], leader=True, sentence=s.index))
        if not m.group("end").lstrip(" ,").startswith(("and", ";")):
            break
        at = m.end()
    sides = [p.country for p in out]
    return out if len(out) >= 2 and len(set(sides)) == len(sides) else []


def for_sides(
    sentences: list[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` with the heads such a list names on the sides it gives them (added when no
    rule read them, their title filled when a rule read none).

    >>> m = _FOR.search("by A, for Nigeria, and by B, for Cameroon.")
    >>> m.group("side"), m.group("end")
    ('Nigeria', ', and by ')
    """
    if len(parties) != 2:
        return people
    out = [_side_first(p, parties, lexicon) for p in people]
    for s in sentences:
        heads = _heads(s, parties, lexicon) if ", for " in s.text else []
        heads += _second_heads(s, parties, lexicon) if " by " in s.text else []
        heads += side_first_heads(s, parties, lexicon) if ", by " in s.text else []
        for head in heads:
            same = [i for i, p in enumerate(out) if name_key(p.name) == name_key(head.name)]
            for i in same:
                p = out[i]
                out[i] = replace(
                    p,
                    country=head.country,
                    leader=True,
                    title=p.title or head.title,
                    organisation=p.organisation or head.organisation,
                    honorific=p.honorific or head.honorific,
                    review=None,
                )
            if not same:
                out.append(head)
    return out
