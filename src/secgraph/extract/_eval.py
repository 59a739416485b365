"""Compare draft fact files with hand-checked gold fact files, field by field.

Both sides are read with the fact-file reader (so both must be valid fact files), then turned
into sets per article and field; precision, recall and F1 are micro-averaged over articles.
Officials compare by side and name (spelling-insensitive), titles by name and title (token-set
similarity of 85 or more), places by name and country, dialogues by name, commitments by their
evidence (the same sentence, token overlap of 0.6 or more).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..facts import ArticleFacts, Reference, read_article
from ._people import name_key

__all__ = ["FIELDS", "Evaluation", "FieldScore", "FileResult", "evaluate"]

FIELDS = (
    "parties",
    "discussed",
    "officials",
    "titles",
    "leaders",
    "place",
    "date",
    "dialogue",
    "areas",
    "threats",
    "commitments",
)


@dataclass(frozen=True)
class FieldScore:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class FileResult:
    """One article: per field, what gold has that the draft lacks, and what the draft adds."""

    name: str
    missing: dict[str, list[str]] = field(default_factory=dict)
    extra: dict[str, list[str]] = field(default_factory=dict)
    note: str | None = None


@dataclass(frozen=True)
class Evaluation:
    fields: dict[str, FieldScore]
    files: tuple[FileResult, ...]
    #: articles whose place (date) set equals gold's, out of all articles
    place_right: int = 0
    date_right: int = 0

    @property
    def articles(self) -> int:
        return len(self.files)


def _titles(a: ArticleFacts, ref: Reference) -> dict[str, str]:
    posts = {**ref.posts, **{p.id: p for o in a.organisations for p in o.posts}}
    officials = {**ref.officials, **{o.id: o for o in a.officials}}
    out = {}
    for oid, o in officials.items():
        for p in o.posts:
            if p in posts:
                out[oid] = _norm(posts[p].title) + (
                    f" [{_norm(o.honorific)}]" if o.honorific else ""
                )
    return out


def _norm(text: str) -> str:
    text = re.sub(r"\b(?:U\.S\.|US|USA|United States(?: of America)?)\b", "us", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.casefold()).replace(" the ", " ").split())


def _facts(a: ArticleFacts, ref: Reference) -> dict[str, set[str]]:
    officials = {**ref.officials, **{o.id: o for o in a.officials}}
    places = {**ref.places, **{p.id: p for p in a.places}}
    dialogues = {**ref.dialogues, **{d.id: d for d in a.dialogues}}
    titles = _titles(a, ref)

    def person(oid: str) -> str:
        o = officials.get(oid)
        return name_key(o.name) if o else oid

    out: dict[str, set[str]] = {f: set() for f in FIELDS}
    for m in a.meetings:
        for d in m.delegations:
            out["parties"].add(d.country)
            people = ([d.leader] if d.leader else []) + list(d.members)
            for oid in people:
                out["officials"].add(f"{d.country}:{person(oid)}")
                if oid in titles:
                    out["titles"].add(f"{person(oid)}:{titles[oid]}")
            if d.leader:
                out["leaders"].add(f"{d.country}:{person(d.leader)}")
        out["discussed"].update(m.discussed)
        if m.place:
            p = places.get(m.place)
            out["place"].add(f"{_norm(p.name)}:{p.country}" if p else m.place)
        if m.date:
            out["date"].add(f"{m.date}/{m.end_date or m.date}")
        if m.dialogue:
            dg = dialogues.get(m.dialogue)
            out["dialogue"].add(_norm(dg.name) if dg else m.dialogue)
        out["areas"].update(m.areas)
        out["threats"].update(m.threats)
    for c in a.commitments:
        quote = c.evidence[0].quote if c.evidence else c.description
        out["commitments"].add(" ".join(quote.split()))
    out["discussed"] -= out["parties"]
    return out


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def _same_commitment(a: str, b: str) -> bool:
    x, y = _tokens(a), _tokens(b)
    return bool(x and y) and len(x & y) / len(x | y) >= 0.6


def _same_title(a: str, b: str) -> bool:
    """Same name, and titles alike, with or without the honorific kept beside a title ("deputy
    minister of defence [colonel general]" is "Colonel General" to a key that writes the rank
    as the title, and "Deputy Minister of Defence" to one that writes the post)."""
    from rapidfuzz import fuzz

    name_a, _, title_a = a.partition(":")
    name_b, _, title_b = b.partition(":")
    if name_a != name_b:
        return False
    forms_a, forms_b = _title_forms(title_a), _title_forms(title_b)
    return any(fuzz.token_set_ratio(x, y) >= 85 for x in forms_a for y in forms_b)


def _title_forms(title: str) -> tuple[str, ...]:
    bare, _, honorific = title.partition(" [")
    return (bare, f"{honorific.rstrip(']')} {bare}") if honorific else (bare,)


def _match(
    gold: set[str], pred: set[str], same: Callable[[str, str], bool] | None
) -> tuple[int, list[str], list[str]]:
    if same is None:
        return len(gold & pred), sorted(gold - pred), sorted(pred - gold)
    left = sorted(gold)
    extra = []
    tp = 0
    for p in sorted(pred):
        hit = next((g for g in left if same(g, p)), None)
        if hit is None:
            extra.append(p)
        else:
            left.remove(hit)
            tp += 1
    return tp, left, extra


_SAME: dict[str, Callable[[str, str], bool]] = {
    "commitments": _same_commitment,
    "titles": _same_title,
}


def _yaml_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise InputError(str(folder), "no such folder; give a folder of .yaml fact files")
    return sorted(folder.glob("*.yaml"))


def evaluate(gold_dir: str | Path, pred_dir: str | Path, reference: Reference) -> Evaluation:
    """Per-field precision, recall and F1 of ``pred_dir``'s fact files against ``gold_dir``'s
    (files paired by name; a gold file without a draft counts everything as missed)."""
    gold_files = _yaml_files(Path(gold_dir))
    if not gold_files:
        raise InputError(str(gold_dir), "no .yaml fact files in the gold folder")
    pred_root = Path(pred_dir)
    _yaml_files(pred_root)
    totals = {f: [0, 0, 0] for f in FIELDS}
    results = []
    place_right = date_right = 0
    for gpath in gold_files:
        gold = _facts(read_article(gpath, reference), reference)
        ppath = pred_root / gpath.name
        note = None
        if ppath.is_file():
            pred = _facts(read_article(ppath, reference), reference)
        else:
            pred = {f: set() for f in FIELDS}
            note = "no draft"
        missing: dict[str, list[str]] = {}
        extra: dict[str, list[str]] = {}
        for f in FIELDS:
            tp, miss, add = _match(gold[f], pred[f], _SAME.get(f))
            totals[f][0] += tp
            totals[f][1] += len(add)
            totals[f][2] += len(miss)
            if miss:
                missing[f] = miss
            if add:
                extra[f] = add
        place_right += gold["place"] == pred["place"]
        date_right += gold["date"] == pred["date"]
        results.append(FileResult(gpath.name, missing, extra, note))
    return Evaluation(
        {f: FieldScore(*v) for f, v in totals.items()},
        tuple(results),
        place_right,
        date_right,
    )
