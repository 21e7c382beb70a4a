"""Check stories.jsonl in this folder: format, counts, labels and the coverage rule.

Run from anywhere: ``python3 tests/anonymizer_fifth/validate.py``. It prints one line per
failure and exits 1 if there is any. ``--review`` also lists capitalised words and digit
runs that no label covers, so that what stays unlabelled is a choice, not an oversight.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
STORIES = HERE / "stories.jsonl"

KINDS = frozenset(
    {
        "person",
        "place",
        "org",
        "venue",
        "handle",
        "email",
        "url",
        "phone",
        "address",
        "date",
        "year",
        "age",
        "number",
        "time",
    }
)
KEYS = frozenset({"id", "text", "identifiers", "tags", "quasi_identifiers"})
EXPECTED_STORIES = 60
EXPECTED_EMPTY = 5
MIN_WORDS, MAX_WORDS = 120, 220
MIN_CHAT_STYLE = 10

# Fiction-reserved phone ranges: US 555-0100..0199, UK 07700 900000..900999.
US_PHONE = re.compile(r"555[-. ]?01\d\d")
UK_PHONE = re.compile(r"07700 ?900\s?\d{3}")


def whole_word(label: str) -> re.Pattern[str]:
    """Match ``label`` as a whole word, also when it starts or ends with punctuation."""
    return re.compile(r"(?<!\w)" + re.escape(label) + r"(?!\w)")


def whole_word_ci(label: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(label) + r"(?!\w)", re.IGNORECASE)


def labelled_spans(text: str, labels: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for label in labels:
        spans.extend((m.start(), m.end()) for m in whole_word(label).finditer(text))
    return spans


def check_story(story: dict[str, object]) -> list[str]:
    problems: list[str] = []
    sid = str(story.get("id"))
    if set(story) != KEYS:
        return [f"{sid}: keys are {sorted(story)}, want {sorted(KEYS)}"]
    text = story["text"]
    if not isinstance(text, str):
        return [f"{sid}: text is not a string"]
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        problems.append(f"{sid}: {words} words, want {MIN_WORDS}-{MAX_WORDS}")
    idents = story["identifiers"]
    if not isinstance(idents, list):
        return [*problems, f"{sid}: identifiers is not a list"]
    labels: list[str] = []
    for item in idents:
        if not isinstance(item, dict) or set(item) != {"text", "kind"}:
            problems.append(f"{sid}: bad identifier {item!r}")
            continue
        label, kind = str(item["text"]), str(item["kind"])
        if kind not in KINDS:
            problems.append(f"{sid}: unknown kind {kind!r} for {label!r}")
        if label in labels:
            problems.append(f"{sid}: duplicate label {label!r}")
        if label != label.strip() or not label:
            problems.append(f"{sid}: label {label!r} has outer spaces or is empty")
        if kind == "handle" and "@" in label:
            problems.append(f"{sid}: handle {label!r} keeps its @")
        if kind == "person" and label.endswith(("'s", "’s")):
            problems.append(f"{sid}: person {label!r} keeps its 's")
        if kind == "venue" and label.lower().startswith("the "):
            problems.append(f"{sid}: venue {label!r} keeps a leading The")
        if kind == "age" and re.search(r"year|old", label, re.IGNORECASE):
            problems.append(f"{sid}: age {label!r} is more than the number")
        if kind == "phone" and not (US_PHONE.search(label) or UK_PHONE.search(label)):
            problems.append(f"{sid}: phone {label!r} is outside the fiction ranges")
        if kind in {"email", "url"} and "example." not in label:
            problems.append(f"{sid}: {kind} {label!r} is not on an example.* domain")
        if not whole_word(label).search(text):
            problems.append(f"{sid}: label {label!r} does not occur as a whole word")
        labels.append(label)
    spans = labelled_spans(text, labels)
    listed = set(labels)
    for label in labels:
        for m in whole_word_ci(label).finditer(text):
            if m.group(0) in listed:
                continue
            inside = any(
                s <= m.start() and m.end() <= e and (e - s) > (m.end() - m.start())
                for s, e in spans
            )
            if not inside:
                problems.append(
                    f"{sid}: {m.group(0)!r} at {m.start()} matches label {label!r} "
                    "but is neither listed nor inside a longer label"
                )
    quasi = story["quasi_identifiers"]
    if not isinstance(quasi, list):
        problems.append(f"{sid}: quasi_identifiers is not a list")
    else:
        for phrase in quasi:
            if not isinstance(phrase, str) or phrase not in text:
                problems.append(f"{sid}: quasi phrase {phrase!r} is not verbatim in text")
            if phrase in listed:
                problems.append(f"{sid}: quasi phrase {phrase!r} is also an identifier")
    tags = story["tags"]
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        problems.append(f"{sid}: tags must be a list of strings")
    elif bool(idents) == ("no_identifiers" in tags):
        problems.append(f"{sid}: no_identifiers tag disagrees with the identifiers")
    return problems


SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|[\"“‘(]\s*|:\s+|\n)$")


def review(story: dict[str, object]) -> list[str]:
    """Capitalised words and digit runs that no label covers (for a human to judge)."""
    text = str(story["text"])
    spans = labelled_spans(text, [str(i.get("text")) for i in dict_list(story["identifiers"])])
    out: list[str] = []
    for m in re.finditer(r"\b(?:[A-Z]\w*|\w*\d\w*)\b", text):
        if any(s <= m.start() and m.end() <= e for s, e in spans):
            continue
        word = m.group(0)
        if word == "I" or (word[0].isupper() and SENTENCE_START.search(text[: m.start()])):
            continue
        out.append(f"{story['id']}: unlabelled {word!r}")
    return out


def str_list(value: object) -> list[str]:
    """The strings in a JSON list (empty if it is not a list)."""
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def dict_list(value: object) -> list[dict[str, object]]:
    """The objects in a JSON list (empty if it is not a list)."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def main(argv: list[str]) -> int:
    lines = STORIES.read_text(encoding="utf-8").splitlines()
    problems: list[str] = []
    stories: list[dict[str, object]] = []
    for n, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"line {n}: not JSON ({err})")
            continue
        if not isinstance(obj, dict):
            problems.append(f"line {n}: not an object")
            continue
        stories.append(obj)
    ids = [str(s.get("id")) for s in stories]
    want = [f"v{n:03d}" for n in range(1, EXPECTED_STORIES + 1)]
    if ids != want:
        problems.append(f"ids are not v001..v{EXPECTED_STORIES:03d} in order")
    for story in stories:
        problems.extend(check_story(story))
    empty = sum(1 for s in stories if s.get("identifiers") == [])
    if empty != EXPECTED_EMPTY:
        problems.append(f"{empty} stories without identifiers, want {EXPECTED_EMPTY}")
    tag_counts: Counter[str] = Counter(t for s in stories for t in str_list(s.get("tags")))
    if tag_counts["chat-style"] < MIN_CHAT_STYLE:
        problems.append(f"{tag_counts['chat-style']} chat-style stories, want {MIN_CHAT_STYLE}+")
    for p in problems:
        print(p)
    if "--review" in argv:
        for story in stories:
            for line in review(story):
                print(line)
    words = sum(len(str(s.get("text", "")).split()) for s in stories)
    kinds: Counter[str] = Counter(
        str(i.get("kind")) for s in stories for i in dict_list(s.get("identifiers"))
    )
    quasi = sum(len(str_list(s.get("quasi_identifiers"))) for s in stories)
    print(
        f"{len(stories)} stories, {words} words, {sum(kinds.values())} identifiers, "
        f"{quasi} quasi phrases"
    )
    print("kinds: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print("tags: " + ", ".join(f"{k} {n}" for k, n in sorted(tag_counts.items())))
    if problems:
        print(f"FAIL: {len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
