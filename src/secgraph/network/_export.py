"""A projection of the store written as a network file (GraphML, GEXF, Cytoscape JSON)."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ..errors import InputError
from ..store import atomic_write
from ..vocab import NETWORK_FORMATS
from ._project import to_networkx

if TYPE_CHECKING:
    import networkx as nx

    from ..store import Store

__all__ = ["export_projection"]


def export_projection(
    store: Store,
    *,
    projection: str,
    fmt: str,
    output: str | os.PathLike[str] | IO[bytes],
    country: str | None = None,
    since: str | None = None,
) -> nx.Graph:
    """Write a projection as GraphML, GEXF or Cytoscape JSON to ``output``, a path or a
    binary stream, and return the graph that was written.

    A path is written atomically (its folder is made when missing): a failure leaves no part
    of a file. The format is checked before the store is read.
    """
    from .. import viz

    if fmt not in NETWORK_FORMATS:
        raise InputError(
            None, f"unknown network format '{fmt}'; use one of {', '.join(NETWORK_FORMATS)}"
        )
    G = to_networkx(store, projection=projection, country=country, since=since)
    if not isinstance(output, str | os.PathLike):
        viz.write_network(G, output, fmt)
        return G
    buffer = io.BytesIO()
    viz.write_network(G, buffer, fmt)

    def write(handle: IO[bytes]) -> None:
        handle.write(buffer.getvalue())

    atomic_write(Path(output), write)
    return G
