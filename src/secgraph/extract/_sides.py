"""Which side each official is on, once a sentence's rules have named them: a known
official's country, an office or a title that names a country, a courtesy style used by one
country only ("Shri", "Datuk"), the other side of a co-chair, the only party with no official,
the side of the person accompanied.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._names import ORG_COUNTRY, Person, name_key
from ._orgsides import body_sides
from ._shapes import country_of

__all__ = [
    "CLAUSE_SIDE",
    "NATIONAL_OFFICE",
    "OTHER_SIDE",
    "UNPLACED",
    "UNSURE",
    "WEAK",
    "assign_sides",
    "no_surnames",
]


def no_surnames(people: list[Person]) -> list[Person]:
    """Without a one-word name that is a word of a fuller name found ("Minister Joseph" after
    "the Hon Billy Joseph"): the same person, not a second one."""
    words = {w for p in people if " " in p.name for w in p.name.split()}
    return [p for p in people if " " in p.name or p.name not in words]


#: a sentence that lists attendees, not co-chairs: "Also attending were A, TITLE, and B"
_ATTENDING = re.compile(
    r"\b(?:[Aa]lso (?:attending|present|in attendance)|[Aa]ttending were|[Pp]resent were|"
    r"[Aa]mong (?:those|the officials) (?:present|attending))\b"
)


def _other_side(out: list[Person], parties: list[str], texts: dict[int, str] | None = None) -> None:
    """Co-chairs in one sentence: one side known, the other is the remaining party (not in a
    sentence that lists who also attended: one of them placed says nothing of the others)."""
    by_sentence: dict[int, list[int]] = {}
    for i, p in enumerate(out):
        by_sentence.setdefault(p.sentence, []).append(i)
    for sentence, idx in by_sentence.items():
        if texts is not None and _ATTENDING.search(texts.get(sentence, "")):
            continue
        missing = [  # (one who accompanies another takes that one's side, below)
            i
            for i in idx
            if out[i].country is None and out[i].review != UNSURE and out[i].companion is None
        ]
        taken = {out[i].country for i in idx if out[i].country}
        free = [c for c in parties if c not in taken]
        if missing and len(free) == 1 and (taken or len(missing) == 1):
            for i in missing:  # "co-chaired by X (known side) and Y": Y is the other side
                out[i] = replace(out[i], country=free[0], review=OTHER_SIDE)


#: Courtesy styles used by one country's officials only
_STYLE_COUNTRY = {"Shri": "IND", "Smt": "IND", "Datuk": "MYS", "Dato'": "MYS", "Tan": "MYS"}
_STYLE_COUNTRY |= {"Datin": "MYS", "Puan": "MYS", "Dasho": "BTN"}  # (a Datuk's wife; Bhutan's)


def assign_sides(
    people: list[Person],
    parties: list[str],
    lexicon: Lexicon,
    host: str | None = None,
    *,
    order: list[str] | None = None,
    texts: dict[int, str] | None = None,
) -> list[Person]:
    """Each person's side: written, known, from the office or style, the other side, or (a
    national office no one places: "The Chief of Defence Force, Air Marshal X, also took
    part") the host's, marked for review; with no host the person is kept without a side, marked
    ``UNPLACED``."""
    ref = lexicon.reference
    known = {name_key(o.name): o for o in ref.officials.values()}
    out: list[Person] = []
    for p in people:
        country = p.country
        official = known.get(name_key(p.name))
        if official is not None and official.country:
            country = official.country
        elif country is not None and country not in parties and len(parties) > 1:
            continue  # "... together with French Minister X": a third country's official
        if country is None or country not in parties:
            for key in (p.organisation, p.title):
                hint = next((c for k, c in ORG_COUNTRY.items() if key and k in key), None)
                if hint in parties:
                    country = hint
                    break
        if (country is None or country not in parties) and lexicon is not None:
            for key in (p.title, p.organisation):
                own = country_of(key or "", lexicon)  # not "Defence Attache in Abuja"
                if own in parties:
                    country = own
                    break
        if (country is None or country not in parties) and p.organisation:
            org = next(
                (
                    o
                    for o in ref.organisations.values()
                    if p.organisation in (o.name, o.acronym) and o.country in parties
                ),
                None,
            )
            country = org.country if org else country
        out.append(replace(p, country=country if country in parties else None))
    if texts is not None:
        body_sides(out, parties, texts, lexicon)
    _other_side(out, parties, texts)
    for i, p in enumerate(out):
        style = _STYLE_COUNTRY.get((p.honorific or "").split(" ")[0].rstrip("."))
        if p.country is None and style in parties:
            # "Shri", "Smt." are India's; "Datuk", "Tan Sri" Malaysia's
            out[i] = replace(p, country=style, review=f"side from the style '{p.honorific}'")
    _other_side(out, parties, texts)
    known_sides = {p.country for p in out if p.country}
    unknown = [i for i, p in enumerate(out) if p.country is None and p.review != UNSURE]
    free = [c for c in parties if c not in known_sides]
    # two heads while no party has one are co-chairs, one per side: not both the free side's
    # (a 2+2's two ministers of one side, the other side's heads named, are)
    heads = [i for i in unknown if out[i].leader]
    cochairs = len(heads) >= 2 and not any(p.leader and p.country for p in out)
    if unknown and len(free) == 1 and len({out[i].sentence for i in unknown}) == 1 and not cochairs:
        for i in unknown:
            out[i] = replace(out[i], country=free[0], review=WEAK)
    sides = {p.name: p.country for p in out if p.country}
    out = [
        replace(p, country=sides.get(p.companion)) if p.country is None and p.companion else p
        for p in out
    ]
    _shared_office(out)
    if order is not None:
        _cochairs_in_order(out, order)
        _other_principal(out, parties, texts or {})
    out = [_host_side(p, host) if p.country is None else p for p in out]
    return [p for p in out if p.country is not None or p.review == UNPLACED]


def _cochairs_in_order(out: list[Person], order: list[str]) -> None:
    """Two heads named in one phrase ("co-chaired by A, Joint Secretary, and B, Assistant
    Minister") whom nothing else places, while neither party has a head: in the order the text
    names the parties (marked for review), as "A and B led their respective delegations"."""
    led = {p.country for p in out if p.leader and p.country}
    by_sentence: dict[int, list[int]] = {}
    for i, p in enumerate(out):
        if p.leader and p.country is None and p.review is None and p.title:
            by_sentence.setdefault(p.sentence, []).append(i)
    pairs = [idx for idx in by_sentence.values() if len(idx) == 2]
    if len(order) != 2 or led & set(order) or len(pairs) != 1:
        return
    for i, country in zip(pairs[0], order, strict=True):
        out[i] = replace(out[i], country=country, review="side inferred: the parties' order")


def _other_principal(out: list[Person], parties: list[str], texts: dict[int, str]) -> None:
    """Two heads of one sentence on one side, the subject placed only by the back-off's clause,
    the other after a verb of meeting ("X held talks with a visiting Ugandan delegation led by
    Y": X read as Ugandan), while the other party has no head at all: X is the other side's."""
    if len(parties) != 2:
        return
    for i, p in enumerate(out):
        if not (p.leader and p.review == CLAUSE and p.country in parties):
            continue
        other = next(c for c in parties if c != p.country)
        mates = [q for q in out if q.leader and q.sentence == p.sentence and q.country == p.country]
        text = texts.get(p.sentence, "")
        verb = _MEETS.search(text, max(0, text.find(p.name)))
        after = [q for q in mates if q is not p and verb and text.find(q.name) > verb.start()]
        if len(mates) == 2 and after and not any(q.leader and q.country == other for q in out):
            out[i] = replace(p, country=other, review="side inferred: the other principal")


_MEETS = re.compile(
    r"\b(?:held\s+(?:\w+\s+){0,2}(?:talks|meeting|consultations)\s+with|met(?:\s+with)?|"
    r"received|hosted|welcomed)\b"
)


#: the back-off's side from the clause a person is named in
CLAUSE = "side from the clause (back-off)"
#: a side inferred from the other person's in the sentence (co-chairs), which a clue the
#: back-off layer reads overrides too ("A led a delegation which included B and C, TITLE of X")
OTHER_SIDE = "side inferred: the other side"
#: a side the back-off layer read in the clause (an opening country, a companion)
CLAUSE_SIDE = CLAUSE
#: the weakest inference of a side, which a clue the back-off layer reads overrides
WEAK = "side inferred: the only party with no official"
#: a member the back-off layer found whose side no clause gives: never given one by guess
UNSURE = "side not given by the clause (back-off)"

#: the review of an attendee kept without a side (the caller lists them for the reviewer)
UNPLACED = "side not given: the text names none and there is no host"


#: an office every state has, which names no country: its holder is the host's when the
#: text places them nowhere ("the Chief of Defence Force", "the Commander of the Navy")
NATIONAL_OFFICE = re.compile(
    r"^(?:Deputy\s+|Vice\s+)?(?:Chief|Commander|Chief of (?:the\s+)?(?:Defence|Defense|"
    r"General|Army|Naval|Air|Air Force|Navy)\b|Chief of Staff|Commander of the (?:Army|Navy|Air "
    r"Force|Armed Forces|Defence Force)|Director[- ]General|Commissioner|Inspector[- ]General"
    r"|Secretary|Permanent Secretary|Chairman,? (?:of (?:the )?)?Joint Chiefs)\b"
)


def _host_side(p: Person, host: str | None) -> Person:
    if p.title is None or p.review or not NATIONAL_OFFICE.match(p.title):
        return p
    if host is None:
        return replace(p, review=UNPLACED)
    return replace(p, country=host, review="side inferred: the host's (the text names none)")


#: an office named in a title: "the Central Military Commission", "Ministry of Defence"
_OFFICE = re.compile(
    r"\b(?:[A-Z][\w-]+\s+){1,4}(?:Commission|Committee|Council|Ministry|Bureau|"
    r"Directorate|Department|Agency|Service|Command)\b"
)


def _shared_office(out: list[Person]) -> None:
    """A person still without a side whose title names an office that only one side's
    officials hold ("Liu Zhenli, member of the Central Military Commission") is on that side."""
    holders: dict[str, set[str]] = {}
    for p in out:
        if p.country is not None:
            for office in _OFFICE.findall(f"{p.title or ''} {p.organisation or ''}"):
                holders.setdefault(office, set()).add(p.country)
    for i, p in enumerate(out):
        if p.country is not None:
            continue
        sides = {c for o in _OFFICE.findall(p.title or "") for c in holders.get(o, ())}
        if len(sides) == 1:
            out[i] = replace(p, country=sides.pop(), review="side from an office of that side")
            continue
        # "State Minister of Defense X" and "Deputy Minister of National Defence Y" beside
        # the "Minister of Defense" and the "Minister of National Defence of Viet Nam"
        mine = _portfolio(p.title, deputy=True)
        sides = {q.country for q in out if q.country and mine and _portfolio(q.title) == mine}
        if len(sides) == 1:
            out[i] = replace(p, country=sides.pop(), review="side from a minister's portfolio")


_PORTFOLIO = re.compile(
    r"^(?P<deputy>(?:State|Deputy|Vice|Junior|Assistant)\s+)?Minister\s+(?:of|for)\s+"
    r"(?:the\s+)?(?P<what>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})"
)


def _portfolio(title: str | None, deputy: bool = False) -> str | None:
    """The portfolio of a minister's title ('National Defence'); with ``deputy``, only a
    deputy's or state minister's ('Deputy Minister of National Defence')."""
    m = _PORTFOLIO.match(title or "")
    if m is None or bool(m.group("deputy")) != deputy:
        return None
    return m.group("what").casefold()
