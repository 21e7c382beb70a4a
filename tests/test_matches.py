"""Where search words appear: excerpts cut at words, each place once, questions named."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reflect.journal.matches import excerpts, in_entry
from reflect.models import Answer, Entry
from reflect.untrusted import clean

from helpers import BASE

LONG = (
    "We went to the party after work and I stayed far too long. Later that night I hung my "
    "coat on the coat rack by her door and told myself her silence meant yes, which it did not."
)


def test_overlapping_matches_make_one_excerpt_with_every_match_marked() -> None:
    (only,) = excerpts(LONG, ["coat", "rack"])
    assert only.text.startswith("…") and only.text.endswith("…")
    marked = [only.text[a:b] for a, b in only.spans]
    assert marked == ["coat", "coat", "rack"]


def test_excerpts_start_and_end_at_word_boundaries() -> None:
    (only,) = excerpts(LONG, ["rack"])
    words = set(LONG.split())
    inner = only.text.strip("…").split()
    assert all(word in words for word in inner)


def test_each_line_is_its_own_place() -> None:
    found = excerpts("The coat.\nAnother coat here.\n", ["coat"])
    assert [e.text for e in found] == ["The coat.", "Another coat here."]


@given(st.text(alphabet="ab \n", max_size=200), st.sampled_from(["a", "ab", "b a"]))
def test_excerpts_are_pieces_of_the_text(text: str, term: str) -> None:
    for excerpt in excerpts(text, [term]):
        body = " ".join(excerpt.text.strip("…").split())
        assert body in " ".join(text.split())
        for start, end in excerpt.spans:
            assert excerpt.text[start:end].lower() == term


def test_the_matching_question_is_named_with_the_one_it_follows() -> None:
    entry = Entry(
        created=BASE,
        set_id="imperfect-men",
        title="A coat",
        answers=[
            Answer(step="drink", prompt="Did I ever drink too much?", kind="yesno", value="yes"),
            Answer(step="drink-what", prompt="What happened?", kind="text", value="No coat."),
            Answer(step="mock", prompt="Did I ever mock her?", kind="yesno", value="yes"),
            Answer(
                step="mock-what",
                prompt="What happened?",
                kind="text",
                value="The coat\x1b[2J rack.",
            ),
            Answer(
                step="learn", prompt="What did I learn?", kind="text", value="coat", skipped=True
            ),
        ],
    )
    found = in_entry(entry, ["coat"], clean)
    assert [(m.question, m.after) for m in found] == [
        ("Title", None),
        ("What happened?", "Did I ever drink too much?"),
        ("What happened?", "Did I ever mock her?"),
    ]
    assert found[2].excerpts[0].text == "The coat rack."  # the escape sequence is gone
