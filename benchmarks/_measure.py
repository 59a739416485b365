"""Run one command as this process's only child; write its wall time and peak memory as JSON.

    python benchmarks/_measure.py REPORT.json STDOUT STDERR -- command args...

``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` is the largest resident set of any waited-for
descendant. This wrapper has exactly one child, so that is the child's own peak (or, when the
child forks workers, the peak of its largest process: resident sets are not summed).
``run.py`` starts one wrapper per step, so steps never share a figure.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time

__all__ = ["main"]


def main(argv: list[str]) -> int:
    if len(argv) < 5 or argv[3] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    report, stdout, stderr, command = argv[0], argv[1], argv[2], argv[4:]
    with open(stdout, "wb") as out, open(stderr, "wb") as err:
        started = time.perf_counter()
        rc = subprocess.call(command, stdout=out, stderr=err)
        wall = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kilobytes on Linux
    with open(report, "w", encoding="utf-8") as handle:
        json.dump({"rc": rc, "wall_s": wall, "peak_mb": peak_kb / 1024}, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
