"""Whether a pair of third countries, written together more than once, gives way to a pair of
countries that the article names far more often.

The party picker takes the pair written most often side by side in sentences about a meeting.
Third countries the sides only talked about can be written as a pair twice or more ("smuggled
through Fiji to Australia and New Zealand", "its traditional partners Australia and New
Zealand") while the real sides are written as a pair once, in a headline ("Fiji and China
review policing cooperation"), and everywhere else in other forms ("the Fijian delegation",
"the Chinese side"). When another written pair's weaker member scores more than twice the
chosen pair's stronger member, the chosen pair is talk of third countries and the other pair
is taken.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["stronger_pair"]

#: how many times the other pair's weaker member must outscore the chosen pair's stronger one
_FACTOR = 2.0
#: the least pair weight of a pair that can take over (one meeting sentence)
_LEAST = 5


def stronger_pair(
    pair: tuple[str, str], pairs: Mapping[tuple[str, str], float], score: Mapping[str, float]
) -> tuple[str, str]:
    """``pair``, or a written pair whose both members far outscore it.

    >>> stronger_pair(
    ...     ("AUS", "NZL"),
    ...     {("AUS", "NZL"): 10, ("CHN", "FJI"): 5},
    ...     {"FJI": 27, "CHN": 28, "AUS": 12, "NZL": 12},
    ... )
    ('CHN', 'FJI')
    >>> stronger_pair(
    ...     ("AUS", "NZL"),
    ...     {("AUS", "NZL"): 10, ("CHN", "FJI"): 5},
    ...     {"FJI": 20, "CHN": 28, "AUS": 12, "NZL": 12},
    ... )
    ('AUS', 'NZL')
    """
    top = max(score.get(c, 0.0) for c in pair)
    best = pair
    best_low = 0.0
    for other, weight in pairs.items():
        if other == pair or weight < _LEAST:
            continue
        low = min(score.get(c, 0.0) for c in other)
        if low > _FACTOR * top and low > best_low:
            best, best_low = other, low
    return best
