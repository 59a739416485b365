"""The dataclasses a fact file is read into: reference entities, articles and their facts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

__all__ = [
    "ArticleFacts",
    "Commitment",
    "Corpus",
    "Country",
    "Delegation",
    "Dialogue",
    "Evidence",
    "Meeting",
    "Official",
    "Organisation",
    "Place",
    "Post",
    "Reference",
]


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Post:
    id: str
    title: str
    organisation: str
    line: int | None = None


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    country: str
    type: str = "organisation"
    parent: str | None = None
    acronym: str | None = None
    posts: tuple[Post, ...] = ()
    sources: tuple[str, ...] = ()
    path: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class Official:
    id: str
    name: str
    country: str | None
    posts: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    path: str | None = None
    line: int | None = None
    #: a rank or style the article writes before the name ("Colonel General", "Ambassador"),
    #: kept apart from the name and the post
    honorific: str | None = None


@dataclass(frozen=True)
class Dialogue:
    id: str
    name: str
    parties: tuple[str, ...]
    sources: tuple[str, ...] = ()
    path: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    country: str
    type: str = "city"
    wikidata: str | None = None
    path: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class Evidence:
    """A quote from the article; ``start``/``end`` are character offsets when the text is known."""

    quote: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Delegation:
    country: str
    leader: str | None
    members: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    line: int | None = None


@dataclass(frozen=True)
class Meeting:
    id: str
    delegations: tuple[Delegation, ...]
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
    cameo: str | None = None
    plover: str | None = None
    summary: str | None = None
    evidence: tuple[Evidence, ...] = ()
    line: int | None = None
    #: A name a person reads: "Pakistan-United States talks, Islamabad, 2024-05-12" (host
    #: first, the other countries by name; place and date when known).
    title: str | None = None


@dataclass(frozen=True)
class Commitment:
    id: str
    meeting: str | None
    parties: tuple[str, ...]
    description: str
    areas: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    line: int | None = None


@dataclass(frozen=True)
class ArticleFacts:
    """One article and the facts it states."""

    id: str
    path: str
    title: str
    sha256: str
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    text_path: str | None = None
    meetings: tuple[Meeting, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    officials: tuple[Official, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    dialogues: tuple[Dialogue, ...] = ()
    places: tuple[Place, ...] = ()


@dataclass(frozen=True)
class Reference:
    """Reference data shared by all articles, keyed by id (countries by ISO alpha-3)."""

    countries: Mapping[str, Country]
    organisations: Mapping[str, Organisation] = field(default_factory=dict)
    officials: Mapping[str, Official] = field(default_factory=dict)
    dialogues: Mapping[str, Dialogue] = field(default_factory=dict)
    places: Mapping[str, Place] = field(default_factory=dict)
    sha256: str = ""

    @cached_property
    def posts(self) -> dict[str, Post]:
        return {p.id: p for o in self.organisations.values() for p in o.posts}

    def country_code(self, text: str) -> str | None:
        """ISO alpha-3 for an alpha-3, alpha-2, name or alias (case-insensitive), else None."""
        return _country_index(self).get(text.strip().casefold())


@dataclass(frozen=True)
class Corpus:
    """Everything read from a data directory."""

    data_dir: str
    reference: Reference
    articles: tuple[ArticleFacts, ...]


_COUNTRY_INDEX: dict[int, dict[str, str]] = {}


def _country_index(ref: Reference) -> dict[str, str]:
    key = id(ref.countries)
    index = _COUNTRY_INDEX.get(key)
    if index is None:
        index = {}
        for c in ref.countries.values():
            for text in (c.name, *c.aliases, c.iso2, c.iso3):
                index.setdefault(text.casefold(), c.iso3)
        _COUNTRY_INDEX[key] = index
    return index
