"""An article page's standfirst (its lead paragraph set above the body), which the page reader
drops.

News pages often set the article's first paragraph apart, in a block of its own class
("article-sapo", "standfirst", "lead", "intro", "summary", "deck") between the headline and
the body. The page reader keeps the body only, and the lead is where such a page names who
met, where and when ("The 11th Dialogue took place in Hanoi on May 26 under the
co-chairmanship of A and B"). The first such block, when it reads as a sentence and the body
lacks it, is put back before the body.
"""

from __future__ import annotations

import html as html_lib
import re

__all__ = ["with_standfirst"]

_LEAD = re.compile(
    r"<(?P<tag>div|p|h2|h3|section)\b[^>]*\bclass\s*=\s*[\"'][^\"']*?"
    r"\b(?:[\w-]*-)?(?:sapo|standfirst|lead|lede|intro|summary|deck|excerpt|chapeau)"
    r"(?:-[\w-]*)?\b[^\"']*[\"'][^>]*>(?P<inner>(?:(?!<(?:div|section)\b).){40,2000}?)"
    r"</(?P=tag)>",
    re.S | re.I,
)
_TAG = re.compile(r"<[^>]+>")


def with_standfirst(html: str, body: str, title: str | None) -> str:
    """``body`` with the page's standfirst put back after the title line, if the body lacks it.

    >>> page = '<h1>T</h1><div class="article-sapo">Two ministers met in Hanoi on May 26 to '
    >>> page += 'review defence cooperation.</div><p>Body.</p>'
    >>> with_standfirst(page, "T\\n\\nBody.", "T")
    'T\\n\\nTwo ministers met in Hanoi on May 26 to review defence cooperation.\\n\\nBody.'
    >>> with_standfirst(page, "Body.", None)
    'Two ministers met in Hanoi on May 26 to review defence cooperation.\\n\\nBody.'
    """
    m = _LEAD.search(html)
    if m is None:
        return body
    lead = re.sub(r"\s+", " ", html_lib.unescape(_TAG.sub(" ", m.group("inner")))).strip()
    lead = re.sub(r"\s+([,.;:])", r"\1", lead)
    if len(lead) < 40 or not lead.endswith((".", '"', "\u201d")) or lead[:40] in body:
        return body
    if title and body.startswith(title):
        return f"{title}\n\n{lead}\n\n{body[len(title) :].lstrip()}"
    return f"{lead}\n\n{body}"
