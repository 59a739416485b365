"""Whether a pair of countries written together once ("A and B") is outweighed as the parties
by a country the article names far more often.

The party picker takes the best pair of countries written side by side in a sentence about a
meeting ("talks between Kenya and Ethiopia") as the two parties. A single such pair may be
something the sides only talked about ("the situation in Cabo Delgado, where Mozambican and
Rwandan forces fight"), a post's remit ("Joint Secretary (Bangladesh and Myanmar)") or third
countries a plan names ("routes through Spain and the Netherlands"), while the article names
one of its real sides throughout in other forms ("the South African Police Service (SAPS)",
"the Indian delegation", "Brazil's Federal Police") that make no pair. Such a pair, written in
one sentence only, gives way when a country outside it scores clearly more than the pair's
weaker member; the picker then takes the countries by score.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["outweighed"]

#: the pair weight of one meeting sentence (two, or a repeated pair, stand)
_ONE_SENTENCE = 5
#: how much more an outside country must score than the pair's weaker member
_MARGIN = 1.3


def outweighed(
    pair: tuple[str, str], pairs: Mapping[tuple[str, str], float], score: Mapping[str, float]
) -> bool:
    """Whether ``pair``, written once, gives way to a country outside it that scores more.

    >>> outweighed(("MOZ", "RWA"), {("MOZ", "RWA"): 5}, {"MOZ": 11, "RWA": 6, "ZAF": 8.5})
    True
    >>> outweighed(("MOZ", "ZAF"), {("MOZ", "ZAF"): 10}, {"MOZ": 11, "ZAF": 6, "RWA": 8.5})
    False
    >>> outweighed(("KEN", "ETH"), {("ETH", "KEN"): 5}, {"KEN": 9, "ETH": 8, "SOM": 9})
    False
    """
    if pairs.get(pair, 0) > _ONE_SENTENCE:
        return False
    weaker = min(score.get(c, 0.0) for c in pair)
    outside = max((v for c, v in score.items() if c not in pair), default=0.0)
    return outside > _MARGIN * weaker
