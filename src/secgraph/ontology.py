"""Read the ontology, the SKOS schemes and the SHACL shapes from an ontology directory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF, SH
from rdflib.plugins.parsers.notation3 import BadSyntax

from .errors import OntologyError

__all__ = ["ONTOLOGY_FILES", "SHAPES_FILE", "Ontology", "read_ontology", "read_turtle"]

ONTOLOGY_FILES = ("secgraph.ttl", "cooperation-areas.ttl", "event-codes.ttl")
SHAPES_FILE = "shapes.ttl"


@dataclass(frozen=True)
class Ontology:
    """The ontology with its SKOS schemes (``graph``) and the SHACL shapes (``shapes``)."""

    graph: Graph
    shapes: Graph
    directory: str


def read_turtle(path: str | Path, graph: Graph | None = None) -> Graph:
    """Parse a Turtle file; a syntax error becomes an OntologyError with its line."""
    path = Path(path)
    graph = graph if graph is not None else Graph()
    if not path.is_file():
        raise OntologyError(str(path), "no such file; restore it from the repository")
    try:
        graph.parse(path, format="turtle")
    except BadSyntax as err:
        why = getattr(err, "_why", "bad syntax")
        line = int(getattr(err, "lines", 0)) + 1
        raise OntologyError(str(path), f"broken Turtle: {why}; fix the syntax", line) from err
    except (ValueError, UnicodeDecodeError) as err:
        raise OntologyError(str(path), f"broken Turtle: {err}; fix the syntax") from err
    return graph


def read_ontology(directory: str | Path) -> Ontology:
    """Read ``secgraph.ttl``, ``cooperation-areas.ttl``, ``event-codes.ttl`` and ``shapes.ttl``."""
    root = Path(directory)
    if not root.is_dir():
        raise OntologyError(
            str(root), "no such ontology directory; give the folder with secgraph.ttl"
        )
    graph = Graph()
    for name in ONTOLOGY_FILES:
        read_turtle(root / name, graph)
    shapes = read_turtle(root / SHAPES_FILE)
    if (None, RDF.type, SH.NodeShape) not in shapes:
        raise OntologyError(
            str(root / SHAPES_FILE),
            "holds no SHACL node shape, so nothing would be validated; restore the shapes "
            "(the shipped shapes.ttl, which 'secgraph init' copies) or add yours",
        )
    return Ontology(graph=graph, shapes=shapes, directory=str(root))
