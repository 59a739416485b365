"""Text -> draft facts: read an article and propose its fact file for a person to review.

No RDF inside: a draft is plain dataclasses (:class:`Draft`), written as a fact file by
:func:`write_draft`; :func:`evaluate` compares drafts with hand-checked gold fact files.
Rules and lexicons made from the reference data and the SKOS schemes (:func:`read_lexicon`),
no statistical model and nothing downloaded at run time::

    import secgraph as sg
    lexicon = sg.read_lexicon("data/reference", "ontology")
    draft = sg.extract(text, lexicon, published=datetime.date(2024, 3, 7))
    sg.write_draft(draft, "data/articles/my-article.yaml", with_text=True)
"""

from __future__ import annotations

import sys
import types
from typing import Any

from ._eval import Evaluation, FieldScore, FileResult, evaluate
from ._extract import extract
from ._lexicon import Lexicon, build_lexicon, read_lexicon
from ._meeting import slug
from ._model import (
    Draft,
    DraftCommitment,
    DraftDelegation,
    DraftDialogue,
    DraftMeeting,
    DraftOfficial,
    DraftOrganisation,
    DraftPlace,
    DraftPost,
)
from ._text import MAX_BYTES, read_text
from ._write import to_yaml, write_draft

__all__ = [
    "MAX_BYTES",
    "Draft",
    "DraftCommitment",
    "DraftDelegation",
    "DraftDialogue",
    "DraftMeeting",
    "DraftOfficial",
    "DraftOrganisation",
    "DraftPlace",
    "DraftPost",
    "Evaluation",
    "FieldScore",
    "FileResult",
    "Lexicon",
    "build_lexicon",
    "evaluate",
    "extract",
    "read_lexicon",
    "read_text",
    "slug",
    "to_yaml",
    "write_draft",
]


class _CallableModule(types.ModuleType):
    """``secgraph.extract`` is both this package and the function: importing the package
    makes Python set ``secgraph.extract`` to it, so calling it calls :func:`extract`."""

    def __call__(self, *args: Any, **kwargs: Any) -> Draft:
        return extract(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
