"""Dates written year first with dots, as Korean, Japanese and Chinese sites and Hungarian
pages write them in a date line: "2026. 4. 29.", "2026.4.29", "Registration date2026. 4. 29."
(a label and its value run together when the markup is read). Year, month, day in that order
is the only reading such a date has, so no day-or-month guess is made.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["year_first_dates"]

#: "2026. 4. 29." (not "2026.04.29", read as an ISO-like date before, nor "2026. 4" alone)
_YEAR_FIRST = re.compile(r"(?<![\d.])((?:19|20)\d\d)\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?![\d])")


def year_first_dates(line: str) -> list[tuple[dt.date, tuple[int, int]]]:
    """Each year-first dotted date of ``line``, with where it stands.

    >>> year_first_dates("Registration date2026. 4. 29.")
    [(datetime.date(2026, 4, 29), (17, 29))]
    >>> year_first_dates("2026. 13. 1.")
    []
    """
    out = []
    for m in _YEAR_FIRST.finditer(line):
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        out.append((day, (m.start(), m.end())))
    return out
