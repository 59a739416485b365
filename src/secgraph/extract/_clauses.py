"""Delegation clauses: members ("the X delegation included ...", "A and B also attended on
the Chinese side"), principals around a verb ("the Hon A, ..., hosted Japan's Minister ...,
H.E. Ms. B"), country-headed lists ("India: Shri X (TITLE); ..."), which side a list belongs
to, and whether a sentence tells of an earlier meeting.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._countries import Mention
from ._lexicon import Lexicon
from ._lists import CLAUSE_END, LIST_END, chunks
from ._names import Person, parse_person
from ._text import Sentence

__all__ = [
    "DATELINE_PREFIX",
    "HEAD_OF",
    "JOINT",
    "JOINT_WORDS",
    "PRINCIPALS",
    "PRINCIPAL_WORDS",
    "TAIL_END",
    "country_list",
    "find_members",
    "find_principals",
    "is_past",
    "side_before",
    "subject_before",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MEMBERS = re.compile(
    r"\b(?:included|includes|including|comprised(?: of)?|comprising(?: of)?|consisted of|"
    r"accompanied by|"
    r"(?:was|were) made up of|members (?:of the (?:[A-Z][\w-]*\s+)?delegation )?(?:were|included)"
    r"|also attended|"
    r"^accompanying\s+(?:the|him|her)\s+(?:\w+\s+){0,3}?(?:were|was)|"
    r"(?:also\s+)?participating\s+(?:were|was)|(?:was|were)\s+(?:also\s+)?at\s+the\s+table|"
    r"joined by|was assisted by|(?:was|were) supported by|flanked by|also joined(?= the)|"
    r"also (?:included|comprised|took part)|(?:was|were) (?:also )?present(?! at)|"
    r"in the presence of|together with|"
    r"taking part\s+on\s+the\s+[A-Z][\w-]*\s+side\s+(?:were|was)|"
    r"(?:also\s+)?present\s+(?:at the meeting\s+)?were|"
    r"(?:also\s+)?attending\s+(?:\w+\s+){0,4}?(?:were|was)|"
    r"(?:was|were)\s+(?:also\s+)?attended by|"
    r"attended(?=\s+(?:from|on)\s+the\s+[A-Z][\w.-]*\s+side)"
    r"|(?<=,\s)attended(?=\s+the\s+(?:meeting|talks)\b))\b[:\s]*",
    re.I,
)
_PAST = re.compile(
    r"\b(?:had met|had held|earlier (?:visit|meeting)|last (?:year|month|week)|previous|"
    r"earlier this (?:year|month|week)|previously|former|"
    r"in (?:19|20)\d\d|ago|"
    # background: "had raised the question with President X", "have in recent years signed",
    # "X, who did not attend the meeting, welcomed ..."
    r"had (?:also )?(?:raised|discussed|visited|talked|spoken)|in recent (?:years|months)|"
    r"did not (?:attend|take part|join)|read on (?:his|her) behalf)\b",
    re.I,
)
#: a time named by its month alone: "... received President X in Casablanca in December 2024",
#: "In April, A and B ...", "A and B held talks in Warsaw in August" (not in a sentence that
#: says who led a delegation: a story may date its own meeting so)
_MONTH_PAST = re.compile(
    r"\b(?:in (?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) (?:19|20)\d\d|^In (?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?=,)|"
    r"(?:met|held talks)\s+in\s+[A-Z][\w-]+\s+in\s+(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)(?!\s*\d))\b"
)
_LED_WORDS = _words("led headed chaired co-chaired delegation delegations")
_PAST_WORDS = _words(
    "had earlier last previous previously former ago recent not met talks behalf january "
    "february march april may june july august september october november december"
)
#: "the agreement the two countries signed last year": the past is the agreement's
_PAST_OF_OTHER = re.compile(
    r"\b(?:signed|agreed|concluded|reached|adopted|launched|established|set up|created)\s+"
    r"(?:\w+\s+){0,2}$"
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
    r"|(?:was|were)\s+(?:also\s+)?at\s+the\s+table)\b"
)
_ALONG_WITH = re.compile(r",?\s+(?:together|along)\s+with\s+([^.;]+)")
_ON_SIDE = re.compile(r"^\s*(?:the meeting\s+)?(?:on|from|for)\s+the\s+(?P<adj>[A-Z][\w-]*)\s+side")
#: clauses of a sentence that may each name one side's members
_CLAUSE = re.compile(
    r",?\s+(?:while|whereas)\s+|;\s+(?=(?:the|and the)\s)"
    r"|(?<=\sside),\s+and\s+"  # "X attended from the Japanese side, and Y ... from the UK side"
)
_SIDE_SPLIT = re.compile(r",?\s+and,?\s+(?:from|on|for)\s+the\s+(?P<adj>[A-Z][\w-]*)\s+side,\s+")
#: where a list of members ends: the sentence goes on about the one accompanied
_AFTER_LIST = re.compile(r",\s+(?:said|told|added|noted|stressed|says|who|which)\s")
_SIDE_WORD = re.compile(r"\b(?:delegation|side|team)\b")
_MEMBER_SUBJECT = re.compile(
    r"\b(?:delegation|side|team|minister|secretary|envoy|ambassador|adviser|advisor|he|she)\b",
    re.I,
)
_DELEGATION_OF = re.compile(
    r"(?:delegation|side|team)\b[^,.;]*$|(?:^|\s)(?:from|of)\s+(?:the\s+)?$", re.I
)

#: "the Hon A, Deputy Prime Minister ..., and Senator the Hon B, ..., hosted Japan's Minister
#: for Foreign Affairs, H.E. Ms. C, and ...": the two sides' principals around the verb
PRINCIPALS = re.compile(
    r",?\s+(?:(?:has|have|had)\s+)?(?:hosted|received|welcomed|met(?:\s+with)?|held talks with"
    r"|called on|calls on|travell?ed to [^.;,]{2,40}? for (?:talks|consultations) with"
    r"|held (?:a|an|the)\s+(?:[\w+.'-]+\s+){0,8}?"
    r"(?:consultations?|talks|dialogue|meeting|discussions?)\s+with)\s+"
)
PRINCIPAL_WORDS = _words("hosted received welcomed met called calls held travelled traveled")
#: where the other side's list ends: a date or a place after the names ("X on June 1, 2024",
#: "X in Seoul", "X today")
TAIL_END = re.compile(
    r",?\s+(?:on|in|at|during)\s+(?=[A-Z0-9])|,?\s+(?:today|yesterday|on (?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)
#: "A and B signed the agreement / met / held talks": the subject is the two principals
JOINT = re.compile(
    r",?\s+(?:signed|met|co-chaired|held (?:talks|a meeting|consultations)|jointly"
    r"|held the\s+(?:[\w+.-]+\s+){0,6}?(?:Dialogue|Consultations|Talks|Meeting)\b)"
)
JOINT_WORDS = _words("signed met co-chaired held jointly")


#: a dateline before the first sentence: "Singapore (VNA) - ", "BEIJING, Jan. 15 (Xinhua) -- "
DATELINE_PREFIX = re.compile(r"^[^()]{2,60}?(?:\s*\([\w .&-]{2,30}\))?\s(?:--|-|\u2013|\u2014)\s+")


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
    before = re.sub(r"^(?:\d+\.\s+)?(?:On\s+[^,]{3,40},\s+)?", "", text[: verb.start()])
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


def is_past(s: Sentence) -> bool:
    """A sentence about an earlier meeting ("had met in 2019"), not one that only dates
    something else ("the agreement signed last year")."""
    text = s.text
    if not (s.has(_PAST_WORDS) or " in 19" in text or " in 20" in text):
        return False
    if any(not _PAST_OF_OTHER.search(text[: m.start()]) for m in _PAST.finditer(text)):
        return True
    if s.has(_LED_WORDS):
        return False
    return any(
        not _MONTH_OF_OTHER.search(text, max(0, m.start() - 60), m.start())
        for m in _MONTH_PAST.finditer(text)
    )


#: "the first since Mr X took office in October 2024": the month dates something else
_MONTH_OF_OTHER = re.compile(
    r"\b(?:took office|assumed office|taking office|was appointed|were appointed|was elected|"
    r"was sworn in|since|signed|established|founded|created|launched|entered into force)\b"
    r"[^.;]{0,30}$"
)


def country_list(text: str, parties: list[str], lexicon: Lexicon) -> tuple[str, str] | None:
    """'India: Shri X (TITLE); Shri Y (TITLE)': the side and the list."""
    m = _COUNTRY_LIST.match(text)
    if m is None:
        return None
    name = re.sub(r"^the\s+", "", m.group("country").strip(), flags=re.I)
    name = re.sub(r"\s+(?:delegation|side|team)$", "", name, flags=re.I)
    # "Delegation of Estonia:", "For Latvia:", "On the Latvian side:"
    name = re.sub(_LIST_HEAD, "", name)
    name = re.sub(r"\s+side$", "", name)
    form = lexicon.country_forms.get(name)
    if form is None or form[0] not in parties:
        return None
    return form[0], text[m.end() :]


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
            form = lexicon.country_forms.get(on.group("adj")) if on else None
            side = form[0] if form is not None and form[0] in parties else None
            if side is None and not any(lexicon.country_pattern.match(c) for c in pieces):
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
        if not (
            _MEMBER_SUBJECT.search(before)
            or not before.strip()
            or verb.endswith("attended by")
            or "delegation" in verb  # "Other members of the Nigerien delegation were"
        ):
            # "Doval was accompanied by ...": a person named before
            words = set(re.findall(r"[A-Z][\w-]+", before))
            named = [p for p in found if words & set(p.name.split())]  # "Mr Prabowo"
            if not named:
                continue
            companion = named[-1]
        side = side_before(before, ms, off + member.start(), parties, off)
        on = re.search(
            r"\b(?:on\s+the\s+(?P<adj>[A-Z][\w-]*)\s+side|of\s+the\s+(?P<of>[A-Z][\w-]*)\s+"
            r"delegation)\b",
            member.group(),
        )
        form = lexicon.country_forms.get(on.group("adj") or on.group("of")) if on else None
        if form is not None and form[0] in parties:
            side = form[0]  # "Also attending on the Dutch side was X"
        after = _AFTER_LIST.split(after)[0]  # "accompanied by X, TITLE, said ..."
        other = _SIDE_SPLIT.search(after)
        if other is not None:  # "A and, from the Philippine side, B": B's side is named
            form = lexicon.country_forms.get(other.group("adj"))
            named_side = form[0] if form is not None and form[0] in parties else None
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
        if side is None and companion is None and _PRONOUN.fullmatch(before):
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
_PRONOUN = re.compile(r"\s*(?:He|She)\s+(?:was|is|had been|has been)?\s*(?:also\s+)?", re.I)


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
