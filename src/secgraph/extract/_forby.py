"""Heads whose side comes before them: "The work was co-chaired, for Cameroon, by the Minister
Delegate in charge of Defence, A, and for France, by the Director of Security and Defence
Cooperation, Vice-Admiral B". Each "for COUNTRY, by" opens one side's head; the head's words
run to the next side's mark or the sentence's end.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._names import Person, parse_person
from ._text import Sentence

__all__ = ["side_first_heads"]

#: "co-chaired, for Cameroon, by (the) " and each ", and for France, by (the) " after it
_FIRST = re.compile(
    r"\b(?:co-?)?(?:chaired|led|headed)\s*,?\s+for\s+(?:the\s+)?"
    r"(?P<side>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}),\s+by\s+(?:the\s+)?"
)
_NEXT = re.compile(
    r",?\s+and\s+for\s+(?:the\s+)?(?P<side>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}),?"
    r"\s+by\s+(?:the\s+)?"
)
#: the end of the last head's words
_END = re.compile(r";|\.(?:\s|$)|,\s+(?:while|whereas|who|which)\b")


def side_first_heads(s: Sentence, parties: list[str], lexicon: Lexicon) -> list[Person]:
    """One head per "for COUNTRY, by TITLE, NAME" of a "co-chaired" sentence, on that side
    (none unless every mark names a different party).

    >>> from secgraph.extract import read_lexicon
    >>> lex = read_lexicon("data/reference", "ontology")
    >>> from types import SimpleNamespace as N
    >>> t = ("The work was co-chaired, for Cameroon, by the Minister of Defence, Paul Mballa, "
    ...      "and for France, by the Director of Cooperation, Vice-Admiral Jean Morel.")
    >>> [(p.name, p.country) for p in side_first_heads(N(index=1, text=t), ["CMR", "FRA"], lex)]
    [('Paul Mballa', 'CMR'), ('Jean Morel', 'FRA')]
    """
    first = _FIRST.search(s.text)
    if first is None:
        return []
    marks = [first, *_NEXT.finditer(s.text, first.end())]
    out = []
    for k, m in enumerate(marks):
        form = lexicon.country_forms.get(m.group("side"))
        if form is None or form[0] not in parties:
            return []
        stop = marks[k + 1].start() if k + 1 < len(marks) else len(s.text)
        words = _END.split(s.text[m.end() : stop], maxsplit=1)[0].strip(" ,")
        person = parse_person(words, lexicon)
        if person is None or not person.title:
            return []
        out.append(replace(person, country=form[0], leader=True, sentence=s.index))
    sides = [p.country for p in out]
    return out if len(out) >= 2 and len(set(sides)) == len(sides) else []
