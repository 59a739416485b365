"""Event files as sources of the build: where they are, what kind, with which filter.

The event folder (``data/events/`` by default) holds event files as downloaded, and
``sources.json``, which ``secgraph import`` writes: per file, its data set, the filter it is
imported with and what to do with bad rows. A file the settings do not name is sniffed
(:func:`~._read.sniff_kind`) and imported whole, skipping bad rows. A source's identity is
its content hash, data set, filter and ``on_error``: change any of them and the file is
imported again (its graph only).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ._model import EVENT_KINDS, EventFilter
from ._read import ON_ERROR, sniff_kind

__all__ = [
    "EVENT_SUFFIXES",
    "SETTINGS_NAME",
    "EventSource",
    "SourceSettings",
    "event_sources",
    "read_settings",
    "write_settings",
]

SETTINGS_NAME = "sources.json"
#: File names that can hold event data (case-insensitive); others (README.md, LICENSE...) are
#: left alone.
EVENT_SUFFIXES = (".csv", ".tsv", ".tab", ".json", ".jsonl", ".ndjson", ".zip")
_SKIP = {SETTINGS_NAME.lower(), "readme.md", "license", "license.txt", "readme.txt"}


@dataclass(frozen=True)
class SourceSettings:
    """How one event file is imported (as ``sources.json`` keeps it)."""

    kind: str
    event_filter: EventFilter = field(default_factory=EventFilter)
    on_error: str = "skip"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "filter": self.event_filter.key(), "on_error": self.on_error}


@dataclass(frozen=True)
class EventSource:
    """One event file of the build: ``name`` is its path under the data folder
    (``events/x.CSV``), also its graph's name."""

    path: str
    name: str
    settings: SourceSettings
    sha256: str
    mtime_ns: int
    size: int

    @property
    def identity(self) -> str:
        """What decides whether the file must be imported again."""
        s = self.settings
        return f"{self.sha256}|{s.kind}|{s.event_filter.key()}|{s.on_error}"


def read_settings(folder: str | Path) -> dict[str, SourceSettings]:
    """``sources.json`` of an event folder (empty when there is none)."""
    path = Path(folder) / SETTINGS_NAME
    if not path.is_file():
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise InputError(str(path), f"cannot read it ({err}); fix the JSON or delete it") from err
    if not isinstance(raw, Mapping):
        raise InputError(str(path), "must be a JSON object of file name -> settings")
    out: dict[str, SourceSettings] = {}
    for name, item in raw.items():
        if not isinstance(item, Mapping) or item.get("kind") not in EVENT_KINDS:
            raise InputError(str(path), f"'{name}' needs a kind: gdelt, icews or plover")
        on_error = item.get("on_error", "skip")
        if on_error not in ON_ERROR:
            raise InputError(str(path), f"'{name}': on_error must be skip or fail")
        try:
            event_filter = EventFilter.from_key(str(item.get("filter") or ""))
        except (InputError, ValueError) as err:
            raise InputError(str(path), f"'{name}': bad filter ({err})") from err
        out[str(name)] = SourceSettings(str(item["kind"]), event_filter, str(on_error))
    return out


def write_settings(folder: str | Path, settings: Mapping[str, SourceSettings]) -> None:
    """Write ``sources.json`` atomically (sorted, so that it diffs well)."""
    from ..store import atomic_write

    body = {name: settings[name].to_json() for name in sorted(settings)}
    data = (json.dumps(body, indent=2) + "\n").encode()
    atomic_write(Path(folder) / SETTINGS_NAME, lambda handle: handle.write(data))


def _event_name(name: str) -> bool:
    """Whether a file of this name in an event folder is event data: by its suffix, or a
    POLECAT release as published (``ngecEvents.DV.2023.txt``; other ``.txt`` files are
    notes unless ``secgraph import`` recorded them in ``sources.json``)."""
    lower = name.lower()
    return lower.endswith(EVENT_SUFFIXES) or (lower.startswith("ngecevents") and ".txt" in lower)


def event_sources(data_dir: str | Path, folder: str = "events") -> list[EventSource]:
    """The event files under ``data_dir/folder``, sorted by name (none when it is missing).

    The content hash is computed here (a stream over the file: a 1 GB export takes about
    a second); callers that trust modification time and size use :func:`file_state`.
    """
    root = Path(data_dir) / folder
    if not root.is_dir():
        return []
    settings = read_settings(root)
    out = []
    with os.scandir(root) as entries:
        named = [
            e
            for e in entries
            if e.name.lower() not in _SKIP
            and not e.name.startswith(".")
            and (_event_name(e.name) or e.name in settings)
            and not e.name.lower().endswith(".license.txt")
        ]
    for e in named:
        if not e.is_file():  # a folder or a link to nothing: never skipped in silence
            raise InputError(e.path, "not an event file (a folder or a link to nothing); remove it")
    names = sorted(e.name for e in named)
    for name in names:
        path = root / name
        chosen = settings.get(name) or SourceSettings(sniff_kind(path))
        stat = path.stat()
        out.append(
            EventSource(
                path=str(path),
                name=f"{folder}/{name}",
                settings=chosen,
                sha256="",
                mtime_ns=stat.st_mtime_ns,
                size=stat.st_size,
            )
        )
    return out
