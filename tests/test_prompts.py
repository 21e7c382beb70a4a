"""The prompt-set format: loading, and validation messages a counselor can act on."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.errors import ReflectError
from reflect.promptsets import (
    SUPPORTED_FORMAT,
    Problem,
    PromptSetError,
    builtin_sets,
    find_builtin,
    load_set,
    load_set_text,
    resolve_set,
    starter_text,
    validate_file,
    validate_text,
)

HEADER = """
[set]
id = "homework-one"
title = "Homework one"
version = 1
author = "A. Counselor"
"""

STEPS = """
[[steps]]
id = "drink"
kind = "yesno"
text = "Did I ever push too far?"

[[steps]]
id = "drink-what"
kind = "text"
text = "What happened?"
when = { step = "drink", is = "yes" }
"""


def problems_of(text: str) -> list[Problem]:
    problems = validate_text(text)
    for problem in problems:  # every message is a sentence, never a pydantic dump
        assert "pydantic" not in problem.message
        assert "Traceback" not in problem.message
        assert "\n" not in problem.message
    return problems


def only(text: str) -> Problem:
    problems = problems_of(text)
    assert len(problems) == 1, problems
    return problems[0]


def test_a_valid_file_has_no_problems(tmp_path: Path) -> None:
    path = tmp_path / "set.toml"
    path.write_text(HEADER + STEPS, encoding="utf-8")
    assert validate_file(path) == []
    loaded = load_set(path)
    assert loaded.id == "homework-one"
    assert [s.id for s in loaded.steps] == ["drink", "drink-what"]
    assert loaded.steps[0].optional is True  # nothing is compulsory by default
    assert loaded.info.format == SUPPORTED_FORMAT


def test_bad_toml_reports_the_line() -> None:
    text = HEADER + STEPS + '\n[[steps]]\nid = "oops\nkind = "text"\n'
    broken_line = text.splitlines().index('id = "oops') + 1
    problem = only(text)
    assert problem.location == f"line {broken_line}"
    assert problem.line == broken_line
    assert problem.message == "the text 'oops' has no closing quote; type \" at its end"
    assert problem.fix == 'id = "oops"'


def test_unknown_kind_names_the_step_and_the_choices() -> None:
    problem = only(HEADER + STEPS.replace('kind = "yesno"', 'kind = "yes-no"'))
    assert problem.location == "step 'drink'"
    assert problem.field == "kind"
    assert problem.message == (
        "`kind` must be one of info, yesno, text, choice or scale; got 'yes-no'; "
        'did you mean kind = "yesno"?'
    )


def test_duplicate_step_ids() -> None:
    problem = only(HEADER + STEPS + STEPS.split("[[steps]]")[2].join(["[[steps]]", ""]))
    assert problem.location == "step 'drink-what'"
    assert problem.field == "id"
    assert "used by steps 2 and 3" in problem.message


def test_when_naming_a_missing_step() -> None:
    problem = only(HEADER + STEPS.replace('step = "drink"', 'step = "drinks"'))
    assert problem.location == "step 'drink-what'"
    assert problem.field == "when.step"
    assert "no step with that id" in problem.message


def test_when_naming_a_later_step() -> None:
    text = (
        HEADER
        + STEPS.split("[[steps]]")[2].join(["[[steps]]", ""])
        + STEPS.split("[[steps]]")[1].join(["[[steps]]", ""])
    )
    problem = only(text)
    assert problem.location == "step 'drink-what'"
    assert "comes later" in problem.message


def test_when_naming_its_own_step() -> None:
    problem = only(HEADER + STEPS.replace('step = "drink"', 'step = "drink-what"'))
    assert "this same step" in problem.message


def test_when_value_that_the_step_can_never_answer() -> None:
    problem = only(HEADER + STEPS.replace('is = "yes"', 'is = "Yes"'))
    assert problem.field == "when"
    assert problem.message.endswith("did you mean 'yes'?")


def test_when_on_a_text_step_is_refused() -> None:
    extra = '\n[[steps]]\nid = "more"\nkind = "text"\ntext = "More?"\n'
    extra += 'when = { step = "drink-what", is = "yes" }\n'
    problem = only(HEADER + STEPS + extra)
    assert problem.location == "step 'more'"
    assert "can only depend on a yesno, choice or scale step" in problem.message


def test_when_needs_exactly_one_test() -> None:
    problem = only(HEADER + STEPS.replace('is = "yes"', 'is = "yes", not = "no"'))
    assert problem.field == "when"
    assert "exactly one of `is`, `in` or `not`" in problem.message


def test_when_with_a_boolean_instead_of_yes() -> None:
    problem = only(HEADER + STEPS.replace('is = "yes"', "is = true"))
    assert problem.field == "when.is"
    assert "text in quotes" in problem.message


def test_an_empty_set() -> None:
    problem = only(HEADER)
    assert (problem.location, problem.field) == ("set", "steps")
    assert "no steps" in problem.message


def test_missing_fields_are_all_reported() -> None:
    text = '[set]\nid = "x"\nversion = 1\n\n[[steps]]\nid = "a"\nkind = "text"\n'
    found = {(p.location, p.field) for p in problems_of(text)}
    assert found == {("set", "title"), ("set", "author"), ("step 'a'", "text")}


def test_missing_set_table() -> None:
    problem = only(STEPS)
    assert problem.location == "set"
    assert "there is no [set] section; start the file with a line [set]" in problem.message


def test_a_step_without_an_id_is_located_by_position() -> None:
    problem = only(HEADER + STEPS + '\n[[steps]]\nkind = "text"\ntext = "Anything?"\n')
    assert (problem.location, problem.field) == ("step 3", "id")


def test_bad_recipient() -> None:
    text = HEADER + '\n[set.homework]\nrecipient = "age1notakey"\n' + STEPS
    problem = only(text)
    assert (problem.location, problem.field) == ("set", "homework.recipient")
    assert "age public key" in problem.message


def test_good_recipient_and_homework_fields() -> None:
    from pyrage import x25519

    key = str(x25519.Identity.generate().to_public())
    homework = f'\n[set.homework]\nrecipient = "{key}"\ncounselor = "Sam"\ndue = 2026-12-01\n'
    loaded = load_set_text(HEADER + homework + STEPS)
    assert loaded.info.homework is not None
    assert loaded.info.homework.recipient == key
    assert str(loaded.info.homework.due) == "2026-12-01"


def test_newer_format_asks_for_a_newer_reflect() -> None:
    text = HEADER + f"format = {SUPPORTED_FORMAT + 1}\nsomething_new = 1\n" + STEPS
    problem = only(text)  # the other (unknown) fields are not reported: they may be valid there
    assert (problem.location, problem.field) == ("set", "format")
    assert "this set needs a newer reflect" in problem.message


def test_bad_set_id() -> None:
    problem = only(HEADER.replace('"homework-one"', '"Homework One"') + STEPS)
    assert (problem.location, problem.field) == ("set", "id")
    assert problem.message.startswith("`id` must use only lowercase letters, digits and single")


def test_version_must_be_at_least_one() -> None:
    problem = only(HEADER.replace("version = 1", "version = 0") + STEPS)
    assert problem.field == "version"
    assert "at least 1" in problem.message


def test_unknown_field_suggests_the_spelling() -> None:
    problem = only(HEADER + STEPS.replace('kind = "text"', 'kind = "text"\noptinal = false'))
    assert problem.field == "optinal"
    assert "did you mean `optional`?" in problem.message


def test_unknown_section() -> None:
    problem = only(HEADER + STEPS + '\n[[step]]\nid = "q"\n')
    assert (problem.location, problem.field) == ("file", "step")
    assert "[[steps]]" in problem.message


def test_choice_step_without_choices() -> None:
    text = HEADER + '\n[[steps]]\nid = "pick"\nkind = "choice"\ntext = "Pick one"\n'
    problem = only(text)
    assert (problem.location, problem.field) == ("step 'pick'", "choices")
    assert "at least two" in problem.message


def test_scale_min_must_be_below_max() -> None:
    text = HEADER + '\n[[steps]]\nid = "how"\nkind = "scale"\ntext = "How?"\nmin = 5\nmax = 1\n'
    problem = only(text)
    assert (problem.field, problem.message) == ("min", "`min` (5) must be less than `max` (1)")


def test_scale_labels_must_fit() -> None:
    text = HEADER + '\n[[steps]]\nid = "how"\nkind = "scale"\ntext = "How?"\nlabels = ["a"]\n'
    assert only(text).field == "labels"


def test_fields_for_another_kind_are_refused() -> None:
    text = HEADER + STEPS.replace('text = "What happened?"', 'text = "What?"\nafter_yes = "Hi"')
    problem = only(text)
    assert (problem.location, problem.field) == ("step 'drink-what'", "after_yes")
    assert "only applies to yesno steps" in problem.message


def test_every_problem_is_reported_not_just_the_first() -> None:
    text = (
        HEADER.replace("version = 1", "version = 0")
        + STEPS.replace('kind = "yesno"', 'kind = "yes-no"').replace('"drinks"', '"x"')
        + '\n[[steps]]\nid = "drink"\nkind = "text"\ntext = "Again"\n'
        + '\n[[steps]]\nid = "later"\nkind = "text"\ntext = "x"\nwhen = { step = "nope", is = 1 }\n'
    )
    fields = sorted(p.field for p in problems_of(text))
    assert fields == ["id", "kind", "version", "when.step"]


def test_unreadable_file(tmp_path: Path) -> None:
    problems = validate_file(tmp_path / "missing.toml")
    assert len(problems) == 1
    assert problems[0].location == "file"
    assert "cannot read" in problems[0].message


def test_load_raises_with_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(HEADER.replace("version = 1", "version = 0"), encoding="utf-8")
    with pytest.raises(PromptSetError) as caught:
        load_set(path)
    assert len(caught.value.problems) == 2
    assert str(caught.value).startswith(f"{path}, line 5, in [set]: `version` must be at least 1")
    assert "and 1 more" in str(caught.value)
    assert isinstance(caught.value, ReflectError)  # the CLI prints it as one line


def test_condition_tests_in_and_not() -> None:
    text = HEADER + (
        '\n[[steps]]\nid = "pick"\nkind = "choice"\ntext = "Pick"\nchoices = ["a", "b", "c"]\n'
        '\n[[steps]]\nid = "ab"\nkind = "text"\ntext = "A or B"\n'
        'when = { step = "pick", in = ["a", "b"] }\n'
        '\n[[steps]]\nid = "not-c"\nkind = "text"\ntext = "not C"\n'
        'when = { step = "pick", not = "c" }\n'
    )
    loaded = load_set_text(text)
    in_when, not_when = loaded.steps[1].when, loaded.steps[2].when
    assert in_when is not None and not_when is not None
    assert [in_when.holds(v) for v in ("a", "b", "c", None)] == [True, True, False, False]
    assert [not_when.holds(v) for v in ("a", "c", None)] == [True, False, False]


def test_scale_labels() -> None:
    text = HEADER + (
        '\n[[steps]]\nid = "how"\nkind = "scale"\ntext = "How?"\nmin = 0\nmax = 2\n'
        'labels = ["low", "high"]\n'
    )
    step = load_set_text(text).steps[0]
    assert [step.scale_label(p) for p in (0, 1, 2)] == ["low", None, "high"]


def test_the_starter_template_is_valid_and_commented() -> None:
    text = starter_text()
    assert validate_text(text) == []
    assert text.lstrip().startswith("#")
    kinds = {s.kind for s in load_set_text(text).steps}
    assert kinds == {"info", "yesno", "text", "choice", "scale"}


def test_builtin_sets_are_found() -> None:
    ids = [s.id for s in builtin_sets()]
    assert "imperfect-men" in ids
    assert find_builtin("imperfect-men") is not None
    assert find_builtin("no-such-set") is None


def test_resolve_set_by_id_or_path(tmp_path: Path) -> None:
    assert resolve_set("imperfect-men").id == "imperfect-men"
    path = tmp_path / "mine.toml"
    path.write_text(HEADER + STEPS, encoding="utf-8")
    assert resolve_set(str(path)).id == "homework-one"
    with pytest.raises(ReflectError, match="no question set called 'nope'"):
        resolve_set("nope")


def test_the_documented_example_is_valid() -> None:
    docs = Path(__file__).resolve().parents[1] / "docs" / "prompt-sets.md"
    example = docs.read_text(encoding="utf-8").split("```toml\n", 1)[1].split("```", 1)[0]
    assert validate_text(example) == []
    loaded = load_set_text(example)
    assert {s.kind for s in loaded.steps} == {"info", "yesno", "text", "choice", "scale"}
    assert loaded.info.homework is not None and loaded.info.homework.recipient


def test_typo_inside_when_is_suggested_from_the_when_fields() -> None:
    problem = only(HEADER + STEPS.replace('is = "yes"', 'iss = "yes"'))
    assert (problem.location, problem.field) == ("step 'drink-what'", "when.iss")
    assert problem.message.endswith("did you mean `is`?")


def test_a_set_that_is_not_a_table() -> None:
    problem = only('set = "imperfect-men"\n' + STEPS)
    assert problem.location == "set"
    assert problem.line == 1
    assert problem.message.startswith("this must be a section of its own: a line [set]")


def test_starter_placeholders_name_each_line_and_what_to_write() -> None:
    from reflect.promptsets import starter_placeholders

    found = starter_placeholders(starter_text())
    lines = starter_text().split("\n")
    by_where = {p.where: p for p in found}
    author = by_where["[set] author"]
    assert author.line == lines.index('author = "Your name"') + 1
    assert author.text == "Your name"
    assert "step 'welcome' text" in by_where
    assert "resource 1 contact" in by_where
    # The sample questions are content a counselor may keep: no warning for them.
    assert not any("happened" in p.text for p in found)


def test_starter_placeholders_also_catch_the_commented_homework_lines() -> None:
    from reflect.promptsets import starter_placeholders

    text = HEADER + '\n[set.homework]\ncounselor = "Your name"\n' + STEPS
    found = starter_placeholders(text)
    assert [(p.where, p.line) for p in found] == [("[set.homework] counselor", 9)]


def test_a_finished_set_has_no_placeholders() -> None:
    from reflect.promptsets import starter_placeholders

    assert starter_placeholders(HEADER + STEPS) == []
    assert starter_placeholders("not toml = ") == []
    builtin = Path(__file__).resolve().parents[1] / "prompts" / "imperfect-men.toml"
    assert starter_placeholders(builtin.read_text(encoding="utf-8")) == []


def test_when_rules_read_as_words() -> None:
    from reflect.promptsets import describe_when

    text = HEADER + (
        '\n[[steps]]\nid = "noticed"\nkind = "yesno"\ntext = "Noticed?"\n'
        '\n[[steps]]\nid = "pick"\nkind = "choice"\ntext = "Pick"\nchoices = ["a", "b", "c"]\n'
        '\n[[steps]]\nid = "one"\nkind = "text"\ntext = "1"\nwhen = { step = "noticed", is = "yes" }\n'
        '\n[[steps]]\nid = "two"\nkind = "text"\ntext = "2"\nwhen = { step = "pick", in = ["a", "b"] }\n'
        '\n[[steps]]\nid = "three"\nkind = "text"\ntext = "3"\nwhen = { step = "pick", not = "c" }\n'
    )
    loaded = load_set_text(text)
    words = [describe_when(s.when, loaded) for s in loaded.steps if s.when]
    assert words == [
        "shown only when the answer to 'noticed' (step 1) is yes",
        "shown only when the answer to 'pick' (step 2) is a or b",
        "shown only when 'pick' (step 2) was answered, with anything but c",
    ]


def test_every_problem_carries_its_line() -> None:
    text = (
        HEADER.replace("version = 1", "version = 0")
        + STEPS.replace('kind = "yesno"', 'kind = "yes-no"')
        + '\n[[steps]]\nid = "later"\nkind = "text"\ntext = "x"\nwhen = { step = "drnk", is = 1 }\n'
    )
    lines = text.split("\n")
    found = {p.field: p.line for p in problems_of(text)}
    assert found == {
        "version": lines.index("version = 0") + 1,
        "kind": lines.index('kind = "yes-no"') + 1,
        "when.step": lines.index('when = { step = "drnk", is = 1 }') + 1,
    }


def test_a_when_typo_suggests_the_earlier_step() -> None:
    problem = only(HEADER + STEPS.replace('step = "drink"', 'step = "drnik"'))
    assert problem.message.endswith("there is no step with that id; did you mean 'drink'?")
