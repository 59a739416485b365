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
Harada"); else ``assign_sides`` decides (the other side of a co-chair, the host's national
office) or drops them. A person whose own country is not a party is somebody else's
(a third country's minister met on another day), never a delegate. Signature blocks at the
foot of a joint statement ("For the Ministry of Internal Affairs / of the Republic of
Kazakhstan / NAME / TITLE") name each side's signatory, who led it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from ._clauses import DATELINE_PREFIX, is_past
from ._countries import Mention, is_future
from ._lexicon import Lexicon, city_country
from ._names import NAME, Person, has_head, is_title_word, name_key
from ._shapes import country_of, split_people
from ._sides import UNSURE, assign_sides
from ._text import Sentence

__all__ = ["elsewhere", "more_people", "signatories"]

#: a sentence that may name who took part
_REPORTS = re.compile(
    r"\b(?:met|meets|meeting|talks|dialogue|consultations|delegations?|side|team|led|headed|"
    r"chaired|co-chaired|co-led|received|hosted|welcomed|called on|attended|attending|"
    r"accompanied|accompanying|joined|joining|included|including|comprised|comprising|"
    r"took part|taking part|participated|participating|present|represented|(?:was|were) with|"
    r"in attendance|"
    r"agreed|pledged|vowed|signed)\b",
    re.I,
)
_REPORT_WORDS = frozenset(
    [
        "attendance",
        "agreed",
        "pledged",
        "vowed",
        "signed",
        "met",
        "meets",
        "meeting",
        "talks",
        "dialogue",
        "consultations",
        "delegation",
        "delegations",
        "side",
        "team",
        "led",
        "headed",
        "chaired",
        "co-chaired",
        "received",
        "hosted",
        "welcomed",
        "called",
        "attended",
        "attending",
        "accompanied",
        "accompanying",
        "joined",
        "joining",
        "included",
        "including",
        "comprised",
        "comprising",
        "took",
        "taking",
        "participated",
        "participating",
        "present",
        "represented",
        "with",
    ]
)
_OTHER_WORDS = frozenset(
    [
        "earlier",
        "later",
        "previously",
        "last",
        "next",
        "also",
        "separately",
        "subsequently",
        "courtesy",
        "lunch",
        "dinner",
        "banquet",
        "luncheon",
        "phone",
        "telephone",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "press",
    ]
)
#: where a mention of a person cannot go on: verbs and clause words (searched in the clause
#: with its first letter in lower case, so that "Joining X were" cuts too)
_CUT = re.compile(
    r"(?:,\s*)?\b(?=[a-z])(?:was|were|is|are|has|have|had|met|meets|held|holds|led|headed|chaired|"
    r"co-chaired|co-led|co-hosted|received|hosted|welcomed|called on|attended|attending|"
    r"accompanied|accompanying|joined|joining|included|includes|including|comprised(?: of)?|"
    r"comprising(?: of)?|consisted of|made up of|took part|taking part|participated|participating|"
    r"signed|said|says|told|agreed|discussed|visited|paid|represented|by|with|which|whom|"
    r"while|whereas|also|present|during|as part of|in which|in the presence of|before|after|"
    r"ahead of|together|"
    r"along|between|following|today|yesterday|tonight|this morning|on (?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday))\b\s*"
    # "... Asim Munir in Beijing on Thursday": a place after the name ends it
    r"|(?:,?\s+(?:in|at)|(?<!mbassador)(?<!nvoy)(?<!dviser)(?<!ommissioner)(?<!ttache)"
    r"(?<!epresentative)(?<!ecretary)(?<!inister)\s+to)\s+(?=(?:The\s+)?[A-Z][\w'-]+"
    r"(?:\s+[A-Z][\w'-]+)?(?:[,.]|\s+(?:on|for|to|in)\b|$))",
)
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
#: another event's people: "Earlier in the week, X met ...", "after a lunch with ..."
_OTHER = re.compile(
    r"^(?:Earlier|Later|Previously|Last|Next)\b"
    r"|\b(?:also|later|separately|subsequently)\s+(?:met|called on|paid|held)\b"
    r"|\b(?:courtesy call|lunch|dinner|banquet|luncheon|phone call|telephone|"
    r"spokes(?:person|man|woman)|press secretary)\b",
    re.I,
)
#: the clause opens with a side: "For Guatemala,", "from Indonesia", "On the Moroccan side,"
_SIDE_OPEN = re.compile(
    r"(?:^|\b)(?:[Ff]or|[Ff]rom|[Oo]n behalf of|[Oo]n the|[Ff]rom the)\s+(?:the\s+)?$"
)
#: "The visiting delegation, which included ...": the guest's side (the party not hosting)
_VISITING = re.compile(r"\bvisiting\s+(?:delegation|side|team|dignitary|minister|guests?)\b", re.I)
_CLAUSES = re.compile(
    r",?\s+(?:while|whereas)\s+|;\s+(?=(?:the|and the|while)\s)|(?<=\sside),\s+and\s+"
    r"|,?\s+and\s+(?=the\s+(?:[A-Z][\w-]*\s+){1,3}(?:delegation|side|team)\s+by\b)"
)
_MEET_BETWEEN = re.compile(
    r"\b(?:met|meets|received|hosted|welcomed|called on|counterparts?|visiting|guest)\b"
    r"|\b(?:talks|meeting|dialogue|consultations|discussions)\b[^,;]{0,40}\bwith\b",
    re.I,
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
    placed = assign_sides(found + first, parties, lexicon, host)
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
        p for p in found if p.country is not None and not (p.review or "").endswith("(back-off)")
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
        if s.heading or not s.has(_REPORT_WORDS) or not _REPORTS.search(text):
            continue
        if s.has(_OTHER_WORDS) and _OTHER.search(text):
            continue
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
            )
            start = cut.end() if cut is not None else stop
    return out


#: "in Warsaw", "at The Hague": a city named in a sentence
_IN_CITY = re.compile(
    r"\b(?:in|at)\s+([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)(?!\s+[A-Z])(?=[\s,.;]|$)"
)


_ON_DAY = re.compile(
    r"\b(?:on|last|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)\b"
    r"|\b(?:earlier|later) (?:this|that|in the) (?:week|month|day)\b"
)


def elsewhere(text: str, place: str) -> bool:
    """Whether a sentence is set in a city other than the meeting's and on a day of its own
    ("Duda met NATO commanders in Warsaw on Friday" in a story of talks in Vilnius): another
    event."""
    if not _ON_DAY.search(text):
        return False
    for m in _IN_CITY.finditer(text):
        name = m.group(1)
        if name in place or place in name:  # "Delhi" in a story of talks in New Delhi
            return False
        if city_country(name) is not None:
            return True
    return False


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
) -> list[Person]:
    out: list[Person] = []
    bounds: list[tuple[int, int, str]] = []
    lowered = clause[:1].lower() + clause[1:]
    for m in _CUT.finditer(lowered):  # runs of cuts: "co-chaired" "by" -> "co-chaired by"
        word = m.group().strip(" ,").lower()
        if bounds and bounds[-1][1] == m.start():
            bounds[-1] = (bounds[-1][0], m.end(), f"{bounds[-1][2]} {word}".strip())
        else:
            bounds.append((m.start(), m.end(), word))
    edges = [(0, 0, ""), *bounds, (len(clause), len(clause), "")]
    talks = _TALKS_WITH.search(clause) is not None
    principal = _PRINCIPAL.search(clause) is not None
    companion_of = None if principal else placed
    for (_, a, before), (b, _, after) in pairwise(edges):
        piece = clause[a:b]
        if not _new_words(piece, known_words) or not has_name(piece):
            continue  # (every capitalised word a title's or a name's already found)
        side = _opening_side(clause, a, piece, offset, ms, parties, lexicon)
        side = side or (visiting if _VISITING.search(clause, 0, a) else None)
        piece = _SIDE_PIECE.sub("", piece)
        people = split_people(piece, lexicon)
        if not people:
            continue
        # "Joining Manalo were ...": a person placed, named outside the piece ("A and B
        # joined the talks": B is no companion of A)
        companion = _companion(clause[:a] + clause[b:], companion_of) if companion_of else None
        words = after.split()
        leading = (
            any(w in _LEAD_BEFORE for w in words)
            and "by" not in words
            and not before.endswith(("with", "by"))
        )
        leading = leading or bool(_LEAD_AFTER.search(before)) or (before.endswith("with") and talks)
        # "received on Tuesday X", "met in Riyadh today X": the verb, then a day or a place
        leading = leading or (_MET.search(before) is not None and not before.endswith("by"))
        # "A and B represented India", "X headed the Turkish delegation", "X attended from
        # the Japanese side": the side named right after the verb
        if side is None and words and words[-1] in _SIDE_AFTER_VERBS:
            side = _country_at(clause, b, offset, ms, parties)
        for p in people:
            key = name_key(p.name)
            if key in taken or len(key) < 4 or _second_reference(p.name, surnames, known_words):
                continue
            if re.search(r"spokes|press secretary", p.title or "", re.I):
                continue
            own = p.country or country_of(f"{p.title or ''} {p.organisation or ''}", lexicon)
            if own is not None and own not in parties:
                continue  # a third country's official
            country = own or side or companion
            review = None
            if own is None:
                review = "side from the clause (back-off)" if country else None
                attended = re.match(r"(?:also )?(?:attended|took part)\b", after)
                review = review or (None if leading or attended else UNSURE)
            taken.add(key)
            out.append(replace(p, country=country, leader=leading, sentence=s.index, review=review))
    return out


#: a clause whose people face each other (principals), where no one accompanies anyone
_PRINCIPAL = re.compile(
    r"\b(?:met|meets|held talks|received|hosted|welcomed|called on|co-chaired|co-hosted)\b", re.I
)
_SIDE_PIECE = re.compile(
    r"^\s*(?:[Ff]or|[Ff]rom|[Oo]n behalf of)\s+(?:the\s+)?[A-Z][\w'\u2019 .-]{1,40}?,\s+"
    r"|^\s*[Oo]n the [A-Z][\w-]*\s+side,\s+"
)
#: a country word that opens a side: "Norway's delegation", "the Mexican delegation"
_SIDE_WORD = re.compile(
    r"\s*(?:'s|\u2019s)?\s+(?:[A-Z][\w-]*\s+){0,4}(?:side|delegation|team)\b"
    r"|\s+(?:minister|secretary|guest|visitor|official|chief)\s+(?:was|were)\b"
    r"|\s+(?:was|were)\s+(?:also\s+)?(?:represented|led|headed)\b|\s+by\b"
    r"|\s+counterparts?\b(?:\s+(?:was|were|is|are)\b)?"
)


_SIDE_AFTER_VERBS = frozenset(["represented", "headed", "led", "attended", "part"])
_AFTER_SIDE = re.compile(r"[ ,]*(?:(?:represented|headed|led|attended|also|took part)\s+)*")


def _country_at(
    clause: str, at: int, offset: int, ms: list[Mention], parties: list[str]
) -> str | None:
    """The party named right after the verb at ``at`` ("represented India", "headed the
    Turkish delegation", "attended from the Japanese side")."""
    lead = _AFTER_SIDE.match(clause, at)
    at = lead.end() if lead is not None else at
    for m in ms:
        start = m.start - offset
        if m.iso3 not in parties or m.kind == "capital" or start < at:
            continue
        gap = clause[at:start]
        if re.fullmatch(r"\s*(?:(?:from|on|for)\s+)?(?:the\s+)?", gap) and (
            re.match(
                r"\s*(?:[A-Z][\w-]*\s+){0,3}(?:delegation|side|team)\b", clause[m.end - offset :]
            )
            or not gap.strip()
        ):
            return m.iso3
        break
    return None


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


def _opening_side(
    clause: str,
    a: int,
    piece: str,
    offset: int,
    ms: list[Mention],
    parties: list[str],
    lexicon: Lexicon,
) -> str | None:
    """The side the clause opens before the piece ("For Guatemala, the Minister ...", "from
    Indonesia were", "The Mexican delegation was headed by X and included"): the last such
    country, with no meeting verb ("met", "with", "received") after it."""
    opening = _SIDE_PIECE.match(piece)
    if opening is not None:
        land = lexicon.country_pattern.search(opening.group())
        if land is not None and lexicon.country_forms[land.group()][0] in parties:
            return lexicon.country_forms[land.group()][0]
    best = None
    for m in ms:
        start, end = m.start - offset, m.end - offset
        if m.kind == "capital" or m.iso3 not in parties or start < 0 or end > a:
            continue
        gap = clause[max(0, start - 12) : start]
        word = _SIDE_WORD.match(clause, end)
        opens = _SIDE_OPEN.search(gap) is not None or word is not None
        rest = word.end() if word is not None else end
        if opens and not _MEET_BETWEEN.search(clause, rest, a):
            best = m.iso3
        elif not m.located:
            best = None
    return best


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


def _companion(clause: str, placed: list[Person]) -> str | None:
    """The side of the one person already placed whom the clause names ("Joining Manalo
    were ...", "... were with Harada")."""
    sides = {
        p.country
        for p in placed
        # "Joining Quispe were": any name but the given one (double surnames)
        if any(
            re.search(rf"\b{re.escape(w)}\b", clause)
            for w in (p.name.split()[1:] or p.name.split())
            if len(w) > 3
        )
    }
    return sides.pop() if len(sides) == 1 else None


#: "For the Ministry of Internal Affairs" / "For the Republic of X" / "On behalf of X"
_FOR_LINE = re.compile(r"^(?:For|On behalf of)\s+(?:the\s+)?[A-Z]")


def signatories(sentences: list[Sentence], parties: list[str], lexicon: Lexicon) -> list[Person]:
    """Each side's signatory in a signature block: a line "For ...", lines naming the country,
    a line that is a name, and a line with a title."""
    out: list[Person] = []
    lines = [s for s in sentences if s.heading]
    i = 0
    while i < len(lines):
        if not _FOR_LINE.match(lines[i].text):
            i += 1
            continue
        block = [lines[i]]
        j = i + 1
        while j < len(lines) and j - i < 6 and not _FOR_LINE.match(lines[j].text):
            block.append(lines[j])
            j += 1
        country = next(
            (c for c in (country_of(x.text, lexicon) for x in block[:3]) if c in parties), None
        )
        for k, line in enumerate(block[1:], 1):
            name = line.text.strip()
            if re.fullmatch(NAME, name) and not has_head(name) and country is not None:
                title = block[k + 1].text.strip() if k + 1 < len(block) else None
                title = title if title and has_head(title) else None
                out.append(Person(name, title, None, None, country, True, line.index))
                break
        i = j
    return out
