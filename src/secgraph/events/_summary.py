"""The dyad summary of an event file: per pair of countries and month, the events per
QuadClass (with the sum and count of their scores, for the mean) and per event code,
written at import into the file's own graph beside its events.

Why: the dyad series read from the raw events took 7.9 s for one pair at 100,000 events
(every event of the pair joined with its date, QuadClass and score); read from the summary
it is a lookup of a few hundred nodes, whatever the number of events (see
``benchmarks/events.py``).

Why it stays right:

- an event counts in the summary of the one file whose graph holds it (the read dedupes
  across files in name order, :func:`~._read.read_events`), so summing the summaries of
  every file counts each event once, as ``COUNT(DISTINCT ?event)`` over the raw events does;
- the summary is minted in the same TriG/N-Quads stream as the events of its file
  (:func:`~._mint.mint_trig`), so it is loaded, staged, moved into place and dropped with
  them: an incremental build changes it in the same commit as the events;
- an event counts once for each unordered pair ``{a, b}`` with ``a`` among its source
  countries and ``b`` among its target countries (``a == b`` too: a domestic event), which is
  what the raw query "source A and target B, or source B and target A" selects.

The model (``ontology/secgraph.ttl``, shapes in ``ontology/shapes.ttl``): an ``sg:Dyad``
(``id/dyad/PAK-USA``) with ``sg:firstCountry`` and ``sg:secondCountry`` (the pair in ISO code
order); an ``sg:DyadQuadCount`` and an ``sg:DyadCodeCount`` (both ``qb:Observation``) with
``sg:dyad`` (the key a series looks its counts up by: one index range), ``sg:month``
(``YYYY-MM``), ``sg:eventCount``; the first with ``sg:dyadQuadClass``, ``sg:scoreSum`` and
``sg:scoreCount`` (Goldstein score, or ICEWS intensity where an event has none), the second
with ``sg:eventCode`` (the CAMEO code or PLOVER type concept).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import quote

from ..vocab import BASE
from ._model import EventRecord

__all__ = ["DyadSummary", "dyad_iri", "summary_iri_prefix"]

_ID = BASE + "id/"
_SG = "https://w3id.org/secgraph/ontology#"
_COUNTRY = _ID + "country/"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_INT = f"^^<{_XSD}integer>"
_DEC = f"^^<{_XSD}decimal>"
_CONCEPT = {"cameo": BASE + "cameo/", "plover": BASE + "plover/"}


def _sg(name: str) -> str:
    return f"<{_SG}{name}>"


_QUAD_CLASS, _CODE_CLASS, _PAIR_CLASS = _sg("DyadQuadCount"), _sg("DyadCodeCount"), _sg("Dyad")
_FIRST, _SECOND, _MONTH = _sg("firstCountry"), _sg("secondCountry"), _sg("month")
_COUNT, _QUAD, _DYAD = _sg("eventCount"), _sg("dyadQuadClass"), _sg("dyad")
_SUM, _SCORED, _CODE = _sg("scoreSum"), _sg("scoreCount"), _sg("eventCode")


def dyad_iri(first: str, second: str) -> str:
    """The IRI of a pair of countries (ISO codes in order), ``id/dyad/PAK-USA``: the one key
    a dyad series looks its counts up by (``sg:dyad``; two keys, first and second country,
    cost a join of every count of each country: 0.14 s at 100,000 events)."""
    return f"{_ID}dyad/{first}-{second}"


def summary_iri_prefix(name: str) -> str:
    """Where the summary nodes of the event file ``name`` start (``id/dyad/<file>/``)."""
    return f"{_ID}dyad/{quote(name.rsplit('/', 1)[-1], safe='-._~')}/"


@dataclass
class _QuadCell:
    events: int = 0
    scored: int = 0
    total: Decimal = field(default_factory=Decimal)


@dataclass
class DyadSummary:
    """Counts of the events of one file, per (pair, month, QuadClass) and per (pair, month,
    code); :meth:`add` each event the file's graph holds, then :meth:`statements`."""

    name: str
    quads: dict[tuple[str, str, str, int], _QuadCell] = field(default_factory=dict)
    codes: dict[tuple[str, str, str, str, str], int] = field(default_factory=dict)

    def add(self, event: EventRecord) -> None:
        """Count ``event`` once for each pair of its source and target countries."""
        if not event.sources or not event.targets:
            return
        sources = {a.country for a in event.sources if a.country}
        targets = {a.country for a in event.targets if a.country}
        if not sources or not targets:
            return
        pairs = {(a, b) if a <= b else (b, a) for a in sources for b in targets}
        month = event.date[:7]
        score = event.goldstein if event.goldstein is not None else event.intensity
        value = Decimal(score) if score is not None else None
        codes = []
        if event.cameo is not None:
            codes.append(("cameo", event.cameo))
        if event.plover is not None:
            codes.append(("plover", event.plover))
        for a, b in pairs:
            key = (a, b, month, event.quad)
            cell = self.quads.get(key)
            if cell is None:
                cell = self.quads[key] = _QuadCell()
            cell.events += 1
            if value is not None:
                cell.scored += 1
                cell.total += value
            for scheme, code in codes:
                ckey = (a, b, month, scheme, code)
                self.codes[ckey] = self.codes.get(ckey, 0) + 1

    def statements(self) -> Iterator[str]:
        """The summary as N-Triples text, one node's statements at a time (sorted; a
        generator: at 1,000,000 events the summary has about 530,000 nodes, whose text
        held at once took 500 MB)."""
        base = summary_iri_prefix(self.name)
        for a, b in sorted({(a, b) for a, b, _m, _q in self.quads}):
            d = f"<{_ID}dyad/{a}-{b}>"
            yield (
                f"{d} {_TYPE} {_PAIR_CLASS} .\n"
                f"{d} {_FIRST} <{_COUNTRY}{a}> .\n{d} {_SECOND} <{_COUNTRY}{b}> .\n"
            )
        for (a, b, month, quad), cell in sorted(self.quads.items()):
            s = f"<{base}{a}-{b}/{month}/quad/{quad}>"
            yield (
                f"{s} {_TYPE} {_QUAD_CLASS} .\n{s} {_DYAD} <{_ID}dyad/{a}-{b}> .\n"
                f'{s} {_MONTH} "{month}" .\n{s} {_QUAD} "{quad}"{_INT} .\n'
                f'{s} {_COUNT} "{cell.events}"{_INT} .\n'
                f'{s} {_SCORED} "{cell.scored}"{_INT} .\n'
                f'{s} {_SUM} "{_decimal(cell.total)}"{_DEC} .\n'
            )
        for (a, b, month, scheme, code), n in sorted(self.codes.items()):
            s = f"<{base}{a}-{b}/{month}/code/{scheme}/{quote(code, safe='-._~')}>"
            yield (
                f"{s} {_TYPE} {_CODE_CLASS} .\n{s} {_DYAD} <{_ID}dyad/{a}-{b}> .\n"
                f'{s} {_MONTH} "{month}" .\n{s} {_CODE} <{_CONCEPT[scheme]}{code}> .\n'
                f'{s} {_COUNT} "{n}"{_INT} .\n'
            )


def _decimal(value: Decimal) -> str:
    """The canonical xsd:decimal lexical form (no exponent, no trailing zeros: what Oxigraph
    stores, so that emitted N-Quads and the loaded store hold the same literal).

    >>> _decimal(Decimal("1.5") + Decimal("-1.5")), _decimal(Decimal("1E+1"))
    ('0', '10')
    >>> _decimal(Decimal("-6.60")), _decimal(Decimal("4.0"))
    ('-6.6', '4')
    """
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
