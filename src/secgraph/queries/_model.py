"""The saved-query dataclasses: :class:`SavedQuery` and its declared :class:`Param` s."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["INLINE", "PARAM_TYPES", "Param", "SavedQuery"]

PARAM_TYPES = ("iri", "country", "article", "date", "string", "integer")
INLINE = "<inline>"


@dataclass(frozen=True)
class Param:
    """One declared parameter. ``default`` is None when there is none; ``required`` says
    whether the caller must give a value (an optional one without default stays unbound)."""

    name: str
    type: str
    default: str | None
    description: str
    required: bool = False


@dataclass(frozen=True)
class SavedQuery:
    """A SPARQL query with its header. ``path`` is the file, or ``<inline>``."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: str

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)
