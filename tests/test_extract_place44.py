"""place44's pass: a province that shares its name with a far town, a briefing's venue line
over its day line, a big city's bay (water, not the city), a town inside the heading's
province, a country said to be no part of the talks, a commission that 'concluded' in a city, a dateline's camp
then its city.

Each test is a short text written for it (countries and places real, people invented).
"""

from __future__ import annotations

from extract_meeting import meeting_place

import secgraph as sg
from secgraph.extract._provinces import subdivision_countries


def test_a_region_of_any_level_by_name() -> None:
    assert subdivision_countries("Bali") == frozenset({"IDN"})
    assert subdivision_countries("Nowhereland") == frozenset()


def test_a_province_is_the_named_countrys_not_a_far_namesake(lexicon: sg.Lexicon) -> None:
    text = (
        "Indonesia and Australia hold border talks in Bali\n\n"
        "JAKARTA, Nov 19, 2026 (ANTARA) - Indonesia and Australia on Tuesday held border "
        "security talks in Bali, focusing on people smuggling. The Indonesian delegation was "
        "led by Vice Admiral Budi Santoso and the Australian side by Rear Admiral John Grey."
    )
    place = meeting_place(text, lexicon)
    assert place is not None and place[1] == "IDN"


def test_a_briefings_venue_line_over_its_day_line(lexicon: sg.Lexicon) -> None:
    text = (
        "TRANSCRIPT OF PRESS BRIEFING\n"
        "Philippine Coast Guard National Headquarters, Port Area, Manila\n"
        "Friday, 18 September 2026\n\n"
        "SPOKESPERSON (Rear Admiral Juan Cruz): Good morning. On Tuesday, our Commandant, "
        "Admiral Pedro Santos, met with the Commandant of the Japan Coast Guard, Admiral Taro "
        "Suzuki, here at our headquarters for the Philippines-Japan Coast Guard High-Level "
        "Meeting. The two commandants agreed to hold a joint exercise next year."
    )
    assert meeting_place(text, lexicon) == ("Manila", "PHL")


def test_a_big_citys_bay_is_water_not_the_city(lexicon: sg.Lexicon) -> None:
    text = (
        "PCG, JCG hold joint training in Manila Bay\n\n"
        "The Philippine Coast Guard (PCG) and the Japan Coast Guard (JCG) conducted a joint "
        "maritime law enforcement training in Manila Bay on 9 to 11 July. The PCG contingent "
        "was led by Commodore Jose Reyes. The JCG team was headed by Captain Ken Sato."
    )
    assert meeting_place(text, lexicon) is None


def test_a_country_said_to_be_no_part_of_the_talks_is_not_discussed(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Philippines and United States hold maritime board meeting\n\n"
        "MANILA, March 5, 2026 - The Philippines and the United States held the annual "
        "meeting of their Mutual Defense Board in Manila on Wednesday. The Philippine side was "
        "led by General Jose Cruz and the US side by Admiral John Smith. Japan and Australia, "
        "which joined maritime activities with both allies this year, were not part of the "
        "board meeting."
    )
    draft = sg.extract(text, lexicon)
    assert "JPN" not in draft.meetings[0].discussed
    assert "AUS" not in draft.meetings[0].discussed


def test_a_country_absent_but_doing_more_stays_discussed() -> None:
    from secgraph.extract._notpart import said_absent

    text = "Austria did not take part in today's meeting but sent a letter of support."
    assert not said_absent(text, 0)


def test_the_town_inside_the_headings_province(lexicon: sg.Lexicon) -> None:
    text = (
        "Indonesia, Australia hold maritime security dialogue in Bali\n\n"
        "DENPASAR, 14 May (ANTARA) - Indonesia and Australia held their Maritime Security "
        "Dialogue in Nusa Dua, Bali, on Wednesday, focusing on illegal fishing. The Indonesian "
        "delegation was led by Vice Admiral Budi Santoso and the Australian side by Rear "
        "Admiral John Grey."
    )
    assert meeting_place(text, lexicon) == ("Nusa Dua", "IDN")


def test_a_commission_that_concluded_in_a_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Peru and Colombia conclude security talks\n\n"
        "Lima, 4 September 2026\n\n"
        "The Ministry of Defence reports that the III Peru-Colombia Binational Border Security "
        "Commission concluded on Thursday, 3 September, in the city of Iquitos, after three "
        "days of work. The Peruvian delegation was chaired by Vice Minister Jorge Cruz, and "
        "the Colombian delegation by Vice Minister Ana Ruiz."
    )
    assert meeting_place(text, lexicon) == ("Iquitos", "PER")


def test_a_datelines_camp_then_its_city(lexicon: sg.Lexicon) -> None:
    text = (
        "U.S., Philippine defense officials hold board talks\n\n"
        "CAMP AGUINALDO, Quezon City -- Senior U.S. and Philippine military leaders convened "
        "the annual Mutual Defense Board meeting here Tuesday. The meeting was co-chaired by "
        "Adm. John Smith, commander of U.S. Indo-Pacific Command, and Gen. Jose Cruz, Chief of "
        "Staff of the Armed Forces of the Philippines."
    )
    assert meeting_place(text, lexicon) == ("Quezon City", "PHL")
