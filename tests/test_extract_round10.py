"""The tenth pass: the general layer for who took part and their titles, on shapes of writing
the phrase rules were never fitted to (a name in brackets after its title, a junior rank before
a name whose post follows, styles such as "Eng.", "the Ambassador of X to Y, NAME"). Each test
on a short text of its own; the people and meetings are invented, not in the dev sets."""

from __future__ import annotations

import pytest
from conftest import draft_sides

import secgraph as sg
from secgraph.extract._names import parse_person


def _sides(draft: sg.Draft) -> dict[str, str]:
    return {o.name: o.country for o in draft.officials}


def _titles(draft: sg.Draft) -> dict[str, str | None]:
    return {o.name: o.title for o in draft.officials}


def test_a_name_in_brackets_after_its_title(lexicon: sg.Lexicon) -> None:
    text = (
        "The Minister for the Armed Forces (Alan Pritchard) met the Latvian Minister of "
        "Defence, Edgars Kalnins, in Riga on 12 May 2025 for the annual UK-Latvia defence "
        "talks. He was accompanied by the Chief of the Air Staff (Air Marshal Sir Colin "
        "Reeve). The Latvian delegation included the Commander of the Latvian National "
        "Armed Forces (Lieutenant General Janis Ozols) and the State Secretary of the "
        "Ministry of Defence (Inga Berzina)."
    )
    draft = sg.extract(text, lexicon)
    sides, titles = _sides(draft), _titles(draft)
    assert sides["Alan Pritchard"] == "GBR"
    assert titles["Alan Pritchard"] == "Minister for the Armed Forces"
    assert sides["Janis Ozols"] == sides["Inga Berzina"] == "LVA"
    assert titles["Janis Ozols"] == "Commander of the Latvian National Armed Forces"
    assert draft_sides(draft)["LVA"][0] == "Edgars Kalnins"


def test_he_was_accompanied_by_takes_the_previous_subjects_side(lexicon: sg.Lexicon) -> None:
    text = (
        "The Minister for the Armed Forces, Alan Pritchard, met the Latvian Minister of "
        "Defence, Edgars Kalnins, in Riga on 12 May 2025 for the annual UK-Latvia defence "
        "talks. He was accompanied by the Chief of the Air Staff, Air Marshal Colin Reeve."
    )
    sides = _sides(sg.extract(text, lexicon))
    assert sides["Colin Reeve"] == sides["Alan Pritchard"] == "GBR"


@pytest.mark.parametrize(
    ("chunk", "name", "title", "honorific"),
    [
        # a junior rank before the name, the post after it: the post is the title
        (
            "Commander Dara Whelan, Senior Liaison Officer for Europe, National Police",
            "Dara Whelan",
            "Senior Liaison Officer for Europe",
            "Commander",
        ),
        (
            "Lieutenant Commander Kofi Mensa, Commanding Officer of the Coast Guard",
            "Kofi Mensa",
            "Commanding Officer of the Coast Guard",
            "Lieutenant Commander",
        ),
        # the rank after the title is the name's style, not a word of the name
        (
            "the Commanding Officer of the Naval Base, Captain Ruth Abena Owusu",
            "Ruth Abena Owusu",
            "Commanding Officer of the Naval Base",
            "Captain",
        ),
        # alone, the rank stays the title
        ("Commander Peter Lund", "Peter Lund", "Commander", None),
        # "Eng." is a style; "Ambassador of" opens a title, it is no style
        (
            "Governor of the Authority for Military Industries Eng. Faisal bin Omar Al-Harbi",
            "Faisal bin Omar Al-Harbi",
            "Governor of the Authority for Military Industries",
            "Eng.",
        ),
        (
            "the Ambassador of Mongolia to Kazakhstan, Bat-Erdene Ganbold",
            "Bat-Erdene Ganbold",
            "Ambassador of Mongolia to Kazakhstan",
            None,
        ),
    ],
)
def test_ranks_styles_and_posts(
    lexicon: sg.Lexicon, chunk: str, name: str, title: str, honorific: str | None
) -> None:
    person = parse_person(chunk, lexicon)
    assert person is not None
    assert (person.name, person.title, person.honorific) == (name, title, honorific)


def test_accompanied_by_one_and_by_another(lexicon: sg.Lexicon) -> None:
    text = (
        "The Lithuanian Minister of the Interior, Ruta Vaitkute, met Poland's Minister of the "
        "Interior, Marek Zielinski, in Vilnius on 3 June 2025 for talks on border security. "
        "She was joined by the Commander of the State Border Guard, General Tomas Jonaitis, "
        "and by the Police Commissioner General, Darius Petrauskas."
    )
    sides = _sides(sg.extract(text, lexicon))
    assert sides["Tomas Jonaitis"] == sides["Darius Petrauskas"] == "LTU"


def test_the_minister_was_accompanied_by_names_the_minister_before(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._clues import referent_side
    from secgraph.extract._names import Person

    placed = [
        Person("Ana Ruiz", "Minister of Security", country="CRI", sentence=0),
        Person("Luis Mora", "Director of Police", country="PAN", sentence=0),
        Person("Eva Sol", "Deputy Minister", country="PAN", sentence=1, companion="Luis Mora"),
    ]
    assert referent_side("The minister", placed, 2) == "CRI"  # (a companion is no referent)
    assert referent_side("He", placed, 2) == "CRI"  # the subject of the sentence before
    assert referent_side("The director", placed, 2) == "PAN"
    assert referent_side("The ambassador", placed, 2) is None
    assert referent_side("Officials", placed, 2) is None


def test_a_state_named_officially_and_styles_in_a_semicolon_list(lexicon: sg.Lexicon) -> None:
    text = (
        "Riyadh, March 3, 2025, SPA -- His Royal Highness Prince Faisal bin Nasser, Minister "
        "of Interior, received in Riyadh today Minister of Citizen Protection of the Hellenic "
        "Republic Yannis Petridis. The reception was attended by Director of Public Security "
        "General Saad bin Ali Al-Qahtani; Assistant Minister of Interior Dr. Omar bin Saleh "
        "Al-Mutairi; and Director of Civil Defence Eng. Hamad bin Fahd Al-Dossary."
    )
    draft = sg.extract(text, lexicon)
    sides = _sides(draft)
    assert sides["Yannis Petridis"] == "GRC"
    assert sides["Faisal bin Nasser"] == "SAU"
    assert sides["Omar bin Saleh Al-Mutairi"] == sides["Hamad bin Fahd Al-Dossary"] == "SAU"
    assert _titles(draft)["Hamad bin Fahd Al-Dossary"] == "Director of Civil Defence"


def test_a_colleague_is_a_counterpart(lexicon: sg.Lexicon) -> None:
    text = (
        "Denmark's Minister of Defence, Lars Holm, welcomed his Swedish colleague, Minister of "
        "Defence Karin Ek, to Copenhagen on 2 April 2025 for bilateral defence talks."
    )
    draft = sg.extract(text, lexicon)
    assert _sides(draft)["Karin Ek"] == "SWE"
    assert _titles(draft)["Karin Ek"] == "Minister of Defence"


def test_a_list_ends_before_its_verb(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._shapes import split_people

    people = split_people(
        "our Chief of Defence, General Ola Berg, and Finland's Chief of Defence, General "
        "Timo Salo, went through the plans for the north",
        lexicon,
    )
    assert [(p.name, p.title, p.country) for p in people] == [
        ("Ola Berg", "Chief of Defence", None),
        ("Timo Salo", "Chief of Defence", "FIN"),
    ]
    # a lower-case title after the name stays
    people = split_people("Aiko Mori, director-general of the Asian Affairs Bureau", lexicon)
    assert [p.title for p in people] == ["director-general of the Asian Affairs Bureau"]


def test_those_at_a_reception_accompany_no_one(lexicon: sg.Lexicon) -> None:
    text = (
        "Abu Dhabi, April 2, 2025, WAM -- The UAE Minister of Interior, Saif Al Mansoori, "
        "received in Abu Dhabi today the Minister of the Interior of the Hellenic Republic, "
        "Petros Alexiou. The reception was attended by the Undersecretary of the Ministry of "
        "Interior, Major General Salem Al Shamsi."
    )
    sides = _sides(sg.extract(text, lexicon))
    assert sides["Petros Alexiou"] == "GRC"
    assert sides.get("Salem Al Shamsi") in (None, "ARE")  # never the guest's


def test_an_attendee_in_a_national_office_is_the_hosts(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._backoff import more_people
    from secgraph.extract._countries import find_mentions
    from secgraph.extract._names import Person
    from secgraph.extract._text import split_sentences

    text = (
        "Kenya's Cabinet Secretary for Defence, Amina Wekesa, held talks with Uganda's Minister "
        "of Defence, Jacob Oboth, in Nairobi on 4 March 2025. The talks were attended by the "
        "Chief of the Defence Forces, General Peter Mwangi, and the Uganda High Commissioner "
        "to Kenya, Joyce Nabbosa."
    )
    sentences = split_sentences(text)
    mentions = [find_mentions(s, lexicon) for s in sentences]
    found = [
        Person("Amina Wekesa", "Cabinet Secretary for Defence", country="KEN", sentence=0),
        Person("Jacob Oboth", "Minister of Defence", country="UGA", sentence=0),
    ]
    people = more_people(sentences, mentions, ["KEN", "UGA"], lexicon, found, "KEN")
    sides = {p.name: p.country for p in people}
    assert sides["Peter Mwangi"] == "KEN"  # the host's, marked for review
    assert sides["Joyce Nabbosa"] == "UGA"  # posted to Kenya: the other side
    # with no host known, nobody's side is guessed
    people = more_people(sentences, mentions, ["KEN", "UGA"], lexicon, found, None)
    assert {p.name: p.country for p in people}["Peter Mwangi"] is None


@pytest.mark.parametrize(
    ("title", "side"),
    [
        ("His Majesty's Ambassador to Estonia", "GBR"),
        ("Defence Attaché in Tallinn", "GBR"),
        ("High Commissioner to the United Kingdom", "EST"),
        ("Chief of the General Staff", None),
        ("Ambassador to Latvia", None),  # posted to a third country: no clue
    ],
)
def test_a_post_abroad_is_the_other_sides(lexicon: sg.Lexicon, title: str, side: str) -> None:
    from secgraph.extract._clues import posted_side

    assert posted_side(title, ["GBR", "EST"], lexicon) == side


def test_members_of_a_delegation_are_its_leaders_side_not_the_others(lexicon: sg.Lexicon) -> None:
    text = (
        "The Commissioner-General of Customs, Kwame Asante Boadu, on Thursday, 6th June, 2024 "
        "hosted the Director General of Customs of the Republic of Togo, Mr. Koffi Agbeko, at "
        "the Customs Headquarters, Accra, for the 3rd session of the Ghana-Togo Joint Customs "
        "Committee. Mr. Agbeko led a five-man delegation which included the Director of "
        "Intelligence, Mr. Yao Mensah Dzidzo, and the Ambassador of the Republic of Togo to "
        "Ghana, Mrs. Afi Kodjo."
    )
    sides = _sides(sg.extract(text, lexicon))
    assert sides["Yao Mensah Dzidzo"] == sides["Afi Kodjo"] == "TGO"


def test_principals_around_held_consultations_with_accompany_no_one(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._backoff import more_people
    from secgraph.extract._countries import find_mentions
    from secgraph.extract._names import Person
    from secgraph.extract._text import split_sentences

    text = (
        "On 14 March 2025, Vice Foreign Minister Li Jianhua held consultations with Nepalese "
        "Foreign Secretary Amrit Thapa in Beijing under the China-Nepal mechanism."
    )
    sentences = split_sentences(text)
    mentions = [find_mentions(s, lexicon) for s in sentences]
    found = [Person("Amrit Thapa", "Foreign Secretary", country="NPL", sentence=0)]
    people = more_people(sentences, mentions, ["CHN", "NPL"], lexicon, found)
    assert {p.name: p.country for p in people}.get("Li Jianhua") != "NPL"


def test_people_merely_mentioned_stay_out(lexicon: sg.Lexicon) -> None:
    text = (
        "Jakarta, 12 March 2025 - Indonesia and Australia held the ninth round of their Defence "
        "Strategic Dialogue in Jakarta on Tuesday. The Indonesian delegation was led by the "
        "Secretary General of the Ministry of Defence, Air Marshal Budi Santoso, while the "
        "Australian side was headed by the Deputy Secretary for Strategy, Hugh Palmer. "
        '"We are pleased with the progress," said ministry spokesperson Colonel Andi Wirawan. '
        "The dialogue follows the visit of Australian Defence Minister Richard Coles to "
        "Jakarta in August 2024, when he met his counterpart. Also present were the Director "
        "General of Defence Strategy, Major General Yudi Prasetyo, and the Australian Defence "
        "Attache in Jakarta, Colonel Matthew Gower. The next round will be held in Canberra, "
        "with Australia's Chief of the Defence Force, Admiral David Lund, expected to attend."
    )
    draft = sg.extract(text, lexicon)
    sides = _sides(draft)
    for name in ("Andi Wirawan", "Richard Coles", "David Lund"):
        assert name not in sides
    assert sides["Matthew Gower"] == "AUS"
    # a fellow member of the same list is no one's companion
    assert sides["Yudi Prasetyo"] == "IDN"


def test_a_title_is_not_the_clause_before_it(lexicon: sg.Lexicon) -> None:
    person = parse_person(
        "The dialogue follows the visit of Australian Defence Minister Richard Coles", lexicon
    )
    assert person is not None
    assert (person.name, person.title, person.country) == (
        "Richard Coles",
        "Defence Minister",
        "AUS",
    )
    person = parse_person("his Azerbaijani counterpart Colonel General Zakir Aliyev", lexicon)
    assert person is not None and person.title != "Colonel General"


def test_a_delegation_one_per_line_with_bullets(lexicon: sg.Lexicon) -> None:
    text = (
        "Security officials of Honduras and Nicaragua met on 19 May 2025 in Tegucigalpa for "
        "the fourth session of their border security commission.\n\n"
        "The Honduran delegation comprised:\n"
        "- Ana Lucia Mejia Zelaya, Secretary of Security (head of delegation);\n"
        "- General Roberto Paz Ortega, Chief of the Joint Staff;\n"
        "- Ambassador Carla Ruiz Pineda, Director for Central America.\n"
    )
    draft = sg.extract(text, lexicon)
    titles, sides = _titles(draft), _sides(draft)
    assert titles["Ana Lucia Mejia Zelaya"] == "Secretary of Security"
    assert titles["Carla Ruiz Pineda"] == "Director for Central America"
    assert sides["Roberto Paz Ortega"] == sides["Carla Ruiz Pineda"] == "HND"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a list that mixes 'TITLE NAME' and 'the TITLE, NAME'
        (
            "Interior Minister Jorge Ramos Lara, the Director of the National Civil Police, "
            "David Oliva, and the ambassador to Mexico, Carlos Pena Ruiz",
            [
                ("Jorge Ramos Lara", "Interior Minister"),
                ("David Oliva", "Director of the National Civil Police"),
                ("Carlos Pena Ruiz", "ambassador to Mexico"),
            ],
        ),
        # a relative clause after the name is no part of the mention
        (
            "the Chief of the Army General Staff, Brigadier General Henry Saenz Ramos, who "
            "briefed on the deployment of troops",
            [("Henry Saenz Ramos", "Chief of the Army General Staff")],
        ),
        # an office after the post is no second person
        (
            "Commander Aaron Kellby, Senior Liaison Officer for the Pacific, Federal Police",
            [("Aaron Kellby", "Senior Liaison Officer for the Pacific")],
        ),
    ],
)
def test_lists_of_mixed_shapes(
    lexicon: sg.Lexicon, text: str, people: list[tuple[str, str]]
) -> None:
    from secgraph.extract._shapes import split_people

    assert [(p.name, p.title) for p in split_people(text, lexicon)] == people


@pytest.mark.parametrize(
    ("piece", "name", "side"),
    [
        # what follows a name is no part of it
        (
            "his Greek counterpart Eleni Markou for talks that also covered energy",
            "Eleni Markou",
            "GRC",
        ),
        ("his Finnish counterpart Mari Lahti in Helsinki ", "Mari Lahti", "FIN"),
        # the side written after the mention
        (
            "Additional Secretary (West Asia) Syed Imran Ali on the Pakistani side and ",
            "Syed Imran Ali",
            "PAK",
        ),
        ("Deputy Foreign Minister Reza Najafi on the Iranian side.", "Reza Najafi", "IRN"),
    ],
)
def test_a_mention_ends_at_its_name(lexicon: sg.Lexicon, piece: str, name: str, side: str) -> None:
    from secgraph.extract._shapes import read_person

    person = read_person(piece, lexicon)
    assert person is not None
    assert (person.name, person.country) == (name, side)


def test_a_side_named_later_in_the_list_is_not_the_first_persons(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._shapes import split_people

    people = split_people(
        "the Director General of Public Security, Saad Al-Harbi, and, from the Pakistani "
        "side, the Interior Secretary, Imran Qureshi",
        lexicon,
    )
    assert {p.name: p.country for p in people}.get("Saad Al-Harbi") is None


def test_unmarked_attendees_beside_the_guests_marked_ones_are_the_hosts(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Doha, March 4, 2025 (QNA) -- HE Minister of State for Defence Affairs Khalid bin "
        "Mohammed Al Attiyah received Minister for the Armed Forces of France Catherine Vautrin "
        "in Doha today for the Qatar-France defence dialogue. The meeting was attended by Salem "
        "Al Mannai, Minister of State, and Fahad Al Kuwari, Minister of State, as well as "
        "Nicolas Laurent, French Ambassador to Qatar."
    )
    from secgraph.extract._backoff import more_people
    from secgraph.extract._countries import find_mentions
    from secgraph.extract._text import split_sentences

    sentences = split_sentences(text)
    mentions = [find_mentions(s, lexicon) for s in sentences]
    people = more_people(sentences, mentions, ["QAT", "FRA"], lexicon, [], "QAT")
    sides = {p.name: p.country for p in people}
    assert sides["Nicolas Laurent"] == "FRA"
    assert sides["Salem Al Mannai"] == sides["Fahad Al Kuwari"] == "QAT"
    # the whole pipeline agrees
    assert _sides(sg.extract(text, lexicon))["Salem Al Mannai"] == "QAT"


def test_those_present_during_the_meeting_are_company_not_leaders(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._attendees import attendee

    sentence = (
        "Deputy National Security Adviser Ravi Menon and Lt Gen Arjun Rao, Director General "
        "of Defence Intelligence Agency, were present during the meeting."
    )
    assert attendee("Arjun Rao", sentence)


def test_delegations_one_per_line_under_a_side_heading(lexicon: sg.Lexicon) -> None:
    text = (
        "Colombo, June 12, 2025 (PTI): India and Sri Lanka held the fifth Annual Defence "
        "Dialogue in Colombo on Wednesday.\n\n"
        "Delegation of India:\n"
        "Rakesh Kumar Sinha, Defence Secretary\n"
        "Vivek Negi, Joint Secretary (International Cooperation)\n\n"
        "Delegation of Sri Lanka:\n"
        "Sampath Perera, Secretary of Defence\n"
        "Dr. Harsha Wijesinghe, Director General, Institute of National Security Studies\n\n"
        "Participants also included Commodore Pradeep Ranasinghe, Director of Naval "
        "Operations, and Captain R. K. Menon, Defence Adviser at the High Commission of India."
    )
    draft = sg.extract(text, lexicon)
    sides, titles = _sides(draft), _titles(draft)
    assert sides["Vivek Negi"] == "IND"
    assert titles["Vivek Negi"] == "Joint Secretary (International Cooperation)"
    assert sides["Harsha Wijesinghe"] == "LKA"
    assert draft_sides(draft)["LKA"][0] == "Sampath Perera"
    # unmarked beside one marked as the guest's: the host's
    assert sides["Pradeep Ranasinghe"] == "LKA"
    assert sides["R. K. Menon"] == "IND"


def test_a_list_under_a_colon_keeps_its_lines_apart() -> None:
    from secgraph.extract._text import split_sentences

    text = "The Kenyan delegation:\nJohn Kamau, Principal Secretary\nMary Otieno, Director"
    assert split_sentences(text)[0].text == (
        "The Kenyan delegation: John Kamau, Principal Secretary; Mary Otieno, Director;"
    )


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # titles and names by turns, each pair between commas
        (
            "Samoa's Deputy Commissioner of Police Operations, Tavita Lemalu, the Director of "
            "the Criminal Investigations Department, Senior Superintendent Iosefa Tuilagi",
            [
                ("Tavita Lemalu", "Deputy Commissioner of Police Operations"),
                ("Iosefa Tuilagi", "Director of the Criminal Investigations Department"),
            ],
        ),
        # ranked names and the titles after them
        (
            "Major General Imran Aziz, Director General (Joint Staff), Rear Admiral Kamran "
            "Haider, Deputy Chief of Naval Staff (Operations)",
            [
                ("Imran Aziz", "Director General (Joint Staff)"),
                ("Kamran Haider", "Deputy Chief of Naval Staff (Operations)"),
            ],
        ),
    ],
)
def test_appositive_lists(lexicon: sg.Lexicon, text: str, people: list[tuple[str, str]]) -> None:
    from secgraph.extract._lists import chunks
    from secgraph.extract._shapes import split_people

    assert [(p.name, p.title) for p in split_people(text, lexicon)] == people
    assert len(chunks(text, lexicon)) == 2


def test_rows_name_dash_title_under_a_countrys_name(lexicon: sg.Lexicon) -> None:
    text = (
        "Astana, 3 June 2025 - The security councils of Kazakhstan and Kyrgyzstan held "
        "consultations by video link on border security.\n\n"
        "Kazakhstan\n"
        "Daniyar Seitov - Deputy Secretary of the Security Council\n"
        "Aigul Nurlanova - Head of the International Cooperation Department\n\n"
        "Kyrgyzstan\n"
        "Bakyt Osmonov - Deputy Chairman of the State Committee for National Security\n"
    )
    draft = sg.extract(text, lexicon)
    sides, titles = _sides(draft), _titles(draft)
    assert sides["Aigul Nurlanova"] == "KAZ"
    assert sides["Bakyt Osmonov"] == "KGZ"
    assert titles["Aigul Nurlanova"] == "Head of the International Cooperation Department"


def test_and_the_title_opens_a_new_person_in_a_list(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._lists import chunks

    text = (
        "the Parliamentary State Secretary Anna Vogt, the Chief of Defence, General Kurt "
        "Lindner, and the Director-General for Security and Defence Policy, Dr Jan Albrecht."
    )
    people = [parse_person(c, lexicon) for c in chunks(text, lexicon)]
    assert [(p.name, p.title) for p in people if p is not None] == [
        ("Anna Vogt", "Parliamentary State Secretary"),
        ("Kurt Lindner", "Chief of Defence"),
        ("Jan Albrecht", "Director-General for Security and Defence Policy"),
    ]


def test_a_third_countrys_minister_met_at_another_meeting_is_no_member(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Berlin, 14 May 2025 - Federal Minister of Defence Boris Lange received his Polish "
        "counterpart, Minister of National Defence Jan Kowal, for the annual German-Polish "
        "defence consultations in Berlin on Tuesday. The consultations took place one day after "
        "a meeting in Paris, which Lange and Kowal both attended together with French Minister "
        "of the Armed Forces Claire Morel."
    )
    assert "Claire Morel" not in _sides(sg.extract(text, lexicon))


def test_a_title_with_and_inside_an_appositive_list(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._lists import chunks
    from secgraph.extract._shapes import split_people

    text = (
        "the Commissioner of Police for Operations and Training, Mr Juma Hamisi, the Regional "
        "Police Commander for Lindi, Senior Assistant Commissioner of Police Ali Salum, and "
        "the Director of Criminal Investigations, Commissioner Rashidi Mpemba."
    )
    expected = [
        ("Juma Hamisi", "Commissioner of Police for Operations and Training"),
        ("Ali Salum", "Regional Police Commander for Lindi"),
        ("Rashidi Mpemba", "Director of Criminal Investigations"),
    ]
    assert [(p.name, p.title) for p in split_people(text, lexicon)] == expected
    people = [parse_person(c, lexicon) for c in chunks(text, lexicon)]
    assert [(p.name, p.title) for p in people if p is not None] == expected


def test_also_at_the_table_were(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._backoff import more_people
    from secgraph.extract._countries import find_mentions
    from secgraph.extract._text import split_sentences

    text = (
        "Samoa and Tonga held police talks in Apia on 3 March 2025. Also at the table were "
        "Samoa's Deputy Commissioner of Police, Tavita Lemalu, and the Director of the "
        "Criminal Investigations Department, Senior Superintendent Iosefa Tuilagi."
    )
    sentences = split_sentences(text)
    mentions = [find_mentions(s, lexicon) for s in sentences]
    people = more_people(sentences, mentions, ["WSM", "TON"], lexicon, [], "WSM")
    sides = {p.name: p.country for p in people}
    assert sides["Tavita Lemalu"] == sides["Iosefa Tuilagi"] == "WSM"


@pytest.mark.parametrize(
    ("chunk", "name", "honorific", "side"),
    [
        # a rank's branch in brackets, and the force the name is of
        (
            "Commodore (Sea) Said bin Nasser Al Rashdi of the Royal Navy of Oman",
            "Said bin Nasser Al Rashdi",
            "Commodore",
            "OMN",
        ),
        # Vietnamese ranks written short
        (
            "Senior Lt. Gen. Tran Van Minh, Deputy Minister",
            "Tran Van Minh",
            "Senior Lt. Gen.",
            None,
        ),
    ],
)
def test_rank_notes_and_short_ranks(
    lexicon: sg.Lexicon, chunk: str, name: str, honorific: str, side: str | None
) -> None:
    from secgraph.extract._shapes import read_person

    person = read_person(chunk, lexicon)
    assert person is not None
    assert (person.name, person.honorific, person.country) == (name, honorific, side)


def test_officers_of_a_force_in_a_semicolon_list(lexicon: sg.Lexicon) -> None:
    text = (
        "Muscat, 5 May 2025 (ONA) -- Oman and India held the 12th meeting of their Joint "
        "Military Cooperation Committee in Muscat today. The meeting was attended from the "
        "Omani side by Brigadier Hamad bin Said Al Amri, Director General of Planning at the "
        "Ministry of Defence; Commodore (Sea) Salim bin Ali Al Habsi of the Royal Navy of "
        "Oman; and Air Commodore Nasser bin Hilal Al Kindi of the Royal Air Force of Oman."
    )
    sides = _sides(sg.extract(text, lexicon))
    assert sides["Salim bin Ali Al Habsi"] == sides["Nasser bin Hilal Al Kindi"] == "OMN"


def test_an_offices_acronym_defined_in_the_article_gives_the_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Senior leaders of the Australian Federal Police (AFP) and the Royal Solomon Islands "
        "Police Force (RSIPF) met in Honiara on 10 March 2025 for their annual dialogue. The "
        "dialogue was co-chaired by AFP Deputy Commissioner Operations Mary Lang and RSIPF "
        "Deputy Commissioner Operations Peter Ramo. RSIPF Assistant Commissioner Crime, "
        "Chief Superintendent John Kana, also attended."
    )
    sides = _sides(sg.extract(text, lexicon))
    assert sides["Mary Lang"] == "AUS"
    assert sides["Peter Ramo"] == sides["John Kana"] == "SLB"


def test_local_posts_and_national_offices_that_took_part_are_the_hosts(
    lexicon: sg.Lexicon,
) -> None:
    from secgraph.extract._clues import local_side

    assert local_side("Mombasa County Commissioner", ["KEN", "ETH"], lexicon) == "KEN"
    assert local_side("Consul General in Mombasa", ["KEN", "ETH"], lexicon) is None
    text = (
        "Kenyan and Ethiopian police commanders met in Marsabit on 6 March 2025 for a "
        "cross-border security meeting. The Ethiopian side was led by Commissioner Abebe "
        "Tadesse. Mombasa County Commissioner John Otieno Kamau and the Director of Border "
        "Management at the Ministry of Interior, Dr Halima Abdi, also took part in the talks."
    )
    sides = _sides(sg.extract(text, lexicon))
    assert sides["John Otieno Kamau"] == sides["Halima Abdi"] == "KEN"


@pytest.mark.parametrize(
    ("chunk", "name", "title"),
    [
        (
            "Major General Staff Pilot Saeed Obaid Al Kaabi, Commander of the Joint Operations",
            "Saeed Obaid Al Kaabi",
            "Commander of the Joint Operations",
        ),
        (
            "the Director of Anti-Drug Operations of the National Police, General PNP Luis "
            "Rojas Vega",
            "Luis Rojas Vega",
            "Director of Anti-Drug Operations of the National Police",
        ),
    ],
)
def test_styles_and_force_letters_before_a_name(
    lexicon: sg.Lexicon, chunk: str, name: str, title: str
) -> None:
    person = parse_person(chunk, lexicon)
    assert person is not None
    assert (person.name, person.title) == (name, title)


def test_a_call_later_and_a_meeting_before_are_other_events(lexicon: sg.Lexicon) -> None:
    text = (
        "Rawalpindi, May 8, 2025 (APP): The 17th Pakistan-Turkiye High Level Military Dialogue "
        "Group meeting was held at Rawalpindi. The Pakistani delegation was led by Lieutenant "
        "General Asif Raza, Chief of General Staff, while the Turkish side was headed by "
        "General Mehmet Ozkan, Deputy Chief of the Turkish General Staff. Later, General Ozkan "
        "called on Chairman Joint Chiefs of Staff Committee General Tariq Mahmood Khan. The "
        "dialogue was preceded by a meeting of the two navies with the Chief of the Naval "
        "Staff, Admiral Faisal Hameed Rana, on 6 May."
    )
    sides = _sides(sg.extract(text, lexicon))
    assert sides["Asif Raza"] == "PAK" and sides["Mehmet Ozkan"] == "TUR"
    assert "Tariq Mahmood Khan" not in sides
    assert "Faisal Hameed Rana" not in sides


def test_a_venue_before_and_a_purpose_after_the_guest(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._shapes import read_person

    person = read_person(
        ", at the San Martin Palace, the Minister of Foreign Affairs, Trade and Worship of the "
        "Argentine Republic, Diego Ferraro, for the third meeting of the mechanism.",
        lexicon,
    )
    assert person is not None
    assert person.name == "Diego Ferraro"
    assert (person.title or "").startswith("Minister of Foreign Affairs")


def test_their_counterparts_were_reports_who_took_part(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._backoff import more_people
    from secgraph.extract._countries import find_mentions
    from secgraph.extract._text import split_sentences

    text = (
        "South Korea and Japan held their security dialogue in Seoul on 4 March 2025. "
        "Their Japanese counterparts were Kenji Mori, director-general of the Asian Affairs "
        "Bureau, and Aiko Sato, director general for defense policy."
    )
    sentences = split_sentences(text)
    mentions = [find_mentions(s, lexicon) for s in sentences]
    people = more_people(sentences, mentions, ["KOR", "JPN"], lexicon, [], "KOR")
    sides = {p.name: p.country for p in people}
    assert sides["Kenji Mori"] == sides["Aiko Sato"] == "JPN"


@pytest.mark.parametrize(
    "sentence",
    [
        "Spanish Interior Minister Ana Ruiz and Moroccan Interior Minister Karim Alaoui pledged "
        "on Tuesday to deepen cooperation against migrant smuggling.",
        "Spanish Interior Minister Ana Ruiz and Moroccan Interior Minister Karim Alaoui said "
        "in a joint statement that the two countries would share intelligence.",
    ],
)
def test_principals_before_a_pledge_or_a_joint_statement(
    lexicon: sg.Lexicon, sentence: str
) -> None:
    from secgraph.extract._backoff import more_people
    from secgraph.extract._countries import find_mentions
    from secgraph.extract._text import split_sentences

    sentences = split_sentences(f"RABAT, May 2, 2024 (Reuters) - {sentence}")
    mentions = [find_mentions(s, lexicon) for s in sentences]
    people = more_people(sentences, mentions, ["ESP", "MAR"], lexicon, [], None)
    assert {p.name: p.country for p in people} == {"Ana Ruiz": "ESP", "Karim Alaoui": "MAR"}


@pytest.mark.parametrize(
    ("sentence", "name", "side"),
    [
        (
            "BAKU (AA) - Turkish Defence Minister Ali Demir met his Azerbaijani counterpart "
            "Colonel General Elchin Aliyev in Baku on Thursday, the ministry said.",
            "Elchin Aliyev",
            "AZE",
        ),
        (
            "Abuja (AFP) - French Armed Forces Minister Paul Girard held talks Monday in Abuja "
            "with his Nigerian counterpart Musa Bello Kano, as Paris looks for new partners.",
            "Musa Bello Kano",
            "NGA",
        ),
    ],
)
def test_a_counterpart_before_a_place_or_an_aside(
    lexicon: sg.Lexicon, sentence: str, name: str, side: str
) -> None:
    from secgraph.extract._backoff import more_people
    from secgraph.extract._countries import find_mentions
    from secgraph.extract._text import split_sentences

    sentences = split_sentences(sentence)
    mentions = [find_mentions(s, lexicon) for s in sentences]
    parties = sorted({m.iso3 for ms in mentions for m in ms if m.kind != "capital"})
    people = more_people(sentences, mentions, parties, lexicon, [], None)
    assert {p.name: p.country for p in people}.get(name) == side


def test_posted_to_a_state_named_in_full_and_the_minister_accompanied(
    lexicon: sg.Lexicon,
) -> None:
    from secgraph.extract._clues import referent_side
    from secgraph.extract._names import Person
    from secgraph.extract._shapes import read_person

    person = read_person(
        "Amit Rao, Ambassador of the Republic of India to the Sultanate of Oman", lexicon
    )
    assert person is not None and person.country != "OMN"
    placed = [Person("Karl Weber", "Federal Minister of Defence", country="DEU", sentence=0)]
    assert referent_side("The Federal Minister", placed, 1) == "DEU"
    rank = parse_person(
        "the Chief of the Joint Command, General de División EP Raul Cardenas Ibarra", lexicon
    )
    assert rank is not None and rank.name == "Raul Cardenas Ibarra"


def test_one_accompanying_a_principal_is_never_the_other_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Brazil's Defence Minister Jose Moura met Argentina's Defence Minister Luis Pereyra in "
        "Brasilia on 14 May 2025. Pereyra was accompanied by Argentina's ambassador to Brazil, "
        "Daniel Sosa, and the chief of the Joint Staff, Brigadier General Xavier Ibarra."
    )
    sides = _sides(sg.extract(text, lexicon))
    assert sides["Xavier Ibarra"] == sides["Daniel Sosa"] == "ARG"


def test_a_post_abroad_then_a_place_is_no_end_of_the_mention(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._backoff import more_people
    from secgraph.extract._countries import find_mentions
    from secgraph.extract._text import split_sentences

    text = (
        "Chile's Undersecretary of Defence, Ricardo Molina, and Peru's Vice Minister of Defence "
        "Policy, Cesar Vega, co-chaired the meeting in Santiago on 10 June 2025. Also attending "
        "were the Chilean Joint Chief of Staff, Vice Admiral Pablo Nunez, and Peru's Defence "
        "Attaché in Santiago, Colonel Jorge Huaman."
    )
    sentences = split_sentences(text)
    mentions = [find_mentions(s, lexicon) for s in sentences]
    people = more_people(sentences, mentions, ["CHL", "PER"], lexicon, [], "CHL")
    sides = {p.name: p.country for p in people}
    assert sides["Pablo Nunez"] == "CHL"
    assert sides["Jorge Huaman"] == "PER"
