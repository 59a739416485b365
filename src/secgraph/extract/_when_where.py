"""Where a meeting was held.

The place is a city named with the meeting ("talks held in Islamabad"); a dateline city is
where the story was filed, so it is the place only when the text says "here"; a future
meeting's city ("the next round in Washington") is not this meeting's place. (Dates are in
``_when``.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._bodyheld import body_held_city
from ._border import border_post, placed_by_region
from ._capitalafter import capital_after
from ._cities import capital, city_after, country_city, fold, resolve_city
from ._cityline import city_line
from ._countries import is_future, is_meeting
from ._datedheader import dated_header_venue
from ._datelinevenue import venue_dateline_city
from ._evidence import reports_talks, tells_of_another
from ._governed import foreign_place, place_to_come
from ._heldat import held_in_province
from ._lexicon import Lexicon
from ._namesakes import (
    described,
    hosting_city,
    large_city,
    namesake,
    naming,
    part_of_longer,
    stray,
    wider,
)
from ._pastcity import past_city
from ._placecues import by_video, filed_city, pipe_city, region_named, said_here, we_met
from ._rounds import earlier_round, reported_round
from ._text import Dateline, Sentence
from ._townin import town_in
from ._towns import small_town, town_venue, unknown_town
from ._venuehints import (
    acronym_base,
    after_talks,
    base_town,
    caps_heading_city,
    earlier_told,
    header_venue,
    not_this_meeting,
    sitting_city,
)
from ._venueline import venue_line
from ._venues import CITY_NAMED_VENUE, VENUE_CITY, landmark_city
from ._when import NEXT_MEETING, PAST_VERB

__all__ = ["FoundPlace", "find_place"]


@dataclass(frozen=True)
class FoundPlace:
    name: str
    country: str  # ISO alpha-3
    sentence: int
    place_id: str | None = None  # a reference place
    review: str | None = None


_CITY = re.compile(
    r"\b(?:[Ii]n|[Aa]t|(?:travell?ed|flew|went|came|moved on|visit|trip) to|visited"
    r"|on the (?:outskirts|edge) of|just outside"  # "at a base on the outskirts of Victoria"
    r"|(?<=[Bb]ase |[Cc]amp )outside"  # "to Haakonsvern naval base outside Bergen"
    r"|welcome[ds]?\b(?:[^.;]|(?<=\b[A-Z])\.){0,140}?\bto)\s+"  # "welcomed his ... to London"
    # "the Cambodian town of Siem Reap", "the northern Tajik city of Khujand"
    r"(?:the\s+(?:(?:[A-Z][\w-]*|border|coastal|port|northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|central)\s+){0,3}"
    r"(?:capital|city|town|port|resort|village)\s+of\s+"
    # "in the capital, Kampala", "in the provincial capital Pemba"
    r"|the\s+(?:[A-Z][\w-]*\s+|provincial\s+|regional\s+|state\s+|district\s+)?capital,?\s+)?"
    r"([A-Z][\w'\u2019.-]+(?:\s+(?:(?:es|el|al|de|da|do|del|dos|das)\s+)?[A-Z][\w'\u2019.-]+){0,2}"
    r"(?:\s\([A-Z][a-z]+\)(?=[\s.,;]|$))?)"  # "Frankfurt (Oder)": a city written with its river
)
#: a city as the host: "Astana hosted the fourth round", "Nairobi played host to the talks"
_HOST_CITY = re.compile(
    # ("On 10 February 2026, Ashgabat hosted bilateral consultations", "Saint-Louis was the
    # venue, from Monday to Wednesday, of the 3rd session")
    r"(?:^|[-\u2013\u2014:]\s+|^On [^,]{3,30},\s+)([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?)"
    r"\s+(?:hosted|played host to|was (?:the )?(?:venue|host)(?:,[^,.;]{3,40},)? (?:of|for|to))"
    r"\s+(?:the|a|an|this|their|bilateral)\b"
)
#: a sentence that opens on its city ("In Vientiane on 10 September, ...") names the talks'
#: city only when it tells of talks
_TALKS_HERE = re.compile(
    r"\b(?:talks|met|meeting|co-chaired|chaired|dialogue|consultations|discussions|"
    r"negotiations)\b",
    re.I,
)
_EVENT_IN = re.compile(
    r"\b(?:coup|attacks?|bombings?|blasts?|killed|clashes|protests?|elections?|fighting|"
    r"earthquake|born|based|war|conflict|fighting|headquartered|seated|located)\s*$"
)
#: where someone spoke, or a unit's or a mission's seat: not where the meeting was held
#: ("told reporters in Bangkok", "the 4th Joint Military Region in Maroua", "Embassy in Paris")
_NOT_VENUE = re.compile(
    r"\b(?:told\s+(?:\w+\s+){0,2}(?:reporters|journalists|the\s+press|a\s+(?:news|press)\s+"
    r"conference)|speaking|spoke|said|briefing|briefed\s+(?:\w+\s+){0,2}|"
    r"Region|Division|Brigade|Battalion|Zone|Sector|Embassy|Consulate|High\s+Commission|"
    r"Fleet|Corps|ambassador|envoy|attach[ée]|(?:Defen[cs]e|Military|Police) Advis[eo]r|"
    r"Consul(?:[- ]General)?|Charg[ée] d['\u2019]"
    r"[Aa]ffaires(?: a\.?i\.?)?)\s*$"
    # "the Consul General of Tunisia in Tripoli", "the Embassy of Japan in Manila"
    r"|\b(?:Consul(?:[- ]General)?|Embassy|Ambassador|High\s+Commission(?:er)?|Consulate|"
    r"Attach[ée])\s+of\s+"
    r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s*$",
    re.I,
)
#: talks held at a mission: "held talks at the Kenyan Embassy in Kampala" (its city is the venue)
_AT_MISSION = re.compile(
    r"\b(?:held|met|meeting|talks)\b[^.;]{0,40}\bat\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:[Ee]mbassy|Consulate|High Commission)\s*$"
)
_IN_CAPITAL = re.compile(r"\b(?:in|at) the ([A-Z][\w-]+) capital\b")
#: "The 19th meeting of the JWG was held in Washington in 2023": an earlier meeting's city
_PAST_MEETING = re.compile(
    r"\b(?:was|were) held\b[^.;,]*\bin (?:19|20)\d\d\b"
    r"|^(?:Earlier this|Last) (?:year|month)\b"
    r"|\b(?:previous|last|earlier) (?:round|meeting|session)\b"
    # "The committee last met in Damascus on 4 May": the round before
    r"|\blast (?:met|convened)\b|\b(?:was|were) last held\b"
    r"|\bmet (?:last(?!\s+(?:week|month|weekend|night|\w+day)\b)|previously)\b"
    # "The previous Combifron was held in Quito": an earlier one of a named series
    r"|^(?:The|Its|Their) (?:previous|preceding|prior|last) [^.;]{0,60}?\b(?:was|were) "
    r"(?:held|convened)\b"
    # "The meeting comes after the minister visited Maputo": an earlier journey
    r"|\b(?:comes?|came)\s+(?:\w+\s+){0,3}(?:after|on the heels of)\b"
    r"|\bhad\s+(?:earlier\s+|previously\s+)?(?:visited|travell?ed|met|held|discussed|agreed)\b",
    re.I,
)
_HERE = re.compile(
    r"\b(?:here|in this capital|in the capital)\b"
    r"|\bin this (?:[\w-]+ ){0,2}(?:city|town|port|capital)\b"  # "in this southern city of"
    r"|\b(?:took place|held|met)\s+(?:today\s+)?in this (?:building|hall|room|house|palace)\b"
)
#: an opening that puts the meeting in the city of its date line without naming it: a host
#: "received" a visitor "who is currently visiting the country", "at the Ministry of ..."
_AT_HOME = re.compile(
    # (not "a release received by ANGOP": the agency's copy)
    r"\b(?:received(?! by\b)|hosted)\b(?! (?:a|an|the|his|her|their) (?:call|letter|message|"
    r"briefing))"
    r"|\bcurrently visiting the country\b"
    # "held talks with visiting Thai Defence Minister X": the host met its guest at home
    r"|\b(?:with|received|met|welcomed)\s+(?:the\s+)?visiting\b"
    r"|\bat the (?:Ministry|Secretariat|headquarters|Foreign Office|[A-Z][\w-]+ Palace)\b"
)


def find_place(
    sentences: list[Sentence], lexicon: Lexicon, *, dateline: Dateline | None
) -> tuple[FoundPlace | None, str | None]:
    """The meeting's city, or None and why not."""
    future_only = None
    venue: Sentence | None = None  # "at Camp Aguinaldo", "at General Headquarters"
    opening = next((s.index for s in sentences if not s.heading), 0)
    pakistan = any("Pakistan" in s.text for s in sentences)
    this_round = reported_round(sentences)
    if any(by_video(s.text) and is_meeting(s) and not is_future(s) for s in sentences):
        return None, "held by video conference: no place"
    lined = venue_line(sentences, lexicon)  # "Venue: Ministry of Defence Headquarters, Mogadishu"
    header = header_venue(sentences, lexicon)  # "Conference Room, Temple Court, X"
    header = header or dated_header_venue(sentences, lexicon)  # "21 July 2026, X HQ, Y"
    held = body_held_city(sentences, lexicon) if lined is None and header is not None else None
    if header is not None and (held is None or held[:2] == header[1][:2]):
        lined = lined or header  # (not a briefing's place when the body's meeting was elsewhere)
    if lined is not None:
        at, (name, country, pid) = lined
        return FoundPlace(name, country, at, pid, "from the venue line"), None
    reported = False  # a sentence before reported the talks, with no city of its own
    unknown: tuple[str, str, str, int] | None = None  # a town the gazetteer lacks
    headings = [s.text for s in sentences[:8] if s.heading]
    filed = filed_city(
        dateline,
        city_line(sentences)
        or pipe_city(headings)
        or venue_dateline_city(sentences, dateline, lexicon),  # "CAMP X, Quezon City --"
        lexicon,
    )
    filed_at = resolve_city(filed, lexicon, filed=True) if dateline and filed else None
    said: FoundPlace | None = None  # "officials said here": kept in case nothing else is found
    filed_in = filed_at[1] if filed_at is not None else None  # the reporting side's country
    for s in sentences:
        if not (s.heading or is_meeting(s)) or (not s.heading and _PAST_MEETING.search(s.text)):
            continue
        if not s.heading and earlier_told(s.text):
            continue  # "the last time the two sides met was in Washington"
        if not s.heading and earlier_round(s.text, this_round):
            continue  # "The Second Dialogue was held in Canberra" in a story of the third
        if reported and not s.heading and tells_of_another(s.text):
            continue  # after talks reported with no city: "also met in Nairobi", "a summit in"
        future = is_future(s)
        at_venue = _VENUE.search(s.text) if venue is None and not (future or s.heading) else None
        if at_venue is not None and not re.match(r",?\s+in\s+[A-Z]", s.text[at_venue.end() :]):
            venue = s  # (not "at the BGP headquarters in Maungdaw": a town the gazetteer lacks)
        seat = None if future or s.heading else town_venue(s.text, sentences, lexicon)
        if seat is not None:  # "at Northwood Headquarters", "at Northwood, the headquarters of"
            return FoundPlace(seat[0], seat[1], s.index, None, "the town of the venue"), None
        known = None if future else landmark_city(s.text, pakistan=pakistan)
        if known and dateline is not None and fold(dateline.city) == fold(known):
            known = dateline.city  # "BRASILIA" over "at Itamaraty": the text's spelling
        place = resolve_city(known, lexicon) if known else None
        if place is not None:
            name, country, pid = place
            return FoundPlace(name, country, s.index, pid, "from the venue's city"), None
        post = border_post(s, sentences, lexicon, filed=filed_in) if not s.heading else None
        if post is not None and future and not PAST_VERB.search(s.text, 0, s.text.find(post.name)):
            post = None  # (but "met on Wednesday at the X border crossing and agreed to resume")
        if post is not None:  # "at the Kapitan Andreevo border checkpoint"
            return FoundPlace(post.name, post.country, s.index, post.place_id, post.guess), None
        host = _HOST_CITY.search(s.text) if not (future or s.heading) else None
        form = lexicon.country_forms.get(host.group(1)) if host is not None else None
        by_city = host is not None and (form is None or form[1] == "capital")  # not "Kenya hosted"
        place = resolve_city(host.group(1), lexicon) if host is not None and by_city else None
        if place is not None and not hosting_city(place[0], sentences, lexicon):
            place = None  # "Austin hosted his counterpart": a person, not Austin, Texas
        if place is not None:  # "Astana hosted the fourth round of ..."
            return FoundPlace(place[0], place[1], s.index, place[2]), None
        capped = caps_heading_city(s, sentences, lexicon)  # "... MEETING IN MUBI"
        if capped is not None:
            return FoundPlace(*capped[:2], s.index, capped[2]), None
        for m in _CITY.finditer(s.text):
            if m.group().startswith(("In ", "At ")) and not _TALKS_HERE.search(s.text):
                continue  # "In Male, he reviewed a parade": a scene, not the talks' city
            if _EVENT_IN.search(s.text, max(0, m.start() - 30), m.start()):
                continue  # "after last year's coup in Niamey": another event's city
            if region_named(m.group(1), s.text, m.end()) and not held_in_province(
                s.text, m.start(), m.group(1), m.end(), sentences, lexicon
            ):
                continue  # "clashes in Marsabit County": a region, not the talks' city
            if _NOT_VENUE.search(s.text, max(0, m.start() - 40), m.start()) and not (
                _AT_MISSION.search(s.text, max(0, m.start() - 60), m.start())
            ):
                continue  # "told reporters in Bangkok", "the Military Region in Maroua"
            if foreign_place(s.text, m.start(), m.end()) or not_this_meeting(
                s.text, m.start(), m.end()
            ):
                continue  # "weeks after they met in Nairobi", "the agreement reached in"
            place = resolve_city(m.group(1), lexicon) or described(m.group(), lexicon)
            place = place or acronym_base(m.group(1), lexicon)  # "at HMNB Portsmouth"
            told = described(m.group(), lexicon)  # "the Ugandan border town of Busia"
            if place is not None and told is not None and place[2] is None:
                place = (place[0], told[1], None)  # the text's adjective over the gazetteer's
            if place is None:  # "talks in Kuwait" filed from KUWAIT: the city of its name
                place = country_city(m.group(1), lexicon, dateline)
            if place is None:  # "in Desaguadero, Puno region": a town the gazetteer lacks
                town = placed_by_region(s.text, m.end(), m.group(1), sentences, lexicon)
                place = (town.name, town.country, None) if town is not None else None
            if place is None:  # "in Kacyiru, Kigali": a quarter the gazetteer lacks, its city
                place = city_after(s.text, m.end(), sentences, lexicon)
            if place is None:  # "meets in Simon's Town": a small town of a country named
                place = small_town(s, m.start(), m.group(1), sentences, lexicon)
            if place is None:  # "talks at the Coast Guard base at Port Royal"
                place = base_town(s, m.start(), m.group(1), sentences, lexicon)
            if place is None:  # "met last week in Kailahun": kept in case nothing else is found
                lacking = (
                    None
                    if future or s.heading or unknown is not None
                    else unknown_town(s.text, m.start(), m.group(1), sentences, lexicon)
                )
                unknown = (*lacking, s.index) if lacking is not None else unknown
                continue
            looked_back = after_talks(s.text, m.start())  # "..., following talks in X"
            if ((future and not looked_back) or place_to_come(s.text, m.start())) and not (
                _past_part(s.text, m.start()) or past_city(s.text, m.start(1))
            ):
                future_only = future_only or place[0]
                continue
            name, country, pid = place
            bigger = wider(s.text, m.end(), country, sentences, lexicon)
            if bigger is not None:  # "in Sentul, Bogor": Indonesia's Bogor, not Malaysia's Sentul
                name, country, pid = bigger
            if pid is None:  # "at Bandaara Koshi, Malé": a quarter or a compound of the capital
                name, country, pid = capital_after(s.text, m.end(), name, country, lexicon) or (
                    name,
                    country,
                    pid,
                )
            if pid is None:  # "talks in Tripoli" between Lebanon and Syria: Lebanon's Tripoli
                country = namesake(name, country, sentences, lexicon)
            if pid is None and stray(name, country, sentences, lexicon, here=s):
                if not (future or s.heading or unknown):  # Venezuela's namesake of a town
                    lacking = unknown_town(
                        s.text, m.start(), m.group(1), sentences, lexicon, told_only=True
                    )
                    unknown = (*lacking, s.index) if lacking is not None else unknown
                continue  # "troops at Tapa" (Estonia) read as India's Tapa
            if pid is None and part_of_longer(name, m.group(1), country, sentences, lexicon):
                continue  # "in Metro Manila": not Indonesia's Metro
            if dateline is not None and dateline.city.endswith(f" {name}"):
                # "Delhi talks" filed from NEW DELHI: the dateline spells the city out
                full = resolve_city(dateline.city, lexicon)
                if full is not None and full[1] == country:
                    name, country, pid = full
            side = _SIDE_OF.match(s.text, m.end())  # "in Moyale, on the Ethiopian side"
            form = lexicon.country_forms.get(side.group(1)) if side is not None else None
            if form is not None and form[0] != country and pid is None:
                country = form[0]
            if s.heading:  # "... Dialogue in Colombo" over "was held ... in Kotte" (LKA too)
                name, pid = _held_in(sentences, lexicon, country) or (name, pid)
                name = town_in(sentences, name) or name  # "in Nusa Dua, Bali" under "in Bali"
            return FoundPlace(name, country, s.index, pid), None
        for m in VENUE_CITY.finditer(s.text) if not future else ():
            place = resolve_city(m.group(1), lexicon)  # "at Defence Headquarters, Abuja"
            # "at the X Hotel, Gadong, Bandar Seri Begawan": a quarter, then its city
            place = place or city_after(s.text, m.end(1), sentences, lexicon)
            if place is not None:
                name, country, pid = place
                return FoundPlace(name, country, s.index, pid), None
        for m in CITY_NAMED_VENUE.finditer(s.text) if not (future or s.heading) else ():
            place = resolve_city(m.group(1), lexicon)  # "at the Kampala Serena Hotel"
            if (
                place is not None
                and large_city(place[0], lexicon)
                and naming(sentences, lexicon).get(place[1])
            ):
                return FoundPlace(place[0], place[1], s.index, place[2]), None
        in_capital = _IN_CAPITAL.search(s.text) if not future else None
        if in_capital is not None:
            form = lexicon.country_forms.get(in_capital.group(1))
            city = capital(lexicon, form[0]) if form is not None else None
            place = resolve_city(city, lexicon) if city else None
            if place is not None:
                name, country, pid = place
                return FoundPlace(name, country, s.index, pid, "'the capital' of the text"), None
        here = _HERE.search(s.text) or we_met(s.text)  # "Today we held a meeting"
        home = None if here or s.index > opening + 2 else _AT_HOME.search(s.text)
        if here and _SAID.search(s.text, 0, here.start()) and _HELD_IN_TOWN.search(s.text):
            here = None  # "held at the BGP headquarters in Maungdaw, a release said here today"
        if unknown is not None and (home or (here and said_here(s.text, here.start()))):
            here = home = None  # "held on Saturday in Gyirong" before "at the Ministry of ..."
        if filed is not None and (here or home) and not future:
            place = resolve_city(filed, lexicon, filed=True)
            if place is not None:
                name, country, pid = place
                country = namesake(name, country, sentences, lexicon) if pid is None else country
                found = FoundPlace(name, country, s.index, pid, "from the dateline ('here')")
                if here is None or not said_here(s.text, here.start()):
                    return found, None
                said = said or found  # "officials said here": a town named after may be it
        reported = reported or (not s.heading and not future and reports_talks(s.text))
    sat = sitting_city(sentences, lexicon)  # "The Commission has ended in Livingstone"
    if sat is not None:
        return FoundPlace(*sat[1][:2], sat[0], sat[1][2]), None
    if unknown is not None:
        name, country, why, at = unknown
        return FoundPlace(name, country, at, None, why), None
    if said is not None:
        return said, None
    place = resolve_city(filed, lexicon, filed=True) if venue is not None and filed else None
    if venue is not None and place is not None:
        # the meeting's venue is a camp, a base or a headquarters the text places in no
        # city: the city the story was filed from
        name, country, pid = place
        country = namesake(name, country, sentences, lexicon) if pid is None else country
        return FoundPlace(name, country, venue.index, pid, "from the dateline: the venue"), None
    if future_only:
        return None, f"only a future meeting's place ({future_only})"
    if dateline is not None:
        return None, f"only the dateline's city ({dateline.city}), where the story was filed"
    return None, None


#: "said here": where the statement was made, the filing's place
_SAID = re.compile(r"\b(?:said|told reporters|announced|stated)\s+$")
#: the meeting held in a named place the rules could not resolve
_HELD_IN_TOWN = re.compile(r"\b(?:held|met|took place|convened)\b[^.;]{0,80}?\bin\s+[A-Z]")
#: a border town's side: "held in Moyale, on the Ethiopian side of the border town"
_SIDE_OF = re.compile(r",?\s+on the ([A-Z][\w-]+) side\b")
#: a venue that is no city: a camp, a base, a headquarters
_VENUE = re.compile(
    r"\bat\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,4}(?:[Hh]eadquarters|Camp|Base|Barracks|Garrison|"
    r"Cantonment|GHQ|Ministry|Secretariat|Palace|House|Hall|Building)\b"
    r"|\bat\s+(?:Camp|Fort|Naval Station|Air Base)\s+[A-Z]"
)


def _past_part(text: str, at: int) -> bool:
    """Whether ``at`` lies in the part of a sentence told in the past, before it turns to a
    meeting to come ("held talks in Busia on 4 March, and will meet again in Nairobi")."""
    turn = NEXT_MEETING.search(text)
    return turn is not None and at < turn.start() and PAST_VERB.search(text, 0, at) is not None


def _held_in(
    sentences: list[Sentence], lexicon: Lexicon, country: str
) -> tuple[str, str | None] | None:
    """The city of the body's first "was held ... in CITY", when it is in ``country``."""
    place = body_held_city(sentences, lexicon)
    return (place[0], place[2]) if place is not None and place[1] == country else None
