"""Read fact files into plain dataclasses. The fact-file format lives here and only here.

A data directory holds ``reference/`` (countries, organisations with their posts, officials,
dialogues, places: shared by every article) and ``articles/*.yaml`` (one file per source
article, its id the file name). Every error names the file and line and says how to fix it.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import hashlib
import os
import pickle
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from ._yaml import ID_PATTERN, Fields, empty_map, load_yaml
from .errors import FactError

__all__ = [
    "ArticleFacts",
    "Commitment",
    "Corpus",
    "Country",
    "Delegation",
    "Dialogue",
    "Evidence",
    "Meeting",
    "Official",
    "Organisation",
    "Place",
    "Post",
    "Reference",
    "read_article",
    "read_facts",
    "read_reference",
]

ORG_TYPES = ("ministry", "department", "bureau", "agency", "organisation")
PLACE_TYPES = ("city", "place")


# ---------------------------------------------------------------------------------------------
# Dataclasses
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Post:
    id: str
    title: str
    organisation: str
    line: int | None = None


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    country: str
    type: str = "organisation"
    parent: str | None = None
    acronym: str | None = None
    posts: tuple[Post, ...] = ()
    sources: tuple[str, ...] = ()
    path: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class Official:
    id: str
    name: str
    country: str | None
    posts: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    path: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class Dialogue:
    id: str
    name: str
    parties: tuple[str, ...]
    sources: tuple[str, ...] = ()
    path: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    country: str
    type: str = "city"
    wikidata: str | None = None
    path: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class Evidence:
    """A quote from the article; ``start``/``end`` are character offsets when the text is known."""

    quote: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Delegation:
    country: str
    leader: str | None
    members: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    line: int | None = None


@dataclass(frozen=True)
class Meeting:
    id: str
    delegations: tuple[Delegation, ...]
    date: dt.date | None = None
    end_date: dt.date | None = None
    place: str | None = None
    host: str | None = None
    dialogue: str | None = None
    areas: tuple[str, ...] = ()
    threats: tuple[str, ...] = ()
    discussed: tuple[str, ...] = ()
    cameo: str | None = None
    plover: str | None = None
    summary: str | None = None
    evidence: tuple[Evidence, ...] = ()
    line: int | None = None


@dataclass(frozen=True)
class Commitment:
    id: str
    meeting: str | None
    parties: tuple[str, ...]
    description: str
    areas: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    line: int | None = None


@dataclass(frozen=True)
class ArticleFacts:
    """One article and the facts it states."""

    id: str
    path: str
    title: str
    sha256: str
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    text_path: str | None = None
    meetings: tuple[Meeting, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    officials: tuple[Official, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    dialogues: tuple[Dialogue, ...] = ()
    places: tuple[Place, ...] = ()


@dataclass(frozen=True)
class Reference:
    """Reference data shared by all articles, keyed by id (countries by ISO alpha-3)."""

    countries: Mapping[str, Country]
    organisations: Mapping[str, Organisation] = field(default_factory=dict)
    officials: Mapping[str, Official] = field(default_factory=dict)
    dialogues: Mapping[str, Dialogue] = field(default_factory=dict)
    places: Mapping[str, Place] = field(default_factory=dict)
    sha256: str = ""

    @cached_property
    def posts(self) -> dict[str, Post]:
        return {p.id: p for o in self.organisations.values() for p in o.posts}

    def country_code(self, text: str) -> str | None:
        """ISO alpha-3 for an alpha-3, alpha-2, name or alias (case-insensitive), else None."""
        return _country_index(self).get(text.strip().casefold())


@dataclass(frozen=True)
class Corpus:
    """Everything read from a data directory."""

    data_dir: str
    reference: Reference
    articles: tuple[ArticleFacts, ...]


_COUNTRY_INDEX: dict[int, dict[str, str]] = {}


def _country_index(ref: Reference) -> dict[str, str]:
    key = id(ref.countries)
    index = _COUNTRY_INDEX.get(key)
    if index is None:
        index = {}
        for c in ref.countries.values():
            for text in (c.name, *c.aliases, c.iso2, c.iso3):
                index.setdefault(text.casefold(), c.iso3)
        _COUNTRY_INDEX[key] = index
    return index


# ---------------------------------------------------------------------------------------------
# Reference data
# ---------------------------------------------------------------------------------------------

REFERENCE_FILES = ("organisations.yaml", "officials.yaml", "dialogues.yaml", "places.yaml")


def read_reference(reference_dir: str | Path, *, cache_dir: str | Path | None = None) -> Reference:
    """Read ``countries.csv`` and the reference YAML files of a ``reference/`` directory.

    With ``cache_dir`` (a build folder), the parsed reference data is kept there as a pickle
    under the sha256 of the files, and read back while they are unchanged: an incremental
    build then does not parse thousands of officials again (about a second).
    """
    root = Path(reference_dir)
    countries_path = root / "countries.csv"
    if not countries_path.is_file():
        raise FactError(
            str(countries_path), "no country table; restore data/reference/countries.csv"
        )
    digest = hashlib.sha256()
    raw = countries_path.read_bytes()
    digest.update(raw)
    texts: dict[str, str | None] = {}
    for name in REFERENCE_FILES:
        path = root / name
        if not path.is_file():
            texts[name] = None
            continue
        texts[name] = path.read_text(encoding="utf-8")
        digest.update(name.encode() + b"\0" + texts[name].encode())  # type: ignore[union-attr]
    sha256 = digest.hexdigest()
    cache = Path(cache_dir) / REFERENCE_CACHE if cache_dir is not None else None
    cached = _cached_reference(cache, sha256)
    if cached is not None:
        return cached
    return _parse_reference(root, raw.decode("utf-8"), texts, sha256)


#: The parsed reference data in a build folder: its sha256 (64 hex digits), then a pickle.
REFERENCE_CACHE = "reference.pickle"


def write_reference_cache(ref: Reference, cache_dir: str | Path) -> None:
    """Keep ``ref`` in ``cache_dir`` for :func:`read_reference` (atomically; only when the
    cache holds other data). A build calls it once it has succeeded."""
    cache = Path(cache_dir) / REFERENCE_CACHE
    if _cached_sha256(cache) == ref.sha256:
        return
    tmp = cache.with_name(cache.name + ".tmp")
    tmp.write_bytes(ref.sha256.encode() + pickle.dumps(ref, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(tmp, cache)


def _cached_sha256(cache: Path) -> str | None:
    try:
        with cache.open("rb") as handle:
            return handle.read(64).decode("ascii", "replace")
    except OSError:
        return None


def _cached_reference(cache: Path | None, sha256: str) -> Reference | None:
    if cache is None or _cached_sha256(cache) != sha256:
        return None
    try:
        ref = pickle.loads(cache.read_bytes()[64:])
    except Exception:  # a cache from another version: parse again
        return None
    return ref if isinstance(ref, Reference) and ref.sha256 == sha256 else None


def _parse_reference(
    root: Path, countries_text: str, texts: Mapping[str, str | None], sha256: str
) -> Reference:
    countries = _read_countries(root / "countries.csv", countries_text)
    docs: dict[str, list[Any]] = {}
    for name in REFERENCE_FILES:
        path = root / name
        text = texts[name]
        if text is None:
            docs[name] = []
            continue
        data = load_yaml(path, text)
        if data is not None and not isinstance(data, list):
            raise FactError(
                str(path), "a reference file must be a list of entries ('- id: ...')", 1
            )
        docs[name] = data or []
    ctx = _Context(Reference(countries=countries))
    orgs = _unique(
        (
            _organisation(ctx, str(root / "organisations.yaml"), m)
            for m in docs["organisations.yaml"]
        ),
        "organisation",
    )
    officials = _unique(
        (_official(ctx, str(root / "officials.yaml"), m) for m in docs["officials.yaml"]),
        "official",
    )
    dialogues = _unique(
        (_dialogue(ctx, str(root / "dialogues.yaml"), m) for m in docs["dialogues.yaml"]),
        "dialogue",
    )
    places = _unique(
        (_place(ctx, str(root / "places.yaml"), m) for m in docs["places.yaml"]), "place"
    )
    ref = Reference(
        countries=countries,
        organisations=orgs,
        officials=officials,
        dialogues=dialogues,
        places=places,
        sha256=sha256,
    )
    _check_links(ref, orgs.values(), officials.values())
    return ref


def _read_countries(path: Path, text: str) -> dict[str, Country]:
    rows = csv.DictReader(text.splitlines())
    need = {"iso3", "iso2", "name"}
    if not rows.fieldnames or not need <= set(rows.fieldnames):
        raise FactError(str(path), "country table needs the columns iso3, iso2, name", 1)
    out: dict[str, Country] = {}
    for n, row in enumerate(rows, start=2):
        iso3 = (row.get("iso3") or "").strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            raise FactError(str(path), f"bad ISO alpha-3 code '{iso3}'; use three letters", n)
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
        out[iso3] = Country(
            iso3=iso3,
            iso2=(row.get("iso2") or "").strip().upper(),
            name=(row.get("name") or "").strip(),
            wikidata=(row.get("wikidata") or "").strip() or None,
            aliases=aliases,
        )
    return out


def _unique(items: Iterable[Any], what: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        if item.id in out:
            raise FactError(
                item.path, f"{what} id '{item.id}' is defined twice; rename one", item.line
            )
        out[item.id] = item
    return out


def _check_links(
    ref: Reference, orgs: Iterable[Organisation], officials: Iterable[Official]
) -> None:
    all_orgs = ref.organisations
    for org in orgs:
        if org.parent is not None and org.parent not in all_orgs:
            raise FactError(org.path, _unknown("organisation", org.parent, all_orgs), org.line)
    for off in officials:
        for post in off.posts:
            if post not in ref.posts:
                raise FactError(off.path, _unknown("post", post, ref.posts), off.line)


_DEFINE_HINT = {
    "post": "define it under its organisation's 'posts:'",
    "meeting": "define it under 'meetings:'",
}


def _unknown(what: str, value: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, list(known), n=1)
    hint = (
        f"did you mean '{close[0]}'?"
        if close
        else _DEFINE_HINT.get(what, f"define it in data/reference/{what}s.yaml or the article")
    )
    return f"unknown {what} '{value}'; {hint}"


@dataclass
class _Context:
    """What a reader needs to check ids: reference data plus entities defined so far."""

    reference: Reference

    def country(self, fields: Fields, key: str, value: str | None) -> str | None:
        if value is None:
            return None
        code = self.reference.country_code(value)
        if code is None:
            raise fields.error(
                key, f"unknown country '{value}' (use an ISO 3166 code such as PAK or USA)"
            )
        return code

    def countries(self, fields: Fields, key: str) -> tuple[str, ...]:
        return tuple(c for v in fields.texts(key) if (c := self.country(fields, key, v)))


def _sources(fields: Fields) -> tuple[str, ...]:
    return fields.texts("sources")


def _organisation(ctx: _Context, path: str, raw: Any) -> Organisation:
    f = Fields(path, raw, "an organisation")
    f.check_keys(("id", "name", "country", "type", "parent", "acronym", "posts", "sources"))
    org_id = f.ident("id", required=True)
    assert org_id is not None
    kind = f.text("type") or "organisation"
    if kind not in ORG_TYPES:
        raise f.error(
            "type", f"unknown organisation type '{kind}'; use one of {', '.join(ORG_TYPES)}"
        )
    posts = []
    for raw_post in f.items("posts"):
        pf = Fields(path, raw_post, "a post", f.key_line("posts"))
        pf.check_keys(("id", "title"))
        post_id, title = pf.ident("id", required=True), pf.text("title", required=True)
        assert post_id is not None and title is not None
        posts.append(Post(id=post_id, title=title, organisation=org_id, line=pf.line))
    return Organisation(
        id=org_id,
        name=f.text("name", required=True) or "",
        country=ctx.country(f, "country", f.text("country", required=True)) or "",
        type=kind,
        parent=f.ident("parent"),
        acronym=f.text("acronym"),
        posts=tuple(posts),
        sources=_sources(f),
        path=path,
        line=f.line,
    )


def _official(ctx: _Context, path: str, raw: Any) -> Official:
    f = Fields(path, raw, "an official")
    f.check_keys(("id", "name", "country", "posts", "sources"))
    off_id = f.ident("id", required=True)
    assert off_id is not None
    return Official(
        id=off_id,
        name=f.text("name", required=True) or "",
        country=ctx.country(f, "country", f.text("country")),
        posts=f.texts("posts"),
        sources=_sources(f),
        path=path,
        line=f.line,
    )


def _dialogue(ctx: _Context, path: str, raw: Any) -> Dialogue:
    f = Fields(path, raw, "a dialogue")
    f.check_keys(("id", "name", "parties", "sources"))
    d_id = f.ident("id", required=True)
    assert d_id is not None
    return Dialogue(
        id=d_id,
        name=f.text("name", required=True) or "",
        parties=ctx.countries(f, "parties"),
        sources=_sources(f),
        path=path,
        line=f.line,
    )


def _place(ctx: _Context, path: str, raw: Any) -> Place:
    f = Fields(path, raw, "a place")
    f.check_keys(("id", "name", "country", "type", "wikidata"))
    p_id = f.ident("id", required=True)
    assert p_id is not None
    kind = f.text("type") or "city"
    if kind not in PLACE_TYPES:
        raise f.error("type", f"unknown place type '{kind}'; use one of {', '.join(PLACE_TYPES)}")
    return Place(
        id=p_id,
        name=f.text("name", required=True) or "",
        country=ctx.country(f, "country", f.text("country", required=True)) or "",
        type=kind,
        wikidata=f.text("wikidata"),
        path=path,
        line=f.line,
    )


# ---------------------------------------------------------------------------------------------
# Article fact files
# ---------------------------------------------------------------------------------------------

ARTICLE_KEYS = (
    "article",
    "meetings",
    "commitments",
    "officials",
    "organisations",
    "dialogues",
    "places",
)


def read_facts(data_dir: str | Path, *, workers: int = 1) -> Corpus:
    """Read ``data_dir/reference`` and every ``data_dir/articles/*.yaml``, sorted by id.

    ``workers`` > 1 parses article files in that many processes (worth it from a few thousand
    files on).
    """
    root = Path(data_dir)
    if not root.is_dir():
        raise FactError(str(root), "no such data directory; give the folder that holds articles/")
    articles_dir = root / "articles"
    if not articles_dir.is_dir():
        raise FactError(
            str(articles_dir), "no articles folder; create it with one .yaml per article"
        )
    reference = read_reference(root / "reference")
    paths = sorted(articles_dir.glob("*.yaml"))
    articles = _read_many(paths, reference, workers=workers)
    return Corpus(data_dir=str(root), reference=reference, articles=tuple(articles))


def _read_many(paths: Sequence[Path], reference: Reference, *, workers: int) -> list[ArticleFacts]:
    if workers <= 1 or len(paths) < 2000:
        return [read_article(p, reference) for p in paths]
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, len(paths) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_read_one, [(p, reference) for p in paths], chunksize=chunk))


def _read_one(args: tuple[Path, Reference]) -> ArticleFacts:
    return read_article(*args)


def read_article(path: str | Path, reference: Reference) -> ArticleFacts:
    """Read one article fact file, checking every id against ``reference``."""
    path = Path(path)
    raw_bytes = path.read_bytes()
    try:
        text = raw_bytes.decode("utf-8")
    except UnicodeDecodeError as err:
        raise FactError(str(path), "not UTF-8 text; save the file as UTF-8") from err
    data = load_yaml(path, text)
    spath = str(path)
    article_id = path.stem
    if not ID_PATTERN.match(article_id):
        raise FactError(
            spath,
            f"file name '{path.name}' is not a valid article id; rename it in lower case with '-'",
        )
    top = Fields(spath, data if data is not None else empty_map(), "a fact file", 1)
    top.check_keys(ARTICLE_KEYS)
    meta = Fields(spath, top.map.get("article"), "'article'", top.key_line("article"))
    meta.check_keys(("title", "publisher", "url", "published", "language", "text"))
    text_name = meta.text("text")
    article_text = None
    text_path = None
    if text_name is not None:
        tp = path.parent / text_name
        if not tp.is_file():
            raise meta.error(
                "text", f"article text '{text_name}' not found beside the fact file; fix the name"
            )
        article_text = tp.read_text(encoding="utf-8")
        text_path = str(tp)

    ctx = _Context(reference)
    local_orgs = _unique(
        (_organisation(ctx, spath, m) for m in top.items("organisations")), "organisation"
    )
    local_officials = _unique(
        (_official(ctx, spath, m) for m in top.items("officials")), "official"
    )
    local_dialogues = _unique(
        (_dialogue(ctx, spath, m) for m in top.items("dialogues")), "dialogue"
    )
    local_places = _unique((_place(ctx, spath, m) for m in top.items("places")), "place")
    for what, local, shared in (
        ("organisation", local_orgs, reference.organisations),
        ("official", local_officials, reference.officials),
        ("dialogue", local_dialogues, reference.dialogues),
        ("place", local_places, reference.places),
    ):
        for item in local.values():
            if item.id in shared:
                other = shared[item.id]
                raise FactError(
                    spath,
                    f"{what} '{item.id}' is already defined in {other.path}:{other.line}; "
                    "refer to it by id instead",
                    item.line,
                )
    merged = Reference(
        countries=reference.countries,
        organisations={**reference.organisations, **local_orgs},
        officials={**reference.officials, **local_officials},
        dialogues={**reference.dialogues, **local_dialogues},
        places={**reference.places, **local_places},
    )
    _check_links(merged, local_orgs.values(), local_officials.values())
    ctx = _Context(merged)
    evidence = _EvidenceReader(article_text, text_name)

    meetings = []
    for raw in top.items("meetings"):
        meetings.append(_meeting(ctx, spath, raw, evidence))
    _unique_plain([(m.id, m.line) for m in meetings], spath, "meeting")
    meeting_ids = {m.id for m in meetings}
    commitments = [
        _commitment(ctx, spath, raw, evidence, meeting_ids) for raw in top.items("commitments")
    ]
    _unique_plain([(c.id, c.line) for c in commitments], spath, "commitment")

    return ArticleFacts(
        id=article_id,
        path=spath,
        title=meta.text("title", required=True) or "",
        sha256=hashlib.sha256(raw_bytes).hexdigest(),
        publisher=meta.text("publisher"),
        url=meta.text("url"),
        published=meta.date("published"),
        language=meta.text("language"),
        text_path=text_path,
        meetings=tuple(meetings),
        commitments=tuple(commitments),
        officials=tuple(local_officials.values()),
        organisations=tuple(local_orgs.values()),
        dialogues=tuple(local_dialogues.values()),
        places=tuple(local_places.values()),
    )


def _unique_plain(items: Iterable[tuple[str, int | None]], path: str, what: str) -> None:
    seen: set[str] = set()
    for item_id, line in items:
        if item_id in seen:
            raise FactError(path, f"{what} id '{item_id}' is used twice; rename one", line)
        seen.add(item_id)


class _EvidenceReader:
    """Turns ``evidence:`` values into Evidence, locating each quote in the article text."""

    def __init__(self, text: str | None, text_name: str | None) -> None:
        self.text = text
        self.text_name = text_name

    def read(self, f: Fields) -> tuple[Evidence, ...]:
        quotes = f.texts("evidence")
        return tuple(self._locate(f, q) for q in quotes)

    def _locate(self, f: Fields, quote: str) -> Evidence:
        if self.text is None:
            return Evidence(quote=quote)
        start = self.text.find(quote)
        if start >= 0:
            return Evidence(quote=quote, start=start, end=start + len(quote))
        pattern = r"\s+".join(re.escape(w) for w in quote.split())
        match = re.search(pattern, self.text)
        if match is None:
            raise f.error(
                "evidence",
                f"evidence quote not found in {self.text_name}: '{_short(quote)}'; "
                "copy the words exactly from the article",
            )
        return Evidence(quote=quote, start=match.start(), end=match.end())


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 3] + "..."


def _ref(ctx: _Context, f: Fields, key: str, what: str, value: str | None) -> str | None:
    if value is None:
        return None
    table: Mapping[str, Any] = getattr(ctx.reference, what + "s")
    if value not in table:
        raise f.error(key, _unknown(what, value, table))
    return value


def _meeting(ctx: _Context, path: str, raw: Any, evidence: _EvidenceReader) -> Meeting:
    f = Fields(path, raw, "a meeting")
    f.check_keys(
        (
            "id",
            "date",
            "end_date",
            "place",
            "host",
            "dialogue",
            "delegations",
            "areas",
            "threats",
            "discussed",
            "cameo",
            "plover",
            "summary",
            "evidence",
        )
    )
    m_id = f.ident("id", required=True)
    assert m_id is not None
    delegations = []
    for raw_d in f.items("delegations"):
        df = Fields(path, raw_d, "a delegation", f.key_line("delegations"))
        df.check_keys(("country", "leader", "members", "evidence"))
        country = ctx.country(df, "country", df.text("country", required=True))
        assert country is not None
        leader = _ref(ctx, df, "leader", "official", df.ident("leader"))
        members = tuple(
            m for m in (_ref(ctx, df, "members", "official", v) for v in df.texts("members")) if m
        )
        delegations.append(
            Delegation(
                country=country,
                leader=leader,
                members=members,
                evidence=evidence.read(df),
                line=df.line,
            )
        )
    seen = [d.country for d in delegations]
    for d in delegations:
        if seen.count(d.country) > 1:
            raise FactError(path, f"two delegations for {d.country}; merge them into one", d.line)
    cameo = f.text("cameo")
    if cameo is not None and not re.fullmatch(r"\d{2,4}", cameo):
        raise f.error("cameo", f"bad CAMEO code '{cameo}'; write it as quoted digits, e.g. \"043\"")
    date, end_date = f.date("date"), f.date("end_date")
    if date and end_date and end_date < date:
        raise f.error("end_date", "end_date is before date; swap them")
    return Meeting(
        id=m_id,
        delegations=tuple(delegations),
        date=date,
        end_date=end_date,
        place=_ref(ctx, f, "place", "place", f.ident("place")),
        host=ctx.country(f, "host", f.text("host")),
        dialogue=_ref(ctx, f, "dialogue", "dialogue", f.ident("dialogue")),
        areas=f.texts("areas"),
        threats=f.texts("threats"),
        discussed=ctx.countries(f, "discussed"),
        cameo=cameo,
        plover=(f.text("plover") or "").upper() or None,
        summary=f.text("summary"),
        evidence=evidence.read(f),
        line=f.line,
    )


def _commitment(
    ctx: _Context, path: str, raw: Any, evidence: _EvidenceReader, meetings: set[str]
) -> Commitment:
    f = Fields(path, raw, "a commitment")
    f.check_keys(("id", "meeting", "parties", "areas", "description", "evidence"))
    c_id = f.ident("id", required=True)
    assert c_id is not None
    meeting = f.ident("meeting")
    if meeting is not None and meeting not in meetings:
        raise f.error("meeting", _unknown("meeting", meeting, meetings))
    return Commitment(
        id=c_id,
        meeting=meeting,
        parties=ctx.countries(f, "parties"),
        description=f.text("description", required=True) or "",
        areas=f.texts("areas"),
        evidence=evidence.read(f),
        line=f.line,
    )
