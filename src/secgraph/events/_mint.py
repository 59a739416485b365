"""Event records -> N-Quads / TriG text, written directly (no rdflib term per row).

A million GDELT rows make about 30 million statements; building rdflib terms for them took
most of the time of the plain way (see ``benchmarks/events.py``). Here each statement is one
f-string over IRIs written once, and the text goes straight to Oxigraph's bulk loader, to a
SPARQL server, or to a file for another store's loader (``--emit nquads``).

The model (``ontology/secgraph.ttl``): an ``sg:CodedEvent`` (an ``sg:Interaction``, as is
``sg:Meeting``) with ``dcterms:identifier``, ``schema:startDate``, ``sg:quadClass``,
``sg:cameoCode`` and/or ``sg:ploverType`` (with ``sg:ploverMode``, ``sg:ploverContext``),
``sg:goldstein`` or ``sg:intensity``, ``sg:tone``, ``sg:numMentions`` / ``sg:numSources`` /
``sg:numArticles``, ``sg:sourceActor`` / ``sg:targetActor`` (``sg:EventActor``: label,
``sg:country``, ``sg:actorCode``, ``sg:sector``) with the shortcuts ``sg:sourceCountry`` /
``sg:targetCountry``, the action place (``sg:placeName``, ``sg:actionCountry``,
``schema:latitude`` / ``schema:longitude``), and provenance: ``schema:url`` (GDELT),
``sg:storyId`` (ICEWS), ``schema:description`` (PLOVER's sentence), ``prov:wasDerivedFrom``
the ``sg:EventFile`` and ``sg:sourceLine``; all in the file's named graph, followed by the
file's dyad summary (:mod:`._summary`: counts per pair of countries and month).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from urllib.parse import quote

from ..vocab import BASE
from ._model import Actor, EventRecord
from ._summary import DyadSummary

__all__ = [
    "event_file_iri",
    "event_graph_iri",
    "event_iri",
    "file_statements",
    "mint_nquads",
    "mint_trig",
    "statements",
]

_ID = BASE + "id/"
_SG = "https://w3id.org/secgraph/ontology#"
_CAMEO = BASE + "cameo/"
_PLOVER = BASE + "plover/"
_CONTEXT = BASE + "plover/context/"
_COUNTRY = _ID + "country/"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_IDENT = "<http://purl.org/dc/terms/identifier>"
_DATE = "<https://schema.org/startDate>"
_DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
_URL = "<https://schema.org/url>"
_DESC = "<https://schema.org/description>"
_LAT = "<https://schema.org/latitude>"
_LON = "<https://schema.org/longitude>"
_DATASET = "<http://purl.org/dc/terms/source>"


def _sg(name: str) -> str:
    return f"<{_SG}{name}>"


_EVENT_CLASS, _ACTOR_CLASS, _FILE_CLASS = _sg("CodedEvent"), _sg("EventActor"), _sg("EventFile")
_P = {
    name: _sg(name)
    for name in [
        "quadClass",
        "cameoCode",
        "ploverType",
        "ploverMode",
        "ploverContext",
        "contextLabel",
        "goldstein",
        "intensity",
        "tone",
        "numMentions",
        "numSources",
        "numArticles",
        "sourceActor",
        "targetActor",
        "sourceCountry",
        "targetCountry",
        "actionCountry",
        "placeName",
        "storyId",
        "sourceLine",
        "sourceFile",
        "country",
        "actorCode",
        "sector",
    ]
}
_INT = f"^^<{_XSD}integer>"
_DEC = f"^^<{_XSD}decimal>"
_DAY = f"^^<{_XSD}date>"
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_DATASET_NAMES = {"gdelt": "GDELT", "icews": "ICEWS", "plover": "PLOVER"}


def _seg(text: str) -> str:
    return quote(text, safe="-._~")


def _lit(text: str) -> str:
    return '"' + text.translate(_ESCAPES) + '"'


def event_iri(dataset: str, key: str) -> str:
    """``https://w3id.org/secgraph/id/event/<dataset>/<key>`` (the data set's own id)."""
    return f"{_ID}event/{dataset}/{_seg(key)}"


def event_file_iri(name: str) -> str:
    """The ``sg:EventFile`` node of the event file ``name`` (``events/x.CSV``: the file name
    is the id, unique in the event folder)."""
    return f"{_ID}eventfile/{_seg(name.rsplit('/', 1)[-1])}"


def event_graph_iri(name: str) -> str:
    """The named graph of the event file ``name`` (``graph/events/x.CSV``)."""
    return f"{BASE}graph/events/{_seg(name.rsplit('/', 1)[-1])}"


def file_statements(name: str, dataset: str, filter_key: str) -> list[str]:
    """N-Triples statements about the event file itself."""
    f = f"<{event_file_iri(name)}>"
    out = [
        f"{f} {_TYPE} {_FILE_CLASS} .\n",
        f"{f} {_P['sourceFile']} {_lit(name)} .\n",
        f"{f} {_DATASET} {_lit(_DATASET_NAMES.get(dataset, dataset))} .\n",
    ]
    if filter_key:
        out.append(f"{f} {_sg('importFilter')} {_lit(filter_key)} .\n")
    return out


def _actor(
    out: list[str], e: str, actor: Actor, role: str, n: int, country_prop: str, said: set[str]
) -> None:
    a = f"<{e[1:-1]}/{role}/{n}>"
    out.append(f"{e} {_P[role + 'Actor']} {a} .\n{a} {_TYPE} {_ACTOR_CLASS} .\n")
    if actor.name:
        out.append(f"{a} {_LABEL} {_lit(actor.name)} .\n")
    if actor.country:
        c = f"<{_COUNTRY}{actor.country}>"
        out.append(f"{a} {_P['country']} {c} .\n")
        if actor.country + role not in said:  # two actors of one country: one shortcut
            said.add(actor.country + role)
            out.append(f"{e} {country_prop} {c} .\n")
    if actor.code:
        out.append(f"{a} {_P['actorCode']} {_lit(actor.code)} .\n")
    for sector in actor.sectors:
        out.append(f"{a} {_P['sector']} {_lit(sector)} .\n")


def statements(event: EventRecord, file_iri: str, out: list[str]) -> None:
    """Append the N-Triples statements of ``event`` to ``out`` (strings ending in newline)."""
    e = f"<{_ID}event/{event.dataset}/{_seg(event.key)}>"
    p = _P
    out.append(
        f"{e} {_TYPE} {_EVENT_CLASS} .\n"
        f"{e} {_IDENT} {_lit(event.key)} .\n"
        f'{e} {_DATE} "{event.date}"{_DAY} .\n'
        f'{e} {p["quadClass"]} "{event.quad}"{_INT} .\n'
        f"{e} {_DERIVED} <{file_iri}> .\n"
        f'{e} {p["sourceLine"]} "{event.line}"{_INT} .\n'
    )
    if event.cameo is not None:
        out.append(f"{e} {p['cameoCode']} <{_CAMEO}{event.cameo}> .\n")
    if event.plover is not None:
        out.append(f"{e} {p['ploverType']} <{_PLOVER}{event.plover}> .\n")
    if event.mode is not None:
        out.append(f"{e} {p['ploverMode']} {_lit(event.mode)} .\n")
    for context in event.contexts:
        out.append(f"{e} {p['ploverContext']} <{_CONTEXT}{context}> .\n")
    for text in event.context_text:
        out.append(f"{e} {p['contextLabel']} {_lit(text)} .\n")
    if event.goldstein is not None:
        out.append(f'{e} {p["goldstein"]} "{event.goldstein}"{_DEC} .\n')
    if event.intensity is not None:
        out.append(f'{e} {p["intensity"]} "{event.intensity}"{_DEC} .\n')
    if event.tone is not None:
        out.append(f'{e} {p["tone"]} "{event.tone}"{_DEC} .\n')
    if event.mentions is not None:
        out.append(f'{e} {p["numMentions"]} "{event.mentions}"{_INT} .\n')
    if event.source_count is not None:
        out.append(f'{e} {p["numSources"]} "{event.source_count}"{_INT} .\n')
    if event.articles is not None:
        out.append(f'{e} {p["numArticles"]} "{event.articles}"{_INT} .\n')
    said: set[str] = set()
    for n, actor in enumerate(event.sources, start=1):
        _actor(out, e, actor, "source", n, p["sourceCountry"], said)
    for n, actor in enumerate(event.targets, start=1):
        _actor(out, e, actor, "target", n, p["targetCountry"], said)
    if event.place is not None:
        out.append(f"{e} {p['placeName']} {_lit(event.place)} .\n")
    if event.place_country is not None:
        out.append(f"{e} {p['actionCountry']} <{_COUNTRY}{event.place_country}> .\n")
    if event.latitude is not None and event.longitude is not None:
        out.append(
            f'{e} {_LAT} "{event.latitude}"{_DEC} .\n{e} {_LON} "{event.longitude}"{_DEC} .\n'
        )
    if event.url is not None:
        out.append(f"{e} {_URL} {_lit(event.url)} .\n")
    if event.story is not None:
        out.append(f"{e} {p['storyId']} {_lit(event.story)} .\n")
    if event.text is not None:
        out.append(f"{e} {_DESC} {_lit(event.text)} .\n")


#: Events per chunk of text handed on (about 3 MB of N-Quads for GDELT rows).
CHUNK_EVENTS = 2_000


def mint_trig(
    events: Iterable[EventRecord], name: str, dataset: str, filter_key: str = ""
) -> Iterator[bytes]:
    """The events of the file ``name`` as TriG chunks, each one ``GRAPH { N-Triples }`` block,
    the file's dyad summary (:class:`~._summary.DyadSummary`) in the last chunks."""
    graph = f"<{event_graph_iri(name)}> {{\n".encode()
    file_iri = event_file_iri(name)
    out: list[str] = file_statements(name, dataset, filter_key)
    summary = DyadSummary(name)
    n = 0
    for event in events:
        statements(event, file_iri, out)
        summary.add(event)
        n += 1
        if n == CHUNK_EVENTS:
            yield graph + "".join(out).encode() + b"}\n"
            out, n = [], 0
    for node in summary.statements():
        out.append(node)
        n += 1
        if n == CHUNK_EVENTS * 4:
            yield graph + "".join(out).encode() + b"}\n"
            out, n = [], 0
    yield graph + "".join(out).encode() + b"}\n"


def mint_nquads(
    events: Iterable[EventRecord], name: str, dataset: str, filter_key: str = ""
) -> Iterator[bytes]:
    """The events of the file ``name`` as N-Quads chunks, in its named graph."""
    g = f" <{event_graph_iri(name)}> .\n"
    for chunk in mint_trig(events, name, dataset, filter_key):
        body = chunk[chunk.index(b"{\n") + 2 : -2].decode()
        yield body.replace(" .\n", g).encode()
