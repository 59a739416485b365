"""Find a country in any :class:`~secgraph.store.Store` by IRI, ISO code or name.

One lookup for every caller (query parameters, network filters, ``secgraph analyze``), so a
country is accepted, and refused, with the same words everywhere.
"""

from __future__ import annotations

import difflib
import re

from rdflib import Literal, URIRef

from ..errors import UnknownEntityError
from ..vocab import RDFS, SG, SKOS
from ._protocol import Store

__all__ = ["closest_country", "resolve_country"]

_COUNTRY_LOOKUP = f"""
PREFIX sg: <{SG._NS}>
PREFIX rdfs: <{RDFS}>
PREFIX skos: <{SKOS}>
SELECT DISTINCT ?c WHERE {{
  ?c a sg:Country .
  {{ ?c sg:isoAlpha3 ?text }} UNION {{ ?c sg:isoAlpha2 ?text }}
  UNION {{ ?c rdfs:label ?text }} UNION {{ ?c skos:altLabel ?text }}
  FILTER(UCASE(STR(?text)) = ?upper)
}} ORDER BY ?c
"""
# The FILTER stays at the top of the WHERE group: a store that binds by VALUES sees it there.
_COUNTRY_IRI = f"""
PREFIX sg: <{SG._NS}>
SELECT ?c WHERE {{
  ?c a sg:Country .
  FILTER(?c = ?iri)
}}
"""
_IRI = re.compile(r'[^\s<>"{}|\\^`]+')
# an IRI is asked apart: one OR in the FILTER above made every lookup half as slow again


def resolve_country(store: Store, text: str, *, path: str | None = None) -> URIRef:
    """The IRI of the country ``text`` names: its IRI, ISO alpha-3 or alpha-2 code or an
    English name or alias, in any case and spacing.

    Raises :class:`~secgraph.errors.UnknownEntityError` (located at ``path`` when given) when
    no country, or more than one, matches.
    """
    wanted = " ".join(text.split())
    if "://" in wanted and _IRI.fullmatch(wanted):  # `<x> . ?a ?b ?c` is no IRI: a name
        result = store.query(_COUNTRY_IRI, bindings={"iri": URIRef(wanted)})
    else:
        result = store.query(_COUNTRY_LOOKUP, bindings={"upper": Literal(wanted.upper())})
    found = sorted({row[0] for row in result.rows if isinstance(row[0], URIRef)})
    if len(found) == 1:
        return found[0]
    if found:
        codes = ", ".join(str(c).rsplit("/", 1)[-1] for c in found)
        raise UnknownEntityError(
            path, f"ambiguous country '{text}' ({codes}); give its ISO alpha-3 code"
        )
    hint = closest_country(store, text)
    raise UnknownEntityError(
        path,
        f"unknown country '{text}'; "
        + (f"did you mean {hint}?" if hint else "use an ISO 3166 code such as PAK, or a name")
        + " (see 'secgraph list countries')",
    )


_COUNTRY_NAMES = f"""
PREFIX sg: <{SG._NS}>
PREFIX rdfs: <{RDFS}>
PREFIX skos: <{SKOS}>
SELECT ?code ?label ?name WHERE {{
  ?c a sg:Country ; sg:isoAlpha3 ?code ; rdfs:label ?label .
  {{ ?c rdfs:label ?name }} UNION {{ ?c skos:altLabel ?name }}
}} ORDER BY ?code
"""


def closest_country(store: Store, text: str) -> str | None:
    """The country whose name (or alternative name) is closest to ``text``, as "India (IND)";
    None when none is close. For "did you mean" in errors: reads every country's names."""
    names: dict[str, str] = {}
    for code, label, name in store.query(_COUNTRY_NAMES).rows:
        if code is not None and label is not None and name is not None:
            names.setdefault(" ".join(str(name).split()).casefold(), f"{label} ({code})")
    close = difflib.get_close_matches(
        " ".join(text.split()).casefold(), list(names), n=1, cutoff=0.8
    )
    return names[close[0]] if close else None
