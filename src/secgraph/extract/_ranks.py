"""How senior a post is, from its title alone: the fallback for a side's leader when the text
names its people without saying who led ("The Ugandan delegation comprised Ambassador A and
Minister of Internal Affairs B": B, not the first named).

Four tiers, coarse on purpose: a minister (or a secretary of state, a cabinet secretary), a
deputy minister or a service chief, a senior official (a secretary, a director general), and
everyone else (an ambassador, a director, an attaché, a rank alone). A head of state or
government is no tier of its own: in this genre they are the host of a courtesy call, not a
delegation's head, and the rules that name them as principals say so themselves.
"""

from __future__ import annotations

import re

from ._model import DraftOfficial

__all__ = ["fallback_leader", "junior", "person_like", "rank", "senior_first"]

_DEPUTY = r"(?:Deputy|Vice|Assistant|Associate|Junior|Parliamentary|Under)"
#: a minister's post in one part of a title ("Deputy Prime Minister and Minister for Defence"
#: has two parts, the second a minister's)
_MINISTER = re.compile(
    rf"^(?!(?:the\s+)?(?:Acting\s+)?{_DEPUTY}\b)(?!.*\bMinister\s+of\s+State\b)"
    r"(?!.*\bState\s+Minister\b)"
    r"(?:.*\bMinister\b|(?:.*\s)?Secretary\s+of\s+(?:State|Defen[cs]e|Homeland\s+Security)\b|"
    r".*\bCabinet\s+Secretary\b)",
    re.I,
)
_PARTS = re.compile(r"\s+and\s+|,\s*")
_SECOND = re.compile(
    rf"\b(?:{_DEPUTY}\s+(?:[A-Z][\w-]*\s+){{0,2}}Minister|Minister\s+of\s+State|State\s+Minister|"
    r"Under[- ]?Secretary|Permanent\s+Secretary|Secretary[- ]General|"
    r"Chief\s+of\s+(?:the\s+)?(?:Defen[cs]e|General|Army|Naval|Air|Joint)\b[\w\s]*Staff|"
    r"Chief\s+of\s+(?:the\s+)?Defen[cs]e\s+Forces?|Commander[- ]in[- ]Chief|"
    r"Inspector[- ]General|National\s+Security\s+Advis[eo]r|Chairman\s+of\s+the\s+Joint\s+Chiefs|"
    r"(?:Foreign|Defen[cs]e|Home|Interior)\s+Secretary)\b",
    re.I,
)
_THIRD = re.compile(
    r"\b(?:Secretary|Director[- ]General|Commissioner|Comptroller|Head\s+of|Chief\s+of|"
    r"Commander|Chief)\b",
    re.I,
)
_LOW = re.compile(
    r"\b(?:Ambassador|High\s+Commissioner|Charg[ée]|Attach[ée]|Consul|Counsel+or|Envoy|"
    r"Director(?![- ]General)|Deputy|Assistant|Joint\s+Secretary|Additional\s+Secretary|Officer)\b",
    re.I,
)


def rank(title: str | None) -> int:
    """The tier of a title: 3 a minister, 2 a deputy minister or service chief, 1 a senior
    official, 0 anyone else (no title, an ambassador, a director).

    >>> [rank(t) for t in ("Minister of Internal Affairs", "Deputy Minister of Defence",
    ...     "Permanent Secretary", "Ambassador", None, "Secretary of State for Defence")]
    [3, 2, 2, 0, 0, 3]
    >>> [rank(t) for t in ("Chief of the Defence Staff", "Joint Secretary (Americas)",
    ...     "Deputy Director General", "Minister of State for Home Affairs")]
    [2, 0, 0, 2]
    """
    if not title:
        return 0
    if any(_MINISTER.match(part) for part in _PARTS.split(title)):
        return 3
    if _SECOND.search(title):
        return 2
    if _LOW.search(title):
        return 0
    return 1 if _THIRD.search(title) else 0


def senior_first(titles: list[str | None]) -> int | None:
    """The index of the one title that outranks every other, or None when the most senior
    tier is shared or every title is of the lowest.

    >>> senior_first(["Ambassador", "Minister of Defence", "Director"])
    1
    >>> senior_first(["Minister of Defence", "Minister of Interior"]) is None
    True
    """
    tiers = [rank(t) for t in titles]
    top = max(tiers, default=0)
    if top == 0 or tiers.count(top) != 1:
        return None
    return tiers.index(top)


def fallback_leader(
    side: list[DraftOfficial], company: list[DraftOfficial]
) -> tuple[DraftOfficial | None, str | None]:
    """A side's leader when no phrase names one, with the reason to review it: the one who
    outranks the rest of the side (a minister among officials, even one the text lists as a
    member), else the first named who is not company ("accompanied by", "also attended").
    """
    side = [o for o in side if person_like(o.name)]
    own = [o for o in side if o not in company]
    why = "no 'led by' in the text: the most senior official of this side"
    if not own:
        best = senior_first([_post(o) for o in side])
        if best is not None and rank(_post(side[best])) == 3:
            return side[best], why
        return None, None
    best = senior_first([_post(o) for o in own])
    if best is not None and junior(_post(own[0])) and rank(_post(own[best])) >= 2:
        return own[best], why
    return own[0], "no 'led by' in the text: the first official named for this side"


#: words of a place, a body or a rank, never of a person's name ("Rashtrapati Bhavan",
#: "Transnational Crime Unit", "Senior Lt"): no head by default
_NOT_NAME = re.compile(
    r"\b(?:Bhavan|Bhawan|House|Palace|Hall|Building|Headquarters|Ministry|Department|Office|"
    r"Unit|Units|Command|Force|Forces|Police|Council|Committee|Commission|Agency|Bureau|Centre|"
    r"Center|Division|Directorate|Service|Crimes?|Lt|Maj|Brig|Capt|Cdr|Adm|Industries)\b"
)


def person_like(name: str) -> bool:
    """Whether a name the rules read can be a person's (not a building, a body or a rank).

    >>> person_like("Navin Ramgoolam"), person_like("Rashtrapati Bhavan"), person_like("Senior Lt")
    (True, False, False)
    """
    return _NOT_NAME.search(name) is None


def _post(o: DraftOfficial) -> str | None:
    """The title, or the courtesy that says the post ("Ambassador" kept apart from a name)."""
    return o.title or o.honorific


def junior(title: str | None) -> bool:
    """Whether a title is one that does not head a delegation when a senior is present (an
    ambassador, a director, an attaché).

    >>> junior("Ambassador of Uganda to Kenya"), junior("Minister of Defence"), junior(None)
    (True, False, False)
    """
    return bool(title) and rank(title) == 0 and _LOW.search(title or "") is not None
