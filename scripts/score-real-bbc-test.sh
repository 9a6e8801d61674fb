#!/usr/bin/env bash
# Scores `newsnlp quotes` (the user default) on the blind real-news TEST set seeds/real-bbc-test (9 BBC News articles of
# 2004-05, rebuilt from ../shared/data/unlabeled/bbc at run time). Same output as scripts/score-real.sh.
# TEST SPLIT: do not tune on it (no rule, lexicon entry or threshold chosen from its lines); score it once before
# landing a quotes change and report the figure as measured. Tune on seeds/real-bbc, seeds/real and PolNeAR dev.
# Usage: scripts/score-real-bbc-test.sh [extra newsnlp quotes options]     Output in $OUT (default: see score-real.sh).
set -euo pipefail
SET=real-bbc-test exec "$(dirname "$0")/score-real.sh" "$@"
