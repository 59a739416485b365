"""Read article fact files: one with :func:`read_article`, a data directory with :func:`read_facts`.

Every id an article uses is checked against the reference data plus the entities that the
article defines itself; evidence quotes are located in the article text when it is given.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import FactError
from ._checks import Context, check_links, unique, unknown
from ._limits import decode_utf8, read_limited, unreadable
from ._model import ArticleFacts, Commitment, Corpus, Delegation, Evidence, Meeting, Reference
from ._reference import read_reference, to_dialogue, to_official, to_organisation, to_place
from ._yaml import ID_PATTERN, Fields, load_yaml

__all__ = [
    "ARTICLE_KEYS",
    "article_paths",
    "read_article",
    "read_facts",
]

ARTICLE_KEYS = (
    "article",
    "meetings",
    "commitments",
    "officials",
    "organisations",
    "dialogues",
    "places",
)


def article_paths(data_dir: str | Path) -> dict[str, str]:
    """Article id -> fact file path (``data_dir/articles/<id>.yaml``), sorted by id; a
    FactError when the data directory or its articles folder is missing.

    ``os.scandir`` and plain strings: a folder of 100,000 files lists in a fraction of a
    second, where Path objects alone took seconds.
    """
    root = Path(data_dir)
    if not root.is_dir():
        raise FactError(str(root), "no such data directory; give the folder that holds articles/")
    folder = root / "articles"
    if not folder.is_dir():
        raise FactError(str(folder), "no articles folder; create it with one .yaml per article")
    base = os.path.join(str(folder), "")
    names = []
    try:
        with os.scandir(base) as it:
            for e in it:
                try:
                    if e.name.endswith(".yaml") and e.is_file():
                        if e.is_symlink():
                            _inside(e, root)
                        names.append(e.name)
                    elif _looks_like_facts(e.name):  # never skipped in silence
                        _refuse(e)
                except OSError as err:  # a link loop, say
                    raise unreadable(e.path, "fact file", err) from err
    except OSError as err:
        raise unreadable(folder, "articles folder", err) from err
    return {name[:-5]: base + name for name in sorted(names)}


def _looks_like_facts(name: str) -> bool:
    """A name meant as a fact file: ``*.yaml`` (a folder, a link to nothing), ``*.yml``,
    ``*.YAML`` (hidden files, such as an editor's ``.#a.yaml`` lock link, are not)."""
    return not name.startswith(".") and name.lower().endswith((".yaml", ".yml"))


def _refuse(entry: os.DirEntry[str]) -> None:
    """Say why ``entry``, named like a fact file, is not read (instead of skipping it)."""
    if not entry.name.endswith(".yaml"):
        stem = entry.name.rsplit(".", 1)[0].lower()
        raise FactError(
            entry.path, f"fact files end in '.yaml'; rename it to '{stem}.yaml' (or move it out)"
        )
    if entry.is_dir():
        raise FactError(entry.path, "a folder, not a fact file; rename or move it")
    if entry.is_symlink() and not os.path.exists(entry.path):
        raise FactError(entry.path, "a link to nothing; point it at a fact file or remove it")
    raise FactError(entry.path, "not a regular file; replace it with a fact file")


def _inside(entry: os.DirEntry[str], data_dir: Path) -> None:
    """Refuse a fact file that is a link out of the data folder (as an article's text is):
    its lines would be echoed in messages (a link to /etc/shadow showed its first line)."""
    real = Path(os.path.realpath(entry.path))
    if not real.is_relative_to(data_dir.resolve()):
        raise FactError(
            entry.path,
            f"a link out of the data folder (to {real}); copy the fact file into the data folder",
        )


def read_facts(data_dir: str | Path, *, workers: int = 1) -> Corpus:
    """Read ``data_dir/reference`` and every ``data_dir/articles/*.yaml``, sorted by id.

    ``workers`` > 1 parses article files in that many processes (worth it from a few thousand
    files on).
    """
    root = Path(data_dir)
    paths = [Path(p) for p in article_paths(root).values()]
    reference = read_reference(root / "reference")
    articles = _read_many(paths, reference, workers=workers)
    return Corpus(data_dir=str(root), reference=reference, articles=tuple(articles))


def _read_many(paths: Sequence[Path], reference: Reference, *, workers: int) -> list[ArticleFacts]:
    if workers <= 1 or len(paths) < 2000:
        return [read_article(p, reference) for p in paths]
    from .._workers import worker_pool

    chunk = max(1, len(paths) // (workers * 8))
    with worker_pool(workers) as pool:
        return list(pool.map(_read_one, [(p, reference) for p in paths], chunksize=chunk))


def _read_one(args: tuple[Path, Reference]) -> ArticleFacts:
    return read_article(*args)


def read_article(path: str | Path, reference: Reference) -> ArticleFacts:
    """Read one article fact file, checking every id against ``reference``."""
    path = Path(path)
    raw_bytes = read_limited(path, what="fact file")
    text = decode_utf8(path, raw_bytes)
    data = load_yaml(path, text)
    spath = str(path)
    article_id = path.stem
    if not ID_PATTERN.match(article_id):
        raise FactError(
            spath,
            f"file name '{path.name}' is not a valid article id; rename it in lower case with '-'",
        )
    if data is None:
        raise FactError(spath, "the fact file is empty; start it with 'article:' and a 'title:'", 1)
    top = Fields(spath, data, "a fact file", 1)
    top.check_keys(ARTICLE_KEYS)
    meta = Fields(spath, top.map.get("article"), "'article'", top.key_line("article"))
    meta.check_keys(("title", "publisher", "url", "published", "language", "text"))
    text_name = meta.text("text")
    article_text = None
    text_path = None
    if text_name is not None:
        tp = _text_path(path, meta, text_name)
        article_text = decode_utf8(tp, read_limited(tp, what="article text"))
        text_path = str(tp)

    ctx = Context(reference)
    local_orgs = unique(
        (to_organisation(ctx, spath, m) for m in top.items("organisations")), "organisation"
    )
    local_officials = unique(
        (to_official(ctx, spath, m) for m in top.items("officials")), "official"
    )
    local_dialogues = unique(
        (to_dialogue(ctx, spath, m) for m in top.items("dialogues")), "dialogue"
    )
    local_places = unique((to_place(ctx, spath, m) for m in top.items("places")), "place")
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
    check_links(merged, local_orgs.values(), local_officials.values())
    ctx = Context(merged)
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


def _text_path(path: Path, meta: Fields, name: str) -> Path:
    """The article text ``name`` names: a file beside the fact file, inside the data folder
    (the fact file's folder's parent) even after following symbolic links."""
    if "/" in name or "\\" in name or name in (".", ".."):
        raise meta.error(
            "text", f"article text '{name}' is not a file name; put the text beside the fact file"
        )
    tp = path.parent / name
    if not tp.is_file() and not tp.is_symlink():
        raise meta.error(
            "text", f"article text '{name}' not found beside the fact file; fix the name"
        )
    data_dir = path.parent.resolve().parent
    try:
        real = tp.resolve(strict=True)
    except (OSError, RuntimeError):  # a dangling link or a loop: read_limited says which
        return tp
    if not real.is_relative_to(data_dir):
        raise meta.error(
            "text",
            f"article text '{name}' leads outside the data folder (to {real}); copy the text "
            "into the data folder",
        )
    return tp


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


def _ref(ctx: Context, f: Fields, key: str, what: str, value: str | None) -> str | None:
    if value is None:
        return None
    table: Mapping[str, Any] = getattr(ctx.reference, what + "s")
    if value not in table:
        raise f.error(key, unknown(what, value, table))
    return value


def _meeting_title(
    ctx: Context, codes: list[str], host: str | None, place: str | None, date: dt.date | None
) -> str:
    """ "Pakistan-United States talks, Islamabad, 2024-05-12": the host first, the other
    countries by name, then the place and the date when the article gives them."""
    ref = ctx.reference

    def name(code: str) -> str:
        country = ref.countries.get(code)
        return country.name if country is not None and country.name else code

    order = sorted(dict.fromkeys(codes), key=lambda c: (c != host, name(c)))
    parts = [f"{'-'.join(name(c) for c in order) or 'Meeting'} talks"]
    if place is not None and place in ref.places:
        parts.append(ref.places[place].name)
    if date is not None:
        parts.append(date.isoformat())
    return ", ".join(parts)


def _meeting(ctx: Context, path: str, raw: Any, evidence: _EvidenceReader) -> Meeting:
    f = Fields(path, raw, "a meeting")
    f.check_keys(
        (
            "id",
            "date",
            "end_date",
            "place",
            "host",
            "dialogue",
            "round",
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
    place = _ref(ctx, f, "place", "place", f.ident("place"))
    host = ctx.country(f, "host", f.text("host"))
    rnd = f.text("round")
    if rnd is not None and not re.fullmatch(r"[1-9]\d{0,3}", rnd):
        raise f.error(
            "round",
            f"'round' is not a positive whole number: '{rnd}'; write 15 for "
            "'the 15th meeting', or leave it out",
        )
    return Meeting(
        id=m_id,
        delegations=tuple(delegations),
        date=date,
        end_date=end_date,
        place=place,
        host=host,
        title=_meeting_title(ctx, [d.country for d in delegations], host, place, date),
        dialogue=_ref(ctx, f, "dialogue", "dialogue", f.ident("dialogue")),
        round=int(rnd) if rnd is not None else None,
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
    ctx: Context, path: str, raw: Any, evidence: _EvidenceReader, meetings: set[str]
) -> Commitment:
    f = Fields(path, raw, "a commitment")
    f.check_keys(("id", "meeting", "parties", "areas", "description", "evidence"))
    c_id = f.ident("id", required=True)
    assert c_id is not None
    meeting = f.ident("meeting")
    if meeting is not None and meeting not in meetings:
        raise f.error("meeting", unknown("meeting", meeting, meetings))
    return Commitment(
        id=c_id,
        meeting=meeting,
        parties=ctx.countries(f, "parties"),
        description=f.text("description", required=True) or "",
        areas=f.texts("areas"),
        evidence=evidence.read(f),
        line=f.line,
    )
