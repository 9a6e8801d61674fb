#!/usr/bin/env bash
# Scores `newsnlp quotes` (the user default) on the modern real-news dev set seeds/real-bbc (20 BBC News articles of
# 2004-05, rebuilt from ../shared/data/unlabeled/bbc at run time). Same output as scripts/score-real.sh.
# Usage: scripts/score-real-bbc.sh [extra newsnlp quotes options]     Output in $OUT (default: see score-real.sh).
set -euo pipefail
SET=real-bbc exec "$(dirname "$0")/score-real.sh" "$@"
