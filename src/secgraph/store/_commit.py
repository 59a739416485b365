"""Changing graphs on a remote server so that readers never see a mixture: stage, then swap.

Readers query the union of every named graph, so whatever sits in the server's dataset is
visible to them. A change is therefore made in two steps:

1. **Stage.** The new graphs (articles, relations, event files: one commit for all of them)
   become two temporary graphs, whatever their number: ``<urn:x-secgraph:tmp:TOKEN/data>``
   holds every new triple with its predicate replaced by ``<urn:x-secgraph:tmp:TOKEN/p/N>``,
   and ``<urn:x-secgraph:tmp:TOKEN/index>`` says what each ``.../p/N`` stands for (its target
   graph and predicate) and which graphs the swap deletes (``tmp:drop``: the graphs replaced
   or removed, the previous generation marker, staging graphs left by killed builds). How
   they reach the server is :class:`Staging`:

   - ``auto`` (the default): ``load``'s carried request when the change fits what the
     engine that answers takes in one request, else ``post``; the limits, measured per
     engine, and the one line that says which was used are :mod:`._staging`'s. A carried
     swap Virtuoso refuses whole while compiling it is then sent the ``post`` way;
   - ``load``: nothing reaches the server before the swap. Up to :data:`CARRY_BYTES` the
     swap request carries the triples, decoded back into their graphs, as one ``INSERT
     DATA`` (no staging graph at all); beyond, secgraph writes the batches to files and
     serves them on a short-lived HTTP port, and the swap request begins with one SPARQL
     ``LOAD`` per batch, so the staged triples enter the dataset inside the swap's
     transaction. Either way **no reader ever sees them** on a server that runs a request
     as one transaction. For ``LOAD`` the server must be able to reach this machine (it
     does on 127.0.0.1). The batch files live under ``BUILD/stage/`` (the next build
     removes a killed one's: :func:`remove_stale_batches`). Virtuoso 7.2 runs a carried
     request as one transaction too, but its compiler refuses a request of over about 10
     MB (``SR578``) or of 1,000 ``DROP`` operations (``SP031``), and a block of about
     5,000 triples in one graph (``SP030``: hence :data:`~._carry.BLOCK_TRIPLES`); refused whole,
     the hint names ``stage=post``. It commits each ``LOAD`` on its own (measured);
   - ``post``: Graph Store Protocol POSTs of N-Triples (:data:`BATCH_TRIPLES` a request)
     before the swap. No query that names a predicate matches a staged triple; a query with
     a variable predicate over the whole union (``?s ?p ?o``) sees them while they upload.

2. **Swap.** One SPARQL Update *operation* (a single ``DELETE { } INSERT { } WHERE { }``),
   whose size does not depend on the number of graphs: it deletes every graph the index
   lists (a full build: every graph under ``https://w3id.org/secgraph/graph/``), decodes the
   staged triples into their graphs by a join with the index, deletes the staging graphs
   (``post``: in a request of its own right after, :func:`_swap_posted`) and writes the new
   generation marker, ``<urn:x-secgraph:store> <urn:x-secgraph:generation>
   "TOKEN"`` in graph ``<urn:x-secgraph:generation>``. One operation, because Virtuoso 7.2
   keeps the earlier operations of a request whose later one fails (measured: an ``INSERT
   DATA`` followed by a failing ``LOAD`` or a division by zero stays); one operation is one
   SQL statement there, undone whole. Oxigraph runs a whole request as one transaction.

After any error in the swap the marker is read back (for a timeout, until the server
answers or the time is up): if it holds this swap's token the change was applied and the
build goes on; otherwise it was not, and the error says so. Staging graphs left by a failed
or killed build are deleted by the next swap.
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import pyoxigraph as ox
from rdflib import URIRef

from .._faults import fault_point
from ..errors import StoreError
from ..vocab import GRAPH
from ._carry import _AS_PREDICATE, _DROP, _IN_GRAPH, _T, MARKER, MARKER_GRAPH, carried_request
from ._protocol import Triple
from ._served import _Served
from ._staging import REFUSED_WHOLE, Choice, Shape, carry_limits, choose, worth_writing
from ._terms import to_oxigraph

if TYPE_CHECKING:
    from ._remote import RemoteStore

__all__ = [
    "BATCH_TRIPLES",
    "CARRY_BYTES",
    "MARKER_GRAPH",
    "SWAP_TIMEOUT_FACTOR",
    "Staging",
    "read_generation",
    "swap_graphs",
]

#: How staged triples reach the server (see the module docstring; ``auto``: :mod:`._staging`).
Staging = Literal["auto", "load", "post"]
#: Triples per upload (one POST or one LOAD of about 10 MB of N-Triples).
BATCH_TRIPLES = 50_000
#: A ``load`` change whose staged triples fit in this many bytes of N-Triples goes in the
#: swap request itself, as ``INSERT DATA`` sent as the request's body (Oxigraph refuses
#: bodies over 128 MB; the decoded text is about as long as the staged).
CARRY_BYTES = 90_000_000
_MAX_BODY = 127_000_000
#: The swap may take this many times the store's timeout (600 s by default).
SWAP_TIMEOUT_FACTOR = 20
#: What Virtuoso says when one transaction outgrows TransactionAfterImageLimit.
_TOO_BIG = "SR325"
#: What Virtuoso's SPARQL compiler says of a request too long for it (an ``INSERT DATA``
#: of more than about 5,000 triples in one graph, or of about 500 graphs; measured on 7.2).
_TOO_LONG = ("SP030: SPARQL compiler", "length of generated SQL text has exceeded")


def read_generation(store: RemoteStore) -> str | None:
    """The token of the last swap the server applied (None: no secgraph swap yet)."""
    rows = store.query(f"SELECT ?v WHERE {{ GRAPH <{MARKER_GRAPH}> {{ {MARKER} ?v }} }}").rows
    values = sorted(str(row[0]) for row in rows if row[0] is not None)
    return values[0] if values else None


def swap_graphs(
    store: RemoteStore,
    graphs: Mapping[URIRef, Iterable[Triple]],
    *,
    remove: Sequence[URIRef],
    clear: bool,
    token: str,
    staging: Staging = "post",
) -> Choice:
    """Stage ``graphs``, then swap them in with one update operation (see the module
    docstring); which staging was used, and why (``auto``: :mod:`._staging`). ``graphs``
    may hold pyoxigraph triples as well as rdflib ones."""
    if store.update_url is None:
        raise StoreError(f"{store.query_url}: read-only endpoint; give update=URL in --store")
    if staging == "post" and store.gsp_url is None:
        raise StoreError(f"{store.query_url}: no Graph Store endpoint; give gsp=URL in --store")
    data, index = f"{_T}{token}/data", f"{_T}{token}/index"
    leftovers = [str(g) for g in store.graphs_after("", prefix=_T)]  # killed builds
    drops = [*leftovers, data, index, MARKER_GRAPH]
    if not clear:
        drops += sorted({str(g) for g in (*graphs, *remove)})
    shape = Shape(drops=len(dict.fromkeys(drops)))
    batches = _batches(graphs, drops, token, shape)
    if staging == "post":
        _post(store, batches, (data, index), leftovers=leftovers)
        _swap_posted(store, data, index, clear=clear, token=token)
        return Choice("post", "stage=post in --store")
    with _Served(store) as served:
        if staging == "auto":
            return _auto(store, served, batches, shape, drops, leftovers, clear=clear, token=token)
        files = [(target, served.add(chunk, target)) for target, chunk in batches]
        fault_point("batched")
        if shape.bytes <= CARRY_BYTES:  # small enough to go in the request itself
            body = carried_request(served, files, drops, clear, data, index, token)
            if len(body.encode("utf-8")) < _MAX_BODY:
                _swap(store, [body], token, (), direct=True)
                return Choice("load", "stage=load in --store; carried in the swap request")
        loads = [f"LOAD <{served.url(name)}> INTO GRAPH <{target}>" for target, name in files]
        _swap(store, [*loads, _swap_op(data, index, clear, token)], token, (data, index))
    return Choice("load", f"stage=load in --store; {len(files)} batches loaded in the swap")


def _auto(
    store: RemoteStore,
    served: _Served,
    batches: Iterator[tuple[str, bytes]],
    shape: Shape,
    drops: Sequence[str],
    leftovers: Sequence[str],
    *,
    clear: bool,
    token: str,
) -> Choice:
    """``stage=auto`` (:mod:`._staging`): the batches are written to files while the change
    may still fit one carried request, which is then written, measured and sent; past the
    limits (or if Virtuoso refuses the request whole) the files written are uploaded, the
    rest of the batches as they come (at most half as much again as the limit on disk), and
    the one-operation swap follows."""
    data, index = f"{_T}{token}/data", f"{_T}{token}/index"
    limits = carry_limits(store.server)
    files: list[tuple[str, str]] = []
    for target, chunk in batches:
        files.append((target, served.add(chunk, target)))
        if not worth_writing(limits, shape, clear=clear):
            break  # too big to carry, whatever follows
    fault_point("batched")
    refused: Choice | None = None
    if worth_writing(limits, shape, clear=clear):  # every batch written, and it may fit
        body = carried_request(served, files, drops, clear, data, index, token)
        shape.request = len(body.encode("utf-8"))
        choice = choose(limits, shape, clear=clear, server=store.server)
        if choice.stage == "load":
            try:
                _swap(store, [body], token, (), direct=True)
                return choice
            except _NotApplied as err:
                code = next((c for c in REFUSED_WHOLE if c in str(err)), None)
                if code is None:
                    raise
                engine = limits.engine if limits is not None else "the server"
                refused = Choice(
                    "post",
                    f"{engine} refused the carried swap whole ({code}), so it was uploaded "
                    "instead; set stage=post to skip the attempt",
                )
    if store.gsp_url is None:
        why = (
            choose(limits, shape, clear=clear, server=store.server) if refused is None else refused
        )
        raise StoreError(
            f"{store.query_url}: no Graph Store endpoint to upload to ({why.note}); give "
            "gsp=URL in --store, or stage=load"
        )
    written = ((target, served.read(name)) for target, name in files)
    _post(store, itertools.chain(written, batches), (data, index), leftovers=leftovers)
    _swap_posted(store, data, index, clear=clear, token=token)
    return refused or choose(limits, shape, clear=clear, server=store.server)


def _post(
    store: RemoteStore,
    batches: Iterable[tuple[str, bytes]],
    staged: Sequence[str],
    *,
    leftovers: Sequence[str],
) -> None:
    """Drop the staging graphs killed builds left (a request of their own: they are no
    reader's state, see :func:`_swap_posted`), then upload this build's (Graph Store
    Protocol); after an error, drop them."""
    _drop_quietly(store, leftovers, wait=store.timeout * SWAP_TIMEOUT_FACTOR)
    try:
        for target, chunk in batches:
            store.post_triples(target, chunk)
    except StoreError as err:
        _drop_quietly(store, staged)
        raise StoreError(
            f"{err}; nothing was changed (the previous graphs still answer){_hint(err)}"
        ) from err


def _swap_posted(store: RemoteStore, data: str, index: str, *, clear: bool, token: str) -> None:
    """The swap of uploaded staging graphs, which it leaves in place, then their removal in a
    request of its own. Deleting them in the swap made it three times as big as the change
    (a full build: every new triple in, every staged triple and its index out), and the
    swap is one transaction: at 2,000 articles on Virtuoso it took 30 to 32 s with them,
    16.7 s without them, and dropping them after took 2.6 s. They are disguised
    (no query that names a predicate sees them), so dropping them after the swap changes
    only what ``?s ?p ?o`` sees, as during the upload; left by a killed build, the next
    build drops them before it uploads."""
    _swap(store, [_swap_op(data, index, clear, token, keep_staging=True)], token, (data, index))
    _drop_quietly(store, (data, index), wait=store.timeout * SWAP_TIMEOUT_FACTOR)


def _swap_op(data: str, index: str, clear: bool, token: str, *, keep_staging: bool = False) -> str:
    """The one operation that swaps the staged graphs in (see the module docstring);
    ``keep_staging`` leaves the staging graphs (this build's and killed ones') in place."""
    keep = f' FILTER(!STRSTARTS(STR(?dg), "{_T}"))' if keep_staging else ""
    everything = (
        f'UNION {{ GRAPH ?dg {{ ?ds ?dp ?do }} FILTER(STRSTARTS(STR(?dg), "{GRAPH}")) }}\n  '
        if clear
        else ""
    )
    return (
        "DELETE { GRAPH ?dg { ?ds ?dp ?do } }\nINSERT { GRAPH ?g { ?s ?p ?o } }\nWHERE {\n"
        f"  {{ GRAPH <{index}> {{ ?dg <{_DROP.value}> ?why }}{keep} "
        "GRAPH ?dg { ?ds ?dp ?do } }\n"
        f"  {everything}"
        f"UNION {{ GRAPH <{data}> {{ ?s ?sp ?o }} "
        f"GRAPH <{index}> {{ ?sp <{_IN_GRAPH.value}> ?g ; <{_AS_PREDICATE.value}> ?p }} }}\n"
        f"  UNION {{ BIND(<{MARKER_GRAPH}> AS ?g) BIND(<urn:x-secgraph:store> AS ?s) "
        f'BIND(<urn:x-secgraph:generation> AS ?p) BIND("{token}" AS ?o) }}\n}}'
    )


def _swap(
    store: RemoteStore,
    ops: list[str],
    token: str,
    staged: Sequence[str],
    *,
    direct: bool = False,
) -> None:
    """Send the swap; after an error, find out from the marker whether it was applied."""
    try:
        wait = store.timeout * SWAP_TIMEOUT_FACTOR
        store.update(" ;\n".join(ops), timeout=wait, direct=direct)
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
            _drop_quietly(store, staged)
        raise _NotApplied(
            f"{err}; the server did not apply the change (the previous graphs still answer)"
            f"{_hint(err)}"
        ) from err


def _hint(err: StoreError) -> str:
    """How to get past a server's limit that ``err`` names ("" when it names none)."""
    if any(code in str(err) for code in _TOO_LONG):
        return (
            ". The change is too long for Virtuoso's SPARQL compiler in one request "
            "(stage=load carries it in the swap request): build with stage=post in --store"
        )
    if _TOO_BIG not in str(err):
        return ""
    return (
        ". The change is larger than one Virtuoso transaction may be: raise "
        "TransactionAfterImageLimit in the [Parameters] section of virtuoso.ini (bytes, at "
        "most 2147483647; a full build of 2,000 articles needs 20000000) and restart it"
    )


def _batches(
    graphs: Mapping[URIRef, Iterable[Triple]], drops: Sequence[str], token: str, shape: Shape
) -> Iterator[tuple[str, bytes]]:
    """(staging graph, N-Triples) pairs: the disguised triples in the data graph, what each
    disguised predicate stands for and the graphs to delete in the index graph, each
    :data:`BATCH_TRIPLES` at a time; ``shape`` counts the triples and graphs."""
    data, index = f"{_T}{token}/data", f"{_T}{token}/index"
    head = f"{_T}{token}/p/"
    rows: list[ox.Triple] = []
    keys: list[ox.Triple] = [
        ox.Triple(ox.NamedNode(g), _DROP, ox.Literal(token)) for g in dict.fromkeys(drops)
    ]
    counter = 0
    for name, triples in graphs.items():
        graph = ox.NamedNode(str(name))
        shape.graphs += 1
        seen: dict[Any, ox.NamedNode] = {}  # predicate -> its disguise, in this graph
        for s, p, o in triples:
            staged = seen.get(p)
            if staged is None:
                staged = seen[p] = ox.NamedNode(f"{head}{counter}")
                counter += 1
                keys.append(ox.Triple(staged, _IN_GRAPH, graph))
                keys.append(ox.Triple(staged, _AS_PREDICATE, _term(p)))
            rows.append(ox.Triple(_term(s), staged, _term(o)))
            shape.triples += 1
            if len(rows) >= BATCH_TRIPLES:
                yield data, _counted(_ntriples(rows), shape)
                rows = []
            if len(keys) >= BATCH_TRIPLES:
                yield index, _ntriples(keys)
                keys = []
    if rows:
        yield data, _counted(_ntriples(rows), shape)
    if keys:
        yield index, _ntriples(keys)


def _counted(chunk: bytes, shape: Shape) -> bytes:
    """``chunk`` of the data graph, its bytes added to ``shape``."""
    shape.bytes += len(chunk)
    return chunk


def _term(term: Any) -> Any:
    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term
    return to_oxigraph(term)


def _ntriples(batch: list[ox.Triple]) -> bytes:
    data = ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)
    assert data is not None  # no output file: the bytes are returned
    return data


_UNKNOWN = "\0unknown"


class _NotApplied(StoreError):
    """A swap the server did not apply (its marker is not the swap's token)."""


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


def _drop_quietly(store: RemoteStore, staging: Sequence[str], *, wait: float | None = None) -> None:
    """Drop staging graphs, waiting ``wait`` seconds (the store's timeout when None)."""
    if not staging:
        return
    try:  # best effort: the next build drops what is left
        store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in staging), timeout=wait)
    except StoreError:
        return
