"""Event data in the graph: GDELT 2.0 and 1.0, ICEWS and PLOVER/POLECAT files as sources.

Readers stream a file (plain or zipped) row by row into :class:`EventRecord` plain data,
normalising codes to the project's countries (CAMEO actor codes, GDELT's FIPS 10-4 geo codes,
ICEWS country names) and counting bad rows per kind with file and line
(:class:`ReadStats`); :func:`mint_nquads` / :func:`mint_trig` write them as RDF text (the
model is in ``ontology/secgraph.ttl``); :func:`check_event` is the event shapes checked per
row. The build treats each event file as one named graph (:mod:`._build`).

>>> EventFilter(countries=("pak", "usa"), dyad_only=True).key()
'countries=PAK,USA;dyad_only=1'
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._model import (
    BAD_KINDS,
    EVENT_KINDS,
    ON_ERROR,
    Actor,
    BadRow,
    EventFilter,
    EventRecord,
    ReadStats,
)

if TYPE_CHECKING:
    from ._build import EventImport, EventPlan, event_graph_names, plan_events
    from ._check import check_event
    from ._codes import Codes, quad_of_cameo
    from ._mint import event_file_iri, event_graph_iri, event_iri, mint_nquads, mint_trig
    from ._outcome import EventsOutcome, outcome
    from ._read import read_events, sniff_kind
    from ._source import (
        SETTINGS_NAME,
        EventSource,
        SourceSettings,
        event_sources,
        read_settings,
        write_settings,
    )

#: The names imported on first use (the CLI lists the event kinds without loading the build
#: machinery, rdflib and pyoxigraph behind it): name -> submodule.
_LAZY = {
    **dict.fromkeys(("EventImport", "EventPlan", "event_graph_names"), "_build"),
    "EventsOutcome": "_outcome",
    "outcome": "_outcome",
    "plan_events": "_build",
    "check_event": "_check",
    "Codes": "_codes",
    "quad_of_cameo": "_codes",
    **dict.fromkeys(
        ("event_file_iri", "event_graph_iri", "event_iri", "mint_nquads", "mint_trig"), "_mint"
    ),
    **dict.fromkeys(("read_events", "sniff_kind"), "_read"),
    **dict.fromkeys(
        (
            "SETTINGS_NAME",
            "EventSource",
            "SourceSettings",
            "event_sources",
            "read_settings",
            "write_settings",
        ),
        "_source",
    ),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'secgraph.events' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "BAD_KINDS",
    "EVENT_KINDS",
    "ON_ERROR",
    "SETTINGS_NAME",
    "Actor",
    "BadRow",
    "Codes",
    "EventFilter",
    "EventImport",
    "EventPlan",
    "EventRecord",
    "EventSource",
    "EventsOutcome",
    "ReadStats",
    "SourceSettings",
    "check_event",
    "event_file_iri",
    "event_graph_iri",
    "event_graph_names",
    "event_iri",
    "event_sources",
    "mint_nquads",
    "mint_trig",
    "outcome",
    "plan_events",
    "quad_of_cameo",
    "read_codes",
    "read_events",
    "read_settings",
    "sniff_kind",
    "write_settings",
]


def read_codes(reference_dir: str, ontology_dir: str) -> Codes:
    """The code tables from a reference folder (``countries.csv``) and an ontology folder
    (``event-codes.ttl``)."""
    from pathlib import Path

    from ._codes import Codes

    return Codes.read(Path(reference_dir) / "countries.csv", Path(ontology_dir) / "event-codes.ttl")
