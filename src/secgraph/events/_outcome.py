"""What a build did with the event files, for its summary: :class:`EventsOutcome`."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ._build import EventImport, _known
from ._model import ReadStats

__all__ = ["EventsOutcome", "outcome"]


@dataclass(frozen=True)
class EventsOutcome:
    """What a build did with the event files: what reading each loaded file found, the
    files dropped and left alone, and how many events the manifest now records."""

    loaded: tuple[ReadStats, ...]
    removed: tuple[str, ...]
    unchanged: tuple[str, ...]
    files: int
    events: int


def outcome(imported: EventImport, conn: sqlite3.Connection | None) -> EventsOutcome:
    known = _known(conn)
    return EventsOutcome(
        loaded=tuple(
            imported.stats[s.name] for s in imported.plan.to_load if s.name in imported.stats
        ),
        removed=tuple(imported.plan.removed),
        unchanged=tuple(imported.plan.unchanged),
        files=len(known),
        events=sum(k.events for k in known.values()),
    )
