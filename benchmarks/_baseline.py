"""The plain way, for comparison: rdflib and pySHACL on the build's quads, no secgraph code.

Each sub-command runs in its own process (started by ``run.py`` through ``_measure.py``) and
writes its phase timings to ``--report FILE`` as JSON (``load_s``, ``op_s``, and a count).

    python benchmarks/_baseline.py prepare DATA ONTOLOGY BUILD OUT.nq   (untimed set-up)
    python benchmarks/_baseline.py load QUADS
    python benchmarks/_baseline.py shacl QUADS SHAPES
    python benchmarks/_baseline.py turtle QUADS OUT.ttl
    python benchmarks/_baseline.py sparql QUADS QUERY.rq [--bind name:type=value ...]
    python benchmarks/_baseline.py sparql-all QUADS SPEC.json [--timeout S]

``load`` parses the quads into an in-memory ``rdflib.Dataset``; ``shacl`` validates the union
of all graphs with pySHACL; ``turtle`` serialises the union; ``sparql`` runs a saved query over
the union (``default_union``) with ``initBindings``; ``sparql-all`` parses once and runs every
query of ``SPEC.json`` (``[{"label", "query", "bind": [...]}]``) in turn, each with its own
time limit (a query over it is stopped and reported as timed out), so that at 100,000 articles
the 87 s parse is not paid fifteen times over. Only ``prepare`` uses secgraph: it writes the
build's dataset as N-Quads (``secgraph export``) so the other sub-commands have a plain file
to parse.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node, Variable

__all__ = ["main", "to_term"]

ID = "https://w3id.org/secgraph/id/"
AREA = "https://w3id.org/secgraph/area/"
THREAT = "https://w3id.org/secgraph/threat/"


def _load(path: str) -> tuple[Dataset, float]:
    started = time.perf_counter()
    dataset = Dataset(default_union=True)
    fmt = "nquads" if path.endswith(".nq") else "trig"
    dataset.parse(path, format=fmt)
    return dataset, time.perf_counter() - started


def _union(dataset: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def to_term(name: str, kind: str, value: str) -> Node:
    """The RDF term for a saved-query parameter of type ``kind`` (country, iri, string, ...).

    Countries are taken as ISO alpha-3 codes and CURIEs are expanded with the project's
    prefix table; no lookups in the graph (the plain way knows its IRIs).

    >>> to_term("country", "country", "PAK")
    rdflib.term.URIRef('https://w3id.org/secgraph/id/country/PAK')
    """
    if kind == "country":
        return URIRef(f"{ID}country/{value.upper()}")
    if kind == "iri":
        from secgraph.vocab import PREFIXES  # only the prefix table

        prefix, sep, rest = value.partition(":")
        if sep and prefix in PREFIXES and not rest.startswith("//"):
            return URIRef(PREFIXES[prefix] + rest)
        return URIRef(value.strip("<>"))
    if kind == "integer":
        return Literal(int(value), datatype=XSD.integer)
    if kind == "date":
        return Literal(value, datatype=XSD.date)
    return Literal(value)


def _prepare(data: str, ontology: str, build: str, out: str) -> dict[str, Any]:
    """Write the build's dataset as N-Quads: ``secgraph export`` from the built store when it
    can, else through the library in memory."""
    started = time.perf_counter()
    tmp = out + ".tmp"
    export = [
        sys.executable,
        "-m",
        "secgraph",
        "export",
        "--format",
        "nquads",
        "-o",
        tmp,
        "--build",
        build,
        "--ontology",
        ontology,
    ]
    if subprocess.run(export, capture_output=True).returncode == 0:
        os.replace(tmp, out)
        return {"source": "secgraph export", "prepare_s": time.perf_counter() - started}
    try:
        import secgraph as sg

        corpus = sg.read_facts(data, workers=os.cpu_count() or 1)
        dataset = sg.build_dataset(corpus, ontology=sg.read_ontology(ontology))
        source = "secgraph.build_dataset"
    except (ImportError, AttributeError, TypeError) as err:  # the library API moved on
        trig = Path(build) / "secgraph.trig"
        if not trig.is_file():
            raise SystemExit(f"cannot prepare quads: {err}; and no {trig}") from err
        dataset, _ = _load(str(trig))
        source = str(trig)
    dataset.serialize(tmp, format="nquads")
    os.replace(tmp, out)
    return {"source": source, "prepare_s": time.perf_counter() - started}


class _TimedOut(Exception):
    pass


def _bindings(items: list[str]) -> dict[Variable, Node]:
    bindings: dict[Variable, Node] = {}
    for item in items:
        key, _, value = item.partition("=")
        name, _, kind = key.partition(":")
        bindings[Variable(name)] = to_term(name, kind or "string", value)
    return bindings


def _run_query(dataset: Dataset, path: str, binds: list[str]) -> dict[str, Any]:
    bindings = _bindings(binds)
    rows = dataset.query(Path(path).read_text(encoding="utf-8"), initBindings=bindings or None)
    return {"count": len(list(rows)), "bindings": {str(k): str(v) for k, v in bindings.items()}}


def _sparql_all(dataset: Dataset, spec: list[dict[str, Any]], limit: float) -> dict[str, Any]:
    """Each query of ``spec`` over the one parsed dataset, stopped after ``limit`` seconds."""

    def alarm(_signum: int, _frame: Any) -> None:
        raise _TimedOut

    previous = signal.signal(signal.SIGALRM, alarm)
    out: dict[str, Any] = {}
    try:
        for item in spec:
            started = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, limit)
            try:
                result = {**_run_query(dataset, item["query"], item["bind"]), "status": "ok"}
            except _TimedOut:
                result = {"status": "timed out"}
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            result["op_s"] = time.perf_counter() - started
            out[item["label"]] = result
            print(
                f"    {item['label']}: {result['status']} {result['op_s']:.1f} s",
                file=sys.stderr,
                flush=True,
            )
    finally:
        signal.signal(signal.SIGALRM, previous)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", help="write phase timings here (JSON)")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("data")
    p.add_argument("ontology")
    p.add_argument("build")
    p.add_argument("out")
    sub.add_parser("load").add_argument("quads")
    p = sub.add_parser("shacl")
    p.add_argument("quads")
    p.add_argument("shapes")
    p = sub.add_parser("turtle")
    p.add_argument("quads")
    p.add_argument("out")
    p = sub.add_parser("sparql")
    p.add_argument("quads")
    p.add_argument("query")
    p.add_argument("--bind", action="append", default=[], metavar="NAME:TYPE=VALUE")
    p = sub.add_parser("sparql-all")
    p.add_argument("quads")
    p.add_argument("spec")
    p.add_argument("--timeout", type=float, default=900.0, help="seconds per query")
    args = parser.parse_args(argv)

    result: dict[str, Any]
    if args.cmd == "prepare":
        result = _prepare(args.data, args.ontology, args.build, args.out)
    else:
        dataset, load_s = _load(args.quads)
        started = time.perf_counter()
        if args.cmd == "load":
            result = {"count": len(dataset)}
        elif args.cmd == "shacl":
            from pyshacl import validate

            shapes = Graph().parse(args.shapes, format="turtle")
            conforms, _graph, _text = validate(
                _union(dataset), shacl_graph=shapes, inference="none", allow_warnings=True
            )
            result = {"conforms": bool(conforms)}
        elif args.cmd == "turtle":
            union = _union(dataset)
            for prefix, ns in dataset.namespaces():
                union.bind(prefix, ns, override=True)
            union.serialize(args.out, format="turtle")
            result = {"count": len(union)}
        elif args.cmd == "sparql-all":
            spec = json.loads(Path(args.spec).read_text(encoding="utf-8"))
            result = {"queries": _sparql_all(dataset, spec, args.timeout)}
        else:
            result = _run_query(dataset, args.query, args.bind)
        result["op_s"] = time.perf_counter() - started
        result["load_s"] = load_s
    if args.report:
        Path(args.report).write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
