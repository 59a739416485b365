"""What a build does with violations: hold the violating articles back, and point each
result at the line that is wrong.

A trusted graph holds no violation it could have kept out. So a build that finds SHACL
violations in some articles **holds those articles back**: an added article is not added,
a changed one keeps its previous version in the store, and with a full build it is left
out; the rest commits, the build lists what it held back and exits 1. ``allow_violations``
(``secgraph build --allow-violations``) loads them anyway. The manifest records only what
was committed, so the next build sees the held-back files as added or changed and checks
them again. Violations of the reference data, or between articles, cannot be held back with
one article: they commit, and the build exits 1.

SHACL reports a focus node, which the graph locates at the first line of its mapping (a
meeting's ``- id:`` line). When the result names a property that one key of that mapping
writes (``sg:addressedArea`` is ``areas:``), the line becomes that key's line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import FactError
from ..facts._yaml import Map, load_yaml
from ..validation import Report, ValidationResult
from ._validation import Validated

__all__ = [
    "KEY_OF_PATH",
    "held_results",
    "point_at_keys",
    "refine",
    "refine_report",
    "violating",
]

#: The fact-file key behind each property a result may name (see ``mint._articles``).
KEY_OF_PATH = {
    "sg:addressedArea": "areas",
    "sg:commitmentArea": "areas",
    "sg:addressedThreat": "threats",
    "sg:discussedCountry": "discussed",
    "sg:host": "host",
    "sg:partOfDialogue": "dialogue",
    "sg:cameoCode": "cameo",
    "sg:ploverType": "plover",
    "sg:leader": "leader",
    "sg:member": "members",
    "sg:committedBy": "parties",
    "sg:madeAt": "meeting",
    "sg:evidence": "evidence",
    "schema:startDate": "date",
    "schema:endDate": "date",
    "schema:location": "place",
    "schema:description": "summary",
    "dcterms:issued": "published",
    "dcterms:publisher": "publisher",
    "schema:url": "url",
}

_ARTICLES = "articles/"


def violating(results: Iterable[ValidationResult]) -> set[str]:
    """The keys (article ids) of the article files that violations point at."""
    return {
        r.file[len(_ARTICLES) : -len(".yaml")]
        for r in results
        if r.severity == "Violation" and r.file.startswith(_ARTICLES) and r.file.endswith(".yaml")
    }


def point_at_keys(
    results: Sequence[ValidationResult], data_dir: Path
) -> tuple[ValidationResult, ...]:
    """``results`` with each line moved from its mapping's first line to the line of the
    key that wrote the property it names, where the fact file has that key there."""
    files: dict[str, Any] = {}
    out = []
    for r in results:
        key = KEY_OF_PATH.get(r.path or "")
        if key is not None and r.line and r.file.startswith(_ARTICLES):
            if r.file not in files:
                files[r.file] = _mappings(data_dir / r.file)
            line = files[r.file].get((r.line, key))
            if line is not None and line != r.line:
                r = r._replace(line=line)
        out.append(r)
    return tuple(out)


def refine_report(report: Report, data_dir: Path) -> Report:
    """:func:`point_at_keys` over a whole report (kept in report order)."""
    return Report(results=tuple(sorted(point_at_keys(report.results, data_dir))))


def refine(validated: Validated, data_dir: Path) -> Validated:
    """:func:`point_at_keys` over every part of a build's validation."""
    return replace(
        validated,
        per_article={k: point_at_keys(v, data_dir) for k, v in validated.per_article.items()},
        cross=point_at_keys(validated.cross, data_dir),
        report=None if validated.report is None else refine_report(validated.report, data_dir),
    )


def held_results(validated: Validated, keys: set[str]) -> list[ValidationResult]:
    """The results about the articles ``keys`` (their own, and cross-article ones naming
    their files)."""
    files = {f"{_ARTICLES}{k}.yaml" for k in keys}
    found = [r for k in keys for r in validated.per_article.get(k, ())]
    return found + [r for r in validated.cross if r.file in files]


def _mappings(path: Path) -> Mapping[tuple[int, str], int]:
    """(line of a mapping, key) -> line of that key, for every mapping of a fact file."""
    try:
        data = load_yaml(path, path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, FactError):  # read once already: keep the lines
        return {}
    found: dict[tuple[int, str], int] = {}
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, Map):
            for key, line in node.lines.items():
                found[(node.line, key)] = line
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found
