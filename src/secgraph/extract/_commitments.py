"""What the sides committed to: "agreed to", "decided to", "pledged on Tuesday to", "will also
provide", "will host the next meeting".

The next round's venue is one, as the issue counts "will host the next meeting": "The next
meeting will be held in Accra", "the fifth session is scheduled to take place in Maputo" (the
sets written blind count it; the earliest sets' gold leaves it out). Not a commitment:
"reaffirmed their commitment to a rules-based order" (a stance), a signing dated in an
earlier year. A wire report's dateline is no part of the sentence it heads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._countries import Mention
from ._text import Sentence

__all__ = ["Commit", "find_commitments"]


_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COMMIT = re.compile(
    rf"\b(?:agreed (?:(?:on )?{_DAY} )?"
    r"(?:to|on|that|upon)|agree to|decided to|have decided|"
    r"will (?:also |further )?(?:provide|supply|deliver|donate|deploy|send|fund) |"
    r"(?<!remained )(?<!remains )(?<!remain )(?<!were )(?<!was )(?<!is )(?<!are )(?<!fully )"
    r"(?<!firmly )committed to|commit to|"
    rf"(?:pledged|vowed|resolved|decided) (?:(?:on )?{_DAY} )?to|"
    r"pledging to|agreeing to|undertook to|will host|would host|"
    r"paves? the way for|"
    r"will continue to|will meet(?! next)|"
    # the next round's venue, as the issue counts it ("will host the next meeting"): "The
    # next meeting will be held in Isiolo", "the fifth session ... will take place in Maputo"
    r"(?:will|would|is (?:scheduled|planned|expected) to|is to|shall)\s+(?:be\s+)?"
    r"(?:held|take place|hosted|convened?)(?=[^.]{0,80}\b(?:in|by|at)\s+[A-Z])|"
    r"(?:signed|announced|launched|adopted) (?:an? |the )?(?:[\w-]+\s+){0,4}?"
    r"(?:memorand(?:um|a)|agreements?|MoUs?|protocols?|plans?|roadmaps?|declarations?|"
    r"accords?|deals?|treat(?:y|ies)|partnerships?))\b",
    re.I,
)
#: "signed ... in 2018", "since 2022": an earlier signing
_DATED_PAST = re.compile(r"\b(?:in|since)\s+(?:19|20)\d\d\b")
#: "ASUNCION, Aug 14 (Reuters) - ": a dateline before a lede, no part of what was agreed
_LEDE = re.compile(r"^[A-Z][\w .'()/-]{1,60}?(?:,|\))[^.]{0,60}?\s(?:-|--|\u2013|\u2014)\s")
_COLLECTIVE = re.compile(
    r"\b(?:both|the two) (?:sides|countries|nations|parties|governments)\b|\bthey\b|\bthe sides\b",
    re.I,
)


#: "a spokesperson told reporters that ...": a remark, not what the meeting committed to
_REPORTED = re.compile(r"\bspokes(?:person|man|woman)\b|\btold reporters\b", re.I)
#: "said last month that ...": said before this meeting, not committed at it
_EARLIER = re.compile(
    r"\b(?:last (?:week|month|year)|earlier this (?:week|month|year)|previously)\b", re.I
)
#: what an earlier agreement bound a side to: "a 2023 security agreement under which Baghdad
#: pledged to", "Under the agreement signed in March 2023 by ..., Baghdad undertook to"
_EARLIER_DEAL = re.compile(
    r"\b(?:(?:19|20)\d\d\s+(?:[\w-]+\s+){0,3}?(?:agreement|accord|deal|memorandum|protocol|treaty)"
    r"\s+under which|(?:signed|concluded|reached)\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b)"
)
_COMMIT_WORDS = frozenset(
    [
        "meet",
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
        "scheduled",
        "planned",
        "expected",
        "shall",
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
        if _EARLIER_DEAL.search(before):
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
        lede = _LEDE.match(s.text)
        text = s.text[lede.end() :] if lede and _COMMIT.search(s.text, lede.end()) else s.text
        out.append(Commit(s.index, tuple(who), text, slug))
    return out
