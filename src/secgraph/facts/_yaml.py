"""YAML with line numbers for fact files, and typed field access with file:line errors.

libyaml parses; each mapping remembers its own line and its keys' lines. Dates stay strings
(YAML 1.1 would turn ``2024-13-45`` into a crash and ``2024-01-01`` into a date object), so
that :class:`Fields` can check them and say where they are wrong.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from ..errors import FactError
from ._limits import Limits, check_nesting

__all__ = [
    "CONTROL",
    "ID_PATTERN",
    "Fields",
    "Map",
    "control_message",
    "empty_map",
    "kind_of",
    "load_yaml",
]

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

# ---------------------------------------------------------------------------------------------
# YAML with line numbers (libyaml when available), dates kept as strings
# ---------------------------------------------------------------------------------------------

try:  # libyaml's C parser: about ten times faster than the pure-Python one
    from yaml.cyaml import CParser as _CParser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    _CParser = None  # type: ignore[assignment,misc]


class _Resolver(yaml.resolver.BaseResolver):
    pass


for _tag, _regexp, _first in (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^[-+]?(?:0|[1-9][0-9_]*)$", list("-+0123456789")),
    (
        "tag:yaml.org,2002:float",
        r"^[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?$",
        list("-+0123456789."),
    ),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
):
    _Resolver.add_implicit_resolver(_tag, re.compile(_regexp), _first)


class Map(dict[str, Any]):
    """A mapping that remembers its own line and each key's line (1-based)."""

    line: int
    lines: dict[str, int]


def _located(node: yaml.Node, message: str) -> FactError:
    return FactError(None, message, node.start_mark.line + 1)


_TAG = "tag:yaml.org,2002:"
_SCALARS: dict[str, Any] = {
    _TAG + "str": str,
    _TAG + "int": lambda v: int(v.replace("_", "")),
    _TAG + "float": lambda v: float(v.replace("_", "")),
    _TAG + "bool": lambda v: v.lower() == "true",
    _TAG + "null": lambda v: None,
}


#: Characters no label may hold: C0 and C1 controls other than tab, line feed and carriage
#: return, lone surrogates and the non-characters U+FFFE/U+FFFF (none is allowed in XML 1.0:
#: an ESC in a name made the RDF/XML export ill-formed).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def control_message(text: str) -> str | None:
    r"""What is wrong with ``text`` when it holds a control character (None when it does not).

    >>> control_message("a\x1bb")
    'control character U+001B in the text; remove it (it is invisible and breaks exports)'
    """
    match = CONTROL.search(text)
    if match is None:
        return None
    return (
        f"control character U+{ord(match.group()):04X} in the text; remove it (it is invisible "
        "and breaks exports)"
    )


class _Walk:
    """Python values for libyaml's node tree, mappings as :class:`Map` with their lines.

    Walking the nodes directly is about five times faster than PyYAML's constructor, which
    was a fifth of the time to build a large corpus. The walk counts what it makes (aliases
    can make a 0.5 kB file expand to gigabytes) and how deep it is.
    """

    __slots__ = ("active", "budget", "depth")

    def __init__(self, limits: Limits) -> None:
        self.active: set[int] = set()
        self.budget = limits.yaml_values
        self.depth = limits.yaml_depth

    def value(self, node: yaml.Node, depth: int) -> Any:
        if isinstance(node, yaml.ScalarNode):
            convert = _SCALARS.get(node.tag)
            if convert is None:
                raise _located(node, f"unsupported YAML tag '{node.tag}'; write plain text")
            try:
                value = convert(node.value)
            except ValueError:
                if node.value.lstrip("+-").replace("_", "").isdigit():  # over 4,300 digits
                    raise _located(
                        node,
                        f"a number of {len(node.value)} digits is too long; quote it if it is text",
                    ) from None
                shown = node.value if len(node.value) <= 40 else node.value[:37] + "..."
                what = f"'{shown}'" if node.value else "an empty value"
                raise _located(node, f"{what} is not a number; drop the '!!' tag") from None
            if node.style == '"' and isinstance(value, str) and CONTROL.search(value):
                raise _located(node, control_message(value) or "")
            return value
        if depth >= self.depth:
            raise _located(
                node,
                f"lists and mappings nested more than {self.depth} levels deep; flatten them, "
                "or raise SECGRAPH_MAX_YAML_DEPTH",
            )
        self.budget -= len(node.value)
        if self.budget < 0:
            raise _located(
                node,
                "aliases ('*name') expand to too many values; write the values out, or raise "
                "SECGRAPH_MAX_YAML_VALUES",
            )
        key = id(node)
        if key in self.active:
            raise _located(node, "an alias refers to its own value; write the value out")
        self.active.add(key)
        try:
            if isinstance(node, yaml.SequenceNode):
                return [self.value(item, depth + 1) for item in node.value]
            result = Map()
            result.line = node.start_mark.line + 1
            result.lines = {}
            for key_node, value_node in node.value:
                name = self.value(key_node, depth + 1)
                if not isinstance(name, str):
                    raise _located(key_node, f"keys must be text, not {name!r}")
                if name in result:
                    raise _located(key_node, f"duplicate key '{name}'; keep one of them")
                result[name] = self.value(value_node, depth + 1)
                result.lines[name] = key_node.start_mark.line + 1
            return result
        finally:
            self.active.discard(key)


if _CParser is not None:

    class _Loader(_CParser, _Resolver):
        def __init__(self, stream: Any) -> None:
            _CParser.__init__(self, stream)
            _Resolver.__init__(self)

else:  # pragma: no cover - libyaml is in the PyYAML wheels

    class _Loader(  # type: ignore[no-redef]
        yaml.reader.Reader,
        yaml.scanner.Scanner,
        yaml.parser.Parser,
        yaml.composer.Composer,
        _Resolver,
    ):
        def __init__(self, stream: Any) -> None:
            yaml.reader.Reader.__init__(self, stream)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)
            yaml.composer.Composer.__init__(self)
            _Resolver.__init__(self)


def load_yaml(path: str | Path, text: str) -> Any:
    """Parse ``text`` (the contents of ``path``) into plain values and :class:`Map` s.

    Every error is a one-line :class:`FactError` with the line, including text nested or
    expanding beyond the :class:`~secgraph.facts._limits.Limits`, and control characters
    (raw ones, which libyaml refuses, and the ``"\\e"`` or ``"\\0"`` escapes of
    double-quoted text).
    """
    limits = Limits.current()
    try:
        check_nesting(text, limits.yaml_depth)
    except FactError as err:
        raise FactError(str(path), err.message, err.line) from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _Walk(limits).value(node, 0)
    except FactError as err:
        raise FactError(str(path), err.message, err.line) from err
    except yaml.reader.ReaderError as err:  # a raw control character: libyaml refuses it
        char = chr(err.character) if isinstance(err.character, int) else str(err.character)
        at = text.count("\n", 0, err.position) + 1
        message = control_message(char) or f"character U+{ord(char[:1] or ' '):04X} is not allowed"
        raise FactError(str(path), message, at) from err
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark is not None else None
        what = " ".join((err.problem or err.context or "malformed YAML").split())
        raise FactError(
            str(path), f"malformed YAML: {what}; check indentation, colons and quotes", line
        ) from err
    except yaml.YAMLError as err:
        what = " ".join(str(err).split("\n", 1)[0].split())
        raise FactError(str(path), f"malformed YAML: {what}; fix the syntax") from err
    finally:
        loader.dispose()


# ---------------------------------------------------------------------------------------------
# Field readers: each knows the file, the enclosing mapping and the key, so errors carry lines
# ---------------------------------------------------------------------------------------------


class Fields:
    """Typed access to one YAML mapping, with file:line errors and unknown-key checks."""

    def __init__(self, path: str, mapping: Any, what: str, line: int | None = None) -> None:
        if not isinstance(mapping, dict):
            raise FactError(
                path,
                f"{what} must be a mapping of 'key: value' lines, not {kind_of(mapping)}",
                line,
            )
        self.path = path
        self.map = mapping
        self.what = what
        self.line: int | None = getattr(mapping, "line", line)

    def key_line(self, key: str) -> int | None:
        lines = getattr(self.map, "lines", {})
        return lines.get(key, self.line)

    def error(self, key: str | None, message: str) -> FactError:
        return FactError(self.path, message, self.key_line(key) if key else self.line)

    def check_keys(self, allowed: Iterable[str]) -> None:
        allowed = tuple(allowed)
        for key in self.map:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"did you mean '{close[0]}'?" if close else "allowed: " + ", ".join(allowed)
                raise self.error(key, f"unknown key '{key}' in {self.what}; {hint}")

    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self.map.get(key)
        if value is None:
            if required:
                raise self.error(None, f"{self.what} has no '{key}'; add '{key}: ...'")
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.error(key, f"'{key}' must be text, not {kind_of(value)}; quote it")
        text = str(value).strip()
        if required and not text:
            raise self.error(key, f"'{key}' is empty; give a value")
        return text or None

    def ident(self, key: str, *, required: bool = False) -> str | None:
        value = self.text(key, required=required)
        if value is not None and not ID_PATTERN.match(value):
            raise self.error(
                key,
                f"'{key}' id '{value}' is not a valid id; use lower-case letters, digits and '-'",
            )
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.map.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise self.error(key, f"'{key}' must be a list, not {kind_of(value)}; write [a, b]")
        out = []
        for item in value:
            if isinstance(item, bool) or not isinstance(item, str | int):
                raise self.error(key, f"'{key}' items must be text, not {kind_of(item)}")
            text = str(item).strip()
            if not text:
                raise self.error(key, f"'{key}' has an empty item; remove it or fill it in")
            out.append(text)
        return tuple(out)

    def items(self, key: str) -> list[Any]:
        value = self.map.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(key, f"'{key}' must be a list of entries (each starting with '- ')")
        return value

    def date(self, key: str) -> dt.date | None:
        value = self.text(key)
        if value is None:
            return None
        try:  # YYYY-MM-DD only: fromisoformat also takes week dates ("2024-W05-3")
            return dt.date.fromisoformat(value) if _DATE.fullmatch(value) else _bad_date()
        except ValueError:
            raise self.error(
                key,
                f"'{key}' is not a date: '{value}'; write YYYY-MM-DD, or leave it out when the "
                "article does not say",
            ) from None


def _bad_date() -> dt.date:
    raise ValueError


def kind_of(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "empty"
    return "text" if isinstance(value, str) else "a number"


def empty_map() -> Map:
    """An empty mapping at line 1 (an empty fact file)."""
    m = Map()
    m.line = 1
    m.lines = {}
    return m
