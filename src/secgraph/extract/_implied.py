"""Areas and threats a SKOS label names only inside a coordinated or modified phrase: "drug
and timber smuggling" (drug smuggling, an altLabel of drug trafficking), "arms, drug and human
trafficking", "exchange operational information" (exchange information, a verb form of
information sharing), "will donate 20 armoured personnel carriers" (equipment). The labels are
the lexicon's, so extending the scheme extends these too.
"""

from __future__ import annotations

import re

from ._lexicon import Lexicon
from ._text import Sentence

__all__ = ["gapped_concepts", "implied_concepts"]

#: "drug and timber smuggling", "arms, drug and human trafficking": each word with the noun
_AND = re.compile(r"\s+and\s+")
_NEXT = re.compile(r"([a-z]+)\s+([a-z]+)\b")
_LIST_BEFORE = re.compile(r"\b[a-z]+(?:,\s+[a-z]+)*$")
#: "exchange operational information", "share timely intelligence": a word between
_SHARED = re.compile(
    r"\b(?:share|shared|sharing|exchange|exchanged|exchanging)\s+(?:(?!of\b|the\b)[a-z]+\s+){1,2}"
    r"(?P<noun>information|intelligence|data)\b"
)


#: a side to give the other's forces things they use: "will donate 20 armoured personnel
#: carriers", "agreed to provide vehicles, radios and kits", "to gift a fast interceptor craft"
#: (equipment; what one side thanked the other for having given is history, not the talks')
_GIVE = re.compile(
    r"\b(?:to|will|would|shall)\s+(?:also\s+|further\s+)?"
    r"(?:donate|gift|provide|supply|deliver|hand\s+over|install|transfer|give)\b"
    r"(?:\s+(?!(?:to|for|and|by|on|in|with)\b)[\w-]+){0,5}?\s+"
    r"(?:vehicles|boats|craft|aircraft|drones|radars?|vessels|carriers|corvettes?|frigates?|"
    r"radios|helicopters|scanners|kits|ships)\b",
    re.I,
)
_GIVE_WORDS = frozenset(
    ["donate", "gift", "provide", "supply", "deliver", "hand", "install", "transfer", "give"]
)


#: one side's forces trained by the other's, or courses offered: "to train Lao police officers",
#: "Swedish instructors would train Ukrainian pilots", "to exchange officers for courses"
#: (training; the singular "course" is left out: "in the course of", "of course")
_TRAIN = re.compile(
    r"\btrain(?:s|ed|ing)?\b(?:\s+(?!(?:and|by|on|with)\b)[\w-]+){0,4}?\s+"
    r"(?:officers|soldiers|pilots|servicemen|personnel|police|policemen|troops|battalions|"
    r"divers|cadets|technicians|staff|recruits|forces|specialists|engineers|crews|guards|"
    r"units)\b|\bcourses\b",
    re.I,
)


_TRAIN_WORDS = frozenset(["train", "trains", "trained", "training", "courses"])

_HEAD_NOUNS: dict[int, frozenset[str]] = {}


def _head_nouns(lexicon: Lexicon) -> frozenset[str]:
    """The last words of the two-word labels ("smuggling", "trafficking"), once a lexicon."""
    key = id(lexicon.concept_labels)
    if key not in _HEAD_NOUNS:
        _HEAD_NOUNS[key] = frozenset(
            k.split()[-1] for k in lexicon.concept_labels if len(k.split()) == 2
        )
    return _HEAD_NOUNS[key]


def implied_concepts(s: Sentence, lexicon: Lexicon) -> list[str]:
    """Concepts a label names only in a coordinated or modified phrase."""
    out: list[str] = []
    text = s.text
    nouns = _head_nouns(lexicon)
    if "and" in s.words and not s.words.isdisjoint(nouns):
        for m in _AND.finditer(text):  # (a scan for " and " first: the genre's sentences
            after = _NEXT.match(text, m.end())  # hold few, and a pattern at every position
            if after is None or after.group(2) not in nouns:  # cost a fifth of an article)
                continue
            noun = after.group(2)
            before = _LIST_BEFORE.search(text, max(0, m.start() - 60), m.start())
            words = re.findall(r"[a-z]+", before.group()) if before else []
            for w in words:
                cid = lexicon.concept_labels.get(f"{w} {noun}")
                if cid is not None:
                    out.append(cid)
    shared = not s.words.isdisjoint(("information", "intelligence", "data"))
    for m in _SHARED.finditer(text) if shared else ():
        cid = lexicon.concept_labels.get(f"share {m.group('noun')}")
        if cid is not None:
            out.append(cid)
    giving = "equipment" in lexicon.concepts and not s.words.isdisjoint(_GIVE_WORDS)
    if giving and _GIVE.search(text):
        out.append("equipment")
    training = "training" in lexicon.concepts and not s.words.isdisjoint(_TRAIN_WORDS)
    if training and _TRAIN.search(text):
        out.append("training")
    return out


#: words that end a modifier run: "joint border patrols" has a gap, "joint and border" none
_NOT_GAP = r"(?!(?:and|or|of|the|to|in|on|with|for|by|at|from|their|its|his|her|a|an|as)\b)"
_GAPPED: dict[
    int, tuple[dict[tuple[str, str], str], re.Pattern[str], frozenset[str], frozenset[str]]
] = {}


def _gapped(
    lexicon: Lexicon,
) -> tuple[dict[tuple[str, str], str], re.Pattern[str], frozenset[str], frozenset[str]]:
    """Two-word labels by their words, and one pattern for them with one or two words
    between (once a lexicon)."""
    key = id(lexicon.concept_labels)
    if key not in _GAPPED:
        pairs: dict[tuple[str, str], str] = {}
        for label, cid in lexicon.concept_labels.items():
            words = label.split()
            if len(words) == 2 and label.islower() and all(w.isalpha() for w in words):
                pairs.setdefault((words[0], words[1]), cid)
        firsts = "|".join(sorted({a for a, _ in pairs}, key=len, reverse=True))
        lasts = "|".join(sorted({b for _, b in pairs}, key=len, reverse=True))
        pattern = re.compile(
            rf"\b(?P<a>{firsts})\s+(?:{_NOT_GAP}[a-z][\w-]*\s+){{1,2}}(?P<b>{lasts})\b", re.I
        )
        _GAPPED[key] = (
            pairs,
            pattern,
            frozenset(a for a, _ in pairs),
            frozenset(b for _, b in pairs),
        )
    return _GAPPED[key]


def gapped_concepts(s: Sentence, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Two-word labels with a modifier between their words: "joint border patrols" (joint
    patrols), "defence industry cooperation" (defence cooperation), "joint naval exercises":
    (start, end, concept id)."""
    pairs, pattern, firsts, lasts = _gapped(lexicon)
    if s.words.isdisjoint(firsts) or s.words.isdisjoint(lasts):
        return []  # (the pattern's alternation is slow to try on every sentence)
    out = []
    for m in pattern.finditer(s.text):
        cid = pairs.get((m.group("a").casefold(), m.group("b").casefold()))
        if cid is not None:
            out.append((m.start(), m.end(), cid))
    return out
