"""The officials' second-round pass of branch extract32: shapes of the genre in which the
extractor lost a side or its people (two services each named after its country, a route's
countries read as the meeting's pair, ...). Each test on a short text written for it (people
and meetings invented)."""

from __future__ import annotations

from conftest import draft_sides

import secgraph as sg
from secgraph.extract._names import parse_person
from secgraph.extract._orgpair import same_body_pair


def _sides(text: str, lexicon: sg.Lexicon) -> dict[str, list[str]]:
    return draft_sides(sg.extract(text, lexicon))


# --- two countries each written before the same service's name -------------------------------


def test_the_same_service_after_each_country_joins_a_pair() -> None:
    t = "Senior leaders of the U.S. Coast Guard and the Norwegian Coast Guard met on Monday."
    assert same_body_pair(t, t.index(" Coast"), t.index("Norwegian"), t.index(" Coast G", 30))
    t = "Indian Navy, Sri Lanka Navy hold staff talks"
    assert same_body_pair(t, t.index(" Navy"), t.index("Sri"), t.index("Lanka") + 5)
    t = "The Kenya Police and the Somali Army met."
    assert not same_body_pair(t, t.index(" Police"), t.index("Somali"), t.index(" Army"))


def test_two_services_named_by_their_countries_are_the_sides(lexicon: sg.Lexicon) -> None:
    text = (
        "U.S. Coast Guard, Danish Coast Guard hold staff talks in Nuuk\n\n"
        "NUUK, Greenland - Senior leaders from the U.S. Coast Guard and the Danish Coast Guard "
        "met in Nuuk on March 3, 2026, for the annual staff talks between the two services.\n\n"
        "Vice Adm. Carl Whitmore led the U.S. delegation. The Danish delegation was led by "
        "Rear Adm. Henrik Vestergaard, chief of the Danish Coast Guard.\n\n"
        "The talks covered search and rescue and the growing presence of Russian and Chinese "
        "research vessels in Arctic waters."
    )
    sides = _sides(text, lexicon)
    assert set(sides) == {"USA", "DNK"}
    assert sides["DNK"][0] == "Henrik Vestergaard"


# --- countries a route passes through are no pair --------------------------------------------


def test_a_route_through_two_countries_is_no_pair(lexicon: sg.Lexicon) -> None:
    text = (
        "Readout of the Deputy Secretary's meeting with the Belizean Security Minister\n\n"
        "On May 4, 2026, Deputy Secretary of Homeland Security Paul Ardent traveled to "
        "Belmopan, Belize, where he met with Belizean Minister of Home Affairs Ruth Colville.\n\n"
        "The Deputy Secretary was joined by the U.S. Ambassador to Belize, Mark Lane.\n\n"
        "The Deputy Secretary and the Minister discussed joint work to dismantle smuggling "
        "networks that move migrants from Belize through Guatemala and Mexico to the U.S. "
        "border."
    )
    sides = _sides(text, lexicon)
    assert "GTM" not in sides and "MEX" not in sides
    assert set(sides) == {"USA", "BLZ"}


# --- a plural post before two countries and two names ----------------------------------------


def test_ministers_of_two_countries_then_two_names_are_one_per_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Croatia and Slovenia extend joint police patrols\n\n"
        "Zagreb, 14 May 2026 - The ministers of the interior of Croatia and Slovenia, Marko "
        "Horvatek and Tina Kovacic, agreed in Varazdin on Wednesday to extend joint patrols on "
        "the shared border until the end of 2027.\n\n"
        "The meeting of the joint committee for police cooperation was held on 13 May 2026. It "
        "was chaired by the two ministers.\n\n"
        "On the Slovenian side, Police Director General Lieutenant General Janez Bregar took "
        "part."
    )
    sides = _sides(text, lexicon)
    assert sides["HRV"][0] == "Marko Horvatek"
    assert sides["SVN"][0] == "Tina Kovacic"


def test_two_adjectives_before_a_plural_post_and_two_names(lexicon: sg.Lexicon) -> None:
    text = (
        "Hungary and Austria sign police protocol\n\n"
        "VIENNA, 3 June 2026 - Austrian and Hungarian interior ministers Franz Leitner and "
        "Gabor Farkas signed a protocol on joint patrols at talks in Vienna on Tuesday."
    )
    draft = sg.extract(text, lexicon)
    sides = draft_sides(draft)
    assert "Franz Leitner" in sides["AUT"] and "Gabor Farkas" in sides["HUN"]


# --- police ranks and chiefs written as letters ----------------------------------------------


def test_a_police_chief_written_as_letters_heads_a_title(lexicon: sg.Lexicon) -> None:
    p = parse_person("the IGP of Kenya, Joseph Mwangi Kariuki", lexicon)
    assert p is not None and (p.name, p.title) == ("Joseph Mwangi Kariuki", "IGP of Kenya")


def test_ghana_police_and_immigration_ranks_are_styles(lexicon: sg.Lexicon) -> None:
    p = parse_person("the Ashanti Regional Police Commander, COP Kofi Mensah Boateng", lexicon)
    assert p is not None and (p.name, p.honorific) == ("Kofi Mensah Boateng", "COP")
    q = parse_person("the Regional Immigration Commander, ACI Ama Serwaa Owusu", lexicon)
    assert q is not None and (q.name, q.title) == (
        "Ama Serwaa Owusu",
        "Regional Immigration Commander",
    )
    r = parse_person("DCOP Yaw Asante, Director of Operations", lexicon)
    assert r is not None and r.name == "Yaw Asante"


# --- a transcript's speaker names those with him ---------------------------------------------


def test_a_speaker_and_those_with_him_are_one_side(lexicon: sg.Lexicon) -> None:
    text = (
        "TRANSCRIPT OF POST-MEETING MEDIA BRIEFING\n\n"
        "Ministry of Home Affairs, Gaborone, 12 March 2026\n\n"
        "MODERATOR (Ms. Lesego Tau): Good afternoon. The Minister will make brief remarks.\n\n"
        "MINISTER KAGISO MOLEFE: Thank you. This morning I had a productive meeting with a "
        "delegation from Namibia led by the Minister of Home Affairs, Ms. Hilma Shikongo. With "
        "me were the Commissioner of Police, Mr. Thato Kgosi, and the Permanent Secretary, "
        "Mrs. Neo Dintwe. Botswana and Namibia agreed today to set up joint patrols.\n\n"
        "MS. HILMA SHIKONGO: Thank you, Minister. I was joined at this morning's meeting by "
        "our High Commissioner, Mr. Petrus Haufiku.\n\n"
        "QUESTION (Mmegi): Minister, when will the patrols start?\n\n"
        "MINISTER MOLEFE: Next month."
    )
    sides = _sides(text, lexicon)
    assert sides["BWA"][0] == "Kagiso Molefe"
    assert {"Thato Kgosi", "Neo Dintwe"} <= set(sides["BWA"])
    assert sides["NAM"][0] == "Hilma Shikongo"
    assert "Petrus Haufiku" in sides["NAM"]


def test_a_written_statements_author_and_those_with_him_are_one_side(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "House of Commons\n"
        "Written Ministerial Statement\n\n"
        "UK-Kenya defence cooperation\n\n"
        "Made by: Minister of State for Defence (Harriet Collins)\n"
        "Date: 20 March 2026\n\n"
        "On 18 March 2026 I hosted the Kenyan Cabinet Secretary for Defence, Wanjiru Otieno, "
        "in London for the third UK-Kenya defence dialogue. I was accompanied by the Chief of "
        "Joint Operations, Lieutenant General Peter Hale, and by Rear Admiral Simon Reeve, "
        "Director of Naval Staff. We agreed to extend the training partnership."
    )
    sides = _sides(text, lexicon)
    assert {"Harriet Collins", "Peter Hale", "Simon Reeve"} <= set(sides["GBR"])


# --- "since ... met in X" tells of an earlier meeting -----------------------------------------


def test_since_two_heads_met_elsewhere_is_no_second_meeting(lexicon: sg.Lexicon) -> None:
    text = (
        "Ghana, Togo security chiefs meet in Ho\n\n"
        "Accra, May 6, GNA - Ghana and Togo have held a bilateral security meeting in Ho to "
        "review the threat of violent extremism on their common border.\n\n"
        "The meeting, held on Monday, May 4, was co-chaired by Ghana's National Security "
        "Coordinator, Kwame Asare Boateng, and Togo's Minister of Security, Colonel Yao "
        "Agbeko Mensah.\n\n"
        "He said the meeting was the third of its kind since the two countries' Heads of "
        "State met in Abidjan, and that Ghana remained committed to the Accra Initiative, "
        "which also brings together Benin, Cote d'Ivoire and Niger."
    )
    draft = sg.extract(text, lexicon)
    assert len(draft.meetings) == 1
    assert set(draft_sides(draft)) == {"GHA", "TGO"}


# --- "other officers" after a delegation's head ----------------------------------------------


def test_other_officers_join_the_delegation_named_before(lexicon: sg.Lexicon) -> None:
    text = (
        "Nigeria, Niger hold border security meeting in Maradi\n\n"
        "1. Nigerian and Nigerien military commanders met in Maradi on 3 March 2026 to review "
        "operations against armed groups along the common border.\n\n"
        "2. The Nigerian delegation was led by the General Officer Commanding 8 Division, "
        "Major General Ibrahim Musa Danjuma. Other officers in attendance included the "
        "Commander 26 Task Force Brigade, Brigadier General Emeka Nnamdi, and the "
        "Commissioner of Police Katsina State Command, Bello Sani Adamu."
    )
    sides = _sides(text, lexicon)
    assert {"Emeka Nnamdi", "Bello Sani Adamu"} <= set(sides["NGA"])


# --- a ministry's remit ends its title, never starts a name ----------------------------------


def test_a_remit_word_ends_the_title(lexicon: sg.Lexicon) -> None:
    p = parse_person("Minister of Home Affairs and Cultural Heritage Tendai Moyo", lexicon)
    assert p is not None and p.name == "Tendai Moyo"
    q = parse_person("Acting Commissioner of Customs and Border Protection Luis Ortega", lexicon)
    assert q is not None and q.name == "Luis Ortega"
    r = parse_person("Minister of Youth, Sports and Culture Grace Banda", lexicon)
    assert r is not None and r.name == "Grace Banda"
