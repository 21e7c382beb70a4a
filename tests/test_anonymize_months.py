"""A month said alone becomes its season; "may" the verb and "march" the noun stay. The
examples are written for this file."""

from __future__ import annotations

import pytest

from helpers import anonymized, gone


@pytest.mark.parametrize(
    ("text", "month", "reads"),
    [
        ("She left the team in October.", "October", "in the autumn."),
        ("it happened last january at the party.", "january", "last winter at"),
        ("By March she had moved out.", "March", "By the spring she"),
        ("i saw her again in early august.", "august", "in early summer."),
        ("She was gone by the end of may.", "may", "the end of the spring."),
        ("We broke up mid-November, after the trip.", "November", "mid-autumn,"),
        ("Every December she flew home.", "December", "Every winter she"),
        ("It happened in May, not in June.", "June", "in the spring, not in the summer."),
    ],
)
def test_a_month_alone_becomes_its_season(text: str, month: str, reads: str) -> None:
    assert reads in gone(text, month)


@pytest.mark.parametrize(
    "text",
    [
        "I may be wrong about that.",
        "That may be why she left.",
        "We watched the march from the bridge.",
        "That march changed her mind.",
        "She was in my class that year.",
    ],
)
def test_may_and_march_as_words_stay(text: str) -> None:
    assert anonymized(text) == text
