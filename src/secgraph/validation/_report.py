"""The one report model: results a person can act on (severity, file, line, entity, message).

Whichever engine ran (:mod:`secgraph.validation`), a validation gives a :class:`Report`;
non-conformance is a result (``Report.conforms``), not an exception.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import NamedTuple

from rdflib import BNode, Graph, Literal
from rdflib.namespace import SH

from ..vocab import PREFIXES, RDF, SG
from ._terms import expand

__all__ = ["SEVERITIES", "Report", "ValidationResult", "format_report"]

SEVERITIES = ("Violation", "Warning", "Info")


class ValidationResult(NamedTuple):
    """One SHACL result, located in the fact file it comes from where that is known.

    A named tuple: immutable, ordered field by field (a missing path, value or shape sorts
    before any), and made ten times faster than a frozen dataclass (a build reads back tens
    of thousands from its manifest).
    """

    file: str
    line: int
    severity: str
    focus: str
    message: str
    path: str | None = None
    value: str | None = None
    constraint: str = ""
    shape: str | None = None

    def __lt__(self, other: tuple[object, ...]) -> bool:
        # tuples compare None with str by raising: two results of one focus node may differ
        # only in whether they have a path (a property shape's and a node shape's)
        return _order(self) < _order(other)


def _order(fields: tuple[object, ...]) -> tuple[tuple[bool, object], ...]:
    return tuple((v is not None, "" if v is None else v) for v in fields)


@dataclass(frozen=True)
class Report:
    """Validation results, sorted by file, line, severity and focus node.

    ``engine`` says which engine produced them (``"pyshacl"``, ``"sparql"``, or ``"passes"``
    for the three passes of :func:`~secgraph.validation.validate_passes`; ``""`` when the
    report was read back or filtered) and ``engine_reason`` why that one. Neither takes part in
    equality: two reports are equal when their results are.
    """

    results: tuple[ValidationResult, ...]
    engine: str = field(default="", compare=False)
    engine_reason: str = field(default="", compare=False)

    @property
    def conforms(self) -> bool:
        """True when there is no violation (warnings and info are allowed)."""
        return not any(r.severity == "Violation" for r in self.results)

    def count(self, severity: str) -> int:
        """How many results have this severity (one of :data:`SEVERITIES`)."""
        return sum(1 for r in self.results if r.severity == severity)

    @property
    def violations(self) -> tuple[ValidationResult, ...]:
        """The results of severity Violation."""
        return tuple(r for r in self.results if r.severity == "Violation")

    @property
    def warnings(self) -> tuple[ValidationResult, ...]:
        """The results of severity Warning."""
        return tuple(r for r in self.results if r.severity == "Warning")


def format_report(report: Report, fmt: str = "text") -> str:
    """Render a report as ``text`` (one line per result), ``json`` or ``turtle``."""
    if fmt == "json":
        return json.dumps(
            {
                "conforms": report.conforms,
                "violations": report.count("Violation"),
                "warnings": report.count("Warning"),
                "infos": report.count("Info"),
                "results": [r._asdict() for r in report.results],
            },
            indent=2,
            ensure_ascii=False,
        )
    if fmt == "turtle":
        return _report_graph(report).serialize(format="turtle")
    lines = []
    for r in report.results:
        where = f"{r.file}:{r.line}" if r.line else r.file
        value = f" [{r.value}]" if r.value else ""
        lines.append(
            f"{where}: {r.severity.lower()}: {r.focus}{value}: {r.message} ({r.constraint})"
        )
    verdict = "conforms" if report.conforms else "does not conform"
    lines.append(
        f"{verdict}: {report.count('Violation')} violation(s), {report.count('Warning')} "
        f"warning(s), {report.count('Info')} info"
    )
    return "\n".join(lines)


def _report_graph(report: Report) -> Graph:
    g = Graph()
    g.bind("sh", SH)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    rep = BNode("report")
    g.add((rep, RDF.type, SH.ValidationReport))
    g.add((rep, SH.conforms, Literal(report.conforms)))
    for n, r in enumerate(report.results):
        node = BNode(f"r{n}")
        g.add((rep, SH.result, node))
        g.add((node, RDF.type, SH.ValidationResult))
        g.add((node, SH.resultSeverity, SH[r.severity]))
        g.add((node, SH.focusNode, expand(r.focus)))
        g.add((node, SH.resultMessage, Literal(r.message)))
        g.add((node, SH.sourceConstraintComponent, SH[r.constraint + "ConstraintComponent"]))
        if r.path:
            g.add((node, SH.resultPath, expand(r.path)))
        g.add((node, SG.sourceFile, Literal(r.file)))
        if r.line:
            g.add((node, SG.sourceLine, Literal(r.line)))
    return g
