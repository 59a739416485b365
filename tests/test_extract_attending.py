"""A sentence that lists who also attended is no co-chairs' sentence: one attendee placed
says nothing of another's side (a text written for this test)."""

from __future__ import annotations

import secgraph as sg

_TEXT = (
    "Indonesian and Fijian officers met in Bogor on Monday to discuss peacekeeping training.\n\n"
    "The Indonesian delegation was led by Major General Budi Santoso, while the Fijian "
    "delegation was led by Colonel Semi Tora.\n\n"
    "Also attending were Brigadier General Agus Wirawan, Commander of the Peace Centre, and "
    "Rear Admiral Made Sudarta, Director of Cooperation of the Indonesian Navy."
)


def test_an_attendee_is_not_put_on_the_other_side(lexicon: sg.Lexicon) -> None:
    draft = sg.extract(_TEXT, lexicon)
    names = {o.id: o.name for o in draft.officials}
    sides = {
        names.get(o, o): d.country
        for m in draft.meetings
        for d in m.delegations
        for o in [*d.members, *([d.leader] if d.leader else [])]
    }
    assert sides.get("Made Sudarta") == "IDN"
    assert sides.get("Agus Wirawan") != "FJI"
