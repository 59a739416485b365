"""The one locator: the fact file and line of each result's focus node, read from a store.

Both engines locate their results here (the pySHACL engine over an in-memory copy of the data
it validated), so a result has the same file and line whichever engine found it.

The rule. Facts carry ``prov:wasDerivedFrom`` their article (which has ``sg:sourceFile``) and
``sg:sourceLine``; the subject located is the focus node itself, except that an ``sg:Evidence``
node is located through the fact that cites it (the smallest such fact IRI, when several do).
The file is the first of these that gives any, and where one gives several (an official that
two articles define) the smallest file name in sorted order:

1. the subject is an ``sg:Article``: its own ``sg:sourceFile``;
2. the files of the articles the subject ``prov:wasDerivedFrom``;
3. the subject is an ``sg:Delegation``: the files of the articles its ``sg:atMeeting`` meeting
   was derived from;
4. otherwise ``reference/countries.csv`` for an ``sg:Country``, else ``reference``.

The line is the smallest ``sg:sourceLine`` of the subject (0 when it has none). The union of
the graphs does not say which article's statement a line came from, so with several articles
it is the smallest line of any of them, not necessarily of the file chosen. Sorting makes the
answer deterministic; earlier versions took an arbitrary candidate in one engine and the
smallest in the other.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from rdflib import BNode, URIRef
from rdflib.term import Node

from ..store import Store, sparql_term
from ..vocab import PROV, RDF, SG
from ._report import ValidationResult
from ._run import CHUNK, CHUNK_SCAN, SCAN_FROM, _Answer, _select_all
from ._terms import curie

__all__ = ["locate", "located"]

#: An engine's raw result: the focus node and the fields of its ValidationResult but
#: file, line and focus (severity, message, path, value, constraint, shape).
RawResult = tuple[Node, dict[str, Any]]


# What the Locator reads about a node ?s: (variables, patterns joined with the nodes, the rest).
# Separate queries, not one UNION: fewer unbound columns to read, and they run in parallel.
# (Not ``VALUES ?p { ... } ?s ?p ?o`` either: Oxigraph plans that join badly, minutes.)
# Types are read and tested in Python: Oxigraph joins a VALUES table fast with a pattern whose
# object is a variable, slowly with one whose object is a constant (``?s a sg:Evidence``).
_FACT_QUERIES = {
    "line": ("?s ?line", [f"?s <{SG.sourceLine}> ?line"], ""),
    "type": ("?s ?type", [f"?s <{RDF.type}> ?type"], ""),
    "own": ("?s ?own", [f"?s <{SG.sourceFile}> ?own"], ""),
    "derived": (
        "?s ?derived ?file",
        [f"?s <{PROV.wasDerivedFrom}> ?derived", f"?derived <{SG.sourceFile}> ?file"],
        "",
    ),
    "meeting": (
        "?s ?meeting ?mfile",
        [f"?s <{SG.atMeeting}> ?m"],
        f"?m <{PROV.wasDerivedFrom}> ?meeting . OPTIONAL {{ ?meeting <{SG.sourceFile}> ?mfile }}",
    ),
}
_CITED = ("?s ?fact", [f"?fact <{SG.evidence}> ?s"], "")


def _fact_query(select: str, patterns: Sequence[str], rest: str, *, scan: bool) -> str:
    """A location query; ``# secgraph:nodes`` is to become ``VALUES ?s { ... }``.

    With ``scan``, each pattern is a subquery: Oxigraph hash-joins a subquery with the VALUES
    table (one scan of the property) where it would look a plain pattern up once per node
    (a RocksDB seek each: three times slower from a few thousand nodes on).
    """
    joined = [f"{{ SELECT * WHERE {{ {p} }} }}" if scan else f"{p} ." for p in patterns]
    return f"SELECT {select} WHERE {{\n  # secgraph:nodes\n  {'  '.join(joined)}\n  {rest}\n}}"


def _empty() -> dict[str, Any]:
    return {"types": set(), "derived": {}, "own": set(), "lines": [], "meeting": []}


def _facts(
    store: Store, nodes: Iterable[str], facts: dict[str, dict[str, Any]], workers: int
) -> None:
    """Read what the Locator needs about ``nodes`` (IRIs) into ``facts``."""
    todo = sorted(n for n in set(nodes) if n not in facts)
    for n in todo:
        facts[n] = _empty()
    kinds = list(_FACT_QUERIES)
    answers = _chunked(store, list(_FACT_QUERIES.values()), todo, workers)
    for i, (_variables, rows) in enumerate(answers):
        kind = kinds[i % len(kinds)]
        for s, *values in rows:
            info = facts[s]
            if kind == "line":
                info["lines"].append(int(values[0]))
            elif kind == "type":
                info["types"].add(values[0])
            elif kind == "own":
                info["own"].add(values[0])
            elif kind == "derived":
                info["derived"].setdefault(values[0], set()).add(values[1])
            else:
                info["meeting"].append((values[0], values[1]))


def locate(
    store: Store, nodes: Iterable[Node], *, reference_file: str = "reference", workers: int = 1
) -> dict[Node, tuple[str, int]]:
    """File and line of each node, by the rule of the module docstring.

    A few queries per :data:`CHUNK` nodes (per :data:`CHUNK_SCAN` from :data:`SCAN_FROM` nodes
    on); over an OxigraphStore, up to ``workers`` queries run at once.
    """
    nodes = set(nodes)
    named = {str(n): n for n in nodes if not isinstance(n, BNode)}
    facts: dict[str, dict[str, Any]] = {}
    _facts(store, named, facts, workers)
    subject = {n: n for n in named}
    evidence = sorted(n for n in named if str(SG.Evidence) in facts[n]["types"])
    for _variables, rows in _chunked(store, [_CITED], evidence, workers):
        for f, fact in rows:
            if subject[f] == f or fact < subject[f]:
                subject[f] = fact
    _facts(store, subject.values(), facts, workers)
    out: dict[Node, tuple[str, int]] = {}
    for node in nodes:
        info = facts[subject[str(node)]] if str(node) in named else _empty()
        line = min(info["lines"], default=0)
        source: str | None = None
        if str(SG.Article) in info["types"]:
            source = min(info["own"], default=None)
        elif info["derived"]:
            source = min(f for files in info["derived"].values() for f in files)
        elif str(SG.Delegation) in info["types"] and info["meeting"]:
            source = min((f for _article, f in info["meeting"] if f is not None), default=None)
        if source is not None:
            out[node] = (source, line)
        elif str(SG.Country) in info["types"]:
            out[node] = (f"{reference_file}/countries.csv", line)
        else:
            out[node] = (reference_file, line)
    return out


def located(
    store: Store, raw: Sequence[RawResult], *, workers: int = 1
) -> tuple[ValidationResult, ...]:
    """Raw results as sorted ValidationResults, each with the file and line of its focus node
    (:func:`locate` over ``store``, which holds the data validated).

    A value equal to the focus node (a node shape reports ``$this`` as its value) is left out.
    """
    where = locate(store, {f for f, _ in raw}, workers=workers)
    out = []
    for node, fields in raw:
        file, line = where[node]
        focus = curie(node)
        if fields["value"] == focus:
            fields = {**fields, "value": None}
        out.append(ValidationResult(file=file, line=line, focus=focus, **fields))
    return tuple(sorted(out))


def _chunked(
    store: Store,
    queries: Sequence[tuple[str, Sequence[str], str]],
    nodes: Sequence[str],
    workers: int,
) -> list[_Answer]:
    """Every query of :data:`_FACT_QUERIES` form for every chunk of ``nodes``, as text
    (:func:`secgraph.store.term_text`).

    The answers come chunk by chunk, each in the order of ``queries``.
    """
    iris = [n for n in nodes if not n.startswith("_:")]  # a blank node has no facts to read
    scan = len(iris) >= SCAN_FROM
    size = CHUNK_SCAN if scan else CHUNK
    texts = [_fact_query(*q, scan=scan) for q in queries]
    sparqls: list[str] = []
    for i in range(0, len(iris), size):
        terms = " ".join(sparql_term(URIRef(n)) for n in iris[i : i + size])
        sparqls.extend(
            text.replace("# secgraph:nodes", f"VALUES ?s {{ {terms} }}") for text in texts
        )
    return _select_all(store, sparqls, None, workers=workers)
