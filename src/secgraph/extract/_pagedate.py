"""The day an HTML page says it published its article, from the page's own markup.

A news page often keeps its date in markup the main-text reader drops: a byline's
``<time datetime="2026-09-21">``, a ``<meta property="article:published_time">`` tag, a
JSON-LD ``"datePublished"``. ``_text`` writes it as a date line under the title, so the
date logic counts "on Sunday" from it as from any page's date line.

Only a date the page gives as its publication is read, and only when the page gives one:
a modified date (``article:modified_time``, ``"dateModified"``) is never read; ``<time>``
elements (and elements of a date class, '<span class="time">2026-04-14 18:22</span>') are
read, with a byline's date ("By X / 05:40 AM February 25, 2026"), only when they all
carry the same day (a list of related stories, each
with its own ``<time>``, gives none); a publication tag and the ``<time>`` elements that
disagree give none. A date guessed from a URL, a copyright line or the text is not read.
"""

from __future__ import annotations

import datetime as dt
import html as html_module
import re

__all__ = ["published_day"]

_ISO_DAY = r"((?:19|20)\d\d)-(\d\d)-(\d\d)"
_META = re.compile(
    r"<meta\b[^>]*?\b(?:property|name|itemprop)\s*=\s*[\"']"
    r"(?:article:published_time|og:published_time|datePublished|pubdate|publish[-_]?date|"
    r"publication[-_]date|date|dc\.date(?:\.issued|\.created)?|dcterms\.(?:issued|created|date)|"
    r"article\.published|sailthru\.date|parsely-pub-date)[\"'][^>]*>",
    re.I,
)
_CONTENT = re.compile(r"\bcontent\s*=\s*[\"']\s*" + _ISO_DAY, re.I)
#: "20260304" in a publication tag
_COMPACT = re.compile(r"\bcontent\s*=\s*[\"']\s*((?:19|20)\d\d)(\d\d)(\d\d)\b", re.I)
#: '<time>4 March 2026</time>', '<span itemprop="datePublished">4 March 2026</span>'
_TIME_TEXT = re.compile(r"<(time|span|div|p)\b([^>]*)>\s*([^<]{6,60}?)\s*</\1>", re.I)
_JSON_LD = re.compile(r"\"datePublished\"\s*:\s*\"\s*" + _ISO_DAY)
_TIME = re.compile(r"<time\b[^>]*?\bdatetime\s*=\s*[\"']\s*" + _ISO_DAY, re.I)


def _day(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


#: an element a page's template marks as its date: '<span class="time">2026-04-14 18:22</span>'
_CLASSED = re.compile(
    r"<(?:span|div|p|small|em|li|time)\b[^>]*?\bclass\s*=\s*[\"']([^\"']*)[\"'][^>]*>"
    r"\s*([^<]{6,100}?)\s*<"
)
_DATE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:time|dates?|published|pubdate|posted|timestamp|post-date|entry-date|"
    r"fecha|datum|tarih|datetime|postdate|newsdate|pubtime|stamp|datestamp)"
    r"(?:$|[\s_-])",
    re.I,
)
_REVISED_CLASS = re.compile(r"updat|modif|revis|edit", re.I)
#: where an element's text turns to when the page was revised
_UPDATED_PART = re.compile(r"\|?\s*\b(?:Last )?(?:[Uu]pdated|[Mm]odified|[Rr]evised|Actualizado)\b")
#: a definition list's or a table's label and value: "<dt>Published</dt><dd>12 March 2026</dd>"
_LABELLED = re.compile(
    r"<(dt|th|td|strong|b|span|label)\b[^>]*>\s*(?:Date\s+)?(?:[Pp]ublished(?: on)?|"
    r"[Pp]ublication [Dd]ate|[Pp]osted(?: on)?|[Ii]ssued(?: on)?|[Rr]elease [Dd]ate|"
    r"[Dd]ate(?: of publication)?|Publicado|Fecha|"
    # a Korean or Japanese ministry's English page: "<dt>Registration date</dt><dd>2026. 4. 29."
    r"(?:[Rr]egistration|[Rr]egistered|[Pp]ublishing|[Pp]osting) [Dd]ate)\s*:?\s*</\1>\s*"
    r"(?:<(?:dd|td|span|time|em)\b[^>]*>\s*)?([^<]{6,60}?)\s*<"
)

#: an element of any class whose text is a labelled date line: "Source: Xinhua | 2026-08-14
#: 22:10:05 | Editor: huaxia", "Published: 3 March 2026"
_SOURCED = re.compile(
    r"<(div|p|span)\b[^>]*>\s*((?:Source|Published|Posted|Publication date)\s*:[^<]{6,100}?)"
    r"\s*</\1>"
)


#: a byline's element, whose last part is often the date: "By: X - Reporter / 05:40 AM
#: February 25, 2026"
_BYLINE = re.compile(
    r"<(div|p|span|section)\b[^>]*?\bclass\s*=\s*[\"']([^\"']*(?:byline|dateline|"
    r"article-meta|post-meta|entry-meta|story-meta|\bmeta(?:data)?\b)[^\"']*)[\"'][^>]*>(.*?)</\1>",
    re.I | re.S,
)
_PART = re.compile(r"\s[/|\u2022\u00b7\u2013\u2014-]\s|\s{2,}")


def _classed(html: str) -> set[dt.date]:
    from ._stamps import date_line, header_date

    out = set()
    for m in _CLASSED.finditer(html):
        names = m.group(1)
        if _DATE_CLASS.search(names) and not _REVISED_CLASS.search(names):
            # "Published: 26 August 2026 Updated: 27 August 2026": the first part ("Updated:
            # April 22, 2026" alone still dates the page)
            first = _UPDATED_PART.split(m.group(2))[0]
            day = date_line(first if first.strip() else m.group(2))
            if day is None and not first.strip():  # "Last updated: 25/06/2026 // Site name"
                day = header_date(m.group(2))
            if day is not None:
                out.add(day)
    # "Source: Xinhua | 2026-08-14 22:10:05 | Editor: X": read when such lines give one day
    # (a list of other stories, each "Published: ...", gives none)
    sourced = {d for m in _SOURCED.finditer(html) if (d := date_line(m.group(2))) is not None}
    out |= sourced if len(sourced) == 1 else set()
    for m in _LABELLED.finditer(html):
        day = date_line(m.group(2))
        if day is not None:
            out.add(day)
    for m in _BYLINE.finditer(html):
        if _REVISED_CLASS.search(m.group(2)):
            continue
        # a line break parts it too: "From: Ministry of Defence<br>Published 2 February 2026"
        text = re.sub(r"<br\s*/?>", " | ", m.group(3), flags=re.I)
        text = html_module.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)))
        # "Rome, 22 January 2025": a place before the date
        days = {d for part in _PART.split(text) if (d := _placed(part.strip())) is not None}
        if len(days) == 1:
            out |= days
    return out


def _placed(part: str) -> dt.date | None:
    from ._stamps import date_line

    found = date_line(part)
    if found is None:
        place = re.match(r"[A-Z][\w' -]{1,25},\s*", part)
        found = date_line(part[place.end() :]) if place else None
    return found


def _timed_element(m: re.Match[str]) -> bool:
    """A ``<time>`` element without a ``datetime`` (read before), or an element marked
    ``itemprop="datePublished"``."""
    attributes = m.group(2).lower()
    if "datepublished" in attributes:
        return True
    return m.group(1).lower() == "time" and "datetime" not in attributes


def _text_day(m: re.Match[str]) -> dt.date | None:
    from ._stamps import date_line

    return date_line(m.group(3))


def _time_texts(html: str) -> set[dt.date]:
    """The days of the page's ``<time>`` elements that give their date only as text, when
    they are one date: a "More news" list's ``<time>03/06/2026</time>``,
    ``<time>18/05/2026</time>`` dates its own stories, not the page (a date two readings fit
    counts as a date too)."""
    from ._stamps import date_line

    found = [m for m in _TIME_TEXT.finditer(html) if _timed_element(m)]
    texts = {
        re.sub(r"\s+", " ", m.group(3))
        for m in found
        if any(date_line(m.group(3), day_first=first) for first in (None, True, False))
    }
    if len(texts) > 1:
        return set()
    return {d for m in found if (d := _text_day(m)) is not None}


def published_day(html: str) -> dt.date | None:
    """The page's publication day, or None when its markup gives none or disagrees.

    >>> published_day('<p class="byline">By JT | <time datetime="2026-09-21">Sep 21</time>')
    datetime.date(2026, 9, 21)
    >>> published_day('<time datetime="2025-03-03"></time><time datetime="2025-02-20"></time>')
    >>> published_day('<meta property="article:modified_time" content="2025-06-12">')
    >>> published_day('<div class="meta"><span class="time">2026-04-14 18:22</span></div>')
    datetime.date(2026, 4, 14)
    >>> published_day('<div class="byline">By <a>Ana Cruz</a> / 05:40 AM February 25, 2026</div>')
    datetime.date(2026, 2, 25)
    >>> published_day('<p class="byline">by Ana &middot; ROME &middot; Mar 06, 2026 - 10:41</p>')
    datetime.date(2026, 3, 6)
    >>> published_day('<p class="meta">Rome, 22 January 2025</p>')
    datetime.date(2025, 1, 22)
    >>> published_day('<dl><dt>Published</dt><dd>12 March 2026</dd></dl>')
    datetime.date(2026, 3, 12)
    >>> published_day('<dl><dt>Registration date</dt><dd>2026. 4. 29.</dd></dl>')
    datetime.date(2026, 4, 29)
    >>> published_day('<div class="fecha">Publicado: 3/3/2026 18:40</div>')
    datetime.date(2026, 3, 3)
    """
    tagged = {
        d
        for tag in _META.finditer(html)
        if (m := _CONTENT.search(tag.group())) is not None and (d := _day(m)) is not None
    }
    tagged |= {
        d
        for tag in _META.finditer(html)
        if (m := _COMPACT.search(tag.group())) is not None and (d := _day(m)) is not None
    }
    tagged |= {d for m in _JSON_LD.finditer(html) if (d := _day(m)) is not None}
    timed = {d for m in _TIME.finditer(html) if (d := _day(m)) is not None}
    timed |= _classed(html)
    timed |= _time_texts(html)
    if len(tagged) > 1 or len(timed) > 1:
        return None
    if tagged and timed and tagged != timed:
        return None
    found = tagged or timed
    return found.pop() if found else None
