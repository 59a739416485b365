"""The build lock: one build at a time per build folder, whatever the kind of build.

Every build (full, incremental, into any store) takes ``BUILD/build.lock`` first thing, with
``flock``: a second build stops at once with one line (the file stays empty and unchanged, so
an up-to-date build changes nothing in the folder). Before,
only two incremental builds excluded each other (through RocksDB's lock): a full build
running beside an incremental one made the latter's change vanish. The kernel releases the
lock when the process ends, however it ends (``kill -9`` included), so a killed build never
leaves a stale lock behind. Readers (queries, exports) take no lock.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from ..errors import StoreError

__all__ = ["LOCK_NAME", "build_lock"]

LOCK_NAME = "build.lock"

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


#: Build folders whose lock this process holds: taking it again (``secgraph import`` holds
#: it while it places its files, then builds) goes on at once instead of refusing itself.
_HELD: set[str] = set()


@contextlib.contextmanager
def build_lock(build: Path) -> Iterator[None]:
    """Hold the build lock of the folder ``build`` (made when missing) while the block runs.

    A build folder this call made is removed again when the block fails and left nothing
    but the lock, so a build that could not run writes nothing. Reentrant within a process.
    """
    key = os.path.realpath(build)
    if key in _HELD:
        yield
        return
    made = not build.exists()
    path = build / LOCK_NAME
    try:
        build.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise StoreError(
            f"{path}: cannot create the build lock ({err.strerror}); check the folder"
        ) from err
    ok = False
    try:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreError(
                    f"{build}: another build is running on this build folder; wait for it to "
                    "finish, then build again"
                ) from None
        _HELD.add(key)
        yield
        ok = True
    finally:
        _HELD.discard(key)
        os.close(fd)  # releases the lock
        if made and not ok:
            with contextlib.suppress(OSError):
                path.unlink()
                build.rmdir()
