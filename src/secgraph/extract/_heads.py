"""Side heads in phrasings the rules of ``_chairs`` do not read: "his counterpart [from
COUNTRY,] NAME", "TITLE NAME of the X Bureau represented Japan", "The UAE side was headed by
RANK NAME, TITLE" in any shape of person, "the talks brought together A and B", "with A and B
leading their delegations". Each gives people with a side and ``leader`` set; ``_chairs`` and
``_meeting`` add them only for a side no other rule gave a head.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ._lexicon import Lexicon
from ._names import HONORIFIC, NAME, Person, name_key, parse_person
from ._shapes import country_of, read_person, split_people
from ._text import Sentence

__all__ = ["bare_counterparts", "clause_heads", "principals_elsewhere"]


def clause_heads(s: Sentence, lexicon: Lexicon, sentences: list[Sentence]) -> list[Person]:
    """The heads one sentence names in the phrasings of this module (not counterparts)."""
    return (
        _represented_country(s, lexicon)
        + _headed_by(s, lexicon)
        + _together(s, lexicon)
        + _leading_their(s, lexicon, sentences)
        + _colleague(s, lexicon)
    )


#: "welcome my Finnish colleague, Minister of Defence Antti Hakkanen, to Oslo"
_COLLEAGUE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Mm]y|[Oo]ur)\s+(?P<adj>[A-Z][\w-]*)\s+(?:colleague|counterpart)s?,?\s+"
    r"(?P<who>[A-Z][^;]+?)(?=,\s+(?:to|in|at|for|on|who)\b|\s+(?:to|in|at|for|on)\s+[A-Z]|[.;]|$)"
)


def _colleague(s: Sentence, lexicon: Lexicon) -> list[Person]:
    """ "my Finnish colleague, TITLE NAME": that country's head."""
    out: list[Person] = []
    for m in _COLLEAGUE.finditer(s.text) if "colleague" in s.text else ():
        form = lexicon.country_forms.get(m.group("adj"))
        p = read_person(m.group("who"), lexicon)
        if form is not None and p is not None and p.title and p.country in (None, form[0]):
            out.append(Person(p.name, p.title, p.organisation, p.honorific, form[0], True, s.index))
    return out


#: "met his counterpart Kahinda Otafiire", "and her counterpart, Ana Ruiz, signed": a name with
#: no title and no country word
_BARE_COUNTERPART = re.compile(
    rf"\b(?:[Hh]is|[Hh]er)\s+counterpart(?:\s+from\s+(?:the\s+)?(?P<land>[A-Z][\w-]*"
    rf"(?:\s+[A-Z][\w-]*){{0,2}}))?,?\s+(?:(?P<hon>{HONORIFIC})\s+)?(?P<name>{NAME})"
    r"(?=,|\.?$|\.\s|\s+(?:in|at|on|to|for|and|during|today|yesterday|signed|led|co-chaired)\b)"
)
_SUBJECT_VERB = re.compile(
    r"\s+(?:met(?:\s+with)?|held\s+talks\s+with|received|hosted)\s+(?:his|her)\b"
)


def bare_counterparts(
    sentences: Iterable[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """The person named as "his/her counterpart [from COUNTRY,] NAME" (no title, no country
    word before it) whom no rule read: on that country's side, or the side other than the one
    of the person placed before it in the sentence (the subject, read again when no rule
    placed it), as that side's head, marked for review; ``people`` with them."""
    out: list[Person] = []
    # "A and his counterpart B led": B read with the title "A and his counterpart" is read again
    people = [p for p in people if not (p.title and re.search(r"\bcounterpart$", p.title))]
    taken = {name_key(p.name) for p in people}
    for s in sentences:
        if "counterpart" not in s.text or len(parties) != 2:
            continue
        for m in _BARE_COUNTERPART.finditer(s.text):
            if name_key(m.group("name")) in taken:
                continue
            form = lexicon.country_forms.get(m.group("land") or "")
            before = [
                p
                for p in people + out
                if p.sentence == s.index and p.country in parties and p.name in s.text[: m.start()]
            ]
            if form is not None and form[0] in parties and not before:
                verb = _SUBJECT_VERB.search(s.text, 0, m.start() + 4)
                subject = parse_person(s.text[: verb.start()], lexicon) if verb else None
                home = next(c for c in parties if c != form[0])
                if (
                    subject is not None
                    and subject.title
                    and subject.country in (None, home)
                    and name_key(subject.name) not in taken
                ):
                    out.append(replace(subject, country=home, leader=True, sentence=s.index))
                    taken.add(name_key(subject.name))
            side = form[0] if form is not None and form[0] in parties else None
            if side is None and before:
                side = next((c for c in parties if c != before[-1].country), None)
            if side is not None:
                taken.add(name_key(m.group("name")))
                out.append(
                    Person(
                        m.group("name"),
                        honorific=m.group("hon"),
                        country=side,
                        leader=True,
                        sentence=s.index,
                        review="named as a counterpart: the side is the other one",
                    )
                )
    return people + out


_OF_OFFICE = re.compile(
    r"\s+of\s+(?:the\s+)?((?:[A-Z][\w-]*\s+(?:(?:and|of|for|the)\s+)*){0,6}"
    r"(?:Bureau|Ministry|Department|Agency|Office|Directorate|Division|Service|Command|Police|"
    r"Council|Commission)(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?)$"
)
_REPRESENTED_VERB = re.compile(r"\s+(?:represented|led|headed)\s+(?:the\s+)?(?=[A-Z])")
_CLAUSE_START = re.compile(r"(?:^|;\s+|,?\s+(?:while|whereas)\s+|,\s+and\s+)")


def _represented_country(s: Sentence, lexicon: Lexicon) -> list[Person]:
    """ "..., while TITLE NAME of the X Bureau represented Japan": the clause's subject heads
    that country's side."""
    out: list[Person] = []
    if " represented " not in s.text and " led " not in s.text and " headed " not in s.text:
        return out
    for m in _REPRESENTED_VERB.finditer(s.text):
        land = lexicon.country_pattern.match(s.text, m.end())
        if land is None or re.match(r"\s*(?:delegation|side|team)\b", s.text[land.end() :]):
            continue  # ("led the Kenyan delegation" is read by the rules)
        if not re.match(r"\s*(?:[.,;]|$|\s+(?:at|in|on|during)\b)", s.text[land.end() :]):
            continue
        starts = [c.end() for c in _CLAUSE_START.finditer(s.text, 0, m.start())]
        who = s.text[starts[-1] if starts else 0 : m.start()]
        org = _OF_OFFICE.search(who)  # "TITLE NAME of the Asian and Oceanian Affairs Bureau"
        p = read_person(who[: org.start()] if org else who, lexicon)
        iso3 = lexicon.country_forms[land.group()][0]
        if p is not None and p.title and p.country in (None, iso3):
            office = org.group(1) if org else p.organisation
            out.append(Person(p.name, p.title, office, p.honorific, iso3, True, s.index))
    return out


#: "The UAE side was headed by H.E. RANK NAME, TITLE, while ...": any shape of person
_HEADED_BY = re.compile(
    r"\b(?P<side>[A-Z][\w-]*)\s+(?:side|delegation|team)\s+(?:was|were)\s+(?:headed|led)\s+by\s+"
)
_HEAD_END = re.compile(
    r",?\s+(?:while|whereas|and\s+the\s+[A-Z][\w-]*\s+(?:side|delegation))\b|;|\.\s|\.$"
)
#: Gulf ranks that carry a branch: "Lieutenant General Staff Pilot X", "Staff Major General X"
_BRANCH = re.compile(
    r"\b(General|Admiral|Colonel|Brigadier)\s+(?:Staff\s+)?(?:Pilot|Engineer|Navy)\s+|\bStaff\s+(?=(?:Major|Lieutenant|Brigadier)\b)"
)


def _headed_by(s: Sentence, lexicon: Lexicon) -> list[Person]:
    """ "The ADJ side was headed by [RANK] NAME, TITLE": that side's head (in any shape the
    back-off's reader knows, which the rules' "TITLE, NAME" pattern does not read)."""
    out: list[Person] = []
    if " by " not in s.text:
        return out
    for m in _HEADED_BY.finditer(s.text):
        form = lexicon.country_forms.get(m.group("side"))
        if form is None:
            continue
        words = _HEAD_END.split(s.text[m.end() :])[0]
        p = read_person(
            _BRANCH.sub(lambda b: f"{b.group(1)} " if b.group(1) else "", words), lexicon
        )
        if p is not None and p.title and p.country in (None, form[0]):
            out.append(Person(p.name, p.title, p.organisation, p.honorific, form[0], True, s.index))
    return out


_TOGETHER = re.compile(r"\bbrought\s+together\s+")
_TOGETHER_END = re.compile(
    r",\s+(?:[\w-]+\s+){0,4}(?:learned|said|reported|told|according)\b|;|\.\s|\.$"
    r"|,\s+who\s+(?:led|headed)\b"
)


def _together(s: Sentence, lexicon: Lexicon) -> list[Person]:
    """ "The talks brought together TITLE of X, RANK A, and TITLE of Y, RANK B": the two heads,
    each on the side their own title names."""
    m = _TOGETHER.search(s.text) if "brought together" in s.text else None
    if m is None:
        return []
    words = _TOGETHER_END.split(s.text[m.end() :])[0]
    people = split_people(words, lexicon)
    pair = re.split(r"\s+and\s+(?=the\s)", words)
    if len(people) != 2 and len(pair) == 2:
        # "TITLE A and the head of Morocco's X (DGSN) and Y (DGST), B": an "and" inside the
        # second one's body; "and the" parts the two
        people = [p for part in pair for p in split_people(part, lexicon)[:1]]
    sides = [p.country or country_of(p.title or "", lexicon) for p in people]
    if len(people) != 2 or None in sides or sides[0] == sides[1]:
        return []
    return [
        Person(p.name, p.title, p.organisation, p.honorific, c, True, s.index)
        for p, c in zip(people, sides, strict=True)
    ]


#: "..., with A and B leading their delegations" / "heading the two delegations"
_LEADING_THEIR = re.compile(
    r"\bwith\s+(?P<who>[A-Z].+?)\s+(?:leading|heading|co-chairing)\s+(?:their|the)\s+"
    r"(?:two\s+|respective\s+)*(?:delegations|sides|teams)\b"
)


def _leading_their(s: Sentence, lexicon: Lexicon, sentences: list[Sentence]) -> list[Person]:
    """ "..., with Foreign Secretary A and Foreign Minister B leading their delegations": each
    on the side their title names, or in the order the text first names the parties."""
    m = _LEADING_THEIR.search(s.text) if "with " in s.text else None
    if m is None:
        return []
    people = split_people(m.group("who"), lexicon)
    sides = [p.country or country_of(p.title or "", lexicon) for p in people]
    if len(people) != 2:
        return []
    if None in sides:
        seen: list[str] = []
        for x in sentences:
            for c in lexicon.country_pattern.finditer(x.text):
                iso3 = lexicon.country_forms[c.group()][0]
                seen += [] if iso3 in seen else [iso3]
        known = [c for c in sides if c is not None]
        rest = [c for c in seen if c not in known]
        sides = [c if c is not None else (rest.pop(0) if rest else None) for c in sides]
    if None in sides or sides[0] == sides[1]:
        return []
    return [
        Person(p.name, p.title, p.organisation, p.honorific, c, True, s.index, "side inferred")
        for p, c in zip(people, sides, strict=True)
    ]


#: "The Secretary of State for Defence (John Healey) met the Estonian Minister ..., NAME"
_BRACKETED = re.compile(
    rf"^(?:The\s+|the\s+)?(?P<title>[A-Z][\w'\u2019 ,-]{{3,90}}?)\s+\((?P<name>{NAME})\)\s+"
    r"(?:met(?:\s+with)?|received|hosted|welcomed|called\s+on|held\s+(?:\w+\s+){0,2}talks\s+with)\b"
)
#: '"...," TITLE A told reporters after meeting TITLE B': a wire's two principals
_SAID_AFTER = re.compile(
    r"(?:^|[,\u201d\"]\s+)(?P<a>(?:[A-Z][\w'\u2019.-]*\s+){1,9}?[A-Z][\w'\u2019-]+)\s+"
    r"(?:told\s+(?:\w+\s+){0,2}|said\s+)after\s+(?:meeting(?:\s+with)?|(?:holding\s+)?talks\s+with)\s+"
    r"(?P<b>.+?)(?=,|\.\s|\.?$|\s+(?:in|on|at|that)\s)"
)


def principals_elsewhere(
    sentences: Iterable[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` with two principals read in shapes the rules do not know: a name in brackets
    after its title, the subject of a verb of meeting ("The Secretary of State for Defence
    (John Healey) met ..."), and a wire's "A told reporters after meeting B". A side is the
    one the title names, or the other principal's other; a title the rules read wrongly
    ("meeting Uganda's Minister ...") is read again."""
    if len(parties) != 2:
        return people
    for s in sentences:
        if "(" in s.text and ")" in s.text:
            m = _BRACKETED.match(s.text)
            if m is not None and name_key(m.group("name")) not in {
                name_key(p.name) for p in people
            }:
                title = m.group("title").strip(" ,")
                own = country_of(title, lexicon)
                others = {p.country for p in people if p.sentence == s.index and p.country}
                side = own if own in parties else None
                if side is None and len(others) == 1:
                    side = next((c for c in parties if c not in others), None)
                if side is not None:
                    people = [
                        Person(m.group("name"), title, None, None, side, True, s.index),
                        *people,
                    ]
        m2 = _SAID_AFTER.search(s.text) if " after " in s.text else None
        if m2 is None:
            continue
        pair = [read_person(m2.group("a"), lexicon), read_person(m2.group("b"), lexicon)]
        if any(p is None or not p.title for p in pair):
            continue
        sides = [p.country or country_of(p.title or "", lexicon) for p in pair if p is not None]
        if len(set(sides)) != 2 or not set(sides) <= set(parties):
            continue
        keys = {name_key(p.name) for p in pair if p is not None}
        people = [
            replace(p, country=c, leader=True, sentence=s.index)
            for p, c in zip(pair, sides, strict=True)
            if p is not None
        ] + [p for p in people if name_key(p.name) not in keys or _read_well(p)]
        people = list({name_key(p.name): p for p in reversed(people)}.values())[::-1]
    return people


def _read_well(p: Person) -> bool:
    """Whether a rule read this person's title as a title (not "meeting Uganda's Minister")."""
    return not (p.title and p.title[:1].islower() and p.title.split()[0] in ("meeting", "after"))
