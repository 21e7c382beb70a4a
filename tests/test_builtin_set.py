"""The built-in #ImperfectMen question set: faithful to the article, complete, and usable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reflect.guide.session import Session
from reflect.promptsets import PromptSet, Step, find_builtin, validate_file

REPO = Path(__file__).resolve().parents[1]
SET_FILE = REPO / "prompts" / "imperfect-men.toml"
ARTICLE = REPO.parent / "shared" / "seed" / "imperfect-men-article.txt"


@pytest.fixture(scope="module")
def pset() -> PromptSet:
    found = find_builtin("imperfect-men")
    assert found is not None
    return found


@pytest.fixture(scope="module")
def article() -> str:
    if not ARTICLE.is_file():
        pytest.skip("the seed article is not next to this checkout")
    return ARTICLE.read_text(encoding="utf-8")


def questions(pset: PromptSet) -> list[Step]:
    return [s for s in pset.steps if s.kind == "yesno" and s.text.startswith("Did I ever")]


def follow_ups(pset: PromptSet, step_id: str) -> list[Step]:
    return [s for s in pset.steps if s.when is not None and s.when.step == step_id]


def test_the_file_validates_without_problems() -> None:
    assert validate_file(SET_FILE) == []


def test_the_six_questions_are_quoted_verbatim(pset: PromptSet, article: str) -> None:
    asked = re.findall(r"Did I ever [^?]+\?", article)
    assert len(asked) == 6
    assert [s.text for s in questions(pset)] == asked


def test_the_behaviours_and_the_statement_are_quoted_verbatim(
    pset: PromptSet, article: str
) -> None:
    statement = re.search(r"say, “(I haven’t always [^”]+)”", article)
    behaviours = re.search(r"guilty at some point in his life of (.+?), or some other", article)
    assert statement is not None and behaviours is not None
    every_text = " ".join(s.text for s in pset.steps)
    assert f"“{statement.group(1)}”" in every_text
    assert f"“{behaviours.group(1)}”" in every_text


def test_every_longer_quotation_is_word_for_word(pset: PromptSet, article: str) -> None:
    texts = [pset.info.intro, *(s.text for s in pset.steps), *(s.help for s in pset.steps)]
    quoted = [q for t in texts for q in re.findall(r"“([^”]+)”", t) if len(q.split()) >= 6]
    assert len(quoted) >= 4
    for quotation in quoted:
        assert quotation in article


def test_attribution(pset: PromptSet) -> None:
    for text in (pset.info.source, pset.info.intro):
        assert "Robert Weiss" in text
        assert "#MeToo Meet #ImperfectMen" in text
        assert "Psychology Today" in text


def test_intro_says_where_answers_are_kept_and_that_skipping_is_fine(pset: PromptSet) -> None:
    intro = pset.info.intro.lower()
    assert "encrypted" in intro and "this computer" in intro
    assert "nothing is sent" in intro
    assert "skipped" in intro


def test_closing_invites_sharing_without_naming_a_command(pset: PromptSet) -> None:
    # The program prints the commands (as the person invoked it) after the closing text.
    assert "anonymized draft" in pset.info.closing and "share" in pset.info.closing
    assert "`reflect" not in pset.info.closing and "`reflect" not in pset.info.intro


def test_every_yes_no_question_leads_into_the_arc(pset: PromptSet) -> None:
    assert len(questions(pset)) == 6
    for question in questions(pset):
        arc = follow_ups(pset, question.id)
        if question.id in ("object", "values"):
            # First: is this a time already told? A different time opens the arc.
            (same,) = arc
            assert same.kind == "choice" and same.choices[0] == "No, a different time"
            arc = [s for s in follow_ups(pset, same.id) if s.when and s.when.is_]
        assert len(arc) == 4, question.id  # happened, cost to her, regret+learned, now
        assert all(s.kind == "text" for s in arc)
        assert all(
            s.when is not None and s.when.is_ in ("yes", "No, a different time") for s in arc
        )
    for step in pset.steps:
        if step.kind == "yesno":
            assert follow_ups(pset, step.id), f"{step.id} has no follow-up"


def test_yes_is_acknowledged_with_varied_words_and_no_is_not_remarked(pset: PromptSet) -> None:
    yesno = [s for s in pset.steps if s.kind == "yesno"]
    thanks = [s.after_yes for s in yesno]
    assert all(thanks)
    assert len(set(thanks)) == len(thanks)
    assert all(s.after_no is None for s in yesno)


def test_the_son_or_brother_question_is_asked_once_to_everyone(pset: PromptSet) -> None:
    asked = [s for s in pset.steps if "son or a younger brother" in s.text]
    assert len(asked) == 1
    assert asked[0].when is None


def test_nothing_is_compulsory(pset: PromptSet) -> None:
    assert all(s.optional for s in pset.steps)


def test_support_resources(pset: PromptSet) -> None:
    assert len(pset.resources) >= 4
    for resource in pset.resources:
        assert resource.name and resource.contact
    contacts = " ".join(r.contact for r in pset.resources)
    for line in ("1-888-773-8368", "0808 1000 900", "800-656-4673", "0808 500 2222"):
        assert line in contacts
    with_numbers = [r for r in pset.resources if any(c.isdigit() for c in r.contact)]
    assert all("check current details" in r.description.lower() for r in with_numbers)


def walk(pset: PromptSet, yes: bool) -> Session:
    session = Session(pset)
    while (step := session.current) is not None:
        if step.kind == "yesno":
            session.answer("yes" if yes else "no")
            assert (session.acknowledgement is not None) == yes
        elif step.kind == "choice":
            session.answer(step.choices[0])
        elif step.kind == "text":
            session.answer("Some honest words.")
        else:
            session.answer()
    return session


def test_a_session_stays_a_reasonable_length(pset: PromptSet) -> None:
    # Sized for 20-40 minutes: writing is what takes time, so count the text questions.
    none = walk(pset, yes=False)
    every = walk(pset, yes=True)
    writing_none = sum(a.kind == "text" for a in none.answers)
    writing_all = sum(a.kind == "text" for a in every.answers)
    assert 2 <= writing_none <= 4
    assert writing_all <= 28
    assert every.to_entry().status == "complete"


def test_the_fifth_and_sixth_questions_can_point_back_to_a_time_already_told(
    pset: PromptSet,
) -> None:
    session = Session(pset)
    while (step := session.current) is not None and step.id != "object-same":
        if step.kind == "yesno":
            session.answer("yes")
        elif step.kind == "text":
            session.answer("Told here.")
        elif step.kind == "choice":
            session.answer(step.choices[0])
        else:
            session.answer()
    session.answer("The same time as question 1 (drinking)")
    assert session.current is not None and session.current.id == "object-adds"
    session.answer("It was objectifying too.")
    assert session.current is not None and session.current.id == "values"
    answers = {a.step: a.value for a in session.answers}
    assert answers["object-same"] == "The same time as question 1 (drinking)"
    assert "object-what" not in answers


def test_something_else_asks_what(pset: PromptSet) -> None:
    other = pset.step("named-other")
    assert other is not None and other.kind == "text" and other.when is not None
    assert other.when.step == "named-which" and other.when.is_ == "Something else like these"
