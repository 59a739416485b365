"""Checks shared by the reference and article readers: ids known, unique and linked."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import FactError
from ._model import Official, Organisation, Reference
from ._yaml import Fields

__all__ = ["Context", "check_links", "unique", "unknown"]


@dataclass
class Context:
    """What a reader needs to check ids: reference data plus entities defined so far."""

    reference: Reference

    def country(self, fields: Fields, key: str, value: str | None) -> str | None:
        if value is None:
            return None
        code = self.reference.country_code(value)
        if code is None:
            names = {
                name.casefold(): c
                for c, country in self.reference.countries.items()
                for name in (country.name, *country.aliases)
            }
            close = difflib.get_close_matches(value.strip().casefold(), names, n=1, cutoff=0.8)
            if close:
                found = names[close[0]]
                hint = f"did you mean {self.reference.countries[found].name} ({found})?"
                raise fields.error(key, f"unknown country '{_cut(value)}'; {hint}")
            raise fields.error(
                key, f"unknown country '{_cut(value)}' (use an ISO 3166 code such as PAK or USA)"
            )
        return code

    def countries(self, fields: Fields, key: str) -> tuple[str, ...]:
        return tuple(c for v in fields.texts(key) if (c := self.country(fields, key, v)))


def unique(items: Iterable[Any], what: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        if item.id in out:
            raise FactError(
                item.path, f"{what} id '{item.id}' is defined twice; rename one", item.line
            )
        out[item.id] = item
    return out


def check_links(
    ref: Reference, orgs: Iterable[Organisation], officials: Iterable[Official]
) -> None:
    all_orgs = ref.organisations
    for org in orgs:
        if org.parent is not None and org.parent not in all_orgs:
            raise FactError(org.path, unknown("organisation", org.parent, all_orgs), org.line)
    for off in officials:
        for post in off.posts:
            if post not in ref.posts:
                raise FactError(off.path, unknown("post", post, ref.posts), off.line)


_DEFINE_HINT = {
    "post": "define it under its organisation's 'posts:'",
    "meeting": "define it under 'meetings:'",
}


def unknown(what: str, value: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, list(known), n=1)
    hint = (
        f"did you mean '{close[0]}'?"
        if close
        else _DEFINE_HINT.get(what, f"define it in data/reference/{what}s.yaml or the article")
    )
    return f"unknown {what} '{_cut(value)}'; {hint}"


def _cut(value: str, width: int = 40) -> str:
    """``value`` short enough for a one-line message.

    >>> _cut("x" * 50)
    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'
    """
    return value if len(value) <= width else value[: width - 3] + "..."
