"""Issue 21, extract27's pass: the meeting's date from date lines and stamps the rules had not
read, and never from the day a document reached a newsroom or a stamp's own day.

Each test is a short text written for it (countries and cities real, people and meetings
invented), one shape each.
"""

from __future__ import annotations

import datetime as dt

from extract_meeting import meeting_span

import secgraph as sg
from secgraph.extract._pagedate import published_day
from secgraph.extract._pagelines import without_other_calendars

D = dt.date

_TALKS = (
    "Officials of Norway and Iceland held security consultations in Reykjavik {when}.\n\n"
    "They discussed maritime surveillance and agreed to meet again next year."
)


def _html_date(html: str, lexicon: sg.Lexicon) -> tuple[dt.date | None, dt.date | None]:
    return meeting_span(sg.read_text(html.encode(), "page.html"), lexicon)


def _page(stamp: str, when: str) -> str:
    return (
        "<html><body><main><article><h1>Norway and Iceland hold security talks</h1>"
        f"{stamp}<p>Officials of Norway and Iceland held security consultations in Reykjavik "
        f"{when}.</p><p>They discussed maritime surveillance and agreed to meet again next "
        "year.</p></article></main></body></html>"
    )


# --- a weekday that dates a document's arrival, not the meeting --------------------------------


def test_a_release_received_by_the_agency_on_a_weekday_is_not_the_meeting_day(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Luanda, 23 Sep 2026 (ANGOP) - Angola and Namibia signed a defence roadmap at the end "
        "of their joint defence commission, according to a press release from the Ministry of "
        "Defence received by ANGOP on Wednesday.\n\n"
        "The meeting was held on 9 September at the Ministry of Defence in Windhoek."
    )
    assert meeting_span(text, lexicon) == (D(2026, 9, 9), None)


def test_a_communique_made_available_on_a_weekday_gives_no_day(lexicon: sg.Lexicon) -> None:
    text = (
        "Nigeria, Ghana agree new measures\n\nPublished: 19 November 2026\n\n"
        "Nigeria and Ghana agreed to deepen intelligence sharing after security talks held "
        "in Abuja earlier this month.\n\n"
        "Details of the talks were contained in a joint communiqué made available to our "
        "correspondent on Wednesday by the spokesman of the ministry."
    )
    assert meeting_span(text, lexicon) == (None, None)


def test_a_minister_received_by_a_president_on_a_weekday_is_still_the_meeting(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Nigeria, Ghana hold talks\n\nPublished: 19 November 2026\n\n"
        "The Ghanaian defence minister held talks in Abuja with his Nigerian counterpart and "
        "was received by President Tinubu on Wednesday."
    )
    assert meeting_span(text, lexicon) == (D(2026, 11, 18), None)


def test_a_statement_telling_of_a_reception_on_a_weekday_is_the_meeting_day(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Nigeria, Ghana hold talks\n\nPublished: 19 November 2026\n\n"
        "According to a statement from the presidency, the Ghanaian defence minister held "
        "talks in Abuja and was received by President Tinubu on Wednesday."
    )
    assert meeting_span(text, lexicon) == (D(2026, 11, 18), None)


def test_minutes_made_public_on_a_weekday_give_no_day(lexicon: sg.Lexicon) -> None:
    text = (
        "Nigeria, Ghana agree new measures\n\nPublished: 19 November 2026\n\n"
        "Nigeria and Ghana held security talks in Abuja, according to the minutes of the "
        "meeting, which were made public on Wednesday."
    )
    assert meeting_span(text, lexicon) == (None, None)


def test_a_copy_seen_by_an_agency_on_a_weekday_gives_no_day(lexicon: sg.Lexicon) -> None:
    text = (
        "Nigeria, Ghana agree new measures\n\nPublished: 19 November 2026\n\n"
        "Nigeria and Ghana held security talks in Abuja and agreed a joint plan, a copy of "
        "which was seen by Reuters on Monday."
    )
    assert meeting_span(text, lexicon) == (None, None)


# --- a stamp's own day is the filing's ---------------------------------------------------------


def test_a_yearless_stamp_the_dateline_reader_misses_is_not_the_meeting_day(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Published: Tuesday, August 4, 2026 - 18:47\n\n"
        "Asunción, Aug 4 (IP) - Paraguay and Brazil agreed on Monday to create a joint "
        "intelligence centre at the end of their security commission held in Ciudad del Este."
        "\n\nThe two sides discussed drug trafficking."
    )
    assert meeting_span(text, lexicon) == (D(2026, 8, 3), None)


def test_a_dateline_under_a_title_ending_in_a_quotation_mark(lexicon: sg.Lexicon) -> None:
    text = (
        'China, Kazakhstan pledge to fight "three evil forces"\n\n'
        "Published: 14 August 2026\n\n"
        "ASTANA, Aug. 14 (Xinhua) -- China and Kazakhstan agreed to deepen security "
        "cooperation at a meeting of their security subcommittee held in Almaty from Aug. 12 "
        "to 13.\n\nThe two sides exchanged views on Afghanistan."
    )
    assert meeting_span(text, lexicon) == (D(2026, 8, 12), D(2026, 8, 13))


# --- a page's date lines in shapes not read before ---------------------------------------------


def test_a_speech_counts_today_from_its_delivered_on_line(lexicon: sg.Lexicon) -> None:
    text = (
        "UK-Norway security dialogue: joint press remarks\n\n"
        "Published 21 October 2026\n\n"
        "Delivered on: 20 October 2026 (Transcript of the speech, exactly as it was delivered)"
        "\n\nMINISTER: Today we held the UK-Norway security dialogue with the Norwegian "
        "State Secretary in London.\n\n"
        "We discussed maritime security."
    )
    assert meeting_span(text, lexicon) == (D(2026, 10, 20), None)


def test_a_hijri_date_line_with_the_gregorian_date_it_corresponds_to(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Mauritanian News Agency\n\n"
        "Nouakchott, Monday 14 Jumada al-Awwal 1448 AH corresponding to 26 October 2026\n\n"
        "Mauritania-Algeria border committee holds session\n\n"
        "The Mauritanian-Algerian border committee held its fourth session on Sunday in "
        "the city of Zouerate.\n\nThe two sides discussed smuggling."
    )
    assert meeting_span(text, lexicon) == (D(2026, 10, 25), None)


def test_a_hijri_date_alone_is_no_date() -> None:
    assert without_other_calendars("Nouakchott, 14 Jumada al-Awwal 1448 AH") == "Nouakchott, "


def test_a_japanese_era_date_line_gives_the_year(lexicon: sg.Lexicon) -> None:
    text = (
        "Japan-Philippines Vice-Ministerial Dialogue\n\n令和8年5月20日\n\n"
        "On May 19, the Japan-Philippines Vice-Ministerial Dialogue was held at the Ministry "
        "of Defense in Tokyo.\n\nBoth sides exchanged views on maritime security."
    )
    assert meeting_span(text, lexicon) == (D(2026, 5, 19), None)


def test_japanese_dates_in_english() -> None:
    assert without_other_calendars("平成31年4月30日") == "30 April 2019"
    assert without_other_calendars("令和元年5月1日") == "1 May 2019"
    assert without_other_calendars("2026年5月20日") == "20 May 2026"
    assert without_other_calendars("2026년 5월 20일") == "20 May 2026"
    assert without_other_calendars("令和8年2月30日") == "令和8年2月30日"  # no such day


def test_source_lines_of_two_days_leave_the_page_its_tag() -> None:
    html = (
        '<meta property="article:published_time" content="2026-03-04">'
        "<aside><div>Published: 3 March 2026</div><div>Published: 1 March 2026</div></aside>"
    )
    assert published_day(html) == D(2026, 3, 4)
    assert published_day("<div>Source: Xinhua | 2026-08-14 22:10:05</div>") == D(2026, 8, 14)


def test_a_yearless_dateline_takes_the_year_of_its_day_written_out_after_a_place(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Spain, Morocco agree to fight smuggling networks\n\n"
        "Rabat, Mar 28 (EFE).- Spain and Morocco agreed on Friday to reinforce joint patrols "
        "at the end of a meeting of their working group on migration held in Rabat on March "
        "26-27.\n\nThe two sides discussed drug trafficking.\n\n---\n"
        "Ministerio del Interior - Nota de prensa\nMadrid, 28 de marzo de 2026\n"
        "España y Marruecos refuerzan su cooperación."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 26), D(2026, 3, 27))


def test_another_day_written_out_after_a_place_gives_no_year(lexicon: sg.Lexicon) -> None:
    text = (
        "Spain, Morocco agree to fight smuggling networks\n\n"
        "Rabat, Mar 28 (EFE).- Spain and Morocco agreed on Friday to reinforce joint patrols "
        "at the end of a meeting of their working group on migration held in Rabat on March "
        "26-27.\n\nThe two sides discussed drug trafficking.\n\n---\n"
        "Ministerio del Interior - Nota de prensa\nMadrid, 27 de marzo de 2025\n"
        "España y Marruecos refuerzan su cooperación."
    )
    assert meeting_span(text, lexicon) == (None, None)


def test_an_ethiopian_news_agency_date_in_a_page_element(lexicon: sg.Lexicon) -> None:
    html = _page('<div class="date">Addis Ababa, October 7/2026 (ENA)</div>', "yesterday")
    assert _html_date(html, lexicon) == (D(2026, 10, 6), None)


def test_a_date_in_an_element_of_class_stamp(lexicon: sg.Lexicon) -> None:
    html = _page('<div class="stamp">Tuesday, 21 April 2026 | 15:20</div>', "on Monday")
    assert _html_date(html, lexicon) == (D(2026, 4, 20), None)


def test_a_metadata_element_with_the_date_after_a_line_break(lexicon: sg.Lexicon) -> None:
    stamp = (
        '<p class="metadata">From: <a href="#">Ministry of Defence</a><br>'
        "Published 2 February 2026</p>"
    )
    assert _html_date(_page(stamp, "on Friday"), lexicon) == (D(2026, 1, 30), None)


def test_a_source_line_in_an_element_of_any_class(lexicon: sg.Lexicon) -> None:
    stamp = '<div class="info">Source: Xinhua | 2026-08-14 22:10:05 | Editor: huaxia</div>'
    assert _html_date(_page(stamp, "on Aug. 12"), lexicon) == (D(2026, 8, 12), None)
