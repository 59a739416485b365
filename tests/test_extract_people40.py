"""secgraph extract on how a report places the officials it names: a side closing a clause of
its own ("A and B were in the Libyan delegation, while C attended on the Turkish side"), and a
guessed side that gives way to a colleague's in the same office ("Deputy Chairman of the State
Border Committee" beside the committee's chairman). Short texts written for the test (the
people and meetings are invented)."""

from __future__ import annotations

from conftest import draft_sides

import secgraph as sg


def test_a_closing_side_holds_only_its_own_clause(lexicon: sg.Lexicon) -> None:
    text = (
        "Libyan and Turkish commanders discuss training\n\n"
        "ANKARA (AA) - Libya's chief of staff Salem Darrat and Turkish Chief of General Staff "
        "Gen. Kemal Ozturk held talks in Ankara on 3 March 2026.\n\n"
        "Libya's Deputy Defence Minister Omar Haddad and Libyan Ambassador to Turkiye Nuri "
        "Saleh were also in the Libyan delegation, while Turkish Naval Forces Commander Adm. "
        "Cem Aydin attended on the Turkish side.\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert "Omar Haddad" in sides["LBY"] and "Omar Haddad" not in sides["TUR"]
    assert "Cem Aydin" in sides["TUR"]


def test_a_guessed_side_gives_way_to_a_colleague_in_the_same_office(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Belarus and Russia discuss border protection\n\n"
        "MINSK, 5 March (BelTA) - Belarus and Russia discussed the protection of the border at "
        "a meeting of the heads of their border agencies in Minsk on 5 March 2026.\n\n"
        "The Belarusian delegation was led by Chairman of the State Border Committee Major "
        "General Pavel Lutsko. The Russian side was headed by Deputy Director of the Federal "
        "Security Service, Head of the FSB Border Service, General of the Army Oleg Sidorin. "
        "Deputy Chairman of the State Border Committee Ivan Zhuk also took part in the "
        "meeting.\n"
    )
    sides = draft_sides(sg.extract(text, lexicon))
    assert sides["BLR"] == ["Pavel Lutsko", "Ivan Zhuk"]
    assert sides["RUS"] == ["Oleg Sidorin"]
