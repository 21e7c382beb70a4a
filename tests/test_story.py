"""Story assembly, post splitting and the review decisions (no terminal)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from reflect.models import Answer
from reflect.story import HASHTAG, POST_LIMIT, StoryDraft, assemble, render, to_posts


def answer(step: str, value: str, kind: str = "text") -> Answer:
    return Answer(step=step, prompt="?", kind=kind, value=value)  # type: ignore[arg-type]


def test_assemble_follows_the_arc_and_ends_with_the_hashtag() -> None:
    story = assemble(
        [
            answer("drink-now", "Now I stop."),
            answer("drink", "yes", kind="yesno"),
            answer("drink-what", "I pushed."),
            answer("tell-son", "Listen."),
            answer("drink-her", "She was scared."),
            answer("drink-learned", "No means no."),
        ]
    )
    assert story.split("\n\n") == [
        "I pushed.",
        "She was scared.",
        "No means no.",
        "Now I stop.",
        "Listen.",
        HASHTAG,
    ]


def test_short_story_is_one_post_and_long_one_a_numbered_thread() -> None:
    assert to_posts("Short and true. #ImperfectMen") == ["Short and true. #ImperfectMen"]
    long = " ".join(f"Sentence number {i} is here." for i in range(60))
    posts = to_posts(long)
    assert len(posts) > 1
    assert all(len(p) <= POST_LIMIT for p in posts)
    assert posts[0].endswith(f"(1/{len(posts)})") and posts[-1].endswith(
        f"({len(posts)}/{len(posts)})"
    )
    rejoined = " ".join(p.rsplit(" (", 1)[0] for p in posts)
    assert rejoined == long


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=3000))
def test_posts_always_fit(text: str) -> None:
    for post in to_posts(text):
        assert len(post) <= POST_LIMIT


def test_render_formats() -> None:
    assert render("Text.", "md").startswith("# ")
    assert render("Text.", "txt") == "Text.\n"
    assert json.loads(render("Text.", "json")) == {"text": "Text.", "posts": ["Text."]}
    assert render("Text.", "post") == "Text.\n"


def test_one_person_is_one_decision() -> None:
    draft = StoryDraft("My coworker Jen Morales said no. Later Jen left the team in Portland.")
    people = [g for g in draft.groups() if g.kind == "person"]
    assert len(people) == 1 and people[0].originals == ["Jen Morales", "Jen"]
    draft.replace(people[0], "[her]")
    text = draft.rendered()
    assert "Jen" not in text and text.count("[her]") == 2


def test_keep_puts_the_original_back_and_is_recorded() -> None:
    draft = StoryDraft("We met in Portland.")
    place = next(g for g in draft.groups() if g.kind == "place")
    draft.keep(place)
    assert "Portland" in draft.rendered() and draft.kept == ["Portland"]
    assert any(word == "Portland" for word, _ in draft.risks())


def test_add_covers_every_occurrence() -> None:
    draft = StoryDraft("Our team was called bluebird. Everyone at bluebird knew.")
    assert draft.add("bluebird") == 2
    assert "bluebird" not in draft.rendered().lower()


def test_always_redact_list_is_applied() -> None:
    draft = StoryDraft("The bluebird crew saw it.", always_redact=["bluebird"])
    assert "bluebird" not in draft.rendered().lower()
