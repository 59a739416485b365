"""Event files as a kind of source: ``events/<name>`` -> ``graph:events/<name>``.

GDELT, ICEWS and PLOVER files (:mod:`secgraph.events`), keyed ``events/<name>``. A file's
state folds in its import settings (data set, filter, ``on_error`` from
``events/sources.json``): the manifest's ``sha256`` is the hash of the file's hash and the
settings, the side-file slot holds the settings and the file's own hash, so a changed filter
is a changed source. An event file mints many statements and no relation parts nor
cross-source candidates: the build streams its text (:class:`secgraph.events.EventImport`)
rather than rdflib triples; :meth:`EventFiles.build` gives the triples for small files and
in-memory work.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from rdflib import Dataset, URIRef

from ..errors import InputError
from ..events import (
    Codes,
    EventSource,
    event_graph_iri,
    event_sources,
    mint_nquads,
    read_events,
)
from ..facts import file_sha256
from ._protocol import Built, FileState, MintContext, SourceEntry

__all__ = ["EventFiles", "event_state"]


def event_state(source: EventSource, digest: str) -> FileState:
    """The manifest state of an event file: (identity hash, settings, file hash, mtime, size)."""
    settings = source.identity.partition("|")[2]
    identity = hashlib.sha256(f"{digest}|{settings}".encode()).hexdigest()
    return (identity, settings, digest, source.mtime_ns, source.size)


class EventFiles:
    """Event files (``events/*``: GDELT exports, ICEWS files, PLOVER records). ``codes``
    (the country and event code tables) are needed to :meth:`build` one."""

    name = "events"
    folder = "events"

    def __init__(self, codes: Codes | None = None) -> None:
        self.codes = codes

    def discover(self, data_dir: Path) -> dict[str, str]:
        return {s.name: s.path for s in event_sources(data_dir, self.folder)}

    def graph_iri(self, key: str) -> URIRef:
        return URIRef(event_graph_iri(key))

    def _source(self, path: str) -> EventSource:
        found = Path(path)
        for source in event_sources(found.parent.parent, self.folder):
            if source.name == f"{self.folder}/{found.name}":
                return source
        raise KeyError(path)

    def unchanged(self, state: FileState, path: str) -> bool:
        _identity, settings, digest, mtime_ns, size = state
        source = self._source(path)
        if source.identity.partition("|")[2] != settings:
            return False
        stat = os.stat(path)
        if (mtime_ns, size) == (stat.st_mtime_ns, stat.st_size):
            return True
        return file_sha256(path) == digest

    def build(self, path: str, context: MintContext) -> Built:
        """The file's graph as rdflib triples (for small files; the build streams text)."""
        if self.codes is None:
            raise InputError(path, "event files need the code tables; use EventFiles(codes)")
        source = self._source(path)
        s = source.settings
        events = read_events(path, s.kind, self.codes, name=source.name,
                             event_filter=s.event_filter, on_error=s.on_error)  # fmt: skip
        body = b"".join(mint_nquads(events, source.name, s.kind, s.event_filter.key()))
        dataset = Dataset()
        dataset.parse(data=body.decode("utf-8"), format="nquads")
        graph = self.graph_iri(source.name)
        triples = list(dataset.graph(graph))
        state = event_state(source, file_sha256(path))
        entry = SourceEntry(
            sha256=state[0],
            text=state[1],
            text_sha256=state[2],
            mtime_ns=source.mtime_ns,
            size=source.size,
            triples=len(triples),
        )
        return Built(key=source.name, graph=graph, triples=triples, entry=entry)
