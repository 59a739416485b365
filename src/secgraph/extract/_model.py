"""The draft's dataclasses: what :func:`extract` finds in one article, before a person reviews it.

A draft mirrors the fact format (``secgraph.facts``) but keeps what only a reviewer needs: the
sentence each fact came from, and why a line needs a look (``review``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = [
    "Draft",
    "DraftCommitment",
    "DraftDelegation",
    "DraftDialogue",
    "DraftMeeting",
    "DraftOfficial",
    "DraftOrganisation",
    "DraftPlace",
    "DraftPost",
]


@dataclass(frozen=True)
class DraftPost:
    id: str
    title: str


@dataclass(frozen=True)
class DraftOrganisation:
    """An organisation the draft defines (one ``data/reference/`` does not know)."""

    id: str
    name: str
    country: str
    type: str = "organisation"
    posts: tuple[DraftPost, ...] = ()
    review: str | None = None


@dataclass(frozen=True)
class DraftOfficial:
    """A person who took part; ``known`` when the id is one of ``data/reference/``'s."""

    id: str
    name: str
    country: str
    title: str | None = None
    post: str | None = None
    honorific: str | None = None
    known: bool = False
    review: str | None = None


@dataclass(frozen=True)
class DraftPlace:
    id: str
    name: str
    country: str
    known: bool = False


@dataclass(frozen=True)
class DraftDialogue:
    id: str
    name: str
    parties: tuple[str, ...]
    known: bool = False
    round: str | None = None


@dataclass(frozen=True)
class DraftDelegation:
    country: str
    leader: str | None = None
    members: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    review: str | None = None


@dataclass(frozen=True)
class DraftMeeting:
    id: str
    delegations: tuple[DraftDelegation, ...]
    date: dt.date | None = None
    end_date: dt.date | None = None
    place: str | None = None
    host: str | None = None
    dialogue: str | None = None
    #: the meeting's ordinal within its dialogue ("the 15th meeting of ..." -> 15)
    round: int | None = None
    areas: tuple[str, ...] = ()
    threats: tuple[str, ...] = ()
    discussed: tuple[str, ...] = ()
    summary: str | None = None
    evidence: tuple[str, ...] = ()
    #: (field, why) pairs: the lines of this meeting a person should check
    review: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class DraftCommitment:
    id: str
    meeting: str | None
    parties: tuple[str, ...]
    description: str
    areas: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Draft:
    """One article's proposed facts. ``lacks`` lists what the text did not give."""

    article_id: str
    title: str
    text: str
    published: dt.date | None = None
    language: str = "en"
    meetings: tuple[DraftMeeting, ...] = ()
    commitments: tuple[DraftCommitment, ...] = ()
    officials: tuple[DraftOfficial, ...] = ()
    organisations: tuple[DraftOrganisation, ...] = ()
    places: tuple[DraftPlace, ...] = ()
    dialogues: tuple[DraftDialogue, ...] = ()
    lacks: tuple[str, ...] = ()
