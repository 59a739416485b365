"""How much the graph holds: one SPARQL query counted into a :class:`Counts` dataclass."""

from __future__ import annotations

from dataclasses import dataclass

from secgraph.store import Store

__all__ = ["Counts", "read_counts"]

_COUNTS = """PREFIX sg: <https://w3id.org/secgraph/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?what (COUNT(DISTINCT ?s) AS ?n) WHERE {
  {
    VALUES (?class ?what) {
      (sg:Article "articles") (sg:Meeting "meetings") (sg:Delegation "delegations")
      (sg:Official "officials") (sg:Commitment "commitments") (sg:Dialogue "dialogues")
      (sg:Evidence "evidence") (sg:Ministry "organisations") (sg:Department "organisations")
      (sg:Bureau "organisations") (sg:Agency "organisations") (sg:Organisation "organisations")
    }
    ?s a ?class .
  } UNION {
    ?s a sg:Meeting ; schema:startDate ?date . BIND("dated" AS ?what)
  } UNION {
    ?d a sg:Delegation ; sg:represents ?s . BIND("countries" AS ?what)
  }
}
GROUP BY ?what"""


@dataclass(frozen=True)
class Counts:
    """How much the graph holds; ``countries`` are those with at least one delegation."""

    articles: int = 0
    meetings: int = 0
    dated: int = 0
    countries: int = 0
    officials: int = 0
    organisations: int = 0
    delegations: int = 0
    commitments: int = 0
    dialogues: int = 0
    evidence: int = 0


def read_counts(store: Store) -> Counts:
    """Count articles, meetings (and dated ones), countries that met, officials..."""
    result = store.query(_COUNTS)
    values = {str(row[0]): int(str(row[1])) for row in result.rows if row[0] and row[1]}
    return Counts(**{k: v for k, v in values.items() if k in Counts.__dataclass_fields__})
