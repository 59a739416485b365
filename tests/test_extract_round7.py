"""The seventh pass: a back-off layer for officials (people with a title, a rank or an office in
any sentence that reports the meeting, their side from their office, the clause's opening
country or the person they accompany), signature blocks, a venue that is no city, features
named after a country, and areas written as coordinated or modified phrases. Each on text of
its own (the people and meetings are invented, not in the dev sets)."""

from __future__ import annotations

import pytest
from conftest import draft_sides

import secgraph as sg
from secgraph.extract._shapes import read_person, split_people


def _sides(draft: sg.Draft) -> dict[str, str]:
    return {o.name: o.country for o in draft.officials}


def _titles(draft: sg.Draft) -> dict[str, str | None]:
    return {o.name: o.title for o in draft.officials}


def test_joining_a_person_takes_that_persons_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Chile and Peru held their border security talks in Lima on 4 March 2025. The talks "
        "were co-chaired by Peru's Deputy Foreign Minister Rosa Quispe Mamani and Chile's "
        "Undersecretary of Defence Tomas Varela Soto. Joining Quispe were Police General "
        "Arturo Salas Vera, the Director of the National Police, and Vice Admiral Jorge "
        "Linares Coll, the Commander of the Coast Guard."
    )
    draft = sg.extract(text, lexicon)
    sides = _sides(draft)
    assert sides["Arturo Salas Vera"] == "PER"
    assert sides["Jorge Linares Coll"] == "PER"
    assert draft_sides(draft)["PER"][0] == "Rosa Quispe Mamani"  # the co-chair still leads


def test_joined_at_the_talks_by_titles_then_ranks(lexicon: sg.Lexicon) -> None:
    text = (
        "The Chief of Defence Staff of Ghana, Vice Admiral Kofi Mensah Addo, on Monday received "
        "the Chief of Staff of the Armed Forces of Togo, General Yao Dogbe, in Accra on "
        "10 June 2024. Addo was joined at the talks by the Chief of Army Staff, Maj Gen Kwame "
        "Boateng Asare, and the Chief of Naval Staff, Rear Admiral Esi Owusu Ansah."
    )
    draft = sg.extract(text, lexicon)
    sides = _sides(draft)
    assert sides["Kwame Boateng Asare"] == "GHA"
    assert sides["Esi Owusu Ansah"] == "GHA"
    assert _titles(draft)["Kwame Boateng Asare"] == "Chief of Army Staff"
    assert draft_sides(draft)["GHA"][0] == "Kofi Mensah Addo"
    assert draft_sides(draft)["TGO"][0] == "Yao Dogbe"


def test_for_a_country_opens_a_side_and_is_no_name(lexicon: sg.Lexicon) -> None:
    text = (
        "Honduras and El Salvador held their security commission in Tegucigalpa on "
        "2 May 2024. For El Salvador, the Minister of Security, Carlos Antonio Rivas, led a "
        "delegation in which the Director of the Civil Police, Ana Lucia Fuentes, took part. "
        "The Honduran side was headed by the Minister of Security, Jorge Alberto Paz."
    )
    draft = sg.extract(text, lexicon)
    sides = draft_sides(draft)
    assert sides["SLV"] == ["Carlos Antonio Rivas", "Ana Lucia Fuentes"]
    assert sides["HND"] == ["Jorge Alberto Paz"]
    assert not any(o.name.startswith("For ") for o in draft.officials)


def test_who_heads_gives_a_title_and_the_adjective_a_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Latvia's interior minister Ilze Berzina met her Lithuanian counterpart Tomas "
        "Kairys in Riga on 3 October 2024. Berzina was accompanied by Janis Ozols, who heads "
        "the Latvian State Border Guard, while Kairys was joined by Rasa Petraitiene, "
        "commandant of the Lithuanian State Border Guard Service."
    )
    draft = sg.extract(text, lexicon)
    sides = _sides(draft)
    assert sides["Janis Ozols"] == "LVA"
    assert sides["Rasa Petraitiene"] == "LTU"
    assert _titles(draft)["Janis Ozols"] == "head of the Latvian State Border Guard"


@pytest.mark.parametrize(
    ("chunk", "name", "title", "honorific", "organisation"),
    [
        (
            "Rear Admiral Suryadi, head of the operations directorate of the Coast Guard",
            "Suryadi",
            "head of the operations directorate of the Coast Guard",
            "Rear Admiral",
            None,
        ),
        (
            "Budi Santoso of the Ministry of Marine Affairs",
            "Budi Santoso",
            None,
            None,
            "Ministry of Marine Affairs",
        ),
        ("General Hem Sokha of Cambodia", "Hem Sokha", None, "General", None),
        (
            "the head of the Federal Police, Commissioner General Luis Rolle",
            "Luis Rolle",
            "head of the Federal Police",
            "Commissioner General",
            None,
        ),
    ],
)
def test_more_shapes_of_one_person(
    lexicon: sg.Lexicon,
    chunk: str,
    name: str,
    title: str | None,
    honorific: str | None,
    organisation: str | None,
) -> None:
    p = read_person(chunk, lexicon)
    assert p is not None
    assert (p.name, p.title, p.honorific, p.organisation) == (name, title, honorific, organisation)


def test_a_surname_with_a_courtesy_title_is_no_new_person(lexicon: sg.Lexicon) -> None:
    assert read_person("Mr Okafor", lexicon) is None
    assert read_person("Director, Intelligence Bureau", lexicon) is None


def test_a_list_joins_a_piece_to_the_person_before(lexicon: sg.Lexicon) -> None:
    people = split_people(
        "The Hon Mark Reid MP, Deputy Prime Minister and Minister for Defence of Australia, "
        "and General Budi Hartono, Minister of Defence of the Republic of Indonesia",
        lexicon,
    )
    assert [(p.name, p.country) for p in people] == [
        ("Mark Reid", "AUS"),
        ("Budi Hartono", "IDN"),
    ]


def test_principals_around_held_talks_with_lead(lexicon: sg.Lexicon) -> None:
    text = (
        "Rabat - The Minister Delegate in charge of the National Defence Administration, "
        "Karim Bennani, held talks on Monday 3 March 2025 in Rabat with the Secretary of "
        "State for Defence of the Portuguese Republic, Marta Lopes Ferreira, as part of the "
        "Morocco-Portugal Joint Defence Committee. On the Moroccan side, the meeting was "
        "attended by the Inspector General of the Armed Forces, General Driss Alami."
    )
    draft = sg.extract(text, lexicon)
    sides = draft_sides(draft)
    assert sides["MAR"][0] == "Karim Bennani"
    assert sides["PRT"][0] == "Marta Lopes Ferreira"
    assert "Driss Alami" in sides["MAR"]


def test_a_third_countrys_minister_is_no_delegate(lexicon: sg.Lexicon) -> None:
    text = (
        "The UK and Ghana held their annual Security Dialogue in Accra on 5 June 2024. The UK "
        "delegation was led by Minister for Africa Helen Clarke MP, and Ghana was represented "
        "by Minister for Defence Kwesi Darko. Earlier in the week, Ms Clarke met Togo's "
        "Foreign Minister, Komla Agbeko, in Lome. The dialogue came a week after French "
        "Defence Minister Paul Girard visited Accra."
    )
    names = _sides(sg.extract(text, lexicon))
    assert names == {"Helen Clarke": "GBR", "Kwesi Darko": "GHA"}


def test_a_side_named_after_the_verb(lexicon: sg.Lexicon) -> None:
    text = (
        "Greece and Cyprus held defence talks in Athens on 4 April 2024. Minister of National "
        "Defence Nikos Pappas and Chief of the General Staff General Dimitris Kostas "
        "represented Greece, while Cyprus was represented by Defence Minister Andreas Loizou "
        "and the Chief of the National Guard, Lieutenant General Petros Ioannou."
    )
    sides = _sides(sg.extract(text, lexicon))
    assert sides["Dimitris Kostas"] == "GRC"
    assert sides["Petros Ioannou"] == "CYP"


def test_a_posting_in_a_capital_is_no_side(lexicon: sg.Lexicon) -> None:
    text = (
        "The Chief of Defence Staff, General Musa Bello, on Tuesday received the Chief of "
        "Staff of the Armed Forces of Chad, General Idriss Mahamat, at Defence Headquarters, "
        "Abuja, on 3 September 2024. The visiting delegation included Colonel Ali Brahim "
        "(Defence Attache in Abuja)."
    )
    assert _sides(sg.extract(text, lexicon))["Ali Brahim"] == "TCD"


def test_a_signature_block_names_each_sides_leader(lexicon: sg.Lexicon) -> None:
    text = (
        "JOINT STATEMENT\non the meeting of the Ministers of Internal Affairs of the Kyrgyz "
        "Republic and the Republic of Tajikistan\n\nDushanbe, 4 June 2025\n\n1. The Parties "
        "held talks in Dushanbe on 4 June 2025 on countering drug trafficking.\n\n"
        "For the Ministry of Internal Affairs\nof the Kyrgyz Republic\nUlan Niyazbekov\n"
        "Minister of Internal Affairs\n\nFor the Ministry of Internal Affairs\nof the Republic "
        "of Tajikistan\nRamazon Rahimzoda\nMinister of Internal Affairs\n"
    )
    draft = sg.extract(text, lexicon)
    sides = draft_sides(draft)
    assert sides["KGZ"] == ["Ulan Niyazbekov"]
    assert sides["TJK"] == ["Ramazon Rahimzoda"]


def test_a_venue_that_is_no_city_takes_the_datelines_city(lexicon: sg.Lexicon) -> None:
    text = (
        "KATHMANDU, Nov 4, 2024 - Nepal and India agreed on Monday to expand joint training "
        "of their armies.\n\nThe Nepali army chief, General Ashok Thapa, and the Indian army "
        "chief, General Vivek Rana, held talks at Army Headquarters."
    )
    draft = sg.extract(text, lexicon)
    place = {p.id: p for p in draft.places}.get(draft.meetings[0].place or "")
    assert place is not None and (place.name, place.country) == ("Kathmandu", "NPL")


def test_a_lake_named_after_a_country_is_no_mention(lexicon: sg.Lexicon) -> None:
    text = (
        "Nigeria and Niger held talks in Abuja on 3 May 2024. They agreed to resume joint "
        "patrols in the Lake Chad area."
    )
    assert "TCD" not in sg.extract(text, lexicon).meetings[0].discussed


def test_areas_in_coordinated_and_modified_phrases(lexicon: sg.Lexicon) -> None:
    text = (
        "Laos and Thailand held border talks in Vientiane on 5 May 2024. They agreed to stamp "
        "out drug and timber smuggling, to exchange operational information and to hold "
        "border patrols."
    )
    meeting = sg.extract(text, lexicon).meetings[0]
    assert "drug-trafficking" in meeting.threats
    assert {"counter-narcotics", "intelligence-sharing", "border-security"} <= set(meeting.areas)


def test_a_call_on_another_day_names_no_delegate(lexicon: sg.Lexicon) -> None:
    text = (
        "Vietnam and Cambodia agreed on Wednesday to step up joint patrols after talks in "
        "Phnom Penh on 20 November 2024. Cambodian Defence Minister Sok Vanna and his "
        "Vietnamese counterpart Tran Van Minh co-chaired the talks. Prime Minister Chea Sophal "
        "received the Vietnamese delegation on Tuesday evening. Defence Ministry spokesman "
        "Colonel Chhum Rith told reporters the talks went well."
    )
    names = _sides(sg.extract(text, lexicon))
    assert "Chea Sophal" not in names
    assert "Chhum Rith" not in names


@pytest.mark.parametrize(
    ("when", "date"),
    [
        ("on Thursday (14/3/2024)", "2024-03-14"),  # the day is over 12: one reading
        ("on Wednesday, 4/12/2024", "2024-12-04"),  # two readings, the weekday picks one
        ("on Monday (02/12/2024)", None),  # both readings are Mondays: no date invented
    ],
)
def test_a_numeric_date_is_read_only_when_one_reading_fits(
    lexicon: sg.Lexicon, when: str, date: str | None
) -> None:
    text = (
        f"Indonesia and Norway held their maritime security dialogue in Jakarta {when}. "
        "Both sides agreed to exchange information on vessels."
    )
    meeting = sg.extract(text, lexicon).meetings[0]
    assert (meeting.date.isoformat() if meeting.date else None) == date


def test_no_weekday_in_a_dialogues_name_and_no_title_as_one(lexicon: sg.Lexicon) -> None:
    text = (
        "MANILA, Feb. 14, 2025 - The Philippines and Japan held the 13th Philippines-Japan "
        "Vice-Ministerial Strategic Dialogue on Thursday in Manila. General Ramon Cruz, "
        "Chairman Joint Chiefs of Staff Committee, also attended."
    )
    draft = sg.extract(text, lexicon)
    assert [d.name for d in draft.dialogues] == [
        "Philippines-Japan Vice-Ministerial Strategic Dialogue"
    ]


def test_the_adjectives_minister_was_accompanied_by(lexicon: sg.Lexicon) -> None:
    text = (
        "Chile's Minister of Defence, Rosa Vidal, received her Bolivian counterpart, Jaime "
        "Mendez, in Santiago on 2 June 2024. The Bolivian minister was accompanied by the "
        "Commander in Chief of the Armed Forces, General Oscar Quiroga, and the Director of "
        "Intelligence, Colonel Ana Tapia."
    )
    sides = _sides(sg.extract(text, lexicon))
    assert sides["Oscar Quiroga"] == "BOL"
    assert sides["Ana Tapia"] == "BOL"


def test_a_comma_list_of_titled_people_is_several(lexicon: sg.Lexicon) -> None:
    people = split_people(
        "Defence Minister Arif Demir, Interior Minister Kemal Aslan and Intelligence chief "
        "Selim Kaya",
        lexicon,
    )
    assert [p.name for p in people] == ["Arif Demir", "Kemal Aslan", "Selim Kaya"]


def test_caption_notes_and_a_city_after_to_end_a_name(lexicon: sg.Lexicon) -> None:
    assert read_person("Defence Minister Sok Vanna (centre)", lexicon) is not None
    text = (
        "Defence Secretary Mark Holloway welcomed his Danish counterpart Lars Holm to London "
        "on 3 April 2024 for talks on Baltic security."
    )
    sides = _sides(sg.extract(text, lexicon))
    assert sides == {"Mark Holloway": "GBR", "Lars Holm": "DNK"}


def test_two_principals_who_pledged(lexicon: sg.Lexicon) -> None:
    text = (
        "VILNIUS, May 6, 2024 (Reuters) - Lithuanian Defence Minister Laurynas Petraitis and "
        "Polish Deputy Defence Minister Marek Nowicki pledged on Monday to deepen air defence "
        "cooperation at talks in Vilnius."
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides == {"LTU": ["Laurynas Petraitis"], "POL": ["Marek Nowicki"]}


def test_the_meeting_was_attended_by_borrows_no_one_elses_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Muscat, Feb. 3 (ONA) -- Interior Minister Sayyid Hamad Al Busaidi received today "
        "Irish Minister of State for Defence Sean Doyle, in the presence of the Irish "
        "Ambassador to Oman, Ciara Walsh, in Muscat.\n\nThe meeting was attended by the "
        "Inspector General of Police and Customs, Lieutenant General Khalid Al Hinai."
    )
    sides = _sides(sg.extract(text, lexicon))
    assert sides["Ciara Walsh"] == "IRL"
    assert sides["Khalid Al Hinai"] == "OMN"  # the host's office, not the ambassador's side


def test_agreeing_to_and_meeting_again_are_commitments(lexicon: sg.Lexicon) -> None:
    text = (
        "Latvia's interior minister Ilze Berzina met her Estonian counterpart Kristo Tamm in "
        "Riga on 4 October 2024, with the two agreeing to share border surveillance data. "
        "They will meet again in Tallinn in the spring."
    )
    quotes = [c.description for c in sg.extract(text, lexicon).commitments]
    assert any("agreeing to share" in q for q in quotes)
    assert any("meet again" in q for q in quotes)


def test_in_attendance_lists_and_suffixes(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, March 12, 2025 - Kenya and Uganda on Tuesday held the fourth meeting of their "
        "joint commission on security in Nairobi. Interior Cabinet Secretary Peter Mwangi "
        "chaired the Kenyan side and Minister of Internal Affairs Joseph Okello Jr. the "
        "Ugandan side. Also in attendance were Kenya's Inspector General of Police David "
        "Kamau, Uganda's Inspector General of Police Moses Okello and senior officials from "
        "both governments."
    )
    sides = _sides(sg.extract(text, lexicon))
    assert sides["David Kamau"] == "KEN"
    assert sides["Moses Okello"] == "UGA"  # "Okello Jr." is no second reference to him


def test_post_nominals_and_an_agencys_dateline_without_a_dash(lexicon: sg.Lexicon) -> None:
    person = read_person("the Chief of the Defence Force, Admiral Mark Kerr AC RAN", lexicon)
    assert person is not None and person.name == "Mark Kerr"
    text = (
        "New Delhi, Jan 14 (PTI) India and the Maldives held the fifth Defence Cooperation "
        "Dialogue here on Monday."
    )
    draft = sg.extract(text, lexicon)
    place = {p.id: p for p in draft.places}.get(draft.meetings[0].place or "")
    assert place is not None and place.name == "New Delhi"
    assert draft.meetings[0].date is None  # no year anywhere: no date invented


def test_received_on_a_day_and_a_relative_who_shares_a_family_name(lexicon: sg.Lexicon) -> None:
    text = (
        "DOHA, Oct 8 (QNA) -- Minister of State for Defence Affairs Sheikh Khalid bin Saud "
        "Al-Thani received on Tuesday Bahrain's Minister of Interior General Rashid bin Ali "
        "Al-Nuaimi and his accompanying delegation, currently visiting the country.\n\nThe "
        "meeting was attended by Chief of Staff Lieutenant General Sheikh Salem bin Hamad "
        "Al-Thani and Bahrain's Ambassador to Qatar Dr. Yusuf bin Ahmed Al-Sada."
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["QAT"][:2] == ["Khalid bin Saud Al-Thani", "Salem bin Hamad Al-Thani"]
    assert sides["BHR"][0] == "Rashid bin Ali Al-Nuaimi"


def test_on_the_side_lists_each_person_with_their_own_title(lexicon: sg.Lexicon) -> None:
    text = (
        "The European Union and Ghana held their Security and Defence Dialogue in Accra on "
        "18 June 2024. The dialogue was co-chaired by Anna Kowalska, Director for Security and "
        "Defence Policy at the European External Action Service, and Ama Mensah, Chief "
        "Director of the Ministry of Foreign Affairs of Ghana. On the Ghanaian side, the Vice "
        "Chief of the Defence Staff, Air Vice Marshal Kofi Boateng, and the Director General "
        "of the Counter Terrorism Centre, Yaw Asante, took part."
    )
    titles = _titles(sg.extract(text, lexicon))
    assert titles["Kofi Boateng"] == "Vice Chief of the Defence Staff"
    assert titles["Yaw Asante"] == "Director General of the Counter Terrorism Centre"


def test_a_city_geonames_names_with_city_after_it(lexicon: sg.Lexicon) -> None:
    text = (
        "Ms. Yoko Sato, Minister for Foreign Affairs of Japan, held a meeting with Mr. Omar "
        "Haddad, Minister for Foreign Affairs of Jordan, in New York on 23 September 2024."
    )
    draft = sg.extract(text, lexicon)
    place = {p.id: p for p in draft.places}.get(draft.meetings[0].place or "")
    assert place is not None and (place.name, place.country) == ("New York", "USA")


def test_a_sentence_set_in_another_city_names_no_delegate(lexicon: sg.Lexicon) -> None:
    text = (
        "TALLINN, June 3, 2024 (Reuters) - Estonian Defence Minister Hanno Pevkur and his "
        "Latvian counterpart Andris Spruds agreed on Monday to deepen air defence cooperation "
        "at talks in Tallinn.\n\nLatvian Prime Minister Evika Silina met NATO commanders in "
        "Riga on Friday."
    )
    from secgraph.extract._countries import find_mentions
    from secgraph.extract._people import find_people
    from secgraph.extract._text import split_sentences

    sentences = split_sentences(text)
    mentions = [find_mentions(s, lexicon) for s in sentences]
    people = find_people(sentences, mentions, ["EST", "LVA"], lexicon, "EST", place="Tallinn")
    assert {p.name for p in people} == {"Hanno Pevkur", "Andris Spruds"}


def test_a_one_sided_paragraph_in_a_partys_city_is_no_second_meeting(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "VILNIUS, June 3, 2024 (Reuters) - Polish Defence Minister Marek Zielinski and his "
        "Lithuanian counterpart Tomas Petrauskas agreed on Monday to deepen air defence "
        "cooperation at talks in Vilnius.\n\nPolish President Jan Kowal met NATO commanders "
        "in Warsaw on Friday."
    )
    draft = sg.extract(text, lexicon)
    assert len(draft.meetings) == 1
    assert _sides(draft) == {"Marek Zielinski": "POL", "Tomas Petrauskas": "LTU"}


def test_a_bulleted_delegation_list(lexicon: sg.Lexicon) -> None:
    text = (
        "The fifth meeting of the India-Australia Joint Working Group on Counter-Terrorism was "
        "held in Canberra on 14 November 2024.\n\nThe Indian delegation was led by Dr. Arun "
        "Mehta, Joint Secretary (Counter Terrorism), Ministry of External Affairs. The "
        "Australian delegation was led by Ms. Jane Hollis, Ambassador for Counter-Terrorism."
        "\n\nThe Indian delegation comprised:\n- Mr. Vikas Rao, Inspector General, National "
        "Investigation Agency\n- Ms. Neha Iyer, Director, Ministry of Home Affairs\n\nThe "
        "Australian delegation comprised:\n- Mr. Sam Doyle, Assistant Commissioner, Australian "
        "Federal Police\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["IND"] == ["Arun Mehta", "Vikas Rao", "Neha Iyer"]
    assert sides["AUS"] == ["Jane Hollis", "Sam Doyle"]


def test_a_readout_whose_own_side_is_named_only_by_its_office(lexicon: sg.Lexicon) -> None:
    text = (
        "Readout of the Secretary's Meeting With the Thai Minister of Defence\n\n"
        "Secretary of Defense Mark Hale hosted Thai Minister of Defence General Somchai Wong at "
        "the Pentagon on September 10, 2024. The leaders discussed maritime security and "
        "defense industrial cooperation."
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides == {"THA": ["Somchai Wong"], "USA": ["Mark Hale"]}


def test_accompanied_in_the_subject_and_country_headed_participants(lexicon: sg.Lexicon) -> None:
    text = (
        "Lima, 12 March 2025 - The Minister of Defence of Peru, Walter Rios, accompanied by "
        "the Commander of the Joint Command, Admiral Jorge Paz, met in Lima with the Bolivian "
        "Minister of Defence, Edmundo Novillo.\n\nParticipants: Peru - Ana Quispe (Director of "
        "Police Intelligence); Bolivia - Marco Flores (Vice Minister of Defence)."
    )
    sides = _sides(sg.extract(text, lexicon))
    assert sides["Jorge Paz"] == "PER"
    assert sides["Ana Quispe"] == "PER"
    assert sides["Marco Flores"] == "BOL"


def test_a_semicolon_list_stays_one_sides(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._backoff import more_people
    from secgraph.extract._countries import find_mentions
    from secgraph.extract._text import split_sentences

    text = (
        "Honduras and Nicaragua held security talks in Tegucigalpa on 2 May 2024. The "
        "Nicaraguan delegation consisted of the Minister of Foreign Affairs, Laura Ortega; the "
        "Minister of the Interior, Pedro Ruiz; and the Minister of Defence, Juan Vega."
    )
    sentences = split_sentences(text)
    mentions = [find_mentions(s, lexicon) for s in sentences]
    people = more_people(sentences, mentions, ["HND", "NIC"], lexicon, [], "HND")
    assert {p.name: p.country for p in people} == {
        "Laura Ortega": "NIC",
        "Pedro Ruiz": "NIC",
        "Juan Vega": "NIC",
    }


def test_a_delegation_table(lexicon: sg.Lexicon) -> None:
    text = (
        "Skopje, 21.10.2024\n\nThe Minister of Internal Affairs of North Macedonia, Ivan "
        "Petrov, today received the Minister of Interior of Serbia, Marko Jovic, in Skopje. "
        "The delegations were composed as follows:\n\nRepublic of Serbia\n"
        "  Marko Jovic          Minister of Interior\n"
        "  Dragan Ilic          Director of the Border Police\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["SRB"] == ["Marko Jovic", "Dragan Ilic"]


def test_a_date_between_subject_and_verb_and_a_title_by_its_initials(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "The Comptroller-General of Customs, Musa Bello Idris, MFR, on Thursday, 16th May, 2024 "
        "hosted the Director General of Customs of the Republic of Niger, Mr. Issa Garba, in "
        "Abuja.\n\nThe CGC was accompanied by the Deputy Comptroller-General (Enforcement), "
        "DCG Ahmed Sani Lawal; and the Customs Area Controller, Seme Command, Comptroller "
        "Wale Okon, fdc."
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["NGA"] == ["Musa Bello Idris", "Ahmed Sani Lawal", "Wale Okon"]
    assert sides["NER"] == ["Issa Garba"]
