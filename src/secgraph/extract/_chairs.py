"""Heads marked beside their names: "Ms Claire Huxley (co-chair)", "NAME (head of
delegation)", and in a country-headed list ("• Australia: NAME (co-chair); NAME, TITLE; ...")
the country of the heading is that person's side; heads given per side: "the talks were led on
the Togolese side by TITLE NAME, and on the Ghanaian side by TITLE NAME".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ._countries import Mention, is_future
from ._ledof import office_led
from ._lexicon import Lexicon
from ._model import DraftOfficial
from ._names import Person, has_head, parse_person
from ._people import name_key
from ._shapes import read_person
from ._stateforms import official_form
from ._text import Sentence

__all__ = [
    "HONORIFICS",
    "as_marked",
    "head_elsewhere",
    "head_words",
    "led_by_heads",
    "marked_heads",
    "promote_heads",
    "side_headed",
    "side_heads",
    "unfound_heads",
]

#: a courtesy before a marked name, kept apart from it
HONORIFICS = frozenset(["Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Dr", "Dr."])

_MARK = re.compile(
    r"(?P<name>(?:[A-Z][\w'\u2019.-]*\s+|(?:da|de|del|dos|das|do|van|von|bin|al|el|la)\s+){1,6})"
    r"\((?:co-?chair(?:person|man|woman)?|chair(?:person|man|woman)?|head of (?:the )?delegation|"
    r"delegation (?:head|leader)|leader)\)",
)
#: a list's heading: "• Australia:" or a line or sentence starting "Australia:"
_HEADING = re.compile(
    r"(?:^|[•;\n]\s*|\.\s+)(?P<country>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s*:"
)


def marked_heads(
    sentences: Iterable[Sentence], lexicon: Lexicon
) -> dict[str, tuple[str | None, int]]:
    """The words before each "(co-chair)"-like mark (a name, perhaps with an honorific), to the
    country of the list heading it stands under (None without one) and the sentence's index.

    The caller matches its people's names inside these keys.
    """
    out: dict[str, tuple[str | None, int]] = {}
    for s in sentences:
        if "(" not in s.text:
            continue
        headings = (
            [
                (m.end(), lexicon.country_forms[m.group("country")][0])
                for m in _HEADING.finditer(s.text)
                if m.group("country") in lexicon.country_forms
            ]
            + [  # lines run into one sentence: "... Theresa Lazaro Japan: Minister ..."
                (m.end(), lexicon.country_forms[m.group()][0])
                for m in lexicon.country_pattern.finditer(s.text)
                if s.text[m.end() : m.end() + 2].lstrip().startswith(":")
            ]
        )
        headings.sort()
        for m in _MARK.finditer(s.text):
            under = [iso3 for end, iso3 in headings if end <= m.start()]
            out[_marked_words(s.text, m)] = (under[-1] if under else None, s.index)
    return out


#: the words before a mark end a title or an office, not a name: "..., Director of the Border
#: Police Directorate (head of delegation)", "Jane Roe, Deputy Secretary (co-chair)"
_AFTER_TITLE = re.compile(r"(?:,|\b(?:of|for|at|the|and|in))\s*$")
_SEGMENT_START = re.compile(r"[;:•\n]|^")


def _marked_words(text: str, m: re.Match[str]) -> str:
    """The words a "(head of delegation)" mark refers to: those just before it, or, when
    they end a title or an office, the name opening the entry ("Chief Commissioner A B,
    Director of the X Directorate (head of delegation)" -> "Chief Commissioner A B").

    >>> t = "Spain: Colonel Ana Ruiz, Chief of the Land Forces Command (head of delegation)"
    >>> _marked_words(t, _MARK.search(t))
    'Colonel Ana Ruiz'
    >>> t = "Spain: Ms Ana Ruiz (co-chair); Mr Luis Gil"
    >>> _marked_words(t, _MARK.search(t))
    'Ms Ana Ruiz'
    """
    words = m.group("name").strip()
    before = text[: m.start("name")]
    if not _AFTER_TITLE.search(before):
        return words
    start = max(x.end() for x in _SEGMENT_START.finditer(before))
    entry = before[start:].split(",")[0].strip()
    return entry if entry and entry != before[start:].strip() else words


_SIDE_BY = re.compile(
    r"\b(?:(?:led|headed|chaired|co-chaired)\s+)?on\s+the\s+(?P<side>[A-Z][\w-]*)\s+side\s+by\s+",
)


#: "Leading the Kenyan delegation was TITLE NAME", "Heading the Ugandan side were ..."
_LEADING_WAS = re.compile(
    r"\b(?:Leading|Heading)\s+the\s+(?P<side>[A-Z][\w-]*)\s+(?:delegation|side|team)\s+"
    r"(?:was|were|is|are)\s+"
)
#: "On the Mexican side, the meeting was headed by TITLE, NAME, accompanied by ..."
_ON_SIDE_BY = re.compile(
    r"On\s+the\s+(?P<side>[A-Z][\w-]*)\s+side,\s+(?:the\s+)?(?:meeting|talks|delegation|"
    r"dialogue|consultations|session)\s+(?:was|were)\s+(?:headed|led|chaired|presided\s+over)\s+"
    r"by\s+"
)
_ACCOMPANIED = re.compile(r",\s+(?:accompanied|assisted|supported|flanked|joined)\s+by\b")
_CLAUSE_END = re.compile(r",?\s+(?:while|whereas|and\s+the)\s|;")


def side_heads(sentences: Iterable[Sentence], lexicon: Lexicon) -> list[tuple[str, int, str]]:
    """Per "led on the ADJ side by ..." (and each ", and on the ADJ side by ..." after it), and
    per "Leading the ADJ delegation was ...": the side's country, the sentence's index and the
    words that name its head.

    >>> from types import SimpleNamespace as N
    >>> lex = N(country_forms={"Togolese": ("TGO", "adjective")})
    >>> side_heads([N(index=3, text="It was led on the Togolese side by A B.")], lex)
    [('TGO', 3, 'A B.')]
    """
    out: list[tuple[str, int, str]] = []
    for s in sentences:
        for m in _LEADING_WAS.finditer(s.text) if "eading the " in s.text else ():
            form = lexicon.country_forms.get(m.group("side"))
            if form is not None:
                out.append((form[0], s.index, _CLAUSE_END.split(s.text[m.end() :])[0]))
        on_side = _ON_SIDE_BY.match(s.text) if s.text.startswith("On the ") else None
        form = lexicon.country_forms.get(on_side.group("side")) if on_side else None
        if on_side is not None and form is not None:
            words = re.split(r";|,\s+(?:while|whereas)\s", s.text[on_side.end() :])[0]
            out.append((form[0], s.index, _ACCOMPANIED.split(words)[0]))
        if " side by " not in s.text or not re.search(r"\b(?:led|headed|chaired)\s+on\b", s.text):
            continue
        found = list(_SIDE_BY.finditer(s.text))
        for i, m in enumerate(found):
            side = m.group("side") or m.group("of") or m.group("own")
            form = lexicon.country_forms.get(side) or lexicon.country_forms.get(side.split()[-1])
            if form is None:
                continue
            end = found[i + 1].start() if i + 1 < len(found) else len(s.text)
            out.append((form[0], s.index, s.text[m.end() : end]))
    return out


_LEADING = re.compile(
    r"\b(?:led|headed|chaired|co-chaired|presided over)\s+by\b|\bon behalf of\b", re.I
)


def head_elsewhere(
    country: str,
    side: list[tuple[DraftOfficial, Person]],
    mentions: list[list[Mention]],
    by_index: dict[int, Sentence],
) -> bool:
    """Whether a sentence names this side's head with a leading phrase ("the Thai delegation,
    led by ...") although none of the side's people found comes from it: the first person
    named is then not the head."""
    found_in = {p.sentence for _, p in side}
    for ms in mentions:
        for m in ms:
            s = by_index.get(m.sentence)
            if m.iso3 != country or s is None or m.sentence in found_in:
                continue
            lead = _LEADING.search(s.text)
            if lead is not None and abs(lead.start() - m.end) < 60:
                return True
    # "The Dialogue was co-chaired by the Foreign Secretary, the Rt Hon A MP, and His
    # Excellency B, Prime Minister of Qatar": co-chairs head both sides, so a side none of whose
    # people come from that sentence has a head the draft could not read
    surnames = {p.name.split()[-1] for _, p in side if p.name.split()}
    listed = all(  # the side is named only as members: "The UK delegation included ..."
        i in by_index and _MEMBERS.search(by_index[i].text) for i in found_in
    )
    return listed and any(
        i not in found_in
        and _CO_CHAIRED.search(s.text)
        and not is_future(s)
        and not any(re.search(rf"\b{re.escape(n)}\b", s.text) for n in surnames)
        for i, s in by_index.items()
    )


_MEMBERS = re.compile(r"\b(?:included|includes|comprised|consisted of|accompanied by)\b")
_CO_CHAIRED = re.compile(r"\b(?:was|were|is|are) co-chaired by\b|\bco-chairs? (?:were|was)\b")


def side_headed(
    people: list[Person], heads: list[tuple[str, int, str]]
) -> tuple[list[Person], set[str]]:
    """The first person named in each "led on the ADJ side by ..." part, as that side's head
    (and the heads' name keys)."""
    out = list(people)
    keys: set[str] = set()
    for country, index, words in heads:
        at = [
            (words.find(p.name), i)
            for i, p in enumerate(out)
            if p.sentence == index and p.name in words
        ]
        if at:
            i = min(at)[1]
            out[i] = replace(out[i], country=country, leader=True)
            keys.add(name_key(out[i].name))
        elif (head := parse_person(words, None)) is not None and head.title:
            # (a head no rule read: "On the X side, the meeting was headed by TITLE, NAME")
            out.append(replace(head, country=country, leader=True, sentence=index))
            keys.add(name_key(head.name))
    return out, keys


def unfound_heads(
    people: list[Person],
    heads: dict[str, tuple[str | None, int]],
    parties: list[str],
    lexicon: Lexicon | None = None,
) -> list[Person]:
    """A head marked under a party's list heading whom no rule found ("• Ghana: Ms NAME
    (co-chair); ..."), as a person without a title."""
    out = []
    for words, (country, index) in heads.items():
        if country not in parties or any(
            words == p.name or words.endswith(" " + p.name) for p in people
        ):
            continue
        read = read_person(words, lexicon) if lexicon is not None else None
        if read is not None and read.title and len(read.name.split()) >= 2:
            # "Minister IWAYA Takeshi (head of delegation)": the title apart from the name
            if not any(read.name == p.name for p in people):
                out.append(replace(read, country=country, leader=True, sentence=index))
            continue
        first, _, rest = words.partition(" ")
        honorific = first if first in HONORIFICS and rest else None
        name = rest if honorific else words
        if len(name.split()) >= 2:
            out.append(
                Person(name, honorific=honorific, country=country, leader=True, sentence=index)
            )
    return out


def head_words(name: str, heads: dict[str, tuple[str | None, int]]) -> str | None:
    """The key of ``heads`` (words before a "(co-chair)" mark) that ends with ``name``."""
    return next((w for w in heads if w == name or w.endswith(" " + name)), None)


def as_marked(p: Person, heads: dict[str, tuple[str | None, int]]) -> Person:
    """``p`` as the head of its side when the text marks it so ("NAME (co-chair)"), on the side
    of the list heading the mark stands under."""
    words = head_words(p.name, heads)
    if words is None:
        return p
    return replace(p, country=heads[words][0] or p.country, leader=True)


_LED_BY = re.compile(
    r"(?:\b(?P<side>[A-Z][\w-]*)\s+(?:delegation|side|team)|"
    r"\bdelegation\s+of\s+(?:the\s+)?"
    r"(?P<of>[A-Z][\w'\u2019-]*"
    r"(?:\s+(?:of\s+(?:the\s+)?)?(?:d['\u2019])?[A-Z][\w'\u2019-]*){0,3}),?|"
    r"\b(?P<own>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:'s|\u2019s)\s+delegation)"
    r"\s+(?:was\s+|were\s+)?(?:led|headed)\s+by\s+(?:the\s+)?"
    # (a second title in its own commas: "the Minister of State, Minister of Defence, A")
    r"(?P<title>[A-Za-z][^,;()]{2,90}?(?:,\s+[A-Z][^,;()]{2,60}?)??),\s+"
    r"(?P<name>(?:[A-Z][\w'\u2019-]+\s+){1,4}[A-Z][\w'\u2019-]+)(?=[,.;]|\s+(?:and|who|while)\b|$)"
)


_REPRESENTED = re.compile(
    r"\b(?P<side>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+was\s+represented\s+by\s+(?:the\s+)?"
    r"(?P<title>[A-Z][^.;()]{2,160}?),\s+"
    r"(?P<name>(?:[A-Z][\w'\u2019-]+\s+){1,5}[A-Z][\w'\u2019-]+)"
    r"(?=,\s+(?:assisted|accompanied|who|and)\b|[.;]|$)"
)
#: a rank or courtesy before a name, kept apart from it
_BEFORE_NAME = re.compile(
    r"^(?:(?:Lieutenant|Major|Brigadier|Air|Vice|Rear)\s+)?"
    r"(?:General|Admiral|Colonel|Commodore|Marshal|Ambassador|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+"
)


def led_by_heads(sentences: Iterable[Sentence], lexicon: Lexicon) -> list[Person]:
    """ "The ADJ delegation was led by the TITLE, NAME": that side's head, as a person (for a
    side whose head no other rule read; the title is taken as written).

    >>> from types import SimpleNamespace as N
    >>> lex = N(country_forms={"Ethiopian": ("ETH", "adjective")})
    >>> s = N(index=2, text="The Ethiopian side was headed by the Chief of Police, Abebe Bekele.")
    >>> [(p.name, p.title, p.country) for p in led_by_heads([s], lex)]
    [('Abebe Bekele', 'Chief of Police', 'ETH')]
    >>> s = N(index=2, text="The delegation of Ethiopian, headed by the Chief, Abebe Bekele, left.")
    >>> [p.country for p in led_by_heads([s], lex)]
    ['ETH']
    """
    out = []
    for s in sentences:
        if " by " not in s.text:
            continue
        found = list(_LED_BY.finditer(s.text))
        found += _REPRESENTED.finditer(s.text) if " represented by " in s.text else []
        for m in found:
            groups = m.groupdict()
            side = groups["side"] or groups.get("of") or groups.get("own") or ""
            form = lexicon.country_forms.get(side) or lexicon.country_forms.get(side.split()[-1])
            if form is None and groups.get("of"):  # ("of the Republic of Côte d'Ivoire")
                form = official_form(side, lexicon)
            # ("headed by the vice minister of X, NAME": a title in lower case has its head)
            if form is None or not (m.group("title")[0].isupper() or has_head(m.group("title"))):
                continue
            out.append(
                Person(
                    _BEFORE_NAME.sub("", m.group("name")),
                    title=m.group("title").strip(),
                    country=form[0],
                    leader=True,
                    sentence=s.index,
                )
            )
        out += _led_by_title_first(s, lexicon, {p.country for p in out if p.sentence == s.index})
        out += office_led(s, lexicon, {p.country for p in out if p.sentence == s.index})
    return out


#: "the Bangladesh delegation was led by Senior Secretary A B of the X Division": the title
#: before the name, no comma between
_SIDE_LED = re.compile(
    r"\b(?P<side>[A-Z][\w-]*)\s+(?:delegation|side|team)\s+(?:was\s+|were\s+)?(?:led|headed)\s+"
    r"by\s+(?:the\s+)?"
)
#: (", and included B, TITLE": the clause of the members, after the head's)
_HEAD_END = re.compile(
    r"[.;]|,\s+(?:while|whereas|and\s+the|and\s+(?=[a-z])|who|which)\b|\s+(?:while|whereas)\s"
)


_OFFICE_AFTER = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?(?P<office>[A-Z][^,]*)$")


def _led_by_title_first(s: Sentence, lexicon: Lexicon, read: set[str | None]) -> list[Person]:
    out = []
    for m in _SIDE_LED.finditer(s.text):
        form = lexicon.country_forms.get(m.group("side"))
        if form is None or form[0] in read:
            continue
        words = _HEAD_END.split(s.text[m.end() :], maxsplit=1)[0]
        person = read_person(words, lexicon)
        office = _OFFICE_AFTER.search(words)
        if person is None and office is not None:  # ("... A B of the X Division")
            person = read_person(words[: office.start()], lexicon)
            if person is not None and person.organisation is None:
                person = replace(person, organisation=office.group("office"))
        if person is not None and person.title and len(person.name.split()) >= 2:
            out.append(replace(person, country=form[0], leader=True, sentence=s.index))
    return out


def promote_heads(people: list[Person], heads: list[Person], led: set[str | None]) -> list[Person]:
    """``people`` with each one a head phrase names read from the same sentence but put on no
    side or on another side (even as its head) made the named side's head, for a side with
    none ("brought together TITLE A and the head of Morocco's X, B, who led their delegations").
    """
    out = list(people)
    for h in heads:
        if h.country in led or h.review:  # not a side inferred from the parties' order
            continue
        heads_of = {
            c: sum(q.leader and q.country == c for q in out) for c in {p.country for p in out}
        }
        same = [
            i
            for i, p in enumerate(out)
            if name_key(p.name) == name_key(h.name)
            and p.sentence == h.sentence
            and (p.country in (None, h.country) or heads_of[p.country] > 1)
            and not (p.leader and p.country == h.country)
        ]
        if len(same) == 1:
            out[same[0]] = replace(out[same[0]], country=h.country, leader=True)
            led = led | {h.country}
    return out
