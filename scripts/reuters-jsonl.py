#!/usr/bin/env python3
"""Writes Reuters-21578 stories as article JSONL (the input `newsnlp index` and `newsnlp analyze` read):

    python3 scripts/reuters-jsonl.py ../shared/data/unlabeled/reuters21578 2000 > reuters-2000.jsonl

One line per story with a BODY, in file and NEWID order, the first N: {"id": "reuters-NEWID", "headline": TITLE,
"published": DATE as ISO 8601 UTC, "source": "Reuters", "text": ...}; the text is the one of seeds/tools/reuters_text.py
(the real-news dev set's rule). Reuters-21578 is for research use only: write the file outside the repository.
Python 3 standard library only.
"""
import datetime
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds", "tools"))
import reuters_text  # noqa: E402

_STORY = re.compile(r'<REUTERS[^>]*\bNEWID="(\d+)"[^>]*>(.*?)</REUTERS>', re.S)


def published(block):
    raw = reuters_text._field(block, "DATE").strip()
    try:
        return datetime.datetime.strptime(raw.split(".")[0], "%d-%b-%Y %H:%M:%S").replace(tzinfo=datetime.timezone.utc).isoformat()
    except ValueError:
        return None


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    folder, limit = argv[1], int(argv[2])
    written = 0
    for name in sorted(f for f in os.listdir(folder) if f.endswith(".sgm")):
        with open(os.path.join(folder, name), encoding="latin-1") as f:
            data = f.read()
        for m in _STORY.finditer(data):
            block = m.group(2)
            if "<BODY>" not in block:
                continue
            record = {
                "id": "reuters-" + m.group(1),
                "headline": reuters_text._unescape(reuters_text._field(block, "TITLE")).strip() or None,
                "published": published(block),
                "source": "Reuters",
                "text": reuters_text.story_text(block),
            }
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
            if written == limit:
                return 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
