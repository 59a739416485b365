"""Markdown tables for the README from the runner's JSON results.

    python benchmarks/report.py benchmarks/results/1000.json benchmarks/results/10000.json ...

One table per file: the step, secgraph's time, the plain way's time, how many times faster
secgraph is (plain / secgraph; a baseline that was stopped gives a lower bound, "> N x"), and
the peak memory of both. The full build validates as well, so a second row compares it with
the plain parse plus pySHACL (the validate step's baseline). A baseline stopped at the
runner's time limit reads "timed out" in results of older runs, which did not record the
limit: give it with ``--limit 10000=900``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

__all__ = ["main", "table"]


def _bound(row: dict[str, Any], limit: float | None) -> float | None:
    """The time a stopped baseline ran for at least, or None."""
    status = row.get("baseline_status") or ""
    found = re.search(r"> ?([0-9.]+)", status)
    if found:
        return float(found.group(1))
    if status.startswith("timed out") and limit is not None:
        return limit
    return None


def table(rows: list[dict[str, Any]], *, limit: float | None = None) -> str:
    """The Markdown table of one run's rows."""
    out = [
        "| step | secgraph s | plain way s | plain / secgraph | peak MB | plain peak MB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        sec = row.get("secgraph_s")
        sec_text = f"{sec:.2f}" if sec is not None else row.get("status", "-")
        if sec is not None and row.get("status") not in (None, "ok"):
            sec_text += f" ({row['status']})"
        base = row.get("baseline_s")
        bound = _bound(row, limit)
        if base is not None:
            base_text = f"{base:.1f}"
            speed = f"{base / sec:.1f}x" if sec else ""
        elif bound is not None:
            base_text = f"> {bound:.0f} (stopped)"
            speed = f"> {bound / sec:.0f}x" if sec else ""
        else:
            base_text = "-" if not row.get("baseline_status") else row["baseline_status"]
            speed = ""
        peak = row.get("peak_mb")
        bpeak = row.get("baseline_peak_mb")
        out.append(
            f"| {row['step']} | {sec_text} | {base_text} | {speed} "
            f"| {peak:.0f} | {f'{bpeak:.0f}' if bpeak is not None else '-'} |"
            if peak is not None
            else f"| {row['step']} | {sec_text} | {base_text} | {speed} | - | - |"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", nargs="+", type=Path)
    parser.add_argument(
        "--limit",
        action="append",
        default=[],
        metavar="ARTICLES=SECONDS",
        help="the runner's --timeout for a run whose results did not record it",
    )
    args = parser.parse_args(argv)
    limits = {int(k): float(v) for k, v in (item.split("=", 1) for item in args.limit)}
    for path in args.results:
        rows = json.loads(path.read_text(encoding="utf-8"))
        by_step = {r["step"]: r for r in rows}
        build, validate = by_step.get("build (full)"), by_step.get("validate")
        if build and validate and validate.get("baseline_status"):
            # the build validates too: its fair counterpart is the plain parse + pySHACL
            rows.insert(
                rows.index(build) + 1,
                {
                    **{
                        k: validate.get(k)
                        for k in ("baseline_s", "baseline_status", "baseline_peak_mb")
                    },
                    "step": "build (full) vs plain parse + pySHACL",
                    "articles": build["articles"],
                    "secgraph_s": build["secgraph_s"],
                    "status": build["status"],
                    "peak_mb": build["peak_mb"],
                },
            )
        n = rows[0]["articles"] if rows else 0
        print(f"**{n:,} articles** (`{path}`)\n")
        print(table(rows, limit=limits.get(n)))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
