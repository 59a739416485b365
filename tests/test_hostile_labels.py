"""Labels that are legal but hostile survive every export, checked by independent parsers.

A title with quotes, markup, a CDATA end, backslashes, a tab, a line separator, a
right-to-left override and text outside the Basic Multilingual Plane is built into the
default store and exported in every RDF format; each output is parsed by a parser that
secgraph did not use to write it (RDF/XML by ``xml.etree`` for well-formedness and by rdflib;
Turtle, TriG, N-Triples and N-Quads by pyoxigraph; JSON-LD by ``json`` and rdflib), and the
title must come back exactly. Control characters (NUL, ESC) are refused at the fact file
(``tests/data/bad/``), so they never reach an export.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import ONTOLOGY
from rdflib import Dataset, Literal

from secgraph.cli import cli

TITLE = (
    "Quote \" and 'single' <b>tag</b> & ]]> \\ back\\slash\ttab \u00fc \u4e2d\u6587 "
    "\U0001f600 line\u2028separator \u202eoverride"
)
SUMMARY = "first line\nsecond line with <script>alert(1)</script>"


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar: line breaks (YAML counts U+2028 as one) escaped."""
    out = []
    for char in text:
        if char in '\\"':
            out.append("\\" + char)
        elif ord(char) < 32 or char in "\u0085\u2028\u2029":
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


ARTICLE = f"""article:
  title: {_quoted(TITLE)}
meetings:
  - id: talks
    date: 2024-01-31
    summary: {_quoted(SUMMARY)}
    delegations: [{{country: USA}}, {{country: PAK}}]
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from conftest import DATA

    root = tmp_path_factory.mktemp("hostile")
    data = root / "data"
    shutil.copytree(DATA / "reference", data / "reference")
    (data / "articles").mkdir()
    (data / "articles" / "hostile.yaml").write_text(ARTICLE, encoding="utf-8")
    out = root / "build"
    result = CliRunner().invoke(
        cli, ["build", str(data), "--out", str(out), "--ontology", str(ONTOLOGY)]
    )
    assert result.exit_code == 0, result.output
    return out


def _export(built: Path, fmt: str, *extra: str) -> bytes:
    result = CliRunner().invoke(cli, ["export", "--format", fmt, *extra, "--build", str(built)])
    assert result.exit_code == 0, result.stderr
    return result.stdout_bytes


def _oxigraph_literals(fmt: ox.RdfFormat) -> Callable[[bytes], set[str]]:
    def parse(data: bytes) -> set[str]:
        return {
            q.object.value for q in ox.parse(data, format=fmt) if isinstance(q.object, ox.Literal)
        }

    return parse


def _rdflib_literals(fmt: str) -> Callable[[bytes], set[str]]:
    def parse(data: bytes) -> set[str]:
        dataset = Dataset()
        dataset.parse(data=data, format=fmt)
        return {str(o) for _s, _p, o, _g in dataset.quads() if isinstance(o, Literal)}

    return parse


def _xml_literals(data: bytes) -> set[str]:
    root = ET.fromstring(data)  # raises on anything ill-formed
    return {e.text for e in root.iter() if e.text and e.text.strip()} | _rdflib_literals("xml")(
        data
    )


def _jsonld_literals(data: bytes) -> set[str]:
    json.loads(data)  # well-formed JSON first
    return _rdflib_literals("json-ld")(data)


PARSERS = {
    "turtle": _oxigraph_literals(ox.RdfFormat.TURTLE),
    "ntriples": _oxigraph_literals(ox.RdfFormat.N_TRIPLES),
    "nquads": _oxigraph_literals(ox.RdfFormat.N_QUADS),
    "trig": _oxigraph_literals(ox.RdfFormat.TRIG),
    "rdfxml": _xml_literals,
    "jsonld": _jsonld_literals,
}


@pytest.mark.parametrize("fmt", list(PARSERS))
def test_hostile_labels_survive_every_export(built: Path, fmt: str) -> None:
    literals = PARSERS[fmt](_export(built, fmt))
    assert TITLE in literals
    assert SUMMARY in literals


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_hostile_labels_survive_the_store_dump_too(built: Path, fmt: str) -> None:
    # --article skips the export cache: the store writes the graph itself
    literals = PARSERS[fmt](_export(built, fmt, "--article", "hostile"))
    assert TITLE in literals
