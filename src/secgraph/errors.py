"""The secgraph exception tree (a leaf module: imports nothing from secgraph).

``InputError`` formats as ``path:line: what is wrong; how to fix it``, the one-line message
the CLI prints before exiting with status 2. Every error pickles and unpickles to an equal
one, so an error raised in a worker process (a bad fact file read by a build's pool) reaches
the parent whole, instead of breaking the pool (``BrokenProcessPool``).
"""

from __future__ import annotations

__all__ = [
    "FactError",
    "InputError",
    "OntologyError",
    "QueryError",
    "SecgraphError",
    "StoreError",
    "UnknownEntityError",
]


class SecgraphError(Exception):
    """Base of every error secgraph raises on purpose."""


class InputError(SecgraphError):
    """Bad input: a file, an option or a value that secgraph cannot use.

    >>> str(InputError("data/a.yaml", "unknown country 'PAKI' (use an ISO 3166 code)", line=14))
    "data/a.yaml:14: unknown country 'PAKI' (use an ISO 3166 code)"
    >>> str(InputError(None, "no such query 'x'"))
    "no such query 'x'"
    """

    def __init__(self, path: str | None, message: str, line: int | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.message = message
        self.line = line
        super().__init__(self.__str__())

    def __reduce__(self) -> tuple[type[InputError], tuple[str | None, str, int | None]]:
        # Exceptions pickle as ``cls(*self.args)``: the one formatted string would not fit
        # ``__init__`` (path, message, line), and the worker pool would die unpickling it.
        return (type(self), (self.path, self.message, self.line))

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


class FactError(InputError):
    """A fact file (or reference data file) that cannot be read or does not make sense."""


class OntologyError(InputError):
    """An ontology, SKOS scheme or shapes file that does not parse."""


class QueryError(InputError):
    """A saved or inline SPARQL query that cannot be read, bound or run."""


class UnknownEntityError(InputError):
    """A name, code or id that refers to nothing in the graph."""


class StoreError(SecgraphError):
    """A store that cannot be opened, read or written (disk, remote endpoint)."""
