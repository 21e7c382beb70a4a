"""Property tests: the anonymizer never raises and its findings are always well formed."""

from __future__ import annotations

import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.anonymize import add_span, anonymize, render

WORDS = st.sampled_from(
    [
        "Jen",
        "jen",
        "Morales",
        "Will",
        "will",
        "May",
        "said",
        "my",
        "girlfriend",
        "in",
        "Portland",
        "the",
        "Marriott",
        "at",
        "19",
        "was",
        "I",
        "2009",
        "'98",
        "555-0199",
        "@jess_",
        "a@b.co",
        "Kevin's",
        "Dr.",
        "Coach",
        "Route",
        "9",
        "#4471",
        "store",
        "twenty-two",
        "years",
        "old",
        ",",
        ".",
        "\n",
        "Siobhán",
        "on",
        "March",
        "14",
        "University",
        "of",
    ]
)
STORY_LIKE = st.lists(WORDS, max_size=40).map(" ".join)
ANY_TEXT = st.text(alphabet=string.printable + "’“”—éáñ", max_size=300)


def check_findings(text: str) -> None:
    result = anonymize(text)
    previous_end = 0
    for finding in result.findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.start >= previous_end, "findings overlap or are unsorted"
        assert text[finding.start : finding.end] == finding.original
        previous_end = finding.end
    assert render(text, result.findings) == result.text


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT)
def test_never_raises_and_offsets_are_valid_on_any_text(text: str) -> None:
    check_findings(text)


@settings(max_examples=150, deadline=None)
@given(STORY_LIKE)
def test_offsets_are_valid_on_story_like_text(text: str) -> None:
    check_findings(text)


@settings(max_examples=100, deadline=None)
@given(ANY_TEXT)
def test_render_without_findings_returns_the_text(text: str) -> None:
    assert render(text, []) == text


@settings(max_examples=100, deadline=None)
@given(STORY_LIKE)
def test_deterministic(text: str) -> None:
    assert anonymize(text) == anonymize(text)


@settings(max_examples=100, deadline=None)
@given(STORY_LIKE, st.sampled_from(["Jen", "Morales", "store", "Jen Morales", "x"]))
def test_add_span_removes_every_whole_word_occurrence(text: str, needle: str) -> None:
    findings = add_span(text, list(anonymize(text).findings), needle)
    starts = [f.start for f in findings]
    assert starts == sorted(starts)
    rendered = render(text, findings)
    pattern = rf"(?<![\w@.]){re.escape(needle)}(?![\w@]|\.\w)"
    assert not re.search(pattern, rendered, re.IGNORECASE) or needle.lower() in "[redacted]"
