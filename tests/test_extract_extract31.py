"""Issue 21, extract31's pass: where the talks were held, second round. Phrasings of the genre
that put the meeting in another event's city (an earlier round, a plan the talks made, a list
of crossings), or that name its place in a shape the rules did not read (a base "at" a small
town, "HMNB Portsmouth", a heading in capitals, a transcript's venue line, "the Commission
has ended in X", a date line "City, 15-I-2026.-"). Each test on a short text written for it
(people and meetings invented)."""

from __future__ import annotations

from extract_meeting import meeting_place

import secgraph as sg
from secgraph.extract._placecues import by_video
from secgraph.extract._text import split_sentences
from secgraph.extract._venuehints import hosting_side

# --- an earlier meeting told in passing -------------------------------------------------------


def test_the_last_time_the_sides_met_is_not_the_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Ghana and Togo review border security\n\n"
        "The Minister of the Interior of Ghana, Kwame Mensah, received a delegation of Togo "
        "led by Colonel Koffi Adjo for talks on border security.\n\n"
        "QUESTION: Minister, the last time the two sides met was in Lome in February.\n"
    )
    place = meeting_place(text, lexicon)
    assert place is None or place[0] != "Lomé"


def test_the_last_having_been_held_is_not_the_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Nigeria and Cameroon hold border security meeting\n\n"
        "The armies of Nigeria and Cameroon held a border security meeting on Wednesday.\n\n"
        "The meeting was the third in the series, the last having been held in Maroua, "
        "Cameroon, in November.\n"
    )
    place = meeting_place(text, lexicon)
    assert place is None or place[0] != "Maroua"


def test_a_city_where_heads_of_state_met_since_is_not_the_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Ghana and Burkina Faso have held a security meeting in Tamale, the regional capital.\n\n"
        "The Ghanaian coordinator said it was the third meeting since the two countries' "
        "Heads of State met in Ouagadougou.\n"
    )
    assert meeting_place(text, lexicon) == ("Tamale", "GHA")


# --- a plan the talks made, a clause still to come, a list of crossings ------------------------


def test_a_course_in_an_agreed_plan_is_not_the_place(lexicon: sg.Lexicon) -> None:
    text = (
        "The Jamaica Defence Force hosted a delegation of the Canadian Armed Forces for staff "
        "talks at JDF Headquarters.\n\n"
        "At the conclusion of the talks, the two sides agreed a training plan for 2027 that "
        "includes a peacekeeping course in Kingston.\n"
    )
    place = meeting_place(text, lexicon)
    assert place is None or place[0] != "Kingston"


def test_a_clause_of_what_is_to_come_is_not_the_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Mexico and El Salvador agree to share migration data\n\n"
        "Deputy ministers met at the foreign ministry; Mexico will train 80 officers in "
        "Tapachula\n\n"
        "The deputy foreign ministers of El Salvador and Mexico met on Monday at the Ministry "
        "of Foreign Affairs in San Salvador for talks on migration.\n"
    )
    assert meeting_place(text, lexicon) == ("San Salvador", "SLV")


def test_a_list_of_crossings_is_not_the_place(lexicon: sg.Lexicon) -> None:
    text = (
        "Dominican Republic and Haiti review border security\n\n"
        "The Minister of Defence of the Dominican Republic, Carlos Perez, held talks with the "
        "Haitian Minister of Justice, Jean Louis.\n\n"
        "The meeting focused on the control of the crossings at Dajabon, Elias Pina, Jimani "
        "and Pedernales.\n"
    )
    place = meeting_place(text, lexicon)
    assert place is None or place[0] != "Dajabón"


def test_a_spanish_date_line_gives_the_city_of_a_host_at_home(lexicon: sg.Lexicon) -> None:
    text = (
        "Dominican Republic and Haiti review border security\n\n"
        "Santo Domingo, 15-I-2026.- The Minister of Defence, Carlos Perez, received on "
        "14-I-2026 at the Ministry of Defence a Haitian delegation headed by the Minister of "
        "Justice, Jean Louis, for a working session of the bilateral commission.\n"
    )
    assert meeting_place(text, lexicon) == ("Santo Domingo", "DOM")


# --- a base at a small town, a service's base by its town ----------------------------------


def test_talks_at_a_base_at_a_small_town(lexicon: sg.Lexicon) -> None:
    text = (
        "KINGSTON, Jamaica - The Jamaica Defence Force Coast Guard and the Trinidad and Tobago "
        "Coast Guard have agreed to run a combined drill next year, following two days of "
        "staff talks at the JDF Coast Guard base at Port Royal.\n\n"
        "The talks were the first between the coast guards of Jamaica and Trinidad and Tobago "
        "since the two governments signed a memorandum on defence cooperation.\n\n"
        "Guns seized on the island often come from the United States.\n"
    )
    assert meeting_place(text, lexicon) == ("Port Royal", "JAM")


def test_a_naval_base_known_by_its_acronym_and_town(lexicon: sg.Lexicon) -> None:
    text = (
        "UK and Netherlands defence talks\n\n"
        "On 2 February I hosted the Netherlands State Secretary for Defence, Jan de Vries, "
        "aboard HMS Tyne, alongside the quay at HMNB Portsmouth, for the second meeting of "
        "the UK-Netherlands North Sea Security Dialogue.\n"
    )
    assert meeting_place(text, lexicon) == ("Portsmouth", "GBR")


# --- a heading in capitals, a transcript's venue line, a sitting that ended in a city ---------


def test_a_heading_in_capitals_names_the_town(lexicon: sg.Lexicon) -> None:
    text = (
        "NIGERIAN ARMY, CAMEROONIAN ARMED FORCES HOLD BORDER SECURITY MEETING IN MUBI\n\n"
        "1. The Nigerian Army and the Cameroonian Armed Forces on Wednesday held a bilateral "
        "border security meeting at the Officers' Mess of the brigade.\n\n"
        "2. The meetings help to curb the activities of terrorists along the Nigeria-Cameroon "
        "border.\n"
    )
    assert meeting_place(text, lexicon) == ("Mubi", "NGA")


def test_a_transcript_s_venue_line_without_a_label(lexicon: sg.Lexicon) -> None:
    text = (
        "MINISTRY OF NATIONAL SECURITY\n"
        "TRANSCRIPT OF MEDIA BRIEFING\n"
        "Conference Room, Temple Court, Port of Spain\n"
        "Thursday 11 June\n\n"
        "MINISTER: This morning I had a very productive meeting here at the Ministry with a "
        "delegation from the United States on firearms trafficking into Trinidad and Tobago.\n\n"
        "QUESTION: The last time the two sides met was in Washington in February.\n"
    )
    assert meeting_place(text, lexicon) == ("Port of Spain", "TTO")


def test_a_commission_that_has_ended_in_a_city(lexicon: sg.Lexicon) -> None:
    text = (
        "ZAMBIA, ZIMBABWE END DEFENCE COMMISSION\n\n"
        "The Zambia-Zimbabwe Joint Permanent Commission on Defence and Security has ended in "
        "Livingstone with a call for closer cooperation.\n\n"
        "Minister of Defence John Banda led the Zambian delegation while Zimbabwe's delegation "
        "was led by Defence Minister Mary Moyo.\n"
    )
    assert meeting_place(text, lexicon) == ("Livingstone", "ZMB")


# --- "online fraud" is no meeting held online; "earlier the same day" is the same occasion ----


def test_online_fraud_is_no_video_meeting() -> None:
    assert not by_video("The talks also covered cooperation against telephone and online fraud.")
    assert by_video("The talks were held online on Monday.")
    assert by_video("The meeting was held in a videoconference format.")


def test_talks_discussing_online_fraud_keep_their_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Senior police officials from China and Serbia met at the Palace of Serbia in Belgrade "
        "on Tuesday for the meeting of the working group on police cooperation.\n\n"
        "The talks also covered cooperation against telephone and online fraud schemes.\n"
    )
    assert meeting_place(text, lexicon) == ("Belgrade", "SRB")


def test_a_round_earlier_the_same_day_is_the_place(lexicon: sg.Lexicon) -> None:
    text = (
        "On 15 January the institute hosted the public session of the annual Finnish-Swedish "
        "defence policy dialogue between the two countries' ministries of defence. The closed "
        "official round of the dialogue had taken place earlier the same day at the Finnish "
        "Ministry of Defence in Helsinki.\n\n"
        "The 2025 round was held in Stockholm.\n"
    )
    assert meeting_place(text, lexicon) == ("Helsinki", "FIN")


def test_a_body_that_hosted_a_delegation_is_the_side_at_home(lexicon: sg.Lexicon) -> None:
    sentences = split_sentences(
        "The Jamaica Defence Force hosted a delegation from the Canadian Armed Forces for "
        "staff talks at JDF Headquarters.\n\nThe talks reviewed training."
    )
    assert hosting_side(sentences, lexicon, ["JAM", "CAN"]) == "JAM"


def test_two_sides_meeting_in_each_other_s_country_in_turn(lexicon: sg.Lexicon) -> None:
    text = (
        "UK-Netherlands security cooperation\n\n"
        "I wish to update the House on two bilateral meetings held with the Netherlands.\n\n"
        "First, on 2 February I hosted the Netherlands State Secretary for Defence, Jan de "
        "Vries, at HMNB Portsmouth for the second meeting of the UK-Netherlands North Sea "
        "Security Dialogue.\n\n"
        "Secondly, on 9 February officials of the Home Office and the Dutch Ministry of Justice "
        "met in The Hague for the annual UK-Netherlands counter-terrorism consultations. The "
        "consultations considered the return of foreign fighters from camps in Syria.\n"
    )
    draft = sg.extract(text, lexicon)
    assert len(draft.meetings) == 2
    for meeting in draft.meetings:
        assert {d.country for d in meeting.delegations} == {"GBR", "NLD"}
