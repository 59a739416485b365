"""``extract(text, lexicon)``: one article's text to a :class:`Draft`.

An article usually tells of one meeting. When it tells of several (a minister's tour: talks
in Male on one day, in Colombo two days later), each meeting starts with a paragraph that
names a new city in another country with a meeting verb; the article is cut there, and each
part gets its own parties, with the side common to all parts (the visitor) carried over.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ._acronyms import acronym_mentions
from ._countries import Mention, find_mentions, is_future, is_meeting, pick_parties
from ._furniture import without_furniture
from ._lexicon import Lexicon, city_country
from ._meeting import Found, build_meeting, slug
from ._model import Draft, DraftDialogue, DraftOfficial, DraftOrganisation, DraftPlace
from ._offices import ORG_COUNTRY
from ._quotes import anchor_quotes
from ._rounds import earlier_round, reported_round
from ._stamps import dated_heading
from ._text import Dateline, Sentence, find_dateline, split_sentences
from ._when_where import find_place

__all__ = ["extract", "slug"]

#: "met Chinese officials in Beijing last month": an earlier meeting, not a second one
_EARLIER = re.compile(
    r"\b(?:last (?:week|month|year)|earlier (?:this|in)|previously|ago|in (?:19|20)\d\d|"
    r"last (?:met|convened)|"  # "The committee last met in Damascus on 4 May": an earlier one
    # "I also want to remind you that on 2 October ...", "It should be noted that on 14 April":
    # background the story recalls, not a meeting it reports
    r"remind(?:ed)?\s+(?:you|that)|recall(?:ed)?\s+that|(?:should|must)\s+be\s+noted|"
    r"worth\s+(?:noting|recalling)|"
    # "the third of its kind since the two Heads of State met in X": an earlier one
    r"since\s[^.;]{0,80}?\b(?:met|convened|held\s+talks)|"
    # "held talks in Warsaw in August": a month with no day is another meeting's
    r"in (?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?!\s+\d)|in the (?:summer|spring|autumn|winter))\b",  # (a season: another's)
    re.I,
)
_MOVE = re.compile(
    # (not "the then Chief of Defence Staff": who held a post then)
    r"\b(?:met|held talks|travell?ed|flew|arrived|visited|went on|moved on|(?<!the )then|later|"
    r"next day|following day)\b",
    re.I,
)


def extract(
    text: str,
    lexicon: Lexicon,
    *,
    article_id: str | None = None,
    published: dt.date | None = None,
    title: str | None = None,
) -> Draft:
    """Propose the fact file of one article: parties, officials, place, date, dialogue, areas,
    commitments, each with the sentence it came from. Writing it is :func:`write_draft`."""
    sentences = without_furniture(split_sentences(text))
    if title is None:
        first = sentences[0] if sentences else None
        title = first.text if first is not None and first.heading else _short(text)
    article_id = article_id or slug(title, 60)
    dateline = find_dateline(sentences)
    mentions = [find_mentions(s, lexicon) for s in sentences]
    mentions = acronym_mentions(sentences, mentions, lexicon)  # "BSF": India's force
    limit = 3 if re.search(r"\btrilateral\b", text, re.I) else 2
    parts = _parts(sentences, mentions, lexicon, limit)
    if parts is None:
        parties, scores = pick_parties(sentences, mentions, limit=limit)
        if len(parties) == 1:
            parties += _host(sentences, lexicon, dateline, parties[0])
        if len(parties) == 1:
            parties += _counterpart_side(text, scores, parties[0])
        if len(parties) == 1:
            parties += _office_side(text, parties[0])
        if len(parties) == 1:
            parties += _opening_side(sentences, mentions, parties[0], lexicon, dateline)
        parts = [(sentences, mentions, parties)] if len(parties) >= 2 else []
    if not parts:
        mentioned = any(mentions)
        why = "no country is named" if not mentioned else "only one side could be told apart"
        lacks = (f"two parties: {why}; no meeting is proposed",)
        return Draft(article_id, title, text, published, lacks=lacks)
    found: list[Found] = []
    earlier: dict[str, DraftOfficial] = {}
    # a part has no headings: the page's date line above them all dates every part
    known = published or (dated_heading(sentences) if len(parts) > 1 else None)
    for part_sentences, part_mentions, parties in parts:
        one = build_meeting(
            part_sentences,
            part_mentions,
            parties,
            lexicon,
            dateline=dateline,
            published=known,
            earlier=earlier,
            after=found[-1].meeting.date if found else None,
        )
        earlier = {**earlier, **one.leaders}
        found.append(one)
    if len(found) > 1 and any(
        _one_sided(one, found[0]) or _told_before(one, found[0]) for one in found[1:]
    ):
        # "Polish President X met NATO commanders in Warsaw": a later paragraph in a party's
        # own city where one side alone is named is no second meeting of this story; nor is
        # one held before the story's own meeting (background the story adds at its end)
        one = build_meeting(
            sentences, mentions, parts[0][2], lexicon, dateline=dateline, published=published
        )
        found = [one]
    return _merge(article_id, title, text, published, found)


def _told_before(one: Found, first: Found) -> bool:
    """A later part whose meeting was held before the story's own: background the story adds
    at its end ("It should be noted that on 14 April the ministers held talks in Astana"),
    not a second meeting it reports."""
    day, lead = one.meeting.date, first.meeting.date
    return day is not None and lead is not None and day < lead


def _one_sided(one: Found, first: Found) -> bool:
    """A later part held in a city of the first meeting's parties that names only one side's
    officials (and no dialogue): not a meeting of its own."""
    meeting = one.meeting
    led = sum(d.leader is not None for d in meeting.delegations)
    parties = {d.country for d in first.meeting.delegations}
    return led < 2 and meeting.dialogue is None and (meeting.host or "") in parties


def _opening_side(
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    party: str,
    lexicon: Lexicon,
    dateline: Dateline | None,
) -> list[str]:
    """The other party of an opening that names one other country beside the meeting's verb
    ("General X, Commander of US Central Command, called on ... at GHQ"): that country, when
    it is the only other one the opening names (not as a place), and the opening names the
    party too or was filed from its city."""
    home = False
    if dateline is not None:
        form = lexicon.country_forms.get(dateline.city)
        code = city_country(dateline.city)
        iso2 = {c.iso2: c.iso3 for c in lexicon.reference.countries.values()}
        home = (form is not None and form[0] == party) or iso2.get(code or "") == party
    for s, ms in zip(sentences, mentions, strict=True):
        if s.heading or not is_meeting(s) or is_future(s):
            continue
        others = {
            m.iso3
            for m in ms
            if m.iso3 != party
            # "Iranian Supreme National Security Council Secretary X": an adjective, no place
            and (not m.located or lexicon.country_forms.get(m.surface, ("", ""))[1] == "adjective")
        }
        named = home or any(m.iso3 == party for m in ms)
        return sorted(others) if len(others) == 1 and named else []
    return []


def _office_side(text: str, party: str) -> list[str]:
    """The other party of a readout that names its own side only by an office whose country
    the name gives away ("Secretary of Defense X hosted Vietnamese Minister Y at the
    Pentagon"): that office's country."""
    others = {iso for key, iso in ORG_COUNTRY.items() if iso != party and key in text}
    return sorted(others) if len(others) == 1 else []


def _counterpart_side(text: str, scores: dict[str, float], party: str) -> list[str]:
    """The other party of a minister's own release that names it once ("met her Japanese
    counterpart", and "New Zealand's" only in a quote): the one other country named outside
    a place, when the text speaks of a counterpart."""
    if not _COUNTERPART.search(text):
        return []
    others = sorted(((v, c) for c, v in scores.items() if c != party), reverse=True)
    if not others or others[0][0] < 1 or (len(others) > 1 and others[1][0] >= others[0][0]):
        return []
    return [others[0][1]]


_COUNTERPART = re.compile(r"\b(?:his|her|their) (?:[A-Z][a-z]+ )?counterparts?\b")


def _host(
    sentences: list[Sentence], lexicon: Lexicon, dateline: Dateline | None, visitor: str
) -> list[str]:
    """The other party when only the visitor is named: the country of the city the meeting
    was held in ("welcomed his Polish counterpart to London"), if it is another country."""
    place, _ = find_place(sentences, lexicon, dateline=dateline)
    if (
        place is None
        or place.country == visitor
        or place.country not in lexicon.reference.countries
    ):
        return []
    return [place.country]


def _parts(
    sentences: list[Sentence], mentions: list[list[Mention]], lexicon: Lexicon, limit: int
) -> list[tuple[list[Sentence], list[list[Mention]], list[str]]] | None:
    """The article cut into one part per meeting, or None when it tells of one meeting."""
    starts: list[tuple[int, str]] = []  # (paragraph, country of the city)
    this_round = reported_round(sentences)
    for s in sentences:
        if s.heading or is_future(s) or not is_meeting(s) or _EARLIER.search(s.text):
            continue
        if earlier_round(s.text, this_round):
            continue  # "The third session took place in London" in a story of the fourth
        if starts and not _MOVE.search(s.text):
            continue
        place, _ = find_place([s], lexicon, dateline=None)
        if place is None:
            continue
        if not starts or (place.country != starts[-1][1] and s.paragraph != starts[-1][0]):
            starts.append((s.paragraph, place.country))
    if len(starts) < 2:
        return None
    body = [(s, ms) for s, ms in zip(sentences, mentions, strict=True) if not s.heading]
    cuts = [p for p, _ in starts[1:]]
    groups: list[list[tuple[Sentence, list[Mention]]]] = [[] for _ in range(len(cuts) + 1)]
    for s, ms in body:
        groups[sum(s.paragraph >= c for c in cuts)].append((s, ms))
    picked = [pick_parties([s for s, _ in g], [ms for _, ms in g], limit=limit)[0] for g in groups]
    common = (
        set.intersection(*(set(p) for p in picked if len(p) >= 2))
        if any(len(p) >= 2 for p in picked)
        else set()
    )
    hosts = {c for _, c in starts}
    visitor = next(iter(sorted(common - hosts)), None) if common else None
    if (
        visitor is None
        and len(hosts) == 2 == limit
        and all(  # each stop names both sides (its own by its city at least), not as places
            hosts <= {*p, host, *(m.iso3 for _, ms in g for m in ms if not m.located)}
            for p, g, (_, host) in zip(picked, groups, starts, strict=True)
        )
        and _two_hosts(body, hosts, limit)
    ):
        # two sides that met in each other's country in turn: each stop's guest is the other;
        # the first holds the headings before it too (a statement's "Made by: TITLE (NAME)",
        # who says "I" in it)
        heads = [
            (s, ms)
            for s, ms in zip(sentences, mentions, strict=True)
            if s.heading and s.paragraph < cuts[0]
        ]
        groups[0] = sorted(heads + groups[0], key=lambda sm: sm[0].index)
        out = []
        for g, (_, host) in zip(groups, starts, strict=True):
            guest = next(c for c in sorted(hosts) if c != host)
            out.append(([s for s, _ in g], [ms for _, ms in g], [guest, host]))
        return out
    if visitor is None:
        counts: dict[str, int] = {}
        for p in picked:
            for c in p:
                if c not in hosts:
                    counts[c] = counts.get(c, 0) + 1
        visitor = max(counts, key=lambda c: counts[c]) if counts else None
        if visitor is None:  # every stop's own pick is its host: the guest the text names most
            _, scores = pick_parties([s for s, _ in body], [ms for _, ms in body], limit=limit)
            guests = {c: v for c, v in scores.items() if c not in hosts and v >= 1}
            visitor = max(guests, key=lambda c: (guests[c], c)) if guests else None
    out = []
    for g, parties, (_, host) in zip(groups, picked, starts, strict=True):
        chosen = list(dict.fromkeys([*(c for c in (visitor, host) if c), *parties]))[:limit]
        if len(chosen) < 2:
            return None
        out.append(([s for s, _ in g], [ms for _, ms in g], chosen))
    return out


def _two_hosts(body: list[tuple[Sentence, list[Mention]]], hosts: set[str], limit: int) -> bool:
    """Whether the two stops' countries are the text's two most named, any other named less
    than half as often as either (a visitor's tour of two hosts is not two sides meeting in
    turn)."""
    _, scores = pick_parties([s for s, _ in body], [ms for _, ms in body], limit=limit)
    least = min(scores.get(c, 0) for c in hosts)
    return all(2 * v < least for c, v in scores.items() if c not in hosts)


def _merge(
    article_id: str, title: str, text: str, published: dt.date | None, found: list[Found]
) -> Draft:
    officials: dict[str, DraftOfficial] = {}
    orgs: dict[str, DraftOrganisation] = {}
    places: dict[str, DraftPlace] = {}
    dialogues: dict[str, DraftDialogue] = {}
    meetings = []
    commitments = []
    lacks: list[str] = []
    taken: set[str] = set()
    for one in found:
        meeting = one.meeting
        if meeting.id in taken:
            meeting = replace(meeting, id=f"{meeting.id}-{len(taken) + 1}")
            one.commitments = [replace(c, meeting=meeting.id) for c in one.commitments]
        taken.add(meeting.id)
        meetings.append(meeting)
        commitments.extend(one.commitments)
        for o in one.officials:
            officials.setdefault(o.id, o)
        for g in one.organisations:
            old = orgs.get(g.id)
            posts = (*old.posts, *(p for p in g.posts if p not in old.posts)) if old else g.posts
            orgs[g.id] = DraftOrganisation(g.id, g.name, g.country, g.type, posts, g.review)
        for pl in one.places:
            places.setdefault(pl.id, pl)
        for dg in one.dialogues:
            dialogues.setdefault(dg.id, dg)
        prefix = f"meeting {len(meetings)}: " if len(found) > 1 else ""
        lacks.extend(prefix + why for why in one.lacks)
    seen_ids: set[str] = set()
    unique_commitments = []
    for c in commitments:
        cid, n = c.id, 2
        while cid in seen_ids:
            cid, n = f"{c.id}-{n}", n + 1
        seen_ids.add(cid)
        unique_commitments.append(c if cid == c.id else replace(c, id=cid))
    draft = Draft(
        article_id=article_id,
        title=title,
        text=text,
        published=published,
        meetings=tuple(meetings),
        commitments=tuple(unique_commitments),
        officials=tuple(o for o in officials.values() if not o.known),
        organisations=tuple(orgs.values()),
        places=tuple(places.values()),
        dialogues=tuple(dialogues.values()),
        lacks=tuple(lacks),
    )
    return anchor_quotes(draft)


def _short(text: str) -> str:
    line = " ".join(text.split())[:100]
    return line.rsplit(" ", 1)[0] + "..." if len(line) == 100 else line or "untitled"
