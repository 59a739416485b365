"""Checks on the text of a query and its parameters before anything runs.

A query's text and its ``-p`` values come from a command line: they may hold bytes that are
not UTF-8 (Python keeps them as lone surrogates, which crash later when encoded), a
5,000-digit integer (Python refuses to convert it), an update where a query belongs, or a
``SERVICE`` clause that would make the store send requests to another server.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "MAX_INTEGER_DIGITS",
    "MAX_NESTING",
    "calls_service",
    "nesting_depth",
    "not_utf8",
    "show",
    "update_keyword",
]

#: Integers bound to parameters: 18 digits fit the 64-bit integers stores compute with.
MAX_INTEGER_DIGITS = 18

#: Brackets a query may nest: Oxigraph's and rdflib's parsers recurse once per level, and
#: 5,000 nested ``{`` or ``(`` killed the process (SIGSEGV) instead of raising. Saved queries
#: nest under 10.
MAX_NESTING = 200

_BRACKETS = re.compile(
    r"[{}()\[\]]"  # a bracket, or something to skip: a string, a comment, an IRI
    r"""|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*|<[^<>\s]*>"""
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_PROLOGUE = re.compile(
    r"(?:\s+|#[^\n]*|(?i:PREFIX)\s*[A-Za-z0-9_.-]*:\s*<[^>]*>|(?i:BASE)\s*<[^>]*>)*"
)
_UPDATE = re.compile(
    r"(?i)(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)(?![A-Za-z0-9_])"
)
_SERVICE = re.compile(r"(?i)(?<![A-Za-z0-9_:?$])SERVICE(?![A-Za-z0-9_:])")


def not_utf8(text: str) -> str | None:
    """What is wrong when ``text`` came from bytes that are not UTF-8, else None.

    >>> not_utf8("PAK") is None
    True
    >>> not_utf8("PA\\udcff")
    'not UTF-8 (byte 0xFF)'
    """
    match = _SURROGATE.search(text)
    if match is None:
        return None
    code = ord(match.group())
    byte = f" (byte 0x{code - 0xDC00:02X})" if code >= 0xDC80 else ""
    return f"not UTF-8{byte}"


def show(value: str, width: int = 40) -> str:
    """``value`` for a one-line message: control characters escaped, long text cut.

    >>> show("a\\nb")
    'a\\\\nb'
    >>> show("9" * 50)
    '9999999999999999999999999999999999999...'
    """
    text = value if len(value) <= width else value[: width - 3] + "..."
    return text.encode("unicode_escape", "backslashreplace").decode("ascii").replace("'", "\\'")


def update_keyword(text: str) -> str | None:
    """The keyword an update starts with (``INSERT``, ``DROP`` ...), after its prologue.

    >>> update_keyword("PREFIX a: <x:>\\n# c\\nINSERT DATA { <a:b> <a:c> 1 }")
    'INSERT'
    >>> update_keyword("SELECT * WHERE { ?s ?p ?o }") is None
    True
    """
    start = _PROLOGUE.match(text)
    match = _UPDATE.match(text, start.end() if start else 0)
    return match.group(1).upper() if match else None


def calls_service(text: str) -> bool:
    """Whether the query ``text`` has a ``SERVICE`` clause (a federated query).

    The word is looked for first (microseconds); only a query that has it is parsed, so a
    string or an IRI that merely contains it is no reason to refuse the query.

    >>> calls_service("SELECT * WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }")
    True
    >>> calls_service('SELECT * WHERE { ?s ?p "SERVICE" }')
    False
    """
    if not _SERVICE.search(text):
        return False
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(text)
    except ParseBaseException:
        return True  # unparsed: err on the side of not reaching out
    return _has_service(tree)


def _has_service(node: Any) -> bool:
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        if node.name == "ServiceGraphPattern":
            return True
        return any(_has_service(v) for v in node.values())
    if isinstance(node, list | tuple) or hasattr(node, "asList"):
        return any(_has_service(item) for item in node)
    return False


def nesting_depth(text: str) -> tuple[int, int]:
    """The deepest nesting of ``{``, ``(`` and ``[`` in ``text`` (strings, IRIs and comments
    skipped), with the 1-based line where it is first reached.

    >>> nesting_depth("SELECT * WHERE { ?s ?p ?o FILTER(?o = '{{') }")
    (2, 1)
    """
    depth = deepest = 0
    line = 1
    for match in _BRACKETS.finditer(text):
        token = match.group()
        if token in "{([":
            depth += 1
            if depth > deepest:
                deepest = depth
                line = text.count("\n", 0, match.start()) + 1
        elif token in "})]":
            depth = max(0, depth - 1)
    return deepest, line
