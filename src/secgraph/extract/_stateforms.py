"""A country named in its long, official form after "delegation of": "a delegation of the
Republic of Côte d'Ivoire led by ...", "the delegation of the Kingdom of Morocco, headed by
...". The short forms of the lexicon miss the long one whole; its last words are the country
when the words before them are a state's style ("Republic", "Kingdom", "Federal") alone.
"""

from __future__ import annotations

import re

from ._lexicon import Lexicon

__all__ = ["official_form"]

#: the words of a state's style before its name: "the Federal Democratic Republic of"
_STYLE = re.compile(
    r"^(?:(?:the\s+)?(?:(?:Federal|Democratic|People's|Islamic|Arab|Socialist|United|"
    r"Plurinational|Bolivarian|Hashemite|Independent|Co-operative|Cooperative|Sultanate|"
    r"Principality|Grand\s+Duchy|Kingdom|Republic|State|Commonwealth|Union)\s+)+of\s+(?:the\s+)?)?$"
)


def official_form(words: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """The lexicon's form (ISO3, kind) of the country ``words`` name in their long form, or
    None when they are not a state's style and a country's name.

    >>> import types, re
    >>> lex = types.SimpleNamespace(country_pattern=re.compile("Côte d'Ivoire|Morocco"),
    ...     country_forms={"Côte d'Ivoire": ("CIV", "name"), "Morocco": ("MAR", "name")})
    >>> official_form("Republic of Côte d'Ivoire", lex), official_form("Kingdom of Morocco", lex)
    (('CIV', 'name'), ('MAR', 'name'))
    >>> official_form("Ministry of Morocco", lex) is None
    True
    """
    m = lexicon.country_pattern.search(words)
    if m is None or m.end() != len(words.rstrip()) or not _STYLE.match(words[: m.start()]):
        return None
    form = lexicon.country_forms.get(m.group())
    return form if form is not None and form[1] != "capital" else None
