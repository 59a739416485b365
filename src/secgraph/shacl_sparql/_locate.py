"""Locating results: :class:`secgraph.validate.Locator`, as batched SPARQL."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from rdflib import BNode, URIRef
from rdflib.term import Node

from ..store import Store, sparql_term
from ..vocab import PROV, RDF, SG
from ._run import CHUNK, CHUNK_SCAN, SCAN_FROM, _Answer, _select_all

__all__ = ["locate"]


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
    """File and line of each node, as :class:`secgraph.validate.Locator` finds them.

    Where the Locator takes an arbitrary one of several candidates (the fact citing an
    evidence node, a sourceLine, a delegation's meeting and its article), this takes the
    smallest. Over an OxigraphStore, up to ``workers`` queries run at once.
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
            source = min(info["derived"][min(info["derived"])])
        elif str(SG.Delegation) in info["types"] and info["meeting"]:
            article = min(a for a, _file in info["meeting"])
            files = [fl for a, fl in info["meeting"] if a == article and fl is not None]
            source = min(files, default=None)
        if source is not None:
            out[node] = (source, line)
        elif str(SG.Country) in info["types"]:
            out[node] = (f"{reference_file}/countries.csv", line)
        else:
            out[node] = (reference_file, line)
    return out


def _chunked(
    store: Store,
    queries: Sequence[tuple[str, Sequence[str], str]],
    nodes: Sequence[str],
    workers: int,
) -> list[_Answer]:
    """Every query of :data:`_FACT_QUERIES` form for every chunk of ``nodes``, as :func:`_text`.

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
