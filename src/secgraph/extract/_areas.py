"""The cooperation areas and threats the talks were about.

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

from ._implied import implied_concepts
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
