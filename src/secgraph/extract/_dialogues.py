"""The dialogue or framework the talks are a round of, and its round.

"the 15th meeting of the India-U.S. Counterterrorism Joint Working Group", "the XXIII
Binational Border Commission", "the Home Secretary level talks between India and Sri Lanka";
a multilateral gathering on whose sidelines the sides met is not their dialogue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ._bodypair import body_pair
from ._dialoguepair import (
    dash_pair,
    next_body,
    pair_written,
    parent_body,
    round_after,
    state_code,
    subject_after,
)
from ._level import HOLDERS, LEVEL_DIALOGUE, no_weekday, with_pair
from ._lowersubject import lower_subject
from ._text import Sentence

__all__ = [
    "DIALOGUE",
    "DIALOGUE_WORDS",
    "ORDINAL_WORDS",
    "FoundDialogue",
    "find_dialogue",
    "round_number",
]

#: "first" to "twentieth", in order (a round's ordinal; a gazette's day).
ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]


def round_number(word: str | None) -> int | None:
    """The number of an ordinal as the genre writes it (None for none).

    >>> [round_number(w) for w in ("15th", "Fifth", "inaugural", "first", None)]
    [15, 5, 1, 1, None]
    """
    if not word:
        return None
    word = word.lower()
    if word == "inaugural":
        return 1
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS.index(word) + 1
    if re.fullmatch(r"[ivxlc]+", word):  # "the XXIII Binational Border Commission"
        return _roman(word)
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits and int(digits.group()) > 0 else None


def _roman(word: str) -> int | None:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for a, b in zip(word, [*word[1:], ""], strict=True):
        total += -values[a] if b and values[b] > values[a] else values[a]
    return total or None


_ROUND = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|inaugural|{'|'.join(ORDINAL_WORDS)})"
#: a round in Roman numerals before the name, as Latin American ministries write it
_ROMAN = re.compile(r"(?=[IVXLC]{2,}\s)(?P<roman>C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\s+")
_DIALOGUE_HEAD = (
    r"(?:Dialogue Group|Dialogue|Joint Working Group|Working Group|JWG|Consultations|"
    r"Joint Commission|"
    r"Commission|Committee|Mechanism|Framework|Forum|Cooperation Council|Partnership Council|"
    r"Consultative Group|Core Group|Steering Group|Ministers['\u2019]? Meeting|Ministerial Meeting|"
    r"Staff Talks|Policy Talks|Cooperation Talks|Defen[cs]e Talks|Security Talks|Policy Council|"
    r"Security Group|High-Level Group|Sub-?[Cc]ommittee|Ministerial Council|Coordination Council|"
    # "the third China-Thailand Consultation on Law Enforcement ...", "a Border Liaison Meeting",
    # "the 9th ... Defense Vice-Ministerial Talks", "the Bhutan-India Group on Border Management"
    r"Consultation(?=\s+on\s)|Liaison Meeting|"
    r"(?:Working|Expert|Vice-Ministerial|Deputy-Ministerial|Ministerial)[- ]?(?:Level )?Talks|"
    r"Group(?=\s+on\s+[A-Z])|"
    # "the India-US Defence Policy Group", "the Security Implementation Group", "the 9th
    # Mongolia-Japan Defense Policy Consultation", "the 14th X Border District Coordination Meeting"
    r"(?:Policy|Implementation|Coordination|Planning)\s+Group|Policy\s+Consultation|"
    r"Coordination\s+Meeting|"
    # "the eighth round of the Canada-Mexico Political-Military Talks"
    r"Political-Military\s+Talks|Pol-Mil\s+Talks|"
    # "the Japan-Philippines Coast Guard High-Level Meeting", "the XII Brazil-Paraguay
    # Bilateral Army Staff Conference"
    r"High-Level\s+Meeting|Staff\s+Conference|Border\s+Conference|Bilateral\s+Meeting(?=\s+on\s))"
)
_ORDINAL_BEFORE = re.compile(rf"\b({_ROUND})\s+(?:annual\s+)?$", re.I)
#: "on the sidelines of the 21st Shangri-La Dialogue": a multilateral gathering, not the talks
_SIDELINES = re.compile(
    r"\b(?:sidelines|side-lines|margins|margin)\s+of\s+(?:the\s+)?(?:\S+\s+)?$", re.I
)
DIALOGUE = re.compile(
    # "the XV edition of the ...": a round in Roman numerals before a round's word
    # ("The Fourth Session of the X", "the 9th Meeting of the X": capitals as headings write them)
    rf"(?:(?P<round>(?i:{_ROUND})|(?-i:[IVXLC]{{1,7}}))\s+"
    rf"(?i:round|meeting|session|sitting|edition|iteration)\s+of\s+"
    rf"(?:the\s+|their\s+)?)?"
    # "Kazakhstan\u2013United States ...": a pair's dash (a dash between spaces is a dateline's)
    rf"(?P<name>(?:[A-Z][\w.+'\u2019/\u2013-]*\s+|2\+2\s+)"
    rf"(?:(?:[A-Z0-9][\w.+'\u2019/\u2013-]*|d['\u2019][A-Z][\w.+'\u2019/\u2013-]*|on|and|of|for)\s+)"
    rf"{{0,9}}?{_DIALOGUE_HEAD}"  # ("the Côte d'Ivoire-Ghana Joint Security Committee")
    # "the India-France Dialogue on Counter-Terrorism", "2+2 Mechanism of Foreign and
    # Defence Ministers"
    # ("the Binational Commission on the Fight against Illicit Drug Trafficking")
    rf"(?:\s+(?:on|for)\s+(?:the\s+)?[A-Z][\w-]*"
    # ("the EU-Nigeria Dialogue on Peace, Security and Counter-Terrorism")
    rf"(?:(?:,\s+[A-Z][\w-]*)+,?\s+and\s+[A-Z][\w-]*)?"
    rf"(?:\s+(?:and\s+|of\s+|against\s+|of\s+the\s+|in\s+the\s+)?[A-Z][\w-]*){{0,5}}"
    rf"|\s+of\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){{0,3}}(?:Ministers|Chiefs|Secretaries))?)\b"
)
#: a word a lower-case name's subject does not go on with ("... on border cooperation held in")
_NOT_AFTER = (
    r"(?!(?:in|at|held|was|were|is|are|with|which|that|to|took|will|has|have|had|the|a|an|on|"
    r"for|from|of|by|between|this|last|next|and)\b)"
)
_WORD = rf"{_NOT_AFTER}[a-z-]+"
#: the noun a two-word subject ends with ("on border cooperation", "on cyber security")
_CLOSE = (
    r"(?:cooperation|security|issues|matters|affairs|management|control|crimes?|trafficking|"
    r"terrorism|safety|protection|policy|enforcement|defen[cs]e|relations|threats)\b"
)
_SUBJECT = rf"(?:(?:{_WORD}\s+){{1,2}}{_CLOSE}|{_WORD}(?:\s+against\s+{_WORD})?)"
_PAIR_DIALOGUE = re.compile(
    rf"(?:\b(?P<round>{_ROUND})\s+(?:round|session|meeting)\s+of\s+(?:the\s+)?)?"
    # "New Zealand-Fiji defence talks", "Nigeria-Niger joint commission on security",
    # "the Fiji-New Zealand Policing Partnership talks"
    r"(?P<name>(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*[-\u2013][A-Z][\w.]*(?:\s+[A-Z][a-z]+){0,3}"
    r"(?:\s+[a-z-]+){0,4}\s+"
    r"(?:consultations|dialogue|talks|security talks|(?:joint\s+)?(?:commission|committee)"
    # ("the Lao-Thai bilateral meeting on drug control", not "held a bilateral meeting on")
    r"|working\s+group|(?<!\ba\s)(?<!\bthe\s)bilateral\s+meeting(?=\s+on\s))"
    # "the Dutch-Moroccan strategic dialogue on security and justice", "the Armenian-Georgian
    # working group on border cooperation", "... consultations on cyber security"
    # ("consultations on international information security", "on security and the fight
    # against terrorism")
    rf"(?:\s+on\s+{_SUBJECT}(?:\s+and\s+(?:the\s+)?{_SUBJECT})?)?)\b"
)
#: a name that is its kind and subject alone, after its round: "held the fourth round of their
#: bilateral Consultations on Counter-Terrorism"
_BARE_ROUND = re.compile(
    rf"\b(?P<round>(?i:{_ROUND}))\s+(?:round|meeting|session)\s+of\s+(?:the|their)\s+"
    r"(?:bilateral\s+)?(?P<name>(?:Consultations|Dialogue|Talks)\s+on\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:(?:,\s+[A-Z][\w-]*)+,?\s+and\s+[A-Z][\w-]*)?"
    r"(?:\s+(?:and\s+)?[A-Z][\w-]*){0,4})\b"
)
#: a round after the name: "the X Joint Working Group held its twelfth meeting"
_HELD_ITS = re.compile(rf"\s+held\s+its\s+((?i:{_ROUND}))\s+(?:meeting|session|round)\b")
_DIALOGUE_ROUND = re.compile(
    rf"\b(?P<round>{_ROUND})\s+(?P<name>[A-Z][\w.+'\u2019/-]*(?:\s+[A-Z][\w.+'\u2019/-]*)*\s+{_DIALOGUE_HEAD})\b"
)


#: Words without which DIALOGUE cannot match (checked first: see Sentence.words)
DIALOGUE_WORDS = frozenset(
    [
        "dialogue",
        "group",
        "jwg",
        "consultations",
        "commission",
        "committee",
        "mechanism",
        "framework",
        "forum",
        "council",
        "talks",
        "meeting",
        "subcommittee",
        "sub-committee",
        "consultation",
        "conference",
    ]
)


#: A dialogue's name says what kind of talks it is, or names the pair ("India-U.S. ...")
_DIALOGUE_KIND = re.compile(
    r"\b(?:Dialogue|Working Group|JWG|Consultations|Bilateral|Strategic|Security|Defen[cs]e|"
    r"Border|Counter[\w-]*|Joint|2\+2|Military|Maritime|Police|Intelligence|Consultative|"
    r"Binational|Bi-national|Intergovernmental|"
    r"Nuclear|Cyber)\b"
)


#: An office's name, not a dialogue's: "China's Central Military Commission", "chairman of the"
_OFFICE_OF = re.compile(
    r"(?:'s|\u2019s|\b(?:chairman|chair|member|secretary|head|director|chief|president)\s+of)"
    r"\s+(?:the\s+)?$",
    re.I,
)


#: an earlier meeting of the dialogue: "... dialogue held in Warsaw earlier this year"
#: (but "held its twelfth meeting in Moscow last week", "held in Kingston last week" report the
#: talks themselves)
_PAST_AFTER = re.compile(
    r"\s+(?:held|that took place|which took place)\b(?!\s+its\s)[^.;]{0,40}?"
    r"\b(?:earlier|last|previous|ago)\b(?!\s+(?:this\s+)?week)"
)


#: a body the talks hand a matter to, or one still to be set up: "agreed to refer the issue
#: to the Joint Boundary Working Group", "agreed to hold the first meeting of a Joint Defence
#: Committee" (a body named with "a" is none the talks belong to yet)
#: a pair's first name and a dash between spaces just before a name ("Vietnam - Republic of
#: Korea Defence Policy Dialogue", a news agency's style)
_SPACED_PAIR = re.compile(r"\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+[-\u2013]\s+$")
_OTHER_BODY = re.compile(
    r"\b(?:refer|referred|forward|forwarded|submit|submitted)\b[^.;]{0,60}?\bto\s+the\s+$"
    r"|\b(?:agreed|decided|plans?|will|to)\s+(?:to\s+)?(?:hold|establish|set\s+up|create|form|"
    r"convene|launch)\b[^.;]{0,60}?\b(?:a|an)\s+(?:new\s+)?$",
    re.I,
)


@dataclass(frozen=True)
class FoundDialogue:
    name: str
    round: str | None
    sentence: int
    start: int
    end: int


def find_dialogue(
    sentences: list[Sentence],
    pair: frozenset[str] = frozenset(),
) -> FoundDialogue | None:
    """The first named dialogue or framework ("the 15th meeting of the X Joint Working Group");
    a gathering the talks were held on the sidelines of is not one, there or later, unless
    its name is the parties' pair (``pair``: the names of the parties' countries), as "on the
    sidelines of the tenth meeting of the Qatar-Türkiye Supreme Strategic Committee" is."""
    gatherings: set[str] = set()
    for s in sentences:
        if s.heading or not s.has(DIALOGUE_WORDS):
            continue
        for pattern in (DIALOGUE, _DIALOGUE_ROUND, _PAIR_DIALOGUE, LEVEL_DIALOGUE, _BARE_ROUND):
            for m in pattern.finditer(s.text):
                name = re.sub(r"^(?:The|the|A|An|This|Both|Under)\s+", "", m.group("name"))
                name = no_weekday(name)  # "... Strategic Dialogue on Thursday"
                if name.split()[0] in HOLDERS and pattern is not LEVEL_DIALOGUE:
                    continue  # "Chairman Joint Chiefs of Staff Committee": a title
                if pattern is LEVEL_DIALOGUE:
                    name = with_pair(name, m, pair)
                lead = re.match(rf"({_ROUND})\s+", name, re.I) or _ROMAN.match(name)
                if lead:  # "the 12th EU-China Strategic Dialogue"
                    name = name[lead.end() :]
                if len(name.split()) < 2 or name.split()[0].lower() in ("meeting", "round"):
                    continue
                if name == "High-Level Meeting":
                    continue  # "The 9th High-Level Meeting will be in Tokyo": whose, untold
                bodies = body_pair(s.text, m.start("name"), name, pair)
                if bodies is not None:  # "Philippine Coast Guard - Japan Coast Guard X"
                    name = bodies[0]
                if not (
                    bodies is not None
                    or _DIALOGUE_KIND.search(name)
                    or re.search("[-\u2013]", " ".join(name.split()[:2]))  # "France\u2013Benin"
                    or pattern is LEVEL_DIALOGUE
                ):
                    continue  # "Central Foreign Affairs Commission" is an office
                if pattern is _PAIR_DIALOGUE and pair and not dash_pair(name, pair):
                    continue  # "Kosiniak-Kamysz held talks": a name, not a pair
                spaced = _SPACED_PAIR.search(s.text, 0, m.start("name"))
                begins = m.start("name") if bodies is None else bodies[1]
                if (
                    spaced
                    and spaced.group(1) in pair
                    and not re.search(
                        r"\w[-\u2013]\w", " ".join(name.split()[:2])
                    )  # "Rabat - The X-Y"
                    and (any(name.startswith(f) for f in pair) or state_code(name.split()[0]))
                ):
                    name = f"{spaced.group(1)}-{name}"  # "the 12th Vietnam - Republic of Korea ..."
                    begins = spaced.start()
                rnd = m.groupdict().get("round")
                if rnd is None and _OFFICE_OF.search(s.text, 0, m.start("name")):
                    continue  # "vice chairman of China's Central Military Commission"
                if rnd is None and _an_office(name, s.text, m.start("name"), pair):
                    continue  # "the Border Service of the National Security Committee"
                if _PAST_AFTER.match(s.text, m.end("name")):
                    continue  # "the fifth ... dialogue held in Warsaw earlier this year"
                if _OTHER_BODY.search(s.text, 0, m.start("name")):
                    continue  # "refer the issue to the X Working Group", "to set up a X"
                if next_body(s.text, m.start("name")):
                    continue  # "The next High-Level Cooperation Council, to be chaired by"
                # ("the 9th Joint Iran-Oman Military Friendship Committee": the pair's own)
                ours = any(
                    len(set(w.split("-"))) == 2 and set(w.split("-")) <= pair
                    for w in name.split()[:2]
                )
                if (
                    (_SIDELINES.search(s.text, 0, m.start()) and not ours)
                    or name in gatherings
                    or (_MULTILATERAL.search(name) and not ours)
                ):
                    gatherings.add(name)
                    continue
                rnd = rnd or (lead.group(1) if lead else None)
                held = _HELD_ITS.match(s.text, m.end("name"))
                rnd = rnd or (held.group(1) if held else None)
                if rnd is None:  # "The seventh India-Japan ... Dialogue"
                    ordinal = _ORDINAL_BEFORE.search(s.text, 0, begins)
                    rnd = ordinal.group(1) if ordinal else None
                found = FoundDialogue(name, rnd, s.index, m.start("name"), m.end("name"))
                return _with_pair_named(found, sentences, pair)
    return None


def _with_pair_named(
    found: FoundDialogue, sentences: list[Sentence], pair: frozenset[str]
) -> FoundDialogue:
    """The dialogue under its full name where the article gives it one elsewhere: a title
    "Joint communique: UK-Nigeria Security and Defence Partnership Dialogue" and a text "the
    fifth Security and Defence Partnership Dialogue" name one dialogue, the first fully."""
    text = next((s.text for s in sentences if s.index == found.sentence), None)
    more = subject_after(text, found.end) if text is not None else None
    more = more or (lower_subject(text, found.end) if text is not None else None)
    if more:  # "the X Joint Working Group (JWG) on defence cooperation"
        found = replace(found, name=no_weekday(f"{found.name} {more}"))
    if (
        text is not None
        and found.name.endswith("Dialogue")
        and text.startswith(" Meeting", found.end)
    ):
        found = replace(
            found, name=f"{found.name} Meeting", end=found.end + 8
        )  # "X Dialogue Meeting"
    parent = parent_body(text, found.end, pair) if text is not None and not more else None
    if parent:  # "the X Working Group of the Nigeria-US Bi-National Commission"
        return replace(found, name=f"{found.name} {parent}")
    if found.round is None and text is not None:
        found = replace(found, round=round_after(text, found.end))
    if pair_written(found.name, pair):
        return found
    named = re.compile(
        r"\b(?P<pair>[A-Z][\w.]*(?:-|\u2013)[A-Z][\w.]*(?: of [A-Z]\w+)?)\s+"
        + re.escape(found.name)
        + r"\b"
    )
    for s in sentences:
        m = named.search(s.text) if found.name in s.text else None
        if m is None:
            continue
        halves = re.split(r"-|\u2013", m.group("pair"), maxsplit=1)
        if len(halves) == 2 and all(any(h.startswith(f) for f in pair) for h in halves):
            return replace(found, name=f"{m.group('pair')} {found.name}")
    return found


#: a multilateral gathering's name: the sides may meet there, it is not their dialogue
_MULTILATERAL = re.compile(
    r"\b(?:ASEAN|ADMM|NATO|Shangri-La|G7|G20|BRICS|SCO|Summit)\b"
    # "the Halifax International Security Forum": a gathering of many
    r"|\bInternational\b.*\b(?:Forum|Conference)$"
)
#: a name that says it is a body of two states
_SHARED_BODY = re.compile(r"\b(?:Joint|Mixed|Bilateral|Binational|Intergovernmental|Strategic)\b")
_OF_THE = re.compile(
    r"(?<!meeting )(?<!session )(?<!round )(?<!sitting )\b(?:of|for|from|at|by|in)\s+(?:the\s+)?$"
)


def _an_office(name: str, text: str, start: int, pair: frozenset[str]) -> bool:
    """A commission, committee or council named as a body one works in ("of the National
    Security Committee"), not as talks: no pair in it, no word of a shared body."""
    # ("the Border Service of the State Committee for National Security": an agency)
    if not re.search(r"\b(?:Commission|Committee|Council)(?:\s+(?:for|of|on)\s+[A-Z].*)?$", name):
        return False
    own = re.sub(r"\s+of\s+(?:the\s+)?[A-Z][\w ]*$", "", name)  # "... of Tajikistan": its own
    if any(f in own for f in pair) or "-" in name.split()[0] or _SHARED_BODY.search(name):
        return False
    return _OF_THE.search(text, 0, start) is not None
