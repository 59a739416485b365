"""Node labels, and finding the node a name, code or IRI refers to."""

from __future__ import annotations

import difflib
import re
from typing import Any

import networkx as nx

from secgraph.errors import UnknownEntityError

__all__ = ["_require_node", "_strings", "node_label", "resolve_node"]

# --------------------------------------------------------------------------- helpers


def node_label(G: nx.Graph, node: str) -> str:
    """Return the display label of ``node``: its ``label`` attribute, else the IRI tail.

    >>> G = nx.Graph()
    >>> G.add_node("https://example.org/country/PAK")
    >>> node_label(G, "https://example.org/country/PAK")
    'PAK'
    """
    label = G.nodes[node].get("label")
    return str(label) if label else _tail(node)


def _tail(iri: str) -> str:
    """Return the last path segment or fragment of an IRI."""
    return re.split(r"[/#]", iri.rstrip("/#"))[-1] or iri


def _strings(value: Any) -> tuple[str, ...]:
    """Return a list-like attribute value as a tuple of strings (None gives ``()``)."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(item) for item in value)


def _require_node(G: nx.Graph, node: str) -> None:
    """Raise :class:`UnknownEntityError` when ``node`` is not a node of ``G``."""
    if node not in G:
        raise UnknownEntityError(None, _unknown_message(G, node))


# --------------------------------------------------------------------------- resolving names


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def resolve_node(G: nx.Graph, text: str) -> str:
    """Find the node that ``text`` names and return its IRI.

    Tried in order, the first step with a match wins: the IRI itself; the IRI's last segment
    (id tail, case-insensitive); for country nodes (``kind`` "country") the ISO alpha-3 code
    in ``country`` or the alpha-2 code in ``iso2``; the label, case-insensitive with spaces
    normalised. Several matches in one step or none at all raise
    :class:`~secgraph.errors.UnknownEntityError`, suggesting the closest label or code.

    >>> G = nx.Graph()
    >>> G.add_node("https://example.org/country/PAK", label="Pakistan", kind="country",
    ...            country="PAK", iso2="PK")
    >>> resolve_node(G, "pk")
    'https://example.org/country/PAK'
    """
    if text in G:
        return text
    if text.startswith("<") and text.endswith(">") and text[1:-1] in G:  # SPARQL's <IRI>
        return text[1:-1]
    wanted = _norm(text)
    if not wanted:
        raise UnknownEntityError(None, "empty entity name (give a label, ISO code or IRI)")
    countries = [node for node, data in G.nodes(data=True) if data.get("kind") == "country"]
    steps = (
        [node for node in G if _tail(node).casefold() == wanted],
        [
            node
            for node in countries
            for attr in ("country", "iso2")
            if _norm(str(G.nodes[node].get(attr) or "")) == wanted
        ],
        [node for node in G if _norm(node_label(G, node)) == wanted],
    )
    for found in steps:
        matches = sorted(set(found), key=lambda node: (node_label(G, node), node))
        if len(matches) == 1:
            return matches[0]
        if matches:
            shown = ", ".join(f"'{node_label(G, node)}' <{node}>" for node in matches[:5])
            more = f" and {len(matches) - 5} more" if len(matches) > 5 else ""
            raise UnknownEntityError(
                None, f"ambiguous entity '{text}' matches {shown}{more} (give the IRI)"
            )
    raise UnknownEntityError(None, _unknown_message(G, text))


def _unknown_message(G: nx.Graph, text: str) -> str:
    """Build "unknown entity 'X' (did you mean 'Y'?)" with the closest label or code."""
    candidates: dict[str, str] = {}
    for node, data in G.nodes(data=True):
        names = [node_label(G, node)]
        if data.get("kind") == "country":
            names += [str(data[attr]) for attr in ("country", "iso2") if data.get(attr)]
        for name in names:
            candidates.setdefault(_norm(name), name)
    close = difflib.get_close_matches(_norm(text), sorted(candidates), n=1, cutoff=0.6)
    if close:
        return f"unknown entity '{text}' (did you mean '{candidates[close[0]]}'?)"
    return f"unknown entity '{text}' (give a label, ISO code or IRI from the graph)"
