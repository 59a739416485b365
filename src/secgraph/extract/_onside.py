"""Two shapes that settle whether and for whom a person named took part:

- "A, B and C were present at the meeting on the Bangladesh side": the side closing the
  sentence is theirs (over a side a rule only inferred);
- "the interim government led by Chief Adviser A", "the coalition headed by B": a government
  or party someone leads is no delegation, and A is only mentioned.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._names import Person
from ._text import Sentence

__all__ = ["governments_led", "present_on_side"]

_PRESENT = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?(?:present|in attendance)\b[^.;]*?"
    r"\bon\s+(?:the\s+)?(?P<adj>[A-Z][\w-]*)\s+side\W*$"
)
_GOVERNMENT_LED = re.compile(
    r"\b(?:government|administration|coalition|cabinet|regime|party|junta)\s+"
    r"(?:led|headed)\s+by\s+(?P<who>[^,;.]{3,90})"
)


def present_on_side(
    sentences: list[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` named in a sentence "... were present at the meeting on the X side" on X's
    side, unless the text gave them another side by name."""
    out = list(people)
    for s in sentences:
        if "present" not in s.words and "attendance" not in s.words:
            continue
        m = _PRESENT.search(s.text)
        form = lexicon.country_forms.get(m.group("adj")) if m is not None else None
        if m is None or form is None or form[0] not in parties:
            continue
        before = s.text[: m.start()]
        out = [
            replace(p, country=form[0], review=None)
            if p.name in before
            and (p.country is None or (p.review or "").startswith("side inferred"))
            else p
            for p in out
        ]
    return out


def governments_led(sentences: list[Sentence], people: list[Person]) -> list[Person]:
    """``people`` without those named only as the head of a government or party ("the
    interim government led by Chief Adviser A") in the one sentence that names them."""
    named_as_head: set[str] = set()
    for s in sentences:
        if "led" not in s.words and "headed" not in s.words:
            continue
        for m in _GOVERNMENT_LED.finditer(s.text):
            named_as_head |= {p.name for p in people if p.name in m.group("who")}
    elsewhere = {
        p.name
        for p in people
        for s in sentences
        if p.name in s.text
        and not any(p.name in m.group("who") for m in _GOVERNMENT_LED.finditer(s.text))
    }
    return [p for p in people if p.name not in named_as_head or p.name in elsewhere]
