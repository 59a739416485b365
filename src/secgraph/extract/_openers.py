"""A speaker's opening words before the sentence that names the meeting, as a spokesperson's
briefing writes them: "You would have seen that the 6th Defence Dialogue was held in Male on
Tuesday", "As you know, the talks were held in Rome on 3 May", "I am happy to share that the
Joint Working Group met ...". ``_evidence`` reads the sentence after them, so that a
transcript's sentence whose subject is the meeting counts as one that names it, as the same
sentence without the opener does. Only these openers are cut: a reported verb ("The minister
said that the talks ...") is left, since what follows it may be another meeting.
"""

from __future__ import annotations

import re

__all__ = ["without_opener"]

_OPENER = re.compile(
    r"^(?:(?:You|We) (?:would|will|may|might|must|should) have (?:seen|noted|noticed|heard|read)"
    r"(?: (?:reports|media reports|the reports))?(?: that)?"
    r"|As (?:you|many of you) (?:know|are aware|may know|may be aware|would know|would have seen)"
    r"|I (?:am|was) (?:happy|pleased|glad) to (?:share|inform you|announce|report)(?: that)?"
    r"|I (?:would like|wish|want) to (?:inform you|share|announce|mention)(?: that)?"
    r"|(?:Friends|Ladies and gentlemen))"
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
