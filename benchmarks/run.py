"""Benchmark secgraph against the plain rdflib / pySHACL way on a generated corpus.

Every step runs in a fresh process, started through ``_measure.py``, which reports the wall
time and the peak resident memory of that one child. Steps whose command is missing from the
CLI at run time are reported as skipped; steps that run past ``--timeout`` are killed (their
process group) and reported as timed out. Nothing is asserted about speed.

    python benchmarks/run.py --articles 1000 --json benchmarks/results/1000.json
    python benchmarks/run.py --articles 10000 --data /tmp/sg-10k --keep /tmp/sg-10k-work

secgraph steps: build (full, into a fresh folder), build after one changed article, validate,
each saved query in queries/ (``secgraph query run NAME``), Turtle export, centrality, HTML
picture. Baseline steps, on the same data in the same run: rdflib Dataset parse of the build's
N-Quads, pySHACL on the union graph, rdflib Turtle serialisation, rdflib SPARQL of each saved
query (by default all in one process that parses the dump once: a query's baseline is that
parse plus the query; ``--baseline-queries fresh`` parses again for each). ``ratio`` is
secgraph time / baseline time (above 1: secgraph is slower).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Step", "main"]

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PY = sys.executable
DEFAULT_PARAMS = {  # saved-query parameters by name, when the query gives no default
    "country": "PAK",
    "partner": "USA",
    "other": "USA",
    "a": "PAK",
    "b": "USA",
    "area": "counter-terrorism",
    "threat": "terrorism",
    "year": "2015",
    "from": "2010-01-01",
    "start": "2010-01-01",
    "since": "2010-01-01",
    "to": "2020-12-31",
    "end": "2020-12-31",
    "until": "2020-12-31",
    "limit": "20",
    "top": "20",
    "k": "20",
}


@dataclass
class Step:
    """One row of the results: a secgraph step and, where there is one, its plain baseline."""

    step: str
    articles: int
    secgraph_s: float | None = None
    baseline_s: float | None = None
    peak_mb: float | None = None
    baseline_peak_mb: float | None = None
    status: str = "ok"  # ok | skipped | timed out | failed (exit N)
    baseline_status: str | None = None
    note: str = ""
    command: str = ""
    baseline_detail: dict[str, Any] = field(default_factory=dict)

    def record(self) -> dict[str, Any]:
        return asdict(self)


class Results(list[Step]):
    """The rows so far; written to the JSON file after every change, so a long run that is
    stopped still leaves the figures it got."""

    def __init__(self, path: str | None) -> None:
        super().__init__()
        self.path = Path(path) if path else None

    def append(self, step: Step) -> None:
        super().append(step)
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps([s.record() for s in self], indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, self.path)


class Runner:
    def __init__(self, work: Path, timeout: float, *, verbose: bool = True) -> None:
        self.work = work
        self.timeout = timeout
        self.logs = work / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        self.verbose = verbose
        self.n = 0

    def say(self, text: str) -> None:
        if self.verbose:
            print(text, file=sys.stderr, flush=True)

    def measure(self, name: str, command: list[str]) -> dict[str, Any]:
        """Run ``command`` (cwd = work dir) in a fresh wrapper process; wall time, peak, status."""
        self.n += 1
        tag = f"{self.n:02d}-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        report = self.logs / f"{tag}.json"
        out, err = self.logs / f"{tag}.out", self.logs / f"{tag}.err"
        report.unlink(missing_ok=True)
        # ``python -m secgraph`` is the console script's entry point without the launcher a
        # version manager may put in front of it (pyenv's shim is a bash script: +0.2 s a run)
        run = [PY, "-m", "secgraph", *command[1:]] if command[:1] == ["secgraph"] else command
        wrapper = [PY, str(HERE / "_measure.py"), str(report), str(out), str(err), "--", *run]
        self.say(f"  {name}: {' '.join(command)}")
        started = time.perf_counter()
        proc = subprocess.Popen(wrapper, cwd=self.work, start_new_session=True)
        try:
            proc.wait(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the wrapper's own session: only what we started
            proc.wait()
            self.say(f"    timed out after {self.timeout:.0f} s")
            return {
                "status": f"timed out (> {self.timeout:.0f} s)",
                "wall_s": None,
                "peak_mb": None,
                "log": str(err),
            }
        if not report.is_file():
            return {
                "status": "failed (no report)",
                "wall_s": time.perf_counter() - started,
                "peak_mb": None,
                "log": str(err),
            }
        result = json.loads(report.read_text(encoding="utf-8"))
        status = "ok" if result["rc"] == 0 else f"failed (exit {result['rc']})"
        self.say(f"    {status}: {result['wall_s']:.2f} s, {result['peak_mb']:.0f} MB")
        return {**result, "status": status, "log": str(err), "stdout": str(out)}

    def help_text(self, *words: str) -> str | None:
        """``secgraph WORDS --help`` (None when that command does not exist)."""
        proc = subprocess.run(
            ["secgraph", *words, "--help"],
            cwd=self.work,
            capture_output=True,
            text=True,
            timeout=120,
        )
        return proc.stdout if proc.returncode == 0 else None


def _option_default(help_text: str, option: str) -> str | None:
    flat = " ".join(help_text.split())
    match = re.search(re.escape(option) + r"\b[^\[]*?\[default: ([^\]]+)\]", flat)
    return match.group(1).strip() if match else None


def _tail(path: str, n: int = 3) -> str:
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return ""
    return " | ".join(lines[-n:])[-300:]


@dataclass(frozen=True)
class QueryParam:
    name: str
    type: str  # country | iri | string | integer | date
    required: bool
    default: str | None


def read_saved_queries(queries_dir: Path) -> list[tuple[str, Path, list[QueryParam]]]:
    """(name, path, params) for each ``*.rq``, from its header lines
    ``# param: NAME TYPE required|-|DEFAULT description``."""
    out = []
    for path in sorted(queries_dir.glob("*.rq")):
        params: list[QueryParam] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r"#\s*param\s*:\s*(\w+)\s+(\w+)\s+(\S+)", line)
            if match:
                name, kind, flag = match.groups()
                params.append(
                    QueryParam(
                        name, kind, flag == "required", None if flag in ("required", "-") else flag
                    )
                )
        out.append((path.stem, path, params))
    return out


def sample_values(data: Path) -> dict[str, str]:
    """Parameter values that exist in the generated data: a PAK official, an article, ..."""
    values = dict(DEFAULT_PARAMS)
    articles = sorted((data / "articles").glob("*.yaml"))
    if articles:
        values["article"] = articles[0].stem
    officials = (data / "reference" / "officials.yaml").read_text(encoding="utf-8")
    match = re.search(r"(?m)^- id: (\S+)\n  name: .*\n  country: PAK$", officials)
    if match:
        values["fact"] = f"official:{match.group(1)}"
        values["official"] = f"official:{match.group(1)}"
    dialogues = (data / "reference" / "dialogues.yaml").read_text(encoding="utf-8")
    match = re.search(r"(?m)^- id: (\S*pak\S*)$", dialogues) or re.search(
        r"(?m)^- id: (\S+)$", dialogues
    )
    if match:
        values["dialogue"] = f"dialogue:{match.group(1)}"
    values["threat"] = "threat:terrorism"
    values["area"] = "area:counter-terrorism"
    return values


def _param_value(p: QueryParam, samples: dict[str, str], overrides: dict[str, str]) -> str | None:
    """The value to pass: an override, else a sample for required parameters and for optional
    country/IRI filters, else nothing (the query's own default applies)."""
    if p.name in overrides:
        return overrides[p.name]
    if p.required or p.type in ("country", "iri"):
        return samples.get(p.name) or p.default
    return None


def _query_param_args(help_text: str, params: dict[str, str]) -> list[str]:
    flat = " ".join(help_text.split())
    for flag in ("--param", "--bind", "--set", "-p"):
        if re.search(rf"(^|\s){re.escape(flag)}\b", flat):
            return [arg for k, v in params.items() for arg in (flag, f"{k}={v}")]
    return [f"{k}={v}" for k, v in params.items()]  # positional NAME=VALUE


def _edit_one_article(data: Path) -> str:
    """Change one fact file (toggle a title suffix), so a rebuild has one changed article."""
    paths = sorted((data / "articles").glob("*.yaml"))
    path = paths[len(paths) // 2]
    text = path.read_text(encoding="utf-8")
    marker = " (edited for the benchmark)"
    if marker in text:
        text = text.replace(marker, "")
    else:
        text = re.sub(r'(?m)^(  title: ".*)"$', lambda m: m.group(1) + marker + '"', text, count=1)
    path.write_text(text, encoding="utf-8")
    return path.name


def run(args: argparse.Namespace) -> Results:
    n = args.articles
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix=f"secgraph-bench-{n}-"))
    work.mkdir(parents=True, exist_ok=True)
    r = Runner(work, args.timeout)
    steps = Results(args.json)
    wanted = set(args.steps) if args.steps else None

    def want(key: str) -> bool:
        return wanted is None or key in wanted

    # --- data ----------------------------------------------------------------------------
    data = work / "data"
    if args.data:
        src = Path(args.data).resolve()
        if not (src / "articles").is_dir():
            r.say(f"generating {n} articles into {src}")
            subprocess.run(
                [
                    PY,
                    str(HERE / "generate.py"),
                    "--articles",
                    str(n),
                    "--out",
                    str(src),
                    "--seed",
                    str(args.seed),
                ],
                check=True,
            )
        if data.is_symlink() or data.exists():
            data.unlink() if data.is_symlink() else shutil.rmtree(data)
        data.symlink_to(src, target_is_directory=True)
        n = len(list((src / "articles").glob("*.yaml")))
    else:
        r.say(f"generating {n} articles into {data}")
        started = time.perf_counter()
        subprocess.run(
            [
                PY,
                str(HERE / "generate.py"),
                "--articles",
                str(n),
                "--out",
                str(data),
                "--seed",
                str(args.seed),
            ],
            check=True,
        )
        r.say(f"  generated in {time.perf_counter() - started:.1f} s")
    ontology = REPO / "ontology"
    build = work / "build"
    if build.exists():
        shutil.rmtree(build)

    # --- secgraph: build -----------------------------------------------------------------
    build_help = r.help_text("build") or ""
    store_args: list[str] = []
    store = _option_default(build_help, "--store") if "--store" in build_help else None
    if args.store:
        store_args = ["--store", args.store]
        store = args.store
    store_label = store or "memory (rdflib; TriG + Turtle files)"
    r.say(f"secgraph steps (store: {store_label}) in {work}")
    base_build = [
        "secgraph",
        "build",
        "data",
        "--out",
        "build",
        "--ontology",
        str(ontology),
        *store_args,
    ]
    full: dict[str, Any] = {}
    if want("build"):
        full = r.measure("build", base_build)
        steps.append(_row("build (full)", n, full, base_build, note=f"store: {store_label}"))
    if want("incremental"):
        if not (build.exists() and any(build.iterdir())):
            steps.append(
                Step(
                    "build (1 article changed)", n, status="skipped", note="no full build to update"
                )
            )
        else:
            changed = _edit_one_article(data)
            cmd = list(base_build)
            note = f"rebuild after editing {changed}; store: {store_label}"
            if "--incremental" in build_help:
                cmd.append("--incremental")
                note += "; --incremental"
            elif "manifest" in build_help:
                note += "; incremental by default (manifest)"
            res = r.measure("build (1 article changed)", cmd)
            steps.append(_row("build (1 article changed)", n, res, cmd, note=note))

    # --- secgraph: validate --------------------------------------------------------------
    if want("validate"):
        cmd = ["secgraph", "validate", "data", "--ontology", str(ontology)]
        steps.append(_row("validate", n, r.measure("validate", cmd), cmd))

    # --- secgraph: saved queries ---------------------------------------------------------
    queries = read_saved_queries(REPO / "queries")
    run_help = r.help_text("query", "run")
    query_rows: list[tuple[Step, Path, dict[str, str], dict[str, str]]] = []
    overrides = dict(item.split("=", 1) for item in args.param)
    samples = sample_values(data)
    if want("query"):
        if not queries:
            steps.append(
                Step(
                    "query (saved queries)", n, status="skipped", note="no queries/*.rq at run time"
                )
            )
        for name, path, declared in queries:
            params = {
                p.name: v
                for p in declared
                if (v := _param_value(p, samples, overrides)) is not None
            }
            types = {p.name: p.type for p in declared}
            label = f"query {name}"
            if run_help is None:
                row = Step(
                    label, n, status="skipped", note="'secgraph query run' missing at run time"
                )
            else:
                cmd = ["secgraph", "query", "run", name, *_query_param_args(run_help, params)]
                if "--build" in run_help:
                    cmd += ["--build", "build"]
                if store_args and "--store" in run_help:
                    cmd += store_args
                row = _row(
                    label,
                    n,
                    r.measure(label, cmd),
                    cmd,
                    note=", ".join(f"{k}={v}" for k, v in params.items()),
                )
            steps.append(row)
            query_rows.append((row, path, params, types))

    # --- secgraph: export, centrality, picture -------------------------------------------
    optional = [
        (
            "export",
            "export turtle",
            ("export",),
            ["secgraph", "export", "--format", "turtle", "-o", "export.ttl"],
        ),
        (
            "centrality",
            "analyze centrality",
            ("analyze", "centrality"),
            ["secgraph", "analyze", "centrality"],
        ),
        (
            "viz",
            "viz country-official",
            ("viz",),
            ["secgraph", "viz", "country-official", "-o", "country-official.html"],
        ),
    ]
    export_row: Step | None = None
    for key, label, words, cmd in optional:
        if not want(key):
            continue
        help_text = r.help_text(*words)
        if help_text is None:
            row = Step(
                label, n, status="skipped", note=f"'secgraph {' '.join(words)}' missing at run time"
            )
        else:
            if "--build" in help_text:
                cmd = [*cmd, "--build", "build"]
            if store_args and "--store" in help_text:
                cmd = [*cmd, *store_args]
            row = _row(label, n, r.measure(label, cmd), cmd)
        steps.append(row)
        if key == "export":
            export_row = row

    # --- baselines: rdflib and pySHACL on the same data ----------------------------------
    if not args.no_baseline:
        quads = work / "baseline.nq"
        r.say("baseline set-up (untimed): writing the build's dataset as N-Quads")
        prep = r.measure(
            "baseline prepare",
            [
                PY,
                str(HERE / "_baseline.py"),
                "--report",
                str(work / "logs" / "prepare.json"),
                "prepare",
                "data",
                str(ontology),
                "build",
                str(quads),
            ],
        )
        prepared = prep["status"] == "ok" and quads.is_file()
        prep_note = _tail(prep.get("log", "")) if not prepared else ""

        def baseline(row: Step | None, label: str, sub: list[str]) -> None:
            if row is None:
                row = Step(label, n, status="skipped", note="no secgraph step")
                steps.append(row)
            if not prepared:
                row.baseline_status = f"skipped (no quads: {prep['status']}) {prep_note}".strip()
                steps.save()
                return
            report = work / "logs" / f"baseline-{re.sub(r'[^a-z0-9]+', '-', label.lower())}.json"
            report.unlink(missing_ok=True)
            res = r.measure(
                f"baseline {label}", [PY, str(HERE / "_baseline.py"), "--report", str(report), *sub]
            )
            row.baseline_status = res["status"]
            if res["status"] == "ok":
                row.baseline_s = res["wall_s"]
                row.baseline_peak_mb = res["peak_mb"]
                if report.is_file():
                    row.baseline_detail = json.loads(report.read_text(encoding="utf-8"))
            elif not res["status"].startswith("timed out"):
                row.baseline_detail = {"error": _tail(res["log"])}
            steps.save()

        by_step = {s.step: s for s in steps}
        if want("build"):
            baseline(by_step.get("build (full)"), "build (full)", ["load", str(quads)])
        if want("validate"):
            baseline(
                by_step.get("validate"),
                "validate",
                ["shacl", str(quads), str(ontology / "shapes.ttl")],
            )
        if want("query") and args.baseline_queries == "fresh":
            for row, path, params, types in query_rows:
                binds = [
                    a
                    for k, v in params.items()
                    for a in ("--bind", f"{k}:{types.get(k, 'string')}={v}")
                ]
                baseline(row, row.step, ["sparql", str(quads), str(path), *binds])
        elif want("query") and query_rows:
            _shared_query_baselines(
                r,
                steps,
                query_rows,
                quads,
                prepared,
                prep_note,
                limit=args.baseline_query_timeout or args.timeout,
            )
        if want("export"):
            baseline(
                export_row or by_step.get("export turtle"),
                "export turtle",
                ["turtle", str(quads), str(work / "baseline.ttl")],
            )

    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return steps


def _shared_query_baselines(
    r: Runner,
    steps: Results,
    query_rows: list[tuple[Step, Path, dict[str, str], dict[str, str]]],
    quads: Path,
    prepared: bool,
    prep_note: str,
    *,
    limit: float,
) -> None:
    """Every saved query the plain way in ONE process: parse once, then each query in turn.

    A row's baseline is that parse plus its query, which is what a fresh process would pay
    (less interpreter start-up); the peak is the shared process's. A query past ``limit``
    seconds is stopped and shown as ``timed out (> parse + limit)``.
    """
    if not prepared:
        for row, *_ in query_rows:
            row.baseline_status = f"skipped (no quads) {prep_note}".strip()
        steps.save()
        return
    spec = [
        {
            "label": row.step,
            "query": str(path),
            "bind": [f"{k}:{types.get(k, 'string')}={v}" for k, v in params.items()],
        }
        for row, path, params, types in query_rows
    ]
    spec_path = r.logs / "baseline-queries.json"
    spec_path.write_text(json.dumps(spec, indent=2), encoding="utf-8")
    report = r.logs / "baseline-queries-report.json"
    report.unlink(missing_ok=True)
    res = r.measure(
        "baseline queries (one parse)",
        [
            PY,
            str(HERE / "_baseline.py"),
            "--report",
            str(report),
            "sparql-all",
            str(quads),
            str(spec_path),
            "--timeout",
            str(limit),
        ],
    )
    detail = json.loads(report.read_text(encoding="utf-8")) if report.is_file() else {}
    load_s = detail.get("load_s")
    for row, *_ in query_rows:
        one = detail.get("queries", {}).get(row.step)
        if res["status"] != "ok" or one is None or load_s is None:
            row.baseline_status = res["status"] if res["status"] != "ok" else "failed (no report)"
            row.baseline_detail = {"error": _tail(res["log"])}
            continue
        row.baseline_detail = {"load_s": load_s, **one, "shared_parse": True}
        row.baseline_peak_mb = res["peak_mb"]
        if one["status"] == "ok":
            row.baseline_s = load_s + one["op_s"]
            row.baseline_status = "ok"
        else:
            row.baseline_status = f"timed out (> {load_s + limit:.0f})"
    steps.save()


def _row(label: str, n: int, res: dict[str, Any], cmd: list[str], *, note: str = "") -> Step:
    row = Step(label, n, status=res["status"], command=" ".join(cmd), note=note)
    if res.get("wall_s") is not None and not res["status"].startswith("timed out"):
        row.secgraph_s = res["wall_s"]
        row.peak_mb = res["peak_mb"]
    if res["status"].startswith("failed"):
        row.note = (row.note + "; " if row.note else "") + _tail(res.get("log", ""))
    return row


def _fmt(value: float | None, status: str | None, digits: int = 2) -> str:
    if value is not None:
        return f"{value:.{digits}f}"
    if status and status != "ok":
        return status.split(" (")[0] if status.startswith("skipped") else status
    return "-"


def format_table(steps: list[Step]) -> str:
    """Markdown table: step, articles, secgraph s, baseline s, ratio, peak MB (both sides)."""
    lines = [
        "| step | articles | secgraph s | baseline s | ratio | peak MB | baseline peak MB |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for s in steps:
        ratio = (
            f"{s.secgraph_s / s.baseline_s:.2f}"
            if s.secgraph_s is not None and s.baseline_s
            else ""
        )
        sec = s.secgraph_s if s.status == "ok" or s.secgraph_s is None else None
        sec_text = _fmt(sec, s.status) if sec is not None or s.status != "ok" else "-"
        if s.secgraph_s is not None and s.status != "ok":
            sec_text = f"{s.secgraph_s:.2f} ({s.status})"
        lines.append(
            f"| {s.step} | {s.articles:,} | {sec_text} | {_fmt(s.baseline_s, s.baseline_status)} "
            f"| {ratio} | {_fmt(s.peak_mb, None, 0)} | {_fmt(s.baseline_peak_mb, None, 0)} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--data", help="reuse this data directory (generated there if empty)")
    parser.add_argument("--keep", help="work directory to keep (build, logs, outputs)")
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per step [900]")
    parser.add_argument("--store", help="pass --store to the secgraph commands that take it")
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="saved-query parameter (default: country=PAK and friends)",
    )
    parser.add_argument("--no-baseline", action="store_true", help="secgraph steps only")
    parser.add_argument(
        "--baseline-queries",
        choices=["shared", "fresh"],
        default="shared",
        help="plain-way queries: parse once and run them all in one process (shared, default), "
        "or parse again in a fresh process per query (fresh: 15 parses of the dump)",
    )
    parser.add_argument(
        "--baseline-query-timeout",
        type=float,
        default=None,
        help="seconds per plain-way query in shared mode [--timeout]",
    )
    parser.add_argument(
        "--steps",
        nargs="+",
        choices=["build", "incremental", "validate", "query", "export", "centrality", "viz"],
        help="run only these steps (default: all)",
    )
    args = parser.parse_args(argv)
    steps = run(args)
    table = format_table(steps)
    print(table)
    notes = [f"- {s.step}: {s.note}" for s in steps if s.note]
    notes += [
        f"- {s.step} (baseline): {s.baseline_status} {s.baseline_detail.get('error', '')}"
        for s in steps
        if s.baseline_status and s.baseline_status != "ok"
    ]
    if notes:
        print("\n" + "\n".join(notes))
    if isinstance(steps, Results):
        steps.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
