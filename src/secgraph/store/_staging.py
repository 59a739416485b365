"""Which staging a build into a server uses when the spec says ``stage=auto`` (the default).

A change carried in the swap request itself (``stage=load``'s ``INSERT DATA``) is the best a
server offers: nothing staged is ever in the dataset, so not even ``?s ?p ?o`` sees a part
of it. But each engine takes only so much in one request, and past that ``stage=post``
(uploads, then the one-operation swap) is what finishes. ``auto`` carries the change when
it fits the limits measured for the engine that answers (its HTTP ``Server`` header), and
posts it otherwise; the build says which, and why, in one line (:attr:`Choice.note`).

The limits, measured (``benchmarks/results/carry-limits.md`` and
``benchmarks/results/servers-100000.md``):

- **Oxigraph** runs a request as one transaction and refuses bodies over 128 MB; a carried
  change up to 90 MB of N-Triples (about 600,000 triples) goes in one ``INSERT DATA``
  (10,000 articles, 481,031 triples: a full build in 121 s). Beyond, ``stage=load`` would
  ``LOAD`` batches inside the swap at about 1,500 triples a second (a full build of 100,000
  articles would take hours); ``stage=post`` finished it in 33 min.
- **Virtuoso 7.2** takes a carried request as one unit (readers never saw part of one; a
  request it cannot compile is refused whole, measured), but compiles it to SQL text of
  bounded size: an ``INSERT DATA`` of 100,000 triples (10.9 MB) is refused (``SR578 ...
  string concatenation is too large``; 90,000, 9.8 MB, passes), so is a request of 1,000
  ``DROP`` operations (``SP031 ... 10000 lines``; 500 pass), and, with a small
  ``TransactionAfterImageLimit``, a much shorter one (``SP031`` at 10,000 triples under a
  1 MB limit). The limits below stay under those; a carried swap Virtuoso still refuses
  whole at compile time is sent again by ``stage=post`` (:data:`REFUSED_WHOLE`).
- **Any other server** (Fuseki, GraphDB, ...): not measured, so nothing is known about how
  it runs a request of several operations; ``auto`` posts, whose swap is one operation.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "PROFILES",
    "REFUSED_WHOLE",
    "CarryLimits",
    "Choice",
    "Shape",
    "carry_limits",
    "choose",
    "worth_writing",
]


@dataclass(frozen=True)
class CarryLimits:
    """What one carried swap request may hold on an engine (``None``: no limit of that kind)."""

    #: the engine's name, as messages give it
    engine: str
    #: bytes of the swap request (its ``INSERT DATA`` about as long as the staged N-Triples)
    bytes: int
    #: graphs one carried swap deletes one ``DROP`` at a time (an incremental build's
    #: replaced and removed graphs; a full build deletes in one operation)
    drops: int | None = None


#: The measured engines, by the start of their ``Server`` header, lower case (tests replace
#: entries with small limits).
PROFILES: dict[str, CarryLimits] = {
    "oxigraph": CarryLimits("Oxigraph", bytes=90_000_000),
    "virtuoso": CarryLimits("Virtuoso", bytes=9_000_000, drops=400),
}

#: Virtuoso's errors for a request it could not compile, refused before anything ran
#: (measured: the graphs the request would have dropped were all still there).
REFUSED_WHOLE = ("SP030", "SP031", "SR578")


@dataclass
class Shape:
    """The size of one change, counted while its batches are written: its triples and
    graphs, the bytes of its staged N-Triples, the ``DROP`` operations a carried swap
    would need, and the bytes of that swap request once written (None: not written)."""

    triples: int = 0
    graphs: int = 0
    bytes: int = 0
    drops: int = 0
    request: int | None = None


@dataclass(frozen=True)
class Choice:
    """The staging a build used and why, as the one line the build prints."""

    stage: str
    why: str

    @property
    def note(self) -> str:
        """``staging: post (why)``."""
        return f"staging: {self.stage} ({self.why})"


def carry_limits(server: str | None) -> CarryLimits | None:
    """The limits of the engine whose ``Server`` header is ``server`` (None: not measured).

    >>> carry_limits("Virtuoso/07.20.3229 (Linux) x86_64-pc-linux-gnu").engine
    'Virtuoso'
    >>> carry_limits("Apache Jena Fuseki (4.9.0)") is None
    True
    """
    name = (server or "").strip().lower()
    for key, limits in PROFILES.items():
        if name.startswith(key):
            return limits
    return None


def worth_writing(limits: CarryLimits | None, shape: Shape, *, clear: bool) -> bool:
    """Whether the carried request may fit ``limits`` (it is written only then, and
    measured): the staged N-Triples are within half as much again as the request may be."""
    if limits is None or (not clear and limits.drops is not None and shape.drops > limits.drops):
        return False
    return shape.bytes <= limits.bytes * 3 // 2


def choose(limits: CarryLimits | None, shape: Shape, *, clear: bool, server: str | None) -> Choice:
    """``load`` (carried) when ``shape`` fits ``limits``, else ``post``, with the reason.

    >>> shape = Shape(triples=4_292_225, graphs=103_912, bytes=748_700_000)
    >>> print(choose(PROFILES["oxigraph"], shape, clear=True, server="Oxigraph/0.5").note)
    ... # doctest: +NORMALIZE_WHITESPACE
    staging: post (a change of 4,292,225 triples, 748.7 MB of N-Triples, is over the
    90 MB one carried swap takes on Oxigraph; set stage=load to force)
    """
    if shape.request is None:
        size = f"a change of {shape.triples:,} triples, {_mb(shape.bytes)} of N-Triples,"
    else:
        size = f"a change of {shape.triples:,} triples, a swap request of {_mb(shape.request)},"
    force = "; set stage=load to force"
    if limits is None:
        who = f"'{server.split('/')[0].strip()}'" if server else "that does not name itself"
        return Choice(
            "post",
            f"a server {who} is not one whose carried swap was measured (Oxigraph, "
            f"Virtuoso){force}",
        )
    if not clear and limits.drops is not None and shape.drops > limits.drops:
        return Choice(
            "post",
            f"the change deletes {shape.drops:,} graphs, over the {limits.drops:,} one carried "
            f"swap may on {limits.engine}{force}",
        )
    if (shape.bytes if shape.request is None else shape.request) > limits.bytes:
        return Choice(
            "post",
            f"{size} is over the {_mb(limits.bytes)} one carried swap takes on "
            f"{limits.engine}{force}",
        )
    return Choice(
        "load",
        f"{size} carried in the swap request, within the {_mb(limits.bytes)} it takes on "
        f"{limits.engine}; set stage=post to upload first",
    )


def _mb(size: int) -> str:
    """A size in bytes as megabytes (kilobytes under one), to one decimal, without ``.0``.

    >>> _mb(90_000_000), _mb(8_144_596), _mb(8_202), _mb(1_000)
    ('90 MB', '8.1 MB', '8.2 kB', '1 kB')
    """
    value, unit = (size / 1e6, "MB") if size >= 1_000_000 else (size / 1e3, "kB")
    return f"{value:.1f}".removesuffix(".0") + f" {unit}"
