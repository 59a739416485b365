"""Kinds of source a build reads (see :mod:`secgraph.sources._protocol`): article fact files
and event files. Everything in a build that is not about one kind takes any kind."""

from __future__ import annotations

from ..facts import file_sha256
from ._articles import OWNED_CLASSES, ArticleFiles, article_entry
from ._events import EventFiles, event_state
from ._protocol import Built, FileState, MintContext, SourceEntry, SourceKind

__all__ = [
    "ARTICLES",
    "EVENTS",
    "OWNED_CLASSES",
    "SOURCE_KINDS",
    "ArticleFiles",
    "Built",
    "EventFiles",
    "FileState",
    "MintContext",
    "SourceEntry",
    "SourceKind",
    "article_entry",
    "event_state",
    "file_sha256",
    "kind_of",
]

ARTICLES = ArticleFiles()
#: Event files (GDELT, ICEWS, PLOVER). The build plans and streams them in its event stage
#: (:mod:`secgraph.pipeline._events`), keeping their rows in the manifest's own table.
EVENTS = EventFiles()
#: Every kind a build reads, in the order their sources are listed.
SOURCE_KINDS: tuple[SourceKind, ...] = (ARTICLES, EVENTS)


def kind_of(key: str) -> SourceKind:
    """The kind of the source with this manifest key (``events/...`` keys are event files;
    article ids have no "/")."""
    prefix = key.partition("/")[0] if "/" in key else ""
    for kind in SOURCE_KINDS:
        if prefix == ("" if kind is ARTICLES else kind.folder):
            return kind
    raise KeyError(key)
