"""Read an event file: sniff its kind, stream its rows, count bad ones, dedupe, filter.

Memory stays flat: one line (one PLOVER record) at a time, plus the set of keys already
seen (about 60 bytes a key; shared across the files of one build, so that two files that
overlap add each event once).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator, MutableSet
from pathlib import Path
from typing import IO

from ..errors import InputError
from ._check import check_event
from ._codes import Codes
from ._lines import MAX_LINE_CHARS, BrokenZip, TooLong, numbered_lines, open_text
from ._model import EVENT_KINDS, ON_ERROR, BadRow, EventFilter, EventRecord, ReadStats
from ._polecat import POLECAT_REQUIRED, polecat_layout, polecat_row
from ._rows import (
    GDELT_WIDTHS,
    ICEWS_HEADER,
    RowError,
    gdelt_row,
    icews_row,
    plover_record,
)

__all__ = ["ON_ERROR", "read_events", "sniff_kind"]

_FIX = {
    "gdelt": "give a GDELT events export (61 tab-separated columns, or 58 or 57 for GDELT 1.0)",
    "icews": "give an ICEWS events file (20 tab-separated columns with a header)",
    "plover": "give PLOVER/POLECAT records (JSON lines or a JSON array) or a POLECAT "
    "release (tab-separated, with its header)",
}


def sniff_kind(path: str | Path) -> str:
    """``gdelt``, ``icews`` or ``plover`` from the file's first line; InputError when it is
    none of them."""
    try:
        with open_text(path) as handle:
            first = handle.readline(1 << 16)
    except BrokenZip as err:
        raise InputError(str(path), err.message, err.line) from err
    except OSError as err:
        raise InputError(str(path), f"cannot read the file ({err.strerror})") from err
    text = first.strip()
    if not first:  # it said "not event data", as for a file of the wrong kind
        raise InputError(str(path), "an empty file; give an event file with its rows", 1)
    if text.startswith(("{", "[")):
        return "plover"
    fields = first.rstrip("\r\n").split("\t")
    if polecat_layout(first.rstrip("\r\n")) is not None:
        return "plover"
    if fields[:2] == ["Event ID", "Event Date"]:
        if "CAMEO Code" in (f.strip() for f in fields):
            return "icews"
        raise InputError(
            str(path),
            "a header of neither ICEWS (no 'CAMEO Code' column) nor POLECAT (no 'Event Type' "
            "column); give the file with its header as published",
            1,
        )
    if len(fields) in GDELT_WIDTHS and fields[0].isdigit():
        return "gdelt"
    if _gdelt_header(first.rstrip("\r\n")) is not None:
        return "gdelt"
    raise InputError(
        str(path),
        "not event data (neither GDELT, ICEWS nor PLOVER); give a GDELT export, an ICEWS "
        "file, PLOVER JSON records or a POLECAT release",
        1,
    )


def read_events(
    path: str | Path,
    kind: str,
    codes: Codes,
    *,
    name: str | None = None,
    event_filter: EventFilter | None = None,
    on_error: str = "skip",
    stats: ReadStats | None = None,
    seen: MutableSet[str] | None = None,
) -> Iterator[EventRecord]:
    """The events of ``path`` that pass ``event_filter``, each once.

    Bad rows are counted in ``stats`` (and stop the read with an InputError naming file and
    line when ``on_error`` is ``fail``); rows whose key is in ``seen`` are counted as
    duplicates and skipped, and the key of every event yielded is added to it. ``name`` is
    the path shown in messages (default ``path``). A file that is not of ``kind`` at all is
    an InputError.
    """
    if kind not in EVENT_KINDS:
        raise InputError(None, f"unknown event data set '{kind}'; use gdelt, icews or plover")
    if on_error not in ON_ERROR:
        raise InputError(None, f"unknown --on-error '{on_error}'; use skip or fail")
    shown = name or str(path)
    stats = stats if stats is not None else ReadStats(shown)
    keep = event_filter if event_filter is not None and not event_filter.empty else None
    seen = seen if seen is not None else set()

    def bad(line: int, kind_: str, message: str) -> None:
        row = BadRow(shown, line, kind_, message)
        if on_error == "fail":
            raise InputError(shown, f"{kind_}: {message}; fix the row or use --on-error skip", line)
        stats.add_bad(row)

    try:
        tabbed = kind == "plover" and _tabbed(path)
        with open_text(path) as handle:
            rows = _rows(handle, kind, codes, shown, tabbed)
            for line, event in rows:
                stats.rows += 1
                if isinstance(event, RowError):
                    bad(line, event.kind, event.message)
                    continue
                event.line = line
                key = event.key
                stats.see_key(key)
                if key in seen:
                    stats.duplicates += 1
                    continue
                if keep is not None and not keep.keeps(event):
                    stats.filtered += 1
                    continue
                problems = check_event(event, codes)
                if problems:
                    bad(line, "shape", "; ".join(problems))
                    continue
                seen.add(key)  # only events kept: another file may keep one this one filters
                stats.events += 1
                yield event
    except BrokenZip as err:
        bad(err.line, "zip", err.message)
    except TooLong as err:
        raise InputError(shown, err.message, err.line) from err
    except OSError as err:
        raise InputError(shown, f"cannot read the file ({err.strerror})") from err


_Row = tuple[int, EventRecord | RowError]


def _rows(handle: IO[str], kind: str, codes: Codes, shown: str, tabbed: bool) -> Iterator[_Row]:
    if kind == "plover" and not tabbed:
        yield from _plover_rows(handle, codes, shown)
    elif kind == "plover":
        yield from _polecat_rows(handle, codes, shown)
    else:
        yield from _tab_rows(handle, kind, codes, shown)


def _tabbed(path: str | Path) -> bool:
    """Whether a PLOVER file is a POLECAT release (tab-separated) rather than JSON."""
    with open_text(path) as handle:
        head = handle.read(1 << 12).lstrip()
    return bool(head) and head[0] not in "{["


def _polecat_rows(handle: IO[str], codes: Codes, shown: str) -> Iterator[_Row]:
    """A POLECAT release: a header naming the columns, then one event a line."""
    lines = numbered_lines(handle)
    first = next(lines, None)
    if first is None:
        return
    layout = polecat_layout(first[1])
    if layout is None:
        raise InputError(shown, f"not PLOVER records nor a POLECAT release; {_FIX['plover']}", 1)
    lacking = [name for name in POLECAT_REQUIRED if name not in layout.named]
    if lacking:
        raise InputError(
            shown, f"the POLECAT header has no '{lacking[0]}' column; {_FIX['plover']}", 1
        )
    for line, text, ended in lines:
        if not text.strip():
            continue
        fields = text.split("\t")
        at = layout.columns(fields)
        if at is None:
            if not ended:
                yield line, RowError("truncated", f"last line cut short ({len(fields)} columns)")
            else:
                yield (
                    line,
                    RowError(
                        "columns", f"{len(fields)} columns, expected {layout.width} (its header's)"
                    ),
                )
            continue
        try:
            yield line, polecat_row(fields, at, codes)
        except RowError as err:
            yield line, err


def _tab_rows(handle: IO[str], kind: str, codes: Codes, shown: str) -> Iterator[_Row]:
    lines = numbered_lines(handle)
    if kind == "icews":
        first = next(lines, None)
        if first is None:
            return
        header = tuple(h.strip() for h in first[1].split("\t"))
        if header[:2] != ICEWS_HEADER[:2]:
            raise InputError(shown, f"not an ICEWS events file (no header); {_FIX[kind]}", 1)
        if header != ICEWS_HEADER:
            raise InputError(
                shown, f"ICEWS header has other columns than the 20 expected; {_FIX[kind]}", 1
            )
        width: tuple[int, ...] = (len(ICEWS_HEADER),)
        parse = icews_row
    else:
        width = GDELT_WIDTHS
        parse = gdelt_row
    checked = kind == "icews"
    split: Callable[[str], list[str]] = _tab_split
    for line, text, ended in lines:
        if not text and ended:
            continue
        if not checked and line == 1:
            named = _gdelt_header(text)
            if named is not None:  # a header row (BigQuery, a spreadsheet): its separator
                split, width, checked = named[0], (named[1],), True
                continue
        fields = split(text)
        if not checked:
            checked = True
            if len(fields) not in width and not fields[0].isdigit():
                raise InputError(shown, f"not a GDELT events file; {_FIX[kind]}", line)
            width = (len(fields),) if len(fields) in width else width
        if len(fields) not in width:
            if not ended:
                yield line, RowError("truncated", f"last line cut short ({len(fields)} columns)")
            else:
                expected = " or ".join(map(str, width))
                yield line, RowError("columns", f"{len(fields)} columns, expected {expected}")
            continue
        try:
            yield line, parse(fields, codes)
        except RowError as err:
            yield line, err


def _tab_split(text: str) -> list[str]:
    return text.split("\t")


def _comma_split(text: str) -> list[str]:
    return next(csv.reader([text]))


def _gdelt_header(text: str) -> tuple[Callable[[str], list[str]], int] | None:
    """For a GDELT header row (``GLOBALEVENTID``, ``SQLDATE``, ... as BigQuery and
    spreadsheets export them, tab- or comma-separated): how to split the rows and how many
    columns they have; None for any other line."""
    if not text.upper().startswith("GLOBALEVENTID"):
        return None
    split = _tab_split if "\t" in text else _comma_split
    fields = [f.strip().upper() for f in split(text)]
    if len(fields) not in GDELT_WIDTHS or fields[1] != "SQLDATE":
        return None
    return split, len(fields)


def _plover_rows(handle: IO[str], codes: Codes, shown: str) -> Iterator[_Row]:
    """JSON records, one per line or in one array (or pretty-printed), decoded one by one."""
    decoder = json.JSONDecoder()
    buf, pos, line = "", 0, 1
    in_array: bool | None = None
    eof = False

    def fill() -> bool:
        nonlocal buf, pos, eof
        if eof:
            return False
        if len(buf) - pos > MAX_LINE_CHARS:  # one record without end: a bomb, not data
            raise TooLong(line, "JSON record")
        more = handle.read(max(1 << 16, len(buf) - pos))  # doubling: each decode is linear
        if not more:
            eof = True
            return False
        buf, pos = buf[pos:] + more, 0
        return True

    while True:
        # skip blanks (counting lines) and, inside an array, commas
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n,":
                if buf[pos] == "," and not in_array:
                    break
                if buf[pos] == "\n":
                    line += 1
                pos += 1
            if pos < len(buf) or not fill():
                break
        if pos >= len(buf):
            return
        if in_array is None:
            in_array = buf[pos] == "["
            if buf[pos] not in "[{":
                raise InputError(shown, f"not PLOVER records; {_FIX['plover']}", line)
            if in_array:
                pos += 1
                continue
        if in_array and buf[pos] == "]":
            return
        while True:
            try:
                record, end = decoder.raw_decode(buf, pos)
                break
            except json.JSONDecodeError as err:
                if fill():
                    continue
                kind = "truncated" if not buf.rstrip().endswith(("}", "]")) else "json"
                yield line, RowError(kind, f"broken JSON record ({err.msg})")
                return
            except (RecursionError, ValueError) as err:  # nested 100,000 deep; 5,000 digits
                why = "nested too deep" if isinstance(err, RecursionError) else str(err)[:60]
                yield line, RowError("json", f"unreadable JSON record ({why})")
                return
        start = line
        line += buf.count("\n", pos, end)
        pos = end
        try:
            yield start, plover_record(record, codes)
        except RowError as err:
            yield start, err
