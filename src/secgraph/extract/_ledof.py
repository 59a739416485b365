"""A side's head after "a delegation of the ORG of COUNTRY led by TITLE NAME": "hosted a
delegation of the Ministry of Defence of Ukraine led by Deputy Minister Serhiy Boyev". The
delegation is named by the office it comes from, its country last, and the head's title runs
into the name with no comma between (the comma shape is read with the other "led by" phrases).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._names import Person
from ._shapes import read_person
from ._text import Sentence

__all__ = ["office_led"]

#: "delegation of the Ministry of Defence of Ukraine led by (the) "
_OFFICE_LED = re.compile(
    r"\bdelegation\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'\u2019-]*"
    r"(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w'\u2019-]*){0,6}?"
    r"\s+of\s+(?:the\s+)?(?P<land>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)"
    r"\s+(?:was\s+)?(?:led|headed)\s+by\s+(?:the\s+)?"
)
#: where the head's words end: a stop, or a clause of its own
_END = re.compile(r"[.;,(]|\s+(?:who|which|while|whereas|and)\s")


def office_led(s: Sentence, lexicon: Lexicon, read: set[str | None]) -> list[Person]:
    """The head each "delegation of the ORG of COUNTRY led by TITLE NAME" names, on that
    country's side (for a side no other phrase of the sentence read).

    >>> import re
    >>> from types import SimpleNamespace as N
    >>> lex = N(country_forms={"Ukraine": ("UKR", "name")}, country_pattern=re.compile("Ukraine"))
    >>> t = ("X hosted a delegation of the Ministry of Defence of Ukraine led by Deputy Minister"
    ...      " Serhiy Boyev for talks.")
    >>> [(p.name, p.title, p.country) for p in office_led(N(index=1, text=t), lex, set())]
    [('Serhiy Boyev', 'Deputy Minister', 'UKR')]
    """
    out = []
    for m in _OFFICE_LED.finditer(s.text) if "delegation" in s.text else ():
        form = lexicon.country_forms.get(m.group("land"))
        if form is None or form[1] == "capital" or form[0] in read:
            continue
        words = _END.split(s.text[m.end() :], maxsplit=1)[0]
        person = read_person(words, lexicon)
        if person is not None and person.title and len(person.name.split()) >= 2:
            out.append(replace(person, country=form[0], leader=True, sentence=s.index))
    return out
