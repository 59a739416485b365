"""Two principals named together after their shared post, one per country in the order the
countries were given: "The ministers of the interior of Serbia and Hungary, A B and C D,
agreed ...", "Serbian and Hungarian interior ministers A B and C D signed ...".

The list rules read one title before one name; a plural post before two countries and two
names gives each name the post (singular) and the country in the same place of its list.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._names import NAME, Person, name_key
from ._text import Sentence

__all__ = ["respective_pairs"]

_PLURAL = (
    r"(?:ministers|secretaries|chiefs|heads|commanders|directors(?:[- ]general)?|"
    r"inspectors[- ]general|commissioners|ambassadors|advis[eo]rs|envoys|co-?chairs)"
)
_SINGULAR = {
    "ministers": "minister",
    "secretaries": "secretary",
    "chiefs": "chief",
    "heads": "head",
    "commanders": "commander",
    "commissioners": "commissioner",
    "ambassadors": "ambassador",
    "envoys": "envoy",
}
_WORD = r"[A-Za-z][\w-]*"
_LAND = r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"
_REMIT = rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_WORD}(?:\s+(?:and\s+)?{_WORD}){{0,2}}?)?"
#: "the ministers of the interior of Serbia and Hungary, A B and C D"
_OF_LANDS = re.compile(
    rf"\b(?:[Tt]he\s+)?(?P<title>(?:{_WORD}\s+){{0,2}}?(?i:{_PLURAL}){_REMIT})\s+of\s+"
    rf"(?P<c1>{_LAND})\s+and\s+(?:of\s+)?(?P<c2>{_LAND}),\s+(?P<n1>{NAME})\s+and\s+(?P<n2>{NAME})"
)
#: "Serbian and Hungarian interior ministers A B and C D"
_LANDS_BEFORE = re.compile(
    rf"\b(?P<c1>{_LAND})\s+and\s+(?P<c2>{_LAND})\s+(?P<title>(?:{_WORD}\s+){{0,2}}?"
    rf"(?i:{_PLURAL}){_REMIT}),?\s+(?P<n1>{NAME})\s+and\s+(?P<n2>{NAME})"
)
_WORDS = re.compile(
    r"\b(?:ministers|secretaries|chiefs|heads|commanders|directors|inspectors|"
    r"commissioners|ambassadors|advisers|advisors|envoys|chairs)\b",
    re.I,
)


#: "It was chaired by the two ministers": the pair led the meeting
_LED_BY_BOTH = re.compile(
    r"\b(?:co-?chaired|chaired|led|headed|presided\s+over)\s+by\s+(?:the\s+)?(?:two|both)\s+"
    rf"(?:{_WORD}\s+)?(?i:{_PLURAL})\b"
)


def _singular(title: str) -> str:
    return re.sub(
        r"\b(?i:ministers|secretaries|chiefs|heads|commanders|commissioners|ambassadors|envoys|"
        r"directors|advis[eo]rs|inspectors|co-?chairs)\b",
        lambda m: _SINGULAR.get(m.group().lower(), m.group()[:-1]),
        title,
    )


def respective_pairs(
    sentences: list[Sentence], parties: list[str], lexicon: Lexicon, people: list[Person]
) -> list[Person]:
    """``people`` with each pair of principals named after a shared plural post placed on the
    two parties in the order the text gives them (a person already placed keeps the side).

    >>> from types import SimpleNamespace as N
    >>> lex = N(country_forms={"Serbia": ("SRB", "name"), "Hungary": ("HUN", "name")})
    >>> s = [N(index=0, text="The ministers of the interior of Serbia and Hungary, Ana Ilic "
    ...     "and Peter Toth, agreed on Monday to extend the patrols.")]
    >>> [(p.name, p.country) for p in respective_pairs(s, ["SRB", "HUN"], lex, [])]
    [('Ana Ilic', 'SRB'), ('Peter Toth', 'HUN')]
    >>> respective_pairs(s, ["SRB", "HUN"], lex, [])[0].title
    'minister of the interior'
    """
    out = list(people)
    pairs: list[Person] = []
    for s in sentences:
        if _WORDS.search(s.text) is None or " and " not in s.text:
            continue
        for pattern in (_OF_LANDS, _LANDS_BEFORE):
            for m in pattern.finditer(s.text):
                lands = [lexicon.country_forms.get(m.group(c)) for c in ("c1", "c2")]
                codes = [f[0] for f in lands if f is not None]
                if len(codes) != 2 or codes[0] == codes[1] or not set(codes) <= set(parties):
                    continue
                title = _singular(m.group("title"))
                for name, code in ((m.group("n1"), codes[0]), (m.group("n2"), codes[1])):
                    pairs.append(Person(name, title, country=code, sentence=s.index))
                    out = _placed(out, pairs[-1])
    if len(pairs) == 2 and any(_LED_BY_BOTH.search(s.text) for s in sentences):
        # "It was chaired by the two ministers": they, not a delegate, lead their sides
        keys = {name_key(p.name) for p in pairs}
        sides = {p.country for p in pairs}
        out = [
            replace(p, leader=name_key(p.name) in keys) if p.country in sides else p for p in out
        ]
    return out


def _placed(people: list[Person], new: Person) -> list[Person]:
    """``people`` with ``new`` added, or its side and title given to the same person read
    without them."""
    key = name_key(new.name)
    for i, p in enumerate(people):
        if name_key(p.name) == key:
            if p.country is None:
                people[i] = replace(p, country=new.country, title=p.title or new.title)
            return people
    return [*people, new]
