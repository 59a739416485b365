"""Issue 21, extract25's pass: the place and the date in shapes the rules had not met.

Each test is a short text written for it (countries and cities real, people and meetings
invented), one shape each.
"""

from __future__ import annotations

import datetime as dt

from extract_meeting import meeting_place, meeting_span

import secgraph as sg

D = dt.date


# --- the place: a country's name that is its city's, a town placed by its state ------------


def test_talks_in_a_country_named_like_its_city_filed_from_that_city(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "KUWAIT, March 3 (KUNA) -- Kuwait and Oman held the fourth round of their security "
        "consultations in Kuwait on Tuesday.\n\nThe talks covered border security and "
        "drug smuggling."
    )
    assert meeting_place(text, lexicon) == ("Kuwait City", "KWT")


def test_talks_in_a_country_with_no_dateline_are_no_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Kuwait and Oman held the fourth round of their security consultations in Kuwait "
        "on 3 March 2026.\n\nThe talks covered border security and drug smuggling."
    )
    assert meeting_place(text, lexicon) is None


def test_a_town_the_gazetteer_lacks_placed_by_its_state(lexicon: sg.Lexicon) -> None:
    text = (
        "Officials of Australia and Fiji met in Queenscliff, Victoria, on 4 March 2026 for "
        "their annual defence talks.\n\nThey discussed maritime security."
    )
    assert meeting_place(text, lexicon) == ("Queenscliff", "AUS")


def test_a_state_of_a_country_the_text_never_names_places_nothing(lexicon: sg.Lexicon) -> None:
    text = (
        "Officials of Fiji and Tonga met in Queenscliff, Victoria, on 4 March 2026 for "
        "their annual defence talks.\n\nThey discussed maritime security."
    )
    assert meeting_place(text, lexicon) is None


# --- the date: a page's date line labelled in another language -------------------------------

_TALKS = (
    "Fiji and Australia held defence talks on Tuesday in Suva.\n\nThe two sides discussed "
    "maritime security and agreed to meet again next year."
)


def test_a_spanish_published_line_dates_the_page(lexicon: sg.Lexicon) -> None:
    text = "Fiji y Australia\n\nPublicado el 5 de marzo de 2026\n\n" + _TALKS
    assert meeting_span(text, lexicon) == (D(2026, 3, 3), None)


def test_a_french_published_line_with_its_hour(lexicon: sg.Lexicon) -> None:
    text = "Fidji et Australie\n\nPublié le 5 mars 2026 à 10h32\n\n" + _TALKS
    assert meeting_span(text, lexicon) == (D(2026, 3, 3), None)


def test_a_foreign_updated_part_gives_way_to_the_published_part(lexicon: sg.Lexicon) -> None:
    text = (
        "Fiji y Australia\n\nPublicado el 5 de marzo de 2026 | Actualizado el 12 de marzo de "
        "2026\n\n" + _TALKS
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 3), None)


# --- the date: a weekday given with its date, a page's list of other stories' dates ----------

_PAGE = "Norway, Iceland hold talks\n\nPublished: {day}\n\nOfficials of Norway and Iceland met in "


def test_a_weekday_with_its_date_after_the_page_date_is_not_counted_back(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        _PAGE.format(day="18 May 2026") + "Reykjavik for security consultations.\n\n"
        "The consultations were held on Wednesday 24 June at the foreign ministry."
    )
    assert meeting_span(text, lexicon) == (None, None)  # not the Wednesday before 18 May


def test_a_weekday_that_disagrees_with_its_date_gives_no_day(lexicon: sg.Lexicon) -> None:
    text = (
        _PAGE.format(day="26 June 2026") + "Reykjavik for security consultations.\n\n"
        "The consultations were held on Thursday 24 June at the foreign ministry."
    )
    assert meeting_span(text, lexicon) == (None, None)  # 24 June 2026 is a Wednesday


def test_a_weekday_with_its_date_in_the_page_year(lexicon: sg.Lexicon) -> None:
    text = (
        _PAGE.format(day="26 June 2026") + "Reykjavik for security consultations.\n\n"
        "The consultations were held on Wednesday, June 24, at the foreign ministry."
    )
    assert meeting_span(text, lexicon) == (D(2026, 6, 24), None)


_HTML = (
    "<html><body><main><h1>Norway and Iceland hold security talks</h1>{stamp}"
    "<p>Officials of Norway and Iceland held security consultations in Reykjavik on "
    "{when}.</p><p>They discussed maritime surveillance.</p></main>"
    "<section class='related'><h2>More news</h2>"
    "<article><a href='#'>Frigate visits Reykjavik</a> <time>03/06/2026</time></article>"
    "<article><a href='#'>National day at the residence</a> <time>18/05/2026</time></article>"
    "</section></body></html>"
)


def _html_date(html: str, lexicon: sg.Lexicon) -> tuple[dt.date | None, dt.date | None]:
    return meeting_span(sg.read_text(html.encode(), "page.html"), lexicon)


def test_a_list_of_other_stories_dates_does_not_date_the_page(lexicon: sg.Lexicon) -> None:
    assert _html_date(_HTML.format(stamp="", when="Tuesday"), lexicon) == (None, None)


def test_a_date_element_with_the_sites_name_after_it(lexicon: sg.Lexicon) -> None:
    stamp = "<div class='dates'>Last updated: 25/06/2026 // Norway in Iceland</div>"
    assert _html_date(_HTML.format(stamp=stamp, when="23 June"), lexicon) == (D(2026, 6, 23), None)


# --- the date: an hour in another language; the day the talks opened and the day they closed


def test_a_page_date_with_its_hour_in_portuguese(lexicon: sg.Lexicon) -> None:
    text = "Portugal e Brasil\n\n2026-05-22 às 18h04\n\n" + _TALKS.replace("Tuesday", "20 May")
    assert meeting_span(text, lexicon) == (D(2026, 5, 20), None)


def test_the_day_talks_started_and_the_day_they_ended_are_their_span(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Kenya, Ethiopia agree on border patrols\n\nPublished: March 12, 2026\n\n"
        "Kenya and Ethiopia on Tuesday agreed to set up joint border patrols, at the end of "
        "the third Kenya-Ethiopia Joint Border Commission held in Nairobi.\n\n"
        "The talks, which began on Monday, brought together police and army commanders."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 9), D(2026, 3, 10))


def test_two_days_that_are_not_an_opening_and_a_close_still_disagree(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Kenya, Ethiopia agree on border patrols\n\nPublished: March 12, 2026\n\n"
        "Kenya and Ethiopia on Tuesday agreed to set up joint border patrols at the third "
        "Kenya-Ethiopia Joint Border Commission held in Nairobi.\n\n"
        "The talks, held on Monday, brought together police and army commanders."
    )
    assert meeting_span(text, lexicon) == (None, None)


# --- the place: a country's possessive, a quarter before its city -----------------------------


def test_a_countrys_possessive_is_not_its_namesake_town(lexicon: sg.Lexicon) -> None:
    text = (
        "Rwanda and Qatar held security consultations on 3 March 2026.\n\nAfter the closing "
        "session, the minister spoke of Rwanda's experience in Mozambique's Cabo Delgado "
        "province."
    )
    assert meeting_place(text, lexicon) is None


def test_a_quarter_the_gazetteer_lacks_before_its_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Rwanda and Qatar held security talks on 3 March 2026 at the police headquarters in "
        "Kacyiru, Kigali.\n\nThey discussed terrorism financing."
    )
    assert meeting_place(text, lexicon) == ("Kigali", "RWA")


def test_a_quarter_before_its_country_is_no_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Rwanda and Qatar held security talks on 3 March 2026 at the police headquarters in "
        "Kacyiru, Rwanda.\n\nThey discussed terrorism financing."
    )
    assert meeting_place(text, lexicon) is None


# --- the date: "Last Friday" opening a readout, a date line in a Slavic language or in the
# Thai calendar, "agreed today" --------------------------------------------------------------


def test_last_weekday_opening_a_sentence(lexicon: sg.Lexicon) -> None:
    text = (
        "Readout: the Deputy Minister's call with his U.S. counterpart\n\n"
        "April 2, 2026 - Ottawa, Ontario - Public Safety Canada\n\n"
        "Last Friday, Canada's Deputy Minister of Public Safety held a meeting with the U.S. "
        "Deputy Secretary of Homeland Security on border security.\n\n"
        "They reviewed fentanyl seizures."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 27), None)


def test_a_date_line_in_montenegrin_with_the_years_word(lexicon: sg.Lexicon) -> None:
    text = (
        "Montenegro and Serbia agree on joint patrols\n\nPodgorica, 8. jul 2026. godine | "
        "13:05\n\nPolice directors of Montenegro and Serbia agreed yesterday in Pljevlja to "
        "form joint patrols, the Police Administration said."
    )
    assert meeting_span(text, lexicon) == (D(2026, 7, 7), None)


def test_a_date_line_in_polish(lexicon: sg.Lexicon) -> None:
    text = (
        "Poland and Lithuania hold talks\n\n12 maja 2026 r.\n\n"
        "Poland and Lithuania held security consultations on Monday in Vilnius.\n\n"
        "They discussed the Suwalki gap."
    )
    assert meeting_span(text, lexicon) == (D(2026, 5, 11), None)


def test_a_date_line_in_the_thai_calendar(lexicon: sg.Lexicon) -> None:
    text = (
        "National News Bureau\n\nวันพฤหัสบดีที่ 14 มกราคม 2570\n\n"
        "Thailand, Laos agree on border patrols\n\nBANGKOK (NNT) - Thailand and Laos agreed "
        "today at their border committee meeting in Vientiane to set up joint patrols.\n\n"
        "They discussed drug trafficking."
    )
    assert meeting_span(text, lexicon) == (D(2027, 1, 14), None)


def test_agreed_today_without_a_page_date_is_no_day(lexicon: sg.Lexicon) -> None:
    text = (
        "BANGKOK (NNT) - Thailand and Laos agreed today at their border committee meeting in "
        "Vientiane to set up joint patrols.\n\nThey discussed drug trafficking."
    )
    assert meeting_span(text, lexicon) == (None, None)


# --- the place: a city written with its own diacritics, an earlier meeting's month and year, a
# plan told with "today", a venue line ---------------------------------------------------------


def test_a_capital_written_with_its_own_diacritics(lexicon: sg.Lexicon) -> None:
    text = (
        "Hà Nội (VNA) - The ninth Vietnam-Japan Defence Policy Dialogue took place in Hà Nội "
        "on 2 December 2026.\n\nThe dialogue was held in Tokyo in November 2025."
    )
    assert meeting_place(text, lexicon) == ("Hà Nội", "VNM")


def test_talks_held_in_a_city_in_a_month_and_year_are_this_meetings(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Kenya and Uganda reviewed their border security cooperation.\n\n"
        "The talks were held in Nairobi in March 2026 and focused on cattle rustling."
    )
    assert meeting_place(text, lexicon) == ("Nairobi", "KEN")


def test_a_plan_told_with_today_is_not_the_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Georgia and Armenia held the sixth meeting of their police working group on 14 "
        "October 2026.\n\nThe two ministries committed today to hold a joint training for "
        "border officers on document fraud in Yerevan."
    )
    assert meeting_place(text, lexicon) is None


def test_a_transcripts_venue_line(lexicon: sg.Lexicon) -> None:
    text = (
        "TRANSCRIPT: Joint press remarks after the Somalia-Kenya defence dialogue\n\n"
        "Venue: Ministry of Defence Headquarters, Mogadishu\n\nMINISTER: Today we held the "
        "second round of our defence dialogue on 5 December 2026. We agreed to hold the third "
        "round in Nairobi."
    )
    assert meeting_place(text, lexicon) == ("Mogadishu", "SOM")


def test_a_bracketed_venue_line(lexicon: sg.Lexicon) -> None:
    text = (
        "Joint press remarks\n\n(Tbilisi, Ministry of Internal Affairs, 10 Gulua Street)\n\n"
        "MINISTER: Today we held the sixth meeting of the Georgia-Armenia police working group "
        "on 14 October 2026. The next meeting will be held in Yerevan."
    )
    assert meeting_place(text, lexicon) == ("Tbilisi", "GEO")


def test_a_releases_place_line_is_no_venue(lexicon: sg.Lexicon) -> None:
    text = (
        "Press release\n\nPlace: New Delhi\n\nIndia and Oman held the fourth round of "
        "their defence talks on 14 October 2026 by video conference."
    )
    assert meeting_place(text, lexicon) is None


# --- the place: a border town named with the border, "here" under a byline's city and day,
# "said here", a venue in a town the gazetteer lacks --------------------------------------------


def test_a_border_town_named_with_the_border_alone(lexicon: sg.Lexicon) -> None:
    text = (
        "Security chiefs from Ghana and Burkina Faso have met at the Elubo border to review "
        "joint measures against extremism.\n\nThe meeting took place on 14 January 2026."
    )
    assert meeting_place(text, lexicon) == ("Elubo", "GHA")


def test_a_border_between_two_countries_is_no_town(lexicon: sg.Lexicon) -> None:
    text = (
        "Security chiefs from Kenya and Somalia met on 14 January 2026 at the Kenya-Somalia "
        "border to review joint measures against smuggling.\n\nThey agreed to share "
        "intelligence."
    )
    assert meeting_place(text, lexicon) is None


def test_here_under_a_bylines_city_and_day(lexicon: sg.Lexicon) -> None:
    text = (
        "Nepal, India officials agree on patrols\n\nBy Our Correspondent\n\nBiratnagar, "
        "Magh 6 (Jan 20)\n\nBorder officials of Nepal and India agreed to step up joint "
        "patrols.\n\nThe agreement was reached at a coordination meeting held here on Monday."
    )
    assert meeting_place(text, lexicon) == ("Biratnagar", "NPL")


def test_said_here_is_where_the_story_was_filed(lexicon: sg.Lexicon) -> None:
    text = (
        "DHAKA, Oct 14, 2026 (BSS) - Border guards of Bangladesh and Myanmar agreed to step "
        "up patrols.\n\nThe understanding was reached at a border conference held on October "
        "12 in Maungdaw, a press release said here today."
    )
    assert meeting_place(text, lexicon) != ("Dhaka", "BGD")


def test_a_venue_in_a_town_the_gazetteer_lacks_is_not_the_datelines(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "DHAKA, Oct 14, 2026 (BSS) - Border guards of Bangladesh and Myanmar agreed to step "
        "up patrols.\n\nThe understanding was reached at a conference held at the BGP "
        "Headquarters in Maungdaw on October 12."
    )
    assert meeting_place(text, lexicon) is None


# --- the place: a border crossing named by its two towns, met on a weekday, a plan after it; an
# attaché's post ---------------------------------------------------------------------------------


def test_a_crossing_named_by_two_towns_met_on_a_weekday(lexicon: sg.Lexicon) -> None:
    text = (
        "SUBOTICA, 18 September 2026 - Police chiefs of Serbia and Hungary met on Wednesday at "
        "the Kelebija-Tompa border crossing and agreed to resume mixed patrols from next "
        "month.\n\nThey discussed migrant smuggling."
    )
    assert meeting_place(text, lexicon) == ("Kelebija", "SRB")


def test_an_attaches_post_is_not_the_venue(lexicon: sg.Lexicon) -> None:
    text = (
        "South Africa and Argentina held their defence committee on 11 February 2026.\n\n"
        "The Argentine delegation was led by its defence secretary with the Defence Attaché of "
        "Argentina in Pretoria."
    )
    assert meeting_place(text, lexicon) is None


# --- the place: a town the gazetteer lacks, "met last week", a meeting still to come ------------


def test_a_town_the_gazetteer_lacks_is_the_reporting_sides(lexicon: sg.Lexicon) -> None:
    text = (
        "Security chiefs from Liberia and Guinea met last week in Foya to review security "
        "along the Makona river.\n\nThey agreed to set up joint patrols."
    )
    assert meeting_place(text, lexicon) == ("Foya", "LBR")


def test_a_town_held_at_a_named_centre(lexicon: sg.Lexicon) -> None:
    text = (
        "The fourth session of the Gambia-Senegal Joint Commission on Defence and Security was "
        "held last week at the Sir Alieu Njie International Conference Centre in Kerewan.\n\n"
        "The two sides agreed to share intelligence."
    )
    assert meeting_place(text, lexicon) == ("Kerewan", "GMB")


def test_a_meeting_still_to_come_is_another_events_place() -> None:
    from secgraph.extract._governed import place_to_come

    text = "They further agreed that the joint committee would meet in Nzerekore in January."
    assert place_to_come(text, text.index("in Nzerekore"))
    held = "The joint committee met in Nzerekore in January."
    assert not place_to_come(held, held.index("in Nzerekore"))


def test_a_border_post_with_no_side_is_on_the_filing_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Colombia and Ecuador end border talks\n\nQUITO - Police and army officers of Ecuador "
        "and Colombia agreed on 5 March 2026 to run coordinated patrols, after two days of "
        "talks at the Tufino border post."
    )
    assert meeting_place(text, lexicon) == ("Tufino", "ECU")
