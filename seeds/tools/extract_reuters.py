#!/usr/bin/env python3
"""Writes the real-news dev set (seeds/real) to a folder: article texts plus complete gold with its `text` field.

    python3 seeds/tools/extract_reuters.py ../shared OUTDIR [SET]

SET is the folder of the set under seeds/ (default `real`; `real-bbc` is the modern-news set of BBC 2004-05 articles,
`real-bbc-test` the blind BBC test set, not to be tuned on).

The repository stores only offsets and labels (seeds/real/*.gold.jsonl) and, in seeds/real/manifest.json, where
each article comes from and the SHA-256 of its text. This script rebuilds every article from ../shared (Reuters-21578
stories from data/unlabeled/reuters21578, see reuters_text.py for the exact text definition; the shared seed article
copied from ../shared/seeds), checks the text hash and every gold span's hash, and writes

    OUTDIR/<doc>                 the article (UTF-8, no BOM, LF)
    OUTDIR/<gold name>.gold.jsonl  {"doc","start","end","text","type","speakers"} per line, what
                                   `quotes_score.py real PRED_DIR OUTDIR OUTDIR/*.gold.jsonl` reads.

Exit status 1 (with a message naming the article or span) when ../shared no longer yields the annotated text.
Python 3 standard library only.
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.dirname(HERE)
REAL = os.path.join(SEEDS, "real")
sys.path.insert(0, HERE)
import reuters_text  # noqa: E402


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def span_hash(text):
    """First 16 hex digits of the SHA-256 of a gold span's text (UTF-8): detects offsets that drifted."""
    return sha256(text)[:16]


def load_manifest(real=None):
    with open(os.path.join(real or REAL, "manifest.json"), encoding="utf-8") as f:
        return json.load(f)


def article_texts(shared, manifest):
    """{doc: text} for every article of the manifest, built from ../shared."""
    texts, by_file = {}, {}
    for a in manifest["articles"]:
        if "newid" in a:
            by_file.setdefault(a["from"], []).append(a)
        else:
            with open(os.path.join(shared, a["from"]), encoding="utf-8") as f:
                texts[a["doc"]] = f.read()
    for rel, arts in by_file.items():
        stories = dict(reuters_text.stories(os.path.join(shared, rel)))
        for a in arts:
            if a["newid"] not in stories:
                raise SystemExit(f"extract_reuters: NEWID {a['newid']} not in {rel}")
            texts[a["doc"]] = stories[a["newid"]]
    return texts


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__)
        return 2
    shared, out = argv[1], argv[2]
    real = os.path.join(SEEDS, argv[3]) if len(argv) == 4 else REAL
    manifest = load_manifest(real)
    texts = article_texts(shared, manifest)
    bad = 0
    for a in manifest["articles"]:
        if sha256(texts[a["doc"]]) != a["sha256"]:
            print(f"extract_reuters: {a['doc']}: text hash differs from the manifest (source or text rule changed)", file=sys.stderr)
            bad += 1
    os.makedirs(out, exist_ok=True)
    for doc, text in texts.items():
        with open(os.path.join(out, doc), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    for gold_name in manifest["gold"]:
        lines = []
        with open(os.path.join(real, gold_name), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                g = json.loads(line)
                text = texts[g["doc"]]
                span = text[g["start"]:g["end"]]
                if span_hash(span) != g["sha"]:
                    print(f"extract_reuters: {gold_name}:{n}: span {g['start']}-{g['end']} of {g['doc']} no longer matches its hash", file=sys.stderr)
                    bad += 1
                lines.append(dict(doc=g["doc"], start=g["start"], end=g["end"], text=span, type=g["type"], speakers=g["speakers"]))
        with open(os.path.join(out, gold_name), "w", encoding="utf-8", newline="\n") as f:
            for g in lines:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"extract_reuters: {len(texts)} articles and {len(manifest['gold'])} gold files written to {out}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
