"""Resolve the entity an ``analyze`` command names, and say when it exists without meetings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef

import secgraph as sg

from ._common import lazy_import, open_store

if TYPE_CHECKING:
    import networkx as nx

    from secgraph import analysis, network
else:
    analysis = lazy_import("secgraph.analysis")
    network = lazy_import("secgraph.network")

__all__ = ["_resolve"]

_LABELLED = """SELECT DISTINCT ?s ?label WHERE {
  ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label .
  FILTER(LCASE(STR(?label)) = ?wanted)
} ORDER BY ?s LIMIT 2"""
_LABEL = "SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 1"


def _resolve(
    G: nx.Graph,
    text: str,
    store_spec: sg.StoreSpec,
    build_dir: Path | None,
    country: str | None,
    since: str | None,
) -> str:
    """The node ``text`` names; when the network has none, say whether the graph knows the
    entity at all (then it simply has no meetings here) or not."""
    try:
        return analysis.resolve_node(G, text)
    except sg.UnknownEntityError as unknown:
        store = open_store(store_spec, build_dir)
        try:
            try:
                iri = str(sg.resolve_country(store, text))
                rows = store.query(_LABEL, bindings={"s": URIRef(iri)}).rows
                label = str(rows[0][0]) if rows else _tail(iri)
            except sg.UnknownEntityError:
                wanted = Literal(" ".join(text.split()).lower())
                rows = store.query(_LABELLED, bindings={"wanted": wanted}).rows
                if len(rows) != 1:
                    raise unknown from None
                iri, label = str(rows[0][0]), str(rows[0][1])
            known = f"'{text}' is {label} ({_tail(iri)})"
        finally:
            store.close()
        where = "in this selection" if country or since else "yet"
        raise sg.UnknownEntityError(
            None,
            f"{known}, which has no meetings {where}; nothing to analyse (the 'meetings' "
            "column of 'secgraph list countries' or 'list officials' shows who has some)",
        ) from None


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]
