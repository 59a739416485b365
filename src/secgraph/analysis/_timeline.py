"""Meetings and their cooperation areas counted per year."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from secgraph.errors import InputError

__all__ = ["AreaCount", "MeetingRecord", "TimelineRow", "timeline"]

_ISO_DATE = re.compile(r"^(\d{4})(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(frozen=True)
class MeetingRecord:
    """One meeting as plain data: the input of :func:`timeline`.

    ``date`` is an ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) or None when the
    sources do not give one; ``countries`` are ISO codes (or IRIs, as long as they are
    consistent with the ``country`` filter).
    """

    iri: str
    date: str | None
    countries: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class AreaCount:
    """How many meetings of a period concerned one cooperation area."""

    area: str
    count: int


@dataclass(frozen=True)
class TimelineRow:
    """Meetings of one year (``year`` None: meetings without a known date)."""

    year: int | None
    meetings: int
    areas: tuple[AreaCount, ...]


def timeline(meetings: Iterable[MeetingRecord], *, country: str | None = None) -> list[TimelineRow]:
    """Count meetings and their areas per year.

    Rows are sorted by year; meetings without a date form one last row with ``year`` None
    (they are never given a made-up year). Within a row, areas are sorted by count
    (descending), then name. ``country`` keeps only the meetings that involve it. A meeting
    IRI given twice with the same data is counted once; with different data it is an error.

    >>> rows = timeline([MeetingRecord("m1", "2019-02-01", areas=("Counter-terrorism",)),
    ...                  MeetingRecord("m2", None)])
    >>> [(row.year, row.meetings) for row in rows]
    [(2019, 1), (None, 1)]
    """
    seen: dict[str, MeetingRecord] = {}
    for record in meetings:
        previous = seen.setdefault(record.iri, record)
        if previous != record:
            raise InputError(
                None,
                f"meeting '{record.iri}' is given twice with different data; "
                "give each meeting once",
            )
    per_year: dict[int | None, list[MeetingRecord]] = {}
    for record in seen.values():
        if country is not None and country not in record.countries:
            continue
        per_year.setdefault(_year(record), []).append(record)
    years = sorted(per_year, key=lambda year: (year is None, year or 0))
    return [_timeline_row(year, per_year[year]) for year in years]


def _year(record: MeetingRecord) -> int | None:
    if record.date is None:
        return None
    match = _ISO_DATE.match(record.date.strip())
    if match is None:
        raise InputError(
            None,
            f"meeting '{record.iri}' has date '{record.date}', not an ISO date "
            "(use YYYY-MM-DD, YYYY-MM or YYYY, or leave it out)",
        )
    return int(match.group(1))


def _timeline_row(year: int | None, records: Sequence[MeetingRecord]) -> TimelineRow:
    counts = Counter(area for record in records for area in dict.fromkeys(record.areas))
    areas = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return TimelineRow(
        year=year,
        meetings=len(records),
        areas=tuple(AreaCount(area=area, count=count) for area, count in areas),
    )
