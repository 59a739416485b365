"""Keep a picture readable: the most central nodes of a large graph, and a note saying so."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx

from ._style import _label

__all__ = ["most_central", "shown_note"]


def most_central(
    G: nx.Graph, max_nodes: int, *, sizes: Mapping[Any, float] | None = None
) -> nx.Graph:
    """The subgraph of the ``max_nodes`` nodes with the largest ``sizes`` (default: weighted
    degree, i.e. meetings), ties by label; ``G`` itself when it is that small or
    ``max_nodes`` is 0. The result records the whole graph's size in ``graph["total_nodes"]``
    and ``graph["total_edges"]`` (see :func:`shown_note`).

    >>> G = nx.star_graph(4)
    >>> H = most_central(G, 2)
    >>> sorted(H), H.graph["total_nodes"]
    ([0, 1], 5)
    """
    if max_nodes < 0:
        raise ValueError("max_nodes must be 0 (all) or more")
    if max_nodes == 0 or G.number_of_nodes() <= max_nodes:
        return G
    score = (
        {n: float(sizes.get(n, 0.0)) for n in G}
        if sizes is not None
        else {n: float(d) for n, d in G.degree(weight="weight")}
    )
    keep = sorted(G, key=lambda n: (-score[n], _label(G, n), str(n)))[:max_nodes]
    H = G.subgraph(keep).copy()
    H.graph["total_nodes"] = G.number_of_nodes()
    H.graph["total_edges"] = G.number_of_edges()
    return H


def shown_note(H: nx.Graph) -> str | None:
    """What a picture of ``H`` leaves out, when :func:`most_central` cut it; else None.

    >>> shown_note(most_central(nx.star_graph(4), 2))
    'the 2 most central of 5 nodes (by meetings) and 1 of 4 edges; the other 3 nodes are not drawn'
    """
    total = H.graph.get("total_nodes")
    if total is None:
        return None
    n, m = H.number_of_nodes(), H.number_of_edges()
    return (
        f"the {n:,} most central of {total:,} nodes (by meetings) and {m:,} of "
        f"{H.graph.get('total_edges', m):,} edges; the other {total - n:,} nodes are not drawn"
    )
