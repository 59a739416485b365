"""Issue 21, the officials pass of branch extract16: shapes of the genre in which the extractor
missed who took part, their titles, sides and leaders. Each test on a short text written for
it (people and meetings invented)."""

from __future__ import annotations

import pytest
from conftest import draft_sides

import secgraph as sg
from secgraph.extract import _meeting
from secgraph.extract._author import release_author
from secgraph.extract._backoff import more_people, signatories
from secgraph.extract._sides import assign_sides, no_surnames


def _officials(text: str, lexicon: sg.Lexicon) -> dict[str, tuple[str | None, str | None]]:
    """Each official's name -> (title, honorific)."""
    return {o.name: (o.title, o.honorific) for o in sg.extract(text, lexicon).officials}


def _sides(text: str, lexicon: sg.Lexicon) -> dict[str, list[str]]:
    return draft_sides(sg.extract(text, lexicon))


@pytest.fixture
def backoff_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The phrase rules for officials off: the back-off layer alone reads the text (as
    ``scripts/eval_extract_sets.py --backoff-only`` runs it), so that a test of the general
    layer does not pass on a phrase rule."""

    def find_people(sentences, mentions, parties, lexicon, host=None, *, place=None):  # type: ignore[no-untyped-def]
        found = assign_sides(release_author(sentences, lexicon, parties), parties, lexicon, host)
        extra = more_people(sentences, mentions, parties, lexicon, found, host, place=place)
        extra += signatories(sentences, parties, lexicon) if not found else []
        return assign_sides(no_surnames(found + extra), parties, lexicon, host)

    monkeypatch.setattr(_meeting, "find_people", find_people)


# --- styles and ranks kept apart from the name ----------------------------------------------


def test_police_ranks_written_as_letters_are_no_part_of_the_name(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, 7 July 2025 - Kenya and Uganda held police cooperation talks in Nairobi on "
        "Monday. Kenya was represented by Deputy Inspector General of Police Samuel Kiprono, "
        "while Uganda's delegation was led by Director of Operations AIGP Moses Okello."
    )
    people = _officials(text, lexicon)
    assert people.get("Moses Okello") == ("Director of Operations", "AIGP")
    assert not any(name.startswith("AIGP") for name in people)


def test_a_hyphenated_brigadier_general(lexicon: sg.Lexicon) -> None:
    text = (
        "ABUJA, 3 June 2025 - Nigeria and Cameroon held border talks in Abuja on Monday. The "
        "Cameroonian team comprised Brig.-Gen. Paul Ngono, commander of the 3rd Joint Military "
        "Region, and Colonel Eric Ondoa, defence attache at the Cameroon High Commission."
    )
    assert _officials(text, lexicon).get("Paul Ngono") == (
        "commander of the 3rd Joint Military Region",
        "Brig.-Gen.",
    )


def test_an_academic_title_and_a_womans_honorific(lexicon: sg.Lexicon) -> None:
    text = (
        "LONDON, 12 December 2025 - Britain and Poland held defence talks in London on Monday. "
        "Defence Minister Dame Helen Ward met Poland's Deputy Minister of National Defence "
        "Piotr Nowak. Also present were Madam Anna Kowalska, Director of the Polish Defence Policy Bureau, "
        "and Professor John Hill, Chief Scientific Adviser."
    )
    people = _officials(text, lexicon)
    assert people.get("John Hill") == ("Chief Scientific Adviser", "Professor")
    assert people.get("Anna Kowalska") == ("Director of the Polish Defence Policy Bureau", "Madam")
    assert people.get("Helen Ward") == ("Defence Minister", "Dame")


# --- lists of members -------------------------------------------------------------------------


@pytest.mark.usefixtures("backoff_only")
def test_a_post_abroad_with_its_own_country_before_the_place(lexicon: sg.Lexicon) -> None:
    text = (
        "BERLIN, 3 June 2025 - Germany and Poland held defence talks in Berlin on Monday. "
        "Minister Nowak was accompanied by the Chief of the General Staff of the Polish Armed "
        "Forces, General Adam Lis, and the Ambassador of the Republic of Poland to Germany, Ewa "
        "Zielinska. The Consul General of Poland in Munich, Jan Wrobel, also attended."
    )
    sides = _sides(text, lexicon)
    assert {"Adam Lis", "Ewa Zielinska", "Jan Wrobel"} <= set(sides["POL"])
    people = _officials(text, lexicon)
    assert people["Ewa Zielinska"][0] == "Ambassador of the Republic of Poland to Germany"


@pytest.mark.usefixtures("backoff_only")
def test_an_office_after_a_members_title_in_a_list(lexicon: sg.Lexicon) -> None:
    text = (
        "MALE, 3 June 2025 - India and Maldives held defence talks in Male on Monday. The Indian "
        "delegation included Rear Admiral Amit Rao, Assistant Chief of Naval Staff (Foreign "
        "Cooperation), Shri Vivek Nair, Joint Secretary (Indian Ocean Region), Ministry of "
        "External Affairs, and Colonel Ravi Menon, Defence Adviser at the High Commission of "
        "India in Male."
    )
    people = _officials(text, lexicon)
    assert people.get("Vivek Nair") == ("Joint Secretary (Indian Ocean Region)", "Shri")
    assert "Indian Ocean Region" not in people
    assert set(_sides(text, lexicon)["IND"]) == {"Amit Rao", "Vivek Nair", "Ravi Menon"}


# --- where a mention ends -----------------------------------------------------------------------


@pytest.mark.usefixtures("backoff_only")
def test_a_dated_opener_and_a_place_before_a_lower_case_word(lexicon: sg.Lexicon) -> None:
    text = (
        "HANOI, March 4, 2025 - On March 3, Vice Foreign Minister Tran Quang Minh held "
        "consultations with Thai Permanent Secretary for Foreign Affairs Somchai Rattanakul in "
        "Hanoi under the two ministries' annual mechanism."
    )
    sides = _sides(text, lexicon)
    assert sides["VNM"] == ["Tran Quang Minh"]
    assert sides["THA"] == ["Somchai Rattanakul"]


@pytest.mark.usefixtures("backoff_only")
def test_a_date_with_its_month_after_a_name(lexicon: sg.Lexicon) -> None:
    text = (
        "SINGAPORE, June 2, 2025 (VNA) - Lieutenant General Le Van Hoa, Deputy Minister of "
        "National Defence of Vietnam, held talks with Italian Minister of Defence Marco Bellini "
        "on June 1, 2025, on the sidelines of a regional security forum in Singapore."
    )
    assert _officials(text, lexicon).get("Marco Bellini") == ("Minister of Defence", None)
    assert _sides(text, lexicon)["ITA"] == ["Marco Bellini"]


@pytest.mark.usefixtures("backoff_only")
def test_said_after_meeting_his_counterpart(lexicon: sg.Lexicon) -> None:
    text = (
        "TALLINN, Feb 20 (BNS) - Estonia and Finland will start joint sea patrols from May, "
        "Estonian Interior Minister Kalle Saar said after meeting his Finnish counterpart Mikko "
        "Lehtonen in Tallinn on Thursday."
    )
    sides = _sides(text, lexicon)
    assert sides["EST"] == ["Kalle Saar"]
    assert sides["FIN"] == ["Mikko Lehtonen"]


def test_with_the_participation_of(lexicon: sg.Lexicon) -> None:
    text = (
        "AMMAN, 3 May 2025 - Jordan and Iraq held border security talks in Amman on Monday. The "
        "Iraqi side was headed by Interior Minister Hadi Al Amiri, with the participation of Lt. "
        "Gen. Karim Al Jaburi, commander of the Border Guard Forces, and Maj. Gen. Salim Al "
        "Hashimi, director general of the General Directorate for Narcotics Affairs."
    )
    people = _officials(text, lexicon)
    assert people.get("Karim Al Jaburi") == ("commander of the Border Guard Forces", "Lt. Gen.")
    assert people.get("Salim Al Hashimi", ("",))[0] == (
        "director general of the General Directorate for Narcotics Affairs"
    )
    assert set(_sides(text, lexicon)["IRQ"]) == {
        "Hadi Al Amiri",
        "Karim Al Jaburi",
        "Salim Al Hashimi",
    }


@pytest.mark.usefixtures("backoff_only")
def test_assisted_supported_and_flanked_by(lexicon: sg.Lexicon) -> None:
    text = (
        "ACCRA, 3 June 2025 - Ghana and Togo held security talks in Accra on Monday. Ghana's "
        "Minister for Defence Kofi Mensah hosted Togo's Minister of the Armed Forces Komi "
        "Agbeko. Mensah was assisted by the Chief of the Defence Staff, Lieutenant General Yaw "
        "Boateng; the Director-General of the Police Counter-Terrorism Unit, Commissioner of "
        "Police Mrs. Ama Owusu; and the Chief Director of the Ministry, Mr. Kojo Addo. Agbeko "
        "was flanked by the Chief of the General Staff, General Koffi Dogbe."
    )
    sides = _sides(text, lexicon)
    assert set(sides["GHA"]) == {"Kofi Mensah", "Yaw Boateng", "Ama Owusu", "Kojo Addo"}
    assert set(sides["TGO"]) == {"Komi Agbeko", "Koffi Dogbe"}


# --- delegation blocks ------------------------------------------------------------------------

_OPENING = (
    "TALLINN, 3 February 2025 - Estonia and Latvia held border security consultations in "
    "Tallinn on Monday.\n\n"
)


@pytest.mark.parametrize(
    "block",
    [
        # a heading with a colon, then "NAME - TITLE" a line
        "Delegation of Estonia:\nMart Tamm - Director General of the Border Guard Board\n"
        "Liis Kask - Head of the Border Guard Department\n\n"
        "Delegation of Latvia:\nJuris Ozols - Chief of the State Border Guard\n"
        "Ilze Berzina - Deputy Chief of the State Border Guard",
        "Estonian delegation:\nMart Tamm - Director General of the Border Guard Board\n"
        "Liis Kask - Head of the Border Guard Department\n\n"
        "Latvian delegation:\nJuris Ozols - Chief of the State Border Guard\n"
        "Ilze Berzina - Deputy Chief of the State Border Guard",
        # a heading without a colon, then "TITLE: NAME" a line
        "Estonian delegation\nDirector General of the Border Guard Board: Mart Tamm\n"
        "Head of the Border Guard Department: Liis Kask\n\n"
        "Latvian delegation\nChief of the State Border Guard: Juris Ozols\n"
        "Deputy Chief of the State Border Guard: Ilze Berzina",
        # one line a side, "For X:"
        "For Estonia: Director General of the Border Guard Board Mart Tamm; Head of the Border "
        "Guard Department Liis Kask.\nFor Latvia: Chief of the State Border Guard Juris Ozols; "
        "Deputy Chief of the State Border Guard Ilze Berzina.",
    ],
)
def test_a_delegation_block(block: str, lexicon: sg.Lexicon) -> None:
    draft = sg.extract(_OPENING + block, lexicon)
    assert draft_sides(draft) == {
        "EST": ["Mart Tamm", "Liis Kask"],
        "LVA": ["Juris Ozols", "Ilze Berzina"],
    }
    titles = {o.name: o.title for o in draft.officials}
    assert titles["Mart Tamm"] == "Director General of the Border Guard Board"
    assert titles["Ilze Berzina"] == "Deputy Chief of the State Border Guard"


# --- sides ------------------------------------------------------------------------------------


@pytest.mark.usefixtures("backoff_only")
def test_an_unmarked_attendee_beside_the_hosts_marked_ones(lexicon: sg.Lexicon) -> None:
    text = (
        "Riyadh, March 3, 2025, SPA -- His Royal Highness Prince Faisal bin Saad, Minister of "
        "Defense, received in Riyadh today Minister of National Defence of the Hellenic "
        "Republic Kostas Pappas. The reception was attended by Chief of the General Staff "
        "General Fahad bin Ali Al-Harbi; Assistant Minister of Defense for Executive Affairs "
        "Dr. Saad bin Ali Al-Otaibi; and Governor of the General Authority for Military "
        "Industries Eng. Majed bin Nasser Al-Qahtani. On the Greek side, it was attended by "
        "the Ambassador of the Hellenic Republic to the Kingdom, Nikos Karras."
    )
    sides = _sides(text, lexicon)
    assert "Majed bin Nasser Al-Qahtani" in sides["SAU"]
    assert "Nikos Karras" in sides["GRC"]


# --- people only mentioned -----------------------------------------------------------------------


def test_a_spokesperson_reporting_who_co_chaired(lexicon: sg.Lexicon) -> None:
    text = (
        "MANILA, 3 June 2025 - The Philippines and Australia held their defence dialogue in "
        "Manila on Tuesday. Defense spokesperson Assistant Secretary Ana Cruz said the dialogue "
        "was co-chaired by Undersecretary for Defense Policy Ramon Diaz and Australian Deputy "
        "Secretary for Strategy Ms. Kate Moore."
    )
    assert _sides(text, lexicon) == {"PHL": ["Ramon Diaz"], "AUS": ["Kate Moore"]}


@pytest.mark.usefixtures("backoff_only")
def test_what_a_spokesperson_said_is_read_by_the_back_off(lexicon: sg.Lexicon) -> None:
    text = (
        "MANILA, 3 June 2025 - The Philippines and Australia held their defence dialogue in "
        "Manila on Tuesday. Defense spokesperson Assistant Secretary Ana Cruz said the dialogue "
        "was co-chaired by Undersecretary for Defense Policy Ramon Diaz and Australian Deputy "
        "Secretary for Strategy Ms. Kate Moore."
    )
    assert _sides(text, lexicon) == {"PHL": ["Ramon Diaz"], "AUS": ["Kate Moore"]}


# --- a side no phrase names anyone for --------------------------------------------------------


def test_a_side_named_only_in_a_transcripts_stage_line(lexicon: sg.Lexicon) -> None:
    text = (
        "OSLO, 4 March 2025 - Norway and Sweden held defence talks in Oslo on Tuesday. Norway's "
        "Chief of Defence, General Arne Solberg, hosted the Swedish delegation.\n\n"
        "Sweden's Minister of Defence, Karl Lindqvist, will open the press conference."
    )
    sides = _sides(text, lexicon)
    assert sides["SWE"] == ["Karl Lindqvist"]
    assert sides["NOR"] == ["Arne Solberg"]


def test_no_spokesperson_president_or_earlier_visitor_fills_an_empty_side(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "OSLO, 4 March 2025 - Norway and Sweden held defence talks in Oslo on Tuesday. Norway's "
        "Chief of Defence, General Arne Solberg, hosted the Swedish delegation. Sweden's "
        "defence ministry spokesperson, Anna Berg, declined to comment. Swedish Prime Minister "
        "Lars Ek praised the cooperation. Last year, Sweden's Minister of Defence, Karl "
        "Lindqvist, visited Tromso."
    )
    sides = _sides(text, lexicon)
    assert sides["NOR"] == ["Arne Solberg"]
    assert sides.get("SWE", []) == []


def test_people_of_the_background_are_no_delegates(lexicon: sg.Lexicon) -> None:
    text = (
        "IPIALES, Colombia, 3 May 2025 (EFE) - Colombian and Ecuadorian border commanders met "
        "in Ipiales on Friday. The Colombian delegation was led by General Mario Rojas, "
        "commander of the Southern Command, and the Ecuadorian side by General Luis Vega, "
        "commander of the Land Forces. Ecuadorian President Carlos Mena has declared a state "
        "of emergency and has repeatedly asked Colombia to step up controls on its side of the "
        "border. Colombia's Defence Minister Andres Ortiz, who did not attend the meeting, "
        "welcomed the agreements. Mena had raised the question with Colombian President Ana "
        "Ruiz, and the two presidents have in recent years signed several accords."
    )
    names = set(_officials(text, lexicon))
    assert names == {"Mario Rojas", "Luis Vega"}


def test_a_president_receiving_the_heads_of_delegations(lexicon: sg.Lexicon) -> None:
    text = (
        "KIGALI, 5 March 2025 (AIM) - The defence staffs of Mozambique and Rwanda held their "
        "joint commission in Kigali on Tuesday. The Mozambican delegation was led by General "
        "Jose Macuane, and the Rwandan delegation by General Eric Mugabo. The Rwandan "
        "President, Jean Habimana, received the heads of the two delegations on Wednesday."
    )
    assert set(_officials(text, lexicon)) == {"Jose Macuane", "Eric Mugabo"}


# --- names and styles of more of the world ------------------------------------------------------


def test_initials_and_a_single_letter_a_do_not_end_a_sentence(lexicon: sg.Lexicon) -> None:
    text = (
        "NEW DELHI, 3 March 2025 - India and Sri Lanka held their annual defence dialogue in "
        "New Delhi on Monday. The Sri Lankan delegation comprised Major General W. A. K. "
        "Silva, Chief of Staff of the Sri Lanka Army; Rear Admiral D. M. Perera, Chief of Staff "
        "of the Sri Lanka Navy; and Mrs. Nadeesha Fernando, Additional Secretary (Defence)."
    )
    sides = _sides(text, lexicon)
    assert {"W. A. K. Silva", "D. M. Perera", "Nadeesha Fernando"} <= set(sides["LKA"])


def test_a_fathers_initial_before_a_one_word_name(lexicon: sg.Lexicon) -> None:
    text = (
        "ULAANBAATAR, 3 March 2025 (MONTSAME) - Mongolia and China held border talks by video "
        "link on Monday. The Mongolian side was led by Deputy Minister of Justice B.Enkhtuya, "
        "and the Chinese side by Vice Minister of Public Security Wang Jun. Taking part from the "
        "Mongolian side were Chief of the National Police Agency Ts.Bold and Brigadier General "
        "G.Batbayar."
    )
    people = _officials(text, lexicon)
    assert people.get("B.Enkhtuya") == ("Deputy Minister of Justice", None)
    assert people.get("Ts.Bold") == ("Chief of the National Police Agency", None)
    assert people.get("G.Batbayar") == (None, "Brigadier General")


@pytest.mark.parametrize(
    ("mention", "name", "style"),
    [
        ("the State Minister of Peace, Ato Tesfaye Woldu", "Tesfaye Woldu", "Ato"),
        ("Ethiopia's Consul General in Moyale, Wzr. Meseret Tadesse", "Meseret Tadesse", "Wzr."),
        ("Général de brigade Cheikh Fall, Director of Defence Policy", "Cheikh Fall", None),
        ("the Director of Policy, BG Kelvin Ong Wee Kiat", "Kelvin Ong Wee Kiat", "BG"),
        ("the Head of Planning, Mr Rajendran s/o Muthusamy", "Rajendran s/o Muthusamy", "Mr"),
    ],
)
def test_styles_and_particles_of_more_countries(
    mention: str, name: str, style: str | None, lexicon: sg.Lexicon
) -> None:
    from secgraph.extract._shapes import read_person

    person = read_person(mention, lexicon)
    assert person is not None and person.name == name
    assert person.honorific == (style or "Général de brigade")


def test_lists_headed_from_the_x_side_with_dashed_rows(lexicon: sg.Lexicon) -> None:
    text = (
        "TASHKENT, 3 March 2025 - Uzbekistan and Kyrgyzstan held border talks in Tashkent on "
        "Monday. The meeting was attended:\n\n"
        "from the Uzbek side:\n"
        "- Bakhtiyor Karimovich Sobirov - Deputy Chairman of the State Security Service;\n"
        "- Major General Ulugbek Nazarov - Commander of the Border Troops;\n\n"
        "from the Kyrgyz side:\n"
        "- Nurlan Asanovich Beishenov - Deputy Chairman of the State Committee for National "
        "Security;\n"
        "- Aibek Osmonov - Deputy Minister of Internal Affairs."
    )
    sides = _sides(text, lexicon)
    assert set(sides["UZB"]) == {"Bakhtiyor Karimovich Sobirov", "Ulugbek Nazarov"}
    assert set(sides["KGZ"]) == {"Nurlan Asanovich Beishenov", "Aibek Osmonov"}


def test_four_initials_and_an_office_after_a_ranked_name(lexicon: sg.Lexicon) -> None:
    text = (
        "COLOMBO, 3 March 2025 - Sri Lanka and New Zealand held naval staff talks in Colombo on "
        "Monday. The talks were co-chaired by Rear Admiral W. M. D. K. Perera, Director General "
        "Operations of the Sri Lanka Navy, and Commodore Andrew Hale of the New Zealand Defence "
        "Force."
    )
    sides = _sides(text, lexicon)
    assert sides["LKA"] == ["W. M. D. K. Perera"]
    assert sides["NZL"] == ["Andrew Hale"]


def test_a_title_naming_its_country_is_not_carried_over(lexicon: sg.Lexicon) -> None:
    text = (
        "SUBOTICA, 3 March 2025 (Tanjug) - Serbian and Hungarian police officials met in "
        "Subotica on Wednesday. The meeting was chaired by Serbian Police Director Milan Jovic "
        "and the Deputy National Police Chief of Hungary, Major General Peter Kovacs. "
        "Accompanying Kovacs was Colonel Zsolt Farkas, deputy head of the Border Policing "
        "Department."
    )
    sides = _sides(text, lexicon)
    assert sides["SRB"] == ["Milan Jovic"]
    assert sides["HUN"] == ["Peter Kovacs", "Zsolt Farkas"]


@pytest.mark.usefixtures("backoff_only")
def test_members_named_before_were_part_of_the_x_delegation(lexicon: sg.Lexicon) -> None:
    text = (
        "GYUMRI, 3 March 2025 (Armenpress) - The border services of Armenia and Georgia met in "
        "Gyumri on Tuesday. Lieutenant Colonel Nino Kapanadze, Head of the Land Border "
        "Department, and Major Levan Beridze, head of the Ninotsminda border sector, were part "
        "of the Georgian delegation."
    )
    assert set(_sides(text, lexicon)["GEO"]) == {"Nino Kapanadze", "Levan Beridze"}


@pytest.mark.usefixtures("backoff_only")
def test_a_remit_word_is_no_first_name(lexicon: sg.Lexicon) -> None:
    text = (
        "MANILA, 3 March 2025 - The Philippines and Japan held maritime talks in Manila on "
        "Monday. With Undersecretary Maria Reyes at the table were Philippine Coast Guard Deputy "
        "Commandant Vice Admiral Jose Cruz and Department of National Defense Assistant "
        "Secretary for Strategic Assessment Arsenio Lacson, while a spokesperson, Ana Lim, "
        "briefed reporters."
    )
    people = _officials(text, lexicon)
    assert people.get("Arsenio Lacson", ("",))[0] == (
        "Department of National Defense Assistant Secretary for Strategic Assessment"
    )
    assert "Ana Lim" not in people


@pytest.mark.usefixtures("backoff_only")
def test_co_chairs_who_spoke_after_co_chairing_and_lists_closed_by_their_side(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Permanent Secretary (Defence) Mr Tan Wei Ming and Deputy Minister of National Defence "
        "of Vietnam Senior Lieutenant General Le Van Hoa spoke to the media at the Ministry of "
        "Defence at Bukit Timah after co-chairing the 9th Singapore-Vietnam Defence Policy "
        "Dialogue today. Also present at the Dialogue were Deputy Secretary (Policy) Ms Lee Mei "
        "Ling and Director (Policy Office) BG Goh Kok Wah from Singapore, and Director of the "
        "Foreign Relations Department Major General Tran Van Nam and Deputy Director Colonel "
        "Nguyen Thi Lan from Vietnam."
    )
    sides = _sides(text, lexicon)
    assert set(sides["SGP"]) == {"Tan Wei Ming", "Lee Mei Ling", "Goh Kok Wah"}
    assert set(sides["VNM"]) == {"Le Van Hoa", "Tran Van Nam", "Nguyen Thi Lan"}
    assert "Bukit Timah" not in _officials(text, lexicon)


@pytest.mark.usefixtures("backoff_only")
@pytest.mark.parametrize("opener", ["Other members were", "It comprised"])
def test_a_sentence_going_on_with_the_delegation_before(opener: str, lexicon: sg.Lexicon) -> None:
    text = (
        "YOLA, 3 March 2025 - Nigeria and Cameroon held their joint border commission in Yola "
        "on Tuesday. The Nigerian delegation was led by the Chief of Policy and Plans, Maj.-Gen. "
        f"Ibrahim Bello. {opener} the Commander, 23 Brigade, Brig.-Gen. Olumide Adeyemi; "
        "Colonel Hauwa Musa from the Defence Intelligence Directorate; and a Director in the "
        "Department of State Services, Mr Emeka Okafor."
    )
    assert {"Olumide Adeyemi", "Hauwa Musa", "Emeka Okafor"} <= set(_sides(text, lexicon)["NGA"])


@pytest.mark.parametrize(
    ("mention", "name", "style", "title"),
    [
        (
            "the Director General of Public Administration, Hendrarto",
            "Hendrarto",
            None,
            "Director General of Public Administration",
        ),
        (
            "Pol. Lt. Gen. Sok Chanthy, Deputy Commissioner General of the National Police",
            "Sok Chanthy",
            "Pol. Lt. Gen.",
            "Deputy Commissioner General of the National Police",
        ),
        ("U Min Thein, director of the Ministry of Home Affairs", "Min Thein", "U", None),
    ],
)
def test_one_word_names_thai_police_ranks_and_myanmar_styles(
    mention: str, name: str, style: str | None, title: str | None, lexicon: sg.Lexicon
) -> None:
    from secgraph.extract._names import parse_person

    person = parse_person(mention, lexicon)
    assert person is not None and (person.name, person.honorific) == (name, style)
    assert title is None or person.title == title


def test_a_plural_after_a_title_is_no_one_word_name(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._names import parse_person

    assert parse_person("Minister of Police, Prisons", lexicon) is None


def test_an_earlier_meeting_dated_by_its_month_alone(lexicon: sg.Lexicon) -> None:
    text = (
        "SEOUL, Nov. 4 (Yonhap) -- South Korea and Poland held their vice-ministerial defense "
        "talks in Seoul on Tuesday. Vice Defense Minister Kim Sung-ho and his Polish "
        "counterpart, Secretary of State Pawel Nowak, co-chaired the meeting. Defense Minister "
        "Lee Jae-won and Polish Defense Minister Marek Lis held talks in Warsaw in August."
    )
    sides = _sides(text, lexicon)
    assert sides["KOR"] == ["Kim Sung-ho"]
    assert sides["POL"] == ["Pawel Nowak"]


def test_a_threats_name_is_no_persons_name(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._names import parse_person

    assert (
        parse_person("Head of the Main Department for Combating Drug Trafficking", lexicon) is None
    )


@pytest.mark.usefixtures("backoff_only")
def test_our_side_in_a_transcript_is_the_side_not_named(lexicon: sg.Lexicon) -> None:
    text = (
        "TAPACHULA, 3 March 2025 - Guatemala and Mexico held their security group meeting in "
        "Tapachula on Monday.\n\n"
        "I would like to thank the members of both delegations: on our side, the Vice Minister "
        "of Security, Claudia Ochoa Paz, and the Director General of the National Civil Police, "
        "Commissioner General Edwin Monroy Tzul; and on the Mexican side, Ambassador Rodrigo "
        "Morales Vega and the Head of the Intelligence Unit, Carla Inzunza Ruiz."
    )
    sides = _sides(text, lexicon)
    assert {"Claudia Ochoa Paz", "Edwin Monroy Tzul"} <= set(sides["GTM"])
    assert {"Rodrigo Morales Vega", "Carla Inzunza Ruiz"} <= set(sides["MEX"])


def test_a_counterparts_title_written_later(lexicon: sg.Lexicon) -> None:
    text = (
        "CANBERRA, 9 September 2025 - Australia and Fiji held defence talks in Canberra on "
        "Monday. Australian Defence Minister Richard Hale and his Fijian counterpart Jone Waqa "
        "discussed maritime security. Waqa, Fiji's Minister for Defence and National Security, "
        "thanked Australia for the patrol boats."
    )
    people = _officials(text, lexicon)
    assert people.get("Jone Waqa") == ("Minister for Defence and National Security", None)


@pytest.mark.parametrize(
    ("mention", "name", "title", "style"),
    [
        ("Acting Director General Kenji Mori", "Kenji Mori", "Acting Director General", None),
        ("Deputy Inspector General Samuel Kip", "Samuel Kip", "Deputy Inspector General", None),
        ("the National Security Adviser, Malam Nuhu Ribadu", "Nuhu Ribadu", None, "Malam"),
    ],
)
def test_acting_and_deputy_director_general(
    mention: str, name: str, title: str | None, style: str | None, lexicon: sg.Lexicon
) -> None:
    from secgraph.extract._names import parse_person

    person = parse_person(mention, lexicon)
    assert person is not None and person.name == name
    assert title is None or person.title == title
    assert person.honorific == style


def test_representing_x_were(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, 3 March 2025 - Kenya and Tanzania held security talks in Nairobi on Monday. "
        "Representing Kenya were Interior Principal Secretary Peter Omondi and Inspector "
        "General of Police Japhet Kariuki. Representing Tanzania were Home Affairs Permanent "
        "Secretary Ally Gugu and IGP Camillus Wambura."
    )
    sides = _sides(text, lexicon)
    assert set(sides["KEN"]) == {"Peter Omondi", "Japhet Kariuki"}
    assert set(sides["TZA"]) == {"Ally Gugu", "Camillus Wambura"}


def test_a_list_closed_by_from_the_x_side(lexicon: sg.Lexicon) -> None:
    text = (
        "HANOI, 3 March 2025 - Vietnam and Cambodia held defence talks in Hanoi on Monday. "
        "Present at the meeting were Colonel Tran Van Hung (Director of the Foreign Relations "
        "Department) and Colonel Nguyen Van Ba (Deputy Chief of Staff) from the Vietnamese side."
    )
    assert set(_sides(text, lexicon)["VNM"]) == {"Tran Van Hung", "Nguyen Van Ba"}
    assert _officials(text, lexicon)["Nguyen Van Ba"] == ("Deputy Chief of Staff", "Colonel")


def test_delegations_led_by_a_and_b_respectively(lexicon: sg.Lexicon) -> None:
    text = (
        "NEW DELHI, 3 March 2025 - India and Oman held their joint military cooperation "
        "committee in New Delhi on Monday. The two delegations were led by Defence Secretary "
        "Rajesh Kumar and Secretary General of the Ministry of Defence Dr. Mohammed Al Zaabi "
        "respectively."
    )
    assert _sides(text, lexicon) == {"IND": ["Rajesh Kumar"], "OMN": ["Mohammed Al Zaabi"]}


def test_a_doctors_note_after_a_rank(lexicon: sg.Lexicon) -> None:
    text = (
        "NEW DELHI, 3 March 2025 - India and Vietnam held their defence policy dialogue in New "
        "Delhi on Monday. The Indian delegation was led by Lt Gen (Dr) Arvind Singh, Deputy "
        "Chief of Integrated Defence Staff, and included Smt. Priya Nair, Joint Secretary."
    )
    assert _sides(text, lexicon)["IND"] == ["Arvind Singh", "Priya Nair"]


def test_a_posts_remit_is_no_side(lexicon: sg.Lexicon) -> None:
    text = (
        "ISLAMABAD, 3 March 2025 - Pakistan and Afghanistan held their joint coordination "
        "committee in Kabul on Monday. Pakistan's delegation was led by Special Representative "
        "for Afghanistan Asif Durrani and included Additional Secretary (Afghanistan and West "
        "Asia) Ahmed Warraich, Additional Secretary Interior Khurram Shah and Director General "
        "Military Operations Maj Gen Kashif Butt."
    )
    sides = _sides(text, lexicon)
    assert set(sides["PAK"]) == {"Asif Durrani", "Ahmed Warraich", "Khurram Shah", "Kashif Butt"}
    assert sides.get("AFG", []) == []


@pytest.mark.parametrize(
    "aside",
    [
        "The Ghanaian delegation was received on Saturday by Togolese Prime Minister Victoire "
        "Dogbe, who conveyed her greetings.",
        "On the margins of the talks, the Ghanaian delegation called on the Minister of "
        "Security, Yark Damehame.",
        "During the visit, the Defence Minister called on the Deputy Minister of Defence, "
        "Major General (Retd) Paul Tchangai.",
        "In April, Ghanaian President John Asante and his Togolese counterpart discussed the "
        "corridor during a meeting in Lome.",
        "President Faure Eyadema received Ghanaian President John Asante in Kara in December 2024.",
        "In a speech read on his behalf, Togo's Minister of Security Calixte Batossie said the "
        "border was calm.",
    ],
)
def test_people_of_another_moment_stay_out(aside: str, lexicon: sg.Lexicon) -> None:
    text = (
        "LOME, 3 March 2025 - Ghana and Togo held border security talks in Lome on Monday. The "
        "Ghanaian delegation was led by Defence Minister Kofi Mensah, and the Togolese "
        f"delegation by Minister of the Armed Forces Komi Agbeko. {aside}"
    )
    assert set(_officials(text, lexicon)) == {"Kofi Mensah", "Komi Agbeko"}


@pytest.mark.usefixtures("backoff_only")
def test_joining_the_x_co_chair_were(lexicon: sg.Lexicon) -> None:
    text = (
        "COLOMBO, 3 March 2025 - Sri Lanka and the Maldives held coast guard staff talks by "
        "video link on Monday. Joining the Sri Lankan co-chair from Naval Headquarters were "
        "Commodore H. G. S. Perera, Director Naval Intelligence, and Captain Nirmala Silva, "
        "Director Maritime Surveillance."
    )
    assert set(_sides(text, lexicon)["LKA"]) == {"H. G. S. Perera", "Nirmala Silva"}


def test_a_brunei_style_before_the_name(lexicon: sg.Lexicon) -> None:
    from secgraph.extract._names import parse_person

    person = parse_person("Commissioner of Police Dato Paduka Seri Haji Ali bin Osman", lexicon)
    assert person is not None and person.honorific == "Dato Paduka Seri"
    assert person.title == "Commissioner of Police"


def test_a_plural_title_naming_one_person_a_country(lexicon: sg.Lexicon) -> None:
    text = (
        "VILNIUS, Feb 20 (BNS) - Lithuania and Latvia agreed on joint border patrols at talks "
        "in Vilnius on Thursday. The ministers were joined by the commanders of the two "
        "countries' border guard services, Rimas Petraitis of Lithuania and Janis Berzins of "
        "Latvia."
    )
    sides = _sides(text, lexicon)
    assert "Rimas Petraitis" in sides["LTU"]
    assert "Janis Berzins" in sides["LVA"]


def test_the_author_of_an_opinion_piece_stays_out(lexicon: sg.Lexicon) -> None:
    text = (
        "Why the Pakistan-China dialogue matters\n\nBy Tariq Mir\n\n"
        "ISLAMABAD, 3 March 2025 - Pakistan and China held their strategic dialogue in "
        "Islamabad on Monday. Foreign Secretary Amna Baloch led the Pakistani delegation, and "
        "Vice Foreign Minister Sun Wei led the Chinese delegation.\n\n"
        "The writer is a former Ambassador of Pakistan to China, Tariq Mir."
    )
    assert _sides(text, lexicon) == {"PAK": ["Amna Baloch"], "CHN": ["Sun Wei"]}


@pytest.mark.usefixtures("backoff_only")
def test_a_story_dating_its_own_meeting_by_month_keeps_its_heads(lexicon: sg.Lexicon) -> None:
    text = (
        "MANILA, 3 February 2025 - The Philippines and Japan reviewed their maritime "
        "cooperation. The third round of their maritime dialogue, held in Manila in December "
        "2024, was co-chaired by Undersecretary Maria Reyes and Japanese Deputy Vice-Minister "
        "Kenji Sato."
    )
    assert _sides(text, lexicon) == {"PHL": ["Maria Reyes"], "JPN": ["Kenji Sato"]}


@pytest.mark.usefixtures("backoff_only")
def test_a_summits_lead_keeps_its_heads_of_state(lexicon: sg.Lexicon) -> None:
    text = (
        "ASTANA, 3 March 2025 (Kazinform) - Kazakh President Nurlan Abenov and Uzbek President "
        "Jamshid Karimov discussed border security and joint counter-terrorism exercises in "
        "Astana on Monday."
    )
    assert _sides(text, lexicon) == {"KAZ": ["Nurlan Abenov"], "UZB": ["Jamshid Karimov"]}
