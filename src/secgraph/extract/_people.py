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
from dataclasses import dataclass, replace

from ._countries import Mention, is_future
from ._lexicon import Lexicon
from ._text import Sentence

__all__ = ["Person", "find_people", "name_key", "parse_person"]

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_NT = rf"(?:[{_UP}]\.|[{_UP}][{_LOW}]+(?:[-'’][{_UP}{_LOW}][{_LOW}]*)*|Mc[{_UP}][{_LOW}]+)"
_PARTICLE = r"(?:bin|bint|ibn|al|el|ud|ul|van|von|de|da|del|der|di|du|la|le|dos|das)"
NAME = rf"{_NT}(?:\s+(?:{_PARTICLE}\s+)?{_NT}){{1,3}}"
HONORIFIC = (
    r"(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Shri|Smt\.?|Sri|H\.E\.|His Excellency|Her Excellency|"
    r"Prof\.?|Hon\.?|Honourable|Sheikh|Ambassador|Amb\.|Lt\.? Gen\.?|Lieutenant General|"
    r"Maj\.? Gen\.?|Major General|Brig\.?|Brigadier|General|Gen\.|Admiral|Adm\.|Rear Admiral|"
    r"Vice Admiral|Air Marshal|Air Chief Marshal|Colonel|Col\.)"
)
_HEADS = frozenset(
    "Minister Secretary Secretary-General Under-Secretary Ambassador Director Director-General "
    "Envoy Representative Coordinator Adviser Advisor Chief Head Commissioner President "
    "Chairman Chair Chairperson Commander Officer Counsellor Counselor Consul Attorney "
    "Spokesperson Spokesman Spokeswoman Deputy Governor Inspector-General Administrator "
    "Attaché Principal Chancellor Premier".split()
)
_TITLE_WORDS = _HEADS | frozenset(
    "Additional Joint Assistant Under Special Senior Acting Federal Union State Foreign "
    "Interior Home External Affairs Defence Defense National Security Vice Prime High "
    "Permanent Executive General Counterterrorism Counter-Terrorism Counter Terrorism "
    "Political Policy Planning Bureau Department Ministry Division Office Services Intelligence "
    "Army Navy Air Force Staff Police Justice Law Enforcement Homeland Border Internal "
    "International Legal Europe European Asia Asian South North East West Central Affairs "
    "Economic Strategic Multilateral Cyber Nuclear Regional Desk Operations Management "
    "Crisis Response Immigration Customs Narcotics Control Agency Administration Parliamentary "
    "Cabinet Americas Pacific Gulf Eurasia Eurasian Africa Middle Near".split()
)
_STOP = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December The This That Both".split()
)
_CONNECT = frozenset("of for and the on in to".split())

_PHRASE = re.compile(
    rf"(?:{HONORIFIC}\s+)?(?:\(?[{_UP}][\w'’.()&-]*|(?:of|for|and|the|on|to)(?=\s+\(?[{_UP}]))"
    rf"(?:\s+(?:\(?[{_UP}][\w'’.()&-]*\)?|(?:of|for|and|the|on|to)(?=\s+\(?[{_UP}])))*"
)
_HON_RE = re.compile(rf"^{HONORIFIC}\s+")
_ORG = re.compile(
    rf"(?:the\s+)?((?:Ministry|Department|Bureau|Directorate|Division|Office|Agency|Secretariat)"
    rf"\s+(?:of|for)\s+(?:the\s+)?[{_UP}][\w'’-]*(?:\s+(?:and\s+)?[{_UP}][\w'’-]*)*"
    r"|(?:Interior|Home|Foreign|Defence|Defense|External Affairs) Ministry|State Department"
    r"|Foreign Office|Pentagon|European External Action Service|European Commission|EEAS)"
)
#: Offices whose country the name gives away (used only when that country is a party).
_ORG_COUNTRY = {
    "Ministry of External Affairs": "IND",
    "External Affairs Ministry": "IND",
    "Ministry of Home Affairs": "IND",
    "State Department": "USA",
    "Department of State": "USA",
    "Department of Homeland Security": "USA",
    "Department of Justice": "USA",
    "Pentagon": "USA",
    "Secretary of State": "USA",
    "External Affairs Minister": "IND",
    "High Representative": "EUU",
    "European External Action Service": "EUU",
    "EEAS": "EUU",
    "European Commission": "EUU",
}


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


def name_key(name: str) -> str:
    """A name compared across spellings: 'Farid-ud-Din Khan' and 'Farid ud Din Khan' agree."""
    return re.sub(r"[^a-z]", "", name.casefold())


def _split_title_name(tokens: list[str]) -> tuple[list[str], list[str]] | None:
    for n in (4, 3, 2):
        if len(tokens) < n + 1:
            continue
        title, name = tokens[:-n], tokens[-n:]
        if any(t in _TITLE_WORDS or t in _CONNECT or t in _STOP for t in name):
            continue
        if not re.fullmatch(NAME, " ".join(name)):
            continue
        if any(t.strip("()") in _HEADS for t in title):
            return title, name
    return None


def parse_person(chunk: str, lexicon: Lexicon) -> Person | None:
    """A person from 'TITLE NAME', 'NAME, [the] TITLE[, ORGANISATION]' or 'Mr. NAME'.

    >>> from secgraph.extract._people import parse_person
    >>> p = parse_person("Additional Interior Secretary Farid-ud-Din Khan", None)
    >>> (p.name, p.title)
    ('Farid-ud-Din Khan', 'Additional Interior Secretary')
    """
    chunk = chunk.strip(" ,;.")
    chunk = re.sub(r"^(?:the|and|both)\s+", "", chunk, flags=re.I)
    honorific = None
    hm = _HON_RE.match(chunk)
    if hm:
        honorific, chunk = hm.group().strip(), chunk[hm.end() :]
    country = None
    if lexicon is not None:
        cm = lexicon.country_pattern.match(chunk)
        if cm and lexicon.country_forms[cm.group()][1] in ("adjective", "name"):
            country = lexicon.country_forms[cm.group()][0]
            chunk = chunk[cm.end() :].lstrip("'’s ").strip()
    head, _, rest = chunk.partition(",")
    head = head.strip()
    tokens = head.split()
    split = _split_title_name(tokens)
    if split is not None:
        title, name = split
        org = _org_in(rest)
        return Person(
            " ".join(name), _clean_title(" ".join(title)), org, honorific, country, False
        )
    if re.fullmatch(NAME, head) and not any(t in _TITLE_WORDS or t in _STOP for t in tokens):
        title_text = rest.strip()
        org = _org_in(title_text)
        title = None
        if title_text:
            first = re.split(r",|;|\s+and\s+(?=[A-Z][a-z]+\s+[A-Z])", title_text)[0].strip()
            words = set(first.replace("-", " - ").split())
            if any(w.strip("()") in _HEADS for w in first.split()) or words & {"Director-General"}:
                title = _clean_title(first)
                if org and title.endswith(org):
                    title = title[: -len(org)].rstrip(" ,")
                    title = re.sub(r"\s+(?:of|in|at)(?:\s+the)?$", "", title)
        if title is None and honorific is None:
            return None
        return Person(head, title, org, honorific, country)
    return None


def _clean_title(title: str) -> str:
    title = re.sub(r"^(?:the|a|an)\s+", "", title.strip(), flags=re.I)
    return title.strip(" ,")


def _org_in(text: str) -> str | None:
    m = _ORG.search(text)
    return m.group(1) if m else None


_LED = re.compile(
    r"\b(?:led|headed|chaired|co-chaired|co-led|co-headed|presided over)\s+by\s+", re.I
)
_LEAD_VERB = re.compile(r"\b(?:co-chaired|co-chair|co-led|led|headed|chaired)\b(?!\s+by)", re.I)
_MEET_VERB = re.compile(
    r"\b(?:met|meets|held (?:talks|discussions|a meeting|consultations)|received|hosted|"
    r"called on|holds talks)\b",
    re.I,
)
_MEMBERS = re.compile(
    r"\b(?:included|includes|including|comprised|comprising|consisted of|accompanied by|"
    r"members (?:of the delegation )?(?:were|included)|also attended|joined by|was assisted by|"
    r"also (?:included|comprised|took part)|were also present)\b[:\s]*",
    re.I,
)
_PAST = re.compile(
    r"\b(?:had met|had held|earlier (?:visit|meeting)|last year|previous|previously|former|"
    r"in (?:19|20)\d\d|ago)\b",
    re.I,
)
_SPEAKER = re.compile(r"\b(?:spokes(?:person|man|woman)|press secretary)\b", re.I)
_DELEGATION_OF = re.compile(
    r"(?:delegation|side|team)\b[^,.;]*$|(?:^|\s)(?:from|of)\s+(?:the\s+)?$", re.I
)


def _chunks(text: str) -> list[str]:
    """People in a list: 'A, T; B, T and C' -> ['A, T', 'B, T', 'C']."""
    parts: list[str] = []
    for piece in re.split(r";|\s+as well as\s+", text):
        parts.extend(re.split(r",?\s+and\s+(?=(?:the\s+)?[A-Z])", piece))
    return [p.strip() for p in parts if p.strip()]


def _phrases(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _PHRASE.finditer(text)]


def find_people(
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    parties: list[str],
    lexicon: Lexicon,
) -> list[Person]:
    """Everyone who took part, with their side (a party) when the text gives it."""
    found: list[Person] = []
    for s, ms in zip(sentences, mentions, strict=True):
        text = s.text
        if s.heading or is_future(text) and not _LED.search(text):
            continue
        if _PAST.search(text) and not _LED.search(text):
            continue
        led = _LED.search(text)
        if led:
            side = _side_before(text[: led.start()], ms, led.start(), parties)
            tail = text[led.end() :]
            tail = re.split(r"\.\s|\s(?:met|held|discussed|while|whereas|said|and the)\s", tail)[0]
            people = [parse_person(c, lexicon) for c in _chunks(tail)]
            for p in filter(None, people):
                found.append(replace(p, leader=True, sentence=s.index, country=p.country or side))
            continue
        member = _MEMBERS.search(text)
        if member and re.search(r"\b(?:delegation|side|team)\b", text[: member.start()], re.I):
            side = _side_before(text[: member.start()], ms, member.start(), parties)
            for c in _chunks(text[member.end() :]):
                p = parse_person(c, lexicon)
                if p is not None:
                    found.append(replace(p, sentence=s.index, country=p.country or side))
            continue
        verb = _LEAD_VERB.search(text) or _MEET_VERB.search(text)
        if verb is None:
            continue
        leading = _LEAD_VERB.search(text) is not None
        for start, _end, phrase in _phrases(text):
            if _SPEAKER.search(phrase):
                continue
            for chunk in _chunks(phrase):
                p = parse_person(chunk, lexicon)
                if p is None or p.title is None:
                    continue
                country = p.country or _adjacent_country(text, start, ms)
                found.append(replace(p, leader=leading, sentence=s.index, country=country))
    return _assign_sides(found, parties, lexicon)


def _side_before(before: str, ms: list[Mention], limit: int, parties: list[str]) -> str | None:
    cands = [m for m in ms if m.end <= limit and m.iso3 in parties]
    if not cands:
        return None
    last = cands[-1]
    if _DELEGATION_OF.search(before[: last.start]) or re.match(
        r"(?:'s)?\s*(?:delegation|side|team)", before[last.end :]
    ):
        return last.iso3
    return last.iso3 if len({m.iso3 for m in cands}) == 1 else None


def _adjacent_country(text: str, start: int, ms: list[Mention]) -> str | None:
    for m in ms:
        if m.end <= start and re.fullmatch(r"(?:'s|’s)?\s*", text[m.end : start]):
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
                hint = next((c for k, c in _ORG_COUNTRY.items() if key and k in key), None)
                if hint in parties:
                    country = hint
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
        if len(missing) == 1 and len(free) == 1:
            i = missing[0]
            out[i] = replace(out[i], country=free[0], review="side inferred: the other co-chair")
    return [p for p in out if p.country is not None]
