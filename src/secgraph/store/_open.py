"""Opening a store from a spec (``oxigraph``, ``memory``, a URL, ...): :func:`open_store`."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import StoreError
from ._memory import MemoryStore, _new_dataset
from ._oxigraph import OxigraphStore
from ._protocol import Store
from ._remote import RemoteStore

__all__ = ["STORE_SPECS", "open_store", "oxigraph_path"]

STORE_SPECS = (
    "'oxigraph', 'oxigraph:PATH', 'memory', an http(s):// URL, "
    "'query=URL,update=URL,gsp=URL' or 'remote'"
)


def oxigraph_path(spec: str, build_dir: str | Path) -> Path | None:
    """Where the embedded store named by ``spec`` lives (None when ``spec`` is another store)."""
    if spec == "oxigraph":
        return Path(build_dir) / "store"
    if spec.startswith("oxigraph:"):
        return Path(spec.partition(":")[2])
    return None


def open_store(
    spec: str, *, build_dir: str | Path, create: bool = False, read_only: bool = False
) -> Store:
    """Open the store named by ``spec`` (see the :mod:`secgraph.store` docstring).

    ``create`` makes an empty local store when there is none yet (``secgraph build``);
    otherwise a missing store is a StoreError telling to build first. ``read_only`` opens an
    Oxigraph store without writing to it (several processes may read it at once).
    """
    build = Path(build_dir)
    if spec == "memory":
        trig = build / "secgraph.trig"
        if not trig.is_file():
            if create:
                return MemoryStore()
            embedded_path = oxigraph_path("oxigraph", build)
            if embedded_path is not None and embedded_path.exists():  # default store: copy it
                embedded = OxigraphStore(embedded_path, read_only=True)
                try:
                    return MemoryStore(embedded.to_dataset())
                finally:
                    embedded.close()
            raise StoreError(f"{trig}: no built graph; run 'secgraph build' first")
        dataset = _new_dataset()
        dataset.parse(trig, format="trig")
        return MemoryStore(dataset)
    path = oxigraph_path(spec, build)
    if path is not None:
        return OxigraphStore(path, create=create, read_only=read_only and not create)
    if spec.startswith(("http://", "https://")):
        return RemoteStore.from_base(spec)
    if spec == "remote":
        env = {k: os.environ.get(f"SECGRAPH_{k.upper()}_URL") for k in ("query", "update", "gsp")}
        if not env["query"]:
            raise StoreError("--store remote needs SECGRAPH_QUERY_URL (and _UPDATE_URL, _GSP_URL)")
        return RemoteStore(env["query"], env["update"], env["gsp"])
    if spec.startswith("query="):
        parts = dict(p.strip().partition("=")[::2] for p in spec.split(","))
        unknown = sorted(set(parts) - {"query", "update", "gsp", "timeout"})
        if unknown:
            raise StoreError(f"unknown key '{unknown[0]}' in --store; use query=, update=, gsp=")
        return RemoteStore(
            parts["query"],
            parts.get("update") or None,
            parts.get("gsp") or None,
            timeout=float(parts.get("timeout") or 30),
        )
    raise StoreError(f"unknown store '{spec}'; use {STORE_SPECS}")
