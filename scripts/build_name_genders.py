#!/usr/bin/env python3
"""Builds src/NewsNlp/Quotes/Speakers/first-name-genders.txt, the first-name -> gender table the speaker resolver uses
for he/she agreement. Deterministic (sorted output, no randomness); standard library only.

Usage: python3 scripts/build_name_genders.py ../shared/data/gazetteers src/NewsNlp/Quotes/Speakers/first-name-genders.txt

Sources (all public domain or CC0/PDDL; see ../shared/data/PROVENANCE-unlabeled-gazetteers.md):
  - SSA baby-name files ssa-yob{1940,1960,1980,2000,2020}.txt (US government work, public domain): births by name and sex;
  - US Census 1990 first names census1990-{male,female}-first.txt (public domain): frequency per sex;
  - Moby Word II first-name lists moby-{male,female}-first-names.txt (PDDL-1.0 / CC0-1.0).
A name is kept when SSA births (summed over the five years) reach MIN_BIRTHS and one sex holds at least SHARE of them;
names SSA does not decide are taken from the Census lists, then from Moby, only when they appear for one sex alone.
Output: one line per name, "<lower-case name> <m|f|M|F>", sorted (capitals: a sure name, see SURE_SHARE).
"""
import os
import sys

MIN_BIRTHS = 50
SHARE = 0.95
# Session 19: a name is "sure" (its letter written in capitals) when SSA births reach SURE_BIRTHS and one sex holds at
# least SURE_SHARE of them ("ann F", "david M"); names shared abroad across sexes stay below it (Ola 97.7 %, Andrea
# 98.6 %, Simone 97.9 %, Jean 94.1 %), so a sure name's gender may veto a he/she even in the name's own paragraph.
SURE_BIRTHS = 5000
SURE_SHARE = 0.99


def main(gazetteers, output):
    births = {}
    for year in (1940, 1960, 1980, 2000, 2020):
        with open(os.path.join(gazetteers, f"ssa-yob{year}.txt"), encoding="utf-8") as f:
            for line in f:
                parts = line.strip().split(",")
                if len(parts) != 3:
                    continue
                name, sex, count = parts[0].lower(), parts[1], int(parts[2])
                m, w = births.get(name, (0, 0))
                births[name] = (m + count, w) if sex == "M" else (m, w + count)
    table = {}
    undecided = set()
    for name, (m, w) in births.items():
        total = m + w
        if total < MIN_BIRTHS:
            continue
        sure = total >= SURE_BIRTHS and max(m, w) >= SURE_SHARE * total
        if m >= SHARE * total:
            table[name] = "M" if sure else "m"
        elif w >= SHARE * total:
            table[name] = "F" if sure else "f"
        else:
            undecided.add(name)

    def one_sex(male_names, female_names):
        for name in sorted(male_names ^ female_names):
            if name in table or name in undecided or name in births:
                continue
            table[name] = "m" if name in male_names else "f"

    def census(path):
        with open(os.path.join(gazetteers, path), encoding="utf-8") as f:
            return {line.split()[0].lower() for line in f if line.strip()}

    one_sex(census("census1990-male-first.txt"), census("census1990-female-first.txt"))

    def moby(path):
        with open(os.path.join(gazetteers, path), encoding="utf-8") as f:
            return {line.strip().lower() for line in f if line.strip()}

    one_sex(moby("moby-male-first-names.txt"), moby("moby-female-first-names.txt"))
    with open(output, "w", encoding="utf-8", newline="\n") as f:
        for name in sorted(table):
            if name.isalpha():
                f.write(f"{name} {table[name]}\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2])
