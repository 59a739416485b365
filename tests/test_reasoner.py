"""The ontology passes a real OWL 2 DL reasoner (HermiT, as Protege runs it), with the
repository's data: consistent, and no class unsatisfiable.

Needs ``owlready2`` (which ships HermiT) and Java (``apt-get install default-jre-headless``).
Without them the module is skipped, unless ``CI`` is true: then it fails.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import DATA
from rdflib import Graph, URIRef

import secgraph as sg
from secgraph.vocab import RDFS, SG, XSD

IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}
if not IN_CI and shutil.which("java") is None:
    pytest.skip(
        "no java (apt-get install default-jre-headless); with CI=true this fails instead",
        allow_module_level=True,
    )
if not IN_CI:
    pytest.importorskip("owlready2", reason="pip install owlready2 (the test extra)")

import owlready2  # noqa: E402


def _hermit(graph: sg.Store | object, path: Path) -> list[str]:
    """Run HermiT on ``graph`` (written as N-Triples to ``path``): the unsatisfiable classes.

    Raises owlready2's error when HermiT refuses the ontology or finds it inconsistent.
    """
    graph.serialize(path, format="nt", encoding="utf-8")  # type: ignore[attr-defined]
    world = owlready2.World()
    onto = world.get_ontology(path.as_uri()).load(format="ntriples")
    with onto:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    return sorted(str(c) for c in world.inconsistent_classes())


@pytest.fixture(scope="module")
def union(ontology: sg.Ontology) -> object:
    dataset = sg.build_dataset(sg.read_facts(DATA), ontology=ontology)
    return sg.to_union_graph(dataset)


def test_hermit_finds_ontology_and_data_consistent(union: object, tmp_path: Path) -> None:
    assert _hermit(union, tmp_path / "all.nt") == []


def test_hermit_refuses_xsd_date_range(union: object, tmp_path: Path) -> None:
    """Regression: sg:firstMeetingDate had rdfs:range xsd:date, which is not in the OWL 2
    datatype map, and HermiT refused the ontology; the test above would catch it again."""
    broken = Graph()
    broken += union  # type: ignore[operator]
    broken.add((URIRef(SG.firstMeetingDate), RDFS.range, XSD.date))
    with pytest.raises(owlready2.OwlReadyJavaError, match=r"XMLSchema#date"):
        _hermit(broken, tmp_path / "broken.nt")
