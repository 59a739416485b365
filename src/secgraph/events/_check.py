"""The event shapes of ``ontology/shapes.ttl``, checked per row in Python.

Validating a million minted events with pySHACL would hold them all in an rdflib graph
(tens of gigabytes) and take hours; compiled to SPARQL over the loaded store it is a
full scan per constraint. Each event's triples depend only on its row and the code tables,
so every constraint of ``sgsh:CodedEventShape``, ``sgsh:EventActorShape`` and
``sgsh:EventFileShape`` can be decided on the row before it is minted: this module does
exactly that, and ``tests/test_events_shapes.py`` holds it to pySHACL on minted fixtures with
planted violations. Keep the two in step: a constraint added to the shapes is added here.

Constraint by constraint (shape -> here):
- ``dcterms:identifier`` exactly 1 -> ``key`` non-empty;
- ``schema:startDate`` exactly 1, ``xsd:date`` -> ``date`` a real ``YYYY-MM-DD``;
- ``sg:quadClass`` exactly 1, integer 1-4 -> ``quad`` in 1..4;
- ``sg:cameoCode`` / ``sg:ploverType`` at most 1, a ``skos:Concept`` -> code in the scheme;
- ``sg:goldstein`` / ``sg:intensity`` at most 1, decimal -10..10 -> the shape's pattern;
- ``sg:sourceCountry`` / ``sg:targetCountry`` / ``sg:actionCountry`` and the actors'
  ``sg:country`` an ``sg:Country`` -> a code of countries.csv;
- ``sg:sourceLine`` at least 1, a positive integer; ``prov:wasDerivedFrom`` an
  ``sg:EventFile`` -> ``line`` >= 1 (the file node is always minted).
"""

from __future__ import annotations

import re
from datetime import date

from ._codes import Codes
from ._model import EventRecord

__all__ = ["SCORE_PATTERN", "check_event"]

#: The pattern of ``sg:goldstein`` and ``sg:intensity`` in the shapes: a decimal in -10..10.
SCORE_PATTERN = r"^[+-]?(10(\.0*)?|\d(\.\d*)?|\.\d+)$"
_SCORE = re.compile(SCORE_PATTERN)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_event(event: EventRecord, codes: Codes) -> list[str]:
    """What is wrong with ``event`` against the event shapes (empty: it conforms)."""
    problems: list[str] = []
    if not event.key:
        problems.append("event has no identifier")
    if not _DATE.match(event.date) or not _real_date(event.date):
        problems.append(f"event date '{event.date}' is not an xsd:date")
    if event.quad not in (1, 2, 3, 4):
        problems.append(f"QuadClass {event.quad} is not 1 to 4")
    if event.cameo is not None and event.cameo not in codes.cameo:
        problems.append(f"CAMEO code '{event.cameo}' is not in the CAMEO scheme")
    if event.plover is not None and event.plover not in codes.plover.values():
        problems.append(f"PLOVER type '{event.plover}' is not in the PLOVER scheme")
    for name in ("goldstein", "intensity"):
        value = getattr(event, name)
        if value is not None and not _SCORE.match(value):
            problems.append(f"{name} '{value}' is not a decimal in -10..10")
    countries = [a.country for a in (*event.sources, *event.targets)]
    countries.append(event.place_country)
    for country in countries:
        if country is not None and country not in codes.iso3:
            problems.append(f"country '{country}' is not in the country table")
    if event.line < 1:
        problems.append("event has no source line")
    return problems


def _real_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
