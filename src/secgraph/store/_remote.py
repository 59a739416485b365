"""A remote SPARQL 1.1 endpoint (Protocol, Update, Graph Store Protocol): :class:`RemoteStore`."""

from __future__ import annotations

import contextlib
import json
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from http.client import HTTPException
from typing import Any
from xml.sax import SAXException

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Identifier

from ..errors import StoreError
from ._memory import _bound, _new_dataset, _rdflib_serialize
from ._protocol import TMP_GRAPH_PREFIX, QueryResult, Triple
from ._terms import XSD_STRING, _one_line, sparql_term, to_oxigraph, with_prefixes, with_values

__all__ = ["RemoteStore"]

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

    joins_subselects = False  # see Store.joins_subselects

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
        try:  # a server that says JSON and sends something else is a server error
            if mime in ("application/sparql-results+json", "application/json"):
                return _from_json_results(json.loads(body.decode("utf-8")))
            if mime in _RDF_TYPES:
                graph = _bound(Graph())
                graph.parse(data=body.decode("utf-8"), format=_RDF_TYPES[mime])
                return QueryResult(kind="graph", graph=graph)
        except (ValueError, KeyError, TypeError, AttributeError, SyntaxError, SAXException) as err:
            raise StoreError(
                f"{_where(self.query_url)}: the server's answer is not valid {mime} "
                f"({_one_line(str(err))[:120]}); check the server or --store"
            ) from err
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
