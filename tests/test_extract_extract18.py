"""Issue 21, the officials pass of branch extract18: shapes of the genre in which the extractor
missed who took part, their titles and leaders. Each test on a short text written for it
(people and meetings invented)."""

from __future__ import annotations

from conftest import draft_sides

import secgraph as sg
from secgraph.extract._lists import chunks
from secgraph.extract._names import Person, parse_person
from secgraph.extract._onside import present_on_side
from secgraph.extract._standins import stand_ins
from secgraph.extract._subjects import lead_subjects
from secgraph.extract._text import Sentence, split_sentences
from secgraph.extract._titleback import title_leads


def _officials(text: str, lexicon: sg.Lexicon) -> dict[str, tuple[str | None, str | None]]:
    """Each official's name -> (title, honorific)."""
    return {o.name: (o.title, o.honorific) for o in sg.extract(text, lexicon).officials}


# --- ranks and styles kept apart from the name ----------------------------------------------


def test_a_coast_guard_rank_of_the_river_plate_is_no_part_of_the_name(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Montevideo, 4 March 2025 - The heads of the Uruguayan and Argentine coast guards met "
        "in Montevideo on Monday. The Argentine delegation was led by the Director of Operations, "
        "Prefect General Rosa Ibarguren, and the Uruguayan delegation by the Chief of Staff, "
        "Rear Admiral Pablo Souto."
    )
    people = _officials(text, lexicon)
    assert people.get("Rosa Ibarguren") == ("Director of Operations", "Prefect General")


def test_a_portuguese_rank_half_in_english() -> None:
    person = parse_person(
        "the Chief of Fleet Operations, Admiral de Esquadra Joao Pedro Lima", None
    )
    assert person is not None
    assert (person.name, person.honorific) == ("Joao Pedro Lima", "Admiral de Esquadra")


def test_an_engineer_s_style_is_no_part_of_the_name() -> None:
    person = parse_person("the Director of the Naval Works Office, Engineer Samir Haddad", None)
    assert person is not None
    assert (person.name, person.title) == ("Samir Haddad", "Director of the Naval Works Office")


def test_a_junior_rank_before_a_name_with_an_accented_capital() -> None:
    person = parse_person("the Head of the Patrol Division, Captain (CG) Ángel Rivas", None)
    assert person is not None
    assert (person.name, person.honorific) == ("Ángel Rivas", "Captain")


# --- a title used alone refers back to its holder -------------------------------------------


def _sides(text: str, lexicon: sg.Lexicon) -> dict[str, list[str]]:
    return draft_sides(sg.extract(text, lexicon))


def test_a_title_used_alone_as_the_subject_of_co_chaired_makes_its_holder_lead(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Director General of the Fiji Navy visits Australia\n\n"
        "Director General Tomas Varga, Director General, Fiji Navy, visited Australia from 3 "
        "to 6 June 2025.\n\n"
        "In Darwin, the Director General co-chaired the fourth Maritime Security Talks on 4 "
        "June 2025 with Rear Admiral Helen Marsh, Director General, Australian Border Force.\n\n"
        "The Fijian delegation comprised Captain Joeli Ratu, Head of Maritime Policing, Fiji "
        "Navy; and Commander Mere Tuilau, Fleet Operations Officer, Fiji Navy."
    )
    sides = _sides(text, lexicon)
    assert sides["FJI"][0] == "Tomas Varga"
    assert sides["AUS"][0] == "Helen Marsh"
    assert "Tomas Varga" not in sides["AUS"]


def test_a_title_two_people_hold_refers_back_to_neither() -> None:
    sentences = [
        Sentence(0, 0, 40, "Director General A Bee visited Kenya on Monday."),
        Sentence(1, 41, 80, "Director General C Dee visited Uganda on Tuesday."),
        Sentence(2, 81, 140, "The Director General co-chaired the talks with Mr E Eff."),
    ]
    people = [
        Person("A Bee", "Director General", None, None, None, False, 0),
        Person("C Dee", "Director General", None, None, None, False, 1),
    ]
    assert not any(p.leader for p in title_leads(sentences, people, ["KEN", "UGA"]))


# --- a host minister who hosted a delegation; one who sent someone in their place -----------


def test_a_minister_who_hosted_a_delegation_leads_the_host_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Ghana and Togo security chiefs meet in Aflao\n\n"
        "The Minister of the Interior, Colonel (rtd) Kofi Mensah, on Tuesday 4th March 2025 "
        "hosted a high-level Togolese delegation led by the Minister of Security, General Yao "
        "Agbeko, in the border town of Aflao, for the 3rd Ghana-Togo Joint Security "
        "Commission.\n\n"
        "Also in the Ghanaian delegation were the Inspector General of Police, Kwame Boateng; "
        "and the Chief of Defence Staff, Lieutenant General Ama Owusu, who was represented by "
        "the Commander of the Southern Command, Brigadier Kojo Asante.\n\n"
        "The Togolese minister was accompanied by the Director General of the National "
        "Police, General Komi Dossou."
    )
    sides = _sides(text, lexicon)
    assert sides["GHA"][0] == "Kofi Mensah"
    assert sides["TGO"][0] == "Yao Agbeko"
    assert "Kojo Asante" in sides["GHA"]
    assert "Ama Owusu" not in sides["GHA"]  # (she sent the brigadier in her place)
    titles = {o.name: o.title for o in sg.extract(text, lexicon).officials}
    assert titles.get("Yao Agbeko") == "Minister of Security"


def test_one_who_was_represented_is_dropped_and_the_stand_in_leads_nothing() -> None:
    text = "Also present was the Chief of Staff, A Bee, who was represented by Colonel C Dee."
    sentences = [Sentence(0, 0, len(text), text)]
    people = [
        Person("A Bee", "Chief of Staff", None, None, "KEN", False, 0),
        Person("C Dee", None, None, "Colonel", "KEN", True, 0),
    ]
    assert [(p.name, p.leader) for p in stand_ins(sentences, people)] == [("C Dee", False)]


# --- two principals as the subject of the lead ----------------------------------------------


def test_two_titled_principals_as_the_subject_of_the_lead_head_their_sides(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Kenya, Uganda review border pact in Kampala\n\n"
        "Kampala, KBC - The Director General of Kenya's National Intelligence Service, Tom "
        "Mwangi, and Uganda's Security Minister, Grace Akello, on Monday reviewed the border "
        "security pact signed last year, at a meeting of the joint committee in Kampala.\n\n"
        "The meeting was also attended by the Kenyan High Commissioner to Uganda, Paul Otieno.\n\n"
        "Ugandan President Samuel Kato received Mwangi later in the day."
    )
    sides = _sides(text, lexicon)
    assert sides["KEN"][0] == "Tom Mwangi"
    assert sides["UGA"][0] == "Grace Akello"


def test_a_subject_of_two_people_of_one_side_leads_nothing(lexicon: sg.Lexicon) -> None:
    text = "Kenya's Defence Minister, Tom Mwangi, and Kenya's Police Chief, Ann Wairimu, on Monday met Ugandan officials."
    sentences = [Sentence(0, 0, len(text), text)]
    assert lead_subjects(sentences, [], ["KEN", "UGA"], lexicon) == []


# --- co-chairs before a dialogue named by both parties ---------------------------------------


def test_co_chairs_before_a_pair_of_countries_are_not_both_the_first_one_s(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Canada and Ghana hold maritime security dialogue\n\n"
        "ACCRA - Director General for International Security Policy Mark Tremblay and Chief "
        "Director of the Ministry of Defence, Ambassador Efua Asare, co-chaired the "
        "Canada-Ghana Maritime Security Dialogue on Tuesday, June 10, in Accra.\n\n"
        "The Canadian delegation also included Commander Luc Girard, Naval Attache."
    )
    sides = _sides(text, lexicon)
    assert sides["CAN"][0] == "Mark Tremblay"
    assert sides["GHA"][0] == "Efua Asare"
    titles = {o.name: o.title for o in sg.extract(text, lexicon).officials}
    assert titles["Mark Tremblay"] == "Director General for International Security Policy"


# --- present on a side; the head of a government only mentioned -----------------------------


def test_those_present_on_a_side_are_its_and_a_government_s_head_is_no_delegate(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Ghana, Togo agree to fight cross-border crime\n\n"
        "ACCRA, Feb 3, 2025 (GNA) - Interior Minister Kofi Mensah today held a bilateral "
        "meeting with visiting Togolese Security Minister Yao Agbeko at the ministry here.\n\n"
        "Chief Director of the Ministry Ama Owusu and Inspector General of Police Kwame "
        "Boateng were present at the meeting on the Ghanaian side.\n\n"
        "Agbeko thanked the government led by President Nana Addo for the warm welcome."
    )
    sides = _sides(text, lexicon)
    assert sides["GHA"][0] == "Kofi Mensah"
    assert {"Ama Owusu", "Kwame Boateng"} <= set(sides["GHA"])
    assert sides["TGO"] == ["Yao Agbeko"]


def test_the_side_closing_a_sentence_of_those_present_overrides_an_inferred_one(
    lexicon: sg.Lexicon,
) -> None:
    text = "Secretary A Bee and Director C Dee were present at the talks on the Kenyan side."
    sentences = [Sentence(0, 0, len(text), text)]
    people = [
        Person("A Bee", "Secretary", None, None, "UGA", False, 0, "side inferred: the other side"),
        Person("C Dee", "Director", None, None, "UGA", False, 0, None),
    ]
    placed = present_on_side(sentences, people, ["KEN", "UGA"], lexicon)
    assert [(p.name, p.country) for p in placed] == [("A Bee", "KEN"), ("C Dee", "UGA")]


def test_an_opening_phrase_is_no_part_of_the_first_co_chair(lexicon: sg.Lexicon) -> None:
    text = (
        "Peru and Bolivia hold border security talks\n\n"
        "LIMA, May 5, 2025 - Peru and Bolivia held their fourth border security talks in Lima "
        "on Monday.\n\n"
        "At its close, Peru's Minister of the Interior, Juan Carlos Quispe, and Bolivia's "
        "Minister of Government, Luis Mamani Flores, who co-chaired the talks, signed a joint "
        "declaration."
    )
    people = _officials(text, lexicon)
    assert people.get("Juan Carlos Quispe") == ("Minister of the Interior", None)
    sides = _sides(text, lexicon)
    assert sides["PER"][0] == "Juan Carlos Quispe"
    assert sides["BOL"][0] == "Luis Mamani Flores"


# --- a comma inside an office's name --------------------------------------------------------


def test_a_title_holding_an_office_named_with_a_comma(lexicon: sg.Lexicon) -> None:
    text = (
        "Qatar, UK hold counter-terrorism talks\n\n"
        "DOHA, May 6 (QNA) -- Qatar and the United Kingdom held their fourth counter-terrorism "
        "dialogue in Doha on Tuesday. The Qatari side was headed by Minister of State Khalid "
        "Al-Thani, while the British side was led by Director for Counter-Terrorism at the "
        "Foreign, Commonwealth and Development Office (FCDO) Sarah Pemberton, the Foreign "
        "Ministry said in a statement."
    )
    people = _officials(text, lexicon)
    assert "Sarah Pemberton" in people
    title = people["Sarah Pemberton"][0] or ""
    assert title.startswith("Director for Counter-Terrorism")
    assert "Foreign, Commonwealth and Development Office" in title
    assert _sides(text, lexicon)["GBR"][0] == "Sarah Pemberton"


def test_a_list_of_titles_each_with_its_ranked_name_in_brackets(lexicon: sg.Lexicon) -> None:
    text = (
        "the Chief of Naval Operations (Vice Admiral Piet de Vries), the Head of the Planning "
        "Department (Colonel Anna Berg) and the Director of the Cyber Office (Dr Jan Smit)"
    )
    people = [parse_person(c, lexicon) for c in chunks(text, lexicon)]
    assert [(p.name, p.title, p.honorific) for p in people if p is not None] == [
        ("Piet de Vries", "Chief of Naval Operations", "Vice Admiral"),
        ("Anna Berg", "Head of the Planning Department", "Colonel"),
        ("Jan Smit", "Director of the Cyber Office", "Dr"),
    ]


def test_those_listed_as_present_for_a_country_are_its_members(lexicon: sg.Lexicon) -> None:
    text = (
        "Italy and Morocco hold defence talks\n\n"
        "ROME, 12 March 2025 - The Secretary General of Defence, General Marco Rossi, and his "
        "Moroccan counterpart, General Youssef Alami, co-chaired the fifth Joint Defence "
        "Committee in Rome.\n\n"
        "Also present for Italy were the Chief of Naval Operations (Vice Admiral Paolo Conti), "
        "the Head of the Planning Department (Colonel Anna Greco) and the Director of the "
        "Cyber Office (Dr Luca Ferri)."
    )
    sides = _sides(text, lexicon)
    assert {"Paolo Conti", "Anna Greco", "Luca Ferri"} <= set(sides["ITA"])


# --- "(res.)" ends no sentence; a host "hosted today (Monday) the TITLE, NAME" -------------


def test_a_reserve_note_ends_no_sentence_and_the_host_and_guest_lead(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Israel and Cyprus hold defence dialogue\n\n"
        "The Director General of the Israel Ministry of Defense, Maj. Gen. (res.) Avi Levi, "
        "hosted today (Tuesday) the Permanent Secretary of the Cyprus Ministry of Defence, "
        "Rear Admiral (ret.) Nikos Georgiou, for the 3rd Israel-Cyprus Defense Dialogue.\n\n"
        "The delegations discussed training and maritime security."
    )
    assert next(s.text[-8:] for s in split_sentences(text) if not s.heading) == "ialogue."
    sides = _sides(text, lexicon)
    assert sides["ISR"][0] == "Avi Levi"
    assert sides["CYP"][0] == "Nikos Georgiou"


def test_a_service_before_a_rank_and_an_air_force_rank_in_spanish() -> None:
    a = parse_person("Army Brig. Gen. Laura M. Price, director of plans", None)
    b = parse_person(
        "Air Force General de Brigada Aérea Diego Soto Vera, director of operations", None
    )
    assert a is not None and b is not None
    assert (a.name, a.honorific) == ("Laura M. Price", "Army Brig. Gen.")
    assert (b.name, b.title) == ("Diego Soto Vera", "director of operations")


def test_a_country_before_a_service_and_one_met_with_in_the_lead(lexicon: sg.Lexicon) -> None:
    text = (
        "U.S., Peru hold staff talks\n\n"
        "U.S. Navy Adm. Mark J. Collins, commander of U.S. Southern Command, met with Peru's "
        "Chief of the Joint Command, Vice Admiral Luis Torres Vega, in Lima on Monday, June 2, "
        "for the annual Peru-U.S. Staff Talks.\n\n"
        "Collins was joined by Army Brig. Gen. Sara T. Lopez, director of plans.\n\n"
        "On Tuesday he met Peru's Minister of Defense, Walter Rios, who welcomed the talks."
    )
    person = parse_person(
        "U.S. Navy Adm. Mark J. Collins, commander of U.S. Southern Command", lexicon
    )
    assert person is not None and (person.name, person.country) == ("Mark J. Collins", "USA")
    sides = _sides(text, lexicon)
    assert sides["USA"][0] == "Mark J. Collins"
    assert sides["PER"][0] == "Luis Torres Vega"


def test_a_transcript_s_speaker_who_says_i_led_heads_his_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Tonga and New Zealand police hold talks\n\n"
        "Tonga and New Zealand this week held the second meeting of their Policing Committee in "
        "Nuku'alofa. We spoke to the Commissioner of the Tonga Police, Sione Fifita, after the "
        "talks.\n\n"
        "FIFITA: Thank you. The New Zealand delegation was led by the Deputy Commissioner of "
        "New Zealand Police, Grace Holloway. On our side I led, with my Deputy Commissioner, "
        "Superintendent Viliami Taufa, and the Chief Executive of the Ministry of Police, Mr. "
        "Tevita Lolo."
    )
    sides = _sides(text, lexicon)
    assert sides["TON"][0] == "Sione Fifita"
    assert sides["NZL"][0] == "Grace Holloway"


def test_a_post_in_lower_case_before_a_styled_name(lexicon: sg.Lexicon) -> None:
    text = (
        "the Chief of Army General Tan Sri Ahmad Zaki, Home Ministry secretary-general Datuk "
        "Seri Rosli Hamid and Deputy Inspector-General Datuk Lim Wei Ming"
    )
    people = [parse_person(c, lexicon) for c in chunks(text, lexicon)]
    assert [p.name for p in people if p is not None] == [
        "Ahmad Zaki",
        "Rosli Hamid",
        "Lim Wei Ming",
    ]
