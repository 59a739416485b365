"""POLECAT's tab-separated releases: the header names the columns, one event a row.

POLECAT (the PLOVER-coded successor of ICEWS) is published as weekly and yearly
tab-separated files (``ngecEvents.DV.2023.txt``, ``ngecEventsDV-2022.txt.zip``) whose header
starts ``Event ID``, ``Event Date``, ``Event Type`` like ICEWS's starts ``Event ID``,
``Event Date``, ``Source Name``. Its columns are read by name, not position, because real
releases differ: some headers carry names with no column under them (``Headline``), some
rows end in empty columns a header does not name. Country columns hold ISO 3166 alpha-3
codes, several joined with ``;`` when a side is several states, and ``None`` when there is
none. A row becomes the same :class:`~._model.EventRecord` a PLOVER JSON record becomes
(data set ``plover``), so both land on the same IRIs and answer the same queries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ._codes import PLOVER_QUAD, Codes
from ._model import Actor, EventRecord
from ._rows import RowError, decimal_value, iso_date

__all__ = ["POLECAT_REQUIRED", "PolecatLayout", "polecat_layout", "polecat_row"]

#: Columns a POLECAT file must name (the rest are read when present).
POLECAT_REQUIRED = ("Event ID", "Event Date", "Event Type", "Actor Country", "Recipient Country")

#: Every column of a POLECAT release, in the order the releases give them.
POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors",
    "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name",
    "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City",
    "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People",
    "Story Organizations", "Story Locations", "Language", "Version",
)  # fmt: skip

_MISSING = frozenset(("", "None", "NA", "NULL", "nan", "[]"))


@dataclass(frozen=True)
class PolecatLayout:
    """Where each named column is: ``named`` by the header as written, ``known`` counting
    only the columns POLECAT defines (for rows one short of the header per stray name)."""

    named: dict[str, int]
    known: dict[str, int]
    width: int

    def columns(self, fields: Sequence[str]) -> dict[str, int] | None:
        """The column map for a row of ``fields``; None when it fits neither.

        Columns past the map's width must be empty (stray tabs). When the header has names
        POLECAT does not define (``Headline``) and a row has nothing past POLECAT's own
        columns, the row is read without them: such releases' rows lack those columns.
        """
        for at, width in ((self.known, len(self.known)), (self.named, self.width)):
            if len(fields) >= width and not any(f.strip() for f in fields[width:]):
                if at is self.known and width == self.width:
                    return self.named
                return at
        return None


def polecat_layout(header: str) -> PolecatLayout | None:
    """The layout of a POLECAT header line; None when the line is no POLECAT header."""
    names = [name.strip().strip('"') for name in header.split("\t")]
    while names and not names[-1]:  # stray tabs after the last name
        names.pop()
    if names[:2] != ["Event ID", "Event Date"] or "Event Type" not in names:
        return None
    named = {name: i for i, name in enumerate(names) if name}
    known_names = [name for name in names if name in POLECAT_COLUMNS]
    known = {name: i for i, name in enumerate(known_names)}
    return PolecatLayout(named, known, len(names))


def _value(fields: Sequence[str], at: dict[str, int], name: str) -> str | None:
    i = at.get(name)
    if i is None or i >= len(fields):
        return None
    text = fields[i].strip().strip('"').strip()
    return None if text in _MISSING else text


def _country(code: str, codes: Codes, what: str) -> str | None:
    """ISO alpha-3 for a POLECAT country value (alpha-3, a CAMEO code or a name)."""
    upper = code.upper()
    if upper in codes.iso3:
        return upper
    try:
        return codes.cameo_country(upper)
    except KeyError:
        pass
    try:
        return codes.name_country(code)
    except KeyError:
        raise RowError("country", f"unknown {what} country '{code}'") from None


def _split(text: str | None) -> list[str]:
    if text is None:
        return []
    parts = text.replace("|", ";").split(";") if ";" in text or "|" in text else [text]
    return [p.strip() for p in parts if p.strip() and p.strip() not in _MISSING]


def _actors(
    fields: Sequence[str], at: dict[str, int], side: str, codes: Codes
) -> tuple[Actor, ...]:
    """One actor per country of the side (``USA;GBR``: two), or one with no country."""
    name = _value(fields, at, f"{side} Name")
    countries = _split(_value(fields, at, f"{side} Country"))
    primary = _value(fields, at, f"Primary {side} Sector")
    sectors = tuple(
        dict.fromkeys(
            s.upper()
            for s in (primary, *_split(_value(fields, at, f"{side} Sectors")))
            if s is not None and len(s) <= 40
        )
    )
    if not countries:
        return (Actor(name, None, None, sectors),) if name or sectors else ()
    label = name if len(countries) == 1 else None
    return tuple(
        Actor(label, _country(c, codes, side.lower()), c.upper(), sectors) for c in countries
    )


def polecat_row(fields: Sequence[str], at: dict[str, int], codes: Codes) -> EventRecord:
    """A POLECAT row, its columns found through ``at`` (see :class:`PolecatLayout`)."""
    key = _value(fields, at, "Event ID")
    if key is None:
        raise RowError("value", "the row has no Event ID")
    when = iso_date((_value(fields, at, "Event Date") or "")[:10], compact=False)
    event = _value(fields, at, "Event Type") or ""
    plover = codes.plover.get(event) or codes.plover.get(event.upper())
    if plover is None:
        raise RowError("code", f"unknown PLOVER event type '{event}'")
    contexts: list[str] = []
    other: list[str] = []
    for part in _split((_value(fields, at, "Contexts") or "").replace(",", ";")):
        known = codes.contexts.get(part) or codes.contexts.get(part.lower().replace(" ", "_"))
        (contexts if known else other).append(known or part)
    place_code = _value(fields, at, "Country")
    place_country = _country(place_code, codes, "place") if place_code else None
    place = _value(fields, at, "Placename") or ", ".join(
        p
        for p in (
            _value(fields, at, "City"),
            _value(fields, at, "Province"),
        )
        if p
    )
    intensity = _value(fields, at, "Intensity")
    lat, lon = _value(fields, at, "Latitude"), _value(fields, at, "Longitude")
    return EventRecord(
        dataset="plover",
        key=key,
        date=when,
        line=0,
        quad=PLOVER_QUAD[plover],
        sources=_actors(fields, at, "Actor", codes),
        targets=_actors(fields, at, "Recipient", codes),
        plover=plover,
        mode=_value(fields, at, "Event Mode"),
        contexts=tuple(dict.fromkeys(contexts)),
        context_text=tuple(dict.fromkeys(other)),
        intensity=decimal_value(intensity, "Intensity", -10, 10) if intensity else None,
        place=place or None,
        place_country=place_country,
        latitude=decimal_value(lat, "Latitude", -90, 90) if lat else None,
        longitude=decimal_value(lon, "Longitude", -180, 180) if lon else None,
    )
