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


def test_cochairs_with_no_country_word_take_the_parties_order(lexicon: sg.Lexicon) -> None:
    text = (
        "India and Egypt held the third meeting of their working group on counter-terrorism in "
        "New Delhi on 6 March 2025. The meeting was co-chaired by Kumar Dewal, Joint Secretary, "
        "and Ahmed Ihab Gamaleldin, Assistant Minister for Multilateral Affairs."
    )
    draft = sg.extract(text, lexicon)
    assert _leaders(draft) == {"IND": "Kumar Dewal", "EGY": "Ahmed Ihab Gamaleldin"}
    assert all(o.review for o in draft.officials)  # a guess from the order: reviewed


def test_his_counterpart_with_a_bare_name_is_the_other_sides_head(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held security talks in Nairobi on 4 March 2025. Kenyan Interior "
        "Minister Kipchumba Murkomen and his counterpart Kahinda Otafiire led the talks."
    )
    draft = sg.extract(text, lexicon)
    assert _leaders(draft) == {"KEN": "Kipchumba Murkomen", "UGA": "Kahinda Otafiire"}
    titles = {o.name: o.title for o in draft.officials}
    assert titles["Kahinda Otafiire"] is None  # not "Interior Minister ... and his counterpart"


def test_leading_the_delegation_was_names_that_sides_head(lexicon: sg.Lexicon) -> None:
    text = (
        "Kenya and Uganda held security talks in Nairobi on 4 March 2025. Leading the Kenyan "
        "delegation was Principal Secretary Raymond Omollo, while Permanent Secretary Joseph "
        "Ssebatindira led the Ugandan team."
    )
    draft = sg.extract(text, lexicon)
    assert _leaders(draft) == {"KEN": "Raymond Omollo", "UGA": "Joseph Ssebatindira"}


def test_the_host_of_an_invitation_and_the_guest_lead_their_sides(lexicon: sg.Lexicon) -> None:
    opening = (
        "At the invitation of Kenya's Interior Minister, Kipchumba Murkomen, Uganda's Minister "
        "of Internal Affairs, Kahinda Otafiire, arrived in Nairobi on 4 March 2025 for talks."
    )
    inside = (
        "Uganda's Minister of Internal Affairs, Kahinda Otafiire, paid a visit to Nairobi at "
        "the invitation of Kenyan Interior Minister Kipchumba Murkomen on 4 March 2025."
    )
    for text in (opening, inside):
        draft = sg.extract(text, lexicon)
        assert _leaders(draft) == {"KEN": "Kipchumba Murkomen", "UGA": "Kahinda Otafiire"}
