"""A transcript's speakers and the company each names in the first person.

Joint press remarks are written as turns under a label in capitals ("INTERIOR SECRETARY
KHURRAM AGHA DURRANI: Thank you, Minister."). A speaker who says "My delegation included A,
TITLE, and B, TITLE", "I was joined today by A ..., by B ..." or "With me at the table were
A and B" names his own side's members; the speakers themselves are the sides' heads.

A speaker's side is the side of the person the label names (found by the rules, or read from
where the text writes the label's words in running case, "with Interior Secretary Khurram
Agha Durrani"); else told by the turn ("our High Commissioner to Pakistan", "welcome our
Armenian colleagues": the other party); else, of two speakers, the party the other is not.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._lists import chunks
from ._names import Person, name_key, parse_person
from ._text import Sentence

__all__ = ["spoken_company"]

#: "LORD HARTWELL OF DENBY: Good afternoon": a speaker's label (not a question's)
_LABEL = re.compile(r"^(?P<who>[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,6}):\s")
_NOT_SPEAKER = re.compile(r"^(?:QUESTION|Q|MODERATOR|MODERATOR\s+\w+|PARTICIPANT|END|ENDS)\b")
#: the first-person phrase before a speaker's company
_COMPANY = re.compile(
    r"^(?:(?:Today|Here|This\s+week),?\s+)?(?:"
    r"[Ww]ith\s+me(?:\s+at\s+the\s+table|\s+today|\s+here)?\s+(?:were|was)"
    r"|I\s+was\s+(?:joined|accompanied)(?:\s+(?:today|here|this\s+week))?\s+by"
    r"|(?:My|Our)\s+delegation\s+(?:included|includes|comprised|was\s+made\s+up\s+of))\s+"
)
#: the turn names the other party: "our Ambassador to X", "our X colleagues"
_OTHER = re.compile(
    r"\bour\s+(?:High\s+Commissioner|Ambassador|Charg\S+\s+d'Affaires|Consul)\s+(?:to|in)\s+"
    r"(?P<land>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)|\bour\s+(?P<adj>[A-Z][\w-]*)\s+"
    r"(?:colleagues|friends|partners|guests|counterparts)\b"
)


def spoken_company(
    sentences: list[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` with each speaker's side and company (see the module); unchanged for a
    text of no labelled turns naming company."""
    turns: list[tuple[str, list[Sentence]]] = []  # (a turn runs to the next label)
    label = None
    for s in sentences:
        m = _LABEL.match(s.text)
        if m is not None:
            label = None if _NOT_SPEAKER.match(m.group("who")) else m.group("who")
            if label is not None:
                turns.append((label, []))
        if label is not None:
            turns[-1][1].append(s)
    if len(parties) != 2 or not any(_COMPANY.match(s.text) for _, ss in turns for s in ss):
        return people
    full = " ".join(s.text for s in sentences)
    speakers: dict[str, Person | None] = {}
    sides: dict[str, str] = {}
    guessed: dict[str, str] = {}
    said: dict[str, str] = {}
    for label, ss in turns:
        said[label] = f"{said.get(label, '')} {' '.join(s.text for s in ss)}"
    for label, turn in said.items():
        who = speakers.setdefault(label, _speaker(label, people, full, lexicon))
        side = who.country if who is not None and who.country in parties else None
        review = (who.review or "") if who is not None else ""
        told = _told(turn, parties, lexicon)
        if side is not None and not review.startswith("side"):
            sides[label] = side
        elif (kin := _kin_side(label, people, parties)) is not None:
            sides[label] = kin
        elif told is not None:
            sides[label] = told  # (the turn's word before a side the rules only inferred)
        elif side is not None:
            guessed[label] = side
    labels = list(dict.fromkeys(label for label, _ in turns))
    if len(labels) == 2 and len(sides) == 1:
        (known,) = sides.values()
        other = next(c for c in parties if c != known)
        sides.setdefault(next(lb for lb in labels if lb not in sides), other)
    for label, side in guessed.items():
        sides.setdefault(label, side)
    if len(set(sides.values())) < len(sides):
        return people  # two speakers of one side: no reading of ours
    out = list(people)
    keys = {name_key(p.name): i for i, p in enumerate(out)}
    for label, ss in turns:
        side = sides.get(label)
        if side is None:
            continue
        for s in ss:
            m = _COMPANY.match(s.text)
            if m is None:
                continue
            for c in chunks(s.text[m.end() :], lexicon):
                p = parse_person(re.sub(r"^(?:and\s+)?(?:by\s+)?our\s+", "", c), lexicon)
                if p is None or not (p.title or p.honorific):
                    continue
                p = replace(p, country=side, sentence=s.index, review="side: the speaker's")
                k = name_key(p.name)
                if k in keys:
                    old = out[keys[k]]
                    out[keys[k]] = replace(old, country=side, leader=False)
                else:
                    keys[k] = len(out)
                    out.append(p)
    led = {p.country for p in out if p.leader}
    first = {label: ss[0].index for label, ss in reversed(turns)}
    for label, side in sides.items():
        who = speakers.get(label)
        if who is None or side in led:
            continue
        k = name_key(who.name)
        if k in keys:
            out[keys[k]] = replace(out[keys[k]], country=side, leader=True)
        else:
            out.append(
                replace(
                    who,
                    country=side,
                    leader=True,
                    sentence=first[label],
                    review="a speaker of the remarks",
                )
            )
        led.add(side)
    return out


_PEER = re.compile(r"(?P<style>Lord|Baroness|Lady)\s+(?P<name>[A-Z][\w-]+(?:\s+of\s+[A-Z][\w-]+)?)")


def _speaker(label: str, people: list[Person], full: str, lexicon: Lexicon) -> Person | None:
    """The person a label names: one found whose name (or its last words) ends the label,
    else the label's words as the text writes them in running case."""
    words = label.split()
    for n in range(len(words), 1 if len(words) > 1 else 0, -1):  # (a surname alone is many's)
        tail = " ".join(words[-n:])
        found = {p.name: p for p in people if p.name.upper() == tail}
        if len(found) == 1:
            return next(iter(found.values()))
    m = re.search(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", full, re.I)
    if m is None or m.group() == label:
        return None
    peer = _PEER.fullmatch(m.group())  # "Lord Hartwell of Denby": a peer's style and title
    if peer is not None:
        return Person(peer.group("name"), honorific=peer.group("style"))
    return parse_person(m.group(), lexicon)


def _kin_side(label: str, people: list[Person], parties: list[str]) -> str | None:
    """The one side of everyone found whose surname ends the label ("UNDERSECRETARY AL
    KHALIFA": the Al Khalifas found are all Bahrain's), none of them placed by inference."""
    words = label.split()
    tail = " ".join(words[-2:]) if len(words) > 2 and len(words[-2]) <= 3 else words[-1]
    kin = {
        p.country
        for p in people
        if p.name.upper().endswith(f" {tail}")
        and p.country in parties
        and not (p.review or "").startswith("side")
    }
    return kin.pop() if len(kin) == 1 else None


def _told(turn: str, parties: list[str], lexicon: Lexicon) -> str | None:
    """The speaker's side as the turn tells it by naming the other party."""
    for m in _OTHER.finditer(turn):
        form = lexicon.country_forms.get(m.group("land") or m.group("adj") or "")
        if form is not None and form[0] in parties:
            return next(c for c in parties if c != form[0])
    return None
