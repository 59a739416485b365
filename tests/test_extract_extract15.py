"""Issue 21, extract15's pass: the genre's date and place traps.

A date is written only on strong evidence (an explicit date in a sentence that reports this
meeting, or a relative day counted from the article's own date); anything weaker gives no
date and a note naming the candidate and why it was not taken. Each test is a short text
written for it (countries real, people and meetings invented), one trap each.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_meeting import meeting_span, one_meeting

import secgraph as sg
from secgraph.extract import to_yaml

D = dt.date


def _place(text: str, lexicon: sg.Lexicon) -> str | None:
    draft = one_meeting(text, lexicon)
    place = draft.meetings[0].place
    names = {p.id: p.name for p in draft.places}
    return names.get(place, place) if place else None


def _date_note(draft: sg.Draft) -> str:
    return " ".join(x for x in draft.lacks if x.startswith("date"))


# --- another meeting's date ----------------------------------------------------------------


def test_a_previous_rounds_full_date_in_the_lead_is_not_this_meetings(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Kenya and Uganda held the fourth round of their border security talks in Kampala, a "
        "year after the third round in Nairobi on 14 May 2024.\n\nThe delegations reviewed "
        "cattle rustling and small arms trafficking."
    )
    draft = one_meeting(text, lexicon)
    assert draft.meetings[0].date is None
    assert "2024-05-14" in _date_note(draft)


def test_a_previous_rounds_date_in_the_background_is_not_this_meetings(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Kenya and Uganda held border security talks in Kampala. The two sides reviewed cattle "
        "rustling. The talks were first held in Nairobi on 14 May 2024 under a 2019 protocol."
    )
    assert meeting_span(text, lexicon) == (None, None)


def test_the_next_rounds_date_is_not_this_meetings(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held border security talks in Kampala. The next round will be held in "
        "Nairobi on 10 September 2025."
    )
    assert meeting_span(text, lexicon) == (None, None)


def test_a_joint_statement_issued_the_day_after_does_not_date_the_talks(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Joint Statement\n\nIndia and Bangladesh held the Home Secretary level talks in New "
        "Delhi. In a joint statement issued on 6 March 2025, the two sides agreed to curb "
        "cross-border smuggling."
    )
    assert meeting_span(text, lexicon) == (None, None)


def test_talks_dated_in_the_text_under_a_statement_dated_the_day_after(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Joint Statement\n\nIndia and Bangladesh held the Home Secretary level talks in New "
        "Delhi on 5 March 2025. The two sides agreed to curb cross-border smuggling.\n\n"
        "New Delhi, 6 March 2025"
    )
    assert meeting_span(text, lexicon) == (D(2025, 3, 5), None)


# --- the article's own date ----------------------------------------------------------------


def test_a_related_stories_list_does_not_date_the_article(lexicon: sg.Lexicon) -> None:
    html = (
        "<html><body><article><h1>Kenya, Uganda hold border talks</h1>"
        "<p>Kenya and Uganda held border security talks in Kampala on Tuesday, officials said. "
        "The delegations reviewed cattle rustling and small arms trafficking along the border, "
        "and agreed to set up joint patrols in the districts where raids have been reported "
        "most often this year, the officials said after the meeting ended.</p>"
        "<p>The two sides agreed to share intelligence on armed groups.</p></article>"
        "<aside><h3>Related stories</h3><ul>"
        "<li>March 3, 2025 - Kenya and Tanzania sign a border pact</li>"
        "<li>February 20, 2025 - Uganda police chief visits Juba</li></ul></aside>"
        "</body></html>"
    )
    text = sg.read_text(html.encode(), "page.html")
    assert meeting_span(text, lexicon)[0] is None


def test_an_updated_stamp_before_the_published_one(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya, Uganda agree joint patrols\n\nUpdated: June 12, 2025\n\nPublished: June 4, 2025"
        "\n\nKenya and Uganda held border security talks in Kampala on Tuesday."
    )
    assert meeting_span(text, lexicon) == (D(2025, 6, 3), None)


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("KAMPALA, June 2, 2025 (Reuters) -", D(2025, 6, 2)),  # a Monday: the same day
        ("KAMPALA, June 3, 2025 (Reuters) -", D(2025, 6, 2)),  # a Tuesday: the day before
    ],
)
def test_on_monday_counts_from_a_dated_dateline(
    lexicon: sg.Lexicon, dateline: str, expected: dt.date
) -> None:
    text = f"{dateline} Kenya and Uganda held border security talks in Kampala on Monday."
    assert meeting_span(text, lexicon) == (expected, None)


def test_a_yearless_dateline_takes_the_year_of_a_published_line_at_the_foot(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "KAMPALA, June 4 (Xinhua) -- Kenya and Uganda held border security talks in Kampala on "
        "Tuesday, officials said.\n\nThe delegations reviewed cattle rustling.\n\n"
        "Published: June 4, 2025"
    )
    assert meeting_span(text, lexicon) == (D(2025, 6, 3), None)


# --- spans ---------------------------------------------------------------------------------


def test_on_friday_and_saturday_is_a_span(lexicon: sg.Lexicon) -> None:
    text = (
        "KAMPALA, June 9, 2025 (Xinhua) -- Kenya and Uganda held border security talks in "
        "Kampala on Friday and Saturday."
    )
    assert meeting_span(text, lexicon) == (D(2025, 6, 6), D(2025, 6, 7))


def test_a_range_across_two_months(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held border security talks in Kampala from 31 May - 1 June 2025. "
        "The delegations reviewed cattle rustling."
    )
    assert meeting_span(text, lexicon) == (D(2025, 5, 31), D(2025, 6, 1))


# --- no day to tell ------------------------------------------------------------------------


@pytest.mark.parametrize("when", ["last week", "earlier this month", "in 2025", "in June"])
def test_a_vague_time_gives_no_date(lexicon: sg.Lexicon, when: str) -> None:
    text = (
        f"KAMPALA, June 9, 2025 (Xinhua) -- Kenya and Uganda held border security talks in "
        f"Kampala {when}, officials said on Monday."
    )
    assert meeting_span(text, lexicon) == (None, None)


def test_a_date_in_a_quotation_about_another_event(lexicon: sg.Lexicon) -> None:
    text = (
        'Kenya and Uganda held border security talks in Kampala, officials said. "Since the '
        'raid on 12 May 2025 we have met every month," the Kenyan minister said at the talks.'
    )
    assert meeting_span(text, lexicon) == (None, None)


def test_an_anniversary_year_is_no_date(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held border security talks in Kampala, marking 30 years since the "
        "1995 border agreement."
    )
    assert meeting_span(text, lexicon) == (None, None)


def test_a_deadline_is_no_date(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held border security talks in Kampala and agreed to deploy joint "
        "patrols by 30 June 2025."
    )
    assert meeting_span(text, lexicon) == (None, None)


def test_a_summits_date_does_not_date_a_signing_on_its_sidelines(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda signed a border security memorandum on the sidelines of the African "
        "Union summit, which opened in Addis Ababa on 8 February 2025."
    )
    assert meeting_span(text, lexicon)[0] != D(2025, 2, 8)


# --- calendars and numbers -----------------------------------------------------------------


def test_a_hijri_date_beside_a_gregorian_one(lexicon: sg.Lexicon) -> None:
    text = (
        "Saudi Arabia and Jordan held security talks in Riyadh on Ramadan 15, 1446 AH, "
        "corresponding to March 15, 2025."
    )
    assert meeting_span(text, lexicon) == (D(2025, 3, 15), None)


@pytest.mark.parametrize(
    ("written", "expected"),
    [("14/03/2025", D(2025, 3, 14)), ("03/14/2025", D(2025, 3, 14)), ("04/03/2025", None)],
)
def test_a_numeric_date_is_read_only_one_way(
    lexicon: sg.Lexicon, written: str, expected: dt.date | None
) -> None:
    text = f"Kenya and Uganda held border security talks in Kampala on {written}."
    assert meeting_span(text, lexicon)[0] == expected


def test_a_two_digit_year_gives_the_right_day_or_none(lexicon: sg.Lexicon) -> None:
    text = "Kenya and Uganda held border security talks in Kampala on 14/03/25."
    assert meeting_span(text, lexicon)[0] in (None, D(2025, 3, 14))


# --- place ---------------------------------------------------------------------------------


def test_the_next_rounds_city_is_not_the_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held border security talks on 3 June 2025. The next round will be "
        "held in Nairobi."
    )
    assert _place(text, lexicon) is None


def test_a_dateline_city_alone_is_not_the_place(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, June 4, 2025 (Reuters) - Kenya and Uganda held border security talks on "
        "Tuesday, officials said."
    )
    assert _place(text, lexicon) is None


def test_a_video_meeting_has_no_place(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, June 4, 2025 (Reuters) - Kenya and Uganda held border security talks by "
        "video conference on Tuesday, officials in Nairobi and Kampala said."
    )
    assert _place(text, lexicon) is None


def test_a_related_story_line_at_the_foot_does_not_date_the_article(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Kenya and Uganda held border security talks in Kampala on Tuesday, officials said.\n\n"
        "The delegations reviewed cattle rustling.\n\nMore stories\n\n"
        "June 12, 2025 | Uganda police chief visits Juba"
    )
    assert meeting_span(text, lexicon) == (None, None)


def test_a_photo_captions_date_does_not_date_the_article(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya, Uganda hold border talks\n\nFile photo taken on March 3, 2023\n\n"
        "Kenya and Uganda held border security talks in Kampala on Tuesday, officials said."
    )
    assert meeting_span(text, lexicon) == (None, None)


# --- the evidence a date rests on (``_evidence``) ------------------------------------------


_BACKGROUND = (
    "Kenya and Uganda held border security talks in Kampala, officials said. The delegations "
    "reviewed cattle rustling along the common border. They also discussed small arms "
    "trafficking across Lake Victoria. Both sides praised the joint patrols of the past year. "
    "{last}"
)


def test_a_date_only_in_a_background_sentence_is_left_with_a_note(
    lexicon: sg.Lexicon,
) -> None:
    last = "Kenyan and Ugandan police chiefs met in Nairobi on 12 March 2025 to plan them."
    draft = one_meeting(_BACKGROUND.format(last=last), lexicon)
    assert draft.meetings[0].date is None
    assert "2025-03-12" in _date_note(draft)
    assert "lead" in _date_note(draft)


def test_a_date_in_a_later_sentence_that_names_the_meeting_is_taken(
    lexicon: sg.Lexicon,
) -> None:
    last = "The talks were held at the police headquarters on 12 March 2025."
    assert meeting_span(_BACKGROUND.format(last=last), lexicon) == (D(2025, 3, 12), None)


def test_two_dates_of_the_talks_that_disagree_give_none(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held border security talks in Kampala on 5 March 2025. The talks "
        "were held at the police headquarters on 7 March 2025."
    )
    draft = one_meeting(text, lexicon)
    assert draft.meetings[0].date is None
    assert "2025-03-05" in _date_note(draft) and "2025-03-07" in _date_note(draft)


def test_a_courtesy_call_on_another_day_does_not_disagree(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held border security talks in Kampala on 5 March 2025. The Kenyan "
        "minister also paid a courtesy call on the Ugandan President on 6 March 2025."
    )
    assert meeting_span(text, lexicon) == (D(2025, 3, 5), None)


def test_a_rejected_candidate_is_named_in_the_drafts_notes(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held border security talks in Kampala, the ministry announced on "
        "5 March 2025."
    )
    draft = one_meeting(text, lexicon)
    assert draft.meetings[0].date is None
    assert "2025-03-05" in _date_note(draft)
    head = to_yaml(draft).split("article:")[0]  # the draft's list of what the text lacks
    assert "2025-03-05 in sentence 1 not taken" in head


def test_a_dated_headline_in_a_related_list_does_not_date_the_meeting(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Kenya and Uganda held border security talks in Kampala, officials said.\n\n"
        "The delegations reviewed cattle rustling.\n\nRelated stories\n\n"
        "Kenyan and Ugandan police chiefs met in Arusha on 3 March 2025"
    )
    assert meeting_span(text, lexicon) == (None, None)
    assert _place(text, lexicon) == "Kampala"


def test_a_related_headline_gives_no_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held border security talks on Tuesday, officials said.\n\n"
        "The delegations reviewed cattle rustling.\n\nRelated stories\n\n"
        "Kenyan and Ugandan police chiefs met in Arusha"
    )
    assert _place(text, lexicon) is None


def test_a_camp_and_its_city_give_the_city(lexicon: sg.Lexicon) -> None:
    text = (
        "MANILA - The Philippines and Japan agreed to expand coast guard exercises after the "
        "third defence dialogue held at Camp Aguinaldo, Quezon City on Tuesday."
    )
    assert _place(text, lexicon) == "Quezon City"


def test_this_southern_city_is_the_city_of_a_dash_dateline(lexicon: sg.Lexicon) -> None:
    text = (
        "Kisumu - Kenya and Uganda on Friday agreed to step up lake patrols at the end of the "
        "border security commission's session held in this western city."
    )
    assert _place(text, lexicon) == "Kisumu"


def test_another_bodys_meeting_in_an_earlier_year_leaves_this_ones_city(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "The second round of the Kenya-Uganda security dialogue was held in Kampala on 3 June "
        "2025, following a decision of the summit held in Nairobi in 2024."
    )
    assert _place(text, lexicon) == "Kampala"


# --- an HTML page's own date ---------------------------------------------------------------

_PAGE = (
    "<html><head><title>Kenya, Uganda agree lake patrols</title>{meta}</head><body>"
    "<article><h1>Kenya, Uganda agree lake patrols</h1>"
    '<p class="byline">By Staff | {time}</p>'
    "<p>Kenya and Uganda on Sunday agreed to set up joint patrols on Lake Victoria at the end "
    "of a meeting of their border security committee in Kampala, officials said. The "
    "delegations reviewed cattle rustling, fishing disputes and small arms trafficking along "
    "the common border and agreed to share intelligence on armed groups.</p>"
    "<p>The two sides will meet again in Nairobi next year.</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("meta", "time", "expected"),
    [
        ("", '<time datetime="2025-06-09">June 9</time>', D(2025, 6, 8)),
        ('<meta property="article:published_time" content="2025-06-09T08:00">', "", D(2025, 6, 8)),
        ('<meta property="article:modified_time" content="2025-06-09T08:00">', "", None),
        (
            '<meta property="article:published_time" content="2025-06-09">',
            '<time datetime="2025-06-16">June 16</time>',
            None,
        ),
    ],
)
def test_a_pages_publication_markup_dates_it(
    lexicon: sg.Lexicon, meta: str, time: str, expected: dt.date | None
) -> None:
    text = sg.read_text(_PAGE.format(meta=meta, time=time).encode(), "page.html")
    assert meeting_span(text, lexicon)[0] == expected


def test_the_first_meetings_date_further_down_is_not_this_ones(lexicon: sg.Lexicon) -> None:
    last = "The first meeting of the committee was held in Nairobi on 12 March 2025."
    draft = one_meeting(_BACKGROUND.format(last=last), lexicon)
    assert draft.meetings[0].date is None
    assert "2025-03-12" in _date_note(draft)


def test_a_date_class_element_of_the_template_dates_the_page(lexicon: sg.Lexicon) -> None:
    page = _PAGE.replace('<p class="byline">By Staff | {time}</p>', "{time}").format(
        meta="",
        time='<div class="meta"><span class="time">2025-06-09 18:22</span></div>'
        "<ul><li>Other story <span>2025-06-02</span></li></ul>",
    )
    text = sg.read_text(page.encode(), "page.html")
    assert meeting_span(text, lexicon) == (D(2025, 6, 8), None)


def test_a_quoted_speakers_today_is_not_the_storys_day(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya, Uganda agree lake patrols\n\nPublished: 5 June 2025\n\n"
        "KAMPALA - Kenya and Uganda held border security talks in Kampala on Wednesday, the "
        "ministry said. The delegations reviewed cattle rustling and small arms trafficking. "
        '"Today we agreed on practical steps," the Kenyan commander said at the talks.'
    )
    assert meeting_span(text, lexicon) == (D(2025, 6, 4), None)


def test_a_transcripts_this_morning_we_had_an_exchange(lexicon: sg.Lexicon) -> None:
    text = (
        "Transcript of remarks after the Kenya-Uganda security dialogue\n\n12 Jun 2025\n\n"
        "The Kenyan and Ugandan principal secretaries spoke to the media in Nairobi. Also "
        "present were their deputies and the police chiefs of both countries. The following "
        "is the transcript of the remarks. Mr Otieno: Good afternoon. I welcome our Ugandan "
        "friends back to Nairobi for these talks. This morning we had a very full and candid "
        "exchange on border security."
    )
    assert meeting_span(text, lexicon) == (D(2025, 6, 12), None)


def test_today_far_after_the_meeting_verb(lexicon: sg.Lexicon) -> None:
    text = (
        "2025-06-12 17:44\n\nKenya's Ministry of Interior and Uganda's Ministry of Internal "
        "Affairs held the ninth meeting of their Joint Working Group on Border Management and "
        "Cross-Border Security Cooperation via video conference today."
    )
    assert meeting_span(text, lexicon) == (D(2025, 6, 12), None)


# --- place, second part ----------------------------------------------------------------------


def _country(text: str, lexicon: sg.Lexicon) -> str | None:
    draft = one_meeting(text, lexicon)
    place = draft.meetings[0].place
    found = {p.id: p.country for p in draft.places}
    return found.get(place) if place else None


def test_a_consul_generals_post_is_not_the_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held border security talks on 3 June 2025. The Ugandan delegation "
        "included the Consul General of Uganda in Mombasa, Mr. Peter Okello."
    )
    assert _place(text, lexicon) is None


def test_the_previous_meeting_of_a_named_series_gives_no_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held the 9th Joint Border Commission on 3 June 2025. The previous "
        "Joint Border Commission was held in Mombasa in late 2024."
    )
    assert _place(text, lexicon) is None


def test_in_this_building_under_a_spanish_city_line(lexicon: sg.Lexicon) -> None:
    text = (
        "Ciudad de Guatemala, 4 de junio de 2025\n\nRemarks by the vice ministers of Guatemala "
        "and El Salvador. We have just concluded the security talks between Guatemala and El "
        "Salvador, which took place today in this building."
    )
    assert _place(text, lexicon) == "Guatemala City"


def test_a_border_towns_side_gives_its_country(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held border security talks on 3 June 2025 in Busia, on the Ugandan "
        "side of the border town."
    )
    assert _place(text, lexicon) == "Busia"
    assert _country(text, lexicon) == "UGA"


def test_the_western_kenyan_town_of(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda agreed on joint lake patrols following talks between their police "
        "chiefs in the western Kenyan town of Kisumu on 3 June 2025."
    )
    assert _place(text, lexicon) == "Kisumu"


def test_a_city_named_with_city_keeps_its_name(lexicon: sg.Lexicon) -> None:
    text = (
        "The Philippines and Japan held the maritime dialogue at the Department of Foreign "
        "Affairs in Pasay City on 3 June 2025."
    )
    assert _place(text, lexicon) == "Pasay City"


def test_a_related_line_with_its_stories_dates_gives_no_date(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held border security talks in Kampala, officials said.\n\n"
        "Related: Police seize guns in Busia (Feb 14, 2025); Kenyan and Ugandan police chiefs "
        "met in Kisumu (Jan 30, 2025);"
    )
    assert meeting_span(text, lexicon) == (None, None)


# --- more of the genre's date traps --------------------------------------------------------


def test_a_weekday_with_its_date_and_no_year_anywhere_gives_none(lexicon: sg.Lexicon) -> None:
    text = "Kenya and Uganda held border security talks in Kampala on Wednesday (July 29)."
    assert meeting_span(text, lexicon) == (None, None)


def test_a_weekday_with_its_date_under_a_published_line(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya, Uganda hold talks\n\nPublished: 30 July 2026\n\n"
        "Kenya and Uganda held border security talks in Kampala on Wednesday (July 29)."
    )
    assert meeting_span(text, lexicon) == (D(2026, 7, 29), None)


def test_a_year_from_another_paragraph_does_not_date_a_yearless_day(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Kenya and Uganda held border security talks in Kampala on 5 March.\n\n"
        "In 2023, the two countries signed a protocol on cross-border crime."
    )
    draft = one_meeting(text, lexicon)
    assert draft.meetings[0].date is None
    assert "without a year" in _date_note(draft)


def test_a_signing_on_the_sidelines_takes_its_own_day(lexicon: sg.Lexicon) -> None:
    text = (
        "ADDIS ABABA, Feb 12, 2025 (Reuters) - Kenya and Uganda signed a border security "
        "memorandum on Tuesday on the sidelines of the African Union summit, which opened on "
        "Monday."
    )
    assert meeting_span(text, lexicon) == (D(2025, 2, 11), None)


def test_a_summits_span_does_not_date_a_meeting_on_its_sidelines(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held border security talks on the sidelines of the African Union "
        "summit in Addis Ababa on 14-15 February 2025."
    )
    assert meeting_span(text, lexicon) == (None, None)


def test_a_yearless_day_after_the_dateline_is_not_last_years(lexicon: sg.Lexicon) -> None:
    text = (
        "KAMPALA, March 6, 2025 (Xinhua) -- Kenya and Uganda held border security talks in "
        "Kampala on March 7, officials said."
    )
    assert meeting_span(text, lexicon)[0] != D(2024, 3, 7)


def test_the_first_meetings_date_in_the_lead_is_not_a_later_ones(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held a meeting of their joint border committee in Kampala, officials "
        "said. The first meeting of the committee was held in Nairobi on 12 March 2025."
    )
    draft = one_meeting(text, lexicon)
    assert draft.meetings[0].date is None
    assert "first meeting" in _date_note(draft)


def test_an_opening_that_tells_of_the_first_meeting_keeps_its_date(lexicon: sg.Lexicon) -> None:
    text = (
        "The first meeting of the Kenya-Uganda joint border committee was held in Kampala on "
        "12 March 2025. The two sides agreed on joint patrols."
    )
    assert meeting_span(text, lexicon) == (D(2025, 3, 12), None)


_REPORTED = "Kenya and Uganda held border security talks in Kampala, officials said. "


@pytest.mark.parametrize(
    "second",
    [
        "It was the second meeting this year, after one in Nairobi on 5 March 2025.",
        "The two sides had agreed on joint patrols at a summit in Arusha on 5 May 2025.",
        "Kenyan and Ugandan officials also met in Nairobi on 5 May 2025 to prepare the talks.",
        "The meeting was preceded by a meeting of experts on 4 June 2025.",
        "At a similar meeting in Nairobi on 5 May 2025, the two sides agreed on a hotline.",
        "In May 2024 the two countries signed a protocol, and on 5 May 2025 their police chiefs "
        "met in Nairobi.",
        "Kenyan officials met their Ugandan counterparts in Nairobi last year on 4 June 2024.",
    ],
)
def test_a_dated_sentence_after_an_undated_report_of_the_talks_is_anothers(
    lexicon: sg.Lexicon, second: str
) -> None:
    draft = one_meeting(_REPORTED + second, lexicon)
    assert draft.meetings[0].date is None
    assert "not taken" in _date_note(draft)


@pytest.mark.parametrize(
    "second",
    [
        "The talks, held on 3 June 2025, focused on cattle rustling.",
        "Kenyan Interior Minister John Mwangi met his Ugandan counterpart on 3 June 2025.",
        "This was agreed at the meeting held on 3 June 2025.",
    ],
)
def test_a_dated_sentence_that_tells_of_the_same_talks_is_taken(
    lexicon: sg.Lexicon, second: str
) -> None:
    assert meeting_span(_REPORTED + second, lexicon)[0] == D(2025, 6, 3)


_DATED = "Kenya and Uganda held border security talks on 3 June 2025, officials said. "


@pytest.mark.parametrize(
    "second",
    [
        "The two sides had agreed on joint patrols at a summit in Arusha last year.",
        "Kenyan and Ugandan officials also met in Nairobi in May to prepare the talks.",
        "At a similar meeting in Nairobi in May, the two sides agreed on a hotline.",
        "The meeting was preceded by a meeting of experts in Entebbe.",
        "The Kenyan delegation later travelled to Gulu.",
    ],
)
def test_a_city_of_another_meeting_after_talks_reported_with_none_is_no_place(
    lexicon: sg.Lexicon, second: str
) -> None:
    assert _place(_DATED + second, lexicon) is None


@pytest.mark.parametrize(
    "second",
    [
        "Following the talks in Kampala, the ministers signed a protocol.",
        "The talks were held at State House in Kampala.",
    ],
)
def test_the_talks_city_told_after_them_is_the_place(lexicon: sg.Lexicon, second: str) -> None:
    assert _place(_DATED + second, lexicon) == "Kampala"


_HELD_IN_KAMPALA = "Kenya and Uganda held border security talks in Kampala"


@pytest.mark.parametrize(
    "rest",
    [
        " to follow up on the agreement reached on 5 May 2025.",
        " on the implementation of the 5 May 2025 accord.",
        ", as agreed by their presidents on 5 May 2025.",
        " in line with the decisions of the summit of 5 May 2025.",
        " under the roadmap agreed on 5 May 2025.",
        ", building on the memorandum of 5 May 2025.",
        ", as directed by the heads of state on 5 May 2025.",
        ". The talks were agreed upon when the presidents met on 5 May 2025.",
    ],
)
def test_a_documents_or_decisions_date_is_not_the_talks(lexicon: sg.Lexicon, rest: str) -> None:
    assert meeting_span(_HELD_IN_KAMPALA + rest, lexicon) == (None, None)


def test_an_agreement_signed_at_the_talks_still_dates_them(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda signed a Border Security Cooperation Agreement on 5 May 2025 at their "
        "talks in Kampala."
    )
    assert meeting_span(text, lexicon) == (D(2025, 5, 5), None)


_XINHUA = "KAMPALA, June 5, 2025 (Xinhua) -- "


@pytest.mark.parametrize(
    "rest",
    [
        "Kenya and Uganda held border security talks in Kampala, after a preparatory meeting "
        "of experts on Monday.",
        "Kenya and Uganda held border security talks in Kampala. Kenyan President William Ruto "
        "had received the Ugandan minister on Monday.",
        "Kenya and Uganda held border security talks in Kampala. Their police chiefs had met on "
        "Monday.",
    ],
)
def test_another_meetings_weekday_does_not_date_the_talks(lexicon: sg.Lexicon, rest: str) -> None:
    assert meeting_span(_XINHUA + rest, lexicon) == (None, None)


def test_a_meeting_to_prepare_the_talks_does_not_date_them(lexicon: sg.Lexicon) -> None:
    text = _XINHUA + (
        "Kenyan and Ugandan experts met on Monday to prepare the ministers' talks, which were "
        "held in Kampala on Tuesday."
    )
    assert meeting_span(text, lexicon) == (D(2025, 6, 3), None)


def test_a_wires_opening_with_no_day_is_not_dated_by_its_dateline(
    lexicon: sg.Lexicon,
) -> None:
    text = _XINHUA + "Kenya and Uganda held border security talks in Kampala."
    draft = one_meeting(text, lexicon)
    assert draft.meetings[0].date is None


def test_talks_agreed_following_a_meeting_keep_its_date(lexicon: sg.Lexicon) -> None:
    text = (
        "KAMPALA (AA) - Kenyan and Ugandan delegations agreed to set up a joint centre, "
        "following a high-level security meeting in Kampala on June 3, 2025, the ministry said."
    )
    assert meeting_span(text, lexicon) == (D(2025, 6, 3), None)


_DATED_TALKS = "Kenya and Uganda held border security talks on 3 June 2025"


@pytest.mark.parametrize(
    "rest",
    [
        ", weeks after they met in Nairobi.",
        " to follow up on the agreement reached in Nairobi.",
        ", as agreed by their presidents in Nairobi last month.",
        ", the ministry said in a statement issued in Nairobi.",
        " under the roadmap adopted in Arusha.",
        ", months after their presidents met in Entebbe.",
        " ahead of a summit in Nairobi.",
        ", following talks in Nairobi last year.",
    ],
)
def test_another_events_city_in_the_talks_sentence_is_no_place(
    lexicon: sg.Lexicon, rest: str
) -> None:
    assert _place(_DATED_TALKS + rest, lexicon) is None


@pytest.mark.parametrize(
    ("rest", "city"),
    [
        (" on the sidelines of the African Union summit in Addis Ababa.", "Addis Ababa"),
        (" in Kampala last week, officials said.", "Kampala"),
    ],
)
def test_the_talks_own_city_beside_another_event_stays(
    lexicon: sg.Lexicon, rest: str, city: str
) -> None:
    assert _place(_DATED_TALKS + rest, lexicon) == city


def test_a_sentence_referring_back_to_the_talks_beside_a_summit_keeps_its_date(
    lexicon: sg.Lexicon,
) -> None:
    text = _REPORTED + "The talks, held on 3 June 2025 ahead of the summit, focused on raids."
    assert meeting_span(text, lexicon) == (D(2025, 6, 3), None)


def test_the_talks_held_beside_a_summit_keep_its_city(lexicon: sg.Lexicon) -> None:
    text = _DATED + "The talks were held on the sidelines of a summit in Addis Ababa."
    assert _place(text, lexicon) == "Addis Ababa"
