"""The city a story was filed from, when the agency's dateline patterns did not read it: a city
alone on a line in capitals under a byline ("NEW DELHI"), "Nepalgunj, Magh 6 (Jan 20)" under
"By Our Correspondent", "Lima, Mar. 3 (ANDINA).", "Brasília, March 12, 2025" over a press note,
"Ondjiva - Angola and ..." (split out of ``_when_where``, which reads the meeting's place).
"""

from __future__ import annotations

import re

from ._stamps import date_line, filing_stamp
from ._text import Sentence
from ._venuehints import dash_dated_city

__all__ = ["city_line"]


def city_line(sentences: list[Sentence]) -> str | None:
    """A city alone on a line in capitals near the top ("NEW DELHI" under a byline): where a
    newspaper's story was filed."""
    for i, s in enumerate(sentences[:6]):
        if s.heading and re.fullmatch(r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}", s.text):
            return " ".join(w.capitalize() for w in s.text.split())
        if (
            i > 0
            and re.match(r"By [A-Z]", sentences[i - 1].text)
            and re.fullmatch(r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2}", s.text)
        ):
            return s.text  # "Nairobi" on the line under "By John Kamau"
        placed = _BYLINE_CITY.fullmatch(s.text) if i > 0 else None
        if placed is not None and re.match(r"By [A-Z]", sentences[i - 1].text):
            return placed.group(1)  # "Nepalgunj, Magh 6 (Jan 20)" under "By Our Correspondent"
        agency = _CITY_AGENCY.fullmatch(s.text) if not s.heading else None
        if agency is not None:
            return agency.group(1)  # "Lima, Mar. 3 (ANDINA)." cut off as a sentence of its own
        if re.fullmatch(r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2}\.", s.text):
            return s.text[:-1]  # "Mtwara." before the first sentence: a paper's dateline
        dated = re.fullmatch(
            r"([A-Z][^\W\d_]+(?: (?:(?:de|del|da|do|la|el) )?[A-Z][^\W\d_]+){0,2}),\s+(.+?)\.?",
            s.text,
        )
        if (
            dated
            and date_line(dated.group(2)) is not None
            and (s.heading or i == next((k for k, x in enumerate(sentences) if not x.heading), -1))
        ):
            return dated.group(1)  # "Brasília, March 12, 2025" over a press note
    opening = next((s for s in sentences if not s.heading), None)
    led = _CITY_DASH.match(opening.text) if opening is not None else None
    if led is not None:
        return led.group(1)  # "Ondjiva - Angola and Namibia ..."
    stamped = _CITY_COMMA.match(opening.text) if opening is not None else None
    if stamped is not None and filing_stamp(sentences) is not None:
        # an agency's stamp the dateline patterns did not read: "NAIROBI, 11-12 March 2026 -"
        return " ".join(w.capitalize() if w.isupper() else w for w in stamped.group(1).split())
    return dash_dated_city(sentences)  # "Santo Domingo, 15-I-2026.- The minister ..."


#: a city and its day, in any calendar, on the line under a byline
_BYLINE_CITY = re.compile(r"([A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2}),\s+[^.]{0,24}\d[^.]{0,16}")
#: an agency's city and day alone: "Lima, Mar. 3 (ANDINA)."
_CITY_AGENCY = re.compile(
    r"([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2}),\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+"
    r"\([A-Za-z][\w .&-]{1,30}\)\.?"
)


#: an agency's opening led by its city and a dash, with no date ("Ondjiva - Angola and ...")
_CITY_COMMA = re.compile(r"([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2}),\s")
_CITY_DASH = re.compile(r"([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2})\s+[-\u2013\u2014]\s+(?=[A-Z])")
