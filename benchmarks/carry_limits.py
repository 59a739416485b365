"""What one carried swap request (``stage=load``'s ``INSERT DATA``) takes on Virtuoso.

For each shape (graphs x triples a graph) a private Virtuoso (``tests/sparql_servers.py``)
is sent the swap secgraph sends with ``stage=load``: the graphs it replaces dropped one
``DROP`` at a time (an incremental build) or in one operation (a full build), then the
change as one ``INSERT DATA``. Printed: the request's size, whether Virtuoso took it (else its
error code), and whether a graph the request would have replaced was still whole after a
refusal. These are the measurements behind ``src/secgraph/store/_staging.py``'s limits.

    python benchmarks/carry_limits.py --work /tmp/sg-carry 1x30000 500x40 1000x40 18x5000 20x5000
    python benchmarks/carry_limits.py --work /tmp/sg-carry --after-image 1000000 50x100 100x100
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "tests")]

from rdflib import Literal, URIRef  # noqa: E402
from sparql_servers import VIRTUOSO, start_virtuoso  # noqa: E402

from secgraph.errors import StoreError  # noqa: E402
from secgraph.store import RemoteStore  # noqa: E402

__all__ = ["main"]

_G = "https://w3id.org/secgraph/graph/probe"
_ID = "https://w3id.org/secgraph/id"


def _graphs(count: int, size: int, tag: str) -> dict[URIRef, list[tuple[URIRef, URIRef, object]]]:
    """``count`` graphs of ``size`` triples shaped like an article's (IRIs and short text)."""
    out: dict[URIRef, list[tuple[URIRef, URIRef, object]]] = {}
    for g in range(count):
        triples: list[tuple[URIRef, URIRef, object]] = []
        for i in range(size):
            s = URIRef(f"{_ID}/m{g}x{i // 5}")
            p = URIRef(f"https://w3id.org/secgraph/ont#p{i % 7}")
            o = Literal(f"value {g} {i} with some words") if i % 2 else URIRef(f"{_ID}/o{i}")
            triples.append((s, p, o))
        out[URIRef(f"{_G}/{tag}/{g}")] = triples
    return out


def _count(store: RemoteStore, tag: str) -> int:
    where = f'GRAPH ?g {{ ?s ?p ?o }} FILTER(CONTAINS(STR(?g), "/{tag}/"))'
    rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}").rows
    return int(str(rows[0][0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shapes", nargs="+", help="GRAPHSxTRIPLES, e.g. 500x40")
    parser.add_argument("--work", type=Path, required=True, help="scratch folder (replaced)")
    parser.add_argument("--after-image", type=int, default=2_000_000_000)
    args = parser.parse_args(argv)
    if VIRTUOSO is None:
        print("needs virtuoso-opensource", file=sys.stderr)
        return 2
    shutil.rmtree(args.work, ignore_errors=True)
    server = start_virtuoso(args.work, after_image=args.after_image)
    sizes: list[int] = []
    update = RemoteStore.update

    def measured(self: RemoteStore, sparql: str, **kw: object) -> None:
        sizes.append(len(sparql.encode("utf-8")))
        update(self, sparql, **kw)  # type: ignore[arg-type]

    RemoteStore.update = measured  # type: ignore[method-assign]
    print(f"TransactionAfterImageLimit {args.after_image}\n")
    print("| graphs x triples | full build? | request MB | s | result | replaced graph |")
    print("|---|---|---:|---:|---|---|")
    try:
        url = server.url
        store = RemoteStore(f"{url}/sparql", f"{url}/sparql", f"{url}/sparql-graph-crud")
        store.stage = "load"
        for shape in args.shapes:
            count, size = (int(x) for x in shape.split("x"))
            for clear in (False, True):
                store.replace_graphs(_graphs(2, 10, "keep"))  # what the swap replaces
                before = _count(store, "keep")
                change = {**_graphs(2, 12, "keep"), **_graphs(count, size, shape)}
                sizes.clear()
                start = time.perf_counter()
                try:
                    store.replace_graphs(change, clear=clear)
                    result = "taken"
                except StoreError as err:
                    codes = [c for c in ("SP030", "SP031", "SR578", "SR325") if c in str(err)]
                    result = f"refused ({', '.join(codes) or str(err)[:60]})"
                seconds = time.perf_counter() - start
                after = _count(store, "keep")
                kept = "new" if after != before else "as before, whole"
                carried = max(sizes) / 1e6 if sizes else 0.0
                print(
                    f"| {shape} | {'yes' if clear else 'no'} | {carried:.1f} | {seconds:.1f} "
                    f"| {result} | {kept} |"
                )
    finally:
        RemoteStore.update = update  # type: ignore[method-assign]
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
