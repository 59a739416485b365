"""The phrasings ``_when`` reads a meeting's day by, besides a date: a weekday where it dates
the meeting ("on Tuesday", "the minister Thursday held talks", "Tuesday's talks", "from
Wednesday to Friday"), a sentence of another event ("signed", "last met", "in 2019"), and
"today" told of the meeting ("co-chaired today", "met ... today", "Today, we welcomed"), and
the meeting told after its days ("From Monday to Wednesday, the meeting was held"); a weekday
of a meeting told in the present or the future is one still to come (:func:`still_to_come`).
"""

from __future__ import annotations

import re

__all__ = ["HELD_AFTER", "NOT_THIS", "TODAY", "TODAY_END", "WEEKDAY", "still_to_come"]

_WEEKDAY = re.compile(
    r"(?:\b[Oo]n |(?<=ed )|(?<=talks )|(?<=\bmet )|(?<=\bheld )|\b(?:late|early) (?:on )?"
    r"|(?<=\b[Ll]ast )|(?<=\bthis )"
    # "held in Kampala from Wednesday to Friday", "between Monday and Wednesday": a range
    r"|\b[Ff]rom (?=\w+day\s*(?:to|until|till|through|-|\u2013)\s*[A-Z]\w+day\b)"
    r"|\b[Bb]etween (?=\w+day\s+and\s+[A-Z]\w+day\b)"
    r"|(?<=morning of )|(?<=afternoon of )|(?<=evening of )"
    # "the minister Thursday held talks" (a wire's weekday before its verb)
    r"|(?<=[a-z] )(?=\w+day\s+(?:held|met|hosted|received|signed|agreed|co-chaired|chaired|"
    r"opened|concluded|began|launched|discussed|reviewed)\b))"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?='s (?:[\w-]+ ){0,2}"
    r"(?:talks|meeting|dialogue|session|consultations|round)\b)"  # "Tuesday's (security) talks"
)
_NOT_THIS = re.compile(
    r"\b(?:signed|since|founded|established|launched|last (?:met|held)|previous|earlier|"
    r"first met|attack|attacks|killed|designated|listed|adopted|in (?:19|20)\d\d)\b",
    re.I,
)
_TODAY = re.compile(
    r"\b(?:met|held|hosted|received|took place|was held|began|begins|opened|concluded|ended|"
    r"called on|calls on|welcomed|co-chaired|chaired|attended)"
    r"\s+(?:[\w,.()'\u2019-]+\s+){0,20}today\b"
    r"|(?:,\s+|\b)today\s+(?:met|held|hosted|received|welcomed|signed|co-chaired|concluded|"
    r"began|opened)\b"
    r"|\b[Tt]oday,?\s+(?:I|we)\s+(?:\w+\s+)?(?:met|welcomed|hosted|received|held)\b"
    # "Thailand and Cambodia agreed today at the General Border Committee meeting"
    r"|\b(?:agreed|signed|decided|pledged|vowed)\s+today\b"
)


#: "... co-chaired the 14th ... Committee with ... in Singapore today."
_TODAY_END = re.compile(r"\b(?:in|at) [A-Z][\w' -]{1,30} today\.?$")


#: "From Monday to Wednesday this week, the 32nd meeting ... was held in Chiang Rai"
#: (not "From Monday to Wednesday, he is in Lome, where talks were held last month")
_HELD_AFTER = re.compile(
    r"(?:(?!\b(?:where|which|who|when|while|after|before|last|previous)\b)[^.;])*?"
    r"\b(?:(?:was|were) (?:held|convened|hosted)|took place)\b"
)

#: a meeting told in the present, which with a weekday is one still to come: "are holding
#: talks on Wednesday", "talks begin on Wednesday" (a headline's present is its past: only
#: a sentence of the body is asked)
_PRESENT = re.compile(
    r"\b(?:are|is) (?:holding|meeting|hosting|visiting|set to|expected to|scheduled to|due to)\b"
    # (not "open", "start", "host": as often an adjective or a noun)
    r"|\b(?:hold|holds|meet|meets|begin|begins|starts|opens|hosts|convenes|resumes)\b"
    # "the Minister will leave for Geneva on Sunday": any verb still to come
    r"|\b(?:will|shall)\b(?!\s+have\b)"
)
_PAST_TOLD = re.compile(
    r"\b(?:held|met|hosted|agreed|signed|discussed|reviewed|concluded|co-chaired|chaired|"
    r"took place|convened|received|welcomed|began|opened|started|resumed|was|were|had|said|"
    r"told)\b"
)


def still_to_come(text: str, at: int) -> bool:
    """Whether the weekday at ``at`` is of a meeting told in the present, so still to come.

    >>> still_to_come("They are holding talks in Beijing on Wednesday.", 37)
    True
    >>> still_to_come("They held talks in Beijing on Wednesday.", 27)
    False
    >>> still_to_come("First, the Minister will leave for Geneva on Sunday.", 42)
    True
    """
    before = re.split(r"[,;:]\s", text[:at])[-1]  # its own clause
    present = _PRESENT.search(before)
    return present is not None and _PAST_TOLD.search(before) is None


WEEKDAY = _WEEKDAY
HELD_AFTER = _HELD_AFTER
NOT_THIS = _NOT_THIS
TODAY = _TODAY
TODAY_END = _TODAY_END
