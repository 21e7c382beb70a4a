"""Measure the anonymizer on a labelled corpus: leak rate, over-redaction and speed.

    python benchmarks/anonymizer_eval.py [CORPUS.jsonl] [--verbose]

A leak is a planted identifier that survives, case-insensitively, as a whole word in the output.
Over-redaction is the share of the other words of a story (tokens outside every identifier
occurrence, as a multiset of lowercased words) that are missing from the output.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reflect.anonymize import anonymize  # noqa: E402

DEFAULT_CORPUS = ROOT / "tests" / "anonymizer_corpus" / "stories.jsonl"
WORD_RE = re.compile(r"\w+(?:['’]\w+)*")
PLACEHOLDER_RE = re.compile(r"\[[A-Z]{1,3}\]")


def whole_word(needle: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)", re.IGNORECASE)


@dataclass
class Scores:
    identifiers: int = 0
    leaks: list[tuple[str, str, str]] = field(default_factory=list)  # (story id, text, kind)
    leaks_by_kind: Counter[str] = field(default_factory=Counter)
    total_by_kind: Counter[str] = field(default_factory=Counter)
    stories: int = 0
    stories_with_leaks: int = 0
    other_words: int = 0
    other_missing: int = 0
    missing_words: list[tuple[str, str, int]] = field(default_factory=list)
    millis: list[float] = field(default_factory=list)
    quasi: int = 0  # phrases that single a person out without a name (corpora 3 and 4)
    quasi_verbatim: list[tuple[str, str]] = field(default_factory=list)  # left word for word
    quasi_unflagged: list[tuple[str, str]] = field(default_factory=list)  # and not in the risks


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def other_words(text: str, identifiers: list[str]) -> Counter[str]:
    covered: list[tuple[int, int]] = []
    for ident in identifiers:
        covered += [(m.start(), m.end()) for m in whole_word(ident).finditer(text)]
    words: Counter[str] = Counter()
    for m in WORD_RE.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in covered):
            words[m.group().lower()] += 1
    return words


def score_story(story: dict[str, Any], scores: Scores) -> None:
    text = story["text"]
    idents = [(i["text"], i["kind"]) for i in story["identifiers"]]
    started = time.perf_counter()
    result = anonymize(text)
    # The engine's own placeholders ("[B]") are letters by order of mention: a person whose
    # initial is B is not leaked by "[B]", so placeholders are blanked before matching.
    output = PLACEHOLDER_RE.sub("[]", result.text)
    scores.millis.append((time.perf_counter() - started) * 1000)
    for phrase in story.get("quasi_identifiers", []):
        scores.quasi += 1
        if phrase.lower() in output.lower():
            scores.quasi_verbatim.append((story["id"], phrase))
            flagged = any(
                risk.kind == "phrase"
                and (
                    phrase.lower() in risk.original.lower()
                    or risk.original.lower() in phrase.lower()
                )
                for risk in result.residual_risks
            )
            if not flagged:
                scores.quasi_unflagged.append((story["id"], phrase))
    scores.stories += 1
    leaked = False
    for ident, kind in idents:
        scores.identifiers += 1
        scores.total_by_kind[kind] += 1
        if whole_word(ident).search(output):
            scores.leaks.append((story["id"], ident, kind))
            scores.leaks_by_kind[kind] += 1
            leaked = True
    scores.stories_with_leaks += leaked
    before = other_words(text, [i for i, _ in idents])
    after = Counter(m.group().lower() for m in WORD_RE.finditer(output))
    scores.other_words += sum(before.values())
    for word, count in before.items():
        missing = count - after.get(word, 0)
        if missing > 0:
            scores.other_missing += missing
            scores.missing_words.append((story["id"], word, missing))


def two_thousand_words(stories: list[dict[str, Any]]) -> str:
    words: list[str] = []
    paragraphs: list[str] = []
    while len(words) < 2000:
        for story in stories:
            paragraphs.append(story["text"])
            words += story["text"].split()
            if len(words) >= 2000:
                break
    return "\n\n".join(paragraphs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="list every leak and lost word"
    )
    args = parser.parse_args(argv)
    stories = load(args.corpus)
    if not stories:
        print("empty corpus")
        return 1

    started = time.perf_counter()
    anonymize("warm up: Jen Morales lives in Portland.")
    print(f"start-up (first call, loads data): {(time.perf_counter() - started) * 1000:.0f} ms")

    scores = Scores()
    for story in stories:
        score_story(story, scores)

    leak_rate = len(scores.leaks) / max(1, scores.identifiers)
    over = scores.other_missing / max(1, scores.other_words)
    millis = sorted(scores.millis)
    p95 = millis[min(len(millis) - 1, int(0.95 * len(millis)))]
    print(f"stories: {scores.stories}, planted identifiers: {scores.identifiers}")
    print(f"leak rate: {len(scores.leaks)}/{scores.identifiers} = {leak_rate:.2%}")
    print(
        "leaks by kind: "
        + ", ".join(
            f"{kind} {scores.leaks_by_kind[kind]}/{total}"
            for kind, total in sorted(scores.total_by_kind.items())
        )
    )
    print(
        f"stories with any leak: {scores.stories_with_leaks}/{scores.stories} "
        f"= {scores.stories_with_leaks / scores.stories:.1%}"
    )
    print(
        f"over-redaction: {scores.other_missing}/{scores.other_words} other words missing = {over:.2%}"
    )
    print(f"ms per story: mean {statistics.mean(millis):.1f}, p95 {p95:.1f}")
    if scores.quasi:
        verbatim = len(scores.quasi_verbatim)
        unflagged = len(scores.quasi_unflagged)
        print(
            f"quasi-identifier phrases: {scores.quasi}, left word for word {verbatim}, "
            f"of which listed in residual_risks {verbatim - unflagged} "
            f"({(verbatim - unflagged) / max(1, verbatim):.0%}), neither rewritten nor listed "
            f"{unflagged} ({unflagged / scores.quasi:.0%})"
        )

    long_text = two_thousand_words(stories)
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        anonymize(long_text)
        runs.append((time.perf_counter() - started) * 1000)
    print(
        f"2,000-word text ({len(long_text.split())} words): median {statistics.median(runs):.0f} ms"
    )

    if args.verbose:
        print("\nleaks:")
        for story_id, ident, kind in scores.leaks:
            print(f"  {story_id}  {kind:8} {ident!r}")
        if scores.quasi_unflagged:
            print("\nquasi-identifiers neither rewritten nor listed:")
            for story_id, phrase in scores.quasi_unflagged:
                print(f"  {story_id}  {phrase!r}")
        print("\nover-redacted words:")
        for story_id, word, count in scores.missing_words:
            print(f"  {story_id}  {word!r} x{count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
