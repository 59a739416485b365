"""Worker processes that do not outlive the process that started them.

A full build reads fact files in a pool of worker processes. When the build was killed
(``kill -9``), its two workers stayed alive, about 95 MB each, until their queue closed or
for good. :func:`worker_pool` starts workers that die with their parent: on Linux the kernel
sends them SIGKILL when it goes (``prctl(PR_SET_PDEATHSIG)``); elsewhere a thread in each
worker checks every second that the parent is still there.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

__all__ = ["die_with_parent", "worker_pool"]

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Make this process end when the process ``parent`` does (call it in the child)."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
            if os.getppid() != parent:  # the parent went before prctl took effect
                os._exit(1)
            return
    watchdog = threading.Thread(target=_watch, args=(parent,), daemon=True)
    watchdog.start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _start(parent: int, initializer: Callable[..., None] | None, args: tuple[Any, ...]) -> None:
    die_with_parent(parent)
    if initializer is not None:
        initializer(*args)


def worker_pool(
    workers: int,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
) -> ProcessPoolExecutor:
    """A :class:`ProcessPoolExecutor` whose workers die with this process."""
    return ProcessPoolExecutor(
        max_workers=workers, initializer=_start, initargs=(os.getpid(), initializer, initargs)
    )
