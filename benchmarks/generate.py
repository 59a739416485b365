"""Generate a synthetic secgraph data directory of N articles, seeded and deterministic.

The output is in the project's own fact-file format (see ``src/secgraph/facts/``)::

    DIR/reference/countries.csv        copy of the repository's data/reference/countries.csv
    DIR/reference/organisations.yaml   ministries, bureaus and agencies per country, with posts
    DIR/reference/officials.yaml       a few thousand officials, each with a post in their country
    DIR/reference/dialogues.yaml       a few hundred standing dialogues between frequent pairs
    DIR/reference/places.yaml          one or two cities per country
    DIR/articles/<id>.yaml             one fact file per article

Shape: about 200 countries whose pair frequencies are Zipf-like (a few pairs are very
frequent), 1-2 meetings per article (mostly one), two delegations per meeting whose leaders
(and sometimes members) belong to the delegation's country, 1-4 cooperation areas and 0-2
threats per meeting (ids from ontology/cooperation-areas.ttl), dates over 20 years with about
10% missing, an occasional commitment, and evidence quotes (there is no article text file, so
the quotes are not located). The data validates clean: warnings only (missing dates).

YAML is written as text with f-strings (no YAML library), so 100,000 articles take seconds.

    python benchmarks/generate.py --articles 1000 --out /tmp/sg-1k
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import itertools
import random
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["AREAS", "THREATS", "generate", "main"]

REPO = Path(__file__).resolve().parents[1]
COUNTRIES_CSV = REPO / "data" / "reference" / "countries.csv"
N_COUNTRIES = 200
N_OFFICIALS = 3000
N_DIALOGUES = 300
N_PAIRS = 4000
START = dt.date(2005, 1, 1)
DAYS = 20 * 365

# Ids from ontology/cooperation-areas.ttl, most common first (their weights fall off as 1/rank).
AREAS = (
    "counter-terrorism",
    "security-cooperation",
    "border-security",
    "intelligence-sharing",
    "capacity-building",
    "training",
    "law-enforcement",
    "defence-cooperation",
    "maritime-security",
    "counter-narcotics",
    "counter-trafficking",
    "cyber-security",
    "regional-security",
    "military-exercises",
    "technical-assistance",
    "equipment",
    "judicial-cooperation",
    "coordinated-operations",
    "migration-management",
    "arms-transfers",
    "non-proliferation",
    "peacekeeping",
    "surveillance",
    "interdiction",
    "countering-violent-extremism",
)
THREATS = (
    "terrorism",
    "drug-trafficking",
    "organised-crime",
    "illicit-trafficking",
    "violent-extremism",
    "human-trafficking",
    "insurgency",
    "cyber-attack",
    "piracy",
    "arms-trafficking",
    "migrant-smuggling",
    "weapons-proliferation",
)
CAMEO = ("040", "042", "043", "036", "046", "057")
PLOVER = ("CONSULT", "COOPERATE", "AGREE")

ORGS = (  # (suffix, name, type, parent suffix, posts as (suffix, title))
    (
        "ministry-of-interior",
        "Ministry of Interior",
        "ministry",
        None,
        (
            ("interior-minister", "Minister of Interior"),
            ("interior-secretary", "Interior Secretary"),
            ("interior-additional-secretary", "Additional Interior Secretary"),
        ),
    ),
    (
        "ministry-of-defence",
        "Ministry of Defence",
        "ministry",
        None,
        (
            ("defence-minister", "Minister of Defence"),
            ("defence-secretary", "Defence Secretary"),
            ("chief-of-staff", "Chief of Defence Staff"),
        ),
    ),
    (
        "ministry-of-foreign-affairs",
        "Ministry of Foreign Affairs",
        "ministry",
        None,
        (
            ("foreign-minister", "Minister of Foreign Affairs"),
            ("foreign-secretary", "Foreign Secretary"),
            ("ambassador", "Ambassador"),
        ),
    ),
    (
        "bureau-of-security-affairs",
        "Bureau of Security Affairs",
        "bureau",
        "ministry-of-foreign-affairs",
        (
            ("security-affairs-director", "Director of Security Affairs"),
            ("security-affairs-deputy", "Deputy Director of Security Affairs"),
        ),
    ),
    (
        "national-police-agency",
        "National Police Agency",
        "agency",
        "ministry-of-interior",
        (
            ("police-chief", "Inspector General of Police"),
            ("counter-terrorism-head", "Head of Counter-Terrorism"),
        ),
    ),
    (
        "intelligence-agency",
        "National Intelligence Agency",
        "agency",
        None,
        (("intelligence-director", "Director General of Intelligence"),),
    ),
)

SYLLABLES = (
    "ka",
    "ri",
    "mo",
    "sa",
    "na",
    "to",
    "li",
    "ha",
    "de",
    "ra",
    "vi",
    "el",
    "an",
    "or",
    "um",
    "be",
    "zu",
    "fa",
    "ne",
    "qi",
    "lo",
    "ma",
    "su",
    "te",
    "ya",
    "go",
    "pe",
    "di",
    "ko",
    "ju",
)
VERBS = ("met", "held talks with", "received", "hosted", "conferred with")
TOPICS = (
    "security cooperation",
    "border management",
    "counter-terrorism measures",
    "intelligence exchange",
    "joint training",
    "maritime patrols",
    "regional stability",
)
PUBLISHERS = ("Daily Tribune", "The Observer", "Global Wire", "News Agency", "Herald")


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str


@dataclass
class World:
    """The reference entities the articles draw on, with sampling tables."""

    countries: list[Country]
    pairs: list[tuple[int, int]]
    pair_cum: list[float]
    officials: dict[int, list[str]]  # country index -> official ids, most prominent first
    official_cum: dict[int, list[float]]
    places: dict[int, list[str]]
    dialogues: dict[tuple[int, int], str]
    area_cum: list[float]
    threat_cum: list[float]


def _zipf_cum(n: int, s: float = 1.0) -> list[float]:
    return list(itertools.accumulate(1.0 / (r**s) for r in range(1, n + 1)))


def _pick(rng: random.Random, cum: list[float]) -> int:
    return bisect.bisect_right(cum, rng.random() * cum[-1])


def _sample_distinct(rng: random.Random, cum: list[float], k: int) -> list[int]:
    out: list[int] = []
    while len(out) < k:
        i = _pick(rng, cum)
        if i not in out:
            out.append(i)
    return out


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _q(text: str) -> str:
    """A double-quoted YAML scalar (the generator never produces quotes or backslashes)."""
    assert '"' not in text and "\\" not in text
    return f'"{text}"'


def _read_countries(path: Path) -> list[Country]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r.get("iso_official", "true") == "true"]
    return [Country(r["iso3"], r["name"]) for r in rows]


def build_world(rng: random.Random) -> World:
    all_countries = _read_countries(COUNTRIES_CSV)
    rng.shuffle(all_countries)
    # Put a few well-known actors first so the head of the distribution looks familiar.
    head = ["USA", "PAK", "CHN", "RUS", "IND", "GBR", "FRA", "AFG", "TUR", "IRN", "DEU", "JPN"]
    by_code = {c.iso3: c for c in all_countries}
    countries = [by_code[c] for c in head if c in by_code]
    countries += [c for c in all_countries if c.iso3 not in head]
    countries = countries[:N_COUNTRIES]
    country_cum = _zipf_cum(len(countries), 0.9)

    # Pairs: drawn with country weights (so frequent pairs involve frequent countries), then
    # ranked in draw order and given Zipf weights: a few pairs dominate.
    seen: set[tuple[int, int]] = set()
    pairs: list[tuple[int, int]] = []
    while len(pairs) < N_PAIRS:
        a, b = _pick(rng, country_cum), _pick(rng, country_cum)
        if a == b:
            continue
        key = (min(a, b), max(a, b))
        if key not in seen:
            seen.add(key)
            pairs.append(key)
    pair_cum = _zipf_cum(len(pairs), 1.05)

    # Officials: per country in proportion to its weight, at least 4 each.
    weights = [1.0 / (r**0.9) for r in range(1, len(countries) + 1)]
    total = sum(weights)
    officials: dict[int, list[str]] = {}
    used: set[str] = set()
    for i, w in enumerate(weights):
        n = max(4, round(N_OFFICIALS * w / total))
        ids = []
        for _ in range(n):
            while True:
                name = f"{_name(rng, 2)} {_name(rng, 3)}"
                oid = name.lower().replace(" ", "-")
                if oid not in used:
                    used.add(oid)
                    break
            ids.append(oid)
        officials[i] = ids
    official_cum = {i: _zipf_cum(len(ids), 0.8) for i, ids in officials.items()}

    places = {
        i: [f"{c.iso3.lower()}-capital"] + ([f"{c.iso3.lower()}-port-city"] if i < 80 else [])
        for i, c in enumerate(countries)
    }
    dialogues = {
        pair: f"{countries[pair[0]].iso3.lower()}-{countries[pair[1]].iso3.lower()}"
        "-security-dialogue"
        for pair in pairs[:N_DIALOGUES]
    }
    return World(
        countries=countries,
        pairs=pairs,
        pair_cum=pair_cum,
        officials=officials,
        official_cum=official_cum,
        places=places,
        dialogues=dialogues,
        area_cum=_zipf_cum(len(AREAS), 0.7),
        threat_cum=_zipf_cum(len(THREATS), 0.8),
    )


def _official_names(world: World, rng: random.Random) -> dict[str, str]:
    names = {}
    for ids in world.officials.values():
        for oid in ids:
            names[oid] = " ".join(p.capitalize() for p in oid.split("-"))
    return names


def write_reference(world: World, rng: random.Random, ref_dir: Path) -> None:
    ref_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(COUNTRIES_CSV, ref_dir / "countries.csv")

    out = ["# Generated by benchmarks/generate.py: organisations with their posts.\n"]
    post_ids: dict[int, list[str]] = {}
    for i, c in enumerate(world.countries):
        code = c.iso3.lower()
        posts_here = []
        for suffix, name, kind, parent, posts in ORGS:
            full_name = f"{name} of {c.name}".replace('"', "")
            out.append(
                f"- id: {code}-{suffix}\n  name: {_q(full_name)}\n"
                f"  country: {c.iso3}\n  type: {kind}\n"
            )
            if parent:
                out.append(f"  parent: {code}-{parent}\n")
            out.append("  posts:\n")
            for p_suffix, title in posts:
                out.append(f"    - id: {code}-{p_suffix}\n      title: {_q(title)}\n")
                posts_here.append(f"{code}-{p_suffix}")
        post_ids[i] = posts_here
    (ref_dir / "organisations.yaml").write_text("".join(out), encoding="utf-8")

    names = _official_names(world, rng)
    out = ["# Generated by benchmarks/generate.py: officials, each with a post in their country.\n"]
    for i, ids in world.officials.items():
        iso3 = world.countries[i].iso3
        for oid in ids:
            out.append(f"- id: {oid}\n  name: {_q(names[oid])}\n  country: {iso3}\n")
            if rng.random() < 0.97:  # the rest have no post: a SHACL warning, not a violation
                out.append(f"  posts: [{rng.choice(post_ids[i])}]\n")
    (ref_dir / "officials.yaml").write_text("".join(out), encoding="utf-8")

    out = ["# Generated by benchmarks/generate.py: standing bilateral dialogues.\n"]
    for (a, b), did in world.dialogues.items():
        ca, cb = world.countries[a], world.countries[b]
        out.append(
            f"- id: {did}\n  name: {_q(f'{ca.iso3}-{cb.iso3} Security Dialogue')}\n"
            f"  parties: [{ca.iso3}, {cb.iso3}]\n"
        )
    (ref_dir / "dialogues.yaml").write_text("".join(out), encoding="utf-8")

    out = ["# Generated by benchmarks/generate.py: cities where meetings are held.\n"]
    for i, ids in world.places.items():
        c = world.countries[i]
        for pid in ids:
            kind = "Capital" if pid.endswith("capital") else "Port City"
            out.append(
                f"- id: {pid}\n  name: {_q(f'{kind} of {c.iso3}')}\n  country: {c.iso3}\n"
                "  type: city\n"
            )
    (ref_dir / "places.yaml").write_text("".join(out), encoding="utf-8")


def _delegation(world: World, rng: random.Random, ci: int, names: dict[str, str]) -> str:
    ids, cum = world.officials[ci], world.official_cum[ci]
    picks = _sample_distinct(rng, cum, min(len(ids), 1 + (rng.random() < 0.15) * rng.randint(1, 2)))
    leader = ids[picks[0]]
    text = f"      - country: {world.countries[ci].iso3}\n        leader: {leader}\n"
    if len(picks) > 1:
        text += "        members: [" + ", ".join(ids[p] for p in picks[1:]) + "]\n"
    if rng.random() < 0.05:
        text += f"        evidence: {_q(f'The delegation was led by {names[leader]}.')}\n"
    return text


def article_text(world: World, rng: random.Random, n: int, names: dict[str, str]) -> str:
    n_meetings = 2 if rng.random() < 0.06 else 1
    meetings = []
    first_pair = None
    first_date = None
    for m in range(1, n_meetings + 1):
        a, b = world.pairs[_pick(rng, world.pair_cum)]
        if rng.random() < 0.5:
            a, b = b, a
        first_pair = first_pair or (a, b)
        ca, cb = world.countries[a], world.countries[b]
        lines = [f"  - id: meeting-{m}\n"]
        if rng.random() >= 0.10:
            date = START + dt.timedelta(days=rng.randrange(DAYS))
            first_date = first_date or date
            lines.append(f"    date: {date.isoformat()}\n")
            if rng.random() < 0.05:
                end = date + dt.timedelta(days=rng.randint(1, 2))
                lines.append(f"    end_date: {end.isoformat()}\n")
        r = rng.random()
        host = a if r < 0.85 else None
        if host is not None:
            lines.append(f"    host: {ca.iso3}\n")
            if rng.random() < 0.6:
                lines.append(f"    place: {rng.choice(world.places[a])}\n")
        pair_key = (min(a, b), max(a, b))
        if pair_key in world.dialogues and rng.random() < 0.4:
            lines.append(f"    dialogue: {world.dialogues[pair_key]}\n")
        if rng.random() < 0.1:
            lines.append(f'    cameo: "{rng.choice(CAMEO)}"\n    plover: {rng.choice(PLOVER)}\n')
        areas = [AREAS[i] for i in _sample_distinct(rng, world.area_cum, rng.randint(1, 4))]
        lines.append(f"    areas: [{', '.join(areas)}]\n")
        n_threats = rng.choice((0, 0, 1, 1, 1, 2))
        if n_threats:
            threats = [THREATS[i] for i in _sample_distinct(rng, world.threat_cum, n_threats)]
            lines.append(f"    threats: [{', '.join(threats)}]\n")
        if rng.random() < 0.05:
            other = _pick(rng, _COUNTRY_CUM)
            if other not in (a, b):
                lines.append(f"    discussed: [{world.countries[other].iso3}]\n")
        lines.append("    delegations:\n")
        lines.append(_delegation(world, rng, a, names))
        lines.append(_delegation(world, rng, b, names))
        if rng.random() < 0.35:
            quote = (
                f"Officials of {ca.iso3} {rng.choice(VERBS)} their {cb.iso3} counterparts "
                f"on {rng.choice(TOPICS)}."
            )
            lines.append(f"    evidence:\n      - {_q(quote)}\n")
        meetings.append("".join(lines))

    a, b = first_pair  # type: ignore[misc]
    ca, cb = world.countries[a], world.countries[b]
    title = f"{ca.name} and {cb.name} discuss {rng.choice(TOPICS)}".replace('"', "")
    head = [
        f"# Generated by benchmarks/generate.py (article {n}).\narticle:\n"
        f"  title: {_q(title)}\n  language: en\n"
    ]
    if rng.random() < 0.3:
        head.append(f"  publisher: {_q(rng.choice(PUBLISHERS))}\n")
    if first_date is not None and rng.random() < 0.9:
        published = first_date + dt.timedelta(days=rng.randint(0, 3))
        head.append(f"  published: {published.isoformat()}\n")
    text = "".join(head) + "\nmeetings:\n" + "".join(meetings)
    if rng.random() < 0.05:
        areas = [AREAS[i] for i in _sample_distinct(rng, world.area_cum, rng.randint(1, 2))]
        text += (
            "\ncommitments:\n  - id: commitment-1\n    meeting: meeting-1\n"
            f"    parties: [{ca.iso3}, {cb.iso3}]\n"
            f"    description: "
            f"{_q(f'{ca.iso3} and {cb.iso3} agreed to deepen {rng.choice(TOPICS)}.')}\n"
            f"    areas: [{', '.join(areas)}]\n"
            f"    evidence:\n      - {_q('Both sides agreed to deepen their cooperation.')}\n"
        )
    return text


_COUNTRY_CUM = _zipf_cum(N_COUNTRIES, 0.9)


def generate(articles: int, out: Path, *, seed: int = 7) -> Path:
    """Write a data directory of ``articles`` articles into ``out`` (replacing its contents)."""
    rng = random.Random(seed)
    world = build_world(rng)
    for sub in ("articles", "reference"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    write_reference(world, rng, out / "reference")
    names = _official_names(world, rng)
    art_dir = out / "articles"
    art_dir.mkdir(parents=True)
    width = max(6, len(str(articles)))
    for n in range(1, articles + 1):
        (art_dir / f"art-{n:0{width}d}.yaml").write_text(
            article_text(world, rng, n, names), encoding="utf-8"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="data directory to write")
    parser.add_argument("--seed", type=int, default=7, help="random seed [default: 7]")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    generate(args.articles, args.out, seed=args.seed)
    print(
        f"wrote {args.articles} articles to {args.out} in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
