"""People the rules read who did not take part in the talks: named only in an aside of the
story, or not people at all.

- a courtesy call: "X received the delegation later in the day" (after or before the talks,
  on the sidelines, "also received"), "the delegation was received by X" when X's side is led
  by someone else, "the delegation called on X", "paid a courtesy call on X", "X hosted a
  dinner for the delegations";
- another time: "Earlier, A met B on the sidelines of ...", "A visited Riyadh in May and met
  B", "the agreement signed in March 2023 by A and B", "At the previous round, the X side
  was led by C";
- "A, who had been briefed earlier in the day by B" (B named for an earlier event); "A had
  earlier told reporters", "B had received C at State House in August", "weeks after A met
  B", "A and B met in Budapest in the spring", "conveyed the greetings of A to B";
- "A, who did not take part in the talks", "B was not involved in the meeting", "C, who is
  here on behalf of the Director-General, D";
- an office read as a name: "Land Forces Command", "Human Trafficking", "U.S. Embassy Hanoi".

A person is dropped only when every sentence naming them (by full name or surname) is such
an aside, so a host who received the guests and then co-chaired the talks stays.
"""

from __future__ import annotations

import re

from ._names import Person
from ._text import Sentence
from ._titlewords import NOT_NAMES

__all__ = ["in_asides", "not_offices"]

#: words of an office or a remit, never of a person's name
_MORE_OFFICE_WORDS = (
    "Authorities Constabulary Trafficking Smuggling Affairs Security Terrorism Narcotics "
    "Intelligence Customs Immigration Enforcement Operations Defence Defense Cooperation "
    "Sector Section Squadron Branch Inspectorate Station Checkpoint Patrol Corps Legion "
    "Gendarmerie Battalion Regiment Brigade Garrison Flotilla Headquarters"
)
_OFFICE_WORDS = NOT_NAMES | frozenset(_MORE_OFFICE_WORDS.split())


def not_offices(people: list[Person]) -> list[Person]:
    """``people`` without those whose "name" holds an office's word ("Land Forces Command",
    "Human Trafficking", "U.S. Embassy Hanoi": the tail of a title read as a name).

    >>> [p.name for p in not_offices([Person("Land Forces Command"), Person("Ana Ruiz")])]
    ['Ana Ruiz']
    """
    return [p for p in people if not any(w.strip(".,") in _OFFICE_WORDS for w in p.name.split())]


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
#: a side event, told in the sentence of a reception
_SIDE_EVENT = re.compile(
    r"\b(?:later in the day|earlier in the day|after the (?:meeting|talks|session|"
    r"consultations|dialogue|round)|before the (?:meeting|talks|session|consultations|"
    r"dialogue|round|committee|consultation)|ahead of the|on the sidelines|at the end of the "
    r"day|on the eve|separately|also received|was also received|were also received|"
    r"courtesy (?:call|visit)|conveyed (?:his|her) greetings)\b",
    re.I,
)
#: "X received ..." (the receiver before the verb)
_RECEIVED = re.compile(r"\b(?:also\s+)?received\b")
#: "... was received by X", "... were hosted by X" (the receiver after)
_RECEIVED_BY = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?(?:warmly\s+)?(?:received|hosted|greeted)\s+"
    r"(?:[\w-]+\s+){0,6}?by\b"
)
#: "called on X", "paid a courtesy call on X" (the one called on after)
_CALLED_ON = re.compile(r"\b(?:called on|courtesy (?:call|visit) (?:on|to))\b")
#: "X hosted a dinner for the delegations"
_HOSTED_MEAL = re.compile(
    r"\b(?:hosted|gave|offered)\s+(?:an?\s+)?(?:official\s+)?(?:dinner|lunch|luncheon|"
    r"banquet|reception)\b"
)
#: the heads of state or government: a reception by them is never the talks
_STATE_HEADS = re.compile(r"\b(?:President|Prime Minister|King|Crown Prince|Emir|Sultan)\b")
_UNDER_HEAD = re.compile(r"\b(?:Deputy|Vice|Minister (?:of|for))\b|\band Minister\b")
_DURING = re.compile(r"^(?:During|On the margins of|On the sidelines of)\b")
#: another time: "Earlier, ...", "... visited Riyadh in May and met ...", an earlier agreement
_EARLIER = re.compile(
    rf"^(?:Earlier(?!\s+(?:in\s+the\s+day|today|on\s))|Previously|Last\s+(?:year|month|week)|"
    rf"In\s+{_MONTH}(?:\s+\d{{4}})?)\b,?"
)
#: "A visited Riyadh in May and met B" (outside the story's lead, which tells of this meeting)
_MET_IN_MONTH = re.compile(
    rf"\b(?:visited|met|held talks)\b[^.;]{{0,100}}\bin (?:{_MONTH}\b(?!\s+\d)|the\s+"
    r"(?:spring|summer|autumn|fall|winter)\b)"
)
#: an earlier round and who led it: "At the previous round in X in 2024, the Y side was led by
#: A", "The last meeting, in Z, was co-chaired by B and C", "last year's session"
_EARLIER_ROUND = re.compile(
    r"^(?:At|In|During)\s+(?:the\s+)?(?:previous|last|preceding|earlier|(?:19|20)\d\d)\s+"
    r"(?:round|meeting|session|edition|talks|dialogue)\b|"
    r"\b(?:previous|last|preceding|earlier)\s+(?:round|meeting|session|edition)\b[^.;]{0,60}"
    r"\b(?:was|were)\s+(?:led|co-chaired|chaired|headed)\s+by\b|"
    r"\blast\s+year(?:'s|\u2019s)\s+(?:round|meeting|session|talks|dialogue)\b"
)
#: the signatories of an earlier agreement, named after it: "the agreement signed in March
#: 2023 by A and B"
_SIGNED_BY = re.compile(
    rf"\bsigned\s+in\s+(?:{_MONTH}\s+)?(?:19|20)\d\d\b[^.;]{{0,40}}?\bby\b|"
    r"\b(?:19|20)\d\d\s+(?:agreement|memorandum|accord|protocol|deal)\s+signed\s+by\b|"
    rf"\bsigned\s+by\b(?=[^.;]{{0,120}}?\bin\s+(?:{_MONTH}\s+)?(?:19|20)\d\d\b)"
)
#: a meeting of this story told in the same sentence: not an aside
_TALKS_HERE = re.compile(
    r"\b(?:co-chaired|chaired|led by|headed by|led the|headed the|took part|attended|"
    r"delegation (?:included|comprised))\b"
)
#: "B, who is here on behalf of the Director-General, A": A is not here
_FOR_ABSENT = re.compile(r"\b(?:is|was|are|were)\s+(?:here\s+|present\s+)?on\s+behalf\s+of\b")
#: another time in the pluperfect: "A had earlier told reporters in Dhaka", "President B had
#: received C at State House in August"
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:earlier\s+|previously\s+|already\s+|also\s+)?(?:received|met|visited|told|"
    r"hosted|held\s+talks|signed|called\s+on|spoken|said)\b"
)
#: "The resumption comes weeks after A met B in Washington": what follows is another time
_WEEKS_AFTER = re.compile(
    r"\b(?:weeks|months|days|years|a\s+(?:week|month|year))\s+after\b|\bweeks\s+before\b"
)
#: "Zhang conveyed the greetings of A to B": neither is at the table
_GREETINGS = re.compile(r"\bgreetings\s+(?:of|from|to)\b")
#: the reception was the talks: "received B and held talks with him on ..."
_MET_HERE = re.compile(
    r"\b(?:held|holding)\s+(?:talks|a\s+meeting|discussions|consultations)\b|\bdiscussed\b"
)
#: another time told in a relative clause: "A, who had been briefed earlier by B": B is named
#: for what happened before, not as a member (the pluperfect, a passive with its agent)
_HAD_BEEN_BY = re.compile(
    r"\bwho\s+had\s+(?:earlier\s+|already\s+|previously\s+)?been\s+[a-z]+ed\b"
    r"[^.;]{0,60}?\bby\b"
)
_NOT_PRESENT = re.compile(
    r"\b(?:did not|didn't|does not|was not|were not)\s+(?:take part|attend|participate|"
    r"involved|present)\b|\bnot involved in\b"
)


def _named(p: Person, text: str) -> list[int]:
    """Where the text names ``p`` (full name, else surname as a word)."""
    surname = p.name.split()[-1] if p.name.split() else ""
    if not surname or surname not in text:  # (a fast test: the full name holds the surname)
        return []
    at = [m.start() for m in re.finditer(re.escape(p.name), text)]
    if at or len(surname) < 3:
        return at
    return [m.start() for m in re.finditer(rf"\b{re.escape(surname)}\b", text)]


def _after(pattern: re.Pattern[str], text: str, at: list[int]) -> bool:
    """Whether ``pattern`` occurs in ``text`` before every place in ``at``."""
    m = pattern.search(text)
    return m is not None and all(a > m.start() for a in at)


def _aside(p: Person, s: Sentence, others_lead: bool, in_lead: bool) -> bool:
    """Whether sentence ``s`` names ``p`` only in an aside (see the module's docstring)."""
    text = s.text
    at = _named(p, text)
    if not at:
        return True
    if _EARLIER_ROUND.search(text):  # (over the heads it names: that round's, not this one's)
        return True
    had_been = _HAD_BEEN_BY.search(text)  # ("A, who had been briefed earlier by B")
    if had_been is not None and all(a >= had_been.end() for a in at):
        return True
    if _TALKS_HERE.search(text):
        return False
    side_event = bool(_SIDE_EVENT.search(text))
    head = bool(_STATE_HEADS.search(p.title or "")) and not _UNDER_HEAD.search(p.title or "")
    receiver = not _RECEIVED_BY.search(text) and any(
        any(a < m.start() for a in at) for m in _RECEIVED.finditer(text)
    )
    talks = bool(_MET_HERE.search(text))  # ("A received B and held talks with him")
    if receiver and (side_event or head or others_lead) and not talks:
        return True
    if _after(_RECEIVED_BY, text, at) and (side_event or others_lead) and not talks:
        return True
    # (a story may be of the call itself: "A called on B at his office today")
    if _after(_CALLED_ON, text, at) and (others_lead or side_event or _DURING.search(text)):
        return True
    if _PLUPERFECT.search(text) or _after(_WEEKS_AFTER, text, at) or _after(_GREETINGS, text, at):
        return True
    meal = _HOSTED_MEAL.search(text)
    if meal is not None and all(a < meal.start() for a in at):
        return True
    absent = _FOR_ABSENT.search(text)
    if absent is not None and all(
        a > absent.start() and ";" not in text[absent.start() : a] for a in at
    ):
        return True
    if _after(_SIGNED_BY, text, at) or _EARLIER.search(text):
        return True
    if not in_lead and _MET_IN_MONTH.search(text):
        return True
    absent_too = _NOT_PRESENT.search(text)  # (after the name, in its clause)
    return absent_too is not None and all(
        a < absent_too.start() < a + len(p.name) + 150 for a in at
    )


def in_asides(sentences: list[Sentence], people: list[Person]) -> list[Person]:
    """``people`` without those every sentence naming them names only in an aside (a courtesy
    call, another time, "did not take part"), when their side keeps someone else.

    >>> from types import SimpleNamespace as N
    >>> s = [N(index=0, heading=False, text="Col A Bo and Gen C Di co-chaired the talks."),
    ...      N(index=1, heading=False, text="Minister E Fa received them after the talks.")]
    >>> people = [Person("A Bo", "Col", country="PER", leader=True, sentence=0),
    ...           Person("C Di", "Gen", country="BOL", leader=True, sentence=0),
    ...           Person("E Fa", "Minister", country="PER", sentence=1)]
    >>> [p.name for p in in_asides(s, people)]
    ['A Bo', 'C Di']
    """
    lead = {s.index for s in sentences if not s.heading}
    lead = set(sorted(lead)[:2])
    by_side: dict[str | None, list[Person]] = {}
    for p in people:
        by_side.setdefault(p.country, []).append(p)
    out = []
    for p in people:
        side = [q for q in by_side.get(p.country, []) if q.name != p.name]
        if not side:
            out.append(p)
            continue
        others_lead = any(q.leader and q.sentence != p.sentence for q in side)
        naming = [s for s in sentences if _named(p, s.text)]
        if naming and all(_aside(p, s, others_lead, s.index in lead) for s in naming):
            continue
        out.append(p)
    return out
