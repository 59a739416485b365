"""Issue 21, extract30's pass: the meeting's date, second round. A "today" that dates an
announcement of talks "held yesterday"; a span told by "for two days of talks", by "which
began yesterday" in a sentence that also says "at the end of", or by an opening and a closing
ceremony on different days; dates written in another language or with a Roman month; a day
governed by "concluded its meetings" in a sentence that names an older event after it; "on the
4th to agree". And the guards that keep a date missing.

Each test is a short text written for it (countries and cities real, people and meetings
invented), one shape each.
"""

from __future__ import annotations

import datetime as dt

from extract_meeting import meeting_span

import secgraph as sg
from secgraph.extract._dates import dates_in
from secgraph.extract._foreign import foreign_dates

D = dt.date


# --- "today" of an announcement, "yesterday" of the meeting -----------------------------------


def test_today_announcing_a_meeting_held_yesterday_dates_the_day_before(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Norway and Iceland hold coast guard talks\n\n"
        "March 11, 2026 - Oslo\n\n"
        "Today, the Norwegian Ministry of Justice announced the results of the first meeting of "
        "the Norway-Iceland coast guard working group, held yesterday in Oslo.\n\n"
        "The two sides discussed search and rescue and fisheries patrols."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 10), None)


def test_talks_held_yesterday_the_ministry_said_today(lexicon: sg.Lexicon) -> None:
    text = (
        "OSLO, March 11, 2026 - Norway and Iceland held coast guard talks in Oslo yesterday, "
        "the Norwegian Ministry of Justice said today.\n\n"
        "The two sides discussed search and rescue and fisheries patrols."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 10), None)


def test_today_alone_still_dates_the_meeting(lexicon: sg.Lexicon) -> None:
    text = (
        "March 11, 2026 - Oslo\n\n"
        "Today, the ministers of Norway and Iceland met in Oslo for coast guard talks.\n\n"
        "They discussed search and rescue and fisheries patrols."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 11), None)


# --- a span told by its length or by its opening and closing days ------------------------------


def test_met_on_a_day_for_two_days_of_talks_is_a_two_day_span(lexicon: sg.Lexicon) -> None:
    text = (
        "NIAMEY, 12 February 2026 (ANP) - Security officials from Niger and Burkina Faso met on "
        "Tuesday, 10 February 2026, in Dosso for two days of talks on the shared border, the "
        "ministry said on Thursday.\n\n"
        "They agreed to conduct joint patrols."
    )
    assert meeting_span(text, lexicon) == (D(2026, 2, 10), D(2026, 2, 11))


def test_a_two_day_meeting_that_began_yesterday_runs_to_today(lexicon: sg.Lexicon) -> None:
    text = (
        "TRANSCRIPT: Joint press briefing\n"
        "Date: Thursday, 5 November 2026\n\n"
        "MODERATOR: Welcome to this briefing at the end of the two-day meeting between the "
        "police of Kenya and Uganda, which began yesterday, Wednesday, here in Nairobi.\n\n"
        "The two sides discussed cattle rustling and agreed to share information."
    )
    assert meeting_span(text, lexicon) == (D(2026, 11, 4), D(2026, 11, 5))


def test_a_meeting_that_ended_today_after_two_days_still_counts_back(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "NAIROBI, 5 November 2026 - The two-day meeting between the police of Kenya and Uganda "
        "ended in Nairobi today.\n\n"
        "The two sides discussed cattle rustling and agreed to share information."
    )
    assert meeting_span(text, lexicon) == (D(2026, 11, 4), D(2026, 11, 5))


def test_an_opening_and_a_closing_ceremony_on_different_days_give_the_span(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "The Malawi-Zambia Joint Permanent Commission on Defence and Security has ended in "
        "Chipata.\n\n"
        "The commission's officials' meeting opened on Monday, 20th July 2026, while the "
        "ministerial session and closing ceremony were held on Friday, 24th July 2026, at a "
        "lodge in Chipata.\n\n"
        "The commission agreed to intensify joint patrols."
    )
    assert meeting_span(text, lexicon) == (D(2026, 7, 20), D(2026, 7, 24))


# --- dates in another language or with a Roman month -------------------------------------------


def test_a_quoted_spanish_date_of_a_statement(lexicon: sg.Lexicon) -> None:
    text = (
        "LIMA (Andes Newswire) - Peru and Ecuador held border security talks in Lima, Peru's "
        "defence ministry said.\n\n"
        'In a statement, the ministry said the meeting took place "el jueves 23 de julio de '
        '2026" at the ministry.\n\n'
        "They discussed illegal mining."
    )
    assert meeting_span(text, lexicon) == (D(2026, 7, 23), None)


def test_a_quoted_russian_date_of_the_talks(lexicon: sg.Lexicon) -> None:
    text = (
        "Security officials of Russia and Kazakhstan held consultations in Astana on Wednesday, "
        "the Russian Security Council said. The statement gave the date of the talks as "
        '"4 \u043c\u0430\u0440\u0442\u0430 2026 \u0433.".\n\n'
        "They discussed extremism."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 4), None)


def test_a_french_range_kept_in_a_translated_page(lexicon: sg.Lexicon) -> None:
    text = (
        "Commanders of the armies of Rwanda and Burundi met in Bugesera from lundi 13 to mardi "
        "14 avril 2026 to evaluate joint operations.\n\n"
        "They agreed to share intelligence."
    )
    assert meeting_span(text, lexicon) == (D(2026, 4, 13), D(2026, 4, 14))


def test_a_roman_month_dateline_is_the_filing_and_the_body_dates_the_meeting(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Santo Domingo, 15-I-2026.- The Minister of Defence of the Dominican Republic received "
        "on 14-I-2026 at the ministry a delegation of Haiti for security talks.\n\n"
        "The previous meeting took place on 28-X-2025 in Port-au-Prince."
    )
    assert meeting_span(text, lexicon) == (D(2026, 1, 14), None)


def test_a_quotation_that_holds_more_than_the_date_is_still_a_memory(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Peru and Ecuador agree to patrol the border\n\n"
        'Peru and Ecuador held border talks. "On 23 de julio de 2026 we met in Lima and '
        'agreed a plan," the minister told reporters.\n\n'
        "They discussed illegal mining."
    )
    assert meeting_span(text, lexicon) == (None, None)


def test_a_foreign_month_without_its_year_is_no_date() -> None:
    assert foreign_dates("the talks of 13 avril and the 5 mai meeting") == []
    assert dates_in("les 13 et 14 avril", D(2026, 5, 1)) == []


def test_a_roman_numeral_is_a_month_only_between_a_day_and_a_year() -> None:
    assert foreign_dates("World War II 2026 and Phase IV-2026") == []
    assert foreign_dates("14.XII.2025")[0][0] == D(2025, 12, 14)
    assert foreign_dates("31-II-2026") == []  # no such day


# --- a day governed by the meeting's verb, an event word after it ------------------------------


def test_concluded_its_meetings_on_a_day_despite_a_force_established_in_a_year(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Port Sudan, 3 June 2026 (SUNA) - The Sudanese-Chadian Joint Military Committee "
        "concluded its meetings in Abeche on Tuesday, 2 June 2026, with agreement on steps to "
        "reactivate the joint border force established by Sudan and Chad in 2010.\n\n"
        "The committee discussed the flow of weapons."
    )
    assert meeting_span(text, lexicon) == (D(2026, 6, 2), None)


def test_a_force_established_on_a_day_is_still_no_meeting_day(lexicon: sg.Lexicon) -> None:
    text = (
        "Port Sudan, 3 June 2026 (SUNA) - Sudan and Chad discussed the joint border force "
        "established on 2 June 2010 at talks in Abeche last week.\n\n"
        "The committee discussed the flow of weapons."
    )
    assert meeting_span(text, lexicon)[0] is None


# --- "on the 4th" before an infinitive ---------------------------------------------------------


def test_met_on_the_4th_to_agree(lexicon: sg.Lexicon) -> None:
    text = (
        "Ukraine and Moldova agree border measures\n\nPublished: 11 March 2026\n\n"
        "The heads of the border services of Ukraine and Moldova met in Odesa on the 4th to "
        "agree new measures, the service said on Monday.\n\n"
        "They discussed smuggling."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 4), None)


def test_on_the_4th_to_6th_is_no_bare_day() -> None:
    assert [d.start for d in dates_in("met on the 4th to 6th", D(2026, 3, 11))] == []


# --- a length counted on only from the meeting's own first day ---------------------------------


def test_talks_at_a_two_day_summit_that_began_the_day_before_are_one_day(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "NAIROBI, 5 November 2026 - The ministers of Kenya and Uganda held talks on Tuesday on "
        "the sidelines of a two-day summit that began on Monday in Nairobi.\n\n"
        "They discussed cattle rustling."
    )
    assert meeting_span(text, lexicon) == (D(2026, 11, 3), None)


def test_two_day_talks_that_began_on_a_weekday_still_count_on(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, 5 November 2026 - The two-day talks between Kenya and Uganda began on "
        "Tuesday in Nairobi.\n\nThey discussed cattle rustling."
    )
    assert meeting_span(text, lexicon) == (D(2026, 11, 3), D(2026, 11, 4))


def test_met_ahead_of_a_two_day_summit_is_one_day(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, 5 November 2026 - The ministers of Kenya and Uganda met on Tuesday in "
        "Nairobi, ahead of a two-day summit.\n\nThey discussed cattle rustling."
    )
    assert meeting_span(text, lexicon) == (D(2026, 11, 3), None)
