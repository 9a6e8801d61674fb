#!/usr/bin/env bash
# Fuzzes one NewsNlp target with AFL++ through SharpFuzz.
#   fuzz/run.sh tokenizer|quotes|json [EXECUTIONS]   (default 10000000; findings in /tmp/newsnlp-fuzz/<target>)
# Needs afl++ (apt-get install afl++) and the SharpFuzz instrumenter (dotnet tool install -g SharpFuzz.CommandLine --version 2.3.0).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: fuzz/run.sh tokenizer|quotes|json [EXECUTIONS]}
execs=${2:-10000000}
work=${NEWSNLP_FUZZ_DIR:-/tmp/newsnlp-fuzz}
bin="$work/bin"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }
sharpfuzz=$(command -v sharpfuzz || echo "$HOME/.dotnet/tools/sharpfuzz")
[ -x "$sharpfuzz" ] || { echo "sharpfuzz not found: dotnet tool install -g SharpFuzz.CommandLine --version 2.3.0" >&2; exit 2; }

# The instrumented harness is rebuilt when the committed library or harness changes (their tree ids, in .instrumented).
rev=$(git rev-parse HEAD:src/NewsNlp HEAD:fuzz 2>/dev/null | tr '\n' ' ' || echo unknown)
if [ "$(cat "$bin/.instrumented" 2>/dev/null)" != "$rev" ]; then
  rm -rf "$bin"
  dotnet publish fuzz/NewsNlp.Fuzz -c Release -o "$bin" >/dev/null
  "$sharpfuzz" "$bin/NewsNlp.dll"
  echo "$rev" > "$bin/.instrumented"
fi

corpus="$work/corpus-$target"
if [ ! -d "$corpus" ]; then
  mkdir -p "$corpus"
  if [ "$target" = json ]; then
    # Small documents written by the CLI itself, from the first paragraphs of the repository's seed articles.
    for f in seeds/*.txt; do
      head -c 400 "$f" | dotnet "src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll" analyze - --output "$corpus/$(basename "$f" .txt).json" 2>/dev/null || true
    done
  else
    # Paragraphs (at most 900 bytes) of the repository's own seed articles.
    python3 - "$corpus" <<'PY'
import glob, sys
n = 0
for f in sorted(glob.glob('seeds/*.txt')):
    for p in [p for p in open(f, encoding='utf-8').read().split('\n\n') if p.strip()][:6]:
        open(f'{sys.argv[1]}/{n:03d}.txt', 'wb').write(p.encode('utf-8')[:900]); n += 1
PY
  fi
fi

# A target fuzzed before resumes from its saved queue and statistics (AFL_AUTORESUME): EXECUTIONS then counts
# every execution of the target in that folder, this run's and the earlier ones'.
out="$work/$target"
if [ -f "$out/default/fuzzer_stats" ]; then
  export AFL_AUTORESUME=1
  echo "resuming $target from $out ($(awk '/^execs_done/ {print $3}' "$out/default/fuzzer_stats") executions so far)" >&2
fi
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
afl-fuzz -i "$corpus" -o "$out" -E "$execs" -t 5000 -m none -- dotnet "$bin/NewsNlp.Fuzz.dll" "$target"
stats="$work/$target/default/fuzzer_stats"
grep -E '^(execs_done|execs_per_sec|saved_crashes|saved_hangs|corpus_count|run_time) ' "$stats"
crashes=$(awk '/^saved_crashes/ {print $3}' "$stats")
[ "$crashes" = 0 ] || { echo "crashes saved in $work/$target/default/crashes" >&2; exit 1; }
