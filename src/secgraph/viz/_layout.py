"""Node positions (Graphviz ``sfdp`` when on the PATH, else a seeded spring layout)."""

from __future__ import annotations

import math
import shutil
import subprocess
from pathlib import Path
from typing import Any

import networkx as nx

from secgraph.errors import SecgraphError

__all__ = ["_LAYOUT_SEED", "_positions", "_run_graphviz"]

_LAYOUT_SEED = 42


def _positions(G: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Lay ``G`` out for vis-network: Graphviz ``sfdp`` if on the PATH, else a spring layout.

    sfdp (multilevel) takes seconds for thousands of nodes where networkx's spring layout
    takes minutes; the fallback uses fewer iterations above 2,000 nodes for that reason.
    Both are deterministic and are rescaled to the same span (about 60 * sqrt(n) pixels).
    """
    n = G.number_of_nodes()
    program = shutil.which("sfdp")
    if program is not None and n > 0:
        raw = _sfdp_positions(G, program)
    else:
        iterations = 50 if n <= 2000 else 20
        layout = nx.spring_layout(G, seed=_LAYOUT_SEED, iterations=iterations, weight="weight")
        raw = {node: (float(x), float(y)) for node, (x, y) in layout.items()}
    if not raw:
        return {}
    mid_x = sum(x for x, _ in raw.values()) / n
    mid_y = sum(y for _, y in raw.values()) / n
    span = max(max(abs(x - mid_x), abs(y - mid_y)) for x, y in raw.values()) or 1.0
    scale = 60.0 * math.sqrt(n) / span
    return {node: ((x - mid_x) * scale, (mid_y - y) * scale) for node, (x, y) in raw.items()}


def _sfdp_positions(G: nx.Graph, program: str) -> dict[Any, tuple[float, float]]:
    """Node positions from ``sfdp -Tplain`` (nodes as points; weights ignored)."""
    ids = {f"n{index}": node for index, node in enumerate(G)}
    index = {node: name for name, node in ids.items()}
    lines = ["graph g {", "  node [shape=point];", *(f"  {name};" for name in ids)]
    lines += [f"  {index[u]} -- {index[v]};" for u, v in G.edges()]
    dot = "\n".join([*lines, "}", ""])
    plain = _run_graphviz([program, "-Tplain", "-Gstart=42"], dot).decode("utf-8")
    positions: dict[Any, tuple[float, float]] = {}
    for line in plain.splitlines():
        fields = line.split()
        if len(fields) >= 4 and fields[0] == "node" and fields[1] in ids:
            positions[ids[fields[1]]] = (float(fields[2]), float(fields[3]))
    return positions


def _run_graphviz(args: list[str], dot: str) -> bytes:
    try:
        done = subprocess.run(args, input=dot.encode("utf-8"), capture_output=True, check=True)
    except subprocess.CalledProcessError as err:
        message = err.stderr.decode("utf-8", "replace").strip()
        raise SecgraphError(f"Graphviz {Path(args[0]).name} failed: {message}") from err
    return done.stdout
