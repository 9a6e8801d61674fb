#!/usr/bin/env python3
"""Per-speaker stance on the own gold articles (seeds/stance/{dev,test}/NAME.txt + NAME.gold.json).

Usage: scripts/score-speaker-stance.py [dev|test|all|real-dev|real-dev2|real-dev3|real-dev4|real-dev5|real-dev6|real-dev7|real-test] [--cli "dotnet src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll"] [--shared ../shared] [--stance-encoder none|minilm|minilm-gate]
Runs `newsnlp analyze FILE --targets CLAIM` (the default pipeline plus the stance stage, as a user gets it) on each
article and compares each gold speaker's stance (agree / disagree / none) with the speaker's stance record: a gold name
matches a speaker whose name contains it or is contained in it, or else (when no name matches) a speaker whose entity
is named by exactly the gold name in one of its mentions ("BPI" for the speaker "British Phonographic Industry"); a
record with a side wins over one without. Prints one
line per speaker and 'speaker stance <split>: R of N right (P%)'.

real-dev / real-dev2 / real-dev3 / real-dev4 / real-dev5 / real-dev6 / real-dev7 / real-test are real articles (seeds/stance/real-*/manifest.json: source path under ../shared
(with `newid` a Reuters-21578 story, with `row` an AG News row: see article_text), SHA-256 of the text, target and gold speakers; the text is not in the repository): they are written from ../shared to a temporary
folder first (exit 1 when a text's hash differs, exit 3 when ../shared is absent).
"""
import csv, hashlib, json, os, shlex, subprocess, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds", "tools"))
import reuters_text  # noqa: E402


def article_text(a, shared):
    """The text of one manifest article: a BBC file as it is; a Reuters-21578 story (`newid`) by the rule of
    seeds/tools/reuters_text.py; an AG News row (`row`, 0-based line of the CSV) as its title, a blank line, its
    description with backslashes as spaces and runs of white space as one space, and a newline."""
    path = os.path.join(shared, a["from"])
    if "newid" in a:
        return dict(reuters_text.stories(path))[a["newid"]]
    if "row" in a:
        with open(path, encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.reader(f)):
                if i == a["row"]:
                    return row[1].strip() + "\n\n" + " ".join(row[2].replace("\\", " ").split()) + "\n"
        raise KeyError(f"{a['from']}: no row {a['row']}")
    return open(path, encoding="utf-8").read()


def articles(split, shared):
    """(name, path, gold) of every article of a split."""
    folder = os.path.join("seeds", "stance", split)
    if split.startswith("real-"):
        if not os.path.isdir(shared):
            print(f"score-speaker-stance: {shared} not found (the real-article splits read their texts from it)", file=sys.stderr)
            sys.exit(3)
        manifest = json.load(open(os.path.join(folder, "manifest.json"), encoding="utf-8"))
        tmp = tempfile.mkdtemp(prefix="newsnlp-stance-")
        for a in manifest["articles"]:
            text = article_text(a, shared)
            if hashlib.sha256(text.encode("utf-8")).hexdigest() != a["sha256"]:
                print(f"score-speaker-stance: {a['from']}: text hash differs from the manifest", file=sys.stderr)
                sys.exit(1)
            path = os.path.join(tmp, a["doc"])
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            yield a["doc"][:-len(".txt")], path, {"target": a["target"], "speakers": a["speakers"]}
        return
    for name in sorted(f[:-len(".gold.json")] for f in os.listdir(folder) if f.endswith(".gold.json")):
        yield name, os.path.join(folder, name + ".txt"), json.load(open(os.path.join(folder, name + ".gold.json"), encoding="utf-8"))

def speaker_index(doc, target):
    """(names by speaker id, lower-case mention texts of each speaker's entity by speaker id, the speaker stance records toward
    target) of one `analyze --format json` document."""
    names = {sp["id"]: sp["name"] for sp in doc["speakers"]}
    clusters = {c["id"]: c["mentions"] for c in doc.get("entityClusters", [])}
    aliases = {sp["id"]: {doc["entities"][m]["text"].lower() for m in clusters.get(sp.get("entityId"), []) if 0 <= m < len(doc["entities"])}
               for sp in doc["speakers"]}
    records = [st for st in doc["stances"] if st.get("speakerId") is not None and st["target"] == target]
    return names, aliases, records


def records_of(speaker, index):
    """The stance records a gold speaker name matches (see the module docstring), a record with a side first."""
    names, aliases, records = index
    mine = [st for st in records if speaker in names[st["speakerId"]] or names[st["speakerId"]] in speaker]
    if not mine:
        # The record may be under another name of the same entity: "British Phonographic Industry" for gold "BPI".
        mine = [st for st in records if speaker.lower() in aliases.get(st["speakerId"], set())]
    mine.sort(key=lambda st: (st["label"] == "unrelated", -st["probabilities"][st["label"]]))
    return mine


def main():
    args = sys.argv[1:]
    cli = "dotnet src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll"
    if "--cli" in args:
        i = args.index("--cli"); cli = args[i + 1]; del args[i:i + 2]
    shared = "../shared"
    if "--shared" in args:
        i = args.index("--shared"); shared = args[i + 1]; del args[i:i + 2]
    encoder = []
    if "--stance-encoder" in args:
        i = args.index("--stance-encoder"); encoder = ["--stance-encoder", args[i + 1]]; del args[i:i + 2]
    split = args[0] if args else "dev"
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    os.chdir(root)
    splits = ["dev", "test"] if split == "all" else [split]
    right = total = 0
    for s in splits:
        for name, path, gold in articles(s, shared):
            target = gold["target"]
            out = subprocess.run(shlex.split(cli) + ["analyze", path, "--targets", target, "--format", "json"] + encoder,
                                 capture_output=True, text=True, check=True).stdout
            doc = json.loads(out)
            quotes = {q["id"]: q for q in doc["quotes"]}
            index = speaker_index(doc, target)
            for speaker, g in gold["speakers"].items():
                mine = records_of(speaker, index)
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

if __name__ == "__main__":
    main()
