"""People in a list: where a list of names ends, and how it splits into one chunk a person.

"A, TITLE; B, TITLE and C", "Defence Minister A, Intelligence chief B and Deputy Minister C",
"X and senior officials of the Ministry" (the officials are nobody's name).
"""

from __future__ import annotations

import re

from ._lexicon import Lexicon
from ._namepat import (
    HONORIFIC,
    JUNIOR_RANK,
    NAME,
    RANK_RE,
    keep_office_commas,
    office_commas,
)
from ._names import Person, has_head, is_title_word, parse_person

__all__ = ["CLAUSE_END", "LIST_END", "chunks"]

#: where an appositive list ends: "X, in The Hague on Tuesday"
LIST_END = re.compile(r",\s+(?:in|at|on|for|to|during|who|where)\s")

_OTHERS = re.compile(
    r",?\s+and\s+(?:other\s+|several\s+|some\s+)?(?:senior|officials|representatives|members|"
    r"a number)\b|,?\s+and\s+(?:his|her|their)\s+(?:accompanying\s+)?delegation"
)

_NOT_ABBREV = "".join(
    rf"(?<!\b{a})"
    for a in (
        "Mr",
        "Ms",
        "Mrs",
        "Dr",
        "St",
        "Lt",
        "Gen",
        "Col",
        "Smt",
        "Prof",
        "Hon",
        "Amb",
        "Adm",
        "Brig",
        "Maj",
        "Capt",
        "Sr",
        "Jr",
        "Md",
        "Mohd",
        "Ma",
        "Eng",
        "Engr",
        "[A-Z]",
    )
)
CLAUSE_END = re.compile(
    _NOT_ABBREV + r"\.\s|;\s|,?\s+(?:while|whereas|met|held|discussed|said)\s"
    r"|,?\s+(?:and\s+)?(?:(?:was|were)\s+)?(?:also\s+)?(?:included|includes|comprised|comprising|"
    r"consisted of|made up of|composed of|accompanied by|together with)\b"
    r"|\s+(?:in|at)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:for|on|to|from)\s+(?:the\s+)?[a-z\d]"
    r"|,?\s+and\s+(?=(?:the\s+)?"
    r"(?:[A-Z][\w.]*\s+){0,2}(?:delegation|side|team)\b)|,?\s+and\s+(?=[A-Z][\w.]*"
    r"(?:\s+[A-Z][\w.]*)?\s+(?:was|were)\s)"
)


#: "A, TITLE, and B", "the Secretary of Security, A, and the head of the Federal Police, B"
_AND = re.compile(
    r",?\s+and\s+(?:by\s+)?(?=(?:the\s+)?[A-Z]|the\s+(?:\w+(?:'s|\u2019s)\s+)?(?:head|chief|commander|"
    r"director|minister|secretary|ambassador|deputy|acting)\b"
    # "... and joint secretary at the Ministry of X A": a post in lower case, then the name
    r"|(?:joint|additional|deputy|assistant|senior|principal)\s+(?:secretary|director|"
    r"commissioner|head|chief)\b)"
)


#: a group of offices' staff before its named members: "officials from the Ministry of X, the
#: Y Agency and the Embassy of Z, including A, TITLE, and B" (the offices are nobody's names)
_GROUP_INTRO = re.compile(
    r"^\s*(?:(?:other|senior|several|some)\s+)?(?:officials|representatives|officers|experts)\s+"
    r"(?:from|of)\s+[^;:]*?,?\s+(?:including|among\s+them|notably)\s+(?=[A-Z])"
)
#: the words that open the names of a group: "senior officers from both sides, among them"
_INTRO = re.compile(
    r"(?:^|,\s*|\s)(?:among them|among whom(?: were)?|amongst them|namely|such as)\s+(?=[A-Z])"
)
_RANKED_IN_BRACKETS = re.compile(
    rf"(?<=[\w.'\u2019])\s*\((?P<who>(?:(?:{HONORIFIC}|{JUNIOR_RANK})\s+)+{NAME})\)(?=[,;]|\s+and\s|$)"
)


def _as_appositive(m: re.Match[str]) -> str:
    """A ranked name in brackets as an appositive; a post in brackets ("X (Commander Joint
    Forces)", whose "name" is title words) stays."""
    words = RANK_RE.sub("", m.group("who")).split()
    return m.group() if any(is_title_word(w) for w in words) else f", {m.group('who')}"


def chunks(text: str, lexicon: Lexicon | None = None) -> list[str]:
    """People in a list: 'A, T; B, T and C' -> ['A, T', 'B, T', 'C'] (an 'and' inside a
    title, 'Secretary for Interior and National Administration', does not split)."""
    parts: list[str] = []
    text = keep_office_commas(text)  # ("the Foreign, Commonwealth and Development Office")
    intro = _INTRO.search(text)  # "a number of senior commanders, among them A, B and C"
    if intro is not None and not re.search(NAME, text[: intro.start()]):
        text = text[intro.end() :]
    # "officials from the Ministry of X, the Y Agency and the Embassy, including A, TITLE"
    text = _GROUP_INTRO.sub("", text, count=1)
    # "the Deputy Chief of Staff (Admiral A), the Director of X (Dr B) and ...": the ranked
    # name in brackets after each title, written as an appositive
    text = _RANKED_IN_BRACKETS.sub(_as_appositive, text) if "(" in text else text
    for piece in re.split(r";|,\s+(?:and\s+)?by\s+(?=[A-Z]|our\s)|\s+as well as\s+", text):
        piece = _OTHERS.split(piece)[0]  # "X and senior officials of the Ministry"
        bits = [b for b in _AND.split(piece) if b.strip()]
        merged: list[str] = []
        pending: str | None = None
        for bit in bits:
            if pending is not None and not has_head(pending) and _titled(bit, lexicon):
                merged.append(pending)  # "de la Fuente and Security Secretary X": two people
                pending = None
            elif (
                pending is not None
                and "," in pending
                and _titled(bit, lexicon)
                and _appositives(_pieces(pending), lexicon)
            ):
                merged.append(pending)  # "the TITLE, A, the TITLE, B and the TITLE, C"
                pending = None
            current = bit if pending is None else f"{pending} and {bit}"
            if parse_person(current, lexicon) is not None:
                merged.append(current)
                pending = None
            elif (
                pending is None
                and merged
                and not bit.startswith("the ")  # ("..., and the Director-General for X and Y")
                and not _titled(_OF_ORG.split(bit)[0], lexicon)  # ("and Director B of the X")
                and not _whole(bit, lexicon)  # ("and joint secretary at the Ministry of X B")
                and not _named_first(bit)  # ("and B, political commissar of the X brigade")
                and not _named_last(merged[-1], lexicon)  # ("TITLE A, TITLE B and TITLE")
                and parse_person(f"{merged[-1]} and {bit}", lexicon)
            ):
                merged[-1] = f"{merged[-1]} and {bit}"  # "Director for Security and Defence"
            elif pending is not None and _appositives(_pieces(current), lexicon):
                merged.append(current)  # "the TITLE for A and B, NAME, the TITLE, NAME"
                pending = None
            else:
                pending = current  # "Cabinet Secretary for Interior and National ..."
        if pending is not None:
            merged.append(pending)
        for part in merged:
            parts.extend(_comma_list(part, lexicon))
    return [office_commas(p.strip()) for p in parts if p.strip()]


def _named_last(text: str, lexicon: Lexicon | None) -> bool:
    """Whether the text ends with a titled person's name: no title runs on after it."""
    last = _pieces(text)[-1] if "," in text else text
    person = parse_person(last, lexicon)
    return person is not None and bool(person.title) and last.rstrip(" .").endswith(person.name)


#: "Director B of the Maritime and Ocean Affairs Office": the person before the office
_OF_ORG = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?(?=[A-Z])")


def _whole(text: str, lexicon: Lexicon | None) -> bool:
    """Whether the text is one titled person whose name ends it ("joint secretary at the
    Ministry of Foreign Affairs A")."""
    person = parse_person(text, lexicon)
    return (
        person is not None
        and person.title is not None
        and " " in person.name
        and text.rstrip(" .").endswith(person.name)
    )


#: "Zhou Yaping, political commissar of ...": a name, then its post in lower case
_NAMED_FIRST = re.compile(rf"\s*(?P<name>{NAME}),\s+(?:the\s+)?[a-z]")


def _named_first(bit: str) -> bool:
    """Whether a bit of a list is a name and its post in lower case, no words of a title's."""
    m = _NAMED_FIRST.match(bit)
    return m is not None and not any(is_title_word(w) for w in m.group("name").split())


def _titled(text: str, lexicon: Lexicon | None) -> bool:
    person = parse_person(text, lexicon)
    return person is not None and person.title is not None


def _comma_list(part: str, lexicon: Lexicon | None) -> list[str]:
    """'Defence Minister A, Intelligence chief B' -> two people, when every piece is
    'TITLE NAME' (not 'NAME, TITLE, Ministry of X', whose pieces are not people)."""
    if "," not in part:
        return [part]
    pieces = _pieces(part)
    if len(pieces) < 2:
        return [part]
    for piece in pieces:
        p = parse_person(piece, lexicon)
        if not (
            _complete(p, piece) or (p is not None and p.title and _ends_with_name(piece, p.name))
        ):
            return _appositives(pieces, lexicon) or _first_apart(pieces, part, lexicon)
    return pieces


def _complete(person: Person | None, piece: str) -> bool:
    """A ranked name and its office with no title ("Rear Adm. A of the Maritime Staff
    Office"): a whole piece of a list."""
    return (
        person is not None
        and person.title is None
        and person.honorific is not None
        and person.organisation is not None
        and piece.rstrip(" .").endswith(person.organisation)
    )


def _ends_with_name(piece: str, name: str) -> bool:
    """Whether a piece ends with the name (or with the name and its title in brackets:
    "Ms A (Director of X)")."""
    return re.sub(r"\s*\([^()]*\)$", "", piece.rstrip(" .")).endswith(name.split()[-1])


_RELATIVE = re.compile(r"who\s+(?:led|headed|chaired|co-chaired|leads|heads)\s+(?:the|his|her)\s")


def _pieces(part: str) -> list[str]:
    """The comma-separated pieces of a list (a comma in brackets does not cut)."""
    pieces = [x.strip() for x in re.split(r",(?![^()]*\))", part) if x.strip()]
    # ("the TITLE, A, with RANK B, TITLE, ...": "with" is no part of B's title)
    pieces = [re.sub(r"^with\s+(?=[A-Z])", "", x) for x in pieces]
    return [x for x in pieces if not _RELATIVE.match(x)]  # ("A, who led the delegation, B")


def _appositives(pieces: list[str], lexicon: Lexicon | None) -> list[str] | None:
    """'the Director of X, Senior Superintendent A, Rear Admiral B, Deputy Chief of Staff':
    the pieces paired into people, a title and the name after it or a ranked name and the
    title after it; None unless every piece finds its person (at least two)."""
    out: list[str] = []
    pieces = list(pieces)
    i = 0
    while i < len(pieces):
        cur, nxt = pieces[i], pieces[i + 1] if i + 1 < len(pieces) else None
        person = parse_person(cur, lexicon)
        if person is None and nxt is not None and has_head(cur) and _OFFICE_REST.fullmatch(nxt):
            # "the Director of X at the Ministry of Foreign Affairs, African Cooperation and
            # Moroccan Expatriates, Ms. A": the office's own serial comma, not a new piece
            pieces[i : i + 2] = [f"{cur}, {nxt}"]
            continue
        untitled = (
            person is not None
            # (a rank read as the title: "Commissioner A B, Director of X"; the pattern looks
            # for the name after the rank, so one stands in for it)
            and (person.title is None or re.fullmatch(rf"{JUNIOR_RANK}\s+N", f"{person.title} N"))
        ) or (person is None and _BARE_NAME.fullmatch(cur) is not None and not has_head(cur))
        # ("Additional Inspector General Dr. A, head of the X Department": a rank before the
        # name, the post after it)
        ranked = (
            person is not None
            and person.title is not None
            and has_head(person.title)
            and cur[:1].isupper()  # (not "with Brigadier General A", whose title is "with")
            and person.honorific is not None
            and cur.rstrip(" .").endswith(person.name)
        )
        if nxt is not None and (
            (person is None and has_head(cur))
            or ((untitled or ranked) and _title_only(nxt, lexicon))
        ):
            pair = parse_person(f"{cur}, {nxt}", lexicon)
            if pair is not None and pair.title:
                # "Shri A, Joint Secretary (X), Ministry of External Affairs": the office too
                office = pieces[i + 2] if i + 2 < len(pieces) else ""
                if _OFFICE_PIECE.match(office) and parse_person(office, lexicon) is None:
                    out.append(f"{cur}, {nxt}, {office}")
                    i += 3
                    continue
                out.append(f"{cur}, {nxt}")
                i += 2
                continue
        if not _complete(person, cur) and (
            person is None
            or person.title is None
            or not cur.rstrip(" .").endswith(person.name.split()[-1])
        ):
            return None
        out.append(cur)
        i += 1
    return out if len(out) >= 2 else None


#: a piece of a list that is an office, written after a person's title
_OFFICE_PIECE = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,2}(?:Ministry|Department|Office|Embassy|High\s+Commission|"
    r"Directorate|Agency|Bureau|Secretariat|Headquarters)\b(?:\s+(?:of|for)\s+[^,]+)?$"
)


#: the end of an office's name after its serial comma: "African Cooperation and Moroccan
#: Expatriates", "Local Authorities and Urban Planning" (capitalised words joined by "and")
_OFFICE_REST = re.compile(r"(?:[A-Z][a-z]+\s+){1,3}and\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+")


#: a name with no style, title or rank: "A, Director of X, B, Director of Y" pairs them
_BARE_NAME = re.compile(rf"\s*(?:and\s+)?{NAME}\s*")


def _title_only(piece: str, lexicon: Lexicon | None) -> bool:
    return parse_person(piece, lexicon) is None and has_head(piece)


def _first_apart(pieces: list[str], part: str, lexicon: Lexicon | None) -> list[str]:
    """'Interior Minister A, the Director of the Police, B' -> two people: a first piece that
    is a whole 'TITLE NAME' and a rest that is a titled person of its own."""
    first = parse_person(pieces[0], lexicon)
    if first is None or first.title is None or not pieces[0].endswith(first.name):
        return [part]
    rest = ", ".join(pieces[1:])
    second = parse_person(rest, lexicon)
    if second is None or second.title is None or second.name == first.name:
        return [part]
    return [pieces[0], rest]
