"""Issue 21, the sides-and-leaders pass of branch extract20: shapes of the genre in which the
extractor put people on the wrong side, missed a side's head, or took someone only mentioned
(or an office) for a delegate. Each test on a short text written for it (people and meetings
invented)."""

from __future__ import annotations

from conftest import draft_sides

import secgraph as sg
from secgraph.extract._chairs import marked_heads
from secgraph.extract._text import split_sentences


def _sides(text: str, lexicon: sg.Lexicon) -> dict[str, list[str]]:
    return draft_sides(sg.extract(text, lexicon))


def _names(text: str, lexicon: sg.Lexicon) -> set[str]:
    return {o.name for o in sg.extract(text, lexicon).officials}


# --- a "(head of delegation)" mark after a title or an office -------------------------------

_LISTED = (
    "Ruse, May 6 (BTA) - Bulgaria and Romania agreed on Tuesday to hold joint river patrols on "
    "the Danube, after a meeting of the two border police services in Ruse.\n\n"
    "The delegations were as follows:\n\n"
    "Bulgaria: Commissioner Petar Ivanov Kolev, Director of the Regional Border Police "
    "Directorate (head of delegation); Inspector Maria Dimova Stoyanova, Head of the River "
    "Patrol Sector.\n\n"
    "Romania: Brigadier General Andrei Mihai Popa, Commander of the Danube Squadron of the "
    "Naval Forces Command (head of delegation); Elena Ionescu, Deputy Director of Migration.\n"
)


def test_a_head_of_delegation_mark_after_an_office_marks_the_entry_s_person(
    lexicon: sg.Lexicon,
) -> None:
    sides = _sides(_LISTED, lexicon)
    assert sides["BGR"][0] == "Petar Ivanov Kolev"
    assert sides["ROU"][0] == "Andrei Mihai Popa"


def test_the_office_before_a_head_of_delegation_mark_is_no_person(lexicon: sg.Lexicon) -> None:
    heads = marked_heads(split_sentences(_LISTED), lexicon)
    assert "Commissioner Petar Ivanov Kolev" in heads
    assert "Regional Border Police Directorate" not in heads


def test_the_tail_of_a_title_read_as_a_name_is_no_person(lexicon: sg.Lexicon) -> None:
    names = _names(_LISTED, lexicon)  # ("Head of the River Patrol Sector.")
    assert names == {
        "Petar Ivanov Kolev",
        "Maria Dimova Stoyanova",
        "Andrei Mihai Popa",
        "Elena Ionescu",
    }


# --- people named only in an aside -----------------------------------------------------------

_TALKS = (
    "AMMAN, June 3 (Petra) - Jordan and Iraq held the fourth meeting of their Joint Border "
    "Security Committee in Amman on Tuesday. The talks were co-chaired by the Jordanian "
    "Secretary-General of the Ministry of Interior, Khaled Nasser Obeidat, and the Iraqi "
    "Deputy Minister of Interior, Hassan Kareem Jaafar. "
)


def test_a_minister_who_received_the_delegation_after_the_talks_is_no_member(
    lexicon: sg.Lexicon,
) -> None:
    text = _TALKS + (
        "Jordanian Interior Minister Omar Saleh Haddad received the Iraqi delegation after "
        "the meeting and stressed the depth of relations."
    )
    sides = _sides(text, lexicon)
    assert sides["JOR"] == ["Khaled Nasser Obeidat"]
    assert sides["IRQ"] == ["Hassan Kareem Jaafar"]


def test_a_delegation_received_by_a_minister_whose_side_another_leads(
    lexicon: sg.Lexicon,
) -> None:
    text = _TALKS + (
        "The Iraqi delegation was received by the Jordanian Minister of Interior, Omar Saleh "
        "Haddad, who conveyed the greetings of the King."
    )
    assert "Omar Saleh Haddad" not in _names(text, lexicon)


def test_a_head_of_government_who_received_the_delegation_is_no_member(
    lexicon: sg.Lexicon,
) -> None:
    text = _TALKS + "Iraqi Prime Minister Ali Mahdi Karim received Obeidat in Baghdad."
    assert "Ali Mahdi Karim" not in _names(text, lexicon)


def test_the_person_the_delegation_called_on_is_no_member(lexicon: sg.Lexicon) -> None:
    text = _TALKS + (
        "On Wednesday, the Iraqi delegation called on the Jordanian Chief of Staff, Major "
        "General Yousef Ali Zaben, at the General Command."
    )
    assert "Yousef Ali Zaben" not in _names(text, lexicon)


def test_a_story_of_the_call_itself_keeps_the_one_called_on(lexicon: sg.Lexicon) -> None:
    text = (
        "ISLAMABAD, March 9: General Chen Wei, Commander of the Southern Theatre of China, "
        "called on General Tariq Mahmood, Chief of the Naval Staff of Pakistan, at Naval "
        "Headquarters today. Matters of mutual interest, including regional security, were "
        "discussed."
    )
    assert {"Chen Wei", "Tariq Mahmood"} <= _names(text, lexicon)


def test_a_host_of_a_dinner_for_the_delegations_is_no_member(lexicon: sg.Lexicon) -> None:
    text = _TALKS + (
        "The Prime Minister of Jordan, Samir Fayez Tal, hosted a dinner for the two "
        "delegations in the evening."
    )
    assert "Samir Fayez Tal" not in _names(text, lexicon)


def test_an_earlier_meeting_of_the_ministers_names_no_member(lexicon: sg.Lexicon) -> None:
    text = _TALKS + (
        "Earlier, Jordanian Interior Minister Omar Saleh Haddad met Iraqi Interior Minister "
        "Raad Kamil Hashim on the sidelines of an Arab ministerial conference."
    )
    names = _names(text, lexicon)
    assert not {"Omar Saleh Haddad", "Raad Kamil Hashim"} & names


def test_a_minister_s_visit_in_an_earlier_month_names_no_member(lexicon: sg.Lexicon) -> None:
    text = _TALKS + (
        "Iraqi Interior Minister Raad Kamil Hashim visited Amman in April and met his "
        "Jordanian counterpart Omar Saleh Haddad."
    )
    names = _names(text, lexicon)
    assert not {"Omar Saleh Haddad", "Raad Kamil Hashim"} & names


def test_the_signatories_of_an_earlier_agreement_are_no_members(lexicon: sg.Lexicon) -> None:
    text = _TALKS + (
        "The committee follows up the agreement signed in May 2022 by Jordanian Interior "
        "Minister Omar Saleh Haddad and Iraqi National Security Adviser Raad Kamil Hashim."
    )
    names = _names(text, lexicon)
    assert not {"Omar Saleh Haddad", "Raad Kamil Hashim"} & names


def test_someone_not_involved_in_the_meeting_is_no_member(lexicon: sg.Lexicon) -> None:
    text = _TALKS + (
        "Jordanian Deputy Prime Minister Omar Saleh Haddad, who oversees the border file, was "
        "not involved in the meeting."
    )
    assert "Omar Saleh Haddad" not in _names(text, lexicon)


def test_a_host_who_received_the_guests_and_co_chaired_stays(lexicon: sg.Lexicon) -> None:
    text = (
        "AMMAN, June 3 (Petra) - Jordanian Interior Minister Omar Saleh Haddad received the "
        "Iraqi Deputy Minister of Interior, Hassan Kareem Jaafar, in Amman on Tuesday, before "
        "the two co-chaired the fourth meeting of the Jordan-Iraq Joint Border Security "
        "Committee."
    )
    sides = _sides(text, lexicon)
    assert sides["JOR"] == ["Omar Saleh Haddad"]
    assert sides["IRQ"] == ["Hassan Kareem Jaafar"]


# --- who led each side -------------------------------------------------------------------------


def test_a_visitor_travelling_to_the_talks_heads_the_guest_side(lexicon: sg.Lexicon) -> None:
    text = (
        "The Minister for Defence Procurement, Alan Whitcombe MP, travelled to Vilnius on "
        "Monday for the annual UK-Lithuania Defence Talks. The Lithuanian delegation was led "
        "by the Vice Minister of National Defence, Ruta Kazlauskiene. The two sides discussed "
        "air defence."
    )
    sides = _sides(text, lexicon)
    assert sides["GBR"] == ["Alan Whitcombe"]
    assert sides["LTU"] == ["Ruta Kazlauskiene"]


def test_a_delegation_headed_by_a_title_in_lower_case(lexicon: sg.Lexicon) -> None:
    text = (
        "ASUNCION, April 2 - Paraguay and Argentina held border security talks in Asuncion on "
        "Wednesday. The Argentine delegation was headed by the secretary of Security, Pablo "
        "Luis Ferreyra. Argentina's delegation included the commander of the Gendarmerie, "
        "Marcos Rivas. Paraguay's delegation was headed by the vice minister of Internal "
        "Security, Hugo Benitez Acosta, of the Ministry of the Interior."
    )
    sides = _sides(text, lexicon)
    assert sides["PRY"][0] == "Hugo Benitez Acosta"


# --- sides -------------------------------------------------------------------------------------


def test_a_country_whose_name_holds_and_is_its_minister_s_side(lexicon: sg.Lexicon) -> None:
    text = (
        "PORT OF SPAIN, May 4 (CMC) - Barbados Attorney General Dale Marshall and Trinidad "
        "and Tobago's National Security Minister Roger Alexis Boodram agreed in Port of Spain "
        "on Monday to set up a joint maritime patrol unit."
    )
    sides = _sides(text, lexicon)
    assert sides["TTO"] == ["Roger Alexis Boodram"]
    assert sides["BRB"] == ["Dale Marshall"]


_TRANSCRIPT = """TRANSCRIPT

JOINT PRESS CONFERENCE, WELLINGTON

Date: Monday, 9 March 2026

MARIA TEREZINHA LOPES, VICE MINISTER OF DEFENCE: Good afternoon. It is a pleasure to \
welcome my friend Minister Harwood and her delegation to Wellington for the third \
New Zealand-Timor-Leste Defence Talks, which we held this morning.

On our side, I was joined by the Chief of the Timorese Defence Force, Major General Joao \
Freitas Amaral, and the Director of Defence Policy, Ana Maria Guterres.

JANE HARWOOD, MINISTER OF DEFENCE: Thank you, Vice Minister.

I'm joined today by the New Zealand Chief of Navy, Rear Admiral Peter Okoro Lane; by the \
Deputy Secretary of Defence, Tom Whitacre, who is here on behalf of the Secretary of \
Defence, Brian Cole; and by our High Commissioner, Sarah Blake.

QUESTION: Minister, did you discuss fisheries?

JANE HARWOOD: We did, and we agreed to work together on maritime patrols.
"""


def test_a_press_conference_s_speakers_head_the_sides_they_name(lexicon: sg.Lexicon) -> None:
    sides = _sides(_TRANSCRIPT, lexicon)
    assert sides["TLS"][0] == "Maria Terezinha Lopes"
    assert sides["NZL"][0] == "Jane Harwood"
    assert "Tom Whitacre" in sides["NZL"]
    assert "Jane Harwood" not in sides["TLS"]


def test_someone_a_member_stands_in_for_is_no_member(lexicon: sg.Lexicon) -> None:
    assert "Brian Cole" not in _names(_TRANSCRIPT, lexicon)


def test_the_head_of_an_earlier_round_is_no_member(lexicon: sg.Lexicon) -> None:
    text = (
        "DHAKA, Feb 2 - The Bangladesh-Myanmar Home Secretary-level talks were held in Dhaka "
        "on Sunday. The Bangladesh delegation was led by Home Secretary Nasimul Ghani, while "
        "the Myanmar side was led by Deputy Home Minister Major General Aung Kyaw Oo. At the "
        "previous round in Naypyidaw in 2024, the Myanmar side was led by Home Minister "
        "Lieutenant General Yar Pyae Soe."
    )
    sides = _sides(text, lexicon)
    assert sides["MMR"] == ["Aung Kyaw Oo"]


# --- shapes the rules already read (guards) ----------------------------------------------------


def test_the_host_who_received_the_visiting_delegation_leads_his_side(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "ISLAMABAD, March 3 (APP) - Defence Minister Khalid Mahmood Rana received the visiting "
        "Omani delegation led by Secretary-General of the Ministry of Defence Salim Nasser "
        "Al-Busaidi in Islamabad on Monday. The two sides discussed defence cooperation."
    )
    sides = _sides(text, lexicon)
    assert sides["PAK"] == ["Khalid Mahmood Rana"]
    assert sides["OMN"] == ["Salim Nasser Al-Busaidi"]


def test_a_delegation_headed_by_a_that_held_talks_with_minister_b(lexicon: sg.Lexicon) -> None:
    text = (
        "TBILISI, May 5 - The Turkish delegation headed by Deputy Interior Minister Mehmet Ali "
        "Kaya held talks with Georgian Interior Minister Giorgi Beridze in Tbilisi on Tuesday."
    )
    sides = _sides(text, lexicon)
    assert sides["TUR"] == ["Mehmet Ali Kaya"]
    assert sides["GEO"] == ["Giorgi Beridze"]


def test_led_by_and_comprising_and_an_ambassador_on_his_own_side(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, July 9 - Kenya and Uganda held the fifth Joint Border Commission in Nairobi "
        "on Tuesday. The Ugandan delegation was led by Minister of Internal Affairs Kahinda "
        "Otafiire and comprised the Inspector General of Police, Abbas Byakagaba, and the "
        "Director of Immigration, Simon Mundeyi. The Kenyan side was led by Interior Cabinet "
        "Secretary Kipchumba Murkomen. Uganda's High Commissioner to Kenya, Joy Ruth Acheng, "
        "also attended."
    )
    sides = _sides(text, lexicon)
    assert sides["KEN"] == ["Kipchumba Murkomen"]
    assert sides["UGA"][0] == "Kahinda Otafiire"
    assert "Joy Ruth Acheng" in sides["UGA"]


# --- styles of address kept apart from the name -----------------------------------------------


def test_bhutan_s_dasho_and_myanmar_s_daw_are_no_part_of_the_name(lexicon: sg.Lexicon) -> None:
    text = (
        "THIMPHU, March 3 - Bhutan and Myanmar held border talks in Thimphu on Monday. Home "
        "Secretary Dasho Karma Dorji Wangchuk led the Bhutanese delegation, and Police Major "
        "Daw Thin Thin Aye, Tamu district police chief, took part for Myanmar."
    )
    names = _names(text, lexicon)
    assert {"Karma Dorji Wangchuk", "Thin Thin Aye"} <= names
    assert _sides(text, lexicon)["BTN"][0] == "Karma Dorji Wangchuk"


def test_indonesia_s_service_after_a_rank_is_no_part_of_the_name(lexicon: sg.Lexicon) -> None:
    text = (
        "JAKARTA, May 5 - Indonesia and Fiji held defence talks in Jakarta on Tuesday. The "
        "Indonesian delegation was led by the Assistant for Operations, Major General TNI "
        "Bambang Sutrisno Hadi, while the Fijian delegation was led by the Chief of Staff, "
        "Colonel Jone Vakarua. Also attending were Brigadier General TNI Agus Setiawan Putra, "
        "Director of Training, and Colonel Semi Tabua, Fiji's Defence Attache."
    )
    assert _sides(text, lexicon)["IDN"] == ["Bambang Sutrisno Hadi", "Agus Setiawan Putra"]


# --- a communiqué's roster, its lines run together ---------------------------------------------

_ROSTER = """Malawi and Zambia held the ninth session of their Joint Permanent Commission on \
Defence and Security in Mzuzu from 2 to 4 May 2026.

The delegations were composed as follows:

Republic of Zambia
Leader of Delegation: Dr Mwila Chanda Banda - Permanent Secretary, Ministry of Defence
Members: Brigadier General Lubinda Mutale Phiri - Director of Operations, Zambia Army; \
Police Commander Chola Mwansa Tembo - Northern Province Police Commander

Republic of Malawi
Leader of Delegation: Mr Yohane Kamwendo Chirwa - Secretary for Defence
Members: Colonel Tawonga Mbewe Nyirenda - Chief of Staff Operations, Malawi Defence Force
"""


def test_a_roster_s_leader_of_delegation_heads_the_side_it_names(lexicon: sg.Lexicon) -> None:
    sides = _sides(_ROSTER, lexicon)
    assert sides["ZMB"] == ["Mwila Chanda Banda", "Lubinda Mutale Phiri", "Chola Mwansa Tembo"]
    assert sides["MWI"] == ["Yohane Kamwendo Chirwa", "Tawonga Mbewe Nyirenda"]


def test_on_the_x_side_the_meeting_was_headed_by(lexicon: sg.Lexicon) -> None:
    text = (
        "HAVANA, March 4 (PL) - Cuba and Colombia held the fourth round of their dialogue on "
        "drug control in Havana on Tuesday. The Cuban delegation was led by the First Deputy "
        "Minister of the Interior, Ramon Castillo Vega. On the Colombian side, the meeting was "
        "headed by the Undersecretary for Latin America and the Caribbean of the Ministry of "
        "Foreign Affairs (MRE), Laura Patricia Ortiz Gaviria, accompanied by the Director of "
        "Anti-Narcotics Police, Juan Pablo Rojas, and the Head of the Financial Analysis Unit, "
        "Marta Ruiz Salcedo."
    )
    assert _sides(text, lexicon)["COL"][0] == "Laura Patricia Ortiz Gaviria"


def test_a_title_naming_its_holder_s_country_puts_him_on_that_side(lexicon: sg.Lexicon) -> None:
    text = (
        "BAGHDAD, Sept 3 (INA) - The Secretary of Iran's Supreme National Security Council, "
        "Ali Reza Tavakoli, and Iraq's National Security Adviser, Qais Hamid Rashid, on "
        "Tuesday reviewed the border agreement in Baghdad. The fourth meeting of the "
        "Iran-Iraq Joint Security Committee was also attended by the Iranian Ambassador to "
        "Baghdad, Mahmoud Reza Kazemi, and the Deputy Commander of the Border Guard Command "
        "of the Islamic Republic of Iran, Brigadier General Hamid Karimi Vand. On the Iraqi "
        "side, the Commander of Iraq's Border Forces, Lieutenant General Saad Jabbar Khalaf, "
        "took part."
    )
    sides = _sides(text, lexicon)
    assert "Hamid Karimi Vand" in sides["IRN"]


def test_the_signatories_of_this_meeting_s_memorandum_stay(lexicon: sg.Lexicon) -> None:
    text = _TALKS + (
        "A memorandum on border patrols was signed on 3 June 2026 by Brigadier Ali Hassan "
        "Kamel, Director of Border Security of Iraq, and Colonel Sami Fares Odeh, Director of "
        "Border Guards of Jordan."
    )
    assert {"Ali Hassan Kamel", "Sami Fares Odeh"} <= _names(text, lexicon)


def test_a_host_who_received_the_guest_and_held_talks_with_him_stays(
    lexicon: sg.Lexicon,
) -> None:
    text = _TALKS + (
        "Jordanian Interior Minister Omar Saleh Haddad received Jaafar on Wednesday and held "
        "talks with him on the smuggling of drugs across the border."
    )
    assert "Omar Saleh Haddad" in _names(text, lexicon)


_BORDER = (
    "NAIROBI, July 9 - Kenya and Uganda held the fifth Joint Border Commission in Nairobi on "
    "Tuesday. The Kenyan side included Police Inspector General Douglas Kanja Kirocho and "
    "Immigration Director Evelyn Cheluget Wanjiru. "
)


def test_a_name_who_headed_the_x_delegation_heads_it(lexicon: sg.Lexicon) -> None:
    text = _BORDER + (
        "Kahinda Otafiire Mugisha, who headed the Ugandan delegation, said the border was "
        "calm. Raymond Omollo Ochieng, the Kenyan delegation leader, agreed."
    )
    sides = _sides(text, lexicon)
    assert sides["UGA"] == ["Kahinda Otafiire Mugisha"]
    assert sides["KEN"][0] == "Raymond Omollo Ochieng"


def test_the_head_of_delegation_role_is_no_part_of_the_title(lexicon: sg.Lexicon) -> None:
    text = _BORDER + (
        "Kahinda Otafiire Mugisha, head of the Ugandan delegation and Minister of Internal "
        "Affairs, said the border was calm."
    )
    draft = sg.extract(text, lexicon)
    titles = {o.name: o.title for o in draft.officials}
    assert titles["Kahinda Otafiire Mugisha"] == "Minister of Internal Affairs"


_HOME_TALKS = (
    "DHAKA, Feb 2 - The Bangladesh-Myanmar Home Secretary-level talks were held in Dhaka on "
    "Sunday. "
)


def test_a_side_led_by_a_title_then_a_name_then_an_office(lexicon: sg.Lexicon) -> None:
    text = _HOME_TALKS + (
        "A 12-member Myanmar delegation led by Deputy Home Minister Major General Aung Kyaw Oo "
        "took part, while the Bangladesh delegation was led by Senior Secretary Nasimul Ghani "
        "Khan of the Public Security Division."
    )
    assert _sides(text, lexicon)["BGD"] == ["Nasimul Ghani Khan"]


def test_leading_a_delegation_is_a_role_not_a_title(lexicon: sg.Lexicon) -> None:
    text = _HOME_TALKS + (
        "Major General Aung Kyaw Oo, leading a 12-member Myanmar delegation, met Home "
        "Secretary Nasimul Ghani Khan, who headed the Bangladesh team."
    )
    titles = {o.name: o.title for o in sg.extract(text, lexicon).officials}
    assert titles["Aung Kyaw Oo"] is None


def test_at_the_head_of_a_delegation_is_its_head(lexicon: sg.Lexicon) -> None:
    text = _BORDER + (
        "Internal Affairs Minister Kahinda Otafiire Mugisha, who arrived in Nairobi on Monday "
        "at the head of a 15-member delegation, said the border was calm."
    )
    assert _sides(text, lexicon)["UGA"] == ["Kahinda Otafiire Mugisha"]


def test_heading_the_x_delegation_a_said(lexicon: sg.Lexicon) -> None:
    text = _BORDER + (
        "Heading the Ugandan delegation, Internal Affairs Minister Kahinda Otafiire Mugisha "
        "said the border was calm."
    )
    assert _sides(text, lexicon)["UGA"] == ["Kahinda Otafiire Mugisha"]


_CYBER = (
    "NEW DELHI, May 5 (PTI) - India and Japan held the fifth round of their cyber dialogue in "
    "New Delhi on Monday. "
)


def test_two_delegations_led_by_a_and_b_respectively(lexicon: sg.Lexicon) -> None:
    text = _CYBER + (
        "The Indian and Japanese delegations were led by Joint Secretary Muanpuii Saiawi Ralte "
        "and Ambassador Takeshi Akahori Ueda, respectively."
    )
    sides = _sides(text, lexicon)
    assert sides["IND"] == ["Muanpuii Saiawi Ralte"]
    assert sides["JPN"] == ["Takeshi Akahori Ueda"]


def test_a_led_on_behalf_of_x_and_b_on_behalf_of_y(lexicon: sg.Lexicon) -> None:
    text = _CYBER + (
        "Joint Secretary Muanpuii Saiawi Ralte led the talks on behalf of India, and "
        "Ambassador Takeshi Akahori Ueda on behalf of Japan."
    )
    sides = _sides(text, lexicon)
    assert sides["IND"] == ["Muanpuii Saiawi Ralte"]
    assert sides["JPN"] == ["Takeshi Akahori Ueda"]


def test_liberia_s_cllr_is_a_style_not_a_name(lexicon: sg.Lexicon) -> None:
    text = (
        "GANTA, Nimba County - Liberia and Guinea ended a three-day border security meeting in "
        "Ganta on Friday. The Liberian delegation was headed by the Deputy Minister for Public "
        "Safety at the Ministry of Justice, Cllr. Musu Korvah Dennis, and included the Deputy "
        "Inspector General of Police, Col. Amos Tarr Flomo. The Guinean delegation was led by "
        "the Secretary General of the Ministry of Security, Mamadou Saliou Barry."
    )
    sides = _sides(text, lexicon)
    assert sides["LBR"][0] == "Musu Korvah Dennis"


def test_delegation_head_before_a_name_is_a_role_not_a_title(lexicon: sg.Lexicon) -> None:
    text = _BORDER + "Ugandan delegation head Kahinda Otafiire Mugisha said the border was calm."
    titles = {o.name: o.title for o in sg.extract(text, lexicon).officials}
    assert titles["Kahinda Otafiire Mugisha"] is None


def test_a_country_in_brackets_after_a_name_is_its_side(lexicon: sg.Lexicon) -> None:
    text = _CYBER + (
        "Joint Secretary Muanpuii Saiawi Ralte (India) and Ambassador Takeshi Akahori Ueda "
        "(Japan) co-chaired the meeting."
    )
    sides = _sides(text, lexicon)
    assert sides["IND"] == ["Muanpuii Saiawi Ralte"]
    assert sides["JPN"] == ["Takeshi Akahori Ueda"]
