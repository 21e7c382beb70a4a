"""Loading the index with and without the cyclic GC paused (issue 9: keep `gc.disable()` in
`reflect.journal.index.parse_index` only if it matters).

    python benchmarks/index_gc_bench.py                 # 10,000 rows, 15 repetitions
    python benchmarks/index_gc_bench.py --rows 50000 --reps 9

Builds an index payload of N synthetic rows (ids, hashes, stats, dates, tags and ~300 words
of text each, as `reflect.journal.index.encode_index` writes it), then parses it alternately
as shipped and with `gc.disable` made a no-op, in one process, and prints the median of each
and their ratio (CPU time of the process, which a busy machine moves less than wall time). Nothing is encrypted: decryption costs the same either way and would only
hide the difference. Nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import random
import statistics
import time
from collections.abc import Iterator

import reflect.cli  # noqa: F401 - a heap like the real command's (typer, rich, pydantic loaded)
from reflect.journal import index
from reflect.journal.rows import Row

WORDS = "she said no and I kept going what it cost her what I learned what I do now".split()


def synthetic_rows(count: int, seed: int) -> list[Row]:
    rng = random.Random(seed)
    rows = []
    for n in range(count):
        text = " ".join(rng.choice(WORDS) for _ in range(300)) + "\n"
        rows.append(
            Row(
                id=f"{n:032x}",
                sha256=f"{rng.getrandbits(256):064x}",
                stat=(len(text), rng.getrandbits(60), rng.getrandbits(60), n),
                created=f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T10:00:00+00:00",
                updated=None,
                set_id="imperfect-men",
                status="complete",
                title=f"Entry {n}",
                tags=("work", "family"),
                raw=text.encode(),
                sealed_by="d" * 16,
                seal_device="d" * 16,
            )
        )
    return rows


@contextlib.contextmanager
def collector_left_running() -> Iterator[None]:
    real = gc.disable
    gc.disable = lambda: None
    try:
        yield
    finally:
        gc.disable = real


def time_parse(payload: memoryview) -> float:
    start = time.process_time()
    loaded = index.parse_index(payload, vault_format=2)
    elapsed = time.process_time() - start
    assert not isinstance(loaded, str)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    rows = sorted(synthetic_rows(args.rows, args.seed), key=lambda r: r.id)
    payload = memoryview(index.encode_index(rows, generation=1, deleted=()))
    paused, running = [], []
    time_parse(payload)  # warm-up
    for _ in range(args.reps):  # interleaved, so load on the machine hits both alike
        paused.append(time_parse(payload))
        with collector_left_running():
            running.append(time_parse(payload))
    with_pause, without = statistics.median(paused), statistics.median(running)
    print(f"rows: {args.rows}, payload: {len(payload) / 1e6:.1f} MB, reps: {args.reps}")
    print(f"parse, GC paused (as shipped): {with_pause * 1000:8.1f} ms (median)")
    print(f"parse, GC left running:        {without * 1000:8.1f} ms (median)")
    print(f"ratio running / paused:        {without / with_pause:8.2f}")


if __name__ == "__main__":
    main()
