"""Numbers no cue explains are removed; numbers that count or measure stay. The examples are
written for this file: a shirt number, rooms side by side, a flight code with no "flight" near
it, a 24-hour time, a year in another calendar, a child's age said plainly."""

from __future__ import annotations

import pytest

from helpers import anonymized, gone


@pytest.mark.parametrize(
    ("text", "number", "reads"),
    [
        ("I played for the club and wore 27 for them.", "27", "wore [number removed] for"),
        ("We booked rooms 311 and 313 on purpose.", "313", "rooms [number removed] and"),
        ("On BA2290 home I sat beside her.", "BA2290", "On [number removed] home"),
        ("It was in 1399 by our calendar.", "1399", "in [number removed] by"),
        ("my son is 7 now and i think of her.", "7", "is [number removed] now"),
        ("our crew was called harbour boys 17 back then.", "17", "[number removed]"),
        ("we lived at block 9 of the estate.", "9", "block [number removed] of"),
        ("by 2 she could barely stand.", "2", "by [number removed] she"),
        ("we worked 2 weeks on 1 off out there.", "1", "on [number removed] off"),
        ("I walked her back to block 5 of the estate.", "5", "block [number removed] of"),
        ("The car was two streets from block 3.", "3", "from block [number removed]."),
        ("I got the 2 at the shop.", "2", "the [number removed] at"),
    ],
)
def test_a_number_nothing_explains_goes(text: str, number: str, reads: str) -> None:
    assert reads in gone(text, number)


@pytest.mark.parametrize(
    "text",
    [
        "She said no at least 3 times that night.",
        "I sent her 40 messages in one weekend.",
        "I had 4 old fashioneds b4 she got there.",  # 'b4' is a word; '4' counts drinks
        "I have been sober 3 yrs now.",
        "It was a 12 day trip for the whole crew.",
        "I paid $50 and thought that settled it.",
        "She rated it 8 out of 10.",
        "I was in my 2nd year and she was in her 1st.",
        "I coach the under-16s now.",
        "1. What happened: I pushed her.",
        "Question 2: What did it cost her?",
        "We worked 24/7 that month.",
        "I waited 2 or 3 hours for her reply.",
        "5 of my friends saw it happen.",
        "She needed a 6.5 to get in.",
        "the channel had like 3k followers.",
    ],
)
def test_a_number_that_counts_or_measures_stays(text: str) -> None:
    assert anonymized(text) == text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("I knew she was lying, though she said eighteen.", "eighteen"),
        ("She told me later: sixteen.", "sixteen"),
        ("we all wore numbers and mine was forty-four.", "forty-four"),
        ("It was the bar at Fifty Two on the corner.", "Fifty Two"),
    ],
)
def test_a_number_in_words_nothing_explains_goes(text: str, number: str) -> None:
    gone(text, number)


@pytest.mark.parametrize(
    "text",
    [
        "I did it for twenty years.",
        "I told her twenty times.",
        "Sixty of us were there.",
        "She was twenty-something and new to the city.",
        "I waited for thirty long minutes.",
    ],
)
def test_a_number_in_words_that_counts_stays(text: str) -> None:
    assert anonymized(text) == text


@pytest.mark.parametrize(
    ("text", "age", "reads"),
    [
        ("Everyone there was over 23, she said.", "23", "over a certain age, she"),
        ("She was the only intern under 24 that year.", "24", "under [number removed] that"),
    ],
)
def test_an_age_said_as_a_bound_reads_as_one(text: str, age: str, reads: str) -> None:
    assert reads in gone(text, age)


@pytest.mark.parametrize(
    "text",
    ["She was under thirty then.", "she was under 18 when it started.", "We were all over 21."],
)
def test_a_round_or_legal_bound_is_kept_as_said(text: str) -> None:
    assert anonymized(text) == text
