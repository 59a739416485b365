"""Dyad series: how the relationship of two countries moves, period by period, in coded
events (per QuadClass, mean Goldstein score, top codes) beside the curated meetings.

:func:`dyad_series` reads the store with three SPARQL queries (the library's forms of
``queries/dyad-monthly.rq``, ``dyad-codes.rq`` and ``dyad-meetings.rq``; a test holds them to
the saved ones) and sums months into quarters or years in Python. The event counts come from
the dyad summary each event file carries (:mod:`._summary`), not from the raw events: read
from the raw events the series took 7.9 s for one pair at 100,000 events; from the summary
its cost does not grow with the number of events (see ``benchmarks/events.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import URIRef

from ..errors import InputError
from ..store import Store
from ._summary import dyad_iri

__all__ = ["PERIODS", "DyadPeriod", "DyadSeries", "dyad_series", "period_of"]

_COUNTRY = "https://w3id.org/secgraph/id/country/"
_ISO3 = re.compile(r"^[A-Z]{3}$")
#: How :func:`dyad_series` can group months.
PERIODS = ("month", "quarter", "year")

_PREFIXES = """PREFIX sg: <https://w3id.org/secgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
#: The pair's dyad summary nodes (:mod:`._summary`: per event file, pair, month and QuadClass
#: or code), looked up by the pair's IRI written into the text (``$PAIR``, minted from
#: checked ISO codes, :func:`~._summary.dyad_iri`): one index range, not a join. Each event
#: is counted in the summary of one file only, so summing over the files counts it once.
MONTHLY = (
    _PREFIXES
    + """SELECT ?month ?quad (SUM(?n) AS ?events) (SUM(?c) AS ?scored) (SUM(?s) AS ?total)
WHERE {
  ?count sg:dyad $PAIR ; sg:month ?month ; sg:dyadQuadClass ?quad ; sg:eventCount ?n ;
         sg:scoreSum ?s ; sg:scoreCount ?c .
}
GROUP BY ?month ?quad
ORDER BY ?month ?quad"""
)
CODES = (
    _PREFIXES
    + """SELECT ?month ?code ?label (SUM(?n) AS ?events)
WHERE {
  ?count sg:dyad $PAIR ; sg:month ?month ; sg:eventCode ?concept ; sg:eventCount ?n .
  ?concept skos:notation ?code .
  OPTIONAL { ?concept skos:prefLabel ?label }
}
GROUP BY ?month ?code ?label
ORDER BY ?month DESC(?events) ?code"""
)
MEETINGS = (
    _PREFIXES
    + """SELECT ?month ?meeting ?label ?date
WHERE {
  ?relation sg:relationOf ?country .
  ?relation sg:relationOf ?other .
  FILTER(?country != ?other)
  ?meeting sg:inRelation ?relation ; schema:startDate ?date .
  OPTIONAL { ?meeting rdfs:label ?label }
  BIND(SUBSTR(STR(?date), 1, 7) AS ?month)
}
ORDER BY ?date ?meeting"""
)


@dataclass(frozen=True)
class CodeCount:
    code: str
    label: str
    events: int


@dataclass(frozen=True)
class MeetingRef:
    iri: str
    label: str
    date: str


@dataclass(frozen=True)
class DyadPeriod:
    """One period (``2019-03``, ``2019-Q1`` or ``2019``) of a dyad series."""

    period: str
    events: int
    by_quad: tuple[int, int, int, int]
    mean_goldstein: float | None
    top_codes: tuple[CodeCount, ...]
    meetings: tuple[MeetingRef, ...]

    @property
    def cooperation(self) -> int:
        return self.by_quad[0] + self.by_quad[1]

    @property
    def conflict(self) -> int:
        return self.by_quad[2] + self.by_quad[3]


@dataclass(frozen=True)
class DyadSeries:
    """The periods of a pair with events or meetings, in order."""

    countries: tuple[str, str]
    by: str
    periods: tuple[DyadPeriod, ...]

    @property
    def events(self) -> int:
        return sum(p.events for p in self.periods)


def period_of(month: str, by: str) -> str:
    """The period a month (``YYYY-MM``) falls in.

    >>> period_of("2019-05", "month"), period_of("2019-05", "quarter"), period_of("2019-05", "year")
    ('2019-05', '2019-Q2', '2019')
    """
    if by == "month":
        return month
    if by == "quarter":
        return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"
    if by == "year":
        return month[:4]
    raise InputError(None, f"unknown period '{by}'; use month, quarter or year")


def dyad_series(
    store: Store, first: str, second: str, *, by: str = "month", top: int = 3
) -> DyadSeries:
    """The dyad series of two countries (ISO alpha-3 codes) from ``store``."""
    if by not in PERIODS:
        raise InputError(None, f"unknown period '{by}'; use month, quarter or year")
    for code in (first, second):
        if not _ISO3.match(code):
            raise InputError(None, f"bad country code '{code}'; use ISO alpha-3 such as PAK")
    pair = f"<{dyad_iri(*sorted((first, second)))}>"
    monthly = MONTHLY.replace("$PAIR", pair)
    codes_query = CODES.replace("$PAIR", pair)
    bindings = {"country": URIRef(_COUNTRY + first), "other": URIRef(_COUNTRY + second)}
    counts: dict[str, list[int]] = {}
    scores: dict[str, list[float]] = {}
    for month, quad, events, scored, total in store.query(monthly).rows:
        p = period_of(str(month), by)
        counts.setdefault(p, [0, 0, 0, 0])[int(str(quad)) - 1] += int(str(events))
        acc = scores.setdefault(p, [0.0, 0.0])
        acc[0] += float(str(total)) if total is not None else 0.0
        acc[1] += int(str(scored))
    codes: dict[str, Counter[tuple[str, str]]] = {}
    for month, notation, label, n in store.query(codes_query).rows:
        p = period_of(str(month), by)
        codes.setdefault(p, Counter())[(str(notation), str(label or ""))] += int(str(n))
    meetings: dict[str, list[MeetingRef]] = {}
    for month, meeting, label, day in store.query(MEETINGS, bindings=bindings).rows:
        p = period_of(str(month), by)
        meetings.setdefault(p, []).append(MeetingRef(str(meeting), str(label or ""), str(day)))
    periods = []
    for p in sorted(set(counts) | set(meetings)):
        by_quad = counts.get(p, [0, 0, 0, 0])
        score_sum, score_n = scores.get(p, [0.0, 0.0])
        ranked = sorted(codes.get(p, Counter()).items(), key=lambda kv: (-kv[1], kv[0]))
        periods.append(
            DyadPeriod(
                period=p,
                events=sum(by_quad),
                by_quad=(by_quad[0], by_quad[1], by_quad[2], by_quad[3]),
                mean_goldstein=round(score_sum / score_n, 4) if score_n else None,
                top_codes=tuple(CodeCount(c, lbl, n) for (c, lbl), n in ranked[:top]),
                meetings=_unique(meetings.get(p, ())),
            )
        )
    return DyadSeries(countries=(first, second), by=by, periods=tuple(periods))


def _unique(refs: Iterable[MeetingRef]) -> tuple[MeetingRef, ...]:
    return tuple(dict.fromkeys(refs))
