"""A country whose name holds "and" ("Bosnia and Herzegovina", "Trinidad and Tobago"): a list
cut at its "and" leaves "Herzegovina's Security Minister" as a title and puts its holder on the
side of the person before. The title is the words after the whole name's possessive, and the
side is that country's."""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._names import Person
from ._text import Sentence

__all__ = ["and_countries"]

_POSSESSIVE = re.compile(r"^(?P<tail>[A-Z][\w-]*)(?:'s|\u2019s)\s+(?P<title>\S.*)$")


def and_countries(
    sentences: list[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` with each title that opens with the possessive of the last word of a
    country's name holding "and" given that country's side and the title after it.

    >>> from types import SimpleNamespace as N
    >>> lex = N(country_forms={"Trinidad and Tobago": ("TTO", "name")})
    >>> s = [N(index=0, text="A B and Trinidad and Tobago's Police Commissioner C D met.")]
    >>> p = Person("C D", "Tobago's Police Commissioner", country="BRB", sentence=0)
    >>> [(q.title, q.country) for q in and_countries(s, [p], ["BRB", "TTO"], lex)]
    [('Police Commissioner', 'TTO')]
    """
    by_index = {s.index: s.text for s in sentences}
    out = []
    for p in people:
        m = _POSSESSIVE.match(p.title or "")
        text = by_index.get(p.sentence, "")
        if m is not None:
            for form, (iso3, _) in lexicon.country_forms.items():
                if (
                    iso3 in parties
                    and " and " in form
                    and form.endswith(" " + m.group("tail"))
                    and re.search(rf"{re.escape(form)}(?:'s|\u2019s)\s", text)
                ):
                    p = replace(p, title=m.group("title"), country=iso3, review=None)
                    break
        out.append(p)
    return out
