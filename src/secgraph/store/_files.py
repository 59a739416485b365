"""Files: written to a temporary path and renamed, so a failure never leaves half a file."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from ..atomic import atomic_write
from ..errors import StoreError
from ._memory import to_union_graph
from ._protocol import BuildFiles, Store

__all__ = ["atomic_write", "write_dataset_files", "write_store_files"]


def write_dataset_files(dataset: Dataset, out_dir: str | Path) -> BuildFiles:
    """Write ``secgraph.trig`` (the dataset) and ``secgraph.ttl`` (the union) into ``out_dir``."""
    out = Path(out_dir)
    try:
        trig = atomic_write(out / "secgraph.trig", lambda h: dataset.serialize(h, format="trig"))
        union = to_union_graph(dataset)
        ttl = atomic_write(out / "secgraph.ttl", lambda h: union.serialize(h, format="turtle"))
    except OSError as err:
        raise StoreError(
            f"{out}: cannot write the build ({err.strerror}); check the folder"
        ) from err
    return BuildFiles(trig=trig, turtle=ttl)


def write_store_files(store: Store, out_dir: str | Path) -> BuildFiles:
    """Write ``secgraph.trig`` and ``secgraph.ttl`` from ``store.serialize`` (fast for Oxigraph)."""
    out = Path(out_dir)
    try:
        trig = atomic_write(out / "secgraph.trig", lambda h: h.write(store.serialize("trig")))
        ttl = atomic_write(
            out / "secgraph.ttl", lambda h: h.write(store.serialize("turtle", union=True))
        )
    except OSError as err:
        raise StoreError(
            f"{out}: cannot write the build ({err.strerror}); check the folder"
        ) from err
    return BuildFiles(trig=trig, turtle=ttl)
