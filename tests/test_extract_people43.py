"""secgraph extract on who led each side: people "attended on the X side by" or "joined on the
X side by" are that side's members, not its head; a delegation named by its office, its country
last, with the head's title running into the name ("a delegation of the Ministry of Defence of
Ukraine led by Deputy Minister A"). Short texts written for the test (the people and meetings
are invented)."""

from __future__ import annotations

from conftest import draft_sides

import secgraph as sg


def test_attended_on_each_side_by_names_members(lexicon: sg.Lexicon) -> None:
    text = (
        "Uzbek defence minister visits Turkiye\n\n"
        "TASHKENT, 3 January 2027 (Dunyo) - Minister of Defence of Uzbekistan Lieutenant "
        "General Anvar Rashidov paid an official visit to Turkiye from 29 December 2026 to "
        "2 January 2027.\n\n"
        "The central event was the meeting with Minister of National Defence of Turkiye Kemal "
        "Demir, held in Ankara on 30 December. The talks in an expanded format were attended on "
        "the Uzbek side by Deputy Minister of Defence Major General Bobur Aliyev and on the "
        "Turkish side by Chief of the General Staff General Orhan Kaya.\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["UZB"][0] == "Anvar Rashidov" and "Bobur Aliyev" in sides["UZB"]
    assert sides["TUR"][0] == "Kemal Demir" and "Orhan Kaya" in sides["TUR"]


def test_joined_on_the_side_by_names_members(lexicon: sg.Lexicon) -> None:
    text = (
        "Philippine and Japanese coast guards meet\n\n"
        "MANILA - On Tuesday, the Commandant of the Philippine Coast Guard, Admiral Jose Reyes, "
        "met with the Commandant of the Japan Coast Guard, Admiral Taro Ishida, in Manila on "
        "3 March 2026.\n\n"
        "They were joined on the Philippine side by Vice Admiral Mario Santos, Deputy "
        "Commandant for Operations, and on the Japanese side by Mr. Ken Ueda, Director of the "
        "International Affairs Office.\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["PHL"][0] == "Jose Reyes"
    assert sides["JPN"][0] == "Taro Ishida"


def test_a_delegation_of_an_office_of_a_country_led_by_title_name(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Polish-Ukrainian defence consultations in Rzeszow\n\n"
        "On 3 November 2026 the Deputy Minister of National Defence, Jan Nowak, hosted a "
        "delegation of the Ministry of Defence of Ukraine led by Deputy Minister Ivan Petrenko "
        "for the annual bilateral defence consultations in Rzeszow.\n\n"
        "The Polish delegation also included Brigadier General Adam Lis, Deputy Chief of the "
        "Armament Agency.\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["UKR"][0] == "Ivan Petrenko"
    assert "Ivan Petrenko" not in sides["POL"]


def test_attended_from_the_side_by_names_members(lexicon: sg.Lexicon) -> None:
    text = (
        "Saudi and Pakistani interior ministers meet\n\n"
        "Riyadh, October 20, 2026, SPA -- Minister of Interior Prince Faisal bin Khalid received "
        "at his office in Riyadh today Pakistan's Federal Minister for Interior Imran Qureshi.\n\n"
        "The meeting was attended from the Saudi side by Deputy Minister of Interior Dr. Salman "
        "Al-Harbi and Director General of Passports Lieutenant General Saad Al-Otaibi.\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["SAU"][0] == "Faisal bin Khalid" and "Salman Al-Harbi" in sides["SAU"]


def test_co_chaired_for_a_side_then_by_its_head(lexicon: sg.Lexicon) -> None:
    text = (
        "Cameroon and France hold defence committee\n\n"
        "YAOUNDE, 5 March 2026 - Cameroon and France held the annual session of their joint "
        "committee on defence cooperation in Yaounde on Wednesday.\n\n"
        "The work was co-chaired, for Cameroon, by the Minister of Defence, Paul Mballa, and "
        "for France, by the Director of Security Cooperation, Vice-Admiral Jean Morel. The "
        "French delegation comprised, among others, the Ambassador of France to Cameroon, "
        "Pierre Dubois.\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["CMR"][0] == "Paul Mballa"
    assert sides["FRA"][0] == "Jean Morel" and "Pierre Dubois" in sides["FRA"]


def test_the_host_of_one_who_led_a_delegation_is_not_on_its_side(lexicon: sg.Lexicon) -> None:
    text = (
        "New Zealand and Australian police agree on drug taskforce\n\n"
        "WELLINGTON, 13 August 2026 - New Zealand Police and the Australian Federal Police "
        "agreed to form a joint taskforce against drug smuggling.\n\n"
        "The agreement was reached at the annual senior officials' meeting, held in Wellington "
        "on 13 August 2026. Police Commissioner Mark Hollis hosted AFP Commissioner Susan "
        "Grant, who led the Australian delegation.\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["AUS"][0] == "Susan Grant" and "Mark Hollis" not in sides["AUS"]
    assert sides["NZL"][0] == "Mark Hollis"


def test_a_surname_in_capitals_after_the_given_name(lexicon: sg.Lexicon) -> None:
    text = (
        "Japan-Philippines Vice-Ministerial Defense Talks\n\n"
        "On October 22, 2026, Mr. SUZUKI Ken, Vice-Minister of Defense for International "
        "Affairs, held the 6th Japan-Philippines Vice-Ministerial Defense Talks with Mr. Ramon "
        "VILLAR, Senior Undersecretary of the Department of National Defense of the Republic "
        "of the Philippines, at the Ministry of Defense in Tokyo.\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["PHL"][0] == "Ramon Villar"
    assert sides["JPN"][0] == "Suzuki Ken"
