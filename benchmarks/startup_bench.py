"""Start-up against its budgets, in this environment.

    python benchmarks/startup_bench.py            # 20 runs of each command
    python benchmarks/startup_bench.py --runs 50

Budgets (docs/architecture.md, "Performance budgets"):
  `reflect --help`     at most 1.3x the `--help` of a minimal two-command typer app
  `reflect --version`  at most 1.5x `python -c "import typer"`

Every command is a fresh process started from this Python's environment; the commands are run
round-robin (one warm-up each first) so that drift in the machine's load hits all of them
alike. Ratios are of medians (min-to-min ratios are shown too). Then the top imports of
`python -X importtime -c "import reflect.cli"`, so a regression is easy to trace. Nothing here
asserts on time: it prints figures and PASS/FAIL against the budgets.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TYPER_APP = '''
import typer

app = typer.Typer()


@app.command()
def hello(name: str, formal: bool = False) -> None:
    """Say hello."""
    print(("Good day, " if formal else "Hello ") + name)


@app.command()
def goodbye(name: str) -> None:
    """Say goodbye."""
    print(f"Bye {name}")


if __name__ == "__main__":
    app()
'''


def reflect_command() -> list[str]:
    beside = Path(sys.executable).parent / "reflect"
    found = str(beside) if beside.exists() else shutil.which("reflect")
    if not found:
        raise SystemExit(
            "No `reflect` command: install the project first (see benchmarks/README.md)."
        )
    return [found]


def run_once(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, stdin=subprocess.DEVNULL)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(argv)}\n{done.stderr.decode()}")
    return elapsed


def importtime_log(env: dict[str, str], module: str) -> str:
    """stderr of `python -X importtime -c "import MODULE"` (the second run: bytecode cached)."""
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    return done.stderr


def show_importtime(log: str, module: str, top: int) -> None:
    rows: list[tuple[int, int, str]] = []
    for line in log.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_text, cumulative_text, module_name = (part.strip() for part in line[12:].split("|"))
        rows.append((int(cumulative_text), int(self_text), module_name.strip()))
    total = max(rows)[0] if rows else 0
    print(
        f'\n`python -X importtime -c "import {module}"`: {total / 1000:.1f} ms in all, '
        f"{len(rows)} modules. Top {top} by cumulative time:"
    )
    print(f"  {'cumul. ms':>9}  {'self ms':>7}  module")
    for cumulative, self_us, name in sorted(rows, reverse=True)[:top]:
        print(f"  {cumulative / 1000:9.1f}  {self_us / 1000:7.1f}  {name}")
    print(f"Top {top} by self time:")
    for cumulative, self_us, name in sorted(rows, key=lambda r: r[1], reverse=True)[:top]:
        print(f"  {cumulative / 1000:9.1f}  {self_us / 1000:7.1f}  {name.strip()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="timed runs of each command")
    parser.add_argument("--top", type=int, default=10, help="imports to list")
    parser.add_argument(
        "--env-as-is",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE/PYTHONPYCACHEPREFIX as they are (by default every "
        "module's bytecode is cached in a temp folder, as for an installed copy)",
    )
    args = parser.parse_args(argv)

    env = {k: v for k, v in os.environ.items() if not k.startswith("REFLECT_")}
    env["COLUMNS"] = "100"
    work = Path(tempfile.mkdtemp(prefix="reflect-startup-bench-"))
    env["REFLECT_HOME"] = str(work / "home")  # --help/--version never touch it; be safe anyway
    if not args.env_as_is:
        # An editable checkout under PYTHONDONTWRITEBYTECODE=1 recompiles reflect's source on
        # every start while typer's .pyc files were written at install time: cache everything's
        # bytecode alike, outside the checkout, as an installed copy would have it.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    app = work / "two_command_app.py"
    app.write_text(TYPER_APP, encoding="utf-8")
    reflect = reflect_command()
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        'python -c "import typer"': [sys.executable, "-c", "import typer"],
        "typer app --help": [sys.executable, str(app), "--help"],
        "reflect --version": [*reflect, "--version"],
        "reflect --help": [*reflect, "--help"],
    }
    try:
        for argv in commands.values():
            run_once(argv, env)  # warm-up: .pyc files, page cache
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, argv in commands.items():
                times[name].append(run_once(argv, env))
        imports = importtime_log(env, "reflect.cli")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    import typer

    print(
        f"Python {sys.version.split()[0]} ({sys.executable}); typer {typer.__version__}; "
        f"{os.cpu_count()} cores; {args.runs} runs each, round-robin, after one warm-up"
    )
    if args.env_as_is:
        state = os.environ.get("PYTHONDONTWRITEBYTECODE") and "PYTHONDONTWRITEBYTECODE is set"
        print(f"Environment as is ({state or 'bytecode caching as configured'})")
    else:
        print("Bytecode cached for every module (temp PYTHONPYCACHEPREFIX; --env-as-is to skip)")
    print(f"  {'command':<26} {'median':>9} {'min':>9}")
    for name, values in times.items():
        print(f"  {name:<26} {statistics.median(values) * 1000:7.1f}ms {min(values) * 1000:7.1f}ms")

    def ratio(a: str, b: str) -> tuple[float, float]:
        return (
            statistics.median(times[a]) / statistics.median(times[b]),
            min(times[a]) / min(times[b]),
        )

    print()
    for subject, baseline, budget in (
        ("reflect --help", "typer app --help", 1.3),
        ("reflect --version", 'python -c "import typer"', 1.5),
    ):
        by_median, by_min = ratio(subject, baseline)
        verdict = "PASS" if by_median <= budget else "FAIL"
        print(
            f"  {subject} / {baseline}: {by_median:.2f}x (min/min {by_min:.2f}x), "
            f"budget <= {budget}x: {verdict}"
        )

    show_importtime(imports, "reflect.cli", args.top)
    return 0  # figures, not a test: the verdicts above are for people to read


if __name__ == "__main__":
    sys.exit(main())
