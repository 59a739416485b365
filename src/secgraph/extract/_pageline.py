"""An agency's dateline that a page keeps in its own markup, above the story.

A national agency's page often prints the wire's dateline in a date or meta element apart
from the text ('<div class="date">Addis Ababa, October 7/2026 (ENA)</div>', '<div
class="meta">Kuching, Malaysia (ANTARA) - Thursday, 2 July 2026</div>'), and the main-text
reader drops it. The story's "held here" then names no city. The dateline is put back where
the wire has it, before the opening paragraph ("Addis Ababa, October 7/2026 (ENA) - ..."),
when the element reads as one (a city, a comma, at most a date, the agency's name in
capitals in brackets) and the opening has no dateline of its own.
"""

from __future__ import annotations

import re

__all__ = ["with_page_dateline"]

_ELEMENT = re.compile(
    r"<(?:div|p|span|small|time|em)\b[^>]*>\s*"
    r"(?P<line>[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){0,2},\s[^<()]{0,50}?"
    r"\((?P<agency>[A-Z][A-Z-]{1,11})\))"
)
#: an opening that has its dateline: "NAIROBI, March 3 (KNA) -", "Kuching (ANTARA) -"
_DATED = re.compile(r"^[A-Z][\w.'\u2019 -]{1,40}(?:,\s[^.]{0,40}?\d|\s?\([A-Z][A-Za-z-]{1,11}\))")


def with_page_dateline(html: str, body: str) -> str:
    """``body`` with the page's dateline before its opening paragraph, when the page holds
    one the text lacks.

    >>> html = '<h1>T</h1><div class="date">Addis Ababa, October 7/2026 (ENA)</div><p>X</p>'
    >>> opening = "Ethiopia and India agreed to train more officers, at defence talks held here."
    >>> with_page_dateline(html, f"T\\n\\n{opening}\\n").split("\\n")[2][:36]
    'Addis Ababa, October 7/2026 (ENA) - '
    """
    m = _ELEMENT.search(html)
    if m is None or m.group("line") in body:
        return body
    paragraphs = body.split("\n")
    for i, para in enumerate(paragraphs):
        if len(para) >= 60 and para.rstrip().endswith((".", '"', "\u201d")):
            if _DATED.match(para) or f"({m.group('agency')})" in para[:120]:
                return body
            paragraphs[i] = f"{m.group('line')} - {para}"
            return "\n".join(paragraphs)
    return body
