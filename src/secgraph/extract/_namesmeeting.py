"""Whether a sentence names the meeting as its subject ("The talks were held on 5 March"),
so that ``_evidence`` takes a date from it beyond a story's lead: the sentence read after a
speaker's opener, as a spokesperson's briefing writes it ("You would have seen that the 6th
Defence Dialogue was held in Male on Tuesday", "As you know, the talks were held in Rome",
"Second, the third Maritime Dialogue was held yesterday"), and a body that "held its 18th
meeting". Only these openers are cut: a reported verb ("The minister said that the talks
...") is left, since what follows it may be another meeting.
"""

from __future__ import annotations

import re

__all__ = ["names_the_meeting", "without_opener"]

#: a sentence whose subject is the meeting itself (not "The first meeting ... was held",
#: an earlier one): "The talks were held on 5 March",
#: "9. The Dialogue took place in Cairo on 11 March", "This year's meeting was convened"
_NAMES_THE_MEETING = re.compile(
    r"^(?:\d{1,2}[.)]\s+)?(?:The|This|These|Today's|Tuesday's|Monday's|Wednesday's|"
    r"Thursday's|Friday's|Saturday's|Sunday's|This year's)\s+"
    r"(?:(?!first\b|inaugural\b|previous\b|last\b|earlier\b|prior\b|next\b|preceding\b)"
    r"[\w'\u2019-]+\s+){0,10}?"
    r"(?:meeting|meetings|talks|dialogue|Dialogue|consultations|round|Round|session|"
    r"conference|Conference|negotiations|Meeting|Talks|Consultations|Committee|Commission|"
    r"Group|JWG)\b[^.;]{0,120}?\b(?:was|were)\s+(?:\w+\s+)?(?:held|convened|co-chaired|"
    r"chaired|hosted|organi[sz]ed)\b"
    r"|^(?:\d{1,2}[.)]\s+)?(?:The|This)\s+(?:(?!first\b|inaugural\b|previous\b|last\b|"
    r"earlier\b|prior\b|next\b)[\w'\u2019-]+\s+){0,10}?(?:meeting|talks|"
    r"dialogue|Dialogue|consultations|round|Round|session|conference|negotiations)\b[^.;]{0,80}?"
    r"\b(?:took place|began|opened|concluded|ended)\b"
    # "Meanwhile, Ethiopia and Djibouti held the 14th session of their Joint Commission"
    r"|^(?:Meanwhile,\s+|Separately,\s+)?(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+and\s+"
    r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:held|convened|co-chaired)\s+"
    r"(?:the|their|a|an)\s+(?:(?!first\b|inaugural\b|previous\b|last\b|earlier\b|prior\b|"
    r"next\b)[\w'\u2019-]+\s+){0,10}?(?:meeting|talks|dialogue|Dialogue|consultations|round|"
    r"Round|session|conference|negotiations)\b"
    # "the security cabinets met in Tapachula on July 24 for the fifth meeting of the ..."
    r"|\b(?:met|convened|gathered)\b[^.;]{0,80}?\bfor\s+(?:the|their)\s+(?!first\b|inaugural\b|"
    r"previous\b|last\b|earlier\b|prior\b|next\b)(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:meeting|round|session|edition)\s+of\b"
)

#: a body that held its numbered meeting: "The GBC held its 18th meeting in Siem Reap"
_HELD_ITS = re.compile(
    r"^The\s+(?:[A-Z][\w-]*\s+){1,5}(?:held|convened)\s+(?:its|their)\s+"
    r"(?:(?!first\b|inaugural\b|previous\b|last\b|earlier\b|prior\b|next\b)[\w'\u2019-]+\s+){1,3}?"
    r"(?:meeting|session|round)\b"
)

_OPENER = re.compile(
    r"^(?:(?:You|We) (?:would|will|may|might|must|should) have (?:seen|noted|noticed|heard|read)"
    r"(?: (?:reports|media reports|the reports))?(?: that)?"
    r"|As (?:you|many of you) (?:know|are aware|may know|may be aware|would know|would have seen)"
    r"|I (?:am|was) (?:happy|pleased|glad) to (?:share|inform you|announce|report)(?: that)?"
    r"|I (?:would like|wish|want) to (?:inform you|share|announce|mention)(?: that)?"
    r"|(?:Friends|Ladies and gentlemen)"
    # a briefing's items: "First, ...", "Second, the third Maritime Dialogue was held"
    r"|(?:First|Second|Third|Fourth|Fifth|Next|Finally|Lastly|Also))"
    r",?\s+(?=[Tt]he\b|[Tt]his\b|[Oo]ur\b)"
)


def without_opener(text: str) -> str:
    """``text`` from the word after a speaker's opener, its first letter upper case.

    >>> without_opener("You would have seen that the 6th Dialogue was held in Male.")
    'The 6th Dialogue was held in Male.'
    >>> without_opener("The minister said that the talks were held.")
    'The minister said that the talks were held.'
    """
    m = _OPENER.match(text)
    if m is None:
        return text
    rest = text[m.end() :]
    return rest[:1].upper() + rest[1:]


def names_the_meeting(text: str) -> bool:
    """Whether ``text`` names the meeting as its subject, read after a speaker's opener.

    >>> names_the_meeting("Second, the third Sri Lanka-Japan Maritime Dialogue was held yesterday.")
    True
    >>> names_the_meeting("The GBC held its 18th meeting in Siem Reap on 25 and 26 August.")
    True
    >>> names_the_meeting("The GBC held its first meeting in Bangkok in 2019.")
    False
    """
    text = without_opener(text)
    return _NAMES_THE_MEETING.search(text) is not None or _HELD_ITS.match(text) is not None
