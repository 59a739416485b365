"""Issue 21, the officials pass of branch extract23: recall of delegation members and their
titles on text written by others. Each test on a short text written for it (people and
meetings invented)."""

from __future__ import annotations

import pytest

import secgraph as sg
from secgraph.extract._names import parse_person
from secgraph.extract._text import split_sentences


def _officials(text: str, lexicon: sg.Lexicon) -> dict[str, tuple[str | None, str | None]]:
    """Each official's name -> (title, honorific)."""
    return {o.name: (o.title, o.honorific) for o in sg.extract(text, lexicon).officials}


# --- names and styles ------------------------------------------------------------------------


def test_a_manipuri_two_letter_initial_ends_no_sentence() -> None:
    text = "The team included Shri Kh. Romen Meitei, Deputy Collector. They met on Friday."
    assert split_sentences(text)[0].text.endswith("Deputy Collector.")


def test_a_manipuri_two_letter_initial_is_part_of_the_name() -> None:
    person = parse_person("Shri Th. Bikram Meitei, Sub-Divisional Officer of Tengnoupal", None)
    assert person is not None
    assert (person.name, person.title) == (
        "Th. Bikram Meitei",
        "Sub-Divisional Officer of Tengnoupal",
    )


def test_an_indian_service_s_letters_after_a_name_are_no_title() -> None:
    person = parse_person("Shri Arvind Menon, IFS, Joint Secretary (Consular)", None)
    assert person is not None
    assert (person.name, person.title) == ("Arvind Menon", "Joint Secretary (Consular)")


def test_a_district_s_head_word_makes_a_title() -> None:
    for text, name, title in (
        ("Paro Dzongdag Sonam Dorji Wangchuk", "Sonam Dorji Wangchuk", "Paro Dzongdag"),
        ("Jean-Paul Moukala, Prefect of Niari", "Jean-Paul Moukala", "Prefect of Niari"),
        ("District Magistrate Ritu Sen", "Ritu Sen", "District Magistrate"),
        ("Prosecutor General Ilze Ozola", "Ilze Ozola", "Prosecutor General"),
    ):
        person = parse_person(text, None)
        assert person is not None, text
        assert (person.name, person.title) == (name, title)


def test_a_capital_before_a_title_is_no_member(lexicon: sg.Lexicon) -> None:
    text = (
        "The Chief of the Naval Prefecture of Ruritania, Prefect General Tomas Ibarra Sol, "
        "welcomed at the Coast Guard building in Buenos Aires, the Maritime Prefect of Uruguay, "
        "Rear Admiral (CG) Martin Cuesta Ruiz, for the fifth round of Argentina-Uruguay talks. "
        "Argentina and Uruguay agreed to share data on fishing vessels."
    )
    assert "Buenos Aires" not in _officials(text, lexicon)


def test_a_malay_name_of_more_than_four_words_with_bin() -> None:
    person = parse_person(
        "Datuk Seri Mohd Faizal Azmi bin Abdul Razak, Director of Border Control", None
    )
    assert person is not None
    assert (person.name, person.title, person.honorific) == (
        "Mohd Faizal Azmi bin Abdul Razak",
        "Director of Border Control",
        "Datuk Seri",
    )


def test_a_brunei_name_with_the_father_s_style_after_bin() -> None:
    person = parse_person("Hamdan Rosli bin Pengiran Haji Osman, Permanent Secretary", None)
    assert person is not None
    assert person.name == "Hamdan Rosli bin Pengiran Haji Osman"


# --- ranks and styles of other languages, kept apart from the name ---------------------------


@pytest.mark.parametrize(
    ("chunk", "name"),
    [
        ("Général de brigade aérienne Paul Lemaire, Air Attaché", "Paul Lemaire"),
        ("Contrôleur Général de Police Issa Traoré, Director of Police", "Issa Traoré"),
        ("Capitão-de-mar-e-guerra Rui Pedro Alves, Head of Division", "Rui Pedro Alves"),
        ("Tenente-Brigadeiro do Ar João Paulo Ramos, Chief of Staff", "João Paulo Ramos"),
        ("Superintendente-Geral Carla Sofia Mendes, Police Director", "Carla Sofia Mendes"),
        ("Contraalmirante Diego Luis Ferrer, Chief of Operations", "Diego Luis Ferrer"),
        ("Lieutenant-Colonel Awa Diallo, Commander of the Legion", "Awa Diallo"),
        ("Mawlawi Abdul Karim Noori, Deputy Minister of Interior", "Abdul Karim Noori"),
        ("Hojatoleslam Ali Reza Moradi, Deputy Governor", "Ali Reza Moradi"),
        ("Lok Chumteav Chan Sophal Rina, Secretary of State", "Chan Sophal Rina"),
        ("Doctora Ana Lucía Pérez, Head of the Financial Unit", "Ana Lucía Pérez"),
        ("the Inspector General of Police, CG Eric Mugisha Kayonga", "Eric Mugisha Kayonga"),
        ("the Secretary General of the Bureau, Col (Rtd) Paul Kagabo", "Paul Kagabo"),
        ("Head of the Border Sector, Chief Inspector Ana Horvat-Kos", "Ana Horvat-Kos"),
    ],
)
def test_a_rank_or_style_of_another_language_is_no_part_of_the_name(chunk: str, name: str) -> None:
    person = parse_person(chunk, None)
    assert person is not None, chunk
    assert person.name == name
    assert person.honorific


@pytest.mark.parametrize(
    ("chunk", "name", "title"),
    [
        ("Ms Jane Doyle-Hart PSM, Secretary of Defence", "Jane Doyle-Hart", "Secretary of Defence"),
        ("Permanent Secretary Mr Alan Pryce-Jones CB", "Alan Pryce-Jones", "Permanent Secretary"),
        (
            "Rear Admiral (JG) Sipho Ndlovu, Chief Director Fleet",
            "Sipho Ndlovu",
            "Chief Director Fleet",
        ),
        (
            "Commissioner of Police (CP) Grace Umutoni Kamali, Commissioner for Intelligence",
            "Grace Umutoni Kamali",
            "Commissioner for Intelligence",
        ),
        (
            "Karim Idrissi Alami, Wali, Director of Border Control",
            "Karim Idrissi Alami",
            "Director of Border Control",
        ),
        (
            "Undersecretary for North America Pablo Ruiz Soto",
            "Pablo Ruiz Soto",
            "Undersecretary for North America",
        ),
    ],
)
def test_letters_and_notes_around_a_name_are_neither_name_nor_title(
    chunk: str, name: str, title: str
) -> None:
    person = parse_person(chunk, None)
    assert person is not None, chunk
    assert (person.name, person.title) == (name, title)


@pytest.mark.parametrize(
    "name",
    [
        "Khadija Mint Sidi Ahmed Vall",  # Mauritania: "daughter of"
        "Mariam Sawadogo née Kaboré",  # a maiden name
        "Jugah Anyi anak Sumok",  # the Iban "child of"
        "Ahmad Fauzi bin Hassan @ Rahman",  # a Malaysian alias
    ],
)
def test_a_name_s_particles_of_other_languages(name: str) -> None:
    person = parse_person(f"{name}, Director of Border Control", None)
    assert person is not None
    assert (person.name, person.title) == (name, "Director of Border Control")


# --- a title before the name, the office after it --------------------------------------------


@pytest.mark.parametrize(
    ("chunk", "name", "title"),
    [
        (
            "Superintendent of Police Hari Bahadur Karki Chhetri of District Police Office Dang",
            "Hari Bahadur Karki Chhetri",
            "Superintendent of Police",
        ),
        ("Deputy Commandant Vikram Singh Negi of ITBP", "Vikram Singh Negi", "Deputy Commandant"),
        (
            "Director General Ingrid Solberg-Dahl of the Department for Arctic Policy at the "
            "Ministry of Foreign Affairs",
            "Ingrid Solberg-Dahl",
            "Director General",
        ),
        (
            "BSF Commandant Ajit Kumar Yadav of the 12th Battalion, Siliguri",
            "Ajit Kumar Yadav",
            "BSF Commandant",
        ),
    ],
)
def test_a_title_before_the_name_and_the_office_after_it(chunk: str, name: str, title: str) -> None:
    person = parse_person(chunk, None)
    assert person is not None, chunk
    assert (person.name, person.title) == (name, title)
    assert person.organisation


# --- a side named inside a list ----------------------------------------------------------------


def _sides(text: str, lexicon: sg.Lexicon) -> dict[str, str]:
    return {o.name: o.country for o in sg.extract(text, lexicon).officials}


def test_and_on_the_other_side_by_inside_an_attendance_list(lexicon: sg.Lexicon) -> None:
    text = (
        "ABU DHABI, 4 March 2026 - The United Arab Emirates and France held their annual defence "
        "talks in Abu Dhabi on Tuesday. The session was attended by Brigadier General Salem "
        "Rashid Al Nuaimi, Director of Military Planning, Colonel Mariam Saeed Al Dhaheri, "
        "Director of Cyber Defence, and, on the French side, by General Marc Olivier Fabre, "
        "Defence Attaché at the French Embassy, and Mme Claire Dubois-Lenoir, Deputy Director "
        "for the Gulf at the Ministry of the Armed Forces."
    )
    sides = _sides(text, lexicon)
    assert sides.get("Mariam Saeed Al Dhaheri") == "ARE"
    assert sides.get("Claire Dubois-Lenoir") == "FRA"
    assert sides.get("Marc Olivier Fabre") == "FRA"


def test_a_list_closed_by_joined_from_the_side(lexicon: sg.Lexicon) -> None:
    text = (
        "ISLAMABAD, May 5 (APP): Pakistan and Russia held counter-narcotics consultations by "
        "video link on Monday. The Pakistani side was led by Interior Secretary Khalid Mahmood "
        "Awan. Police Colonel Irina Pavlovna Sokolova, Deputy Head of the Drug Control "
        "Department, and Mr. Oleg Ivanovich Belov, Counsellor at the Russian Embassy in "
        "Islamabad, joined from the Russian side."
    )
    sides = _sides(text, lexicon)
    assert sides.get("Irina Pavlovna Sokolova") == "RUS"
    titles = {o.name: o.title for o in sg.extract(text, lexicon).officials}
    assert titles.get("Irina Pavlovna Sokolova") == "Deputy Head of the Drug Control Department"


# --- lists that other verbs open ---------------------------------------------------------------


def test_others_were_after_the_sentence_naming_the_head(lexicon: sg.Lexicon) -> None:
    text = (
        "KIGALI, 4 March 2026 - Rwanda and Qatar held security talks in Kigali on Monday. The "
        "Qatari delegation was led by the Director of International Cooperation at the Ministry "
        "of Interior, Brigadier Nasser Khalifa Al Marri. The Rwandan delegation was led by the "
        "Minister of Internal Security, Jean Paul Habineza. Others were the Commissioner General "
        "of Prisons, CG Eric Mutabazi Rugira; and the Secretary General of the Bureau, Col (Rtd) "
        "Alice Mukamana Uwase."
    )
    sides = _sides(text, lexicon)
    assert sides.get("Eric Mutabazi Rugira") == "RWA"
    assert sides.get("Alice Mukamana Uwase") == "RWA"


def test_a_head_came_with_members(lexicon: sg.Lexicon) -> None:
    text = (
        "TBILISI, 4 March 2026 - Georgia and Armenia held border talks in Tbilisi on Tuesday. "
        "The Georgian side was led by Deputy Interior Minister Levan Beridze. Armenia's "
        "delegation was headed by Deputy Interior Minister Aram Sargsyan. Deputy Minister "
        "Sargsyan came with Police Major General Karen Petrosyan, Head of the Border Guard, and "
        "Mr. Davit Hakobyan, Head of the Migration Service."
    )
    sides = _sides(text, lexicon)
    assert sides.get("Karen Petrosyan") == "ARM"
    assert sides.get("Davit Hakobyan") == "ARM"


def test_principals_of_a_video_conference_after_an_opening_phrase(lexicon: sg.Lexicon) -> None:
    text = (
        "OTTAWA, March 4, 2026 - Canada and the United States held border talks. Last Friday, "
        "Pierre-Luc Gagnon, Deputy Minister of Public Safety Canada, held a video conference with "
        "Mark R. Ellison, Deputy Secretary of Homeland Security, as part of the Canada-U.S. "
        "Cross-Border Crime Forum. The two agreed to share data."
    )
    sides = _sides(text, lexicon)
    assert sides.get("Pierre-Luc Gagnon") == "CAN"
    assert sides.get("Mark R. Ellison") == "USA"


@pytest.mark.parametrize(
    ("chunk", "name"),
    [
        ("Commander Liam O'Donnell, Counsellor (Police) at the High Commission", "Liam O'Donnell"),
        ("Colonel Ashwin D'Souza, Defence Attaché", "Ashwin D'Souza"),
        ("Ts.Altan-Ochir, Director of the Department of Policy", "Ts.Altan-Ochir"),
    ],
)
def test_irish_and_portuguese_prefixes_and_mongolian_hyphens(chunk: str, name: str) -> None:
    person = parse_person(chunk, None)
    assert person is not None, chunk
    assert person.name == name


def test_a_rank_read_as_a_title_pairs_with_the_post_after_it() -> None:
    from secgraph.extract._lists import chunks

    text = (
        "General Amadou Ould Cheikh, Chief of the General Staff of the Gendarmerie, Commissioner "
        "Fatimetou Mint Sidi Brahim, Director of the Directorate of Territorial Surveillance"
    )
    assert len(chunks(text)) == 2


def test_a_list_opened_by_had_and_closed_by_as_members() -> None:
    from secgraph.extract._lists import chunks

    text = (
        "and had Commissioner of Police Mrs Akosua Serwaa Mensah, Director-General of Operations "
        "of the Police Service, and Assistant Comptroller-General of Immigration Mr Kofi Boateng "
        "Asare as members"
    )
    people = [parse_person(c, None) for c in chunks(text)]
    assert [(p.name, p.title) for p in people if p is not None] == [
        ("Akosua Serwaa Mensah", "Director-General of Operations of the Police Service"),
        ("Kofi Boateng Asare", "Assistant Comptroller-General of Immigration"),
    ]


def test_a_spanish_name_of_five_words_with_particles() -> None:
    person = parse_person(
        "the head of the Coast Guard's Intelligence Command, General José Manuel Ruiz del "
        "Campo y Herrera",
        None,
    )
    assert person is not None
    assert person.name == "José Manuel Ruiz del Campo y Herrera"


def test_joined_today_by_in_a_transcript(lexicon: sg.Lexicon) -> None:
    text = (
        "MOGADISHU, 4 March 2026 - Somalia and Turkey held defence talks in Mogadishu on "
        "Tuesday. The Turkish side was led by Deputy Defence Minister Ahmet Yilmaz Kaya. Somali "
        "Defence Minister Hassan Ali Nur said: On our side, I was joined today by the Chief of "
        "Defence Forces, General Abdiaziz Omar Farah, and by the Commander of the Somali Navy, "
        "Admiral Yusuf Ahmed Guled."
    )
    assert "Abdiaziz Omar Farah" in _sides(text, lexicon)


def test_a_title_s_north_america_is_no_side(lexicon: sg.Lexicon) -> None:
    text = (
        "MEXICO CITY, March 4, 2026 - Mexico and the United States held security talks in Mexico "
        "City on Tuesday. The U.S. delegation was headed by Deputy Secretary of State Catherine "
        "Lowell. The Mexican delegation was headed by Undersecretary for North America Rodrigo "
        "Ventura Montiel and included Octavio Lozano Ibarra, Undersecretary of Public Security."
    )
    assert _sides(text, lexicon).get("Rodrigo Ventura Montiel") == "MEX"


def test_among_them_were_and_on_the_other_side(lexicon: sg.Lexicon) -> None:
    text = (
        "TOKYO, March 4 (Kyodo) - Japan and India held maritime security talks in Tokyo on "
        "Tuesday. Senior officers of both navies attended. Among them were Rear Adm. Kenji Sato "
        "of the Maritime Staff Office, Japan Coast Guard planning director Yuko Tanaka, and, on "
        "the Indian side, Rear Adm. Vikram Singh Rathore, assistant chief of naval staff "
        "(operations), and Commodore Arjun Mehta Rao, naval attaché in Tokyo."
    )
    assert _sides(text, lexicon).get("Vikram Singh Rathore") == "IND"


def test_an_aside_between_the_member_verb_and_the_list(lexicon: sg.Lexicon) -> None:
    text = (
        "ALGIERS, March 4 (APS) - Algeria and Tunisia held border talks in Algiers on Tuesday. "
        "The Tunisian delegation was led by Interior Minister Khaled Nouri. The Algerian "
        "delegation comprised, in particular, the Secretary General of the Ministry of the "
        "Interior, Abdelkader Benali, the Commander of the Border Guards, Major General Djamel "
        "Saidi, and the Director General of National Security, Ali Hamdi."
    )
    people = _officials(text, lexicon)
    assert people.get("Abdelkader Benali") == ("Secretary General", None)
    assert people.get("Djamel Saidi") == ("Commander of the Border Guards", "Major General")


def test_a_hyphenated_head_in_lower_case_opens_an_appositive() -> None:
    from secgraph.extract._lists import chunks

    text = (
        "the commander-general of the police, Armando Jose Tembe, and the chief of the general "
        "staff, Admiral Carlos Rui Mabunda"
    )
    people = [parse_person(c, None) for c in chunks(text)]
    assert [(p.name, p.title) for p in people if p is not None] == [
        ("Armando Jose Tembe", "commander-general of the police"),
        ("Carlos Rui Mabunda", "chief of the general staff"),
    ]
