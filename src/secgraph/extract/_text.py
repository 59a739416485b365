"""From a file's bytes to checked article text, its sentences and its dateline.

Bad input stops here with one line (``InputError``): an empty file, a binary file, text that
is not UTF-8, a text too long to be one article, a text that is not English. HTML keeps only
the article's main text (``trafilatura``), without navigation, menus and comments.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

from ..errors import InputError

__all__ = [
    "MAX_BYTES",
    "Dateline",
    "Sentence",
    "find_dateline",
    "read_text",
    "split_sentences",
]

#: The largest input read as one article: long reports run to 100 kB; 2 MB is a book.
MAX_BYTES = 2_000_000

#: Bytes found in text (tab, newlines, form feed, printable ASCII and all of UTF-8's).
_TEXT_BYTES = bytes([9, 10, 11, 12, 13, *range(32, 256)])
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "a",
        "is",
        "was",
        "were",
        "with",
        "on",
        "for",
        "that",
        "by",
        "at",
        "from",
        "as",
        "are",
        "has",
        "have",
        "it",
        "its",
        "this",
        "will",
        "be",
        "their",
        "both",
        "two",
        "said",
    ]
)


def read_text(data: bytes, name: str) -> str:
    """Checked article text from a file's bytes (HTML reduced to its main text)."""
    if len(data) > MAX_BYTES:
        raise InputError(
            name,
            f"{len(data) / 1e6:.1f} MB is more than one article ({MAX_BYTES // 1_000_000} MB at "
            "most); give each article as its own file",
        )
    if not data.strip():
        raise InputError(name, "empty file; give the text of a news article or statement")
    sample = data[:8192]
    if b"\0" in sample or len(sample.translate(None, _TEXT_BYTES)) > len(sample) // 100:
        raise InputError(name, "binary file, not text; give the article as plain text or HTML")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            name,
            f"not UTF-8 text (byte {err.start}); save it as UTF-8 (iconv -t UTF-8) and try again",
        ) from err
    if _looks_like_html(text):
        text = _html_text(text, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_english(text, name)
    return text


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        "<body" in head or ("<p>" in head and "</p>" in head)
    )


def _html_text(html: str, name: str) -> str:
    import trafilatura

    from ._pagedate import published_day
    from ._pagelead import with_page_lead
    from ._pageline import with_page_dateline

    # a table cell's lines ("A, TITLE<br>B, TITLE"): entries of a list, not one run of words
    html = _CELL.sub(lambda m: _BREAK.sub("; ", m.group()), html)
    body = trafilatura.extract(
        html, include_comments=False, include_tables=True, favor_precision=True
    )
    if not body or not body.strip():
        raise InputError(name, "HTML page with no article text found; save the article's text")
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None and meta.title else None
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    day = published_day(html)  # a byline's <time> the reader dropped: a date line of its own
    if day is not None:
        head, _, rest = body.partition("\n") if title else ("", "", body)
        body = f"{head}\n\nPublished: {day.day} {day:%B %Y}\n\n{rest}".lstrip()
    body = with_page_lead(html, body, title)  # a lead paragraph in an element of its own
    body = with_page_dateline(html, body)  # "Addis Ababa, October 7/2026 (ENA)" above it
    # a delegation table's row ("| RANK NAME | TITLE |") as one entry of a list; the rows of
    # any other table (figures, a schedule) are no part of the article's text
    body = re.sub(r"(?m)^\|\s*(.*?)\s*\|\s*$", _table_row, body)
    # one line a paragraph: a blank line between, so a page's date line stays its own
    return re.sub(r"\n+", "\n\n", body.strip()) + "\n"


#: a delegation table's row: a name (two capitalised words at least) in one cell, a post in another
_NAME_CELL = re.compile(r"^(?:[A-Z][\w.'\u2019-]*\s+){1,7}[A-Z][\w'\u2019-]+$")
_POST_CELL = re.compile(
    r"\b(?:Minister|Secretary|Director|Commander|Chief|Head|Ambassador|Adviser|Advisor|"
    r"Commissioner|Officer|Attach[eé]|Directorate|Department|Ministry|Agency|Colonel|General)\b"
)


_CELL = re.compile(r"<t[dh]\b[^>]*>.*?</t[dh]>", re.S | re.I)
_BREAK = re.compile(r"(?:\s*<br\s*/?>\s*)+", re.I)
#: a side's cell before its people's: "| Japan | A, TITLE; B, TITLE |" (a country's name)
_SIDE_CELL = re.compile(r"^(?:The\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}$")


def _table_row(m: re.Match[str]) -> str:
    cells = [c.strip() for c in m.group(1).split("|")]
    person = len(cells) in (2, 3) and _NAME_CELL.match(cells[0]) is not None
    if person and any(_POST_CELL.search(c) for c in cells[1:]):
        return f"- {m.group(1)};"
    # a side's row of a participants' table: "Japan: A, TITLE; B, TITLE." (a country's list)
    side = len(cells) == 2 and _SIDE_CELL.match(cells[0]) is not None and "; " in cells[1]
    return f"{cells[0]}: {cells[1].rstrip('; ')}." if side and _POST_CELL.search(cells[1]) else ""


def _check_english(text: str, name: str) -> None:
    words = re.findall(r"[^\W\d_]+", text[:4000])
    if len(words) < 12:
        return
    joined = "".join(words)
    letters = len(joined)
    latin = len(joined.encode("ascii", "ignore"))
    english = sum(w.lower() in _ENGLISH for w in words)
    if latin < letters * 0.7 or english < len(words) * 0.06:
        raise InputError(
            name,
            f"the text does not read as English ({english} of {len(words)} words are common "
            "English words); secgraph extract reads English articles: give a translation",
        )


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a heading) of the text, with its character span."""

    index: int
    start: int
    end: int
    text: str
    heading: bool = False
    paragraph: int = 0

    @cached_property
    def words(self) -> frozenset[str]:
        """Its lower-case words: a pattern runs only on sentences that hold one of its words
        (Python's ``re`` tries every branch of an alternation at every position; this check
        halved the time of an article)."""
        return frozenset(_WORD.findall(self.text.lower()))

    def has(self, words: frozenset[str]) -> bool:
        return not self.words.isdisjoint(words)


_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_ABBREV = (
    r"(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Lt|Col|Maj|Capt|Adm|Cdr|Cdre|Cmdr|Brig|Sgt|Gov|Sen|"
    r"Rep|Amb|Smt|Supt|Pol|Md|Mohd|Muhd|Ma|Ret|Retd|Eng|Engr|res|ret|retd|Res|Cllr|Ir|"  # "(res.)"
    r"Barr|Hon|No|Nos|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|Corp|vs|"
    r"etc|i\.e|e\.g|approx|Ph\.D|U\.S|U\.K|U\.N|E\.U|U\.A\.E|[A-Z]|[CKST]h)"
)
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")
_ABBREV_END = re.compile(rf"(?:^|[\s(/.-]){_ABBREV}\.$")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences by punctuation, paragraphs by blank lines; a short unpunctuated line is a heading.

    >>> text = "Talks Held\\n\\nMr. Khan met U.S. officials. They agreed."
    >>> [s.text for s in split_sentences(text)]
    ['Talks Held', 'Mr. Khan met U.S. officials.', 'They agreed.']
    """
    out: list[Sentence] = []
    for p_index, para in enumerate(re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)):
        block = para.group()
        base = para.start()
        stripped = block.strip()
        if not stripped:
            continue
        lines = [ln for ln in re.finditer(r"[^\n]+", block) if ln.group().strip()]
        if all(_is_heading(ln.group().strip()) for ln in lines):
            for ln in lines:
                head = ln.group().strip()
                lead = base + ln.start() + ln.group().index(head)
                out.append(Sentence(len(out), lead, lead + len(head), head, True, p_index))
            continue
        block, marks = _listed(block)
        start = 0
        for m in _BOUNDARY.finditer(block):
            piece = block[start : m.start()]
            if re.fullmatch(r"\s*\(?\d{1,3}[.)]", piece):
                continue  # "1. The Ministers ...": a numbered paragraph
            if _ABBREV_END.search(piece.rstrip("\"'\u201d\u2019)")):
                nxt = block[m.end() : m.end() + 20]
                # "U.S. officials" stays one sentence; "in the U.S. They" is two
                if not re.match(r"(?:The|They|He|She|It|We|In|On|Both|A(?!\.)|An)\b", nxt):
                    continue
            _add(out, block, base, start, m.start(), p_index, marks)
            start = m.end()
        _add(out, block, base, start, len(block), p_index, marks)
    return out


def _listed(block: str) -> tuple[str, tuple[int, ...]]:
    """A list under a line ending in ':' ("Delegation of India:" then one "NAME, TITLE" a line)
    with a ';' at the end of each entry that has no stop of its own, so that the entries stay
    apart once the paragraph's lines are joined; and where each ';' was put (positions in the
    marked block), so that spans still point into the text."""
    lines = block.split("\n")
    if len(lines) < 3 or not lines[0].rstrip().endswith(":"):
        return block, ()
    entries = lines[1:]
    if any(len(ln.strip()) > 160 or _two_sentences(ln) for ln in entries):
        return block, ()
    out, marks, at = [lines[0]], [], len(lines[0]) + 1
    for ln in entries:
        if not re.search(r"[;,.:]\s*$", ln) and ln.strip():
            marks.append(at + len(ln))
            ln = f"{ln};"
        out.append(ln)
        at += len(ln) + 1
    return "\n".join(out), tuple(marks)


def _two_sentences(line: str) -> bool:
    """Whether a line holds a sentence's end before more text ("Dr. X" does not)."""
    return any(
        not _ABBREV_END.search(line[: m.start() + 1]) for m in re.finditer(r"[.!?]\s+[A-Z]", line)
    )


def _is_heading(line: str) -> bool:
    return (len(line) < 160 and not re.search(r"[.!?:;,\"\u201d]$", line)) or bool(
        _DATED_LINE.match(line)
    )


#: a letterhead's place and date line, whose time ends in a stop: "San José, Monday, March 9,
#: 2026 - 1:10 p.m." (a line of its own among the heading's, not a sentence of prose; a
#: wrapped sentence's last line "Nairobi, 4 March 2026." is prose)
_DATED_LINE = re.compile(
    r"[A-Z][\w .'\u2019-]{1,30},\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+(?:19|20)\d\d"
    r"\s*[-,|\u2013]\s*\d{1,2}[:.]\d\d\s*[ap]\.m\.$"
)


def _add(
    out: list[Sentence],
    block: str,
    base: int,
    start: int,
    end: int,
    para: int,
    marks: tuple[int, ...] = (),
) -> None:
    piece = block[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = start + piece.index(stripped)
    last = lead + len(stripped)
    # a ';' put by _listed is not in the text: spans count the text's characters
    lead, last = (p - sum(1 for k in marks if k < p) for p in (lead, last))
    text = " ".join(stripped.split())
    out.append(Sentence(len(out), base + lead, base + last, text, False, para))


@dataclass(frozen=True)
class Dateline:
    """Where (and when) a story was filed: ``ISLAMABAD, March 6, 2019 (Reuters) -``."""

    city: str
    date: dt.date | None
    month_day: tuple[int, int] | None
    agency: str | None
    end: int


#: the months' names and their short forms, January first
_MONTH_FORMS = (
    ("January", "Jan"),
    ("February", "Feb"),
    ("March", "Mar"),
    ("April", "Apr"),
    ("May",),
    ("June", "Jun"),
    ("July", "Jul"),
    ("August", "Aug"),
    ("September", "Sep", "Sept"),
    ("October", "Oct"),
    ("November", "Nov"),
    ("December", "Dec"),
)
#: "January" ... "December"
MONTH_NAMES = tuple(forms[0] for forms in _MONTH_FORMS)
#: every form, lower case -> the month's number
MONTHS = {m.lower(): i for i, names in enumerate(_MONTH_FORMS, start=1) for m in names}
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?![A-Za-z])"
)  # (not the start of a word: "the 7th Jungle Infantry Brigade" is no 7 June)

_DATELINE = re.compile(
    rf"^\s*(?P<city>[A-Z][A-Z.'\u2019 -]{{2,30}}?|[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}})"
    rf"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?"
    rf"(?:,?\s*(?:(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH}))"
    rf"(?:(?:,?\s*|/)(?P<y>(?:19|20)\d\d))?)?"  # "September 17/2024" (ENA)
    rf"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{{1,30}})\))?"
    # "New Delhi, Jan 14 (PTI) India and ...": an agency's bracket needs no dash after it
    rf"(?:(?<=\))\s+|\s*(?:\.?[-\u2013\u2014:]+|,)\s+)(?=[A-Z\"\u201c])"
)


_NOT_DATELINE = frozenset(
    ["On", "In", "At", "From", "By", "Since", "Until", "Between", "Before", "After"]
)


def find_dateline(sentences: list[Sentence]) -> Dateline | None:
    """The dateline that opens the first body paragraph, if any.

    >>> dl = find_dateline(split_sentences("ISLAMABAD, June 12, 2019 (Reuters) - Talks began."))
    >>> (dl.city, dl.date, dl.agency)
    ('Islamabad', datetime.date(2019, 6, 12), 'Reuters')
    """
    for s in sentences[:8]:  # a page's source, editor and time lines may come first
        if s.heading or (len(s.text) < 60 and re.match(r"By [A-Z]", s.text)):
            continue  # a byline ("By Nikos Papadakis") above the dateline
        m = _DATELINE.match(s.text)
        if m is None:
            return None
        city = m.group("city").strip()
        if city in _NOT_DATELINE:
            return None  # "On November 14, Deputy Minister ..."
        caps = city.upper() == city
        if not caps and not (m.group("m1") or m.group("m2") or m.group("agency")):
            return None  # "Pakistan and China - ..." is not a dateline
        if caps:
            city = " ".join(w.capitalize() if w.isalpha() else w.title() for w in city.split())
        month = m.group("m1") or m.group("m2")
        day = m.group("d1") or m.group("d2")
        md = (MONTHS[month.rstrip(".").lower()], int(day)) if month and day else None
        date = None
        if md and m.group("y"):
            try:
                date = dt.date(int(m.group("y")), *md)
            except ValueError:
                date = None
        return Dateline(city, date, md, m.group("agency"), s.start + m.end())
    return None
