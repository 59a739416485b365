"""The public API: every name in __all__ resolves, lazily imported or not."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import secgraph as sg


def test_every_public_name_resolves() -> None:
    for name in sg.__all__:
        assert getattr(sg, name) is not None, name


def test_the_type_checking_imports_are_the_declared_api() -> None:
    # __init__.py declares each public name once (_API); its TYPE_CHECKING imports, for type
    # checkers and readers, must name exactly the same names from the same modules
    tree = ast.parse(Path(sg.__file__).read_text(encoding="utf-8"))
    (block,) = [
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    ]
    imported = {
        (node.module, alias.name)
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    declared = {(module, name) for module, names in sg._API.items() for name in names}
    assert imported == declared
    assert sorted(sg.__all__) == sg.__all__
    assert len(sg.__all__) == len(set(sg.__all__)) == len(declared) + 1  # and __version__


def test_validate_is_the_function_even_after_the_submodules_are_imported() -> None:
    for name in ("validation", "validation._engines", "validation.sparql", "validation._passes"):
        importlib.import_module(f"secgraph.{name}")
    assert callable(sg.validate)
    assert sg.validate is importlib.import_module("secgraph.validation").validate
    assert sg.validate.__module__ == "secgraph.validation._engines"


def test_a_query_does_not_import_pyshacl_networkx_or_matplotlib() -> None:
    # lazily imported modules sit in sys.modules unexecuted: look for their submodules
    heavy = "('pyshacl.validator', 'networkx.classes', 'matplotlib.figure')"
    code = (
        "import sys, secgraph.cli, secgraph.queries, secgraph.store;"
        f"print(sorted(m for m in {heavy} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_query_command_does_not_import_the_rdflib_sparql_engine() -> None:
    # rdflib's SPARQL grammar costs about 0.2 s to import; Oxigraph parses saved queries
    code = (
        "import sys, secgraph.cli, secgraph.queries, secgraph.store;"
        "print('rdflib.plugins.sparql.parser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_python_dash_m_runs_the_command_line() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "secgraph", "--help"], capture_output=True, text=True, check=True
    )
    assert "Usage:" in out.stdout
