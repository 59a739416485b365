"""Bilateral relations: each source's relation parts and the relation graphs the store holds."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence

from ...mint import RelationPart

__all__ = ["insert_relations", "read_relation_keys", "read_relation_parts", "relations_of"]


def read_relation_parts(
    conn: sqlite3.Connection, relations: Iterable[str], *, excluding: Iterable[str]
) -> dict[str, list[RelationPart]]:
    """The parts of ``relations`` that articles other than ``excluding`` hold."""
    skip = set(excluding)
    found: dict[str, list[RelationPart]] = {}
    query = "SELECT article, relation, meetings, dated, first, latest, commitments, areas FROM "
    query += "relation_parts WHERE relation = ?"
    for key in sorted(set(relations)):
        for row in conn.execute(query, (key,)):
            if row[0] not in skip:
                found.setdefault(key, []).append(part_of(row[1:]))
    return found


def relations_of(conn: sqlite3.Connection, articles: Iterable[str]) -> set[str]:
    """The relations these articles have parts of."""
    query = "SELECT relation FROM relation_parts WHERE article = ?"
    return {row[0] for a in articles for row in conn.execute(query, (a,))}


def read_relation_keys(conn: sqlite3.Connection) -> list[str]:
    """The relations whose graphs the store holds."""
    return [row[0] for row in conn.execute("SELECT relation FROM relations ORDER BY relation")]


def part_of(row: Sequence[object]) -> RelationPart:
    key, meetings, dated, first, latest, commitments, areas = row
    return RelationPart(
        str(key),
        int(meetings),  # type: ignore[call-overload]
        int(dated),  # type: ignore[call-overload]
        first,  # type: ignore[arg-type]
        latest,  # type: ignore[arg-type]
        int(commitments),  # type: ignore[call-overload]
        tuple(str(areas).split()),
    )


def insert_relations(
    conn: sqlite3.Connection,
    parts: Mapping[str, Sequence[RelationPart]],
    relations: Mapping[str, int | None],
) -> None:
    conn.executemany(
        "INSERT INTO relation_parts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                a,
                p.relation,
                p.meetings,
                p.dated,
                p.first,
                p.latest,
                p.commitments,
                " ".join(p.areas),
            )
            for a, found in parts.items()
            for p in found
        ),
    )
    conn.executemany(
        "INSERT INTO relations VALUES (?, ?)",
        ((k, n) for k, n in relations.items() if n is not None),
    )
