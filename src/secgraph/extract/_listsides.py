"""Who a clause's people stand for when a list says it in a shape of its own, for the back-off
layer (``_backoff``): lists headed by a party's name ("Delegation of India: A, TITLE; ..."),
lists each closed by their side ("A and B from Singapore, and C from Vietnam"), "our side" in
a transcript (the party the sentence names no side of), a sentence that goes on with the
delegation the one before named ("Other members were ...", "It comprised ..."), "A and B were
part of the Georgian delegation"; the clauses that report no delegate (a spokesperson's own
words before what was said, a head of state receiving both delegations); and an attendance
clause's unmarked people, who are the host's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._names import Person
from ._shapes import split_people
from ._sides import NATIONAL_OFFICE, UNSURE
from ._text import Sentence

__all__ = [
    "ANAPHOR",
    "COURTESY",
    "CO_CHAIRING",
    "HEAD_OF_STATE",
    "HOSTS",
    "LIST_INTRO",
    "MEMBER_OF",
    "OUR_SIDE",
    "SPOKESPERSON_SAID",
    "contrast",
    "from_groups",
    "headed_people",
    "host_office",
    "our_party",
    "previous_side",
]

SPOKESPERSON_SAID = re.compile(
    r"\b(?:spokes(?:person|man|woman)|press secretary)\b[^.;]*?\b(?:said|says|told reporters)"
    r"(?:\s+on\s+\w+day)?,?\s+(?:that\s+)?",
    re.I,
)


#: a sentence going on with the delegation the one before named: "Other members were ...",
#: "It comprised ...", "The delegation also included ..."
ANAPHOR = re.compile(
    r"(?:Other\s+members(?:\s+of\s+the\s+(?:delegation|team))?\s+(?:were|included)|"
    r"Others\s+(?:were|included)|"
    r"It\s+(?:also\s+)?(?:comprised|included|consisted\s+of)|"
    r"The\s+(?:delegation|team)\s+also\s+(?:included|comprised))\b"
)
NAMED_SIDE = re.compile(r"\b[Tt]he\s+(?P<adj>[A-Z][\w-]*)\s+(?:delegation|side|team)\b")


def previous_side(
    sentences: list[Sentence], index: int, parties: list[str], lexicon: Lexicon
) -> str | None:
    """The party whose delegation the sentence before names alone ("The Nigerian delegation
    was led by X.")."""
    before = next((t for t in reversed(sentences[:index]) if not t.heading), None)
    if before is None:
        return None
    sides = {
        form[0]
        for m in NAMED_SIDE.finditer(before.text)
        if (form := lexicon.country_forms.get(m.group("adj"))) is not None and form[0] in parties
    }
    return sides.pop() if len(sides) == 1 else None


HEAD_OF_STATE = re.compile(
    r"^(?:the\s+)?(?:President|Prime\s+Minister|Premier|King|Queen|Emir|Amir|Sultan|"
    r"Crown\s+Prince|Vice\s+President|Chancellor)\b"
)
#: a head of state receiving the delegations: a courtesy call beside the talks
COURTESY = re.compile(r"\breceived\b.*\b(?:delegations?|heads\s+of)\b")


FROM_PARTY = re.compile(
    r"\s+from\s+(?:the\s+)?(?P<land>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
    r"(?:\s+(?:side|delegation))?(?=\s*(?:,|\.|;|$))"
)


def from_groups(piece: str, parties: list[str], lexicon: Lexicon) -> list[tuple[Person, str]]:
    """The people of lists each closed by "from PARTY", each with that party (empty unless
    every group of the piece is so closed)."""
    out: list[tuple[Person, str]] = []
    start = 0
    for m in FROM_PARTY.finditer(piece):
        form = lexicon.country_forms.get(m.group("land"))
        if form is None or form[0] not in parties:
            return []
        group = re.sub(r"^[\s,;]*(?:and\s+)?", "", piece[start : m.start()])
        out += [(p, form[0]) for p in split_people(group, lexicon)]
        start = m.end()
    return out if start and not re.search(r"[A-Za-z]", piece[start:]) else []


CO_CHAIRING = re.compile(r"\b(?:after|while|before)\s+(?:co-chairing|co-hosting|co-leading)\b")


def our_party(text: str, parties: list[str], lexicon: Lexicon) -> str | None:
    """ "on our side, A and B; and on the Mexican side, C": "our" is the party the sentence
    does not name as a side (of two)."""
    if "our side" not in text or len(parties) != 2:
        return None
    named = {
        form[0]
        for m in re.finditer(r"\bthe\s+(?P<adj>[A-Z][\w-]*)\s+side\b", text)
        if (form := lexicon.country_forms.get(m.group("adj"))) is not None
    }
    others = [c for c in parties if c not in named]
    return others[0] if len(named) == 1 and len(others) == 1 else None


#: the words before a colon that opens a list of people ("both delegations: ...")
LIST_INTRO = re.compile(
    r"\b(?:delegations?|members|participants|following|as follows|sides?)\s*:\s+"
)
OUR_SIDE = re.compile(r"\s*(?:and\s+)?(?:on|from|for)\s+our\s+side,?\s+")
MEMBER_OF = re.compile(r"(?:also\s+)?(?:(?:part|members?)\s+of|among)\s+")


HOSTS = "side inferred: the host's (back-off)"


def contrast(
    out: list[Person], clause: str, host: str | None, placed: list[Person]
) -> list[Person]:
    """ "The meeting was attended by A, Minister of State, and B, French Ambassador to the
    UAE": where an attendance clause marks the guest's people (B), those it leaves unmarked
    (A) are the host's, marked for review."""
    if host is None or not _ATTENDANCE.search(clause):
        return out
    marked = [p for p in out if p.review is None] + [p for p in placed if p.name in clause]
    marked = [p for p in marked if p.country is not None]
    # (and where every one it places is the host's, so are the others: "The reception was
    # attended by the Chief of the General Staff, General A; ...; and Governor of the
    # General Authority for X Eng. B")
    if not marked:
        return out
    return [replace(p, country=host, review=HOSTS) if p.review == UNSURE else p for p in out]


_ATTENDANCE = re.compile(
    r"\b(?:attended by|(?:was|were) (?:also )?present|present (?:were|was)|in attendance|"
    r"in the presence of|(?:also )?took part|taking part (?:were|was)|"
    r"(?:participants|attendees) (?:also )?included)\b",
    re.I,
)


#: "X, accompanied by Y,": Y is on the side of the person just before
_ATTENDING = re.compile(
    r"(?:attended by|present|present were|present was|in the presence of|participating were|"
    r"taking part were|in attendance)$"
)
_POSTED = re.compile(r"\b(?:Ambassador|Attach[eé]|Envoy|Commissioner to|Charg[eé]|Consul)", re.I)


def host_office(before: str, after: str, title: str) -> bool:
    """Whether an attendee no clause places holds a national office (the host's)."""
    attending = _ATTENDING.search(before) or _ATTENDED.match(after)
    return bool(attending and NATIONAL_OFFICE.match(title) and not _POSTED.search(title))


#: "A and B were present during the meeting", "X also attended"
_ATTENDED = re.compile(r"(?:were|was)?\s*(?:also\s+)?(?:present|attended|took part)\b")


#: "Participants: Colombia - A (TITLE); Ecuador - B (TITLE)": lists each headed by a country
_HEAD_BEFORE = re.compile(
    r"(?:^|[;:])\s*(?:(?:[Tt]he\s+)?(?:[Dd]elegation|[Mm]embers|[Rr]epresentatives|"
    r"[Pp]articipants)\s+(?:of|from|for)\s+(?:the\s+)?)?$"
)  # "India - A (TITLE)", "Delegation of India: A, TITLE; B, TITLE"
_HEAD_AFTER = re.compile(
    r"(?:\s+(?:delegation|side|team)(?:\s+(?:comprised|included|consisted)(?:\s+of)?)?)?"
    r"\s*[-\u2013\u2014:]\s+(?=[A-Z])"
)


def headed_people(piece: str, parties: list[str], lexicon: Lexicon) -> list[Person]:
    """The people of lists headed by a party's name, each with that party's side."""
    heads = []
    for m in lexicon.country_pattern.finditer(piece):
        iso3 = lexicon.country_forms[m.group()][0]
        after = _HEAD_AFTER.match(piece, m.end())
        if iso3 in parties and after and _HEAD_BEFORE.search(piece, 0, m.start()):
            heads.append((m.start(), after.end(), iso3))
    out: list[Person] = []
    for i, (_, end, land) in enumerate(heads):
        stop = heads[i + 1][0] if i + 1 < len(heads) else len(piece)
        out += [
            replace(p, country=p.country or land) for p in split_people(piece[end:stop], lexicon)
        ]
    return out
