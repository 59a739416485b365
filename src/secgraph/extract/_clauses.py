"""Delegation clauses: members ("the X delegation included ...", "A and B also attended on
the Chinese side"), country-headed lists ("India: Shri X (TITLE); ..."), and which side a
list belongs to. (Principals around a verb are in ``_principals``; whether a sentence tells
of an earlier meeting, in ``_past``.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._countries import Mention
from ._lexicon import Lexicon
from ._lists import chunks
from ._names import Person, parse_person

__all__ = [
    "DATELINE_PREFIX",
    "HEAD_OF",
    "country_list",
    "country_lists",
    "find_members",
    "side_before",
    "subject_before",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MEMBERS = re.compile(
    r"\b(?:included|includes|including|comprised(?: of)?|comprising(?: of)?|consisted of|"
    r"accompanied by|"
    # "X, TITLE, accompanied the visiting delegation": X a member (the side after the verb)
    r"accompanied(?=\s+the\s+(?:visiting\s+|[A-Z][\w-]*\s+)?(?:delegation|side|team)\b)|"
    r"(?:was|were) (?:made up|composed) of|"
    r"members (?:of the (?:[A-Z][\w-]*\s+){0,3}(?:delegation|side|team) )?"
    r"(?:were|included)"
    r"|also attended|"
    # "A and B were also part of the Sri Lankan delegation": the side after the verb
    r"(?:was|were)\s+(?:also\s+)?(?:part|members?)\s+of(?=\s+the\s+(?:[A-Z][\w-]*\s+){1,2}"
    r"(?:delegation|side|team)\b)|"
    # "The meeting brought together on the Malian side A, TITLE, and B, TITLE"
    r"(?:brought\s+together|gathered)\s+on\s+the\s+[A-Z][\w-]*\s+side\b|"
    r"^accompanying\s+(?:the|him|her)\s+(?:\w+\s+){0,3}?(?:were|was)|"
    # "With him at the table were ...": the one the sentence before named
    r"^with\s+(?:him|her)\s+(?:at\s+the\s+table\s+|on\s+the\s+delegation\s+)?(?:were|was)|"
    # "Others were ...", "Deputy Minister X came with ..."
    r"^others\s+(?:were|included)|"
    r"(?<=[a-z] )(?:came|arrived|travell?ed)\s+with|"
    r"(?:also\s+)?participating\s+(?:were|was)|(?:was|were)\s+(?:also\s+)?at\s+the\s+table|"
    r"joined (?:(?:today|here|also|this week)\s+)?by|"  # "I was joined today by"
    r"was assisted by|(?:was|were) supported by|flanked by|also joined(?= the)|"
    r"also (?:included|comprised|took part)|(?:was|were) (?:also )?present(?! at)|"
    r"in the presence of|together with|"
    r"taking part\s+on\s+the\s+[A-Z][\w-]*\s+side\s+(?:were|was)|"
    r"(?:also\s+)?present\s+(?:at the meeting\s+)?were|"
    r"(?:also\s+)?attending\s+(?:\w+\s+){0,4}?(?:were|was)|"
    r"(?:was|were)\s+(?:also\s+)?attended by|"
    r"attended(?=\s+(?:from|on)\s+the\s+[A-Z][\w.-]*\s+side)"
    r"|(?<=,\s)attended(?=\s+the\s+(?:meeting|talks)\b))\b[:\s]*"
    # "comprised, in particular, A, ...": an aside between the verb and the list
    r"(?:,?\s*(?:in\s+particular|notably|among\s+others|inter\s+alia),\s*)?",
    re.I,
)
#: "India: Shri X (Union Home Secretary), leader of the delegation; Shri Y (...)"
_LIST_HEAD = re.compile(
    r"^(?:(?:The\s+)?(?:[Dd]elegation|[Mm]embers|[Rr]epresentatives|[Pp]articipants)\s+"
    r"(?:of|from|for)|[Ff]or|[Ff]rom|[Oo]n\s+(?:behalf\s+of|the))\s+(?:the\s+)?"
)
_COUNTRY_LIST = re.compile(r"^(?P<country>[A-Za-z][\w.'\u2019 -]{1,40}?)\s*:\s+(?=\S)")
HEAD_OF = re.compile(
    r"\b(?:leader|head) of (?:the )?delegation\b|\bdelegation (?:leader|head)\b", re.I
)
#: members named before the verb: "X and Y also attended on the Chinese side"
_POST_MEMBERS = re.compile(
    r"(?:also\s+)?(?:attended|took part|joined|(?:was|were)\s+(?:also\s+)?present"
    r"|(?:was|were)\s+(?:also\s+)?(?:part|members?)\s+of|accompanied"
    r"|(?:was|were)\s+(?:also\s+)?at\s+the\s+table)\b"
)
_ALONG_WITH = re.compile(r",?\s+(?:together|along)\s+with\s+([^.;]+)")
_ON_SIDE = re.compile(
    r"^\s*(?:(?:the meeting\s+)?(?:on|from|for)\s+the\s+(?P<adj>[A-Z][\w-]*)\s+side"
    r"|the\s+(?P<of>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:delegation|side|team)\b)"
)
#: clauses of a sentence that may each name one side's members
_CLAUSE = re.compile(
    r",?\s+(?:while|whereas)\s+|;\s+(?=(?:the|and the)\s)"
    r"|(?<=\sside),\s+and\s+"  # "X attended from the Japanese side, and Y ... from the UK side"
)
_SIDE_SPLIT = re.compile(r",?\s+and,?\s+(?:from|on|for)\s+the\s+(?P<adj>[A-Z][\w-]*)\s+side,\s+")
#: the co-chairs as the subject of a list of company: "They were (also) joined by"
_BOTH_JOINED = re.compile(r"\s*They\s+(?:were|had\s+been)\s+(?:also\s+)?")
_AS_WELL_AS = re.compile(
    r",?\s+as\s+well\s+as\s+(?:by\s+)?(?P<adj>[A-Z][\w-]*)(?:'s|\u2019s)\s+(?=[A-Z])"
)
#: where a list of members ends: the sentence goes on about the one accompanied
_AFTER_LIST = re.compile(r",\s+(?:said|told|added|noted|stressed|says|who|which)\s")
_SIDE_WORD = re.compile(r"\b(?:delegation|side|team)\b")
_MEMBER_SUBJECT = re.compile(
    r"\b(?:delegation|side|team|minister|secretary|envoy|ambassador|adviser|advisor|he|she)\b"
    r"|^\s*It\b",  # "The X delegation was led by A. It (also) included ...": the delegation
    re.I,
)
_DELEGATION_OF = re.compile(
    r"(?:delegation|side|team)\b[^,.;]*$|(?:^|\s)(?:from|of)\s+(?:the\s+)?$", re.I
)


#: a dateline before the first sentence: "Singapore (VNA) - ", "BEIJING, Jan. 15 (Xinhua) -- "
DATELINE_PREFIX = re.compile(r"^[^()]{2,60}?(?:\s*\([\w .&-]{2,30}\))?\s(?:--|-|\u2013|\u2014)\s+")


def country_list(
    text: str, parties: list[str], lexicon: Lexicon, acronyms: dict[str, str] | None = None
) -> tuple[str, str] | None:
    """'India: Shri X (TITLE); Shri Y (TITLE)': the side and the list; or a list headed by an
    office's acronym the article defined with a party's name (``acronyms``: "BSF: Shri X,
    TITLE; ...", "India's Border Security Force (BSF)" written before)."""
    m = _COUNTRY_LIST.match(text)
    if m is None:
        return None
    name = re.sub(r"^the\s+", "", m.group("country").strip(), flags=re.I)
    name = re.sub(r"\s+(?:delegation|side|team)$", "", name, flags=re.I)
    # "Delegation of Estonia:", "For Latvia:", "On the Latvian side:"
    name = re.sub(_LIST_HEAD, "", name)
    name = re.sub(r"\s+side$", "", name)
    if acronyms and name in acronyms:
        return acronyms[name], text[m.end() :]
    form = lexicon.country_forms.get(name)
    if form is None or form[0] not in parties:
        return None
    return form[0], text[m.end() :]


#: a side's heading inside a sentence, after a lead-in's colon or an entry's ';': "... as
#: follows: Sultanate of Oman: - A, TITLE; - B, TITLE; Republic of India: - C, TITLE"
_HEAD_INSIDE = re.compile(
    r"(?<=[:;]\s)(?P<country>[A-Z][\w.'\u2019 -]{1,40}?)\s*:\s+(?=[-\u2022\u2013]\s|[A-Z])"
)
_STATE_FORM = re.compile(
    r"^(?:(?:Sultanate|(?:(?:Federal|Islamic|People's|United|Democratic|Socialist|Arab)\s+)*"
    r"Republic|Kingdom|State|Commonwealth|Principality|Grand\s+Duchy)\s+of\s+(?:the\s+)?)"
)


def country_lists(text: str, parties: list[str], lexicon: Lexicon) -> list[tuple[str, str]]:
    """The sides' lists a sentence holds under two or more headings inside it (the lines of a
    list run into one sentence): [(side, its entries), ...]; [] for fewer than two."""
    heads = []
    for m in _HEAD_INSIDE.finditer(text):
        name = _STATE_FORM.sub("", m.group("country").strip())
        form = lexicon.country_forms.get(name)
        if form is not None and form[0] in parties:
            heads.append((m, form[0]))
    if len(heads) < 2 or len({side for _, side in heads}) < 2:
        return []
    ends = [m.start() for m, _ in heads[1:]] + [len(text)]
    return [(side, text[m.end() : end]) for (m, side), end in zip(heads, ends, strict=True)]


def find_members(
    text: str,
    index: int,
    ms: list[Mention],
    parties: list[str],
    lexicon: Lexicon,
    found: list[Person],
) -> bool:
    """Delegation members, clause by clause ("the X delegation included A, TITLE; B, TITLE",
    "A and B also attended on the Chinese side, while the Vietnamese side included C"); adds
    them to ``found`` and says whether the sentence named any."""
    bounds = [0]
    for cut in _CLAUSE.finditer(text):
        if cut.group().startswith(";"):
            # "X included A; the Y side included B" cuts, "made up of A; the Secretary, B" not
            nxt = text[cut.end() :].split(";")[0]
            if not (_MEMBERS.search(nxt) or _SIDE_WORD.search(nxt)):
                continue
        bounds += [cut.start(), cut.end()]
    bounds.append(len(text))
    any_found = False
    for off, stop in zip(bounds[::2], bounds[1::2], strict=True):
        clause = text[off:stop]
        member = _MEMBERS.search(clause)
        if member is None:
            continue
        before, after = clause[: member.start()], clause[member.end() :]
        verb = member.group().lower().rstrip(": ")
        if _POST_MEMBERS.fullmatch(verb.strip()) and before.strip():
            # "X and Y also attended on the Chinese side"
            subject = re.split(r"[;:]\s", before)[-1]
            pieces = chunks(subject, lexicon)
            parsed = [parse_person(c, lexicon) for c in pieces]
            more = _ALONG_WITH.match(after)  # "X also took part, together with TITLE Y"
            if more is not None:
                parsed += [parse_person(c, lexicon) for c in chunks(more.group(1), lexicon)]
            named = [p for p in parsed if p is not None and (p.title or p.honorific)]
            on = _ON_SIDE.match(after)
            form = lexicon.country_forms.get(on.group("adj") or on.group("of")) if on else None
            side = form[0] if form is not None and form[0] in parties else None
            if side is None and not any(  # (not "A and the Chinese Ambassador B": his own)
                lexicon.country_pattern.match(re.sub(r"^(?:[Tt]he|and)\s+", "", c)) for c in pieces
            ):
                # no side written out, one given by a style ("Lt Gen X, AVSM, VSM"): all's
                side = next((p.country for p in named if p.country in parties), None)
            for p in named:  # "Nigeria's TITLE A and TITLE B also took part": one side
                side = side or p.country
                found.append(replace(p, sentence=index, country=p.country or side))
            any_found = any_found or bool(named)
            continue
        if not re.search(r"[A-Z]", after):
            continue  # no list follows
        companion = None
        # "They were joined by A and B, as well as by Mongolia's C": the co-chairs' company,
        # the side after "as well as" named, the rest the other party's
        both = _BOTH_JOINED.fullmatch(before) and _AS_WELL_AS.search(after)
        if not (
            both
            or _MEMBER_SUBJECT.search(before)
            or not before.strip()
            or verb.endswith("attended by")
            or re.search(r"\b(?:delegation|side|team)\b", verb)  # "Other members of the X side"
        ):
            # "Doval was accompanied by ...": a person named before
            words = set(re.findall(r"[A-Z][\w-]+", before))
            named = [p for p in found if words & set(p.name.split())]  # "Mr Prabowo"
            if not named:
                continue
            companion = named[-1]
        if verb.startswith("others"):  # "X's delegation was led by A. Others were ...": A's
            heads = [p for p in found if p.leader and p.sentence == index - 1]
            companion = heads[-1] if len(heads) == 1 else None
            if companion is None:
                continue
        side = side_before(before, ms, off + member.start(), parties, off)
        on = re.search(
            r"\b(?:on\s+the\s+(?P<adj>[A-Z][\w-]*)\s+side|of\s+the\s+(?P<of>[A-Z][\w-]*)\s+"
            r"delegation)\b",
            member.group(),
        )
        form = lexicon.country_forms.get(on.group("adj") or on.group("of")) if on else None
        # "Other members of the Solomon Islands side", "Accompanying the Ethiopian Minister was"
        land = (
            lexicon.country_pattern.search(member.group())
            if "members" in verb or verb.startswith("accompanying")
            else None
        )
        if form is None and land is not None:  # "Other members of the Solomon Islands side"
            form = lexicon.country_forms[land.group()]
        if form is not None and form[0] in parties:
            side = form[0]  # "Also attending on the Dutch side was X"
        after = _AFTER_LIST.split(after)[0]  # "accompanied by X, TITLE, said ..."
        other = _SIDE_SPLIT.search(after) or (_AS_WELL_AS.search(after) if both else None)
        if other is not None:  # "A and, from the Philippine side, B": B's side is named
            form = lexicon.country_forms.get(other.group("adj"))
            named_side = form[0] if form is not None and form[0] in parties else None
            if both and named_side is not None and side is None and len(parties) == 2:
                side = next(c for c in parties if c != named_side)  # (A and B: the other's)
            for c in chunks(after[other.end() :], lexicon):
                q = parse_person(c, lexicon)
                if q is not None:
                    found.append(replace(q, sentence=index, country=q.country or named_side))
                    any_found = True
            after = after[: other.start()]
        listed = [parse_person(c, lexicon) for c in chunks(after, lexicon)]
        sides = {p.country for p in listed if p is not None and p.country}
        if (
            side is None
            and len(sides) == 1
            and (_MEMBER_SUBJECT.search(before) or verb.startswith("accompanying"))
        ):
            side = sides.pop()  # "... Interior Secretary X and Pakistan's Ambassador Y"
        if (
            side is None
            and companion is None
            and (_PRONOUN.fullmatch(before) or re.match(r"with\s+(?:him|her)\b", verb))
        ):
            # "A met B. He was accompanied by ...": the previous sentence's subject
            companion = subject_before(found, index)
        if side is None and companion is None and found and before.strip():
            # "The Secretary was accompanied by ...": the side of the last Secretary named
            words = set(re.findall(r"[A-Z][a-z]+", before))
            same = [p for p in found if p.title and words & set(p.title.split())]
            # "The meeting was attended by": no one accompanied, no side to borrow
            event = re.fullmatch(
                r"\s*(?:The|the)\s+(?:meeting|talks|session|dialogue|reception|ceremony|call|visit|"
                r"signing|discussions?|consultations?|event)(?:\s+\w+)?\s*",
                before,
            )
            # "Mr. Hinkati led a delegation which included ...": the person named first
            named = [p for p in found if words & set(p.name.split())]
            companion = (named or same or found)[-1] if (named or same or not event) else None
        for person in listed:
            if person is not None:
                found.append(
                    replace(
                        person,
                        sentence=index,
                        country=person.country or side,
                        companion=companion.name if companion and side is None else None,
                    )
                )
                any_found = True
    return any_found


#: a subject that is a pronoun: "He was accompanied by", "She was also joined by"
_PRONOUN = re.compile(r"\s*(?:He|She|It)\s+(?:was|is|had been|has been)?\s*(?:also\s+)?", re.I)


def subject_before(found: list[Person], index: int) -> Person | None:
    """The person a pronoun opening sentence ``index`` stands for: the first one named in the
    latest earlier sentence that named anyone (its subject, "A met B. He ...": A)."""
    earlier = [p for p in found if 0 <= p.sentence < index and p.companion is None]
    if not earlier:
        return None
    last = max(p.sentence for p in earlier)
    return next(p for p in earlier if p.sentence == last)


def side_before(
    before: str, ms: list[Mention], limit: int, parties: list[str], offset: int
) -> str | None:
    cands = [
        m
        for m in ms
        if offset <= m.start
        and m.end <= limit
        and m.iso3 in parties
        # ("led by Special Representative for Afghanistan X": the post's remit, no side)
        and not re.search(r"\b(?:for|to)\s+(?:the\s+)?$", before[: m.start - offset])
    ]
    if not cands:
        return None
    last = cands[-1]
    if _DELEGATION_OF.search(before[: last.start - offset]) or re.match(
        r"(?:'s|\u2019s)?\s*(?:delegation|side|team)", before[last.end - offset :]
    ):
        return last.iso3
    if re.fullmatch(r"[^,;]*", before[last.end - offset :]):
        return last.iso3  # "while Japan was represented by"
    return last.iso3 if len({m.iso3 for m in cands}) == 1 else None
