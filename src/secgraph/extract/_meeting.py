"""One meeting from a run of sentences: its delegations, place, date, dialogue, areas,
discussed countries and commitments, with the entities the draft must define."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from ._attendees import attendee, without_callees
from ._blocks import is_person_name
from ._briefheads import briefing_heads
from ._chairs import (
    as_marked,
    head_elsewhere,
    head_words,
    led_by_heads,
    marked_heads,
    promote_heads,
    side_headed,
    side_heads,
    unfound_heads,
)
from ._companions import turn_companions
from ._countries import Mention
from ._elsewhen import without_other_events
from ._forsides import for_sides
from ._guessgive import give_way
from ._heads import bare_counterparts, clause_heads, principals_elsewhere
from ._hosts import invited, received_by
from ._lexicon import Lexicon
from ._model import (
    DraftCommitment,
    DraftDelegation,
    DraftDialogue,
    DraftMeeting,
    DraftOfficial,
    DraftOrganisation,
    DraftPlace,
    DraftPost,
)
from ._officeside import office_sides
from ._others import other_members
from ._people import Person, find_people, name_key
from ._placenames import is_place_name
from ._ranks import fallback_leader, person_like
from ._respective import respective_pairs
from ._retitle import later_titles
from ._settle import settle_people
from ._sideclauses import clause_sides
from ._sidemarks import marked_sides
from ._talkedof import not_discussed, sovereign
from ._text import Dateline, Sentence
from ._topics import (
    _DIALOGUE,
    DIALOGUE_WORDS,
    find_areas,
    find_commitments,
    find_dialogue,
    round_number,
)
from ._turns import spoken_company
from ._unnamed import first_of_side
from ._untalked import untalked
from ._venuehints import hosting_side
from ._when import find_date
from ._when_where import find_place
from ._wholed import who_led

__all__ = ["Found", "build_meeting", "slug"]


def slug(text: str, limit: int = 80) -> str:
    """An id from a name: 'Farid-ud-Din Khan' -> 'farid-ud-din-khan'.

    >>> slug("Pakistan-US Law Enforcement & Counterterrorism Dialogue")
    'pakistan-us-law-enforcement-counterterrorism-dialogue'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return (out[:limit].rstrip("-") or "x") if out else "x"


def _norm(text: str) -> str:
    text = re.sub(r"\b(?:U\.S\.|US|USA|United States(?: of America)?)\b", "us", text)
    return re.sub(r"[^a-z0-9]+", " ", text.casefold().replace("the ", " ")).strip()


@dataclass
class Found:
    """What one meeting adds to the draft."""

    meeting: DraftMeeting
    officials: list[DraftOfficial] = field(default_factory=list)
    organisations: list[DraftOrganisation] = field(default_factory=list)
    places: list[DraftPlace] = field(default_factory=list)
    dialogues: list[DraftDialogue] = field(default_factory=list)
    commitments: list[DraftCommitment] = field(default_factory=list)
    lacks: list[str] = field(default_factory=list)
    #: each side's leader (official id), for a later meeting that names them by surname only
    leaders: dict[str, DraftOfficial] = field(default_factory=dict)


def build_meeting(
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    parties: list[str],
    lexicon: Lexicon,
    *,
    dateline: Dateline | None,
    published: dt.date | None,
    after: dt.date | None = None,
    earlier: dict[str, DraftOfficial] | None = None,
) -> Found:
    """The meeting the sentences tell of (``sentences`` may be a part of the article)."""
    by_index = {s.index: s for s in sentences}
    lacks: list[str] = []
    leaders: dict[str, DraftOfficial] = {}
    pair = frozenset(f for f, (iso3, _) in lexicon.country_forms.items() if iso3 in parties)
    found_dialogue = find_dialogue(sentences, pair)
    skip: dict[int, list[tuple[int, int]]] = {}
    for s in sentences:
        for m in _DIALOGUE.finditer(s.text) if s.has(DIALOGUE_WORDS) else ():
            skip.setdefault(s.index, []).append((m.start("name"), m.end("name")))
    areas, threats, area_sentence = find_areas(sentences, lexicon, skip)
    place, place_why = find_place(sentences, lexicon, dateline=dateline)
    date, date_why = find_date(sentences, dateline=dateline, published=published, after=after)
    host_side = place.country if place is not None and place.country in parties else None
    if place is None:  # no place: the side whose body "hosted a delegation" is at home
        host_side = hosting_side(sentences, lexicon, parties)
    people = find_people(
        sentences, mentions, parties, lexicon, host_side, place=place.name if place else None
    )
    placed = {name_key(p.name) for p in people if p.country is not None}
    lacks += [
        f"the side of {p.title} {p.name}, who took part (the text names none)"
        for p in people
        if p.country is None and name_key(p.name) not in placed
    ]
    heads = marked_heads(sentences, lexicon)
    people = [as_marked(p, heads) for p in people] + unfound_heads(people, heads, parties, lexicon)
    people, side_keys = side_headed(people, side_heads(sentences, lexicon))
    led = {  # (a head whose side a rule only guessed leaves its side open to a "led by")
        p.country
        for p in people
        if p.leader
        and not attendee(p.name, by_index[p.sentence].text)
        and not (p.review or "").startswith("side inferred")
    }
    found_heads = [  # (the phrasings of _heads first, then the rules' "led by")
        p
        for s in sentences
        for p in clause_heads(s, lexicon, sentences) + led_by_heads([s], lexicon)
        if p.country in parties
    ]
    people = give_way(promote_heads(people, found_heads, led), found_heads, parties)
    people += [
        p
        for p in found_heads
        if p.country not in led and all(name_key(p.name) != name_key(q.name) for q in people)
    ]
    people = bare_counterparts(sentences, people, parties, lexicon)
    people = principals_elsewhere(sentences, people, parties, lexicon)
    people = invited(sentences, people, parties, lexicon, host_side)
    people = received_by(sentences, people, parties, lexicon)
    people = respective_pairs(
        sentences, parties, lexicon, people
    )  # ("ministers of A and B, X and Y")
    people = turn_companions(sentences, parties, lexicon, people)  # ("A: ... With me were B")
    people = other_members(sentences, parties, lexicon, people)  # ("Other officers included B")
    people += first_of_side(sentences, parties, lexicon, people)  # (a side no phrase named)
    people = later_titles(people, sentences, lexicon)  # ("B, Fiji's Minister for X, said")
    people = settle_people(sentences, people, parties, lexicon)  # (heads, stand-ins, sides)
    people = marked_sides(sentences, people, parties, lexicon)  # ("and, on the X side, C")
    people = spoken_company(sentences, people, parties, lexicon)  # ("My delegation included")
    people = clause_sides(sentences, people, parties, lexicon)  # ("The X delegation included")
    people = who_led(sentences, people)  # ("A, who led the delegation, and B")
    people = briefing_heads(sentences, people, parties, lexicon)  # ("MINISTER A:")
    people = without_other_events(sentences, people)  # ("to be chaired by A and B")
    marked_keys = {name_key(p.name) for p in people if head_words(p.name, heads) is not None}
    marked_keys |= side_keys
    people = [
        p
        for p in people
        if p.country is not None and is_person_name(p.name) and not is_place_name(p.name, lexicon)
    ]
    people = office_sides(without_callees(people, sentences))  # (a guess: a colleague's side)
    people = for_sides(sentences, people, parties, lexicon)  # ("A, for X, and B, for Y")

    officials, organisations, by_side = _officials(people, lexicon)
    review: list[tuple[str, str]] = []
    delegations = []
    for country in parties:
        side = by_side.get(country, [])
        company = [o for o, p in side if attendee(p.name, by_index[p.sentence].text)]
        marked = (o for o, p in side if name_key(p.name) in marked_keys)
        chosen = (o for o, p in side if p.leader and o not in company and person_like(o.name))
        leader = next(marked, None) or next(chosen, None)
        why, lack = None, "no official named"
        if leader is None and side and head_elsewhere(country, side, mentions, by_index):
            lack = "a leading phrase names a head the draft could not read"
            why = f"{lack}: no leader"
        elif leader is None and side:
            leader, why = fallback_leader([o for o, _ in side], company)
            lack = "the text names only attendees"
            why = why or f"{lack} for this side: no leader"
        before = (earlier or {}).get(country)
        if leader is None and before is not None:
            surname = before.name.split()[-1]
            if any(re.search(rf"\b{re.escape(surname)}\b", x.text) for x in sentences):
                leader = before
                why = f"'{surname}': the leader named at the earlier meeting"
        if leader is not None:
            leaders[country] = leader
        else:
            lacks.append(f"{lexicon.country_name(country)}'s leader ({lack})")
        members = tuple(dict.fromkeys(o.id for o, _ in side if leader is None or o.id != leader.id))
        evidence = [by_index[p.sentence].text for _, p in side]
        if not evidence:
            evidence = [
                by_index[m.sentence].text
                for ms in mentions
                for m in ms
                if m.iso3 == country and not m.located
            ][:1]
        delegations.append(
            DraftDelegation(
                country,
                leader.id if leader else None,
                members,
                tuple(dict.fromkeys(evidence)),
                why,
            )
        )

    places: list[DraftPlace] = []
    place_id = None
    host = None
    if place is not None:
        place_id = place.place_id or _free_id(slug(place.name), lexicon.reference.places)
        if place.place_id is None:
            places.append(DraftPlace(place_id, place.name, place.country))
        host = place.country if place.country in parties else None
        if place.review:
            review.append(("place", place.review))
    else:
        lacks.append("place" + (f": {place_why}" if place_why else ""))
    if date is None:
        lacks.append("date" + (f": {date_why}" if date_why else ""))
    elif date.review:
        review.append(("date", date.review))

    dialogues: list[DraftDialogue] = []
    dialogue_id = None
    if found_dialogue is not None:
        known = next(
            (
                d
                for d in lexicon.reference.dialogues.values()
                if _norm(d.name) == _norm(found_dialogue.name)
                or (
                    set(d.parties) == set(parties)
                    and _similar(_norm(d.name), _norm(found_dialogue.name))
                )
            ),
            None,
        )
        if known is not None:
            dialogue_id = known.id
        else:
            dialogue_id = _free_id(slug(found_dialogue.name), lexicon.reference.dialogues)
            dialogues.append(
                DraftDialogue(
                    dialogue_id, found_dialogue.name, tuple(parties), False, found_dialogue.round
                )
            )
            review.append(("dialogue", "a dialogue data/reference does not know yet"))
    # a country named only in a title ("Minister of State for the Middle East, North Africa,
    # Afghanistan and Pakistan") is not discussed there
    titled = {(p.sentence, p.title) for p in people if p.title}
    aside = untalked(sentences, mentions, parties)  # "Gen. Derek France", "as Brussels seeks"
    discussed = sorted(
        {
            sovereign(m.iso3)  # "developments in New Caledonia": France's
            for ms in mentions
            for m in ms
            if sovereign(m.iso3) not in parties
            and m.iso3 not in parties
            and not any(i == m.sentence and m.surface in t for i, t in titled)
            and not not_discussed(by_index[m.sentence].text, m)
            and (m.sentence, m.start) not in aside
        }
        | ({place.country} if place is not None and place.country not in parties else set())
    )
    names = [lexicon.country_name(c) for c in parties]
    meeting_id = slug("-".join([place.name if place else "", *parties, "talks"]).lower())
    summary = f"{'-'.join(names)} talks" + (f" in {place.name}" if place else "")
    if found_dialogue is not None:
        rnd = f"the {found_dialogue.round} round of " if found_dialogue.round else ""
        summary += f", {rnd}the {found_dialogue.name}"
    evidence_ix = sorted(
        {
            i
            for i in (place.sentence if place else None, date.sentence if date else None)
            if i is not None
        }
        | ({found_dialogue.sentence} if found_dialogue else set())
        | {area_sentence[c] for c in (*areas, *threats)}
        | {m.sentence for ms in mentions for m in ms if sovereign(m.iso3) in discussed}
    )
    meeting = DraftMeeting(
        id=meeting_id,
        delegations=tuple(delegations),
        date=date.date if date else None,
        end_date=date.end if date else None,
        place=place_id,
        host=host,
        dialogue=dialogue_id,
        round=round_number(found_dialogue.round) if found_dialogue else None,
        areas=tuple(areas),
        threats=tuple(threats),
        discussed=tuple(discussed),
        summary=summary + ".",
        evidence=tuple(
            dict.fromkeys(by_index[i].text for i in evidence_ix if not by_index[i].heading)
        ),
        review=tuple(review),
    )
    commitments = _commitments(sentences, mentions, parties, meeting_id, lexicon)
    return Found(meeting, officials, organisations, places, dialogues, commitments, lacks, leaders)


def _similar(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return bool(fuzz.token_set_ratio(a, b) >= 90)


def _free_id(candidate: str, taken: object) -> str:
    out, n = candidate, 2
    while out in taken:  # type: ignore[operator]
        out, n = f"{candidate}-{n}", n + 1
    return out


def _org_type(name: str) -> str:
    first = name.split()[0].lower()
    return {"ministry": "ministry", "department": "department", "bureau": "bureau"}.get(
        first, "agency" if "agency" in name.lower() else "organisation"
    )


def _officials(
    people: list[Person], lexicon: Lexicon
) -> tuple[
    list[DraftOfficial], list[DraftOrganisation], dict[str, list[tuple[DraftOfficial, Person]]]
]:
    ref = lexicon.reference
    known = {name_key(o.name): o for o in ref.officials.values()}
    merged: dict[str, Person] = {}
    for p in people:
        key = name_key(p.name)
        old = merged.get(key)
        if old is None:
            merged[key] = p
        else:
            merged[key] = Person(
                old.name,
                old.title or p.title,
                old.organisation or p.organisation,
                old.honorific or p.honorific,
                old.country,
                old.leader or p.leader,
                old.sentence,
                old.review or p.review,
            )
    orgs: dict[str, DraftOrganisation] = {}
    officials: list[DraftOfficial] = []
    by_side: dict[str, list[tuple[DraftOfficial, Person]]] = {}
    for key, p in merged.items():
        assert p.country is not None
        ref_official = known.get(key)
        if ref_official is None:
            from rapidfuzz import fuzz, process

            best = process.extractOne(key, list(known), scorer=fuzz.ratio, score_cutoff=92)
            ref_official = known[best[0]] if best else None
        if ref_official is not None and ref_official.country in (None, p.country):
            official = DraftOfficial(
                ref_official.id, ref_official.name, p.country, p.title, None, p.honorific, True
            )
        else:
            oid = _free_id(slug(p.name), ref.officials)
            post_id, org_review = _post(p, lexicon, orgs)
            official = DraftOfficial(
                oid, p.name, p.country, p.title, post_id, p.honorific, False, p.review or org_review
            )
        officials.append(official)
        by_side.setdefault(p.country, []).append((official, p))
    return officials, list(orgs.values()), by_side


def _post(
    p: Person, lexicon: Lexicon, orgs: dict[str, DraftOrganisation]
) -> tuple[str | None, str | None]:
    if p.title is None or p.country is None:
        return None, ("no title in the text" if p.title is None else None)
    ref = lexicon.reference
    for post in ref.posts.values():
        home = ref.organisations.get(post.organisation)
        if home is not None and home.country == p.country and _norm(post.title) == _norm(p.title):
            return post.id, None
    review = None
    org_name = p.organisation
    if org_name and any(
        o.country == p.country and org_name in (o.name, o.acronym)
        for o in ref.organisations.values()
    ):
        review = (
            f"the post belongs in data/reference's '{org_name}'; filed under the government here"
        )
        org_name = None
    if org_name:
        org_id = _free_id(slug(f"{p.country}-{org_name}"), ref.organisations)
        kind = _org_type(org_name)
    else:
        org_id = _free_id(slug(f"{p.country}-government"), ref.organisations)
        cname = lexicon.country_name(p.country)
        org_name = "European Union institutions" if p.country == "EUU" else f"Government of {cname}"
        kind = "organisation"
        review = review or "the text names no organisation for this post"
    org = orgs.get(org_id) or DraftOrganisation(org_id, org_name, p.country, kind)
    post_id = slug(f"{org_id}-{p.title}", 90)
    if all(x.id != post_id for x in org.posts):
        org = DraftOrganisation(
            org.id, org.name, org.country, org.type, (*org.posts, DraftPost(post_id, p.title))
        )
    orgs[org_id] = org
    return post_id, review


def _commitments(
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    parties: list[str],
    meeting_id: str,
    lexicon: Lexicon,
) -> list[DraftCommitment]:
    out: list[DraftCommitment] = []
    seen: set[str] = set()
    by_index = {s.index: s for s in sentences}
    for c in find_commitments(sentences, mentions, parties):
        areas, _, _ = find_areas([by_index[c.sentence]], lexicon, {})
        cid = slug("-".join(c.slug_words) or "commitment", 60)
        base, n = cid, 2
        while cid in seen:
            cid, n = f"{base}-{n}", n + 1
        seen.add(cid)
        out.append(DraftCommitment(cid, meeting_id, c.parties, c.text, tuple(areas), (c.text,)))
    return out
