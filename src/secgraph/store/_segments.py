"""Bulk loading in bounded segments: Oxigraph's bulk loader holds its batches in memory
(about 1.8 GB peak for 3 million quads in one call), so a long stream is loaded as several
bulk loads of at most :data:`SEGMENT_BYTES` each.

Measured on this machine with 3,039,925 quads of GDELT events (607 MB of N-Quads): one
``bulk_load`` peaked at 1,831 MB; loads of 500,000 quads at 741 MB; of 200,000 at 330 MB.
"""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Generator, Iterable, Iterator

import pyoxigraph as ox

from ._oxterms import ChunkReader

__all__ = ["SEGMENT_BYTES", "bulk_load_segments", "prefetched"]

#: Bytes of text per bulk load (about 320,000 quads of GDELT events).
SEGMENT_BYTES = 64 << 20


def _head(first: bytes, fmt: ox.RdfFormat) -> bytes:
    """The prefix declarations that open a TriG or Turtle document (to open every segment)."""
    if fmt not in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE):
        return b""
    lines = []
    for line in first.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith((b"@prefix", b"PREFIX", b"@base", b"BASE")):
            lines.append(line if line.endswith(b"\n") else line + b"\n")
        elif stripped:
            break
    return b"".join(lines)


#: Chunks made ahead of the loader (each up to a few MB of text).
PREFETCH_CHUNKS = 2

_DONE = object()


def prefetched(chunks: Iterable[bytes], depth: int = PREFETCH_CHUNKS) -> Generator[bytes]:
    """``chunks`` made in a second thread, at most ``depth`` ahead of the consumer.

    Oxigraph parses and loads without holding the GIL, so the Python that mints the
    chunks runs beside it instead of in turn with it. An exception from ``chunks`` is
    raised here, in order; a consumer that stops early stops the thread.
    """
    ready: queue.Queue[object] = queue.Queue(depth)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for chunk in chunks:
                if not put(chunk):
                    return
        except BaseException as err:  # handed to the consumer, raised there
            put(err)
            return
        put(_DONE)

    worker = threading.Thread(target=produce, name="secgraph-chunks", daemon=True)
    worker.start()
    try:
        while True:
            item = ready.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        worker.join()


def bulk_load_segments(
    store: ox.Store,
    chunks: Iterable[bytes],
    fmt: ox.RdfFormat,
    *,
    limit: int = SEGMENT_BYTES,
) -> BaseException | None:
    """Bulk-load one document given as ``chunks`` into ``store``, a new bulk load every
    ``limit`` bytes (cut between chunks: each chunk must end between statements, as the
    build's TriG blocks and N-Quads do; the prefixes of the first chunk open every segment).

    Returns the exception the chunks raised, if any (the stream stops there; see
    :class:`~._oxterms.ChunkReader`); Oxigraph's own errors are raised.
    """
    it = prefetched(chunks)
    try:
        return _load(store, it, fmt, limit)
    finally:
        it.close()


def _load(
    store: ox.Store, it: Iterator[bytes], fmt: ox.RdfFormat, limit: int
) -> BaseException | None:
    head: bytes | None = None
    finished = False

    def segment() -> Iterator[bytes]:
        nonlocal head, finished
        size = 0
        if head:
            yield head
        for chunk in it:
            if head is None:
                head = _head(chunk, fmt)
            yield chunk
            size += len(chunk)
            if size >= limit:
                return
        finished = True

    while not finished:
        reader = ChunkReader(segment())
        store.bulk_load(io.BufferedReader(reader, 1 << 20), format=fmt, lenient=True)
        if reader.error is not None:
            return reader.error
    return None
