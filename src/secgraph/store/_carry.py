"""The swap as one request that carries the change (``stage=load`` and ``stage=auto``'s
first choice; see :mod:`secgraph.store._commit`): the graphs it replaces deleted, then the
new triples, decoded back from their staged batches into their graphs, in one ``INSERT
DATA`` with the new generation marker."""

from __future__ import annotations

from collections.abc import Sequence

import pyoxigraph as ox

from ..vocab import GRAPH
from ._protocol import TMP_GRAPH_PREFIX
from ._served import _Served

__all__ = ["BLOCK_TRIPLES", "MARKER", "MARKER_GRAPH", "carried_request"]

#: Triples in one ``GRAPH <g> { }`` block of a carried ``INSERT DATA``: Virtuoso 7.2's parser
#: gives up on a block of about 5,000 (``SP030 ... memory exhausted`` at its line 4,996,
#: measured), and takes a graph written as several blocks of fewer.
BLOCK_TRIPLES = 2_000
#: The graph of the generation marker, and the marker's subject and predicate (its object is
#: the token of the last swap applied)
MARKER_GRAPH = "urn:x-secgraph:generation"
MARKER = "<urn:x-secgraph:store> <urn:x-secgraph:generation>"
#: The staged triples' vocabulary (see :mod:`secgraph.store._commit`)
_T = TMP_GRAPH_PREFIX
_IN_GRAPH = ox.NamedNode(f"{_T}graph")
_AS_PREDICATE = ox.NamedNode(f"{_T}predicate")
_DROP = ox.NamedNode(f"{_T}drop")


def carried_request(
    served: _Served,
    files: Sequence[tuple[str, str]],
    drops: Sequence[str],
    clear: bool,
    data: str,
    index: str,
    token: str,
) -> str:
    """The whole swap as one request: the graphs it replaces deleted, then the change as
    one ``INSERT DATA`` (see :func:`_carried`)."""
    return " ;\n".join([*_drop_ops(drops, clear), _carried(served, files, data, index, token)])


def _drop_ops(drops: Sequence[str], clear: bool) -> list[str]:
    """Operations that delete the graphs a carried change replaces (see :func:`_carried`)."""
    if clear:
        keep = " || ".join(f'STRSTARTS(STR(?dg), "{p}")' for p in (GRAPH, _T))
        return [
            "DELETE { GRAPH ?dg { ?ds ?dp ?do } } WHERE { GRAPH ?dg { ?ds ?dp ?do } "
            f"FILTER({keep} || ?dg = <{MARKER_GRAPH}>) }}"
        ]
    return [f"DROP SILENT GRAPH <{g}>" for g in dict.fromkeys(drops)]


def _carried(
    served: _Served, files: Sequence[tuple[str, str]], data: str, index: str, token: str
) -> str:
    r"""One ``INSERT DATA`` of the staged batches decoded back into their graphs, with the
    new marker: a change small enough to go in the swap request itself, where Oxigraph
    inserts several times faster than it ``LOAD``\ s (and nothing is staged at all)."""
    stands: dict[str, tuple[str, str]] = {}
    graph_of: dict[str, str] = {}
    predicate_of: dict[str, str] = {}
    for target, name in files:
        if target != index:
            continue
        for t in ox.parse(served.read(name), format=ox.RdfFormat.N_TRIPLES, lenient=True):
            if t.predicate == _IN_GRAPH:
                graph_of[t.subject.value] = str(t.object)
            elif t.predicate == _AS_PREDICATE:
                predicate_of[t.subject.value] = str(t.object)
    for key, graph in graph_of.items():
        stands[key] = (graph, predicate_of[key])
    parts = ["INSERT DATA {"]
    current, run = None, 0
    for target, name in files:
        if target != data:
            continue
        for t in ox.parse(served.read(name), format=ox.RdfFormat.N_TRIPLES, lenient=True):
            graph, predicate = stands[t.predicate.value]
            if graph != current or run >= BLOCK_TRIPLES:  # Virtuoso: see BLOCK_TRIPLES
                parts.append(("}\n" if current is not None else "") + f"GRAPH {graph} {{")
                current, run = graph, 0
            parts.append(f"{t.subject} {predicate} {t.object} .")
            run += 1
    if current is not None:
        parts.append("}")
    parts.append(f'GRAPH <{MARKER_GRAPH}> {{ {MARKER} "{token}" }} }}')
    return "\n".join(parts)
