"""A time that dates a statement or a document, not the meeting: "the ministry said on
Thursday", "told reporters on Monday", "said in a statement Tuesday", and the day a document
reached the newsroom ("a press release from the ministry received by ANGOP on Wednesday", "a
joint communiqué made available to our correspondent on Wednesday", "the minutes, which were
made public on Friday", "a copy of which was seen by Reuters on Monday"). ``_when`` counts
no weekday or "yesterday" after these.

A document's verb is read only where the document is its subject: as a participle after it,
with no other clause between ("a release from the ministry received by ANGOP"), or after
"was"/"which was" right after the noun and its "of" ("the communiqué was made public", "the
minutes of the meeting, which were circulated"). "A statement said the minister was received
by President Ruto on Tuesday" tells of the meeting.

"Today" that dates an announcement ("Today, the ministry announced the results of the meeting
held yesterday", "the talks held yesterday, the ministry said today") is not the meeting's day
when the sentence gives "yesterday" too (:data:`TODAY_REPORTED`).
"""

from __future__ import annotations

import re

__all__ = ["REPORTED", "TODAY_REPORTED"]

_DOCUMENT = (
    r"\b(?:release|statement|communiqu[\u00e9e]|note|letter|document|readout|minutes|copy|"
    r"transcript)s?\b"
)
#: what a document's arrival is told with, and to or by whom: "made available to our
#: correspondent", "received by ANGOP", "received at APS", "seen by Reuters", "shared with
#: the media"
_ARRIVED = (
    r"\b(?:received|obtained|made available|made public|sent|forwarded|seen|shared|"
    r"circulated|distributed)(?: (?:to|by|with|at)(?: [\w'\u2019.-]+){1,3})?\s*(?:on\s*)?$"
)
REPORTED = re.compile(
    r"\b(?:said|says|told(?: \w+){0,2}|announced|stated|reported|added|confirmed|disclosed|"
    r"tweeted|posted|wrote|briefed(?: \w+){0,2}|issued|released|published)"
    r"(?: in a (?:statement|release|post))?\s*(?:on\s*)?$"
    # a participle after the document, no clause between
    rf"|{_DOCUMENT}(?:(?!\b(?:said|says|stated|noted|added|was|were|is|are|been|had|has)\b)"
    rf"[^.;]){{0,120}}?{_ARRIVED}"
    # "the communiqué was made public on Friday", "minutes, which were circulated on Monday"
    rf"|{_DOCUMENT}(?: of(?: [\w-]+){{1,3}})?,?\s+(?:(?:of\s+)?(?:which|that)\s+)?"
    rf"(?:was|were|had been|has been)\s+{_ARRIVED}"
)

#: "today" as the day of a statement: "Today, Public Safety Canada announced ...", "the
#: ministry said today"
TODAY_REPORTED = re.compile(
    r"^(?:(?:Earlier|Later) )?[Tt]oday,?\s+(?:[\w'\u2019.-]+\s+){0,6}?"
    r"(?:announced|said|says|reported|released|published|issued|stated|confirmed|disclosed)\b"
    r"|\b(?:announced|said|says|reported|stated|confirmed|disclosed) (?:earlier )?today\b"
)
