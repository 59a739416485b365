"""Open an event file, plain or zipped, as numbered lines (streaming: one line at a time)."""

from __future__ import annotations

import codecs
import io
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

__all__ = ["MAX_LINE_CHARS", "BrokenZip", "TooLong", "is_zip", "numbered_lines", "open_text"]

#: Characters one line (a row; a PLOVER record) may have: an event row is about 1 kB. Without
#: a bound a file of one endless line (a zip bomb of 600 MB of 'A', or a 50 MB line) was read
#: whole into memory (3 GB) and its value minted, until the N-Triples parser's 16 MB buffer
#: gave a MemoryError traceback.
MAX_LINE_CHARS = 1 << 20


class BrokenZip(Exception):
    """A zip archive that cannot be opened or read to its end (``line`` is where it broke)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class TooLong(Exception):
    """A line (or record) longer than :data:`MAX_LINE_CHARS`: not event data."""

    def __init__(self, line: int, what: str = "line") -> None:
        message = (
            f"a {what} longer than {MAX_LINE_CHARS // (1 << 20)} MB; this is not event data "
            "(an event row is about 1 kB)"
        )
        super().__init__(message)
        self.line = line
        self.message = message


def _windows_1252(err: UnicodeError) -> tuple[str, int]:
    """Bytes that are not UTF-8 read as Windows-1252 (Latin-1 where it has no character):
    event files are UTF-8, but some releases (POLECAT's, older ICEWS files) write names in
    Latin-1, and "Pérez" should stay "Pérez", not "P\ufffdrez"."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    text = "".join(_byte_1252(b) for b in err.object[err.start : err.end])
    return text, err.end


def _byte_1252(byte: int) -> str:
    try:
        return bytes((byte,)).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


#: The decoding error handler of every event file (see :func:`_windows_1252`).
DECODE_ERRORS = "secgraph-windows-1252"
codecs.register_error(DECODE_ERRORS, _windows_1252)

#: What zipfile raises on a damaged archive (a truncated download, a bad CRC).
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError)


def is_zip(path: str | Path) -> bool:
    return str(path).lower().endswith(".zip")


@contextmanager
def open_text(path: str | Path) -> Iterator[IO[str]]:
    """The text of ``path`` (UTF-8, a byte order mark skipped, other bytes as Windows-1252), or of
    the first data member of a ``.zip`` (GDELT's ``*.export.CSV.zip`` hold one file).
    Raises :class:`BrokenZip`."""
    if not is_zip(path):
        with open(path, encoding="utf-8-sig", errors=DECODE_ERRORS, newline="") as handle:
            yield handle
        return
    try:
        archive = zipfile.ZipFile(path)
        members = [m for m in archive.infolist() if not m.is_dir()]
        if not members:
            raise BrokenZip(1, "the zip archive is empty")
        raw = archive.open(members[0])
    except ZIP_ERRORS as err:
        raise BrokenZip(1, f"broken zip archive ({err}); download it again") from err
    with archive, raw:
        yield io.TextIOWrapper(raw, encoding="utf-8-sig", errors=DECODE_ERRORS, newline="")


def numbered_lines(handle: IO[str]) -> Iterator[tuple[int, str, bool]]:
    """``(line number, text without its line end, whether a line end followed)``.

    A damaged zip member raises :class:`BrokenZip` with the line reached.
    """
    n = 0
    try:
        while line := handle.readline(MAX_LINE_CHARS + 1):
            n += 1
            if len(line) > MAX_LINE_CHARS:
                raise TooLong(n)
            if line.endswith("\n"):
                yield n, line[:-2] if line.endswith("\r\n") else line[:-1], True
            else:
                yield n, line, False
    except ZIP_ERRORS as err:
        raise BrokenZip(n + 1, f"broken zip archive ({err}); download it again") from err
