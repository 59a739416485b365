"""Parse one row of GDELT (2.0 and 1.0) or ICEWS, or one PLOVER record, into an EventRecord.

Each parser raises :class:`RowError` (a kind of :data:`~._model.BAD_KINDS` and a message) for
a row it cannot use; the reader counts it and goes on, or stops (``on_error``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from ._codes import PLOVER_QUAD, Codes, quad_of_cameo
from ._model import Actor, EventRecord

__all__ = [
    "GDELT1_BACKFILE_COLUMNS",
    "GDELT1_COLUMNS",
    "GDELT2_COLUMNS",
    "ICEWS_HEADER",
    "RowError",
    "decimal_value",
    "gdelt_row",
    "icews_row",
    "iso_date",
    "plover_record",
]

GDELT2_COLUMNS = 61
GDELT1_COLUMNS = 58
#: GDELT 1.0's historical backfile (events before April 2013): no SOURCEURL column.
GDELT1_BACKFILE_COLUMNS = 57
#: Every GDELT events layout, by columns.
GDELT_WIDTHS = (GDELT2_COLUMNS, GDELT1_COLUMNS, GDELT1_BACKFILE_COLUMNS)
ICEWS_HEADER = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
)  # fmt: skip


class RowError(Exception):
    """A row that cannot be imported: ``kind`` (see BAD_KINDS) and what is wrong."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


_DATES: dict[str, str] = {}
_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def _iso_date(text: str, compact: bool) -> str:
    """``YYYYMMDD`` (compact) or ``YYYY-MM-DD`` -> ``YYYY-MM-DD``; cached (dates repeat)."""
    found = _DATES.get(text)
    if found is not None:
        return found
    try:
        if compact:
            if len(text) != 8 or not text.isdigit():
                raise ValueError(text)
            value = date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()
        else:
            value = date.fromisoformat(text).isoformat()
            if value != text:
                raise ValueError(text)
    except ValueError as err:
        raise RowError("date", f"bad date '{text}'") from err
    if len(_DATES) < 100_000:
        _DATES[text] = value
    return value


def _decimal(text: str, name: str, low: float | None = None, high: float | None = None) -> str:
    """A number as an ``xsd:decimal`` lexical form (checked against ``low``..``high``)."""
    if not _DECIMAL.match(text):
        try:
            number = float(text)
        except ValueError as err:
            raise RowError("value", f"{name} is not a number: '{text}'") from err
        if number != number or number in (float("inf"), float("-inf")):
            raise RowError("value", f"{name} is not a number: '{text}'")
        text = f"{number:.6f}"
    if low is not None and high is not None and not low <= float(text) <= high:
        raise RowError("value", f"{name} {text} is outside {low:g}..{high:g}")
    return text


#: The parsers' date and number checks, for the readers of other layouts (POLECAT's).
iso_date = _iso_date
decimal_value = _decimal


def _count(text: str, name: str) -> int | None:
    if not text:
        return None
    if not text.isdigit():
        raise RowError("value", f"{name} is not a count: '{text}'")
    return int(text)


# --- GDELT -----------------------------------------------------------------------------------


def _gdelt_actor(f: Sequence[str], at: int, codes: Codes) -> tuple[Actor, ...]:
    code, name, country = f[at], f[at + 1], f[at + 2]
    if not (code or name or country):
        return ()
    try:
        iso = codes.cameo_country(country)
    except KeyError:
        raise RowError("country", f"unknown CAMEO country code '{country}'") from None
    types = tuple(dict.fromkeys(t for t in (f[at + 7], f[at + 8], f[at + 9]) if t))
    return (Actor(name or None, iso, code or None, types),)


def gdelt_row(f: Sequence[str], codes: Codes) -> EventRecord:
    """A GDELT events row (61 columns for 2.0, 58 for 1.0, 57 for 1.0's historical backfile,
    which has no source URL), split on tabs."""
    version2 = len(f) == GDELT2_COLUMNS
    key = f[0]
    if not key.isdigit():
        raise RowError("value", f"GLOBALEVENTID is not a number: '{key}'")
    when = _iso_date(f[1], compact=True)
    cameo = f[26]
    if cameo not in codes.cameo:
        raise RowError("code", f"unknown CAMEO event code '{cameo}'")
    quad_text = f[29]
    if quad_text not in ("1", "2", "3", "4"):
        raise RowError("value", f"QuadClass must be 1 to 4, not '{quad_text}'")
    geo = 51 if version2 else 49
    place_code = f[geo + 2]
    place_country = None
    if place_code:
        try:
            place_country = codes.fips_country(place_code)
        except KeyError:
            raise RowError("country", f"unknown FIPS 10-4 country code '{place_code}'") from None
    lat, lon = (f[geo + 5], f[geo + 6]) if version2 else (f[geo + 4], f[geo + 5])
    return EventRecord(
        dataset="gdelt",
        key=key,
        date=when,
        line=0,
        quad=int(quad_text),
        sources=_gdelt_actor(f, 5, codes),
        targets=_gdelt_actor(f, 15, codes),
        cameo=cameo,
        goldstein=_decimal(f[30], "GoldsteinScale", -10, 10) if f[30] else None,
        tone=_decimal(f[34], "AvgTone", -100, 100) if f[34] else None,
        mentions=_count(f[31], "NumMentions"),
        source_count=_count(f[32], "NumSources"),
        articles=_count(f[33], "NumArticles"),
        place=f[geo + 1] or None,
        place_country=place_country,
        latitude=_decimal(lat, "ActionGeo_Lat", -90, 90) if lat else None,
        longitude=_decimal(lon, "ActionGeo_Long", -180, 180) if lon else None,
        url=(f[-1] or None) if len(f) != GDELT1_BACKFILE_COLUMNS else None,
    )


# --- ICEWS -----------------------------------------------------------------------------------

_MISSING = ("", "NA", "NULL", "None")


def _icews_actor(name: str, sectors: str, country: str, codes: Codes) -> tuple[Actor, ...]:
    if name in _MISSING and country in _MISSING:
        return ()
    iso = None
    if country not in _MISSING:
        try:
            iso = codes.name_country(country)
        except KeyError:
            raise RowError("country", f"unknown country name '{country}'") from None
    parts = (
        ()
        if sectors in _MISSING
        else tuple(dict.fromkeys(s.strip() for s in sectors.split(",") if s.strip()))
    )
    return (Actor(None if name in _MISSING else name, iso, None, parts),)


def icews_row(f: Sequence[str], codes: Codes) -> EventRecord:
    """An ICEWS row (20 columns, in :data:`ICEWS_HEADER` order)."""
    when = _iso_date(f[1], compact=False)
    cameo = f[6]
    if len(cameo) == 2 and cameo.isdigit():  # some exports drop the leading zero: 40 -> 040
        cameo = "0" + cameo
    if cameo not in codes.cameo:
        raise RowError("code", f"unknown CAMEO event code '{f[6]}'")
    place_country = None
    if f[17] not in _MISSING:
        try:
            place_country = codes.name_country(f[17])
        except KeyError:
            raise RowError("country", f"unknown country name '{f[17]}'") from None
    place = ", ".join(p for p in (f[14], f[16], f[17]) if p not in _MISSING) or None
    lat, lon = f[18], f[19]
    return EventRecord(
        dataset="icews",
        key=f"{f[0]}-{when}",
        date=when,
        line=0,
        quad=quad_of_cameo(cameo),
        sources=_icews_actor(f[2], f[3], f[4], codes),
        targets=_icews_actor(f[8], f[9], f[10], codes),
        cameo=cameo,
        intensity=_decimal(f[7], "Intensity", -10, 10) if f[7] not in _MISSING else None,
        place=place,
        place_country=place_country,
        latitude=_decimal(lat, "Latitude", -90, 90) if lat not in _MISSING else None,
        longitude=_decimal(lon, "Longitude", -180, 180) if lon not in _MISSING else None,
        story=f[11] if f[11] not in _MISSING else None,
    )


# --- PLOVER ----------------------------------------------------------------------------------


def _plover_actors(value: Any, codes: Codes) -> tuple[Actor, ...]:
    if not isinstance(value, list):  # "" or null: no actor (a stray string is no actor either)
        return ()
    actors = []
    for item in value:
        if not isinstance(item, Mapping):
            continue
        code = str(item.get("code") or "").strip().upper()
        iso: str | None = None
        if code:
            if code in codes.iso3:
                iso = code
            else:
                try:
                    iso = codes.cameo_country(code)
                except KeyError:
                    raise RowError("country", f"unknown actor country code '{code}'") from None
        sector = str(item.get("sector") or "").strip()
        name = str(item.get("actorText") or "").strip() or None
        actors.append(Actor(name, iso, code or None, (sector,) if sector else ()))
    return tuple(actors)


def plover_record(record: Any, codes: Codes) -> EventRecord:
    """A PLOVER / POLECAT record (a JSON object)."""
    if not isinstance(record, Mapping):
        raise RowError("json", "a PLOVER record must be a JSON object")
    key = str(record.get("id") or "").strip()
    if not key:
        raise RowError("value", "the record has no 'id'")
    when = _iso_date(str(record.get("date") or "")[:10], compact=False)
    event = str(record.get("event") or "").strip()
    plover = codes.plover.get(event) or codes.plover.get(event.upper())
    if plover is None:
        raise RowError("code", f"unknown PLOVER event type '{event}'")
    contexts: list[str] = []
    other: list[str] = []
    for part in str(record.get("context") or "").split(","):
        part = part.strip()
        if part:
            known = codes.contexts.get(part)
            (contexts if known else other).append(known or part)
    place = place_country = None
    loc = record.get("eventLoc")
    if isinstance(loc, Mapping):
        place = str(loc.get("name") or "").strip() or None
        cc = str(loc.get("country code") or "").strip().upper()
        if cc:
            place_country = codes.iso2.get(cc) or (cc if cc in codes.iso3 else None)
            if place_country is None:
                raise RowError("country", f"unknown place country code '{cc}'")
    mode = str(record.get("mode") or "").strip() or None
    return EventRecord(
        dataset="plover",
        key=key,
        date=when,
        line=0,
        quad=PLOVER_QUAD[plover],
        sources=_plover_actors(record.get("source"), codes),
        targets=_plover_actors(record.get("target"), codes),
        plover=plover,
        mode=mode,
        contexts=tuple(dict.fromkeys(contexts)),
        context_text=tuple(dict.fromkeys(other)),
        place=place,
        place_country=place_country,
        text=str(record.get("text") or "").strip() or None,
    )
