"""Issue 21, extract21's pass: the place and the date in the genre's shapes.

Each test is a short text written for it (countries and cities real, people and meetings
invented), one shape each: a border post as the venue, a city named only as the edge of a
venue, a gazetteer namesake inside a longer place name, a span in an agency's date stamp, a
page's date kept in its template, a quoted "today" cut off from its speaker.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_meeting import meeting_place, meeting_span, one_meeting

import secgraph as sg

D = dt.date


# --- the date: a span in an agency's stamp -------------------------------------------------


def test_a_stamps_span_is_the_meetings_span_not_its_first_day(lexicon: sg.Lexicon) -> None:
    text = (
        "Tashkent, 14-15 April 2026 - Tashkent hosted the third round of the Uzbekistan-"
        "Germany dialogue on security policy.\n\nThe delegations discussed border security "
        "and the situation in Afghanistan."
    )
    assert meeting_span(text, lexicon) == (D(2026, 4, 14), D(2026, 4, 15))


def test_a_stamps_span_across_months(lexicon: sg.Lexicon) -> None:
    text = (
        "Nairobi, 30 September - 2 October 2026 - Kenya and Ethiopia held the fifth session "
        "of their joint border commission.\n\nThe two sides agreed on joint patrols."
    )
    assert meeting_span(text, lexicon) == (D(2026, 9, 30), D(2026, 10, 2))


# --- the place: a border post or a town the gazetteer lacks --------------------------------


def test_a_named_border_post_is_the_venue_on_the_side_the_text_gives(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Kenya and Tanzania held the sixth meeting of their joint border security committee "
        "at the Namanga One Stop Border Post, on the Kenyan side, on 4 March 2026.\n\n"
        "The two sides agreed on joint patrols against livestock theft."
    )
    assert meeting_place(text, lexicon) == ("Namanga", "KEN")


def test_a_border_post_named_only_by_its_kind_is_no_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Tanzania held the sixth meeting of their joint border security committee "
        "at One Stop Border Post on 4 March 2026.\n\nThe two sides agreed on joint patrols."
    )
    assert meeting_place(text, lexicon) is None


def test_a_border_post_named_without_the(lexicon: sg.Lexicon) -> None:
    text = (
        "Pakistan and Afghanistan held a flag meeting at Torkham Border Post on 4 March 2026."
        "\n\nThe commanders agreed to reopen the crossing to trade."
    )
    assert meeting_place(text, lexicon) == ("Torkham", "PAK")


def test_a_border_post_of_a_countrys_adjective(lexicon: sg.Lexicon) -> None:
    text = (
        "Pakistan and Afghanistan held border talks at the Pakistani border crossing point "
        "of Torkham on 4 March 2026.\n\nThe delegations discussed trade and militancy."
    )
    assert meeting_place(text, lexicon) == ("Torkham", "PAK")


def test_a_border_posts_side_named_by_a_gazetteer_town_inside_its_name(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Uganda and Kenya held a cross-border security meeting at the Malaba Kiriki border "
        "crossing on 4 March 2026.\n\nThe police chiefs agreed to share intelligence."
    )
    assert meeting_place(text, lexicon) == ("Malaba Kiriki", "UGA")


def test_a_border_town_with_no_side_given_is_the_first_named_country_marked_for_review(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Zambia, Angola border chiefs meet\n\n"
        "Zambia and Angola held a meeting of their joint border commission in the border "
        "town of Jimbe on 4 March 2026.\n\nThe two sides agreed on joint patrols."
    )
    draft = one_meeting(text, lexicon)
    assert meeting_place(text, lexicon) == ("Jimbe", "ZMB")
    assert any(field == "place" for field, _ in draft.meetings[0].review)


def test_a_border_town_is_not_the_guests_side(lexicon: sg.Lexicon) -> None:
    text = (
        "The Minister of Internal Affairs of Liberia on 4 March 2026 hosted a Guinean "
        "delegation for the joint border security meeting in the northern border town of "
        "Yekepa Junction.\n\nLiberia and Guinea agreed to set up a hotline."
    )
    assert meeting_place(text, lexicon) == ("Yekepa Junction", "LBR")


def test_a_town_the_gazetteer_lacks_takes_its_regions_country(lexicon: sg.Lexicon) -> None:
    text = (
        "Peru and Bolivia held the fifth meeting of their border security committee on 4 "
        "March 2026 at the binational border centre in Yunguyo, in the Puno region.\n\n"
        "The delegations agreed on joint lake patrols."
    )
    assert meeting_place(text, lexicon) == ("Yunguyo", "PER")


# --- the place: a city named beside the venue, and names that are not the venue -------------


def test_a_venue_on_the_outskirts_of_a_city_is_in_that_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Seychelles and France held the third meeting of their maritime security working "
        "group on 4 March 2026 at the coast guard base at Pointe Larue, on the outskirts of "
        "Victoria.\n\nThe two sides agreed on joint patrols against piracy."
    )
    assert meeting_place(text, lexicon) == ("Victoria", "SYC")


def test_a_city_that_hosted_the_round_is_the_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Uzbekistan and Japan hold security talks\n\nTashkent hosted the second round of the "
        "Uzbekistan-Japan security dialogue on 4 March 2026.\n\nThe sides discussed border "
        "security."
    )
    assert meeting_place(text, lexicon) == ("Tashkent", "UZB")


def test_a_country_that_hosted_is_no_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya hosted the second round of the Kenya-Ethiopia security dialogue on 4 March "
        "2026.\n\nThe sides discussed border security."
    )
    assert meeting_place(text, lexicon) is None


def test_a_gazetteer_word_inside_a_longer_place_name_is_no_city(lexicon: sg.Lexicon) -> None:
    # GeoNames' "Metro" is a city in Indonesia, a country this text never names
    text = (
        "South Korea and the Philippines held defence talks in Metro Manila on 4 March 2026."
        "\n\nThe ministers agreed to expand naval exercises."
    )
    place = meeting_place(text, lexicon)
    assert place is None or place[1] == "PHL"


def test_a_missions_post_is_not_the_venue(lexicon: sg.Lexicon) -> None:
    text = (
        "Jordan and Syria held a meeting of their joint security committee on 4 March 2026."
        "\n\nThe Syrian delegation included the Syrian Charg\u00e9 d'Affaires in Amman, Ahmad "
        "Hassan, and the Jordanian delegation the Consul General in Damascus, Omar Saleh."
    )
    assert meeting_place(text, lexicon) is None


def test_the_city_the_committee_last_met_in_is_not_this_meetings(lexicon: sg.Lexicon) -> None:
    text = (
        "Jordan and Syria held a meeting of their joint security committee on 4 March 2026 "
        "and agreed on joint patrols.\n\nThe committee last met in Damascus on 2 November "
        "2025."
    )
    assert meeting_place(text, lexicon) is None


# --- the date: the page's own date kept in its template, and days counted from it -----------


def _page(meta: str, body: str, header: str = "") -> str:
    html = (
        "<html><head><title>Talks</title></head><body>"
        f'<header><nav><a href="/">Home</a></nav>{header}</header><article>'
        "<h1>Kenya and Uganda agree on joint border patrols</h1>"
        f"{meta}<p>{body}</p>"
        "<p>The delegations also discussed cattle rustling and small arms trafficking along "
        "the common border, and agreed to meet again next year.</p>"
        "</article></body></html>"
    )
    return sg.read_text(html.encode(), "page.html")


_BODY = (
    "Kenya and Uganda agreed on Tuesday to set up joint border patrols at a meeting of their "
    "joint security committee in Busia, officials said."
)


_LISTED = (
    '<div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="#">Ministry of Interior</a>'
    "</dd><dt>Published</dt><dd>12 March 2026</dd></dl></div>"
)


def test_a_pages_date_in_a_definition_list_dates_its_weekday(lexicon: sg.Lexicon) -> None:
    text = _page(_LISTED, _BODY)
    assert meeting_span(text, lexicon) == (D(2026, 3, 10), None)


def test_a_pages_date_in_an_element_named_in_another_language(lexicon: sg.Lexicon) -> None:
    text = _page('<div class="fecha">Publicado: 12.03.2026 18:40</div>', _BODY)
    assert meeting_span(text, lexicon) == (D(2026, 3, 10), None)


def test_a_date_element_holding_published_then_updated_reads_the_first(
    lexicon: sg.Lexicon,
) -> None:
    meta = (
        '<div class="dates">Published: 12 March ,2026: 06:15 PM EAT Updated: 14 March ,2026: '
        "09:40 PM EAT</div>"
    )
    assert meeting_span(_page(meta, _BODY), lexicon) == (D(2026, 3, 10), None)


def test_a_weekday_right_after_held(lexicon: sg.Lexicon) -> None:
    body = (
        "Kenya and Uganda agreed to set up joint border patrols following a meeting held "
        "Tuesday at the police headquarters in Busia."
    )
    text = f"Published: 12 March 2026\n\n{body}\n\nThe two sides agreed on joint patrols."
    assert meeting_span(text, lexicon) == (D(2026, 3, 10), None)


def test_a_quoted_today_cut_from_its_speaker_is_not_a_second_date(lexicon: sg.Lexicon) -> None:
    # the splitter ends a sentence at the speaker's abbreviated title ("Usec."), so the
    # quotation's "Today" has no "he said" of its own
    text = (
        "Published: 12 March 2026\n\n"
        "The Philippines and Japan held their 5th Vice-Ministerial Defense Dialogue by video "
        "conference on Wednesday, March 11.\n\n"
        "\u201cJapan is a dependable partner.\n\n"
        "Today we agreed to deepen that partnership,\u201d Usec.\n\n"
        "Reyes said."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 11), None)


# --- the date: a round the talks follow; the place: a stamp's city --------------------------


def test_the_date_of_the_round_the_talks_follow_is_not_theirs(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Ethiopia held the fifth round of their security talks in Nairobi, following "
        "the fourth round held in Addis Ababa on 14 September 2025.\n\nThe two sides agreed "
        "on joint patrols."
    )
    assert meeting_span(text, lexicon) == (None, None)


def test_a_round_before_in_an_opening_clause_leaves_the_talks_date(lexicon: sg.Lexicon) -> None:
    text = (
        "Following the fourth round held in Addis Ababa on 14 September 2025, Kenya and "
        "Ethiopia held the fifth round of their security talks in Nairobi on 11 March 2026.\n\n"
        "The two sides agreed on joint patrols."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 11), None)


def test_here_under_a_stamp_with_a_span_is_the_stamps_city(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, 11-12 March 2026 - Kenya and Ethiopia held security talks here, and agreed "
        "on joint patrols.\n\nThe talks covered cattle rustling."
    )
    assert meeting_place(text, lexicon) == ("Nairobi", "KEN")
    assert meeting_span(text, lexicon) == (D(2026, 3, 11), D(2026, 3, 12))


# --- the place: a city named through the capital, a venue named after it, other spellings ----


def test_in_the_capital_comma_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held security talks on 4 March 2026 in the capital, Kampala.\n\n"
        "They agreed on joint patrols."
    )
    assert meeting_place(text, lexicon) == ("Kampala", "UGA")


def test_a_venue_named_after_its_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held security talks at the Kampala Serena Hotel on 4 March 2026.\n\n"
        "They agreed on joint patrols."
    )
    assert meeting_place(text, lexicon) == ("Kampala", "UGA")


def test_a_venue_named_after_a_small_namesake_is_no_place(lexicon: sg.Lexicon) -> None:
    # GeoNames has a small "Nelson" in New Zealand: not a city of this text
    text = (
        "Kenya and Uganda held security talks at the Nelson Mandela Conference Centre on 4 "
        "March 2026.\n\nThey agreed on joint patrols."
    )
    assert meeting_place(text, lexicon) is None


def test_a_capital_spelled_another_way(lexicon: sg.Lexicon) -> None:
    text = (
        "Viet Nam and Australia held the fourth defence policy dialogue in Ha Noi on 4 March "
        "2026.\n\nThey agreed on maritime cooperation."
    )
    assert meeting_place(text, lexicon) == ("Ha Noi", "VNM")


def test_talks_that_began_on_one_weekday_and_ended_on_another_are_a_span(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Published: 6 March 2026\n\nKenya and Uganda held security talks in Kampala which "
        "began on Monday and ended on Wednesday.\n\nThey agreed on joint patrols."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 2), D(2026, 3, 4))


# --- the date: another event's date, and the page's date in a headline ----------------------


def test_a_date_naming_an_accord_a_word_or_two_before_its_noun(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held security talks in Kampala on the tenth anniversary of the 4 "
        "March 2016 border accord.\n\nThey agreed on joint patrols."
    )
    assert meeting_span(text, lexicon) == (None, None)


def test_the_talks_date_before_a_summit_is_still_theirs(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held security talks in Kampala on 4 March 2026 before the regional "
        "summit.\n\nThey agreed on joint patrols."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 4), None)


def test_a_headlines_trailing_date_is_not_the_day_of_talks_held_last_week(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Kenya, Uganda hold security talks - 6 March 2026\n\nKenya and Uganda held security "
        "talks in Kampala last week.\n\nThey agreed on joint patrols."
    )
    assert meeting_span(text, lexicon) == (None, None)


def test_a_headlines_date_of_the_talks_stands(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda hold security talks in Kampala on 4 March 2026\n\nKenya and Uganda "
        "agreed on joint border patrols at security talks in Kampala.\n\nThey also discussed "
        "cattle rustling."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 4), None)


# --- the place: a seat of government, and a host meeting its visitor at home ----------------


def test_the_state_department_is_in_washington(lexicon: sg.Lexicon) -> None:
    text = (
        "WASHINGTON (AP) \u2014 U.S. and Indian officials met at the State Department on 4 "
        "March 2026 for counterterrorism talks.\n\nThey agreed to share intelligence."
    )
    assert meeting_place(text, lexicon) == ("Washington", "USA")


def test_a_host_meeting_its_visiting_guest_is_in_the_datelines_city(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "BEIJING, March 4, 2026 (Xinhua) -- Chinese Defense Minister Li Wen held talks with "
        "visiting Thai Defense Minister Somchai Prasert.\n\nThey discussed cooperation."
    )
    assert meeting_place(text, lexicon) == ("Beijing", "CHN")


def test_a_visitor_filed_from_home_is_not_placed_at_home(lexicon: sg.Lexicon) -> None:
    text = (
        "BANGKOK, March 4, 2026 - Thai Defense Minister Somchai Prasert, visiting Beijing, "
        "held talks with Chinese Defense Minister Li Wen.\n\nThey discussed cooperation."
    )
    assert meeting_place(text, lexicon) != ("Bangkok", "THA")


# --- an earlier round named by a lower ordinal ----------------------------------------------


_THIRD = (
    "Joint Statement on the Third Indonesia-Australia Maritime Security Dialogue\n\n"
    "1. The Third Indonesia-Australia Maritime Security Dialogue was held{here}.\n\n"
    "2. The Dialogue reviewed maritime cooperation. The Second Dialogue was held in Canberra "
    "on 14 June 2025."
)


def test_the_date_of_a_lower_rounds_meeting_is_not_this_rounds(lexicon: sg.Lexicon) -> None:
    assert meeting_span(_THIRD.format(here=" in Jakarta"), lexicon) == (None, None)


def test_the_city_of_a_lower_rounds_meeting_is_not_this_rounds(lexicon: sg.Lexicon) -> None:
    assert meeting_place(_THIRD.format(here=" on 3 March 2026"), lexicon) is None


def test_this_rounds_own_date_beside_a_lower_rounds(lexicon: sg.Lexicon) -> None:
    text = _THIRD.format(here=" in Jakarta on 3 March 2026")
    assert meeting_span(text, lexicon) == (D(2026, 3, 3), None)
    assert meeting_place(text, lexicon) == ("Jakarta", "IDN")


def test_a_person_named_like_a_city_who_hosted_is_no_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Austin hosted the defence talks with his Japanese counterpart on 4 March 2026.\n\n"
        "Secretary Austin said the United States and Japan agreed to expand exercises."
    )
    assert meeting_place(text, lexicon) is None


@pytest.mark.parametrize(
    "meta",
    [
        "<time>12 March 2026</time>",
        '<meta name="date" content="2026-03-12">',
        '<meta name="DC.date.created" content="2026-03-12">',
        '<meta name="pubdate" content="20260312">',
        "<table><tr><td>Date:</td><td>12 March 2026</td></tr></table>",
        "<div><strong>Published:</strong> 12 March 2026</div>",
    ],
)
def test_a_pages_date_in_other_markup_dates_its_weekday(meta: str, lexicon: sg.Lexicon) -> None:
    assert meeting_span(_page(meta, _BODY), lexicon) == (D(2026, 3, 10), None)


@pytest.mark.parametrize(
    "header",
    [
        '<span class="datetime">12 March 2026</span>',
        '<span itemprop="datePublished">12 March 2026</span>',
    ],
)
def test_a_pages_date_in_its_header_dates_its_weekday(header: str, lexicon: sg.Lexicon) -> None:
    assert meeting_span(_page("", _BODY, header), lexicon) == (D(2026, 3, 10), None)


def test_two_time_elements_that_disagree_date_nothing(lexicon: sg.Lexicon) -> None:
    meta = "<time>12 March 2026</time><ul><li><time>2 March 2026</time></li></ul>"
    assert meeting_span(_page(meta, _BODY), lexicon) == (None, None)


# --- the place: cities of other things than the talks ---------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        ", the first since their 2023 meeting in Kampala",
        " under the auspices of IGAD, which is headquartered in Djibouti",
        ", the ministry in Nairobi said",
        " and agreed to train police officers in Nairobi",
    ],
)
def test_a_city_of_something_else_than_the_talks_is_no_place(
    tail: str, lexicon: sg.Lexicon
) -> None:
    text = (
        f"Kenya and Uganda held security talks on 4 March 2026{tail}.\n\nThey agreed on joint "
        "patrols."
    )
    assert meeting_place(text, lexicon) is None


def test_talks_held_at_an_embassy_are_in_its_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held security talks at the Kenyan Embassy in Kampala on 4 March "
        "2026.\n\nThey agreed on joint patrols."
    )
    assert meeting_place(text, lexicon) == ("Kampala", "UGA")


def test_in_the_provincial_capital_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Mozambique and Rwanda agreed to extend their troop deployment after two days of talks "
        "that ended on 4 March 2026 in the provincial capital Pemba.\n\nThey agreed on joint "
        "patrols."
    )
    assert meeting_place(text, lexicon) == ("Pemba", "MOZ")


def test_the_span_the_meeting_was_held_over_widens_the_day_found(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda agreed on joint patrols in Kampala on 5 March 2026.\n\n"
        "The meeting was held from 3 to 5 March."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 3), D(2026, 3, 5))


def test_a_visits_span_below_does_not_widen_the_talks_day(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held security talks in Nairobi on 4 March 2026.\n\n"
        "The visit was held from 3 to 5 March."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 4), None)


def test_a_city_of_the_text_s_countries_over_a_namesake_elsewhere(lexicon: sg.Lexicon) -> None:
    text = (
        "Lebanon and Syria held border security talks in Tripoli on 4 March 2026.\n\n"
        "They agreed on joint patrols."
    )
    assert meeting_place(text, lexicon) == ("Tripoli", "LBN")


def test_a_capital_named_with_its_own_country_stays_its(lexicon: sg.Lexicon) -> None:
    text = (
        "Libya and Tunisia held border security talks in Tripoli on 4 March 2026.\n\n"
        "They agreed on joint patrols."
    )
    assert meeting_place(text, lexicon) == ("Tripoli", "LBY")


@pytest.mark.parametrize(
    "top",
    [
        "Nairobi, 4 March 2026.\n\n",
        "Nairobi, Mar. 4 (KNA).\n\n",
        "By John Kamau\nNairobi\n\n",
    ],
)
def test_here_under_a_filing_line_of_its_own(top: str, lexicon: sg.Lexicon) -> None:
    text = (
        f"{top}Kenya and Uganda held security talks here on 4 March 2026.\n\n"
        "They agreed on joint patrols."
    )
    assert meeting_place(text, lexicon) == ("Nairobi", "KEN")


def test_a_commission_that_opened_on_a_day_dates_the_meeting(lexicon: sg.Lexicon) -> None:
    text = (
        "The Kenya-Uganda joint border commission opened in Kampala on 3 March 2026.\n\n"
        "The session runs from 3 to 5 March."
    )
    assert meeting_span(text, lexicon) == (D(2026, 3, 3), D(2026, 3, 5))


def test_agreed_to_do_something_at_talks_in_a_city_keeps_the_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda agreed to set up joint patrols at security talks in Kampala on 4 "
        "March 2026.\n\nThey also agreed to share intelligence."
    )
    assert meeting_place(text, lexicon) == ("Kampala", "UGA")


def test_a_city_before_said_a_statement_is_the_talks_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Pakistan and China held the 10th round of their counter-terrorism dialogue in "
        "Islamabad on 4 March 2026, said a statement.\n\nThey agreed to share intelligence."
    )
    assert meeting_place(text, lexicon) == ("Islamabad", "PAK")


def test_the_first_day_of_this_round_is_no_earlier_round(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held the fifth round of their security talks in Kampala.\n\n"
        "The first day of the talks was held on 3 March 2026."
    )
    assert meeting_span(text, lexicon)[0] == D(2026, 3, 3)


def test_a_border_crossing_the_talks_were_about_is_not_their_venue(lexicon: sg.Lexicon) -> None:
    text = (
        "Pakistan and Afghanistan held talks on 4 March 2026 that focused on smuggling at the "
        "Torkham border crossing.\n\nThey agreed to reopen trade."
    )
    assert meeting_place(text, lexicon) is None


def test_the_texts_adjective_places_a_namesake_border_town(lexicon: sg.Lexicon) -> None:
    # GeoNames' most populous Busia is Kenya's; the text says which
    text = (
        "Uganda and Kenya held a border security meeting in the Ugandan border town of Busia "
        "on 4 March 2026.\n\nThey agreed on joint patrols."
    )
    assert meeting_place(text, lexicon) == ("Busia", "UGA")
