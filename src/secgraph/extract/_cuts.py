"""Where the back-off layer (``_backoff``) reads: the sentences that may name who took part
(``REPORTS``, with the words a sentence must hold before the pattern is tried), those about
another event (``OTHER``), and where the mention of a person cannot go on (``CUT``: verbs,
clause words, a place after a name).
"""

from __future__ import annotations

import re

__all__ = ["CUT", "OTHER", "OTHER_WORDS", "REPORTS", "REPORT_WORDS"]

#: a sentence that may name who took part
REPORTS = re.compile(
    r"\b(?:met|meets|meeting|talks|dialogue|consultations|delegations?|side|team|led|headed|"
    r"chaired|co-chaired|co-led|received|hosted|welcomed|called on|attended|attending|"
    r"accompanied|accompanying|joined|joining|included|including|comprised|comprising|"
    r"(?:assisted|supported|flanked)\s+by|"
    r"took part|taking part|participated|participating|present|represented|representing|"
    r"(?:was|were) with|"
    r"in attendance|participants|delegates|other members|at the table|counterparts?|"
    r"agreed|pledged|vowed|signed|in a joint statement)\b",
    re.I,
)
REPORT_WORDS = frozenset(
    [
        "participants",
        "members",
        "delegates",
        "table",
        "counterpart",
        "counterparts",
        "attendance",
        "agreed",
        "pledged",
        "vowed",
        "signed",
        "joint",
        "met",
        "meets",
        "meeting",
        "talks",
        "dialogue",
        "consultations",
        "delegation",
        "delegations",
        "side",
        "team",
        "led",
        "headed",
        "chaired",
        "co-chaired",
        "received",
        "hosted",
        "welcomed",
        "called",
        "attended",
        "attending",
        "accompanied",
        "accompanying",
        "assisted",
        "supported",
        "flanked",
        "joined",
        "joining",
        "included",
        "including",
        "comprised",
        "comprising",
        "took",
        "taking",
        "participated",
        "participating",
        "present",
        "represented",
        "representing",
        "with",
    ]
)
OTHER_WORDS = frozenset(
    [
        "earlier",
        "later",
        "during",
        "sidelines",
        "margins",
        "previously",
        "last",
        "next",
        "also",
        "separately",
        "subsequently",
        "courtesy",
        "lunch",
        "dinner",
        "banquet",
        "luncheon",
        "phone",
        "telephone",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "press",
        "follows",
        "followed",
        "following",
        "preceded",
        "after",
    ]
)
#: where a mention of a person cannot go on: verbs and clause words (searched in the clause
#: with its first letter in lower case, so that "Joining X were" cuts too)
CUT = re.compile(
    r"(?:,\s*)?\b(?=[a-z])(?:was|were|is|are|has|have|had|met|meets|held|holds|led|headed|chaired|"
    r"co-chaired|co-led|co-hosted|received|hosted|welcomed|called on|attended|attending|"
    r"accompanied|accompanying|assisted|supported|flanked|joined|joining|included|includes|"
    r"including|comprised(?: of)?|"
    r"comprising(?: of)?|consisted of|made up of|took part|took place|taking part|participated|"
    r"participating|"
    r"signed|said|says|told|agreed|pledged|vowed|discussed|visited|paid|represented|"
    r"representing|by|with|"
    r"spoke|speaking|briefed|addressed|thanked|stressed|noted|praised|co-chairing|chairing|"
    r"which|whom|"
    r"while|whereas|also|present|during|as part of|in which|in the presence of|before|after|"
    r"(?:the\s+)?participation\s+of|"  # "with the participation of X"
    r"ahead of|together|"
    r"along|between|following|today|yesterday|tonight|this morning|on (?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday))\b\s*"
    # "... Asim Munir in Beijing on Thursday": a place after the name ends it
    # (not a post abroad: "Defence Attaché in Santiago, Colonel X")
    r"|(?:(?<!ttach\u00e9)(?<!ttache)(?<!mbassador)(?<!onsul)(?<!ffaires)(?<!epresentative)"
    r"(?<!ttach\u00e9,)(?<!ttache,)(?<!mbassador,)(?<!onsul,),?\s+(?:in|at)|(?<!mbassador)(?<!nvoy)(?<!dviser)(?<!ommissioner)(?<!ttache)"
    r"(?<!epresentative)(?<!ecretary)(?<!inister)\s+to)\s+(?=(?:The\s+)?[A-Z][\w'-]+"
    r"(?:\s+[A-Z][\w'-]+)?(?:\s*[,.]|\s+(?:on|for|to|in|under|with|as)\b|\s*$))",
)
#: another event's people: "Earlier in the week, X met ...", "after a lunch with ..."
OTHER = re.compile(
    r"^(?:Earlier|Later|Previously|Last|Next)\b"
    r"|\b(?:also|later|separately|subsequently)\s+(?:met|called on|paid|held)\b"
    # "The dialogue follows the visit of Australian Defence Minister X to Jakarta in August"
    r"|\b(?:was|were) preceded by\b"  # "The dialogue was preceded by a meeting of X with Y"
    r"|^(?:\d+\.\s+)?(?:During\s+(?:the|his|her|their)\s+visit|On\s+the\s+(?:sidelines|margins)\s+of)\b"
    r"|\blater (?:in|that) the day\b|\bduring\s+(?:a|the|his|her)\s+visit\s+(?:to|of|by)\b"
    r"|\b(?:follows|followed|following|after)\s+(?:the|a|an|his|her|their)\s+(?:\w+\s+){0,2}?"
    r"(?:visit|trip)\s+(?:of|by|to)\b"
    r"|\b(?:courtesy call|lunch|dinner|banquet|luncheon|phone call|telephone)\b",
    re.I,
)
