"""A back-off layer for officials: people the phrase rules of ``_people`` did not name.

The rules read the genre's phrasings one by one ("led by NAME, the TITLE", "the X delegation
included ..."); every new set of articles brought phrasings they had not seen ("Joining
Manalo were ...", "Musa was joined at the talks by ...", "X and Y were with Harada", "For
Guatemala, the Minister ..., X, led a delegation in which ..."). This layer reads no phrasing:
in a sentence that reports the meeting (not a future one, an earlier one or another event),
it cuts the text at verbs and clause words, reads every piece as a list of people in any
shape ``_shapes`` knows, and keeps those with a title, a rank or an office whom the rules had
not named. Each one's side is, in turn: the country their title or office names; the country
that opens the clause ("For Guatemala,", "from Indonesia", "the Indonesian side"); the side of
a person already placed whom the clause names ("Joining Manalo were ...", "... were with
Harada"; the clues are in ``_clues``); for principals ("X held talks with Y"), ``assign_sides``
gives the other side; a member no clue places is dropped, never guessed (``UNSURE``). A person
whose own country is not a party is somebody else's (a third country's minister met on another
day), never a delegate. Signature blocks (``_signatures``) name each side's signatory when
nothing else names anyone.

Measured with the phrase rules switched off (``scripts/eval_extract_sets.py --backoff-only``):
officials F1 0.940 (P 0.994) and leaders 0.938 over 168 articles, where the rules' first runs
on new sets scored 0.73-0.86 and 0.60-0.83; it costs about 13% of an article's time.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from ._clauses import DATELINE_PREFIX
from ._clues import (
    SIDE_AFTER_VERBS,
    SIDE_PIECE,
    companion_side,
    country_at,
    elsewhere,
    local_side,
    opening_side,
    posted_side,
    referent_side,
)
from ._countries import Mention, is_future
from ._cuts import CUT, OTHER, OTHER_WORDS, REPORT_WORDS, REPORTS
from ._lexicon import Lexicon
from ._listsides import (
    ANAPHOR,
    CO_CHAIRING,
    COURTESY,
    HEAD_OF_STATE,
    HOSTS,
    LIST_INTRO,
    MEMBER_OF,
    OUR_SIDE,
    SPOKESPERSON_SAID,
    contrast,
    from_groups,
    headed_people,
    host_office,
    our_party,
    previous_side,
)
from ._names import NAME, Person, is_title_word, name_key
from ._past import is_past
from ._shapes import country_of, split_people
from ._sides import CLAUSE_SIDE, OTHER_SIDE, UNSURE, WEAK, assign_sides
from ._signatures import signatories, tabled
from ._text import Sentence

__all__ = ["elsewhere", "more_people", "signatories", "tabled"]

_LEAD_BEFORE = frozenset(
    [
        "agreed",
        "pledged",
        "vowed",
        "signed",
        "led",
        "headed",
        "chaired",
        "co-chaired",
        "co-led",
        "co-hosted",
        "met",
        "held",
        "received",
        "hosted",
        "welcomed",
    ]
)
_LEAD_AFTER = re.compile(
    r"(?:^|\s)(?:(?:led|headed|chaired|co-chaired|co-led|represented|hosted)\s+by|met|"
    r"received|hosted|welcomed|called on|between)$",
    re.I,
)
_MET = re.compile(r"\b(?:met|received|hosted|welcomed|called on)\b")
#: "with" names the other principal after these ("held talks ... with the Secretary ...")
_TALKS_WITH = re.compile(r"\b(?:held talks|met|talks|co-chaired|co-hosted|meeting)\b", re.I)
#: "The visiting delegation, which included ...": the guest's side (the party not hosting)
_VISITING = re.compile(r"\bvisiting\s+(?:delegation|side|team|dignitary|minister|guests?)\b", re.I)
_CLAUSES = re.compile(
    r",?\s+(?:while|whereas)\s+|(?<=\sside),\s+and\s+"
    # "X included A; the Y side included B" (not "made up of A; the Secretary, B; ...")
    r"|;\s+(?=(?:and\s+)?the\s+(?:[A-Z][\w-]*\s+){1,3}(?:delegation|side|team)\b)"
    r"|;\s+(?=(?:and\s+)?(?:on|from|for)\s+the\s+(?:[A-Z][\w-]*\s+){1,3}side\b)"
    r"|,?\s+and\s+(?=the\s+(?:[A-Z][\w-]*\s+){1,3}(?:delegation|side|team)\s+by\b)"
)


def more_people(
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    parties: list[str],
    lexicon: Lexicon,
    found: list[Person],
    host: str | None = None,
    *,
    place: str | None = None,
) -> list[Person]:
    """People with a title, a rank or an office, in sentences that report the meeting, whom
    ``found`` (the rules' people, sides given) lacks."""
    first = _pass(sentences, mentions, parties, lexicon, found, host, place)
    if not any(p.country is None for p in first):
        return first  # (a second pass can only place someone the first left without a side)
    # a second pass: the people placed by the first are companions too ("Musa was joined")
    texts = {s.index: s.text for s in sentences}
    placed = assign_sides(found + first, parties, lexicon, host, texts=texts)
    second = _pass(sentences, mentions, parties, lexicon, placed, host, place)
    keys = {name_key(p.name) for p in second}
    return [p for p in first if name_key(p.name) not in keys] + second


def _pass(
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    parties: list[str],
    lexicon: Lexicon,
    found: list[Person],
    host: str | None,
    place: str | None = None,
) -> list[Person]:
    known = [  # (the rules' people the back-off may place: those they left without a side)
        p
        for p in found
        if p.country is not None
        and p.review != WEAK
        and not (p.review == OTHER_SIDE and not p.leader)  # (a member placed by the co-chair rule)
        and not (p.review or "").endswith("(back-off)")
    ]
    taken = {name_key(p.name) for p in known}
    surnames = {_surname(p.name) for p in known}
    placed = [p for p in found if p.country in parties]
    known_words = frozenset(w for p in known for w in p.name.split())
    guest = next((c for c in parties if c != host), None) if host in parties else None
    opening = next((s.index for s in sentences if not s.heading), -1)
    out: list[Person] = []
    for s, ms in zip(sentences, mentions, strict=True):
        text = s.text
        if s.heading or not s.has(REPORT_WORDS) or not REPORTS.search(text):
            continue
        if s.has(OTHER_WORDS) and OTHER.search(text):
            # "A spokesperson, X, said the dialogue was co-chaired by A and B": what was said
            said = SPOKESPERSON_SAID.search(text)
            if said is None or OTHER.search(text, said.end()):
                continue
            text = text[said.end() :]
        if is_future(s) or is_past(s) or (place and elsewhere(text, place)):
            continue
        if s.index == opening:  # (a dateline opens the first body sentence only)
            text = _strip_dateline(text)
        shift = len(s.text) - len(text)
        start = 0
        for cut in [*_CLAUSES.finditer(text), None]:
            stop = cut.start() if cut is not None else len(text)
            clause = text[start:stop]
            if not _new_words(clause, known_words):
                start = cut.end() if cut is not None else stop
                continue  # every capitalised word a title's or a name's already found
            visiting = guest if guest and _VISITING.search(clause) else None
            if start == 0 and ANAPHOR.match(clause):  # "Other members were ...": the side
                visiting = visiting or previous_side(sentences, s.index, parties, lexicon)
            out += _clause_people(
                clause,
                start + shift,
                s,
                ms,
                parties,
                lexicon,
                placed,
                taken,
                surnames,
                visiting,
                known_words,
                host,
                our_party(s.text, parties, lexicon),
                opening,
            )
            start = cut.end() if cut is not None else stop
    return out


def _strip_dateline(text: str) -> str:
    """Without a dateline before the first sentence ("PARIS, Nov 21 (PTI)", "Riyadh, Feb 14,
    2024, SPA --")."""
    text = re.sub(
        r"^[A-Z][A-Za-z .'-]+,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?"
        r"(?:,\s*[A-Z][A-Za-z]{1,12}(?=\s*(?:--|-|\u2013|\u2014))|\s*\([A-Z][A-Za-z]{1,12}\))?"
        r"\s*(?::|--|-|\u2013|\u2014)?\s+",
        "",
        text,
    )
    dashed = any(d in text[:80] for d in (" - ", " -- ", " \u2013 ", " \u2014 "))
    return DATELINE_PREFIX.sub("", text, count=1) if dashed else text


def _clause_people(
    clause: str,
    offset: int,
    s: Sentence,
    ms: list[Mention],
    parties: list[str],
    lexicon: Lexicon,
    placed: list[Person],
    taken: set[str],
    surnames: set[str],
    visiting: str | None = None,
    known_words: frozenset[str] = frozenset(),
    host: str | None = None,
    our_side: str | None = None,
    opening: int = -1,
) -> list[Person]:
    out: list[Person] = []
    bounds: list[tuple[int, int, str]] = []
    # a date between a subject and its verb ("X, on Thursday, 16th May, 2024 hosted Y") is
    # blanked, so that the verb follows the subject
    clause = _DATE.sub(_blank, clause)
    lowered = clause[:1].lower() + clause[1:]
    for m in CUT.finditer(lowered):  # runs of cuts: "co-chaired" "by" -> "co-chaired by"
        word = m.group().strip(" ,").lower()
        if word in ("in", "at", "to") and _POSTED_OF.search(clause, 0, m.start()):
            continue  # "the Ambassador of Kazakhstan to Uzbekistan, X": a post abroad, no place
        if bounds and bounds[-1][1] == m.start():
            bounds[-1] = (bounds[-1][0], m.end(), f"{bounds[-1][2]} {word}".strip())
        else:
            bounds.append((m.start(), m.end(), word))
    edges = [(0, 0, ""), *bounds, (len(clause), len(clause), "")]
    talks = _TALKS_WITH.search(clause) is not None
    principal = _PRINCIPAL.search(clause) is not None
    companion_of = None if principal else placed
    accompanied: str | None = None  # the side of the last piece after "accompanied by"
    previous = ""  # the piece before: "X, accompanied by Y, met ...": Y is X's side
    for (_, a, before), (b, cut_end, after) in pairwise(edges):
        piece = clause[a:b]
        piece_before, previous = previous, piece
        if not _new_words(piece, known_words) or not has_name(piece):
            continue  # (every capitalised word a title's or a name's already found)
        side = opening_side(clause, a, piece, offset, ms, parties, lexicon)
        side = side or (
            visiting if _VISITING.search(clause, 0, a) or ANAPHOR.match(clause) else None
        )
        if side is None and _ACCOMPANIED.search(before):
            side = companion_side(piece_before, placed)
            side = side or referent_side(piece_before, placed, s.index)  # "He was joined by"
        elif side is None and before in ("was", "were") and _ACCOMPANYING.match(clause):
            side = referent_side(piece_before, placed, s.index)  # "Accompanying the minister were"
            # "Joining the Sri Lankan co-chair were": the adjective's side
            side = side or country_of(piece_before, lexicon)
            side = side if side in parties else None
        if side is None and before == "by" and accompanied is not None:
            side = accompanied  # "accompanied by A and by B"
        accompanied = side if _ACCOMPANIED.search(before) or before == "by" else None
        piece = SIDE_PIECE.sub("", piece)
        grouped = from_groups(piece, parties, lexicon)  # ("A and B from Singapore, and C ...")
        group_side = {name_key(p.name): land for p, land in grouped}
        people = [p for p, _ in grouped] or headed_people(piece, parties, lexicon)
        if not people:
            # "... thank the members of both delegations: on our side, the Minister, X": the
            # list after the colon; "our side" is the party the sentence names no side of
            intro = list(LIST_INTRO.finditer(piece))
            tail = piece[intro[-1].end() :] if intro else piece
            ours = OUR_SIDE.match(tail)
            if ours is not None:
                tail, side = tail[ours.end() :], side or our_side
            people = split_people(SIDE_PIECE.sub("", tail), lexicon)
        if not people:
            continue
        # "Joining Manalo were ...": a person placed, named outside the piece ("A and B
        # joined the talks": B is no companion of A)
        # (named before the piece, or after it with "with": not a fellow member of its list)
        around = clause[:a] + (clause[b:] if _WITH_AFTER.match(clause, b) else "")
        companion = companion_side(around, companion_of) if companion_of else None
        words = after.split()
        leading = (
            any(w in _LEAD_BEFORE for w in words)
            and "by" not in words
            and not before.endswith(("with", "by"))
        )
        leading = leading or bool(_LEAD_AFTER.search(before)) or (before.endswith("with") and talks)
        # "received on Tuesday X", "met in Riyadh today X": the verb, then a day or a place
        leading = leading or (_MET.search(before) is not None and not before.endswith("by"))
        # "A and B spoke to the media after co-chairing the dialogue": the clause's subject
        leading = leading or (a == 0 and CO_CHAIRING.search(clause) is not None)
        # "A and B represented India", "X headed the Turkish delegation", "X attended from
        # the Japanese side": the side named right after the verb
        if side is None and words and words[-1] in SIDE_AFTER_VERBS:
            side = country_at(clause, b, offset, ms, parties)
        member_of = MEMBER_OF.match(clause, cut_end) if words[-1:] in (["was"], ["were"]) else None
        if side is None and member_of is not None:  # "A and B were part of the Georgian team"
            side = country_at(clause, member_of.end(), offset, ms, parties)
        for p in people:
            key = name_key(p.name)
            if key in taken or len(key) < 4 or _second_reference(p.name, surnames, known_words):
                continue
            if re.search(r"spokes|press secretary", p.title or "", re.I):
                continue
            if HEAD_OF_STATE.match(p.title or "") and (
                (not leading and s.index != opening) or COURTESY.search(after)
            ):
                continue  # "Ecuadorian President X has declared ...", "President X received
                # the heads of the two delegations": no delegate (but a summit's lead names hers)
            own = p.country or country_of(f"{p.title or ''} {p.organisation or ''}", lexicon)
            posted = posted_side(p.title or "", parties, lexicon) if own is None else None
            if own is not None and own not in parties:
                continue  # a third country's official
            country = own or group_side.get(key) or side or companion or posted
            country = country or local_side(p.title or "", parties, lexicon)
            review = None
            if own is None:
                review = CLAUSE_SIDE if country else None
                attended = re.match(r"(?:also )?(?:attended|took part)\b", after)
                review = review or (None if leading or attended else UNSURE)
                # "The meeting was attended by the Chief of Defence Forces, General X": a
                # national office no clause places is the host's (as the rules have it)
                if country is None and host and host_office(before, after, p.title or ""):
                    country, review = host, HOSTS
            taken.add(key)
            out.append(replace(p, country=country, leader=leading, sentence=s.index, review=review))
    return contrast(out, clause, host, placed)


def _blank(m: re.Match[str]) -> str:
    """A date blanked, its closing comma kept ("... in Baku on Thursday, the ministry said")."""
    text = m.group()
    return " " * (len(text) - 1) + "," if text.endswith(",") else " " * len(text)


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(
    r"(?:^|,?\s+)[Oo]n\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    rf"(?:,?\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})(?:,?\s+\d{{4}})?)?"
    # "on June 1, 2024", "on 27 January": a date written with its month
    rf"|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b(?:,?\s+\d{{4}})?),?"
)
#: a post abroad written with its own country before the place it is in: "the Ambassador of
#: the Republic of Poland (to Germany)", "at the Embassy of Pakistan (in Beijing)"
_POSTED_OF = re.compile(
    r"\b(?:Ambassador|Embassy|High\s+Commission(?:er)?|Consul(?:ate)?(?:[- ]General)?|Mission|"
    r"Attach[e\u00e9]|Envoy)\s+(?:of|to)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+(?:of\s+(?:the\s+)?)?)"
    r"{0,3}[A-Z][\w'\u2019-]*$"
)
_WITH_AFTER = re.compile(r",?\s+(?:(?:was|were)\s+(?:also\s+)?)?(?:with|alongside|beside)\b")
_ACCOMPANYING = re.compile(r"(?:Accompanying|Joining|Assisting)\s+(?:the|him|her)\b")
_ACCOMPANIED = re.compile(r"\b(?:accompanied|joined|assisted|flanked|supported)\s+by$")
#: a clause whose people face each other (principals), where no one accompanies anyone
_PRINCIPAL = re.compile(
    r"\b(?:met|meets|held talks|received|hosted|welcomed|called on|co-chaired|co-hosted|"
    r"(?:held|holds?)\s+(?:\w+\s+){0,3}?(?:talks|consultations|discussions|a meeting|dialogue))\b",
    re.I,
)
_CAPITALISED = re.compile(r"\b[A-Z\u00c0-\u00de][\w'\u2019-]{2,}")


def _new_words(piece: str, known: frozenset[str]) -> bool:
    """Whether a piece holds a capitalised word that is neither a title's nor a known name's."""
    words = _CAPITALISED.findall(piece)
    if words and re.match(r"\s*[A-Z][\w'\u2019-]*\s+[a-z]", piece):
        words = words[1:]  # "Officials said": a sentence's first word, not a name
    return any(w not in known and not is_title_word(w) for w in words)


def has_name(piece: str) -> bool:
    """Whether a piece may hold a name: two capitalised words in a row, or a rank and one."""
    return (
        re.search(NAME, piece) is not None
        or re.search(r"[A-Z][a-z]+\s+[A-Z][a-z]{3,}", piece) is not None
    )


def _second_reference(name: str, surnames: set[str], known_words: frozenset[str]) -> bool:
    """Whether a name only refers again to someone found ("General Musa", "Minister Joseph"),
    not a relative with a given name of their own ("Salem Nawaf Al-Sabah" beside "Fahad
    Yousef Saud Al-Sabah")."""
    words = name.split()
    return (len(words) == 1 and _surname(name) in surnames) or all(w in known_words for w in words)


def _surname(name: str) -> str:
    """A name's last word that is no suffix ("Gilberto Teodoro Jr." -> "Teodoro")."""
    words = [w for w in name.split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III", "IV")]
    return (words or name.split())[-1]
