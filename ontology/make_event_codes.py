"""Generate ``event-codes.ttl``: CAMEO event codes and PLOVER event types as SKOS.

Usage::

    python ontology/make_event_codes.py CAMEO_EVENTCODES_TXT [-o event-codes.ttl]

The CAMEO part is read from GDELT's tab-separated lookup table (``CAMEOEVENTCODE``,
``EVENTDESCRIPTION``). Two upstream faults are repaired here:

- code 106 is glued onto the end of the 1056 line (``...engagement106:[-5.0] Demand
  withdrawal``); it is split off into its own concept;
- the 044 description has mis-encoded quote marks; it is replaced with plain ASCII;
- two typos are corrected (033 "matyerial", 2041 "radiologicalweapons") and runs of
  spaces are collapsed.

The two-digit root labels are upper case upstream and are written in sentence case. The
hierarchy follows the code prefix (0641 -> 064 -> 06); two-digit codes are top concepts.

The PLOVER part (16 event types, 12 contexts) is written by hand below. Standard library
only; the output is sorted and the same bytes for the same input.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

__all__ = [
    "PLOVER_CONTEXTS",
    "PLOVER_TYPES",
    "main",
    "read_cameo",
    "to_turtle",
]

BASE = "https://w3id.org/secgraph/"

#: The 044 label, repaired (upstream: "Meet at a <garbage>hird<garbage>location").
_LABEL_044 = "Meet at a third location"

#: 1056 and 106 share one line upstream: "<1056 label>106:[-5.0] <106 label>".
#: Spelling repairs: code -> (wrong, right).
_TYPOS = {
    "033": ("matyerial", "material"),
    "2041": ("radiologicalweapons", "radiological weapons"),
}

_MERGED_106 = re.compile(r"^(?P<label>.*?)106:\[[-+0-9.]+\]\s*(?P<label106>.+)$")

# PLOVER event type -> (definition, closely matching CAMEO roots, legacy names).
# Legacy names are the ones PLOVER 0.5 gold records use (DEMAND, DISAPPROVE, FIGHT); they
# are kept as hidden labels so a string lookup still finds the current type.
PLOVER_TYPES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "AGREE": (
        "An actor says it will cooperate, or commits itself to do so: offers, promises, "
        "pledges and agreements to act, before any material step is taken.",
        ("03",),
        (),
    ),
    "CONSULT": (
        "Actors talk with each other: visits, hosted meetings, talks through a third party, "
        "multilateral meetings and telephone calls.",
        ("04",),
        (),
    ),
    "SUPPORT": (
        "Verbal or diplomatic backing for another actor: praise, endorsement, recognition, "
        "apology or forgiveness, without material resources.",
        ("05",),
        (),
    ),
    "CONCEDE": (
        "An actor gives way to pressure or a request: eases restrictions, releases persons "
        "or property, accepts demands or changes policy in the target's favour.",
        ("08",),
        (),
    ),
    "COOPERATE": (
        "Actors work together materially (economic, military, judicial or intelligence "
        "cooperation), beyond words and short of one-way aid.",
        ("06",),
        (),
    ),
    "AID": (
        "One actor gives resources to another: economic, military or humanitarian aid, "
        "protection, peacekeeping or asylum.",
        ("07",),
        (),
    ),
    "RETREAT": (
        "An actor pulls back from a confrontation: withdraws forces, demobilises, lifts a "
        "blockade or otherwise de-escalates.",
        (),
        (),
    ),
    "REQUEST": (
        "An actor asks or demands that another act: appeals and demands for cooperation, "
        "aid, meetings, reform or de-escalation.",
        ("02",),
        ("DEMAND",),
    ),
    "ACCUSE": (
        "An actor criticises, blames or denounces another, or alleges wrongdoing, in words.",
        ("11",),
        ("DISAPPROVE",),
    ),
    "REJECT": (
        "An actor refuses a proposal, request or demand, or declines to cooperate.",
        ("12",),
        (),
    ),
    "THREATEN": (
        "An actor warns that it will impose costs (sanctions, force, or other harm) unless "
        "the target acts or refrains from acting.",
        ("13",),
        (),
    ),
    "PROTEST": (
        "Public collective dissent: demonstrations, hunger strikes, strikes, boycotts and "
        "obstruction, mostly by civilians.",
        ("14",),
        (),
    ),
    "SANCTION": (
        "An actor cuts or scales down relations or assistance: ends talks, expels "
        "diplomats, imposes embargoes or withholds aid.",
        ("16",),
        (),
    ),
    "MOBILIZE": (
        "An actor raises its readiness to use force without using it: alerts, troop "
        "movements, mobilisation and shows of force.",
        ("15",),
        (),
    ),
    "COERCE": (
        "An actor uses repression or non-lethal force against the target: arrests, "
        "seizures, expulsions, restrictions and similar measures.",
        ("17",),
        (),
    ),
    "ASSAULT": (
        "Physical violence against persons or property: attacks, armed clashes, bombings "
        "and mass violence.",
        ("18", "19", "20"),
        ("FIGHT",),
    ),
}

# PLOVER context -> (label, definition, hidden labels seen in PLOVER data).
PLOVER_CONTEXTS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "military": (
        "military",
        "Armed forces and defence: deployments, operations, military cooperation and arms.",
        (),
    ),
    "intelligence": (
        "intelligence",
        "Collecting, sharing or using intelligence, and espionage.",
        (),
    ),
    "terrorism": (
        "terrorism",
        "Terrorist attacks, terrorist groups, and the measures taken against them.",
        (),
    ),
    "crime": (
        "crime",
        "Criminal activity and its policing, where no narrower context (trafficking, "
        "drugs) applies.",
        (),
    ),
    "trafficking": (
        "trafficking",
        "Smuggling and trafficking of people, weapons or goods across borders.",
        (),
    ),
    "illegal_drugs": (
        "illegal drugs",
        "Production, trade and control of illegal narcotics.",
        (),
    ),
    "territory": (
        "territory",
        "Claims and disputes over land, sea or borders, and sovereignty over them.",
        (),
    ),
    "migration": (
        "migration",
        "Movement of people across borders, including refugees and asylum seekers.",
        ("refugee", "refugees"),
    ),
    "legal": (
        "legal",
        "Courts, legal proceedings, laws and their enforcement by judicial means.",
        (),
    ),
    "diplomatic": (
        "diplomatic",
        "Relations between governments as such: representation, recognition, talks and "
        "diplomatic standing.",
        (),
    ),
    "peacekeeping": (
        "peacekeeping",
        "Peace operations and observer or monitoring missions, usually under an "
        "international mandate.",
        (),
    ),
    "cyber": (
        "cyber",
        "Computer networks and information systems: intrusions, attacks and their defence.",
        (),
    ),
}

_PREFIXES = {
    "cameo": BASE + "cameo/",
    "dcterms": "http://purl.org/dc/terms/",
    "plover": BASE + "plover/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}

_CAMEO_RIGHTS = (
    "CAMEO event codes (Schrodt, Gerner et al.), as published in GDELT's CAMEO lookup "
    "table; taken from aamend/spark-gdelt (reference/cameoEvent.txt @ c3f4cc54), "
    "Apache License 2.0. Labels repaired and re-cased by secgraph."
)
_PLOVER_RIGHTS = (
    "PLOVER event types and contexts, Copyright 2016 Open Event Data Alliance, "
    "CC BY-SA 4.0. Definitions here are secgraph's own paraphrase and are shared under "
    "the same licence."
)


def read_cameo(path: Path) -> dict[str, str]:
    """Read the CAMEO lookup table into ``{code: label}``, repairing the known faults."""
    codes: dict[str, str] = {}

    def add(code: str, label: str, line_no: int) -> None:
        if not re.fullmatch(r"[0-9]{2,4}", code):
            raise SystemExit(f"{path}:{line_no}: bad CAMEO code {code!r}")
        if code in codes:
            raise SystemExit(f"{path}:{line_no}: duplicate CAMEO code {code}")
        codes[code] = " ".join(label.split())

    with path.open(encoding="utf-8", newline="") as handle:
        for line_no, line in enumerate(handle, start=1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("CAMEOEVENTCODE"):
                continue
            code, _, label = line.partition("\t")
            code = code.strip()
            if code == "1056" and (merged := _MERGED_106.match(label)):
                add("1056", merged["label"], line_no)
                add("106", merged["label106"], line_no)
                continue
            if code == "044":
                label = _LABEL_044
            if code in _TYPOS:
                wrong, right = _TYPOS[code]
                label = label.replace(wrong, right)
            if not label.isascii():
                raise SystemExit(f"{path}:{line_no}: unexpected non-ASCII label for {code}")
            add(code, label, line_no)

    for code in codes:
        if len(code) > 2 and code[:-1] not in codes:
            raise SystemExit(f"{path}: CAMEO code {code} has no parent {code[:-1]}")
    return codes


def _literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _sentence_case(label: str) -> str:
    return label[:1] + label[1:].lower() if label.isupper() else label


def _objects(values: list[str]) -> str:
    return ", ".join(sorted(values))


def _block(subject: str, pairs: list[tuple[str, str]]) -> str:
    lines = [subject]
    for index, (predicate, obj) in enumerate(pairs):
        end = " ." if index == len(pairs) - 1 else " ;"
        lines.append(f"    {predicate} {obj}{end}")
    return "\n".join(lines) + "\n"


def _context_iri(name: str) -> str:
    return f"<{BASE}plover/context/{name}>"


def to_turtle(codes: dict[str, str]) -> str:
    """Render CAMEO ``codes`` and the PLOVER vocabulary as Turtle."""
    children: dict[str, list[str]] = {}
    for code in codes:
        if len(code) > 2:
            children.setdefault(code[:-1], []).append(f"cameo:{code}")
    roots = sorted(code for code in codes if len(code) == 2)

    out = ["# Generated by ontology/make_event_codes.py; do not edit by hand.\n"]
    out.append("".join(f"@prefix {p}: <{iri}> .\n" for p, iri in sorted(_PREFIXES.items())))

    out.append(
        _block(
            "cameo:scheme",
            [
                ("a", "skos:ConceptScheme"),
                ("dcterms:title", _literal("CAMEO event codes") + "@en"),
                (
                    "dcterms:source",
                    "<https://github.com/aamend/spark-gdelt>, "
                    "<http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf>",
                ),
                ("dcterms:rights", _literal(_CAMEO_RIGHTS) + "@en"),
                ("skos:hasTopConcept", _objects([f"cameo:{c}" for c in roots])),
            ],
        )
    )
    for code in sorted(codes):
        pairs = [
            ("a", "skos:Concept"),
            ("skos:prefLabel", _literal(_sentence_case(codes[code])) + "@en"),
            ("skos:notation", _literal(code)),
            ("skos:inScheme", "cameo:scheme"),
        ]
        if len(code) == 2:
            pairs.append(("skos:topConceptOf", "cameo:scheme"))
        else:
            pairs.append(("skos:broader", f"cameo:{code[:-1]}"))
        if code in children:
            pairs.append(("skos:narrower", _objects(children[code])))
        out.append(_block(f"cameo:{code}", pairs))

    out.append(
        _block(
            "plover:scheme",
            [
                ("a", "skos:ConceptScheme"),
                ("dcterms:title", _literal("PLOVER event types") + "@en"),
                ("dcterms:source", "<https://github.com/openeventdata/PLOVER>"),
                ("dcterms:rights", _literal(_PLOVER_RIGHTS) + "@en"),
                ("skos:hasTopConcept", _objects([f"plover:{t}" for t in PLOVER_TYPES])),
            ],
        )
    )
    for name in sorted(PLOVER_TYPES):
        definition, cameo_roots, legacy = PLOVER_TYPES[name]
        for root in cameo_roots:
            if root not in codes:
                raise SystemExit(f"PLOVER {name}: CAMEO root {root} is not in the table")
        pairs = [
            ("a", "skos:Concept"),
            ("skos:prefLabel", _literal(name) + "@en"),
            ("skos:notation", _literal(name)),
            ("skos:definition", _literal(definition) + "@en"),
        ]
        if legacy:
            pairs.append(("skos:hiddenLabel", _objects([_literal(x) for x in legacy])))
        pairs += [
            ("skos:inScheme", "plover:scheme"),
            ("skos:topConceptOf", "plover:scheme"),
        ]
        if cameo_roots:
            pairs.append(("skos:closeMatch", _objects([f"cameo:{r}" for r in cameo_roots])))
        out.append(_block(f"plover:{name}", pairs))

    out.append(
        _block(
            "plover:context-scheme",
            [
                ("a", "skos:ConceptScheme"),
                ("dcterms:title", _literal("PLOVER event contexts") + "@en"),
                ("dcterms:source", "<https://github.com/openeventdata/PLOVER>"),
                ("dcterms:rights", _literal(_PLOVER_RIGHTS) + "@en"),
                ("skos:hasTopConcept", _objects([_context_iri(c) for c in PLOVER_CONTEXTS])),
            ],
        )
    )
    for name in sorted(PLOVER_CONTEXTS):
        label, definition, hidden = PLOVER_CONTEXTS[name]
        pairs = [
            ("a", "skos:Concept"),
            ("skos:prefLabel", _literal(label) + "@en"),
            ("skos:notation", _literal(name)),
            ("skos:definition", _literal(definition) + "@en"),
        ]
        if hidden:
            pairs.append(("skos:hiddenLabel", _objects([_literal(x) for x in hidden])))
        pairs += [
            ("skos:inScheme", "plover:context-scheme"),
            ("skos:topConceptOf", "plover:context-scheme"),
        ]
        out.append(_block(_context_iri(name), pairs))

    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cameo", type=Path, help="CAMEO.eventcodes.txt (GDELT lookup table)")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path(__file__).with_name("event-codes.ttl"),
        help="output Turtle (default: event-codes.ttl beside this script); '-' for stdout",
    )
    args = parser.parse_args(argv)
    codes = read_cameo(args.cameo)
    text = to_turtle(codes)
    if str(args.output) == "-":
        sys.stdout.write(text)
        return 0
    # Write to a temporary file and rename, so a failure never leaves half a file.
    fd, tmp = tempfile.mkstemp(dir=args.output.parent, prefix=".event-codes-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, args.output)
    except BaseException:
        os.unlink(tmp)
        raise
    print(f"wrote {len(codes)} CAMEO codes to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
