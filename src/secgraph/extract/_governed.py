"""Whether a date in a sentence about the meeting is another event's.

A sentence that tells of the talks often dates something else beside them: the statement
("in a joint statement issued on 5 March", "the ministry announced on 5 March"), an attack
("following the 2 March attack", "after militants attacked engineers on Sunday"), a deadline
("a plan by 31 March"), a law ("the visa regime in force from 1 March"), an earlier meeting
("the first since they met on 10 February"). The words just before the date, back to the
clause's start, tell which: the nearest event word with no meeting word between it and the
date governs it. A date this module calls another event's is never the meeting's.
"""

from __future__ import annotations

import re

from ._text import MONTH

__all__ = [
    "ARRIVAL",
    "CALL",
    "OTHER_EVENT",
    "SIGNED_BEFORE",
    "closed_on",
    "foreign_date",
    "foreign_place",
    "place_to_come",
    "tells_of_talks",
]

#: an event that is not the meeting, governing the date that follows it
_EVENT = re.compile(
    r"\b(?:issued|announced|released|published|adopted|approved|passed|enacted|ratified|"
    r"attack|attacks|attacked|bombing|bombed|killed|kidnapped|abducted|arrested|seized|"
    r"launched|elected|sworn|died|crashed|struck|erupted|clashed|clashes|established|founded|"
    r"created|formed|inaugurated|instituted|set up|killing|killings|shooting|incident|"
    r"explosion|blast|kidnapping|abduction|arrest|arrests|seizure|listed|designated|"
    r"ceasefire|truce|appointed|took office|assumed office|took over|planned|scheduled|"
    r"postponed|rescheduled|originally|initially|expected|due|"
    r"said|says|told|stated|reported|tweeted|posted|wrote|briefing|briefed|interview|"
    r"(?:news|press) conference|effective|in force|into force|deadline)\b"
    r"|\b(?:until|till)\b",
    re.I,
)
_SINCE = re.compile(r"\bsince\b", re.I)
#: "the first dialogue since 2019 was co-chaired ... on 5 March": the year closes the phrase
_SINCE_YEAR = re.compile(
    r"since (?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b[^,;]*?\b(?:held|met|co-chaired|chaired|"
    r"hosted|convened|took place|was|were)\b",
    re.I,
)
#: the talks placed after an earlier meeting: "The talks followed a meeting ... on 12 February"
_FOLLOWED = re.compile(
    r"\b(?:talks|meeting|dialogue|consultations|session|round|visit)\b[^.;]{0,60}?"
    r"\b(?:followed|follows?|built on|builds on|came (?:a \w+ )?after)\b[^.;]{0,80}$",
    re.I,
)
#: another gathering held that day: "the elections held on 5 March"
_OTHER_HELD = re.compile(
    r"\b(?:elections?|polls|referendum|vote|exercises?|drills?|games|ceremony|parade|festival|"
    r"celebrations?|rally|protests?)\s+(?:(?:that|which) )?(?:was |were )?(?:held|conducted|"
    r"staged|organi[sz]ed)\s+(?:in [A-Z][\w-]+\s+)?(?:on\s+)?$",
    re.I,
)
#: a journey's start: "during a visit that began on Sunday"
_VISIT_BEGAN = re.compile(
    r"\b(?:visit|trip|tour|stay)\b[^,;.]{0,20}\b(?:began|started|begins|starts|commenced)\s+"
    r"(?:on\s+)?$",
    re.I,
)
#: a word of the meeting: after it, the date is the meeting's again
_MEETING = re.compile(
    r"\b(?:held|hold|met|meet|meeting|meetings|talks|dialogue|consultations|convened|hosted|"
    r"co-chaired|chaired|took place|session|round|conference|discussions|"
    r"negotiations|received|welcomed)\b",
    re.I,
)
#: a preposition that makes the date a bound, not a day of the meeting ("by 31 March",
#: "from 1 March" without "to", "after 2 March")
#: (and "in the week of 9 March": a week, not its first day)
_BOUND = re.compile(
    r"\b(?:by|from|after|before|as of|starting|beginning|week of)\s+(?:the\s+)?$", re.I
)
_DAY = (
    rf"(?:[Oo]n\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,?\s+(?:19|20)\d\d)?"
    r"(?:'s|\u2019s)?"
)
#: a date that names the meeting after it: "Tuesday's talks", "the 5 March meeting"
_DATE_THEN_MEETING = re.compile(
    _DAY + r"\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|dialogue|consultations|session|round)\b"
)
#: a date that names another event after it: "the 2 March attack", "the March 20 elections"
_DATE_THEN_EVENT = re.compile(
    _DAY
    + r"\s+(?:(?:terror(?:ist)?|suicide|militant|deadly|twin|cross-border|presidential|general|"
    r"parliamentary|local)\s+)?(?:attack|attacks|bombing|bombings|blast|elections?|vote|"
    r"deadline|incident|clashes|ambush|raid|massacre|coup|referendum|earthquake|floods?|"
    # "the 5 May 2025 accord", "the March 3 summit"
    r"accord|agreement|memorandum|MoU|roadmap|summit|declaration|deal|decision|communiqu[eé]|"
    r"protocol|treaty|pact|ceasefire|truce)\b"
)
#: a date as the attribute of another event's name, a word or two before the noun: "the 4 March
#: 2016 border accord", "the 2 March suicide car bombing" (after "the", so not "on 4 March
#: before the summit")
_THE_DATE_THEN_EVENT = re.compile(
    _DAY + r"\s+(?:[\w-]+\s+){1,2}?(?:attack|attacks|bombing|bombings|blast|elections?|vote|"
    r"deadline|incident|clashes|ambush|raid|massacre|coup|referendum|earthquake|floods?|"
    r"accord|agreement|memorandum|MoU|roadmap|summit|declaration|deal|decision|communiqu[eé]|"
    r"protocol|treaty|pact|ceasefire|truce)\b"
)
#: a date that labels a reply or a release, before or after it: "Reply (10 March 2025):"
_LABEL_BEFORE = re.compile(
    r"\b(?:Reply|Answer|Answered|Question|Asked|Response|Release|Updated|Posted|Published|"
    r"Issued)\s*[(\[:]\s*$"
)
_DATE_THEN_LABEL = re.compile(_DAY + r"\s*[)\]]\s*:")
#: a document or decision the date belongs to: "the agreement reached on", "the roadmap agreed
#: on", "the memorandum of", "the decisions of the summit of", "the communique dated"
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:agreements?|accords?|memorand(?:um|a)|MoUs?|roadmaps?|decisions?|declarations?|"
    r"communiqu[eé]s?|protocols?|treaty|treaties|pacts?|frameworks?|plans?|directives?|"
    r"summits?|resolutions?|deals?|understandings?|ceasefires?|truces?|arrangements?|"
    r"statements?|releases?|readouts?)"
    # "The ceasefire, agreed on 2 March, was discussed", "the deal, which was reached on"
    r",?\s+(?:(?:which|that)\s+(?:was|were|had been)\s+)?(?:(?:reached|agreed|adopted|"
    r"concluded|issued|struck|made|taken|endorsed|approved)\s+(?:up)?on|of|dated)"
    r"\s+(?:the\s+)?$",
    re.I,
)
#: another meeting placed against the talks: "after a preparatory meeting of experts on" ("agreed
#: ..., following a high-level security meeting in Ankara on 14 March" is the talks' own)
_OTHER_MEETING = re.compile(
    r"\b(?:after|following|before|ahead of|preceded by|followed by)\s+(?:a|an|the)\s+"
    r"(?:preparatory|expert|experts'?|technical|preliminary|working[- ]level|senior officials'?)"
    r"\s+(?:[\w'-]+\s+){0,3}?(?:meeting|session|round|talks|consultations)\b[^.;]{0,80}$",
    re.I,
)
#: a day of a meeting that prepared the talks: "experts met on Monday to prepare the talks"
_PREPARES = re.compile(
    r"[^.;,]{0,40}?\b(?:to prepare|in preparation for|to pave the way for|to lay the ground)",
    re.I,
)
#: a clause of other people's doings: "whose presidents met in Kampala on"
_WHOSE = re.compile(r"(?:^|,\s*)whose\b[^,;.()]*$")
#: "as agreed by their presidents on", "as directed by the heads of state on"
_AS_BY = re.compile(
    r"\bas (?:agreed|directed|instructed|decided|mandated|tasked|announced)\b[^.;,]{0,60}$",
    re.I,
)
#: another gathering the talks were held beside: its days, given as a span, are its own
_HOSTED_BY = re.compile(r"\b(?:sidelines|margins|sideline)\s+of\b[^.;]{0,80}$", re.I)
#: where a clause starts, looking back from the date
_CLAUSE = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:and|but|while|whereas|which|who)\b")


def foreign_date(text: str, at: int, *, is_range: bool = False) -> bool:
    """Whether the date (or weekday) at ``at`` in ``text`` is another event's.

    >>> foreign_date("held talks, the ministry announced on 5 March.", 36)
    True
    >>> foreign_date("held talks in Islamabad on 5 March.", 27)
    False
    >>> foreign_date("held talks following the 2 March attack on engineers.", 25)
    True
    """
    if _quoted(text, at):
        return True  # '"When we met on 3 February, we agreed," he said': a quote's memory
    if _DATE_THEN_MEETING.match(text, at):
        return False
    if _LABEL_BEFORE.search(text, 0, at) or _DATE_THEN_LABEL.match(text, at):
        return True  # "Reply (10 March 2025): I met ...": the date of the reply
    if _DATE_THEN_EVENT.match(text, at):
        return True
    if re.search(r"\bthe\s+$", text[max(0, at - 5) : at]) and _THE_DATE_THEN_EVENT.match(text, at):
        return True  # "on the anniversary of the 4 March 2016 border accord"
    before = text[max(0, at - 80) : at]
    if _WHOSE.search(before):
        return True  # "Kenya and Uganda, whose presidents met in Kampala on Monday, held"
    if not is_range and _BOUND.search(before):
        return True
    if is_range and _HOSTED_BY.search(before):
        return True  # "on the sidelines of the summit on 14-15 February": the summit's days
    if _DOCUMENT_BEFORE.search(before) or _AS_BY.search(before):
        return True  # "the agreement reached on 5 May", "as directed by the presidents on"
    if _OTHER_MEETING.search(before) or _PREPARES.match(text, at):
        return True  # "after a preparatory meeting of experts on Monday", "met ... to prepare"
    if _VISIT_BEGAN.search(before) or _FOLLOWED.search(text[max(0, at - 160) : at]):
        return True
    if _OTHER_HELD.search(before):
        return True  # "the elections held on 5 March", "the joint exercise conducted on"
    cut = [m.end() for m in _CLAUSE.finditer(before)]
    clause = before[cut[-1] :] if cut else before
    since = _SINCE.search(clause)
    if since is not None and not _SINCE_YEAR.match(clause, since.start()):
        return True  # "the first since they met on 10 February"
    events = list(_EVENT.finditer(clause))
    if not events:
        return False
    return _MEETING.search(clause, events[-1].end()) is None


#: talks told in words the meeting patterns do not take: "the negotiations took place in
#: Tokyo on 4 March", "officers sat down at Chushul on March 4", "the two ministers spoke by
#: phone on Monday"
_TALKS = re.compile(
    r"\b(?:took place|convened|negotiations|negotiated|sat down|conferred|reviewed|"
    r"deliberated|gathered|interacted|"
    r"spoke (?:by (?:tele)?phone|on the (?:tele)?phone)|(?:phone|telephone|video) (?:call|"
    r"conversation|conference)|videoconference|video-conference"
    # "This morning we had a very full and candid exchange"
    r"|had (?:a |an )?(?:[\w-]+ ){0,4}(?:exchange|exchanges|discussions?|talks|meeting)"
    # "concluded a three-day bilateral engagement on maritime law enforcement"
    r"|(?:bilateral|annual|joint) (?:[\w-]+ ){0,3}?engagement"
    # "The Kenya-Uganda joint commission opened in Kampala on 3 March"
    r"|(?:[Cc]ommission|[Cc]ommittee|[Cc]ouncil|[Ff]orum|[Mm]echanism|JWG|JPC|JCC)\b[^.;]{0,60}?"
    r"\b(?:opened|began|concluded|ended|closed|wrapped up))\b"
)


def tells_of_talks(text: str) -> bool:
    """Whether a sentence the meeting patterns miss tells of the talks, for its date's sake.

    >>> tells_of_talks("The negotiations took place in Tokyo on 4 March.")
    True
    """
    return _TALKS.search(text) is not None


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` falls inside a quotation opened before it in ``text``, a quotation of
    more than the date alone: 'gave the date of the talks as "4 March 2026"' quotes the
    statement's date (as written in its language: "el jueves 23 de julio de 2026")."""
    before = text[:at]
    inside = before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")
    return inside and not (_DATE_QUOTE_OPEN.search(before) and _DATE_QUOTE_CLOSE.match(text, at))


#: a quotation that holds one date, a weekday or an article before it at most
_DATE_QUOTE_OPEN = re.compile(r"[\"\u201c](?:[^\W\d]+\s+){0,2}$")
_DATE_QUOTE_CLOSE = re.compile(
    r"[^\"\u201d]{0,30}?(?:19|20)\d\d(?:\s*[^\W\d]{1,5}\.?)?[.,]?[\"\u201d]"
)


#: a date of an agreement the text names as signed before ("reviewed the agreement signed in
#: Jeddah on 5 March 2019"), unlike "signed a Defence Cooperation Agreement on August 29"
SIGNED_BEFORE = re.compile(
    r"\b(?:agreement|accord|memorandum|MoU|treaty|pact|protocol|declaration|arrangement|"
    r"convention|charter)s?\b(?:\s+\([^)]*\))?\s+(?:(?:which|that) (?:was|were) |"
    r"(?:which|that) )?(?:the two (?:countries|sides) |they )?"
    r"(?:signed|concluded|ratified|adopted)\b[^.;:]{0,80}$"
    r"|\bsigning\s+of\s+(?:the\s+|a\s+|an\s+)?[^.;:]{0,60}$",
    re.I,
)

#: a date of another event the meeting is placed against
#: a telephone call is no meeting: its day is not the talks'
CALL = re.compile(
    r"\b(?:(?:tele)?phone (?:call|conversation)|spoke (?:by|on the) (?:tele)?phone)\b", re.I
)
OTHER_EVENT = re.compile(
    r"\b(?:(?:a|one|two|three|several|few|\d+) (?:days?|weeks?|months?|years?)|days|weeks|months"
    r"|years) "
    r"(?:after|before)\b[^.;]{0,60}$|\b(?:ahead of|in the wake of)\b[^.;,]{0,60}$"
    # "held talks on 12 March to prepare for the 4-5 April summit": the summit's days
    r"|\b(?:to prepare for|in preparation for|to pave the way for|to lay the ground(?:work)? for)"
    r"\b[^.;,]{0,60}$"
    # a stop still to come: "she is due to meet Rwandan officials on 14 March"
    r"|\b(?:is|are|was|were) (?:due|set|expected|scheduled) to\b[^.;]{0,60}$"
    # "The meeting was preceded on 24 November by the Sub-Committee's": the other meeting's
    r"|\b(?:was|were|is|are) (?:preceded|followed)(?! up)\b[^.;,]{0,50}$"
)

#: a journey's day, not the talks': "who arrived in Vientiane on Monday", "before leaving for"
ARRIVAL = re.compile(
    r"\b(?:arrived|arrives|arriving|arrival|landed|departed|departs|left|leaves|leaving|flew|"
    r"returned|returns|returning|came back|"
    r"travell?ed on|travels|travell?ing)\b[^.;,]{0,40}$"
)


#: the clause before a city that places another event there: "weeks after they met in",
#: "ahead of a summit in", "the agreement reached in", "a statement issued in"
_PLACED_ELSEWHERE = re.compile(
    r"\b(?:(?:days?|weeks?|months?|years?) (?:after|before)|ahead of|in preparation for|"
    r"in the run-up to|on the eve of)\b[^.;,]{0,60}$"
    r"|\b(?:agreements?|accords?|memorand(?:um|a)|MoUs?|roadmaps?|decisions?|declarations?|"
    r"communiqu[eé]s?|protocols?|treaty|treaties|pacts?|plans?|statements?|releases?)\s+"
    r"(?:(?:that|which) (?:was|were) )?(?:reached|agreed|adopted|signed|issued|released|"
    r"concluded|struck|endorsed|approved|published)\s*$",
    re.I,
)
#: an earlier meeting the talks are measured from: "the first since their 2023 meeting in"
_SINCE_MEETING = re.compile(
    r"\b(?:since|after)\s+(?:the|their|its|a)\s+(?:(?:19|20)\d\d|last|previous|earlier|"
    r"prior)\s+(?:[\w-]+\s+){0,2}?(?:meeting|round|talks|session|visit|summit)\s*$",
    re.I,
)
#: a plan the talks made: "agreed to train officers in", "decided to open an office in" (not
#: "agreed to set up patrols at talks in": the talks' own city)
_PLANNED = re.compile(
    r"\b(?:agreed|decided|pledged|committed|undertook|resolved|plans?|planned|intends?)\s+"
    # "committed today to hold a joint training for border officers on document fraud in"
    r"(?:(?:today|also|further|jointly|yesterday|on \w+day)\s+)?to\s+"
    r"(?:(?!\b(?:talks|meeting|held|met|dialogue|session|consultations|conference|"
    r"discussions|negotiations)\b)[^.;,]){0,80}$",
    re.I,
)
#: a meeting still to come: "agreed that the committee would meet in Gueckedou in January"
_TO_COME = re.compile(
    r"\b(?:would|will|shall|is to|are to|is due to|are due to)\s+(?:\w+\s+){0,2}?"
    r"(?:meet|be held|convene|take place|reconvene)\s+(?:[a-z]+\s+){0,3}$"
    # "the home secretaries' meeting, scheduled for November in Thimphu"
    r"|\b(?:scheduled|slated|planned|due)\s+(?:for|in)\s+(?:[\w-]+\s+){1,3}$"
)
#: a speaker's seat after the city: "the ministry in Nairobi said" (not "talks in Islamabad,
#: said a statement")
_SPEAKER_AFTER = re.compile(r"\s+(?:said|says|announced|reported|stated|added)\b")
#: a time after the city that puts the event a year or more back: "talks in Nairobi last year"
#: ("held consultations in Ashgabat last week" is the story's own meeting)
_PAST_AFTER = re.compile(
    r"\s*,?\s*(?:last year|in (?:19|20)\d\d|earlier this year|"
    r"(?:a|one|two|three|several) (?:years?|months?) ago)\b"
)


def place_to_come(text: str, at: int) -> bool:
    """Whether the city named at ``at`` is a meeting's still to come, as a clause after the
    past tells it ("agreed that the committee would meet in Nzerekore in January").

    >>> place_to_come("They agreed that the committee would meet in Nzerekore.", 42)
    True
    """
    return _TO_COME.search(text[max(0, at - 100) : at]) is not None


def foreign_place(text: str, at: int, end: int) -> bool:
    """Whether the city named between ``at`` (its preposition) and ``end`` is another
    event's: "weeks after they met in Nairobi", "the agreement reached in Nairobi", "as agreed
    by their presidents in Nairobi", "following talks in Nairobi last year".

    >>> foreign_place("They held talks, weeks after they met in Nairobi.", 37, 47)
    True
    >>> foreign_place("They held talks in Nairobi on 3 June.", 16, 26)
    False
    """
    before = text[max(0, at - 100) : at]
    return bool(
        _PLACED_ELSEWHERE.search(before)
        or _AS_BY.search(before)
        or _PAST_AFTER.match(text, end)
        or _SINCE_MEETING.search(before)
        or _PLANNED.search(before)
        or _SPEAKER_AFTER.match(text, end)
    )


#: the meeting's own end or start just before its date: "concluded its meetings in Abeche on
#: Tuesday, 2 June 2026"
_CLOSED_ON = re.compile(
    r"\b(?:concluded|ended|closed|wrapped up|opened|began)\s+(?:its|their|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:meetings?|talks|session|sessions|deliberations|consultations|work)"
    r"\b[^.;:]{0,80}$"
)


def closed_on(text: str, at: int) -> bool:
    """Whether the date at ``at`` is the day the meeting itself closed or opened: an event word
    after it ("with steps to reactivate the force established in 2010") tells of something
    else, not of the day.

    >>> closed_on("The committee concluded its meetings in Abeche on 2 June 2026", 50)
    True
    """
    return _CLOSED_ON.search(text, 0, at) is not None
