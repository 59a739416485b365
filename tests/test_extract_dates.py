"""The meeting's date: right where the text pins it, absent where it does not (issue 21).

Each text is a few sentences written for the test, in one of the genre's date styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

import secgraph as sg
from secgraph.extract._calendars import solar_hijri_dates, spelled_dates
from secgraph.extract._dates import dates_in

D = dt.date


def _date(
    text: str, lexicon: sg.Lexicon, published: dt.date | None = None
) -> tuple[dt.date | None, dt.date | None, str | None]:
    """The one meeting's date, end date and review note."""
    draft = sg.extract(text, lexicon, published=published)
    assert len(draft.meetings) == 1, draft.lacks
    m = draft.meetings[0]
    notes = [why for field, why in m.review if field == "date"]
    return m.date, m.end_date, notes[0] if notes else None


# --- other calendars -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farvardin 1, 1403", D(2024, 3, 20)),  # Nowruz of a year after a leap year
        ("1 Farvardin 1404", D(2025, 3, 21)),
        ("Aban 26, 1403", D(2024, 11, 16)),
        ("30 Esfand 1403", D(2025, 3, 20)),  # 1403 is a leap year: Esfand has 30 days
        ("Dey 11, 1402", D(2024, 1, 1)),
    ],
)
def test_solar_hijri_dates_convert_exactly(text: str, expected: dt.date) -> None:
    assert [d for d, _ in solar_hijri_dates(text)] == [expected]


def test_solar_hijri_dates_need_a_real_day_and_a_year() -> None:
    assert solar_hijri_dates("30 Esfand 1402") == []  # a common year: no 30 Esfand
    assert solar_hijri_dates("Aban 26") == []
    assert solar_hijri_dates("Rabi Al-Thani 13, 1446 AH") == []  # lunar Hijri: not converted


def test_iranian_agency_dates_its_story_in_the_solar_hijri_calendar(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "TEHRAN, Aban 26, 1403 (IRNA) -- Iranian and Omani officials met in Tehran on Saturday "
        "to discuss border security."
    )
    date, end, why = _date(text, lexicon)
    assert (date, end) == (D(2024, 11, 16), None)  # the stamp's own Saturday
    assert why == "'on Saturday' counted back from the agency's date stamp"


def test_lunar_hijri_beside_gregorian_gives_the_gregorian_and_never_a_misread(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Riyadh, Rabi Al-Thani 14, 1446, October 17, 2024, SPA -- Saudi and Pakistani officials "
        "held talks in Riyadh on Wednesday, Rabi Al-Thani 13, 1446 AH, corresponding to "
        "October 16, 2024."
    )
    assert _date(text, lexicon)[0] == D(2024, 10, 16)  # not the release's October 17
    only_hijri = "Saudi and Pakistani officials held talks in Riyadh on Rabi Al-Thani 13, 1446."
    assert _date(only_hijri, lexicon)[0] is None


def test_gazette_spelled_date_of_signing(lexicon: sg.Lexicon) -> None:
    assert [d for d, _ in spelled_dates("on the twenty-first day of March, 2024")] == [
        D(2024, 3, 21)
    ]
    assert [d for d, _ in spelled_dates("the first day of June, Two Thousand and Nine")] == [
        D(2009, 6, 1)
    ]
    assert spelled_dates("the sixteenth day of January") == []  # no year: no date
    text = (
        "EXTRAORDINARY\n\nNo. 2421/08 - FRIDAY, FEBRUARY 07, 2025\n\n"
        "NOTICE is hereby given that the Memorandum of Understanding between the Government of "
        "Sri Lanka and the Government of Maldives on combating crime was signed at Colombo on "
        "the sixteenth day of January, Two Thousand and Twenty-Five."
    )
    date, _, why = _date(text, lexicon)
    assert (date, why) == (D(2025, 1, 16), "the date of signing")


# --- page stamps, weekdays and days counted from a known date ---------------------------------


def test_page_stamp_day_month_year_pins_a_weekday(lexicon: sg.Lexicon) -> None:
    text = (
        "Dhaka, Delhi agree to curb smuggling\n\n15/11/2024 | 20:15\n\n"
        "Bangladesh and India agreed on Thursday to step up border patrols as their home "
        "secretaries met in Dhaka."
    )
    date, _, why = _date(text, lexicon)
    assert (date, why) == (D(2024, 11, 14), "'on Thursday' counted back from the date line")
    ambiguous = text.replace("15/11/2024", "05/11/2024")  # 5 November or 11 May
    # read day first, as the text's countries write it (test_extract_dates2.py has the
    # month-first case, where it stays unread)
    assert _date(ambiguous, lexicon)[0] == D(2024, 10, 31)


def test_weekday_with_its_date_takes_the_year_of_the_date_line(lexicon: sg.Lexicon) -> None:
    text = (
        "India, Nepal review border security\n\nUpdated - May 07, 2025 09:40 pm IST\n\n"
        "India and Nepal on Tuesday (May 6) reviewed security along their border at talks held "
        "in New Delhi."
    )
    assert _date(text, lexicon)[0] == D(2025, 5, 6)
    # in 2024 May 6 was a Monday: the weekday and the date disagree, so there is no date
    assert _date(text.replace("May 07, 2025", "May 08, 2024"), lexicon)[0] is None


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (D(2025, 3, 12), D(2025, 3, 10)),  # a Wednesday: the Monday before
        (D(2025, 3, 10), D(2025, 3, 10)),  # a Monday: that day
        (D(2025, 3, 9), D(2025, 3, 3)),  # a Sunday: six days before, never after
    ],
)
def test_weekday_counts_back_from_the_publication_date(
    lexicon: sg.Lexicon, published: dt.date, expected: dt.date
) -> None:
    text = "Kenyan and Ugandan police chiefs met in Kampala on Monday to discuss cattle raids."
    date, _, why = _date(text, lexicon, published=published)
    assert (date, why) == (expected, "'on Monday' counted back from --published")
    assert _date(text, lexicon)[0] is None  # no known date to count from


def test_last_week_and_a_statements_weekday_give_no_date(lexicon: sg.Lexicon) -> None:
    text = (
        "ISLAMABAD, March 10, 2025 (APP): Pakistan and Turkmenistan held consultations on "
        "counter-narcotics in Ashgabat last week, the Foreign Office said on Monday."
    )
    draft = sg.extract(text, lexicon)
    assert draft.meetings[0].date is None  # neither the filing date nor the statement's
    assert any("only 'last week', no day" in why for why in draft.lacks)
    said = (
        "NAIROBI, March 13, 2025 (Xinhua) -- Tanzania and Uganda held defence talks in Kampala, "
        "Uganda's defence ministry said on Thursday."
    )
    assert _date(said, lexicon)[0] is None
    issued = said.replace(
        "Uganda's defence ministry said on Thursday",
        "according to a statement Uganda's defence ministry issued on Thursday",
    )
    assert _date(issued, lexicon)[0] is None


def test_a_clause_about_another_event_does_not_hide_the_meetings_weekday(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "NAIROBI, Feb 12, 2025 (Reuters) - Kenya and Somalia agreed on Tuesday to set up a "
        "border committee after fighting spilled into Mandera last month."
    )
    assert _date(text, lexicon)[0] == D(2025, 2, 11)


def test_the_nth_of_month_on_a_tour_takes_the_datelines_year(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, March 13, 2025 (Xinhua) -- Tanzania's defence minister held talks with her "
        "Ugandan counterpart in Kampala on the 11th of March, Uganda's defence ministry said on "
        "Thursday. She is due to meet Rwandan officials in Kigali on 14 March."
    )
    date, _, why = _date(text, lexicon)
    assert (date, why) == (D(2025, 3, 11), "year taken from the dateline")


def test_yesterday_and_this_morning_count_from_a_known_date(lexicon: sg.Lexicon) -> None:
    briefing = (
        "Department Press Briefing\n\nMarch 4, 2025\n\n"
        "MS BRUCE: Yesterday, the Deputy Secretary met Indian Foreign Secretary Vikram Misri in "
        "Washington to discuss counterterrorism cooperation between the United States and India."
    )
    date, _, why = _date(briefing, lexicon)
    assert (date, why) == (D(2025, 3, 3), "'yesterday' counted back from the date line")
    blog = (
        "Live: UK-Ireland security talks\n\nMonday 9 September 2024\n\n11:15 BST\n\n"
        "The British and Irish ministers met this morning in Dublin for the first session."
    )
    assert _date(blog, lexicon)[0] == D(2024, 9, 9)


# --- ranges and dates that are not this meeting's --------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("on 9 and 10 September 2024", D(2024, 9, 9), D(2024, 9, 10)),
        ("on March 27-28, 2018", D(2018, 3, 27), D(2018, 3, 28)),
        ("from 3 to 5 June 2024", D(2024, 6, 3), D(2024, 6, 5)),
        ("from 31 May - 1 June 2024", D(2024, 5, 31), D(2024, 6, 1)),
        ("on the 3rd of May, 2024", D(2024, 5, 3), None),
    ],
)
def test_ranges_and_single_days(sentence: str, start: dt.date, end: dt.date | None) -> None:
    text = f"Chile and Peru held border talks in Lima {sentence}."
    assert [(d.start, d.end) for d in dates_in(text, None)] == [(start, end)]


def test_range_year_from_published(lexicon: sg.Lexicon) -> None:
    text = "Chile and Peru held border talks in Lima from 3 to 5 June."
    assert _date(text, lexicon, published=D(2024, 6, 7))[:2] == (D(2024, 6, 3), D(2024, 6, 5))


def test_previous_round_and_old_agreement_dates_are_not_this_meetings(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "LIMA, June 7, 2024 (AP) - Chile and Peru held border talks here on Tuesday, and "
        "reviewed the agreement signed on 5 March 2019. The previous round was held in Santiago "
        "on 12 August 2023."
    )
    assert _date(text, lexicon)[0] == D(2024, 6, 4)
    only_past = (
        "Chile and Peru discussed border security. The previous round was held in Santiago on "
        "12 August 2023."
    )
    assert _date(only_past, lexicon)[0] is None


def test_a_date_after_the_filing_is_not_the_meeting_reported(lexicon: sg.Lexicon) -> None:
    text = (
        "LIMA, June 7, 2024 (AP) - Chile and Peru held border talks in Lima, with a second "
        "session on 20 June 2024."
    )
    assert _date(text, lexicon)[0] != D(2024, 6, 20)


def test_no_year_fiscal_years_and_a_month_alone_give_no_date(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenyan and Ethiopian police commanders met in Marsabit on 14 October to coordinate "
        "patrols under the plan for 2024-25, after clashes in March."
    )
    draft = sg.extract(text, lexicon)
    assert draft.meetings[0].date is None
    assert any("without a year" in why for why in draft.lacks)
    month_only = "Kenyan and Ethiopian police commanders met in Marsabit in March 2025."
    assert _date(month_only, lexicon)[0] is None


def test_an_agreement_signed_before_is_not_the_talks_date_even_beside_them(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "At the talks held in Lima, the Chilean and Peruvian ministers reviewed the border "
        "agreement signed in Santiago on 5 March 2019."
    )
    assert _date(text, lexicon)[0] is None
    signing = (
        "Chile and Peru signed a border agreement in Lima on 5 March 2024, following talks "
        "between their defence ministers."
    )
    assert _date(signing, lexicon)[0] == D(2024, 3, 5)  # the signing is this event
    assert [d for d, _ in spelled_dates("signed on this 16th day of January 2025")] == [
        D(2025, 1, 16)
    ]


def test_an_earlier_round_in_the_past_perfect_is_not_this_one(lexicon: sg.Lexicon) -> None:
    text = (
        "Chile and Peru discussed border security in Lima. The fifth round had been held in "
        "Santiago on 12 February 2023."
    )
    assert _date(text, lexicon)[0] is None


def test_earlier_today_in_a_briefing(lexicon: sg.Lexicon) -> None:
    text = (
        "Department Press Briefing\n\nMarch 4, 2025\n\n"
        "MS BRUCE: Earlier today, the Deputy Secretary met Indian Foreign Secretary Vikram Misri "
        "in Washington to discuss counterterrorism cooperation between the United States and "
        "India."
    )
    assert _date(text, lexicon)[0] == D(2025, 3, 4)


def test_a_tours_next_stop_takes_a_year_but_no_weekday_from_the_stop_before() -> None:
    from secgraph.extract._text import split_sentences
    from secgraph.extract._when import find_date

    stop = split_sentences("Chile and Peru held talks in Lima on Monday.")
    found, _ = find_date(stop, dateline=None, published=None, after=D(2024, 6, 3))
    assert found is None  # no day to count back from: not the fake end of the year
    dated = split_sentences("Chile and Peru held talks in Lima on 5 June.")
    found, _ = find_date(dated, dateline=None, published=None, after=D(2024, 6, 3))
    assert found is not None and found.date == D(2024, 6, 5)


def test_this_meetings_date_beside_the_next_or_previous_rounds(lexicon: sg.Lexicon) -> None:
    nxt = (
        "At the talks held in Lima on 9 September 2024, Chile and Peru agreed to hold the next "
        "round in Santiago on 3 March 2025."
    )
    assert _date(nxt, lexicon)[0] == D(2024, 9, 9)
    only_next = "Chile and Peru will hold the next round of border talks on 3 March 2025."
    assert sg.extract(only_next, lexicon).meetings[0].date is None
    since = (
        "Chile and Peru held border talks in Lima on 9 September 2024, the first since the "
        "previous round on 12 February 2023."
    )
    assert _date(since, lexicon)[0] == D(2024, 9, 9)
    before = (
        "The previous round, on 12 February 2023 in Santiago, preceded the border talks that "
        "Chile and Peru held in Lima on 9 September 2024."
    )
    assert _date(before, lexicon)[0] is None  # the sentence mixes them: none rather than wrong


@pytest.mark.parametrize("when", ["over the weekend", "this week", "last month"])
def test_vague_times_give_no_day_from_the_dateline(lexicon: sg.Lexicon, when: str) -> None:
    text = f"LIMA, June 7, 2024 (AP) - Chile and Peru held border talks in Lima {when}."
    assert _date(text, lexicon)[0] is None


def test_two_weekdays_are_a_range_counted_back_from_its_last_day(lexicon: sg.Lexicon) -> None:
    text = "Pakistani and Chinese officials held talks in Beijing on Monday and Tuesday."
    date, end, why = _date(text, lexicon, published=D(2024, 9, 12))  # a Thursday
    assert (date, end) == (D(2024, 9, 9), D(2024, 9, 10))
    assert why == "'on Monday and Tuesday' counted back from --published"


def test_a_wires_dateline_or_a_reported_opening_is_not_the_meetings_day(
    lexicon: sg.Lexicon,
) -> None:
    said = (
        "KABUL, March 12, 2025 (Reuters) - Pakistani and Afghan officials held border talks in "
        "Torkham, the Taliban said."
    )
    assert _date(said, lexicon)[0] is None
    agency = (
        "ABU DHABI, 18th November, 2024 (WAM) -- The UAE Minister of Foreign Affairs received "
        "the French Minister for Europe and Foreign Affairs in Abu Dhabi to discuss security."
    )
    assert _date(agency, lexicon)[:2] == (D(2024, 11, 18), None)  # an agency's same-day item


def test_a_date_long_before_the_storys_own_is_an_earlier_meetings(lexicon: sg.Lexicon) -> None:
    text = (
        "NEW DELHI, May 7, 2025 (Reuters) - India and the United States held counter-terrorism "
        "talks. The meeting followed the fourth round, held in Washington on 12 December 2023."
    )
    draft = sg.extract(text, lexicon)
    assert draft.meetings[0].date is None
    assert any("long before" in why for why in draft.lacks)


def test_a_gazette_notice_gives_its_signing_date_without_a_date_line(
    lexicon: sg.Lexicon,
) -> None:
    notice = (
        "NOTICE is hereby given that the Memorandum of Understanding between the Government of "
        "Sri Lanka and the Government of Maldives on combating crime was signed at Colombo on "
        "the sixteenth day of January, Two Thousand and Twenty-Five."
    )
    assert _date(notice, lexicon)[0] == D(2025, 1, 16)
    background = (
        "Sri Lanka and Maldives discussed maritime crime. The Memorandum of Understanding "
        "between them was signed at Colombo on 16 January 2015."
    )
    assert sg.extract(background, lexicon).meetings[0].date is None


def test_another_events_date_and_a_possessive_weekday(lexicon: sg.Lexicon) -> None:
    after = (
        "India and Pakistan held border talks in Wagah, two weeks after the attack in Kashmir "
        "on 22 April 2025."
    )
    assert _date(after, lexicon)[0] is None
    possessive = (
        "Pakistani and Afghan officials said Tuesday's talks in Torkham on border crossings "
        "were useful."
    )
    assert _date(possessive, lexicon, published=D(2025, 3, 13))[0] == D(2025, 3, 11)


def test_a_live_blogs_entry_counts_from_its_own_date_line(lexicon: sg.Lexicon) -> None:
    blog = (
        "Live: UK-Ireland security talks\n\n11 September 2024 09:00 BST\n\n"
        "Welcome back to our coverage of the British-Irish security talks.\n\n"
        "9 September 2024 11:15 BST\n\n"
        "The British and Irish ministers met this morning in Dublin for the first session."
    )
    assert _date(blog, lexicon)[0] == D(2024, 9, 9)  # not the page's newest day


def test_a_datelines_day_is_not_a_meeting_held_in_another_city(lexicon: sg.Lexicon) -> None:
    text = (
        "MUSCAT, Nov 17, 2024 (ONA) -- Oman and Iran discussed maritime security at a meeting "
        "held in Tehran between their interior ministers."
    )
    assert _date(text, lexicon)[0] is None
    here = text.replace("held in Tehran", "held in Muscat")
    assert _date(here, lexicon)[0] == D(2024, 11, 17)


def test_a_journeys_day_is_not_the_talks(lexicon: sg.Lexicon) -> None:
    text = (
        "Vietnamese Defence Minister Phan Van Giang, who arrived in Vientiane on Monday, held "
        "talks with his Lao counterpart on Tuesday."
    )
    assert _date(text, lexicon, published=D(2024, 6, 5))[0] == D(2024, 6, 4)
    due = (
        "Tanzanian and Ugandan defence ministers held talks in Kampala. Tanzania's minister is "
        "due to meet Rwandan officials on 14 March 2025."
    )
    assert sg.extract(due, lexicon).meetings[0].date is None


def test_iso_days_in_the_text_and_a_briefings_time_line(lexicon: sg.Lexicon) -> None:
    assert [d.start for d in dates_in("talks held on 2024-09-09 in Dublin", None)] == [
        D(2024, 9, 9)
    ]
    text = (
        "Department Press Briefing\n\n2:15 p.m. EST, March 4, 2025\n\n"
        "MS BRUCE: The Deputy Secretary met Indian Foreign Secretary Vikram Misri on Monday in "
        "Washington to discuss counterterrorism cooperation between the United States and India."
    )
    assert _date(text, lexicon)[0] == D(2025, 3, 3)
