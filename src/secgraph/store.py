"""Open and write the graph: the one seam between secgraph and where triples live.

Files are written to a temporary path in the same directory and renamed, so a failure never
leaves half a file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from rdflib import Dataset, Graph

from .errors import StoreError
from .vocab import PREFIXES

__all__ = [
    "BuildFiles",
    "atomic_write",
    "to_union_graph",
    "write_dataset_files",
]


@dataclass(frozen=True)
class BuildFiles:
    trig: Path
    turtle: Path


def atomic_write(path: str | Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Call ``write`` on a temporary file beside ``path``, then rename it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def to_union_graph(dataset: Dataset) -> Graph:
    """All triples of every named graph in one plain Graph, with the project's prefixes."""
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, replace=True)
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def write_dataset_files(dataset: Dataset, out_dir: str | Path) -> BuildFiles:
    """Write ``secgraph.trig`` (the dataset) and ``secgraph.ttl`` (the union) into ``out_dir``."""
    out = Path(out_dir)
    try:
        trig = atomic_write(out / "secgraph.trig", lambda h: dataset.serialize(h, format="trig"))
        union = to_union_graph(dataset)
        ttl = atomic_write(out / "secgraph.ttl", lambda h: union.serialize(h, format="turtle"))
    except OSError as err:
        raise StoreError(f"{out}: cannot write the build ({err.strerror}); check the folder") from err
    return BuildFiles(trig=trig, turtle=ttl)
