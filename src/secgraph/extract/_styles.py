"""Styles of address and ranks the name reader kept as the first word of a name: Bhutan's
"Dasho" and "Lyonpo", Myanmar's "Daw", Indonesia's service after a rank ("Major General TNI
A B"), West Africa's "Alhaji", "Engr.", "Barr." and "Cllr.", the French-speaking forces'
"Commandant" and "Commissaire", a police "Commissioner-General". The word goes to the
honorific, so the same person read with and without it is one official; a person the reader
named by the style alone ("Cllr") takes the name written after it."""

from __future__ import annotations

import re
from dataclasses import replace

from ._names import Person

__all__ = ["unstyled"]

_STYLES = frozenset(
    [
        "Dasho",
        "Lyonpo",
        "Daw",
        "TNI",
        "Alhaji",
        "Alhaja",
        "Engr",
        "Engr.",
        "Barr",
        "Barr.",
        "Cllr",
        "Cllr.",
        "Commandant",
        "Commissaire",
        "Commissioner-General",
    ]
)


#: ranks and styles of several words, or spelt as the name reader does not know them (words
#: joined by a hyphen or a space alike): Portuguese, Spanish and French ranks ("Capitão-de-
#: Mar-e-Guerra", "Contraalmirante", "Contrôleur Général" and its English "Controller General",
#: "Superintendente Geral"), a
#: Brazilian air rank in English ("Lieutenant-Brigadier"), a police "Chief Inspector", the
#: clerical styles of Afghanistan and Iran ("Mawlawi", "Mufti", "Qari", "Hojatoleslam"); not
#: Fiji's chiefly "Ratu", which gold files keep in the name
_J = r"[- ]"
_RANKS = re.compile(
    rf"^(?:Capit[aã]o{_J}de{_J}(?:Mar{_J}e{_J}Guerra|Fragata|Corveta)|Capit[aã]o{_J}Tenente|"
    rf"Contra{_J}?a?lmirante|Vice{_J}?almirante|Contre{_J}amiral|Vice{_J}amiral|"
    rf"(?:Tenente|Major){_J}Brigadeiro(?:{_J}do{_J}Ar)?|Lieutenant{_J}Brigadier|"
    rf"Tenente{_J}Coronel|Teniente{_J}Coronel|Lieutenant{_J}Colonel|Colonel{_J}Major|"
    rf"Contr[ôo]leur{_J}G[ée]n[ée]ral|Controller{_J}General(?!\s+of\b)|G[ée]n[ée]ral(?:{_J}de{_J}(?:brigade|division|corps{_J}"
    rf"d'arm[ée]e|arm[ée]e))?|Commissaire{_J}(?:divisionnaire|principal|g[ée]n[ée]ral)|"
    rf"Inspecteur{_J}g[ée]n[ée]ral|Superintendente(?:{_J}Geral)?|Comiss[aá]rio|"
    rf"Comisario(?:{_J}(?:General|Principal|Jefe|Mayor))?|Inspetor(?:{_J}Geral)?|"
    rf"Chief{_J}(?:Inspector|Superintendent)|Senior{_J}Superintendent|"
    rf"Mawlawi|Maulvi|Mawlavi|Maulawi|Mawlana|Maulana|Mufti|Qari|Hojj?atoleslam)"
    r"(?=\s)",
    re.I,
)
#: of those, the ones never a name's own first word, so a one-word name may follow
_NEVER_ALONE = re.compile(r"^(?:Mawlawi|Maulvi|Mawlavi|Maulawi|Mufti|Qari|Hojj?atoleslam)$", re.I)


#: styles that are never a name's first word, before a one-word name too ("TNI Suharyanto")
_NEVER_NAMES = frozenset(["TNI", "Daw", "Dasho"])


#: the styles by their case-folded form: a reader that cased a name anew ("Tni Suharyanto",
#: after post-nominal degrees) keeps the style's own spelling in the honorific
_FOLDED = {s.casefold(): s for s in _STYLES}


_FOLLOWING = re.compile(r"\.?\s+((?:[A-Z][\w'\u2019-]+\s+){1,3}[A-Z][\w'\u2019-]+)")


def _named_after(p: Person, sentences: dict[int, str]) -> Person:
    """A person the reader named by the style alone ("Cllr"): the name after the style in
    that person's sentence ("..., Cllr. Kula Bropleh Massaquoi, and ...")."""
    text = sentences.get(p.sentence, "")
    for at in (m.end() for m in re.finditer(rf"\b{re.escape(p.name)}", text)):
        m = _FOLLOWING.match(text, at)
        if m is not None:
            honorific = f"{p.honorific} {p.name}" if p.honorific else p.name
            return replace(p, name=m.group(1), honorific=honorific)
    return p


def unstyled(people: list[Person], sentences: dict[int, str] | None = None) -> list[Person]:
    """``people`` with a style opening a name of three words or more moved to the honorific.

    >>> [(p.name, p.honorific) for p in unstyled([Person("Dasho Karma Dorji Wangchuk")])]
    [('Karma Dorji Wangchuk', 'Dasho')]
    >>> [p.name for p in unstyled([Person("Commandant Dupont")])]
    ['Commandant Dupont']
    >>> [(p.name, p.leader) for p in unstyled([Person("TNI A B", leader=True), Person("A B")])]
    [('A B', True)]
    >>> [p.name for p in unstyled([Person("Capitão-de-Mar-e-Guerra Rui Lopes Neto")])]
    ['Rui Lopes Neto']
    >>> [p.name for p in unstyled([Person("Mawlawi Haqqani"), Person("Chief Inspector Ana")])]
    ['Haqqani', 'Chief Inspector Ana']
    >>> tni = Person("Tni Wirawan", honorific="Major General")
    >>> [(p.name, p.honorific) for p in unstyled([tni])]
    [('Wirawan', 'Major General TNI')]
    """
    people = [
        _named_after(p, sentences or {}) if p.name.rstrip(".") + "." in _STYLES else p
        for p in people
    ]
    names = {p.name for p in people}
    twins: set[str] = set()  # (read without the style elsewhere: that reading stands)
    leads: set[str] = set()
    out: list[Person] = []
    for p in people:
        first, _, rest = p.name.partition(" ")
        first = _FOLDED.get(first.casefold(), first) if first.isalpha() else first
        ranked = _RANKS.match(p.name)
        if ranked is not None and first not in _STYLES:
            first, rest = ranked.group(0), p.name[ranked.end() :].strip()
            if len(rest.split()) >= (1 if _NEVER_ALONE.match(first) else 2):
                if rest in names:
                    twins.add(p.name)
                    leads |= {rest} if p.leader else set()
                    continue
                honorific = f"{p.honorific} {first}" if p.honorific else first
                p = replace(p, name=rest, honorific=honorific)
        elif first in _STYLES and len(rest.split()) >= (1 if first in _NEVER_NAMES else 2):
            if rest in names:
                twins.add(p.name)
                leads |= {rest} if p.leader else set()
                continue
            honorific = f"{p.honorific} {first}" if p.honorific else first
            p = replace(p, name=rest, honorific=honorific)
        out.append(p)
    out = [replace(p, leader=True) if p.name in leads else p for p in out]
    return out
