"""Hosts, guests and sides named around a verb of welcome or signing: "TITLE, NAME, received
[today, at the X Palace,] the TITLE of Y, NAME", "On behalf of X, ... headed the delegation",
"signed on behalf of X by ...", "headed by X, with A and B in attendance", "At the invitation
of HOST, GUEST arrived ..." and "GUEST visited X at the invitation of HOST"."""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._lists import chunks
from ._names import Person, name_key, parse_person
from ._shapes import country_of, read_person
from ._text import Sentence

__all__ = [
    "HOST_WORDS",
    "ON_BEHALF",
    "RECEIVED",
    "SIGNED_FOR",
    "host_and_guest",
    "in_attendance",
    "invited",
    "received_by",
]

#: "On the Argentine side, the Secretary ..., X, took part", "On behalf of Colombia, the
#: Minister ..., Y, headed the delegation"
ON_BEHALF = re.compile(
    r"^(?:On|From) (?:the (?P<adj>[A-Z][\w-]*) side|behalf of (?:the )?(?P<land>[A-Z][\w ]+?)),\s+"
    r"(?P<who>[^;]+?),?\s+(?P<verb>took part|attended|participated|was present|headed|led|"
    r"chaired)\b"
)


def in_attendance(text: str, index: int, lexicon: Lexicon, found: list[Person]) -> None:
    """ "... was headed by X, with A and B in attendance": A and B are on X's side."""
    m = _IN_ATTENDANCE.search(text)
    here = [p for p in found if p.sentence == index and p.country]
    if m is None or not here:
        return
    for c in chunks(m.group("list"), lexicon):
        p = parse_person(c, lexicon)
        if p is not None and p.title:
            found.append(replace(p, leader=False, sentence=index, country=here[-1].country))


_IN_ATTENDANCE = re.compile(r",\s+with\s+(?P<list>[A-Z].+?)\s+in attendance\b")
#: "signed on behalf of the State of Qatar by HE ... X, and on behalf of ... by Y"
SIGNED_FOR = re.compile(
    r"\bon behalf of (?:the )?(?P<land>[^,]{3,40}?) by (?P<who>[^;]+?)"
    r"(?=,?\s+and\s+on behalf\b|,\s+and\s|\.\s*$|;|$)"
)


def host_and_guest(
    text: str, received: re.Match[str], index: int, lexicon: Lexicon, found: list[Person]
) -> list[tuple[int, int]]:
    """ "TITLE, NAME, received [today, at the X Palace,] the TITLE of Y, NAME, for ...": the
    host and the guest lead their sides (WAM, Itamaraty and many ministries write so)."""
    subject = re.split(r"\s(?:--|-|\u2013|\u2014)\s", text[: received.start()])[-1]
    subject = re.sub(r"^On\s+[^,]{3,30},\s+(?:(?:19|20)\d\d,\s+)?", "", subject)  # "On November 7,"
    span = len(subject)  # (the words the rule reads, the day with them)
    # "..., NAME, on Wednesday 12th June 2024 hosted": the day between the host and the verb
    subject = re.sub(r",?\s+(?:on|this|last)\s+[^,]{3,40}$", "", subject)
    guest = _GUEST_END.split(text[received.end() :], maxsplit=1)[0]
    host_p = parse_person(subject, lexicon)
    # ("a Malian delegation led by X": the led-by rule reads X, with his own title)
    guest_p = (
        None
        if re.match(r"(?:an?\s+)?[^,]{0,40}\bdelegation\b", guest)
        else parse_person(guest, lexicon)
    )
    if host_p is None or not host_p.title:
        return []
    found.append(replace(host_p, leader=True, sentence=index))
    if guest_p is None or not guest_p.title:
        # "received ... a Malian delegation led by X": the led-by rule names the guest
        return [(received.start() - span, received.start())]
    found.append(replace(guest_p, leader=True, sentence=index))
    return [(received.start() - span, received.end() + len(guest))]


HOST_WORDS = frozenset(["received", "welcomed", "held", "hosted"])
#: ", received [today,] [at the Itamaraty Palace,] [the] ..." after the host
RECEIVED = re.compile(
    r"(?:,\s+|\s+)(?:received|welcomed|held (?:a meeting|talks) with|"
    # "hosted a high-level Malian delegation led by ...": a delegation, not a dinner
    r"hosted(?=\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}delegation\b))\s+"
    r"(?:(?:today|yesterday|on\s+\w+(?:\s+\d{1,2}\s+\w+\s+\d{4})?)"
    r"(?:,\s+|\s+)|(?:at|in)\s+[^,]{3,50},\s+|in\s+[A-Z][\w-]+\s+(?=an?\s|the\s))*"
    r"(?:the\s+)?(?=[A-Z]|an?\s)"
)
_GUEST_END = re.compile(
    r",\s+(?:who|for|on|at|in|to|during|and|as)\s|\.(?:\s|$)|;|\s+(?:at|in|on)\s+(?=[A-Z])"
)


_OPENING = re.compile(
    r"^(?:\d{1,2}\.\s+)?(?:[^()]{2,60}?(?:\s*\([\w .&-]{2,30}\))?\s(?:--|-|\u2013|\u2014)\s+)?"
    r"(?:On\s+[^,]{3,30},\s+)?At\s+the\s+invitation\s+of\s+(?:the\s+)?"
)
_VISIT_VERB = re.compile(
    r",?\s+(?:(?:today|yesterday|on\s+\w+(?:\s+\d{1,2}\s+\w+\s+\d{4})?),?\s+)?"
    r"(?:arrived|paid|visited|made|began|is|was|held|travell?ed|led|came|undertook|concluded|"
    r"met|called)\b"
)
_INVITER = re.compile(r"\bat\s+the\s+invitation\s+of\s+(?:the\s+)?")
_INVITER_END = re.compile(r",|\.(?:\s|$)|;|\s+(?:on|in|for|to|from|during)\s")


def _two(words: str, lexicon: Lexicon) -> tuple[Person, Person] | None:
    """ "HOST-TITLE, HOST, GUEST-TITLE, GUEST" cut at the comma where both halves read as a
    titled person."""
    parts = re.split(r",\s*", words.strip().rstrip(","))
    for k in range(1, len(parts)):
        host = parse_person(", ".join(parts[:k]), lexicon)
        guest = parse_person(", ".join(parts[k:]), lexicon)
        if host is not None and guest is not None and host.title and guest.title:
            return host, guest
    return None


def invited(
    sentences: list[Sentence],
    people: list[Person],
    parties: list[str],
    lexicon: Lexicon,
    host_side: str | None,
) -> list[Person]:
    """``people`` with the host and the guest of an invitation as their sides' heads ("At the
    invitation of TITLE, NAME, TITLE, NAME arrived in X", "NAME visited X at the invitation of
    TITLE NAME"), replacing what other rules read of the same names there."""
    if len(parties) != 2:
        return people
    for s in sentences:
        if "invitation of" not in s.text:
            continue
        opening = _OPENING.match(s.text)
        pair: tuple[Person, Person] | None = None
        if opening is not None:
            verb = _VISIT_VERB.search(s.text, opening.end())
            if verb is not None:
                pair = _two(s.text[opening.end() : verb.start()], lexicon)
        else:
            inviter = _INVITER.search(s.text)
            verb = _VISIT_VERB.search(s.text)
            if inviter is not None and verb is not None and verb.start() < inviter.start():
                host_words = _INVITER_END.split(s.text[inviter.end() :])[0]
                host = parse_person(host_words, lexicon)
                guest = parse_person(
                    re.sub(r"^On\s+[^,]{3,30},\s+", "", s.text[: verb.start()]), lexicon
                )
                if host is not None and guest is not None and host.title and guest.title:
                    pair = (host, guest)
        if pair is None:
            continue
        sides = [p.country or country_of(p.title or "", lexicon) for p in pair]
        sides = [c if c in parties else None for c in sides]
        if sides[0] is None:
            sides[0] = next((c for c in parties if c != sides[1]), None) if sides[1] else host_side
        if sides[1] is None and sides[0] is not None:
            sides[1] = next((c for c in parties if c != sides[0]), None)
        if None in sides or sides[0] == sides[1]:
            continue
        keys = {name_key(p.name) for p in pair}
        # (first: the heads named by the invitation come before anyone the side has)
        people = [
            replace(p, country=c, leader=True, sentence=s.index)
            for p, c in zip(pair, sides, strict=True)
        ] + [p for p in people if name_key(p.name) not in keys]
    return people


#: "She was greeted by the Irish Minister for Justice, Helen McEntee": the host, after a verb
#: in the passive; the subject (a pronoun: the person the sentence before opened with)
_RECEIVED_BY = re.compile(
    r"^(?P<subj>.{1,160}?)\s+(?:was|were)\s+(?:warmly\s+)?(?:received|welcomed|greeted|hosted)\s+"
    r"(?:\w+\s+)?by\s+(?P<host>[^;]+?)"
    r"(?=,\s+(?:who|at|in|on|for)\b|\s+(?:at|on|upon)\s+(?:the\s+)?[A-Z\d]|\s+in\s+[A-Z]|[.;]?$)"
)
_PRONOUN = re.compile(r"^(?:She|He|They)$")
_FIRST_VERB = re.compile(r",?\s+(?:has|have|had|was|were|is|are|arrived|met|held|led|began)\b")


def received_by(
    sentences: list[Sentence],
    people: list[Person],
    parties: list[str],
    lexicon: Lexicon,
) -> list[Person]:
    """``people`` with the guest and the host of "GUEST was received by HOST" as their sides'
    heads when no rule read them (the guest may be "She": the person the sentence before
    names first)."""
    if len(parties) != 2:
        return people
    taken = {name_key(p.name) for p in people}
    previous: Sentence | None = None
    for s in sentences:
        m = _RECEIVED_BY.match(s.text) if " by " in s.text else None
        before, previous = previous, s
        if m is None:
            continue
        host = read_person(m.group("host"), lexicon)
        subject = m.group("subj").strip()
        if _PRONOUN.match(subject) and before is not None:
            subject = _FIRST_VERB.split(before.text, maxsplit=1)[0]
        guest = read_person(subject, lexicon)
        if host is None or guest is None or not host.title or not guest.title:
            continue
        if name_key(host.name) in taken or name_key(guest.name) in taken:
            continue
        sides = [p.country or country_of(p.title or "", lexicon) for p in (host, guest)]
        sides = [c if c in parties else None for c in sides]
        if sides[0] is None and sides[1] is not None:
            sides[0] = next(c for c in parties if c != sides[1])
        if sides[1] is None and sides[0] is not None:
            sides[1] = next(c for c in parties if c != sides[0])
        if None in sides or sides[0] == sides[1]:
            continue
        taken |= {name_key(host.name), name_key(guest.name)}
        people = people + [
            replace(p, country=c, leader=True, sentence=s.index)
            for p, c in zip((host, guest), sides, strict=True)
        ]
    return people
