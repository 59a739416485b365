"""Country mentions, and which countries are the parties of a meeting and which only discussed.

A mention is a name, alias, adjective ("Pakistani") or capital used as a metonym ("Washington
said"); a capital after "in", "at" or "to" is a place, not a party. Parties are scored: a pair
written together ("Pakistan-US", "India and the United States") in the headline or in a
sentence about the meeting counts most, then a delegation phrase ("the Pakistani side", "a
delegation from the United States"), then plain mentions; a country only seen "in" a sentence
("the situation in Afghanistan") counts least.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import pairwise

from ._lexicon import Lexicon
from ._orgpair import same_body_pair
from ._pairs import outweighed
from ._pairweight import stronger_pair
from ._text import Sentence

__all__ = [
    "FUTURE_WORDS",
    "MEETING_TRIGGERS",
    "MEETING_WORDS",
    "Mention",
    "find_mentions",
    "is_future",
    "is_meeting",
    "pick_parties",
]


@dataclass(frozen=True)
class Mention:
    iso3: str
    start: int  # offset in the sentence text
    end: int
    surface: str
    kind: str  # name, adjective, capital (a metonym)
    sentence: int
    located: bool = False  # "in Afghanistan": a place talked about


MEETING_WORDS = re.compile(
    r"\b(?:talks|talked|met|meet(?:s|ing|ings)?|dialogue|consultations?|held|hold|discussions?"
    r"|discussed|co-?chair(?:ed|s)?|chaired|delegations?|visit(?:ed|ing)?|session|round"
    r"|joint statement|working group|summit|conference|hosted|call(?:s|ed)? on|agreed|pledged"
    r"|exchanged views|sat down"  # "officers from A and B sat down in X last week"
    r"|convened"  # "when the Joint Group on Migration convened in Tangier"
    r"|(?:(?<=Commission )|(?<=Committee ))(?:concluded|opened)"  # "X Commission concluded"
    r"|receive[ds](?= (?:on \w+ )?(?:the|his|her|a|an|[A-Z]))"
    r"|welcomed(?= (?:the|his|her|[A-Z]))(?! the entry)"
    r"|(?:host|welcome|receive) my\b"  # a minister's release: "to host my Fijian counterpart"
    r"|signed the agreement)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:next(?![\s-]+generation\b)|upcoming|"
    # (not a body's habit: "a group that will meet regularly")
    r"will (?:be )?(?:hold|held|host|meet|take place|convene)"
    r"(?!\s+(?:regularly|annually|every|twice|once|periodically))|to be held|"
    r"agreed to (?:hold|meet|convene)|would be held|shall|scheduled to|later this|"
    r"will visit|plans? to|"
    # "The commission is expected to meet again in Abuja later in the year"
    r"(?:expected|due|set|slated) to (?:meet|be held|take place|convene|reconvene|hold))\b",
    re.I,
)
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|to|from|near|via|visit|visited|visiting|reached|arrived in|outside|"
    r"across|over|into)\s+(?:the\s+)?)$",
    re.I,
)
_LOCATED_BEFORE = re.compile(
    r"(?:\b(?:in|inside|within|into|across|over|towards|toward|about|regarding|concerning|on|"
    r"from|with|including|situation in|neighbouring|neighboring|through|via)\s+(?:the\s+)?)$",
    re.I,
)
_SIDE_AFTER = re.compile(
    r"^(?:'s|\u2019s)?\s*(?:side|delegation|team|counterparts?|colleagues?|officials|authorities|government|"
    r"officers|interlocutors|ministry|minister|envoy|ambassador|participants)\b"
    # "Sudan's army chief", "Egypt's defence minister"
    r"|^(?:'s|\u2019s)?\s*(?:army|military|navy|defen[cs]e|foreign|interior|security|police)\s+"
    r"(?:chief|minister|secretary|commander|head)\b"
    # "Indian Foreign Minister", "Pakistan's Interior Secretary": one of its officials
    r"|^(?:'s|\u2019s)?\s*(?-i:(?:[A-Z][\w-]*\s+){0,3}(?:Minister|Secretary|Adviser|Advisor|"
    r"Ambassador|Envoy|President|Chancellor|Premier|Undersecretary|Coordinator|Director|"
    r"Chief of|Commander|Sovereignty Council))\b",
    re.I,
)
_SIDE_BEFORE = re.compile(
    r"(?:delegation (?:from|of)|side of|representatives of|officials (?:from|of)|"
    r"government of)\s+(?:the\s+)?$"
    # "Minister of Defence of the Republic of Indonesia", "Ministry of Foreign Affairs of Japan"
    r"|\b(?-i:Minister|Ministry|Secretary|Department|Chief|Director-General)\b[^,;.]{0,40}?"
    r"\bof\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Sultanate|Federation)\s+of\s+)?$",
    re.I,
)


#: Words without which MEETING_WORDS and _FUTURE cannot match (checked first: see Sentence.words)
MEETING_TRIGGERS = frozenset(
    [
        "my",
        "signed",
        "talks",
        "talked",
        "sat",
        "met",
        "meet",
        "meets",
        "meeting",
        "meetings",
        "pledged",
        "dialogue",
        "consultation",
        "consultations",
        "held",
        "hold",
        "discussion",
        "discussions",
        "discussed",
        "co-chaired",
        "cochaired",
        "co-chair",
        "co-chairs",
        "chaired",
        "chair",
        "chairs",
        "delegation",
        "delegations",
        "visit",
        "visited",
        "visiting",
        "session",
        "convened",
        "concluded",
        "opened",
        "round",
        "joint",
        "working",
        "summit",
        "conference",
        "hosted",
        "called",
        "calls",
        "received",
        "receives",
        "welcomed",
        "agreed",
        "exchanged",
    ]
)
FUTURE_WORDS = frozenset(
    [
        "next",
        "upcoming",
        "will",
        "held",
        "agreed",
        "would",
        "shall",
        "scheduled",
        "later",
        "plan",
        "plans",
    ]
)


def is_future(text: str | Sentence) -> bool:
    """Whether a sentence speaks of a meeting still to come ("the next round will be held")."""
    if isinstance(text, Sentence):
        if not text.has(FUTURE_WORDS):
            return False
        text = text.text
    return _FUTURE.search(text) is not None


def is_meeting(s: Sentence) -> bool:
    """Whether a sentence speaks of a meeting (talks, met, dialogue, delegation, ...)."""
    return s.has(MEETING_TRIGGERS) and MEETING_WORDS.search(s.text) is not None


def find_mentions(sentence: Sentence, lexicon: Lexicon) -> list[Mention]:
    """Country mentions in one sentence; capitals used as places are left out."""
    text = lexicon.not_country_pattern.sub(lambda m: "#" * len(m.group()), sentence.text)
    out = []
    for m in lexicon.country_pattern.finditer(text):
        iso3, kind = lexicon.country_forms[m.group()]
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 12]
        if kind == "capital":
            if _PLACE_BEFORE.search(before) or after.startswith(",") or sentence.heading:
                continue
            if re.match(r" [A-Z][a-z]", after):
                continue  # a name: "Douglas Kanja", "Washington Post"
            if re.search(r"\b(?:Lake|Mount|Cape|Port|Fort|Lac)\s$", before):
                continue  # a feature named after a capital: "Lake Victoria"
            if re.search(r"[A-Z][\w'-]*\s(?:d[aeo]s?|del|di|van|von)\s$", before):
                continue  # a name or a town: "José Maria de Lima", "Mocímboa da Praia"
        if _NAMED_AFTER.match(after):
            continue  # a place named after a country: "Burma Camp"
        located = bool(_LOCATED_BEFORE.search(before)) and not _SIDE_AFTER.match(
            text[m.end() : m.end() + 30]
        )
        out.append(Mention(iso3, m.start(), m.end(), m.group(), kind, sentence.index, located))
    return out


#: countries inside a title ("Minister of State for the Middle East, North Africa,
#: Afghanistan and Pakistan") are no pair
_IN_TITLE = re.compile(
    r"\b(?:Minister|Secretary|Envoy|Representative|Director|Commissioner|Coordinator)\s+"
    r"(?:of\s+State\s+)?for\s+(?:the\s+)?(?:[A-Z][\w-]*(?:,\s*|\s+)(?:and\s+)?)*$"
)
_NAMED_AFTER = re.compile(
    r"\s(?:Camp|Road|Street|Avenue|Barracks|Hall|Airport|Square|Gate|Bridge|Park)\b"
)
_PAIR_JOIN = re.compile(r"^\s*(?:-|\u2013|/|,| and | and [Tt]he |, and [Tt]he |, and |&)\s*$")


def pick_parties(
    sentences: list[Sentence], mentions: list[list[Mention]], *, limit: int = 2
) -> tuple[list[str], dict[str, float]]:
    """The parties (by score, at most ``limit``) and every country's score."""
    score: dict[str, float] = defaultdict(float)
    pairs: Counter[tuple[str, str]] = Counter()
    for s, found in zip(sentences, mentions, strict=True):
        meeting = s.heading or s.index < 3 or is_meeting(s)
        future = is_future(s)
        joined = [
            bool(_PAIR_JOIN.match(s.text[a.end : b.start]))
            or same_body_pair(s.text, a.end, b.start, b.end)
            for a, b in pairwise(found)
        ]
        for i, (a, b) in enumerate(pairwise(found)):
            # a list of three or more ("Mali, Burkina Faso and Niger") is no pair
            in_list = (i > 0 and joined[i - 1]) or (i + 1 < len(joined) and joined[i + 1])
            in_title = _IN_TITLE.search(s.text, max(0, a.start - 80), a.start) is not None
            if a.iso3 != b.iso3 and joined[i] and not (in_list or in_title or a.located):
                weight = 5 if meeting and not future else 2
                pairs[tuple(sorted((a.iso3, b.iso3)))] += weight  # type: ignore[index]
        for m in found:
            after = s.text[m.end : m.end + 30]
            before = s.text[max(0, m.start - 50) : m.start]
            if _SIDE_AFTER.match(after) or _SIDE_BEFORE.search(before):
                score[m.iso3] += 4
            elif m.located:
                score[m.iso3] += 0.3
            else:
                score[m.iso3] += 1.5 if s.heading else 1
    for (first, second), weight in pairs.items():
        score[first] += weight
        score[second] += weight
    if not score:
        return [], {}
    ranked = sorted(score, key=lambda c: (-score[c], c))
    parties = ranked[:1]
    best_pair = max(pairs, key=lambda p: (pairs[p], score[p[0]] + score[p[1]]), default=None)
    if best_pair is not None and pairs[best_pair] >= 5 and not outweighed(best_pair, pairs, score):
        parties = list(stronger_pair(best_pair, pairs, score))
        extra = [c for c in ranked if c not in parties]
        if limit > 2:
            parties += [c for c in extra if score[c] >= 0.6 * min(score[p] for p in parties)][
                : limit - 2
            ]
    else:
        for c in ranked[1:limit]:
            if score[c] >= 3 and score[c] >= 0.25 * score[ranked[0]]:
                parties.append(c)
    return parties, dict(score)
