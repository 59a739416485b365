"""The city the body says the meeting was held in, against a header's place.

A briefing transcript's or a release's header names where the remarks were made or the release
was issued ("Ministry of Foreign Affairs, Islamabad"); the body may then report a meeting held
elsewhere ("The 23rd meeting of the Pakistan-Iran Joint Border Commission was held in Quetta on
18 and 19 November"). The body's own "was held in CITY", told in the past, is the meeting's
place, and the header's is not.
"""

from __future__ import annotations

import re

from ._cities import resolve_city
from ._countries import is_future
from ._lexicon import Lexicon
from ._text import Sentence

__all__ = ["body_held_city"]

_HELD_IN = re.compile(
    r"\b(?:was|were) held\b[^.;]{0,80}?\bin\s+([A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2})"
)


def body_held_city(
    sentences: list[Sentence], lexicon: Lexicon
) -> tuple[str, str, str | None] | None:
    """The city (name, ISO alpha-3, reference id) of the body's first past "was held ... in
    CITY", or None."""
    for s in sentences:
        if s.heading or is_future(s):
            continue
        m = _HELD_IN.search(s.text)
        if m is not None:
            return resolve_city(m.group(1), lexicon)
    return None
