"""Network analysis over the networkx projections: centrality, communities, paths, timelines.

This module sees networkx graphs and plain dataclasses only, never rdflib: the projections are
built by :mod:`secgraph.network`. Node ids are IRI strings; the node attributes read here are
``label``, ``kind``, ``country`` and ``iso2``; the edge attributes are ``weight``, ``meetings``,
``meeting_labels``, ``areas``, ``first``, ``last``, ``sources`` and ``relation``. A missing
attribute falls back to a neutral value (``weight`` 1, empty lists, the IRI tail as label).

Every result is a frozen dataclass, and every ordering is total (ties are broken by label,
then by IRI), so the same graph always gives the same answer.

Private submodules: ``_nodes`` (labels, resolving names), ``_centrality`` (centrality and
communities), ``_paths`` (paths, ego networks, partners) and ``_timeline``.
"""

from __future__ import annotations

from ._centrality import (
    CentralityResult,
    CentralityRow,
    CommunitiesResult,
    Community,
    centrality,
    communities,
)
from ._centrality import Measure as Measure
from ._nodes import node_label, resolve_node
from ._paths import Hop, PartnerRow, PathResult, ego, partners, shortest_path
from ._timeline import AreaCount, MeetingRecord, TimelineRow, timeline

__all__ = [
    "AreaCount",
    "CentralityResult",
    "CentralityRow",
    "CommunitiesResult",
    "Community",
    "Hop",
    "MeetingRecord",
    "PartnerRow",
    "PathResult",
    "TimelineRow",
    "centrality",
    "communities",
    "ego",
    "node_label",
    "partners",
    "resolve_node",
    "shortest_path",
    "timeline",
]
