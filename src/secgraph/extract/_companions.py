"""The people a transcript's speaker names beside himself: "MINISTER ROGER ALEXANDER: ... With
me were the Commissioner of Police, Mr. A, and the Permanent Secretary, Mrs. B." and "MS. C:
... I was joined at this morning's meeting by Mr. D of the Bureau of X and by our Chargé
d'Affaires, Mr. E."

A briefing's transcript labels each turn with its speaker in capitals; who took part is said in
the first person. The speaker and those he says were with him are one side: the side the text
already gives the speaker, or, when his turn says he met "a delegation from" one party, the
other party. The speaker, who says he met, took part himself.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._lists import chunks
from ._names import Person, name_key, parse_person
from ._text import Sentence

__all__ = ["turn_companions"]

#: "MINISTER ROGER ALEXANDER: ...", "MS. CAROLINE MEYERS: ...", "IGP WAMBURA: ..."
_LABEL = re.compile(
    r"^(?P<who>(?:[A-Z][A-Z.'\u2019-]*\s+){0,4}[A-Z][A-Z'\u2019-]{2,})(?:\s*\([^)]*\))?:\s"
)
#: the words of a label that are no part of the speaker's name
_NOT_NAME = re.compile(
    r"^(?:MR|MRS|MS|DR|PROF|HE|H\.E|HON|MINISTER|SECRETARY|AMBASSADOR|GENERAL|GEN|ADMIRAL|ADM|"
    r"COLONEL|COL|COMMISSIONER|DIRECTOR|CHIEF|DEPUTY|ASSISTANT|UNDERSECRETARY|IGP|DIGP|"
    r"PRESIDENT|PRIME|SENATOR|JUDGE|CAPTAIN|CAPT|COMMANDER|MAJOR|LT|LIEUTENANT|BRIGADIER)\.?$"
)
#: labels of no person: the chair, the press
_NO_ONE = re.compile(
    r"^(?:MODERATOR|QUESTION|ANSWER|Q|A|INTERPRETER|CHAIR|CHAIRMAN|ALL|REPORTER|JOURNALIST|"
    r"SPEAKER|OFFICIAL|PARTICIPANT|VOICE|UNIDENTIFIED|NARRATOR|ANNOUNCER|TRANSCRIPT|END)\b"
)
#: "With me were ...", "I was joined at the meeting by ...", "Accompanying me were ..."
_WITH_ME = re.compile(
    r"\b(?:[Ww]ith\s+me\s+(?:were|was)|I\s+was\s+(?:joined|accompanied)(?:\s+[^,.;]{0,40}?)?"
    r"\s+by|(?:[Jj]oining|[Aa]ccompanying)\s+me\s+(?:were|was|today\s+were))\s+(?P<list>.+)$"
)
#: "I had a meeting ... with a delegation from the United States"
_MET_DELEGATION = re.compile(r"\bdelegation\s+(?:from|of)\s+(?:the\s+)?(?P<land>[A-Z][\w\s]{2,40})")


#: "I hosted the Netherlands State Secretary for Defence, X": the guest's country
_I_MET = re.compile(
    r"\bI\s+(?:hosted|met|received|welcomed)\s+(?:with\s+)?(?:the\s+|my\s+)?"
    r"(?P<land>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)"
)
#: "Made by: Minister of State for the Armed Forces (Luke Pollard)": a statement's author
_MADE_BY = re.compile(r"^(?:Made|Statement\s+made|Written)\s+by\s*:\s*(?P<who>\S.*)$")


def _author(sentences: list[Sentence], lexicon: Lexicon) -> Person | None:
    """The author a written statement names in its header, who says "I" in its text."""
    for s in sentences[:12]:
        m = _MADE_BY.match(s.text.strip())
        if m is not None:
            p = parse_person(m.group("who").strip(" ."), lexicon)
            return p if p is not None and len(p.name.split()) >= 2 else None
    return None


def _label_name(label: str) -> str | None:
    words = label.split()
    while words and _NOT_NAME.match(words[0]):
        words = words[1:]
    return " ".join(w.capitalize() for w in words) or None


#: the post a label writes before the name ("MINISTER ROGER ALEXANDER": a minister)
_LABEL_POST = re.compile(
    r"^(?P<post>(?:DEPUTY\s+|ASSISTANT\s+|PRIME\s+)?(?:MINISTER|SECRETARY|AMBASSADOR|"
    r"COMMISSIONER|DIRECTOR|IGP|UNDERSECRETARY))\s"
)


def _same(a: str, b: str) -> bool:
    """A label's name and a person's: the whole name, or the surname alone."""
    return name_key(a) in (name_key(b), name_key(b.split()[-1]))


def turn_companions(
    sentences: list[Sentence], parties: list[str], lexicon: Lexicon, people: list[Person]
) -> list[Person]:
    """``people`` with each speaker who names those with him, and those he names, on his side
    (see the module)."""
    if len(parties) != 2:
        return people
    out = list(people)
    label: str | None = None
    post: str | None = None
    speakers: list[tuple[str, str | None, str]] = []
    paragraph = -1
    author = _author(sentences, lexicon)
    for s in sentences:
        m = _LABEL.match(s.text)
        if m is not None:
            label = None if _NO_ONE.match(m.group("who")) else _label_name(m.group("who"))
            posted = _LABEL_POST.match(m.group("who"))
            post = posted.group("post").title() if posted else None
            paragraph = s.paragraph
        elif s.paragraph != paragraph:
            label = None
        if label is None and author is not None:
            label, post, paragraph = author.name, author.title, -1  # (a statement's "I")
        if label is None:
            continue
        with_me = _WITH_ME.search(s.text)
        if with_me is None:
            continue
        side = _side(label, sentences, paragraph, parties, lexicon, out)
        if side is None:
            continue
        text = re.sub(r"\b(?:and\s+)?by\s+(?:our|my)\s+", "and the ", with_me.group("list"))
        text = re.sub(r"\b(?:and\s+)?by\s+", "and ", text).strip(" .")
        found = [parse_person(c, lexicon) for c in chunks(text, lexicon)]
        for p in found:
            if p is not None and len(p.name.split()) >= 2:
                out = _with_side(out, replace(p, country=side, sentence=s.index))
        if not any(_same(label, p.name) for p in out) and len(label.split()) >= 2:
            out.append(Person(label, post, country=side, sentence=s.index))
        speakers.append((label, post, side))
    for label, post, side in speakers:
        if not any(p.leader and p.country == side for p in out):
            # the speaker who names those with him heads his side
            out = [
                replace(p, leader=True, title=p.title or post) if _same(label, p.name) else p
                for p in out
            ]
    return out


def _side(
    label: str,
    sentences: list[Sentence],
    paragraph: int,
    parties: list[str],
    lexicon: Lexicon,
    people: list[Person],
) -> str | None:
    """The speaker's side: the one the text gives him, else the party other than the one
    whose delegation he says he met."""
    known = {p.country for p in people if p.country and _same(label, p.name)}
    if len(known) == 1:
        return known.pop()
    for s in sentences:
        if s.paragraph != paragraph and paragraph >= 0:
            continue
        m = _MET_DELEGATION.search(s.text) or _I_MET.search(s.text)
        form = None
        if m is not None:
            form = next(
                (
                    lexicon.country_forms[f]
                    for f in lexicon.country_forms
                    if m["land"].startswith(f)
                ),
                None,
            )
        if form is not None and form[0] in parties:
            return next(c for c in parties if c != form[0])
    return None


def _with_side(people: list[Person], new: Person) -> list[Person]:
    """``people`` with ``new`` added, or the same person given the side."""
    key = name_key(new.name)
    for i, p in enumerate(people):
        if name_key(p.name) == key:
            moved = p.country != new.country  # (a head of the other side no longer)
            people[i] = replace(
                p,
                country=new.country,
                title=p.title or new.title,
                leader=p.leader and not moved,
            )
            return people
    return [*people, new]
