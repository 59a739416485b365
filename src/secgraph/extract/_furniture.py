"""A page's furniture: lists of related stories, tags, "read more" links.

A page copied from a news site ends (or is broken) by a block that links other stories:
"Related news", "Read more:", "Tags: China, border, police", each headline on its own line,
often with its own date ("2026-03-04 Mongolia and Russia discuss rail transit security").
Those headlines name other countries, other meetings and other days; read as the article's
sentences they made a third country "discussed" and offered another story's date. The
block is left out of what the rules read (the draft's text and its evidence keep it all).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._text import Sentence

__all__ = ["without_furniture"]

_HEAD = (
    r"(?:Related(?:\s+(?:news|stories|articles|posts|links|content|coverage|topics|items|"
    r"reading))?|Read\s+(?:also|more|next)|Also\s+read|See\s+(?:also|more)|More\s+(?:news|"
    r"stories|on\s+this(?:\s+story)?|from\s+[\w ]+?)|Other\s+news|Previous\s+(?:posts|stories)|"
    r"Latest(?:\s+(?:news|stories))?|Most\s+(?:read|popular|viewed)|"
    r"Trending(?:\s+now)?|You\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|"
    r"Recommended(?:\s+for\s+you)?|Top\s+stories|Tags?|Keywords|Topics)"
)
#: the head alone on its line ("Related Stories"), or before a colon or a bar ("Read Also: ...")
_ALONE = re.compile(rf"{_HEAD}\s*:?", re.I)
_LEADS = re.compile(rf"{_HEAD}\s*[:|]", re.I)


def _starts_block(s: Sentence) -> bool:
    return bool(_LEADS.match(s.text) or (s.heading and _ALONE.fullmatch(s.text)))


def without_furniture(sentences: list[Sentence]) -> list[Sentence]:
    """``sentences`` without the blocks of page furniture, numbered again from 0.

    A block starts at a line that is such a head ("Related news", "Read more: ...", "Tags:
    ...") and runs on over the short unpunctuated lines after it (the headlines), to the
    first sentence of prose.

    >>> from ._text import split_sentences
    >>> text = ("Talks were held in Rabat.\\n\\nRelated Stories\\nMali and Niger hold talks\\n"
    ...         "Police seize arms in Tan-Tan\\n\\nThe next round is due in 2027.")
    >>> [s.text for s in without_furniture(split_sentences(text))]
    ['Talks were held in Rabat.', 'The next round is due in 2027.']
    """
    kept: list[Sentence] = []
    inside = False
    for s in sentences:
        if _starts_block(s):
            inside = True
            continue
        if inside and s.heading:
            continue
        inside = False
        kept.append(s)
    if len(kept) == len(sentences):
        return sentences
    return [replace(s, index=i) for i, s in enumerate(kept)]
