"""A joint press conference's transcript: each principal speaks under a label in capitals
("NAME, TITLE: ...") and names their own side: "On our side, I was joined by the Chief of the
X Police, A, and ...", "I'm joined today by B; by C; and by our Ambassador, D". The speaker
heads that side and the people named after the verb are its members; the side is the one
their titles name (over a side a rule only guessed), else the other party's of the other
speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ._lexicon import Lexicon
from ._lists import chunks
from ._names import Person, has_head, is_title_word, name_key
from ._shapes import country_of, read_person
from ._text import Sentence

__all__ = ["joined_speakers"]

#: "AGUS WIBOWO SANTOSO, COORDINATING MINISTER FOR X: ...", "PEMBERTON: ..."
_LABEL = re.compile(
    r"^(?P<who>[A-Z][A-Z'\u2019.-]+(?:\s+[A-Z][A-Z'\u2019.-]+){0,3})"
    r"(?:,\s+(?P<title>[A-Z][A-Z ,&'\u2019()-]{2,120}?))?:\s"
)
_JOINED = re.compile(
    r"\b(?:I\s+was|I'm|I\u2019m|I\s+am|I\s+have\s+been)\s+(?:\w+\s+)?(?:joined|accompanied)"
    r"(?:\s+\w+)?\s+by\s+|\b(?:Joining|With)\s+me\s+(?:today\s+|here\s+)?(?:are|were|is|was)\s+"
)
#: the other side's principal, named in a speaker's own list
_COUNTERPART = re.compile(r"\b(?:counterpart|colleague|friend|host)\b", re.I)
_SMALL = frozenset(["for", "and", "of", "the", "on", "in", "to", "at"])


def _cased(words: str, sentences: list[Sentence]) -> str | None:
    """The label's name as the text writes it in mixed case elsewhere ("Agus Wibowo Santoso")."""
    pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words.split()) + r"\b", re.I)
    for s in sentences:
        for m in pattern.finditer(s.text):
            if not m.group().isupper():
                return m.group()
    return None


def _title(caps: str | None) -> str | None:
    if not caps:
        return None
    words = caps.strip().split()
    return " ".join(
        w.lower() if i and w.lower() in _SMALL else w.capitalize() for i, w in enumerate(words)
    )


def _speaker(
    label: re.Match[str], people: list[Person], sentences: list[Sentence]
) -> Person | None:
    who = label.group("who")
    found = [p for p in people if who in (p.name.upper(), p.name.split()[-1].upper())]
    if len({p.name for p in found}) == 1:
        return found[0]
    if found or len(who.split()) < 2:
        return None
    # (written only in capitals: the label itself, when no word of it heads a title)
    name = _cased(who, sentences) or " ".join(w.capitalize() for w in who.split())
    if has_head(name) or any(is_title_word(w) for w in name.split()):
        return None
    return Person(name, _title(label.group("title")))


_BY = re.compile(r"^(?:and\s+)?(?:by\s+)?")


def _listed(text: str, people: list[Person], lexicon: Lexicon) -> list[Person]:
    """The people a speaker names after "I was joined by": those the rules found there, and
    those each entry of the list reads as ("by the TITLE, NAME"; not "who is here on behalf
    of ..." nor a counterpart)."""
    out = [
        p
        for c in chunks(text, lexicon)
        if not _COUNTERPART.search(c)
        and not c.startswith("who ")
        and (p := read_person(_BY.sub("", c), lexicon)) is not None
        and p.title
    ]
    keys = {name_key(p.name) for p in out}
    return out + [p for p in people if p.name in text and name_key(p.name) not in keys]


def _own_country(p: Person, lexicon: Lexicon) -> str | None:
    """The country the person's own mention names ("the Australian Federal Police
    Commissioner"), not a side a rule guessed."""
    if p.country is not None and not p.review and p.sentence < 0:
        return p.country
    return country_of(f"{p.title or ''} {p.organisation or ''}", lexicon)


def joined_speakers(
    sentences: list[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` with each speaker who says "I was joined by ..." as the head of the side
    the people named after it share, and those people its members (see the module)."""
    if len(parties) != 2:
        return people
    turns: list[tuple[Person, list[Person], int]] = []
    label: re.Match[str] | None = None
    for s in sentences:
        m = _LABEL.match(s.text)
        if m is not None:
            label = m
        joined = _JOINED.search(s.text) if label is not None else None
        if label is None or joined is None:
            continue
        speaker = _speaker(label, people, sentences)
        listed = _listed(s.text[joined.end() :], people, lexicon)
        if speaker is not None and listed:
            turns.append((speaker, listed, s.index))
    if not turns:
        return people
    sides: list[str | None] = []
    for speaker, listed, _ in turns:
        votes = Counter(c for p in (speaker, *listed) if (c := _own_country(p, lexicon)) in parties)
        top = votes.most_common(2)
        sides.append(top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None)
    for i, side in enumerate(sides):
        others = {c for j, c in enumerate(sides) if j != i and c is not None}
        if side is None and len(others) == 1:
            sides[i] = next(c for c in parties if c not in others)
    out = list(people)
    for (speaker, listed, index), side in zip(turns, sides, strict=True):
        if side is None:
            continue
        keys = {name_key(p.name) for p in listed}
        head = name_key(speaker.name)
        out = [
            replace(p, country=side, leader=True, review=None)
            if name_key(p.name) == head
            else replace(p, country=side, leader=False, review=None)
            if name_key(p.name) in keys
            else p
            for p in out
        ]
        known = {name_key(p.name) for p in out}
        if head not in known:
            out.insert(0, replace(speaker, country=side, leader=True, sentence=index))
        out += [
            replace(p, country=side, sentence=index)
            for p in listed
            if name_key(p.name) not in known
        ]
    return out
