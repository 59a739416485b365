"""Mentions of a country that do not make it a country the talks discussed.

A country the text names is "discussed" unless it is a party; three kinds of mention name no
country talked about:

- a language: "(English translation of the original Spanish)", "known by its Spanish acronym
  COMBIFRON", "released in Spanish and Portuguese";
- the European Union as the funder, programme or agency of something: "under a programme
  funded by the European Union", "Frontex, the European Union border agency", "Europol supports
  EU Member States", "an EU ministers' meeting" (the EU's border, its pact or its missions
  talked about are still discussed: the keys count them);
- someone's trip still to come, told beside the talks: "X will travel to Panama and Costa Rica
  next week", "Y is due to travel on Wednesday to Tirana for talks with the Albanian interior
  minister", "Foreign Minister Z will visit India next month".

A dependent territory talked about is its sovereign's matter: "developments in New Caledonia"
discusses France (:func:`sovereign`).

(A sea named after a country, "the Mozambique Channel", "the Taiwan Strait", is left discussed:
the keys count it.)
"""

from __future__ import annotations

import re

from ._countries import _IN_TITLE, Mention
from ._notpart import said_absent

__all__ = ["not_discussed", "sovereign"]

#: a language's noun after the adjective ("its Spanish acronym", "the Spanish portions")
_LANGUAGE_NOUN = re.compile(
    r"\s*(?:acronym|abbreviation|initials|portions?|version|translation|original|text|"
    r"transcript|-language|language|-speaking|speakers?)\b"
)
#: the adjective standing as a language's name: "in Spanish", "the original Spanish)"
_AS_LANGUAGE_BEFORE = re.compile(
    r"\b(?:in|into|from|original)\s+(?:[A-Z]\w+\s+and\s+)?$|\b(?:in|into|from)\s+[A-Z]\w+,\s+$"
)
_AS_LANGUAGE_AFTER = re.compile(r"(?:\s+(?:and|or)\s+[A-Z]\w+)*\s*(?:[.,;:)\"\u201d]|$)")
#: the EU as funder, programme, agency or club
_EU = frozenset(["European Union", "EU", "E.U.", "European Union's", "EU's", "EUROPEAN Union"])
_EU_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s*(?:-funded|funding|funds|programme|program|border agency|agency|"
    r"Member States|member states|ministers|"
    r"naval operation|channels|Frontex|decision)\b"
)
_EU_BEFORE = re.compile(
    r"\b(?:funded|financed|co-financed|supported)\s+(?:in\s+part\s+|partly\s+|jointly\s+)?by\s+"
    r"(?:the\s+)?$"
    r"|\b(?:programme|program|support|funding|financing)\s+of\s+(?:the\s+)?$"
    r"|\b(?:Frontex|Europol|EUROPOL),\s+(?:the\s+)?$"
    # "as part of the support provided through the European Union"
    r"|\b(?:provided|channell?ed|delivered|granted)\s+(?:through|via|by)\s+(?:the\s+)?$"
)
_FUNDER_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:financed|funded|finance|finances|has financed|pledged)\b", re.I
)
#: a region's word before a country's adjective: "Pan-American", "Latin American"
_REGION_WORD = re.compile(r"\b(?:Pan|Latin|Ibero|Meso|Afro)[- ]$")
#: an agreement or a process named after a place: "the Samoa Agreement", "the Rabat Process"
_NAMED_FOR = re.compile(
    r"\s+(?:Agreement|Accords?|Declaration|Convention|Protocol|Process|Treaty|Plan)\b"
)
#: a name's word just before a capital: "Gustavo Vera Colombo", "Vera Colombo also took part"
_SURNAME_BEFORE = re.compile(
    r"(?:^|\s)(?!(?:In|At|To|From|Via|Near|The|And|Of|For|With|On|By|Greater|Metro|Central|"
    r"Downtown|Old|New|North|South|East|West)\s$)[A-Z][a-z]+\s$"
)
#: a trip still to come: "will travel to", "is due to travel on Wednesday to", "will visit"
_TRIP = re.compile(
    r"\b(?:will|is due to|are due to|is expected to|is scheduled to|plans to)\s+"
    r"(?:also\s+)?(?:travel|visit|fly|go)\b[^.;]{0,60}$"
)


def not_discussed(text: str, m: Mention) -> bool:
    """Whether mention ``m`` of sentence ``text`` names no country talked about (see the
    module's docstring).

    >>> from secgraph.extract._countries import Mention
    >>> t = "(English translation of the original Spanish)"
    >>> i = t.index("Spanish")
    >>> not_discussed(t, Mention("ESP", i, i + 7, "Spanish", "adjective", 0))
    True
    >>> t = "They discussed the Spanish navy's patrols."
    >>> i = t.index("Spanish")
    >>> not_discussed(t, Mention("ESP", i, i + 7, "Spanish", "adjective", 0))
    False
    """
    before, after = text[: m.start], text[m.end :]
    if m.kind == "adjective" and m.surface[:1].isupper() and m.surface not in _EU:
        if _LANGUAGE_NOUN.match(after):
            return True
        if _AS_LANGUAGE_BEFORE.search(before) and _AS_LANGUAGE_AFTER.match(after):
            return True
    if m.kind != "adjective" and _NAMED_FOR.match(after):
        return True  # "the Samoa Agreement": a text named after where it was signed
    if m.kind == "name" and re.match(r"-[A-Z][a-z]+\b", after) and _SURNAME_BEFORE.search(before):
        return True  # "Alejandra Montenegro-Paz": a double surname
    if m.kind == "capital" and _SURNAME_BEFORE.search(before):
        return True  # "Secretary Gustavo Vera Colombo": a surname
    if said_absent(text, m.start):
        return True  # "Japan and Australia were not part of the board meeting."
    if m.iso3 == "ATA":
        return True  # "joint naval patrols in Antarctica": no state
    if m.kind == "adjective" and _REGION_WORD.search(before):
        return True  # "the Pan-American highway", "Latin American cartels": no one country
    if m.surface in _EU:
        if _EU_AFTER.match(after) or _EU_BEFORE.search(before):
            return True
        # "The European Union has financed part of ...", "... Spain and the European Union,
        # which finance a large part of the equipment"
        if _FUNDER_AFTER.match(after):
            return True
    # a post's remit: "Deputy Assistant Secretary of State for Australia, New Zealand and ..."
    return (
        bool(_TRIP.search(before))
        or _IN_TITLE.search(text, max(0, m.start - 120), m.start) is not None
    )


#: dependent territories (ISO alpha-3) and the state they belong to
_SOVEREIGN = {
    **dict.fromkeys(
        ["NCL", "PYF", "WLF", "SPM", "BLM", "MAF", "REU", "MYT", "GUF", "GLP", "MTQ", "ATF"], "FRA"
    ),
    **dict.fromkeys(["GRL", "FRO"], "DNK"),
    **dict.fromkeys(
        ["GIB", "FLK", "BMU", "CYM", "VGB", "TCA", "MSR", "AIA", "SHN", "PCN", "IOT", "SGS"],
        "GBR",
    ),
    **dict.fromkeys(["PRI", "GUM", "VIR", "ASM", "MNP", "UMI"], "USA"),
    **dict.fromkeys(["ABW", "CUW", "SXM", "BES"], "NLD"),
    **dict.fromkeys(["COK", "NIU", "TKL"], "NZL"),
    **dict.fromkeys(["NFK", "CXR", "CCK", "HMD"], "AUS"),
    **dict.fromkeys(["SJM", "BVT"], "NOR"),
}


def sovereign(iso3: str) -> str:
    """The state a dependent territory belongs to, or the country itself.

    >>> sovereign("NCL"), sovereign("KEN")
    ('FRA', 'KEN')
    """
    return _SOVEREIGN.get(iso3, iso3)
