"""Ages, dates and numbers: shapes added with the speed work, each with decoys that must stay."""

from __future__ import annotations

import pytest

from reflect.anonymize import anonymize


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("Now I have a daughter, she is four, and I worry.", "she is a child, and"),
        ("He was two when we split.", "He was a child when"),
        ("My son is three.", "My son is a child."),
    ],
)
def test_a_small_child_age_in_words_is_generalised(text: str, reads: str) -> None:
    result = anonymize(text)
    assert reads in result.text, result.text


@pytest.mark.parametrize(
    "text",
    [
        "We were four, and it was late.",
        "They were three at the table.",
        "She was one of them.",
        "She is one.",
    ],
)
def test_counts_of_people_stay(text: str) -> None:
    assert anonymize(text).text == text
