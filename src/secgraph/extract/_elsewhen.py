"""People named only in a sentence about another meeting than the one reported: a meeting
still to come ("The next Council, to be chaired by A and President B, is expected ..."), one
held in another month ("It should be noted that in April, the Minister A met with the
Ambassador B"), or a separate one of the person named ("The Foreign Minister A, who held a
separate meeting in Bogota in January with her counterpart, welcomed the results").

The rules that read "chaired by" or "met" take such people as the meeting's; a person the
article names nowhere else took no part in it and is dropped.
"""

from __future__ import annotations

import re

from ._names import Person
from ._text import Sentence

__all__ = ["without_other_events"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
#: the whole sentence is about another meeting
_ANOTHER = re.compile(
    # still to come: "to be chaired by", "will be co-chaired by"
    r"\b(?:to\s+be|will\s+be)\s+(?:co-)?(?:chaired|hosted|led|headed)\s+by\b"
    # another month: "It should be noted that in April, A met B", "Earlier, in May, ..."
    rf"|(?:\bthat|\b[Ee]arlier,?)\s+in\s+{_MONTH}(?!\s+\d),\s+[^.;]*\bmet\b",
)
#: only the person before it: "A, who held a separate meeting ..."
_SEPARATE = re.compile(r",\s+who\s+(?:had\s+)?held\s+(?:a\s+)?separate\s+(?:meeting|talks)\b")


def without_other_events(sentences: list[Sentence], people: list[Person]) -> list[Person]:
    """``people`` without those named only in sentences about another meeting.

    >>> t = "The next Council, to be chaired by President Ann Bell, will meet in May."
    >>> s = Sentence(0, 0, len(t), t)
    >>> without_other_events([s], [Person("Ann Bell", "President", sentence=0)])
    []
    """
    other: set[int] = set()
    separate: dict[int, int] = {}  # sentence -> where its ", who held a separate meeting" is
    for s in sentences:
        if _ANOTHER.search(s.text):
            other.add(s.index)
        m = _SEPARATE.search(s.text)
        if m is not None:
            separate[s.index] = m.start()
    if not other and not separate:
        return people
    texts = {s.index: s.text for s in sentences}

    def elsewhere_only(p: Person) -> bool:
        surname = re.compile(rf"\b{re.escape(p.name.split()[-1])}\b")
        named = [i for i, t in texts.items() if surname.search(t)]
        if not named:
            return False
        for i in named:
            if i in other:
                continue
            if i in separate and texts[i][: separate[i]].endswith(p.name):
                continue
            return False
        return True

    return [p for p in people if not elsewhere_only(p)]
