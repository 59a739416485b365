"""Kinds of source a build reads (see :mod:`secgraph.sources._protocol`): article fact files
today, event files next. Everything in a build that is not about one kind takes any kind."""

from __future__ import annotations

from ._articles import OWNED_CLASSES, ArticleFiles, article_entry, file_sha256
from ._protocol import Built, FileState, MintContext, SourceEntry, SourceKind

__all__ = [
    "ARTICLES",
    "OWNED_CLASSES",
    "SOURCE_KINDS",
    "ArticleFiles",
    "Built",
    "FileState",
    "MintContext",
    "SourceEntry",
    "SourceKind",
    "article_entry",
    "file_sha256",
    "kind_of",
]

ARTICLES = ArticleFiles()
#: Every kind a build reads, in the order their sources are listed.
SOURCE_KINDS: tuple[SourceKind, ...] = (ARTICLES,)


def kind_of(key: str) -> SourceKind:
    """The kind of the source with this manifest key (``events/...`` keys are event files;
    article ids have no "/")."""
    prefix = key.partition("/")[0] if "/" in key else ""
    for kind in SOURCE_KINDS:
        if prefix == ("" if kind is ARTICLES else kind.folder):
            return kind
    raise KeyError(key)
