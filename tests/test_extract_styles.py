"""secgraph extract on the phrasings of fresh6 and fresh7: one test per family, on short texts
written for the test (the people and meetings are invented)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import secgraph as sg

ROOT = Path(__file__).resolve().parents[1]


def _sides(text: str, lexicon: sg.Lexicon, **kw: object) -> tuple[sg.Draft, dict[str, list[str]]]:
    """The draft, and per side its leader's name first, then its members' names."""
    draft = sg.extract(text, lexicon, **kw)  # type: ignore[arg-type]
    assert len(draft.meetings) == 1, draft.lacks
    names = {o.id: o.name for o in draft.officials}
    out = {}
    for d in draft.meetings[0].delegations:
        people = ([d.leader] if d.leader else []) + list(d.members)
        out[d.country] = [names[p] for p in people]
    return draft, out


def _titles(draft: sg.Draft) -> dict[str, str | None]:
    return {o.name: o.title for o in draft.officials}


def test_a_led_by_clause_stops_at_the_members_and_comma_lists_split(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Kenya and Ethiopia hold security talks\n\n"
        "Kenyan and Ethiopian officials met in Nairobi on 4 May 2023. The Kenyan delegation was "
        "headed by Interior Minister Amos Wekesa and included Defence Minister Ruth Kamau, "
        "Intelligence chief Peter Otieno and Deputy Police Inspector Joy Achieng. The Ethiopian "
        "side was led by Foreign Minister Dawit Bekele, accompanied by Defence Minister Abebe "
        "Tesfaye and National Security Adviser Hana Girma."
    )
    _, sides = _sides(text, lexicon)
    assert sides["KEN"] == ["Amos Wekesa", "Ruth Kamau", "Peter Otieno", "Joy Achieng"]
    assert sides["ETH"] == ["Dawit Bekele", "Abebe Tesfaye", "Hana Girma"]


def test_titles_in_brackets_and_lists_headed_by_a_country(lexicon: sg.Lexicon) -> None:
    text = (
        "Joint Statement on the India-Japan Cyber Dialogue\n\n"
        "The India-Japan Cyber Dialogue was held in Tokyo on 9 October 2022.\n\n"
        "India: Shri Arun Mehta (Additional Secretary (Cyber), Ministry of External Affairs), "
        "leader of the delegation; Ms. Kavita Rao (Director, Ministry of Home Affairs).\n\n"
        "Japan: Mr. Kenji Sato (Ambassador for Cyber Policy), leader of the delegation; "
        "Mr. Taro Ishida (Deputy Director-General, National Police Agency)."
    )
    draft, sides = _sides(text, lexicon)
    assert sides == {"IND": ["Arun Mehta", "Kavita Rao"], "JPN": ["Kenji Sato", "Taro Ishida"]}
    assert _titles(draft)["Arun Mehta"] == "Additional Secretary (Cyber)"


def test_courtesy_styles_ranks_and_surnames_in_capitals(lexicon: sg.Lexicon) -> None:
    text = (
        "Malaysia and Japan hold defence talks\n\n"
        "On 2 July 2024, Defence Minister Datuk Seri Ahmad Zulkifli Hassan and Air Commodore "
        "Lim Wei Ming (Director of Defence Policy) hosted Japan's Vice-Minister of Defense, "
        "H.E. Mr. TANAKA Hiroshi, and Director General Ms. Noriko van der Berg, in Kuala Lumpur "
        "for talks on maritime security."
    )
    draft, sides = _sides(text, lexicon)
    assert sides["MYS"] == ["Ahmad Zulkifli Hassan", "Lim Wei Ming"]
    assert sides["JPN"] == ["Tanaka Hiroshi", "Noriko van der Berg"]
    honorifics = {o.name: o.honorific for o in draft.officials}
    assert honorifics["Ahmad Zulkifli Hassan"] == "Datuk Seri"


def test_counterparts_with_titles_and_counterpart_lists(lexicon: sg.Lexicon) -> None:
    text = (
        "Spain and Morocco hold migration talks\n\n"
        "Interior Minister Carlos Ruiz received his Moroccan counterpart, Interior Minister Omar "
        "Benali, in Madrid on 3 March 2023. Their Moroccan counterparts were joined by Karim "
        "Idrissi, director-general of migration at the Interior Ministry, and Samira Alaoui, "
        "director of border control."
    )
    _, sides = _sides(text, lexicon)
    assert sides["ESP"] == ["Carlos Ruiz"]
    assert sides["MAR"][0] == "Omar Benali"


def test_respective_delegations_follow_the_parties_order(lexicon: sg.Lexicon) -> None:
    text = (
        "Press Release: Pakistan-Turkey High-Level Security Talks\n\n"
        "The talks were held in Ankara on 5 June 2023. Interior Minister Rana Aslam and "
        "Deputy Interior Minister Mehmet Yilmaz led their respective delegations."
    )
    _, sides = _sides(text, lexicon)
    assert sides == {"PAK": ["Rana Aslam"], "TUR": ["Mehmet Yilmaz"]}


def test_co_chaired_with_and_members_before_or_after_the_verb(lexicon: sg.Lexicon) -> None:
    text = (
        "Malaysia, Thailand step up border patrols\n\n"
        "KUALA LUMPUR, May 3 (Bernama) -- Home Minister Datuk Seri Aziz Rahman said the "
        "meeting held here yesterday, which he co-chaired with Thai Defence Minister Somchai "
        "Wongsa, agreed on joint patrols. Also present were Inspector-General of Police Tan Sri "
        "Razak Ali and Thai army deputy chief Prawit Chan.\n\n"
        "Deputy Foreign Minister Nattapong Sri and Major General Chai Boon, deputy director of "
        "operations, also attended on the Thai side, while the Malaysian side included "
        "Brigadier General Hafiz Omar, Director of Border Security."
    )
    draft, sides = _sides(text, lexicon)
    assert sides["MYS"] == ["Aziz Rahman", "Razak Ali", "Hafiz Omar"]
    assert sides["THA"] == ["Somchai Wongsa", "Prawit Chan", "Nattapong Sri", "Chai Boon"]
    assert draft.meetings[0].date is None  # "yesterday" under a dateline without a year


def test_accompanied_by_after_a_person_and_an_appositive_after_with(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "India and France hold strategic dialogue\n\n"
        "National Security Adviser Ravi Kumar held the annual India-France Strategic Dialogue "
        "with Pierre Martin, the diplomatic adviser to the French President, in Paris on 4 "
        "March 2024.\n\nKumar was accompanied by Joint Secretary (Europe West) Neha Gupta."
    )
    _, sides = _sides(text, lexicon)
    assert sides == {"FRA": ["Pierre Martin"], "IND": ["Ravi Kumar", "Neha Gupta"]}


def test_opening_appositive_signing_principals_and_office_after_the_name(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "China, Nepal discuss military ties\n\n"
        "BEIJING, June 5, 2024 (Xinhua) -- Li Ming, vice chairman of China's Central Military "
        "Commission, met with Nepal's Chief of Army Staff General Ram Thapa in Beijing on "
        "Wednesday."
    )
    _, sides = _sides(text, lexicon)
    assert sides == {"CHN": ["Li Ming"], "NPL": ["Ram Thapa"]}
    text = (
        "Czech Republic and Poland sign defence agreement\n\n"
        "Defence Minister Jan Novak and Poland's Defence Minister and deputy premier Adam "
        "Kowal signed the agreement in Prague on 3 May 2024. State Secretary Eva Horak of the "
        "Czech Ministry of Defence attended."
    )
    draft, sides = _sides(text, lexicon)
    assert sides["CZE"][0] == "Jan Novak" and sides["POL"] == ["Adam Kowal"]
    assert draft.meetings[0].place is not None


def test_date_ranges_across_months_and_today_under_a_dated_line(lexicon: sg.Lexicon) -> None:
    draft = sg.extract(
        "Uzbekistan, Tajikistan hold consultations\n\n"
        "Consultations between Uzbekistan and Tajikistan were held in Tashkent on 30 April - "
        "2 May 2024.",
        lexicon,
    )
    m = draft.meetings[0]
    assert (m.date, m.end_date) == (dt.date(2024, 4, 30), dt.date(2024, 5, 2))
    readout = (
        "Readout\n\nMarch 4, 2024\n\nDeputy Secretary Anne Ross met today with Republic of "
        "Korea Vice Foreign Minister Park Min-jun in Washington for the U.S.-ROK Strategic "
        "Dialogue."
    )
    assert sg.extract(readout, lexicon).meetings[0].date == dt.date(2024, 3, 4)
    undated = readout.replace("March 4, 2024", "Office of the Spokesperson")
    assert sg.extract(undated, lexicon).meetings[0].date is None  # never invented


def test_place_from_the_capital_and_a_dateline_that_spells_it_out(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "India, U.S. vow cooperation at Delhi talks\n\nNEW DELHI, March 6 (Reuters) - India and the United "
        "States held talks on Tuesday."
    )
    place = {p.id: p.name for p in sg.extract(text, lexicon).places}
    assert list(place.values()) == ["New Delhi"]
    text = "India, Bhutan hold talks\n\nIndian and Bhutanese officials held talks in the Indian capital on 3 May 2023."
    assert [p.name for p in sg.extract(text, lexicon).places] == ["New Delhi"]


def test_a_past_that_dates_something_else_keeps_the_people(lexicon: sg.Lexicon) -> None:
    text = (
        "Iraq, Iran discuss border security\n\n"
        "Iraq's National Security Adviser Ahmed Karim held talks in Tehran on 4 March 2024 with "
        "Reza Tehrani, secretary of Iran's Supreme National Security Council, on the agreement "
        "the two countries signed last year."
    )
    _, sides = _sides(text, lexicon)
    assert sides == {"IRN": ["Reza Tehrani"], "IRQ": ["Ahmed Karim"]}
    earlier = "Iraq, Iran hold talks\n\nIraqi and Iranian officials met in Baghdad. Minister Ali Hassan had met them last year."
    assert sg.extract(earlier, lexicon).officials == ()


def test_the_host_is_the_second_party_when_only_the_visitor_is_named(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Defence Secretary welcomes Czech counterpart to London\n\n"
        "Defence Secretary John Baker welcomed his Czech counterpart Jana Černá to London on "
        "3 May 2024 for talks on European security.\n\n"
        "Mr Baker was joined by the Chief of the Defence Staff, Admiral Sir Paul Reed."
    )
    draft, sides = _sides(text, lexicon)
    assert sides == {"CZE": ["Jana Černá"], "GBR": ["John Baker", "Paul Reed"]}
    assert [p.name for p in draft.places] == ["London"]


def test_led_on_each_side_and_attended_by_after_a_received(lexicon: sg.Lexicon) -> None:
    text = (
        "Pakistan, Iran hold consultations\n\n"
        "The consultations were held in Tehran on 8 May 2024. They were led by Additional "
        "Secretary (West Asia) Imran Qureshi on the Pakistani side and by Deputy Foreign "
        "Minister Reza Karimi on the Iranian side."
    )
    _, sides = _sides(text, lexicon)
    assert sides == {"IRN": ["Reza Karimi"], "PAK": ["Imran Qureshi"]}
    text = (
        "Minister of Interior receives Jordanian counterpart\n\n"
        "Riyadh, Feb 4, 2024, SPA -- His Royal Highness Prince Faisal bin Khalid, Minister of "
        "Interior, received in his office in Riyadh today the Jordanian Minister of Interior, "
        "Omar Haddad, and his accompanying delegation. The meeting was attended by the Deputy "
        "Minister of Interior, Dr. Saad bin Ali, and the Jordanian Ambassador to the Kingdom, "
        "Lina Nasser."
    )
    draft, sides = _sides(text, lexicon)
    assert sides == {
        "JOR": ["Omar Haddad", "Lina Nasser"],
        "SAU": ["Faisal bin Khalid", "Saad bin Ali"],
    }
    assert draft.meetings[0].date == dt.date(2024, 2, 4)


def test_a_city_of_another_event_is_not_the_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Nigeria, Chad agree on border operations\n\n"
        "ABUJA (Reuters) - Nigeria and Chad agreed on Monday to resume joint operations, a "
        "year after the coup in N'Djamena.\n\n"
        "Nigeria's national security adviser Musa Bello hosted a Chadian delegation led by "
        "Defence Minister Idriss Deby in Abuja for the talks."
    )
    draft, sides = _sides(text, lexicon)
    assert [p.name for p in draft.places] == ["Abuja"]
    assert sides["TCD"] == ["Idriss Deby"]


def test_a_style_tells_the_side_and_co_chaired_the_meeting_with(lexicon: sg.Lexicon) -> None:
    text = (
        "India-Philippines defence committee meets in Manila\n\n"
        "Defence Secretary Shri Arun Verma co-chaired the 5th India-Philippines Joint Defence "
        "Cooperation Committee meeting with Undersecretary of the Department of National "
        "Defense Jose C. Cruz in Manila on 2-3 April 2025.\n\n"
        "The Indian delegation also comprised Shri Vivek Rao, Joint Secretary (Navy)."
    )
    draft, sides = _sides(text, lexicon)
    assert sides == {"IND": ["Arun Verma", "Vivek Rao"], "PHL": ["Jose C. Cruz"]}
    m = draft.meetings[0]
    assert (m.date, m.end_date) == (dt.date(2025, 4, 2), dt.date(2025, 4, 3))
