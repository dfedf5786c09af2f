#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
# SPDX-License-Identifier: EUPL-1.2
"""Build offence-types.csv from Brå's SOL export (../shared/reference/brottskoder-bra-sol.csv).

Every code of the export is kept with Brå's name; codes with an end year are marked `ended` (kept
so old reports still show their name, never offered for new ones). Only obvious export damage is
repaired, each repair listed in FIXES / NAME_FIXES below and in README.md ("Where the data comes
from"). The loss errand (Förlust, no crime code) is appended as its own kind.

    python3 resources/reference/make-offence-types.py ../shared/reference/brottskoder-bra-sol.csv \
        > resources/reference/offence-types.csv
"""
import csv
import re
import sys

# Groups for pickers and tooltips, by the first two digits (mostly the chapter of brottsbalken;
# Brå's 61xx, 93xx–98xx are detailed codes belonging to chapters 3, 4, 6 and 8).
CATEGORIES = {
    "03": "Liv och hälsa", "93": "Liv och hälsa",
    "04": "Frihet och frid", "94": "Frihet och frid", "95": "Frihet och frid",
    "05": "Ärekränkning",
    "06": "Sexualbrott", "61": "Sexualbrott", "96": "Sexualbrott",
    "07": "Brott mot familj",
    "08": "Stöld och rån", "98": "Stöld och rån",
    "09": "Bedrägeri",
    "10": "Förskingring och trolöshet",
    "11": "Gäldenärsbrott",
    "12": "Skadegörelse",
    "13": "Allmänfarliga brott",
    "14": "Förfalskning",
    "15": "Mened och falsk tillvitelse",
    "16": "Allmän ordning",
    "17": "Allmän verksamhet",
    "18": "Rikets säkerhet", "19": "Rikets säkerhet", "22": "Rikets säkerhet", "70": "Rikets säkerhet",
    "20": "Tjänstefel",
    "30": "Trafikbrott", "31": "Trafikbrott", "32": "Trafikbrott",
    "40": "Specialstraffrätt", "41": "Specialstraffrätt", "50": "Specialstraffrätt",
    "51": "Specialstraffrätt",
    "80": "Miljöbrott",
}

# Code-level repairs of the export (see ../shared/reference/README.md).
CODE_FIXES = {
    # Sits between 9509 and 9511 in group 70–98; 9510 is otherwise missing and the name completes
    # the series 9508 flicka, 9509 pojke, 9510 kvinna, 9511 man.
    "5910": "9510",
}
# 0318 has an empty end year but its name says "(upph.år 1983)".
ENDED_FIXES = {"0318": "1983"}
# Whole-name repairs.
NAME_FIXES = {
    "0641": "Försök till våldtäkt inkl. grov, inomhus mot flicka under 15 år (upphörde år 2024)",
    "0859": "Stöld utan inbrott, i bostad (lägenhet, villa) ej hos funktionsnedsatt",
}
# Spelling slips, replaced wherever they occur.
WORD_FIXES = [
    ("Ärekänkningsbrott", "Ärekränkningsbrott"),
    ("poje ", "pojke "),
    ("funktionsnedsattt", "funktionsnedsatt"),
    ("beffatning", "befattning"),
    ("alhohol", "alkohol"),
    ("akohol", "alkohol"),
]


def clean(code, name):
    name = NAME_FIXES.get(code, name)
    name = name.replace("15?17", "15–17")
    for wrong, right in WORD_FIXES:
        name = name.replace(wrong, right)
    if name.endswith(" poje"):
        name = name[:-4] + "pojke"
    return re.sub(r"\s{2,}", " ", name).strip()


def main(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter=";"):
            code = CODE_FIXES.get(r["brottskod"], r["brottskod"])
            ended = ENDED_FIXES.get(code, r["upphord"].strip())
            name = clean(r["brottskod"], r["benamning"])
            rows.append((code, name, CATEGORIES.get(code[:2], "Övrigt"), "crime", ended))
    rows.sort(key=lambda r: r[0])
    assert len({r[0] for r in rows}) == len(rows), "duplicate code"
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["code", "name", "category", "kind", "ended"])
    out.writerows(rows)
    out.writerow(["FORLUST", "Förlust (ej brott)", "Förlust", "loss", ""])


if __name__ == "__main__":
    main(sys.argv[1])
