"""A time limit on queries: the embedded store cannot cancel one, so the process ends.

pyoxigraph has no way to stop a query it is evaluating (a cross product over every triple of
a 5,000-triple store, ``?a ?b ?c . ?d ?e ?f . ?g ?h ?i``, runs for days), and Ctrl-C is only
seen when it returns. So the query runs in a worker thread (pyoxigraph releases the GIL while
it evaluates: measured, a ticking thread kept ticking through a 3 s product) and the main
thread waits for it: after the limit, or on Ctrl-C, the process writes one line and ends with
``os._exit``. Nothing is left half-written, because queries only read: the store was opened
read-only, RocksDB keeps no lock for a read-only handle, and what the kernel holds (files,
the build lock of nobody) goes with the process. Ending it normally instead would run the
interpreter's shutdown and RocksDB's destructors while the worker is still inside the store.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
import threading
from collections.abc import Callable
from typing import NoReturn, TypeVar

from secgraph.errors import InputError

__all__ = ["DEFAULT_QUERY_TIMEOUT", "TIMEOUT_HINT", "check_timeout", "run_within"]

T = TypeVar("T")

#: Seconds a query may run by default: far above any saved query on a store of 100,000
#: articles (the slowest, about 10 s), far below "forever".
DEFAULT_QUERY_TIMEOUT = 300.0

TIMEOUT_HINT = (
    "raise the limit with --timeout SECONDS, or 'timeout = SECONDS' under [query] in "
    "secgraph.toml (0 for no limit)"
)


def check_timeout(value: float, *, where: str) -> float | None:
    """``value`` as a limit in seconds, None for 0 (no limit); refuses what is no limit.

    >>> check_timeout(2.5, where="--timeout"), check_timeout(0, where="--timeout")
    (2.5, None)
    """
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InputError(None, f"{where} '{value}' is not a number of seconds; write e.g. 300")
    if value < 0:
        raise InputError(None, f"{where} {value:g} is negative; give seconds, or 0 for no limit")
    return float(value) if value > 0 else None


def run_within(work: Callable[[], T], *, seconds: float | None, what: str = "the query") -> T:
    """``work()``, run in a worker thread; the process ends (exit 2) after ``seconds``.

    Errors raised by ``work`` are raised here, in the caller's thread. Ctrl-C while waiting
    ends the process too (exit 130): the worker cannot be stopped, only left.
    """
    box: dict[str, object] = {}
    done = threading.Event()

    def target() -> None:
        try:
            box["value"] = work()
        except BaseException as err:  # handed to the caller's thread, raised there
            box["error"] = err
        finally:
            done.set()

    worker = threading.Thread(target=target, name="secgraph-query", daemon=True)
    worker.start()
    try:
        finished = done.wait(seconds)
    except KeyboardInterrupt:
        _end("interrupted", 130)
    if not finished:
        _end(f"{what} ran longer than {seconds:g} s and was stopped; {TIMEOUT_HINT}", 2)
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


def _end(message: str, code: int) -> NoReturn:
    """One line on stderr, then end the process at once (see the module's docstring)."""
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"secgraph: {message}\n")
        sys.stderr.flush()
    os._exit(code)
