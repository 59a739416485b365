"""``secgraph list KIND``: the names a command accepts, from the built graph."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rdflib import Literal, URIRef

from secgraph.vocab import PREFIXES

from ._common import BUILD_DIR_OPTION, STORE_OPTION, cli, handle_errors, open_store
from ._deadline import run_within
from ._projection import FORMAT_OPTION, _emit
from ._query import TIMEOUT_OPTION, query_timeout

if TYPE_CHECKING:
    import secgraph as sg

__all__ = ["LISTS", "list_command"]

_HEAD = f"""PREFIX sg: <https://w3id.org/secgraph/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <{PREFIXES["schema"]}>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""


def _concepts(cls: str, link: str) -> str:
    return f"""SELECT ?id ?label (GROUP_CONCAT(DISTINCT STR(?alt); separator="; ") AS ?also)
  (COUNT(DISTINCT ?m) AS ?meetings)
WHERE {{
  ?id a sg:{cls} .
  OPTIONAL {{ ?id skos:prefLabel ?label }}
  OPTIONAL {{ ?id skos:altLabel ?alt }}
  OPTIONAL {{ ?m sg:{link} ?id }}
}} GROUP BY ?id ?label ORDER BY ?id"""


#: kind -> (SPARQL over the store, its columns, what the list is for)
LISTS: dict[str, tuple[str, list[str], str]] = {
    "areas": (
        _concepts("CooperationArea", "addressedArea"),
        ["id", "label", "also", "meetings"],
        "cooperation areas (fact files' areas:, or -p area=...)",
    ),
    "threats": (
        _concepts("Threat", "addressedThreat"),
        ["id", "label", "also", "meetings"],
        "threats (fact files' threats:, or -p threat=...)",
    ),
    "countries": (
        """SELECT ?id ?label ?iso2 (COUNT(DISTINCT ?m) AS ?meetings) WHERE {
  ?id a sg:Country ; rdfs:label ?label .
  OPTIONAL { ?id sg:isoAlpha2 ?iso2 }
  OPTIONAL { ?d sg:represents ?id ; sg:atMeeting ?m }
} GROUP BY ?id ?label ?iso2 ORDER BY ?id""",
        ["id", "label", "iso2", "meetings"],
        "countries (ISO alpha-3 or alpha-2 code, or the name)",
    ),
    "officials": (
        """SELECT ?id ?label ?country (GROUP_CONCAT(DISTINCT STR(?title); separator="; ") AS ?posts)
  (COUNT(DISTINCT ?m) AS ?meetings)
WHERE {
  ?id a sg:Official ; foaf:name ?label .
  OPTIONAL { ?id sg:country ?country }
  OPTIONAL { ?id org:holds ?post . ?post rdfs:label ?title }
  OPTIONAL { { ?d sg:leader ?id } UNION { ?d sg:member ?id } ?d sg:atMeeting ?m }
} GROUP BY ?id ?label ?country ORDER BY ?id""",
        ["id", "label", "country", "posts", "meetings"],
        "officials (fact files' leader: and members:, or -p fact=official:...)",
    ),
    "places": (
        """SELECT ?id ?label ?country (COUNT(DISTINCT ?m) AS ?meetings) WHERE {
  ?id sg:inCountry ?country ; rdfs:label ?label .
  OPTIONAL { ?m schema:location ?id }
} GROUP BY ?id ?label ?country ORDER BY ?id""",
        ["id", "label", "country", "meetings"],
        "places (fact files' place:)",
    ),
    "dialogues": (
        """SELECT ?id ?label (GROUP_CONCAT(DISTINCT STR(?party); separator="; ") AS ?parties)
  (COUNT(DISTINCT ?m) AS ?meetings)
WHERE {
  ?id a sg:Dialogue ; rdfs:label ?label .
  OPTIONAL { ?id sg:dialogueParty ?party }
  OPTIONAL { ?m sg:partOfDialogue ?id }
} GROUP BY ?id ?label ORDER BY ?id""",
        ["id", "label", "parties", "meetings"],
        "standing dialogues (fact files' dialogue:, or -p dialogue=...)",
    ),
    "articles": (
        """SELECT ?id ?label ?published (COUNT(DISTINCT ?m) AS ?meetings) WHERE {
  ?a a sg:Article ; dcterms:identifier ?id .
  OPTIONAL { ?a dcterms:title ?label }
  OPTIONAL { ?a dcterms:issued ?published }
  OPTIONAL { ?m prov:wasDerivedFrom ?a ; a sg:Meeting }
} GROUP BY ?id ?label ?published ORDER BY ?id""",
        ["id", "label", "published", "meetings"],
        "articles (their fact files' names, or -p article=...)",
    ),
}
_PROJECTIONS = {
    "countries": "countries that met (edge weight: meetings)",
    "officials": "officials who faced each other across a table",
    "country-official": "countries and officials: represents, counterparts",
    "organisations": "officials, organisations and countries",
}
KINDS = (*LISTS, "projections")
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def _short(term: Any) -> Any:
    """A CURIE for an IRI (country:PAK), a number for a number, text otherwise."""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, ns in _BY_LENGTH:
            if text.startswith(ns) and len(text) > len(ns):
                return f"{prefix}:{text[len(ns) :]}"
        return text
    if isinstance(term, Literal):
        value = term.toPython()
        return value if isinstance(value, int) else str(term)
    return term


def _parties(text: Any) -> Any:
    if not isinstance(text, str):
        return text
    return "; ".join(str(_short(URIRef(p))) for p in text.split("; ") if p)


@cli.command("list")
@click.argument("kind", type=click.Choice(KINDS), metavar=f"{{{'|'.join(KINDS)}}}")
@FORMAT_OPTION
@TIMEOUT_OPTION
@BUILD_DIR_OPTION
@STORE_OPTION
@handle_errors
def list_command(
    kind: str, fmt: str, timeout: float | None, build_dir: Path | None, store_spec: sg.StoreSpec
) -> None:
    """List the names a command or a fact file accepts, from the built graph.

    \b
    areas, threats       SKOS concepts: id, preferred and alternative labels
    countries            ISO codes and names (every ISO 3166 country)
    officials, places,   the reference data and the articles' own entries
    dialogues
    articles             the articles' ids (fact file names), titles and dates
    projections          the networks of analyze, viz and export

    Each row counts the meetings it appears in, so a name with 0 has none yet.
    """
    if kind == "projections":
        rows = [{"id": name, "what": what} for name, what in _PROJECTIONS.items()]
        _emit(rows, ["id", "what"], fmt)
        return
    sparql, columns, _ = LISTS[kind]
    seconds = query_timeout(timeout)
    store = open_store(store_spec, build_dir)
    try:
        result = run_within(lambda: store.query(_HEAD + sparql), seconds=seconds)
    finally:
        store.close()
    rows = []
    for row in result.rows:
        values = dict(zip(result.variables, (_short(t) for t in row), strict=True))
        if "parties" in values:
            values["parties"] = _parties(values["parties"])
        rows.append(values)
    _emit(rows, columns, fmt, note=None if fmt != "table" else f"{len(rows)} {kind}")
