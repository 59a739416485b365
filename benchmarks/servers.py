"""secgraph against real SPARQL servers: Oxigraph server and OpenLink Virtuoso, side by side.

For each server (a private instance on 127.0.0.1, started and stopped here; see
``tests/sparql_servers.py``): a full build of a generated corpus (with the test corpus's
event file, so that articles and events go in one commit) into it (``build --store``), an
incremental build with one article changed, every saved query (the parameters
``benchmarks/run.py`` uses) and every analysis projection, each compared with the embedded
Oxigraph store built from the same files (rows must be the same). Prints one table.

    python benchmarks/servers.py --articles 10000 --work /tmp/sg-servers [--servers virtuoso]
    python benchmarks/servers.py --data /tmp/c100k --work /tmp/sg-servers --servers oxigraph \
        --timeout 150 --build-only      # a corpus made before, a longer swap, builds only
    python benchmarks/servers.py --data /tmp/c100k --work /tmp/sg-servers --servers virtuoso \
        --timeout 240 --build-only --virtuoso-buffers 500000 --virtuoso-after-image 2147483647 \
        --virtuoso-query-mem 4G         # Virtuoso's ini for 100,000 articles

Needs the ``oxigraph`` binary (pip install oxigraph) and Debian's ``virtuoso-opensource``.
Times are wall clock, in one process, after a first untimed run of each query (warm caches).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(HERE), str(REPO / "tests")]

import networkx as nx  # noqa: E402
from generate import generate  # noqa: E402
from run import sample_values  # noqa: E402
from sparql_servers import (  # noqa: E402
    OXIGRAPH,
    VIRTUOSO,
    Server,
    start_oxigraph,
    start_virtuoso,
    virtuoso_bulk_load,
)

import secgraph as sg  # noqa: E402
from secgraph.queries import SavedQuery, format_result, read_queries, run_query  # noqa: E402

__all__ = ["main"]


def _params(query: SavedQuery, samples: dict[str, str]) -> dict[str, str]:
    return {
        p.name: samples[p.name]
        for p in query.params
        if (p.required or p.type in ("country", "iri")) and p.name in samples
    }


def _timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    fn()  # warm
    times, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), out


def _canonical(G: nx.Graph) -> tuple[list[object], list[object]]:
    nodes = sorted(
        (str(n), sorted((k, str(v)) for k, v in d.items())) for n, d in G.nodes(data=True)
    )
    edges = sorted(
        (*sorted((str(u), str(v))), sorted((k, str(x)) for k, x in d.items()))
        for u, v, d in G.edges(data=True)
    )
    return nodes, edges


def _bench_server(
    server: Server,
    data: Path,
    work: Path,
    embedded: sg.Store | None,
    queries: dict[str, SavedQuery],
    samples: dict[str, str],
    repeat: int,
    *,
    timeout: float | None = None,
    stage: str | None = None,
    build_only: bool = False,
) -> dict[str, tuple[float, str]]:
    out: dict[str, tuple[float, str]] = {}
    build = work / f"build-{server.name}"
    spec = _with_options(server, timeout, stage)
    onto = REPO / "ontology"
    try:
        start = time.perf_counter()
        result = sg.build_store(data, ontology_dir=onto, build_dir=build, store=spec, full=True)
        note = f"{result.stats.triples} triples; {'; '.join(result.notes)}"
        out["build (full)"] = (time.perf_counter() - start, note)
        article = sorted((data / "articles").glob("*.yaml"))[0]
        original = article.read_text("utf-8")
        article.write_text(original.replace("title:", "title: Changed", 1), "utf-8")
        try:
            start = time.perf_counter()
            result = sg.build_store(data, ontology_dir=onto, build_dir=build, store=spec)
            out["build (1 article changed)"] = (
                time.perf_counter() - start,
                "; ".join(result.notes),
            )
        finally:
            article.write_text(original, "utf-8")
        sg.build_store(data, ontology_dir=onto, build_dir=build, store=spec)
        start = time.perf_counter()
        sg.build_store(data, ontology_dir=onto, build_dir=build, store=spec)
        out["build (unchanged)"] = (time.perf_counter() - start, "up to date")
    except sg.SecgraphError as err:
        seconds = time.perf_counter() - start
        step = "build (1 article changed)" if "build (full)" in out else "build (full)"
        out.setdefault(step, (seconds, f"failed: {err}"[:160]))
        out.setdefault("build (1 article changed)", (float("nan"), "not run"))
        print(f"{server.name}: {step} failed: {err}", file=sys.stderr)
        if server.name != "virtuoso" or embedded is None:
            return out
        dump = work / "virtuoso" / "embedded.nq"  # measure the queries on a bulk load instead
        dump.write_bytes(embedded.serialize("nquads"))
        start = time.perf_counter()
        virtuoso_bulk_load(server, dump)
        out["bulk load (export instead)"] = (time.perf_counter() - start, "")
    if build_only or embedded is None:
        return out
    remote = sg.open_store(server.store, build_dir=build)
    for name, query in sorted(queries.items()):
        params = _params(query, samples)
        expected = format_result(run_query(embedded, query, params), "csv")
        try:
            seconds, got = _timed(lambda q=query, p=params: run_query(remote, q, p), repeat)
        except sg.SecgraphError as err:
            out[f"query {name}"] = (float("nan"), f"error: {err}"[:80])
            continue
        same = format_result(got, "csv") == expected  # type: ignore[arg-type]
        rows = expected.count("\n") - 1
        out[f"query {name}"] = (seconds, f"{rows} rows, {'same' if same else 'DIFFERENT'}")
    for projection in sorted(sg.PROJECTIONS):
        expected_graph = _canonical(sg.to_networkx(embedded, projection=projection))
        try:
            seconds, G = _timed(lambda p=projection: sg.to_networkx(remote, projection=p), 1)
        except sg.SecgraphError as err:
            out[f"projection {projection}"] = (float("nan"), f"error: {err}"[:80])
            continue
        same = _canonical(G) == expected_graph  # type: ignore[arg-type]
        note = f"{G.number_of_edges()} edges, {'same' if same else 'DIFFERENT'}"  # type: ignore[attr-defined]
        out[f"projection {projection}"] = (seconds, note)
    return out


def _with_options(server: Server, timeout: float | None, stage: str | None) -> str:
    """The server's spec with ``timeout=`` (the swap gets 20 times that) and ``stage=``."""
    spec = server.store if timeout is None else f"{server.store},timeout={timeout:g}"
    return spec if stage is None else f"{spec},stage={stage}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--work", type=Path, required=True, help="scratch folder (replaced)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per query (median)")
    parser.add_argument(
        "--servers", default="oxigraph,virtuoso", help="which servers, comma-separated"
    )
    parser.add_argument("--data", type=Path, help="an existing corpus to use (not copied)")
    parser.add_argument("--timeout", type=float, help="the store's timeout= (the swap: 20x)")
    parser.add_argument("--build-only", action="store_true", help="no queries or projections")
    parser.add_argument("--stage", choices=("auto", "load", "post"), help="the spec's stage=")
    parser.add_argument("--virtuoso-buffers", type=int, default=20_000, help="NumberOfBuffers")
    parser.add_argument(
        "--virtuoso-after-image",
        type=int,
        default=2_000_000_000,
        help="TransactionAfterImageLimit (bytes; at most 2147483647)",
    )
    parser.add_argument("--virtuoso-query-mem", default="1G", help="MaxQueryMem")
    args = parser.parse_args(argv)
    if OXIGRAPH is None or VIRTUOSO is None:
        print("needs the oxigraph binary and virtuoso-opensource", file=sys.stderr)
        return 2
    work: Path = args.work.resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    if args.data is not None:
        data = args.data.resolve()
        args.articles = len(list((data / "articles").glob("*.yaml")))
    else:
        data = generate(args.articles, work / "data")
    if not (data / "events").exists():
        shutil.copytree(REPO / "tests" / "data" / "corpus" / "events", data / "events")
    wanted = set(args.servers.split(","))
    load = [f"{os.getloadavg()[0]:.1f}"]
    embedded: sg.Store | None = None
    if not args.build_only:  # the answers the servers' are compared with
        start = time.perf_counter()
        sg.build_store(data, ontology_dir=REPO / "ontology", build_dir=work / "embedded")
        print(f"embedded build: {time.perf_counter() - start:.1f} s", file=sys.stderr)
        embedded = sg.open_store("oxigraph", build_dir=work / "embedded", read_only=True)
    queries = read_queries(REPO / "queries")
    samples = sample_values(data)
    results: dict[str, dict[str, tuple[float, str]]] = {}
    for name, start_server in (
        ("oxigraph", lambda: start_oxigraph(work / "oxigraph-db")),
        (
            "virtuoso",
            lambda: start_virtuoso(
                work / "virtuoso",
                max_seconds=0 if args.build_only else 600,
                buffers=args.virtuoso_buffers,
                after_image=args.virtuoso_after_image,
                query_mem=args.virtuoso_query_mem,
            ),
        ),
    ):
        if name not in wanted:
            results[name] = {}
            continue
        server = start_server()
        try:
            results[name] = _bench_server(
                server,
                data,
                work,
                embedded,
                queries,
                samples,
                args.repeat,
                timeout=args.timeout,
                stage=args.stage,
                build_only=args.build_only,
            )
        finally:
            server.stop()
        print(f"{name}: done", file=sys.stderr)
        load.append(f"{os.getloadavg()[0]:.1f}")
    if embedded is not None:
        embedded.close()
    print(f"{args.articles} articles; load average (1 min) at start and after each server: ")
    print(f"{', '.join(load)} on {os.cpu_count()} cores\n")
    print("| step | Oxigraph server s | | Virtuoso 7.2 s | |")
    print("|---|---:|---|---:|---|")
    steps = list(dict.fromkeys([*results["oxigraph"], *results["virtuoso"]]))
    for step in steps:
        a, an = results["oxigraph"].get(step, (float("nan"), ""))
        b, bn = results["virtuoso"].get(step, (float("nan"), ""))
        print(f"| {step} | {a:.2f} | {an} | {b:.2f} | {bn} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
