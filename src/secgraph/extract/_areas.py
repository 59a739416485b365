"""The cooperation areas and threats the talks were about.

Areas and threats match the SKOS labels of ``cooperation-areas.ttl`` (so extending the scheme
extends the extractor). A label that only modifies an actor or a state of affairs ("law
enforcement agencies", "regional security dynamics") or sits inside a dialogue's name is not an
area of the meeting; a capitalised body that meets, named for an area, gives it ("the Regional
Border Committee"). A threat named as something to combat or discuss ("combating terrorism
and illicit trafficking") also gives the area that counters it (``skos:relatedMatch``). The
catch-all "security cooperation" is kept only when no narrower area is found, as its
definition says.
"""

from __future__ import annotations

import re

from ._implied import gapped_concepts, implied_concepts
from ._kinds import kinds_named
from ._lexicon import Lexicon
from ._text import Sentence

__all__ = ["find_areas"]


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
    r"disrupt\w*|dismantl\w*|address(?:ing)?|discuss\w*|touched on|"
    # "investigate the smuggling of fuel", "share intelligence on ... human trafficking"
    r"investigat\w*|stop\w*|stem\w*|(?:information|intelligence|data) (?:on|about)|"
    # "track drug shipments", "intercept vessels carrying cocaine" ("control" is as often the
    # traffickers': "groups that control the drug routes")
    r"track\w*|intercept\w*)\b",
    re.I,
)
#: patrols and posts along a border are border security: "coordinated patrols along their
#: border in the Mandara Mountains", "joint checkpoints at the Kafasan border crossing"
_ALONG_BORDER = re.compile(
    r"\b(?:patrol(?:s|ling)?|checkpoints?|posts?|deployments?)\b[^.;,]{0,80}?"
    r"\b(?:along|on|across|at)\s+(?:the|their|its|both sides of the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:border|frontier)\b",
    re.I,
)


#: a side's forces keeping a border: "to secure its borders against the spillover", "a joint
#: technical committee to monitor the border", "to control their common border"; and the
#: border areas in the plural ("the security of the border areas": the singular is as often
#: a place, "militant groups operating from the Afghan border region")
_KEEP_BORDER = re.compile(
    r"\b(?:secur\w*|monitor\w*|control\w*|guard\w*|protect\w*|manag\w*)\s+"
    r"(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}?borders?\b|\bborder\s+(?:areas|regions|zones)\b",
    re.I,
)


def find_areas(
    sentences: list[Sentence], lexicon: Lexicon, skip_spans: dict[int, list[tuple[int, int]]]
) -> tuple[list[str], list[str], dict[str, int]]:
    """Areas and threats (ids in order of first mention) and the sentence of each."""
    found: dict[str, int] = {}
    generic = {c.broader for c in lexicon.concepts.values() if c.broader}

    def add(cid: str, s: Sentence, start: int, end: int) -> None:
        found.setdefault(cid, s.index)
        if lexicon.concepts[cid].scheme == "threat" and _COMBAT.search(s.text, 0, start):
            for area in _countering(cid, lexicon):
                found.setdefault(area, s.index)

    for s in sentences:
        spans = skip_spans.get(s.index, [])
        kinds = [k for k in kinds_named(s, lexicon) if not any(a <= k.start < b for a, b in spans)]
        for k in kinds:  # "the smuggling of weapons": arms trafficking, not trafficking
            if k.concept is not None:
                add(k.concept, s, k.end, k.end)
        matched: list[tuple[int, int]] = []
        for m in lexicon.concept_pattern.finditer(s.text):
            if any(a <= m.start() < b for a, b in spans):
                continue
            matched.append((m.start(), m.end()))
            if _ACTOR_HEADS.match(s.text[m.end() :]) or _named(s, m.start(), m.end()):
                continue
            cid = _concept(m.group(), lexicon)
            if cid is None:
                continue
            inside = [k for k in kinds if k.start <= m.start() < k.end]
            if cid in generic and inside and all(k.concept for k in inside):
                continue  # its kind is named
            if lexicon.concepts[cid].scheme == "threat" and _others(s.text, m.start()):
                continue  # "shared assessments of North Korea's nuclear and missile threats"
            add(cid, s, m.start(), m.end())
            for tail in _tails(m.group(), cid, lexicon):  # "joint border patrols": border patrols
                add(tail, s, m.start(), m.end())
            fought = _FOUGHT.match(m.group())  # "combating terrorism": the threat is named too
            threat = lexicon.concept_labels.get(fought.group(1).casefold()) if fought else None
            if (
                threat is not None
                and lexicon.concepts[threat].scheme == "threat"
                and threat not in generic  # "combating smuggling" names no kind of it
                and not _FOUGHT.match(lexicon.concepts[cid].label)
            ):  # a field named by the verb phrase: "countering violent extremism" is its name
                found.setdefault(threat, s.index)
        for start, end, cid in gapped_concepts(s, lexicon):
            if any(a <= start < b for a, b in spans) or any(
                (a <= start < b and a < end <= b) or (start < a and b == end) for a, b in matched
            ):
                continue  # a label, or its last words one ("combating narcotics trafficking")
            if _ACTOR_HEADS.match(s.text[end:]) or _named(s, start, end):
                continue
            if lexicon.concepts[cid].scheme == "threat" and _others(s.text, start):
                continue
            add(cid, s, start, end)
        if not s.words.isdisjoint(("border", "borders")) and "border-security" in lexicon.concepts:
            along = _ALONG_BORDER.search(s.text) or _KEEP_BORDER.search(s.text)
            if along is not None and not any(a <= along.start() < b for a, b in spans):
                add("border-security", s, along.start(), along.end())
        for cid in implied_concepts(s, lexicon):
            # "drug and timber smuggling" (drug smuggling), "exchange operational information"
            add(cid, s, len(s.text), len(s.text))
        if "cooperation" in s.words:
            # "cooperation in the fields of defence, ...", "cooperation on defence, policing"
            for m in _FIELDS_OF.finditer(s.text):
                for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("items")):
                    if " " in item.strip() and not m.group("field"):
                        continue  # "cooperation on border security": the label says it
                    cid = lexicon.concept_labels.get(f"{item.strip().casefold()} cooperation")
                    if cid is not None and lexicon.concepts[cid].scheme == "area":
                        found.setdefault(cid, s.index)
    areas = [c for c in found if lexicon.concepts[c].scheme == "area"]
    if len(areas) > 1 and "security-cooperation" in areas:
        areas.remove("security-cooperation")
    threats = [c for c in found if lexicon.concepts[c].scheme == "threat"]
    return areas, threats, found


def _concept(text: str, lexicon: Lexicon) -> str | None:
    key = text if text in lexicon.concept_labels else text.casefold()
    cid = lexicon.concept_labels.get(key) or lexicon.concept_labels.get(re.sub(r"[\s-]+", " ", key))
    return cid if cid is not None else _by_words(key, lexicon)


def _others(text: str, start: int) -> bool:
    """A threat written as another country's, not one the sides combat."""
    before = text[:start]
    return bool(_OTHERS_THREAT.search(before[-60:])) and not _COMBAT.search(before)


#: "the Security and Defence Partnership", "the Director-General for Migration": a label in a
#: name (every word capitalised, inside a sentence or a heading written in sentence case)
_CAPITALISED = re.compile(r"[A-Z][a-z]\w*(?:[\s-]+(?:and\s+)?[A-Z][a-z]\w*)*")
_MULTI = re.compile(r"\S\s+\S")
_OFFICE_BEFORE = re.compile(r"[A-Z][\w-]*\s+(?:for|of)\s+$")
_LOWER_WORD = re.compile(r"\b[a-z]{5,}\b")
#: a body that meets, which a label names ("the Joint Border Committee", "the Defence
#: Cooperation Talks"), unlike an office ("Director for Migration") or a pact (an "Information
#: Security Agreement" protects classified information; it is no cyber security)
_BODY_WORDS = (
    r"(?:Committee|Commission|Conference|Talks|Dialogue|Consultations?|Working\s+Group|"
    r"Mechanism|Forum)\b"
)
_BODY = re.compile(rf"\b{_BODY_WORDS}")
_BODY_AFTER = re.compile(rf"(?:[\s-]+[A-Z][\w-]*){{0,3}}?[\s-]+{_BODY_WORDS}")


def _named(s: Sentence, start: int, end: int) -> bool:
    if start == 0 or _CAPITALISED.fullmatch(s.text, start, end) is None:
        return False
    if s.heading and not _LOWER_WORD.search(s.text):
        return False  # a heading in title case
    if _BODY.search(s.text, start, end) or _BODY_AFTER.match(s.text, end):
        return False  # a body that meets: "the General Border Committee"
    return bool(_MULTI.search(s.text, start, end) or _OFFICE_BEFORE.search(s.text, 0, start))


def _tails(text: str, cid: str, lexicon: Lexicon) -> list[str]:
    """Other concepts a label's last words name: "joint border patrols" (coordinated
    operations) also says "border patrols" (border security); never a broader concept of the
    label's own ("drug trafficking" is no "trafficking" in general), nor one of the other
    scheme (the sets do not read "countering violent extremism" as the threat)."""
    words = text.casefold().split()
    scheme = lexicon.concepts[cid].scheme
    above = set()  # "drug trafficking" says "trafficking" only as its kind
    up: str | None = cid
    while up is not None and up not in above:
        above.add(up)
        up = lexicon.concepts[up].broader
    out = []
    for i in range(1, len(words)):
        other = lexicon.concept_labels.get(" ".join(words[i:]))
        if other is not None and other not in above and lexicon.concepts[other].scheme == scheme:
            out.append(other)
    return out


#: an area's label written as a verb on a threat: "combating terrorism", "to counter terrorism",
#: "the fight against trafficking" (the noun "counter-terrorism" names the field alone)
_FOUGHT = re.compile(r"(?:combat\w*|countering|counter\s|fight\w*\s+against)\s*(.+)", re.I)


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
    r"\bcooperation (?:in|on) (?P<field>the (?:fields?|areas?|spheres?) of )?"
    r"(?P<items>[a-z][a-z -]*"
    r"(?:,\s*[a-z][a-z -]*)*(?:,?\s+and\s+[a-z][a-z -]*)?)"
)


def _by_words(key: str, lexicon: Lexicon) -> str | None:
    squashed = re.sub(r"[\s-]+", "", key)
    for label, cid in lexicon.concept_labels.items():
        if re.sub(r"[\s-]+", "", label.casefold()) == squashed:
            return cid
    return None
