"""The officials' pass of branch extract33: shapes of the genre in which the extractor lost a
side or its people (a pair of countries only talked about taken for the parties, ...). Each
test on a short text written for it (people and meetings invented)."""

from __future__ import annotations

from conftest import draft_sides

import secgraph as sg
from secgraph.extract._names import parse_person
from secgraph.extract._pairs import outweighed


def _sides(text: str, lexicon: sg.Lexicon) -> dict[str, list[str]]:
    return draft_sides(sg.extract(text, lexicon))


# --- a pair written once gives way to a side named throughout --------------------------------


def test_a_pair_written_once_gives_way_to_a_country_scoring_more() -> None:
    assert outweighed(("MOZ", "RWA"), {("MOZ", "RWA"): 5}, {"MOZ": 11, "RWA": 6, "ZAF": 9})
    assert not outweighed(("MOZ", "RWA"), {("MOZ", "RWA"): 10}, {"MOZ": 11, "RWA": 6, "ZAF": 9})
    assert not outweighed(("MOZ", "ZAF"), {("MOZ", "ZAF"): 5}, {"MOZ": 11, "ZAF": 9, "RWA": 6})


def test_countries_only_talked_about_are_not_the_parties(lexicon: sg.Lexicon) -> None:
    text = (
        "Police chiefs meet in Pretoria\n\n"
        "PRETORIA - The South African Police Service (SAPS) and the Police of the Republic of "
        "Mozambique (PRM) agreed to step up joint operations against vehicle theft.\n\n"
        "This follows a meeting between the National Commissioner of the SAPS, General Ann "
        "Mokoena, and the Commander-General of the PRM, Jose Tembe, held in Pretoria on "
        "Tuesday.\n\n"
        "The SAPS delegation included the Provincial Commissioner of Limpopo, "
        "Lieutenant General Peter Dlamini, and the SAPS head of crime intelligence, Major "
        "General Sipho Ndlovu.\n\n"
        "They also discussed the situation in the north, where Mozambican and Rwandan forces "
        "continue to fight an insurgency.\n\n"
        "The SAPS further committed to offer training to PRM officers."
    )
    sides = _sides(text, lexicon)
    assert set(sides) == {"ZAF", "MOZ"}
    assert sides["ZAF"][0] == "Ann Mokoena"


def test_the_company_of_a_head_named_by_adjective_is_that_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Police chiefs meet in Pretoria\n\n"
        "PRETORIA - The South African Police Service (SAPS) and the Police of the Republic of "
        "Mozambique (PRM) agreed to step up joint operations against vehicle theft.\n\n"
        "This follows a meeting between the National Commissioner of the SAPS, General Ann "
        "Mokoena, and the Commander-General of the PRM, Jose Tembe, held in Pretoria on "
        "Tuesday.\n\n"
        "The SAPS delegation included the Provincial Commissioner of Limpopo, Lieutenant "
        "General Peter Dlamini. The Mozambican Commander-General was accompanied by the "
        "Director of the National Criminal Investigation Service (SERNIC), Carlos Mondlane.\n\n"
        "South Africa and Mozambique agreed to exchange crime intelligence."
    )
    sides = _sides(text, lexicon)
    assert "Carlos Mondlane" in sides["MOZ"]
    assert "Carlos Mondlane" not in sides["ZAF"]


# --- the side a delegation clause gives its people -------------------------------------------


def test_a_defined_acronyms_delegation_gives_its_members_their_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Defence chiefs hold talks in Suva\n\n"
        "The Chief of the New Zealand Defence Force, Air Marshal Tom Harris, held talks with "
        "the Commander of the Republic of Fiji Military Forces (RFMF), Major-General Jone "
        "Vatu, in Suva on Tuesday.\n\n"
        "Air Marshal Harris was accompanied by Commodore Ann Grey, Commander Joint Forces New "
        "Zealand.\n\n"
        "The RFMF delegation included Brigadier-General Semi Naiqama, Land Force Commander; "
        "and Colonel Pita Rabuka, Chief of Staff.\n\n"
        "Fiji and New Zealand agreed to expand training. Fiji thanked New Zealand."
    )
    sides = _sides(text, lexicon)
    assert "Semi Naiqama" in sides["FJI"] and "Pita Rabuka" in sides["FJI"]
    assert "Semi Naiqama" not in sides["NZL"]


def test_a_body_spelled_out_gives_its_acronym_a_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Police chiefs meet in Port Moresby\n\n"
        "The Royal Papua New Guinea Constabulary and the Australian Federal Police met in "
        "Port Moresby on Tuesday for the annual police executive committee.\n\n"
        "Police Commissioner Peter Wari led the RPNGC team while the AFP delegation was headed "
        "by Deputy Commissioner Jane Miles.\n\n"
        "Deputy Commissioner Operations Tom Yama, Assistant Commissioner Crimes Paul Sore and "
        "Chief Superintendent John Kaupa, commander of the National Capital District, also "
        "attended for PNG. Commander Sue Brent, "
        "the AFP's mission commander, was part of the Australian delegation.\n\n"
        "PNG and Australia agreed to train 500 more PNG police officers. Australia will fund "
        "a firearms registry in PNG."
    )
    sides = _sides(text, lexicon)
    assert sides["PNG"][0] == "Peter Wari" and "John Kaupa" in sides["PNG"]
    assert sides["AUS"][0] == "Jane Miles" and "Sue Brent" in sides["AUS"]


def test_who_led_the_delegation_names_only_the_one_before_it(lexicon: sg.Lexicon) -> None:
    text = (
        "Police chiefs meet in Lisbon\n\n"
        "The directors of Portugal's Judiciary Police (PJ) and Brazil's Federal Police met in "
        "Lisbon on Tuesday.\n\n"
        "The meeting was chaired by the national director of the PJ, Rui Costa, and by the "
        "director-general of the Federal Police, Paulo Lima, who led the Brazilian "
        "delegation.\n\n"
        "Portugal and Brazil agreed to exchange liaison officers."
    )
    sides = _sides(text, lexicon)
    assert sides["PRT"] == ["Rui Costa"]
    assert sides["BRA"] == ["Paulo Lima"]


# --- ranks kept apart from the name ----------------------------------------------------------


def test_ranks_of_other_services_stay_out_of_the_name(lexicon: sg.Lexicon) -> None:
    p = parse_person("Captain First Rank Ivan Petrov, head of the naval base", lexicon)
    assert p is not None and (p.name, p.honorific) == ("Ivan Petrov", "Captain First Rank")
    p = parse_person("Chief Quaestor Ion Popa", lexicon)
    assert p is not None and (p.name, p.honorific) == ("Ion Popa", "Chief Quaestor")
    p = parse_person("Quaestor Dan Stoica", lexicon)
    assert p is not None and p.name == "Dan Stoica"
    p = parse_person("Rear Admiral (LH) Dan Ionescu, Deputy Chief of the Naval Staff", lexicon)
    assert p is not None and (p.name, p.title) == ("Dan Ionescu", "Deputy Chief of the Naval Staff")
    p = parse_person("Subedar Abdul Karim", lexicon)
    assert p is not None and p.name == "Abdul Karim"


def test_a_side_led_by_a_captain_first_rank(lexicon: sg.Lexicon) -> None:
    text = (
        "Navies meet in Aktau\n\n"
        "AKTAU - Naval officers of Kazakhstan and Azerbaijan met in Aktau on Tuesday.\n\n"
        "The Azerbaijani delegation was led by Captain First Rank Rauf Aliyev, head of "
        "operations of the Azerbaijani Naval Forces. The Kazakh side was represented by "
        "Captain Second Rank Nurlan Abenov, head of the Aktau naval base.\n\n"
        "Kazakhstan and Azerbaijan agreed to hold a joint search and rescue exercise."
    )
    sides = _sides(text, lexicon)
    assert sides["AZE"] == ["Rauf Aliyev"] and sides["KAZ"] == ["Nurlan Abenov"]


# --- a reporting clause after the last head named ----------------------------------------------


def test_according_to_ends_the_list_of_heads(lexicon: sg.Lexicon) -> None:
    text = (
        "Australia, Timor-Leste agree to more patrols\n\n"
        "CANBERRA, Oct 16 (Reuters) - Australia and Timor-Leste agreed to increase joint "
        "maritime patrols, officials said on Friday, after defence talks in Dili earlier this "
        "week.\n\n"
        "The annual Australia-Timor-Leste Defence Cooperation Talks, held in the Timorese "
        "capital on Wednesday, October 14, 2026, were led by Australia's Deputy Secretary for "
        "Strategy, Policy and Industry, Mark Hill, and Timor-Leste's Secretary of State for "
        "Defence, Mario Tomás Lobo, according to a statement released by Australia's "
        "Department of Defence in Canberra.\n\n"
        "Officials from the Timor-Leste Defence Force (F-FDTL), including its Chief, Major "
        "General Rui Lemos, and the naval component commander, Captain Joao das Dores, also "
        "took part in the talks."
    )
    sides = _sides(text, lexicon)
    assert sides["AUS"][:1] == ["Mark Hill"]
    assert sides["TLS"][:1] == ["Mario Tomás Lobo"]


# --- members a side's list names that no rule found ------------------------------------------


def test_a_sides_list_adds_members_named_by_style_and_office(lexicon: sg.Lexicon) -> None:
    text = (
        "German-Tajik consultations on police cooperation\n\n"
        "On 14-15 April 2026, the second round of German-Tajik consultations on police "
        "cooperation took place in Dushanbe. The consultations were co-chaired by Dr. Karl "
        "Weber, Head of Directorate for International Police Affairs at the Federal Ministry of "
        "the Interior, and Colonel Davron Rahimov, Deputy Minister of Internal Affairs of the "
        "Republic of Tajikistan.\n\n"
        "The German delegation further comprised Ms. Anna Vogel of the Federal Police "
        "Headquarters in Potsdam and Mr. Jan Richter of the Federal Criminal Police Office "
        "(BKA).\n\n"
        "Germany and Tajikistan agreed to extend the training programme for Tajik border "
        "police officers until 2028."
    )
    sides = _sides(text, lexicon)
    assert "Anna Vogel" in sides["DEU"] and "Jan Richter" in sides["DEU"]
    draft = sg.extract(text, lexicon)
    vogel = next(o for o in draft.officials if o.name == "Anna Vogel")
    assert vogel.title == "Federal Police Headquarters in Potsdam"


# --- "..., who led the delegation" -----------------------------------------------------------


def test_who_led_the_delegation_makes_that_one_the_head(lexicon: sg.Lexicon) -> None:
    text = (
        "EU and Chile hold security dialogue\n\n"
        "Brussels, 12 March 2026 - The European Union and Chile held their security and defence "
        "dialogue in Brussels today.\n\n"
        "The EU delegation was led by the Deputy Secretary General of the External Action "
        "Service, Karl Olsen. Chile was represented by the Undersecretary of Foreign Affairs, "
        "Ana Rojas, who led the delegation, and the Undersecretary of Defence, Luis Vidal.\n\n"
        "The EU and Chile agreed to deepen cooperation on maritime security."
    )
    sides = _sides(text, lexicon)
    assert sides["CHL"] == ["Ana Rojas", "Luis Vidal"]


# --- people named only for another meeting ----------------------------------------------------


def test_people_of_another_meeting_are_not_the_meetings(lexicon: sg.Lexicon) -> None:
    text = (
        "Armenia and Georgia discuss police cooperation\n\n"
        "Tbilisi, 10 June 2026 - The Deputy Minister of Internal Affairs of Georgia, Nika "
        "Beridze, met with the Deputy Chief of the Police of Armenia, Aram Sargsyan, in Tbilisi "
        "today.\n\n"
        "The sides agreed to exchange information on organised crime.\n\n"
        "It should be noted that in April, the Minister of Internal Affairs of Georgia, Levan "
        "Kapanadze, met with the Ambassador of Armenia to Georgia, Hayk Petrosyan.\n\n"
        "The next joint commission, to be chaired by Prime Minister Irakli Gelashvili and Prime "
        "Minister Tigran Avetisyan, is expected to meet in Yerevan."
    )
    sides = _sides(text, lexicon)
    named = {n for people in sides.values() for n in people}
    assert {"Nika Beridze", "Aram Sargsyan"} <= named
    assert not named & {"Levan Kapanadze", "Hayk Petrosyan", "Irakli Gelashvili"}


# --- a transcript's principals, named in its heading -------------------------------------------


def test_a_transcripts_heading_names_the_heads(lexicon: sg.Lexicon) -> None:
    text = (
        "MINISTRY OF PUBLIC SECURITY OF COSTA RICA\n"
        "TRANSCRIPT - JOINT PRESS BRIEFING\n"
        "Minister of Public Security Jorge Mora Vargas and Canada's Minister of Public Safety "
        "Paul Grant\n"
        "San José, Monday, March 9, 2026\n\n"
        "MINISTER MORA: Good afternoon. This morning, here in San José, we held the first "
        "meeting of the Costa Rica-Canada Security Dialogue. I led our delegation, together with "
        "the Director of the Judicial Investigation Agency, Luis Soto. Minister Grant came with "
        "the Commissioner of the Royal Canadian Mounted Police, Anne Blake.\n\n"
        "MINISTER GRANT: Thank you, Minister. Canada and Costa Rica agreed today to share "
        "information on cocaine shipments.\n\n"
        "QUESTION (Teletica): Minister Mora, will Canada provide scanners?\n\n"
        "MINISTER MORA: We discussed it."
    )
    sides = _sides(text, lexicon)
    assert sides["CRI"][0] == "Jorge Mora Vargas"
    assert sides["CAN"][0] == "Paul Grant"
