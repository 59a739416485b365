"""The export cache: each graph's Turtle statements, vouched for by the head."""

from __future__ import annotations

import sqlite3
from collections.abc import Generator

from ._schema import BASE_TRIG, BASE_TURTLE, TurtleRows, read_head

__all__ = ["insert_turtle", "read_turtle"]


def read_turtle(
    conn: sqlite3.Connection, *, store: str, generation: str
) -> tuple[bytes, bytes, Generator[tuple[str, bytes], None, None]] | None:
    """The export cache, if the manifest vouches for ``store`` at ``generation``: the Turtle
    and the TriG of the ontology and reference graphs, and each article's id and Turtle
    statements in id order. None otherwise (another store or generation, a build under way,
    a store other than the local Oxigraph one). Read in one transaction, which the iterator
    holds until it is exhausted or closed, so a build running meanwhile is not seen."""
    conn.execute("BEGIN")
    try:
        head = read_head(conn)
        base = {}
        if head.turtle == "1" and head.store == store and head.generation == generation:
            query = "SELECT article, body FROM turtle WHERE article IN (?, ?)"
            base = dict(conn.execute(query, (BASE_TURTLE, BASE_TRIG)).fetchall())
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    if len(base) != 2:
        conn.execute("ROLLBACK")
        return None

    def rows() -> Generator[tuple[str, bytes], None, None]:
        try:
            yield from conn.execute(
                "SELECT article, body FROM turtle WHERE article NOT IN (?, ?) ORDER BY article",
                (BASE_TURTLE, BASE_TRIG),
            )
        finally:
            conn.execute("ROLLBACK")

    return bytes(base[BASE_TURTLE]), bytes(base[BASE_TRIG]), rows()


def insert_turtle(conn: sqlite3.Connection, turtle: TurtleRows) -> None:
    conn.executemany("INSERT INTO turtle VALUES (?, ?)", turtle.items())
