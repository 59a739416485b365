"""The projections: meetings onto a sorted networkx graph (see :mod:`secgraph.network`)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..errors import InputError
from ..vocab import PROJECTIONS
from ._rows import MeetingFacts, _Meetings, _read, _since, _tail

if TYPE_CHECKING:
    from ..analysis import MeetingRecord
    from ..store import Store

__all__ = ["meeting_records", "to_networkx"]


class _Builder:
    """Collects nodes and edges with the meetings behind them, then makes a sorted nx.Graph."""

    def __init__(self, data: _Meetings) -> None:
        self.data = data
        self.by_iri = {m.iri: m for m in data.meetings}
        self.node_meetings: dict[str, set[str]] = defaultdict(set)
        self.edges: dict[tuple[str, str], tuple[str, set[str]]] = {}

    def node(self, node: str, meeting: str) -> None:
        self.node_meetings[node].add(meeting)

    def edge(self, u: str, v: str, relation: str, meeting: str) -> None:
        if u == v:
            return
        key = (u, v) if u < v else (v, u)
        self.node(u, meeting)
        self.node(v, meeting)
        _rel, meetings = self.edges.setdefault(key, (relation, set()))
        meetings.add(meeting)

    def graph(self, projection: str, **info: Any) -> nx.Graph:
        G = nx.Graph(projection=projection, **info)
        for node in sorted(self.node_meetings):
            entity = self.data.entities[node]
            meetings = self._meetings(self.node_meetings[node])
            sources = sorted({s for m in meetings for s in m.sources})
            G.add_node(
                node,
                label=entity.label,
                kind=entity.kind,
                country=entity.country,
                iso2=entity.iso2,
                post=entity.post,
                organisation=entity.organisation,
                meetings=[m.iri for m in meetings],
                sources=sources,
                articles=[self.data.titles.get(s, _tail(s)) for s in sources],
                dates=sorted({m.date for m in meetings if m.date}),
            )
        for (u, v), (relation, meeting_iris) in sorted(self.edges.items()):
            meetings = self._meetings(meeting_iris)
            dated = sorted(m.date for m in meetings if m.date)
            G.add_edge(
                u,
                v,
                weight=len(meetings),
                meetings=[m.iri for m in meetings],
                meeting_labels=[m.label for m in meetings],
                areas=sorted({a for m in meetings for a in m.areas}),
                first=dated[0] if dated else None,
                last=dated[-1] if dated else None,
                sources=sorted({s for m in meetings for s in m.sources}),
                relation=relation,
            )
        return G

    def _meetings(self, iris: Iterable[str]) -> list[MeetingFacts]:
        return sorted((self.by_iri[i] for i in iris), key=lambda m: m.iri)


def _counterparts(meeting: MeetingFacts) -> Iterable[tuple[str, str]]:
    for a, b in combinations(meeting.delegations, 2):
        for u in a.officials:
            for v in b.officials:
                yield u, v


def to_networkx(
    store: Store,
    *,
    projection: str,
    country: str | None = None,
    since: str | dt.date | None = None,
) -> nx.Graph:
    """Project the meetings in ``store`` onto a networkx graph (see the module docstring).

    ``country`` (IRI, ISO code or name) keeps the meetings where that country had a
    delegation; ``since`` (``YYYY-MM-DD``) the meetings on or after that date, which leaves
    out undated meetings. Raises :class:`InputError` for an unknown projection or a bad date
    and :class:`UnknownEntityError` for an unknown country.
    """
    if projection not in PROJECTIONS:
        raise InputError(
            None, f"unknown projection '{projection}'; use one of {', '.join(PROJECTIONS)}"
        )
    data = _read(store, country=country, since=since)
    b = _Builder(data)
    for m in data.meetings:
        if projection == "countries":
            for c in m.countries:
                b.node(c, m.iri)
            for u, v in combinations(m.countries, 2):
                b.edge(u, v, "met", m.iri)
        elif projection == "officials":
            for d in m.delegations:
                for o in d.officials:
                    b.node(o, m.iri)
            for u, v in _counterparts(m):
                b.edge(u, v, "counterpart", m.iri)
        elif projection == "country-official":
            for d in m.delegations:
                b.node(d.country, m.iri)
                for o in d.officials:
                    b.edge(o, d.country, "represents", m.iri)
            for u, v in _counterparts(m):
                b.edge(u, v, "counterpart", m.iri)
        else:  # organisations
            for d in m.delegations:
                for o in d.officials:
                    held = data.organisations.get(o, ())
                    if not held:
                        b.edge(o, d.country, "represents", m.iri)
                    for g in held:
                        b.edge(o, g, "member-of", m.iri)
                        if g in data.org_country:
                            b.edge(g, data.org_country[g], "part-of", m.iri)
    since_date = _since(since)
    return b.graph(
        projection,
        country=data.focus,
        since=since_date.isoformat() if since_date else None,
    )


def meeting_records(
    store: Store, *, country: str | None = None, since: str | dt.date | None = None
) -> list[MeetingRecord]:
    """The meetings as :class:`secgraph.analysis.MeetingRecord` (ISO codes, area labels).

    Filtered as :func:`to_networkx`; sorted by date (undated last), then IRI.
    """
    from ..analysis import MeetingRecord

    data = _read(store, country=country, since=since)
    records = []
    for m in data.meetings:
        codes = tuple(sorted(data.entities[c].country or _tail(c) for c in m.countries))
        records.append(
            MeetingRecord(iri=m.iri, date=m.date, countries=codes, areas=m.areas, sources=m.sources)
        )
    return records
