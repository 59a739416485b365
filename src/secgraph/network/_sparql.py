"""The SELECT queries the projections read the store with.

One query gives a row per meeting x delegation x member, of identifiers only; the others
give labels, codes, titles, areas and posts. ``%(filter)s`` and ``%(date)s`` take the country
filter (:data:`_FOCUS`) and the date clause (:data:`_NO_DATE` or :data:`_SINCE`).
"""

from __future__ import annotations

from ..vocab import PREFIXES

__all__ = [
    "_AREA_LABELS",
    "_AREA_ROWS",
    "_ARTICLE_TITLES",
    "_COUNTRY_ROWS",
    "_FOCUS",
    "_MEETING_LABELS",
    "_MEETING_ROWS",
    "_NO_DATE",
    "_OFFICIAL_ROWS",
    "_POST_ROWS",
    "_PREFIXES",
    "_SCANS",
    "_SINCE",
]


_PREFIXES = "".join(
    f"PREFIX {p}: <{PREFIXES[p]}>\n"
    for p in ("sg", "rdfs", "skos", "schema", "prov", "dcterms", "org", "xsd")
)

# One row per meeting x delegation x member (a delegation without members gives one row), of
# identifiers only: labels, codes and titles come from the smaller queries below, since every
# term a row repeats costs a lookup in an on-disk store (tens of seconds at 100,000 articles).
_MEETING_ROWS = """SELECT ?meeting ?date ?article ?country ?official ?leader
WHERE {
  ?meeting a sg:Meeting ; sg:hasDelegation ?delegation .
  ?delegation sg:represents ?country .
  %(filter)s
  %(date)s
  OPTIONAL { ?meeting prov:wasDerivedFrom ?article }
  OPTIONAL {
    ?delegation sg:member ?official .
    OPTIONAL { ?delegation sg:leader ?official . BIND(true AS ?leader) }
  }
}"""

_MEETING_LABELS = """SELECT ?meeting ?meetingLabel
WHERE {
  ?meeting a sg:Meeting ; rdfs:label ?meetingLabel .
  %(filter)s
  %(date)s
}"""

_ARTICLE_TITLES = """SELECT DISTINCT ?article ?articleTitle
WHERE {
  ?meeting a sg:Meeting ; prov:wasDerivedFrom ?article .
  %(filter)s
  %(date)s
  ?article dcterms:title ?articleTitle .
}"""

# Countries and officials of any delegation, each once, then their attributes.
_COUNTRY_ROWS = """SELECT ?country ?countryLabel ?iso3 ?iso2
WHERE {
  { SELECT DISTINCT ?country WHERE { ?delegation sg:represents ?country } }
  OPTIONAL { ?country rdfs:label ?countryLabel }
  OPTIONAL { ?country sg:isoAlpha3 ?iso3 }
  OPTIONAL { ?country sg:isoAlpha2 ?iso2 }
}"""

_OFFICIAL_ROWS = """SELECT ?official ?officialLabel ?officialCountry
WHERE {
  { SELECT DISTINCT ?official WHERE { ?delegation sg:member ?official } }
  OPTIONAL { ?official rdfs:label ?officialLabel }
  OPTIONAL { ?official sg:country/sg:isoAlpha3 ?officialCountry }
}"""

_AREA_ROWS = """SELECT ?meeting ?area
WHERE {
  ?meeting a sg:Meeting ; sg:addressedArea ?area .
  %(filter)s
  %(date)s
}"""

# Each area's labels once, not once a meeting (265,000 rows at 100,000 articles).
_AREA_LABELS = """SELECT ?area ?areaLabel
WHERE {
  { SELECT DISTINCT ?area WHERE { ?meeting sg:addressedArea ?area } }
  OPTIONAL { ?area skos:prefLabel ?areaLabel }
}"""

# Posts of the officials who sat in a delegation, with their organisation and its country:
# each official once (a row per delegation seat was 254,000 rows and 77 s at 100,000
# articles); an official without a post gives one row with no post.
_POST_ROWS = """SELECT ?official ?postLabel ?org ?orgLabel ?orgCountry ?orgCountryLabel
       ?orgIso3 ?orgIso2
WHERE {
  { SELECT DISTINCT ?official WHERE { ?delegation sg:member ?official } }
  OPTIONAL {
    ?official org:holds ?post .
    OPTIONAL { ?post rdfs:label ?postLabel }
    OPTIONAL {
      ?post org:postIn ?org .
      OPTIONAL { ?org rdfs:label ?orgLabel }
      OPTIONAL {
        ?org sg:country ?orgCountry .
        OPTIONAL { ?orgCountry rdfs:label ?orgCountryLabel }
        OPTIONAL { ?orgCountry sg:isoAlpha3 ?orgIso3 }
        OPTIONAL { ?orgCountry sg:isoAlpha2 ?orgIso2 }
      }
    }
  }
}"""

_FOCUS = "?meeting sg:hasDelegation ?focusDelegation . ?focusDelegation sg:represents ?focus ."
_NO_DATE = "OPTIONAL { ?meeting schema:startDate ?date }"
_SINCE = '?meeting schema:startDate ?date . FILTER(?date >= "%s"^^xsd:date)'


# The same three meeting queries for Oxigraph, which looks a pattern up once per row (10 to
# 25 us on disk) but reads a whole property in about 0.5 us a statement and hash-joins a
# sub-select: each property is read once. rdflib compares every pair of rows when it joins
# sub-selects, so it keeps the forms above. At 100,000 articles the meeting rows took 21 s
# looked up and 9 s read this way.
_SCANS = {
    "rows": """SELECT ?meeting ?date ?article ?country ?official ?leader
WHERE {
  { SELECT ?meeting WHERE { ?meeting a sg:Meeting } }
  { SELECT ?meeting ?delegation WHERE { ?meeting sg:hasDelegation ?delegation } }
  { SELECT ?delegation ?country WHERE { ?delegation sg:represents ?country } }
  %(filter)s
  %(date)s
  OPTIONAL { SELECT ?meeting ?article WHERE { ?meeting prov:wasDerivedFrom ?article } }
  OPTIONAL {
    SELECT ?delegation ?official ?leader WHERE {
      { SELECT ?delegation ?official WHERE { ?delegation sg:member ?official } }
      OPTIONAL {
        SELECT ?delegation ?official ?leader WHERE {
          ?delegation sg:leader ?official . BIND(true AS ?leader)
        }
      }
    }
  }
}""",
    "labels": """SELECT ?meeting ?meetingLabel
WHERE {
  { SELECT ?meeting WHERE { ?meeting a sg:Meeting } }
  %(filter)s
  %(date)s
  { SELECT ?meeting ?meetingLabel WHERE { ?meeting rdfs:label ?meetingLabel } }
}""",
    "titles": """SELECT DISTINCT ?article ?articleTitle
WHERE {
  { SELECT ?meeting WHERE { ?meeting a sg:Meeting } }
  { SELECT ?meeting ?article WHERE { ?meeting prov:wasDerivedFrom ?article } }
  %(filter)s
  %(date)s
  { SELECT ?article ?articleTitle WHERE { ?article dcterms:title ?articleTitle } }
}""",
    "no date": "OPTIONAL { SELECT ?meeting ?date WHERE { ?meeting schema:startDate ?date } }",
    "since": (
        "{ SELECT ?meeting ?date WHERE {\n"
        '    ?meeting schema:startDate ?date . FILTER(?date >= "%s"^^xsd:date)\n  } }'
    ),
}
