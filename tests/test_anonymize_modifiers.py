"""A name used before the kind of place it is ("the VA hospital") reads as that kind, never "a
place hospital"; and the agencies a woman could be found through are no everyday words."""

from __future__ import annotations

import pytest

from helpers import anonymized, gone


@pytest.mark.parametrize(
    ("text", "name", "reads"),
    [
        ("I was a porter at the VA hospital in town.", "VA", "at a hospital in town."),
        ("I met her at the UKZN library after class.", "UKZN", "at a library after"),
        ("She was a nurse at the NHS trust near us.", "NHS", "at a trust near"),
        ("He was at the QMUL lab most nights.", "QMUL", "at a lab most"),
    ],
)
def test_a_name_before_its_kind_of_place_reads_as_that_kind(
    text: str, name: str, reads: str
) -> None:
    result = gone(text, name)
    assert reads in result
    assert "place " not in result


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She worked for the FBI back then.", "FBI"),
        ("Her father was NYPD for thirty years.", "NYPD"),
        ("She had just started with the NHS.", "NHS"),
        ("She was an analyst at the CIA.", "CIA"),
    ],
)
def test_an_agency_she_works_for_goes(text: str, name: str) -> None:
    gone(text, name)


def test_a_place_before_an_ordinary_word_keeps_the_word() -> None:
    assert anonymized("I sat in the ICU waiting room.") == "I sat in the ICU waiting room."
