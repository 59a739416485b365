"""What one build holds open while it runs: its inputs, the manifest and the store."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..resources import reference_layers
from ..sources import ARTICLES
from ..store import OxigraphStore, Store, StoreSpec, open_store
from . import _manifest as mf
from ._inputs import Inputs

__all__ = ["BuildContext", "Progress", "open_context"]

#: Told how long work goes: ``(stage, done, total)``, e.g. ``("read", 2500, 100000)``; the
#: CLI draws it on stderr when that is a terminal.
Progress = Callable[[str, int, int], None]


@dataclass
class BuildContext:
    """A build's folders, inputs, sources (key -> path), the manifest's connection and head
    (None before the first build) and the store (``target``: the existing one opened
    read-only, or None for a local store until the build writes it)."""

    root: Path
    build: Path
    spec: StoreSpec
    local: Path | None
    workers: int
    inputs: Inputs
    paths: dict[str, str]
    manifest_path: Path
    conn: sqlite3.Connection | None = None
    head: mf.Head | None = None
    target: Store | None = None
    #: the local store a streamed full build stages a new generation beside
    staging: OxigraphStore | None = None
    kept: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: set by the commit stage as it starts changing the store, and once it has
    store_touched: bool = False
    store_changed: bool = False
    progress: Progress | None = None

    def tell(self, stage: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(stage, done, total)

    def writable(self) -> Store:
        """The store, opened for writing (made when there is none yet)."""
        if self.target is None or getattr(self.target, "read_only", False):
            if self.target is not None:
                self.target.close()
            self.target = open_store(self.spec, build_dir=self.build, create=True)
        return self.target

    def forget(self) -> None:
        """Before the store changes: the manifest stops vouching for it."""
        if self.conn is not None:
            mf.forget_store(self.conn)

    def unforget(self) -> None:
        """After a commit that failed before the store changed: the manifest vouches for
        the store again (best effort: when that fails too, the next build is full)."""
        if self.conn is not None and self.head is not None and not self.store_touched:
            with contextlib.suppress(sqlite3.Error):
                mf.restore_head(self.conn, self.head)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if self.target is not None:
            self.target.close()
            self.target = None


def open_context(
    data_dir: str | Path,
    *,
    ontology_dir: str | Path,
    build_dir: str | Path,
    store: str | StoreSpec,
    workers: int,
) -> BuildContext:
    """Read the inputs, list the sources, open the manifest and (for stores other than the
    local one) the store. The caller closes it."""
    root, build = Path(data_dir), Path(build_dir)
    spec = StoreSpec.parse(store)
    paths = ARTICLES.discover(root)
    inputs = Inputs(ontology_dir, reference_layers(root / "reference"), build)
    ctx = BuildContext(
        root=root,
        build=build,
        spec=spec,
        local=spec.local_path(build),
        workers=workers,
        inputs=inputs,
        paths=paths,
        manifest_path=build / mf.MANIFEST_NAME,
    )
    try:
        ctx.conn = mf.open_manifest(ctx.manifest_path)
        ctx.head = mf.read_head(ctx.conn) if ctx.conn is not None else None
        if ctx.local is None and spec.exists(build):
            ctx.target = open_store(spec, build_dir=build, read_only=True)
    except BaseException:
        ctx.close()
        raise
    return ctx
