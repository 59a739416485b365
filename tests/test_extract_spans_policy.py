"""Issue 21: a meeting's span, and no single day standing for a meeting of several days.

A partial span is a wrong date ("2026-04-01" for talks "from 30 March through 1 April"), so:
ranges across months joined by "through", "until", "and"; two full dates joined by "and" or
"to" ("on 2-III-2026 and 3-III-2026"); a length told by "over two days"; a story's day alone
before its first sentence ("April 16, 2026 - ...") as the filing's, not the meeting's; and when
the sentence a day was found in says the meeting lasted days and its other days are not given,
no date, with the reason in the draft.

Each test is a short text written for it (countries and cities real, people and meetings
invented), one shape each.
"""

from __future__ import annotations

import datetime as dt

from extract_meeting import meeting_span, one_meeting

import secgraph as sg
from secgraph.extract._dates import dates_in

D = dt.date


def _spans(text: str, anchor: dt.date | None = None) -> list[tuple[dt.date, dt.date | None]]:
    return [(d.start, d.end) for d in dates_in(text, anchor)]


# --- ranges the sentence gives -------------------------------------------------------------------


def test_a_range_across_months_joined_by_through() -> None:
    assert _spans("held in Tbilisi from March 30 through April 1, 2026.") == [
        (D(2026, 3, 30), D(2026, 4, 1))
    ]
    assert _spans("held in Tbilisi from 30 March through 1 April 2026.") == [
        (D(2026, 3, 30), D(2026, 4, 1))
    ]


def test_a_range_across_months_between_two_days() -> None:
    assert _spans("took place between 30 November and 2 December 2026.") == [
        (D(2026, 11, 30), D(2026, 12, 2))
    ]


def test_two_days_weeks_apart_joined_by_and_are_not_a_span() -> None:
    assert _spans("met on 5 March 2026 and 10 April 2026 in Riga.") == [
        (D(2026, 3, 5), None),
        (D(2026, 4, 10), None),
    ]


def test_two_full_dates_joined_by_and_are_one_span() -> None:
    assert _spans("took place in Nicosia on 2-III-2026 and 3-III-2026.") == [
        (D(2026, 3, 2), D(2026, 3, 3))
    ]
    assert _spans("held on 2 March 2026 and 3 March 2026.") == [(D(2026, 3, 2), D(2026, 3, 3))]
    assert _spans("from 2026-03-02 to 2026-03-04.") == [(D(2026, 3, 2), D(2026, 3, 4))]


def test_two_full_dates_with_words_between_stay_two() -> None:
    assert _spans("on 4 March 2026 and again on 5 March 2026.") == [
        (D(2026, 3, 4), None),
        (D(2026, 3, 5), None),
    ]


def test_a_meeting_through_the_first_of_the_next_month(lexicon: sg.Lexicon) -> None:
    text = (
        "BAKU, April 2. Azerbaijan and Georgia agreed on joint border measures.\n\n"
        "A meeting of the heads of the border services of Azerbaijan and Georgia was held in "
        "Tbilisi from 30 March through 1 April 2026, the State Border Service said."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 30), D(2026, 4, 1))


# --- a length told by "over two days" ------------------------------------------------------------


def test_concluded_on_a_day_held_over_two_days(lexicon: sg.Lexicon) -> None:
    text = (
        "Amman, March 12 (Petra) -- The Jordanian-French military cooperation committee "
        "concluded its meeting in Amman on Thursday, 12 March 2026, which was held at the "
        "General Command over two days.\n\n"
        "The two sides discussed training and border security."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 11), D(2026, 3, 12))


# --- a story's day before its first sentence -----------------------------------------------------


def test_a_story_day_before_the_first_sentence_is_the_filing_day(lexicon: sg.Lexicon) -> None:
    text = (
        "Uzbekistan and Tajikistan agree to share drug data\n\n"
        "April 16, 2026 - Drug control agencies of Uzbekistan and Tajikistan agreed to set up a "
        "joint database after talks in Khujand, officials said on Thursday.\n\n"
        "The meeting on April 14-15 brought together the two countries' drug control agencies."
    )
    assert meeting_span(text, lexicon) == (D(2026, 4, 14), D(2026, 4, 15))


# --- one day of a meeting told as days: no date ---------------------------------------------------


def test_one_day_of_a_three_day_meeting_gives_no_date(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda police chiefs end three-day border security talks\n\n"
        "The three-day border security talks between the police of Kenya and Uganda in Busia "
        "included a visit to the border post on 4 March 2026.\n\n"
        "The two sides agreed to set up joint patrols."
    )
    draft = one_meeting(text, lexicon)
    assert draft.meetings[0].date is None
    assert any("three-day" in why for why in draft.lacks)


def test_a_single_day_meeting_keeps_its_date(lexicon: sg.Lexicon) -> None:
    text = (
        "The police chiefs of Kenya and Uganda held border security talks in Busia on 4 March "
        "2026.\n\nThe two sides agreed to set up joint patrols."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 4), None)


def test_a_visit_of_days_beside_a_day_of_talks_keeps_the_day(lexicon: sg.Lexicon) -> None:
    text = (
        "During his three-day visit to Kampala, Kenya's Interior Secretary held border "
        "security talks with Uganda's Minister of Internal Affairs on 4 March 2026.\n\n"
        "The two sides agreed to set up joint patrols."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 4), None)


# --- where the story's own day is written ------------------------------------------------------


def test_a_dateline_with_the_country_in_brackets(lexicon: sg.Lexicon) -> None:
    text = (
        "Abuja (Nigeria) 21 January 2026 (APA) \u2013 Nigeria and Ghana have agreed to share border "
        "intelligence, the ministry said on Wednesday.\n\n"
        "The agreement was reached at the meeting of the Nigeria-Ghana border security working "
        "group, held on Tuesday 20 January 2026 in Accra."
    )
    assert meeting_span(text, lexicon) == (D(2026, 1, 20), None)


def test_a_byline_with_its_section_dates_the_story(lexicon: sg.Lexicon) -> None:
    text = (
        "Kazakhstan, Azerbaijan discuss Caspian security in Aktau\n\n"
        "By Dana Omarova in Nation on 7 May 2026\n\n"
        "AKTAU - Naval officials from Kazakhstan and Azerbaijan met in Aktau on May 5-6 to "
        "discuss the security of shipping in the Caspian Sea."
    )
    assert meeting_span(text, lexicon) == (D(2026, 5, 5), D(2026, 5, 6))


def test_a_letterhead_date_line_ending_in_a_stop(lexicon: sg.Lexicon) -> None:
    text = (
        "MINISTRY OF PUBLIC SECURITY\n"
        "TRANSCRIPT - JOINT PRESS BRIEFING\n"
        "San José, Monday, March 9, 2026 - 1:10 p.m.\n\n"
        "MINISTER: Good afternoon. This morning, here at the Ministry in San José, we held the "
        "first meeting of the Costa Rica-Canada security dialogue with Canada's minister."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 9), None)


def test_a_date_line_is_not_found_in_wrapped_prose() -> None:
    from secgraph.extract._text import split_sentences

    text = "Kenya and Uganda held talks in\nNairobi, 4 March 2026.\n"
    assert [s.heading for s in split_sentences(text)] == [False]


def test_a_buddhist_era_year_in_an_english_release(lexicon: sg.Lexicon) -> None:
    text = (
        "General Somchai Srisuk, Chief of Defence Forces of Thailand, co-chaired the 57th "
        "meeting of the Thailand-Malaysia General Border Committee with Malaysia's Chief of "
        "Defence Force on 20 October 2569 in Chiang Mai."
    )
    assert meeting_span(text, lexicon) == (D(2026, 10, 20), None)


# --- a date against the lead's weekday --------------------------------------------------------


def test_a_date_that_is_not_the_lead_weekday_is_no_date(lexicon: sg.Lexicon) -> None:
    text = (
        "Mali and Niger hold border talks\n\n"
        "Senior security officials from Mali and Niger met on Tuesday in Tillaberi to discuss "
        "the security of their shared border.\n\n"
        "The talks were held on 12 March 2026 at the governor's office."
    )
    draft = one_meeting(text, lexicon)
    assert draft.meetings[0].date is None  # 12 March 2026 is a Thursday
    assert any("Tuesday" in why for why in draft.lacks)


def test_a_date_that_is_the_lead_weekday_stands(lexicon: sg.Lexicon) -> None:
    text = (
        "Mali and Niger hold border talks\n\n"
        "Senior security officials from Mali and Niger met on Tuesday in Tillaberi to discuss "
        "the security of their shared border.\n\n"
        "The talks were held on 10 March 2026 at the governor's office."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 10), None)


def test_the_weekday_of_a_statement_or_a_visit_is_not_compared(lexicon: sg.Lexicon) -> None:
    text = (
        "DAKAR, 14 Oct (APS) - Senegal and Morocco agreed to share intelligence at their joint "
        "security committee, held on 12 October 2026 in Rabat, the ministry said in a "
        "statement received at APS on Wednesday.\n\n"
        "Senegal's minister wrapped up a visit to Morocco on Wednesday."
    )
    assert meeting_span(text, lexicon) == (D(2026, 10, 12), None)


def test_the_first_of_two_meetings_the_story_reports_keeps_its_date(lexicon: sg.Lexicon) -> None:
    text = (
        "Iraq and Turkey security officials meet twice in a week\n\n"
        "Iraqi and Turkish security officials met twice in the past week to discuss border "
        "security.\n\n"
        "The first meeting took place in Ankara on February 9, 2026, within the framework of the "
        "Iraqi-Turkish High-Level Security Mechanism. The Iraqi delegation was led by National "
        "Security Adviser Qasim al-Araji, and the Turkish side by Deputy Interior Minister "
        "Mehmet Aktas.\n\n"
        "Four days later, on February 13, 2026, a technical delegation from the Turkish "
        "Ministry of National Defence, headed by Brigadier General Serkan Yildiz, met officials "
        "of the Iraqi Joint Operations Command in Baghdad. The Iraqi side was led by Lieutenant "
        "General Qais al-Muhammadawi."
    )
    draft = sg.extract(text, lexicon)
    assert [m.date for m in draft.meetings] == [D(2026, 2, 9), D(2026, 2, 13)]
    # without "twice", "the first meeting" is an earlier round's: no date for this one
    once = text.replace("meet twice in a week", "meet").replace("met twice in the past week", "met")
    assert sg.extract(once, lexicon).meetings[0].date is None
