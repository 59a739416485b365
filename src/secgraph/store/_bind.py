"""Bind parameters by substituting constants for variables: :func:`with_constants`.

A remote server gets its parameters written into the query text. A ``VALUES`` block is the
standard way, but Virtuoso 7.2 fails to compile some queries that start with a one-row,
two-variable ``VALUES`` (``SP031 ... no SPART_VARR_FIXED``), and substitution (as in
SPARQL 1.2's SEP-0007, which Oxigraph implements) is accepted by every engine tried:
Oxigraph, Virtuoso, rdflib, Jena.

Each free occurrence of a bound variable becomes its term. Where SPARQL wants a variable the
term keeps the name: the outermost ``SELECT ?v`` becomes ``SELECT (term AS ?v)`` (the
result keeps its column), ``GROUP BY ?v`` and ``ORDER BY ?v`` become ``(term)``, and
``BOUND(?v)`` becomes ``true``; an ``AS ?v`` target and a ``VALUES`` variable are left alone.
A sub-select that projects ``?v`` among other things drops it from its projection (every use
outside is the term too); ``(term AS ?v)`` there would bring ``?v`` into the scope of the
enclosing select, which may not then name it again with ``AS`` (SPARQL 1.1, 18.2.4.1: Jena
refuses it, Oxigraph and Virtuoso let it pass). A sub-select that does not project the
variable has its own, and is not touched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from rdflib.term import Identifier

from ..errors import QueryError
from ._terms import sparql_term

__all__ = ["with_constants"]

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_TOKEN = re.compile(
    r'(?P<skip>#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>)'
    r"|(?P<var>[?$][A-Za-z0-9_]+)|(?P<word>[A-Za-z_][\w-]*(?::[\w.-]*)?)"
    r"|(?P<open>\{)|(?P<close>\})|(?P<lparen>\()|(?P<rparen>\))|(?P<star>\*)"
)


@dataclass
class _Scope:
    depth: int  # the brace depth the SELECT sits at: its scope ends when that group closes
    live: bool  # whether the scope's variables are the outer query's
    drops: bool = False  # a sub-select whose projection leaves bound parameters out


def with_constants(sparql: str, bindings: Mapping[str, Identifier]) -> str:
    """``sparql`` with each variable of ``bindings`` replaced by its term.

    >>> from rdflib import URIRef
    >>> with_constants("SELECT ?s ?n WHERE { ?s ?p ?n }", {"s": URIRef("http://x/a")})
    'SELECT (<http://x/a> AS ?s) ?n WHERE { <http://x/a> ?p ?n }'
    """
    if not bindings:
        return sparql
    for name in bindings:
        if not _NAME.match(name):
            raise QueryError(None, f"bad parameter name '{name}'; use letters, digits and '_'")
    terms = {name: sparql_term(term) for name, term in bindings.items()}
    tokens = list(_TOKEN.finditer(sparql))
    out: list[str] = []
    at = 0
    depth = 0
    parens = 0
    scopes = [_Scope(depth=-1, live=True)]
    clause = ""  # "select" (projection), "group", "values" or ""
    after_as = False
    skip_to = -1
    for i, m in enumerate(tokens):
        if i <= skip_to:
            continue
        kind, text = m.lastgroup, m.group()
        if kind == "word":
            word = text.upper()
            if word == "BOUND" and scopes[-1].live and _bound_arg(tokens, i, terms):
                out.append(sparql[at : m.start()])
                out.append("true")  # BOUND() takes a variable, not a term
                at = tokens[i + 3].end()
                skip_to = i + 3
            elif word == "SELECT":
                outermost = len(scopes) == 1
                projects, others = _projection(tokens, i, terms)
                live = outermost or (scopes[-1].live and projects)
                drops = live and not outermost and others
                scopes.append(_Scope(depth=depth, live=live, drops=drops))
                clause = "select"
            elif word in ("GROUP", "ORDER"):
                clause = word.lower()
            elif word in ("WHERE", "HAVING", "LIMIT", "OFFSET"):
                clause = ""
            elif word == "VALUES":
                clause = "values"
            after_as = word == "AS"
            continue
        if kind == "open":
            if clause in ("select", "group", "order"):
                clause = ""
            depth += 1
        elif kind == "close":
            depth -= 1
            while len(scopes) > 1 and scopes[-1].depth > depth:
                scopes.pop()
            if clause == "values" and parens == 0:
                clause = ""
        elif kind == "lparen":
            parens += 1
        elif kind == "rparen":
            parens -= 1
        elif kind == "var":
            name = text[1:]
            target, after_as = after_as, False
            if name in terms and scopes[-1].live and not target and clause != "values":
                term = terms[name]
                out.append(sparql[at : m.start()])
                if parens == 0 and clause == "select" and scopes[-1].drops:
                    term = ""
                elif parens == 0 and clause == "select":
                    term = f"({term} AS ?{name})"
                elif parens == 0 and clause in ("group", "order"):
                    term = f"({term})"  # an expression: AS would name ?v a second time
                out.append(term)
                at = m.end()
            continue
        after_as = False
    out.append(sparql[at:])
    return "".join(out)


def _bound_arg(tokens: list[re.Match[str]], i: int, terms: Mapping[str, str]) -> bool:
    """Whether ``tokens[i:i+4]`` is ``BOUND ( ?v )`` for a bound ``?v``."""
    kinds = [m.lastgroup for m in tokens[i + 1 : i + 4]]
    return kinds == ["lparen", "var", "rparen"] and tokens[i + 2].group()[1:] in terms


def _projection(
    tokens: list[re.Match[str]], start: int, terms: Mapping[str, str]
) -> tuple[bool, bool]:
    """What the SELECT at ``tokens[start]`` projects: (a bound variable or ``*``, something
    besides bound variables: an expression, another variable or ``*``)."""
    bound = others = False
    parens = 0
    for m in tokens[start + 1 :]:
        kind, text = m.lastgroup, m.group()
        if kind == "open" or (kind == "word" and text.upper() in ("WHERE", "FROM")):
            break
        if kind == "lparen":
            others = others or parens == 0  # an expression (... AS ?x)
            parens += 1
        elif kind == "rparen":
            parens -= 1
        elif parens == 0 and kind == "star":
            bound = others = True
        elif parens == 0 and kind == "var":
            bound, others = bound or text[1:] in terms, others or text[1:] not in terms
    return bound, others
