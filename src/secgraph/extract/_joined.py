"""A joint press conference's transcript: each principal speaks under a label in capitals
("NAME, TITLE: ...", "SECRETARY NAME: ...") and names their own side: "On our side, I was
joined by the Chief of the X Police, A, and ...", "I'm joined today by B; by C; and by our
Ambassador, D", "My delegation today included E", "With me on the New Zealand side were F".
The speaker heads that side and the people named after the verb are its members; the side is
the one their titles name (over a side a rule only guessed), else the other party's of the
other speaker. A speaker who introduces himself ("I'm NAME, TITLE") is read from those words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ._lexicon import Lexicon
from ._lists import chunks
from ._namepat import HONORIFIC, UP
from ._names import Person, has_head, is_title_word, name_key
from ._shapes import country_of, read_person
from ._text import Sentence

__all__ = ["joined_speakers"]

#: "AGUS WIBOWO SANTOSO, COORDINATING MINISTER FOR X: ...", "PEMBERTON: ..."
_CAP = rf"[{UP}][{UP}'\u2019.-]+"
_LABEL = re.compile(
    rf"^(?P<who>{_CAP}(?:\s+{_CAP}){{0,6}})"
    r"(?:,\s+(?P<title>[A-Z][A-Z ,&'\u2019()-]{2,120}?))?:\s"
)
_JOINED = re.compile(
    r"\b(?:I\s+was|I'm|I\u2019m|I\s+am|I\s+have\s+been)\s+(?:\w+\s+)?(?:joined|accompanied)"
    r"(?:\s+\w+)?\s+by\s+|\b(?:Joining|With)\s+me\s+(?:today\s+|here\s+)?"
    r"(?:on\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+side\s+)?(?:are|were|is|was)\s+"
    r"|\b[Mm]y\s+delegation\s+(?:\w+\s+)?(?:included|includes|comprised|comprises|"
    r"consisted\s+of|was\s+made\s+up\s+of)\s+"
)
#: "I'm Rangi Te Awa, Secretary of Defence, and ...": a speaker who introduces himself
_INTRO = re.compile(r"\bI(?:'m|\u2019m|\s+am)\s+(?P<who>[A-Z][^,;.]{3,60},\s+[^,;.]{3,80})")
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


def _untitled(who: str) -> str:
    """The label's name without the title words or styles before it ("PERMANENT SECRETARY
    NAIVALU", "DR NAIVALU")."""
    words = who.split()
    while len(words) > 1 and (
        has_head(words[0].capitalize())
        or is_title_word(words[0].title())
        or re.fullmatch(HONORIFIC, words[0].capitalize()) is not None  # "MR", "DR", "MINISTER"
    ):
        words.pop(0)
    return " ".join(words)


def _names_label(p: Person, who: str) -> bool:
    """Whether the label writes the person's name, whole or its end ("TE AWAMUTU-HALE")."""
    name = p.name.upper()
    return who in (name, name.split()[-1]) or name.endswith(f" {who}")


def _introduced(label: re.Match[str], text: str, lexicon: Lexicon) -> Person | None:
    """The speaker as he introduces himself in his turn ("I'm NAME, TITLE")."""
    m = _INTRO.search(text)
    p = read_person(m.group("who"), lexicon) if m is not None else None
    return p if p is not None and _names_label(p, _untitled(label.group("who"))) else None


def _speaker(
    label: re.Match[str], people: list[Person], sentences: list[Sentence], lexicon: Lexicon
) -> Person | None:
    who = _untitled(label.group("who"))
    found = [p for p in people if _names_label(p, who)]
    if len({p.name for p in found}) == 1:
        return found[0]
    if found or len(who.split()) < 2:
        return None
    # (written only in capitals: the label itself, when no word of it heads a title)
    name = _cased(who, sentences) or " ".join(w.capitalize() for w in who.split())
    if has_head(name) or any(is_title_word(w) for w in name.split()):
        return None
    return Person(name, _title(label.group("title")) or _title_before(name, sentences, lexicon))


#: where the words of a title before a name begin: after a clause's joint
_JOINT = re.compile(r".*(?:;|\band\b|\bby\b|\bwith\b|:)\s*", re.S)


def _title_before(name: str, sentences: list[Sentence], lexicon: Lexicon) -> str | None:
    """The title the text writes before the name ("The Secretary of Foreign Affairs, NAME,
    and ..."), else None."""
    for s in sentences:
        at = s.text.find(name)
        if at < 0:
            continue
        before = s.text[: at + len(name)]
        start = _JOINT.match(before[:at])
        p = read_person(before[start.end() if start else 0 :], lexicon)
        if p is not None and p.title and p.name == name:
            return p.title
    return None


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
    introduced: dict[str, Person] = {}
    for s in sentences:
        m = _LABEL.match(s.text)
        if m is not None:
            label = m
        if label is not None and label.group("who") not in introduced and "i" in s.words:
            me = _introduced(label, s.text, lexicon)
            if me is not None:
                introduced[label.group("who")] = replace(me, sentence=s.index)
        joined = _JOINED.search(s.text) if label is not None else None
        if label is None or joined is None:
            continue
        speaker = introduced.get(label.group("who")) or _speaker(label, people, sentences, lexicon)
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
