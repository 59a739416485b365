"""When a meeting was held.

A date is taken only where the text gives it as this meeting's: not a previous round's, not an
agreement's signed earlier, not one after the story was filed, not the filing's own date (a
dateline, an agency's stamp, a page's date line) unless the opening sentence tells of the meeting
with no other time. A date takes its year from the sentence, else from a dateline or stamp that
carries one, else from ``published`` or a page's date line, else from the meeting's own name
when the lead's weekday fits it ("the 2026 session", ``_edition``); with none of these there is
no date (never a guessed year). "March 27-28, 2018" is a range. A weekday ("on Tuesday"),
"today", "this morning" and "yesterday" are counted back from the same known date (a weekday
to the latest such day on it or in the six days before), never from a weekday that dates a
statement ("said on Monday"), one still to come ("will leave on Sunday") or a sentence whose
first time is vague ("last week"), and marked for review; a weekday the lead gives the meeting
is counted back from the full date of the statement that reports it (``_saidday``), never
that date itself. Dates in words and other calendars are read in ``_calendars``, dates in a
sentence in ``_dates`` (the weekday and "today" phrasings in ``_whenwords``), a page's and an
agency's date lines in ``_stamps`` (which way "05/03/2025" reads in ``_locale``); another
event's date beside the talks is told in ``_governed``, an opening's own time and a sentence's
past part in ``_times``, and a day found is widened to the meeting's span or narrowed to the
talks inside a visit in ``_spans``. A date found only in a background sentence, or two dates
of the talks that disagree, give none (``_evidence``, which lists every path a date can come
by and the evidence each rests on); so do one day of a meeting the same sentence says lasted
days, its span not found (``_spans.unresolved_span``), and a day that is not the weekday the
lead gives the meeting (``_weekdays``): the draft then names the candidate left and why. A
wrong date is worse than a missing one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ._calendars import other_calendar_day
from ._countries import is_future, is_meeting
from ._dates import WEEKDAYS, dates_in, soon_after
from ._edition import edition_day
from ._evidence import check_evidence
from ._filed import opening_day
from ._governed import (
    ARRIVAL,
    CALL,
    OTHER_EVENT,
    SIGNED_BEFORE,
    closed_on,
    foreign_date,
    tells_of_talks,
)
from ._reported import REPORTED as _REPORTED
from ._reported import TODAY_REPORTED
from ._rounds import earlier_round, reported_round, without_round_before
from ._saidday import counted_from_statement, statement_date
from ._spans import refine_span, unresolved_span
from ._stamps import (
    dated_heading,
    dateline_day,
    entry_dates,
    filing_stamp,
    is_date_line,
    story_date,
    yearless_stamp_end,
)
from ._text import Dateline, Sentence
from ._times import VAGUE, YESTERDAY, past_part, relative_day
from ._weekdays import weekday_disagrees
from ._whenwords import HELD_AFTER as _HELD_AFTER
from ._whenwords import NOT_THIS as _NOT_THIS
from ._whenwords import TODAY as _TODAY
from ._whenwords import TODAY_END as _TODAY_END
from ._whenwords import WEEKDAY as _WEEKDAY
from ._whenwords import still_to_come

__all__ = ["NEXT_MEETING", "PAST_VERB", "FoundDate", "find_date"]


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    end: dt.date | None
    sentence: int
    review: str | None = None


def find_date(
    sentences: list[Sentence],
    *,
    dateline: Dateline | None,
    published: dt.date | None,
    skip: set[int] | frozenset[int] = frozenset(),
    after: dt.date | None = None,
) -> tuple[FoundDate | None, str | None]:
    """The meeting's date, or None and why (a date with no year, no date at all). ``after``
    is an earlier meeting's date in the same article (a tour's next stop): "On October 15"
    after "October 14, 2024" is in 2024. A day found is then widened to the meeting's span
    or narrowed to the talks inside a visit (``_spans``)."""
    if after is not None:  # a tour's next stop: "The following day, he met ... in Vientiane"
        for s in sentences:
            if s.heading or s.index in skip or not is_meeting(s):
                continue
            offset = relative_day(s.text)
            if offset is not None and not dates_in(s.text, after):
                day = after + dt.timedelta(days=offset)
                return FoundDate(day, None, s.index, "counted from the meeting before"), None
            break
    found, why = _find_date(
        sentences, dateline=dateline, published=published, skip=skip, after=after
    )
    if found is not None:  # a background sentence's date, two dates that disagree: none
        found, why = check_evidence(
            found,
            sentences,
            skip,
            lambda more: _find_date(
                sentences, dateline=dateline, published=published, skip=more, after=after
            )[0],
        )
    if found is None:
        return None, why
    found = refine_span(found, sentences, story_date(sentences, dateline, published), skip)
    gap = unresolved_span(found, sentences)
    if gap is not None:  # one day of a meeting told as days: not a date to stand alone
        return None, gap
    clash = weekday_disagrees(found, sentences)
    if statement_date(found, sentences):  # "the ministry said on Wednesday, 30 September":
        # the meeting's weekday counted back from it, or no date
        said = counted_from_statement(found, sentences)
        if said is None or weekday_disagrees(said, sentences) is not None:
            return None, f"{found.date} not taken: the date of the statement, not the meeting's"
        found = said
    elif clash is not None:  # the lead's weekday and the date found disagree: neither is sure
        return None, clash
    return found, why


def _find_date(
    sentences: list[Sentence],
    *,
    dateline: Dateline | None,
    published: dt.date | None,
    skip: set[int] | frozenset[int] = frozenset(),
    after: dt.date | None = None,
) -> tuple[FoundDate | None, str | None]:
    stamp = filing_stamp(sentences) if dateline is None or dateline.date is None else None
    anchor = dateline.date if dateline and dateline.date else None
    anchor = anchor or (stamp.until or stamp.date if stamp else None) or published
    month_day = dateline.month_day if dateline is not None else None
    dated = dated_heading(sentences, month_day=month_day) if anchor is None else None
    anchor = anchor or dated
    edition = edition_day(sentences, dateline) if anchor is None else None  # "the 2026 session"
    anchor = anchor or edition
    source = "the dateline" if dateline and dateline.date else "--published"
    source = "the agency's date stamp" if stamp and not (dateline and dateline.date) else source
    source = "the date line" if dated else source
    filed_day = dateline_day(dateline, anchor)  # "BANGKOK, Feb 6 (Reuters)", the page's year
    anchor, source = (filed_day, "the dateline") if filed_day else (anchor, source)
    source = "the dateline, its year from the meeting's name" if edition else source
    from_before = anchor is None and after is not None
    if after is not None and anchor is None:
        anchor = dt.date(after.year, 12, 31)  # the next stop is in the same year
    entries = entry_dates(sentences)
    opening = yearless_stamp_end(sentences) or (-1, 0)
    yearless = None
    yearless_days: set[tuple[int, int]] = set()
    vague_why: str | None = None
    left: str | None = None  # the first candidate not taken, and why
    signed: FoundDate | None = None  # "signed at Colombo on the sixteenth day of January"
    later_round = any(_LATER_ROUND.search(x.text) for x in sentences)
    reported = reported_round(sentences)
    vague_body = False
    # the body before the headings: "on 9 December" is more precise than a headline's span
    for s in [x for x in sentences if not x.heading] + [x for x in sentences if x.heading]:
        if s.index in skip or not (is_meeting(s) or "signed" in s.words or tells_of_talks(s.text)):
            continue
        if CALL.search(s.text):
            continue  # "On Sunday, the Minister received a phone call from ...": no meeting
        if s.heading and dated is not None and is_date_line(s.text):
            continue  # "Thursday, October 15, 2026, 4:05 p.m., Press Conference Room": the page's
        # the body tells of the talks "last week": a heading's date of the story's day is the
        # page's ("Kenya, Uganda hold talks - 6 March 2026")
        vague_body = vague_body or (not s.heading and VAGUE.search(s.text) is not None)
        cut = 0  # the dateline's (or the stamp's) date is the filing's
        if dateline is not None and s.start <= dateline.end <= s.end:
            cut = dateline.end - s.start
        if stamp is not None and s.index == stamp.sentence:
            cut = max(cut, stamp.end)  # "TEHRAN, Aban 26, 1403 (IRNA) --": past "TEHRAN,"
        if dateline is None and stamp is None and s.index == opening[0]:
            cut = max(cut, opening[1])  # "Asunción, Aug 4 (IP) - ": the filing's day
        body = s.text[cut:]
        if is_future(s):
            # "At the talks held on 9 September, they agreed to hold the next round on ...":
            # this meeting's part comes first, told in the past
            nxt = _NEXT.search(body)
            if nxt is not None and (
                _PAST_VERB.search(body, 0, nxt.start()) or _DONE.search(body, 0, nxt.start())
            ):
                body = body[: nxt.start()]
            else:  # "Ahead of the next round, ... held talks on 5 March"
                body = past_part(body)
                if not body:
                    continue
        blanked = without_round_before(body)
        if blanked != body:  # the draft names the date left: "an earlier round's"
            gone = [d for d in dates_in(body, anchor) if not blanked[d.at : d.at + 1].strip()]
            if gone:
                left = (
                    left
                    or f"{gone[0].start} in sentence {s.index + 1} not taken: the round before's"
                )
            body = blanked
        previous = _PAST_ROUND.search(body)
        if previous is not None and _SINCE.search(body, 0, previous.start()):
            body = body[: previous.start()]  # "the first talks since the previous round on"
            previous = None
        if previous is None and later_round and _FIRST_ROUND.search(body):
            previous = _FIRST_ROUND.search(body)  # "The first round was held in Lome on ..."
        if previous is None:  # "The Second Dialogue was held in Canberra on ..." (of the third)
            previous = earlier_round(body, reported)
        past = previous is not None
        text = s.text[: cut + len(body)]
        not_this = past or (_NOT_THIS.search(text) is not None and not _HELD.search(text))
        for start, end, inferred, at in dates_in(body, anchor):
            late = anchor if not inferred and not from_before else None  # to compare with
            if yearless_days and not inferred and (start.month, start.day) not in yearless_days:
                off = "not the yearless day given before"  # "a pact signed on 12 January 2025"
            elif (
                s.heading
                and vague_body
                and (start == anchor or re.search(r"\s[-|\u2013\u2014]\s*$", body[:at]))
            ):
                off = "the page's date in a heading, and the body gives no day"
            elif OTHER_EVENT.search(body, 0, at) or ARRIVAL.search(body, 0, at):
                off = "another event's or a journey's"  # "a week after the attack on 14 Feb"
            elif SIGNED_BEFORE.search(body, 0, at) and _HELD.search(text):
                off = "an agreement signed before"  # "they reviewed the pact signed on ..."
            elif late is not None and (start - late).days > 1:
                off = f"after {source}'s {late}"  # not the meeting the story reports
            elif late is not None and re.search(r"\bsigned\b", text) and (late - start).days > 92:
                off = "an earlier signing"  # "reviewed the agreement signed on 5 March 2019"
            elif late is not None and (late - start).days > _STALE_DAYS:
                # "followed the fourth round, held on 12 December 2023"
                vague_why = vague_why or f"only {start}, long before {source}'s {late}"
                continue
            elif foreign_date(body, at, is_range=end is not None):
                off = "another event's (a statement, an attack, a deadline, a quotation)"
            elif inferred and anchor and not from_before and soon_after(start, anchor):
                off = "a date still to come"  # "a plan for 31 March" of a story of 6 March
            elif (
                not_this
                and (past or signed is not None or "signed" not in s.words)
                and (past or not closed_on(body, at) or _NOT_THIS.search(body, 0, at))
            ):
                off = "an earlier meeting's or another event's"
            else:
                off = None
            if off is not None:
                left = left or f"{start} in sentence {s.index + 1} not taken: {off}"
                continue
            why = None
            if inferred:
                why = f"year taken from {'the meeting before' if from_before else source}"
            if not_this:  # a signing's date, taken only if nothing else dates the meeting
                signed = FoundDate(start, end, s.index, why)
                continue
            return FoundDate(start, end, s.index, why), None
        undated = [d for d in dates_in(body, dt.date(2000, 12, 31)) if d.inferred]
        if yearless is None and undated:
            yearless = s.text
            # the meeting's day without its year: a later date with a year is another's
            yearless_days = {(d.start.month, d.start.day) for d in undated}
        if anchor is None or past or from_before:
            continue  # (a tour's next stop has a year, not a day to count from)
        day_of = anchor
        if entries and not (dateline and dateline.date):
            # a live blog's entry counts from the date line above it, not the page's
            day_of = next((d for i, d in reversed(entries) if i < s.index), anchor)
        told = YESTERDAY.search(body) and TODAY_REPORTED.search(body)  # "announced today"
        if not told and (
            _TODAY.search(body) or _TODAY_END.search(body) or _THIS_MORNING.search(body)
        ):
            return FoundDate(day_of, None, s.index, f"'today' is the date of {source}"), None
        # the first time the sentence gives is the meeting's: "held consultations last week,
        # the Foreign Office said on Monday" has no day; "agreed on Tuesday ... after
        # clashes last month" has one
        vague = VAGUE.search(body)
        vague_why = vague_why or (f"only '{vague.group()}', no day" if vague else None)
        first = vague.start() if vague else len(body)
        ago = YESTERDAY.search(body, 0, first)
        if ago and not _REPORTED.search(body, 0, ago.start()):
            back = 2 if body[: ago.start()].lower().endswith("day before ") else 1
            day = day_of - dt.timedelta(days=back)
            return FoundDate(day, None, s.index, f"'yesterday' counted back from {source}"), None
        for wd in _WEEKDAY.finditer(body, 0, first):
            if wd.group(1) and _REPORTED.search(body, 0, wd.start()):
                continue  # "the ministry said on Thursday": the day of the statement
            if ARRIVAL.search(body, 0, wd.start()) or OTHER_EVENT.search(body, 0, wd.start()):
                continue  # "who arrived in Vientiane on Monday, held talks on Tuesday"
            if foreign_date(
                body, wd.start(), is_range=_AND_WEEKDAY.match(body, wd.end()) is not None
            ):
                continue  # "after militants attacked engineers on Sunday"
            if _DATE_AFTER.match(body, wd.end()) and not other_calendar_day(body, wd.end()):
                continue  # "on Tuesday (May 6)": the date decides, and it did not fit
            if not s.heading and still_to_come(body, wd.start()):
                continue  # "are holding talks on Wednesday": not last Wednesday's
            if wd.group().startswith(("from", "From", "between", "Between")) and not (
                _PAST_VERB.search(body, 0, wd.start()) or _HELD_AFTER.match(body, wd.end())
            ):
                continue  # "is in Lome from Monday to Wednesday": days to come, not past ones
            target = WEEKDAYS.index((wd.group(1) or wd.group(2)).lower())
            two = _AND_WEEKDAY.match(body, wd.end())  # "on Monday and Tuesday": a range
            last = WEEKDAYS.index(two.group(1).lower()) if two else target
            end = day_of - dt.timedelta(days=(day_of.weekday() - last) % 7)
            if end == day_of and body[: wd.start()].endswith(("last ", "Last ")):
                end -= dt.timedelta(days=7)  # "last Thursday" in a story of a Thursday
            if re.match(r"\s+(?:of\s+)?last week\b", body[wd.end() :]):
                # "on Tuesday last week": that day of the calendar week before the story's
                end = day_of - dt.timedelta(days=day_of.weekday() + 7 - last)
            day = end - dt.timedelta(days=(last - target) % 7)
            why = f"'{wd.group()}{two.group() if two else ''}' counted back from {source}"
            return FoundDate(day, end if end != day else None, s.index, why), None
    notice = anchor is None and any(_NOTICE.search(s.text) for s in sentences)
    if signed is not None and (
        notice
        or (anchor is not None and not from_before and 0 <= (anchor - signed.date).days <= 92)
    ):
        # a notice of an agreement signed shortly before it, or a gazette's notice of one
        # (no date of its own to compare with): the signing is the event
        return FoundDate(signed.date, signed.end, signed.sentence, "the date of signing"), None
    filed = opening_day(sentences, dateline, stamp, skip)
    if filed is not None:
        # "ABU DHABI, 18th November, 2024 (WAM) -- X received Y": an agency's day
        return FoundDate(filed.date, filed.end, filed.sentence, "the date of the dateline"), None
    if yearless is not None:
        return None, f"a date without a year ('{yearless[:60]}'; give --published)"
    return None, vague_why or left


#: an earlier round's date ("The previous round was held in Kathmandu on 12 August 2023")
#: the first of the talks, told in a text of a later round: an earlier meeting's date
_FIRST_ROUND = re.compile(
    r"\b(?:the|its|their) (?:first|inaugural|1st) (?:round|meeting|session|edition|talks)\b"
    r"[^.;]{0,60}?\b(?:(?:was|were|had been) (?:held|convened)|took place)\b",
    re.I,
)
#: "the second round", "the 4th Korea-Poland Vice Ministerial Strategic Dialogue"
_LATER_ROUND = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"(?!1st\b)\d+(?:st|nd|rd|th))\b(?:[\s-]+[\w-]+){0,6}?\s+"
    r"(?:round|meeting|session|edition|dialogue|talks|consultations)\b",
    re.I,
)
_PAST_ROUND = re.compile(
    r"\b(?:previous|last|preceding|earlier|prior) (?:round|meeting|session|edition|talks)\b"
    r"|\blast met\b|\bmet (?:last|previously)\b"
    r"|\b(?:was|were) (?:last|previously) (?:held|convened)\b|\blast (?:held|convened|took place)\b"
    r"|\bhad (?:been )?(?:held|met|taken place|convened)\b"
    r"|\b(?:was|were) first (?:held|convened)\b|\bfirst (?:met|took place)\b",
    re.I,
)
#: a story reports a meeting within weeks: a date this long before the story's own date is an
#: earlier meeting's (a feature looking back has no date line to compare with)
_STALE_DAYS = 45
_NOTICE = re.compile(r"\b(?:NOTICE is hereby given|(?i:the gazette of))\b")
#: where a sentence turns to a meeting to come, and a past meeting verb before it
_NEXT = re.compile(
    r"\b(?:next|upcoming|will (?:be )?(?:hold|held|host|meet|take place|convene)|to be held|"
    r"agreed to (?:hold|meet|convene)|would be held|scheduled to|later this|plans? to)\b",
    re.I,
)
_PAST_VERB = re.compile(
    r"\b(?:met|held|hosted|co-chaired|chaired|took place|concluded|talks (?:on|held))\b"
)


#: what was done at the meeting, told before a plan: "agreed on Tuesday in Szeged to extend
#: their joint patrols until the end of next year"
_DONE = re.compile(r"\b(?:agreed|decided|signed|pledged|vowed|resolved)\b")
_SINCE = re.compile(r"\b(?:since|after|followed|following|than)\b")
_HELD = re.compile(
    r"\b(?:held|met|talks|took place|convened|co-chaired|chaired|hosted|received|welcomed|"
    r"discussed|reviewed|agreed)\b"
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]{0,6})\.?(?![\w])"
_DATE_AFTER = re.compile(
    r"\s*[(,]\s*(?:the\s+)?(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)|\s+the\s+\d"
    # "on Wednesday 24 June", "on Wednesday June 24": the date decides, not the weekday
    rf"|\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|\s+{_MONTH}\s+\d"
)
_AND_WEEKDAY = re.compile(
    r"\s*(?:and|-|\u2013|to|through|until|till)\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b"
)
_THIS_MORNING = re.compile(
    r"\b(?:met|held|hosted|received|began|opened|welcomed)\b[^.;]{0,140}"
    r"\bthis (?:morning|afternoon|evening)\b"
    # "MS BRUCE: Earlier today, the Secretary met ...", "This morning, the two ministers held"
    r"|^(?:[A-Z][A-Z .]{1,30}:\s*)?(?:(?:Earlier|Later) )?(?:[Tt]oday|[Tt]his (?:morning|"
    r"afternoon|evening)),?\s"
)
#: where a sentence turns to a meeting to come, and a past meeting verb (for ``_when_where``)
NEXT_MEETING = _NEXT
PAST_VERB = _PAST_VERB
