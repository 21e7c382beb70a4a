"""One unlock per sitting: reads inside the home screen, and commands after `reflect unlock`.

Two figures, each a ratio measured in one run (docs/architecture.md, "Performance budgets"):

1. The home screen. In one process, the journal is unlocked once (scrypt, then the index),
   and then each read the home offers is timed as the home runs it:
     read     the newest entry of the visit's list, decrypted and rendered for the pager;
     search   a search, and the first page of its results labelled (from the index);
     compare  the newest and the run before it, decrypted and rendered side by side.
   The visit sorts its list of entries once, at the first unlock, which is timed with it.
   Printed: each read's median, its ratio to the first unlock, and to the 0.1 s budget.

2. The agent. `reflect list` and `reflect show` (the newest entry) as fresh processes, with
   --passphrase-file (scrypt every time) and after `reflect unlock` (no scrypt), on the same
   journal. Printed: the medians and the ratio agent / passphrase.

    python benchmarks/sitting_bench.py                 # 10,000 entries, 5 repetitions
    python benchmarks/sitting_bench.py --n 1000 --reps 3 --keep

The journal is the one benchmarks/search_bench.py builds: entries of ~300 words of
deterministic text, written with the public key as a session writes them, then one
`reflect list` to build the index. Timing is wall-clock; nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import search_bench  # noqa: E402  (the shared journal builder, beside this file)

BUDGET = 0.1  # seconds: every read inside the home after the first unlock
WORD = "lighthouse"


def median_of(action: Callable[[], object], reps: int) -> float:
    action()  # warm-up
    runs = []
    for _ in range(reps):
        started = time.perf_counter()
        action()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def home_reads(home: Path, reps: int) -> None:
    from reflect.journal.store import Journal
    from reflect.ui import home as screen
    from reflect.ui import pager
    from reflect.ui.journal import entry_renderables
    from reflect.vault import Vault

    started = time.perf_counter()
    journal = Journal(Vault.open(home))
    keys = journal.vault.unlock(search_bench.PASSPHRASE)
    opened, _ = journal.unlock(keys)
    records = opened.list_entries()  # the visit sorts its entries once per unlock
    first_unlock = time.perf_counter() - started

    def read() -> None:  # the newest entry, from the list, rendered for the pager
        entry = opened.get(records[0]["id"])
        pager.render(entry_renderables(entry), width=80, colour=True)

    def search() -> None:  # the search and the first page of its results, labelled
        hits = opened.search(WORD)
        room = 76
        for hit in hits[: screen.page_size()]:
            screen.fit(screen.entry_label(hit.record, room) + " · " + hit.snippets[0], room)

    def compare() -> None:  # the newest and the run before it, side by side
        same_set = [r for r in records if r["set"] == records[0]["set"]]
        now, then = opened.get(same_set[0]["id"]), opened.get(same_set[1]["id"])
        pager.render(entry_renderables(now, then), width=80, colour=True)

    print(f"\nHome screen, {len(records)} entries, one process:")
    print(f"  first unlock (scrypt, index, sorted list)  {first_unlock:7.3f} s")
    for name, action in (("read", read), ("search", search), ("compare", compare)):
        took = median_of(action, reps)
        print(
            f"  {name:<8} {took * 1000:8.1f} ms   {took / first_unlock:6.3f}x the first unlock   "
            f"{took / BUDGET:5.2f}x the {BUDGET * 1000:.0f} ms budget"
        )


def agent_commands(home: Path, work: Path, reps: int) -> None:
    exe = search_bench.reflect_command()
    pw_file = work / "passphrase"
    runtime = Path(tempfile.mkdtemp(prefix="rt-", dir="/tmp"))
    runtime.chmod(0o700)
    env = {
        **search_bench.base_env(work),
        "REFLECT_HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    commands = {"list": ["list"], "show": ["show", "--json"]}
    with_passphrase = {
        name: search_bench.timed([exe, *argv, "--passphrase-file", str(pw_file)], env, reps)
        for name, argv in commands.items()
    }
    search_bench.run([exe, "unlock", "--passphrase-file", str(pw_file)], env)
    try:
        with_agent = {
            name: search_bench.timed([exe, *argv], env, reps) for name, argv in commands.items()
        }
    finally:
        search_bench.run([exe, "lock"], env)
        shutil.rmtree(runtime, ignore_errors=True)
    print("\nA command after `reflect unlock`, against the same command with its passphrase:")
    for name in commands:
        agent, passphrase = with_agent[name], with_passphrase[name]
        print(
            f"  reflect {name:<5} passphrase {passphrase.median:6.3f} s   after unlock "
            f"{agent.median:6.3f} s   ratio {agent.median / passphrase.median:5.2f}x"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="entries in the journal")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="reflect-sitting-"))
    (work / "passphrase").write_text(search_bench.PASSPHRASE + "\n")
    try:
        texts = search_bench.make_texts(args.n, WORD, 0.01, args.seed)
        print(f"Building a journal of {args.n} entries in {work} ...")
        result = search_bench.bench_reflect(args.n, texts, work, WORD, 1, with_list=False)
        home = work / f"reflect-{args.n}"
        print(
            f"  built in {result.build_seconds:.1f} s; index {search_bench.mib(result.index_size)}"
        )
        home_reads(home, args.reps)
        agent_commands(home, work, args.reps)
    finally:
        if args.keep:
            print(f"\nKept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.environ.pop("REFLECT_PASSPHRASE_FILE", None)
    main()
