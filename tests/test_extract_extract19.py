"""Issue 21, the officials pass of branch extract19: recall of delegation members and their
titles. Each test on a short text written for it (people and meetings invented)."""

from __future__ import annotations

from conftest import draft_sides

import secgraph as sg
from secgraph.extract._names import parse_person
from secgraph.extract._text import read_text


def _officials(text: str, lexicon: sg.Lexicon) -> dict[str, tuple[str | None, str | None]]:
    """Each official's name -> (title, honorific)."""
    return {o.name: (o.title, o.honorific) for o in sg.extract(text, lexicon).officials}


# --- local styles and ranks kept apart from the name ----------------------------------------


def test_bhutan_s_dasho_is_no_part_of_the_name() -> None:
    person = parse_person("Foreign Secretary Dasho Pema Wangdi Tshering", None)
    assert person is not None
    assert (person.name, person.honorific) == ("Pema Wangdi Tshering", "Dasho")


def test_a_liberian_counsellor_s_style_is_no_name(lexicon: sg.Lexicon) -> None:
    text = (
        "Monrovia - Liberia and Sierra Leone held border security talks in Monrovia on Tuesday. "
        "The Liberian delegation was headed by the Deputy Minister of Justice, Cllr. Prince "
        "Tarnue Kollie, and the Sierra Leonean delegation by the Deputy Minister of Internal "
        "Affairs, Mr. Abu Bakarr Koroma."
    )
    people = _officials(text, lexicon)
    assert people.get("Prince Tarnue Kollie") == ("Deputy Minister of Justice", "Cllr.")
    assert not any(name.lower().startswith("cllr") for name in people)


def test_a_french_speaking_army_s_commandant_is_a_style_before_a_post() -> None:
    person = parse_person(
        "the head of the border unit of the Gendarmerie, Commandant Sekou Kaba", None
    )
    assert person is not None
    assert (person.name, person.honorific) == ("Sekou Kaba", "Commandant")


def test_brazil_s_police_delegate_is_a_style_before_a_post() -> None:
    person = parse_person(
        "Delegate Marina Costa Lopes, Director of Intelligence of the Federal Police", None
    )
    assert person is not None
    assert (person.name, person.honorific) == ("Marina Costa Lopes", "Delegate")


def test_a_police_rank_and_a_burmese_style_before_a_post() -> None:
    person = parse_person("Police Major Daw Aye Myat Thu, Kalay district police chief", None)
    assert person is not None
    assert (person.name, person.title) == ("Aye Myat Thu", "Kalay district police chief")


def test_a_peer_is_named_by_the_peerage() -> None:
    person = parse_person("the Rt Hon Lord Ashcombe, Minister for the Pacific", None)
    assert person is not None
    assert (person.name, person.title, person.honorific) == (
        "Lord Ashcombe",
        "Minister for the Pacific",
        "the Rt Hon",
    )
    knight = parse_person("Sir Alan Merrow, High Commissioner to Ghana", None)
    assert knight is not None and (knight.name, knight.honorific) == ("Alan Merrow", "Sir")


# --- delegation blocks ------------------------------------------------------------------------


def test_a_lead_in_with_a_colon_then_bulleted_members(lexicon: sg.Lexicon) -> None:
    text = (
        "The fourth meeting of the Chile-Peru Border Security Committee was held in Tacna on "
        "12 May 2025.\n\n"
        "The Chilean delegation was headed by the Undersecretary of the Interior, Rodrigo "
        "Salas Pino, and was composed of:\n\n"
        "- Prefect Ana Maria Rojas, Head of the Border Police Directorate;\n"
        "- Ramiro Ortega Vidal, Director of the National Customs Service;\n"
        "- Colonel Felipe Araya Soto, Commander of the Arica Regiment.\n\n"
        "The Peruvian delegation was headed by the Vice Minister of Public Order, Luis Tello "
        "Ramos.\n\n"
        "The two sides agreed to hold joint patrols."
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["CHL"][0] == "Rodrigo Salas Pino"
    assert {"Ramiro Ortega Vidal", "Felipe Araya Soto"} <= set(sides["CHL"][1:])
    assert sides["PER"] == ["Luis Tello Ramos"]


def test_rows_with_dotted_leaders_under_each_country_s_name(lexicon: sg.Lexicon) -> None:
    text = (
        "1. The third Ghana-Netherlands Maritime Security Dialogue took place in Accra on "
        "3 June 2025.\n\n"
        "2. The delegations were composed as follows:\n\n"
        "Netherlands\n"
        "  Ms Karin de Wit ................ Director, Security Policy (co-chair)\n"
        "  Commodore Jan Visser .. Deputy Commander, Royal Netherlands Navy\n\n"
        "Ghana\n"
        "  Mr Kofi Asante Mensah ........... Chief Director, Ministry of Defence (co-chair)\n"
        "  Rear Admiral Yaw Boateng Owusu .... Chief of Naval Staff\n\n"
        "3. Both sides agreed to share maritime information."
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["NLD"] == ["Karin de Wit", "Jan Visser"]
    assert sides["GHA"] == ["Kofi Asante Mensah", "Yaw Boateng Owusu"]


def test_labelled_leader_and_members_lines(lexicon: sg.Lexicon) -> None:
    text = (
        "The ninth session of the Kenya-Uganda Joint Commission on Defence was held in Kisumu "
        "from 2 to 4 June 2025.\n\n"
        "The delegations were as follows:\n\n"
        "Republic of Uganda\n"
        "Leader of Delegation: Dr Grace Nakato Ssali - Permanent Secretary, Ministry of Defence\n"
        "Members: Brigadier Moses Okello Ayo - Director of Operations; Mr Peter Mugisha "
        "Kato - Director of Border Affairs\n\n"
        "The two sides agreed to hold joint exercises."
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["UGA"] == ["Grace Nakato Ssali", "Moses Okello Ayo", "Peter Mugisha Kato"]
    titles = _officials(text, lexicon)
    assert titles["Moses Okello Ayo"][0] == "Director of Operations"


def test_a_delegation_table_in_html(lexicon: sg.Lexicon) -> None:
    html = (
        "<html><head><title>Oman and Qatar hold security talks</title></head><body><article>"
        "<h1>Oman and Qatar hold security talks</h1>"
        "<p>Muscat, 5 March 2025 -- Oman and Qatar held the fifth meeting of their Joint "
        "Security Committee in Muscat on Wednesday, and agreed to share information on "
        "smuggling at sea.</p>"
        "<p>The Omani side was headed by the Inspector General of Police, Lieutenant General "
        "Salim Hamad Al-Harthy.</p>"
        "<p>Members of the Omani delegation were:</p>"
        "<table><tr><td>Brigadier Khalid Saif Al-Busaidi</td><td>Director of Coast Guard "
        "Operations</td></tr><tr><td>Mr. Nasser Ali Al-Rawahi</td><td>Director of Gulf Affairs, "
        "Ministry of Foreign Affairs</td></tr></table>"
        "<p>The Qatari delegation was led by the Director of Public Security, Major General "
        "Hamad Jassim Al-Thani.</p>"
        "<p>The committee will meet again in Doha next year.</p>"
        "</article></body></html>"
    )
    text = read_text(html.encode(), "page.html")
    sides = draft_sides(sg.extract(text, lexicon))
    assert {"Khalid Saif Al-Busaidi", "Nasser Ali Al-Rawahi"} <= set(sides["OMN"])


def test_a_committee_that_last_met_elsewhere_is_no_second_meeting(lexicon: sg.Lexicon) -> None:
    text = (
        "Kuwait City, March 3 (KUNA) -- Kuwait and Bahrain agreed on Monday to exchange "
        "information on smuggling, at the close of a meeting of their Joint Security Committee "
        "held in Kuwait City.\n\n"
        "The Kuwaiti side was headed by the Undersecretary of the Interior, Lieutenant General "
        "Fahad Salem Al-Sabah, and the Bahraini delegation by the Chief of Public Security, "
        "Major General Tariq Hassan Al-Hassan.\n\n"
        "The committee last met in Manama on 4 May 2024.\n\n"
        "The meeting also reviewed the presence of Iran-backed groups in the region, the "
        "statement said."
    )
    draft = sg.extract(text, lexicon)
    assert len(draft.meetings) == 1
    sides = draft_sides(draft)
    assert set(sides) == {"KWT", "BHR"}
    assert sides["BHR"] == ["Tariq Hassan Al-Hassan"]


# --- name order ---------------------------------------------------------------------------------


def test_a_korean_head_called_by_the_family_name_gives_his_side(lexicon: sg.Lexicon) -> None:
    text = (
        "SEOUL, May 2 (Yonhap) -- South Korea and Vietnam agreed to expand naval exchanges at "
        "defense policy talks in Hanoi on Thursday, the ministry said.\n\n"
        "Deputy Defense Minister Park Jae-hoon led the South Korean delegation, while the "
        "Vietnamese side was headed by Deputy Minister of National Defence Nguyen Van Hai.\n\n"
        "Joining Park were Brig. Gen. Yoon Min-seok, director general for policy planning at "
        "the ministry, and Han So-ra, director of the international cooperation bureau."
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["KOR"] == ["Park Jae-hoon", "Yoon Min-seok", "Han So-ra"]


def test_a_philippine_name_with_the_mother_s_initial() -> None:
    person = parse_person(
        "Rear Adm. Carlos Ma. Andres T. Villanueva, commander of the Naval Forces West", None
    )
    assert person is not None
    assert (person.name, person.honorific) == ("Carlos Ma. Andres T. Villanueva", "Rear Adm.")


# --- lists --------------------------------------------------------------------------------------


def test_names_without_a_style_each_followed_by_the_title() -> None:
    from secgraph.extract._lists import chunks

    people = chunks(
        "Air Commodore Ian Barrow, Head of Defence Engagement, Joanna Pike, Director of Policy "
        "at the Ministry of Defence, and Colonel Mark Heald, Defence Attache in Oslo"
    )
    assert people == [
        "Air Commodore Ian Barrow, Head of Defence Engagement",
        "Joanna Pike, Director of Policy at the Ministry of Defence",
        "Colonel Mark Heald, Defence Attache in Oslo",
    ]


def test_the_words_joining_a_member_are_no_part_of_the_title() -> None:
    assisted = parse_person(
        "who was assisted by the Director-General of Immigration, Datuk Hamid Osman", None
    )
    alongside = parse_person("alongside the Inspector General of Police, Dr Kofi Addo", None)
    assert assisted is not None and alongside is not None
    assert (assisted.name, assisted.title) == ("Hamid Osman", "Director-General of Immigration")
    assert (alongside.name, alongside.title) == ("Kofi Addo", "Inspector General of Police")


def test_a_nigerian_chief_after_hon_is_a_style() -> None:
    person = parse_person("Hon. Chief Obinna Eze (Chairman, Senate Committee on Defence)", None)
    assert person is not None
    assert (person.name, person.title) == ("Obinna Eze", "Chairman")


def test_rows_title_then_name_under_a_lead_in(lexicon: sg.Lexicon) -> None:
    text = (
        "Jakarta - Indonesia and Malaysia held the 11th General Border Committee meeting in "
        "Pontianak on 3 June 2025.\n\n"
        "The Indonesian delegation included:\n"
        "Director General of Customs - Ir. Hadi Prasetyo Nugroho\n"
        "Head of Immigration - Dr. Sri Wahyuni\n"
        "Deputy Chief of Police - Inspector General Agus Salim Harahap\n\n"
        "The Malaysian delegation was led by the Chief of Defence Forces, General Tan Sri "
        "Hafizuddin Jantan."
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert set(sides["IDN"]) == {"Hadi Prasetyo Nugroho", "Sri Wahyuni", "Agus Salim Harahap"}
    assert _officials(text, lexicon)["Hadi Prasetyo Nugroho"] == (
        "Director General of Customs",
        "Ir.",
    )


def test_names_each_with_the_title_in_brackets(lexicon: sg.Lexicon) -> None:
    text = (
        "Wellington - New Zealand and Samoa held their annual defence talks in Apia on 2 May "
        "2025.\n\n"
        "The New Zealand delegation was led by Secretary of Defence Alan Cooper (Head of "
        "Delegation) and comprised Air Commodore Ben Hollis (Commander Joint Forces), Ms Rua "
        "Tane (Director International Relations) and Mr Sam Ellery (Deputy High Commissioner "
        "to Samoa).\n\n"
        "Samoa's delegation was led by the Chief Executive Officer of the Ministry of Police, "
        "Fuimaono Tevita Moli."
    )
    people = _officials(text, lexicon)
    assert people["Alan Cooper"][0] == "Secretary of Defence"
    assert people["Ben Hollis"] == ("Commander Joint Forces", "Air Commodore")
    assert people["Rua Tane"] == ("Director International Relations", "Ms")
    assert "Sam Ellery" in people


def test_a_member_with_the_office_after_the_name_after_and() -> None:
    from secgraph.extract._lists import chunks

    people = chunks(
        "Rear Admiral Noel Cruz, Deputy Commander of the Philippine Navy, and Director Lea "
        "Mae Santos of the Maritime and Ocean Affairs Office"
    )
    assert people == [
        "Rear Admiral Noel Cruz, Deputy Commander of the Philippine Navy",
        "Director Lea Mae Santos of the Maritime and Ocean Affairs Office",
    ]
    person = parse_person(people[1], None)
    assert person is not None
    assert person.organisation == "Maritime and Ocean Affairs Office"


def test_with_the_participation_of_is_no_part_of_the_title() -> None:
    person = parse_person(
        "with the participation of the Director General of National Security, Omar Benali", None
    )
    assert person is not None
    assert (person.name, person.title) == ("Omar Benali", "Director General of National Security")


def test_a_malaysian_woman_s_style_is_no_part_of_the_title(lexicon: sg.Lexicon) -> None:
    text = (
        "Putrajaya, 4 June 2025 (Bernama) - Malaysia and Thailand held the 40th General Border "
        "Committee meeting in Kuala Lumpur today.\n\n"
        "Defence Minister Datuk Seri Hamzah Idris led the Malaysian delegation. Also present "
        "were Chief of Defence Forces General Tan Sri Azmi Rahman and Deputy Secretary-General "
        "(Policy) Datin Siti Aminah binti Abdul Karim.\n\n"
        "The Thai delegation was led by Defence Minister Sutin Klungsang."
    )
    people = {o.name: o for o in sg.extract(text, lexicon).officials}
    aminah = people["Siti Aminah binti Abdul Karim"]
    assert (aminah.title, aminah.honorific, aminah.country) == (
        "Deputy Secretary-General (Policy)",
        "Datin",
        "MYS",
    )


def test_mongolian_names_after_a_father_s_initial_in_a_list() -> None:
    from secgraph.extract._lists import chunks

    people = [
        parse_person(c, None)
        for c in chunks(
            "Colonel B.Altangerel, Head of the Cooperation Division, Colonel D.Munkhbat, "
            "Head of the Peacekeeping Department, and Lieutenant Colonel O.Sarnai, Senior "
            "Officer of the Cyber Centre"
        )
    ]
    assert [(p.name, p.title) for p in people if p is not None] == [
        ("B.Altangerel", "Head of the Cooperation Division"),
        ("D.Munkhbat", "Head of the Peacekeeping Department"),
        ("O.Sarnai", "Senior Officer of the Cyber Centre"),
    ]


def test_other_members_of_a_side_named_in_two_words(lexicon: sg.Lexicon) -> None:
    text = (
        "Honiara - Solomon Islands and New Zealand held their annual security talks in Honiara "
        "on Tuesday.\n\n"
        "The Solomon Islands delegation was led by the Permanent Secretary of the Ministry of "
        "Police, Mr Peter Manele Tua, while the New Zealand delegation was led by the Deputy "
        "Secretary of Foreign Affairs, Ms Anna Clarke.\n\n"
        "Other members of the Solomon Islands side were Police Commissioner John Ruka Kofana, "
        "Permanent Secretary of the Ministry of Foreign Affairs and External Trade Mr Colin "
        "Beck-Rama, and Director of "
        "the National Security Office Ms Ruth Liloma."
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert {"John Ruka Kofana", "Colin Beck-Rama", "Ruth Liloma"} <= set(sides["SLB"])


def test_a_nickname_in_quotes_after_the_name() -> None:
    person = parse_person(
        'Brigadier General Hassan Ali Farah "Gaab", Deputy Commander of the National Army', None
    )
    assert person is not None
    assert (person.name, person.title) == (
        "Hassan Ali Farah",
        "Deputy Commander of the National Army",
    )


def test_a_table_of_figures_is_no_part_of_the_text() -> None:
    html = (
        "<html><head><title>Seizures up at the border</title></head><body><article>"
        "<h1>Seizures up at the border</h1>"
        "<p>Muscat, 5 March 2025 -- Oman and Yemen held the fourth meeting of their border "
        "committee in Salalah on Wednesday and agreed to share information on smuggling.</p>"
        "<table><tr><td>Country of origin</td><td>Seizures</td></tr><tr><td>Iran</td>"
        "<td>412</td></tr><tr><td>Somalia</td><td>97</td></tr></table>"
        "<p>The committee will meet again in Aden next year, officials said.</p>"
        "</article></body></html>"
    )
    text = read_text(html.encode(), "page.html")
    assert "Somalia" not in text
    assert "Salalah" in text


def test_among_the_officials_of_a_side_at_the_table(lexicon: sg.Lexicon) -> None:
    text = (
        "ANKARA - Turkey and Tunisia held the third round of their High-Level Military "
        "Dialogue in Tunis on Tuesday, the Turkish ministry said.\n\n"
        "A Turkish delegation headed by Deputy Defense Minister Kemal Aydin held the talks with "
        "the Tunisian side, led by the Chief of Staff of the Tunisian Army, Lt. Gen. Nabil "
        "Gharbi.\n\n"
        "Among the Tunisian officials at the table were Col. Sami Ben Ali, director of "
        "military training, and Dr. Leila Trabelsi Mansour, legal adviser to the Ministry of "
        "Defense."
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert {"Sami Ben Ali", "Leila Trabelsi Mansour"} <= set(sides["TUN"])


def test_a_relative_clause_inside_a_list_of_titled_names() -> None:
    from secgraph.extract._lists import chunks

    assert chunks(
        "Interior Principal Secretary Amos Kibet, who led the delegation, Defence Principal "
        "Secretary Ruth Wanjiku and Vice Chief of the Defence Forces Lt Gen Paul Otieno"
    ) == [
        "Interior Principal Secretary Amos Kibet",
        "Defence Principal Secretary Ruth Wanjiku",
        "Vice Chief of the Defence Forces Lt Gen Paul Otieno",
    ]


def test_and_then_a_post_in_lower_case_before_the_name() -> None:
    from secgraph.extract._lists import chunks

    assert chunks(
        "Inspector General of Police Hari Prasad Thapa and joint secretary at the Ministry of "
        "Home Affairs Sita Kumari Rai"
    ) == [
        "Inspector General of Police Hari Prasad Thapa",
        "joint secretary at the Ministry of Home Affairs Sita Kumari Rai",
    ]


def test_a_polynesian_name_with_a_glottal_stop() -> None:
    person = parse_person(
        "the Chief Executive Officer for Foreign Affairs, 'Ana Lose Fifita Taufa", None
    )
    assert person is not None
    assert person.name == "'Ana Lose Fifita Taufa"


def test_a_group_then_among_them_and_the_names() -> None:
    from secgraph.extract._lists import chunks

    assert chunks(
        "a number of senior officers from both sides, among them Brig. Gen. Omar Said, "
        "commander of the Border Guards, and Col. Adam Musa, head of the liaison office"
    ) == [
        "Brig. Gen. Omar Said, commander of the Border Guards",
        "Col. Adam Musa, head of the liaison office",
    ]


def test_indonesia_s_forces_after_a_rank_are_no_part_of_the_name() -> None:
    person = parse_person(
        "First Admiral TNI Made Wirawan, Director of International Cooperation", None
    )
    assert person is not None
    assert person.name == "Made Wirawan"
    commander = parse_person("TNI Commander General Budi Santosa", None)
    assert commander is not None
    assert commander.name == "Budi Santosa"


def test_an_office_read_as_a_name_is_no_official(lexicon: sg.Lexicon) -> None:
    text = (
        "Sofia - Bulgaria and Greece held a meeting of their border police leaderships at the "
        "Kulata checkpoint on Wednesday.\n\n"
        "Bulgaria: Chief Commissioner Ivan Petrov Kolev, Director of the Border Police Chief "
        "Directorate (head of delegation); Commissioner Maria Dimitrova, Head of the Border "
        "Checks Department.\n\n"
        "Greece: Lieutenant General Nikos Papadakis, Chief of the Hellenic Police Border "
        "Command (head of delegation)."
    )
    names = {o.name for o in sg.extract(text, lexicon).officials}
    assert "Ivan Petrov Kolev" in names
    assert not any(n.endswith(("Directorate", "Command")) for n in names)


def test_a_ranked_name_and_its_office_as_a_piece_of_a_list() -> None:
    from secgraph.extract._lists import chunks

    assert chunks(
        "Rear Adm. Kenji Ota of the Maritime Staff Office, Coast Guard international affairs "
        "director Mika Endo, and Inspector General Arjun Mehta of the Indian Coast Guard"
    ) == [
        "Rear Adm. Kenji Ota of the Maritime Staff Office",
        "Coast Guard international affairs director Mika Endo",
        "Inspector General Arjun Mehta of the Indian Coast Guard",
    ]
