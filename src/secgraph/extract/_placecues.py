"""Small cues of where a meeting was held that ``_when_where`` weighs.

- a video link one participant used ("the minister, who joined by video link for the opening")
  does not make a meeting held in a hall a video conference;
- "in Marsabit County", "in Kandahar Province": a region, not the meeting's city (a town of
  that name may be its seat, but the text does not say the talks were there);
- the city the story was filed from: the dateline's, or, when the dateline read is no city at
  all (a transcript's "MODERATOR:" read as one), the city line above the text;
- "said here", "told reporters here": where a statement was made, a weaker clue to the
  meeting's place than a town the text says the talks were held in;
- a transcript's "Today we held a productive meeting" under its header "Secretariat | Mexico
  City, 11 February 2025": the speakers met where they speak, the header's city.
"""

from __future__ import annotations

import re

from ._lexicon import Lexicon
from ._text import Dateline

__all__ = [
    "REGION_WORDS",
    "by_video",
    "filed_city",
    "one_remote",
    "pipe_city",
    "region_named",
    "said_here",
    "we_met",
]

#: a meeting held by video: it has no place (a city named beside it is where a side sat)
_VIRTUAL = re.compile(
    r"\b(?:video[- ]?conferenc(?:e|ing)|video[- ]link|video[- ]call|teleconference|"
    r"(?:video|virtual|online)\s+(?:meeting|talks|session)|"
    r"virtual(?:ly)?\s+(?:meeting|talks|dialogue|consultations?|format|session|mode)|"
    r"(?:held|met|meeting|talks|dialogue|consultations?)\s+(?:\w+\s+){0,6}?(?:virtually|online)\b"
    # (not "online fraud", "virtually every issue": an adjective or an adverb of a word after)
    r"(?!\s+(?!(?:on|in|from|with|and|at|for|between|via|due|because|this|last|today|"
    r"yesterday)\b)[a-z]))\b",
    re.I,
)
#: a relative clause about a person before the video link: one participant was remote
_WHO = re.compile(r"\bwho\b[^.;]{0,100}$")

REGION_WORDS = (
    r"County|Region|Province|District|Governorate|Oblast|Prefecture|Department|Division|"
    r"Wilaya|Zone|Krai|Canton"
)
#: (a region's word in lower case too: "at the Torugart checkpoint in Naryn region")
_REGION_AFTER = re.compile(
    rf"\s+(?:{REGION_WORDS}|region|province|county|district|governorate|oblast|prefecture)\b"
)
_REGION_LAST = re.compile(rf"\s(?:{REGION_WORDS})$")
#: "said here", "told reporters here", "a release said here today"
_SAID_HERE = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?(?:reporters|journalists|the\s+press)|announced|"
    r"stated|briefed\s+(?:\w+\s+){0,2}?|"
    # "according to a statement released here on Friday": where the statement was issued
    r"(?:statement|communiqu[eé]|release|report)\s+(?:released|issued|published))\s*$"
)


def by_video(text: str) -> bool:
    """Whether a sentence holds the meeting by video (not one participant's video link)."""
    m = _VIRTUAL.search(text)
    return m is not None and not one_remote(text, m.start())


def one_remote(text: str, at: int) -> bool:
    """Whether the video link at ``at`` is one participant's ("who joined the delegations by
    video link"), not the meeting's.

    >>> text = "held in the presence of the minister, who joined by video link."
    >>> one_remote(text, text.index("video"))
    True
    >>> text = "The talks were held by video link."
    >>> one_remote(text, text.index("video"))
    False
    """
    return _WHO.search(text, max(0, at - 100), at) is not None


def region_named(name: str, text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is a region's ("in Marsabit County").

    >>> region_named("Marsabit County", "deaths in Marsabit County this year", 25)
    True
    >>> region_named("Moyale", "held in Moyale on Monday", 14)
    False
    """
    return _REGION_LAST.search(name) is not None or _REGION_AFTER.match(text, end) is not None


def filed_city(dateline: Dateline | None, fallback: str | None, lexicon: Lexicon) -> str | None:
    """The city the story was filed from: the dateline's, unless it names no city and the
    city line above the text (``fallback``) does."""
    from ._cities import resolve_city

    if dateline is None:
        return fallback
    if (
        fallback is not None
        and resolve_city(dateline.city, lexicon, filed=True) is None
        and resolve_city(fallback, lexicon, filed=True) is not None
    ):
        return fallback
    return dateline.city


def said_here(text: str, at: int) -> bool:
    """Whether "here" at ``at`` is where something was said ("officials said here").

    >>> text = "the agreement, officials said here on Thursday."
    >>> said_here(text, text.index("here"))
    True
    >>> text = "The talks were held here on Thursday."
    >>> said_here(text, text.index("here"))
    False
    """
    return _SAID_HERE.search(text, max(0, at - 60), at) is not None


#: a page's header line: "Security Secretariat | Mexico City, 11 February 2025"
_PIPE_CITY = re.compile(
    r"[^|]{3,120}\|\s*([A-Z][^\W\d_]+(?: (?:(?:de|del|da|do|la|el) )?[A-Z][^\W\d_]+){0,2}),"
    r"\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d\s*"
)
#: the speakers' own meeting today: "Today we held a productive meeting"
_WE_MET = re.compile(r"\b[Tt]oday,?\s+we\s+(?:have\s+)?(?:held|met|had)\b")


def pipe_city(headings: list[str]) -> str | None:
    """The city of a header line "Body | City, day month year" among the first headings.

    >>> pipe_city(["Remarks", "Security Secretariat | Mexico City, 11 February 2025"])
    'Mexico City'
    """
    for text in headings[:6]:
        m = _PIPE_CITY.fullmatch(text)
        if m is not None:
            return m.group(1)
    return None


def we_met(text: str) -> re.Match[str] | None:
    """A speaker's "Today we held a meeting": the talks were held where they speak."""
    return _WE_MET.search(text)
