"""A story's lead paragraph that a page keeps in its own element, above the article's body.

Many news pages print the opening paragraph (the "sapo", "standfirst", "lead" or "summary")
in an element of its own between the headline and the body ('<div class="article-sapo">The
11th X-Y Defence Policy Dialogue took place in Hanoi on May 26 ...</div>'), and the main-text
reader keeps only the body. That paragraph is the one that tells where, when and between whom
the talks were held, so it is put back before the body's first paragraph when the element's
class names it a lead, it reads as a sentence (forty characters or more, ending in a full
stop) and the text does not already hold it.
"""

from __future__ import annotations

import html as htmllib
import re

__all__ = ["with_page_lead"]

_LEAD = re.compile(
    r"<(?:div|p|h2|h3|section)\b[^>]*\bclass=[\"'][^\"']*\b(?:sapo|standfirst|lead|lede|"
    r"summary|intro|chapo|chapeau|excerpt|dek|teaser)\b[^\"']*[\"'][^>]*>(?P<lead>.*?)"
    r"</(?:div|p|h2|h3|section)>",
    re.S | re.I,
)
_TAG = re.compile(r"<[^>]+>")


def with_page_lead(html: str, body: str, title: str | None) -> str:
    """``body`` with the page's lead paragraph before its first paragraph after the title
    (and a date line), when the page holds one the text lacks.

    >>> lead = "A and B held defence talks in Hanoi on May 2."
    >>> page = f'<h1>T</h1><div class="article-sapo">{lead}</div>'
    >>> with_page_lead(page, "T\\n\\nThey agreed on patrols.\\n", "T").split("\\n")[:4]
    ['T', '', 'A and B held defence talks in Hanoi on May 2.', '']
    >>> with_page_lead(page, f"T\\n\\n{lead}\\n", "T").count("talks")
    1
    """
    m = _LEAD.search(html)
    if m is None:
        return body
    lead = " ".join(htmllib.unescape(_TAG.sub(" ", m.group("lead"))).split())
    if len(lead) < 40 or not lead.endswith((".", '"', "\u201d")) or lead[:60] in body:
        return body
    paragraphs = body.split("\n")
    skip = 0
    for i, para in enumerate(paragraphs):
        if not para.strip() or para == title or para.startswith("Published: "):
            skip = i + 1
            continue
        break
    paragraphs[skip:skip] = [lead, ""]
    return "\n".join(paragraphs)
