"""More cues of where a meeting was held, and of cities that are not its place.

``_when_where`` reads the meeting's city; these small readers add phrasings of the genre it
missed:

- an earlier meeting told in passing: "the last time the two sides met was in Washington",
  "the last having been held in Maroua", "since the two Heads of State met in Ouagadougou";
- a plan the talks made, or a clause about what is still to come: "agreed a training plan
  that includes a course in Kingston", "...; Mexico will train officers in Tapachula";
- a list of places the talks were about: "the crossings at Dajabon, Elias Pina, Jimani and
  Pedernales";
- a base known by a service's acronym and its town: "at HMNB Portsmouth", "RAF Lossiemouth";
- a heading in capitals: "... HOLD BORDER SECURITY MEETING IN MUBI";
- a transcript's header line that is a venue and its city: "Conference Room, Temple Court,
  Port of Spain";
- a body's sitting that "has ended in" or "opened in" a city ("The Joint Permanent
  Commission has ended in Livingstone"): no word of a meeting, but its place;
- a Spanish-style date line: "Santo Domingo, 15-I-2026.-", the city the story was filed from;
- with no place at all, the side whose body "hosted a delegation" is still the side at home
  (its officials' side is read as the host's).
"""

from __future__ import annotations

import re

from ._border import named_countries, placed_town
from ._cities import resolve_city
from ._lexicon import Lexicon
from ._text import Sentence

__all__ = [
    "acronym_base",
    "after_talks",
    "base_town",
    "caps_heading_city",
    "dash_dated_city",
    "earlier_told",
    "header_venue",
    "hosting_side",
    "not_this_meeting",
    "sitting_city",
]

#: an earlier meeting told in passing
_EARLIER = re.compile(
    r"\bthe last time\b[^.;]{0,80}\b(?:met|meeting|held|convened|talks)\b"
    r"|\b(?:the|its|their) (?:last|previous)(?: (?:one|meeting|session|round))? "
    r"(?:having been|being) held\b",
    re.I,
)
#: "since the two countries' Heads of State met in": an earlier meeting the city belongs to
_SINCE = re.compile(
    r"\bsince\s+(?:[\w'\u2019-]+\s+){1,8}?(?:met|were held|was held|signed|convened|gathered)"
    r"\s+(?:[a-z]+\s+){0,2}$"
)
#: a plan the talks adopted whose content is placed in the city: "agreed a training plan for
#: 2027 that includes a course in"
_PLAN = re.compile(
    r"\b(?:agreed|adopted|approved|endorsed|signed|drew up|drafted)\s+(?:on\s+)?(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:plan|programme|program|calendar|schedule|roadmap)\b"
    r"(?:(?!\b(?:talks|meeting|held|met|session|consultations)\b)[^.;]){0,120}$",
    re.I,
)
#: a clause after a semicolon or a colon that tells what is still to come
_CLAUSE_TO_COME = re.compile(
    r"[;:]\s+(?:(?![;:])[^.])*?\b(?:will|would|shall|is to|are to)\s+[a-z]+\b[^;:]*$"
)
#: the city followed by two or more others and an "and": a list of places, not a venue
_LIST_AFTER = re.compile(
    r"(?:,\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?){2,},?\s+and\s+[A-Z]"
)
#: a base known by a service's acronym and its town: "HMNB Portsmouth", "RAF Lossiemouth"
_ACRONYM_BASE = re.compile(r"(?:HMNB|RAF|RNAS|NAS|NSA|JB|JBSA|MCAS|AFB|HMS|CFB|RAAF|RNZAF)\s+")
#: "... MEETING IN MUBI" in a heading in capitals
_CAPS_IN = re.compile(r"\b(?:IN|AT)\s+([A-Z][A-Z'\u2019-]{2,}(?:\s+[A-Z][A-Z'\u2019-]{2,})?)\s*$")
_CAPS_NOT = re.compile(r"^(?:THE|A|AN|TALKS|MEETING|BORDER|JOINT)\b")
#: a header line of a venue and its city (rooms and buildings, then the city)
_ROOM = re.compile(
    r"\b(?:Room|Court|Hall|House|Building|Centre|Center|Hotel|Auditorium|Chamber|Ministry|"
    r"Headquarters|Palace|Secretariat|Suite|Lounge)\b"
)
_PART = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:of|the|de|and|[A-Z0-9][\w'\u2019.-]*))*")
#: a body's sitting that ended or opened in a city
_SITTING = re.compile(
    r"\b(?:Commission|Committee|Dialogue|Conference|Consultations|Council|Meeting|Session|"
    r"Talks|Summit|Forum)\b[^.;]{0,60}?\b(?:has|have|had)?\s*(?:ended|opened|closed|concluded|"
    r"wrapped up|got under way|kicked off|began|started|convened)\s+in\s+"
    r"([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)"
)
#: "Santo Domingo, 15-I-2026.-": a city, a date in digits (a Roman month too) and ".-"
_DASH_DATED = re.compile(
    r"([A-Z][^\W\d_]+(?: (?:(?:de|del|la|el) )?[A-Z][^\W\d_]+){0,2}),\s+"
    r"\d{1,2}[-/.](?:\d{1,2}|[IVX]{1,4})[-/.](?:19|20)\d\d\s*\.?\s*[-\u2013\u2014]"
)


def earlier_told(text: str) -> bool:
    """Whether a sentence tells of an earlier meeting in passing.

    >>> earlier_told("Minister, the last time the two sides met was in Washington in May.")
    True
    >>> earlier_told("The meeting was the third, the last having been held in Maroua.")
    True
    >>> earlier_told("The talks were held in Maroua.")
    False
    """
    return _EARLIER.search(text) is not None


def not_this_meeting(text: str, at: int, end: int) -> bool:
    """Whether the city named between ``at`` (its preposition) and ``end`` belongs to an
    earlier meeting ("since the Heads of State met in"), a plan the talks made ("agreed a
    training plan that includes a course in"), a clause about what is to come ("...; Mexico
    will train officers in") or a list of places ("the crossings at A, B, C and D").

    >>> t = "He said it was the third since the two Heads of State met in Accra."
    >>> not_this_meeting(t, t.index("in Accra"), t.index("in Accra") + 8)
    True
    >>> t = "They agreed a training plan for 2027 that includes a course in Accra."
    >>> not_this_meeting(t, t.index("in Accra"), t.index("in Accra") + 8)
    True
    >>> t = "Ministers met in Lima; Peru will send officers to Accra."
    >>> not_this_meeting(t, t.index("to Accra"), t.index("to Accra") + 8)
    True
    >>> not_this_meeting(t, t.index("in Lima"), t.index("in Lima") + 7)
    False
    >>> t = "They discussed the crossings at Dajabon, Elias Pina, Jimani and Pedernales."
    >>> not_this_meeting(t, t.index("at Dajabon"), t.index("at Dajabon") + 10)
    True
    """
    before = text[max(0, at - 160) : at]
    return bool(
        _SINCE.search(before)
        or _PLAN.search(before)
        or _CLAUSE_TO_COME.search(text, 0, at)
        or _LIST_AFTER.match(text, end)
    )


#: the talks held at a base, a camp or a school "at" a town: "staff talks at the JDF Coast
#: Guard base at Port Royal"
_AT_BASE_AT = re.compile(
    r"\b(?:talks|meeting|held|met|session|consultations|took place)\b[^.;]{0,60}?\bat\s+"
    r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}?(?:base|camp|barracks|station|headquarters|academy|"
    r"school|college|garrison)\s+(?:at|in)\s+$",
    re.I,
)


#: a city named after the town: "Pointe Larue, on the outskirts of Victoria"
_CITY_AFTER = re.compile(
    r",?\s+(?:on the (?:outskirts|edge) of|(?:just )?outside|near|in)\s+(?:the\s+)?[A-Z]"
)


def base_town(
    s: Sentence, at: int, name: str, sentences: list[Sentence], lexicon: Lexicon
) -> tuple[str, str, None] | None:
    """(name, ISO alpha-3, None) of a small town the talks' base is "at" ("staff talks at
    the JDF Coast Guard base at Port Royal"), when it is a town of one country the sentence
    names, or else of one country the text names (``_smalltowns``)."""
    name = name.rstrip(".,;:")
    if _AT_BASE_AT.search(s.text, max(0, at - 160), at + 3) is None:
        return None
    if _CITY_AFTER.match(s.text, s.text.find(name, at) + len(name)):
        return None  # "at Pointe Larue, on the outskirts of Victoria": the city named after
    town = placed_town(name, named_countries([s], lexicon), lexicon)
    town = town or placed_town(name, named_countries(sentences, lexicon), lexicon)
    return (name, town, None) if town is not None else None


#: the city of the talks a sentence looks forward from: "have agreed to run a drill next
#: year, following two days of staff talks at"
_AFTER_TALKS = re.compile(
    r"\b(?:following|after|at the (?:end|close) of)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:talks|meeting|consultations|session|discussions)\s+"
    r"(?:(?:at|in)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}?)?(?:at|in)\s+$",
    re.I,
)


def after_talks(text: str, at: int) -> bool:
    """Whether the city at ``at`` is the place of the talks a sentence about what is to come
    looks back on ("will run a drill next year, following two days of talks at the base at").

    >>> t = "They will run a drill next year, following two days of talks in Kingston."
    >>> after_talks(t, t.index("in Kingston"))
    True
    """
    return _AFTER_TALKS.search(text, max(0, at - 160), at + 3) is not None


def acronym_base(name: str, lexicon: Lexicon) -> tuple[str, str, str | None] | None:
    """The town of a base named by a service's acronym and its town ("HMNB Portsmouth")."""
    m = _ACRONYM_BASE.match(name)
    return resolve_city(name[m.end() :], lexicon) if m is not None else None


def caps_heading_city(
    s: Sentence, sentences: list[Sentence], lexicon: Lexicon
) -> tuple[str, str, str | None] | None:
    """The city a heading in capitals ends on ("... SECURITY MEETING IN MUBI"), when it is a
    city of a country the text names."""
    if not s.heading or not s.text.isupper() or not re.search(r"\b(?:MEET|TALKS|HOLD)", s.text):
        return None
    m = _CAPS_IN.search(s.text)
    if m is None or _CAPS_NOT.match(m.group(1)):
        return None
    name = " ".join(w.capitalize() for w in m.group(1).split())
    place = resolve_city(name, lexicon)
    if place is None or place[1] not in named_countries(sentences, lexicon):
        return None
    return place


def header_venue(
    sentences: list[Sentence], lexicon: Lexicon, top: int = 8
) -> tuple[int, tuple[str, str, str | None]] | None:
    """The sentence and the city of a header line that is a venue and its city ("Conference
    Room, Temple Court, Port of Spain"), above the text."""
    for s in sentences[:top]:
        if not s.heading:
            break
        parts = [p.strip() for p in s.text.strip().rstrip(".").split(",")]
        if len(parts) < 2 or not all(_PART.fullmatch(p) and len(p.split()) <= 4 for p in parts):
            continue
        if not _ROOM.search(parts[0]):
            continue
        place = resolve_city(parts[-1], lexicon)
        if place is not None:
            return s.index, place
    return None


def sitting_city(
    sentences: list[Sentence], lexicon: Lexicon
) -> tuple[int, tuple[str, str, str | None]] | None:
    """The sentence and the city where a body's sitting ended or opened ("The Joint
    Permanent Commission on Defence and Security has ended in Livingstone"), in the first
    few sentences of the body."""
    body = [s for s in sentences if not s.heading][:3]
    for s in body:
        m = _SITTING.search(s.text)
        place = resolve_city(m.group(1), lexicon) if m is not None else None
        if place is not None:
            return s.index, place
    return None


def dash_dated_city(sentences: list[Sentence]) -> str | None:
    """The city of a date line "Santo Domingo, 15-I-2026.-" opening the first body
    sentence.

    >>> from ._text import split_sentences
    >>> dash_dated_city(split_sentences("Santo Domingo, 15-I-2026.- The minister met X."))
    'Santo Domingo'
    """
    first = next((s for s in sentences if not s.heading), None)
    m = _DASH_DATED.match(first.text) if first is not None else None
    return m.group(1) if m is not None else None


#: "The Jamaica Defence Force (JDF) hosted a delegation from the Canadian Armed Forces"
_HOSTED = re.compile(
    r"^(?P<host>[^,;]{2,80}?)\s+(?:hosted|received|welcomed)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}?delegation\b"
)


def hosting_side(sentences: list[Sentence], lexicon: Lexicon, parties: list[str]) -> str | None:
    """The party (ISO alpha-3) whose body "hosted a delegation" in the opening of the body,
    the side at home, when the text gives no place ("The Jamaica Defence Force hosted a
    delegation from the Canadian Armed Forces for staff talks at JDF Headquarters")."""
    for s in [s for s in sentences if not s.heading][:2]:
        m = _HOSTED.search(s.text)
        if m is None:
            continue
        named = {
            lexicon.country_forms[c.group()][0]
            for c in lexicon.country_pattern.finditer(m.group("host"))
        }
        named &= set(parties)
        return named.pop() if len(named) == 1 else None
    return None
