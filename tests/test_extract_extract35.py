"""The officials, leaders and parties pass of branch extract35: a pair of third countries
written twice that gives way to the sides' own pair, two stops whose later one names its guest
only as a body, the side of a body the text names with its country, the two heads after
"under the co-chairmanship of", and a page's standfirst the page reader drops. Each test on a
short text written for it (people and meetings invented)."""

from __future__ import annotations

import secgraph as sg


def _sides(text: str, lexicon: sg.Lexicon) -> list[tuple[str, str | None, tuple[str, ...]]]:
    draft = sg.extract(text, lexicon, article_id="t")
    return [
        (d.country, d.leader, tuple(d.members))
        for m in draft.meetings
        for d in sorted(m.delegations, key=lambda d: d.country)
    ]


def test_third_countries_written_twice_give_way(lexicon: sg.Lexicon) -> None:
    text = (
        "Fiji and China review policing cooperation\n\n"
        "The Ministry of Policing and the Ministry of Public Security of China held their "
        "annual consultation on police cooperation in Suva on Monday.\n\n"
        "The Fijian delegation was led by the Permanent Secretary for Policing, Mr Tevita "
        "Nakau, while the Chinese delegation was headed by Mr Li Wenbo, Director-General of "
        "the International Cooperation Department.\n\n"
        "The Chinese Ambassador to Fiji, Mr Zhao Lin, also attended.\n\n"
        "Mr Nakau said Fiji's policing must be done by Fijians, under Fiji's laws.\n\n"
        "The Fijian side thanked the Chinese side for its support to Fiji.\n\n"
        "The two sides discussed the trafficking of drugs through Fiji to Australia and New "
        "Zealand.\n\n"
        "It was agreed that China would provide equipment to the Fiji Police Force and that "
        "Fijian officers would attend courses in China.\n\n"
        "The two sides agreed that any deployment of Chinese police officers to Fiji would be "
        "subject to approval by the Fijian Cabinet.\n\n"
        "The Minister, who met the Chinese delegation separately, thanked China and said Fiji "
        "values its traditional partners Australia and New Zealand.\n"
    )
    assert {c for c, _, _ in _sides(text, lexicon)} == {"CHN", "FJI"}


def test_a_body_named_with_its_country_places_its_head(lexicon: sg.Lexicon) -> None:
    text = (
        "Spain and Morocco hold two meetings this week\n\n"
        "The Minister of the Interior, Luis Ortega, travelled to Rabat on Tuesday 27 January "
        "2026 for a working meeting with the Moroccan Minister of the Interior, Karim "
        "Benali.\n\n"
        "Two days later, on Thursday 29 January, the Guardia Civil and the Moroccan Royal "
        "Gendarmerie held a meeting of their commands in Algeciras. The meeting was chaired "
        "by the head of the Guardia Civil Zone of Andalusia, General Pedro Ruiz, and the "
        "commander of the Royal Gendarmerie Northern Region, General Said Amrani.\n"
    )
    draft = sg.extract(text, lexicon, article_id="t")
    second = draft.meetings[-1]
    leaders = {d.country: d.leader for d in second.delegations}
    assert leaders == {"ESP": "pedro-ruiz", "MAR": "said-amrani"}


def test_under_the_co_chairmanship_of_two_heads(lexicon: sg.Lexicon) -> None:
    text = (
        "Vietnam, Japan hold Defence Policy Dialogue\n\n"
        "The Vietnam-Japan Defence Policy Dialogue took place in Hanoi on May 26 under the "
        "co-chairmanship of Deputy Minister of National Defence Senior Lieutenant General "
        "Tran Van Minh and Japanese Vice Minister of Defence Kenji Sato.\n"
    )
    assert _sides(text, lexicon) == [("JPN", "kenji-sato", ()), ("VNM", "tran-van-minh", ())]


def test_one_sides_two_co_leads(lexicon: sg.Lexicon) -> None:
    text = (
        "The India-U.S. Dialogue was held in Washington on 28 August 2023. The Indian "
        "delegation was co-led by Ms. Asha Rao, Joint Secretary, Ministry of External "
        "Affairs, and Mr. Vikram Negi, Joint Secretary, Ministry of Defence.\n"
    )
    draft = sg.extract(text, lexicon, article_id="t")
    sides = {o.name: o.country for o in draft.officials}
    assert sides == {"Asha Rao": "IND", "Vikram Negi": "IND"}


def test_a_pages_standfirst_is_read(lexicon: sg.Lexicon) -> None:
    page = (
        "<html><head><title>Vietnam, Japan hold Defence Policy Dialogue</title></head><body>"
        "<h1>Vietnam, Japan hold Defence Policy Dialogue</h1>"
        '<div class="article-sapo">The Vietnam-Japan Defence Policy Dialogue took place in '
        "Hanoi on May 26 under the co-chairmanship of Deputy Minister of National Defence "
        "Senior Lieutenant General Tran Van Minh and Japanese Vice Minister of Defence Kenji "
        "Sato.</div><div class='article-body'><p>At the dialogue, the two sides briefed each "
        "other on the regional situation and on each country's defence policies, and agreed "
        "to strengthen cooperation in maritime security and in cyber security.</p><p>They "
        "also agreed to continue training cooperation in peacekeeping engineering and to "
        "implement the transfer of defence equipment under the agreement of 2021.</p></div>"
        "</body></html>"
    )
    text = sg.read_text(page.encode(), "t.html")
    assert "co-chairmanship" in text
    assert ("JPN", "kenji-sato", ()) in _sides(text, lexicon)


def test_a_remits_last_word_is_no_name(lexicon: sg.Lexicon) -> None:
    text = (
        "Kazakhstan, Uzbekistan hold cyber security consultations in Tashkent\n\n"
        "The Kazakh delegation was led by Deputy Minister of Digital Development, Innovation "
        "and Aerospace Industry Arman Seitov, and the Uzbek delegation by Deputy Minister of "
        "Digital Technologies Bekzod Karimov.\n\n"
        "Peru's delegation was headed by Deputy Interior Minister for Public Order Jose Luis "
        "Quispe.\n"
    )
    draft = sg.extract(text, lexicon, article_id="t")
    names = {o.name for o in draft.officials}
    assert {"Arman Seitov", "Bekzod Karimov"} <= names
    assert not any(n.startswith(("Technologies", "Order", "Innovation")) for n in names)


def _officials(text: str, lexicon: sg.Lexicon) -> dict[str, str | None]:
    return {o.name: o.country for o in sg.extract(text, lexicon, article_id="t").officials}


def test_accompanying_a_countrys_minister(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Ethiopia hold border commission talks in Moyale\n\n"
        "The Kenyan delegation was led by Principal Secretary Dr. James Otieno, while the "
        "Ethiopian delegation was led by State Minister for Foreign Affairs Ambassador Hailu "
        "Bekele. Accompanying the Ethiopian State Minister was Mr. Dawit Tadesse, Commissioner "
        "of the Oromia Regional Police.\n"
    )
    assert _officials(text, lexicon)["Dawit Tadesse"] == "ETH"


def test_one_attendee_named_with_his_country_gives_no_side_to_the_other(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Fiji and China review policing cooperation in Suva\n\n"
        "The Fijian delegation was led by the Permanent Secretary for Policing, Mr Tevita "
        "Nakau, while the Chinese delegation was headed by Mr Li Wenbo, Director-General of "
        "the International Cooperation Department. Acting Commissioner of Police Ratu Seru "
        "Vosa and the Chinese Ambassador to Fiji, Mr Zhao Lin, also attended.\n"
    )
    sides = _officials(text, lexicon)
    assert sides["Zhao Lin"] == "CHN"
    assert sides.get("Ratu Seru Vosa", sides.get("Seru Vosa")) != "CHN"


def test_were_also_part_of_a_delegation(lexicon: sg.Lexicon) -> None:
    text = (
        "The Sri Lanka-India Annual Defence Dialogue was held in Colombo on January 13, 2026. "
        "The Sri Lankan delegation was headed by Defence Secretary Kamal Gunaratne, while the "
        "Indian delegation was led by Defence Secretary Arun Mehta. Chief of Defence Staff "
        "General Ruwan Silva and Rear Admiral Nimal Perera, Director General Operations of the "
        "Navy, were also part of the Sri Lankan delegation.\n"
    )
    sides = _officials(text, lexicon)
    assert sides["Ruwan Silva"] == "LKA"
    assert sides["Nimal Perera"] == "LKA"


def test_a_meeting_brought_together_on_one_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Bamako, 12/03/2026 (AMAP) - The Minister of Security, General Moussa Keita, received "
        "on Tuesday 10/03/2026 a Russian delegation led by the First Deputy Minister of "
        "Internal Affairs of the Russian Federation, Colonel General Pavel Orlov.\n\n"
        "The meeting brought together on the Malian side the Director General of the National "
        "Police, Controller General Adama Coulibaly, and the Director General of the National "
        "Gendarmerie, Brigadier General Ibrahim Diarra.\n"
    )
    sides = _officials(text, lexicon)
    assert sides["Adama Coulibaly"] == "MLI"
    assert sides["Ibrahim Diarra"] == "MLI"


def test_a_bodys_letters_in_the_countrys_own_language(lexicon: sg.Lexicon) -> None:
    text = (
        "Pretoria, 13 May 2026\n\n"
        "The South African Revenue Service (SARS) and the Autoridade Tributária de "
        "Moçambique (AT) held the meeting of the Joint Customs Committee in Komatipoort on 12 "
        "May 2026.\n\n"
        "The SARS delegation was led by the Chief Officer: Customs and Excise, Pieter Botha. "
        "The AT delegation was led by the Director General of Customs, Rosa Mondlane.\n"
    )
    assert _officials(text, lexicon)["Rosa Mondlane"] == "MOZ"


def test_accompanied_the_visiting_delegation(lexicon: sg.Lexicon) -> None:
    text = (
        "Vietnam and the Philippines hold coast guard dialogue in Hanoi on 5 March 2026.\n\n"
        "The Vietnamese delegation was led by Lieutenant General Tran Quoc Hung, Commander of "
        "the Vietnam Coast Guard, while the Philippine side was headed by Admiral Ramon "
        "Santos, Commandant of the Philippine Coast Guard. Commodore Miguel Reyes, Philippine "
        "Coast Guard spokesperson for maritime affairs, accompanied the visiting delegation.\n"
    )
    assert _officials(text, lexicon)["Miguel Reyes"] == "PHL"


def test_led_on_one_side_by_a_and_on_the_other_by_b(lexicon: sg.Lexicon) -> None:
    text = (
        "GUAYAQUIL - Ecuador and the United States held security talks in Guayaquil on 18 "
        "September 2026.\n\n"
        "It was led on the Ecuadorian side by Interior Minister Pedro Andrade and on the U.S. "
        "side by Acting Assistant Secretary of Homeland Security for International Affairs "
        "Mark Ellison.\n\n"
        "U.S. Ambassador Robert Hale attended the opening session.\n"
    )
    assert _sides(text, lexicon) == [
        ("ECU", "pedro-andrade", ()),
        ("USA", "mark-ellison", ("robert-hale",)),
    ]


def test_a_central_african_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Russia and the Central African Republic hold security consultations in Bangui on 4 "
        "June 2026.\n\n"
        "The Russian delegation was headed by Deputy Secretary of the Security Council Oleg "
        "Petrov. The Central African side was led by Minister-Counsellor to the President for "
        "Security Affairs Jean-Pierre Ngaba.\n"
    )
    assert _officials(text, lexicon).get("Jean-Pierre Ngaba") == "CAF"


def test_a_remits_list_of_countries_is_no_name_nor_side(lexicon: sg.Lexicon) -> None:
    text = (
        "PORT MORESBY - The United States and Papua New Guinea held the Maritime Security "
        "Dialogue in Port Moresby on October 14, 2026. The dialogue was co-chaired by Deputy "
        "Assistant Secretary of State for Australia, New Zealand and the Pacific Islands Anne "
        "Carter and Papua New Guinea's Secretary for Foreign Affairs Peter Kila.\n"
    )
    sides = _officials(text, lexicon)
    assert sides.get("Anne Carter") == "USA"
    assert "New Zealand" not in sides
