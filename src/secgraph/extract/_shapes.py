"""More shapes of one person than ``parse_person`` reads, for the back-off layer
(``_backoff``): the rules' parser first, then

- "NAME, who heads the X" / "NAME, who is the TITLE" (a relative clause gives the title);
- "General NAME of Cambodia" (the side written after the name);
- "Rear Admiral Irvansyah, head of ..." (one name after a military rank, Indonesian use);
- "Yudha Nugraha of the Ministry of Marine Affairs" (an office and no title).

Each shape is general (none names a country, an office or a person), and a person is only
returned with a title, a rank or style, or an office: a bare name is nobody's mention.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._lists import _OTHERS, _appositives, _comma_list, _pieces
from ._names import HONORIFIC, NAME, Person, has_head, parse_person, strip_post_nominals
from ._offices import clean_title

__all__ = ["country_of", "read_person", "split_people"]

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"

#: "NAME, who heads the Estonian Police and Border Guard Board"
_WHO_HEADS = re.compile(
    r"^(?P<name>[^,]+),\s+who\s+(?:(?P<verb>heads|leads|chairs|directs|commands|runs)\s+"
    r"|(?:is|serves as)\s+)(?P<rest>.+?)\s*,?$"
)
#: the side written after the name or the title: "General Mao Sophan of Cambodia",
#: "Minister of Defence of the Republic of Indonesia"
_OF = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?=[A-Z])")
_STATE = re.compile(r"\s+of\s+the\s+(?:Republic|Kingdom|State|Federation|Commonwealth)$")
#: "Yudha Nugraha of the Ministry of Marine Affairs and Fisheries": an office, no title
_OF_OFFICE = re.compile(
    rf"^(?P<name>{NAME})\s+(?:of|from)\s+(?:the\s+)?(?P<org>(?:[{_UP}][\w'\u2019-]*\s+){{0,4}}"
    r"(?:Ministry|Department|Agency|Office|Directorate|Bureau|Secretariat|Service|Command)"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[{_UP}][\w'\u2019-]*(?:\s+(?:and\s+)?[{_UP}][\w'\u2019-]*)*)?)$"
)
#: military ranks and styles before a one-word name ("Rear Admiral Irvansyah"), never the
#: courtesy titles that stand before a surname alone ("Mr Mitchell")
_RANK_ONE = re.compile(
    rf"^(?P<rank>{HONORIFIC})\s+(?P<name>[{_UP}][{_LOW}]{{3,}}|[{_UP}][{_LOW}]?\.[{_UP}][{_LOW}]{{3,}})"
    r"(?:,\s+(?P<title>.+))?$"
)
#: a caption's note after a name
_PHOTO = re.compile(
    r"\s*\((?:left|right|centre|center|middle|pictured|[LR]|(?:second|third) from (?:left|right))\)"
)
_POSTED_TO = re.compile(r"\b(?:to|in)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*$")
#: a venue before a mention: "at the Itamaraty Palace, "
_VENUE = re.compile(r"^(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s*){1,5},\s+")
#: a comma and a preposition end a mention ("X, Deputy Minister, at the ministry")
_AFTER = re.compile(r",\s+(?:at|in|on|during|to|after|before|where|when|for the|as(?! well))\s")
_COUNTERPART = re.compile(
    r"^(?:his|her|their)\s+(?P<adj>[A-Z][\w-]*)\s+(?:counterparts?|colleagues?),?\s+", re.I
)
_OFFICE_WORDS = frozenset(
    [
        "Bureau",
        "Agency",
        "Ministry",
        "Department",
        "Office",
        "Service",
        "Directorate",
        "Command",
        "Council",
        "Commission",
        "Committee",
        "Police",
        "Army",
        "Navy",
        "Force",
        "Forces",
        "Guard",
        "Staff",
        "Intelligence",
        "Security",
        "Defence",
        "Defense",
        "Government",
        "Embassy",
        "Headquarters",
        "Secretariat",
        "Division",
        "Affairs",
        "Relations",
        "Cooperation",
        "Policy",
        "Operations",
        "Programme",
        "Programmes",
    ]
)
_COURTESY = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof|Hon|Sir|Lord|Lady|Dame|Ambassador)\b\.?")
_NOT_ONE = frozenset(
    [
        "The",
        "This",
        "That",
        "They",
        "Their",
        "Both",
        "Staff",
        "Forces",
        "Army",
        "Navy",
        "Police",
        "Guard",
        "Command",
        "Defence",
        "Defense",
        "Security",
        "Intelligence",
        "Affairs",
        "Ministry",
        "Office",
        "Headquarters",
    ]
)


#: a list of places after "for" ("for Australia, New Zealand and ..."): the post's remit
_REMIT_LIST = re.compile(
    r"\b(?:for|to)\s+(?:the\s+)?(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
    r"(?:,\s+|\s+and\s+(?:the\s+)?))+$"
)


def country_of(text: str, lexicon: Lexicon) -> str | None:
    """The country a title or an office names as its own ("Commander of the Finnish Border
    Guard", "Ministry of Defense of Japan"), not one it is posted to ("Ambassador to
    Indonesia", "Defence Attache in Abuja") nor a capital."""
    for m in lexicon.country_pattern.finditer(text):
        iso3, kind = lexicon.country_forms[m.group()]
        if kind == "capital":
            continue
        if re.search(r"\b(?:North|South|Latin|Central)\s+$", text[: m.start()]):
            continue  # "Undersecretary for North America": a region, not the United States
        if text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
            continue  # "Additional Secretary (Afghanistan and West Asia)": the post's remit
        if re.search(r"\b(?:to|in|at|for)\s+(?:the\s+)?$", text[: m.start()]) and (
            kind == "name" or re.search(r"\bfor\s+(?:the\s+)?$", text[: m.start()])
        ):
            continue
        if _REMIT_LIST.search(text[: m.start()]):
            continue  # "Secretary for Australia, New Zealand and the Pacific": the remit
        if re.search(r"\b(?:towards?|facing|with)\s+(?:the\s+)?$", text[: m.start()]):
            continue  # "Border Police Centre towards North Macedonia": the neighbour it faces
        return iso3
    return None


def read_person(chunk: str, lexicon: Lexicon) -> Person | None:
    """One person from a chunk in any shape this module or ``parse_person`` knows; failing
    that, from the chunk without what follows the name ("his Greek counterpart Nikos Dendias
    for talks that ...", "... Mari Rantanen in Helsinki")."""
    person = _read_person(chunk, lexicon)
    if person is not None:
        return person
    tail = _NAME_TAIL.search(chunk)
    person = _read_person(chunk[: tail.start()], lexicon) if tail else None
    if person is not None:
        return person
    # "meeting his Latvian counterpart X", "Minister for the Armed Forces X travelled": a verb
    # before or after the mention, no part of it
    bare = _VERB_TAIL.sub("", _VERB_HEAD.sub("", chunk))
    return _read_person(bare, lexicon) if bare != chunk else None


#: lower-case words before a mention that open no title ("meeting his Latvian counterpart")
_VERB_HEAD = re.compile(
    r"^(?:(?!(?:the|a|an|his|her|their|our|its|and|of|for|from)\s)[a-z][\w-]*\s+){1,2}"
    rf"(?=(?:his|her|their)\s+[{_UP}]|[{_UP}])"
)
#: lower-case words after a name, with no comma: a verb and what follows it
_VERB_TAIL = re.compile(rf"(?<=[{_LOW}])\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}$")


#: a name, then a preposition and no capitalised name after it: where a mention ends
_NAME_TAIL = re.compile(
    rf"(?<=[{_LOW}.])\s+(?:in|at|on|for|to|during|after|before|from|as|while|amid|ahead of|"
    rf"where|when|over|about|that|who|which)\s+(?![^,]*\b[{_UP}][{_LOW}]+\s+[{_UP}][{_LOW}]+)"
    r"[^,]*$"
)


#: "X on the Pakistani side": the side written after the mention
_ON_SIDE = re.compile(
    r",?\s+(?:on|from|for)\s+the\s+(?P<adj>[A-Z][\w-]*)\s+side\b(?:\s+and)?[\s.,;]*$"
)


def _read_person(chunk: str, lexicon: Lexicon) -> Person | None:
    on_side = _ON_SIDE.search(chunk)
    if on_side is not None:
        form = lexicon.country_forms.get(on_side.group("adj"))
        person = _read_person(chunk[: on_side.start()], lexicon)
        if person is None or form is None or person.country not in (None, form[0]):
            return person
        return replace(person, country=form[0])
    chunk = _PHOTO.sub("", chunk.lstrip(" :-\u2022*\u2013"))  # "Tea Seiha (centre)"
    chunk = strip_post_nominals(chunk.strip(" ,;."))
    chunk = _AFTER.split(chunk.strip(" ,;."))[0]  # "X, TITLE, at the ministry in ..."
    chunk = _VENUE.sub("", chunk)  # "received today, at the Itamaraty Palace, the Minister ..."
    chunk = re.sub(r",\s+(?:who|which)$|\s+and(?:\s+(?:his|her|their|the))?$", "", chunk)
    side = None
    for of in reversed(list(_OF.finditer(chunk))):  # "..., Minister of Defence of Indonesia"
        form = lexicon.country_forms.get(chunk[of.end() :].strip())
        if _POSTED_TO.search(chunk[: of.start()]):
            break  # "Ambassador of India to the Sultanate of Oman": where the post is
        if form is not None and form[1] in ("name", "adjective"):
            side, chunk = form[0], _STATE.sub("", chunk[: of.start()])
            break
    mate = _COUNTERPART.match(chunk)
    if mate is not None:  # "his Greek counterpart Nikos Dendias": the adjective's side
        form = lexicon.country_forms.get(mate.group("adj"))
        rest = chunk[mate.end() :]
        person = parse_person(rest, lexicon) or _name_only(rest)
        if form is None or person is None:
            return None
        return replace(person, country=form[0], review="named as a counterpart")
    who = _WHO_HEADS.match(chunk)
    if who is not None:
        rest = re.split(r",\s+", who.group("rest"))[0]
        title = f"head of {rest}" if who.group("verb") else rest
        person = parse_person(who.group("name"), lexicon) or _name_only(who.group("name"))
        if person is not None and has_head(title.replace("head", "Head", 1)):
            person = replace(person, title=clean_title(title))
    else:
        chunk = re.split(r",\s+who\s", chunk)[0]  # "the Chief of X, General Y, who briefed"
        person = parse_person(chunk, lexicon)
        if person is None:
            person = _rank_one(chunk) or _with_office(chunk) or _title_rank_name(chunk)
    if person is None or not (person.title or person.honorific or person.organisation):
        return None
    rank = re.match(r"([A-Z]{2,5})\s+(?=\S+\s+\S)", person.name)
    if rank is not None:  # "DCG Olatunde Ayodele Oloyede": a rank's letters, then the name
        person = replace(person, name=person.name[rank.end() :], honorific=rank.group(1))
    if any(w in _OFFICE_WORDS or has_head(w) for w in person.name.split()):
        return None  # "Director, Intelligence Bureau": an office, not a name
    if person.honorific and _COURTESY.match(person.honorific) and " " not in person.name:
        return None  # "Mr Mitchell": a surname, a second reference
    return replace(person, country=person.country or side)


def _name_only(text: str) -> Person | None:
    text = text.strip()
    hm = re.match(rf"^(?P<hon>{HONORIFIC})\s+(?P<rest>.+)$", text)
    hon, text = (hm.group("hon"), hm.group("rest")) if hm else (None, text)
    if re.fullmatch(NAME, text) is None or has_head(text):
        return None
    return Person(text, honorific=hon)


def _rank_one(chunk: str) -> Person | None:
    m = _RANK_ONE.match(chunk)
    if m is None or _COURTESY.match(m.group("rank")) or m.group("name") in _NOT_ONE:
        return None
    title = m.group("title")
    if title is not None:
        title = re.split(r",\s+", title)[0]
        if not has_head(title.replace("head", "Head", 1)):
            return None
    return Person(m.group("name"), clean_title(title) if title else None, None, m.group("rank"))


_TITLE_RANK_NAME = re.compile(
    rf"^(?P<title>.+),\s+(?P<rank>{HONORIFIC}|[A-Z]{{2,5}}|[A-Z][a-z]+)\s+(?P<name>{NAME})$"
)


def _title_rank_name(chunk: str) -> Person | None:
    """'the head of the Federal Police, Commissioner General Luis Rolle'."""
    m = _TITLE_RANK_NAME.match(chunk)
    if m is None or not has_head(m.group("title").replace("head", "Head", 1)):
        return None
    return Person(m.group("name"), clean_title(m.group("title")), None, m.group("rank"))


def _with_office(chunk: str) -> Person | None:
    m = _OF_OFFICE.match(chunk)
    if m is None or has_head(m.group("name")):
        return None
    return Person(m.group("name"), None, m.group("org"))


#: "A, TITLE, and the TITLE, B": where one person's mention may end and the next begin
_AND = re.compile(
    r",?\s+and\s+(?=(?:the\s+)?[A-Z]|(?:his|her|their)\s+[A-Z]|the\s+(?:\w+(?:'s|\u2019s)\s+)?"
    r"(?:head|chief|commander|director|minister|secretary|ambassador|deputy|acting)\b)|;\s*"
    r"|\s+[-\u2022*\u2013]\s+(?=[A-Z])"  # a bulleted list run into one line
    r"|,?\s+as well as\s+"
)


def split_people(text: str, lexicon: Lexicon) -> list[Person]:
    """The people of a list ("A, TITLE, and TITLE B"): pieces between 'and's, a piece that is
    no person joined to the one before ("Deputy Prime Minister and Minister for Defence of
    Australia") or to the next; "their Philippine counterparts, A and B": both Philippine."""
    plural = _plural_list(text, lexicon)
    if plural:
        return plural
    out: list[tuple[str, Person]] = []
    pending = ""
    carried = None
    text = _OTHERS.split(text)[0]  # "A, B and senior officials from both governments"
    bits = [
        piece
        for bit in _AND.split(text)
        # "..., General X, went through what ...": the list without its verb
        for piece in _comma_list(_trailing_clause(bit), lexicon)
    ]
    for bit in bits:  # ("Defence Minister A, Interior Minister B": two people)
        if pending and not has_head(pending) and read_person(bit, lexicon) is not None:
            pending = ""  # ("... from the Armed Forces - Arab Army; Colonel B ...": no title)
        current = f"{pending} and {bit}" if pending else bit
        person = read_person(current, lexicon)
        segments = _appositives(_pieces(current), lexicon) if pending and person is None else None
        if segments:  # "the Commissioner for Operations and Training, Mr A, the TITLE, B"
            out += [(seg, q) for seg in segments if (q := read_person(seg, lexicon))]
            pending = ""
            continue
        if person is None and not pending and out:
            merged = f"{out[-1][0]} and {bit}"
            again = read_person(merged, lexicon)
            if again is not None and again.name == out[-1][1].name:
                out[-1] = (merged, again)
                continue
        if person is None:
            # "the two countries' army chiefs, General X of Cambodia": the last pieces (of
            # this bit alone when a piece is pending: "Latvia will start ..., Minister X")
            parts = re.split(r",\s+(?![^()]*\))", bit if pending else current)
            person = next(
                (
                    q
                    for k in range(1, len(parts))
                    if (q := read_person(", ".join(parts[k:]), lexicon))
                ),
                None,
            )
        if person is not None:
            if person.review == "named as a counterpart" or (person.country and not out):
                # "Nigeria's TITLE A and TITLE B", "their Philippine counterparts, A and B"
                carried = person.country
            elif (
                carried
                and person.country is None
                and not country_of(f"{person.title or ''} {person.organisation or ''}", lexicon)
            ):  # ("... and Royal Thai Army Commander-in-Chief B": B is Thai)
                person = replace(person, country=carried)
            out.append((current, person))
            pending = ""
        else:
            pending = current if len(current) < 200 else ""
    return [p for _, p in out]


#: "the commanders of the two countries' border guards, A of Lithuania and B of Latvia"
_PLURAL_HEAD = re.compile(
    r"^\s*(?:the\s+)?(?:\w+\s+)?(?:commanders|chiefs|heads|ministers|directors|secretaries|"
    r"ambassadors|envoys|representatives)\b[^,]*,\s+"
)
_OF_LAND = re.compile(rf"^(?P<name>{NAME})\s+of\s+(?:the\s+)?(?P<land>[{_UP}][\w' -]+?)\s*$")


def _plural_list(text: str, lexicon: Lexicon) -> list[Person]:
    """People a plural title names one a country: "the commanders of the two countries' border
    guard services, A of Lithuania and B of Latvia" (each no title of their own)."""
    head = _PLURAL_HEAD.match(text)
    if head is None:
        return []
    out = []
    for bit in re.split(r",\s+and\s+|\s+and\s+|,\s+", text[head.end() :].strip(" .;")):
        m = _OF_LAND.match(bit)
        form = lexicon.country_forms.get(m.group("land")) if m else None
        if m is None or form is None or form[1] not in ("name", "adjective"):
            return []
        out.append(Person(m.group("name"), country=form[0]))
    return out if len(out) >= 2 else []


#: a comma and a lower-case word that opens no title: where a list gives way to its verb
_LOWER_AFTER = re.compile(
    r",\s+(?!(?:the|a|an|his|her|their|our|its|who|whose|and|or|from|on|for|of|in|at|to|with|"
    r"by|as|both|respectively)\b)(?=[a-z])"
)


def _trailing_clause(text: str) -> str:
    """A list without the clause that follows it: "A, TITLE, and B, TITLE, went through the
    plans" -> "A, TITLE, and B, TITLE" (a lower-case title, ", director-general of X", stays:
    a head word comes within its first four words)."""
    for m in _LOWER_AFTER.finditer(text):
        if text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
            continue  # (inside brackets: "A (Counsellor, political section)")
        if not re.search(rf"[{_UP}][\w'\u2019.-]*\)?$", text[: m.start()]):
            continue  # not after a name: "cooperation on defence, counter-terrorism and ..."
        if not has_head(" ".join(w.capitalize() for w in text[m.end() :].split()[:4])):
            return text[: m.start()]
    return text
