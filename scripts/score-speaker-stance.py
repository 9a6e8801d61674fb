#!/usr/bin/env python3
"""Per-speaker stance on the own gold articles (seeds/stance/{dev,test}/NAME.txt + NAME.gold.json).

Usage: scripts/score-speaker-stance.py [dev|test|all] [--cli "dotnet src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll"]
Runs `newsnlp analyze FILE --targets CLAIM` (the default pipeline plus the stance stage, as a user gets it) on each
article and compares each gold speaker's stance (agree / disagree / none) with the speaker's stance record: a gold name
matches a speaker whose name contains it or is contained in it; a record with a side wins over one without. Prints one
line per speaker and 'speaker stance <split>: R of N right (P%)'.
"""
import json, os, shlex, subprocess, sys

def main():
    args = sys.argv[1:]
    cli = "dotnet src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll"
    if "--cli" in args:
        i = args.index("--cli"); cli = args[i + 1]; del args[i:i + 2]
    split = args[0] if args else "dev"
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    os.chdir(root)
    splits = ["dev", "test"] if split == "all" else [split]
    right = total = 0
    for s in splits:
        folder = os.path.join("seeds", "stance", s)
        for name in sorted(f[:-len(".gold.json")] for f in os.listdir(folder) if f.endswith(".gold.json")):
            gold = json.load(open(os.path.join(folder, name + ".gold.json"), encoding="utf-8"))
            target = gold["target"]
            out = subprocess.run(shlex.split(cli) + ["analyze", os.path.join(folder, name + ".txt"), "--targets", target, "--format", "json"],
                                 capture_output=True, text=True, check=True).stdout
            doc = json.loads(out)
            names = {sp["id"]: sp["name"] for sp in doc["speakers"]}
            quotes = {q["id"]: q for q in doc["quotes"]}
            records = [st for st in doc["stances"] if st.get("speakerId") is not None and st["target"] == target]
            for speaker, g in gold["speakers"].items():
                mine = [st for st in records if speaker in names[st["speakerId"]] or names[st["speakerId"]] in speaker]
                mine.sort(key=lambda st: (st["label"] == "unrelated", -st["probabilities"][st["label"]]))
                if not mine:
                    got = "missing"
                else:
                    got = "none" if mine[0]["label"] == "unrelated" else mine[0]["label"]
                ok = got == g
                right += ok; total += 1
                evidence = "; ".join(" ".join(c["text"] for c in quotes[q]["content"])[:70] for q in (mine[0]["evidenceQuoteIds"] if mine else [])[:2])
                cues = ", ".join(mine[0].get("drivingWords", [])) if mine else ""
                print(f"{'ok  ' if ok else 'MISS'} {s}/{name}/{speaker}: gold {g}, got {got}  [{evidence}] {{{cues}}}")
    print(f"speaker stance {split}: {right} of {total} right ({100.0 * right / max(total, 1):.1f}%)")

main()
