"""place42's pass: where the talks were held, and a dialogue's name, in shapes the rules had not met.

Each test is a short text written for it (countries and towns real, people and meetings
invented), one shape each: a naval base "outside" a city, a city written with its river, a
town the meeting was "held at" with its time after it, a border post told before the meeting
("On 1 October, at the X crossing, a meeting was held"), a post whose name has a particle and
whose country follows it, a dialogue named with Côte d'Ivoire.
"""

from __future__ import annotations

from extract_meeting import meeting_place, one_meeting

import secgraph as sg
from secgraph.extract._heldat import country_after, held_after, held_at_town

# --- a base outside a city: the city ----------------------------------------------------------


def test_a_naval_base_outside_a_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Britain and Norway step up protection of undersea cables\n\n"
        "Pipelines and cables under the North Sea carry much of Europe's gas. It was this "
        "network that brought British and Norwegian defence officials to Marinebase "
        "naval base outside Bergen last Thursday, for a round of the UK-Norway Defence Staff "
        "Talks devoted to critical undersea infrastructure."
    )
    assert meeting_place(text, lexicon) == ("Bergen", "NOR")


# --- a city written with its river ----------------------------------------------------------


def test_a_city_written_with_its_river(lexicon: sg.Lexicon) -> None:
    text = (
        "Berlin, 3 May 2026\n\n"
        "The German-Polish Working Group on Border Policing held its third meeting in "
        "Frankfurt (Oder) on 2 May 2026. The German side was led by State Secretary Karl "
        "Weber and the Polish side by Deputy Minister Anna Nowak."
    )
    place = meeting_place(text, lexicon)
    assert place is not None and place[0] == "Frankfurt (Oder)" and place[1] == "DEU"


# --- held "at" a town the gazetteer lacks, its time after it ----------------------------------


def test_a_flag_meeting_held_at_a_town_today(lexicon: sg.Lexicon) -> None:
    text = (
        "Rawalpindi - 3 March\n\n"
        "Pakistan-Afghanistan border flag meeting\n\n"
        "A flag meeting between Pakistan and Afghanistan border officials was held at "
        "Ghulam Khan today. The two sides discussed the movement of traders across the border."
    )
    assert meeting_place(text, lexicon) == ("Ghulam Khan", "PAK")


def test_held_at_a_building_is_no_town() -> None:
    text = "The talks were held at Lancaster House on Monday."
    assert not held_at_town(text, text.find("at Lancaster"), "Lancaster House")
    text = "The talks were held at Ghulam Khan on Monday."
    assert held_at_town(text, text.find("at Ghulam"), "Ghulam Khan")
    text = "Officials said smuggling at Ghulam Khan rose."
    assert not held_at_town(text, text.find("at Ghulam"), "Ghulam Khan")


# --- a border post told before the meeting ----------------------------------------------------


def test_a_border_crossing_before_the_meeting_it_holds(lexicon: sg.Lexicon) -> None:
    text = (
        "Meeting of the heads of the Polish and Ukrainian border guards\n\n"
        "On 5 May, at the Hrebenne-Rava-Ruska road border crossing, a working meeting was "
        "held between the Commander of the Polish Border Guard, General Jan Kowalski, and the "
        "Head of the State Border Guard Service of Ukraine, General Petro Shevchenko."
    )
    place = meeting_place(text, lexicon)
    assert place is not None and place[0].startswith("Hrebenne") and place[1] == "POL"


def test_held_after_a_place() -> None:
    text = "On 5 May, at the X crossing, a working meeting was held between the two chiefs."
    assert held_after(text, text.find(", a working"))
    assert not held_after("At the X crossing, traffic rose.", 14)


# --- a post's name with a particle, its country after its region ------------------------------


def test_a_border_station_with_a_particle_and_its_country_after(lexicon: sg.Lexicon) -> None:
    text = (
        "The Belize-Guatemala Working Group on Border Security met on 12.V.2026 at the "
        "Paso de Gracias border station, Petén, in Guatemala. The Belize delegation was led by "
        "Colonel John Smith, and the Guatemalan delegation by Colonel Luis Pérez."
    )
    assert meeting_place(text, lexicon) == ("Paso de Gracias", "GTM")


def test_country_after_a_place(lexicon: sg.Lexicon) -> None:
    text = "at the X station, Petén, in Guatemala."
    assert country_after(text, text.find(","), lexicon) == "GTM"
    text = "at the X station, in Guatemalan waters."
    assert country_after(text, text.find(","), lexicon) is None


# --- a dialogue named with Côte d'Ivoire ------------------------------------------------------


def test_a_dialogue_named_with_cote_divoire(lexicon: sg.Lexicon) -> None:
    text = (
        "A delegation of Côte d'Ivoire paid a working visit to Accra, where the third meeting "
        "of the Côte d'Ivoire-Ghana Joint Border Committee took place on 4 March 2026 at the "
        "Ministry of Defence. The Ghanaian delegation was led by the Minister for Defence, "
        "Kofi Mensah."
    )
    draft = one_meeting(text, lexicon)
    assert [d.name for d in draft.dialogues] == ["Côte d'Ivoire-Ghana Joint Border Committee"]


# --- countries named that the talks did not discuss -----------------------------------------


def _discussed(text: str, lexicon: sg.Lexicon) -> tuple[str, ...]:
    return one_meeting(text, lexicon).meetings[0].discussed


def test_a_surname_that_is_a_country(lexicon: sg.Lexicon) -> None:
    text = (
        "Saudi and U.S. officers met in Riyadh on 3 March 2026 for the Military Working "
        "Group. The U.S. delegation was led by Lt. Gen. Derek France-Moreno, deputy commander. "
        '"Our partnership is strong," France-Moreno said.'
    )
    assert "FRA" not in _discussed(text, lexicon)


def test_the_eus_seat_when_the_eu_is_a_party(lexicon: sg.Lexicon) -> None:
    text = (
        "DAKAR, Dec 4 - The European Union and Senegal held their first Security and Defence "
        "Dialogue in Dakar on Thursday 3 December 2026, as Brussels seeks to deepen ties with "
        "partners in the Sahel. The two sides discussed the situation in Mali."
    )
    discussed = _discussed(text, lexicon)
    assert "BEL" not in discussed and "MLI" in discussed


def test_a_next_meetings_place_is_not_discussed(lexicon: sg.Lexicon) -> None:
    text = (
        "Accra, 4 March 2026 - Ghana and the United States held their defence working group "
        "in Accra on 3 March 2026. They discussed the situation in Burkina Faso. The next "
        "working group is planned for Stuttgart, Germany, in 2027."
    )
    discussed = _discussed(text, lexicon)
    assert "DEU" not in discussed and "BFA" in discussed


def test_a_country_before_the_next_meeting_is_still_discussed(lexicon: sg.Lexicon) -> None:
    text = (
        "Amman, 4 March 2026 - Jordan and Iraq held border security talks in Amman on 3 March "
        "2026. They discussed the situation in Syria, and the next meeting will be held in "
        "Baghdad."
    )
    assert "SYR" in _discussed(text, lexicon)


def test_an_organisation_named_after_american_states(lexicon: sg.Lexicon) -> None:
    text = (
        "Belize and Guatemala held border security talks in Guatemala City on 3 March 2026. "
        "The meeting was held with the support of the Organization of American States, whose "
        "representative acted as facilitator."
    )
    assert "USA" not in _discussed(text, lexicon)


# --- a venue, its quarter, then its city; a province named after its city ---------------------


def test_a_hotel_its_quarter_then_its_city(lexicon: sg.Lexicon) -> None:
    text = (
        "The 9th Meeting of the Brunei Darussalam-Malaysia Joint Working Group on Border "
        "Security was held today at the Seri Kenangan Hotel, Kiulap, Bandar Seri Begawan. The "
        "meeting was co-chaired by officials of Brunei and Malaysia."
    )
    assert meeting_place(text, lexicon) == ("Bandar Seri Begawan", "BRN")


def test_talks_held_in_a_province_named_after_its_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Thailand and Laos held their annual meeting on drug control cooperation on 3 June "
        "2026, held at a hotel in Nong Khai province. The Lao delegation was led by Colonel "
        "Somphone Keo."
    )
    assert meeting_place(text, lexicon) == ("Nong Khai", "THA")


def test_a_province_talked_about_is_still_no_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Thailand and Laos held talks on drug control on 3 June 2026. They discussed clashes "
        "in Nong Khai province this year."
    )
    assert meeting_place(text, lexicon) is None


# --- dialogue names: a bilateral meeting on a subject, a dateline's city before a pair --------


def _dialogue_names(text: str, lexicon: sg.Lexicon) -> list[str]:
    return [d.name for d in one_meeting(text, lexicon).dialogues]


def test_a_pairs_bilateral_meeting_on_a_subject(lexicon: sg.Lexicon) -> None:
    text = (
        "Laos and Thailand agreed to set up a joint operations centre on the Mekong. The "
        "agreement was reached at the annual Lao-Thai bilateral meeting on drug control "
        "cooperation, held in Chiang Rai on 3 and 4 March 2026."
    )
    assert _dialogue_names(text, lexicon) == [
        "Lao-Thai bilateral meeting on drug control cooperation"
    ]


def test_a_bilateral_meeting_held_by_one_country_is_no_name(lexicon: sg.Lexicon) -> None:
    text = (
        "The Gambia and Guinea-Bissau held a bilateral meeting on cross-border crime in Banjul "
        "on 3 March 2026."
    )
    assert _dialogue_names(text, lexicon) == []


def test_a_datelines_city_is_not_joined_to_the_pair(lexicon: sg.Lexicon) -> None:
    text = (
        "Rabat - The Moroccan-US Defense Consultative Committee held its 14th session on "
        "Wednesday 4 March 2026 in Rabat, co-chaired by Minister Delegate Abdellatif Loudiyi."
    )
    assert _dialogue_names(text, lexicon) == ["Moroccan-US Defense Consultative Committee"]


# --- a group that "convened" in a city; a post's side told after its river --------------------


def test_a_group_that_convened_in_a_city(lexicon: sg.Lexicon) -> None:
    text = (
        "By Ana Ruiz | Madrid | 14 April 2026\n\n"
        "When the Spain-Morocco Permanent Joint Group on Migration convened in Tangier on 17 "
        "March 2026, the mood was businesslike.\n\n"
        "A high-level meeting in Rabat in February 2023 produced a raft of agreements."
    )
    assert meeting_place(text, lexicon) == ("Tangier", "MAR")


def test_a_border_posts_side_after_its_river(lexicon: sg.Lexicon) -> None:
    text = (
        "Honduras and El Salvador agreed on Friday 6 March 2026 to share gang databases. The "
        "agreement was reached at a meeting at the El Poy border post on the Lempa river, on "
        "the Salvadoran side of the crossing, between the two police chiefs."
    )
    assert meeting_place(text, lexicon) == ("El Poy", "SLV")


def test_a_partys_state_after_a_town(lexicon: sg.Lexicon) -> None:
    text = (
        "South Korea and Australia held defence talks in Canberra on 3 March 2026. They "
        "reviewed the vehicles built at a plant in Geelong, Victoria, and discussed Myanmar."
    )
    discussed = _discussed(text, lexicon)
    assert "SYC" not in discussed and "MMR" in discussed


def test_a_countrys_model(lexicon: sg.Lexicon) -> None:
    text = (
        "Lithuania and Ukraine held military training talks in Vilnius on 3 March 2026. They "
        "agreed to produce drone parts under the so-called Danish model, and discussed Belarus."
    )
    discussed = _discussed(text, lexicon)
    assert "DNK" not in discussed and "BLR" in discussed


def test_a_dialogue_named_with_its_zone(lexicon: sg.Lexicon) -> None:
    text = (
        "The Belize-Guatemala Technical Working Group on Security in the Adjacency Zone met on "
        "4 March 2026 in Benque Viejo del Carmen, Belize, to review joint patrols."
    )
    assert _dialogue_names(text, lexicon) == [
        "Belize-Guatemala Technical Working Group on Security in the Adjacency Zone"
    ]


def test_the_eu_as_where_migrants_go(lexicon: sg.Lexicon) -> None:
    text = (
        "Poland and Ukraine held a border guard meeting in Warsaw on 3 March 2026. Particular "
        "attention was paid to persons trying to reach the European Union through Belarus."
    )
    discussed = _discussed(text, lexicon)
    assert "EUU" not in discussed and "BLR" in discussed


def test_a_currency_is_no_country(lexicon: sg.Lexicon) -> None:
    text = (
        "Poland and South Korea held defence talks in Warsaw on 3 March 2026. Poland has "
        "signed deals worth more than US$20 billion for Korean weapons since 2022."
    )
    assert "USA" not in _discussed(text, lexicon)


def test_a_meeting_in_the_summer_is_an_earlier_one(lexicon: sg.Lexicon) -> None:
    text = (
        "Tehran, IRNA -- Iranian and Russian security officials held a round of consultations "
        "in Moscow on Tuesday, November 10, 2026, on regional security.\n\n"
        "The Iranian delegation was headed by Ali Bagheri, deputy secretary of the council.\n\n"
        "The council's secretary Ali Karimi met Russian Security Council Secretary Sergei "
        "Ivanov in Tehran in the summer."
    )
    assert meeting_place(text, lexicon) == ("Moscow", "RUS")


def test_the_eu_as_a_club_of_states(lexicon: sg.Lexicon) -> None:
    text = (
        "Belarus and Russia held border consultations in Minsk on 3 March 2026. According to "
        "the Belarusian side, provocations by the neighbouring EU states have increased, and "
        "the two sides discussed Ukraine."
    )
    discussed = _discussed(text, lexicon)
    assert "EUU" not in discussed and "UKR" in discussed
