#!/usr/bin/env bash
# Reproduces every accuracy figure in README.md with the independent scorers in ../shared/eval.
# Usage: scripts/evaluate.sh [tokens|ner|quotes|quotes-dev|quotes-real|quotes-real-bbc|stance]...   (no argument: all)
# Output files go to ${OUT:-/tmp/newsnlp-eval}. Needs ../shared beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
EVAL=$SHARED/eval
DATA=$SHARED/data
OUT=${OUT:-/tmp/newsnlp-eval}
mkdir -p "$OUT"
[ -d "$EVAL" ] || { echo "evaluate: $EVAL not found (../shared must be beside the repository)" >&2; exit 2; }

dotnet build src/NewsNlp.Cli -c Release -v q -nologo >/dev/null
newsnlp() { dotnet src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll "$@"; }

what=("$@")
[ ${#what[@]} -gt 0 ] || what=(tokens ner quotes stance)

for w in "${what[@]}"; do
  case "$w" in
    tokens)
      for tb in en_ewt en_gum; do
        echo "== tokenization: $tb test"
        python3 "$EVAL/ud_tokens.py" text "$DATA/ud/$tb-ud-test.conllu" > "$OUT/$tb.raw.txt"
        newsnlp tokenize "$OUT/$tb.raw.txt" --format vertical > "$OUT/$tb.pred.txt"
        python3 "$EVAL/ud_tokens.py" score "$DATA/ud/$tb-ud-test.conllu" "$OUT/$tb.pred.txt"
      done ;;
    ner)
      for f in conll2003/test.txt conll2003pp/test.txt; do
        echo "== NER: $f"
        newsnlp ner "$DATA/$f" --format conll > "$OUT/ner.$(dirname "$f").txt"
        python3 "$EVAL/conll_ner.py" "$OUT/ner.$(dirname "$f").txt"
      done ;;
    quotes)
      echo "== quotes: PolNeAR test"
      rm -rf "$OUT/quotes-test"
      newsnlp quotes "$DATA/quotes/polnear/test/text" --acts all --output-dir "$OUT/quotes-test"
      python3 "$EVAL/quotes_score.py" polnear "$DATA/quotes/polnear/test" "$OUT/quotes-test" ;;
    quotes-dev)
      echo "== quotes: PolNeAR dev"
      rm -rf "$OUT/quotes-dev"
      newsnlp quotes "$DATA/quotes/polnear/dev/text" --acts all --output-dir "$OUT/quotes-dev"
      python3 "$EVAL/quotes_score.py" polnear "$DATA/quotes/polnear/dev" "$OUT/quotes-dev" ;;
    quotes-real)
      echo "== quotes: real-news dev set (seeds/real, user-default acts)"
      SHARED="$SHARED" OUT="$OUT/quotes-real" scripts/score-real.sh ;;
    quotes-real-bbc)
      echo "== quotes: modern real-news dev set (seeds/real-bbc, user-default acts)"
      SHARED="$SHARED" OUT="$OUT/quotes-real-bbc" scripts/score-real-bbc.sh ;;
    stance)
      echo "== stance: FNC-1 competition test"
      newsnlp stance-fnc --stances "$DATA/fnc1/competition_test_stances_unlabeled.csv" --bodies "$DATA/fnc1/competition_test_bodies.csv" --output "$OUT/fnc.csv"
      python3 "$EVAL/fnc_score.py" "$DATA/fnc1/competition_test_stances.csv" "$OUT/fnc.csv" ;;
    *) echo "evaluate: unknown part '$w' (tokens, ner, quotes, quotes-dev, quotes-real, quotes-real-bbc, stance)" >&2; exit 2 ;;
  esac
done
