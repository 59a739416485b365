"""A country before a service before a rank: "U.S. Navy Adm. X", "Indian Army Lt Gen Y" give
the person's side and leave the service with the rank."""

from __future__ import annotations

import re

from ._lexicon import Lexicon
from ._namepat import HON_RE

__all__ = ["served_country"]

_SERVICE = re.compile(r"\s+(?=(?:Army|Navy|Air Force|Marine Corps|Coast Guard)\s+[A-Z])")


def served_country(chunk: str, lexicon: Lexicon | None) -> tuple[str, int] | None:
    """The country and where its service begins in "U.S. Navy Adm. X" (a country before a
    service before a rank), or None."""
    if lexicon is None:
        return None
    cm = lexicon.country_pattern.match(chunk)
    if cm is None or lexicon.country_forms[cm.group()][1] not in ("adjective", "name"):
        return None
    service = _SERVICE.match(chunk, cm.end())
    if service is None or not HON_RE.match(chunk[service.end() :]):
        return None
    return lexicon.country_forms[cm.group()][0], service.end()
