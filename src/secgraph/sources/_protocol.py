"""What a source of a build is: a file of some kind that yields named graphs.

A build reads *sources*. Each is a file in the data folder with a key (unique across kinds),
a content hash, and a way to yield what the build needs from it. The planner compares the
sources' states with the manifest; the one read-and-mint stage turns each added or changed
source into a :class:`Built`; validation, the commit (store, then manifest) and the export
cache take :class:`Built` values whatever their kind. A new kind of source is one new class
implementing :class:`SourceKind`, listed in :data:`secgraph.sources.SOURCE_KINDS`.

Two kinds are planned:

* **article fact files** (:class:`secgraph.sources.ArticleFiles`): ``articles/<id>.yaml``,
  keyed by the article id, one named graph ``graph:article/<id>``, relation parts (what the
  article says about each pair of countries), and its text file's hash in the entry;
* **event files** (GDELT, ICEWS, PLOVER): ``events/<name>``, keyed ``events/<name>`` (the
  "/" keeps the keys apart from article ids), one named graph ``graph:events/<name>`` per
  file. Its content hash covers the file *and* the import filter (a changed filter is a
  changed source). It has no relation parts and no cross-source candidates (its subjects are
  minted in its own namespace; countries live in the reference graph), and its statements are
  many: an event kind yields them as Turtle/N-Triples text in chunks (:attr:`Built.text`)
  instead of rdflib triples, so a full build streams them into the bulk load, and validates
  them by the row checks of its importer plus the compiled shapes over the store.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from rdflib import URIRef
from rdflib.term import Node

from ..facts import Reference
from ..mint import ConceptResolver, RelationPart

__all__ = ["Built", "FileState", "MintContext", "SourceEntry", "SourceKind"]

Triple = tuple[Node, Node, Node]
#: key -> (sha256, side file, side file's sha256, mtime_ns, size): what a build needs to see
#: what changed (the side file of an article is its text).
FileState = tuple[str, str | None, str | None, int | None, int | None]


@dataclass(frozen=True)
class SourceEntry:
    """What the manifest knows about one source: its file hashes, and the file's modification
    time and size when it was read (as git does, an unchanged ``stat`` means an unchanged
    file; otherwise the hash decides), and what its graph holds."""

    sha256: str
    text: str | None = None
    text_sha256: str | None = None
    mtime_ns: int | None = None
    size: int | None = None
    triples: int | None = None
    owned: Mapping[str, int] | None = None


@dataclass(frozen=True)
class MintContext:
    """What minting any source needs besides the file: the reference data, the resolver of
    area and threat words, and the data folder (source paths are recorded relative to it)."""

    reference: Reference
    resolver: ConceptResolver
    root: Path


@dataclass(frozen=True)
class Built:
    """One source read and minted: its named graph's triples, its manifest entry, the
    subjects it describes that other sources may describe too (``candidates``, for the
    cross-source validation pass) and its relation parts."""

    key: str
    graph: URIRef
    triples: list[Triple]
    entry: SourceEntry
    candidates: tuple[str, ...] = ()
    parts: tuple[RelationPart, ...] = field(default=())


class SourceKind(Protocol):
    """A kind of source file (see the module docstring)."""

    #: the kind's name, as the build summary and the manifest say it
    name: str
    #: the folder of the data directory its files live in
    folder: str

    def discover(self, data_dir: Path) -> dict[str, str]:
        """Key -> path of every source of this kind in ``data_dir``, sorted by key."""
        ...

    def graph_iri(self, key: str) -> URIRef:
        """The named graph the source with this key fills."""
        ...

    def unchanged(self, state: FileState, path: str) -> bool:
        """Whether the file at ``path`` is still what the manifest recorded."""
        ...

    def build(self, path: str, context: MintContext) -> Built:
        """Read and mint the source at ``path`` (a SecgraphError when it is bad input)."""
        ...
