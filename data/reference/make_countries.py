"""Regenerate ``countries.csv`` from GeoNames countryInfo and OWID's country table.

Usage::

    python data/reference/make_countries.py GEONAMES_COUNTRYINFO OWID_CSV [-o countries.csv]

GeoNames gives the rows (every entry, including the non-ISO Kosovo and the withdrawn codes
ANT and SCG, which are flagged ``iso_official`` false); OWID gives the Wikidata Q-id, joined
on ISO alpha-3. A Q-id OWID does not know is left empty. ``SUPRANATIONAL`` adds the parties
that are not states (the European Union). Standard library only; the output
is sorted by ``iso3`` and byte-for-byte deterministic.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
import sys
import tempfile
from pathlib import Path

__all__ = [
    "ALIASES",
    "COLUMNS",
    "NOT_ISO",
    "SUPRANATIONAL",
    "main",
    "read_geonames",
    "read_owid_wikidata",
]

COLUMNS = ["iso3", "iso2", "numeric", "fips", "name", "wikidata", "iso_official", "aliases"]

#: Codes GeoNames lists that are not officially assigned ISO 3166-1 codes today:
#: Kosovo (user-assigned XK/XKX) and two codes withdrawn from the standard.
NOT_ISO = frozenset({"XKX", "ANT", "SCG"})

#: Alternative names analysts commonly write, for major or often-renamed countries.
#: The GeoNames name itself is not repeated here.
ALIASES: dict[str, list[str]] = {
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "BOL": ["Plurinational State of Bolivia"],
    "CHN": ["People's Republic of China", "PRC", "Mainland China"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "COD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "COG": ["Congo-Brazzaville", "Congo"],
    "CPV": ["Cabo Verde"],
    "CZE": ["Czech Republic"],
    "DEU": ["Federal Republic of Germany"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
    "IRN": ["Islamic Republic of Iran"],
    "KOR": ["Republic of Korea", "ROK"],
    "LAO": ["Lao PDR", "Lao People's Democratic Republic"],
    "MDA": ["Republic of Moldova"],
    "MKD": ["North Macedonia"],
    "MMR": ["Burma"],
    "NLD": ["Holland"],
    "PAK": ["Islamic Republic of Pakistan"],
    "PRK": ["DPRK", "Democratic People's Republic of Korea"],
    "PSE": ["Palestine", "State of Palestine", "Occupied Palestinian Territories"],
    "RUS": ["Russian Federation"],
    "SAU": ["KSA", "Kingdom of Saudi Arabia"],
    "SWZ": ["Eswatini"],
    "SYR": ["Syrian Arab Republic"],
    "TLS": ["Timor-Leste"],
    "TUR": ["Türkiye", "Turkiye"],
    "TWN": ["Republic of China", "ROC", "Chinese Taipei"],
    "TZA": ["United Republic of Tanzania"],
    "USA": ["United States of America", "US", "USA", "U.S.", "America"],
    "VAT": ["Holy See", "Vatican City"],
    "VEN": ["Bolivarian Republic of Venezuela"],
    "VNM": ["Viet Nam"],
}

#: Supranational parties: unions of states that meet other states as one party (the European
#: Union). Not ISO 3166-1 countries (``iso_official`` false): EU is an exceptionally reserved
#: alpha-2 code, EUU the alpha-3 code the World Bank and UN statistics use for it.
SUPRANATIONAL: list[dict[str, str]] = [
    {
        "iso3": "EUU",
        "iso2": "EU",
        "numeric": "",
        "fips": "",
        "name": "European Union",
        "wikidata": "Q458",
        "iso_official": "false",
        "aliases": "EU|E.U.",
    },
]

_QID = re.compile(r"^https?://www\.wikidata\.org/entity/(Q[1-9][0-9]*)$")


def read_geonames(path: Path) -> list[dict[str, str]]:
    """Read GeoNames ``countryInfo.txt``: skip ``#`` comments and the column-header line."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            if not line or line.startswith("#") or line.startswith("ISO\tISO3\t"):
                continue
            fields = [f.strip() for f in line.split("\t")]
            iso2, iso3, numeric, fips, name = fields[:5]
            # GeoNames writes 0 for a country without an ISO numeric code (Kosovo).
            numeric = "" if numeric.strip("0") == "" else numeric.zfill(3)
            rows.append(
                {"iso3": iso3, "iso2": iso2, "numeric": numeric, "fips": fips, "name": name}
            )
    return rows


def read_owid_wikidata(path: Path) -> dict[str, str]:
    """Map ISO alpha-3 to Wikidata Q-id from OWID's ``countries_regions`` CSV."""
    result: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            iso3 = (row.get("iso_alpha3") or "").strip()
            match = _QID.match((row.get("wikidata_uri") or "").strip())
            if not iso3 or not match:
                continue
            if iso3 in result and result[iso3] != match.group(1):
                raise SystemExit(f"{path}: two Wikidata ids for {iso3}")
            result[iso3] = match.group(1)
    return result


def _render(rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("geonames", type=Path, help="GeoNames countryInfo.txt")
    parser.add_argument("owid", type=Path, help="OWID countries_regions CSV with wikidata_uri")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path(__file__).with_name("countries.csv"),
        help="output CSV (default: countries.csv beside this script); '-' for stdout",
    )
    args = parser.parse_args(argv)

    wikidata = read_owid_wikidata(args.owid)
    rows = read_geonames(args.geonames)
    seen: set[str] = set()
    for row in rows:
        if row["iso3"] in seen:
            raise SystemExit(f"{args.geonames}: duplicate alpha-3 {row['iso3']}")
        seen.add(row["iso3"])
        row["wikidata"] = wikidata.get(row["iso3"], "")
        row["iso_official"] = "false" if row["iso3"] in NOT_ISO else "true"
        row["aliases"] = "|".join(ALIASES.get(row["iso3"], []))
    unknown = set(ALIASES) - seen
    if unknown:
        raise SystemExit(f"aliases for unknown codes: {sorted(unknown)}")
    rows.extend(dict(row) for row in SUPRANATIONAL)
    rows.sort(key=lambda r: r["iso3"])
    text = _render(rows)

    if str(args.output) == "-":
        sys.stdout.write(text)
        return 0
    # Write to a temporary file and rename, so a failure never leaves half a file.
    fd, tmp = tempfile.mkstemp(dir=args.output.parent, prefix=".countries-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, args.output)
    except BaseException:
        os.unlink(tmp)
        raise
    print(f"wrote {len(rows)} countries to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
