"""SHACL compiled to SPARQL: each constraint runs once over every focus node, in the store.

pySHACL validates one focus node at a time in Python (about 30-50 ms per article with our
shapes, and a SHACL-SPARQL constraint is one query per focus node). Here every constraint of
``ontology/shapes.ttl`` becomes one SELECT over the whole store (or over chunks of the given
focus nodes) that returns only the violating focus nodes and values, so the store's query
engine (Oxigraph: milliseconds to a second over millions of triples) does the work.

The contract is equality: :func:`validate_store` gives the same
:class:`~secgraph.validation.Report` as pySHACL (:func:`secgraph.validation.validate` with
``engine="pyshacl"``) on the same data. Where SPARQL and pySHACL's
Python semantics may differ (``sh:datatype`` on ill-typed literals, ``sh:pattern`` as a Python
regular expression, ``sh:lessThanOrEquals`` as rdflib's ``<=``), the query only drops rows that
certainly conform and the remaining candidates are decided in Python by pySHACL's own rules.

Speed (83 constraints over 4.1 million quads at 100,000 articles) comes from rewrites that
keep every answer exact, each explained where it is made:

- ``rdf:type/rdfs:subClassOf*`` becomes ``rdf:type`` over a VALUES list of the subclass
  closure, read from the same store at the start of :func:`validate_store`;
- each constraint has two forms: ``sparql`` looks each focus node up (few focus nodes) and
  ``sparql_bulk`` scans the path's statements once and hash-joins them with the focus nodes
  (from :data:`SCAN_FROM` instances of the targets on); ``sh:minCount 1`` is FILTER NOT EXISTS
  or MINUS respectively;
- over Oxigraph, queries go to pyoxigraph directly, convert each distinct term once, and run
  ``workers`` at a time (pyoxigraph releases the GIL while it evaluates);
- results are located (file and line) with a few queries per 50,000 nodes, not per 2,000.

Only the SHACL features that ``shapes.ttl`` uses are supported; any other feature is an
:class:`~secgraph.errors.OntologyError` at compile time, never a silently skipped constraint:

- targets: ``sh:targetClass`` (instances of subclasses too, by ``rdfs:subClassOf*`` in the data);
- node shapes with ``sh:property`` and ``sh:sparql``; property shapes with a predicate path or a
  sequence of predicates;
- ``sh:minCount``, ``sh:maxCount``, ``sh:class``, ``sh:datatype``, ``sh:pattern`` (no
  ``sh:flags``), ``sh:hasValue``, ``sh:lessThanOrEquals``;
- ``sh:severity``, ``sh:message`` (exactly one per constraint), and SPARQL SELECT constraints
  whose SELECT projects ``$this`` (``sh:prefixes`` / ``sh:declare``; ``{?var}`` in messages).

The package: :mod:`._shapes` reads and checks the shapes graph, :mod:`._compile` and
:mod:`._sparql_constraints` compile it (:mod:`._compiled`: the compiled form), :mod:`._validate`
runs it (:mod:`._rows`: results). Running the queries (:mod:`secgraph.validation._run`) and
locating results (:mod:`secgraph.validation._locate`: file and line) are shared with the
rest of :mod:`secgraph.validation`.
"""

from __future__ import annotations

from ._compile import compile_shapes
from ._compiled import CompiledConstraint, CompiledShapes
from ._validate import validate_store

__all__ = ["CompiledConstraint", "CompiledShapes", "compile_shapes", "validate_store"]
