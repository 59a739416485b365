"""The atomic write behind every ``write_*`` function of :mod:`secgraph.viz`."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from secgraph.errors import InputError

__all__ = ["_write_atomic"]


def _write_atomic(path: str | os.PathLike[str], payload: bytes) -> Path:
    """Write ``payload`` to a temporary file beside ``path``, then rename it onto ``path``."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        # os.open with 0o666 lets the umask decide the mode, as for an ordinary new file.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, target)
    except OSError as err:
        raise InputError(str(target), f"cannot write: {err.strerror or err}") from err
    finally:
        tmp.unlink(missing_ok=True)
    return target
