"""The shapes that settle, after the rules have read everyone, who led each side and who took
part: a style of address kept in a name, a communiqué's roster, a head told by the role beside
a name, a country whose name holds "and", a title used alone that refers back to its holder, a
stand-in, two principals (or a visitor) in the story's lead, people present for a side, a
government's head only mentioned, a transcript's speaker who says "I led" or "I was joined
by", a title naming its holder's own country, a place read as a name, people named only in an
aside and offices read as names (each in its own module)."""

from __future__ import annotations

from ._aliases import with_aliases
from ._andnames import and_countries
from ._asides import in_asides, not_offices
from ._joined import joined_speakers
from ._lexicon import Lexicon
from ._names import Person
from ._onside import governments_led, present_for, present_on_side, side_led_by, side_mid_list
from ._ownside import titles_own_side
from ._placenames import not_places
from ._roles import role_heads
from ._rosters import rosters
from ._speaker import speaker_led
from ._standins import stand_ins
from ._styles import unstyled
from ._subjects import lead_subjects
from ._text import Sentence
from ._titleback import title_leads

__all__ = ["settle_people"]


def settle_people(
    sentences: list[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` with the shapes above applied, in this order."""
    texts = {s.index: s.text for s in sentences}
    people = unstyled(people, texts)  # ("Dasho A B C", "Major General TNI A B", "Cllr.")
    people = with_aliases(people, texts)  # ("Mohd Nizam bin Jaffar @ Ismail")
    people = rosters(sentences, people, parties, lexicon)  # ("X Leader of Delegation: A - T")
    people = role_heads(sentences, people, parties, lexicon)  # ("A, who headed the X side")
    people = and_countries(sentences, people, parties, lexicon)  # ("Bosnia and Herzegovina's")
    people = title_leads(sentences, people, parties)  # ("A, TITLE, ...; the TITLE co-chaired")
    people = stand_ins(sentences, people)  # ("A, who was represented by B": A was absent)
    people = lead_subjects(sentences, people, parties, lexicon)  # ("A and B on Monday met")
    people = present_on_side(sentences, people, parties, lexicon)  # ("... on the X side")
    people = side_mid_list(sentences, people, parties, lexicon)  # ("and, on the X side, by")
    people = side_led_by(sentences, people, parties, lexicon)  # ("The X side was led by A, with")
    people = governments_led(sentences, people)  # ("the government led by A": no delegate)
    people = present_for(sentences, people, parties, lexicon)  # ("Also present for X were")
    people = speaker_led(sentences, people)  # ("A: ... On our side I led, with my B")
    people = joined_speakers(sentences, people, parties, lexicon)  # ("A: I was joined by B")
    people = titles_own_side(people, parties, lexicon)  # ("Commander ... of Iran": Iran's)
    people = not_places(sentences, people)  # ("... of the 42nd Battalion, Nanpara")
    return in_asides(sentences, not_offices(people))  # (a courtesy call; "Land Forces Command")
