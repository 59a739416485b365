"""Issue 21: another meeting the story recalls at its end is background, not a second meeting
with a date of its own ("It should be noted that on 14 April 2026, the ministers held talks in
Astana", "I also want to remind you that on 2 October ... met ... in Przemysl", a paragraph on
a meeting held before the story's own); a telephone call is no meeting, so its weekday does
not date the talks ("On Sunday, the Minister received a phone call from ...").

Each test is a short text written for it (countries and cities real, people and meetings
invented), one shape each.
"""

from __future__ import annotations

import datetime as dt

from extract_meeting import meeting_span, one_meeting

import secgraph as sg

D = dt.date


def test_a_meeting_told_at_the_end_before_the_story_s_own_is_background(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Hungarian-Serbian border police consultations held in Szeged\n\n"
        "15.05.2026\n\n"
        "On 14 May, the annual Hungarian-Serbian consultations on border policing took place "
        "in Szeged. The Hungarian delegation was headed by Deputy National Police Chief Gabor "
        "Kovacs. The Serbian delegation was led by Assistant Minister Milan Petrovic.\n\n"
        "The parties agreed to set up joint patrols on the border.\n\n"
        "Deputy Prime Minister and Minister of Interior of Hungary Sandor Pinter met his "
        "Serbian counterpart Ivica Dacic in Belgrade on 3 February on the margins of a regional "
        "conference."
    )
    draft = one_meeting(text, lexicon)  # not a second meeting in Belgrade on 3 February
    assert draft.meetings[0].date == D(2026, 5, 14)


def test_a_meeting_the_speaker_reminds_of_is_no_second_meeting(lexicon: sg.Lexicon) -> None:
    text = (
        "Transcript of the briefing by the spokesperson of the State Border Guard Service\n\n"
        "Kyiv, 14 October 2026\n\n"
        "SPOKESPERSON: On 13 October in Odesa, the Head of the State Border Guard Service of "
        "Ukraine, Serhii Ivanenko, and the Head of the Border Police of Moldova, Ion Rusu, held "
        "a meeting of the Joint Ukrainian-Moldovan Commission on Border Issues.\n\n"
        "I also want to remind you that on 9 October, the Head of the State Border Guard "
        "Service met with the Commander of the Polish Border Guard in Przemysl."
    )
    draft = one_meeting(text, lexicon)  # not a second meeting in Przemysl
    assert draft.meetings[0].date != D(2026, 10, 9)


def test_a_phone_call_s_weekday_does_not_date_the_talks(lexicon: sg.Lexicon) -> None:
    text = (
        "Ministry of Foreign Affairs - Weekly Media Briefing - Transcript\n"
        "Thursday 12/11/2026\n\n"
        "SPOKESPERSON: On Sunday, the Minister of State for Foreign Affairs of Qatar received a "
        "phone call from the Foreign Minister of Norway, in which they discussed Gaza.\n\n"
        "The Qatar-US Counterterrorism Dialogue was held in Doha. The Qatari side was chaired "
        "by Minister of State Mohammed Al-Khulaifi."
    )
    assert meeting_span(text, lexicon) != (D(2026, 11, 8), None)
