"""Principals around a verb: "the Hon A, ..., hosted Japan's Minister ..., H.E. Ms. B"
(each side's appositive list), and the joint subject "A and B signed / met / co-chaired".
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._clauses import DATELINE_PREFIX
from ._lexicon import Lexicon
from ._lists import CLAUSE_END, LIST_END, chunks
from ._names import Person, parse_person

__all__ = [
    "JOINT",
    "JOINT_WORDS",
    "PRINCIPALS",
    "PRINCIPAL_WORDS",
    "TAIL_END",
    "find_principals",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: "the Hon A, Deputy Prime Minister ..., and Senator the Hon B, ..., hosted Japan's Minister
#: for Foreign Affairs, H.E. Ms. C, and ...": the two sides' principals around the verb
PRINCIPALS = re.compile(
    r",?\s+(?:(?:has|have|had)\s+)?(?:hosted|received|welcomed|met(?:\s+with)?|held talks with"
    r"|called on|calls on|travell?ed to [^.;,]{2,40}? for (?:talks|consultations) with"
    r"|held (?:a|an|the)\s+(?:[\w+.'-]+\s+){0,8}?"
    r"(?:consultations?|talks|dialogue|meeting|discussions?|video\s*conference|video\s+call)"
    r"\s+with)\s+"
)
PRINCIPAL_WORDS = _words("hosted received welcomed met called calls held travelled traveled")
#: where the other side's list ends: a date or a place after the names ("X on June 1, 2024",
#: "X in Seoul", "X today")
TAIL_END = re.compile(
    r",?\s+(?:on|in|at|during)\s+(?=[A-Z0-9])|,?\s+(?:today|yesterday|on (?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday))\b"
    r"|,?\s+as\s+part\s+of\b"  # "X, TITLE, as part of the Y Working Group"
    r"|,\s+according\s+to\b"  # "... and TITLE, B, according to a statement by ..."
)
#: "A and B signed the agreement / met / held talks": the subject is the two principals
JOINT = re.compile(
    r",?\s+(?:signed|met|co-chaired|held (?:talks|a meeting|consultations)|jointly"
    r"|held the\s+(?:[\w+.-]+\s+){0,6}?(?:Dialogue|Consultations|Talks|Meeting)\b)"
)
JOINT_WORDS = _words("signed met co-chaired held jointly")


#: where the names met end: a venue or another event ("X at the Foreign Relations Department
#: before a lunch with ...")
_VENUE = re.compile(
    r",?\s+(?:(?:at|in)\s+the\s+(?=(?:[A-Z][\w-]*\s+){1,4}(?:Department|Ministry|Palace|House|"
    r"Office|Building|Headquarters|Hall|Centre|Center)\b)"
    r"|(?:before|after|ahead of)\s+(?:a|an|the)\s)"
)


def find_principals(
    text: str, verb: re.Match[str], index: int, lexicon: Lexicon, found: list[Person]
) -> list[tuple[int, int]]:
    """People named in appositive lists on both sides of the verb; each list's country is the
    one its first person gives. Returns the spans used (none when a side names nobody)."""
    # an opening phrase of time: "On Monday,", "Last Friday,", "Earlier this week,"
    before = re.sub(
        r"^(?:\d+\.\s+)?(?:(?:On|Last|This|Earlier|Later)\s+[^,]{3,40},\s+)?",
        "",
        text[: verb.start()],
    )
    before = re.sub(r"\s+(?:on|in)\s+[A-Z0-9][^,]{2,30}$", "", before)  # "X on Sunday received"
    before = DATELINE_PREFIX.sub("", before)
    tail = CLAUSE_END.split(text[verb.end() :])[0]
    if re.match(r"(?:in|at)\s", tail):  # "received in his office in Riyadh today the Iraqi ..."
        start = re.search(r"\b(?:the|his|her)\s+(?=[A-Z])", tail)
        tail = tail[start.start() :] if start else tail
    tail = _VENUE.split(TAIL_END.split(LIST_END.split(tail)[0])[0])[0]
    if re.match(r"on\s", tail):  # "received on Sunday the head of ..."
        start = re.search(r"\b(?:the|his|her)\s+(?=[A-Za-z])", tail)
        tail = tail[start.start() :] if start else tail
    sides = []
    for part in (before, tail):
        people = []
        known = None  # "Rubio met de la Fuente and Security Secretary X": surnames of people
        for c in chunks(part, lexicon):  # named before give the side
            p = _counterpart(_with_country(parse_person(c, lexicon), c, lexicon), lexicon)
            earlier = _by_surname(c, found) if p is None or not p.title else None
            if earlier is not None:
                known = known or earlier.country
                continue
            people.append(p)
        titled = [p for p in people if p is not None and (p.title or p.review)]
        if not (titled or known) or len(titled) < len(people):
            return []
        country = (titled[0].country if titled else None) or known
        sides.append([replace(p, sentence=index, country=p.country or country) for p in titled])
    for side in sides:
        found.extend(side)
    return [(0, verb.end() + len(tail))]


def _by_surname(chunk: str, found: list[Person]) -> Person | None:
    """The person with a side named before whose name ends in ``chunk`` ("de la Fuente")."""
    words = chunk.strip(" .,").split()
    if not 1 <= len(words) <= 3 or not words[-1][:1].isupper():
        return None
    tail = " " + " ".join(words)
    return next((p for p in found if p.country and f" {p.name}".endswith(tail)), None)


def _with_country(person: Person | None, chunk: str, lexicon: Lexicon) -> Person | None:
    """The country a chunk names ("..., Ministry of Foreign Affairs of Japan") when the
    person's title gave none."""
    if person is None or person.country is not None:
        return person
    m = lexicon.country_pattern.search(chunk)
    if m is None or lexicon.country_forms[m.group()][1] == "capital":
        return person
    return replace(person, country=lexicon.country_forms[m.group()][0])


_COUNTERPART_TITLE = re.compile(r"^(?:his|her|their)\s+(?P<adj>\S+)\s+counterparts?$", re.I)


def _counterpart(person: Person | None, lexicon: Lexicon) -> Person | None:
    """'his Azerbaijani counterpart Colonel General X': no title, the adjective's side."""
    m = _COUNTERPART_TITLE.match(person.title or "") if person is not None else None
    if person is None or m is None:
        return person
    form = lexicon.country_forms.get(m.group("adj"))
    return replace(
        person,
        title=None,
        country=form[0] if form is not None else person.country,
        review="named as a counterpart: the title is the other side's",
    )
