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
_NT = rf"(?:(?:al|el|bin|ibn)-[{_UP}][{_LOW}]+|[{_UP}]\.|[{_UP}][{_LOW}]+(?:[-'’][{_UP}{_LOW}][{_LOW}]*)*|Mc[{_UP}][{_LOW}]+)"
_PARTICLE = r"(?:bin|bint|ibn|al|el|ud|ul|van|von|de|da|del|der|di|du|la|le|dos|das)"
NAME = rf"{_NT}(?:\s+(?:{_PARTICLE}\s+)?{_NT}){{1,3}}"
HONORIFIC = (
    r"(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Shri|Smt\.?|Sri(?! Lank)|H\.E\.|His Excellency|Her Excellency|"
    r"Prof\.?|Hon\.?|Honourable|Sheikh|Ambassador|Amb\.|Lt\.? Gen\.?|Lieutenant General|"
    r"Maj\.? Gen\.?|Major General|Brig\.?|Brigadier|General|Gen\.|Admiral|Adm\.|Rear Admiral|"
    r"Vice Admiral|Air Marshal|Air Chief Marshal|Colonel|Col\.|Lord|Lady|Sir|Dame)"
)
_HEADS = frozenset(
    "Minister Secretary Secretary-General Under-Secretary Ambassador Director Director-General "
    "Envoy Representative Coordinator Adviser Advisor Chief Head Commissioner President "
    "Chairman Chair Chairperson Commander Officer Counsellor Counselor Consul Attorney "
    "Spokesperson Spokesman Spokeswoman Deputy Governor Inspector-General Administrator "
    "Attaché Principal Chancellor Premier Undersecretary Vice-Minister Envoy".split()
)
#: Capitalised words that end a title or an office, never a person's name
_NOT_NAMES = frozenset(
    "Government Interim Kingdom Republic Union Federation Authority Office Council Embassy "
    "Ministry Department Agency Forces Navy Army Police Guard Group Organisation "
    "Organization Nations".split()
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
    "Cabinet Americas Pacific Gulf Eurasia Eurasian Africa Middle Near Industry Development "
    "Administration Resources Trade Commerce Finance Information Technology Energy Health "
    "Education Transport Relations Cooperation Programs Programmes Research Public Civil Coast "
    "Guard Marine Corps Command Forces Armed Maritime Aviation Communications Protocol "
    "Consular Arms Disarmament Proliferation Non-Proliferation Peacekeeping Humanitarian "
    "Refugees Migration Citizenship Secretariat Council Committee Commission Parliament "
    "Senate Assembly Court Supreme Prosecutor Investigation Investigations Strategy Analysis "
    "Capabilities Logistics Procurement Production Americas Western Eastern Southern Northern "
    "Overseas Diaspora Coordination Counterintelligence Countering Combating Legislative "
    "Territorial Provincial Federal Minister's Ministers Secretaries Directors".split()
)
_STOP = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December The This That Both".split()
)
_CONNECT = frozenset("of for and the on in to".split())

_PHRASE = re.compile(
    rf"(?:{HONORIFIC}\s+)?\(?[{_UP}][\w'’.()&-]*"
    rf"(?:\s+(?:\(?[{_UP}][\w'’.()&-]*\)?|(?:al|el)-[{_UP}][\w'’-]*|"
    rf"(?:of|for|and|the|to)(?=\s+(?:the\s+)?\(?[{_UP}])))*"
)
#: Courtesy words that may stand between a title and a name ("Foreign Secretary Shri X")
_COURTESY = r"(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Shri|Smt\.?|Sri|Prof\.?|H\.E\.|Hon\.?)"
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


def _is_head(token: str) -> bool:
    """'Minister', 'minister', 'Vice-Minister', 'Under-Secretary' head a title."""
    word = token.strip("(),")
    return word in _HEADS or word.split("-")[-1].capitalize() in _HEADS


def _is_title_word(token: str) -> bool:
    word = token.strip("(),")
    return word in _TITLE_WORDS or word.split("-")[-1].capitalize() in _TITLE_WORDS


def name_key(name: str) -> str:
    """A name compared across spellings: 'Farid-ud-Din Khan' and 'Farid ud Din Khan' agree."""
    return re.sub(r"[^a-z]", "", name.casefold())


def _split_title_name(
    tokens: list[str], lexicon: Lexicon | None
) -> tuple[list[str], list[str]] | None:
    countries = lexicon.country_forms if lexicon is not None else {}
    for n in (4, 3, 2):
        if len(tokens) < n + 1:
            continue
        title, name = tokens[:-n], tokens[-n:]
        if re.fullmatch(HONORIFIC, name[0]) or any(
            _is_title_word(t) or t in _CONNECT or t in _STOP or t in countries or t in _NOT_NAMES
            for t in name
        ):
            continue
        if not re.fullmatch(NAME, " ".join(name)):
            continue
        if any(_is_head(t) for t in title):
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
    split = _split_title_name(tokens, lexicon)
    if split is not None:
        title, name = split
        if len(title) > 1 and re.fullmatch(_COURTESY, title[-1]):
            honorific = honorific or title[-1]
            title = title[:-1]
        org = _org_in(rest)
        return Person(
            " ".join(name), _clean_title(" ".join(title)), org, honorific, country, False
        )
    if any(_is_head(t) for t in tokens) and rest.strip():
        after = rest.strip()
        hm2 = _HON_RE.match(after)
        if hm2:
            honorific, after = hm2.group().strip(), after[hm2.end() :]
        nm = re.match(NAME, after)
        if nm and nm.end() == len(after.rstrip(" .")):
            return Person(nm.group(), _clean_title(head), None, honorific, country)
    if rest.strip() and "," not in rest:
        # "Deputy Secretary Strategy, Policy and Industry Hugh Barrett"
        whole = chunk.replace(",", " ,").split()
        split = _split_title_name(whole, lexicon)
        if split is not None and "," not in split[1]:
            title = " ".join(split[0]).replace(" ,", ",")
            return Person(" ".join(split[1]), _clean_title(title), _org_in(title), honorific, country)
    if re.fullmatch(NAME, head) and not any(t in _TITLE_WORDS or t in _STOP for t in tokens):
        title_text = rest.strip()
        org = _org_in(title_text)
        title = None
        if title_text:
            first = re.split(r",|;|\s+and\s+(?=[A-Z][a-z]+\s+[A-Z])", title_text)[0].strip()
            words = set(first.replace("-", " - ").split())
            if any(_is_head(w) for w in words):
                title = _clean_title(first)
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
    r"\b(?:led|headed|chaired|co-chaired|co-led|co-headed|presided over|represented)\s+by\s+"
    r"|(?<=delegation )by\s+|(?<=side )by\s+|(?<=team )by\s+",  # "and the U.S. delegation by"
    re.I,
)
_LEAD_VERB = re.compile(
    r"\b(?:co-chaired|co-chair|co-led|led|headed|chaired|represented)\b(?!\s+by)", re.I
)
_MEET_VERB = re.compile(
    r"\b(?:met|meets|held (?:talks|discussions|a meeting|consultations)|received|hosted|"
    r"called on|holds talks|took part|attended|participated|were (?:also )?present|joined|"
    r"(?:talks|meeting|consultations|discussions) between|paid an? (?:official )?visit|"
    r"visited|in a joint statement|said jointly)\b",
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
_APPOSITIVE = re.compile(
    rf"(?:(?<=^)|(?<=^The )|(?<=^the ))(?P<title>(?:[A-Z][\w-]*\s+){{0,4}}"
    rf"(?:Minister|Secretary|Adviser|Advisor|Ambassador|Envoy|Representative|Coordinator|"
    rf"Director|Director-General|Chief)"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?),\s+"
    rf"(?P<name>(?:{HONORIFIC}\s+)?{NAME}),"
)
_MEMBER_SUBJECT = re.compile(
    r"\b(?:delegation|side|team|minister|secretary|envoy|ambassador|adviser|advisor|he|she)\b",
    re.I,
)
#: "also called on the President": a call beside the meeting, not a delegation member
_SIDE_CALL = re.compile(r"\balso (?:called on|met|paid a courtesy call)\b", re.I)
_LEAD_WORDS = frozenset("co-chaired co-chair co-led led headed chaired represented".split())
_MEET_WORDS = frozenset(
    "met meets held received hosted called holds took attended participated present "
    "joined between paid visited joint jointly".split()
)
_MEMBER_WORDS = frozenset(
    "included includes including comprised comprising consisted accompanied members attended "
    "joined assisted present took".split()
)
_PAST_WORDS = frozenset("had earlier last previous previously former ago".split())
_PEOPLE_WORDS = _LEAD_WORDS | _MEET_WORDS | _MEMBER_WORDS | {"by"}
_SPEAKER = re.compile(r"\b(?:spokes(?:person|man|woman)|press secretary)\b", re.I)
_DELEGATION_OF = re.compile(
    r"(?:delegation|side|team)\b[^,.;]*$|(?:^|\s)(?:from|of)\s+(?:the\s+)?$", re.I
)


_NOT_ABBREV = "".join(
    rf"(?<!\b{a})"
    for a in ("Mr", "Ms", "Mrs", "Dr", "St", "Lt", "Gen", "Col", "Smt", "Prof", "Hon", "Amb",
              "Adm", "Brig", "Maj", "Capt", "Sr", "Jr", "[A-Z]")
)
_CLAUSE_END = re.compile(
    _NOT_ABBREV + r"\.\s|;\s|,?\s+(?:while|whereas|met|held|discussed|said)\s|,?\s+and\s+(?=(?:the\s+)?"
    r"(?:[A-Z][\w.]*\s+){0,2}(?:delegation|side|team)\b)|,?\s+and\s+(?=[A-Z][\w.]*"
    r"(?:\s+[A-Z][\w.]*)?\s+(?:was|were)\s)"
)


def _chunks(text: str, lexicon: Lexicon | None = None) -> list[str]:
    """People in a list: 'A, T; B, T and C' -> ['A, T', 'B, T', 'C'] (an 'and' inside a
    title, 'Secretary for Interior and National Administration', does not split)."""
    parts: list[str] = []
    for piece in re.split(r";|\s+as well as\s+", text):
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
        parts.extend(merged)
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
        if s.heading or not s.has(_PEOPLE_WORDS) or _SIDE_CALL.search(text):
            continue
        leds = list(_LED.finditer(text)) if "by" in s.words else []
        if not leds and (is_future(s) or (s.has(_PAST_WORDS) or " in 19" in text or " in 20" in text) and _PAST.search(text)):
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
                    found.append(replace(p, leader=True, sentence=s.index, country=p.country or side))
            prev = led.end() + len(tail)
        member = _MEMBERS.search(text) if s.has(_MEMBER_WORDS) else None
        if (
            member
            and _MEMBER_SUBJECT.search(text[: member.start()])
            and re.search(r"[A-Z]", text[member.end() :])  # a list follows
        ):
            side = _side_before(text[: member.start()], ms, member.start(), parties, 0)
            listed = [parse_person(c, lexicon) for c in _chunks(text[member.end() :], lexicon)]
            sides = {p.country for p in listed if p is not None and p.country}
            if side is None and len(sides) == 1:
                side = sides.pop()  # "... Interior Secretary X and Pakistan's Ambassador Y"
            if side is None and found:
                side = found[-1].country  # "The minister was accompanied by ..."
            for p in listed:
                if p is not None:
                    found.append(replace(p, sentence=s.index, country=p.country or side))
            continue
        lead_verb = _LEAD_VERB.search(text) if s.has(_LEAD_WORDS) else None
        if lead_verb is None and not (s.has(_MEET_WORDS) and _MEET_VERB.search(text)):
            continue
        if lead_verb is not None:
            subject = re.split(r"[;:]\s|\bwhile\b", text[: lead_verb.start()])[-1]
            offset = lead_verb.start() - len(subject)
            if "," in subject and not any(a <= offset < b for a, b in used):
                people = [parse_person(c, lexicon) for c in _chunks(subject, lexicon)]
                named = [p for p in people if p is not None and (p.title or p.honorific)]
                if named:
                    used.append((offset, lead_verb.start()))
                    found += [replace(p, leader=True, sentence=s.index) for p in named]
        for m in _APPOSITIVE.finditer(text):
            if any(a <= m.start() < b for a, b in used):
                continue
            p = parse_person(f"{m.group('title')}, {m.group('name')}", lexicon)
            if p is not None and p.title and not _SPEAKER.search(p.title):
                leading = lead_verb is not None and lead_verb.start() >= m.end()
                used.append((m.start(), m.end()))
                found.append(replace(p, leader=leading, sentence=s.index))
        for start, end, phrase in _phrases(text):
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


def _side_before(
    before: str, ms: list[Mention], limit: int, parties: list[str], offset: int
) -> str | None:
    cands = [m for m in ms if offset <= m.start and m.end <= limit and m.iso3 in parties]
    if not cands:
        return None
    last = cands[-1]
    if _DELEGATION_OF.search(before[: last.start - offset]) or re.match(
        r"(?:'s|’s)?\s*(?:delegation|side|team)", before[last.end - offset :]
    ):
        return last.iso3
    if re.fullmatch(r"[^,;]*", before[last.end - offset :]):
        return last.iso3  # "while Japan was represented by"
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
        if len(missing) == 1 and len(free) == 1:
            i = missing[0]
            out[i] = replace(out[i], country=free[0], review="side inferred: the other co-chair")
    known_sides = {p.country for p in out if p.country}
    unknown = [i for i, p in enumerate(out) if p.country is None]
    free = [c for c in parties if c not in known_sides]
    if unknown and len(free) == 1 and len({out[i].name for i in unknown}) == 1:
        for i in unknown:
            out[i] = replace(
                out[i], country=free[0], review="side inferred: the only party with no official"
            )
    return [p for p in out if p.country is not None]
