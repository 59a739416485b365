"""A title used alone refers back to the one person who holds it: "Director General A, ...,
visited X. ... the Director General co-chaired the meeting with Rear Admiral B, Director
General of X's Coast Guard." makes A a principal, and, when B is the other side's head and A's
side was only inferred, A the other side's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._names import Person
from ._text import Sentence

__all__ = ["title_leads"]

#: "the Director General co-chaired", "The Chief of Naval Staff led": a title as the subject
#: of a verb of leading
_TITLE_LEADS = re.compile(
    r"\b[Tt]he\s+(?P<title>[A-Z][\w-]*(?:\s+(?:(?:of|for|the)\s+){0,2}[A-Z][\w-]*){0,5})"
    r"\s+(?:co-chaired|co-chairs|chaired|led|headed)\b"
)
_LEAD_WORDS = frozenset(["co-chaired", "co-chairs", "co", "chaired", "led", "headed"])
#: a side the text does not give, only a rule's guess
_INFERRED = ("side inferred", "side not given")


def _norm(title: str) -> str:
    return re.sub(r"[\s-]+", " ", title.lower()).strip()


def _holder(title: str, people: list[Person], s: Sentence) -> Person | None:
    """The one person named before ``s`` (and not in it) whose title is ``title``."""
    holders = {
        p.name: p
        for p in people
        if p.title and _norm(p.title) == _norm(title) and -1 < p.sentence < s.index
    }
    if len(holders) != 1:
        return None
    (p,) = holders.values()
    return None if p.name in s.text else p


def title_leads(
    sentences: list[Sentence], people: list[Person], parties: list[str]
) -> list[Person]:
    """``people`` with the holder of a title used alone as the subject of "co-chaired",
    "chaired", "led" or "headed" marked as a leader (see the module's docstring)."""
    out = list(people)
    for s in sentences:
        if s.heading or not s.words & _LEAD_WORDS:
            continue
        for m in _TITLE_LEADS.finditer(s.text):
            holder = _holder(m.group("title"), out, s)
            if holder is None:
                continue
            # "... with B": B, a head of this sentence, is the other side's
            rest = s.text[m.end() :]
            others = {
                q.country
                for q in out
                if q.leader
                and q.sentence == s.index
                and q.country in parties
                and re.search(rf"\bwith\b.*{re.escape(q.name)}", rest)
            }
            country = holder.country
            unsure = holder.country is None or (holder.review or "").startswith(_INFERRED)
            if len(parties) == 2 and len(others) == 1 and unsure and country in others | {None}:
                country = next(c for c in parties if c not in others)
            elif country in others:
                continue  # (both heads on one side: the title is not this person's)
            review = holder.review if country == holder.country else "side: the other co-chair's"
            out = [
                replace(p, leader=True, country=country, review=review) if p is holder else p
                for p in out
            ]
    return out
