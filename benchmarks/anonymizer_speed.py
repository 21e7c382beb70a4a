"""The anonymizer's speed budgets (docs/architecture.md, "Performance budgets"), as ratios in one run.

    python benchmarks/anonymizer_speed.py [--runs 15]

1. `reflect anonymize` as a process, on one story from the labelled corpus piped to stdin,
   against `python -c "import typer"` in the same environment: at most 2.5x (medians of
   --runs runs each, round-robin after one warm-up).
2. Anonymizing a 2,000-word story in process, after the first call has loaded the word lists:
   under 200 ms (median of 7).

Bytecode for every module is cached in a temp folder first, as for an installed copy. Prints
PASS/FAIL for people to read and exits 0: benchmarks never assert on wall time in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "anonymizer_corpus" / "stories.jsonl"
PROCESS_BUDGET = 2.5
IN_PROCESS_BUDGET_MS = 200.0


def reflect_command() -> list[str]:
    found = shutil.which("reflect", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "reflect"]


def time_process(command: list[str], stdin: bytes, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, input=stdin, stdout=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)

    stories = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    story = stories[0]["text"].encode("utf-8")
    cache = tempfile.mkdtemp(prefix="reflect-bench-pyc-")
    env = {**os.environ, "PYTHONPYCACHEPREFIX": cache}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    commands = {
        "import typer": [sys.executable, "-c", "import typer"],
        "reflect anonymize": [*reflect_command(), "anonymize"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # warm-up: compiles and caches bytecode
        time_process(command, story, env)
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(time_process(command, story, env))
    shutil.rmtree(cache, ignore_errors=True)
    typer_ms = statistics.median(times["import typer"]) * 1000
    anonymize_ms = statistics.median(times["reflect anonymize"]) * 1000
    ratio = anonymize_ms / typer_ms
    print(
        f"python -c 'import typer': median {typer_ms:.0f} ms (min {min(times['import typer']) * 1000:.0f})"
    )
    print(
        f"reflect anonymize ({len(story.split())}-word story on stdin): median {anonymize_ms:.0f} ms "
        f"(min {min(times['reflect anonymize']) * 1000:.0f})"
    )
    print(
        f"ratio {ratio:.2f}x (budget {PROCESS_BUDGET}x): {'PASS' if ratio <= PROCESS_BUDGET else 'FAIL'}"
    )

    sys.path.insert(0, str(ROOT / "src"))
    from reflect.anonymize import anonymize

    started = time.perf_counter()
    anonymize("warm up: Jen Morales lives in Portland.")
    first_ms = (time.perf_counter() - started) * 1000
    words: list[str] = []
    paragraphs: list[str] = []
    for entry in stories:
        if len(words) >= 2000:
            break
        paragraphs.append(entry["text"])
        words += entry["text"].split()
    long_text = "\n\n".join(paragraphs)
    runs = []
    for _ in range(7):
        started = time.perf_counter()
        anonymize(long_text)
        runs.append((time.perf_counter() - started) * 1000)
    median = statistics.median(runs)
    print(f"first call in process (loads the word lists): {first_ms:.0f} ms")
    print(
        f"{len(long_text.split())}-word story in process: median {median:.0f} ms, min {min(runs):.0f} ms "
        f"(budget {IN_PROCESS_BUDGET_MS:.0f} ms): {'PASS' if median < IN_PROCESS_BUDGET_MS else 'FAIL'}"
    )
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
