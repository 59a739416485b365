"""Issue 21's fourteenth pass: names the name reader could not read, as families of the genre
(long Arabic names with several particles, "Ould", "binti", "y" between Spanish surnames,
Azerbaijani and Vietnamese letters, India's Hindi titles, Oman's "Sayyid"). Each test on a
short text written for it (people and meetings invented)."""

from __future__ import annotations

import secgraph as sg


def _people(text: str, lexicon: sg.Lexicon) -> dict[str, str | None]:
    return {o.name: o.title for o in sg.extract(text, lexicon).officials}


def test_a_long_gulf_name_with_bin_and_al(lexicon: sg.Lexicon) -> None:
    text = (
        "DOHA, 3 March 2025 (QNA) - Qatar and Kuwait held security talks in Doha on Monday. "
        "His Excellency Sheikh Khalid bin Abdulaziz bin Hamad Al Thani, Minister of Interior, "
        "met Kuwaiti Interior Minister Fahad Yousef Al Sabah to discuss border security."
    )
    people = _people(text, lexicon)
    assert people.get("Khalid bin Abdulaziz bin Hamad Al Thani") == "Minister of Interior"


def test_a_rank_and_a_gulf_name_with_its_post_after(lexicon: sg.Lexicon) -> None:
    text = (
        "ABU DHABI, 5 May 2025 (WAM) - The UAE and Bahrain held their joint military committee "
        "meeting in Abu Dhabi. The UAE side was headed by Major General Saeed Rashid bin Obaid "
        "Al Mazrouei, Commander of Land Forces, while the Bahraini side was headed by Major "
        "General Ali Hassan Al Khalifa, Chief of Staff of the Bahrain Defence Force."
    )
    people = _people(text, lexicon)
    assert people.get("Saeed Rashid bin Obaid Al Mazrouei") == "Commander of Land Forces"


def test_ould_in_a_maghreb_name(lexicon: sg.Lexicon) -> None:
    text = (
        "NOUAKCHOTT, June 2, 2025 (AFP) - Mauritania and Senegal agreed on Monday to step up "
        "joint border patrols, after talks between Mauritanian Defence Minister Ahmed Salem "
        "Ould Mohamed Vall and Senegalese Armed Forces Minister Birame Diop in Nouakchott."
    )
    assert "Ahmed Salem Ould Mohamed Vall" in _people(text, lexicon)


def test_a_hindi_title_and_honorific_before_the_name(lexicon: sg.Lexicon) -> None:
    text = (
        "New Delhi, 4 April 2025. The India-Kenya Joint Defence Cooperation Committee met in "
        "New Delhi. Raksha Rajya Mantri Shri Vikram Anand and Kenya's Cabinet Secretary for "
        "Defence Ms Grace Wambui co-chaired the meeting."
    )
    people = _people(text, lexicon)
    assert people.get("Vikram Anand") == "Raksha Rajya Mantri"


def test_binti_in_a_malay_name(lexicon: sg.Lexicon) -> None:
    text = (
        "KUALA LUMPUR, 7 July 2025 (Bernama) - Malaysia and Indonesia agreed to boost maritime "
        "patrols in the Strait of Malacca at talks between Deputy Home Minister Nur Aisyah "
        "binti Rahman and Indonesian Deputy Minister Budi Santoso in Kuala Lumpur."
    )
    assert "Nur Aisyah binti Rahman" in _people(text, lexicon)


def test_y_between_spanish_surnames(lexicon: sg.Lexicon) -> None:
    text = (
        "MEXICO CITY, Feb 3 (Reuters) - Mexico and Guatemala agreed on Monday to deploy more "
        "troops to their shared border, after talks between Mexican Security Minister Rodrigo "
        "Ortega y Valdés and Guatemalan Interior Minister Carlos Rafael Mejía in Mexico City."
    )
    assert "Rodrigo Ortega y Valdés" in _people(text, lexicon)


def test_azerbaijani_schwa_in_a_name(lexicon: sg.Lexicon) -> None:
    text = (
        "BAKU, 10 March 2025 (AZERTAC) - Azerbaijan and Turkey discussed defence cooperation "
        "in Baku on Monday. Azerbaijani Defence Minister Elçin Məmmədov met Turkish Defence "
        "Minister Kemal Aydin."
    )
    assert "Elçin Məmmədov" in _people(text, lexicon)


def test_vietnamese_letters_in_a_name(lexicon: sg.Lexicon) -> None:
    text = (
        "HANOI, 8 August 2025 (VNA) - Vietnam and Laos agreed to step up border cooperation at "
        "talks in Hanoi on Friday between Vietnamese Public Security Minister Nguyễn Đức Thắng "
        "and Lao Public Security Minister Vilay Lakhamphong."
    )
    assert "Nguyễn Đức Thắng" in _people(text, lexicon)


def test_sayyid_is_a_style_not_a_name(lexicon: sg.Lexicon) -> None:
    text = (
        "MUSCAT, 9 September 2025 (ONA) - Oman and Iran discussed maritime security in Muscat. "
        "Omani Interior Minister Sayyid Badr Al Said met Iranian Interior Minister "
        "Reza Karimi."
    )
    people = _people(text, lexicon)
    assert "Badr Al Said" in people
    assert "Sayyid Badr Al Said" not in people


def test_a_title_ending_in_a_two_word_country_keeps_it(lexicon: sg.Lexicon) -> None:
    text = (
        "COLOMBO, 3 June 2025 - Sri Lanka and the Maldives held their defence dialogue in "
        "Colombo. The Maldivian delegation comprised the Director of Intelligence Colonel "
        "Ibrahim Waheed and the Maldivian High Commissioner to Sri Lanka Mr. Ali Niyaz."
    )
    assert _people(text, lexicon).get("Ali Niyaz") == "High Commissioner to Sri Lanka"


def test_industries_ends_a_title_not_begins_a_name(lexicon: sg.Lexicon) -> None:
    text = (
        "BERLIN, May 6 (Reuters) - Germany and Ukraine agreed on Tuesday to build drones "
        "together, after talks in Berlin between German Defence Minister Karl Becker and "
        "Ukrainian Deputy Minister for Strategic Industries Olena Marchenko."
    )
    assert _people(text, lexicon).get("Olena Marchenko") == (
        "Deputy Minister for Strategic Industries"
    )
