"""A written statement of two meetings, one in each side's country: its author ("Made by:
TITLE (NAME)", who says "I") and the people with him are of the first meeting, though the
statement is cut in two (a text written for this test)."""

from __future__ import annotations

import secgraph as sg

_TEXT = (
    "House of Commons\n"
    "Written Ministerial Statement\n\n"
    "UK-Norway security cooperation\n\n"
    "Made by: Minister of State for Defence (Harriet Collins)\n"
    "Date: 20 March 2026\n\n"
    "I wish to update the House on two meetings held with Norway in recent weeks.\n\n"
    "First, on 2 March 2026 I hosted the Norwegian State Secretary for Defence, Ole Berg, "
    "at HMNB Portsmouth for the second meeting of the UK-Norway North Sea Security Dialogue. "
    "I was accompanied by the Chief of Defence Intelligence, Lieutenant General Adrian Hale. "
    "The Norwegian State Secretary was accompanied by Vice Admiral Rune Dahl.\n\n"
    "Secondly, on 9 March 2026 officials met in Oslo for counter-terrorism talks between the "
    "United Kingdom and Norway. The UK delegation was led by Director General for Homeland "
    "Security Chris Morton; the Norwegian delegation was led by the Police Director, Kari "
    "Lund. The two sides agreed to exchange information on foreign fighters."
)


def test_the_author_heads_his_side_in_the_first_meeting(lexicon: sg.Lexicon) -> None:
    draft = sg.extract(_TEXT, lexicon)
    names = {o.id: o.name for o in draft.officials}
    assert len(draft.meetings) == 2
    first = {
        d.country: {names.get(o, o) for o in [*d.members, *([d.leader] if d.leader else [])]}
        for d in draft.meetings[0].delegations
    }
    assert {"Harriet Collins", "Adrian Hale"} <= first["GBR"]
    second = {names.get(o, o) for d in draft.meetings[1].delegations for o in d.members}
    assert "Harriet Collins" not in second
