"""Open and write the graph: the one seam between secgraph and where triples live.

A :class:`Store` holds named graphs (one per article, one for reference data, one for the
ontology) and answers SPARQL over their union. Every command talks to a Store; which one is
chosen by :func:`open_store` from a spec:

``oxigraph`` (default)
    embedded on-disk Oxigraph (RocksDB) in ``BUILD/store``; ``oxigraph:PATH`` elsewhere.
``memory``
    rdflib, in memory, loaded from the build's ``secgraph.trig``, or from its embedded store
    when the build wrote no files.
``http://host:port`` / ``https://...``
    a SPARQL 1.1 server with Oxigraph's layout (``/query``, ``/update``, ``/store``);
    ``query=URL,update=URL,gsp=URL`` names the three endpoints explicitly, and ``remote``
    reads them from ``SECGRAPH_QUERY_URL``, ``SECGRAPH_UPDATE_URL``, ``SECGRAPH_GSP_URL``.

Every store changes atomically (:meth:`Store.replace_graphs`): a failure leaves the previous
graphs answering queries. Files are written to a temporary path and renamed.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import re
import shutil
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from http.client import HTTPException
from pathlib import Path
from typing import IO, Any, Protocol

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Identifier, Node, Variable

from .errors import QueryError, StoreError
from .vocab import PREFIXES

__all__ = [
    "FORMATS",
    "BuildFiles",
    "MemoryStore",
    "OxigraphStore",
    "QueryResult",
    "RemoteStore",
    "Store",
    "atomic_write",
    "open_store",
    "to_union_graph",
    "with_prefixes",
    "with_values",
    "write_dataset_files",
    "write_store_files",
]

Triple = tuple[Node, Node, Node]
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
TMP_GRAPH_PREFIX = "urn:x-secgraph:tmp:"

#: Serialisation formats (rdflib names) -> (Oxigraph format, holds named graphs).
FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "xml": (ox.RdfFormat.RDF_XML, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nquads": (ox.RdfFormat.N_QUADS, True),
}
#: Prefixes for Oxigraph's writers: not ``id:`` and ``graph:``, whose local names hold ``/``
#: (Oxigraph would write ``id:meeting\/a\/m-1``, valid Turtle that some tools reject).
_WRITE_PREFIXES = {k: v for k, v in PREFIXES.items() if k not in ("id", "graph")}
_ALIASES = {"ttl": "turtle", "ntriples": "nt", "n-triples": "nt", "nq": "nquads", "rdfxml": "xml"}


@dataclass(frozen=True)
class BuildFiles:
    trig: Path
    turtle: Path


@dataclass(frozen=True)
class QueryResult:
    """The result of a SPARQL query, the same whatever store answered it.

    ``kind`` is ``select``, ``ask`` or ``graph`` (CONSTRUCT / DESCRIBE). Terms are rdflib terms.
    """

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Identifier | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = field(default=None, compare=False)


class Store(Protocol):
    """Where the built graph lives: MemoryStore, OxigraphStore, RemoteStore."""

    def query(
        self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None
    ) -> QueryResult:
        """Run SPARQL over the union of all graphs; ``bindings`` pre-bind variables safely."""
        ...

    def graph_names(self) -> list[URIRef]:
        """The named graphs in the store, sorted."""
        ...

    def replace_graphs(
        self,
        graphs: Mapping[URIRef, Iterable[Triple]],
        *,
        remove: Sequence[URIRef] = (),
        clear: bool = False,
    ) -> None:
        """Replace whole named graphs and drop ``remove`` as one change.

        ``clear`` drops every other graph too (a full rebuild). Either all of it happens or,
        when an error is raised, none of it.
        """
        ...

    def to_dataset(self, graphs: Sequence[URIRef] | None = None) -> Dataset:
        """The store (or some of its graphs) as an in-memory rdflib Dataset."""
        ...

    def serialize(self, fmt: str, *, graph: URIRef | None = None, union: bool = False) -> bytes:
        """The store as ``fmt`` (``turtle``, ``nt``, ``xml``, ``trig``, ``nquads``, ...).

        ``graph`` picks one named graph; ``union`` merges every graph into one (as dataset
        formats: into the default graph). A triple format without ``graph`` is the union.
        """
        ...

    def close(self) -> None: ...


# ---------------------------------------------------------------------------------------------
# rdflib in memory
# ---------------------------------------------------------------------------------------------


class MemoryStore:
    """The plain way: an rdflib Dataset in memory."""

    def __init__(self, dataset: Dataset | None = None) -> None:
        self.dataset = dataset if dataset is not None else _new_dataset()
        self.dataset.default_union = True
        for prefix, ns in PREFIXES.items():
            self.dataset.bind(prefix, ns, replace=True)

    def query(
        self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None
    ) -> QueryResult:
        init = {Variable(k): v for k, v in (bindings or {}).items()}
        result = self.dataset.query(sparql, initBindings=init or None)  # type: ignore[arg-type]
        return from_rdflib_result(result)

    def graph_names(self) -> list[URIRef]:
        return sorted(
            g.identifier
            for g in self.dataset.graphs()
            if isinstance(g.identifier, URIRef) and len(g) and not _is_default(g.identifier)
        )

    def replace_graphs(
        self,
        graphs: Mapping[URIRef, Iterable[Triple]],
        *,
        remove: Sequence[URIRef] = (),
        clear: bool = False,
    ) -> None:
        built = _new_dataset() if clear else None
        staged = {name: list(triples) for name, triples in graphs.items()}  # may raise: no change
        target = built if built is not None else self.dataset
        for name in (*remove, *staged):
            target.remove_graph(target.graph(name))
        for name, triples in staged.items():
            g = target.graph(name)
            for triple in triples:
                g.add(triple)
        if built is not None:
            self.dataset = built

    def to_dataset(self, graphs: Sequence[URIRef] | None = None) -> Dataset:
        if graphs is None:
            return self.dataset
        out = _new_dataset()
        for name in graphs:
            target = out.graph(name)
            for triple in self.dataset.graph(name):
                target.add(triple)
        return out

    def serialize(self, fmt: str, *, graph: URIRef | None = None, union: bool = False) -> bytes:
        return _rdflib_serialize(self.to_dataset(), fmt, graph=graph, union=union)

    def close(self) -> None:
        return None


def _new_dataset() -> Dataset:
    dataset = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        dataset.bind(prefix, ns, replace=True)
    return dataset


def _is_default(identifier: Node) -> bool:
    return str(identifier) == "urn:x-rdflib:default"


def _rdflib_serialize(dataset: Dataset, fmt: str, *, graph: URIRef | None, union: bool) -> bytes:
    fmt = _ALIASES.get(fmt, fmt)
    quads = FORMATS.get(fmt, (None, fmt in ("json-ld", "trix", "hext")))[1]
    if graph is not None:
        source: Graph = _bound(Graph())
        for triple in dataset.graph(graph):
            source.add(triple)
        if quads:
            out = _new_dataset()
            out.graph(graph).__iadd__(source)
            source = out
    elif union or not quads:
        source = to_union_graph(dataset)
    else:
        source = dataset
    data = source.serialize(format=fmt, encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode("utf-8")


def from_rdflib_result(result: Result) -> QueryResult:
    """Normalise an rdflib query result."""
    if result.type == "ASK":
        return QueryResult(kind="ask", boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = _bound(Graph())
        for triple in result:
            graph.add(triple)  # type: ignore[arg-type]
        return QueryResult(kind="graph", graph=graph)
    variables = tuple(str(v) for v in (result.vars or ()))
    rows = tuple(tuple(row) for row in result)  # type: ignore[arg-type]
    return QueryResult(kind="select", variables=variables, rows=rows)  # type: ignore[arg-type]


def _bound(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, replace=True)
    return graph


# ---------------------------------------------------------------------------------------------
# Terms: rdflib <-> pyoxigraph, and SPARQL text for VALUES
# ---------------------------------------------------------------------------------------------

#: Prefixes a query may use without declaring them: rdflib's defaults plus the project's.
QUERY_PREFIXES: dict[str, str] = {
    **{p: str(ns) for p, ns in Graph().namespaces() if p},
    **PREFIXES,
}


def to_oxigraph(term: Node) -> Any:
    """An rdflib term as a pyoxigraph term (``None`` is the default graph)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot store the term {term!r}; only IRIs, blank nodes and literals")


def to_rdflib(term: Any) -> Any:
    """A pyoxigraph term as an rdflib term (``xsd:string`` literals become plain literals)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.DefaultGraph):
        return None
    raise StoreError(f"unsupported term in a query result: {term!r}")


_DECLARED = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?:")


def with_prefixes(sparql: str) -> str:
    """``sparql`` with PREFIX lines for the project's prefixes it uses without declaring.

    A remote server knows none of them; Oxigraph and rdflib get them as query options.
    """
    declared = {m.group(1) or "" for m in _DECLARED.finditer(sparql)}
    lines = [
        f"PREFIX {p}: <{ns}>"
        for p, ns in QUERY_PREFIXES.items()
        if p not in declared and f"{p}:" in sparql
    ]
    return "\n".join([*lines, sparql]) if lines else sparql


_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_BAD_IRI_CHARS = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def sparql_term(term: Identifier) -> str:
    """A term as SPARQL text, escaped so that no value can change the query around it.

    >>> sparql_term(Literal('x" } ; DROP ALL #'))
    '"x\\\\" } ; DROP ALL #"'
    """
    if isinstance(term, URIRef):
        if _BAD_IRI_CHARS.search(str(term)):
            raise QueryError(None, f"bad IRI for a parameter: {str(term)!r}")
        return f"<{term}>"
    if isinstance(term, Literal):
        text = json.dumps(str(term), ensure_ascii=False)  # escapes \ " and control characters
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None:
            return f"{text}^^{sparql_term(URIRef(term.datatype))}"
        return text
    raise QueryError(None, f"cannot bind {term!r}: give an IRI or a literal")


def with_values(sparql: str, bindings: Mapping[str, Identifier]) -> str:
    """``sparql`` with ``VALUES`` opening its outermost WHERE group: the bindings hold there.

    >>> with_values("SELECT ?n WHERE { ?s ?p ?n }", {"s": URIRef("http://x/a")})
    'SELECT ?n WHERE { VALUES (?s) { (<http://x/a>) } ?s ?p ?n }'
    """
    if not bindings:
        return sparql
    for name in bindings:
        if not _VARIABLE.match(name):
            raise QueryError(None, f"bad parameter name '{name}'; use letters, digits and '_'")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(sparql_term(term) for term in bindings.values())
    at = _where_brace(sparql) + 1
    return f"{sparql[:at]} VALUES ({names}) {{ ({values}) }}{sparql[at:]}"


_TOKEN = re.compile(
    r'(?P<skip>#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>)'
    r"|(?P<word>[A-Za-z]+)|(?P<open>\{)|(?P<close>\})",
)


def _where_brace(sparql: str) -> int:
    """Index of the ``{`` that opens the outermost WHERE group (skipping a CONSTRUCT template)."""
    depth = 0
    template = False
    for m in _TOKEN.finditer(sparql):
        if m.lastgroup == "word" and depth == 0:
            word = m.group().upper()
            if word == "CONSTRUCT":
                template = True
            elif word == "WHERE":
                template = False
        elif m.lastgroup == "open":
            if depth == 0 and not template:
                return m.start()
            depth += 1
        elif m.lastgroup == "close":
            depth -= 1
            if depth == 0:
                template = False
    raise QueryError(None, "cannot bind parameters: the query has no WHERE { ... } group")


# ---------------------------------------------------------------------------------------------
# Oxigraph, embedded and on disk
# ---------------------------------------------------------------------------------------------


class OxigraphStore:
    """Embedded Oxigraph (RocksDB) at ``path``.

    ``path`` is a symbolic link to a generation directory beside it (``store.gen-<hex>``): a
    full rebuild loads a new generation and swaps the link with one atomic rename. A small
    change is staged in temporary graphs (one transaction) and moved into place by one SPARQL
    Update (another), so readers see the old graphs or the new ones, never half.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        create: bool = False,
        read_only: bool = False,
        lazy: bool = False,
    ) -> None:
        """Open the store at ``path``; ``create`` makes an empty one when there is none.

        ``lazy`` opens nothing: the store is for :meth:`load_nquads`, which replaces it
        whole, so a load that fails has written nothing at all (RocksDB rewrites files even
        when a store is only opened for writing).
        """
        self.path = Path(path)
        self.read_only = read_only
        self._store: ox.Store | None = None
        if lazy:
            return
        if not self.path.exists():
            if not create:
                raise StoreError(f"{self.path}: no built store; run 'secgraph build' first")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._swap(self._new_generation())
        self._store = _open_oxigraph(self.path, read_only=read_only)

    @property
    def store(self) -> ox.Store:
        if self._store is None:
            raise StoreError(f"{self.path}: the store is closed")
        return self._store

    def query(
        self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None
    ) -> QueryResult:
        subs = {ox.Variable(k): to_oxigraph(v) for k, v in (bindings or {}).items()}
        try:
            result = self.store.query(
                sparql,
                use_default_graph_as_union=True,
                prefixes=QUERY_PREFIXES,
                substitutions=subs or None,
            )
        except SyntaxError as err:
            raise QueryError(None, f"bad SPARQL: {_one_line(str(err))}") from err
        except RuntimeError as err:
            if not subs or "projection" not in str(err):
                raise StoreError(f"{self.path}: query failed: {_one_line(str(err))}") from err
            # Substitution needs the variable in the SELECT clause (SEP-0007); else VALUES.
            result = self.store.query(
                with_values(sparql, bindings or {}),
                use_default_graph_as_union=True,
                prefixes=QUERY_PREFIXES,
            )
        return _from_oxigraph_result(result)

    def graph_names(self) -> list[URIRef]:
        names = sorted(  # sort the strings: sorting 100,000 URIRefs takes seconds
            g.value
            for g in self.store.named_graphs()
            if isinstance(g, ox.NamedNode) and not g.value.startswith(TMP_GRAPH_PREFIX)
        )
        return [URIRef(n) for n in names]

    def replace_graphs(
        self,
        graphs: Mapping[URIRef, Iterable[Triple]],
        *,
        remove: Sequence[URIRef] = (),
        clear: bool = False,
    ) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; cannot change it")
        if clear:
            self._replace_all(graphs)
            return
        token = uuid.uuid4().hex
        tmp = {name: URIRef(f"{TMP_GRAPH_PREFIX}{token}/{n}") for n, name in enumerate(graphs)}
        store = self.store
        try:
            store.extend(_quads((tmp[name], triples) for name, triples in graphs.items()))
            ops = [f"DROP SILENT GRAPH <{name}>" for name in remove if name not in graphs]
            ops += [f"MOVE SILENT GRAPH <{tmp[name]}> TO GRAPH <{name}>" for name in graphs]
            ops += _stale_tmp_drops(self.store.named_graphs(), keep=tmp.values())
            if ops:
                store.update(" ;\n".join(ops))
        except OSError as err:
            raise StoreError(
                f"{self.path}: cannot write the store ({err}); nothing changed"
            ) from err
        finally:
            for name in tmp.values():  # leftovers only when the update failed
                if store.contains_named_graph(ox.NamedNode(str(name))):
                    store.remove_graph(ox.NamedNode(str(name)))

    def _replace_all(self, graphs: Mapping[URIRef, Iterable[Triple]]) -> None:
        # N-Quads text parsed by Oxigraph's bulk loader: about 3x faster than building
        # pyoxigraph Quad objects in Python (measured at 5,000 articles).
        self.load_nquads([to_nquads(graphs.items())])

    def load_nquads(
        self, chunks: Iterable[bytes], *, before_swap: Callable[[], None] | None = None
    ) -> None:
        """Replace the whole store with these N-Quads chunks, atomically.

        The chunks are bulk-loaded, as they come, into a new store generation beside the
        current one; only when every chunk is in does ``path`` switch to it (``before_swap``
        runs just before). An error while producing or loading a chunk (a bad fact file read by
        a worker, a full disk) removes the new generation and leaves the store as it was.
        Chunks are our own N-Quads (IRIs minted and checked by secgraph), so Oxigraph's
        lenient mode skips re-validating every IRI (about 15% faster).
        """
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; cannot change it")
        made_dir = not self.path.parent.exists()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        generation = self._new_generation()
        try:
            fresh = _open_oxigraph(generation)
            for chunk in chunks:
                fresh.bulk_load(chunk, format=ox.RdfFormat.N_QUADS, lenient=True)
            fresh.flush()
            del fresh
            gc.collect()
            if before_swap is not None:
                before_swap()
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            if made_dir:
                shutil.rmtree(self.path.parent, ignore_errors=True)
            raise
        self.close()
        try:
            old = self._swap(generation)
        except OSError as err:
            shutil.rmtree(generation, ignore_errors=True)
            raise StoreError(
                f"{self.path}: cannot swap in the new store ({err}); nothing changed"
            ) from err
        finally:
            self._store = _open_oxigraph(self.path)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def _new_generation(self) -> Path:
        return Path(
            tempfile.mkdtemp(prefix=f"{self.path.name}.gen-", dir=self.path.parent or Path("."))
        )

    def _swap(self, generation: Path) -> Path | None:
        """Point ``path`` at ``generation`` atomically; return the old generation to delete."""
        link = self.path
        old: Path | None = None
        if link.is_symlink():
            old = link.parent / os.readlink(link)
        elif link.exists():  # a plain directory (a store made by hand): move it aside once
            old = link.with_name(f"{link.name}.old-{uuid.uuid4().hex[:8]}")
            os.rename(link, old)
        tmp_link = link.with_name(f".{link.name}.{uuid.uuid4().hex[:8]}.link")
        os.symlink(generation.name, tmp_link)
        os.replace(tmp_link, link)
        return old

    def to_dataset(self, graphs: Sequence[URIRef] | None = None) -> Dataset:
        out = _new_dataset()
        names: Iterable[Any]
        if graphs is None:
            names = [ox.NamedNode(str(g)) for g in self.graph_names()]
        else:
            names = [ox.NamedNode(str(g)) for g in graphs]
        for name in names:
            target = out.graph(URIRef(name.value))
            for q in self.store.quads_for_pattern(None, None, None, name):
                target.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return out

    def serialize(self, fmt: str, *, graph: URIRef | None = None, union: bool = False) -> bytes:
        name = _ALIASES.get(fmt, fmt)
        if name not in FORMATS:
            return _rdflib_serialize(self.to_dataset(), name, graph=graph, union=union)
        oxfmt, quads = FORMATS[name]
        store = self.store
        data: bytes | None
        if graph is not None:
            g = ox.NamedNode(str(graph))
            if quads:
                found = store.quads_for_pattern(None, None, None, g)
                data = ox.serialize(found, format=oxfmt, prefixes=_WRITE_PREFIXES)
            else:
                data = store.dump(format=oxfmt, from_graph=g, prefixes=_WRITE_PREFIXES)
        elif union or not quads:
            triples = store.query(
                "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
                use_default_graph_as_union=True,
            )
            assert isinstance(triples, ox.QueryTriples)
            data = ox.serialize(triples, format=oxfmt, prefixes=_WRITE_PREFIXES)
        else:
            data = store.dump(format=oxfmt, prefixes=_WRITE_PREFIXES)
        return data or b""

    def close(self) -> None:
        if self._store is not None:
            if not self.read_only:
                self._store.flush()
            self._store = None
            gc.collect()  # RocksDB lets go of its lock when the last reference goes


def _open_oxigraph(path: Path, *, read_only: bool = False) -> ox.Store:
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as err:
        raise StoreError(
            f"{path}: cannot open the Oxigraph store ({_one_line(str(err))}); is another "
            "secgraph process using it?"
        ) from err


def _quads(graphs: Iterable[tuple[URIRef, Iterable[Triple]]]) -> Iterator[ox.Quad]:
    """pyoxigraph quads for named graphs of rdflib triples (IRIs converted once each)."""
    cache: dict[str, ox.NamedNode] = {}

    def iri(term: Node) -> Any:
        if isinstance(term, URIRef):
            node = cache.get(term)
            if node is None:
                node = cache[term] = ox.NamedNode(str(term))
            return node
        return to_oxigraph(term)

    for name, triples in graphs:
        g = ox.NamedNode(str(name))
        for s, p, o in triples:
            yield ox.Quad(iri(s), iri(p), iri(o), g)


def to_nquads(graphs: Iterable[tuple[URIRef, Iterable[Triple]]]) -> bytes:
    """N-Quads for named graphs of rdflib triples (each IRI written once and reused)."""
    cache: dict[Node, str] = {}
    lines: list[str] = []
    for name, triples in graphs:
        g = f"<{name}>"
        for s, p, o in triples:
            a = cache.get(s)
            if a is None:
                a = cache[s] = s.n3()
            b = cache.get(p)
            if b is None:
                b = cache[p] = p.n3()
            if isinstance(o, URIRef):
                c = cache.get(o)
                if c is None:
                    c = cache[o] = o.n3()
            elif isinstance(o, Literal):
                c = _nt_literal(o)
            else:
                c = o.n3()
            lines.append(f"{a} {b} {c} {g} .\n")
    return "".join(lines).encode("utf-8")


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt_literal(literal: Literal) -> str:
    """A literal in N-Triples syntax (rdflib's n3() may use triple quotes, not N-Triples)."""
    text = f'"{str(literal).translate(_NT_ESCAPES)}"'
    if literal.language:
        return f"{text}@{literal.language}"
    if literal.datatype is not None and str(literal.datatype) != XSD_STRING:
        return f"{text}^^<{literal.datatype}>"
    return text


def _stale_tmp_drops(names: Iterable[Any], *, keep: Iterable[URIRef]) -> list[str]:
    kept = {str(k) for k in keep}
    return [
        f"DROP SILENT GRAPH <{g.value}>"
        for g in names
        if isinstance(g, ox.NamedNode)
        and g.value.startswith(TMP_GRAPH_PREFIX)
        and g.value not in kept
    ]


def _from_oxigraph_result(result: Any) -> QueryResult:
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(kind="ask", boolean=bool(result))
    if isinstance(result, ox.QueryTriples):
        graph = _bound(Graph())
        for t in result:
            graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return QueryResult(kind="graph", graph=graph)
    variables = tuple(v.value for v in result.variables)
    # Rows repeat their terms (a country, a post, a date): convert each distinct term once.
    cache: dict[Any, Any] = {None: None}

    def term(value: Any) -> Any:
        try:
            return cache[value]
        except KeyError:
            converted = cache[value] = to_rdflib(value)
            return converted

    width = range(len(variables))
    rows = tuple(tuple(term(solution[i]) for i in width) for solution in result)
    return QueryResult(kind="select", variables=variables, rows=rows)


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 3] + "..."


# ---------------------------------------------------------------------------------------------
# A remote SPARQL 1.1 endpoint (Protocol, Update, Graph Store Protocol)
# ---------------------------------------------------------------------------------------------

_ACCEPT = (
    "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
    "application/rdf+xml;q=0.5"
)
_RDF_TYPES = {
    "application/n-triples": "nt",
    "text/plain": "nt",
    "text/turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/n-quads": "nquads",
    "application/trig": "trig",
}


class RemoteStore:
    """A SPARQL 1.1 server whose default graph is the union of its named graphs.

    Queries are POSTed form-encoded (``query=``, never ``default-graph-uri``); graphs are
    uploaded by the Graph Store Protocol to temporary names and moved into place by one SPARQL
    Update, so a failure leaves the old graphs in place. Every failure (refused connection,
    timeout, HTTP error) is a :class:`StoreError` with a one-line message.
    """

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        gsp_url: str | None = None,
        timeout: float = 30,
    ) -> None:
        self.query_url = query_url
        self.update_url = update_url
        self.gsp_url = gsp_url
        self.timeout = timeout

    @classmethod
    def from_base(cls, base: str, *, timeout: float = 30) -> RemoteStore:
        """Oxigraph server layout: ``BASE/query``, ``BASE/update``, ``BASE/store``."""
        base = base.rstrip("/")
        return cls(f"{base}/query", f"{base}/update", f"{base}/store", timeout=timeout)

    def query(
        self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None
    ) -> QueryResult:
        text = with_prefixes(with_values(sparql, bindings or {}))
        body, ctype = self._request(
            self.query_url,
            data=urllib.parse.urlencode({"query": text}).encode("utf-8"),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": _ACCEPT},
        )
        mime = ctype.split(";")[0].strip().lower()
        if mime in ("application/sparql-results+json", "application/json"):
            return _from_json_results(json.loads(body.decode("utf-8")))
        if mime in _RDF_TYPES:
            graph = _bound(Graph())
            graph.parse(data=body.decode("utf-8"), format=_RDF_TYPES[mime])
            return QueryResult(kind="graph", graph=graph)
        raise StoreError(f"{self.query_url}: unexpected answer of type '{mime}'")

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update (the server runs one request as one transaction)."""
        if self.update_url is None:
            raise StoreError(f"{self.query_url}: read-only endpoint; give update=URL in --store")
        self._request(
            self.update_url,
            data=urllib.parse.urlencode({"update": sparql}).encode("utf-8"),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )

    def graph_names(self) -> list[URIRef]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(
            row[0]
            for row in result.rows
            if isinstance(row[0], URIRef) and not str(row[0]).startswith(TMP_GRAPH_PREFIX)
        )

    def replace_graphs(
        self,
        graphs: Mapping[URIRef, Iterable[Triple]],
        *,
        remove: Sequence[URIRef] = (),
        clear: bool = False,
    ) -> None:
        if self.gsp_url is None:
            raise StoreError(f"{self.query_url}: no Graph Store endpoint; give gsp=URL in --store")
        token = uuid.uuid4().hex
        tmp = {name: URIRef(f"{TMP_GRAPH_PREFIX}{token}/{n}") for n, name in enumerate(graphs)}
        try:
            existing = self._all_graph_names()
            for name, triples in graphs.items():
                self._put(tmp[name], triples)
            drops = {g for g in remove if g not in graphs}
            if clear:
                drops |= {g for g in existing if g not in graphs}
            drops |= {g for g in existing if str(g).startswith(TMP_GRAPH_PREFIX)}
            ops = [f"DROP SILENT GRAPH <{g}>" for g in sorted(drops)]
            ops += [f"MOVE SILENT GRAPH <{tmp[name]}> TO GRAPH <{name}>" for name in graphs]
            if ops:
                self.update(" ;\n".join(ops))
        except StoreError:
            with contextlib.suppress(StoreError):  # best effort: the next build drops leftovers
                self.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in tmp.values()))
            raise

    def _all_graph_names(self) -> list[URIRef]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return [row[0] for row in result.rows if isinstance(row[0], URIRef)]

    def _put(self, name: URIRef, triples: Iterable[Triple]) -> None:
        assert self.gsp_url is not None
        data = ox.serialize(_triples(triples), format=ox.RdfFormat.N_TRIPLES)
        sep = "&" if "?" in self.gsp_url else "?"
        url = f"{self.gsp_url}{sep}{urllib.parse.urlencode({'graph': str(name)})}"
        self._request(
            url, data=data, method="PUT", headers={"Content-Type": "application/n-triples"}
        )

    def to_dataset(self, graphs: Sequence[URIRef] | None = None) -> Dataset:
        sparql = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
        if graphs is not None:
            if not graphs:
                return _new_dataset()
            values = " ".join(sparql_term(g) for g in graphs)
            sparql = (
                f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
            )
        out = _new_dataset()
        for g, s, p, o in self.query(sparql).rows:
            if isinstance(g, URIRef) and not str(g).startswith(TMP_GRAPH_PREFIX):
                out.graph(g).add((s, p, o))  # type: ignore[arg-type]
        return out

    def serialize(self, fmt: str, *, graph: URIRef | None = None, union: bool = False) -> bytes:
        graphs = [graph] if graph is not None else None
        return _rdflib_serialize(self.to_dataset(graphs), fmt, graph=graph, union=union)

    def close(self) -> None:
        return None

    def _request(
        self,
        url: str,
        *,
        data: bytes | None = None,
        method: str = "POST",
        headers: Mapping[str, str] | None = None,
    ) -> tuple[bytes, str]:
        request = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read(), response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as err:
            detail = _one_line(err.read().decode("utf-8", "replace")) or err.reason
            raise StoreError(f"{_where(url)}: HTTP {err.code}: {detail}") from err
        except urllib.error.URLError as err:
            reason = err.reason
            if isinstance(reason, ConnectionRefusedError):
                message = "connection refused; is the SPARQL server running? check --store"
            elif isinstance(reason, TimeoutError):
                message = f"no answer within {self.timeout:g} s; check the server or --store"
            else:
                message = f"cannot connect ({_one_line(str(reason))}); check --store"
            raise StoreError(f"{_where(url)}: {message}") from err
        except TimeoutError as err:
            raise StoreError(
                f"{_where(url)}: no answer within {self.timeout:g} s; check the server"
            ) from err
        except (OSError, HTTPException) as err:
            raise StoreError(f"{_where(url)}: connection failed ({_one_line(str(err))})") from err


def _where(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def _triples(triples: Iterable[Triple]) -> Iterator[ox.Triple]:
    for s, p, o in triples:
        yield ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))


def _from_json_results(doc: Mapping[str, Any]) -> QueryResult:
    if "boolean" in doc:
        return QueryResult(kind="ask", boolean=bool(doc["boolean"]))
    variables = tuple(doc.get("head", {}).get("vars", ()))
    rows = tuple(tuple(_json_term(b.get(v)) for v in variables) for b in doc["results"]["bindings"])
    return QueryResult(kind="select", variables=variables, rows=rows)


def _json_term(value: Mapping[str, str] | None) -> Identifier | None:
    if value is None:
        return None
    kind, text = value["type"], value["value"]
    if kind == "uri":
        return URIRef(text)
    if kind == "bnode":
        return BNode(text)
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in value:
            return Literal(text, lang=value["xml:lang"])
        datatype = value.get("datatype")
        if datatype and datatype != XSD_STRING:
            return Literal(text, datatype=URIRef(datatype))
        return Literal(text)
    raise StoreError(f"unsupported term type '{kind}' in a SPARQL result")


# ---------------------------------------------------------------------------------------------
# Opening a store from a spec
# ---------------------------------------------------------------------------------------------

STORE_SPECS = (
    "'oxigraph', 'oxigraph:PATH', 'memory', an http(s):// URL, "
    "'query=URL,update=URL,gsp=URL' or 'remote'"
)


def oxigraph_path(spec: str, build_dir: str | Path) -> Path | None:
    """Where the embedded store named by ``spec`` lives (None when ``spec`` is another store)."""
    if spec == "oxigraph":
        return Path(build_dir) / "store"
    if spec.startswith("oxigraph:"):
        return Path(spec.partition(":")[2])
    return None


def open_store(
    spec: str, *, build_dir: str | Path, create: bool = False, read_only: bool = False
) -> Store:
    """Open the store named by ``spec`` (see the module docstring).

    ``create`` makes an empty local store when there is none yet (``secgraph build``);
    otherwise a missing store is a StoreError telling to build first. ``read_only`` opens an
    Oxigraph store without writing to it (several processes may read it at once).
    """
    build = Path(build_dir)
    if spec == "memory":
        trig = build / "secgraph.trig"
        if not trig.is_file():
            if create:
                return MemoryStore()
            embedded_path = oxigraph_path("oxigraph", build)
            if embedded_path is not None and embedded_path.exists():  # default store: copy it
                embedded = OxigraphStore(embedded_path, read_only=True)
                try:
                    return MemoryStore(embedded.to_dataset())
                finally:
                    embedded.close()
            raise StoreError(f"{trig}: no built graph; run 'secgraph build' first")
        dataset = _new_dataset()
        dataset.parse(trig, format="trig")
        return MemoryStore(dataset)
    path = oxigraph_path(spec, build)
    if path is not None:
        return OxigraphStore(path, create=create, read_only=read_only and not create)
    if spec.startswith(("http://", "https://")):
        return RemoteStore.from_base(spec)
    if spec == "remote":
        env = {k: os.environ.get(f"SECGRAPH_{k.upper()}_URL") for k in ("query", "update", "gsp")}
        if not env["query"]:
            raise StoreError("--store remote needs SECGRAPH_QUERY_URL (and _UPDATE_URL, _GSP_URL)")
        return RemoteStore(env["query"], env["update"], env["gsp"])
    if spec.startswith("query="):
        parts = dict(p.strip().partition("=")[::2] for p in spec.split(","))
        unknown = sorted(set(parts) - {"query", "update", "gsp", "timeout"})
        if unknown:
            raise StoreError(f"unknown key '{unknown[0]}' in --store; use query=, update=, gsp=")
        return RemoteStore(
            parts["query"],
            parts.get("update") or None,
            parts.get("gsp") or None,
            timeout=float(parts.get("timeout") or 30),
        )
    raise StoreError(f"unknown store '{spec}'; use {STORE_SPECS}")


# ---------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------


def atomic_write(path: str | Path, write: Callable[[IO[bytes]], object]) -> Path:
    """Call ``write`` on a temporary file beside ``path``, then rename it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file normal rights
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def to_union_graph(dataset: Dataset) -> Graph:
    """All triples of every named graph in one plain Graph, with the project's prefixes."""
    graph = _bound(Graph())
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
        raise StoreError(
            f"{out}: cannot write the build ({err.strerror}); check the folder"
        ) from err
    return BuildFiles(trig=trig, turtle=ttl)


def write_store_files(store: Store, out_dir: str | Path) -> BuildFiles:
    """Write ``secgraph.trig`` and ``secgraph.ttl`` from ``store.serialize`` (fast for Oxigraph)."""
    out = Path(out_dir)
    try:
        trig = atomic_write(out / "secgraph.trig", lambda h: h.write(store.serialize("trig")))
        ttl = atomic_write(
            out / "secgraph.ttl", lambda h: h.write(store.serialize("turtle", union=True))
        )
    except OSError as err:
        raise StoreError(
            f"{out}: cannot write the build ({err.strerror}); check the folder"
        ) from err
    return BuildFiles(trig=trig, turtle=ttl)
