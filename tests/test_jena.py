"""Apache Jena, an engine secgraph does not use, agrees with it.

- Jena's parser (``riot --validate``) reads every RDF export without an error or a warning,
  and counts the same triples or quads as rdflib.
- A generated corpus with the fixture events, exported as N-Quads and loaded into Jena TDB2
  (union default graph, as the embedded store queries): every saved query gives the same rows
  as the embedded Oxigraph store, with its parameters written in as constants.
- Jena's SHACL engine finds the same results (focus node, path, constraint, severity) as
  secgraph's validation, on the seed with every shape's violating fixture added.
"""

from __future__ import annotations

import io
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ONTOLOGY, ROOT, generated_corpus
from jena import jena, require
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.query import Result
from test_shapes import CASES, HEAD
from test_virtuoso import saved_query_runs

import secgraph as sg
from secgraph.cli import cli
from secgraph.queries import bind_params, read_queries
from secgraph.store import QueryResult
from secgraph.store._bind import with_constants
from secgraph.validation import expand

ARTICLES = 300  # the size PARAMS was chosen for (tests/test_virtuoso.py)
QUERIES = ROOT / "queries"
SH = "http://www.w3.org/ns/shacl#"

#: export format -> (file suffix, Jena's language name, whether named graphs are kept)
EXPORTS = {
    "turtle": ("ttl", "turtle", False),
    "ntriples": ("nt", "ntriples", False),
    "nquads": ("nq", "nquads", True),
    "trig": ("trig", "trig", True),
    "rdfxml": ("rdf", "rdfxml", False),
    # Jena 4.5 reads JSON-LD 1.1 with titanium-json-ld, which Debian's package cannot start
    # (no JSON-P provider): its JSON-LD 1.0 reader (jsonld-java) reads the same document
    "jsonld": ("jsonld", "jsonld10", True),
}


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require()
    return tmp_path_factory.mktemp("jena")


@pytest.fixture(scope="module")
def built(work: Path) -> Path:
    data = generated_corpus(ARTICLES, work / "corpus")
    shutil.copytree(ROOT / "tests" / "data" / "corpus" / "events", data / "events")
    out = work / "build"
    args = ["build", str(data), "--out", str(out), "--ontology", str(ONTOLOGY)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def tdb(built: Path, work: Path) -> Path:
    dump = _export(built, work, "nquads")
    location = work / "tdb"
    jena(work, "tdb2.tdbloader", "--loc", location, dump)
    return location


def _export(built: Path, work: Path, fmt: str) -> Path:
    suffix = EXPORTS[fmt][0]
    target = work / f"export.{suffix}"
    if not target.exists():
        args = ["export", "--build", str(built), "--format", fmt, "-o", str(target)]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
    return target


@pytest.mark.parametrize("fmt", sorted(EXPORTS))
def test_jena_reads_every_export(fmt: str, built: Path, work: Path) -> None:
    target = _export(built, work, fmt)
    _suffix, lang, named = EXPORTS[fmt]
    checked = jena(work, "riotcmd.riot", "--validate", "--syntax", lang, target, check=False)
    assert checked.strip() == "", checked  # riot prints each error and warning
    counted = jena(work, "riotcmd.riot", "--count", "--syntax", lang, target, check=False)
    ours = Dataset() if named else Graph()
    ours.parse(target, format={"jsonld": "json-ld", "rdfxml": "xml"}.get(fmt, fmt))
    total = sum(len(g) for g in ours.graphs()) if isinstance(ours, Dataset) else len(ours)
    assert re.search(rf"(Triples|Quads) = {total:,}\b", counted), (counted, total)


def _jena_select(work: Path, location: Path, sparql: str) -> QueryResult:
    query = work / "query.rq"
    query.write_text(sparql, encoding="utf-8")
    args = ("--loc", location, "--set", "tdb:unionDefaultGraph=true", "--results", "JSON")
    answer = jena(work, "tdb2.tdbquery", *args, "--query", query)
    parsed = Result.parse(io.StringIO(answer), format="json")
    variables = tuple(str(v) for v in parsed.vars or ())
    rows = tuple(tuple(b.get(v) for v in parsed.vars or ()) for b in parsed.bindings)
    return QueryResult(kind="select", variables=variables, rows=rows)


@pytest.mark.parametrize(
    ("name", "params"),
    saved_query_runs(),
    ids=lambda v: v if isinstance(v, str) else "-".join(v.values()),
)
def test_saved_query_same_rows_in_jena(
    name: str, params: dict[str, str], built: Path, tdb: Path, work: Path
) -> None:
    query = read_queries(QUERIES)[name]
    store = sg.open_store("oxigraph", build_dir=built, read_only=True)
    try:
        bindings = bind_params(store, query, params)
        expected = _comparable(store.query(query.text, bindings=bindings))
    finally:
        store.close()
    assert expected, "the corpus should give rows"
    answer = _comparable(_jena_select(work, tdb, with_constants(query.text, bindings)))
    if "ORDER BY" in query.text.upper():
        assert answer == expected
    else:
        assert sorted(answer) == sorted(expected)


def _comparable(result: QueryResult) -> list[tuple[object, ...]]:
    """Rows with numbers as their values: engines write the same decimal or double
    differently (Oxigraph ``-2``, Jena ``-2.0``), which is no difference in the answer. A
    list of ids (a column named ``ids`` or ``...Ids``, made by GROUP_CONCAT, whose order
    SPARQL leaves to the engine) is compared as a set."""
    rows = []
    for row in result.rows:
        cells: list[object] = []
        for name, term in zip(result.variables, row, strict=True):
            if isinstance(term, Literal) and isinstance(term.value, (int, float, Decimal)):
                cells.append(round(float(term.value), 9))
            elif isinstance(term, Literal) and (name == "ids" or name.endswith("Ids")):
                cells.append(tuple(sorted(str(term).split())))
            else:
                cells.append(None if term is None else term.n3())
        rows.append(tuple(cells))
    return rows


def _results(report: Graph) -> set[tuple[str, str, str, str]]:
    found = set()
    for result in report.subjects(RDF.type, URIRef(SH + "ValidationResult")):
        focus = report.value(result, URIRef(SH + "focusNode"))
        path = report.value(result, URIRef(SH + "resultPath"))
        component = report.value(result, URIRef(SH + "sourceConstraintComponent"))
        severity = report.value(result, URIRef(SH + "resultSeverity"))
        found.add(
            (
                str(focus),
                str(path) if isinstance(path, URIRef) else "",
                str(component).removeprefix(SH).removesuffix("ConstraintComponent"),
                str(severity).removeprefix(SH),
            )
        )
    return found


def test_jena_shacl_finds_the_same_results(
    seed_dataset: Dataset, ontology: sg.Ontology, work: Path
) -> None:
    data = Graph()
    for triple in sg.to_union_graph(seed_dataset):
        data.add(triple)
    for _focus, _good, bad, _constraint, _severity in CASES.values():
        data.parse(data=HEAD + bad, format="turtle")
    data_file = work / "shacl-data.nt"
    data.serialize(data_file, format="nt", encoding="utf-8")
    shapes_file = work / "shapes.nt"
    ontology.shapes.serialize(shapes_file, format="nt", encoding="utf-8")

    answer = jena(work, "shacl.shacl", "validate", "--shapes", shapes_file, "--data", data_file)
    theirs = _results(Graph().parse(data=answer, format="turtle"))
    report = sg.validate(data, ontology.shapes, engine="sparql")
    ours = {
        (
            str(expand(r.focus)),
            str(expand(r.path)) if r.path and not r.path.startswith("[") else "",
            r.constraint,
            r.severity,
        )
        for r in report.results
    }
    assert len(theirs) >= len(CASES), "every violating fixture should give a result"
    assert ours == theirs
    assert Literal(False) in set(Graph().parse(data=answer, format="turtle").objects())
