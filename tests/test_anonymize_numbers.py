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


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("It was the third Thursday of June 2016.", "It was one day in the mid 2010s."),
        ("In the summer of 2014 I drank.", "In the summer in the mid 2010s I drank."),
        ("the summer of 98 was wild", "the summer in the late nineties was wild"),
        ("On 3/14 she texted me.", "One day she texted me."),
        ("We met in spring 2009.", "We met in spring in the late 2000s."),
        # A decade named elsewhere: the year reads "that year", and "of that year" stays.
        ("In the fall of 2004 I met her, in the 2000s.", "In the fall of that year I met her"),
    ],
)
def test_dates_read_as_sentences(text: str, reads: str) -> None:
    result = anonymize(text)
    assert reads in result.text, result.text
