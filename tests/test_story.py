"""Story assembly, post splitting and the review decisions (no terminal)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflect.models import Answer
from reflect.story.draft import (
    HASHTAG,
    STATEMENT,
    StoryDraft,
    assemble,
    assemble_parts,
    parts_of,
)
from reflect.story.posts import POST_LIMIT, render, to_posts
from reflect.vault import Keys, Vault


def answer(step: str, value: str, kind: str = "text") -> Answer:
    return Answer(step=step, prompt="?", kind=kind, value=value)


DRINK = "Did I ever have a little too much to drink and push a little too far with a woman?"
ADVANTAGE = "Did I ever take advantage of a situation to make a sexual advance?"
VALUES = "Did I ever treat a woman in a way that doesn’t mesh with my morals and values?"


def gate(step: str, prompt: str, value: str = "yes") -> Answer:
    return Answer(step=step, prompt=prompt, kind="yesno", value=value)


def two_incidents() -> list[Answer]:
    return [
        gate("drink", DRINK),
        answer("drink-now", "Now I stop at two drinks and I listen the first time."),
        answer(
            "drink-what", "It was at a party after work and I kept pushing her to come upstairs."
        ),
        gate("advantage", ADVANTAGE),
        answer("advantage-what", "My coworker needed a ride home and I made a move in the car."),
        answer("drink-her", "She left early and stopped coming to things with the team."),
        answer("advantage-her", "She took the bus for a month rather than ride with me again."),
        answer("drink-learned", "That being drunk is never an excuse for what I did."),
        gate("values", VALUES),
        Answer(
            step="values-what",
            prompt="What happened, and which of your values did it go against?",
            kind="text",
            value="Both of the times above, really.",
        ),
        gate("object", "Did I ever treat a woman more like a sexual object?", "no"),
        answer("tell-son", "I'd tell him to listen the first time she says no."),
        Answer(step="statement", prompt="?", kind="choice", value="I can say it as it is"),
    ]


def test_assemble_tells_each_incident_as_one_paragraph_in_the_arc() -> None:
    paragraphs = assemble(two_incidents()).split("\n\n")
    assert paragraphs == [
        "There was a time I pushed a woman too far when I had been drinking. It was at a party "
        "after work and I kept pushing her to come upstairs. She left early and stopped coming "
        "to things with the team. I learned that being drunk is never an excuse for what I did. "
        "Now I stop at two drinks and I listen the first time.",
        "There was a time I took advantage of a situation to make a sexual advance. My coworker "
        "needed a ride home and I made a move in the car. She took the bus for a month rather "
        "than ride with me again.",
        "There was a time I treated a woman in a way that doesn't mesh with my morals and "
        "values. What happened was this: both of the times above, really.",
        "If a son or a younger brother asked me what I've learned about how to treat women, I'd "
        f"tell him to listen the first time she says no. {STATEMENT}",
        HASHTAG,
    ]


def test_short_answers_are_introduced_and_a_plain_son_answer_gets_a_lead() -> None:
    story = assemble(
        [
            gate("drink", DRINK),
            answer("drink-what", "Too far."),
            answer("drink-her", "A lot."),
            answer("drink-now", "Now I stop."),
            answer("tell-son", "Listen."),
        ]
    )
    assert (
        "drinking. What happened was this: too far. What I think it cost her: a lot. Now I stop."
        in story
    )
    assert "how to treat women, I would tell him, “Listen.”" in story


def test_parts_can_be_chosen_one_incident_at_a_time() -> None:
    parts = parts_of(two_incidents())
    assert [p.key for p in parts] == ["drink", "advantage", "values", "tell-son", "statement"]
    chosen = [p for p in parts if p.key in {"advantage", "statement"}]
    story = assemble_parts(chosen)
    assert "party" not in story and story.startswith("There was a time I took advantage")
    assert story.endswith(f"{STATEMENT}\n\n{HASHTAG}")


def test_a_custom_set_without_gates_keeps_its_answers_in_arc_order() -> None:
    story = assemble(
        [
            answer("work-now", "These days I ask before I touch anyone at all, even a hug."),
            answer("work-what", "At the office I made comments about how she dressed, daily."),
        ]
    )
    assert story.index("At the office") < story.index("These days")


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


def test_a_thread_breaks_between_incidents_and_tags_the_first_post() -> None:
    story = assemble(two_incidents())
    posts = to_posts(story)
    assert len(posts) > 1 and all(len(p) <= POST_LIMIT for p in posts)
    assert HASHTAG in posts[0] and not any(HASHTAG in p for p in posts[1:])
    for paragraph in story.split("\n\n")[:-1]:
        # Every incident starts a post of its own.
        assert any(p.startswith(paragraph[:40]) for p in posts), paragraph
    assert not any("upstairs" in p and "ride home" in p for p in posts)


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
    assert any(risk.word == "Portland" for risk in draft.risks())


def test_add_covers_every_occurrence() -> None:
    draft = StoryDraft("Our team was called bluebird. Everyone at bluebird knew.")
    assert draft.add("bluebird") == 2
    assert "bluebird" not in draft.rendered().lower()


def test_always_redact_list_is_applied() -> None:
    draft = StoryDraft("The bluebird crew saw it.", always_redact=["bluebird"])
    assert "bluebird" not in draft.rendered().lower()


def test_review_screens_show_file_text_cleaned_and_never_as_markup() -> None:
    """An answer holding rich markup or a terminal escape is shown as text, without the
    escape, on the review, the residual list and the final preview, in both modes."""
    import io

    from rich.console import Console

    from reflect.ui import review

    planted = "My coworker Jen Morales [/i][bold red]said[/] no.\x1b[2J She was the only woman on the crew."
    for plain in (False, True):
        draft = StoryDraft(planted)
        sink = io.StringIO()
        console = Console(file=sink, width=80, force_terminal=not plain, no_color=plain)
        review.show_story(console, draft, plain=plain)
        shown = sink.getvalue()
        assert "\x1b[2J" not in shown
        assert "[/i][bold red]said[/]" in shown


def test_a_damaged_redaction_list_stops_the_story_with_a_hint(vault_home: Path, keys: Keys) -> None:
    from reflect.errors import DamagedError, Hint
    from reflect.story import redactions

    vault = Vault.open(vault_home)
    vault.write_authenticated(keys, redactions.FILE_NAME, redactions.PURPOSE, b'{"redact": 3}')
    with pytest.raises(DamagedError) as caught:
        redactions.load(vault, keys)
    assert caught.value.hint is Hint.ADD_REDACTIONS_AGAIN
    assert "`reflect" not in caught.value.message
    assert str(caught.value) == (
        f"{vault_home / 'redactions.age'} does not hold a list of words to hide, so no story was "
        "made. Restore it from a backup, or move it aside and add the words again with "
        "`reflect redactions add`."
    )


def test_redactions_add_and_remove_keep_one_sorted_list(vault_home: Path, keys: Keys) -> None:
    from reflect.story import redactions

    vault = Vault.open(vault_home)
    assert redactions.add(vault, keys, ["Marisol", "Galveston"]) == ["Galveston", "Marisol"]
    assert redactions.add(vault, keys, ["Vega", "Marisol"]) == ["Galveston", "Marisol", "Vega"]
    redactions.remove(vault, keys, ["marisol"])
    assert redactions.load(vault, keys) == ["Galveston", "Vega"]


def test_a_kept_story_draft_is_an_entry_of_its_own() -> None:
    from reflect.story.keep import draft_entry

    entry = draft_entry("[A] and I worked late.")
    assert entry.set_id == "story" and entry.title == "Story draft"
    assert [(a.step, a.value) for a in entry.answers] == [("story", "[A] and I worked late.")]


def test_story_commands_are_plain_functions() -> None:
    from reflect.cli import story_cmds

    for name in (
        "story",
        "anonymize_cmd",
        "list_redactions",
        "add_redactions",
        "remove_redactions",
    ):
        assert callable(getattr(story_cmds, name))
