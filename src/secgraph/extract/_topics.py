"""The dialogue and its round, the cooperation areas and threats, and the commitments.

Areas and threats match the SKOS labels of ``cooperation-areas.ttl`` (so extending the scheme
extends the extractor). A label that only modifies an actor or a state of affairs ("law
enforcement agencies", "regional security dynamics") or sits inside a dialogue's name is not an
area of the meeting. A threat named as something to combat or discuss ("combating terrorism
and illicit trafficking") also gives the area that counters it (``skos:relatedMatch``). The
catch-all "security cooperation" is kept only when no narrower area is found, as its
definition says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._countries import Mention
from ._implied import implied_concepts
from ._level import HOLDERS, LEVEL_DIALOGUE, no_weekday, with_pair
from ._lexicon import Lexicon
from ._text import Sentence

__all__ = [
    "DIALOGUE_WORDS",
    "ORDINAL_WORDS",
    "Commit",
    "FoundDialogue",
    "find_areas",
    "find_commitments",
    "find_dialogue",
    "round_number",
]

#: "first" to "twentieth", in order (a round's ordinal; a gazette's day).
ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]


def round_number(word: str | None) -> int | None:
    """The number of an ordinal as the genre writes it (None for none).

    >>> [round_number(w) for w in ("15th", "Fifth", "inaugural", "first", None)]
    [15, 5, 1, 1, None]
    """
    if not word:
        return None
    word = word.lower()
    if word == "inaugural":
        return 1
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS.index(word) + 1
    if re.fullmatch(r"[ivxlc]+", word):  # "the XXIII Binational Border Commission"
        return _roman(word)
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits and int(digits.group()) > 0 else None


def _roman(word: str) -> int | None:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for a, b in zip(word, [*word[1:], ""], strict=True):
        total += -values[a] if b and values[b] > values[a] else values[a]
    return total or None


_ROUND = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|inaugural|{'|'.join(ORDINAL_WORDS)})"
#: a round in Roman numerals before the name, as Latin American ministries write it
_ROMAN = re.compile(r"(?=[IVXLC]{2,}\s)(?P<roman>C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\s+")
_DIALOGUE_HEAD = (
    r"(?:Dialogue Group|Dialogue|Joint Working Group|Working Group|JWG|Consultations|"
    r"Joint Commission|"
    r"Commission|Committee|Mechanism|Framework|Forum|Cooperation Council|Partnership Council|"
    r"Consultative Group|Core Group|Steering Group|Ministers['\u2019]? Meeting|Ministerial Meeting|"
    r"Staff Talks|Policy Talks|Security Group|High-Level Group)"
)
_ORDINAL_BEFORE = re.compile(rf"\b({_ROUND})\s+(?:annual\s+)?$", re.I)
#: "on the sidelines of the 21st Shangri-La Dialogue": a multilateral gathering, not the talks
_SIDELINES = re.compile(
    r"\b(?:sidelines|side-lines|margins|margin)\s+of\s+(?:the\s+)?(?:\S+\s+)?$", re.I
)
_DIALOGUE = re.compile(
    rf"(?:(?P<round>{_ROUND})\s+(?:round|meeting|session|edition|iteration)\s+of\s+"
    rf"(?:the\s+|their\s+)?)?"
    rf"(?P<name>(?:[A-Z][\w.+'\u2019/-]*\s+|2\+2\s+)"
    rf"(?:(?:[A-Z0-9][\w.+'\u2019/-]*|on|and|of|for)\s+){{0,9}}?{_DIALOGUE_HEAD}"
    # "the India-France Dialogue on Counter-Terrorism", "2+2 Mechanism of Foreign and
    # Defence Ministers"
    rf"(?:\s+(?:on|for)\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){{0,3}}"
    rf"|\s+of\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){{0,3}}(?:Ministers|Chiefs|Secretaries))?)\b"
)
_PAIR_DIALOGUE = re.compile(
    r"(?:\b(?P<round>\d{1,3}(?:st|nd|rd|th))\s+round\s+of\s+)?"
    # "New Zealand-Fiji defence talks", "Nigeria-Niger joint commission on security"
    r"(?P<name>(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*-[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?(?:\s+[a-z-]+){0,4}\s+"
    r"(?:consultations|dialogue|talks|security talks|(?:joint\s+)?(?:commission|committee)"
    r"(?:\s+on\s+[a-z-]+)?))\b"
)
_DIALOGUE_ROUND = re.compile(
    rf"\b(?P<round>{_ROUND})\s+(?P<name>[A-Z][\w.+'\u2019/-]*(?:\s+[A-Z][\w.+'\u2019/-]*)*\s+{_DIALOGUE_HEAD})\b"
)


#: Words without which _DIALOGUE cannot match (checked first: see Sentence.words)
DIALOGUE_WORDS = frozenset(
    [
        "dialogue",
        "group",
        "jwg",
        "consultations",
        "commission",
        "committee",
        "mechanism",
        "framework",
        "forum",
        "council",
        "talks",
        "meeting",
    ]
)


#: A dialogue's name says what kind of talks it is, or names the pair ("India-U.S. ...")
_DIALOGUE_KIND = re.compile(
    r"\b(?:Dialogue|Working Group|JWG|Consultations|Bilateral|Strategic|Security|Defen[cs]e|"
    r"Border|Counter[\w-]*|Joint|2\+2|Military|Maritime|Police|Intelligence|Consultative|"
    r"Nuclear|Cyber)\b"
)


#: An office's name, not a dialogue's: "China's Central Military Commission", "chairman of the"
_OFFICE_OF = re.compile(
    r"(?:'s|\u2019s|\b(?:chairman|chair|member|secretary|head|director|chief|president)\s+of)"
    r"\s+(?:the\s+)?$",
    re.I,
)


#: an earlier meeting of the dialogue: "... dialogue held in Warsaw earlier this year"
_PAST_AFTER = re.compile(
    r"\s+(?:held|that took place|which took place)\b[^.;]{0,40}?\b(?:earlier|last|previous|ago)\b"
)


@dataclass(frozen=True)
class FoundDialogue:
    name: str
    round: str | None
    sentence: int
    start: int
    end: int


def find_dialogue(
    sentences: list[Sentence], pair: frozenset[str] = frozenset()
) -> FoundDialogue | None:
    """The first named dialogue or framework ("the 15th meeting of the X Joint Working Group");
    a gathering the talks were held on the sidelines of is not one, there or later, unless
    its name is the parties' pair (``pair``: the names of the parties' countries), as "on the
    sidelines of the tenth meeting of the Qatar-Türkiye Supreme Strategic Committee" is."""
    gatherings: set[str] = set()
    for s in sentences:
        if s.heading or not s.has(DIALOGUE_WORDS):
            continue
        for pattern in (_DIALOGUE, _DIALOGUE_ROUND, _PAIR_DIALOGUE, LEVEL_DIALOGUE):
            for m in pattern.finditer(s.text):
                name = re.sub(r"^(?:The|the|A|An|This|Both|Under)\s+", "", m.group("name"))
                name = no_weekday(name)  # "... Strategic Dialogue on Thursday"
                if name.split()[0] in HOLDERS:
                    continue  # "Chairman Joint Chiefs of Staff Committee": a title
                if pattern is LEVEL_DIALOGUE:
                    name = with_pair(name, m, pair)
                lead = re.match(rf"({_ROUND})\s+", name, re.I) or _ROMAN.match(name)
                if lead:  # "the 12th EU-China Strategic Dialogue"
                    name = name[lead.end() :]
                if len(name.split()) < 2 or name.split()[0].lower() in ("meeting", "round"):
                    continue
                if not (
                    _DIALOGUE_KIND.search(name)
                    or "-" in " ".join(name.split()[:2])
                    or pattern is LEVEL_DIALOGUE
                ):
                    continue  # "Central Foreign Affairs Commission" is an office
                if m.groupdict().get("round") is None and _OFFICE_OF.search(
                    s.text, 0, m.start("name")
                ):
                    continue  # "vice chairman of China's Central Military Commission"
                if _PAST_AFTER.match(s.text, m.end("name")):
                    continue  # "the fifth ... dialogue held in Warsaw earlier this year"
                halves = set(name.split()[0].split("-"))
                ours = len(halves) == 2 and halves <= pair
                if (_SIDELINES.search(s.text, 0, m.start()) and not ours) or name in gatherings:
                    gatherings.add(name)
                    continue
                rnd = m.groupdict().get("round") or (lead.group(1) if lead else None)
                if rnd is None:  # "The seventh India-Japan ... Dialogue"
                    ordinal = _ORDINAL_BEFORE.search(s.text, 0, m.start("name"))
                    rnd = ordinal.group(1) if ordinal else None
                return FoundDialogue(name, rnd, s.index, m.start("name"), m.end("name"))
    return None


_ACTOR_HEADS = re.compile(
    r"^[\s-]+(?:agenc(?:y|ies)|forces?|officials?|officers?|authorities|personnel|units?|"
    r"dynamics|situation|environment|landscape|outlook|institutions?|departments?|ministry|"
    r"ministries|bodies|apparatus|establishment|services|chiefs?|experts?)\b",
    re.I,
)
#: a threat that is another country's ("North Korea's evolving nuclear and missile threats")
_OTHERS_THREAT = re.compile(r"[A-Z][\w.]*(?:'s|\u2019s)\s+(?:[a-z]+\s+)?$")
_COMBAT = re.compile(
    r"\b(?:combat\w*|counter(?:ing)?(?!-)|fight\w*|respond\w* to|deter\w*|tackl\w*|curb\w*|"
    r"stamp\w* out|root\w* out|crack\w* down|eradicat\w*|suppress\w*|"
    r"against|prevent\w*|"
    r"disrupt\w*|dismantl\w*|address(?:ing)?|discuss\w*|touched on)\b",  # talks on a threat
    re.I,
)


def find_areas(
    sentences: list[Sentence], lexicon: Lexicon, skip_spans: dict[int, list[tuple[int, int]]]
) -> tuple[list[str], list[str], dict[str, int]]:
    """Areas and threats (ids in order of first mention) and the sentence of each."""
    found: dict[str, int] = {}
    for s in sentences:
        spans = skip_spans.get(s.index, [])
        for m in lexicon.concept_pattern.finditer(s.text):
            if any(a <= m.start() < b for a, b in spans):
                continue
            if _ACTOR_HEADS.match(s.text[m.end() :]):
                continue
            key = m.group() if m.group() in lexicon.concept_labels else m.group().casefold()
            cid = lexicon.concept_labels.get(key) or lexicon.concept_labels.get(
                re.sub(r"[\s-]+", " ", key)
            )
            if cid is None:
                cid = _by_words(key, lexicon)
            if cid is None:
                continue
            concept = lexicon.concepts[cid]
            before = s.text[: m.start()]
            if (
                concept.scheme == "threat"
                and _OTHERS_THREAT.search(before[-60:])
                and not _COMBAT.search(before)
            ):
                continue  # "shared assessments of North Korea's nuclear and missile threats"
            found.setdefault(cid, s.index)
            if concept.scheme == "threat" and _COMBAT.search(s.text[: m.start()]):
                for area in _countering(cid, lexicon):
                    found.setdefault(area, s.index)
        for cid in implied_concepts(s, lexicon):
            # "drug and timber smuggling" (drug smuggling), "exchange operational information"
            found.setdefault(cid, s.index)
            if lexicon.concepts[cid].scheme == "threat" and _COMBAT.search(s.text):
                for area in _countering(cid, lexicon):
                    found.setdefault(area, s.index)
        if "fields" in s.words or "field" in s.words or "areas" in s.words:
            for m in _FIELDS_OF.finditer(s.text):  # "cooperation in the fields of defence, ..."
                for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("items")):
                    cid = lexicon.concept_labels.get(f"{item.strip().casefold()} cooperation")
                    if cid is not None and lexicon.concepts[cid].scheme == "area":
                        found.setdefault(cid, s.index)
    areas = [c for c in found if lexicon.concepts[c].scheme == "area"]
    if len(areas) > 1 and "security-cooperation" in areas:
        areas.remove("security-cooperation")
    threats = [c for c in found if lexicon.concepts[c].scheme == "threat"]
    return areas, threats, found


def _countering(threat: str, lexicon: Lexicon) -> list[str]:
    """The areas that counter a threat, or its broader threat ("arms trafficking" is illicit
    trafficking, which counter-trafficking counters)."""
    seen: set[str] = set()
    cid: str | None = threat
    while cid is not None and cid not in seen:
        seen.add(cid)
        areas = [
            a.id for a in lexicon.concepts.values() if a.scheme == "area" and cid in a.counters
        ]
        if areas:
            return areas
        cid = lexicon.concepts[cid].broader if cid in lexicon.concepts else None
    return []


_FIELDS_OF = re.compile(
    r"\bcooperation in the (?:fields?|areas?|spheres?) of (?P<items>[a-z][a-z -]*"
    r"(?:,\s*[a-z][a-z -]*)*(?:,?\s+and\s+[a-z][a-z -]*)?)"
)


def _by_words(key: str, lexicon: Lexicon) -> str | None:
    squashed = re.sub(r"[\s-]+", "", key)
    for label, cid in lexicon.concept_labels.items():
        if re.sub(r"[\s-]+", "", label.casefold()) == squashed:
            return cid
    return None


_COMMIT = re.compile(
    r"\b(?:agreed (?:(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?"
    r"(?:to|on|that|upon)|agree to|decided to|have decided|"
    r"will (?:provide|supply|deliver|donate|deploy|send|fund) |"
    r"(?<!remained )(?<!remains )(?<!remain )committed to|commit to|"
    r"pledged to|pledging to|agreeing to|resolved to|undertook to|vowed to|will host|would host|"
    r"reaffirmed (?:their|its|the) (?:\w+ )?commitment to|paves? the way for|"
    r"will continue to|will meet again|"
    r"(?:signed|announced|launched|adopted) (?:an? |the )?(?:[\w-]+\s+){0,4}?"
    r"(?:memorand(?:um|a)|agreements?|MoUs?|protocols?|plans?|roadmaps?|declarations?|"
    r"accords?|deals?|treat(?:y|ies)|partnerships?))\b",
    re.I,
)
_DATED_PAST = re.compile(r"\bin (?:19|20)\d\d\b")
_COLLECTIVE = re.compile(
    r"\b(?:both|the two) (?:sides|countries|nations|parties|governments)\b|\bthey\b|\bthe sides\b",
    re.I,
)


#: "a spokesperson told reporters that ...": a remark, not what the meeting committed to
_REPORTED = re.compile(r"\bspokes(?:person|man|woman)\b|\btold reporters\b", re.I)
#: "said last month that ...": said before this meeting, not committed at it
_EARLIER = re.compile(
    r"\b(?:last (?:week|month|year)|earlier this (?:week|month|year)|previously)\b"
)
_COMMIT_WORDS = frozenset(
    [
        "again",
        "agreeing",
        "agreed",
        "agree",
        "decided",
        "committed",
        "commit",
        "pledged",
        "pledging",
        "resolved",
        "undertook",
        "vowed",
        "will",
        "would",
        "reaffirmed",
        "paves",
        "pave",
        "signed",
        "announced",
        "launched",
        "adopted",
    ]
)


@dataclass(frozen=True)
class Commit:
    sentence: int
    parties: tuple[str, ...]
    text: str
    slug_words: tuple[str, ...]


def find_commitments(
    sentences: list[Sentence], mentions: list[list[Mention]], parties: list[str]
) -> list[Commit]:
    """Sentences that commit the parties ("agreed to", "decided to", "will host the next")."""
    out: list[Commit] = []
    for s, ms in zip(sentences, mentions, strict=True):
        if s.heading:
            continue
        m = _COMMIT.search(s.text) if s.has(_COMMIT_WORDS) else None
        before = s.text[: m.start()] if m is not None else ""
        if m is None or _REPORTED.search(before) or _EARLIER.search(before):
            continue
        if m.group().lower().startswith("signed") and _DATED_PAST.search(s.text, m.end()):
            continue  # "signed a defence cooperation agreement in 2018": an earlier signing
        subject = s.text[: m.start()]
        who = [x.iso3 for x in ms if x.end <= m.start() and x.iso3 in parties]
        if _COLLECTIVE.search(subject) or not who:
            who = list(parties)
        who = sorted(set(who), key=parties.index)
        if not who:
            continue
        words = re.findall(r"[a-z]+", s.text[m.end() :].lower())
        stop = {"the", "a", "an", "to", "and", "of", "their", "its", "for", "on", "in", "further"}
        slug = tuple(w for w in words if w not in stop)[:4]
        out.append(Commit(s.index, tuple(who), s.text, slug))
    return out
