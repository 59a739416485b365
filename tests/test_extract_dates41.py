"""Meeting dates in shapes new sets showed: a month written lower case in a Dutch or German
sentence, a unit's name that begins like a month, and guards against a wrong date (texts
written for the tests)."""

from __future__ import annotations

import datetime as dt

import secgraph as sg
from secgraph.extract._dates import dates_in


def _dates(text: str, lexicon: sg.Lexicon) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(m.date, m.end_date) for m in sg.extract(text, lexicon).meetings]


def test_a_dutch_date_in_an_english_sentence(lexicon: sg.Lexicon) -> None:
    text = (
        "Suriname and France hold border talks\n\n"
        "Paramaribo - Op vrijdag 6 november 2026 the Republic of Suriname and the French "
        "Republic held consultations on border security in Paramaribo."
    )
    assert _dates(text, lexicon) == [(dt.date(2026, 11, 6), None)]


def test_a_german_date_with_its_dot() -> None:
    found = dates_in("Die Gespräche fanden am 3. september 2026 statt", None)
    assert [(d.start, d.end) for d in found] == [(dt.date(2026, 9, 3), None)]


def test_a_unit_named_like_a_month_is_no_date() -> None:
    for text in (
        "held at a base of the 7th Jungle Infantry Brigade",
        "troops of the 3rd Marine Regiment took part",
        "the 10 Decorated officers",
    ):
        assert dates_in(text, dt.date(2026, 1, 23)) == [], text


def test_a_unit_named_like_a_month_does_not_undo_the_weekday(lexicon: sg.Lexicon) -> None:
    text = (
        "Brazil, Venezuela defence chiefs hold border talks\n\n"
        "Jan 23, 2026 · 4:12 PM\n\n"
        "Brazil's Defence Minister Jose Mucio Monteiro and Venezuela's Defence Minister "
        "Vladimir Padrino Lopez met on Friday in the Brazilian border town of Pacaraima.\n\n"
        "The meeting, held at an army base of the 7th Jungle Infantry Brigade, focused on "
        "illegal gold mining."
    )
    assert _dates(text, lexicon) == [(dt.date(2026, 1, 23), None)]


def test_a_weekday_after_said_after_the_talks(lexicon: sg.Lexicon) -> None:
    text = (
        "Lithuania and Ukraine agree on training\n\nPublished: 20 August 2026\n\n"
        "Lithuania will train 2,000 more Ukrainian troops next year, Lithuanian Vice-Minister "
        "of Defence Karolis Aleksa said after defence consultations in Kyiv on Wednesday.\n\n"
        "Aleksa held talks with Ukraine's Deputy Minister of Defence Ivan Havryliuk."
    )
    assert _dates(text, lexicon) == [(dt.date(2026, 8, 19), None)]


def test_a_plan_told_on_a_weekday_is_still_no_meeting_day(lexicon: sg.Lexicon) -> None:
    text = (
        "Lithuania and Ukraine plan talks\n\nPublished: 20 August 2026\n\n"
        "Lithuania will hold defence consultations with Ukraine in Kyiv on Wednesday, "
        "Lithuanian Vice-Minister of Defence Karolis Aleksa said."
    )
    assert _dates(text, lexicon) in ([], [(None, None)])


def test_a_spokespersons_opener_before_the_meeting(lexicon: sg.Lexicon) -> None:
    text = (
        "Transcript of Weekly Media Briefing by the Official Spokesperson\n\nOctober 29, 2026\n\n"
        "Official Spokesperson: Good afternoon friends, and welcome to this weekly media "
        "briefing. I have a couple of announcements to make at the outset. The first is "
        "regarding the visit of the Prime Minister to Brazil. The second is regarding our "
        "engagement with the Maldives. You would have seen that the 6th India-Maldives Defence "
        "Cooperation Dialogue was held in Male on Tuesday, 27th October. The Indian delegation "
        "was led by Defence Secretary Rajesh Kumar Singh."
    )
    assert _dates(text, lexicon)[0] == (dt.date(2026, 10, 27), None)


def test_days_from_monday_to_wednesday_told_before_the_meeting(lexicon: sg.Lexicon) -> None:
    text = (
        "Transcript of the Weekly Press Briefing\n\n"
        "Thursday, 16 July 2026, 11.00 hrs., Press Briefing Room, Ministry of Foreign Affairs\n\n"
        "From Monday to Wednesday this week, the 32nd meeting of the Thailand-Myanmar High "
        "Level Committee was held in Chiang Rai. The Thai delegation was led by General "
        "Songwit Noonpackdee."
    )
    assert _dates(text, lexicon) == [(dt.date(2026, 7, 13), dt.date(2026, 7, 15))]


def test_days_from_monday_to_wednesday_still_to_come(lexicon: sg.Lexicon) -> None:
    text = (
        "Transcript of the Weekly Press Briefing\n\n"
        "Thursday, 16 July 2026, 11.00 hrs., Press Briefing Room, Ministry of Foreign Affairs\n\n"
        "From Monday to Wednesday next week, the 33rd meeting of the Thailand-Myanmar High "
        "Level Committee will be held in Chiang Rai."
    )
    assert all(d == (None, None) for d in _dates(text, lexicon))


def test_a_year_first_date_line_and_a_local_time_day(lexicon: sg.Lexicon) -> None:
    html = (
        "<html><head><title>Korea-Australia Defence Ministers' Meeting</title></head><body>"
        "<h1>Minister of National Defense holds Korea-Australia Defence Ministers' Meeting</h1>"
        '<dl class="info"><dt>Registration date</dt><dd>2026. 4. 29.</dd>'
        "<dt>Writer</dt><dd>Spokesperson</dd></dl>"
        "<p>Minister of National Defense Ahn Gyu-back held the Korea-Australia Defence "
        "Ministers' Meeting with Minister for Defence Richard Marles at Parliament House in "
        "Canberra on the 28th (local time).</p>"
        "<p>The Minister is visiting Australia from the 27th to the 30th.</p></body></html>"
    )
    text = sg.read_text(html.encode(), "page.html")
    assert _dates(text, lexicon) == [(dt.date(2026, 4, 28), None)]


def test_a_year_first_date_line_alone() -> None:
    from secgraph.extract._stamps import date_line

    assert date_line("2026. 4. 29.") == dt.date(2026, 4, 29)
    assert date_line("Registration date 2026. 4. 29.") == dt.date(2026, 4, 29)
    assert date_line("2026. 14. 29.") is None


def test_a_date_line_with_the_day_of_the_month(lexicon: sg.Lexicon) -> None:
    text = (
        "Egypt and Russia Hold Consultations on Counter-Terrorism\n\n"
        "Ministry of Foreign Affairs\n\nCairo, 4th of March 2026\n\n"
        "Ambassador Ihab Nasr, Assistant Minister of Foreign Affairs, co-chaired today the "
        "round of Egyptian-Russian consultations on counter-terrorism with Oleg Syromolotov, "
        "Deputy Minister of Foreign Affairs of the Russian Federation, in Cairo."
    )
    assert _dates(text, lexicon) == [(dt.date(2026, 3, 4), None)]


def test_a_weekday_counted_back_from_the_statements_date(lexicon: sg.Lexicon) -> None:
    text = (
        "Tunisia and Libya agree to reinforce border security\n\n"
        "TUNIS -- Tunisian and Libyan security officials, meeting in the border town of Ben "
        "Guerdane on Tuesday, agreed on measures to stop smuggling across the frontier, the "
        "Tunisian Interior Ministry said on Wednesday, September 30, 2026.\n\n"
        "The Tunisian delegation was led by Director General of National Security Mourad "
        "Saidane, and the Libyan side by Interior Minister Emad Trabelsi."
    )
    assert _dates(text, lexicon) == [(dt.date(2026, 9, 29), None)]


def test_a_statements_date_with_two_weekdays_gives_none(lexicon: sg.Lexicon) -> None:
    text = (
        "Tunisia and Libya agree to reinforce border security\n\n"
        "TUNIS -- Tunisian and Libyan security officials met on Monday and held talks on "
        "Tuesday in Ben Guerdane, the Tunisian Interior Ministry said on Wednesday, "
        "September 30, 2026."
    )
    assert _dates(text, lexicon) != [(dt.date(2026, 9, 30), None)]


def test_a_yearless_dateline_dated_by_the_release_it_reports(lexicon: sg.Lexicon) -> None:
    text = (
        "Pakistan, China vow closer counter-terrorism cooperation\n\n"
        "ISLAMABAD, March 4 (APP): Pakistan and China on Wednesday agreed to deepen their "
        "counter-terrorism cooperation at the fourth round of their Counter-Terrorism Dialogue "
        "held at the Ministry of Foreign Affairs here.\n\n"
        "According to a press release issued by the Foreign Office on 4th of March 2026, the "
        "two sides held in-depth discussions on the terrorist threat."
    )
    assert _dates(text, lexicon) == [(dt.date(2026, 3, 4), None)]


def test_a_yearless_dateline_and_another_years_signing(lexicon: sg.Lexicon) -> None:
    text = (
        "Pakistan, China vow closer counter-terrorism cooperation\n\n"
        "ISLAMABAD, March 4 (APP): Pakistan and China on Wednesday agreed to deepen their "
        "counter-terrorism cooperation at the Ministry of Foreign Affairs here.\n\n"
        "The two sides reviewed the agreement signed on 4 March 2019 in Beijing."
    )
    assert all(d == (None, None) for d in _dates(text, lexicon))


def test_a_meeting_preceded_by_another_on_its_own_day(lexicon: sg.Lexicon) -> None:
    text = (
        "India and Malaysia hold Defence Cooperation Committee meeting\n\n"
        "The 13th meeting of the Malaysia-India Defence Cooperation Committee was held in New "
        "Delhi on November 25, 2026. The meeting was co-chaired by Defence Secretary Rajesh "
        "Kumar Singh and Secretary General Lokman Hakim Ali.\n\n"
        "The meeting was preceded on November 24, 2026 by the 6th meeting of the Sub-Committee "
        "on Maritime Security, also held in New Delhi, which was co-chaired by Rear Admiral "
        "Nirbhay Bapna."
    )
    assert _dates(text, lexicon)[0] == (dt.date(2026, 11, 25), None)


def test_the_other_meetings_day_alone_is_not_taken() -> None:
    from secgraph.extract._governed import OTHER_EVENT

    assert OTHER_EVENT.search("The dialogue was preceded by a meeting of experts on ")
    assert not OTHER_EVENT.search("The committee followed up on decisions and met on ")


def test_transcript_items_that_name_the_meeting(lexicon: sg.Lexicon) -> None:
    text = (
        "Transcript of the Weekly Media Briefing by the Ministry Spokesperson\n\n"
        "Colombo, Friday, 23 January 2026\n\n"
        "SPOKESPERSON: Good morning to all of you and thank you for joining us. I will begin "
        "with a few announcements and then take your questions. First, the Minister will leave "
        "for Geneva on Sunday to attend the Human Rights Council session. Details of the "
        "programme will be shared with you. Second, the third Sri Lanka-Japan Maritime Dialogue "
        "was held yesterday at the Ministry in Colombo. The Sri Lankan delegation was led by "
        "the Foreign Secretary, Aruni Wijewardane, and the Japanese delegation by Kenji Hamada."
    )
    assert _dates(text, lexicon)[0] == (dt.date(2026, 1, 22), None)


def test_a_buddhist_era_year_after_its_letters() -> None:
    found = dates_in("On 27 January B.E. 2569, the 38th meeting was held", None)
    assert [(d.start, d.end) for d in found] == [(dt.date(2026, 1, 27), None)]


def test_a_yearless_wire_dated_by_the_meetings_year(lexicon: sg.Lexicon) -> None:
    text = (
        "China, South Africa vow to deepen military cooperation\n\n"
        "PRETORIA, Nov. 3 (Xinhua) -- China and South Africa on Tuesday pledged to deepen "
        "military cooperation during the 2026 session of the China-South Africa Defence "
        "Committee held here.\n\nThe session was co-chaired by General Rudzani Maphwanya and "
        "Lieutenant General Jing Jianfeng."
    )
    assert _dates(text, lexicon) == [(dt.date(2026, 11, 3), None)]


def test_a_yearless_wire_whose_weekday_does_not_fit_the_year(lexicon: sg.Lexicon) -> None:
    text = (
        "China, South Africa vow to deepen military cooperation\n\n"
        "PRETORIA, Nov. 3 (Xinhua) -- China and South Africa on Friday pledged to deepen "
        "military cooperation during the 2026 session of the China-South Africa Defence "
        "Committee held here."
    )
    assert all(d == (None, None) for d in _dates(text, lexicon))


def test_a_weekday_of_a_journey_still_to_come_is_not_counted_back(lexicon: sg.Lexicon) -> None:
    text = (
        "Sri Lanka and Japan hold maritime dialogue\n\nColombo, Friday, 23 January 2026\n\n"
        "The Minister will travel to Tokyo on Sunday for talks on the third Sri Lanka-Japan "
        "Maritime Dialogue, the spokesperson said."
    )
    assert all(d == (None, None) for d in _dates(text, lexicon))


_HEAD = "Kenya and Uganda hold security talks\n\n"


def _none(text: str, lexicon: sg.Lexicon) -> bool:
    return all(d == (None, None) for d in _dates(_HEAD + text, lexicon))


def test_no_date_from_another_events_day_in_the_meetings_sentence(lexicon: sg.Lexicon) -> None:
    for text in (
        # the summit the talks prepare
        "Kenya and Uganda held talks in Nairobi on 12 March 2026 to prepare for the 4-5 April "
        "2026 summit.",
        # a ceasefire agreed before
        "The ceasefire, agreed on 2 March 2026, was discussed when Kenyan and Ugandan "
        "officials met in Nairobi.",
        # a journey home
        "Kenyan and Ugandan officials met in Nairobi after the minister returned from Kampala "
        "on 9 March 2026.",
        # a statement's date
        "Kenya and Uganda held talks in Nairobi. A joint statement dated 13 March 2026 said "
        "the sides agreed on patrols.",
    ):
        assert _none(text, lexicon), text


def test_no_date_from_a_clause_of_other_peoples_meeting(lexicon: sg.Lexicon) -> None:
    text = (
        "Published 12 March 2026\n\nKenya and Uganda, whose presidents met in Kampala on "
        "Monday, held security talks in Nairobi."
    )
    assert _none(text, lexicon)


def test_no_date_from_the_first_day_of_talks_still_going_on(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, 12 March 2026 - The talks in Nairobi between Kenya and Uganda, which opened "
        "on Monday, will close on Friday."
    )
    assert _none(text, lexicon)


def test_the_guards_keep_the_meetings_own_date(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held talks in Nairobi on 12 March 2026, a week after the ceasefire "
        "agreed in Kampala, and agreed on joint patrols."
    )
    assert _dates(_HEAD + text, lexicon) == [(dt.date(2026, 3, 12), None)]


def test_no_date_from_one_day_of_a_span_told_in_one_sentence(lexicon: sg.Lexicon) -> None:
    for text in (
        "NAIROBI, 12 March 2026 - Kenya and Uganda held talks in Nairobi on the 10th and 11th "
        "of this month.",
        "NAIROBI, 12 March 2026 - Kenya and Uganda on Wednesday concluded talks in Nairobi "
        "that began on Monday.",
    ):
        assert _none(text, lexicon), text


def test_a_span_told_by_its_first_and_last_day_is_still_read(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, 12 March 2026 - The talks between Kenya and Uganda, which began on Monday, "
        "ended on Wednesday in Nairobi."
    )
    assert _dates(_HEAD + text, lexicon) == [(dt.date(2026, 3, 9), dt.date(2026, 3, 11))]


def test_a_bare_day_weeks_before_the_story_is_not_read(lexicon: sg.Lexicon) -> None:
    far = "Published 12 March 2026\n\nThe meeting between Kenya and Uganda was held on the 15th."
    assert _none(far, lexicon)
    near = "Published 2 March 2026\n\nThe meeting between Kenya and Uganda was held on the 27th."
    assert _dates(_HEAD + near, lexicon) == [(dt.date(2026, 2, 27), None)]


def test_days_told_before_another_meeting_held_elsewhere(lexicon: sg.Lexicon) -> None:
    text = (
        "Togo and Ghana hold talks\n\nLOME, 12 March 2026 - From Monday to Wednesday, the "
        "Ghanaian minister is in Lome, where talks with Togo were held last month."
    )
    assert all(d == (None, None) for d in _dates(text, lexicon))


def test_a_span_told_by_its_last_day_then_its_first(lexicon: sg.Lexicon) -> None:
    text = (
        "PCG, US Coast Guard conclude maritime engagement\n\n"
        "MANILA -- The Philippine Coast Guard and the United States Coast Guard concluded on "
        "the 6th of March 2026 a three-day bilateral engagement on maritime law enforcement in "
        "Subic Bay, which began on the 4th of March.\n\nThe PCG delegation was headed by Vice "
        "Admiral Rolando Punzalan, while the USCG team was led by Rear Admiral Sean Regan."
    )
    assert _dates(text, lexicon) == [(dt.date(2026, 3, 4), dt.date(2026, 3, 6))]


def test_a_statements_date_is_not_the_meetings(lexicon: sg.Lexicon) -> None:
    for text in (
        # a span's first day would be a partial span
        "Kenyan and Ugandan ministers met on Monday and Tuesday in Nairobi, the ministry said "
        "on Wednesday, 11 March 2026.",
        "Kenyan and Ugandan ministers met in Nairobi from Monday to Wednesday, the ministry "
        "said on Thursday, 12 March 2026.",
    ):
        assert _none(text, lexicon), text


def test_a_weekday_counted_back_from_a_statement_in_a_statement(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held talks in Nairobi on Tuesday, the ministry said in a statement on "
        "Wednesday, 11 March 2026."
    )
    assert _dates(_HEAD + text, lexicon) == [(dt.date(2026, 3, 10), None)]


def test_talks_that_lasted_days_counted_back_from_their_end(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, 12 March 2026 - Kenya and Uganda on Tuesday wrapped up talks in Nairobi that "
        "lasted three days."
    )
    assert _dates(_HEAD + text, lexicon) == [(dt.date(2026, 3, 8), dt.date(2026, 3, 10))]


def test_another_events_end_does_not_widen_the_talks(lexicon: sg.Lexicon) -> None:
    text = (
        "NAIROBI, 12 March 2026 - Kenya and Uganda held talks in Nairobi on Tuesday; the joint "
        "exercise, which began on Monday, will continue until Friday."
    )
    assert (dt.date(2026, 3, 10), dt.date(2026, 3, 13)) not in _dates(_HEAD + text, lexicon)
    text = (
        "NAIROBI, 12 March 2026 - The Kenya-Uganda Joint Commission opened in Nairobi on Monday "
        "and is expected to run until Friday."
    )
    assert _dates(_HEAD + text, lexicon) == [(dt.date(2026, 3, 9), dt.date(2026, 3, 13))]


def test_a_week_is_not_its_first_day(lexicon: sg.Lexicon) -> None:
    assert _none("Kenya and Uganda held talks in Nairobi in the week of 9 March 2026.", lexicon)
