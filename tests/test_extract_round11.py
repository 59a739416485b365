"""Issue 21's eleventh pass: who led each side, the place and the date on text the rules were
not fitted to. Each test on a short text written for it (people and meetings invented)."""

from __future__ import annotations

from conftest import draft_sides

import secgraph as sg


def _leaders(draft: sg.Draft, meeting: int = 0) -> dict[str, str | None]:
    names = {o.id: o.name for o in draft.officials}
    return {
        d.country: names.get(d.leader, d.leader) if d.leader else None
        for d in draft.meetings[meeting].delegations
    }


def test_a_minister_listed_after_an_ambassador_leads_the_delegation(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held security talks in Nairobi on 4 March 2025. The Kenyan "
        "delegation included Principal Secretary Raymond Omollo and Interior Minister Kipchumba "
        "Murkomen. Uganda's delegation comprised Ambassador Joy Ruth Acheng and Minister of "
        "Internal Affairs Kahinda Otafiire."
    )
    draft = sg.extract(text, lexicon)
    assert _leaders(draft) == {"KEN": "Kipchumba Murkomen", "UGA": "Kahinda Otafiire"}
    assert "Joy Ruth Acheng" in draft_sides(draft)["UGA"]


def test_the_first_named_still_leads_among_peers(lexicon: sg.Lexicon) -> None:
    text = (
        "Japan and Australia held their foreign and defence ministerial consultations in Tokyo "
        "on 5 March 2025. Attending for Australia were Deputy Prime Minister and Minister for "
        "Defence Richard Marles and Minister for Foreign Affairs Penny Wong, and for Japan "
        "Minister of Defense Gen Nakatani and Minister for Foreign Affairs Takeshi Iwaya."
    )
    leaders = _leaders(sg.extract(text, lexicon))
    assert leaders.get("AUS") in (None, "Richard Marles")
    assert leaders.get("JPN") in (None, "Gen Nakatani")
