"""What explaining a broken question set costs, next to checking a valid one.

    python benchmarks/authoring_bench.py

The built-in set (about 400 lines) is checked as it is, then with one mistake at its end of
each kind the explanation has to work hardest for: a mistake a known pattern explains, one only
the one-character search finds, and a long line nothing mends (the search gives up and the
general message is shown). Prints the median time of each and its ratio to the valid check,
measured in this one run.
"""

from __future__ import annotations

import functools
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reflect.promptsets import validate_text  # noqa: E402

VALID = (ROOT / "prompts" / "imperfect-men.toml").read_text(encoding="utf-8")
STEP = '\n[[steps]]\nid = "extra"\nkind = "text"\n'
CASES = {
    "valid set": VALID,
    "quote inside a text": VALID + STEP + 'text = "When she said "no", what did you do?"\n',
    "one character too many": VALID + STEP + 'te}xt = "What happened?"\n',
    "long line nothing mends": VALID + STEP + "choices = [" + '"a" "b" ' * 35 + "\n",
}


def median_seconds(run: Callable[[], object], repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    base = median_seconds(lambda: validate_text(VALID))
    print(f"{'case':<26} {'median ms':>10} {'x valid':>8}")
    for name, text in CASES.items():
        seconds = median_seconds(functools.partial(validate_text, text))
        first = validate_text(text)
        assert (name == "valid set") == (not first), (name, first)
        print(f"{name:<26} {seconds * 1000:>10.1f} {seconds / base:>8.1f}")


if __name__ == "__main__":
    main()
