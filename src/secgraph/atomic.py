"""Writing files whole or not at all: the one atomic-write helper every module uses.

A file is written to a temporary name beside its target and renamed onto it, so a failure
(a full disk, a killed process) never leaves half a file where the target was. An
:class:`OSError` becomes one :class:`~secgraph.errors.InputError` naming the file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .errors import InputError

__all__ = ["atomic_path", "atomic_write"]


def atomic_write(path: str | os.PathLike[str], data: bytes | Callable[[IO[bytes]], object]) -> Path:
    """Write ``data`` (bytes, or a function writing to the open file) to ``path`` atomically."""
    with atomic_path(path) as tmp, open(tmp, "wb") as handle:
        if isinstance(data, bytes):
            handle.write(data)
        else:
            data(handle)
    return Path(path)


@contextmanager
def atomic_path(path: str | os.PathLike[str], *, sync: bool = False) -> Iterator[Path]:
    """A temporary path beside ``path`` to write (for writers that want a path, such as
    SQLite); renamed onto ``path`` when the block succeeds (after an fsync with ``sync``),
    removed when it fails."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as err:
        raise _error(target, err) from err
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file normal rights
        if sync:
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as err:
        raise _error(target, err) from err
    finally:
        tmp.unlink(missing_ok=True)


def _error(target: Path, err: OSError) -> InputError:
    reason = err.strerror or str(err)
    return InputError(str(target), f"cannot write: {reason}")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
