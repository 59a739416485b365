"""Files: written to a temporary path and renamed, so a failure never leaves half a file."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from rdflib import Dataset

from ..errors import StoreError
from ._memory import to_union_graph
from ._protocol import BuildFiles, Store

__all__ = ["atomic_write", "os_reason", "write_dataset_files", "write_store_files"]


def atomic_write(path: str | Path, write: Callable[[IO[bytes]], object]) -> Path:
    """Call ``write`` on a temporary file beside ``path``, then rename it into place.

    A failure (a full disk, a folder that cannot be written) removes the temporary file and
    leaves ``path`` as it was; the system's refusal becomes a one-line :class:`StoreError`.
    """
    path = Path(path)
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file normal rights
        os.replace(tmp, path)
    except OSError as err:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise StoreError(
            f"{path}: cannot write it ({os_reason(err)}); nothing was written"
        ) from err
    except BaseException:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise
    return path


def os_reason(err: OSError) -> str:
    """What the system said, in words and with a hint where one helps.

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
    }
    return hints.get(err.errno or 0, (err.strerror or str(err)).lower())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_dataset_files(dataset: Dataset, out_dir: str | Path) -> BuildFiles:
    """Write ``secgraph.trig`` (the dataset) and ``secgraph.ttl`` (the union) into ``out_dir``."""
    out = Path(out_dir)
    try:
        trig = atomic_write(out / "secgraph.trig", lambda h: dataset.serialize(h, format="trig"))
        union = to_union_graph(dataset)
        ttl = atomic_write(out / "secgraph.ttl", lambda h: union.serialize(h, format="turtle"))
    except OSError as err:
        raise StoreError(
            f"{out}: cannot write the build ({err.strerror}); check the folder"
        ) from err
    return BuildFiles(trig=trig, turtle=ttl)


def write_store_files(store: Store, out_dir: str | Path) -> BuildFiles:
    """Write ``secgraph.trig`` and ``secgraph.ttl`` from ``store.serialize`` (fast for Oxigraph)."""
    out = Path(out_dir)
    try:
        trig = atomic_write(out / "secgraph.trig", lambda h: h.write(store.serialize("trig")))
        ttl = atomic_write(
            out / "secgraph.ttl", lambda h: h.write(store.serialize("turtle", union=True))
        )
    except OSError as err:
        raise StoreError(
            f"{out}: cannot write the build ({err.strerror}); check the folder"
        ) from err
    return BuildFiles(trig=trig, turtle=ttl)
