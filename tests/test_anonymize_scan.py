"""A pattern tried only at its first words finds exactly what the plain regex finds."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path
from typing import TypeVar

import pytest

import reflect.anonymize
from reflect.anonymize import contact
from reflect.anonymize.scan import OnCue, WordAnchored, finditer_in_chunks, first_words

ROOT = Path(__file__).resolve().parent.parent
T = TypeVar("T")


def _labelled(label: str, value: object) -> list[tuple[str, object]]:
    """A value with its label, and what a tuple holds, labelled by position (nested too)."""
    if isinstance(value, tuple):
        return [pair for i, item in enumerate(value) for pair in _labelled(f"{label}[{i}]", item)]
    return [(label, value)]


def module_patterns(kind: type[T]) -> dict[str, T]:
    """Every `kind` object of the anonymizer's modules, at module level or inside a tuple (a
    pattern table, or a pattern with its reason)."""
    found: dict[str, T] = {}
    for module_info in pkgutil.iter_modules(reflect.anonymize.__path__):
        module = importlib.import_module(f"reflect.anonymize.{module_info.name}")
        for name, value in vars(module).items():
            for label, item in _labelled(name, value):
                if isinstance(item, kind):
                    found[f"{module_info.name}.{label}"] = item
    return found


def corpus_texts() -> list[str]:
    texts = []
    for corpus in sorted((ROOT / "tests").glob("anonymizer_*/stories.jsonl")):
        for line in corpus.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


# Shapes every pattern family starts with, in several cases, run together so that one match can
# end where the next begins.
SYNTHETIC = (
    "She was 19. I was nineteen, she was twenty-two and I'm 24 now. A 22-year-old, an "
    "eighteen year old, at 38, turned sixteen, aged 9. Coach Reyes and DR. Okafor met Staff "
    "Sergeant Vance in Room 214, apt 3B, the store #12, our office 9, gate B9. On March 3, 2020, "
    "on the 17th, Tuesday, the 5th of May 2019, 12/06/2019, 2010-06-30. my 16th birthday, her "
    "thirtieth. A girl maybe fifteen, a woman of forty, maybe 23 at the time, not yet 12, and "
    "WAS 20 years old, ſhe was 20. Her handle was moonmoth_ava, then _x_lily_, ImperfectDad77, "
    "hannah.b.92 and jess.runs.club; abc12@x, she DMed me as Kestrel; my insta is lils.x.rose."
)


PATTERNS = module_patterns(WordAnchored)


CUED = module_patterns(OnCue)


@pytest.mark.parametrize("name", sorted(CUED))
def test_a_pattern_compiled_on_cue_finds_what_finditer_finds(name: str) -> None:
    """A text without a cue is skipped uncompiled: that must never skip a match."""
    cued = CUED[name]
    plain = re.compile(cued._source, cued._flags)
    for text in [SYNTHETIC, SYNTHETIC.lower(), SYNTHETIC.upper(), *corpus_texts()]:
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in cued.finditer(text)] == expected, name


def test_a_cue_missing_is_caught() -> None:
    complete = OnCue(r"\b(?:UK|KL)\b", ["UK", "KL"])
    incomplete = OnCue(r"\b(?:UK|KL)\b", ["UK"])
    assert len(complete.finditer("in KL then")) == 1
    assert incomplete.finditer("in KL then") == []


def test_the_anchored_patterns_are_found() -> None:
    assert len(PATTERNS) >= 5, sorted(PATTERNS)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_anchored_pattern_finds_what_finditer_finds(name: str) -> None:
    anchored = PATTERNS[name]
    for text in [SYNTHETIC, SYNTHETIC.lower(), SYNTHETIC.upper(), *corpus_texts()]:
        expected = [(m.span(), m.groupdict()) for m in anchored.pattern.finditer(text)]
        got = [(m.span(), m.groupdict()) for m in anchored.finditer(text)]
        assert got == expected, (name, text[:80])


@pytest.mark.parametrize("position", range(len(contact._USERNAME_RES)))
def test_username_shapes_in_chunks_find_what_finditer_finds(position: int) -> None:
    pattern, worth_trying = contact._USERNAME_RES[position]
    for text in [SYNTHETIC, *corpus_texts()]:
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in finditer_in_chunks(pattern, text, worth_trying)] == expected


def test_a_word_missing_from_the_set_is_caught() -> None:
    """The check above has teeth: an anchored pattern whose set lacks a first word differs."""
    pattern = re.compile(r"\b(?:was|turned)\s+\d+", re.IGNORECASE)
    complete = WordAnchored.of(pattern, ["was", "turned"])
    incomplete = WordAnchored.of(pattern, ["was"])
    text = "she was 19 and turned 20"
    assert [m.span() for m in complete.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in incomplete.finditer(text)] != [
        m.span() for m in pattern.finditer(text)
    ]


def test_first_words_of_a_word_list() -> None:
    assert first_words("Staff Sergeant|Dr|Coach") == ["Staff", "Dr", "Coach"]
    with pytest.raises(ValueError):
        first_words("(?:a|b)")
