"""Officials who took part: name, title, organisation, side, and who led each side.

The genre's phrasings, each a small pattern over one sentence:

- "a delegation from X, led by NAME, the TITLE" / "the X side was headed by TITLE NAME";
- "co-chaired by TITLE NAME and TITLE NAME" / "TITLE NAME and TITLE NAME co-chaired";
- "TITLE NAME met / held talks with TITLE NAME" (the principals);
- "the X delegation included NAME, TITLE, Ministry of Y; NAME, TITLE; and ..." (members).

Honorifics (Mr., Ms., Dr., Ambassador, Shri) are kept apart from the name. A person is only
taken from such a sentence, and not when the sentence is about a spokesperson speaking, an
earlier visit or a meeting still to come: people merely mentioned are not delegation members.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._countries import Mention, is_future
from ._lexicon import Lexicon
from ._names import HONORIFIC, NAME, ORG_COUNTRY, Person, name_key, parse_person, person_phrases
from ._text import Sentence

__all__ = ["Person", "find_people", "name_key", "parse_person"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_LED = re.compile(
    r"\b(?:led|headed|chaired|co-chaired|co-led|co-headed|presided over|represented)\s+by\s+"
    r"|(?<=delegation )by\s+|(?<=side )by\s+|(?<=team )by\s+"  # "and the U.S. delegation by"
    r"|\bhosted\s+by\s+|(?<=, and )by\s+(?=[A-Z])"
    r"|\b(?:co-chaired|co-hosted|co-led|co-headed)\s+(?:the\s+(?:meeting|talks|dialogue)\s+)?"
    r"with\s+",  # "which he co-chaired with Indonesian Minister X"
    re.I,
)
_LEAD_VERB = re.compile(
    r"\b(?:co-chaired|co-chair|co-led|led|headed|chaired|represented)\b(?!\s+by)", re.I
)
_MEET_VERB = re.compile(
    r"\b(?:met|meets|held (?:the )?(?:talks|discussions|a meeting|consultations)|received|hosted|"
    r"called on|holds talks|took part|attended|participated|(?:was|were) (?:also )?present|joined|"
    r"(?:talks|meeting|consultations|discussions)\b[^.;]{0,40}?\bbetween|"
    r"held\s+(?:the|a|an|their)\s+(?:[\w+-]+\s+){0,6}?(?:dialogue|talks|consultations|meeting)"
    r"\s+with|"
    r"paid an? (?:official )?visit|"
    r"visited|in a joint statement|said jointly|signed the agreement)\b",
    re.I,
)
_MEMBERS = re.compile(
    r"\b(?:included|includes|including|comprised|comprising|consisted of|accompanied by|"
    r"members (?:of the delegation )?(?:were|included)|also attended|joined by|was assisted by|"
    r"also (?:included|comprised|took part)|were also present|"
    r"(?:also\s+)?present\s+(?:at the meeting\s+)?were|(?:also\s+)?attending\s+(?:\w+\s+){0,2}were|"
    r"(?:was|were)\s+(?:also\s+)?attended by)\b[:\s]*",
    re.I,
)
_PAST = re.compile(
    r"\b(?:had met|had held|earlier (?:visit|meeting)|last year|previous|previously|former|"
    r"in (?:19|20)\d\d|ago)\b",
    re.I,
)
_APPOSITIVE = re.compile(
    rf"(?:(?<=^)|(?<=^The )|(?<=^the ))(?P<title>(?:[A-Z][\w-]*\s+){{0,4}}"
    rf"(?:Minister|Secretary|Adviser|Advisor|Ambassador|Envoy|Representative|Coordinator|"
    rf"Director|Director-General|Chief)"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?),\s+"
    rf"(?P<name>(?:{HONORIFIC}\s+)?{NAME}),"
)
#: "held talks with his Chinese counterpart Wang Yi"
_COUNTERPART = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<adj>[A-Z][\w-]*)\s+counterparts?,?\s+"
    rf"(?P<name>(?:{HONORIFIC}\s+)?{NAME})"
)
#: "received her Moroccan counterpart, Minister of Justice X", "Their Japanese counterparts
#: were X, director-general of ..., and Y, ..."
_COUNTERPARTS = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<adj>[A-Z][\w-]*)\s+counterparts?"
    r"(?:,\s*|\s+(?:was|were|is|are)\s+|\s+)(?=[A-Z])"
)
#: where an appositive list ends: "X, in The Hague on Tuesday"
_LIST_END = re.compile(r",\s+(?:in|at|on|for|to|during|who|where)\s")
#: "held the Strategic Dialogue with NAME, the diplomatic adviser to ...", and a sentence
#: that opens with "NAME, vice chairman of ..., met with"
_WITH_APPOS = re.compile(
    rf"(?:(?P<with>\bwith\s+)|^(?:[A-Z][^()]{{2,40}}\([\w .&-]+\)\s*[-\u2013\u2014:]*\s*)?)"
    rf"(?P<chunk>{NAME},\s+(?:the\s+)?[a-z][^,;]*)"
    r"(?(with)|,\s+(?:met|held|hosted|received|signed|led|co-chaired|called))"
)
#: "the agreement the two countries signed last year": the past is the agreement's
_PAST_OF_OTHER = re.compile(
    r"\b(?:signed|agreed|concluded|reached|adopted|launched|established|set up|created)\s+"
    r"(?:\w+\s+){0,2}$"
)
#: "A and B led their respective delegations"
_RESPECTIVE = re.compile(
    r"\s+(?:the\s+|their\s+)?(?:respective\s+|two\s+)?(?:delegations|sides|teams)\b", re.I
)
#: "India: Shri X (Union Home Secretary), leader of the delegation; Shri Y (...)"
_COUNTRY_LIST = re.compile(r"^(?P<country>[A-Z][\w.'\u2019 -]{1,40}?)\s*:\s+(?=\S)")
_HEAD_OF = re.compile(
    r"\b(?:leader|head) of (?:the )?delegation\b|\bdelegation (?:leader|head)\b", re.I
)
#: members named before the verb: "X and Y also attended on the Chinese side"
_POST_MEMBERS = re.compile(r"(?:also\s+)?(?:attended|took part|(?:was|were)\s+(?:also\s+)?present)\b")
_ON_SIDE = re.compile(r"^\s*(?:the meeting\s+)?(?:on|from|for)\s+the\s+(?P<adj>[A-Z][\w-]*)\s+side")
#: clauses of a sentence that may each name one side's members
_CLAUSE = re.compile(r",?\s+(?:while|whereas)\s+|;\s+(?=(?:the|and the)\s)")
_MEMBER_SUBJECT = re.compile(
    r"\b(?:delegation|side|team|minister|secretary|envoy|ambassador|adviser|advisor|he|she)\b",
    re.I,
)
#: "also called on the President": a call beside the meeting, not a delegation member
_SIDE_CALL = re.compile(r"\balso (?:called on|met|paid a courtesy call)\b", re.I)
_LEAD_WORDS = frozenset(
    ["co-chaired", "co-chair", "co-led", "led", "headed", "chaired", "represented"]
)
_MEET_WORDS = _words(
    "met meets held received hosted called holds took attended participated present signed "
    "joined between paid visited joint jointly"
)
_MEMBER_WORDS = _words(
    "included includes including comprised comprising consisted accompanied members "
    "attended joined assisted present took"
)
_PAST_WORDS = _words("had earlier last previous previously former ago")
_PEOPLE_WORDS = _LEAD_WORDS | _MEET_WORDS | _MEMBER_WORDS | {"by", "counterpart", "counterparts"}
_SPEAKER = re.compile(r"\b(?:spokes(?:person|man|woman)|press secretary)\b", re.I)
_DELEGATION_OF = re.compile(
    r"(?:delegation|side|team)\b[^,.;]*$|(?:^|\s)(?:from|of)\s+(?:the\s+)?$", re.I
)


_OTHERS = re.compile(
    r",?\s+and\s+(?:other\s+|several\s+|some\s+)?(?:senior|officials|representatives|members|"
    r"a number)\b"
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
        "[A-Z]",
    )
)
_CLAUSE_END = re.compile(
    _NOT_ABBREV
    + r"\.\s|;\s|,?\s+(?:while|whereas|met|held|discussed|said)\s"
    r"|,?\s+(?:and\s+)?(?:(?:was|were)\s+)?(?:also\s+)?(?:included|includes|comprised|comprising|"
    r"consisted of|accompanied by)\b"
    r"|,?\s+and\s+(?=(?:the\s+)?"
    r"(?:[A-Z][\w.]*\s+){0,2}(?:delegation|side|team)\b)|,?\s+and\s+(?=[A-Z][\w.]*"
    r"(?:\s+[A-Z][\w.]*)?\s+(?:was|were)\s)"
)


def _chunks(text: str, lexicon: Lexicon | None = None) -> list[str]:
    """People in a list: 'A, T; B, T and C' -> ['A, T', 'B, T', 'C'] (an 'and' inside a
    title, 'Secretary for Interior and National Administration', does not split)."""
    parts: list[str] = []
    for piece in re.split(r";|\s+as well as\s+", text):
        piece = _OTHERS.split(piece)[0]  # "X and senior officials of the Ministry"
        bits = [b for b in re.split(r",?\s+and\s+(?=(?:the\s+)?[A-Z])", piece) if b.strip()]
        merged: list[str] = []
        pending: str | None = None
        for bit in bits:
            current = bit if pending is None else f"{pending} and {bit}"
            if parse_person(current, lexicon) is not None:
                merged.append(current)
                pending = None
            elif pending is None and merged and parse_person(f"{merged[-1]} and {bit}", lexicon):
                merged[-1] = f"{merged[-1]} and {bit}"  # "Director for Security and Defence"
            else:
                pending = current  # "Cabinet Secretary for Interior and National ..."
        if pending is not None:
            merged.append(pending)
        for part in merged:
            parts.extend(_comma_list(part, lexicon))
    return [p.strip() for p in parts if p.strip()]


def _comma_list(part: str, lexicon: Lexicon | None) -> list[str]:
    """'Defence Minister A, Intelligence chief B' -> two people, when every piece is
    'TITLE NAME' (not 'NAME, TITLE, Ministry of X', whose pieces are not people)."""
    if "," not in part:
        return [part]
    pieces = [x.strip() for x in re.split(r",(?![^()]*\))", part) if x.strip()]
    if len(pieces) < 2:
        return [part]
    for piece in pieces:
        p = parse_person(piece, lexicon)
        if p is None or p.title is None or not piece.rstrip(" .").endswith(p.name.split()[-1]):
            return [part]
    return pieces


def find_people(
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    parties: list[str],
    lexicon: Lexicon,
) -> list[Person]:
    """Everyone who took part, with their side (a party) when the text gives it."""
    found: list[Person] = []
    first_seen: dict[str, int] = {}
    for ms in mentions:
        for mention in ms:
            first_seen.setdefault(mention.iso3, len(first_seen))
    in_order = sorted(parties, key=lambda c: first_seen.get(c, len(first_seen)))
    for s, ms in zip(sentences, mentions, strict=True):
        text = s.text
        if s.heading:
            continue
        listed_side = _country_list(text, parties, lexicon)
        if listed_side is not None:
            side, tail = listed_side
            for c in _chunks(tail, lexicon):
                p = parse_person(c, lexicon)
                if p is not None:
                    lead = bool(_HEAD_OF.search(c))
                    found.append(replace(p, leader=lead, sentence=s.index, country=side))
            continue
        if not s.has(_PEOPLE_WORDS) or _SIDE_CALL.search(text):
            continue
        leds = list(_LED.finditer(text)) if "by" in s.words or "with" in s.words else []
        if not leds and (is_future(s) or _is_past(s)):
            continue
        used: list[tuple[int, int]] = []
        prev = 0
        for i, led in enumerate(leds):
            side = _side_before(text[prev : led.start()], ms, led.start(), parties, prev)
            stop = leds[i + 1].start() if i + 1 < len(leds) else len(text)
            tail = _CLAUSE_END.split(text[led.end() : stop])[0]
            used.append((led.start(), led.end() + len(tail)))
            for c in _chunks(tail, lexicon):
                p = parse_person(c, lexicon)
                if p is not None:
                    found.append(
                        replace(p, leader=True, sentence=s.index, country=p.country or side)
                    )
            prev = led.end() + len(tail)
        if s.has(_MEMBER_WORDS) and _members(text, s.index, ms, parties, lexicon, found):
            continue
        lead_verb = _LEAD_VERB.search(text) if s.has(_LEAD_WORDS) else None
        if lead_verb is None and not (
            (s.has(_MEET_WORDS) and _MEET_VERB.search(text))
            or "counterparts" in s.words
            or "counterpart" in s.words
        ):
            continue
        if lead_verb is not None:
            subject = re.split(r"[;:]\s|\bwhile\b", text[: lead_verb.start()])[-1]
            offset = lead_verb.start() - len(subject)
            respective = _RESPECTIVE.match(text, lead_verb.end())
            if ("," in subject or respective) and not any(a <= offset < b for a, b in used):
                people = [parse_person(c, lexicon) for c in _chunks(subject, lexicon)]
                named = [p for p in people if p is not None and (p.title or p.honorific)]
                after = [m for m in ms if 0 <= m.start - lead_verb.end() < 6]
                side = after[0].iso3 if after else None  # "X, who led the U.S. delegation"
                if (
                    respective
                    and len(named) == len(in_order)
                    and not any(p.country in parties for p in named)
                ):
                    # "A and B led their respective delegations": in the order the text
                    # names the parties
                    named = [
                        replace(p, country=c, review="side inferred: the parties' order")
                        for p, c in zip(named, in_order, strict=True)
                    ]
                if named:
                    used.append((offset, lead_verb.start()))
                    found += [
                        replace(p, leader=True, sentence=s.index, country=p.country or side)
                        for p in named
                    ]
        for m in _COUNTERPARTS.finditer(text):
            form = lexicon.country_forms.get(m.group("adj"))
            if form is None:
                continue
            tail = _LIST_END.split(_CLAUSE_END.split(text[m.end() :])[0])[0]
            people = [parse_person(c, lexicon) for c in _chunks(tail, lexicon)]
            titled = [p for p in people if p is not None and p.title]
            if titled:
                used.append((m.start(), m.end() + len(tail)))
                found += [replace(p, country=form[0], sentence=s.index) for p in titled]
        for m in _WITH_APPOS.finditer(text):
            if any(a <= m.start() < b for a, b in used):
                continue
            p = parse_person(m.group("chunk"), lexicon)
            if p is not None and p.title:
                used.append((m.start(), m.end()))
                found.append(replace(p, sentence=s.index))
        joint = _JOINT.search(text) if s.has(_JOINT_WORDS) else None
        if joint is not None and not any(a < joint.start() for a, b in used):
            people = [parse_person(c, lexicon) for c in _chunks(text[: joint.start()], lexicon)]
            if len(people) >= 2 and all(p is not None and p.title for p in people):
                # "Deputy Prime Minister ... A and Indonesia's Defence Minister B signed"
                used.append((0, joint.start()))
                found += [replace(p, sentence=s.index) for p in people if p is not None]
        principals = _PRINCIPALS.search(text) if s.has(_PRINCIPAL_WORDS) else None
        if principals is not None and not any(a < principals.end() for a, b in used):
            used += _principals(text, principals, s.index, lexicon, found)
        for m in _COUNTERPART.finditer(text):
            if any(a <= m.start() < b for a, b in used):
                continue
            form = lexicon.country_forms.get(m.group("adj"))
            whom = re.match(rf"(?:(?P<hon>{HONORIFIC})\s+)?(?P<name>.+)$", m.group("name"))
            person = Person(whom.group("name"), honorific=whom.group("hon")) if whom else None
            if form is not None and person is not None:
                used.append((m.start(), m.end()))
                found.append(
                    replace(
                        person,
                        country=form[0],
                        sentence=s.index,
                        review="named as a counterpart: the title is the other side's",
                    )
                )
        for m in _APPOSITIVE.finditer(text):
            if any(a <= m.start() < b for a, b in used):
                continue
            p = parse_person(f"{m.group('title')}, {m.group('name')}", lexicon)
            if p is not None and p.title and not _SPEAKER.search(p.title):
                leading = lead_verb is not None and lead_verb.start() >= m.end()
                used.append((m.start(), m.end()))
                found.append(replace(p, leader=leading, sentence=s.index))
        for start, end, phrase in person_phrases(text):
            if _SPEAKER.search(phrase) or any(a <= start < b for a, b in used):
                continue
            for chunk in _chunks(phrase, lexicon):
                p = parse_person(chunk, lexicon)
                if p is None or p.title is None:
                    continue
                country = p.country or _adjacent_country(text, start, ms)
                leading = lead_verb is not None and lead_verb.start() >= end
                if country is None and leading and lead_verb is not None:
                    after = [m for m in ms if m.start >= lead_verb.end()]
                    if after and after[0].start - lead_verb.end() < 6:
                        country = after[0].iso3  # "X and Y represented India"
                found.append(replace(p, leader=leading, sentence=s.index, country=country))
    return _assign_sides(found, parties, lexicon)


#: "the Hon A, Deputy Prime Minister ..., and Senator the Hon B, ..., hosted Japan's Minister
#: for Foreign Affairs, H.E. Ms. C, and ...": the two sides' principals around the verb
_PRINCIPALS = re.compile(r",?\s+(?:hosted|received|welcomed|met(?:\s+with)?|held talks with)\s+")
_PRINCIPAL_WORDS = _words("hosted received welcomed met")
#: "A and B signed the agreement / met / held talks": the subject is the two principals
_JOINT = re.compile(
    r"\s+(?:signed|met|co-chaired|held (?:talks|a meeting|consultations)|jointly)\b"
)
_JOINT_WORDS = _words("signed met co-chaired held jointly")


def _principals(
    text: str, verb: re.Match[str], index: int, lexicon: Lexicon, found: list[Person]
) -> list[tuple[int, int]]:
    """People named in appositive lists on both sides of the verb; each list's country is the
    one its first person gives. Returns the spans used (none when a side names nobody)."""
    before = re.sub(r"^(?:\d+\.\s+)?(?:On\s+[^,]{3,40},\s+)?", "", text[: verb.start()])
    tail = _CLAUSE_END.split(text[verb.end() :])[0]
    tail = _LIST_END.split(tail)[0]
    sides = []
    for part in (before, tail):
        people = [parse_person(c, lexicon) for c in _chunks(part, lexicon)]
        titled = [p for p in people if p is not None and p.title]
        if not titled or len(titled) < len(people):
            return []
        country = titled[0].country
        sides.append([replace(p, sentence=index, country=p.country or country) for p in titled])
    for side in sides:
        found.extend(side)
    return [(0, verb.end() + len(tail))]


def _is_past(s: Sentence) -> bool:
    """A sentence about an earlier meeting ("had met in 2019"), not one that only dates
    something else ("the agreement signed last year")."""
    text = s.text
    if not (s.has(_PAST_WORDS) or " in 19" in text or " in 20" in text):
        return False
    return any(
        not _PAST_OF_OTHER.search(text[: m.start()]) for m in _PAST.finditer(text)
    )


def _country_list(text: str, parties: list[str], lexicon: Lexicon) -> tuple[str, str] | None:
    """'India: Shri X (TITLE); Shri Y (TITLE)': the side and the list."""
    m = _COUNTRY_LIST.match(text)
    if m is None:
        return None
    name = re.sub(r"^the\s+", "", m.group("country").strip(), flags=re.I)
    name = re.sub(r"\s+(?:delegation|side|team)$", "", name, flags=re.I)
    form = lexicon.country_forms.get(name)
    if form is None or form[0] not in parties:
        return None
    return form[0], text[m.end() :]


def _members(
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
            listed = [parse_person(c, lexicon) for c in _chunks(subject, lexicon)]
            listed = [p for p in listed if p is not None and (p.title or p.honorific)]
            on = _ON_SIDE.match(after)
            form = lexicon.country_forms.get(on.group("adj")) if on else None
            side = form[0] if form is not None and form[0] in parties else None
            for p in listed:
                found.append(replace(p, sentence=index, country=p.country or side))
            any_found = any_found or bool(listed)
            continue
        if not re.search(r"[A-Z]", after):
            continue  # no list follows
        companion = None
        if not (_MEMBER_SUBJECT.search(before) or not before.strip()):
            # "Doval was accompanied by ...": a person named before
            words = set(re.findall(r"[A-Z][\w-]+", before))
            named = [p for p in found if p.name.split()[-1] in words]
            if not named:
                continue
            companion = named[-1]
        side = _side_before(before, ms, off + member.start(), parties, off)
        listed = [parse_person(c, lexicon) for c in _chunks(after, lexicon)]
        sides = {p.country for p in listed if p is not None and p.country}
        if side is None and len(sides) == 1 and before.strip():
            side = sides.pop()  # "... Interior Secretary X and Pakistan's Ambassador Y"
        if side is None and companion is None and found and before.strip():
            # "The Secretary was accompanied by ...": the side of the last Secretary named
            words = set(re.findall(r"[A-Z][a-z]+", before))
            same = [p for p in found if p.title and words & set(p.title.split())]
            companion = (same or found)[-1]
        for p in listed:
            if p is not None:
                found.append(
                    replace(
                        p,
                        sentence=index,
                        country=p.country or side,
                        companion=companion.name if companion and side is None else None,
                    )
                )
                any_found = True
    return any_found


def _side_before(
    before: str, ms: list[Mention], limit: int, parties: list[str], offset: int
) -> str | None:
    cands = [m for m in ms if offset <= m.start and m.end <= limit and m.iso3 in parties]
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


def _adjacent_country(text: str, start: int, ms: list[Mention]) -> str | None:
    for m in ms:
        if m.end <= start and re.fullmatch(r"(?:'s|\u2019s)?\s*", text[m.end : start]):
            return m.iso3
    return None


def _assign_sides(people: list[Person], parties: list[str], lexicon: Lexicon) -> list[Person]:
    ref = lexicon.reference
    known = {name_key(o.name): o for o in ref.officials.values()}
    out: list[Person] = []
    for p in people:
        country = p.country
        official = known.get(name_key(p.name))
        if official is not None and official.country:
            country = official.country
        if country is None or country not in parties:
            for key in (p.organisation, p.title):
                hint = next((c for k, c in ORG_COUNTRY.items() if key and k in key), None)
                if hint in parties:
                    country = hint
                    break
        if (country is None or country not in parties) and lexicon is not None:
            for key in (p.title, p.organisation):
                m = lexicon.country_pattern.search(key or "")
                if m and lexicon.country_forms[m.group()][0] in parties:
                    country = lexicon.country_forms[m.group()][0]
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
    # co-chairs in one sentence: one side known, the other is the remaining party
    by_sentence: dict[int, list[int]] = {}
    for i, p in enumerate(out):
        by_sentence.setdefault(p.sentence, []).append(i)
    for idx in by_sentence.values():
        missing = [i for i in idx if out[i].country is None]
        taken = {out[i].country for i in idx if out[i].country}
        free = [c for c in parties if c not in taken]
        if missing and len(free) == 1 and (taken or len(missing) == 1):
            for i in missing:  # "co-chaired by X (known side) and Y": Y is the other side
                out[i] = replace(out[i], country=free[0], review="side inferred: the other side")
    known_sides = {p.country for p in out if p.country}
    unknown = [i for i, p in enumerate(out) if p.country is None]
    free = [c for c in parties if c not in known_sides]
    if unknown and len(free) == 1 and len({out[i].sentence for i in unknown}) == 1:
        for i in unknown:
            out[i] = replace(
                out[i], country=free[0], review="side inferred: the only party with no official"
            )
    sides = {p.name: p.country for p in out if p.country}
    out = [
        replace(p, country=sides.get(p.companion)) if p.country is None and p.companion else p
        for p in out
    ]
    return [p for p in out if p.country is not None]
