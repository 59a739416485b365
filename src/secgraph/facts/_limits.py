"""Bounds on what one input file may cost: its size, its YAML nesting and alias expansion.

Without them a 0.5 kB YAML "alias bomb" expanded past 3.9 GB, a 50 MB fact file aborted a
build in Oxigraph (``std::bad_alloc`` at 9.9 GB) and 30,000 nested ``[`` crashed libyaml's
composer (a C stack overflow). Each limit is far above what a real file needs (a fact file
is about 2 kB, nested 6 levels, with no aliases) and is raised by an environment variable,
which worker processes inherit:

========================  ============  ==========================================
variable                  default       bounds
========================  ============  ==========================================
SECGRAPH_MAX_FILE_MB      16            one fact, text or reference file, in MB
SECGRAPH_MAX_YAML_DEPTH   64            nested mappings and lists in one YAML file
SECGRAPH_MAX_YAML_VALUES  500000        values one YAML file expands to (aliases)
========================  ============  ==========================================
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import FactError

__all__ = [
    "LIMIT_VARIABLES",
    "Limits",
    "check_nesting",
    "decode_utf8",
    "file_sha256",
    "read_limited",
    "unreadable",
]

#: Environment variable -> default value.
LIMIT_VARIABLES = {
    "SECGRAPH_MAX_FILE_MB": 16,
    "SECGRAPH_MAX_YAML_DEPTH": 64,
    "SECGRAPH_MAX_YAML_VALUES": 500_000,
}


@dataclass(frozen=True)
class Limits:
    """The limits in force (read from the environment on each call of :meth:`current`)."""

    file_mb: int
    yaml_depth: int
    yaml_values: int

    @classmethod
    def current(cls) -> Limits:
        """The limits from the environment, each falling back to its default.

        >>> Limits.current().yaml_depth > 0
        True
        """
        raw = tuple(os.environ.get(name) for name in LIMIT_VARIABLES)
        found = _CURRENT.get(raw)
        if found is None:
            values = [_read(name, default) for name, default in LIMIT_VARIABLES.items()]
            found = _CURRENT[raw] = cls(*values)
        return found

    @property
    def file_bytes(self) -> int:
        return self.file_mb * 1024 * 1024


#: Limits by the environment's values (read for every file: parsing them once is enough).
_CURRENT: dict[tuple[str | None, ...], Limits] = {}


def _read(name: str, default: int) -> int:
    text = os.environ.get(name)
    if text is None or not text.strip():
        return default
    try:
        value = int(text.strip())
    except ValueError:
        value = 0
    if value <= 0:
        raise FactError(None, f"{name}='{text}' is not a positive whole number; fix or unset it")
    return value


def read_limited(path: str | Path, *, what: str = "file") -> bytes:
    """The bytes of ``path``, refusing files over ``SECGRAPH_MAX_FILE_MB`` before reading them;
    an unreadable file (permissions, a symbolic link loop, a folder) is a one-line FactError."""
    limit = Limits.current().file_bytes
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise FactError(
                    str(path),
                    f"{what} is {size / 1048576:.1f} MB, over the limit of {limit // 1048576} MB; "
                    "split it, or raise SECGRAPH_MAX_FILE_MB",
                )
            data = handle.read(limit + 1)
    except OSError as err:
        raise unreadable(path, what, err) from err
    if len(data) > limit:  # grew while read, or a special file
        raise FactError(
            str(path),
            f"{what} is over the limit of {limit // 1048576} MB; split it, or raise "
            "SECGRAPH_MAX_FILE_MB",
        )
    return data


def decode_utf8(path: str | Path, data: bytes) -> str:
    """``data`` as text, or the one-line error naming the first byte that is not UTF-8 and its
    line."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise FactError(
            str(path),
            f"not UTF-8 text (byte 0x{data[err.start]:02X}); save the file as UTF-8",
            line,
        ) from None


def unreadable(path: str | Path, what: str, err: OSError) -> FactError:
    """The one-line error for a file or folder the system will not let us read."""
    return FactError(str(path), f"cannot read the {what}: {_reason(err)}")


def _reason(err: OSError) -> str:
    import errno

    hints = {
        errno.EACCES: "permission denied; check its permissions",
        errno.EPERM: "permission denied; check its permissions",
        errno.ELOOP: "a symbolic link loop; point the link at a real file or remove it",
        errno.ENOENT: "no such file; check the name",
        errno.EISDIR: "a folder, not a file; remove or rename it",
    }
    return hints.get(err.errno or 0, f"{err.strerror or err}; check the file")


#: libyaml's composer recurses in C (30,000 nested '[' overflowed the stack; 10,000 did not)
#: and its scanner is quadratic in flow nesting (100,000 '[' took 55 s): text that could
#: nest that deep is checked before libyaml sees it (a file of fewer than half as many
#: characters cannot; flow nesting is checked whenever there are more brackets than the
#: depth allowed).
_SAFE_COMPOSE = 10_000
_QUOTED_OR_BRACKET = re.compile(
    r"""(?:(?<=[\s\[{,:])|^)(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')|(?:(?<=\s)|^)#[^\n]*|[\[\]{}]""",
    re.MULTILINE,
)
#: Block collections nest at most two levels per column of indentation and '- ' markers.
_DEEP_BLOCK = re.compile(rf"^[ \-?]{{{_SAFE_COMPOSE // 2}}}", re.MULTILINE)


def check_nesting(text: str, limit: int) -> None:
    """Refuse text nested deeper than ``limit`` before libyaml parses it (see above).

    Flow collections (``[`` and ``{``) are counted twice, with quoted text and comments left
    out and without, and the larger depth counts; block collections nest at most two levels
    per column of indentation and ``- `` markers.
    """
    if text.count("[") + text.count("{") > limit:
        for aware in (True, False):
            depth, line = _flow_depth(text, aware=aware)
            if depth > limit:
                raise FactError(
                    None,
                    f"lists and mappings nested more than {limit} levels deep; flatten them, "
                    "or raise SECGRAPH_MAX_YAML_DEPTH",
                    line,
                )
    if len(text) > _SAFE_COMPOSE // 2:
        deep = _DEEP_BLOCK.search(text)
        if deep is not None:
            raise FactError(
                None,
                f"a line indented by more than {_SAFE_COMPOSE // 2} columns of spaces and '- ' "
                f"markers (nesting deeper than SECGRAPH_MAX_YAML_DEPTH={limit} allows); indent "
                "less",
                text.count("\n", 0, deep.start()) + 1,
            )


def _flow_depth(text: str, *, aware: bool) -> tuple[int, int]:
    depth = deepest = 0
    at = 0
    tokens = _QUOTED_OR_BRACKET.finditer(text) if aware else re.finditer(r"[\[\]{}]", text)
    for match in tokens:
        char = match.group()
        if char in "[{":
            depth += 1
            if depth > deepest:
                deepest, at = depth, match.start()
        elif char in "]}":
            depth = max(0, depth - 1)
    return deepest, text.count("\n", 0, at) + 1


def file_sha256(path: str | Path) -> str:
    """The sha256 of a file's bytes, read a megabyte at a time (an event file may be
    gigabytes; a build compares it with the manifest's)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
