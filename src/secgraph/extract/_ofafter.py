"""A title before the name and the office after it: "Superintendent of Police A B C of
District Police Office X", "Director General A B of the Department for Security Policy at the
Y Ministry", "Brig A B of the Joint Staff Headquarters", "Deputy Commandant A B of SSB".

The person reader takes the office after a name only when it ends in an office word it
knows; here the name is told by the words before "of": capitalised words that are no title's
words, two to five of them, after a title with a head word (or a rank).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["split_office_after"]

#: (an office in lower case after "the" too: "Director General A B of the ministry's defence
#: policy department")
_LINK = re.compile(r"\s+(?:of|at|from)\s+(?=(?:the\s+)?[0-9A-Z]|the\s+[a-z])")
#: lower-case words inside a name: "Sánchez de la Fuente", "bin", "Mint"
_PARTICLES = frozenset(
    [
        *("de", "da", "del", "della", "di", "do", "dos", "du", "la", "le", "van", "von", "der"),
        *("bin", "binti", "y"),
    ]
)
_TOKEN = re.compile(r"(?:[A-Z]\.)+|[A-Z\u00c0-\u00de\u0100-\u024f][\w'\u2019.-]*")
#: the office after "of": "the ...", an acronym ("SSB"), or words with an office's word
_OFFICE = re.compile(r"^(?:the\s|[A-Z]{2,6}\b)")


def split_office_after(
    chunk: str,
    *,
    is_title_word: Callable[[str], bool],
    is_head: Callable[[str], bool],
    is_rank: Callable[[str], bool],
) -> tuple[str, str] | None:
    """("TITLE NAME", "OFFICE") of "TITLE NAME of OFFICE", or None for any other chunk.

    >>> words = {"Director", "General", "Deputy", "Commandant", "Police", "Superintendent"}
    >>> split_office_after(
    ...     "Director General Kari Nordby Lunde of the Department for Policy",
    ...     is_title_word=words.__contains__,
    ...     is_head=lambda w: w in {"Director", "Commandant", "Superintendent"},
    ...     is_rank=lambda t: False,
    ... )
    ('Director General Kari Nordby Lunde', 'the Department for Policy')
    """
    for link in _LINK.finditer(chunk):
        left, office = chunk[: link.start()], chunk[link.end() :]
        if "," in left or not (_OFFICE.match(office) or any(map(is_title_word, office.split()))):
            continue
        words = left.split()
        k = 0
        while k < len(words):
            w = words[-1 - k]
            if w in _PARTICLES or (_TOKEN.fullmatch(w) and not is_title_word(w)):
                k += 1
            else:
                break
        while k and words[-k] in _PARTICLES:  # (a name opens with no particle)
            k -= 1
        before = words[: len(words) - k]
        if not 2 <= k <= 5 or not before:
            continue
        if any(map(is_head, before)) or is_rank(" ".join(before) + " "):
            return left, office
    return None
