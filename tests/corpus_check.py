"""Check a labelled anonymizer corpus: format, counts, whole-word labels, coverage, quasi
phrases, and that contact details are fictional (US 555-01xx, UK 07700 900xxx, example.*).

Shared by the corpora written from the sixth on, each of whose `validate.py` calls `main` with
its own folder (`python3 tests/anonymizer_<name>/validate.py`, `--review` to list capitalised
words and digit runs that are not labelled, for a human to look over).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

KINDS = frozenset(
    "person place org venue handle email url phone address date year age number time".split()
)
KEYS = frozenset({"id", "text", "identifiers", "tags", "quasi_identifiers"})
EXPECTED_STORIES = 60
EXPECTED_EMPTY = 5
MAX_WORDS = 220
_FICTIONAL_PHONE = re.compile(r"555[-. ]?01\d\d$|07700\s?900\s?\d{3}$")
_FICTIONAL_EMAIL = re.compile(r"@example\.[a-z.]+$")


def whole_word(label: str) -> re.Pattern[str]:
    """Match `label` as a whole word, even when it starts or ends with punctuation."""
    return re.compile(r"(?<!\w)" + re.escape(label) + r"(?!\w)", re.IGNORECASE)


def word_count(text: str) -> int:
    return len(text.split())


def check_story(story: dict[str, object], problems: list[str], min_words: int) -> None:
    sid = story.get("id")
    where = f"{sid}:"
    if set(story) != KEYS:
        problems.append(f"{where} keys are {sorted(story)}")
        return
    text = story["text"]
    identifiers = story["identifiers"]
    tags = story["tags"]
    quasi = story["quasi_identifiers"]
    if not isinstance(text, str) or not isinstance(identifiers, list):
        problems.append(f"{where} text must be a string and identifiers a list")
        return
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        problems.append(f"{where} tags must be a list of strings")
    if not isinstance(quasi, list) or not all(isinstance(q, str) for q in quasi):
        problems.append(f"{where} quasi_identifiers must be a list of strings")
        quasi = []
    words = word_count(text)
    if not min_words <= words <= MAX_WORDS:
        problems.append(f"{where} {words} words, outside {min_words}-{MAX_WORDS}")
    labels: list[str] = []
    for item in identifiers:
        if not isinstance(item, dict) or set(item) != {"text", "kind"}:
            problems.append(f"{where} bad identifier {item!r}")
            continue
        label, kind = item["text"], item["kind"]
        if not isinstance(label, str) or not label or label != label.strip():
            problems.append(f"{where} bad label {label!r}")
            continue
        if kind not in KINDS:
            problems.append(f"{where} unknown kind {kind!r} for {label!r}")
        if kind == "phone" and not _FICTIONAL_PHONE.search(label):
            problems.append(f"{where} phone {label!r} is not in a fiction range")
        if kind == "email" and not _FICTIONAL_EMAIL.search(label):
            problems.append(f"{where} email {label!r} is not on an example domain")
        if kind == "handle" and "@" in label:
            problems.append(f"{where} handle {label!r} keeps its @")
        if kind == "person" and re.search(r"['’]s$", label):
            problems.append(f"{where} person {label!r} keeps its 's")
        if kind == "venue" and re.match(r"(?i)the\s", label):
            problems.append(f"{where} venue {label!r} keeps a leading The")
        if kind == "age" and re.search(r"(?i)year|old", label):
            problems.append(f"{where} age {label!r} is more than the number")
        if label in labels:
            problems.append(f"{where} duplicate label {label!r}")
        labels.append(label)
        # Whole-word presence, with the exact case.
        exact = re.compile(r"(?<!\w)" + re.escape(label) + r"(?!\w)")
        if not exact.search(text):
            problems.append(f"{where} label {label!r} not found whole-word in text")
    check_coverage(str(sid), text, labels, problems)
    for phrase in quasi:
        if phrase not in text:
            problems.append(f"{where} quasi phrase {phrase!r} not verbatim in text")
    if tags and isinstance(tags, list):
        if not identifiers and "no_identifiers" not in tags:
            problems.append(f"{where} empty identifiers but no `no_identifiers` tag")
        if identifiers and "no_identifiers" in tags:
            problems.append(f"{where} `no_identifiers` tag with identifiers")


def check_coverage(sid: str, text: str, labels: list[str], problems: list[str]) -> None:
    """Every case-insensitive whole-word hit of a label is a label or inside a longer one."""
    spans: list[tuple[int, int]] = []
    for label in labels:
        exact = re.compile(r"(?<!\w)" + re.escape(label) + r"(?!\w)")
        spans.extend((m.start(), m.end()) for m in exact.finditer(text))
    for label in labels:
        for m in whole_word(label).finditer(text):
            start, end = m.start(), m.end()
            if any(s <= start and end <= e for s, e in spans):
                continue
            context = text[max(0, start - 25) : end + 25].replace("\n", " ")
            problems.append(f"{sid}: {m.group(0)!r} (label {label!r}) is not covered: …{context}…")


def review(stories: list[dict[str, object]]) -> None:
    """List capitalised words and digit runs outside labels, for a human eye."""
    for story in stories:
        text = str(story["text"])
        items = story["identifiers"]
        assert isinstance(items, list)
        spans: list[tuple[int, int]] = []
        for item in items:
            label = str(item["text"])
            exact = re.compile(r"(?<!\w)" + re.escape(label) + r"(?!\w)")
            spans.extend((m.start(), m.end()) for m in exact.finditer(text))
        found: list[str] = []
        for m in re.finditer(r"(?<![\w'’])(?:[A-Z]\w*|\w*\d\w*)", text):
            if any(s <= m.start() and m.end() <= e for s, e in spans):
                continue
            before = text[: m.start()].rstrip()
            if m.group(0)[0].isupper() and (not before or before[-1] in ".!?\"“‘'("):
                continue
            if m.group(0) == "I" or m.group(0).startswith("I'") or m.group(0).startswith("I’"):
                continue
            found.append(m.group(0))
        if found:
            print(f"{story['id']}: {' '.join(found)}")


def main(argv: list[str], here: Path, min_words: int = 150) -> int:
    stories_file = here / "stories.jsonl"
    problems: list[str] = []
    stories: list[dict[str, object]] = []
    for number, line in enumerate(stories_file.read_text(encoding="utf-8").splitlines(), 1):
        try:
            story = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"line {number}: not JSON ({error})")
            continue
        if not isinstance(story, dict):
            problems.append(f"line {number}: not an object")
            continue
        stories.append(story)
    ids = [str(s.get("id")) for s in stories]
    if len(stories) != EXPECTED_STORIES:
        problems.append(f"{len(stories)} stories, expected {EXPECTED_STORIES}")
    if ids != [f"w{n:03d}" for n in range(1, len(ids) + 1)]:
        problems.append("ids are not w001.. in order")
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for story in stories:
        check_story(story, problems, min_words)
    empty = sum(1 for s in stories if not s.get("identifiers"))
    if empty != EXPECTED_EMPTY:
        problems.append(f"{empty} stories with no identifiers, expected {EXPECTED_EMPTY}")
    for problem in problems:
        print(problem)
    if "--review" in argv:
        review(stories)
    kinds: Counter[str] = Counter()
    quasi = 0
    for s in stories:
        items = s.get("identifiers")
        if isinstance(items, list):
            kinds.update(str(item.get("kind")) for item in items if isinstance(item, dict))
        phrases = s.get("quasi_identifiers")
        if isinstance(phrases, list):
            quasi += len(phrases)
    words = sum(word_count(str(s.get("text", ""))) for s in stories)
    print(
        f"{len(stories)} stories, {words} words, {sum(kinds.values())} identifiers "
        f"({', '.join(f'{k} {n}' for k, n in kinds.most_common())}), {quasi} quasi phrases"
    )
    if problems:
        print(f"FAILED: {len(problems)} problem(s)")
        return 1
    print("OK")
    return 0
