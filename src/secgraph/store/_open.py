"""Opening a store from a spec (``oxigraph``, ``memory``, a URL, ...): :func:`open_store`."""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from ._memory import MemoryStore, _new_dataset
from ._oxigraph import OxigraphStore
from ._protocol import Store
from ._remote import RemoteStore
from ._served import STAGE_FOLDER
from ._spec import STORE_SPECS, StoreSpec

__all__ = ["STORE_SPECS", "open_store", "oxigraph_path", "server_generation"]


def oxigraph_path(spec: str | StoreSpec, build_dir: str | Path) -> Path | None:
    """Where the embedded store named by ``spec`` lives (None when ``spec`` is another store)."""
    return StoreSpec.parse(spec).local_path(build_dir)


def open_store(
    spec: str | StoreSpec,
    *,
    build_dir: str | Path,
    create: bool = False,
    read_only: bool = False,
) -> Store:
    """Open the store named by ``spec`` (see the :mod:`secgraph.store` docstring).

    ``create`` makes an empty local store when there is none yet (``secgraph build``);
    otherwise a missing store is a StoreError telling to build first. ``read_only`` opens an
    Oxigraph store without writing to it (several processes may read it at once).
    """
    parsed = StoreSpec.parse(spec)
    build = Path(build_dir)
    if parsed.kind == "memory":
        trig = build / "secgraph.trig"
        if not trig.is_file():
            if create:
                return MemoryStore()
            embedded_path = build / "store"
            if embedded_path.exists():  # the default store: copy it
                embedded = OxigraphStore(embedded_path, read_only=True)
                try:
                    return MemoryStore(embedded.to_dataset())
                finally:
                    embedded.close()
            raise StoreError(f"{trig}: no built graph; run 'secgraph build' first")
        dataset = _new_dataset()
        dataset.parse(trig, format="trig")
        return MemoryStore(dataset)
    path = parsed.local_path(build)
    if path is not None:
        return OxigraphStore(path, create=create, read_only=read_only and not create)
    if parsed.base is not None:
        remote = RemoteStore.from_base(parsed.base, timeout=parsed.timeout, stage=parsed.stage)
    else:
        assert parsed.endpoints is not None
        query, update, gsp = parsed.endpoints
        remote = RemoteStore(query, update, gsp, timeout=parsed.timeout, stage=parsed.stage)
    remote.stage_dir = build / STAGE_FOLDER  # a build's batch files (see _commit)
    return remote


def server_generation(spec: str | StoreSpec) -> str | None:
    """The generation marker the last secgraph build left on the server ``spec`` names (None:
    none yet, or not a server)."""
    parsed = StoreSpec.parse(spec)
    if parsed.kind != "remote":
        return None
    store = open_store(parsed, build_dir=".")
    assert isinstance(store, RemoteStore)
    try:
        return store.generation()
    finally:
        store.close()
