"""Code tables: CAMEO actor countries, FIPS 10-4 and country names -> the project's countries,
and the CAMEO and PLOVER schemes of ``ontology/event-codes.ttl``.

The project's countries are the rows of ``data/reference/countries.csv`` (ISO 3166-1
alpha-3, from the GeoNames country table, which also gives the FIPS 10-4 code GDELT's
``*Geo_CountryCode`` fields use: Bangladesh is ``BG``, Bulgaria's ISO alpha-2; Pakistan
``PK``, Poland ``PL``). CAMEO actor country codes are alpha-3 codes too, with a few that
differ (:data:`CAMEO_COUNTRY`) and regions that are no country (:data:`CAMEO_NO_COUNTRY`).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

__all__ = [
    "CAMEO_COUNTRY",
    "CAMEO_NO_COUNTRY",
    "FIPS_EXTRA",
    "PLOVER_QUAD",
    "Codes",
    "quad_of_cameo",
]

#: CAMEO actor country codes that are not the ISO alpha-3 code of the same country.
CAMEO_COUNTRY = {
    "ROM": "ROU",  # Romania
    "TMP": "TLS",  # East Timor
    "IMY": "IMN",  # Isle of Man
    "MTN": "MNE",  # Montenegro
    "ZAR": "COD",  # Zaire
    "KSV": "XKX",  # Kosovo
    "KOS": "XKX",
    "WSB": "PSE",  # West Bank
    "GZS": "PSE",  # Gaza Strip
    "BAG": "IRQ",  # Baghdad
}
#: CAMEO codes for regions and kinds of actor that belong to no one country (CAMEO.country
#: regions, and the international and transnational actor codes of CAMEO.type).
CAMEO_NO_COUNTRY = frozenset(
    [
        "AFR",
        "ASA",
        "BLK",
        "CRB",
        "CAU",
        "CFR",
        "CAS",
        "CEU",
        "EIN",
        "EAF",
        "EEU",
        "EUR",
        "LAM",
        "MEA",
        "MDT",
        "NAF",
        "NMR",
        "PGS",
        "SCN",
        "SAM",
        "SAS",
        "SEA",
        "SAF",
        "WAF",
        "WST",
        "IGO",
        "IMG",
        "INT",
        "MNC",
        "NGM",
        "NGO",
        "UNO",
        "UIS",
        "AMN",
        "IRC",
        "GRP",
        "PKO",
    ]
)
#: FIPS 10-4 codes GDELT's geo fields use that the GeoNames country table folds into another
#: entry (Gaza into the Palestinian Territory, whose own FIPS code is WE; the minor islands
#: into their ISO 3166 entry), or that belong to no country (None: the Paracel and Spratly
#: Islands, the oceans). An event placed there keeps its place name.
FIPS_EXTRA: dict[str, str | None] = {
    "GZ": "PSE",  # Gaza Strip
    "AX": "GBR", "DX": "GBR",  # Akrotiri, Dhekelia (sovereign base areas)
    "AT": "AUS", "CR": "AUS",  # Ashmore and Cartier Islands, Coral Sea Islands
    "FQ": "UMI", "HQ": "UMI", "DQ": "UMI", "JQ": "UMI", "KQ": "UMI",  # Baker, Howland,
    "MQ": "UMI", "BQ": "UMI", "LQ": "UMI", "WQ": "UMI",  # Jarvis, Johnston, Kingman, Midway,
    # Navassa, Palmyra, Wake
    "BS": "ATF", "EU": "ATF", "GO": "ATF", "JU": "ATF", "TE": "ATF",  # the Scattered Islands
    "IP": "FRA",  # Clipperton Island
    "JN": "SJM",  # Jan Mayen
    "PF": None, "PG": None,  # Paracel Islands, Spratly Islands (disputed)
    "OS": None,  # oceans
}  # fmt: skip
#: PLOVER event type -> QuadClass (verbal and material cooperation, verbal and material
#: conflict), as the PLOVER specification groups them.
PLOVER_QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "CONCEDE": 2, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip

_NOTATION = re.compile(r'skos:notation "([^"]+)"')
_HIDDEN = re.compile(r"skos:hiddenLabel ([^;]+);")


def quad_of_cameo(code: str) -> int:
    """QuadClass of a CAMEO code from its root (01-05 verbal cooperation, 06-08 material
    cooperation, 09-13 verbal conflict, 14-20 material conflict).

    >>> quad_of_cameo("043"), quad_of_cameo("0874"), quad_of_cameo("112"), quad_of_cameo("190")
    (1, 2, 3, 4)
    """
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@dataclass(frozen=True)
class Codes:
    """The tables one import needs, read once (about 10 ms)."""

    iso3: frozenset[str]
    iso2: dict[str, str]
    fips: dict[str, str]
    names: dict[str, str]
    cameo: frozenset[str]
    plover: dict[str, str]
    contexts: dict[str, str]

    @classmethod
    def read(cls, countries_csv: str | Path, event_codes_ttl: str | Path) -> Codes:
        """Read ``countries.csv`` and ``event-codes.ttl``."""
        iso3: set[str] = set()
        iso2: dict[str, str] = {}
        fips: dict[str, str] = {}
        names: dict[str, str] = {}
        try:
            with open(countries_csv, encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    code = row["iso3"].strip().upper()
                    iso3.add(code)
                    if row.get("iso2"):
                        iso2[row["iso2"].strip().upper()] = code
                    if row.get("fips"):
                        fips[row["fips"].strip().upper()] = code
                    for name in (row["name"], *(row.get("aliases") or "").split("|")):
                        if name.strip():
                            names.setdefault(name.strip().casefold(), code)
            text = Path(event_codes_ttl).read_text(encoding="utf-8")
        except (OSError, KeyError) as err:
            raise InputError(
                str(countries_csv), f"cannot read the code tables ({err}); restore them"
            ) from err
        names.update(_ICEWS_NAMES)
        cameo: set[str] = set()
        plover: dict[str, str] = {}
        contexts: dict[str, str] = {}
        for block in text.split("\n\n"):  # one subject per block (the file is generated)
            subject = block.lstrip().split(None, 1)[0] if block.strip() else ""
            notation = _NOTATION.search(block)
            if notation is None or "a skos:Concept" not in block:
                continue
            code = notation.group(1)
            table = None
            if subject.startswith("cameo:"):
                cameo.add(code)
            elif subject.startswith("plover:"):
                table = plover
            elif "/plover/context/" in subject:
                table = contexts
            if table is not None:
                table[code] = code
                for hidden in _HIDDEN.findall(block):
                    for label in re.findall(r'"([^"]+)"', hidden):
                        table[label] = code
        if not cameo or not plover:
            raise InputError(str(event_codes_ttl), "no CAMEO or PLOVER codes; regenerate it")
        return cls(frozenset(iso3), iso2, fips, names, frozenset(cameo), plover, contexts)

    def cameo_country(self, code: str) -> str | None:
        """ISO alpha-3 for a CAMEO actor country code; None for a region or no country.
        Raises KeyError for a code that is neither."""
        if not code or code in CAMEO_NO_COUNTRY:
            return None
        iso = CAMEO_COUNTRY.get(code, code)
        if iso in self.iso3:
            return iso
        raise KeyError(code)

    def fips_country(self, code: str) -> str | None:
        """ISO alpha-3 for a FIPS 10-4 code (GDELT's geo fields); None for a place of no
        country (:data:`FIPS_EXTRA`); KeyError when unknown."""
        found = self.fips.get(code)
        if found is not None:
            return found
        if code in FIPS_EXTRA:
            iso = FIPS_EXTRA[code]
            if iso is None or iso in self.iso3:
                return iso
        raise KeyError(code)

    def name_country(self, name: str) -> str:
        """ISO alpha-3 for a country name as ICEWS writes it; KeyError when unknown."""
        return self.names[name.casefold()]


#: ICEWS country names that the GeoNames names and the project's aliases do not cover.
_ICEWS_NAMES = {
    "occupied palestinian territory": "PSE",
    "congo, democratic republic of": "COD",
    "congo, the democratic republic of the": "COD",
    "democratic republic of congo": "COD",
    "republic of congo": "COG",
    "korea, republic of": "KOR",
    "korea, democratic people's republic of": "PRK",
    "iran, islamic republic of": "IRN",
    "syrian arab republic": "SYR",
    "moldova, republic of": "MDA",
    "tanzania, united republic of": "TZA",
    "macedonia, the former yugoslav republic of": "MKD",
    "libyan arab jamahiriya": "LBY",
    "lao people's democratic republic": "LAO",
    "viet nam": "VNM",
    "cote d'ivoire": "CIV",
    "serbia and montenegro": "SCG",
    "kosovo": "XKX",
    "burma": "MMR",
    "the bahamas": "BHS",
    "the gambia": "GMB",
    "macau": "MAC",
    "korea, north": "PRK",
    "korea, south": "KOR",
    "federated states of micronesia": "FSM",
    "micronesia, federated states of": "FSM",
}
