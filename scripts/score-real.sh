#!/usr/bin/env bash
# Scores `newsnlp quotes` (the user default) on a real-news dev set: by default seeds/real (Reuters-21578 wire stories
# and the shared seed article), with SET=real-bbc the modern-news set seeds/real-bbc (BBC News 2004-05 articles; also
# scripts/score-real-bbc.sh), with SET=real-bbc-test the blind BBC test set seeds/real-bbc-test (also
# scripts/score-real-bbc-test.sh; a test split: never tune on it). The texts are rebuilt from ../shared at run time (only
# offsets and labels are in the repository).
# Usage: [SET=real|real-bbc|real-bbc-test] scripts/score-real.sh [extra newsnlp quotes options]
# Output in $OUT, by default /tmp/newsnlp-<set>-<checkout hash> (one folder per checkout, so worktrees scoring at
# the same time do not overwrite each other's predictions).
# Prints the scorer's per-article lines (MISSED / SPEAKER / FALSE) and last line
# 'real articles: recall <r> speaker <s> precision <p> (...)'.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
SET=${SET:-real}
[ -f "seeds/$SET/manifest.json" ] || { echo "score-real: seeds/$SET/manifest.json not found" >&2; exit 2; }
OUT=${OUT:-/tmp/newsnlp-$SET-$(pwd -P | cksum | cut -d' ' -f1)}
[ -d "$SHARED/data" ] || { echo "score-real: $SHARED/data not found (../shared must be beside the repository)" >&2; exit 2; }
rm -rf "$OUT/text" "$OUT/pred"
python3 seeds/tools/extract_reuters.py "$SHARED" "$OUT/text" "$SET"
dotnet build src/NewsNlp.Cli -c Release -v q -nologo >/dev/null
dotnet src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll quotes "$OUT/text" --output-dir "$OUT/pred" "$@"
python3 "$SHARED/eval/quotes_score.py" real "$OUT/pred" "$OUT/text" "$OUT"/text/*.gold.jsonl
