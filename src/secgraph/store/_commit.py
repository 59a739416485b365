"""Changing graphs on a remote server so that readers never see a mixture: stage, then swap.

Readers query the union of every named graph, so a graph uploaded under a temporary name is
visible to them. The new graphs are therefore uploaded *disguised*: each triple's predicate
``p`` of target graph ``g`` becomes ``<urn:x-secgraph:tmp:q:LEN:gp>`` (``LEN`` the length of
``g``), in a few staging graphs (one Graph Store Protocol POST of N-Triples per batch of
:data:`BATCH_TRIPLES`). No query that names a predicate matches a staged triple; only one
that leaves the predicate a variable over the whole union (``?s ?p ?o``) can.

One SPARQL Update request then swaps everything in: it deletes the graphs being replaced or
removed (a full build: every graph under ``https://w3id.org/secgraph/graph/``), decodes the
staged triples into their graphs, drops the staging graphs and replaces the generation
marker, ``<urn:x-secgraph:store> <urn:x-secgraph:generation> "TOKEN"`` in graph
``<urn:x-secgraph:generation>``. The server runs one request as one transaction (Oxigraph,
Virtuoso, Jena), so readers see the old graphs or the new ones.

After any error in the swap the marker is read back (for a timeout, until the server
answers or the time is up): if it holds this swap's token the change was applied and the
build goes on; otherwise it was not, and the error says so. Staging graphs left by a failed
or killed build are dropped by the next one.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import URIRef

from ..errors import StoreError
from ..vocab import GRAPH
from ._protocol import TMP_GRAPH_PREFIX, Triple
from ._terms import to_oxigraph

if TYPE_CHECKING:
    from ._remote import RemoteStore

__all__ = ["BATCH_TRIPLES", "MARKER_GRAPH", "SWAP_TIMEOUT_FACTOR", "read_generation", "swap_graphs"]

#: Triples per upload (one POST of about 10 MB of N-Triples). Virtuoso loads about 26,000
#: triples a second this way; its SPARQL parser fails on an INSERT DATA of 5,000 triples.
BATCH_TRIPLES = 50_000
#: The swap may take this many times the store's timeout (600 s by default): Virtuoso moves
#: about 5,000 to 10,000 staged triples a second (480,000 at 10,000 articles).
SWAP_TIMEOUT_FACTOR = 20
#: IRIs per DELETE of replaced graphs: Virtuoso's parser gives up at a few thousand lines.
_DELETE_CHUNK = 500
MARKER_GRAPH = "urn:x-secgraph:generation"
_MARKER = "<urn:x-secgraph:store> <urn:x-secgraph:generation>"
_STAGED = f"{TMP_GRAPH_PREFIX}q:"
_DECODE = f"""
  BIND(STRAFTER(STR(?sp), "{_STAGED}") AS ?rest)
  BIND(STRAFTER(?rest, ":") AS ?tail)
  BIND(xsd:integer(STRBEFORE(?rest, ":")) AS ?n)
  BIND(IRI(SUBSTR(?tail, 1, ?n)) AS ?g)
  BIND(IRI(SUBSTR(?tail, ?n + 1)) AS ?p)"""


def read_generation(store: RemoteStore) -> str | None:
    """The token of the last swap the server applied (None: no secgraph swap yet)."""
    rows = store.query(f"SELECT ?v WHERE {{ GRAPH <{MARKER_GRAPH}> {{ {_MARKER} ?v }} }}").rows
    values = sorted(str(row[0]) for row in rows if row[0] is not None)
    return values[0] if values else None


def swap_graphs(
    store: RemoteStore,
    graphs: Mapping[URIRef, Iterable[Triple]],
    *,
    remove: Sequence[URIRef],
    clear: bool,
    token: str,
) -> None:
    """Stage ``graphs``, then swap them in with one update (see the module docstring)."""
    if store.update_url is None:
        raise StoreError(f"{store.query_url}: read-only endpoint; give update=URL in --store")
    if store.gsp_url is None:
        raise StoreError(f"{store.query_url}: no Graph Store endpoint; give gsp=URL in --store")
    leftovers = [g for g in store.all_graph_names() if str(g).startswith(TMP_GRAPH_PREFIX)]
    staging: list[str] = []
    try:
        for n, batch in enumerate(_batches(graphs)):
            name = f"{TMP_GRAPH_PREFIX}{token}/{n}"
            staging.append(name)
            store.post_triples(name, batch)
    except StoreError:
        _drop_quietly(store, staging)
        raise
    ops = _swap_ops(graphs, remove=remove, clear=clear, staging=staging, token=token)
    ops += [f"DROP SILENT GRAPH <{g}>" for g in leftovers]
    try:
        text = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" + " ;\n".join(ops)
        store.update(text, timeout=store.timeout * SWAP_TIMEOUT_FACTOR)
    except StoreError as err:
        timed_out = "no answer within" in str(err)
        found = _read_back(store, token, wait=store.timeout if timed_out else 0)
        if found == token:
            return  # the server applied it; the answer was lost
        if found is _UNKNOWN:
            raise StoreError(
                f"{err}; the server did not answer afterwards either, so whether it applied "
                "the change is unknown: the next build checks and rebuilds if needed"
            ) from err
        if not timed_out:
            _drop_quietly(store, staging)
        raise StoreError(
            f"{err}; the server did not apply the change (the previous graphs still answer)"
        ) from err


def _swap_ops(
    graphs: Mapping[URIRef, Iterable[Triple]],
    *,
    remove: Sequence[URIRef],
    clear: bool,
    staging: Sequence[str],
    token: str,
) -> list[str]:
    ops: list[str] = []
    if clear:
        ops.append(
            "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(STRSTARTS(STR(?g), "{GRAPH}")) }}'
        )
    else:
        gone = sorted({str(g) for g in (*graphs, *remove)})
        for at in range(0, len(gone), _DELETE_CHUNK):
            values = " ".join(f"<{g}>" for g in gone[at : at + _DELETE_CHUNK])
            ops.append(
                "DELETE { GRAPH ?g { ?s ?p ?o } } "
                f"WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
            )
    if staging:
        values = " ".join(f"<{g}>" for g in staging)
        ops.append(
            "INSERT { GRAPH ?g { ?s ?p ?o } } "
            f"WHERE {{ VALUES ?t {{ {values} }} GRAPH ?t {{ ?s ?sp ?o }} {_DECODE}\n}}"
        )
    ops += [f"DROP SILENT GRAPH <{g}>" for g in staging]
    ops.append(f"DROP SILENT GRAPH <{MARKER_GRAPH}>")
    ops.append(f'INSERT DATA {{ GRAPH <{MARKER_GRAPH}> {{ {_MARKER} "{token}" }} }}')
    return ops


def _batches(graphs: Mapping[URIRef, Iterable[Triple]]) -> Iterator[bytes]:
    """N-Triples of the disguised triples, :data:`BATCH_TRIPLES` at a time."""
    batch: list[ox.Triple] = []
    for name, triples in graphs.items():
        head = f"{_STAGED}{len(str(name))}:{name}"
        for s, p, o in triples:
            staged = ox.NamedNode(head + str(p))
            batch.append(ox.Triple(to_oxigraph(s), staged, to_oxigraph(o)))
            if len(batch) >= BATCH_TRIPLES:
                yield _ntriples(batch)
                batch = []
    if batch:
        yield _ntriples(batch)


def _ntriples(batch: list[ox.Triple]) -> bytes:
    data = ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)
    assert data is not None  # no output file: the bytes are returned
    return data


_UNKNOWN = "\0unknown"


def _read_back(store: RemoteStore, token: str, *, wait: float) -> str | None:
    """The marker once the server answers, polled for ``wait`` seconds until it is ``token``
    (a timed-out update may still be running); :data:`_UNKNOWN` if the server never answers."""
    deadline = time.monotonic() + wait
    found: str | None = _UNKNOWN
    while True:
        with contextlib.suppress(StoreError):  # keep what was read before, if anything
            found = read_generation(store)
        if found == token or time.monotonic() >= deadline:
            return found
        time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))


def _drop_quietly(store: RemoteStore, staging: Sequence[str]) -> None:
    if not staging:
        return
    try:  # best effort: the next build drops what is left
        store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in staging))
    except StoreError:
        return
