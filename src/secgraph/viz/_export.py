"""GraphML, GEXF and Cytoscape JSON exports of a graph."""

from __future__ import annotations

import io
import json
import os
from typing import IO, Any

import networkx as nx

from secgraph.errors import InputError
from secgraph.vocab import NETWORK_FORMATS, NetworkFormat

from ..atomic import atomic_write

__all__ = ["NETWORK_FORMATS", "NetworkFormat", "write_network"]


def _flat(value: Any) -> Any:
    """A GraphML/GEXF-safe value: lists joined with "; ", None as ""."""
    if value is None:
        return ""
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return "; ".join(str(item) for item in items)
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _flattened(G: nx.Graph) -> nx.Graph:
    H = G.copy()
    H.graph = {key: _flat(value) for key, value in G.graph.items()}
    for _, data in H.nodes(data=True):
        data.update({key: _flat(value) for key, value in data.items()})
    for *_, data in H.edges(data=True):
        data.update({key: _flat(value) for key, value in data.items()})
    return H


def _network_bytes(G: nx.Graph, fmt: str) -> bytes:
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(_flattened(G), buffer)
    elif fmt == "gexf":
        nx.write_gexf(_flattened(G), buffer)
    elif fmt == "cytoscape":
        text = json.dumps(nx.cytoscape_data(G), ensure_ascii=False, indent=2, sort_keys=True)
        buffer.write(text.encode("utf-8") + b"\n")
    else:
        raise InputError(
            None, f"unknown network format '{fmt}'; use one of {', '.join(NETWORK_FORMATS)}"
        )
    return buffer.getvalue()


def write_network(
    G: nx.Graph, path_or_stream: str | os.PathLike[str] | IO[bytes], fmt: NetworkFormat
) -> None:
    """Write ``G`` as GraphML, GEXF or Cytoscape JSON (``nx.cytoscape_data``).

    For GraphML and GEXF, which accept only scalar attributes, a copy is written with lists
    joined by "; " and None as "". Cytoscape JSON keeps lists and nulls. A path is written
    atomically; a stream gets the bytes.
    """
    payload = _network_bytes(G, fmt)
    if isinstance(path_or_stream, str | os.PathLike):
        atomic_write(path_or_stream, payload)
    else:
        path_or_stream.write(payload)
