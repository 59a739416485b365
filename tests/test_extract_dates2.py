"""The meeting's date, second pass: spans, bare days, page stamps, and no borrowed date.

Each text is a few sentences written for the test, in one of the genre's date styles; one
test per family. The first pass's families are in ``test_extract_dates.py``.
"""

from __future__ import annotations

import datetime as dt

import pytest

import secgraph as sg
from secgraph.extract._dates import dates_in
from secgraph.extract._stamps import date_line, dated_heading
from secgraph.extract._text import split_sentences
from secgraph.extract._times import names_a_time

D = dt.date


def _date(
    text: str, lexicon: sg.Lexicon, published: dt.date | None = None
) -> tuple[dt.date | None, dt.date | None]:
    """The one meeting's date and end date."""
    draft = sg.extract(text, lexicon, published=published)
    assert len(draft.meetings) == 1, draft.lacks
    return draft.meetings[0].date, draft.meetings[0].end_date


# --- a multi-day meeting told by its last day ------------------------------------------------


def test_concluded_today_takes_the_span_given_further_down(lexicon: sg.Lexicon) -> None:
    text = (
        "Dhaka, 20 February 2025 (BSS) - The border conference between Bangladesh and India "
        "concluded at the BGB headquarters in the capital today with both sides agreeing to "
        "joint patrols.\n\nThe conference was held from February 17-20, 2025."
    )
    assert _date(text, lexicon) == (D(2025, 2, 17), D(2025, 2, 20))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dhaka, 20 February 2025 (BSS) - The three-day border conference between "
            "Bangladesh and India concluded in Dhaka today.",
            (D(2025, 2, 18), D(2025, 2, 20)),
        ),
        (
            "HANOI, March 14, 2025 (VNA) - Two days of talks between Vietnam and Laos on border "
            "security ended on Thursday in Hanoi.",
            (D(2025, 3, 12), D(2025, 3, 13)),
        ),
    ],
)
def test_a_number_of_days_counts_back_from_the_last(
    lexicon: sg.Lexicon, text: str, expected: tuple[dt.date, dt.date]
) -> None:
    assert _date(text, lexicon) == expected


def test_a_visits_length_is_not_the_talks(lexicon: sg.Lexicon) -> None:
    text = (
        "Dhaka, 20 February 2025 (BSS) - A three-day visit of the Indian Home Secretary "
        "to Bangladesh concluded today, after he held talks on border security in Dhaka."
    )
    assert _date(text, lexicon) == (D(2025, 2, 20), None)


# --- a visit's span and the talks' day inside it ---------------------------------------------


def test_talks_inside_a_state_visit_take_their_own_day(lexicon: sg.Lexicon) -> None:
    text = (
        "Joint Statement on the visit of the President of Ghana to Nigeria\n\nOctober 16, 2025"
        "\n\nThe President of Ghana paid a State Visit to Nigeria from 14 to 16 October 2025. "
        "The two Presidents held talks in Abuja on 15 October 2025 and agreed to strengthen "
        "security cooperation against terrorism."
    )
    assert _date(text, lexicon) == (D(2025, 10, 15), None)


def test_a_visit_with_no_day_of_talks_keeps_its_span(lexicon: sg.Lexicon) -> None:
    text = (
        "The President of Ghana paid a State Visit to Nigeria from 14 to 16 October 2025, "
        "during which Ghana and Nigeria agreed to strengthen security cooperation against "
        "terrorism."
    )
    assert _date(text, lexicon) == (D(2025, 10, 14), D(2025, 10, 16))


# --- a day of the story's own month ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bogota, June 6, 2025\n\nThe border commission of Colombia and Peru met on the "
            "5th in Leticia.",
            D(2025, 6, 5),
        ),
        (
            "Canberra, 10 September 2025\n\nAustralia and Indonesia held the defence "
            "ministers' meeting in Canberra on the 3rd of this month.",
            D(2025, 9, 3),
        ),
        (
            # the 28th of a story of 2 July is June's
            "Lima, 2 July 2025\n\nPeru and Chile held their security talks in Lima on the "
            "28th, the ministry said.",
            D(2025, 6, 28),
        ),
    ],
)
def test_a_bare_day_is_of_the_storys_month(
    lexicon: sg.Lexicon, text: str, expected: dt.date
) -> None:
    assert _date(text, lexicon) == (expected, None)


def test_a_bare_ordinal_that_is_no_day_is_not_read() -> None:
    assert dates_in("held on the 5th floor of the ministry", D(2025, 6, 6)) == []
    assert dates_in("the 5th round was held", D(2025, 6, 6)) == []
    assert dates_in("met on the 5th in Leticia", None) == []  # no month to put it in
    # another month named before it: not the story's month
    assert dates_in("In February, the committee met on the 5th, and", D(2025, 3, 10)) == []


# --- numeric dates ---------------------------------------------------------------------------


def test_dotted_numeric_dates_are_day_first(lexicon: sg.Lexicon) -> None:
    text = (
        "Warsaw, 04.04.2025\n\nThe interior ministers of Poland and Lithuania met in Warsaw "
        "on 3.04.2025 and agreed on joint border patrols."
    )
    assert _date(text, lexicon) == (D(2025, 4, 3), None)


def test_a_slashed_date_reads_the_way_that_is_not_after_the_story(
    lexicon: sg.Lexicon,
) -> None:
    # 04/03/2025 is 4 March or 3 April; a story of 5 March cannot tell of 3 April
    text = (
        "Chisinau, 5 March 2025\n\nMoldova and Romania held consultations on border security "
        "on 04/03/2025 in Chisinau."
    )
    assert _date(text, lexicon) == (D(2025, 3, 4), None)


# --- a page's date line with a byline, a time zone, "2 hours ago" -----------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("NEWS | Posted on March 18, 2025 | By Litia Cava", D(2025, 3, 18)),
        ("February 6, 2025 4:12 PM GMT+7 Updated 2 hours ago", D(2025, 2, 6)),
        ("By Ama Mensah, March 18, 2025", D(2025, 3, 18)),
        ("The talks ended by March 18, 2025", None),
    ],
)
def test_a_date_line_with_byline_and_time(line: str, expected: dt.date | None) -> None:
    assert date_line(line) == expected


def test_a_weekday_counts_from_a_bylined_date_line(lexicon: sg.Lexicon) -> None:
    text = (
        "NEWS | Posted on March 18, 2025 | By Litia Cava\n\nFiji and New Zealand agree on "
        "police unit\n\nFiji and New Zealand police chiefs agreed on Monday to set up a "
        "joint unit, after talks in Suva."
    )
    assert _date(text, lexicon) == (D(2025, 3, 17), None)


def test_a_wire_dateline_without_year_takes_the_pages_year(lexicon: sg.Lexicon) -> None:
    # the page was updated two days later: the weekday counts from the dateline's day
    text = (
        "February 8, 2025 Updated\n\nBANGKOK, Feb 6 (Reuters) - Thailand and Cambodia "
        "agreed on Tuesday to set up joint checkpoints, after talks of their border "
        "committee in Siem Reap."
    )
    assert _date(text, lexicon) == (D(2025, 2, 4), None)


# --- "today" before its verb -----------------------------------------------------------------


def test_today_before_the_verb(lexicon: sg.Lexicon) -> None:
    text = (
        "Published: 14 May 2025\n\nGhana and Togo today held security talks in Accra on the "
        "threat of violent extremism, the Ministry of National Security said."
    )
    assert _date(text, lexicon) == (D(2025, 5, 14), None)


# --- no borrowed date: an opening that names a time of its own -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ACCRA, April 10, 2025 (GNA) - Ghana and Burkina Faso held security talks in Accra in "
        "March on terrorism along their border.",
        "LONDON, May 20, 2025 (PA) - Britain and France held migration talks on 5 March 2025 "
        "in London, and officials reviewed progress.",
        "LONDON, May 20, 2025 (PA) - Britain and France held migration talks in London ahead "
        "of a summit on May 28, reviewing progress.",
        "LONDON, May 20, 2025 (PA) - Britain and France held migration talks in London in 2024 "
        "and reviewed progress.",
        "LONDON, May 20, 2025 (PA) - Britain and France, who held migration talks in London "
        "earlier this year, reviewed progress.",
    ],
)
def test_an_opening_with_a_time_of_its_own_takes_no_dateline_date(
    lexicon: sg.Lexicon, text: str
) -> None:
    assert _date(text, lexicon) == (None, None)


def test_an_opening_with_no_time_takes_the_dateline_date(lexicon: sg.Lexicon) -> None:
    text = (
        "LONDON, May 20, 2025 (PA) - Britain and France held migration talks in London and "
        "reviewed progress."
    )
    assert _date(text, lexicon) == (D(2025, 5, 20), None)
    assert not names_a_time("on the sidelines of the summit")


# --- a journey's day -------------------------------------------------------------------------


def test_a_weekday_of_arrival_is_not_the_meeting(lexicon: sg.Lexicon) -> None:
    text = (
        "Bogota, June 6, 2025\n\nColombia and Peru agreed joint operations against drug "
        "trafficking at the border commission.\n\nThe Minister of Defence of Colombia, who "
        "met the Peruvian commanders on their arrival on Wednesday, said cooperation is a "
        "priority."
    )
    assert _date(text, lexicon) == (None, None)


# --- another event's date in a sentence about the talks --------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "In a joint statement issued on 5 March, Pakistan and China said their recent security "
        "talks in Islamabad had been productive.",
        "Pakistan and China held security talks in Islamabad, the ministry announced on 5 March.",
        "Pakistan and China have held security talks in Islamabad since 1 March.",
        "Pakistan and China held security talks in Islamabad and agreed to finalise a plan by "
        "31 March.",
        "Pakistan and China held security talks in Islamabad following the 2 March attack on "
        "Chinese engineers.",
        "Pakistan and China held security talks in Islamabad after Chinese engineers were "
        "attacked on 2 March.",
        "Pakistan and China held security talks in Islamabad on the resolution adopted on 1 March.",
        "Pakistan and China held security talks in Islamabad on the visa regime in force from "
        "1 March.",
        "Pakistan and China held security talks in Islamabad, the first since they met on "
        "10 February.",
    ],
)
def test_another_events_date_is_not_the_meetings(lexicon: sg.Lexicon, body: str) -> None:
    assert _date(f"Published 6 March 2025\n\n{body}", lexicon) == (None, None)


@pytest.mark.parametrize(
    "body",
    [
        "Pakistan and China held security talks in Islamabad after militants attacked Chinese "
        "engineers on Sunday.",
        "Pakistan and China held security talks in Islamabad during a visit that began on Sunday.",
        "Pakistan and China held security talks in Islamabad, a ministry spokesperson told a "
        "weekly briefing on Thursday.",
    ],
)
def test_another_events_weekday_is_not_the_meetings(lexicon: sg.Lexicon, body: str) -> None:
    assert _date(f"ISLAMABAD, March 6, 2025 (APP) - {body}", lexicon) == (None, None)


def test_a_weekday_naming_the_talks_is_theirs_after_a_statement_verb(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "ISLAMABAD, March 6, 2025 (APP) - Pakistan and China held security talks in Islamabad "
        "on Wednesday, a ministry spokesperson told reporters on Thursday."
    )
    assert _date(text, lexicon) == (D(2025, 3, 5), None)


# --- began on one day, ended on another ------------------------------------------------------


def test_began_and_ended_on_two_days_is_a_span(lexicon: sg.Lexicon) -> None:
    text = (
        "Published 6 March 2025\n\nThe security talks between Pakistan and China, which began "
        "on 3 March, ended on 5 March in Islamabad."
    )
    assert _date(text, lexicon) == (D(2025, 3, 3), D(2025, 3, 5))


# --- more page stamps and a leading weekday --------------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    ["Tue, 03/04/2025 - 14:32", "2025/03/04", "Last updated: March 4, 2025", "4 Mar 2025 12:00"],
)
def test_a_weekday_counts_from_more_page_stamps(lexicon: sg.Lexicon, stamp: str) -> None:
    text = f"{stamp}\n\nPakistan and China held security talks in Islamabad on Monday."
    assert _date(text, lexicon) == (D(2025, 3, 3), None)


def test_a_sentence_opening_on_a_weekday(lexicon: sg.Lexicon) -> None:
    text = (
        "Published 5 March 2025\n\nOn Monday, Pakistan and China held security talks in Islamabad."
    )
    assert _date(text, lexicon) == (D(2025, 3, 3), None)


# --- a filing date before the story that the dateline patterns do not read -------------------


@pytest.mark.parametrize(
    "opening",
    [
        "ISLAMABAD: (4 March 2025) Pakistan",
        "ISLAMABAD (March 4, 2025) - Pakistan",
        "Islamabad (4 March 2025): Pakistan",
        "ISLAMABAD, (APP) March 4, 2025 - Pakistan",
    ],
)
def test_a_bracketed_filing_date_is_not_the_meetings(lexicon: sg.Lexicon, opening: str) -> None:
    text = f"{opening} and China held security talks in Islamabad on Monday."
    assert _date(text, lexicon) == (D(2025, 3, 3), None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2025-03-04T10:30:00Z", D(2025, 3, 4)),
        ("4TH MARCH, 2025", D(2025, 3, 4)),
        ("Posted : 2025.03.04 14:00 Updated : 2025.03.04 15:00", D(2025, 3, 4)),
    ],
)
def test_a_timestamp_and_a_capitalised_ordinal_are_date_lines(line: str, expected: dt.date) -> None:
    assert date_line(line) == expected


# --- how a page writes its dates: its language, day or month first ---------------------------


@pytest.mark.parametrize(
    "stamp",
    ["Rome, 05/03/2025", "05 marzo 2025", "5 de marzo de 2025", "Press release 5.3.2025 10.15"],
)
def test_a_date_line_in_the_sites_own_way(lexicon: sg.Lexicon, stamp: str) -> None:
    text = (
        f"{stamp}\n\nItaly and Libya: defence ministers meet\n\nThe Italian Minister of "
        "Defence met the Libyan Minister of Defence in Rome yesterday."
    )
    assert _date(text, lexicon) == (D(2025, 3, 4), None)


def test_a_slashed_date_line_stays_unread_where_the_month_may_come_first(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Posted 05/03/2025\n\nThe United States and Mexico held security talks in Mexico City "
        "yesterday."
    )
    assert _date(text, lexicon) == (None, None)


# --- a date that labels a reply --------------------------------------------------------------


def test_the_date_of_a_reply_is_not_the_meetings(lexicon: sg.Lexicon) -> None:
    text = (
        "Question: Has the Minister met his Australian counterpart to discuss police "
        "cooperation?\n\nReply (10 March 2025): I met Australia's Minister for Home Affairs in "
        "Wellington on 3 March 2025 to discuss police cooperation with New Zealand."
    )
    assert _date(text, lexicon) == (D(2025, 3, 3), None)


# --- talks told in other words ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The negotiations between India and Japan on defence cooperation took place in Tokyo "
        "on 4 March.",
        "When Indian and Japanese officers sat down in Tokyo on March 4, the mood was warm.",
        "The 5th round of the India-Japan dialogue, which took place in Tokyo on 4 March, was "
        "the first since 2019.",
        "India and Japan reviewed counter-terrorism cooperation in Tokyo on 4 March.",
    ],
)
def test_talks_told_in_other_words_give_their_date(lexicon: sg.Lexicon, body: str) -> None:
    assert _date(f"Published 6 March 2025\n\n{body}", lexicon) == (D(2025, 3, 4), None)


# --- a wire's weekday before its verb, and "last Thursday" -----------------------------------


def test_a_weekday_before_the_verb_is_the_meetings(lexicon: sg.Lexicon) -> None:
    text = (
        "BEIJING, March 7, 2025 (APP) - Pakistan's interior minister Thursday held talks on "
        "security with Chinese officials in Beijing."
    )
    assert _date(text, lexicon) == (D(2025, 3, 6), None)


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [("March 10, 2025", D(2025, 3, 6)), ("March 13, 2025", D(2025, 3, 6))],
)
def test_last_thursday_is_before_the_storys_day(
    lexicon: sg.Lexicon, dateline: str, expected: dt.date
) -> None:
    # 13 March 2025 is a Thursday: "last Thursday" is the week before, not the day itself
    text = (
        f"BEIJING, {dateline} (APP) - Pakistan and China held security talks in Beijing last "
        "Thursday."
    )
    assert _date(text, lexicon) == (expected, None)


# --- a tour: the page's date line dates every stop -------------------------------------------


def test_a_pages_date_line_dates_each_stop_of_a_tour(lexicon: sg.Lexicon) -> None:
    text = (
        "Published 7 March 2025\n\nIndian External Affairs Minister S. Jaishankar held talks "
        "with Sri Lankan Foreign Minister Vijitha Herath in Colombo on Monday, focusing on "
        "maritime security.\n\nJaishankar then travelled to Male, where he met Maldivian "
        "Foreign Minister Abdulla Khaleel on Wednesday to discuss security cooperation."
    )
    draft = sg.extract(text, lexicon)
    assert [m.date for m in draft.meetings] == [D(2025, 3, 3), D(2025, 3, 5)]
    assert draft.published is None  # the page's date dates the meetings, not the draft


# --- a release's date line above its sign-off ------------------------------------------------


def test_a_date_line_above_a_releases_sign_off(lexicon: sg.Lexicon) -> None:
    items = "\n\n".join(f"The two sides discussed agenda item {i} at length." for i in range(12))
    text = (
        f"Pakistan and China held security talks in Islamabad on Monday.\n\n{items}\n\n"
        "Islamabad, 4 March 2025\n\nMedia contact: press office\n\nFollow us on X"
    )
    assert _date(text, lexicon) == (D(2025, 3, 3), None)


@pytest.mark.parametrize(
    "line", ["Date lodged: 4/03/2025", "Time of publication: 4 March 2025", "Issued: 4 March 2025"]
)
def test_more_date_line_labels(line: str) -> None:
    assert date_line(line, day_first=True) == D(2025, 3, 4)


# --- a sentence that tells of the talks and of what is to come -------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Pakistan and China met in Beijing on 5 March and agreed that the two sides shall "
        "intensify counterterrorism cooperation.",
        "Ahead of the next round in Islamabad, Pakistan and China held security talks in "
        "Beijing on 5 March.",
        "At the talks in Beijing on 5 March, Pakistan and China agreed to hold the next round "
        "on 10 June.",
    ],
)
def test_the_past_part_of_a_sentence_about_what_is_to_come(lexicon: sg.Lexicon, body: str) -> None:
    assert _date(f"Published 6 March 2025\n\n{body}", lexicon) == (D(2025, 3, 5), None)


def test_a_meeting_to_come_gives_no_date(lexicon: sg.Lexicon) -> None:
    text = (
        "BEIJING, March 6, 2025 (APP) - On Friday, Pakistan and China will hold security "
        "talks in Beijing, officials said on Tuesday."
    )
    assert _date(text, lexicon) == (None, None)


# --- agencies' page stamps: which way a slashed date reads, "by PIB Delhi" -------------------


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("3/5/2025 8:15:00 PM", D(2025, 3, 5)),  # month first: the dateline's day says so
        ("05/03/2025 08:15 PM", D(2025, 3, 5)),  # day first: the same
    ],
)
def test_a_yearless_datelines_day_tells_how_a_slashed_stamp_reads(
    lexicon: sg.Lexicon, stamp: str, expected: dt.date
) -> None:
    text = (
        f"{stamp}\n\nKUWAIT, March 5 (KUNA) -- Kuwait and Saudi Arabia held security talks "
        "here on Wednesday."
    )
    assert _date(text, lexicon) == (expected, None)


def test_a_slashed_stamp_with_a_twelve_hour_clock_alone_stays_unread(
    lexicon: sg.Lexicon,
) -> None:
    text = "3/5/2025 8:15:00 PM\n\nKuwait and Saudi Arabia held security talks on Wednesday."
    assert _date(text, lexicon) == (None, None)


def test_a_stamp_signed_by_its_bureau(lexicon: sg.Lexicon) -> None:
    text = (
        "Posted On: 05 MAR 2025 6:30PM by PIB Delhi\n\nThe 12th Navy-to-Navy Staff Talks "
        "between India and France were held in New Delhi on 4 March."
    )
    assert _date(text, lexicon) == (D(2025, 3, 4), None)


def test_this_weekday(lexicon: sg.Lexicon) -> None:
    text = (
        "Published 5 March 2025\n\nSpain and Morocco held a meeting of their joint commission "
        "on migration in Madrid this Wednesday."
    )
    assert _date(text, lexicon) == (D(2025, 3, 5), None)


# --- ranges written in more ways -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the 5th and 6th of March 2025", (D(2025, 3, 5), D(2025, 3, 6))),
        ("from the 5th to the 7th of March 2025", (D(2025, 3, 5), D(2025, 3, 7))),
        ("on 5/6 March 2025", (D(2025, 3, 5), D(2025, 3, 6))),
        ("on 5 & 6 March 2025", (D(2025, 3, 5), D(2025, 3, 6))),
        ("March 5 through 7, 2025", (D(2025, 3, 5), D(2025, 3, 7))),
        ("on 5th, 6th and 7th March 2025", (D(2025, 3, 5), D(2025, 3, 7))),
        ("on March 5, 6 and 7, 2025", (D(2025, 3, 5), D(2025, 3, 7))),
    ],
)
def test_ranges_written_in_more_ways(text: str, expected: tuple[dt.date, dt.date]) -> None:
    assert [(d.start, d.end) for d in dates_in(text, None)] == [expected]


def test_a_year_is_not_a_day_of_a_range() -> None:
    assert [(d.start, d.end) for d in dates_in("March 5, 2025 and 6 others", None)] == [
        (D(2025, 3, 5), None)
    ]


def test_a_number_of_days_counts_on_from_the_first(lexicon: sg.Lexicon) -> None:
    text = (
        "BEIJING, March 7, 2025 (APP) - The two-day security talks between Pakistan and China "
        "began in Beijing on Thursday."
    )
    assert _date(text, lexicon) == (D(2025, 3, 6), D(2025, 3, 7))
    # still under way when the story was filed: the span its length gives (one day of a
    # meeting of two is not its date)
    filed_first = text.replace("March 7", "March 6").replace("on Thursday", "today")
    assert _date(filed_first, lexicon) == (D(2025, 3, 6), D(2025, 3, 7))


@pytest.mark.parametrize("filed", ["March 10", "March 13", "March 16"])
def test_a_weekday_of_last_week(lexicon: sg.Lexicon, filed: str) -> None:
    text = (
        f"ISLAMABAD, {filed}, 2025 (APP) - Pakistan and China held security talks in Islamabad "
        "on Tuesday last week."
    )
    assert _date(text, lexicon) == (D(2025, 3, 4), None)


# --- more ways to write one day --------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["on 5th of March 2025", "on 5-Mar-2025", "dated 05-03-2025", "on 05 March, 2025"]
)
def test_one_day_written_in_more_ways(text: str) -> None:
    assert [(d.start, d.end) for d in dates_in(text, D(2025, 3, 10))] == [(D(2025, 3, 5), None)]


def test_a_weekday_and_a_bare_day_must_agree(lexicon: sg.Lexicon) -> None:
    text = "Lima, 10 March 2025\n\nPeru and Chile held border talks in Lima on {} the 5th, and agreed on joint patrols."
    assert _date(text.format("Wednesday"), lexicon) == (D(2025, 3, 5), None)
    assert _date(text.format("Thursday"), lexicon) == (None, None)  # 5 March was a Wednesday


def test_the_talks_followed_an_earlier_meeting(lexicon: sg.Lexicon) -> None:
    earlier = (
        "Published 6 March 2025\n\nThe security talks between Pakistan and China in Beijing "
        "followed a meeting between the two presidents on 12 February."
    )
    assert _date(earlier, lexicon) == (None, None)
    these = (
        "Published 6 March 2025\n\nThe announcement by Pakistan and China followed security "
        "talks in Beijing on 5 March."
    )
    assert _date(these, lexicon) == (D(2025, 3, 5), None)


# --- more times of the opening ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("the day before yesterday", (D(2025, 3, 4), None)),
        ("over the past two days", (None, None)),  # a span the dateline cannot give
        ("last night", (None, None)),
        ("on the morning of Wednesday", (D(2025, 3, 5), None)),
    ],
)
def test_more_times_of_the_opening(
    lexicon: sg.Lexicon, when: str, expected: tuple[dt.date | None, dt.date | None]
) -> None:
    text = (
        "ISLAMABAD, March 6, 2025 (APP) - Pakistan and China held security talks in Islamabad "
        f"{when}."
    )
    assert _date(text, lexicon) == expected


def test_opened_today_takes_the_span_given_below(lexicon: sg.Lexicon) -> None:
    text = (
        "DHAKA, March 5, 2025 (BSS) - The border conference between Bangladesh and India "
        "opened in Dhaka today.\n\nThe conference is being held from 5 to 7 March."
    )
    assert _date(text, lexicon) == (D(2025, 3, 5), D(2025, 3, 7))


# --- a page's header line of several parts ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Press Release | Ministry of Defence | 5 March 2025", D(2025, 3, 5)),
        ("Home > News > Press releases > 5 March 2025", D(2025, 3, 5)),
        ("News - 05.03.2025 - Ministry of the Interior", D(2025, 3, 5)),
        ("Release No: 123/2025 Date: 5 March 2025 Place: New Delhi", D(2025, 3, 5)),
        ("Related: March 1, 2025 - China opens consulate", None),  # a headline, not a label
    ],
)
def test_a_header_line_of_labels_and_a_date(line: str, expected: dt.date | None) -> None:
    text = f"{line}\n\nPakistan and China hold talks\n\nPakistan and China met in Beijing."
    assert dated_heading(split_sentences(text)) == expected


# --- a visit's courtesy call or welcome before the talks -------------------------------------


@pytest.mark.parametrize(
    "first",
    [
        "Pakistan's Interior Minister called on Chinese Vice President Han Zheng in Beijing on "
        "3 March.",
        "The Pakistani delegation was accorded a ceremonial welcome in Beijing on 3 March.",
    ],
)
def test_the_talks_day_not_a_courtesy_calls(lexicon: sg.Lexicon, first: str) -> None:
    text = (
        f"Published 6 March 2025\n\n{first}\n\nPakistan and China held security talks in "
        "Beijing on 4 March and agreed to boost counterterrorism cooperation."
    )
    assert _date(text, lexicon) == (D(2025, 3, 4), None)


def test_a_courtesy_call_alone_keeps_its_day(lexicon: sg.Lexicon) -> None:
    text = (
        "Published 6 March 2025\n\nPakistan's Interior Minister called on Chinese Vice "
        "President Han Zheng in Beijing on 3 March to discuss security cooperation."
    )
    assert _date(text, lexicon) == (D(2025, 3, 3), None)


@pytest.mark.parametrize(
    "line",
    ["Date of issue: 13/03/2025", "13 Mar 2025 - 3 min read", "Posted at 14:05h, 13 March 2025"],
)
def test_date_lines_with_reading_time_and_issue(line: str) -> None:
    assert date_line(line, day_first=True) == D(2025, 3, 13)


# --- a meeting told in the present is still to come ------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Pakistan and China are holding security talks in Beijing on Wednesday.",
        "Pakistan and China are meeting this Wednesday in Beijing for security talks.",
        "Security talks between Pakistan and China begin in Beijing on Wednesday.",
    ],
)
def test_a_weekday_of_talks_told_in_the_present(lexicon: sg.Lexicon, body: str) -> None:
    # filed on a Monday: not the Wednesday before
    assert _date(f"BEIJING, March 3, 2025 (APP) - {body}", lexicon) == (None, None)


def test_a_present_clause_beside_a_past_one(lexicon: sg.Lexicon) -> None:
    text = (
        "VILNIUS, Feb 20, 2025 (BNS) - Lithuania and Latvia will start joint border patrols "
        "from April, the Lithuanian minister said after meeting his Latvian counterpart in "
        "Vilnius on Thursday."
    )
    assert _date(text, lexicon) == (D(2025, 2, 20), None)


# --- a tour's next stop counted from the stop before -----------------------------------------


def test_the_following_day_of_a_tour(lexicon: sg.Lexicon) -> None:
    text = (
        "Hanoi (VNA) - Vietnamese Defence Minister Phan Van Giang held talks with his Cambodian "
        "counterpart Tea Seiha in Hanoi on March 5, 2025, agreeing to strengthen border "
        "security cooperation.\n\nThe following day, Giang travelled to Vientiane, where he "
        "held talks with Lao Defence Minister Chansamone Chanyalath on border security."
    )
    draft = sg.extract(text, lexicon)
    assert [m.date for m in draft.meetings] == [D(2025, 3, 5), D(2025, 3, 6)]


def test_plans_for_the_coming_months_leave_the_datelines_day(lexicon: sg.Lexicon) -> None:
    text = (
        "ABU DHABI, 18th November, 2024 (WAM) -- The UAE Minister of Defence received the Omani "
        "Minister of Defence to discuss boosting defence cooperation in the coming months."
    )
    assert _date(text, lexicon) == (D(2024, 11, 18), None)


# --- a sentence about the talks that also names when the dialogue began ---------------------


@pytest.mark.parametrize(
    "body",
    [
        "The India-Japan dialogue, launched in 2015, was co-chaired by the two vice ministers "
        "in Tokyo on 5 March.",
        "The Joint Commission of India and Japan, established in 2010, hosted its 8th session "
        "in Tokyo on 5 March.",
        "Building on understandings reached earlier, India and Japan agreed at their dialogue "
        "in Tokyo on 5 March to expand maritime cooperation.",
        "India and Japan's first security dialogue since 2019 was co-chaired in Tokyo on "
        "5 March by their vice ministers.",
    ],
)
def test_the_talks_date_beside_the_dialogues_history(lexicon: sg.Lexicon, body: str) -> None:
    assert _date(f"Published 6 March 2025\n\n{body}", lexicon) == (D(2025, 3, 5), None)


def test_the_date_a_dialogue_was_set_up_is_not_the_talks(lexicon: sg.Lexicon) -> None:
    text = (
        "Published 6 March 2025\n\nThe India-Japan Joint Commission, established on 1 March, "
        "held its first session in Tokyo."
    )
    assert _date(text, lexicon) == (None, None)


@pytest.mark.parametrize(
    "clause",
    [
        "discussed the killing of two soldiers on 5 March",
        "discussed the incident at the border on 5 March",
        "welcomed the ceasefire agreed on 5 March",
        "discussed the elections held on 5 March",
    ],
)
def test_an_incident_or_an_election_dated_beside_the_talks(
    lexicon: sg.Lexicon, clause: str
) -> None:
    text = f"Published 10 March 2025\n\nIndia and Pakistan held border talks and {clause}."
    assert _date(text, lexicon) == (None, None)


def test_the_date_the_dialogue_was_last_held_is_not_this_rounds(lexicon: sg.Lexicon) -> None:
    text = (
        "Published 6 March 2025\n\nIndia and Japan held their maritime dialogue in Tokyo. The "
        "dialogue was last held in New Delhi on 5 November."
    )
    assert _date(text, lexicon) == (None, None)


@pytest.mark.parametrize(
    "body",
    [
        "The talks between India and Japan, planned for 1 March, were held in Tokyo on 5 March.",
        "The Japanese minister, appointed on 1 March, held talks with his Indian counterpart in "
        "Tokyo on 5 March.",
        "The talks between India and Japan, postponed from 1 March, were held in Tokyo on 5 March.",
    ],
)
def test_a_planned_day_or_an_appointment_is_not_the_talks(lexicon: sg.Lexicon, body: str) -> None:
    assert _date(f"Published 6 March 2025\n\n{body}", lexicon) == (D(2025, 3, 5), None)


def test_the_talks_weekday_not_a_courtesy_calls(lexicon: sg.Lexicon) -> None:
    text = (
        "BEIJING, March 6, 2025 (APP) - On Monday, Pakistan's interior minister called on "
        "Chinese Vice President Han Zheng in Beijing.\n\nOn Tuesday, Pakistan and China held "
        "security talks in Beijing."
    )
    assert _date(text, lexicon) == (D(2025, 3, 4), None)
    said = (
        "BEIJING, March 6, 2025 (APP) - On Monday, Pakistan's interior minister called on "
        "Chinese Vice President Han Zheng in Beijing.\n\nPakistan and China held security talks "
        "in Beijing, the ministry said on Tuesday."
    )
    assert _date(said, lexicon) == (D(2025, 3, 3), None)  # a statement's weekday
