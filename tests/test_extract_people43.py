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
