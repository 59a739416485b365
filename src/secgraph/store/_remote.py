"""A remote SPARQL 1.1 endpoint (Protocol, Update, Graph Store Protocol): :class:`RemoteStore`."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from email.message import Message
from http.client import HTTPException
from pathlib import Path
from typing import Any
from xml.sax import SAXException

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Identifier

from ..errors import StoreError
from ..vocab import GRAPH
from ._bind import with_constants
from ._commit import Staging, read_generation, swap_graphs
from ._memory import _bound, _new_dataset, _rdflib_serialize
from ._protocol import QueryResult, Triple
from ._spec import split_credentials
from ._terms import XSD_STRING, _one_line, sparql_term, with_prefixes

__all__ = ["RemoteStore"]

#: Rows a page asks for (Virtuoso's default ResultSetMaxRows is 10,000; a smaller limit the
#: server announces is used instead).
_PAGE_ROWS = 10_000
#: Graphs a dump asks for at once (about 40 triples an article graph).
_GRAPHS_PER_READ = 200

_ACCEPT = (
    "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
    "application/rdf+xml;q=0.5"
)
#: Virtuoso's error line (``Virtuoso 40005 Error SR325: ...``, or ``SR325: ...``)
_VIRTUOSO_ERROR = re.compile(r"(?:Virtuoso \w+ Error )?\b[A-Z]{2}\d{3}: [^<\n]*")
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

    Queries are POSTed form-encoded (``query=``, never ``default-graph-uri``), with parameters
    written in as constants (:func:`~secgraph.store._bind.with_constants`). A result the
    server cut short (Virtuoso's ``X-SPARQL-MaxRows`` header, or an ``X-SQL-State`` of a
    partial "anytime" answer) is an error naming the setting to raise, never a short answer;
    graph listings and dumps page instead. Graphs change by staging and one swap
    (:mod:`secgraph.store._commit`): readers see the old graphs or the new. Every failure
    (refused connection, timeout, HTTP error) is a :class:`StoreError` with a one-line message.
    """

    joins_subselects = False  # see Store.joins_subselects

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        gsp_url: str | None = None,
        timeout: float = 30,
        stage: Staging = "auto",
    ) -> None:
        # a ``user:password@`` in a URL is sent as an Authorization header: never as part
        # of the host name, never in a message
        self.query_url, auth = split_credentials(query_url)
        update = split_credentials(update_url) if update_url else (None, None)
        gsp = split_credentials(gsp_url) if gsp_url else (None, None)
        self.update_url, self.gsp_url = update[0], gsp[0]
        self._auth = auth or update[1] or gsp[1]
        self.timeout = timeout
        #: how a build's graphs reach the server (see :mod:`secgraph.store._commit`)
        self.stage: Staging = stage
        #: where ``load`` batch files go while the server fetches them (the build folder's
        #: ``stage/`` when opened to build; None: the system's temporary folder)
        self.stage_dir: Path | None = None
        #: the server's ``Server`` header, once it answered (which engine it is: ``auto``)
        self.server: str | None = None
        #: which staging the last change used and why (``staging: post (...)``)
        self.staging_note: str | None = None

    @classmethod
    def from_base(cls, base: str, *, timeout: float = 30, stage: Staging = "auto") -> RemoteStore:
        """Oxigraph server layout: ``BASE/query``, ``BASE/update``, ``BASE/store``."""
        base = base.rstrip("/")
        return cls(f"{base}/query", f"{base}/update", f"{base}/store", timeout=timeout, stage=stage)

    def query(
        self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None
    ) -> QueryResult:
        result, cut, _limit = self._query(with_prefixes(with_constants(sparql, bindings or {})))
        if cut is not None:
            raise StoreError(f"{_where(self.query_url)}: {cut}")
        return result

    def update(self, sparql: str, *, timeout: float | None = None, direct: bool = False) -> None:
        """Run a SPARQL Update, POSTed as a form, or ``direct`` as the body
        (``application/sparql-update``: no percent-encoding, for a large request)."""
        if self.update_url is None:
            raise StoreError(f"{self.query_url}: read-only endpoint; give update=URL in --store")
        if direct:
            data = sparql.encode("utf-8")
            kind = "application/sparql-update"
        else:
            data = urllib.parse.urlencode({"update": sparql}).encode("utf-8")
            kind = "application/x-www-form-urlencoded"
        self._request(self.update_url, data=data, headers={"Content-Type": kind}, timeout=timeout)

    def generation(self) -> str | None:
        """The token of the last change secgraph applied to this server (None: none yet)."""
        return read_generation(self)

    def graph_names(self) -> list[URIRef]:
        """secgraph's named graphs (under ``https://w3id.org/secgraph/graph/``), sorted."""
        return [g for g in self.all_graph_names() if str(g).startswith(str(GRAPH))]

    def all_graph_names(self) -> list[URIRef]:
        """Every named graph on the server, page by page (``GROUP BY ?g``: Virtuoso answers
        it from an index, where ``SELECT DISTINCT ?g`` took over 60 s at 5,000 articles)."""
        return self.graphs_after("")

    def graphs_after(self, after: str, *, prefix: str = "") -> list[URIRef]:
        """The named graphs whose IRI sorts after ``after`` (and starts with ``prefix``),
        a page at a time by key, never by OFFSET: Virtuoso refuses a sorted ``OFFSET``
        past its ``MaxSortedTopRows`` (10,000; error SR353), as at 10,000 articles."""
        keep = f' && STRSTARTS(STR(?g), "{prefix}")' if prefix else ""
        names: list[URIRef] = []
        for found in self._iri_pages(
            lambda last, page: (
                f"SELECT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                f'FILTER(STR(?g) > "{last}"{keep}) }} GROUP BY ?g ORDER BY STR(?g) LIMIT {page}'
            ),
            after,
        ):
            names += found
        return sorted(names)

    def replace_graphs(
        self,
        graphs: Mapping[URIRef, Iterable[Triple]],
        *,
        remove: Sequence[URIRef] = (),
        clear: bool = False,
    ) -> None:
        self.staging_note = None
        choice = swap_graphs(
            self,
            graphs,
            remove=remove,
            clear=clear,
            token=uuid.uuid4().hex,
            staging=self.stage,
        )
        self.staging_note = choice.note

    def post_triples(self, name: str, ntriples: bytes) -> None:
        """Add N-Triples to graph ``name`` by the Graph Store Protocol (POST): a large graph
        goes up in chunks without ever being held whole."""
        if self.gsp_url is None:
            raise StoreError(f"{self.query_url}: no Graph Store endpoint; give gsp=URL in --store")
        assert self.gsp_url is not None
        sep = "&" if "?" in self.gsp_url else "?"
        url = f"{self.gsp_url}{sep}{urllib.parse.urlencode({'graph': name})}"
        self._request(url, data=ntriples, headers={"Content-Type": "application/n-triples"})

    def to_dataset(self, graphs: Sequence[URIRef] | None = None) -> Dataset:
        """The graphs (default: secgraph's), a few hundred per query; one graph too big for
        the server's result limit is read in pages."""
        names = list(self.graph_names() if graphs is None else graphs)
        out = _new_dataset()
        at, size = 0, _GRAPHS_PER_READ
        while at < len(names):
            chunk = names[at : at + size]
            values = " ".join(sparql_term(g) for g in chunk)
            sparql = (
                f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
            )
            result, cut, _limit = self._query(sparql)
            if cut is not None and len(chunk) > 1:
                size = max(1, len(chunk) // 4)
                continue
            if cut is not None:
                rows: Iterable[tuple[Identifier | None, ...]] = (
                    (chunk[0], *row) for row in self._graph_rows(chunk[0])
                )
            else:
                rows = result.rows
            for g, s, p, o in rows:
                if isinstance(g, URIRef):
                    out.graph(g).add((s, p, o))  # type: ignore[arg-type]
            at += len(chunk)
            size = _GRAPHS_PER_READ
        return out

    def serialize(self, fmt: str, *, graph: URIRef | None = None, union: bool = False) -> bytes:
        graphs = [graph] if graph is not None else None
        return _rdflib_serialize(self.to_dataset(graphs), fmt, graph=graph, union=union)

    def close(self) -> None:
        return None

    def _query(self, text: str) -> tuple[QueryResult, str | None, int | None]:
        """The answer, why the server cut it short (None when it did not), and the row limit
        the server announced (None when it did not)."""
        body, headers = self._request(
            self.query_url,
            data=urllib.parse.urlencode({"query": text}).encode("utf-8"),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": _ACCEPT},
        )
        ctype = headers.get("Content-Type", "")
        mime = ctype.split(";")[0].strip().lower()
        try:  # a server that says JSON and sends something else is a server error
            if mime in ("application/sparql-results+json", "application/json"):
                result = _from_json_results(json.loads(body.decode("utf-8")))
                count = len(result.rows)
            elif mime in _RDF_TYPES:
                graph = _bound(Graph())
                graph.parse(data=body.decode("utf-8"), format=_RDF_TYPES[mime])
                result = QueryResult(kind="graph", graph=graph)
                count = len(graph)
            else:
                raise StoreError(f"{self.query_url}: unexpected answer of type '{mime}'")
        except (ValueError, KeyError, TypeError, AttributeError, SyntaxError, SAXException) as err:
            raise StoreError(
                f"{_where(self.query_url)}: the server's answer is not valid {mime} "
                f"({_one_line(str(err))[:120]}); check the server or --store"
            ) from err
        return result, _cut(headers, count), _max_rows(headers)

    def _graph_rows(self, graph: URIRef) -> list[tuple[Identifier | None, ...]]:
        """Every (s, p, o) of one graph too big for the server's row limit: its IRI subjects
        a page at a time by key (as :meth:`graphs_after`; never ``OFFSET``, which Virtuoso
        refuses sorted past its ``MaxSortedTopRows``, 10,000), their triples a few subjects
        at a time, then the triples of its blank-node subjects in one query."""
        name = sparql_term(graph)
        rows: list[tuple[Identifier | None, ...]] = []
        for subjects in self._iri_pages(
            lambda last, page: (
                f"SELECT ?s WHERE {{ GRAPH {name} {{ ?s ?p ?o }} "
                f'FILTER(isIRI(?s) && STR(?s) > "{last}") }} GROUP BY ?s ORDER BY STR(?s) '
                f"LIMIT {page}"
            )
        ):
            rows += self._subject_rows(name, subjects)
        blank = f"SELECT ?s ?p ?o WHERE {{ GRAPH {name} {{ ?s ?p ?o }} FILTER(isBlank(?s)) }}"
        result, cut, _limit = self._query(blank)
        if cut is not None:
            raise StoreError(f"{_where(self.query_url)}: {cut}")
        return rows + list(result.rows)

    def _iri_pages(
        self, query: Callable[[str, int], str], after: str = ""
    ) -> Iterator[list[URIRef]]:
        """The IRIs of the first column of a keyset query, a page at a time: ``query(last,
        page)`` selects up to ``page`` rows sorting after ``last``. A page the server cuts
        at its row limit is asked again one row shorter (a full page of exactly the limit
        reads as cut); any other cut answer is an error."""
        page = _PAGE_ROWS
        while True:
            result, cut, limit = self._query(query(after, page))
            if cut is not None and limit is not None and 1 < limit <= page:
                page = limit - 1
                continue
            if cut is not None:
                raise StoreError(f"{_where(self.query_url)}: {cut}")
            found = [row[0] for row in result.rows if isinstance(row[0], URIRef)]
            if found:
                yield found
            if len(result.rows) < page or not found:
                return
            after = str(found[-1])

    def _subject_rows(
        self, name: str, subjects: Sequence[URIRef]
    ) -> list[tuple[Identifier | None, ...]]:
        """The triples of ``subjects`` in graph ``name``, as many subjects a query as the
        server's row limit lets through (one subject over the limit is an error)."""
        rows: list[tuple[Identifier | None, ...]] = []
        at, size = 0, _GRAPHS_PER_READ
        while at < len(subjects):
            chunk = subjects[at : at + size]
            values = " ".join(sparql_term(s) for s in chunk)
            result, cut, _limit = self._query(
                f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} GRAPH {name} {{ ?s ?p ?o }} }}"
            )
            if cut is not None and len(chunk) > 1:
                size = max(1, len(chunk) // 4)
                continue
            if cut is not None:
                raise StoreError(f"{_where(self.query_url)}: {cut}")
            rows += result.rows
            at += len(chunk)
        return rows

    def _request(
        self,
        url: str,
        *,
        data: bytes | None = None,
        method: str = "POST",
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> tuple[bytes, Message]:
        fields = dict(headers or {})
        if self._auth is not None:
            fields["Authorization"] = self._auth
        request = urllib.request.Request(url, data=data, method=method, headers=fields)
        wait = self.timeout if timeout is None else timeout
        try:
            with urllib.request.urlopen(request, timeout=wait) as response:
                self.server = response.headers.get("Server") or self.server
                return response.read(), response.headers
        except urllib.error.HTTPError as err:
            body = err.read().decode("utf-8", "replace")
            found = _VIRTUOSO_ERROR.search(body)  # its own line, inside an HTML page
            detail = _one_line(found.group(0) if found else body) or err.reason
            raise StoreError(f"{_where(url)}: HTTP {err.code}: {detail}") from err
        except urllib.error.URLError as err:
            reason = err.reason
            if isinstance(reason, ConnectionRefusedError):
                message = "connection refused; is the SPARQL server running? check --store"
            elif isinstance(reason, TimeoutError):
                message = f"no answer within {wait:g} s; check the server or --store"
            else:
                message = f"cannot connect ({_one_line(str(reason))}); check --store"
            raise StoreError(f"{_where(url)}: {message}") from err
        except TimeoutError as err:
            raise StoreError(
                f"{_where(url)}: no answer within {wait:g} s; check the server"
            ) from err
        except (OSError, HTTPException) as err:
            raise StoreError(f"{_where(url)}: connection failed ({_one_line(str(err))})") from err


def _max_rows(headers: Message) -> int | None:
    value = headers.get("X-SPARQL-MaxRows") or ""
    return int(value) if value.strip().isdigit() else None


def _cut(headers: Message, count: int) -> str | None:
    """Why the server cut its answer short, naming the setting to raise; None if it did not."""
    limit = _max_rows(headers)
    if limit is not None and count >= limit:
        return (
            f"the server cut the result at {limit} rows (X-SPARQL-MaxRows); raise "
            "ResultSetMaxRows in the [SPARQL] section of virtuoso.ini and restart it"
        )
    state = (headers.get("X-SQL-State") or "").strip()
    if state:
        message = _one_line(headers.get("X-SQL-Message") or state)
        return (
            f"the server returned a partial result ({message}); raise MaxQueryExecutionTime "
            "in the [SPARQL] section of virtuoso.ini, or narrow the query"
        )
    return None


def _where(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


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
