"""Fault injection points, for the tests that kill, pause or fill the disk under a build.

A build calls :func:`fault_point` at the steps where a crash matters (see
:data:`FAULT_POINTS`). Nothing happens unless the environment variable ``SECGRAPH_FAULT``
names the point, as ``POINT:ACTION`` (several separated by commas):

``kill``
    the process kills itself with SIGKILL (as ``kill -9`` would, nothing is cleaned up);
``sleep=S``
    it pauses S seconds (a test then starts a second build, or kills this one, meanwhile);
``wait=FILE``
    it creates FILE and waits until FILE is removed (at most ten minutes): a test knows the
    build got there, does what it wants meanwhile, then lets it go on;
``enospc``
    it raises ``OSError(ENOSPC)``, as a full disk would at that write.

For example ``SECGRAPH_FAULT=swapped:kill secgraph build`` dies after the store changed and
before the manifest records it; the next build must notice and rebuild. The variable is read
at each point (a dictionary lookup when unset), and worker processes inherit it.
"""

from __future__ import annotations

import errno
import os
import signal
import time
from pathlib import Path

__all__ = ["FAULT_POINTS", "fault_point"]

#: The points a build passes, in order, then the one of the network analyses.
FAULT_POINTS = (
    "locked",  # the build lock is held; nothing read yet
    "minted",  # sources read and minted (a full build's chunks built), nothing written
    "staged",  # a full build's new generation loaded beside the store, not yet visible
    "manifest",  # writing the manifest's new rows (before the store changes)
    "store",  # about to change the store (swap in the generation, or replace graphs)
    "batched",  # a server build (stage=load): batch files written, the swap not yet sent
    "swapped",  # the store changed; the manifest does not vouch for it yet
    "committed",  # store and manifest agree; the build is about to return
    # not a build's: 'analyze' has read its projection and is about to analyse it
    "projected",
)


def fault_point(name: str) -> None:
    """Fail here if ``SECGRAPH_FAULT`` asks for it (see the module docstring)."""
    spec = os.environ.get("SECGRAPH_FAULT")
    if not spec:
        return
    for item in spec.split(","):
        point, _, action = item.strip().partition(":")
        if point != name:
            continue
        if action == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        elif action.startswith("sleep="):
            time.sleep(float(action.partition("=")[2]))
        elif action.startswith("wait="):
            _wait(Path(action.partition("=")[2]))
        elif action == "enospc":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _wait(flag: Path) -> None:
    flag.touch()
    deadline = time.monotonic() + 600
    while flag.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
