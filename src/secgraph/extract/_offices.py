"""Offices as written in a title: an office named in it ("Ministry of Home Affairs"), the
offices whose name gives their country away ("State Department"), and a title cleaned of
articles, owners and acronyms.
"""

from __future__ import annotations

import re

__all__ = ["ORG_COUNTRY", "clean_title", "org_in"]

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"

_ORG = re.compile(
    rf"(?:the\s+)?((?:Ministry|Department|Bureau|Directorate|Division|Office|Agency|Secretariat)"
    rf"\s+(?:of|for)\s+(?:the\s+)?[{_UP}][\w'\u2019-]*(?:\s+(?:and\s+)?[{_UP}][\w'\u2019-]*)*"
    r"|(?:Interior|Home|Foreign|Defence|Defense|External Affairs) Ministry|State Department"
    r"|Foreign Office|Pentagon|European External Action Service|European Commission|EEAS"
    # "Director, Intelligence Bureau", "Director General of the National Investigation Agency"
    rf"|(?:[{_UP}][\w'\u2019-]*\s+){{1,3}}(?:Bureau|Agency|Directorate|Service)\b(?!\s+(?:of|for)\b))"
)
#: Offices whose country the name gives away (used only when that country is a party).
ORG_COUNTRY = {
    "Ministry of External Affairs": "IND",
    "External Affairs Ministry": "IND",
    "Ministry of Home Affairs": "IND",
    "State Department": "USA",
    "Department of State": "USA",
    "Department of Homeland Security": "USA",
    "Department of Justice": "USA",
    "Pentagon": "USA",
    "Secretary of State": "USA",
    "External Affairs Minister": "IND",
    "High Representative": "EUU",
    "European External Action Service": "EUU",
    "EEAS": "EUU",
    "European Commission": "EUU",
}


def clean_title(title: str) -> str:
    title = re.sub(r"^\([A-Z]+\)\s*", "", title.strip())  # "(PTI) National Security Adviser"
    title = re.sub(r"^(?:the|a|an|our|their|its)\s+", "", title.strip(), flags=re.I)
    title = re.sub(r"^(?:country|nation)(?:'s|\u2019s)\s+", "", title)  # "the country's ambassador"
    # "the State Department's acting Coordinator for X": the office is the organisation
    title = re.sub(r"^(?:[A-Z][\w-]*\s+){1,4}?[A-Z][\w-]*(?:'s|\u2019s)\s+(?=\S)", "", title)
    # "the TTCG's staff officer": an acronym owns a lower-case title
    title = re.sub(r"^[A-Z]{2,6}(?:'s|\u2019s)\s+(?=[a-z])", "", title)
    title = re.sub(r"\s+\([A-Z]{2,6}\)$", "", title)  # "Chief of Army Staff (COAS)"
    # "Secretary of the Interior (head of delegation)": the role is no part of the post
    title = re.sub(
        r"\s*\((?:head|leader|chair|co-chair|deputy head)\b[^()]*\)", "", title, flags=re.I
    )
    # "Deputy Chief of Staff from the Vietnamese side": the side is no part of the post
    title = re.sub(r",?\s+(?:from|on|for)\s+the\s+[A-Z][\w-]*\s+side$", "", title)
    return title.strip(" ,")


def org_in(text: str) -> str | None:
    m = _ORG.search(text)
    return m.group(1) if m else None
