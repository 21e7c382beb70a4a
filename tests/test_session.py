"""The session state machine, driven without a terminal."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.guide.session import AnswerError, Progress, Session, SessionError
from reflect.models import Answer, AnswerValue, Entry
from reflect.promptsets import PromptSet, find_builtin, load_set_text

SET_TEXT = """
[set]
id = "test-set"
title = "Test"
version = 3
author = "Tests"
intro = "Hello"
closing = "Bye"

[[steps]]
id = "intro"
kind = "info"
section = "Start"
text = "Read this first."

[[steps]]
id = "drink"
kind = "yesno"
section = "Drink"
text = "Did I ever push too far?"
after_yes = "Thank you for being honest."

[[steps]]
id = "drink-what"
kind = "text"
text = "What happened?"
when = { step = "drink", is = "yes" }

[[steps]]
id = "drink-more"
kind = "yesno"
text = "Anything more?"
when = { step = "drink", not = "no" }

[[steps]]
id = "pick"
kind = "choice"
section = "Pick"
text = "Pick one"
choices = ["Alpha", "Beta", "Gamma"]

[[steps]]
id = "pick-ab"
kind = "text"
text = "Why A or B?"
when = { step = "pick", in = ["Alpha", "Beta"] }

[[steps]]
id = "how"
kind = "scale"
text = "How much?"
min = 1
max = 5
"""

START = datetime(2026, 1, 1, tzinfo=UTC)


def ticking() -> Callable[[], datetime]:
    counter = itertools.count()
    return lambda: START + timedelta(minutes=next(counter))


@pytest.fixture
def pset() -> PromptSet:
    return load_set_text(SET_TEXT, "test")


@pytest.fixture
def session(pset: PromptSet) -> Session:
    return Session(pset, clock=ticking())


def ids(session: Session) -> list[str]:
    return [a.step for a in session.answers]


def current_id(session: Session) -> str | None:
    step = session.current
    return None if step is None else step.id


def test_starts_at_the_first_step_and_counts_reachable_steps(session: Session) -> None:
    assert current_id(session) == "intro"
    # An info step is not a question; the section is named, parts are counted.
    assert session.progress == Progress(0, 0, section="Start", part=1, parts=3)
    assert not session.finished


def test_info_steps_are_continued_past_without_recording(session: Session) -> None:
    session.answer()
    assert current_id(session) == "drink"
    assert session.answers == []
    assert session.progress == Progress(1, 1, section="Drink", part=2, parts=3)


def test_info_steps_take_no_value(session: Session) -> None:
    with pytest.raises(AnswerError, match="nothing to answer"):
        session.answer("yes")


def test_yes_opens_follow_ups_and_is_acknowledged(session: Session) -> None:
    session.answer()
    session.answer("yes")
    assert session.acknowledgement == "Thank you for being honest."
    assert current_id(session) == "drink-what"
    # drink-what and drink-more (drink is not "no") are now open, inside the question
    assert session.progress == Progress(1, 1, 1, 2, "Drink", 2, 3)
    session.answer("It was at a party.")
    assert session.acknowledgement is None
    assert ids(session) == ["drink", "drink-what"]


def test_no_moves_on_without_acknowledgement(session: Session) -> None:
    session.answer()
    session.answer("No")  # case and spaces do not matter; the stored value is canonical
    assert session.acknowledgement is None
    assert current_id(session) == "pick"
    assert session.answers[0].value == "no"


def test_answers_snapshot_the_question(session: Session) -> None:
    session.answer()
    session.answer("yes")
    answer = session.answers[0]
    assert (answer.step, answer.prompt, answer.kind, answer.value) == (
        "drink",
        "Did I ever push too far?",
        "yesno",
        "yes",
    )
    assert answer.skipped is False
    assert answer.answered is not None and answer.answered.tzinfo is not None


def test_skip_is_recorded_and_does_not_satisfy_conditions(session: Session) -> None:
    session.answer()
    session.skip()
    assert session.answers[0].skipped is True
    assert session.answers[0].value is None
    # neither `is = "yes"` nor `not = "no"` holds on a skipped answer
    assert current_id(session) == "pick"


def test_empty_text_is_a_skip(session: Session) -> None:
    session.answer()
    session.answer("yes")
    session.answer("   \n ")
    assert session.answers[-1].skipped is True
    assert current_id(session) == "drink-more"


@pytest.mark.parametrize(
    ("moves", "bad", "message"),
    [
        (["", None], "maybe", "yes or no"),
        (["", "no", None], "Delta", "pick one of: Alpha; Beta; Gamma"),
        (["", "no", "Gamma", None], 9, "from 1 to 5"),
        (["", "no", "Gamma", None], True, "from 1 to 5"),
        (["", "yes", None], 5, "as text"),
    ],
)
def test_bad_values_are_refused_plainly(
    session: Session, moves: list[str | None], bad: str | int, message: str
) -> None:
    for move in moves[:-1]:
        session.answer(move or None)
    before = current_id(session)
    with pytest.raises(AnswerError, match=message):
        session.answer(bad)
    assert current_id(session) == before  # nothing moved
    assert isinstance(AnswerError("x"), ValueError)


def test_choice_and_scale_values_are_normalised(session: Session) -> None:
    session.answer()
    session.answer("no")
    session.answer(" beta ")
    assert session.answers[-1].value == "Beta"
    session.answer("fine")  # pick-ab
    session.answer("4")
    assert session.answers[-1].value == 4  # type: ignore[comparison-overlap]  # mypy narrowed it to "Beta"
    assert session.finished


def test_back_returns_to_the_previous_reachable_step(session: Session) -> None:
    assert session.back() is False  # already at the first step
    session.answer()
    session.answer("no")
    assert current_id(session) == "pick"
    assert session.back() is True
    assert current_id(session) == "drink"
    assert session.existing is not None and session.existing.value == "no"
    assert session.back() is True
    assert current_id(session) == "intro"


def test_back_from_the_end_goes_to_the_last_step(session: Session) -> None:
    for value in (None, "no", "Gamma", 3):
        session.answer(value)
    assert session.finished
    assert session.progress == Progress(0, 0, section=None, part=3, parts=3)
    assert session.back() is True
    assert current_id(session) == "how"


def test_changing_an_answer_hides_follow_ups_but_keeps_them_in_memory(
    session: Session,
) -> None:
    for value in (None, "yes", "A party.", "yes", "Alpha", "Because."):
        session.answer(value)
    assert ids(session) == ["drink", "drink-what", "drink-more", "pick", "pick-ab"]
    while current_id(session) != "drink":
        session.back()
    session.answer("no")
    assert ids(session) == ["drink", "pick", "pick-ab"]
    assert current_id(session) == "pick"
    assert "A party." not in [a.value for a in session.to_entry().answers]
    session.back()
    session.answer("yes")  # flipping back brings the earlier writing back
    assert ids(session) == ["drink", "drink-what", "drink-more", "pick", "pick-ab"]
    assert current_id(session) == "drink-what"


def test_a_hidden_step_hides_the_steps_that_depend_on_it(pset: PromptSet) -> None:
    chained = load_set_text(
        SET_TEXT
        + '\n[[steps]]\nid = "deeper"\nkind = "text"\ntext = "Go on"\n'
        + 'when = { step = "drink-more", is = "yes" }\n'
    )
    session = Session(chained)
    for value in (None, "yes", "", "yes", "Gamma", 2):
        session.answer(value)
    assert current_id(session) == "deeper"
    while current_id(session) != "drink":
        session.back()
    session.answer("no")  # hides drink-more, and with it `deeper`, although it said yes
    assert ids(session) == ["drink", "pick", "how"]
    assert session.progress.follow_ups == 0


def test_answering_the_same_value_again_keeps_the_first_timestamp(session: Session) -> None:
    session.answer()
    session.answer("yes")
    first = session.answers[0].answered
    session.back()
    session.answer("yes")
    assert session.answers[0].answered == first


def test_required_steps_cannot_be_skipped() -> None:
    pset = load_set_text(
        SET_TEXT + '\n[[steps]]\nid = "must"\nkind = "text"\ntext = "Say it"\noptional = false\n'
    )
    session = Session(pset, resume_at="must")
    assert current_id(session) == "must"
    assert session.current is not None and not session.current.optional
    with pytest.raises(AnswerError, match="needs an answer"):
        session.skip()
    with pytest.raises(AnswerError, match="needs an answer"):
        session.answer("  ")
    session.answer("Said.")
    assert session.finished


def test_nothing_to_do_once_finished(session: Session) -> None:
    for value in (None, "no", "Gamma", 3):
        session.answer(value)
    with pytest.raises(SessionError, match="finished"):
        session.answer("x")
    with pytest.raises(SessionError):
        session.skip()


def test_draft_entry(session: Session, pset: PromptSet) -> None:
    session.answer()
    session.answer("yes")
    entry = session.to_entry()
    assert entry.status == "draft"
    assert entry.resume_at == "drink-what"
    assert (entry.set_id, entry.set_version) == ("test-set", 3)
    assert [a.step for a in entry.answers] == ["drink"]
    assert session.to_entry().id == entry.id  # each save replaces the previous draft
    assert session.to_entry().created == entry.created


def test_complete_entry(session: Session) -> None:
    for value in (None, "no", "Gamma", 3):
        session.answer(value)
    entry = session.to_entry(entry_id="abcdef12", created=START)
    assert entry.status == "complete"
    assert entry.resume_at is None
    assert (entry.id, entry.created) == ("abcdef12", START)
    assert [a.value for a in entry.answers] == ["no", "Gamma", 3]


def test_resume_from_a_draft_round_trip(session: Session, pset: PromptSet) -> None:
    for value in (None, "yes", "A party.", "yes"):
        session.answer(value)
    session.back()
    draft = session.to_entry()
    stored = Entry.model_validate_json(draft.to_json_bytes())  # as the vault would keep it
    resumed = Session.from_entry(pset, stored, clock=ticking())
    assert current_id(resumed) == current_id(session) == "drink-more"
    assert resumed.answers == session.answers
    assert resumed.entry_id == draft.id
    assert resumed.progress == session.progress
    again = resumed.to_entry()
    assert again.id == draft.id and again.created == draft.created
    assert again.updated is not None  # a resumed entry records when it was changed


def test_resume_keeps_title_and_tags(session: Session, pset: PromptSet) -> None:
    session.answer()
    draft = session.to_entry().model_copy(update={"title": "Tuesday", "tags": ["homework"]})
    resumed = Session.from_entry(pset, draft)
    resumed.answer("no")
    entry = resumed.to_entry()
    assert (entry.title, entry.tags) == ("Tuesday", ["homework"])


def test_resume_without_a_position_goes_to_the_first_open_question(pset: PromptSet) -> None:
    answers = [Answer(step="drink", prompt="Did I ever push too far?", kind="yesno", value="no")]
    session = Session(pset, answers)
    assert current_id(session) == "pick"


def test_resume_of_a_fully_answered_entry_is_finished(pset: PromptSet) -> None:
    answers = [
        Answer(step="drink", prompt="p", kind="yesno", value="no"),
        Answer(step="pick", prompt="p", kind="choice", value="Gamma"),
        Answer(step="how", prompt="p", kind="scale", value=2),
    ]
    assert Session(pset, answers, resume_at="nowhere").finished


def test_answers_that_no_longer_fit_the_set_are_kept(pset: PromptSet) -> None:
    old = [
        Answer(step="gone", prompt="An old question", kind="text", value="Old writing"),
        Answer(step="pick", prompt="Pick one", kind="choice", value="Renamed choice"),
        Answer(step="drink", prompt="Did I ever push too far?", kind="yesno", value="no"),
    ]
    session = Session(pset, old, resume_at="pick")
    assert ids(session) == ["drink"]
    entry = session.to_entry()
    assert [a.step for a in entry.answers] == ["drink", "gone", "pick"]
    assert "Old writing" in [a.value for a in entry.answers]


def test_from_entry_refuses_another_set(session: Session) -> None:
    other = load_set_text(SET_TEXT.replace('id = "test-set"', 'id = "other-set"'))
    with pytest.raises(SessionError, match="question set 'test-set'"):
        Session.from_entry(other, session.to_entry())


# --- properties -----------------------------------------------------------------------------

Move = tuple[str, int]
moves = st.lists(
    st.tuples(st.sampled_from(["answer", "skip", "back", "bad"]), st.integers(0, 1000)),
    max_size=80,
)


def valid_value(session: Session, seed: int) -> str | int | None:
    step = session.current
    assert step is not None
    if step.kind == "yesno":
        return ["yes", "no"][seed % 2]
    if step.kind == "choice":
        return step.choices[seed % len(step.choices)]
    if step.kind == "scale":
        return step.min + seed % (step.max - step.min + 1)
    if step.kind == "text":
        return ["", "Some words.", "  "][seed % 3]
    return None


def run(session: Session, script: list[Move]) -> None:
    for action, seed in script:
        if session.finished:
            if action == "back":
                assert session.back()
            continue
        if action == "answer":
            session.answer(valid_value(session, seed))
        elif action == "skip":
            session.skip()
        elif action == "back":
            session.back()
        else:
            step = session.current
            assert step is not None
            if step.kind != "text":
                with pytest.raises(AnswerError):
                    wrong: list[str | int] = ["maybe", 10_000, "not a choice"]
                    session.answer(wrong[seed % 3])
        check_invariants(session)


def check_invariants(session: Session) -> None:
    reachable = reachable_ids(session)
    answered = ids(session)
    assert set(answered) <= set(reachable)
    assert answered == [i for i in reachable if i in answered]  # set order, no duplicates
    assert all(a.kind != "info" for a in session.answers)
    progress = session.progress
    assert 0 <= progress.question <= progress.questions
    assert 0 <= progress.follow_up <= progress.follow_ups
    assert 1 <= progress.part <= progress.parts
    if session.current is not None and session.current.when is None:
        assert progress.follow_ups == 0
    if session.current is not None:
        assert session.current.id in reachable


def reachable_ids(session: Session) -> list[str]:
    # An independent reading of the `when` rule, to check the machine against.
    values: dict[str, AnswerValue] = {}
    reachable = []
    given = {a.step: a for a in session.to_entry().answers}
    for step in session.prompt_set.steps:
        if step.when is not None and not step.when.holds(values.get(step.when.step)):
            continue
        reachable.append(step.id)
        answer = given.get(step.id)
        if answer is not None and not answer.skipped:
            values[step.id] = answer.value
    return reachable


@settings(max_examples=150, deadline=None)
@given(script=moves)
def test_any_sequence_of_moves_is_safe(script: list[Move]) -> None:
    pset = load_set_text(SET_TEXT)
    session = Session(pset)
    run(session, script)
    resumed = Session.from_entry(pset, session.to_entry())
    assert resumed.answers == session.answers
    assert current_id(resumed) == current_id(session)
    assert resumed.progress == session.progress


@settings(max_examples=60, deadline=None)
@given(script=moves)
def test_any_sequence_of_moves_on_the_builtin_set(script: list[Move]) -> None:
    pset = find_builtin("imperfect-men")
    assert pset is not None
    session = Session(pset)
    run(session, script)
    entry = session.to_entry()
    assert entry.status == ("complete" if session.finished else "draft")


def test_the_count_is_of_questions_that_are_always_asked_and_never_grows() -> None:
    pset = find_builtin("imperfect-men")
    assert pset is not None
    session = Session(pset)
    seen = []
    while (step := session.current) is not None:
        progress = session.progress
        if progress.section == "The article's questions":
            seen.append((step.id, progress.question, progress.questions, progress.follow_ups))
        if step.kind == "yesno":
            session.answer("yes")
        elif step.kind == "choice":
            session.answer(step.choices[0])
        elif step.kind == "text":
            session.answer("Something.")
        else:
            session.answer()
    assert {total for _, _, total, _ in seen} == {6}
    asked = [(i, n) for i, n, _, f in [(s, q, t, f) for s, q, t, f in seen] if f == 0]
    assert [n for _, n in asked] == [1, 2, 3, 4, 5, 6]
    assert ("drink-what", 1, 6, 4) in seen
    assert ("object-what", 5, 6, 5) in seen  # "a different time" opens its four follow-ups


def test_ctrl_c_keeps_the_half_written_answer_in_the_draft(session: Session) -> None:
    session.answer()
    session.answer("yes")
    assert current_id(session) == "drink-what"
    session.keep_unfinished("It was at a par")
    draft = session.to_entry()
    assert draft.status == "draft" and draft.resume_at == "drink-what"
    resumed = Session.from_entry(session.prompt_set, draft)
    assert current_id(resumed) == "drink-what"
    assert resumed.existing is not None and resumed.existing.value == "It was at a par"
    session.keep_unfinished("   ")  # nothing typed: what was there stays
    assert session.existing is not None and session.existing.value == "It was at a par"
