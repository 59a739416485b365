"""Time ``--infer rdfs`` (secgraph's one-pass RDFS rules) against owlrl's RDFS closure, and
``--infer owlrl``, on a built store; prints the figures (median of N runs), asserts nothing.

    python benchmarks/infer.py --build build --runs 3
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from rdflib import Graph

import secgraph as sg
from secgraph.queries._infer import close_owlrl, close_rdfs


def _median(runs: int, step: object) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, default=Path("build"), help="a built store's folder")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    store = sg.open_store("oxigraph", build_dir=args.build, read_only=True)
    union = sg.to_union_graph(store.to_dataset())
    store.close()

    def copy() -> Graph:
        graph = Graph()
        graph += union
        return graph

    def owlrl_rdfs() -> None:
        import owlrl

        owlrl.DeductiveClosure(
            owlrl.RDFS_Semantics, axiomatic_triples=False, datatype_axioms=False
        ).expand(copy())

    base = _median(args.runs, copy)
    print(f"graph: {len(union):,} triples; copying it: {base:.2f} s")
    for name, step in (
        ("secgraph rdfs (close_rdfs)", lambda: close_rdfs(copy())),
        ("owlrl RDFS_Semantics", owlrl_rdfs),
        ("owlrl OWLRL, Wikidata links kept out (close_owlrl)", lambda: close_owlrl(copy())),
    ):
        print(f"{name}: {_median(args.runs, step) - base:.2f} s (median of {args.runs})")


if __name__ == "__main__":
    main()
