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

from ._clauses import DATELINE_PREFIX, is_past
from ._countries import Mention, is_future
from ._lexicon import Lexicon
from ._names import NAME, Person, has_head, name_key
from ._shapes import country_of, split_people
from ._text import Sentence

__all__ = ["more_people", "signatories"]

#: a sentence that may name who took part
_REPORTS = re.compile(
    r"\b(?:met|meets|meeting|talks|dialogue|consultations|delegations?|side|team|led|headed|"
    r"chaired|co-chaired|co-led|received|hosted|welcomed|called on|attended|attending|"
    r"accompanied|accompanying|joined|joining|included|including|comprised|comprising|"
    r"took part|taking part|participated|participating|present|represented|(?:was|were) with)\b",
    re.I,
)
#: where a mention of a person cannot go on: verbs and clause words
_CUT = re.compile(
    r"(?:,\s*)?\b(?:was|were|is|are|has|have|had|met|meets|held|holds|led|headed|chaired|"
    r"co-chaired|co-led|co-hosted|received|hosted|welcomed|called on|attended|attending|"
    r"accompanied|accompanying|joined|joining|included|includes|including|comprised(?: of)?|"
    r"comprising(?: of)?|consisted of|made up of|took part|taking part|participated|participating|"
    r"signed|said|says|told|agreed|discussed|visited|paid|represented|by|with|which|whom|"
    r"while|whereas|also|present|during|as part of|in which|before|after|ahead of|together|"
    r"along|today|yesterday|tonight|this morning|on (?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday))\b\s*",
    re.I,
)
_LEAD_BEFORE = frozenset(
    "led headed chaired co-chaired co-led co-hosted met held received hosted welcomed".split()
)
_LEAD_AFTER = re.compile(
    r"^(?:(?:led|headed|chaired|co-chaired|co-led|represented)\s+by|met|received|hosted|"
    r"welcomed|called on)$",
    re.I,
)
#: "with" names the other principal after these ("held talks ... with the Secretary ...")
_TALKS_WITH = re.compile(r"\b(?:held talks|met|talks|co-chaired|co-hosted|meeting)\b", re.I)
#: another event's people: "Earlier in the week, X met ...", "after a lunch with ..."
_OTHER = re.compile(
    r"^(?:Earlier|Later|Previously|Last|Next)\b"
    r"|\b(?:also|later|separately|subsequently)\s+(?:met|called on|paid|held)\b|\b(?:courtesy call|lunch|dinner|banquet|"
    r"luncheon|phone call|telephone|spokes(?:person|man|woman)|press secretary)\b",
    re.I,
)
#: the clause opens with a side: "For Guatemala,", "from Indonesia", "On the Moroccan side,"
_SIDE_OPEN = re.compile(
    r"(?:^|\b)(?:[Ff]or|[Ff]rom|[Oo]n behalf of|[Oo]n the|[Ff]rom the)\s+(?:the\s+)?$"
)
_CLAUSES = re.compile(r";\s+|,?\s+(?:while|whereas)\s+")
_MEET_BETWEEN = re.compile(
    r"\b(?:met|meets|with|received|hosted|welcomed|called on|counterparts?|visiting|guest)\b",
    re.I,
)


def more_people(
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    parties: list[str],
    lexicon: Lexicon,
    found: list[Person],
) -> list[Person]:
    """People with a title, a rank or an office, in sentences that report the meeting, whom
    ``found`` (the rules' people, sides given) lacks."""
    taken = {name_key(p.name) for p in found}
    surnames = {p.name.split()[-1] for p in found}
    placed = [p for p in found if p.country in parties]
    out: list[Person] = []
    for s, ms in zip(sentences, mentions, strict=True):
        text = s.text
        if s.heading or not _REPORTS.search(text) or _OTHER.search(text):
            continue
        if is_future(s) or is_past(s):
            continue
        text = _strip_dateline(text)
        shift = len(s.text) - len(text)
        start = 0
        for cut in [*_CLAUSES.finditer(text), None]:
            stop = cut.start() if cut is not None else len(text)
            clause = text[start:stop]
            out += _clause_people(
                clause, start + shift, s, ms, parties, lexicon, placed, taken, surnames
            )
            start = cut.end() if cut is not None else stop
    return out


def _strip_dateline(text: str) -> str:
    text = re.sub(r"^[A-Z][A-Z .'-]+,\s+[A-Z][a-z]{2}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*:\s+", "", text)
    return DATELINE_PREFIX.sub("", text, count=1) if " - " in text[:80] else text


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
) -> list[Person]:
    out: list[Person] = []
    bounds = [(m.start(), m.end(), m.group().strip(" ,").lower()) for m in _CUT.finditer(clause)]
    edges = [(0, 0, ""), *bounds, (len(clause), len(clause), "")]
    talks = _TALKS_WITH.search(clause) is not None
    for (_, a, before), (b, _, after) in zip(edges, edges[1:], strict=False):
        piece = clause[a:b]
        if not re.search(r"[A-Z]", piece) or not has_name(piece):
            continue
        side = _opening_side(clause, a, piece, offset, ms, parties, lexicon)
        piece = _SIDE_PIECE.sub("", piece)
        people = split_people(piece, lexicon)
        if not people:
            continue
        leading = after.split(" ")[0] in _LEAD_BEFORE and not before.startswith(("with", "by"))
        leading = leading or bool(_LEAD_AFTER.match(before)) or (before == "with" and talks)
        companion = _companion(clause, placed)
        for p in people:
            key = name_key(p.name)
            if key in taken or p.name.split()[-1] in surnames or len(key) < 4:
                continue
            if re.search(r"spokes|press secretary", p.title or "", re.I):
                continue
            own = p.country or country_of(f"{p.title or ''} {p.organisation or ''}", lexicon)
            if own is not None and own not in parties:
                continue  # a third country's official
            country = own or side or companion
            review = None if own else "side inferred from the clause (back-off)"
            taken.add(key)
            out.append(replace(p, country=country, leader=leading, sentence=s.index, review=review))
    return out


_SIDE_PIECE = re.compile(
    r"^\s*(?:[Ff]or|[Ff]rom|[Oo]n behalf of)\s+(?:the\s+)?[A-Z][\w'\u2019 .-]{1,40}?,\s+"
    r"|^\s*[Oo]n the [A-Z][\w-]*\s+side,\s+"
)


def has_name(piece: str) -> bool:
    """Whether a piece may hold a name: two capitalised words in a row, or a rank and one."""
    return re.search(NAME, piece) is not None or re.search(r"[A-Z][a-z]+\s+[A-Z][a-z]{3,}", piece) is not None


def _opening_side(
    clause: str,
    a: int,
    piece: str,
    offset: int,
    ms: list[Mention],
    parties: list[str],
    lexicon: Lexicon,
) -> str | None:
    """The side the clause gives before the piece (or at its opening, "For Guatemala, the
    Minister ..."): the last country named there, with no meeting verb after it."""
    opening = _SIDE_PIECE.match(piece)
    if opening is not None:
        m = lexicon.country_pattern.search(opening.group())
        if m is not None and lexicon.country_forms[m.group()][0] in parties:
            return lexicon.country_forms[m.group()][0]
    best = None
    for m in ms:
        start, end = m.start - offset, m.end - offset
        gap = clause[max(0, start - 12) : max(0, start)]
        if m.kind == "capital" or m.iso3 not in parties or (m.located and not _SIDE_OPEN.search(gap)):
            continue
        if 0 <= start and end <= a:
            between = clause[end:a]
            if _MEET_BETWEEN.search(between) or (
                not _SIDE_OPEN.search(gap) and not re.match(r"\s*(?:'s|\u2019s)?\s*(?:side|delegation|team)\b", between)
            ):
                best = None
                continue
            best = m.iso3
    return best


def _companion(clause: str, placed: list[Person]) -> str | None:
    """The side of the one person already placed whom the clause names ("Joining Manalo
    were ...", "... were with Harada")."""
    sides = {
        p.country
        for p in placed
        if re.search(rf"\b{re.escape(p.name.split()[-1])}\b", clause)
    }
    return sides.pop() if len(sides) == 1 else None


#: "For the Ministry of Internal Affairs" / "For the Republic of X" / "On behalf of X"
_FOR_LINE = re.compile(r"^(?:For|On behalf of)\s+(?:the\s+)?[A-Z]")


def signatories(
    sentences: list[Sentence], parties: list[str], lexicon: Lexicon
) -> list[Person]:
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
