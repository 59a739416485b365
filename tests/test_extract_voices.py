"""secgraph extract on the phrasings of fresh15 and fresh16: lower-case titles after a country,
a minister's release in the first person, one-word names, lists that name their side late
("and, from the Philippine side, B"), post-nominals, principals who "agreed Wednesday", dates
at the foot of a page, a tour's next stop, lower-case dialogue names. One test per family, on
short texts written for the test (the people and meetings are invented)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import draft_sides

import secgraph as sg


def _titles(draft: sg.Draft) -> dict[str, str | None]:
    return {o.name: o.title for o in draft.officials}


def test_a_list_of_three_countries_is_no_pair(lexicon: sg.Lexicon) -> None:
    text = (
        "Spain, Ghana sign defence pact\n\n"
        "Accra (AFP) - Spanish Defence Minister Lucia Marin Roca held talks in Accra with "
        "her Ghanaian counterpart Kofi Asare, after coups in Mali, Burkina Faso and Niger.\n"
    )
    draft = sg.extract(text, lexicon)
    assert sorted(d.country for d in draft.meetings[0].delegations) == ["ESP", "GHA"]


def test_lower_case_titles_after_a_country(lexicon: sg.Lexicon) -> None:
    text = (
        "Norway's defence minister Eirik Dahl and his Estonian counterpart Mart Kask met in "
        "Oslo on 3 June 2025. The chief of Norway's armed forces, Gen Ola Berg, also joined "
        "the talks.\n"
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft) == {"NOR": ["Eirik Dahl", "Ola Berg"], "EST": ["Mart Kask"]}
    assert _titles(draft)["Eirik Dahl"] == "defence minister"
    text = (
        "Russian envoy Ivan Sokolov held talks in Pyongyang with North Korean leader Kim Jong Un."
    )
    assert draft_sides(sg.extract(text, lexicon))["PRK"] == ["Kim Jong Un"]


def test_accompanied_by_lower_case_heads_and_ranks(lexicon: sg.Lexicon) -> None:
    text = (
        "Uruguay and Paraguay discuss border security\n\n"
        "Uruguay's Interior Minister Carlos Negro and Paraguay's Interior Minister Enrique "
        "Riera met in Montevideo on 12 May 2025. Negro was supported by the Secretary of "
        "Security, Ana Lima, and the head of the National Police, Commissioner General Jose "
        "Azambuja. Other members of the Paraguayan delegation were the Director of "
        "Intelligence, Colonel Major Hugo Ortiz, and the country's ambassador to Uruguay, Mr "
        "Raul Cano.\n"
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft) == {
        "URY": ["Carlos Negro", "Ana Lima", "Jose Azambuja"],
        "PRY": ["Enrique Riera", "Hugo Ortiz", "Raul Cano"],
    }
    assert _titles(draft)["Jose Azambuja"] == "head of the National Police"
    assert _titles(draft)["Raul Cano"] == "ambassador to Uruguay"


def test_a_dateline_before_the_title_comma_name(lexicon: sg.Lexicon) -> None:
    text = (
        "Lome, March 4, GNA - The Minister of Security, Dr Kossi Agbo, has held talks with "
        "his Beninese counterpart, Mr Alain Houngbo, in Lome. Dr Agbo was supported by the "
        "Chief of Staff, Rear Admiral Koffi Mensah.\n"
    )
    assert draft_sides(sg.extract(text, lexicon)) == {
        "TGO": ["Kossi Agbo", "Koffi Mensah"],
        "BEN": ["Alain Houngbo"],
    }


def test_headed_by_together_with(lexicon: sg.Lexicon) -> None:
    text = (
        "Ecuador and Colombia hold 2+2 meeting\n\n"
        "The Ecuadorian delegation was headed by the Minister of Foreign Affairs, Rosa Vera "
        "Mora, together with the Minister of Defence, Luis Paz Soto. The Colombian delegation "
        "was headed by the Foreign Minister, Jorge Rios Gil.\n"
    )
    assert draft_sides(sg.extract(text, lexicon)) == {
        "ECU": ["Rosa Vera Mora", "Luis Paz Soto"],
        "COL": ["Jorge Rios Gil"],
    }


def test_post_nominals_and_indias_decorations(lexicon: sg.Lexicon) -> None:
    text = (
        "New Delhi [India], May 5 (ANI): UK National Security Adviser Jonathan Hale called on "
        "National Security Adviser Ravi Menon in New Delhi. Lt Gen Arun Rao, AVSM, VSM, "
        "Director General of Military Operations, was present during the meeting.\n"
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft)["IND"] == ["Ravi Menon", "Arun Rao"]
    assert _titles(draft)["Arun Rao"] == "Director General of Military Operations"


def test_principals_who_agreed_on_a_weekday(lexicon: sg.Lexicon) -> None:
    text = (
        "May 7, 2025\n\n"
        "BOGOTA (AP) — U.S. Secretary of State Mark Lyle and Colombian Foreign Minister Luz "
        "Pardo agreed Wednesday to create a security group that will meet regularly. Lyle met "
        "Pardo at the ministry before a lunch with President Gustavo Mora.\n"
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft) == {"USA": ["Mark Lyle"], "COL": ["Luz Pardo"]}
    assert draft.meetings[0].date == dt.date(2025, 5, 7)


def test_a_ministers_release_in_the_first_person(lexicon: sg.Lexicon) -> None:
    head = "Hon Mary Stone KC\nMinister of Defence\n\nTalks with Tonga\n\n"
    text = (
        f"{head}It was a pleasure to host my Tongan counterpart, the Minister for Defence, "
        "Sione Taufa, in Wellington this week.\n"
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft) == {"NZL": ["Mary Stone"], "TON": ["Sione Taufa"]}
    assert _titles(draft)["Mary Stone"] == "Minister of Defence"
    text = f"{head}Today I welcomed Tonga's Minister of Police, the Hon Lopeti Vea MP, to Wellington for the annual New Zealand-Tonga police talks.\n"
    assert draft_sides(sg.extract(text, lexicon)) == {"NZL": ["Mary Stone"], "TON": ["Lopeti Vea"]}


def test_one_word_names(lexicon: sg.Lexicon) -> None:
    text = (
        "KUALA LUMPUR, Jan 9 (Bernama) -- Malaysia and Indonesia have agreed to expand "
        "coordinated patrols, said Home Minister Datuk Seri Azman Yusof.\n\n"
        "He said this was agreed during the meeting, which he co-chaired with his Indonesian "
        "counterpart, Suryadi, in Kuala Lumpur today. Azman was accompanied by Deputy Home "
        "Minister Lim Kok Wing and Foreign Minister Sugianto.\n"
    )
    draft = sg.extract(text, lexicon)
    sides = draft_sides(draft)
    assert sides["MYS"][0] == "Azman Yusof"
    assert sides["IDN"] == ["Suryadi"]
    text = (
        "Jakarta (ANTARA) - Indonesian Defence Minister Budi Santoso received Australian "
        "Defence Minister Tom Gray in Jakarta. Santoso was accompanied by Foreign Minister "
        "Sugianto. Minister Gray thanked Minister Santoso.\n"
    )
    assert draft_sides(sg.extract(text, lexicon)) == {
        "IDN": ["Budi Santoso", "Sugianto"],
        "AUS": ["Tom Gray"],
    }


def test_lists_that_open_the_sentence_or_name_a_side_late(lexicon: sg.Lexicon) -> None:
    text = (
        "Minister of Public Security General Tran Van Hai held talks with Cambodian Minister "
        "of Interior Chea Vuthy in Phnom Penh. Accompanying the minister were Deputy Minister "
        "Lieutenant General Do The Long and Vietnamese Ambassador to Cambodia Le Minh Son.\n"
    )
    assert draft_sides(sg.extract(text, lexicon))["VNM"] == [
        "Tran Van Hai",
        "Do The Long",
        "Le Minh Son",
    ]
    text = (
        "Deputy Secretary of State Anne Holt met today in Washington with Philippine "
        "Undersecretary Ma. Elena P. Cruz. Also participating were Assistant Secretary of State "
        "Paul R. Hines and, from the Philippine side, Assistant Secretary Jose M. Reyes III.\n"
    )
    assert draft_sides(sg.extract(text, lexicon)) == {
        "USA": ["Anne Holt", "Paul R. Hines"],
        "PHL": ["Ma. Elena P. Cruz", "Jose M. Reyes III"],
    }


def test_an_attendee_of_one_sides_office(lexicon: sg.Lexicon) -> None:
    text = (
        "BEIJING, May 6 (Xinhua) -- Wu Qiang, member of the Central Military Commission, met "
        "with Ahmed Raza, chief of naval staff of Pakistan, here on Tuesday. Li Hong, member "
        "of the Central Military Commission and chief of its Logistics Department, attended "
        "the meeting.\n"
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft)["CHN"] == ["Wu Qiang", "Li Hong"]
    assert draft.meetings[0].place == "beijing"


def test_dates_at_the_foot_on_a_weekday_and_today(lexicon: sg.Lexicon) -> None:
    text = (
        "Chile and Bolivia sign police agreement\n\n"
        "Chile's Interior Minister Rosa Diaz and Bolivia's Government Minister Luis Arce Paz "
        "signed on Wednesday a memorandum on police cooperation.\n\nDate: 2025-08-06\n"
    )
    assert sg.extract(text, lexicon).meetings[0].date == dt.date(2025, 8, 6)
    text = (
        "News release\nApril 9, 2025 - Ottawa, Ontario - Global Affairs Canada\n\n"
        "The Honourable Anne Roy, Minister of Foreign Affairs, today met with Jan Nowak, "
        "Minister of Foreign Affairs of Poland, in Ottawa.\n"
    )
    assert sg.extract(text, lexicon).meetings[0].date == dt.date(2025, 4, 9)


def test_a_tours_next_stop_takes_the_year_before(lexicon: sg.Lexicon) -> None:
    text = (
        "Vientiane (VNA) - Vietnamese Minister of Public Security General Tran Van Hai held "
        "talks with "
        "Lao Minister of Public Security Khamla Vong in Vientiane on October 14, 2024.\n\n"
        "On October 15, General Hai travelled to Phnom Penh, where he held talks with "
        "Cambodian Minister of Interior Chea Vuthy.\n"
    )
    draft = sg.extract(text, lexicon)
    assert [m.date for m in draft.meetings] == [dt.date(2024, 10, 14), dt.date(2024, 10, 15)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("They met for the annual New Zealand-Fiji defence talks.", "New Zealand-Fiji"),
        ("They met for the Nigeria-Niger joint commission on security.", "Nigeria-Niger"),
        ("They held the 2+2 Mechanism of Foreign and Defence Ministers.", "2+2 Mechanism"),
    ],
)
def test_dialogue_names(lexicon: sg.Lexicon, sentence: str, name: str) -> None:
    text = f"Talks\n\nThe Foreign Minister of Fiji, Ana Vula, met in Suva. {sentence}\n"
    from secgraph.extract._text import split_sentences
    from secgraph.extract._topics import find_dialogue

    found = find_dialogue(split_sentences(text))
    assert found is not None
    assert found.name == sentence.split(" the ", 1)[1].replace("annual ", "").rstrip(".")
    assert found.name.startswith(name)


def test_a_dialogue_held_earlier_is_not_this_meeting(lexicon: sg.Lexicon) -> None:
    text = (
        "The Honourable Anne Roy, Minister of Foreign Affairs, today met with Jan Nowak, "
        "Minister of Foreign Affairs of Poland, in Ottawa. The ministers welcomed the fifth "
        "Canada-Poland defence policy dialogue held in Warsaw earlier this year.\n"
    )
    assert sg.extract(text, lexicon).meetings[0].dialogue is None


def test_a_capital_as_a_given_name_and_a_camp_named_after_a_country(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Kenya, Somalia hold police talks\n\n"
        "Kenya's Inspector General of Police Douglas Otieno met Somalia's Police Commissioner "
        "Asad Farah at the Burma Camp in Nairobi.\n"
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft) == {"KEN": ["Douglas Otieno"], "SOM": ["Asad Farah"]}
    assert draft.meetings[0].discussed == ()


def test_commitments_on_a_weekday_and_what_a_side_will_provide(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya, Uganda agree border committee\n\n"
        "NAIROBI, Feb 11 (Reuters) - Kenya and Uganda agreed on Tuesday to set up a joint "
        "committee on border security after clashes spilled into the border town of Busia "
        "last month. Kenya will provide two patrol boats to the Ugandan police.\n"
    )
    found = [c.evidence[0] for c in sg.extract(text, lexicon).commitments]
    assert len(found) == 2
    assert "Kenya and Uganda agreed on Tuesday to set up" in found[0]
    assert found[1] == "Kenya will provide two patrol boats to the Ugandan police."


def test_a_title_that_lists_regions_before_the_name(lexicon: sg.Lexicon) -> None:
    text = (
        "Qatar receives UK minister\n\n"
        "The Minister of State, Sultan Al Kuwari, received today UK Minister of State for the "
        "Middle East, North Africa, Afghanistan and Pakistan Hamish Grant in Doha.\n"
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft)["GBR"] == ["Hamish Grant"]
    assert _titles(draft)["Hamish Grant"] == (
        "Minister of State for the Middle East, North Africa, Afghanistan and Pakistan"
    )
    assert draft.meetings[0].discussed == ()


def test_members_at_the_table(lexicon: sg.Lexicon) -> None:
    text = (
        "LIMA (AP) — U.S. Secretary of State Mark Lyle and Peruvian Foreign Minister Ana Soto "
        "agreed Monday to expand drug interdiction. Peru's Defense Minister, Gen. Luis Ramos, "
        "and Interior Minister Carla Vega were also at the table.\n"
    )
    assert draft_sides(sg.extract(text, lexicon))["PER"] == ["Ana Soto", "Luis Ramos", "Carla Vega"]
