"""Writing files whole or not at all: the one atomic-write helper every module uses.

A file is written to a temporary name beside its target and renamed onto it, so a failure
(a full disk, a killed process) never leaves half a file where the target was. An
:class:`OSError` becomes one :class:`~secgraph.errors.InputError` naming the file.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .errors import InputError

__all__ = ["atomic_path", "atomic_write", "os_reason"]


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
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as err:
        raise _error(target, err) from err
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError(str(target), "a folder, not a file; give a file name")
    if mode is not None and not stat.S_ISREG(mode):
        # A device, a pipe or a socket (-o /dev/null, /dev/stdout, a FIFO): nothing can be
        # renamed onto it (renaming replaced /dev/full itself with a file when run as root),
        # and nothing stays half-written in it; write to it directly.
        try:
            yield target
        except OSError as err:
            raise _error(target, err) from err
        return
    if target.is_symlink():  # keep the link: replace the file it points to
        target = Path(os.path.realpath(target))
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


def os_reason(err: OSError) -> str:
    """What the system said, in words, with a hint where one helps.

    >>> import errno
    >>> os_reason(OSError(errno.ENOSPC, "No space left on device"))
    'no space left on the device: free some space and run it again'
    """
    hints = {
        errno.ENOSPC: "no space left on the device: free some space and run it again",
        errno.EDQUOT: "disk quota exceeded: free some space and run it again",
        errno.EACCES: "permission denied: check the folder's permissions",
        errno.EPERM: "permission denied: check the folder's permissions",
        errno.EROFS: "read-only file system: write somewhere else",
        errno.ELOOP: "a symbolic link loop; point the link at a real file or remove it",
        errno.ENAMETOOLONG: "file name too long; use a shorter name",
        errno.EISDIR: "a folder, not a file; give a file",
        errno.ENOTDIR: "a file where a folder belongs; check the path",
    }
    return hints.get(err.errno or 0, (err.strerror or str(err)).lower())
