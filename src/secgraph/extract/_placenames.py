"""A place read as a person's name: "in Buenos Aires, the National Maritime Prefect of X"
reads as "Buenos Aires, TITLE" to a list reader. A capital, or a city of a million people or
more, is no delegation member's name.
"""

from __future__ import annotations

from ._lexicon import Lexicon, city_population

__all__ = ["is_place_name"]

#: a city this large is no one's full name ("Buenos Aires", "Kuala Lumpur", "Addis Ababa")
_BIG_CITY = 1_000_000


def is_place_name(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` (of two words or more) is a capital or a large city rather than a
    person's name."""
    if " " not in name:
        return False
    form = lexicon.country_forms.get(name)
    return (form is not None and form[1] == "capital") or city_population(name) >= _BIG_CITY
