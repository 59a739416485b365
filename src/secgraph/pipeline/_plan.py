"""What a build changes: fact files on disk against the manifest and the store."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..build import ONTOLOGY_GRAPH
from ..errors import FactError
from ..store import RemoteStore, Store, open_store, oxigraph_path
from ..vocab import REFERENCE_GRAPH, article_graph_iri, relation_graph_iri
from ._manifest import FileState, Head

__all__ = [
    "BuildPlan",
    "article_paths",
    "articles_dir",
    "file_sha256",
    "open_existing",
    "plan_build",
    "store_generation",
]

#: Any non-empty generation for stores that have none (remote, memory): their graph names
#: are compared with the manifest instead.
NO_GENERATION = "-"


@dataclass(frozen=True)
class BuildPlan:
    """What a build changes; ``full`` (with its ``reason``) rebuilds every graph."""

    full: bool
    reason: str
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()

    @property
    def up_to_date(self) -> bool:
        return not (self.full or self.added or self.changed or self.removed)


def article_paths(directory: Path) -> dict[str, str]:
    """Article id -> fact file path, sorted by id (``os.scandir`` and plain strings: a folder
    of 100,000 files lists in a fraction of a second, where Path objects alone took seconds)."""
    base = os.path.join(str(directory), "")
    with os.scandir(base) as it:
        names = sorted(e.name for e in it if e.name.endswith(".yaml") and e.is_file())
    return {name[:-5]: base + name for name in names}


def articles_dir(root: Path) -> Path:
    if not root.is_dir():
        raise FactError(str(root), "no such data directory; give the folder that holds articles/")
    articles = root / "articles"
    if not articles.is_dir():
        raise FactError(str(articles), "no articles folder; create it with one .yaml per article")
    return articles


def file_sha256(path: str | Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def store_generation(spec: str, build: Path) -> str | None:
    """The generation directory an on-disk Oxigraph store links to (a full build makes a new
    one); a server's generation marker; :data:`NO_GENERATION` for other stores (and a server
    without a marker); None when there is no store."""
    local = oxigraph_path(spec, build)
    if local is None:
        remote = open_store(spec, build_dir=build) if spec != "memory" else None
        marker = remote.generation() if isinstance(remote, RemoteStore) else None
        return marker or NO_GENERATION  # a server's marker: see secgraph.store._commit
    try:
        return os.readlink(local)
    except OSError:
        return None


def open_existing(spec: str, build: Path) -> Store | None:
    """The store as it is, or None when a local one does not exist yet (nothing is created)."""
    if spec == "memory" and not (build / "secgraph.trig").is_file():
        return None
    local = oxigraph_path(spec, build)
    if local is not None and not local.exists():
        return None
    return open_store(spec, build_dir=build, read_only=True)


def plan_build(
    head: Head | None,
    known: Mapping[str, FileState],
    paths: Mapping[str, str],
    *,
    store: str,
    ontology: str,
    reference: str,
    full: bool,
    generation: str | None,
    existing: Store | None,
    relations: Iterable[str] = (),
) -> BuildPlan:
    """Compare the fact files with the manifest (``known``) and the manifest with the store.

    A local Oxigraph store is the manifest's when it is the generation the manifest names (a
    build that stopped while changing the store leaves none); other stores when they hold
    exactly the manifest's graphs.
    """
    added = tuple(i for i in paths if i not in known)
    removed = tuple(sorted(i for i in known if i not in paths))
    changed: list[str] = []
    unchanged: list[str] = []
    for article_id, path in paths.items():
        state = known.get(article_id)
        if state is not None:
            (unchanged if _same(state, path) else changed).append(article_id)
    reason = ""
    if full:
        reason = "--full"
    elif head is None:
        reason = "no manifest"
    elif head.store != store:
        reason = "another store"
    elif head.ontology != ontology:
        reason = "ontology changed"
    elif head.reference != reference:
        reason = "reference data changed"
    elif generation is None or (generation == NO_GENERATION and existing is None):
        reason = "no store"
    elif head.generation != generation:
        reason = "store and manifest disagree"
    elif generation == NO_GENERATION:
        assert existing is not None
        expected = {str(article_graph_iri(i)) for i in known}
        expected |= {str(REFERENCE_GRAPH), str(ONTOLOGY_GRAPH)}
        expected |= {str(relation_graph_iri(k)) for k in relations}
        if {str(g) for g in existing.graph_names()} != expected:
            reason = "store and manifest disagree"
    return BuildPlan(
        full=bool(reason),
        reason=reason,
        added=added,
        changed=tuple(changed),
        removed=removed,
        unchanged=tuple(unchanged),
    )


def _same(state: FileState, path: str) -> bool:
    sha256, text, text_sha256, mtime_ns, size = state
    stat = os.stat(path)
    if (mtime_ns != stat.st_mtime_ns or size != stat.st_size) and file_sha256(path) != sha256:
        return False
    if text is None:
        return True
    text_path = os.path.join(os.path.dirname(path), text)
    return os.path.isfile(text_path) and file_sha256(text_path) == text_sha256
