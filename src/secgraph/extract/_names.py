"""Names, titles and honorifics of officials: "Additional Interior Secretary Farid-ud-Din Khan",
"Elizabeth Horst, the Principal Deputy Assistant Secretary of State", "Mr. Vikram Sethi".

A title is a run of capitalised words that holds a head word (Minister, Secretary, Director,
Ambassador, ...); the name is the two to four capitalised words that follow it (or come
before it, with a comma) and are not title words, country words or office words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ._lexicon import Lexicon
from ._namepat import (
    BRACKETED,
    CAPS_LAST,
    CAPS_SURNAME,
    HON_RE,
    HONORIFIC,
    INDIAN,
    INNER_STYLE,
    LEADING_LINK,
    LOW,
    LOWER_POST,
    NAME,
    PARTICLE,
    POST_NOMINALS,
    RANK_NOTE,
    RANK_RE,
    TRAILING_ORG,
    UP,
    keep_office_commas,
    office_commas,
    peer_back,
    peerage,
    unbracket,
    unrow,
)
from ._ofafter import split_office_after
from ._offices import ORG_COUNTRY, clean_title, org_in
from ._served import served_country
from ._titlewords import CONNECT, HEADS, NOT_NAMES, RANKS, STOP, SURNAMES, TITLE_WORDS

__all__ = [
    "HONORIFIC",
    "NAME",
    "ORG_COUNTRY",
    "Person",
    "has_head",
    "is_title_word",
    "name_key",
    "parse_person",
    "strip_post_nominals",
]


_UP, _LOW, _PARTICLE = UP, LOW, PARTICLE
_HEADS, _NOT_NAMES, _TITLE_WORDS = HEADS, NOT_NAMES, TITLE_WORDS
_STOP, _CONNECT, _RANKS, _SURNAMES = STOP, CONNECT, RANKS, SURNAMES

#: Courtesy words that may stand between a title and a name ("Foreign Secretary Shri X")
_COURTESY = r"(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Shri|Smt\.?|Sri|Prof\.?|H\.E\.|Hon\.?)"


@dataclass(frozen=True)
class Person:
    name: str
    title: str | None = None
    organisation: str | None = None
    honorific: str | None = None
    country: str | None = None
    leader: bool = False
    sentence: int = -1
    review: str | None = None
    #: the person they accompany ("The Secretary was accompanied by ..."): same side
    companion: str | None = None


def _is_head(token: str) -> bool:
    """'Minister', 'minister', 'Vice-Minister', 'Under-Secretary' head a title."""
    word = token.strip("(),")
    parts = word.split("-")  # "Vice-Minister", "Comptroller-General"
    return word in _HEADS or parts[-1].capitalize() in _HEADS or parts[0].capitalize() in _HEADS


def has_head(text: str) -> bool:
    """Whether a word of the text heads a title ('Minister', 'Secretary', 'Director', ...)."""
    return any(_is_head(t) for t in text.split())


def _is_title_word(token: str) -> bool:
    word = token.strip("(),")
    return word in _TITLE_WORDS or word.split("-")[-1].capitalize() in _TITLE_WORDS


is_title_word = _is_title_word  # for the back-off layer: 'Defence', 'Minister', 'Affairs'


def strip_post_nominals(text: str) -> str:
    """'Comptroller Wale Adenuga, fdc' -> 'Comptroller Wale Adenuga'."""
    return POST_NOMINALS.sub("", text)


def name_key(name: str) -> str:
    """A name compared across spellings: 'Farid-ud-Din Khan' and 'Farid ud Din Khan' agree."""
    return re.sub(r"[^a-z]", "", name.casefold())


#: the rest of a title that is a series of capitalised names ending in a person's name
_SERIES = re.compile(
    rf"(?:\s*[{_UP}][\w'\u2019-]*(?:\s+(?:and\s+)?[{_UP}][\w'\u2019-]*)*,)*"
    rf"\s*[{_UP}][\w'\u2019-]*(?:\s+(?:and\s+)?[{_UP}][\w'\u2019.-]*)*"
)
_NOT_CAPITALS: dict[int, frozenset[str]] = {}


def _not_capitals(lexicon: Lexicon | None) -> frozenset[str]:
    """The lexicon's country words but its capitals (a capital is also a name: "Douglas",
    "Victoria"), computed once per lexicon."""
    if lexicon is None:
        return frozenset()
    key = id(lexicon.country_forms)
    if key not in _NOT_CAPITALS:
        forms = lexicon.country_forms.items()
        _NOT_CAPITALS[key] = frozenset(f for f, (_, kind) in forms if kind != "capital")
    return _NOT_CAPITALS[key]


def _split_title_name(
    tokens: list[str], lexicon: Lexicon | None
) -> tuple[list[str], list[str]] | None:
    countries = _not_capitals(lexicon)
    # six or seven only with particles: "Juan Ramón de la Fuente"; eight or nine only for an
    # Arab name of forefathers ("Abdulaziz bin Saud bin Naif bin Abdulaziz Al Saud")
    longest = 9 if sum(t in ("bin", "bint", "ibn") for t in tokens) >= 2 else 7
    for n in range(longest, 1, -1):
        if len(tokens) < n + 1:
            continue
        title, name = tokens[:-n], tokens[-n:]
        if (
            title[-1] in _CONNECT  # "Secretary of Security and | Citizen Protection"
            or f"{title[-1]} {name[0]}" in countries  # "High Commissioner to Sri | Lanka"
            or re.fullmatch(_PARTICLE, name[0])
            or re.fullmatch(HONORIFIC, name[0])
            or name[0] in _RANKS
            or any(
                _is_title_word(t)
                or t in _CONNECT
                or (t in _STOP and (i == 0 or t != "The"))  # "Pham The Tung"
                or t in countries
                or t in _NOT_NAMES
                for i, t in enumerate(name)
            )
        ):
            continue
        if not re.fullmatch(NAME, " ".join(name)):
            continue
        if any(_is_head(t) for t in title):
            return title, name
    if len(tokens) >= 2 and _one_word_name(tokens[-1], countries) and _is_head(tokens[-2]):
        return tokens[:-1], tokens[-1:]  # "Foreign Minister Sugiono": one name, Indonesian use
    if len(tokens) >= 2 and _INITIALLED.fullmatch(tokens[-1]) and any(map(_is_head, tokens[:-1])):
        return tokens[:-1], tokens[-1:]  # "Director of the Agency of Mongolia D.Oyunchimeg"
    return None


#: a one-word name after a father's initial, Mongolian use: "Ts.Battulga", "B.Enkhbayar"
_INITIALLED = re.compile(rf"[{_UP}][{_LOW}]?\.[{_UP}][{_LOW}]{{3,}}")


def _title_run(words: list[str]) -> list[str]:
    """The title's own words: not the clause before them ("The dialogue follows the visit of
    Australian Defence Minister" -> "Australian Defence Minister"); a lower-case word that is
    a title's ("defence minister") or a connector stays."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w[:1].islower() and w not in _CONNECT and not _is_title_word(w.capitalize()):
            rest = words[i + 1 :]
            while rest and rest[0] in _CONNECT:
                rest = rest[1:]
            return rest if any(_is_head(t) for t in rest) else words
    return words


def _one_word_name(token: str, countries: object) -> bool:
    """A word that may be a whole name after a title ('Sugiono', 'Sjafrie'), and no title,
    country, month or office word."""
    return (
        re.fullmatch(rf"[{_UP}][{_LOW}]{{3,}}", token) is not None
        and not _is_title_word(token)
        and token not in _STOP
        and token not in _NOT_NAMES
        and token not in countries  # type: ignore[operator]
        and re.fullmatch(HONORIFIC, token) is None
    )


def _parse(chunk: str, lexicon: Lexicon | None) -> Person | None:
    """Parse one chunk (see parse_person)."""
    chunk = re.sub(r",?\s+and$", "", chunk.strip(" ,;.")).strip(" ,;.")
    chunk = re.sub(r"\s+as\s+(?:members|delegates|participants)$", "", chunk)  # "had A as members"
    chunk = re.sub(r"^(?:[-\u2022*\u2013\u2014\u25aa\u00b7]\s*)+", "", chunk)  # a bullet
    chunk = LEADING_LINK.sub("", re.sub(r"^(?:and|both)\s+", "", chunk, flags=re.I))
    row = unrow(chunk)  # "Mart Tamm - Director General of X", "Head of X: Liis Kask"
    if row is not None and has_head(row[1]) and not has_head(RANK_RE.sub("", row[0])):
        chunk = f"{row[0]}, {row[1]}"
    if not re.match(r"^[Tt]he (?:Rt\.? )?Hon", chunk):
        chunk = re.sub(r"^the\s+", "", chunk, flags=re.I)
    chunk = CAPS_SURNAME.sub(lambda m: m.group(1) + m.group(2).lower(), chunk)
    chunk = CAPS_LAST.sub(lambda m: m.group(1) + m.group(2).lower(), chunk)
    chunk = LOWER_POST.sub(lambda m: m.group().title(), chunk)  # "... secretary-general X"
    chunk = re.sub(r"\s+(?:MP|KC|QC)\b", "", chunk)  # "the Hon Richard Marles MP"
    decorated = POST_NOMINALS.search(chunk)  # "Lt Gen X, AVSM, VSM, Director General of ..."
    chunk = POST_NOMINALS.sub("", chunk)
    chunk = re.sub(r"^\d{1,2}\.\s+", "", chunk)  # a numbered paragraph
    # "(Ret.)" after a rank, Pakistan's awards after a name ("General X, NI (M), COAS")
    chunk = RANK_NOTE.sub("", chunk)
    chunk = re.sub(r",\s+(?:[NHST]I|HI|SBt|TBt)\s*\(M\)(?=,|$)", "", chunk)
    honorific = None
    flat = unbracket(chunk)  # "The Secretary of State for Defence (John Healey)"
    bracketed = flat.partition(", ")[2].split(",")[0].split() if flat else []
    if (
        flat
        and has_head(flat.partition(",")[0])
        and not _is_title_word(bracketed[-1])
        and not any(w in _NOT_NAMES or w in _not_capitals(lexicon) for w in bracketed)
    ):  # (not "Joint Secretary (Indian Ocean Region)": a post's remit)
        chunk = flat
    served = served_country(chunk, lexicon)  # "U.S. Navy Adm. X": the country before the service
    if served is not None:
        chunk = chunk[served[1] :]
    junior = RANK_RE.match(chunk)
    if junior is not None and not HON_RE.match(chunk):
        # "Commander Aaron Kellett, Senior Liaison Officer ...": the post is the title
        who, _, post = chunk[junior.end() :].partition(",")
        if re.fullmatch(NAME, who.strip()) and has_head(_first_title(post)):
            honorific, chunk = junior.group().strip(), chunk[junior.end() :]
    # India's service decorations name the side, as "Shri" does
    country = "IND" if decorated and INDIAN.search(decorated.group()) else None
    country = served[0] if served is not None else country
    hm = HON_RE.match(chunk)
    if hm:
        honorific, chunk = hm.group().strip(), chunk[hm.end() :]
        honorific, chunk = peer_back(honorific, chunk)  # "the Rt Hon Lord Pennant, ..."
    inner = INNER_STYLE.search(chunk)
    if inner:
        honorific = honorific or inner.group().strip()
        chunk = chunk[: inner.start()] + chunk[inner.end() :]
    trailing = TRAILING_ORG.search(chunk)
    org_after = None
    before_org = chunk[: trailing.start()].split() if trailing else []
    named = any(  # a name ends the part before the office (a title before it, or nothing)
        re.fullmatch(NAME, " ".join(before_org[-k:]))
        and not any(_is_title_word(w) or w in _NOT_NAMES for w in before_org[-k:])
        for k in range(2, min(len(before_org), 5) + 1)
    )
    if trailing and named and "," not in chunk:
        org_after, chunk = trailing.group("org"), chunk[: trailing.start()]
    bracket = BRACKETED.match(chunk)
    if bracket and any(_is_head(w) for w in bracket.group("title").split()):
        chunk = f"{bracket.group('name')}, {bracket.group('title')}{bracket.group('rest')}"
    if lexicon is not None:
        cm = lexicon.country_pattern.match(chunk)
        if cm and lexicon.country_forms[cm.group()][1] in ("adjective", "name"):
            country = lexicon.country_forms[cm.group()][0]
            chunk = chunk[cm.end() :].lstrip("'\u2019s ").strip()
    head, _, rest = chunk.partition(",")
    head = head.strip()
    tokens = head.split()
    split = _split_title_name(tokens, lexicon)
    if split is not None:
        title_words, name = split
        if len(title_words) > 1 and re.fullmatch(_COURTESY, title_words[-1]):
            honorific = honorific or title_words[-1]
            title_words = title_words[:-1]
        rank = re.search(rf"\s(?:{HONORIFIC})$", " ".join(title_words))
        if rank and re.fullmatch(r"\sGen(?:eral|\.)?", rank.group()) and _is_head(title_words[-2]):
            rank = None  # "Acting Director General X": the title's own "General"
        if rank and len(title_words) > 2:
            # "Chief of Army Staff General Syed Asim Munir": the rank is the name's
            honorific = honorific or rank.group().strip()
            title_words = " ".join(title_words)[: rank.start()].split()
        own = _title_run(title_words)
        if own is not title_words and lexicon is not None:  # "... of Australian Defence Minister"
            cm = lexicon.country_pattern.match(" ".join(own))
            if cm and lexicon.country_forms[cm.group()][1] in ("adjective", "name"):
                country = country or lexicon.country_forms[cm.group()][0]
                own = " ".join(own)[cm.end() :].lstrip("'\u2019s ").split()
        title_words = own or title_words
        org = org_in(rest) or org_after
        return Person(
            " ".join(name), clean_title(" ".join(title_words)), org, honorific, country, False
        )
    if any(_is_head(t) for t in tokens) and rest.strip():
        after = rest.strip()
        hm2 = RANK_RE.match(after)  # "..., Captain Kerron Valere-Mitchell"
        if hm2:  # (and a force's letters after the rank: "General PNP Ricardo Tello")
            honorific, after = hm2.group().strip(), after[hm2.end() :]
            after = re.sub(r"^[A-Z]{2,5}\s+(?=[A-Z][a-z]+\s+[A-Z])", "", after)
        nm = re.match(NAME, after)
        if (
            nm
            and nm.end() == len(after.rstrip(" ."))
            and not _is_title_word(nm.group().split()[-1])
        ):
            return Person(nm.group(), clean_title(head), None, honorific, country)
    last = chunk.rsplit(",", 1)
    if (
        len(last) == 2
        and any(_is_head(t) for t in tokens)
        and (
            re.fullmatch(NAME, last[1].strip())
            # "the Director General of Public Administration, Hendrarto": one name
            or (
                _one_word_name(last[1].strip(), _not_capitals(lexicon))
                and "," not in last[0]
                and not re.search(r"(?:ies|[nrt]s|es)$", last[1].strip())  # "..., Prisons"
            )
        )
        and not any(_is_title_word(t) for t in last[1].split())
    ):
        # "EEAS Deputy Secretary General for Peace, Security and Defence, Charles Fries";
        # "..., Prisons and Corrections, Hon X": the style is no part of the name
        who = last[1].strip()
        style = HON_RE.match(who)
        if style is not None:
            honorific, who = honorific or style.group().strip(), who[style.end() :]
        return Person(who, clean_title(last[0]), org_in(last[0]), honorific, country)
    series = "," not in rest or _SERIES.fullmatch(rest)
    if rest.strip() and any(_is_head(t) for t in tokens) and series:
        # "Deputy Secretary Strategy, Policy and Industry Hugh Barrett", "Minister of State
        # for the Middle East, North Africa, Afghanistan and Pakistan Hamish Falconer"
        whole = chunk.replace(",", " ,").split()
        split = _split_title_name(whole, lexicon)
        if split is not None and "," not in split[1]:
            run = " ".join(split[0]).replace(" ,", ",")
            return Person(" ".join(split[1]), clean_title(run), org_in(run), honorific, country)
    if re.fullmatch(NAME, head) and not any(
        (t in _TITLE_WORDS and (i == 0 or t not in _SURNAMES)) or t in _STOP
        for i, t in enumerate(tokens)
    ):
        title_text = rest.strip()
        org = org_in(title_text) or org_after  # ("Commodore X of the Y Defence Force")
        title: str | None = None
        if title_text:
            first = _first_title(title_text)
            words = set(first.replace("-", " - ").split())
            if any(_is_head(w) for w in words):
                title = clean_title(first)
        if title is None and honorific is None:
            return None
        return Person(head, title, org, honorific, country)
    return None


_IN_ORG = re.compile(
    r"^(?P<title>.+?),?\s+(?:in|at|of) the (?P<org>(?:Ministry|Department|Bureau|Directorate|"
    r"Division|Agency|Secretariat) (?:of|for) .+)$"
)


def parse_person(chunk: str, lexicon: Lexicon | None) -> Person | None:
    """A person from 'TITLE NAME', 'NAME, [the] TITLE[, ORGANISATION]', 'TITLE, NAME' or
    'Mr. NAME'; an office inside the title ('Joint Secretary in the Ministry of X') is the
    organisation.

    >>> p = parse_person("Additional Interior Secretary Farid-ud-Din Khan", None)
    >>> (p.name, p.title)
    ('Farid-ud-Din Khan', 'Additional Interior Secretary')
    >>> p = parse_person("Joint Secretary in the Ministry of Home Affairs, Mr. A.K. Roy", None)
    >>> (p.name, p.title, p.organisation, p.honorific)
    ('A.K. Roy', 'Joint Secretary', 'Ministry of Home Affairs', 'Mr.')
    """
    person = _parse(keep_office_commas(chunk), lexicon)
    if (
        person is not None
        and lexicon is not None
        and person.name in lexicon.country_forms
        and f", {person.name}" in chunk
    ):
        return None  # "Secretary of State for Australia, New Zealand": a remit, no name
    if person is None or (person.title and person.name not in chunk.split(",")[0]):
        person = _office_after(chunk, lexicon) or person
    peer = peerage(person.name, person.honorific, person.title, chunk) if person else None
    if person is not None and peer is not None:  # "the Rt Hon Lord Pennant, Minister for X"
        person = replace(person, name=peer[0], honorific=peer[1], title=peer[2])
    if person is not None and office_commas(f"{person.title}{person.organisation}") != (
        f"{person.title}{person.organisation}"
    ):
        person = replace(  # ("... at the Foreign, Commonwealth and Development Office X")
            person,
            title=person.title and office_commas(person.title),
            organisation=person.organisation and office_commas(person.organisation),
        )
    if person is None or person.title is None:
        return person
    m = _IN_ORG.match(person.title)
    if m is None or not any(_is_head(w) for w in m.group("title").split()):
        return person
    return Person(
        person.name,
        m.group("title"),
        person.organisation or m.group("org"),
        person.honorific,
        person.country,
    )


def _office_after(chunk: str, lexicon: Lexicon | None) -> Person | None:
    """'TITLE NAME of OFFICE' (see ``_ofafter``), the office as the organisation."""
    split = split_office_after(
        chunk.strip(" ,;."),
        is_title_word=lambda w: _is_title_word(w) or w in _NOT_NAMES or w in STOP,
        is_head=_is_head,
        is_rank=lambda t: RANK_RE.match(t) is not None,
    )
    person = _parse(split[0], lexicon) if split else None
    if split is None or person is None or not split[0].endswith(person.name):
        return None
    return replace(person, organisation=person.organisation or split[1])


def _first_title(text: str) -> str:
    """The title in 'TITLE, ORGANISATION' or 'TITLE and NAME, ...' (an 'and' inside a title,
    'Director for Security and Defence Policy', stays; a bracket's comma does not cut)."""
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch in ",;":
            text = text[:i]
            break
    m = re.search(rf"\s+and\s+(?={NAME}\s*(?:,|$))", text)
    if m and not any(_is_title_word(w) for w in text[m.end() :].split()):
        text = text[: m.start()]
    return text.strip()
