#!/usr/bin/env python3
"""What decided each gold speaker, and how often each decider is right (session 24's error analysis).

Usage: scripts/speaker-stance-readers.py SPLIT... [--cli "dotnet src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll"] [--shared ../shared]
SPLIT is dev, real-dev, real-dev2, real-dev3, real-dev4, real-dev5 or real-dev6 (real-dev4, real-dev5 and real-dev6 became dev
splits after their first measurement in sessions 25, 26 and 27; the measured-only splits test and real-test are refused). Runs
`newsnlp analyze FILE --targets CLAIM --format json` on each article, matches each gold speaker to a stance record as
scripts/score-speaker-stance.py does, and prints per split: the gold x predicted confusion matrix, and right / n per
decider next to what answering "agree" for the same speakers would score. The decider is read from the record's driving
words: "reporter", "rebuttal", "own side" (alone or with cues), side cues split into "lexicon" (no driving word is made of
claim words: "rejected", "a myth"), "composition" (every driving word is made of claim words: the polarity composition,
restatement, prediction and size readings) and "mixed"; "model alone" (a side with no cue) and "no related quote" (no
stance, no cue). For real-dev the later third of its manifest (the articles added last) is also shown apart.
"""
import collections, importlib.util, json, os, re, shlex, subprocess, sys

KINDS = ["lexicon", "composition", "mixed", "own side", "rebuttal", "reporter", "model alone", "no related quote", "missing"]


def stem(w):
    return re.sub(r"(ies|es|s|ed|ing|'s)$", "", w.lower())


def decider(record, got, target):
    words = record.get("drivingWords", [])
    if "reporter" in words:
        return "reporter"
    if "rebuttal" in words:
        return "rebuttal"
    cues = [w for w in words if w != "own side"]
    if "own side" in words and not cues:
        return "own side"
    if not cues:
        return "no related quote" if got == "none" else "model alone"
    claim = {stem(w) for w in re.findall(r"[\w']+", target)}
    of_claim = [all(stem(t) in claim for t in re.findall(r"[\w']+", c)) for c in cues]
    return "composition" if all(of_claim) else "lexicon" if not any(of_claim) else "mixed"


def main():
    args = sys.argv[1:]
    cli = "dotnet src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll"
    if "--cli" in args:
        i = args.index("--cli"); cli = args[i + 1]; del args[i:i + 2]
    shared = "../shared"
    if "--shared" in args:
        i = args.index("--shared"); shared = args[i + 1]; del args[i:i + 2]
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    spec = importlib.util.spec_from_file_location("score", os.path.join("scripts", "score-speaker-stance.py"))
    score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
    for split in args or ["dev", "real-dev", "real-dev2"]:
        if split in ("test", "real-test"):
            print(f"speaker-stance-readers: {split} is measured only (scripts/score-speaker-stance.py), not analysed", file=sys.stderr)
            sys.exit(2)
        rows = []
        names = [n for n, _, _ in score.articles(split, shared)]
        for order, (name, path, gold) in enumerate(score.articles(split, shared)):
            target = gold["target"]
            doc = json.loads(subprocess.run(shlex.split(cli) + ["analyze", path, "--targets", target, "--format", "json"],
                                            capture_output=True, text=True, check=True).stdout)
            index = score.speaker_index(doc, target)
            for speaker, g in gold["speakers"].items():
                mine = score.records_of(speaker, index)
                if not mine:
                    rows.append((order, g, "missing", "missing")); continue
                got = "none" if mine[0]["label"] == "unrelated" else mine[0]["label"]
                rows.append((order, g, got, decider(mine[0], got, target)))
        right = sum(g == p for _, g, p, _ in rows)
        print(f"== {split}: {right} of {len(rows)} right; always agree {sum(g == 'agree' for _, g, _, _ in rows)}")
        labels = ["agree", "disagree", "none", "missing"]
        cm = collections.Counter((g, p) for _, g, p, _ in rows)
        print("   gold \\ got " + "".join(f"{l:>10}" for l in labels))
        for g in labels[:3]:
            print(f"   {g:>10} " + "".join(f"{cm[(g, l)]:>10}" for l in labels))
        parts = [(split, rows)]
        if split == "real-dev":
            parts.append(("real-dev, later third", [r for r in rows if r[0] >= len(names) * 2 // 3]))
        for title, part in parts:
            print(f"   {title}: decider  right / n  (always agree)")
            for k in KINDS:
                these = [r for r in part if r[3] == k]
                if these:
                    print(f"     {k:18} {sum(g == p for _, g, p, _ in these):4} / {len(these):<4} ({sum(g == 'agree' for _, g, _, _ in these)})")


if __name__ == "__main__":
    main()
