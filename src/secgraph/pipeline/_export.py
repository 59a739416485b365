"""Export from the build's cache: the union as Turtle, or the dataset as TriG, written from
each article's Turtle statements as the build made them (see ``_manifest.read_turtle``).

Dumping the on-disk store decodes every term of every quad (about a minute at 100,000
articles on a 2-core laptop); the cache is a concatenation. It is used only while the
manifest vouches for the store (same store, same generation), so it always says what the
store holds. A statement that two articles both make (a shared official's name, say) is
written in each article's block: parsers merge them, the graph is the same.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ..store import StoreSpec
from ..validation import Report
from ..vocab import GRAPH, article_graph_iri
from . import _manifest as mf

__all__ = ["CACHED_FORMATS", "cached_export", "vouched_report"]

#: formats the cache writes: the union as Turtle, the dataset as TriG
CACHED_FORMATS = ("turtle", "trig")


def cached_export(
    build_dir: str | Path, store: str | StoreSpec, fmt: str
) -> Iterator[bytes] | None:
    """The built graph in ``fmt`` (:data:`CACHED_FORMATS`: the union as Turtle, the dataset
    as TriG) as chunks of bytes from the export cache; None when the cache cannot vouch for
    the store (another store, a build under way or stopped, a manifest of another version):
    then export from the store itself."""
    build = Path(build_dir)
    spec = StoreSpec.parse(store)
    if fmt not in CACHED_FORMATS or spec.local_path(build) is None:
        return None
    conn = mf.open_manifest(build / mf.MANIFEST_NAME)
    if conn is None:
        return None
    cache = None
    try:
        generation = spec.generation(build)
        if generation is not None:
            cache = mf.read_turtle(conn, store=spec.identity, generation=generation)
    except sqlite3.Error:  # locked by a build: the store says what it holds
        cache = None
    finally:
        if cache is None:
            conn.close()
    if cache is None:
        return None
    base_turtle, base_trig, rows = cache

    def chunks() -> Iterator[bytes]:
        try:
            if fmt == "turtle":
                yield base_turtle
                for _article, body in rows:
                    yield body
            else:
                yield base_trig
                for key, body in rows:
                    name = GRAPH[key] if key.startswith(mf.RELATION_KEY) else article_graph_iri(key)
                    yield b"".join((f"<{name}> {{\n".encode(), body, b"}\n"))
        finally:
            rows.close()
            conn.close()

    return chunks()


def vouched_report(build_dir: str | Path, store: str | StoreSpec) -> Report | None:
    """The validation report the last build recorded, while the manifest vouches for
    ``store`` (the store it built, at the generation it built: the rule of
    :func:`cached_export`); None otherwise (validate the store again)."""
    build = Path(build_dir)
    spec = StoreSpec.parse(store)
    conn = mf.open_manifest(build / mf.MANIFEST_NAME)
    if conn is None:
        return None
    try:
        head = mf.read_head(conn)
        generation = spec.generation(build)
        if head.store != spec.identity or generation is None or head.generation != generation:
            return None
        if generation == "-":  # a server or memory: the build's graphs must still be there
            return None
        return mf.read_report(conn)
    except sqlite3.Error:  # locked by a build under way: validate the store as it is
        return None
    finally:
        conn.close()
