"""Officials who took part: name, title, organisation, side, and who led each side.

The genre's phrasings, each a small pattern over one sentence:

- "a delegation from X, led by NAME, the TITLE" / "the X side was headed by TITLE NAME";
- "co-chaired by TITLE NAME and TITLE NAME" / "TITLE NAME and TITLE NAME co-chaired";
- "TITLE NAME met / held talks with TITLE NAME" (the principals);
- "the X delegation included NAME, TITLE, Ministry of Y; NAME, TITLE; and ..." (members; more
  member clauses, principals around "hosted", and "India: Shri X (TITLE); ..." lists are in
  ``_clauses``);
- "received her Moroccan counterpart, Minister of Justice X"; "A and B led their respective
  delegations" (sides in the order the text names the parties).

Honorifics (Mr., Ms., Dr., Ambassador, Shri) are kept apart from the name. A person is only
taken from such a sentence, and not when the sentence is about a spokesperson speaking, an
earlier visit or a meeting still to come: people merely mentioned are not delegation members.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._author import release_author
from ._backoff import elsewhere, more_people, signatories, tabled
from ._blocks import listed_blocks, with_blocks, without_listed
from ._clauses import (
    DATELINE_PREFIX,
    HEAD_OF,
    country_list,
    country_lists,
    find_members,
    side_before,
)
from ._clues import acronym_sides, adjacent_country, by_acronym
from ._cochairs import side_in_phrase, two_chairs, without_next_side
from ._counterparts import COUNTERPART, listed_counterparts, named_counterparts
from ._countries import Mention, is_future
from ._hosts import HOST_WORDS, ON_BEHALF, RECEIVED, SIGNED_FOR, host_and_guest, in_attendance
from ._lexicon import Lexicon
from ._lists import CLAUSE_END, chunks
from ._lower import LOWER_HINT, LOWER_WORDS, lower_case_titled
from ._names import HONORIFIC, NAME, Person, name_key, parse_person
from ._past import is_past
from ._phrases import person_phrases
from ._principals import JOINT, JOINT_WORDS, PRINCIPAL_WORDS, PRINCIPALS, TAIL_END, find_principals
from ._shapes import country_of
from ._sideby import members_by
from ._sides import CLAUSE_SIDE, OTHER_SIDE, WEAK, assign_sides, no_surnames
from ._text import Sentence

__all__ = ["Person", "find_people", "name_key", "parse_person"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_LED = re.compile(
    # "Cameroon was represented by a delegation led by X": one phrase, the side's head
    r"\brepresented\s+by\s+(?:a|an|its|a\s+high-level)\s+(?:[\w-]+\s+){0,2}?delegation\s+"
    r"(?:led|headed|chaired)\s+by\s+|"
    r"\b(?:led|headed|chaired|co-chaired|co-led|co-headed|presided over|represented)\s+by\s+"
    # "It was led on the Ecuadorian side by A and on the U.S. side by B"
    r"|\b(?:led|headed|represented)\s+on\s+the\s+[A-Z][\w.-]*\s+side\s+by\s+"
    r"|(?<=delegation )by\s+|(?<=side )by\s+|(?<=team )by\s+"  # "and the U.S. delegation by"
    r"|\bhosted\s+by\s+|(?<=\band )by\s+(?=[A-Z])"
    r"|\bunder\s+the\s+(?:co-?)?(?:chairmanship|presidency)\s+of\s+"  # "... of A and B"
    r"|\b(?:co-chaired|co-hosted|co-led|co-headed)\s+(?:the\s+(?:[\w+.'\u2019()-]+\s+){0,10}?"
    r"(?:meeting|talks|dialogue|consultations|session|committee|commission|group|council|"
    r"\([A-Z]{2,8}\))\s+)?with\s+",  # "co-chaired with X", "co-chaired the X (SAJMC) with"
    re.I,
)
_LED_WORDS = frozenset(
    ["by", "with", "chairmanship", "co-chairmanship", "presidency", "co-presidency"]
)
_LEAD_VERB = re.compile(
    r"\b(?:co-chaired|co-chair|co-led|led|headed|chaired|represented)\b(?!\s+by)", re.I
)
_MEET_VERB = re.compile(
    r"\b(?:met|meets|held (?:the )?(?:talks|discussions|a meeting|consultations)|received|hosted|"
    r"welcomed|"
    r"called on|holds talks|took part|attended|participated|(?:was|were) (?:also )?present|joined|"
    r"(?:talks|meeting|consultations|discussions)\b[^.;]{0,40}?\bbetween|"
    r"held\s+(?:the|a|an|their)\s+(?:[\w+-]+\s+){0,6}?"
    r"(?:dialogue|talks|consultations?|discussions?|meeting|video\s*conference|video\s+call)"
    r"\s+with|"
    r"paid an? (?:official )?visit|travell?ed to [^.;]{0,40}? for (?:talks|consultations) with|"
    r"visited|in a joint statement|said jointly|signed the agreement)\b",
    re.I,
)
_APPOSITIVE = re.compile(
    rf"(?:(?<=^)|(?<=\s[-\u2013\u2014]\s)|(?<=\s--\s))(?:[Tt]he\s+)?(?P<title>(?:[A-Z][\w-]*\s+){{0,4}}"
    rf"(?:Minister|Secretary|Adviser|Advisor|Ambassador|Envoy|Representative|Coordinator|"
    rf"Director|Director-General|Chief)"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?),\s+"
    rf"(?P<name>(?:{HONORIFIC}\s+)?{NAME}),"
)
#: "held the Strategic Dialogue with NAME, the diplomatic adviser to ...", and a sentence
#: that opens with "NAME, vice chairman of ..., met with"
_WITH_APPOS = re.compile(
    rf"(?:(?P<with>\bwith\s+)|^(?:[A-Z][^()]{{2,40}}\([\w .&-]+\)\s*[-\u2013\u2014:]*\s*)?)"
    rf"(?P<chunk>{NAME},\s+(?:the\s+|[A-Z][a-z]+(?:'s|\u2019s)\s+)?[a-z][^,;]*)"
    r"(?(with)|,\s+(?:met|held|hosted|received|signed|led|co-chaired|called))"
)
#: "TITLE NAME led the U.S. delegation"
#: a sentence's opening phrase before its subject: "At its close,", "In Colombo,"
_OPENER = re.compile(
    r"^\s*(?:\d{1,2}\.\s+)?(?:At|In|After|Following|During)\s+(?!the invitation\b)"
    r"(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+,\s+(?=[A-Z])"
)
_LED_SIDE_VERB = re.compile(r"\b(?:led|headed)\s+the\s+[A-Z][\w.]*\s+(?:delegation|side|team)\b")
_LED_SIDE = re.compile(r"\s+the\s+[A-Z][\w.]*\s+(?:delegation|side|team)\b")
#: "led by X on the Pakistani side and by Y on the Iranian side"
_ON_THE_SIDE = re.compile(r"\s+on\s+the\s+(?P<adj>[A-Z][\w-]*)\s+side\b.*$")
#: "A and B led their respective delegations"
_RESPECTIVE = re.compile(
    r"\s+(?:the\s+|their\s+)?(?:respective\s+|two\s+)?(?:delegations|sides|teams)\b", re.I
)
#: "also called on the President": a call beside the meeting, not a delegation member
_SIDE_CALL = re.compile(
    r"\balso (?:called on|met|paid a courtesy call)\b"
    r"|^(?:Later|Earlier|Separately|Afterwards|Subsequently)\b[^.;]*\bcalled on\b"
    # "During the visit, the Secretary called on ...", "On the margins of the dialogue, X met"
    r"|^(?:\d+\.\s+)?(?:During\s+(?:the|his|her|their)\s+visit|On\s+the\s+(?:sidelines|margins)"
    r"\s+of\s+[^,]{3,60}),[^.;]*\b(?:called on|met)\b",
    re.I,
)
_LEAD_WORDS = frozenset(
    ["co-chaired", "co-chair", "co-led", "led", "headed", "chaired", "represented"]
)
_MEET_WORDS = _words(
    "met meets held received hosted called holds took attended participated present signed "
    "welcomed "
    "travelled traveled "
    "joined between paid visited joint jointly"
)
_MEMBER_WORDS = _words(
    "included includes including comprised comprising consisted accompanied members "
    "attended attending joined assisted present took made presence taking supported flanked "
    "participating accompanying together table came arrived travelled traveled others Others "
    "composed part"
)
_PEOPLE_WORDS = (
    _LEAD_WORDS
    | _MEET_WORDS
    | _MEMBER_WORDS
    | _words("by counterpart counterparts agreed pledged vowed")
)
_OTHER_EVENT = re.compile(
    r"\b(?:before|after|ahead of)\s+(?:a|an|the|his|her)\s+[^,.;]{0,30}$"
    r"|\bduring\s+(?:a|an|the|his|her)\s+(?:\w+\s+){0,2}?visit\b[^,.;]{0,40}$"  # "... visit of X"
)
_OTHER_WORDS = _words("before after ahead during")
_SAID_BY = re.compile(r",\s+said\s+(?P<who>(?:the\s+)?[A-Z][^,;]{4,80}?)\.?$")
_AGREED = re.compile(r",?\s+(?:agreed|pledged|vowed)\b")
_AGREED_WORDS = _words("agreed pledged vowed")
_SPEAKER = re.compile(r"\b(?:spokes(?:person|man|woman)|press secretary)\b", re.I)


def find_people(
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    parties: list[str],
    lexicon: Lexicon,
    host: str | None = None,
    *,
    place: str | None = None,
) -> list[Person]:
    """Everyone who took part, with their side (a party) when the text gives it (``host``:
    the party the meeting was held in, the side of a national office no one places;
    ``place``: the meeting's city, so that a sentence set in another city is another event's)."""
    found: list[Person] = []
    first_seen: dict[str, int] = {}
    for ms in mentions:
        for mention in ms:
            first_seen.setdefault(mention.iso3, len(first_seen))
    in_order = sorted(parties, key=lambda c: first_seen.get(c, len(first_seen)))
    found += release_author(sentences, lexicon, parties)
    acronyms = acronym_sides([s.text for s in sentences], parties, lexicon)
    for s, ms in zip(sentences, mentions, strict=True):
        text = s.text
        if s.heading:
            continue
        listed_side = country_list(text, parties, lexicon, acronyms)
        lists = [listed_side] if listed_side else country_lists(text, parties, lexicon)
        for list_side, tail in lists:  # ("... as follows: Oman: - A, TITLE; India: - B")
            for c in chunks(tail, lexicon):
                p = parse_person(re.sub(r"^[-\u2022\u2013]\s+", "", c), lexicon)
                if p is not None:
                    lead = bool(HEAD_OF.search(c))
                    found.append(replace(p, leader=lead, sentence=s.index, country=list_side))
        if lists:
            continue
        if not s.has(_PEOPLE_WORDS) or _SIDE_CALL.search(text):
            continue
        used: list[tuple[int, int]] = []
        agreed = _AGREED.search(text) if s.has(_AGREED_WORDS) else None
        if agreed is not None and not is_past(s):
            # "TITLE A and TITLE B agreed Wednesday to ...": two principals, one per side
            subject = DATELINE_PREFIX.sub("", text[: agreed.start()])
            people = [parse_person(c, lexicon) for c in chunks(subject, lexicon)]
            sides = {p.country for p in people if p is not None}
            if len(people) == 2 == len(sides) and all(p and p.title for p in people):
                found += [replace(p, sentence=s.index) for p in people if p is not None]
                continue
        said = _SAID_BY.search(text) if "agreed" in s.words and "said" in s.words else None
        if said is not None and not is_past(s):
            # "X and Y have agreed to ..., said Defence Minister Z.": the one who reports it
            p = parse_person(said.group("who"), lexicon)
            if p is not None and p.title and not _SPEAKER.search(p.title):
                found.append(replace(p, sentence=s.index))
                used.append((said.start(), len(text)))
        leds = list(_LED.finditer(text)) if s.has(_LED_WORDS) else []
        leds = [m for m in leds if not (m.group().startswith("by") and members_by(text, m.start()))]
        if not leds and (is_future(s) or is_past(s)):
            continue
        on_behalf = ON_BEHALF.match(text)
        if on_behalf is not None:
            form = lexicon.country_forms.get(on_behalf.group("adj") or on_behalf.group("land"))
            lead = on_behalf.group("verb") in ("headed", "led", "chaired")
            # "On the Kenyan side, the TITLE, RANK A, and the TITLE, B, took part": each one
            for c in chunks(on_behalf.group("who"), lexicon):
                p = parse_person(c, lexicon)
                if p is not None and p.title and form is not None and form[0] in parties:
                    found.append(replace(p, leader=lead, sentence=s.index, country=form[0]))
                    used.append((0, on_behalf.end()))
        prev = 0
        for i, led in enumerate(leds):
            side = side_before(text[prev : led.start()], ms, led.start(), parties, prev)
            side = side_in_phrase(led.group(), lexicon, parties) or side
            stop = leds[i + 1].start() if i + 1 < len(leds) else len(text)
            tail = without_next_side(CLAUSE_END.split(text[led.end() : stop])[0])
            span = (led.start(), led.end() + len(tail))
            named_before = len(found)
            on_side = _ON_THE_SIDE.search(tail)
            if on_side is not None:
                form = lexicon.country_forms.get(on_side.group("adj"))
                side = form[0] if form is not None and form[0] in parties else side
                tail = tail[: on_side.start()]
            # "The UK was also represented by X": a member, not the one who led
            also = re.search(r"\balso\s+(?:\w+\s+)?$", text[prev : led.start()]) is not None
            listed: str | None = None  # "with Australian A and Minister B": B is A's side too
            # "The two delegations were led by A and B respectively": the parties' order
            tail, each = re.subn(r",?\s+respectively\W*$", "", TAIL_END.split(tail)[0])
            heads = [q for c in chunks(tail, lexicon) if (q := parse_person(c, lexicon))]
            order = in_order if each and len(heads) == len(in_order) else []
            # "under the co-chairmanship of A and Japanese B": one head a side, not A's side B's
            two_chairs_ = len(heads) == 2 and two_chairs(text[: led.start()], led.group())
            for k, p in enumerate(heads):  # ("the Deputy Police Chief of Hungary, X": his side)
                own = p.country or country_of(f"{p.title or ''} {p.organisation or ''}", lexicon)
                given = None if two_chairs_ else listed or side or (order[k] if order else None)
                country = own or given
                listed = listed or p.country
                found.append(replace(p, leader=not also, sentence=s.index, country=country))
            if len(found) > named_before or not COUNTERPART.match(tail):
                used.append(span)  # (a counterpart with one name is read below)
            prev = led.end() + len(tail)
        received = RECEIVED.search(text) if s.has(HOST_WORDS) else None
        if received is not None and not any(a <= received.start() < b for a, b in used):
            used += host_and_guest(text, received, s.index, lexicon, found)
        if "attendance" in s.words:
            in_attendance(text, s.index, lexicon, found)
        if "behalf" in s.words:
            for m in SIGNED_FOR.finditer(text):
                p = parse_person(m.group("who"), lexicon)
                land = lexicon.country_pattern.search(m.group("land"))
                iso3 = lexicon.country_forms[land.group()][0] if land else None
                if p is not None and p.title and iso3 in parties:
                    found.append(replace(p, leader=True, sentence=s.index, country=iso3))
                    used.append((m.start(), m.end()))
        if (
            s.has(_MEMBER_WORDS)
            and find_members(text, s.index, ms, parties, lexicon, found)
            and not (s.has(_LEAD_WORDS) and _LED_SIDE_VERB.search(text))
        ):
            continue  # (but "TITLE NAME led the U.S. delegation, which included ..." goes on)
        lead_verb = _LEAD_VERB.search(text) if s.has(_LEAD_WORDS) else None
        if lead_verb is None and not (
            (s.has(_MEET_WORDS) and _MEET_VERB.search(text))
            or "counterparts" in s.words
            or "counterpart" in s.words
            or (s.has(JOINT_WORDS) and JOINT.search(text))
        ):
            continue
        if lead_verb is not None:
            subject = re.split(r"[;:]\s|\bwhile\b", text[: lead_verb.start()])[-1]
            offset = lead_verb.start() - len(subject)
            if offset == 0:  # "KINGSTON - TITLE A and TITLE B co-chaired": no dateline
                subject = DATELINE_PREFIX.sub("", subject)
            # "At its close, TITLE A and TITLE B, who co-chaired ...": an opening phrase
            subject = _OPENER.sub("", subject)
            respective = _RESPECTIVE.match(text, lead_verb.end())
            led_side = _LED_SIDE.match(text, lead_verb.end())
            if ("," in subject or respective or led_side) and not any(
                a <= offset < b for a, b in used
            ):
                people = [parse_person(c, lexicon) for c in chunks(subject, lexicon)]
                named = [p for p in people if p is not None and (p.title or p.honorific)]
                after = [m for m in ms if 0 <= m.start - lead_verb.end() < 6]
                side = after[0].iso3 if after else None  # "X, who led the U.S. delegation"
                if after and (
                    lead_verb.group().lower().startswith("co-")
                    or re.match(r"[-\u2013]\w", text[after[0].end :])
                ):
                    side = None  # ("A and B co-chaired the U.S.-Jamaica Dialogue": no one's)
                if led_side and not ("," in subject or all(p is not None for p in people)):
                    named = []  # "TITLE NAME led the U.S. delegation": only whole people
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
        found += listed_counterparts(text, s.index, lexicon, used)
        for m in _WITH_APPOS.finditer(text):
            if any(a <= m.start() < b for a, b in used):
                continue
            p = parse_person(m.group("chunk"), lexicon)
            if p is not None and p.title:
                used.append((m.start(), m.end()))
                found.append(replace(p, sentence=s.index))
        joint = JOINT.search(text) if s.has(JOINT_WORDS) else None
        if joint is not None and not any(a < joint.start() for a, b in used):
            subject = re.sub(r"^(?:\d+\.\s+)?(?:On|on)\s+[^,]{3,30},\s+", "", text[: joint.start()])
            people = [parse_person(c, lexicon) for c in chunks(subject, lexicon)]
            if len(people) >= 2 and all(p is not None and p.title for p in people):
                # "Deputy Prime Minister ... A and Indonesia's Defence Minister B signed"
                used.append((0, joint.start()))
                found += [replace(p, sentence=s.index) for p in people if p is not None]
        principals = PRINCIPALS.search(text) if s.has(PRINCIPAL_WORDS) else None
        if principals is not None and not any(a < principals.end() for a, b in used):
            used += find_principals(text, principals, s.index, lexicon, found)
        found += named_counterparts(text, s.index, lexicon, used)
        for m in _APPOSITIVE.finditer(text):
            if any(a <= m.start() < b for a, b in used):
                continue
            p = parse_person(f"{m.group('title')}, {m.group('name')}", lexicon)
            if p is not None and p.title and not _SPEAKER.search(p.title):
                leading = lead_verb is not None and lead_verb.start() >= m.end()
                used.append((m.start(), m.end()))
                found.append(replace(p, leader=leading, sentence=s.index))
        # "Polish President X met NATO commanders in Warsaw on Friday": another event's
        phrases = [] if place and elsewhere(text, place) else person_phrases(text)
        for start, end, phrase in phrases:
            spoke = _SPEAKER.search(text, max(0, start - 24), start)  # "spokesperson Col X"
            if spoke or _SPEAKER.search(phrase) or any(a <= start < b for a, b in used):
                continue
            if s.has(_OTHER_WORDS) and _OTHER_EVENT.search(text, 0, start):
                continue  # "... before a lunch with President X": another event's people
            carried = None  # "Nigeria's TITLE A and TITLE B also took part": B is A's side
            for chunk in chunks(phrase, lexicon):
                p = parse_person(chunk, lexicon)
                if p is None or p.title is None:
                    continue
                country = p.country or carried or adjacent_country(text, start, ms)
                if s.has(_MEMBER_WORDS) and lead_verb is None:
                    carried = country
                leading = lead_verb is not None and lead_verb.start() >= end
                if country is None and leading and lead_verb is not None:
                    after = [m for m in ms if m.start >= lead_verb.end()]
                    if after and after[0].start - lead_verb.end() < 6:
                        country = after[0].iso3  # "X and Y represented India"
                found.append(replace(p, leader=leading, sentence=s.index, country=country))
        if s.has(LOWER_WORDS) and LOWER_HINT.search(text):
            taken = {name_key(p.name) for p in found if p.sentence == s.index}
            found += lower_case_titled(text, ms, s.index, taken)
    texts = [s.text for s in sentences]  # ("AFP Deputy Commissioner X": the side of "AFP")
    # a delegation set out as a list: its entries, read one by one, are the list's to give
    blocks, held = listed_blocks(sentences, mentions, parties, lexicon)
    found = by_acronym(with_blocks(found, blocks, held), texts, parties, lexicon)
    by_index = {s.index: s.text for s in sentences}
    placed = assign_sides(
        no_surnames(found), parties, lexicon, host, order=in_order, texts=by_index
    )
    rest = [(s, ms) for s, ms in zip(sentences, mentions, strict=True) if s.index not in held]
    extra = more_people(
        [s for s, _ in rest], [ms for _, ms in rest], parties, lexicon, placed, host, place=place
    )
    extra += signatories(sentences, parties, lexicon) if not placed else []
    extra += without_listed(tabled(sentences, parties, lexicon), blocks)
    if not extra:
        return by_acronym(placed, texts, parties, lexicon)
    # a side the back-off reads in the clause overrides the weakest inference of the rules
    clued = {name_key(p.name) for p in extra if p.country is not None}
    placed = [p for p in placed if not (p.review == WEAK and name_key(p.name) in clued)]
    # and the co-chair rule's for a member: "A led a delegation which included B and C, TITLE
    # of X": B is A's side, not the other of C's
    members = {name_key(p.name) for p in placed if p.review == OTHER_SIDE and not p.leader}
    extra = [
        p
        for p in extra
        if name_key(p.name) not in members or (p.review == CLAUSE_SIDE and not p.leader)
    ]
    clued = {name_key(p.name) for p in extra if p.review == CLAUSE_SIDE and not p.leader}
    placed = [
        p
        for p in placed
        if not (p.review == OTHER_SIDE and not p.leader and name_key(p.name) in clued)
    ]
    final = by_acronym(no_surnames(placed + extra), texts, parties, lexicon)
    sided = assign_sides(final, parties, lexicon, host, order=in_order, texts=by_index)
    return by_acronym(sided, texts, parties, lexicon)
