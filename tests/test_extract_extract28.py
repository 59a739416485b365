"""Issue 21, the officials' recall pass of branch extract28: shapes of the genre in which the
extractor lost a delegate or cut a name wrong (long Lusophone and Maghreb names, West African
"N'" names, styles and police ranks before a name, "the then" read as a second meeting,
transcripts where each principal names his own side). Each test on a short text written for
it (people and meetings invented)."""

from __future__ import annotations

from conftest import draft_sides

import secgraph as sg
from secgraph.extract._names import parse_person


def _sides(text: str, lexicon: sg.Lexicon) -> dict[str, list[str]]:
    return draft_sides(sg.extract(text, lexicon))


def _names(text: str, lexicon: sg.Lexicon) -> set[str]:
    return {o.name for o in sg.extract(text, lexicon).officials}


# --- a name of five words joined by particles; "Syed" before four -----------------------------


def test_five_names_joined_by_a_particle_are_one_name(lexicon: sg.Lexicon) -> None:
    p = parse_person(
        "the Chief of Staff of the Navy, Vice-Admiral Paulo Henrique de Sousa Lemos Matias",
        lexicon,
    )
    assert p is not None
    assert (p.name, p.title, p.honorific) == (
        "Paulo Henrique de Sousa Lemos Matias",
        "Chief of Staff of the Navy",
        "Vice-Admiral",
    )
    q = parse_person(
        "the Director General of National Security, General Ahmed Salem Ould Sidi Ould Baba Cheikh",
        lexicon,
    )
    assert q is not None
    assert q.name == "Ahmed Salem Ould Sidi Ould Baba Cheikh"
    assert q.title == "Director General of National Security"


def test_syed_begins_a_name_of_five(lexicon: sg.Lexicon) -> None:
    p = parse_person("Additional Secretary (Europe) Syed Ahmed Raza Ali Gilani", lexicon)
    assert p is not None
    assert p.name == "Syed Ahmed Raza Ali Gilani"
    assert p.title == "Additional Secretary (Europe)"


def test_five_capitalised_words_with_no_particle_keep_a_style_out(lexicon: sg.Lexicon) -> None:
    p = parse_person(
        "the Minister of Security, Commissaire Principal de Police Issa Ali Sawadogo", lexicon
    )
    assert p is not None
    assert p.name == "Issa Ali Sawadogo"
    assert p.title == "Minister of Security"


def test_a_west_african_n_apostrophe_name(lexicon: sg.Lexicon) -> None:
    p = parse_person("Colonel-Major Yao N'Dri Konan, Commander of the 2nd Military Region", lexicon)
    assert p is not None
    assert (p.name, p.honorific) == ("Yao N'Dri Konan", "Colonel-Major")
    assert p.title == "Commander of the 2nd Military Region"


# --- styles and ranks before a name: "Cde", "Hajiya", "CP", a Polish service -------------------


def test_styles_and_police_ranks_are_no_part_of_the_name(lexicon: sg.Lexicon) -> None:
    cases = {
        "Deputy Minister of Defence Cde Tendai Moyo-Sibanda": (
            "Tendai Moyo-Sibanda",
            "Deputy Minister of Defence",
        ),
        "the Commissioner of Police in Kano State, CP Musa Ibrahim Lawal": (
            "Musa Ibrahim Lawal",
            "Commissioner of Police in Kano State",
        ),
        "the Inspector-General of Police's representative, Deputy Inspector-General Hajiya "
        "Amina Bello Yusuf": ("Amina Bello Yusuf", "Inspector-General of Police's representative"),
        "Brigadier General Straży Granicznej Anna Nowak-Kowalska, commander of the Border Guard "
        "Division": ("Anna Nowak-Kowalska", "commander of the Border Guard Division"),
    }
    for text, (name, title) in cases.items():
        p = parse_person(text, lexicon)
        assert p is not None, text
        assert (p.name, p.title) == (name, title), text


# --- "the then Chief of Staff": a former office, no move to a second meeting ------------------

_THEN = (
    "Ghana and the United Kingdom have agreed to deepen intelligence sharing on arms "
    "trafficking, following the fifth UK-Ghana Security Dialogue held in Accra earlier this "
    "month.\n\n"
    "The dialogue, held at the Office of the National Security Coordinator in Accra, was "
    "co-chaired by the National Security Coordinator, Mr Kwame Asante Boateng, "
    "and the UK Deputy National Security Adviser, Ms Helen Marsh-Odell.\n\n"
    "The British delegation comprised the UK High Commissioner to Ghana, Dr Paul Whitcombe; and "
    "the Defence Adviser in Accra, Brigadier Simon Hale-Porter.\n\n"
    "The fourth session of the dialogue took place in London on 16 October 2025, with Ghana's "
    "then Chief of Defence Staff, Vice Admiral Seth Amoama, and the then British Defence "
    "Attaché, Colonel Mark Reeve, in attendance.\n"
)


def test_the_then_holder_of_an_office_is_no_move_to_another_meeting(
    lexicon: sg.Lexicon,
) -> None:
    from secgraph.extract._extract import _MOVE

    assert _MOVE.search("It took place in London, with the then Chief of Staff, X.") is None
    assert _MOVE.search("The delegation then flew to London.") is not None
    draft = sg.extract(_THEN, lexicon)
    assert len(draft.meetings) == 1
    sides = draft_sides(draft)
    assert set(sides) == {"GHA", "GBR"}
    assert sides["GBR"][0] == "Helen Marsh-Odell"
    assert {"Paul Whitcombe", "Simon Hale-Porter"} <= set(sides["GBR"])
    assert sides["GHA"][0] == "Kwame Asante Boateng"


# --- a participants' table: one row a side, its people a line each ----------------------------

_TABLE = (
    "<html><body><main><h1>Korea-Australia Defence Policy Talks</h1>"
    "<p>On 4 March 2026, the 5th Korea-Australia Defence Policy Talks were held at the "
    "Ministry of National Defense in Seoul. The overview is as follows.</p>"
    "<h2>1. Participants</h2><table>"
    "<tr><th>Korea</th><td>Mr. PARK Min-soo, Deputy Minister for Defense Policy<br>"
    "Major General LEE Jae-won, Director of Policy Planning, Joint Chiefs of Staff</td></tr>"
    "<tr><th>Australia</th><td>Ms. Laura Finch-Harper, Deputy Secretary for Strategy<br>"
    "Air Vice-Marshal Daniel Roe, Head of Military Strategic Plans</td></tr>"
    "</table><h2>2. Overview</h2><p>Both sides exchanged views on the regional security "
    "environment and agreed to expand maritime cooperation.</p></main></body></html>"
)


def test_a_participants_table_lists_each_side_s_people(lexicon: sg.Lexicon) -> None:
    text = sg.read_text(_TABLE.encode(), "talks.html")
    assert "Korea: Mr. PARK Min-soo, Deputy Minister for Defense Policy; Major General" in text
    sides = _sides(text, lexicon)
    assert {n.casefold() for n in sides["KOR"]} == {"park min-soo", "lee jae-won"}
    assert set(sides["AUS"]) == {"Laura Finch-Harper", "Daniel Roe"}


# --- a transcript: labels with a title and accents, "My delegation included", "I'm NAME" -------

_REMARKS = (
    "Ciudad de México, 5 de marzo de 2026\n\n"
    "Transcript of the joint press remarks following the meeting of the Mexico-Canada "
    "Security Dialogue\n\n"
    "MODERATOR: Good afternoon. The Secretary of Security, José Andrés Núñez de la Garza, and "
    "the Minister of Public Safety of Canada, Claire Dubois, will make statements.\n\n"
    "SECRETARY JOSÉ ANDRÉS NÚÑEZ DE LA GARZA: Thank you. I was accompanied by the "
    "Undersecretary of Security, General Tomás Ruiz Olmedo; and the head of the Financial "
    "Intelligence Unit, Dr. Elena Paredes Ríos.\n\n"
    "MINISTER CLAIRE DUBOIS: Thank you, Mr. Secretary. My delegation today included the "
    "Commissioner of the Royal Canadian Mounted Police, Mark Whitfield; and our Ambassador, "
    "Susan P. Grant.\n\n"
    "We agreed to share intelligence on firearms trafficking.\n"
)


def test_a_speaker_under_a_titled_label_heads_the_side_he_names(lexicon: sg.Lexicon) -> None:
    sides = _sides(_REMARKS, lexicon)
    assert sides["MEX"][0] == "José Andrés Núñez de la Garza"
    assert set(sides["MEX"][1:]) == {"Tomás Ruiz Olmedo", "Elena Paredes Ríos"}
    assert sides["CAN"][0] == "Claire Dubois"
    assert set(sides["CAN"][1:]) == {"Mark Whitfield", "Susan P. Grant"}
    titles = {o.name: o.title for o in sg.extract(_REMARKS, lexicon).officials}
    assert titles["José Andrés Núñez de la Garza"] == "Secretary of Security"


_INTRODUCED = (
    "Transcript: Joint press conference, Samoa-Australia Defence Talks, Apia\n\n"
    "Date: Thursday, 25 June 2026\n\n"
    "SECRETARY VAN DER HOEK: Good morning. I'm Pieter van der Hoek, Secretary of Defence, and "
    "I co-chaired the talks with the Chief Executive Officer, Dr Tavita Leiataua Sopoaga. With "
    "me on the Australian side were Commodore Jane Whitlam-Ross, Maritime Commander, and "
    "Assistant Commissioner Mark Tennant of the Australian Federal Police.\n\n"
    "DR SOPOAGA: Thank you. On our side, I was joined by the Commissioner of the Samoa Police "
    "Service, Mr Fuimaono Talia Lemalu, and the Director of the Samoa Maritime Unit, Ms Lagi "
    "Sefo Aumua.\n\n"
    "We agreed today to set up a joint maritime patrol.\n"
)


def test_a_speaker_who_introduces_himself_heads_the_side_with_me(lexicon: sg.Lexicon) -> None:
    sides = _sides(_INTRODUCED, lexicon)
    assert sides["AUS"][0] == "Pieter van der Hoek"
    assert {"Jane Whitlam-Ross", "Mark Tennant"} <= set(sides["AUS"])
    assert sides["WSM"][0] == "Tavita Leiataua Sopoaga"
    assert {"Fuimaono Talia Lemalu", "Lagi Sefo Aumua"} <= set(sides["WSM"])


# --- "under the co-chairmanship of A and B"; "the Wali of X"; "and was composed of" ------------

_CHAIRMANSHIP = (
    "Rabat, 26 October 2026 (MAP) - The Moroccan-Tunisian Joint Committee on Border Security "
    "held its second session on Sunday in Oujda, under the co-chairmanship of the Moroccan "
    "Minister of the Interior, Mr. Karim Bennani Alaoui, and the Tunisian Minister of the "
    "Interior, Mr. Sami Ben Ayed.\n\n"
    "The Moroccan delegation also included the Wali of the Oriental Region, Mr. Hassan Ould "
    "Sidi Mohamed Benali, and the Director of Borders, General Adil Tazi.\n\n"
    "The Tunisian delegation was headed by the Minister and was composed of the Governor of "
    "Kasserine, Mr. Faouzi Jaziri, and the Director of the National Guard, Colonel Lotfi "
    "Mabrouk.\n"
)


def test_co_chairs_named_after_under_the_co_chairmanship_of(lexicon: sg.Lexicon) -> None:
    sides = _sides(_CHAIRMANSHIP, lexicon)
    assert sides["MAR"][0] == "Karim Bennani Alaoui"
    assert sides["TUN"][0] == "Sami Ben Ayed"
    assert {"Hassan Ould Sidi Mohamed Benali", "Adil Tazi"} <= set(sides["MAR"])
    assert {"Faouzi Jaziri", "Lotfi Mabrouk"} <= set(sides["TUN"])
    titles = {o.name: o.title for o in sg.extract(_CHAIRMANSHIP, lexicon).officials}
    assert titles["Hassan Ould Sidi Mohamed Benali"] == "Wali of the Oriental Region"


# --- "It was composed of": the delegation of the sentence before; French corps ranks ----------

_IT_COMPOSED = (
    "The Franco-Senegalese defence committee met in Dakar from 9 to 11 March 2026.\n\n"
    "The French delegation was led by Ms Claire Vasseur-Blanc, Deputy Director-General for "
    "International Relations. It included the Major General Paul Rivière-Lasalle, Chief of the "
    "International Division, and Mr Marc Aubert, Deputy Director for Africa.\n\n"
    "The Senegalese delegation was chaired by Mr Moussa Fall Ndiaye, Director of Cabinet of the "
    "Minister of the Armed Forces. It was composed of the Major General Ibrahima Sarr Diop, "
    "Deputy Chief of General Staff, the Commissaire-Colonel Awa Diallo Sy, Director of "
    "International Cooperation, and the Rear Admiral Cheikh Tidiane Ba, Chief of Staff of the "
    "Senegalese Navy.\n"
)


def test_it_composed_of_names_the_previous_delegation_s_members(lexicon: sg.Lexicon) -> None:
    sides = _sides(_IT_COMPOSED, lexicon)
    assert sides["SEN"][0] == "Moussa Fall Ndiaye"
    assert {"Ibrahima Sarr Diop", "Awa Diallo Sy", "Cheikh Tidiane Ba"} <= set(sides["SEN"])
    assert {"Paul Rivière-Lasalle", "Marc Aubert"} <= set(sides["FRA"])


def test_an_office_s_serial_comma_does_not_cut_a_list(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._lists import chunks

    got = chunks(
        "the Director of Consular Affairs at the Ministry of Foreign Affairs, African "
        "Cooperation and Moroccan Expatriates, Ms. Leila Amrani, the Commander of the Coastal "
        "Unit, Colonel Major Hassan Tazi, and the Head of Division, Omar El Fassi",
        lexicon,
    )
    assert len(got) == 3
    assert got[0].endswith("Ms. Leila Amrani")


# --- "TITLE A, TITLE RANK B and TITLE C" with an "and" inside C's title; "Centre towards X" ----

_UNITS = (
    "Skopje, 11 November 2026 (MIA) - The police services of North Macedonia and Serbia agreed "
    "on joint patrols at a meeting held yesterday at the border crossing.\n\n"
    "The Macedonian delegation was led by State Secretary Petar Ilievski. The delegation "
    "included Head of the Border Department Marko Stojanov, Commander of the Regional Centre "
    "North Colonel Arben Ademi and Head of the Unit for Combating Smuggling and Trafficking "
    "Elena Petrova.\n\n"
    "The Serbian delegation was led by Assistant Minister Dragan Jovic, accompanied by Head of "
    "the Regional Border Police Centre towards North Macedonia in Vranje, Colonel Milos "
    "Petrovic.\n"
)


def test_an_office_s_remit_is_no_part_of_the_name_after_it(lexicon: sg.Lexicon) -> None:
    p = parse_person(
        "Head of the Unit for Combating Trafficking in Human Beings Ana Marija Kovac", lexicon
    )
    assert p is not None
    assert p.name == "Ana Marija Kovac"
    assert p.title == "Head of the Unit for Combating Trafficking in Human Beings"


def test_an_and_inside_the_last_title_does_not_join_two_people(lexicon: sg.Lexicon) -> None:
    sides = _sides(_UNITS, lexicon)
    assert {"Marko Stojanov", "Arben Ademi", "Elena Petrova"} <= set(sides["MKD"])


def test_a_post_facing_a_neighbour_is_no_side_of_that_neighbour(lexicon: sg.Lexicon) -> None:
    sides = _sides(_UNITS, lexicon)
    assert "Milos Petrovic" in sides["SRB"]
    assert "Milos Petrovic" not in sides["MKD"]


# --- "X was represented by a delegation led by A"; "Regional Delegate for Y" -----------------

_REPRESENTED = (
    "Nigeria and Chad have agreed to resume joint patrols along their border.\n\n"
    "The decision was taken on Thursday in N'Djamena at the fifth session of the Nigeria-Chad "
    "Border Security Committee.\n\n"
    "The Nigerian delegation was led by the Permanent Secretary of the Ministry of Defence, Dr "
    "Musa Bello Garba.\n\n"
    "Chad was represented by a delegation led by the Secretary General of the Ministry of "
    "Defence, Mr Hassan Abakar Mahamat, comprising the Governor of the Lac Province, Ali Issa "
    "Moussa; and Commissaire Divisionnaire Fatime Ahmat Saleh, Regional Delegate for National "
    "Security.\n"
)


def test_a_country_represented_by_a_delegation_led_by_its_head(lexicon: sg.Lexicon) -> None:
    draft = sg.extract(_REPRESENTED, lexicon)
    sides = draft_sides(draft)
    assert sides["TCD"][0] == "Hassan Abakar Mahamat"
    assert sides["NGA"][0] == "Musa Bello Garba"
    titles = {o.name: o.title for o in draft.officials}
    assert titles["Fatime Ahmat Saleh"] == "Regional Delegate for National Security"


# --- "Sousa-McBride": a capital inside the second half of a joined name ------------------------


def test_a_joined_name_whose_second_half_is_mc(lexicon: sg.Lexicon) -> None:
    p = parse_person(
        "the Coast Guard Atlantic Area's Chief of International Affairs, Captain Daniel J. "
        "Sousa-McBride",
        lexicon,
    )
    assert p is not None
    assert (p.name, p.honorific) == ("Daniel J. Sousa-McBride", "Captain")


# --- "Before the meeting, A met B in another city on Aug. 11": another event ------------------

_BEFORE = (
    "ALMATY, Aug. 13 (Xinhua) -- China and Kazakhstan held the fifth meeting of their border "
    "security cooperation committee in Almaty on Wednesday.\n\n"
    "The Chinese delegation was led by Vice Minister of Public Security Liu Zhongyi, and the "
    "Kazakh delegation by Deputy Minister of Internal Affairs Marat Kozhayev.\n\n"
    "Before the meeting, Kazakh Minister of Internal Affairs Serik Bekov met with the Chinese "
    "delegation in Astana on Aug. 11.\n"
)


def test_a_meeting_in_another_city_before_this_one_names_no_delegate(
    lexicon: sg.Lexicon,
) -> None:
    names = _names(_BEFORE, lexicon)
    assert "Serik Bekov" not in names
    assert {"Liu Zhongyi", "Marat Kozhayev"} <= names


def test_a_diplomat_s_grade_after_the_post_is_no_title(lexicon: sg.Lexicon) -> None:
    p = parse_person(
        "the Director of Security Affairs, Minister Counsellor Ana Lucia de Souza Prates", lexicon
    )
    assert p is not None
    assert (p.name, p.honorific) == ("Ana Lucia de Souza Prates", "Minister Counsellor")
    assert p.title is not None and p.title.startswith("Director")
