"""A dialogue's subject written in lower case after its name, with "for the".

"The Joint Iraqi-Iranian Committee for the implementation of the security agreement", "the
Algerian-Tunisian joint committee for the development of border areas and border security":
the subject is part of the body's name, as the keys write it. It is taken when it ends in a
noun a subject ends with (security, cooperation, agreement, areas ...), so "the Joint Committee
for the first time" keeps its bare name. (After "on", lower-case words may tell what this
meeting talked about, "the X Mixed Commission on security matters": the keys leave them out.)
"""

from __future__ import annotations

import re

__all__ = ["lower_subject"]

_SKIP = (
    r"(?!(?:in|at|held|was|were|is|are|with|which|that|to|took|will|has|have|had|the|a|an|on|"
    r"for|from|of|by|between|this|last|next|and|first|second|third|its|their)\b)"
)
_W = rf"{_SKIP}[a-z][a-z-]*"
_NOUN = (
    r"(?:cooperation|security|agreements?|areas|management|control|crimes?|trafficking|"
    r"terrorism|safety|protection|enforcement|defen[cs]e|affairs|issues|matters|development|"
    r"demarcation|coordination)\b"
)
#: one subject: up to three words ending in its noun, with "of (the)" inside
_ONE = rf"(?:{_W}\s+(?:of\s+(?:the\s+)?)?){{0,3}}{_NOUN}"
_SUBJECT = re.compile(rf"\s+(?P<s>for\s+(?:the\s+)?{_ONE}(?:\s+and\s+(?:the\s+)?{_ONE})?)")


def lower_subject(text: str, end: int) -> str | None:
    """The lower-case subject right after a name that ends at ``end``, or None.

    >>> t = "The Joint X-Y Committee for the implementation of the security agreement met."
    >>> lower_subject(t, t.index(" for"))
    'for the implementation of the security agreement'
    >>> t = "The X-Y joint committee for the development of border areas and border security met"
    >>> lower_subject(t, t.index(" for"))
    'for the development of border areas and border security'
    >>> t = "The Joint Committee for the first time met in Erbil."
    >>> lower_subject(t, t.index(" for")) is None
    True
    """
    m = _SUBJECT.match(text, end)
    return m.group("s") if m is not None else None
