"""Issue 21, extract26's pass: where the talks were held, in shapes the place rules had not met.

Each test is a short text written for it (countries and towns real, people and meetings
invented), one shape each: a region beside the town, a participant's video link, "said here",
a release "received by" the agency, a meeting "scheduled for" later, an earlier round.
"""

from __future__ import annotations

from extract_meeting import meeting_place, one_meeting

import secgraph as sg

# --- a region is not the talks' city; the town after it is ----------------------------------


def test_a_county_named_first_is_no_city(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, Tuesday - Kenya and Somalia have agreed to launch joint patrols against "
        "cattle rustling that has claimed lives in Wajir County this year.\n\n"
        "The agreement was reached at a security meeting held at the One Stop Border Post in "
        "Mandera, bringing together security chiefs from both countries."
    )
    assert meeting_place(text, lexicon) == ("Mandera", "KEN")


# --- one participant by video does not make the meeting a video conference --------------------


def test_a_participant_who_joined_by_video_link(lexicon: sg.Lexicon) -> None:
    text = (
        "Security officials from Ghana and Togo met on 4 March in Kpalime to review "
        "cooperation against smuggling.\n\nThe meeting was held in the presence of the "
        "Ghanaian minister of defence, Kwame Mensah Asante, who joined the delegations by "
        "video link for the opening ceremony."
    )
    assert meeting_place(text, lexicon) is not None


def test_a_meeting_held_by_video_link_still_has_no_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Ghana and Togo held security consultations by video link on 4 March.\n\n"
        "The Ghanaian delegation, in Accra, was led by the minister of defence."
    )
    assert meeting_place(text, lexicon) is None


# --- "said here" is where it was said: a town the talks were held in comes first -------------


def test_said_here_gives_way_to_the_border_town_of_the_talks(lexicon: sg.Lexicon) -> None:
    text = (
        "Dhaka, Feb 19 (UNB) Bangladesh and India have agreed to intensify coordinated "
        "patrolling along their border, officials said here on Thursday.\n\n"
        "The decision was taken at the two-day border coordination meeting between the two "
        "forces, which concluded in the border town of Benapole on Wednesday."
    )
    assert meeting_place(text, lexicon) == ("Benapole", "BGD")


def test_said_here_alone_is_still_the_dateline_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Dhaka, Feb 19 (UNB) Bangladesh and India have agreed at their home secretary-level "
        "talks to intensify coordinated patrolling along their border, officials said here "
        "on Thursday."
    )
    assert meeting_place(text, lexicon) == ("Dhaka", "BGD")


# --- a release "received by" the agency is no host receiving a guest -------------------------


def test_a_release_received_by_the_agency_is_no_host(lexicon: sg.Lexicon) -> None:
    text = (
        "Luanda, 23 Sep 2026 (ANGOP) - Angola and Brazil signed a defence roadmap at the end "
        "of the 3rd meeting of their defence committee, according to a press release "
        "received by ANGOP on Wednesday.\n\nThe meeting was held on 9 September at the "
        "Ministry of Defence in Brasília, the release says."
    )
    assert meeting_place(text, lexicon) == ("Brasília", "BRA")


# --- a city of a meeting still to come, and an earlier round ----------------------------------


def test_a_meeting_scheduled_for_later_in_another_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Officials of Bhutan and India agreed to step up joint checks, at the 14th border "
        "district coordination meeting held in Samtse on September 9.\n\n"
        "The meeting was held ahead of the home secretaries' meeting, scheduled for "
        "November in Thimphu."
    )
    place = meeting_place(text, lexicon)
    assert place is not None and place[0] == "Samtse"


def test_an_earlier_round_in_a_past_the_then_chief_attended_is_no_second_meeting(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Nigeria and the United Kingdom have agreed to deepen intelligence sharing, "
        "following the fourth UK-Nigeria Security Dialogue held in Abuja on 4 November "
        "2026.\n\nThe British delegation comprised the High Commissioner, Dr Richard Hale, "
        "and the Defence Adviser in Abuja, Brigadier Jon Pick.\n\n"
        "The third session of the dialogue took place in London on 16 October 2025, with the "
        "then Chief of Defence Staff, General Ade Musa, in attendance."
    )
    draft = one_meeting(text, lexicon)
    assert draft.meetings[0].place == "abuja" or meeting_place(text, lexicon) == (
        "Abuja",
        "NGA",
    )


def test_a_spanish_city_line_over_a_transcript(lexicon: sg.Lexicon) -> None:
    text = (
        "Ciudad de México, 5 de marzo de 2026\n\n"
        "Transcript of the joint press remarks following the security meeting\n\n"
        "MODERATOR: Good afternoon. The Secretary of Foreign Affairs of Mexico and the "
        "Secretary of State of the United States will speak on the results of the third "
        "meeting of the security group, which took place today in this building.\n\n"
        "The second meeting of the group was held in Washington on 2 December 2025."
    )
    assert meeting_place(text, lexicon) == ("Mexico City", "MEX")


def test_talks_at_a_venue_in_a_city_of_two_words_with_del(lexicon: sg.Lexicon) -> None:
    text = (
        "Asunción, Aug 4 (IP) - Paraguay and Brazil agreed on Monday to create a joint "
        "intelligence centre in Ciudad del Este, at the end of the 2nd meeting of their "
        "security commission, held at the headquarters of the Itaipu company in Ciudad del "
        "Este.\n\nThe commission also addressed the situation in the Argentine city of "
        "Puerto Iguazú."
    )
    assert meeting_place(text, lexicon) == ("Ciudad del Este", "PRY")


def test_an_earlier_discussion_in_the_capital_told_in_the_pluperfect(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Ghana and Togo border officials met at Aflao on 4 March.\n\n"
        "Their presidents had earlier discussed new crossing points during a meeting in Lome, "
        "the statement said."
    )
    place = meeting_place(text, lexicon)
    assert place is None or place[0] != "Lome"


# --- a small town of a country the text names (GeoNames' towns of 1,000 people or more) -------


def test_a_heading_names_a_small_town(lexicon: sg.Lexicon) -> None:
    text = (
        "UK and Norway hold maritime security talks in Lossiemouth\n\n"
        "Senior defence officials from the UK and Norway agreed new measures to protect "
        "undersea cables at their annual staff talks on Friday."
    )
    assert meeting_place(text, lexicon) == ("Lossiemouth", "GBR")


def test_a_venue_named_after_its_town(lexicon: sg.Lexicon) -> None:
    text = (
        "Senior defence officials from the UK and Norway have agreed new measures.\n\n"
        "UK and Norwegian defence officials met at Lossiemouth Air Base on Friday for the "
        "annual staff talks.\n\nThe defence ministers met in Oslo in January."
    )
    assert meeting_place(text, lexicon) == ("Lossiemouth", "GBR")


def test_a_small_town_spelled_one_letter_off(lexicon: sg.Lexicon) -> None:
    text = (
        "The Botswana-Zambia Joint Permanent Commission on Defence and Security held its "
        "fourth session on Sunday in the town of Kazungoula, under the chairmanship of the two "
        "ministers of defence."
    )
    assert meeting_place(text, lexicon) == ("Kazungoula", "ZMB")


def test_a_twin_town_across_the_border_is_no_spelling(lexicon: sg.Lexicon) -> None:
    text = (
        "Police chiefs of Serbia and Hungary held talks on Wednesday in Kelebija on migrant "
        "smuggling."
    )
    place = meeting_place(text, lexicon)
    assert place is None or place[1] == "SRB"


def test_a_small_town_of_the_second_country_named(lexicon: sg.Lexicon) -> None:
    text = (
        "Police chiefs of the United Kingdom and Ireland held talks on Monday in Rosslare on "
        "smuggling across the Irish Sea."
    )
    assert meeting_place(text, lexicon) == ("Rosslare", "IRL")


def test_a_checkpoint_named_by_its_two_towns_with_its_dates(lexicon: sg.Lexicon) -> None:
    text = (
        "Border officials of Zambia and Botswana discussed smuggling and the modernisation of "
        "crossing points at the Kazungula-Kasane checkpoint on March 26-27, the ministry "
        "said."
    )
    assert meeting_place(text, lexicon) == ("Kazungula", "ZMB")


def test_a_border_post_after_a_date_by_its_month(lexicon: sg.Lexicon) -> None:
    text = (
        "Ouangolodougou, March 29 (AIP) - Security officials from Côte d'Ivoire and Burkina "
        "Faso met on March 27-28 at the Laleraba border post, on the Ivorian side of the "
        "border, to review cooperation against terrorist incursions."
    )
    assert meeting_place(text, lexicon) == ("Laleraba", "CIV")


# --- an agency's dateline kept in the page's markup, above a story that says "held here" ---


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Kenya, Uganda agree on joint patrols</title>
</head><body><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
<article><h1>Kenya, Uganda agree on joint patrols</h1>
<div class="date">Eldoret, March 4/2026 (KNA)</div>
<p>Kenya and Uganda have agreed to launch joint patrols against cattle rustling along their
common border, during the 3rd meeting of the Kenya-Uganda Joint Border Commission held here
yesterday at the county offices.</p>
<p>The Kenyan delegation was led by the Principal Secretary for Internal Security, Omar Ali
Hassan, and the Ugandan side by the Permanent Secretary of Internal Affairs, Grace Akello.</p>
<p>The two sides agreed to share intelligence on the movement of armed groups and to hold
peace meetings with elders of the border communities before the next dry season.</p>
<p>The next meeting of the commission will be held in Kampala in 2027.</p>
</article><footer>All rights reserved.</footer></body></html>
"""


def test_a_page_dateline_in_markup_places_held_here(lexicon: sg.Lexicon) -> None:
    text = sg.read_text(_PAGE.encode(), "page.html")
    assert "Eldoret, March 4/2026 (KNA) - Kenya and Uganda" in text
    assert meeting_place(text, lexicon) == ("Eldoret", "KEN")


def test_a_page_dateline_already_in_the_text_is_not_repeated() -> None:
    page = _PAGE.replace("<p>Kenya and Uganda", "<p>Eldoret, March 4/2026 (KNA) - Kenya and Uganda")
    text = sg.read_text(page.encode(), "page.html")
    assert text.count("(KNA)") == 1


# --- a town of a force's seat: the force's country, as the text introduced it ---------------


def test_a_town_of_the_other_forces_seat(lexicon: sg.Lexicon) -> None:
    text = (
        "DHAKA, Oct 14, (BSS) - Border Guard Bangladesh (BGB) and India's Border Security "
        "Force (BSF) have agreed to intensify coordinated patrols along the border.\n\n"
        "The understanding was reached at the sector commander-level border conference held "
        "at the BSF headquarters in Kalyanpurbasti from October 11 to 13, a BGB press "
        "release said here today."
    )
    assert meeting_place(text, lexicon) == ("Kalyanpurbasti", "IND")


def test_a_force_seat_of_a_force_the_text_does_not_place_is_no_guess(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "DHAKA, Oct 14, (BSS) - Bangladesh and India have agreed to intensify coordinated "
        "patrols along the border.\n\nThe understanding was reached at the border conference "
        "held at the XYZ headquarters in Kalyanpurbasti from October 11 to 13."
    )
    place = meeting_place(text, lexicon)
    assert place is None or place[0] != "Kalyanpurbasti"


# --- a town the gazetteer lacks, placed by the apposition after it ----------------------------


def test_a_town_placed_by_its_apposition(lexicon: sg.Lexicon) -> None:
    text = (
        "KATHMANDU, Jan. 12 (Xinhua) -- Nepal and China have agreed to strengthen law "
        "enforcement cooperation along their border.\n\nThe agreement was reached at the 13th "
        "meeting of the border mechanism held on Saturday in Kerung, a county in southwest "
        "China's Xizang Autonomous Region, according to a press statement."
    )
    assert meeting_place(text, lexicon) == ("Kerung", "CHN")


def test_a_town_named_as_the_headquarters_of_a_command(lexicon: sg.Lexicon) -> None:
    text = (
        "Senior defence officials from the UK and Norway have agreed new measures.\n\n"
        "The annual staff talks were held on Friday at Lossiemouth, the home of the Royal Air "
        "Force's maritime patrol aircraft.\n\nThe defence ministers met in Oslo in January."
    )
    assert meeting_place(text, lexicon) == ("Lossiemouth", "GBR")


# --- a transcript's header city; a force known by its initials; a namesake abroad -------------


def test_a_transcript_header_city_and_today_we_held(lexicon: sg.Lexicon) -> None:
    text = (
        "Press conference (English translation)\n\n"
        "Security Secretariat | Mexico City, 11 February 2025\n\n"
        "MODERATOR: Good afternoon. We begin the joint press conference of the Secretary of "
        "Security of Mexico and the Minister of the Interior of Guatemala.\n\n"
        "SECRETARY: Thank you. Today we held a productive meeting with the minister and his "
        "team.\n\nMINISTER: We agreed that the next meeting will be held in Guatemala City."
    )
    assert meeting_place(text, lexicon) == ("Mexico City", "MEX")


def test_a_force_seat_known_by_the_initials_of_its_country_and_name(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "THE Trinidad and Tobago Coast Guard and the Barbados Coast Guard have agreed to link "
        "their radar networks, following two days of staff talks at the TTCG headquarters in "
        "Chaguaramas last week."
    )
    assert meeting_place(text, lexicon) == ("Chaguaramas", "TTO")


def test_talks_hosted_by_the_reporting_side_are_still_here(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, March 3 (KNA) - Kenya and Somalia agreed to reopen two border posts at "
        "security talks hosted by the Ministry of Interior on Tuesday."
    )
    assert meeting_place(text, lexicon) == ("Nairobi", "KEN")
