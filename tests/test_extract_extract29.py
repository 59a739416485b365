"""extract29's pass: the dialogue's name, and officials, in shapes the rules had not met.

Each test is a short text written for it (countries real, people and meetings invented),
one shape each.
"""

from __future__ import annotations

from conftest import draft_sides

import secgraph as sg


def _dialogue(text: str, lexicon: sg.Lexicon) -> tuple[str | None, int | None]:
    """The name and round of the dialogue the one meeting of ``text`` is a round of."""
    draft = sg.extract(text, lexicon)
    assert len(draft.meetings) == 1, draft.lacks
    m = draft.meetings[0]
    names = {d.id: d.name for d in draft.dialogues}
    known = lexicon.reference.dialogues
    if m.dialogue is None:
        return None, m.round
    name = names[m.dialogue] if m.dialogue in names else known[m.dialogue].name
    return name, m.round


# --- the dialogue: its kind and round written in shapes of their own -------------------------


def test_a_working_group_that_held_its_meeting_last_week(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda agree to share intelligence\n\n"
        "The Kenyan-Ugandan Joint Working Group on Counter-Terrorism held its ninth meeting "
        "in Nairobi last week, the Foreign Ministry said on Monday.\n\n"
        "The two sides agreed to exchange information on terrorist financing."
    )
    assert _dialogue(text, lexicon) == (
        "Kenyan-Ugandan Joint Working Group on Counter-Terrorism",
        9,
    )


def test_a_lower_case_working_group_named_by_the_pair(lexicon: sg.Lexicon) -> None:
    text = (
        "Officials of Kenya and Uganda met in Kampala on Tuesday.\n\n"
        "The meeting was the fourth session of the Kenyan-Ugandan permanent working group on "
        "border and migration issues held in the capital.\n\n"
        "They discussed smuggling."
    )
    assert _dialogue(text, lexicon) == (
        "Kenyan-Ugandan permanent working group on border and migration issues",
        4,
    )


def test_a_lower_case_subject_stops_before_the_verb(lexicon: sg.Lexicon) -> None:
    text = (
        "Officials of Kenya and Uganda met in Kampala on Tuesday.\n\n"
        "The meeting of the Kenyan-Ugandan working group on migration and security brought "
        "together senior police officers.\n\nThey discussed smuggling."
    )
    assert _dialogue(text, lexicon)[0] == "Kenyan-Ugandan working group on migration and security"


def test_consultations_named_by_their_subject_after_their_round(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, March 3 (KNA): Kenya and Uganda on Tuesday held the third round of their "
        "bilateral Consultations on Counter-Terrorism at the Ministry of Foreign Affairs here."
        "\n\nThey discussed terrorist financing."
    )
    assert _dialogue(text, lexicon) == ("Consultations on Counter-Terrorism", 3)


def test_a_policy_group_and_a_policy_consultation(lexicon: sg.Lexicon) -> None:
    text = (
        "The 7th meeting of the Kenya-Uganda Defence Policy Group was held in Nairobi on "
        "March 3, 2026.\n\nThe two sides discussed maritime security."
    )
    assert _dialogue(text, lexicon) == ("Kenya-Uganda Defence Policy Group", 7)
    text = (
        "The 9th Kenya-Uganda Defense Policy Consultation took place at the Ministry of "
        "Defence in Nairobi on March 3, 2026.\n\nThe two sides discussed peacekeeping."
    )
    assert _dialogue(text, lexicon) == ("Kenya-Uganda Defense Policy Consultation", 9)


def test_a_border_district_coordination_meeting(lexicon: sg.Lexicon) -> None:
    text = (
        "Officials of Kenya and Uganda agreed to set up joint check points at the 14th "
        "Kenya-Uganda Border District Coordination Meeting held in Busia on March 3, 2026."
        "\n\nThey discussed smuggling."
    )
    assert _dialogue(text, lexicon) == ("Kenya-Uganda Border District Coordination Meeting", 14)


def test_a_binational_commission_on_a_subject_with_lower_case_words(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Peru and Bolivia agreed to share intelligence at the end of a meeting of the "
        "Binational Commission on the Fight against Illicit Drug Trafficking held in Puno on "
        "March 3, 2026.\n\nThey discussed coca."
    )
    assert _dialogue(text, lexicon)[0] == (
        "Binational Commission on the Fight against Illicit Drug Trafficking"
    )


def test_a_director_general_level_border_conference(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda agreed to step up joint patrols at the 21st Director General-level "
        "Border Conference held in Nairobi from March 3 to 5, 2026.\n\nThey discussed smuggling."
    )
    assert _dialogue(text, lexicon) == ("Director General-level Border Conference", 21)


def test_a_dialogue_held_ten_months_ago_is_still_another_meeting(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held talks on border security in Nairobi on March 3, 2026.\n\n"
        "The Kenya-Uganda Security Dialogue held in Kampala last year agreed on joint patrols."
    )
    assert _dialogue(text, lexicon)[0] is None


def test_a_body_the_talks_refer_a_matter_to_is_not_their_dialogue(lexicon: sg.Lexicon) -> None:
    text = (
        "Nepal and India held border talks in Nepalgunj on March 3, 2026.\n\n"
        "The two sides agreed to refer the issue of border pillars to the Joint Technical "
        "Level Boundary Working Group.\n\nThey discussed smuggling."
    )
    assert _dialogue(text, lexicon)[0] is None


def test_a_body_still_to_be_set_up_is_not_their_dialogue(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held defence talks by video link on March 3, 2026.\n\n"
        "The two sides agreed to hold the first meeting of a Joint Defence Committee in "
        "Kampala later this year.\n\nThey discussed training."
    )
    assert _dialogue(text, lexicon)[0] is None


def test_a_pair_written_with_a_dash_between_spaces(lexicon: sg.Lexicon) -> None:
    text = (
        "Hanoi (VNA) - The 12th Vietnam - Republic of Korea Defence Policy Dialogue took place "
        "in Hanoi on December 2, 2026.\n\nThe two sides discussed maritime security."
    )
    assert _dialogue(text, lexicon) == ("Vietnam-Republic of Korea Defence Policy Dialogue", 12)


# --- officials: a roster headed by a force's acronym ------------------------------------------


def test_rosters_headed_by_the_forces_acronyms(lexicon: sg.Lexicon) -> None:
    text = (
        "KBF, UPF agree to step up joint patrols\n\n"
        "NAIROBI, March 5, 2026 - The Kenya Border Force (KBF) and Uganda's Frontier Police "
        "Force (UPF) agreed on joint patrols at their 12th Director General-level Border "
        "Conference held at the KBF headquarters here from March 2 to 4.\n\n"
        "The delegations were composed as follows:\n\n"
        "KBF: Major General Peter Otieno Kamau, Director General (leader); Colonel Grace "
        "Wanjiru Njoroge, Director (Operations).\n\n"
        "UPF: Mr. Samuel Okello Mugisha, Director General (leader); Ms. Ruth Nakato Achieng, "
        "Inspector General (Western Region).\n\n"
        "The UPF side raised the smuggling of arms."
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft) == {
        "KEN": ["Peter Otieno Kamau", "Grace Wanjiru Njoroge"],
        "UGA": ["Samuel Okello Mugisha", "Ruth Nakato Achieng"],
    }


# --- officials: lists of titled people in shapes of their own ---------------------------------


def test_a_delegation_of_offices_staff_including_named_members(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held counter-terrorism talks in Nairobi on March 3, 2026.\n\n"
        "The Kenyan side was led by Principal Secretary Mary Wambui Kariuki. The Ugandan "
        "delegation was led by Permanent Secretary John Okello Mugisha.\n\n"
        "The Ugandan delegation comprised officials from the Ministry of Internal Affairs, the "
        "Criminal Investigations Directorate and the High Commission of Uganda in Nairobi, "
        "including Mr. Peter Ssemakula Kato, Director of Counter-Terrorism, and Ms. Grace "
        "Nakato Achieng, Deputy Head of Mission."
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["UGA"] == ["John Okello Mugisha", "Peter Ssemakula Kato", "Grace Nakato Achieng"]


def test_names_each_with_a_lower_case_post(lexicon: sg.Lexicon) -> None:
    text = (
        "China and Nepal held border talks in Kathmandu on March 3, 2026.\n\n"
        "The Chinese delegation was led by Wang Jianguo, deputy director general of the "
        "Border Administration Bureau.\n\n"
        "Members of the Chinese delegation included Li Xiaoming, deputy head of the Xizang "
        "Public Security Department, and Chen Yaping, political commissar of the Gyirong "
        "border management brigade."
    )
    draft = sg.extract(text, lexicon)
    titles = {o.name: o.title for o in draft.officials}
    assert titles["Li Xiaoming"] == "deputy head of the Xizang Public Security Department"
    assert titles["Chen Yaping"] == "political commissar of the Gyirong border management brigade"
    assert draft_sides(draft)["CHN"] == ["Wang Jianguo", "Li Xiaoming", "Chen Yaping"]


def test_a_ranked_name_then_its_post_in_a_list(lexicon: sg.Lexicon) -> None:
    text = (
        "Pakistan and Kenya held counter-terrorism talks in Nairobi on March 3, 2026.\n\n"
        "The Pakistani delegation was led by Interior Secretary Ahmed Raza Khan. The Pakistani "
        "delegation included Mr. Tariq Mahmood Qureshi, National Coordinator of the National "
        "Counter Terrorism Authority, Additional Inspector General Dr. Imran Ali Abbasi, head "
        "of the Counter Terrorism Department of Punjab Police, and Mr. Faisal Iqbal Butt, "
        "Director General (Europe) at the Ministry of Foreign Affairs."
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["PAK"] == [
        "Ahmed Raza Khan",
        "Tariq Mahmood Qureshi",
        "Imran Ali Abbasi",
        "Faisal Iqbal Butt",
    ]


def test_company_named_by_a_repeated_by(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._lists import chunks

    text = (
        "Matthew Jones CMG, Director General for Homeland Security at the Home Office, by "
        "Deputy Assistant Commissioner Rebecca Lang of Counter Terrorism Policing, and by "
        "Commander Peter Hall of the Metropolitan Police"
    )
    assert [c.split(",")[0] for c in chunks(text, lexicon)] == [
        "Matthew Jones CMG",
        "Deputy Assistant Commissioner Rebecca Lang of Counter Terrorism Policing",
        "Commander Peter Hall of the Metropolitan Police",
    ]


# --- officials: name styles -------------------------------------------------------------------


def test_name_styles_prefect_pilot_and_a_compound_spanish_surname(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._names import parse_person

    def read(text: str) -> tuple[str | None, str, str | None]:
        p = parse_person(text, lexicon)
        assert p is not None
        return p.honorific, p.name, p.title

    assert read("the head of the Central Directorate of Police, Prefect Anna Maria Russo") == (
        "Prefect",
        "Anna Maria Russo",
        "head of the Central Directorate of Police",
    )
    assert read("Major General Pilot Fahad bin Saad Al-Otaibi")[:2] == (
        "Major General Pilot",
        "Fahad bin Saad Al-Otaibi",
    )
    assert (
        read(
            "the Commissioner General of the National Police, Mr. Luis Miguel Ponce de "
            "Leon Castillo"
        )[1]
        == "Luis Miguel Ponce de Leon Castillo"
    )
    assert read("Prefect of Kigali Jean Bosco")[1:] == ("Jean Bosco", "Prefect of Kigali")
    assert read("Inspector General of the SSB's Patna Frontier, Sanjay Kumar Rao")[1:] == (
        "Sanjay Kumar Rao",
        "Inspector General of the SSB's Patna Frontier",
    )


# --- officials: a transcript's speakers and the company each names ----------------------------

_TRANSCRIPT = (
    "Kenya-Uganda Security Dialogue: joint press remarks\n\n"
    "Remarks following the third Kenya-Uganda Security Dialogue in Nairobi.\n\n"
    "Published 4 March 2026\n\n"
    "PRINCIPAL SECRETARY MARY WAMBUI KARIUKI: Good afternoon. It has been a pleasure to "
    "co-chair the dialogue with Permanent Secretary John Okello Mugisha.\n\n"
    "I was joined by Peter Otieno Kamau, Director of Counter-Terrorism at the Ministry of "
    "Interior, and by Deputy Inspector General Grace Wanjiru Njoroge of the National Police "
    "Service, and by our High Commissioner to Uganda, Joseph Mwangi Kariuki.\n\n"
    "PERMANENT SECRETARY JOHN OKELLO MUGISHA: Thank you, Principal Secretary.\n\n"
    "My delegation included Mr. Samuel Ssemakula Kato, Director of Internal Security, and "
    "Ms. Ruth Nakato Achieng, Commissioner for Immigration.\n\n"
    "QUESTION (NTV): Did you discuss the border?\n\n"
    "PRINCIPAL SECRETARY MARY WAMBUI KARIUKI: Yes, we discussed smuggling and terrorism."
)


def test_a_transcripts_speakers_and_the_company_each_names(lexicon: sg.Lexicon) -> None:
    draft = sg.extract(_TRANSCRIPT, lexicon)
    sides = {o.name: o.country for o in draft.officials}
    assert sides["Peter Otieno Kamau"] == "KEN"
    assert sides["Grace Wanjiru Njoroge"] == "KEN"
    assert sides["Samuel Ssemakula Kato"] == "UGA"
    assert sides["Ruth Nakato Achieng"] == "UGA"
    leaders = {d.country: d.leader for d in draft.meetings[0].delegations}
    assert leaders["UGA"] == "john-okello-mugisha"


def test_company_after_with_him_is_the_one_named_before(lexicon: sg.Lexicon) -> None:
    text = (
        "Estonia and Finland held defence talks in Helsinki on March 3, 2026.\n\n"
        "The Finnish side was headed by Permanent Secretary Jukka Virtanen. With him at the "
        "table were Rear Admiral Juha Korhonen, Chief of Staff of the Finnish Navy, and "
        "Director General Minna Laine of the ministry's defence policy department.\n\n"
        "The Estonian side was led by Permanent Secretary Kristi Tamm."
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft)["FIN"] == ["Jukka Virtanen", "Juha Korhonen", "Minna Laine"]


def test_two_sides_lists_under_indented_headings(lexicon: sg.Lexicon) -> None:
    text = (
        "Joint Statement on the 5th Meeting of the India-Oman Joint Defence Committee\n\n"
        "1. The 5th meeting of the India-Oman Joint Defence Committee was held in Muscat on "
        "20 October 2026.\n\n"
        "2. The delegations were composed as follows:\n"
        "   Sultanate of Oman:\n"
        "   - Air Vice Marshal Salim bin Hamad Al Harthi, Chief of Staff of the Air Force\n"
        "   - Mr. Ahmed bin Said Al Kindi, Director of International Cooperation, Ministry of "
        "Defence\n"
        "   Republic of India:\n"
        "   - Vice Admiral Arjun Kumar Menon, Deputy Chief of the Naval Staff\n"
        "   - Shri Rohan Venkatesh Rao, Joint Secretary, Ministry of Defence\n\n"
        "3. The two sides reviewed defence cooperation."
    )
    draft = sg.extract(text, lexicon)
    sides = {o.name: o.country for o in draft.officials}
    assert sides == {
        "Salim bin Hamad Al Harthi": "OMN",
        "Ahmed bin Said Al Kindi": "OMN",
        "Arjun Kumar Menon": "IND",
        "Rohan Venkatesh Rao": "IND",
    }


def test_it_also_included_goes_on_with_the_delegation_named_before(lexicon: sg.Lexicon) -> None:
    text = (
        "India and Uzbekistan held counter-terrorism talks by video link on March 3, 2026.\n\n"
        "The Uzbek delegation was headed by Deputy Minister of Foreign Affairs Bakhtiyor "
        "Karimov. It also included the Head of the Department for Combating Terrorism of the "
        "State Security Service, Colonel Jasur Akmalovich Tursunov, and representatives of the "
        "Prosecutor General's Office.\n\n"
        "The Indian side was led by Joint Secretary Prashant Kumar Kulkarni."
    )
    sides = {o.name: o.country for o in sg.extract(text, lexicon).officials}
    assert sides["Jasur Akmalovich Tursunov"] == "UZB"


def test_the_co_chairs_company_split_by_as_well_as_a_partys(lexicon: sg.Lexicon) -> None:
    text = (
        "Acting Assistant Secretary of State Gregory T. Hale and Mongolian State Secretary "
        "Enkhbayar Bold co-chaired the fourth U.S.-Mongolia Security Dialogue in Ulaanbaatar "
        "on December 1, 2026. They were joined by Deputy Assistant Secretary of Defense Dr. "
        "Rebecca Lind and Brigadier General Michael J. Ferris, as well as by Mongolia's Chief "
        "of the General Staff, Lieutenant General Ganbaatar Dorj.\n\n"
        "The two sides discussed peacekeeping."
    )
    sides = {o.name: o.country for o in sg.extract(text, lexicon).officials}
    assert sides["Rebecca Lind"] == "USA"
    assert sides["Michael J. Ferris"] == "USA"
    assert sides["Ganbaatar Dorj"] == "MNG"
