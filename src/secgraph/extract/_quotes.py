"""Evidence quotes as the article writes them, so that the build finds every one.

The sentence splitter marks the entries of a list that stand one a line (``_text._listed``)
with a ';' so that they stay apart once the lines are joined; a sentence's text, read by the
rules, then holds a ';' the article does not. A draft's evidence must be the article's own
words (the build refuses a quote it cannot find), so each quote is matched back onto the text
before the draft is made, a marked ';' matching the line break it stood for.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._model import Draft

__all__ = ["anchor_quotes", "as_written"]


def as_written(quote: str, text: str, flat: str | None = None) -> str:
    """``quote`` with the words of ``text`` it stands for (whitespace made single spaces).

    ``flat`` is ``text`` with its whitespace made single spaces (given when there are many
    quotes of one text). A quote that is in the text, or that cannot be found, is returned as
    it is.

    >>> text = "Delegation:\\nMr A, Minister\\nMr B, Director"
    >>> as_written("Delegation: Mr A, Minister; Mr B, Director;", text)
    'Delegation: Mr A, Minister Mr B, Director'
    >>> as_written("Talks were held.", "The talks. Talks were held.")
    'Talks were held.'
    """
    flat = " ".join(text.split()) if flat is None else flat
    if quote in flat or ";" not in quote:
        return quote
    words = quote.split()
    pattern = r"\s+".join(
        re.escape(w[:-1]) + ";?" if w.endswith(";") else re.escape(w) for w in words
    )
    found = re.search(pattern, flat)
    return found.group() if found else quote


def anchor_quotes(draft: Draft) -> Draft:
    """``draft`` with every evidence quote as the article writes it (:func:`as_written`)."""
    flat = " ".join(draft.text.split())

    def fix(quotes: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(as_written(q, draft.text, flat) for q in quotes))

    meetings = tuple(
        replace(
            m,
            evidence=fix(m.evidence),
            delegations=tuple(replace(d, evidence=fix(d.evidence)) for d in m.delegations),
        )
        for m in draft.meetings
    )
    commitments = tuple(replace(c, evidence=fix(c.evidence)) for c in draft.commitments)
    return replace(draft, meetings=meetings, commitments=commitments)
