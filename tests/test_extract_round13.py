"""Issue 21's thirteenth pass: meetings of several days told by weekdays or by a count of days,
guards against a wrong date, and no false head where a co-chair phrase could not be read. Each
test on a short text written for it (people and meetings invented)."""

from __future__ import annotations

import datetime as dt

import secgraph as sg


def _leaders(draft: sg.Draft, meeting: int = 0) -> dict[str, str | None]:
    names = {o.id: o.name for o in draft.officials}
    return {
        d.country: names.get(d.leader, d.leader) if d.leader else None
        for d in draft.meetings[meeting].delegations
    }


def _span(draft: sg.Draft) -> tuple[dt.date | None, dt.date | None]:
    m = draft.meetings[0]
    return m.date, m.end_date


def test_a_weekday_range_under_a_page_date_is_the_span(lexicon: sg.Lexicon) -> None:
    text = (
        "Ghana, Togo agree joint patrols\n\nMonday, June 9, 2025\n\n"
        "Ghana and Togo have agreed to run joint patrols along their border. The agreement came "
        "at the second Ghana-Togo Joint Security Commission meeting held in Lome, Togo, from "
        "Wednesday to Friday."
    )
    assert _span(sg.extract(text, lexicon)) == (dt.date(2025, 6, 4), dt.date(2025, 6, 6))


def test_between_two_weekdays_is_a_span(lexicon: sg.Lexicon) -> None:
    text = (
        "ACCRA, Saturday 14 June 2025 - Ghanaian and Togolese police chiefs held talks in Accra "
        "between Tuesday and Thursday on cross-border crime."
    )
    assert _span(sg.extract(text, lexicon)) == (dt.date(2025, 6, 10), dt.date(2025, 6, 12))


def test_two_days_of_talks_end_on_the_dated_day(lexicon: sg.Lexicon) -> None:
    text = (
        "LOME, June 12, 2025 (AFP) - Ghana and Togo agreed on Thursday to share intelligence on "
        "armed groups, at the end of two days of talks between their police chiefs in the "
        "Togolese capital, officials said."
    )
    assert _span(sg.extract(text, lexicon)) == (dt.date(2025, 6, 11), dt.date(2025, 6, 12))


def test_a_single_day_at_the_end_of_a_meeting_stays_one_day(lexicon: sg.Lexicon) -> None:
    text = (
        "LOME, June 12, 2025 (AFP) - Ghana and Togo agreed on Thursday to share intelligence on "
        "armed groups, at the end of a meeting of their police chiefs in Lome, officials said."
    )
    assert _span(sg.extract(text, lexicon)) == (dt.date(2025, 6, 12), None)


def test_unread_cochairs_leave_no_false_head_from_a_members_list(lexicon: sg.Lexicon) -> None:
    text = (
        "Ireland and Chile held the second Ireland-Chile Security Dialogue in Dublin on 3 June "
        "2025. The Dialogue was co-chaired by the Tanaiste, the Rt Hon Aoife Brennan TD, and "
        "His Excellency Senor Tomas Irarrazaval Vial, Minister of Foreign Affairs of the "
        "Republic of Chile. The Irish delegation included the Minister for Defence, Ciaran "
        "Dunne TD, and the Secretary General, Fiona Walsh."
    )
    leaders = _leaders(sg.extract(text, lexicon))
    assert leaders.get("IRL") != "Ciaran Dunne"
    assert leaders.get("IRL") != "Fiona Walsh"


def test_a_date_inside_a_quotation_is_not_the_meetings(lexicon: sg.Lexicon) -> None:
    text = (
        "ACCRA, June 12, 2025 - Ghana and Togo held security talks in Accra, officials said. "
        '"When we met in Lome on 3 February, we agreed to act," the Ghanaian minister said.'
    )
    assert _span(sg.extract(text, lexicon))[0] != dt.date(2025, 2, 3)


def test_the_first_rounds_date_in_a_later_rounds_story_is_not_taken(lexicon: sg.Lexicon) -> None:
    text = (
        "ACCRA (GNA) - Ghana and Togo held the second round of their security talks in Accra. "
        "The inaugural meeting took place in Lome on 5 May 2025.\n\n12 June 2025"
    )
    assert _span(sg.extract(text, lexicon))[0] != dt.date(2025, 5, 5)


def test_a_weekday_range_told_in_the_present_is_to_come(lexicon: sg.Lexicon) -> None:
    text = (
        "Monday, June 16, 2025\n\nGhanaian Interior Minister Kofi Mensah is in Lome from "
        "Monday to Wednesday for security talks with Togo."
    )
    assert _span(sg.extract(text, lexicon)) == (None, None)


def test_brought_together_a_and_the_head_of_a_body_who_led_their_delegations(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "ACCRA, June 12, 2025 (AFP) - Ghana and Togo agreed on Thursday to share intelligence, "
        "officials said. The meeting brought together Ghanaian Interior Minister Kofi Mensah "
        "and the head of Togo's National Police (DGPN) and Border Service (DSF), Yao Agbeko, "
        "who led their countries' delegations."
    )
    assert _leaders(sg.extract(text, lexicon)) == {"GHA": "Kofi Mensah", "TGO": "Yao Agbeko"}


def test_a_long_city_name_spelled_another_way_is_found(lexicon: sg.Lexicon) -> None:
    text = (
        "Sri Lanka and India held defence talks\n\nPosted on: 2025-06-12\n\nThe second "
        "Sri Lanka-India Defence Dialogue was held at the Defence Ministry in Sri "
        "Jayawardenepura Kotte on 11 June 2025."
    )
    place = sg.extract(text, lexicon).meetings[0].place
    assert place is not None and place.startswith("sri-jayawardenepura")


def test_the_body_s_held_in_city_is_finer_than_the_headlines(lexicon: sg.Lexicon) -> None:
    text = (
        "Sri Lanka and India hold defence talks in Colombo\n\nPosted on: 2025-06-12\n\nThe "
        "second Sri Lanka-India Defence Dialogue was held at the Defence Ministry in Sri "
        "Jayawardenepura Kotte on 11 June 2025."
    )
    place = sg.extract(text, lexicon).meetings[0].place
    assert place is not None and place.startswith("sri-jayawardenepura")


def test_a_headline_city_stays_when_the_body_s_is_in_another_country(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Sri Lanka and India hold defence talks in Colombo\n\nPosted on: 2025-06-12\n\nThe "
        "talks on 11 June 2025 followed a workshop that was held last year in New Delhi."
    )
    assert sg.extract(text, lexicon).meetings[0].place == "colombo"


def test_talks_that_began_and_continue_until_a_weekday_span_to_it(lexicon: sg.Lexicon) -> None:
    text = (
        "Tuesday, June 17, 2025\n\nGhana and Togo began security talks in Accra on Monday, "
        "which will continue until Wednesday."
    )
    assert _span(sg.extract(text, lexicon)) == (dt.date(2025, 6, 16), dt.date(2025, 6, 18))


def test_two_days_of_security_talks_wrapped_up_on_a_weekday(lexicon: sg.Lexicon) -> None:
    text = (
        "Saturday, June 14, 2025\n\nGhana and Togo wrapped up two days of security talks in "
        "Accra on Friday."
    )
    assert _span(sg.extract(text, lexicon)) == (dt.date(2025, 6, 12), dt.date(2025, 6, 13))


def test_a_cochair_sentence_naming_the_side_again_hides_no_head() -> None:
    from secgraph.extract._chairs import head_elsewhere
    from secgraph.extract._names import Person
    from secgraph.extract._text import split_sentences

    first = "The Indian delegation included Joint Secretary Kumar Dewal. "
    dewal = Person("Kumar Dewal", "Joint Secretary", country="IND", sentence=0)
    for chairs, hidden in (
        ("The meeting was co-chaired by the Joint Secretary and the Envoy.", True),
        ("The meeting was co-chaired by Mr Dewal and the Envoy of Egypt.", False),
    ):
        by_index = {s.index: s for s in split_sentences(first + chairs)}
        assert head_elsewhere("IND", [(None, dewal)], [], by_index) is hidden  # type: ignore[list-item]
    # a side named in its own words, not as a members' list: the first named stays its head
    spoke = "Joint Secretary Kumar Dewal spoke for India. "
    chairs = "The meeting was co-chaired by the Joint Secretary and the Envoy."
    by_index = {s.index: s for s in split_sentences(spoke + chairs)}
    assert not head_elsewhere("IND", [(None, dewal)], [], by_index)  # type: ignore[list-item]


def test_a_weekday_counts_from_the_published_line_not_the_updated_one(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Ghana, Togo hold talks\n\nPublished: June 13, 2025\nUpdated: June 20, 2025\n\n"
        "Ghana and Togo held security talks in Accra on Monday."
    )
    assert _span(sg.extract(text, lexicon)) == (dt.date(2025, 6, 9), None)


def test_a_small_namesake_town_of_a_country_named_once_elsewhere_is_no_place(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "The Trinidad and Tobago Coast Guard and the Barbados Coast Guard agreed to share radar "
        "data after staff talks at the coast guard headquarters in Chaguaramas on 5 June 2025. "
        "Vessels leaving Venezuela are a concern."
    )
    assert sg.extract(text, lexicon).meetings[0].place is None
