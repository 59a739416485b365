"""The batch files of a ``stage=load`` or ``stage=auto`` build (carried in the swap request,
uploaded, or served to the server over HTTP for the swap's ``LOAD`` operations; see
:mod:`secgraph.store._commit`), and their folder under the build folder, which the next
build clears after a killed one (:func:`remove_stale_batches`)."""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import socket
import tempfile
import threading
import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import StoreError

if TYPE_CHECKING:
    from ._remote import RemoteStore

__all__ = ["STAGE_FOLDER", "remove_stale_batches"]

#: The folder under the build folder that holds a ``load`` build's batch files while the
#: server fetches them (``secgraph-stage-*``; a killed build's are removed by the next).
STAGE_FOLDER = "stage"
_STAGE_PREFIX = "secgraph-stage-"


def remove_stale_batches(build_dir: str | Path) -> list[Path]:
    """Remove the batch folders a killed ``load`` build left under ``build_dir`` (the next
    build calls it while it holds the build's lock, so no other build is staging there);
    the folders removed."""
    folder = Path(build_dir) / STAGE_FOLDER
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for leftover in sorted(folder.glob(f"{_STAGE_PREFIX}*")):
        shutil.rmtree(leftover, ignore_errors=True)
        removed.append(leftover)
    with contextlib.suppress(OSError):  # not empty: something not ours, left alone
        folder.rmdir()
    return removed


class _Served:
    """Batches written to a temporary folder (under the build folder's :data:`STAGE_FOLDER`
    when the store has one, where the next build removes what a killed one left; else the
    system's temporary folder), read back to be carried or uploaded, or served over HTTP on
    the address this machine uses to reach the server, for the swap's ``LOAD`` operations;
    gone on exit."""

    def __init__(self, store: RemoteStore) -> None:
        self._store = store
        parent = store.stage_dir
        if parent is not None:
            parent.mkdir(parents=True, exist_ok=True)
        self._folder = tempfile.TemporaryDirectory(
            prefix=_STAGE_PREFIX, dir=None if parent is None else str(parent)
        )
        self._count = 0
        self._sizes: dict[str, int] = {}
        self._server: http.server.ThreadingHTTPServer | None = None
        self._base = ""

    def __enter__(self) -> _Served:
        return self

    def add(self, chunk: bytes, target: str = "") -> str:
        """Write one batch; its name."""
        name = f"{self._count}.nt"
        self._count += 1
        self._sizes[target] = self._sizes.get(target, 0) + len(chunk)
        (Path(self._folder.name) / name).write_bytes(chunk)
        return name

    def read(self, name: str) -> bytes:
        """The batch ``name``."""
        return (Path(self._folder.name) / name).read_bytes()

    def url(self, name: str) -> str:
        """Where the server fetches batch ``name`` (the HTTP port is opened on first use:
        a carried or uploaded change needs none)."""
        if self._server is None:
            host = _local_address(self._store.update_url or self._store.query_url)
            handler = functools.partial(_Quiet, directory=self._folder.name)
            self._server = http.server.ThreadingHTTPServer((host, 0), handler)
            self._server.daemon_threads = True
            port = self._server.server_address[1]
            self._base = f"http://{'[' + host + ']' if ':' in host else host}:{port}"
            threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return f"{self._base}/{name}"

    def size(self, target: str) -> int:
        """Bytes written so far for staging graph ``target``."""
        return self._sizes.get(target, 0)

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        self._folder.cleanup()
        if self._store.stage_dir is not None:
            with contextlib.suppress(OSError):  # another build's batches: not empty
                self._store.stage_dir.rmdir()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    """Serves the batch files as N-Triples, without logging to stderr."""

    extensions_map = {".nt": "application/n-triples"}  # noqa: RUF012 (the base's attribute)

    def log_message(self, format: str, *args: Any) -> None:
        return None


def _local_address(url: str) -> str:
    """The address of this machine on the route to the server ``url`` names."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or "127.0.0.1"
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        info = socket.getaddrinfo(host, port, type=socket.SOCK_DGRAM)[0]
        with socket.socket(info[0], socket.SOCK_DGRAM) as probe:
            probe.connect(info[4])  # no packet is sent: only the route is chosen
            return str(probe.getsockname()[0])
    except OSError as err:
        raise StoreError(
            f"{url}: cannot find this machine's address for the server to load from ({err}); "
            "give stage=post in --store"
        ) from err
