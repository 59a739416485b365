"""secgraph extract on how a report places the officials it names: a side closing a clause of
its own ("A and B were in the Libyan delegation, while C attended on the Turkish side"), and a
guessed side that gives way to a colleague's in the same office ("Deputy Chairman of the State
Border Committee" beside the committee's chairman). Short texts written for the test (the
people and meetings are invented)."""

from __future__ import annotations

from conftest import draft_sides

import secgraph as sg


def test_a_closing_side_holds_only_its_own_clause(lexicon: sg.Lexicon) -> None:
    text = (
        "Libyan and Turkish commanders discuss training\n\n"
        "ANKARA (AA) - Libya's chief of staff Salem Darrat and Turkish Chief of General Staff "
        "Gen. Kemal Ozturk held talks in Ankara on 3 March 2026.\n\n"
        "Libya's Deputy Defence Minister Omar Haddad and Libyan Ambassador to Turkiye Nuri "
        "Saleh were also in the Libyan delegation, while Turkish Naval Forces Commander Adm. "
        "Cem Aydin attended on the Turkish side.\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert "Omar Haddad" in sides["LBY"] and "Omar Haddad" not in sides["TUR"]
    assert "Cem Aydin" in sides["TUR"]


def test_a_guessed_side_gives_way_to_a_colleague_in_the_same_office(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Belarus and Russia discuss border protection\n\n"
        "MINSK, 5 March (BelTA) - Belarus and Russia discussed the protection of the border at "
        "a meeting of the heads of their border agencies in Minsk on 5 March 2026.\n\n"
        "The Belarusian delegation was led by Chairman of the State Border Committee Major "
        "General Pavel Lutsko. The Russian side was headed by Deputy Director of the Federal "
        "Security Service, Head of the FSB Border Service, General of the Army Oleg Sidorin. "
        "Deputy Chairman of the State Border Committee Ivan Zhuk also took part in the "
        "meeting.\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["BLR"] == ["Pavel Lutsko", "Ivan Zhuk"]
    assert sides["RUS"] == ["Oleg Sidorin"]


def test_a_delegation_of_a_country_in_its_long_form(lexicon: sg.Lexicon) -> None:
    text = (
        "Ivory Coast, Ghana hold security talks\n\n"
        "1. At the invitation of the Government of the Republic of Ghana, a delegation of the "
        "Republic of Côte d'Ivoire led by the Minister of State, Minister of Defence, Yao "
        "Kouassi, paid a working visit to Accra on 1 October 2026.\n\n"
        "2. The Ghanaian delegation was led by the Minister for Defence, Dr Kwame Mensah. The "
        "Ivorian delegation included the Chief of General Staff, General Lassina Kone.\n"
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft) == {
        "CIV": ["Yao Kouassi", "Lassina Kone"],
        "GHA": ["Kwame Mensah"],
    }
    titles = {o.name: o.title for o in draft.officials}
    assert titles["Yao Kouassi"] == "Minister of State, Minister of Defence"


def test_heads_each_followed_by_their_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Nigeria, Cameroon border committee ends session\n\n"
        "The session was co-chaired by the Permanent Secretary of the Ministry of Interior, Dr "
        "Grace Okafor, for Nigeria, and by the Secretary General of the Ministry of Territorial "
        "Administration, Mr Paul Biyong Etoa, for Cameroon, on 26 November 2026 in Calabar. "
        "Also present were the Comptroller of the Nigeria Immigration Service, Mr Musa Danjuma, "
        "and for Cameroon the Governor of the South-West Region, Felix Ngando Ekwe.\n"
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft) == {
        "NGA": ["Grace Okafor", "Musa Danjuma"],
        "CMR": ["Paul Biyong Etoa", "Felix Ngando Ekwe"],
    }
    titles = {o.name: o.title for o in draft.officials}
    assert titles["Felix Ngando Ekwe"] == "Governor of the South-West Region"
    assert titles["Grace Okafor"] == "Permanent Secretary"


def test_an_arab_name_of_forefathers_is_one_name(lexicon: sg.Lexicon) -> None:
    text = (
        "Kuwait, Saudi interior ministers hold talks\n\n"
        "KUWAIT, Feb 9 2026 (KUNA) -- Kuwaiti Minister of Interior Sheikh Salem Nasser Al-Sabah "
        "held talks on Monday with Saudi Minister of Interior Prince Faisal bin Turki bin "
        "Mansour bin Abdullah Al Saud, who is visiting the country, on security cooperation.\n"
    )
    draft = sg.extract(text, lexicon)
    assert draft_sides(draft)["SAU"] == ["Faisal bin Turki bin Mansour bin Abdullah Al Saud"]
    titles = {o.name: o.title for o in draft.officials}
    assert titles["Faisal bin Turki bin Mansour bin Abdullah Al Saud"] == "Minister of Interior"


def test_the_second_side_by_its_head_without_a_verb(lexicon: sg.Lexicon) -> None:
    text = (
        "Ghana, Nigeria police chiefs meet in Accra\n\n"
        "ACCRA, 4 May 2026 - The police chiefs of Ghana and Nigeria met in Accra on Monday. The "
        "Ghanaian delegation was led by the Inspector-General of Police (IGP), Kofi Boateng "
        "Asante, and the Nigerian side by his counterpart, IGP Musa Bello Adamu. The "
        "Director-General of the Criminal Investigations Department, COP Ama Serwaa Mensah, and "
        "the Director of the Nigeria Police Force National Cybercrime Centre, CP Chinedu Okeke, "
        "were among senior officers at the meeting.\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["GHA"][0] == "Kofi Boateng Asante"
    assert sides["NGA"] == ["Musa Bello Adamu", "Chinedu Okeke"]


def test_a_lead_that_discussed_on_a_day_with_the_other_principal(lexicon: sg.Lexicon) -> None:
    text = (
        "Iraqi adviser discusses border security with Iranian side in Tehran\n\n"
        "Tehran - INA\n\n"
        "National Security Adviser Hadi al-Jaberi discussed on Sunday with the Secretary of "
        "Iran's Supreme National Security Council, Reza Ahmadi, the implementation of the "
        "security agreement, during an official visit to Tehran.\n\n"
        "A statement said that al-Jaberi, who headed the Iraqi delegation, met Ahmadi in Tehran "
        "on Sunday, 22/11/2026.\n\n"
        "The Iraqi delegation included the Commander of Border Guards Forces, Lieutenant General "
        "Karim Al-Saadi.\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["IRQ"] == ["Hadi al-Jaberi", "Karim Al-Saadi"]
    assert sides["IRN"] == ["Reza Ahmadi"]
