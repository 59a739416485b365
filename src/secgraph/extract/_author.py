"""The author of a minister's own release, who speaks in the first person ("Today I welcomed
...", "It was a pleasure to host my Fijian counterpart"): named only in the letterhead above
the text ("The Hon Richard Marles MP / Deputy Prime Minister / Minister for Defence").

The letterhead is the article's first paragraph of short lines: a name (with its style) and
then one or more lines that are titles. The author takes part only when a sentence of the
body tells of the meeting in the first person.
"""

from __future__ import annotations

import re

from ._lexicon import Lexicon
from ._names import Person, has_head, parse_person
from ._text import Sentence

__all__ = ["release_author"]

#: a sentence of the body in which the author meets someone
_FIRST_PERSON = re.compile(
    r"(?:\bI\s+(?:\w+\s+)?(?:welcomed|met|hosted|received|held|co-chaired|visited)\b"
    # "I was delighted to welcome X", "I am pleased to have hosted X"
    r"|\bI\s+(?:was|am)\s+(?:\w+\s+){1,2}to\s+(?:have\s+)?(?:welcome|host|meet|receive)[ds]?\b"
    r"|\b(?:host|welcome|meet|receive)\s+my\s+|\bmy\s+(?:[A-Z][\w-]*\s+)?counterpart)"
)
#: a letterhead line that is a title: capitalised words, "of", "for", "and", "the"
_TITLE_LINE = re.compile(r"(?:(?:[A-Z][\w'\u2019-]*|of|for|and|the|to)\s*)+")


#: where the guest's name ends: "welcomed X, TITLE, to Canberra for ..."
_GUEST_END = re.compile(r",\s+(?:to|in|at|for|on|during)\s|\s+(?:to|in|this|last|today)\s")


def release_author(sentences: list[Sentence], lexicon: Lexicon, parties: list[str]) -> list[Person]:
    """The release's author, who leads the side that is not the guest's, and the guest met
    in the first person ("Today I welcomed Papua New Guinea's Minister for Defence, the Hon
    X, to Canberra"); none when the text is not in the first person."""
    author = _author(sentences, lexicon)
    if author is None:
        return []
    spoken = sentences[author.sentence].text if author.sentence < len(sentences) else ""
    verb = _FIRST_PERSON.search(spoken)
    tail = spoken[verb.end() :] if verb else ""
    found = lexicon.country_pattern.search(tail)
    form = lexicon.country_forms[found.group()] if found else None
    guest_side = form[0] if form is not None and form[1] != "capital" else None
    out = []
    if verb is not None and not verb.group().endswith(("my ", "counterpart")):
        guest = parse_person(_GUEST_END.split(tail.lstrip())[0], lexicon)
        if guest is not None and guest.title:
            out.append(
                Person(
                    guest.name,
                    guest.title,
                    guest.organisation,
                    guest.honorific,
                    guest.country or guest_side,
                    True,
                    author.sentence,
                )
            )
    others = [c for c in parties if c != guest_side]
    if guest_side in parties and len(others) == 1:
        author = Person(
            author.name,
            author.title,
            None,
            author.honorific,
            others[0],
            True,
            author.sentence,
            author.review,
        )
    return [author, *out]


def _author(sentences: list[Sentence], lexicon: Lexicon) -> Person | None:
    head = [s for s in sentences[:8] if s.heading and s.paragraph == sentences[0].paragraph]
    if len(head) < 2:
        return None
    spoken = next((s for s in sentences if not s.heading and _FIRST_PERSON.search(s.text)), None)
    if spoken is None:
        return None
    person = parse_person(head[0].text, lexicon)
    if person is None or person.title is not None or len(person.name.split()) < 2:
        return None
    titles = []
    for s in head[1:]:
        line = s.text.strip()
        if not (_TITLE_LINE.fullmatch(line) and has_head(line)):
            break
        titles.append(line)
    if not titles:
        return None
    return Person(
        person.name,
        " and ".join(titles),
        None,
        person.honorific,
        None,
        True,
        spoken.index,
        "the release's author, who writes in the first person",
    )
