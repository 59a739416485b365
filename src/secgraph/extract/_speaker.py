"""A transcript's speaker who says "I led": "TARI-KALSAKAU: ... On our side I led, with my
Deputy Commissioner, A, and the Director General of X, B." makes the speaker (the person whose
surname the label writes in capitals) the head of his side, and those he names after "with my"
in that sentence his side's members.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._names import Person
from ._text import Sentence

__all__ = ["speaker_led"]

#: "TARI-KALSAKAU: Thank you.": a speaker's label in capitals
_LABEL = re.compile(r"^(?P<who>[A-Z][A-Z'\u2019-]{2,}(?:\s+[A-Z][A-Z'\u2019-]{2,}){0,2}):\s")
_I_LED = re.compile(r"\bI\s+(?:led|headed|chaired|co-chaired|was\s+leading)\b")
_GUESSED = ("side inferred", "side not")


def _speaker(label: str, people: list[Person]) -> Person | None:
    """The one person whose surname (or full name) the label writes in capitals."""
    found = {p.name: p for p in people if label in (p.name.upper(), p.name.split()[-1].upper())}
    return next(iter(found.values())) if len(found) == 1 else None


def speaker_led(sentences: list[Sentence], people: list[Person]) -> list[Person]:
    """``people`` with the speaker who says "I led" as his side's head (see the module)."""
    out = list(people)
    label: str | None = None
    paragraph = -1
    for s in sentences:
        m = _LABEL.match(s.text)
        if m is not None:
            label, paragraph = m.group("who"), s.paragraph
        elif s.paragraph != paragraph:
            label = None
        led = _I_LED.search(s.text) if label is not None else None
        if label is None or led is None:
            continue
        speaker = _speaker(label, out)
        if speaker is None or speaker.country is None:
            continue
        side = speaker.country
        after = s.text[led.end() :]
        mine = {p.name for p in out if p.name in after and "with my" in after}
        out = [
            replace(p, leader=True)
            if p is speaker
            else replace(p, country=side, review=None)
            if p.name in mine and (p.country is None or (p.review or "").startswith(_GUESSED))
            else p
            for p in out
        ]
    return out
