"""Read fact files into plain dataclasses. The fact-file format lives here and only here.

A data directory holds ``reference/`` (countries, organisations with their posts, officials,
dialogues, places: shared by every article) and ``articles/*.yaml`` (one file per source
article, its id the file name). Every error names the file and line and says how to fix it.
"""

from __future__ import annotations

from ._article import ARTICLE_KEYS as ARTICLE_KEYS
from ._article import article_paths, read_article, read_facts
from ._limits import file_sha256 as file_sha256
from ._limits import unreadable as unreadable
from ._model import (
    ArticleFacts,
    Commitment,
    Corpus,
    Country,
    Delegation,
    Dialogue,
    Evidence,
    Meeting,
    Official,
    Organisation,
    Place,
    Post,
    Reference,
)
from ._reference import ORG_TYPES as ORG_TYPES
from ._reference import PLACE_TYPES as PLACE_TYPES
from ._reference import REFERENCE_FILES as REFERENCE_FILES
from ._reference import read_reference

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
    "article_paths",
    "read_article",
    "read_facts",
    "read_reference",
]
