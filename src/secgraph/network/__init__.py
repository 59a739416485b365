"""The only bridge from RDF to networkx: projections of the meetings onto graphs.

Each projection is built from a few SELECT queries run through :meth:`Store.query` (so it
works on any store: in memory, embedded or remote) that return one row per meeting,
delegation and member; the grouping happens in Python, and everything is sorted, so the same
store always gives the same graph.

Projections (``PROJECTIONS``):

``countries``
    country - country, one edge per pair of countries that sent delegations to the same
    meeting (``relation`` "met").
``officials``
    official - official, one edge per pair of officials who faced each other across a table:
    members (leaders included) of delegations of different countries at the same meeting
    (``relation`` "counterpart").
``country-official``
    officials linked to the country their delegation represented (``relation``
    "represents") and to their counterparts ("counterpart").
``organisations``
    official - organisation - country: an official is linked to the organisation of each
    post they hold (``org:holds`` / ``org:postIn``, ``relation`` "member-of"), an
    organisation to its country (``sg:country``, "part-of"); an official without a post is
    linked to the country they represented ("represents").

Nodes are IRI strings with ``label``, ``kind`` ("country", "official" or "organisation"),
``country`` (ISO alpha-3 or None), ``iso2`` (countries), ``post`` and ``organisation``
(officials: titles and names, ``; ``-joined when several), ``meetings``, ``sources`` (article
IRIs), ``articles`` (their titles, in the same order) and ``dates`` (ISO dates of the dated
meetings). Edges have ``weight`` (number of meetings), ``meetings``, ``meeting_labels``,
``areas`` (cooperation-area labels), ``first`` / ``last`` (ISO dates, None when no meeting
of the edge has a date: a missing date stays missing), ``sources`` and ``relation``.
``G.graph`` holds ``projection``, ``country`` and ``since``.

``country`` keeps only the meetings where that country had a delegation (with all their
delegations); ``since`` keeps only the meetings on or after that date, so **undated meetings
are left out whenever** ``since`` **is given**.

Private submodules: ``_sparql`` (the SELECT queries), ``_rows`` (their rows -> meetings as
plain data), ``_project`` (meetings -> graphs) and ``_export`` (a projection written as a
network file by :mod:`secgraph.viz`). Countries are found by
:func:`secgraph.store.resolve_country`.
"""

from __future__ import annotations

from ..store import resolve_country
from ..vocab import PROJECTIONS
from ._export import export_projection
from ._project import meeting_records, to_networkx
from ._rows import DelegationFacts, MeetingFacts, read_meetings

__all__ = [
    "PROJECTIONS",
    "DelegationFacts",
    "MeetingFacts",
    "export_projection",
    "meeting_records",
    "read_meetings",
    "resolve_country",
    "to_networkx",
]
