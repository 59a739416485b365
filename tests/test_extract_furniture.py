"""A page's related-stories block, tags and "read more" links are not the article's prose."""

from __future__ import annotations

import pytest

import secgraph as sg
from secgraph.extract._furniture import without_furniture
from secgraph.extract._text import split_sentences

# Written for these tests: a wire story pasted from a page, with the page's foot.
STORY = """Kenya and Ethiopia review border security

NAIROBI, March 12, 2026 (KNA) - Kenya and Ethiopia held border security talks in Moyale on
Tuesday, March 10, 2026. The Kenyan delegation was led by Interior Principal Secretary
Raymond Omollo and the Ethiopian side by State Minister Mesfin Abebe.

The two sides agreed to hold joint patrols along the common border.

{foot}

(c) 2026 Kenya News Agency
"""

FEET = [
    "Related Stories\nSomalia and Djibouti sign port security deal\n"
    "Uganda police seize arms in Karamoja",
    "Read more:\n2026-03-04 Somalia and Djibouti sign port security deal\n"
    "2026-03-02 Uganda police seize arms in Karamoja",
    "Related: Somalia and Djibouti sign port security deal (04.03.2026) | Uganda police seize "
    "arms in Karamoja (02.03.2026)",
    "Tags: Somalia, Djibouti, Uganda, border",
    "More from KNA\nSomalia and Djibouti sign port security deal\n"
    "Uganda police seize arms in Karamoja",
    "Other news\nSomalia and Djibouti sign port security deal (04.03.2026)",
]


@pytest.mark.parametrize("foot", FEET)
def test_the_foot_of_a_page_names_no_country(foot: str, lexicon: sg.Lexicon) -> None:
    (meeting,) = sg.extract(STORY.format(foot=foot), lexicon).meetings
    assert {d.country for d in meeting.delegations} == {"KEN", "ETH"}
    assert not {"SOM", "DJI", "UGA"} & set(meeting.discussed)
    assert meeting.date is not None and meeting.date.isoformat() == "2026-03-10"


def test_prose_that_starts_like_a_head_is_kept() -> None:
    text = (
        "Related talks were held in Addis Ababa.\n\n"
        "More than 40 people were killed in raids.\n\nLatest figures show a fall."
    )
    assert [s.text for s in without_furniture(split_sentences(text))] == [
        "Related talks were held in Addis Ababa.",
        "More than 40 people were killed in raids.",
        "Latest figures show a fall.",
    ]


def test_the_sentences_after_a_block_are_numbered_again() -> None:
    text = "Talks were held.\n\nRelated news\nA headline here\n\nThey agreed to meet again."
    kept = without_furniture(split_sentences(text))
    assert [s.index for s in kept] == [0, 1]
    assert text[kept[1].start : kept[1].end] == "They agreed to meet again."
