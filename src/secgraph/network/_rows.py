"""Meetings as plain data, read from the rows of the SELECT queries in :mod:`._sparql`.

The grouping happens in Python and everything is sorted, so the same store always gives the
same meetings.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from ..errors import InputError
from ..store import resolve_country
from ._sparql import (
    _AREA_LABELS,
    _AREA_ROWS,
    _ARTICLE_TITLES,
    _COUNTRY_ROWS,
    _FOCUS,
    _MEETING_LABELS,
    _MEETING_ROWS,
    _NO_DATE,
    _OFFICIAL_ROWS,
    _POST_ROWS,
    _PREFIXES,
    _SCANS,
    _SINCE,
)

if TYPE_CHECKING:
    from ..store import Store

__all__ = [
    "DelegationFacts",
    "MeetingFacts",
    "_Meetings",
    "_read",
    "_since",
    "_tail",
    "read_meetings",
]


@dataclass(frozen=True)
class DelegationFacts:
    """One country's delegation at a meeting: its officials (IRIs, sorted) and leaders."""

    country: str
    officials: tuple[str, ...] = ()
    leaders: tuple[str, ...] = ()


@dataclass(frozen=True)
class MeetingFacts:
    """One meeting as read from the store; ``date`` is an ISO date or None."""

    iri: str
    label: str
    date: str | None
    sources: tuple[str, ...]
    delegations: tuple[DelegationFacts, ...]
    areas: tuple[str, ...] = ()

    @property
    def countries(self) -> tuple[str, ...]:
        return tuple(d.country for d in self.delegations)


@dataclass(frozen=True)
class _Entity:
    """What the projections need to know about a node."""

    label: str
    kind: str
    country: str | None = None
    iso2: str | None = None
    post: str | None = None
    organisation: str | None = None


@dataclass(frozen=True)
class _Meetings:
    """The meetings of a selection, with the entities and article titles they mention."""

    meetings: tuple[MeetingFacts, ...]
    entities: Mapping[str, _Entity]
    titles: Mapping[str, str]
    organisations: Mapping[str, tuple[str, ...]]  # official -> organisations of their posts
    org_country: Mapping[str, str]  # organisation -> country IRI
    focus: str | None = None  # ISO alpha-3 of the country filter


def _since(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(None, f"bad date '{value}'; write it as YYYY-MM-DD") from None


def read_meetings(
    store: Store, *, country: str | None = None, since: str | dt.date | None = None
) -> list[MeetingFacts]:
    """The meetings (sorted by date, undated last, then IRI), optionally filtered.

    ``country`` (IRI, ISO code or name) keeps meetings where it had a delegation; ``since``
    (``YYYY-MM-DD``) keeps meetings on or after that date and so drops undated ones.
    """
    return list(_read(store, country=country, since=since).meetings)


def _read(store: Store, *, country: str | None, since: str | dt.date | None) -> _Meetings:
    start = _since(since)
    bindings: dict[str, Identifier] = {}
    focus = ""
    focus_iri: str | None = None
    if country is not None:
        focus_iri = str(resolve_country(store, country))
        bindings["focus"] = URIRef(focus_iri)
        focus = _FOCUS
    scan = store.joins_subselects  # see _sparql._SCANS
    since_form, no_date = (_SCANS["since"], _SCANS["no date"]) if scan else (_SINCE, _NO_DATE)
    date = since_form % start.isoformat() if start is not None else no_date
    parts = {"filter": focus, "date": date}
    meeting_rows, meeting_labels, article_titles = (
        (_SCANS["rows"], _SCANS["labels"], _SCANS["titles"])
        if scan
        else (_MEETING_ROWS, _MEETING_LABELS, _ARTICLE_TITLES)
    )
    rows = store.query(_PREFIXES + meeting_rows % parts, bindings=bindings or None)
    area_rows = store.query(_PREFIXES + _AREA_ROWS % parts, bindings=bindings or None)
    post_rows = store.query(_PREFIXES + _POST_ROWS)

    labels: dict[str, set[Literal]] = defaultdict(set)
    dates: dict[str, set[str]] = defaultdict(set)
    sources: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, set[str]] = defaultdict(set)
    members: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    leaders: dict[tuple[str, str], set[str]] = defaultdict(set)
    entity_rows: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    col = {name: i for i, name in enumerate(rows.variables)}

    for row in rows.rows:
        meeting, country_iri = row[col["meeting"]], row[col["country"]]
        if meeting is None or country_iri is None:
            continue
        m, c = str(meeting), str(country_iri)
        if (value := row[col["date"]]) is not None:
            dates[m].add(_iso(value))
        if (article := row[col["article"]]) is not None:
            sources[m].add(str(article))
        members[m].setdefault(c, set())
        if (official := row[col["official"]]) is not None:
            o = str(official)
            members[m][c].add(o)
            entity_rows[o]["delegation"].add(c)
            if row[col["leader"]] is not None:
                leaders[(m, c)].add(o)

    for meeting, label in store.query(
        _PREFIXES + meeting_labels % parts, bindings=bindings or None
    ).rows:
        if meeting is not None:
            _add_label(labels, str(meeting), label)
    for article, title in store.query(
        _PREFIXES + article_titles % parts, bindings=bindings or None
    ).rows:
        if article is not None and title is not None:
            titles[str(article)].add(str(title))
    for country_iri, label, iso3, iso2 in store.query(_PREFIXES + _COUNTRY_ROWS).rows:
        if country_iri is not None:
            c = str(country_iri)
            _add_label(labels, c, label)
            _add(entity_rows[c], "iso3", iso3)
            _add(entity_rows[c], "iso2", iso2)
    for official, label, official_country in store.query(_PREFIXES + _OFFICIAL_ROWS).rows:
        if official is not None:
            o = str(official)
            _add_label(labels, o, label)
            _add(entity_rows[o], "iso3", official_country)

    areas: dict[str, set[str]] = defaultdict(set)
    area_labels: dict[str, set[Literal]] = defaultdict(set)
    acol = {name: i for i, name in enumerate(area_rows.variables)}
    for row in area_rows.rows:
        meeting, area = row[acol["meeting"]], row[acol["area"]]
        if meeting is None or area is None or str(meeting) not in members:
            continue
        areas[str(meeting)].add(str(area))
    for area, label in store.query(_PREFIXES + _AREA_LABELS).rows:
        if area is not None:
            _add_label(area_labels, str(area), label)

    officials = {o for by_country in members.values() for os_ in by_country.values() for o in os_}
    posts: dict[str, set[str]] = defaultdict(set)
    orgs: dict[str, set[str]] = defaultdict(set)
    pcol = {name: i for i, name in enumerate(post_rows.variables)}
    for row in post_rows.rows:
        official = row[pcol["official"]]
        if official is None or str(official) not in officials:
            continue
        o = str(official)
        if (post_label := row[pcol["postLabel"]]) is not None:
            posts[o].add(str(post_label))
        if (org := row[pcol["org"]]) is None:
            continue
        g = str(org)
        orgs[o].add(g)
        _add_label(labels, g, row[pcol["orgLabel"]])
        if (org_country := row[pcol["orgCountry"]]) is not None:
            oc = str(org_country)
            entity_rows[g]["country_iri"].add(oc)
            _add(entity_rows[g], "iso3", row[pcol["orgIso3"]])
            _add_label(labels, oc, row[pcol["orgCountryLabel"]])
            _add(entity_rows[oc], "iso3", row[pcol["orgIso3"]])
            _add(entity_rows[oc], "iso2", row[pcol["orgIso2"]])

    entities: dict[str, _Entity] = {}
    countries = {c for by_country in members.values() for c in by_country} | {
        c for g in {g for gs in orgs.values() for g in gs} for c in entity_rows[g]["country_iri"]
    }
    for c in countries:
        entities[c] = _Entity(
            label=_best(labels.get(c), c),
            kind="country",
            country=_first(entity_rows[c]["iso3"]) or _tail(c),
            iso2=_first(entity_rows[c]["iso2"]),
        )
    for o in officials:
        org_names = sorted({_best(labels.get(g), g) for g in orgs.get(o, ())})
        entities[o] = _Entity(
            label=_best(labels.get(o), o),
            kind="official",
            country=_first(entity_rows[o]["iso3"])
            or _first({entities[c].country or "" for c in entity_rows[o]["delegation"]}),
            post="; ".join(sorted(posts.get(o, ()))) or None,
            organisation="; ".join(org_names) or None,
        )
    for g in {g for gs in orgs.values() for g in gs}:
        entities[g] = _Entity(
            label=_best(labels.get(g), g),
            kind="organisation",
            country=_first(entity_rows[g]["iso3"]),
        )

    meetings = []
    for m, by_country in members.items():
        delegations = tuple(
            DelegationFacts(
                country=c,
                officials=tuple(sorted(by_country[c])),
                leaders=tuple(sorted(leaders.get((m, c), ()))),
            )
            for c in sorted(by_country)
        )
        area_names = sorted({_best(area_labels.get(a), a) for a in areas.get(m, ())})
        meetings.append(
            MeetingFacts(
                iri=m,
                label=_best(labels.get(m), m),
                date=min(dates[m]) if dates.get(m) else None,
                sources=tuple(sorted(sources.get(m, ()))),
                delegations=delegations,
                areas=tuple(area_names),
            )
        )
    meetings.sort(key=lambda mf: (mf.date is None, mf.date or "", mf.iri))
    return _Meetings(
        meetings=tuple(meetings),
        entities=entities,
        titles={a: sorted(ts)[0] for a, ts in titles.items()},
        organisations={o: tuple(sorted(gs)) for o, gs in orgs.items()},
        focus=_tail(focus_iri) if focus_iri else None,
        org_country={
            g: min(entity_rows[g]["country_iri"])
            for g in {g for gs in orgs.values() for g in gs}
            if entity_rows[g]["country_iri"]
        },
    )


def _add(target: dict[str, set[str]], key: str, value: Identifier | None) -> None:
    if value is not None:
        target[key].add(str(value))


def _add_label(target: dict[str, set[Literal]], key: str, value: Identifier | None) -> None:
    if isinstance(value, Literal):
        target[key].add(value)


def _best(values: Iterable[Literal] | None, iri: str) -> str:
    """The English (or untagged) label first, then any other; the IRI tail when none."""
    ranked = sorted(
        (0 if (v.language or "en").startswith("en") else 1, str(v)) for v in values or ()
    )
    return ranked[0][1] if ranked else _tail(iri)


def _first(values: Iterable[str]) -> str | None:
    ordered = sorted(v for v in values if v)
    return ordered[0] if ordered else None


def _tail(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _iso(value: Identifier) -> str:
    if isinstance(value, Literal):
        python = value.toPython()
        if isinstance(python, dt.date):
            return python.isoformat()
    return str(value)
