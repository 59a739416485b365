"""How strong the evidence for a meeting's date is, and when it is too weak to write.

``_when`` finds a candidate date by one of these paths (each named in the candidate's
``review``):

=====================  ==========================================================  ========
path                   evidence                                                    strength
=====================  ==========================================================  ========
a date in a sentence   an explicit date with its year in a sentence about a        strong
                       meeting
year from an anchor    "on March 6": the year of the dateline, stamp, page date    strong
                       line or ``--published`` (the latest such day on or before
                       it)
today / yesterday /    counted back from the same anchor; a weekday to the latest  strong
weekday                such day within the six days before it
the dateline's date    an agency's opening that names no other time                strong
                       ("ABU DHABI, 18th November, 2024 (WAM) -- X received Y")
year from the          a yearless dateline's day in the year the meeting is named  strong
meeting's name         by ("the 2026 session"), the lead's weekday fitting it
                       (``_edition``)
the statement's date   the lead's weekday counted back from the full date of the   strong
                       statement reporting the talks ("said on Wednesday,
                       September 30, 2026", ``_saidday``)
the date of signing    a notice of an agreement signed within three months of it   weak
counted from the       "the following day" after an earlier stop's date            as the
meeting before                                                                     stop's
a span                 widened or narrowed from the day found by a span the text   as the
                       gives (``_spans``)                                          day's
=====================  ==========================================================  ========

These guards keep a strong path from resting on the wrong sentence:

- **The lead.** A story dates its meeting in its first sentences, the headline or a
  sentence that names the meeting as its subject ("The talks were held on 5 March"). A date
  found only further down, in a sentence of another kind, is a background sentence's (an
  earlier visit, a call the same week): no date, and the draft says which date was left.
  ("Today we agreed ..." of a transcript is the speaker's day, wherever it stands.) A
  briefing's sentence names the meeting after a speaker's opener too ("Second, the third
  Maritime Dialogue was held yesterday", ``_namesmeeting``).
- **Agreement.** When another sentence about the talks gives a day that does not overlap the
  one found, the text dates the meeting two ways: no date, and the draft names both. A
  courtesy call, a reception or a dinner beside the talks ("was received by the President on
  Monday") is a day of the visit, not a second date of the talks, and is not counted.
- **Another meeting told after this one.** When an opening reports the talks with no day
  ("Kenya and Uganda held talks in Kampala, officials said."), a dated sentence after it is
  this meeting's only if it refers back to it ("The talks, held on 3 June") and tells of no
  other meeting or event ("also met", "a similar meeting", "preceded by", "a summit", "last
  year"), or names no other city; the first meeting of a series is not this one unless the
  headline or the opening calls this one the first. ``_when_where`` asks the same of a city
  (``tells_of_another``).

Every candidate left is named in the draft's list of what the text did not give, with why.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._countries import is_meeting
from ._namesmeeting import names_the_meeting
from ._openclose import opened_and_closed
from ._spans import refine_span
from ._stamps import filing_stamp
from ._text import MONTH_NAMES, Sentence, find_dateline
from ._times import names_a_time

if TYPE_CHECKING:
    from ._when import FoundDate

__all__ = ["LEAD_SENTENCES", "check_evidence", "reports_talks", "tells_of_another"]

#: the body sentences of prose a story's lead holds (headings and short lines not counted)
LEAD_SENTENCES = 4
_PROSE_WORDS = 6
#: "Today we agreed", "Today, I met": a speaker's own day
_SPEAKERS_DAY = "'today' is the date of"
#: a day of the visit beside the talks, not a second date of them
_SIDE = re.compile(
    r"\b(?:received|receives|called on|calls on|call on|courtesy (?:call|visit)|"
    r"ceremonial welcome|guard of honou?r|banquet|dinner|luncheon|lunch|reception|wreath|"
    r"arrived|arrival|paid (?:a )?(?:visit|tribute)|visited|toured|laid|Separately|"
    r"[Ll]ater (?:in|that|the same) day)\b"
)
#: paths whose date is no more than the text's filing or a signing: never a second opinion
_WEAK = ("the date of the dateline", "the date of signing", "counted from the meeting before")
#: how many more candidates to look at (each a pass over the sentences)
_MORE = 6

Finder = Callable[[frozenset[int]], "FoundDate | None"]


def _prose(s: Sentence) -> bool:
    return not s.heading and len(s.text.split()) >= _PROSE_WORDS


def _in_lead(found: FoundDate, sentences: list[Sentence]) -> bool:
    """Whether the candidate's sentence is one of the lead's sentences or a heading above
    their end (a list of other stories under the text was left out before: _furniture)."""
    here = next((s for s in sentences if s.index == found.sentence), None)
    if here is None:
        return True
    if not here.heading and not _prose(here):
        return True
    rank = sum(1 for s in sentences if _prose(s) and s.index < here.index)
    return rank < LEAD_SENTENCES


_TODAYISH = re.compile(r"\b(?:[Tt]oday|this (?:morning|afternoon|evening))\b")


def _lead_end(sentences: list[Sentence]) -> int:
    """The index of the first sentence past the lead (headings before it are the lead's)."""
    prose = [s.index for s in sentences if _prose(s)]
    return prose[LEAD_SENTENCES] if len(prose) > LEAD_SENTENCES else len(sentences) + 1


def _acceptable(found: FoundDate, sentences: list[Sentence]) -> bool:
    here = next((s for s in sentences if s.index == found.sentence), None)
    if here is None:
        return True
    if _quoted_today(found, here):
        return False  # '"Today we agreed ...," the colonel said': the speaker's day
    if _in_lead(found, sentences):
        return True
    if found.review and found.review.startswith(_SPEAKERS_DAY):
        return True
    return names_the_meeting(here.text)


#: a quotation's end and its speaker: '...," Colonel X said', '..." she added'
_QUOTE_END = re.compile(
    r"[\"\u201d]\s*,?\s*(?:[\w.'\u2019-]+\s+){0,6}?(?:said|says|added|noted|told|stressed|"
    r"stated|declared|underlined|remarked)\b"
)


def _quoted_today(found: FoundDate, here: Sentence) -> bool:
    """Whether a day counted from 'today' is a quoted speaker's: the story quoting them may be
    filed a day later than they spoke."""
    if not (found.review and found.review.startswith(_SPEAKERS_DAY)):
        return False
    at = here.text.lower().find("today")
    return at >= 0 and (
        _QUOTE_END.search(here.text, at) is not None
        or here.text[:at].count('"') % 2 == 1
        or here.text[:at].count("\u201c") > here.text[:at].count("\u201d")
        or _closes_a_quote(here.text, at)
    )


def _closes_a_quote(text: str, at: int) -> bool:
    """Whether ``at`` lies in a quotation opened in a sentence before and closed in this one
    ('Today we agreed to ...," Usec.' after the splitter cut the speaker's title off): the
    first quotation mark after ``at`` closes one that no mark before it opened."""
    curly = re.search(r"[\u201c\u201d]", text[at:])
    if curly is not None and curly.group() == "\u201d" and "\u201c" not in text[:at]:
        return True
    return text.count('"') % 2 == 1 and '"' not in text[:at]


#: "The first meeting of the committee was held in Baghdad on 19 November 2025"
_FIRST_MEETING = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir) (?:first|inaugural|1st) "
    r"(?:(?!(?:day|days|part|half|phase|leg|stage)\b)[\w-]+ ){0,3}?(?:round|meeting|"
    r"session|edition|talks|dialogue)\b[^.;]{0,80}?\b(?:(?:was|were) (?:held|convened)|"
    r"took place)\b"
)
_FIRST_WORD = re.compile(r"\b(?:first|inaugural|maiden|1st|launch(?:ed)?)\b", re.I)


def _first_of_series(found: FoundDate, sentences: list[Sentence]) -> bool:
    """Whether the candidate dates the first meeting of a series while the headline and the
    opening do not call this meeting the first: an earlier meeting's date."""
    here = next((s for s in sentences if s.index == found.sentence), None)
    if here is None or not _FIRST_MEETING.search(here.text):
        return False
    opening = next((s for s in sentences if _prose(s)), None)
    if opening is None or opening.index == here.index:
        return False  # the opening tells of the meeting the story reports
    top = [s for s in sentences if s.heading and s.index < opening.index]
    if any(_TWO_HERE.search(s.text) for s in [*top, opening]):
        return False  # "met twice in the past week": the first of the two the story reports
    return not any(_FIRST_WORD.search(s.text) for s in [*top, opening])


#: a story that reports two meetings: its "first meeting" is the first of them
_TWO_HERE = re.compile(
    r"\b(?:met|meets|meet|talks) twice\b|\btwo (?:separate |consecutive )?(?:meetings|rounds|"
    r"sessions|sets of talks)\b|\bback-to-back (?:meetings|talks)\b",
    re.I,
)


#: a past meeting verb: a sentence that reports the talks themselves
_REPORTS = re.compile(r"\b(?:held|met|hosted|co-chaired|chaired|took place|concluded|convened)\b")
#: a sentence that refers back to the meeting reported before: "The talks, held on 5 June",
#: "This was agreed at the end of the two-day meeting", "The agreement was reached at"
_REFERS_BACK = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]heir|[Ii]ts)\s+(?:[\w'\u2019-]+\s+){0,8}?(?:meeting|"
    r"talks|dialogue|Dialogue|consultations|session|Session|round|Round|conference|Conference|"
    r"commission|Commission|committee|Committee|negotiations|Meeting|Talks|Consultations|JWG|"
    r"discussions|[Dd]ialogue)\b"
    r"|^(?:\d{1,2}[.)]\s+)?(?:This|It) was (?:\w+ )?(?:at|during)\b"
)
#: what marks a sentence as telling of another meeting or event than the one reported
_ANOTHER = re.compile(
    r"\b(?:similar|another|also met|preceded|previous|earlier|prior|last year|a year ago|"
    r"had (?:agreed|met|held|signed|visited|received|hosted|welcomed)|after one|"
    r"first(?! (?:day|days|part|half|phase|leg|stage)\b)|inaugural|"
    r"when (?:the|their|they|both|he|she))\b"
)
#: words of another gathering that a sentence referring back to the talks may hold of them
#: ("The talks, held on 3 June ahead of the summit"): they count only without that reference
_BESIDE = re.compile(r"\b(?:follows?|followed|following|ahead of|summit|visit by|visited)\b")


def reports_talks(text: str) -> bool:
    """Whether a sentence reports the talks in the past ("held talks", "met")."""
    return _REPORTS.search(text) is not None


#: for a place: another meeting, event or journey than the talks ("following the talks in
#: Kampala", "the first talks in Kampala since 2019" are the talks' own city, so those words
#: are not here), and a journey on from them ("The delegation later travelled to Gulu")
_ELSEWHERE = re.compile(
    # (not "earlier the same day": a part of the same occasion)
    r"\b(?:similar|another|also met|preceded|previous|"
    r"earlier(?! (?:the same|that|in the) day\b| today\b)|prior|last year|a year ago|"
    r"had (?:agreed|met|held|signed|visited|received|hosted|welcomed)|after one)\b"
)
#: words that tell of another gathering or a journey only in a sentence that does not refer
#: back to the talks ("The talks were held on the sidelines of a summit in Addis Ababa" is
#: the talks' city; "The delegation later travelled to Gulu" is not)
_ONWARD = re.compile(
    r"\b(?:summit|visit by|visited|later|then|afterwards|travell?ed|went on|"
    r"moved on|flew)\b"
)


def tells_of_another(text: str) -> bool:
    """Whether a sentence tells of another meeting, event or journey than the talks reported
    before it, for the place's sake ("also met in Nairobi", "at a similar meeting", "a summit
    in Arusha last year", "later travelled to Gulu").

    >>> tells_of_another("Officials also met in Nairobi in May to prepare the talks.")
    True
    >>> tells_of_another("The talks were held at State House in Kampala.")
    False
    >>> tells_of_another("The talks were held on the sidelines of a summit in Addis Ababa.")
    False
    """
    if _ELSEWHERE.search(text) is not None:
        return True
    return _ONWARD.search(text) is not None and _REFERS_BACK.search(text) is None


def _told_before(found: FoundDate, sentences: list[Sentence]) -> int | None:
    """The index of an earlier prose sentence that reports the meeting in the past with no
    time of its own, when the candidate's sentence does not refer back to that meeting: the
    candidate then dates another meeting or event ("Kenya and Uganda held talks in Kampala.
    The two sides had agreed on patrols at a summit in Arusha on 5 May")."""
    here = next((s for s in sentences if s.index == found.sentence), None)
    if here is None or here.heading:
        return None
    if found.review and found.review.startswith(_SPEAKERS_DAY):
        return None  # "Today we agreed": the speaker's day of the meeting just reported
    before = [s for s in sentences if _prose(s) and s.index < here.index]
    dateline = find_dateline(sentences)
    stamp = filing_stamp(sentences)

    def own(s: Sentence) -> str:  # the sentence without the dateline or stamp it opens with
        if dateline is not None and s.start <= dateline.end <= s.end:
            return s.text[dateline.end - s.start :]
        return s.text[stamp.end :] if stamp is not None and stamp.sentence == s.index else s.text

    told = next(
        (
            s.index
            for s in before
            if is_meeting(s) and _REPORTS.search(s.text) and not names_a_time(own(s))
        ),
        None,
    )
    if told is None:
        return None
    if _ANOTHER.search(here.text):
        return told
    if _REFERS_BACK.search(here.text):
        return None
    if _BESIDE.search(here.text):
        return told
    # no word either way: another meeting only if it is placed in another city
    where = {m.group(1) for m in _IN_PLACE.finditer(here.text)} - _MONTHS
    there = {m.group(1) for m in _IN_PLACE.finditer(_sentence_text(sentences, told))} - _MONTHS
    return told if where and there and not where & there else None


_IN_PLACE = re.compile(r"\b(?:in|at) ([A-Z][\w'\u2019-]+)")
_MONTHS = frozenset(MONTH_NAMES)


def _sentence_text(sentences: list[Sentence], index: int) -> str:
    return next((s.text for s in sentences if s.index == index), "")


def _side(found: FoundDate, sentences: list[Sentence]) -> bool:
    here = next((s for s in sentences if s.index == found.sentence), None)
    return here is not None and _SIDE.search(here.text) is not None


def _weak(found: FoundDate) -> bool:
    return bool(found.review) and any(w in (found.review or "") for w in _WEAK)


def _days(found: FoundDate) -> tuple[dt.date, dt.date]:
    return found.date, found.end or found.date


def check_evidence(
    found: FoundDate,
    sentences: list[Sentence],
    skip: set[int] | frozenset[int],
    find: Finder,
) -> tuple[FoundDate | None, str | None]:
    """``found`` when its evidence is strong; else None and a note naming the candidate and
    why it was not taken. ``find(skip)`` gives the next candidate outside ``skip``."""
    where = f"{_show(found)} (sentence {found.sentence + 1})"
    if _first_of_series(found, sentences):
        return None, (
            f"{where} not taken: the first meeting's date, and the text does not say this "
            "meeting is the first"
        )
    if not _acceptable(found, sentences):
        return None, (
            f"{where} not taken: it is not in the lead nor in a sentence that names this "
            "meeting (a background sentence's date?)"
        )
    told = _told_before(found, sentences)
    if told is not None:
        return None, (
            f"{where} not taken: sentence {told + 1} reports the meeting with no day, and "
            "this one does not refer back to it (another meeting's or event's date?)"
        )
    if _weak(found) or _side(found, sentences):
        return found, None
    # sentences whose date could not count (beyond the lead, not naming the meeting, no
    # "today"): skipped at once, so each further pass is short (the check cost 9% of an
    # article's time without this)
    lead_end = _lead_end(sentences)
    seen = set(skip) | {found.sentence}
    seen |= {
        s.index
        for s in sentences
        if s.index >= lead_end and not names_the_meeting(s.text) and not _TODAYISH.search(s.text)
    }
    first, last = _days(found)
    for _ in range(_MORE):
        other = find(frozenset(seen))
        if other is None:
            break
        seen.add(other.sentence)
        if _weak(other) or _side(other, sentences) or not _acceptable(other, sentences):
            continue
        start, end = _days(other)
        if end < first or start > last:
            span = opened_and_closed(found, other, sentences)  # "started on Sunday"
            if span is not None:
                found, (first, last) = span, _days(span)
                continue
            # "agreed on Tuesday", and "The two-day meeting, which opened on Monday (May 11)":
            # the other's span, given by its length, holds the day found
            wider = refine_span(other, sentences, None)
            if wider.end is not None and wider.date <= first and last <= wider.end:
                found = dataclasses.replace(found, date=wider.date, end=wider.end)
                first, last = _days(found)
                continue
            return None, (
                f"two dates disagree: {where} and {_show(other)} "
                f"(sentence {other.sentence + 1}); neither taken"
            )
    return found, None


def _show(found: FoundDate) -> str:
    return f"{found.date}" + (f" to {found.end}" if found.end else "")
