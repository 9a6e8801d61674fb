#!/usr/bin/env python3
"""Prints an extracted real-news article with its gold spans marked inline, for reviewing or amending the gold.

    python3 seeds/tools/extract_reuters.py ../shared /tmp/real        # once
    python3 seeds/tools/show_reuters.py /tmp/real reuters-04290.txt [PRED_DIR]

Each gold span is shown as ⟦D:speaker| …⟧ (D direct, M mixed, I indirect, O optional, N none) and every line starts
with its character offset. With PRED_DIR (`newsnlp quotes` output), predicted contents are listed after the text with
their speaker and whether they hit speech, optional or nothing.
"""
import json
import os
import sys


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    folder, doc = argv[1], argv[2]
    text = open(os.path.join(folder, doc), encoding="utf-8").read()
    gold = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".gold.jsonl"):
            for line in open(os.path.join(folder, name), encoding="utf-8"):
                if line.strip() and json.loads(line)["doc"] == doc:
                    gold.append(json.loads(line))
    marks = {}
    for g in sorted(gold, key=lambda g: (g["start"], -g["end"])):
        tag = g["type"][0].upper() + (":" + g["speakers"][0] if g["speakers"] else "")
        marks.setdefault(g["start"], []).append("⟦" + tag + "| ")
        marks.setdefault(g["end"], []).insert(0, "⟧")
    out, line_start = [], True
    for i, ch in enumerate(text + "\0"):
        out.extend(marks.get(i, []))
        if ch == "\0":
            break
        if line_start:
            out.append(f"{i:6d}  ")
        out.append(ch)
        line_start = ch == "\n"
    print("".join(out))
    if len(argv) > 3:
        pf = os.path.join(argv[3], doc[:-4] + ".jsonl")
        speech = [g for g in gold if g["type"] in ("direct", "mixed", "indirect")]
        opt = [g for g in gold if g["type"] == "optional"]
        for line in open(pf, encoding="utf-8"):
            if not line.strip():
                continue
            p = json.loads(line)
            spans = p["content"] if p["content"] and isinstance(p["content"][0], list) else [p["content"]]
            ov = lambda gs: any(s < g["end"] and g["start"] < e for s, e in spans for g in gs)
            verdict = "speech" if ov(speech) else "optional" if ov(opt) else "FALSE"
            shown = " / ".join(text[s:e] for s, e in spans).replace("\n", " ")[:90]
            print(f"pred {spans[0][0]:6d} [{verdict}] speaker={p.get('speaker')!r}: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
