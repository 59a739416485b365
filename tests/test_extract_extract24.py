"""Issue 21, the officials' precision, sides and leaders pass of branch extract24: shapes of
the genre in which the extractor took someone only mentioned for a delegate, put a person on
the wrong side, or missed a side's head. Each test on a short text written for it (people
and meetings invented)."""

from __future__ import annotations

from conftest import draft_sides

import secgraph as sg


def _sides(text: str, lexicon: sg.Lexicon) -> dict[str, list[str]]:
    return draft_sides(sg.extract(text, lexicon))


def _names(text: str, lexicon: sg.Lexicon) -> set[str]:
    return {o.name for o in sg.extract(text, lexicon).officials}


# --- "A, who had been briefed earlier by B": B named for an earlier event -------------------

_BRIEFED = (
    "NIAMEY, March 4 (Reuters) - Niger and Chad held military talks in Niamey on Tuesday on "
    "the security of their common border.\n\n"
    "The Chadian side was led by Chief of Staff General Idriss Mahamat Abakar, who had been "
    "briefed earlier in the day by the head of the French liaison team in Niger, Colonel "
    "Pierre Lemaire.\n\n"
    "The Nigerien delegation was headed by General Moussa Salaou Barmou, Chief of the General "
    "Staff.\n"
)


def test_the_one_who_had_briefed_a_head_earlier_is_no_member(lexicon: sg.Lexicon) -> None:
    names = _names(_BRIEFED, lexicon)
    assert "Pierre Lemaire" not in names
    assert {"Idriss Mahamat Abakar", "Moussa Salaou Barmou"} <= names


# --- a style the reader cased anew ("Tni X" after post-nominal degrees) ---------------------

_DEGREES = (
    "JAKARTA, June 3 (Antara) - Indonesia and Papua New Guinea held their first border "
    "security talks in Jakarta on Tuesday.\n\n"
    "The Indonesian delegation was led by the Assistant for Territorial Affairs to the TNI "
    "Commander, Major General TNI Wirawan, S.Sos., M.Han., while the Papua New Guinea "
    "delegation was led by the PNGDF Chief of Staff, Colonel Boniface Aruma.\n\n"
    "According to Wirawan, the talks were productive.\n"
)


def test_a_service_style_is_no_part_of_a_one_word_name_after_degrees(
    lexicon: sg.Lexicon,
) -> None:
    sides = _sides(_DEGREES, lexicon)
    assert sides["IDN"][0] == "Wirawan"
    assert sides["PNG"][0] == "Boniface Aruma"


# --- ranks and styles of other languages, and clerical styles, kept apart from the name -----

_RANKED = (
    "PRAIA, May 14 (Inforpress) - Cape Verde and Portugal held their annual maritime security "
    "talks in Praia on Wednesday.\n\n"
    "The Cape Verdean delegation was led by the Commander of the Coast Guard, "
    "Capitão-de-Mar-e-Guerra Rui Tavares Semedo, while the Portuguese side was headed by the "
    "Chief of Naval Operations, Contraalmirante Nuno Alves Figueira.\n\n"
    "Also present were the Director General of the National Police, Contrôleur Général Amadou "
    "Bako Diallo, and Chief Inspector Marta Ilić-Horvat, Head of the Border Police Sector.\n"
)


def test_ranks_of_other_languages_are_no_part_of_the_name(lexicon: sg.Lexicon) -> None:
    names = _names(_RANKED, lexicon)
    assert {"Rui Tavares Semedo", "Nuno Alves Figueira"} <= names
    assert "Amadou Bako Diallo" in names
    assert "Marta Ilić-Horvat" in names


_CLERICS = (
    "MASHHAD, Jan 20 (IRNA) - Iranian and Afghan border officials met in Mashhad on Monday to "
    "discuss the fight against drug smuggling.\n\n"
    "The Afghan side was headed by Mawlawi Abdul Karim Noorzai, Deputy Minister of Interior, "
    "accompanied by Mufti Gul Ahmad Rahimi, Governor of Farah province.\n\n"
    "The Iranian delegation was led by Hojatoleslam Ali Akbar Mousavi-Rad, Deputy "
    "Governor-General of Khorasan.\n\n"
    "Noorzai said smuggling had fallen.\n"
)


def test_clerical_styles_go_to_the_honorific(lexicon: sg.Lexicon) -> None:
    sides = _sides(_CLERICS, lexicon)
    assert sides["AFG"][0] == "Abdul Karim Noorzai"
    assert "Gul Ahmad Rahimi" in sides["AFG"]
    assert sides["IRN"][0] == "Ali Akbar Mousavi-Rad"


# --- a place after an office read as a one-word name ----------------------------------------

_POSTED = (
    "Birgunj, Jan 12 (RSS) - Border security officials of Nepal and India agreed on Sunday to "
    "step up joint patrols along the border.\n\n"
    "The Nepali side was led by APF Deputy Inspector General Hari Prasad Adhikari, Chief of "
    "No. 7 Battalion Headquarters, Birgunj, while the Indian side was led by SSB Commandant "
    "Rajesh Kumar Verma of the 47th Battalion, Raxaul.\n\n"
    "The next meeting will be held in Raxaul in April.\n"
)


def test_a_place_after_an_office_is_no_person_and_yields_the_ranked_name(
    lexicon: sg.Lexicon,
) -> None:
    sides = _sides(_POSTED, lexicon)
    names = _names(_POSTED, lexicon)
    assert "Raxaul" not in names
    assert "Birgunj" not in names
    assert sides["IND"][0] == "Rajesh Kumar Verma"
    assert sides["NPL"][0] == "Hari Prasad Adhikari"


# --- a side named inside a list: "..., and, on the X side, by C" ----------------------------

_MID_LIST = (
    "DOHA, Oct 8 (QNA) - Qatar and Italy held their second defence cooperation committee "
    "meeting in Doha on Wednesday.\n\n"
    "The session was attended by Brigadier General Salem Hamad Al Nuaimi, Director of "
    "International Military Cooperation, Colonel Dr Mariam Ali Al Sulaiti, Head of the Italian "
    "Desk, and, on the Italian side, by Rear Admiral Paolo Ferrante, Defence Attaché at the "
    "Italian Embassy in Doha, and Dr Chiara Lombardi-Neri, Deputy Director for the Gulf.\n"
)


def test_a_side_named_inside_a_list_splits_it(lexicon: sg.Lexicon) -> None:
    sides = _sides(_MID_LIST, lexicon)
    assert set(sides["QAT"]) == {"Salem Hamad Al Nuaimi", "Mariam Ali Al Sulaiti"}
    assert set(sides["ITA"]) == {"Paolo Ferrante", "Chiara Lombardi-Neri"}


# --- "The X side was co-chaired by A, with B and C": all of them X's ------------------------

_SIDE_WITH = (
    "MUSCAT - The Royal Navy and the Royal Navy of Oman held their annual staff talks in "
    "Muscat on 4 March 2026.\n\n"
    "The British delegation was led by Commodore James Ashby, Deputy Commander of UK Maritime "
    "Component Command.\n\n"
    "The Omani side was co-chaired by Rear Admiral Saif bin Nasser Al Rawahi, Commander of the "
    "Royal Navy of Oman, with Brigadier Salim bin Hamad Al Maskari, Director of Maritime "
    "Security Centre, and Colonel Yousuf bin Ali Al Hinai, Commander of the Coast Guard.\n"
)


def test_people_a_side_s_clause_names_with_its_head_are_that_side_s(
    lexicon: sg.Lexicon,
) -> None:
    sides = _sides(_SIDE_WITH, lexicon)
    assert set(sides["OMN"]) == {
        "Saif bin Nasser Al Rawahi",
        "Salim bin Hamad Al Maskari",
        "Yousuf bin Ali Al Hinai",
    }
    assert sides["GBR"] == ["James Ashby"]


# --- people named only for another time: the pluperfect, "weeks after", greetings passed on -

_OTHER_TIMES = (
    "LUSAKA, Sept 9 (Reuters) - Zambia and Malawi held border security talks in Lusaka on "
    "Tuesday, the first since 2019.\n\n"
    "The Zambian delegation was led by Home Affairs Permanent Secretary Chipo Mwale Banda, "
    "while the Malawian side was led by Principal Secretary Kondwani Phiri Nkhoma.\n\n"
    "President Daniel Mutale had received the Malawian Minister of Homeland Security, Grace "
    "Tembo Chirwa, at State House in June.\n\n"
    "The talks come weeks after Foreign Minister Mulenga Chanda met Malawi's envoy Peter "
    "Zulu Mkandawire in Lilongwe.\n\n"
    "Nkhoma conveyed the greetings of Interior Minister Joseph Kalua Mbewe to his Zambian "
    "counterpart.\n\n"
    "Police Inspector General Brian Chitala had earlier told reporters that smuggling was "
    "rising.\n"
)


def test_people_named_only_for_another_time_are_no_members(lexicon: sg.Lexicon) -> None:
    names = _names(_OTHER_TIMES, lexicon)
    assert names == {"Chipo Mwale Banda", "Kondwani Phiri Nkhoma"}


_SEASON = (
    "BELGRADE, Nov 5 (Tanjug) - Serbian and Hungarian police officials met at the Horgos "
    "border crossing on Wednesday to review joint patrols.\n\n"
    "The Serbian side was led by Police Director Marko Jovanović, and the Hungarian side by "
    "National Police Chief Gábor Kovács-Tóth.\n\n"
    "Interior Minister Nenad Petrović and Hungarian Interior Minister Zoltán Szabó met in "
    "Budapest in the spring, when they agreed to keep Hungarian officers in Serbia.\n"
)


def test_ministers_who_met_in_an_earlier_season_are_no_members(lexicon: sg.Lexicon) -> None:
    names = _names(_SEASON, lexicon)
    assert "Nenad Petrović" not in names
    assert "Zoltán Szabó" not in names
    assert "Marko Jovanović" in names


# --- a head whose title names a region ("Undersecretary for North America") -----------------

_REGION = (
    "MEXICO CITY, 12 February 2026 - Joint statement on the Mexico-United States Security "
    "Implementation Group.\n\n"
    "1. The Mexican delegation was headed by Undersecretary for North America Lucía Ortega "
    "Villalobos and comprised: Tomás Ibarra Quintero, Undersecretary of Public Security; "
    "Admiral Ramón Solís Aranda, Chief of Staff of the Navy.\n\n"
    "2. The United States delegation was headed by Assistant Secretary of State for Western "
    "Hemisphere Affairs Daniel Whitford, and comprised Karen Holloway, Deputy Administrator of "
    "the Drug Enforcement Administration.\n"
)


def test_a_head_whose_title_names_a_region_keeps_the_side_that_names_her(
    lexicon: sg.Lexicon,
) -> None:
    sides = _sides(_REGION, lexicon)
    assert sides["MEX"][0] == "Lucía Ortega Villalobos"
    assert "Lucía Ortega Villalobos" not in sides["USA"]


# --- "The X side was led by TITLE A of the OFFICE at the MINISTRY, and included B, TITLE" ---

_AND_INCLUDED = (
    "REYKJAVIK - Iceland and Norway held security policy consultations in Reykjavik on 24 June "
    "2026.\n\n"
    "The Norwegian side was led by Director General Kari Haugland-Brekke of the Department for "
    "Security Policy at the Norwegian Ministry of Foreign Affairs, and included Rear Admiral "
    "Ola Sæther-Lunde, Head of the Norwegian Coast Guard.\n\n"
    "The Icelandic delegation was headed by Jon Gunnarsson, Director General for Defence.\n"
)


def test_a_head_before_an_office_and_the_members_clause(lexicon: sg.Lexicon) -> None:
    sides = _sides(_AND_INCLUDED, lexicon)
    assert sides["NOR"] == ["Kari Haugland-Brekke", "Ola Sæther-Lunde"]


# --- a Malay name with its alias after "@" -----------------------------------------------

_ALIASED = (
    "KUCHING, March 3 (Bernama) - Malaysia and Indonesia agreed to step up coordinated patrols "
    "along their land border in Sarawak, after the General Border Committee met here on "
    "Tuesday.\n\n"
    "Chief of Defence Force General Datuk Seri Ahmad Rizal bin Hashim @ Rahman said the "
    "patrols were agreed at the 40th General Border Committee meeting, which he co-chaired "
    "with Commander of the Indonesian National Armed Forces (TNI) General Budi Santoso "
    "Wibowo.\n"
)


def test_a_name_s_alias_after_an_at_sign_is_part_of_it(lexicon: sg.Lexicon) -> None:
    names = _names(_ALIASED, lexicon)
    assert "Ahmad Rizal bin Hashim @ Rahman" in names
    assert "Ahmad Rizal bin Hashim" not in names


# --- the tail of a unit's title read as a name ---------------------------------------------

_UNIT = (
    "BOBO-DIOULASSO, April 2 (AIB) - Burkina Faso and Côte d'Ivoire held border security talks "
    "in Bobo-Dioulasso on Wednesday.\n\n"
    "The Burkinabe delegation was led by Colonel Issa Sawadogo Kaboré, who was accompanied by "
    "Captain Mariam Ouattara née Traoré, Commander of the 2nd Gendarmerie Legion in "
    "Bobo-Dioulasso.\n\n"
    "The Ivorian side was headed by General Yao Koffi Brou, Commander of the Gendarmerie.\n"
)


def test_a_unit_s_name_is_no_person(lexicon: sg.Lexicon) -> None:
    names = _names(_UNIT, lexicon)
    assert "Gendarmerie Legion" not in names
    assert {"Issa Sawadogo Kaboré", "Yao Koffi Brou"} <= names
