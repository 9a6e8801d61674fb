#!/usr/bin/env python3
"""Growth check of the quote stage on generated worst-case text.

Writes each shape below (one phrase repeated) at SIZE and 4 x SIZE characters into a temporary folder, runs the
benchmarks' `profile FILE:N 3` on both (the quote stage alone, in-process, after its warm-up runs) and prints the CPU
milliseconds of one run (the mean of three) and their ratio. A linear stage gives a ratio of about 4 or less (less where per-run costs that do not grow with the text weigh in);
a quadratic path gives 16 and more
(session 17 found one at 67 s per MB). Single runs are noisy under load: rerun a shape before reading much into a
ratio between 4 and 8.

Usage (from the repository root, after `dotnet build benchmarks/NewsNlp.Benchmarks -c Release`):
    python3 scripts/scaling-sweep.py [SIZE]        # SIZE characters, default 250000
"""
import os
import re
import subprocess
import sys
import tempfile

SHAPES = {
    "according": "according to Smith, ",
    "possessives": "Smith's union's leader's ",
    "capitalised": "The Union Of Port Workers Said ",
    "colon": 'He said: "We will. ',
    "comma-said": ", said Smith, ",
    "curly": "\u201cWe will\u201d said he \u2018maybe\u2019 ",
    "dashes": "Smith - the union leader - said ",
    "abbreviations": "Mr. Smith said U.S. Inc. ",
    "lines": "Smith said\n",
    "names": "Smith, Jones, Brown, ",
    "nested-marks": "\"a 'b \"c 'd ",
    "paragraphs": '"We will," he said.\n\n',
    "parentheses": "(said Smith (of the union) ",
    "pronouns": "He told her that she said they ",
    "quote-close": '," he said. "',
    "told": "Smith told Jones Brown told Hale ",
    "short-quotes": 'he said "it is ',
}

BENCH = os.path.join("benchmarks", "NewsNlp.Benchmarks", "bin", "Release", "net10.0", "NewsNlp.Benchmarks.dll")


def cpu_ms(path: str, size: int) -> float:
    out = subprocess.run(["dotnet", BENCH, "profile", f"{path}:{size}", "3"], capture_output=True, text=True, check=True).stdout
    match = re.search(r"([0-9.,]+) ms cpu per run", out)
    if not match:
        raise RuntimeError(f"no timing in profile output: {out[:200]}")
    return float(match.group(1).replace(",", ""))


def main() -> int:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 250_000
    if not os.path.exists(BENCH):
        print(f"build the benchmarks first: dotnet build benchmarks/NewsNlp.Benchmarks -c Release ({BENCH} not found)")
        return 2
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for name, phrase in SHAPES.items():
            path = os.path.join(folder, name + ".txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write((phrase * (4 * size // len(phrase) + 1))[: 4 * size])
            small, large = cpu_ms(path, size), cpu_ms(path, 4 * size)
            ratio = large / max(small, 0.001)
            worst = max(worst, ratio)
            print(f"{name:14} {size:>9,}: {small:9.1f} ms   {4 * size:>9,}: {large:9.1f} ms   ratio {ratio:5.1f}")
    print(f"largest ratio {worst:.1f} (linear: 4 or less; quadratic: 16 and more)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
