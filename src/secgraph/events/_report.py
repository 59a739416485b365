"""The report page's event-data section: event files, the busiest dyads, and the yearly
series of the busiest one beside its meetings (plain HTML tables; empty when no events)."""

from __future__ import annotations

import html

from ..store import Store
from ._dyad import dyad_series
from ._network import country_labels, pair_event_counts

__all__ = ["event_section"]

_FILES = """PREFIX sg: <https://w3id.org/secgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?file ?dataset (COUNT(?event) AS ?events) WHERE {
  ?f a sg:EventFile ; sg:sourceFile ?file ; dcterms:source ?dataset .
  ?event <http://www.w3.org/ns/prov#wasDerivedFrom> ?f .
} GROUP BY ?file ?dataset ORDER BY ?file"""


def _table(head: list[str], rows: list[list[str]]) -> str:
    cells = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    heads = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    return f"<table><thead><tr>{heads}</tr></thead><tbody>{cells}</tbody></table>"


def event_section(store: Store, *, pairs: int = 5) -> str | None:
    """The section's HTML, or None when the store holds no coded events."""
    files = [[str(f), str(d), str(n)] for f, d, n in store.query(_FILES).rows]
    if not files:
        return None
    counts = pair_event_counts(store)
    labels = country_labels(store)
    ranked = sorted(counts.items(), key=lambda kv: (-(kv[1][0] + kv[1][1]), kv[0]))[:pairs]

    def name(iri: str) -> str:
        return labels.get(iri, iri.rsplit("/", 1)[-1])

    dyads = [
        [f"{name(a)} - {name(b)}", str(coop + conf), str(coop), str(conf)]
        for (a, b), (coop, conf) in ranked
    ]
    parts = [
        "<p>Machine-coded events (GDELT, ICEWS, PLOVER) from the event files, beside the "
        "curated meetings; see <code>secgraph analyze dyad</code> for a pair's series.</p>",
        _table(["event file", "data set", "events"], files),
        "<h3>Busiest dyads</h3>",
        _table(["pair", "events", "cooperation", "conflict"], dyads),
    ]
    if ranked:
        (a, b), _ = ranked[0]
        series = dyad_series(store, a.rsplit("/", 1)[-1], b.rsplit("/", 1)[-1], by="year")
        rows = [
            [
                p.period,
                str(p.events),
                str(p.cooperation),
                str(p.conflict),
                "" if p.mean_goldstein is None else f"{p.mean_goldstein:.2f}",
                ", ".join(f"{c.code} ({c.events})" for c in p.top_codes),
                ", ".join(m.date for m in p.meetings),
            ]
            for p in series.periods
        ]
        parts += [
            f"<h3>{html.escape(name(a))} - {html.escape(name(b))} per year</h3>",
            _table(
                [
                    "year",
                    "events",
                    "cooperation",
                    "conflict",
                    "mean Goldstein",
                    "top codes",
                    "meetings",
                ],
                rows,
            ),
        ]
    return "\n".join(parts)
