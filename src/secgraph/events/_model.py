"""Event records as plain data: what the readers yield and the minter writes as RDF.

Slotted dataclasses, built once per row: a million rows allocate a million of these, so they
carry strings and numbers only (no rdflib terms).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..errors import InputError

__all__ = [
    "BAD_KINDS",
    "EVENT_KINDS",
    "ON_ERROR",
    "Actor",
    "BadRow",
    "EventFilter",
    "EventRecord",
    "ReadStats",
    "key_order",
    "ranges_overlap",
]

#: The event data sets secgraph reads.
EVENT_KINDS = ("gdelt", "icews", "plover")
#: What a bad row does to an import: counted and skipped, or the import stops.
ON_ERROR = ("skip", "fail")

#: Kinds of bad rows, as counted and reported (see :class:`ReadStats`).
BAD_KINDS = (
    "columns",  # wrong column count
    "truncated",  # the last line ends without a newline and is short
    "date",  # a date that is not one
    "value",  # a number that is not one, or out of range
    "code",  # an event code outside CAMEO / PLOVER
    "country",  # a country code or name the country table does not know
    "json",  # a PLOVER record that is not a JSON object
    "zip",  # a broken zip archive
    "shape",  # a record the per-row check (the event shapes) rejects
)


@dataclass(slots=True)
class Actor:
    """One side of an event: its name, its country (ISO alpha-3, None when it has none, such
    as a region or an international organisation), its actor code as the data set gives it,
    and its sectors or agent types (GOV, MIL, COP, ...; ICEWS sector names)."""

    name: str | None
    country: str | None
    code: str | None = None
    sectors: tuple[str, ...] = ()


@dataclass(slots=True)
class EventRecord:
    """One coded event from an event file.

    ``key`` is the data set's own id, unique in it (GDELT GLOBALEVENTID, ICEWS Event ID with
    the date, PLOVER id); ``line`` the line it came from (the first line of a PLOVER record).
    """

    dataset: str
    key: str
    date: str
    line: int
    quad: int
    sources: tuple[Actor, ...] = ()
    targets: tuple[Actor, ...] = ()
    cameo: str | None = None
    plover: str | None = None
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    context_text: tuple[str, ...] = ()
    goldstein: str | None = None
    intensity: str | None = None
    tone: str | None = None
    mentions: int | None = None
    source_count: int | None = None
    articles: int | None = None
    place: str | None = None
    place_country: str | None = None
    latitude: str | None = None
    longitude: str | None = None
    url: str | None = None
    story: str | None = None
    text: str | None = None

    def countries(self) -> tuple[set[str], set[str]]:
        """The source and the target countries."""
        return (
            {a.country for a in self.sources if a.country},
            {a.country for a in self.targets if a.country},
        )


def key_order(key: str) -> tuple[int, int, str]:
    """Keys in order: numbers (GDELT's GLOBALEVENTID) by value, other keys as text.

    >>> sorted(["10", "9", "b", "a"], key=key_order)
    ['9', '10', 'a', 'b']
    """
    return (0, len(key), key) if key.isdigit() else (1, 0, key)


def ranges_overlap(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """Whether two key ranges (inclusive) share a key order; None is an empty range."""
    if a is None or b is None:
        return False
    return key_order(a[0]) <= key_order(b[1]) and key_order(b[0]) <= key_order(a[1])


@dataclass(frozen=True)
class BadRow:
    """A row that was not imported: where, what kind (:data:`BAD_KINDS`) and why."""

    path: str
    line: int
    kind: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.kind}: {self.message}"


@dataclass
class ReadStats:
    """What reading one file found: rows, events kept, filtered out, duplicates, bad rows
    (counted per kind, the first :attr:`keep` of each kept whole)."""

    path: str
    rows: int = 0
    events: int = 0
    filtered: int = 0
    duplicates: int = 0
    bad: Counter[str] = field(default_factory=Counter)
    examples: list[BadRow] = field(default_factory=list)
    keep: int = 5
    #: the lowest and highest key of the rows read (in :func:`key_order`), for overlaps
    key_min: str | None = None
    key_max: str | None = None

    def see_key(self, key: str) -> None:
        order = key_order(key)
        if self.key_min is None or order < key_order(self.key_min):
            self.key_min = key
        if self.key_max is None or order > key_order(self.key_max):
            self.key_max = key

    def add_bad(self, row: BadRow) -> None:
        self.bad[row.kind] += 1
        if self.bad[row.kind] <= self.keep:
            self.examples.append(row)

    @property
    def bad_total(self) -> int:
        return sum(self.bad.values())

    def summary(self) -> str:
        """One paragraph: counts, then the first bad rows of each kind."""
        head = (
            f"{self.path}: {self.rows} rows, {self.events} events, {self.filtered} filtered "
            f"out, {self.duplicates} duplicates, {self.bad_total} bad rows"
        )
        if self.bad:
            head += " (" + ", ".join(f"{k} {n}" for k, n in sorted(self.bad.items())) + ")"
        return "\n".join([head, *(f"  {row}" for row in self.examples)])


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ROOT = re.compile(r"^\d{2}$")


@dataclass(frozen=True)
class EventFilter:
    """Which events of a file to import; part of the file's identity as a source (changing
    the filter imports the file again).

    ``countries``: keep an event when its source or target country is one of these (ISO
    alpha-3). ``dyad_only``: keep it only when both sides are states or their agents (a
    country and no sector, or a state sector: government, military, police, judiciary,
    intelligence, legislature). ``quad``: QuadClass 1-4. ``root``: CAMEO root codes ("03").
    ``since``/``until``: ISO dates, inclusive.

    >>> EventFilter(countries=("USA", "PAK"), quad=(2, 1)).key()
    'countries=PAK,USA;quad=1,2'
    """

    countries: tuple[str, ...] = ()
    dyad_only: bool = False
    quad: tuple[int, ...] = ()
    root: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "countries", tuple(sorted({c.upper() for c in self.countries})))
        object.__setattr__(self, "quad", tuple(sorted(set(self.quad))))
        object.__setattr__(self, "root", tuple(sorted(set(self.root))))
        for q in self.quad:
            if q not in (1, 2, 3, 4):
                raise InputError(None, f"bad QuadClass {q}; use 1, 2, 3 or 4")
        for r in self.root:
            if not _ROOT.match(r) or not 1 <= int(r) <= 20:  # '99' kept no event, silently
                raise InputError(
                    None, f"bad CAMEO root code '{r[:40]}'; use 01 to 20, two digits such as 04"
                )
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not _DATE.match(value):
                raise InputError(None, f"bad --{name} date '{value}'; write YYYY-MM-DD")

    def key(self) -> str:
        """The filter as a canonical string (empty when it keeps everything)."""
        parts = []
        if self.countries:
            parts.append("countries=" + ",".join(self.countries))
        if self.dyad_only:
            parts.append("dyad_only=1")
        if self.quad:
            parts.append("quad=" + ",".join(map(str, self.quad)))
        if self.root:
            parts.append("root=" + ",".join(self.root))
        if self.since:
            parts.append(f"since={self.since}")
        if self.until:
            parts.append(f"until={self.until}")
        return ";".join(parts)

    @classmethod
    def from_key(cls, key: str) -> EventFilter:
        """The filter :meth:`key` wrote."""
        values: dict[str, str] = {}
        for part in filter(None, key.split(";")):
            name, _, value = part.partition("=")
            values[name] = value
        return cls(
            countries=tuple(filter(None, values.get("countries", "").split(","))),
            dyad_only=values.get("dyad_only") == "1",
            quad=tuple(int(q) for q in filter(None, values.get("quad", "").split(","))),
            root=tuple(filter(None, values.get("root", "").split(","))),
            since=values.get("since") or None,
            until=values.get("until") or None,
        )

    @property
    def empty(self) -> bool:
        return not self.key()

    def keeps(self, event: EventRecord) -> bool:
        """Whether ``event`` passes the filter."""
        if self.since and event.date < self.since:
            return False
        if self.until and event.date > self.until:
            return False
        if self.quad and event.quad not in self.quad:
            return False
        if self.root and (event.cameo is None or event.cameo[:2] not in self.root):
            return False
        if self.countries:
            src, tgt = event.countries()
            wanted = set(self.countries)
            if not (src & wanted or tgt & wanted):
                return False
        if self.dyad_only:
            return _state_side(event.sources) and _state_side(event.targets)
        return True


#: Actor sectors that make an actor a state or its agent (CAMEO type codes and ICEWS sector
#: names, lower case).
STATE_SECTORS = frozenset(
    {"gov", "mil", "cop", "jud", "spy", "leg", "government", "military", "police",
     "executive", "judicial", "legislative / parliamentary", "foreign ministry",
     "defense / security ministry", "intelligence agencies"}
)  # fmt: skip


def _state_side(actors: tuple[Actor, ...]) -> bool:
    for actor in actors:
        if actor.country is None:
            continue
        if not actor.sectors or any(s.lower() in STATE_SECTORS for s in actor.sectors):
            return True
    return False
