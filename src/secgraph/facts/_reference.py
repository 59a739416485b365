"""Read a ``reference/`` directory.

The directory holds ``countries.csv`` and the organisations (with their posts), officials,
dialogues and places YAML files. The readers of one such entity live here too: an article
may define its own entities in the same format.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import FactError
from ._checks import Context, check_links, unique
from ._limits import decode_utf8, read_limited
from ._model import Country, Dialogue, Official, Organisation, Place, Post, Reference
from ._yaml import Fields, control_message, load_yaml

__all__ = [
    "ORG_TYPES",
    "PLACE_TYPES",
    "REFERENCE_FILES",
    "read_reference",
    "to_dialogue",
    "to_official",
    "to_organisation",
    "to_place",
]

ORG_TYPES = ("ministry", "department", "bureau", "agency", "organisation")
PLACE_TYPES = ("city", "place")

REFERENCE_FILES = ("organisations.yaml", "officials.yaml", "dialogues.yaml", "places.yaml")


def read_reference(
    reference_dir: str | Path | Sequence[str | Path],
    *,
    cached: Callable[[str], Reference | None] | None = None,
) -> Reference:
    """Read ``countries.csv`` and the reference YAML files of a ``reference/`` directory.

    ``reference_dir`` may also be a sequence of folders, layered: the first holds
    ``countries.csv``; each later one adds entries and replaces those with the same id (a
    project's own officials over the shipped ones, see ``secgraph.resources``).

    ``cached`` looks up a parse made earlier from files of the same sha256 (a build keeps
    one, see ``secgraph.pipeline._inputs``): an incremental build then does not parse
    thousands of officials again (about a second).
    """
    roots = (
        [Path(reference_dir)]
        if isinstance(reference_dir, str | Path)
        else [Path(r) for r in reference_dir]
    )
    root = roots[0]
    countries_path = root / "countries.csv"
    if not countries_path.is_file():
        raise FactError(
            str(countries_path), "no country table; restore data/reference/countries.csv"
        )
    digest = hashlib.sha256()
    raw = read_limited(countries_path, what="country table")
    digest.update(raw)
    texts: dict[tuple[int, str], str | None] = {}
    for layer, folder in enumerate(roots):
        for name in REFERENCE_FILES:
            path = folder / name
            if path.is_dir():
                raise FactError(str(path), "a folder, not a reference file; rename or move it")
            if not path.is_file() and not path.is_symlink():
                texts[layer, name] = None
                continue
            data = read_limited(path, what="reference file")
            text = decode_utf8(path, data)
            texts[layer, name] = text
            tag = name if layer == 0 else f"{layer}/{name}"  # one folder: the hash as before
            digest.update(tag.encode() + b"\0" + data)
    sha256 = digest.hexdigest()
    found = cached(sha256) if cached is not None else None
    if found is not None and found.sha256 == sha256:
        return found
    return _parse_reference(roots, decode_utf8(countries_path, raw), texts, sha256)


def _parse_reference(
    roots: Sequence[Path],
    countries_text: str,
    texts: Mapping[tuple[int, str], str | None],
    sha256: str,
) -> Reference:
    countries = _read_countries(roots[0] / "countries.csv", countries_text)
    ctx = Context(Reference(countries=countries))
    readers = {
        "organisations.yaml": ("organisation", to_organisation),
        "officials.yaml": ("official", to_official),
        "dialogues.yaml": ("dialogue", to_dialogue),
        "places.yaml": ("place", to_place),
    }
    merged: dict[str, dict[str, Any]] = {name: {} for name in REFERENCE_FILES}
    for layer, folder in enumerate(roots):
        for name in REFERENCE_FILES:
            path = folder / name
            text = texts[layer, name]
            if text is None:
                continue
            data = load_yaml(path, text)
            if data is not None and not isinstance(data, list):
                raise FactError(
                    str(path), "a reference file must be a list of entries ('- id: ...')", 1
                )
            what, read = readers[name]
            # ids are unique within a file; a later folder replaces an earlier one's entry
            merged[name].update(unique((read(ctx, str(path), m) for m in data or []), what))
    orgs = merged["organisations.yaml"]
    officials = merged["officials.yaml"]
    dialogues = merged["dialogues.yaml"]
    places = merged["places.yaml"]
    ref = Reference(
        countries=countries,
        organisations=orgs,
        officials=officials,
        dialogues=dialogues,
        places=places,
        sha256=sha256,
    )
    check_links(ref, orgs.values(), officials.values())
    return ref


def _read_countries(path: Path, text: str) -> dict[str, Country]:
    rows = csv.DictReader(text.splitlines(), strict=True)
    out: dict[str, Country] = {}
    first: dict[str, int] = {}
    n = 1
    try:
        if not rows.fieldnames or not {"iso3", "iso2", "name"} <= set(rows.fieldnames):
            raise FactError(str(path), "country table needs the columns iso3, iso2, name", 1)
        while True:
            n = rows.line_num + 1  # where the next row starts (a quoted cell may span lines)
            row = next(rows, None)
            if row is None:
                break
            if None in row:
                raise FactError(
                    str(path),
                    f"more cells than the header's {len(rows.fieldnames)}; quote cells that "
                    'hold commas ("a, b")',
                    n,
                )
            country = _country(path, n, {k: (v or "").strip() for k, v in row.items()})
            if country.iso3 in first:
                raise FactError(
                    str(path),
                    f"country {country.iso3} is listed twice (also on line "
                    f"{first[country.iso3]}); keep one row",
                    n,
                )
            first[country.iso3] = n
            out[country.iso3] = country
    except csv.Error as err:
        what = "a quote is not closed" if "end of data" in str(err) else str(err)
        raise FactError(
            str(path), f'malformed CSV: {what}; quote whole cells ("a, b") and close them', n
        ) from None
    return out


def _country(path: Path, n: int, cells: Mapping[str, str]) -> Country:
    for value in cells.values():
        if (message := control_message(value)) is not None:
            raise FactError(str(path), message, n)
    iso3 = cells.get("iso3", "").upper()
    if not re.fullmatch(r"[A-Z]{3}", iso3):
        raise FactError(str(path), f"bad ISO alpha-3 code '{iso3}'; use three letters", n)
    wikidata = cells.get("wikidata") or None
    if wikidata is not None and not re.fullmatch(r"Q[1-9][0-9]*", wikidata):
        raise FactError(
            str(path),
            f"bad Wikidata id '{wikidata}'; write Q and digits (Q843), or leave it empty",
            n,
        )
    return Country(
        iso3=iso3,
        iso2=cells.get("iso2", "").upper(),
        name=cells.get("name", ""),
        wikidata=wikidata,
        aliases=tuple(a.strip() for a in cells.get("aliases", "").split("|") if a.strip()),
    )


def _sources(fields: Fields) -> tuple[str, ...]:
    return fields.texts("sources")


def to_organisation(ctx: Context, path: str, raw: Any) -> Organisation:
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


def to_official(ctx: Context, path: str, raw: Any) -> Official:
    f = Fields(path, raw, "an official")
    f.check_keys(("id", "name", "honorific", "country", "posts", "sources"))
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
        honorific=f.text("honorific"),
    )


def to_dialogue(ctx: Context, path: str, raw: Any) -> Dialogue:
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


def to_place(ctx: Context, path: str, raw: Any) -> Place:
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
