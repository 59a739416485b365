"""Segmented bulk loads and the chunk prefetcher behind them (``store/_segments.py``)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pyoxigraph as ox
import pytest

from secgraph.store._segments import bulk_load_segments, prefetched

TRIG_HEAD = b"@prefix ex: <http://example.org/> .\n"


def _trig_chunks(n: int) -> Iterator[bytes]:
    """``n`` TriG blocks, one graph each; the first opens with the prefix."""
    for i in range(n):
        head = TRIG_HEAD if i == 0 else b""
        yield head + f'ex:g{i} {{ ex:s{i} ex:p "v{i}" . ex:s{i} ex:q {i} . }}\n'.encode()


def _quads(store: ox.Store) -> set[str]:
    return {str(q) for q in store}


def test_segments_load_the_same_quads_as_one_load() -> None:
    whole, cut = ox.Store(), ox.Store()
    whole.load(b"".join(_trig_chunks(50)), format=ox.RdfFormat.TRIG)
    # A limit of 100 bytes cuts the stream into many bulk loads, each reopened with the prefix.
    assert bulk_load_segments(cut, _trig_chunks(50), ox.RdfFormat.TRIG, limit=100) is None
    assert len(_quads(cut)) == 100
    assert _quads(cut) == _quads(whole)


def test_an_error_in_the_chunks_is_returned_and_stops_the_stream() -> None:
    def failing() -> Iterator[bytes]:
        yield from _trig_chunks(3)
        raise ValueError("facts.yaml:3: broken; fix it")

    store = ox.Store()
    error = bulk_load_segments(store, failing(), ox.RdfFormat.TRIG, limit=100)
    assert isinstance(error, ValueError)
    assert "facts.yaml:3" in str(error)


def test_prefetched_keeps_order_and_raises_in_place() -> None:
    def chunks() -> Iterator[bytes]:
        yield b"a"
        yield b"b"
        raise KeyError("c")

    got = []
    with pytest.raises(KeyError):
        for chunk in prefetched(chunks(), depth=1):
            got.append(chunk)
    assert got == [b"a", b"b"]


def test_a_consumer_that_stops_early_stops_the_thread() -> None:
    made = []

    def endless() -> Iterator[bytes]:
        i = 0
        while True:
            made.append(i)
            yield str(i).encode()
            i += 1

    before = {t.name for t in threading.enumerate()}
    stream = prefetched(endless(), depth=2)
    assert next(stream) == b"0"
    stream.close()
    assert "secgraph-chunks" not in {t.name for t in threading.enumerate()} - before
    # The producer ran at most the queue's depth (and the one it held) ahead.
    assert len(made) <= 5
