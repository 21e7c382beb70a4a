"""The residual-risk list's phrases that single someone out without a name (issue 11,
"Quasi-identifiers"): one test per kind of phrase, each with decoys that must stay off the list,
and the real `reflect anonymize --json` carrying a new kind."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.anonymize import anonymize
from reflect.anonymize.model import ResidualRisk
from reflect.anonymize.quasi import find_phrases
from reflect.anonymize.words import Words

from conftest import run_reflect


def phrases(text: str) -> list[ResidualRisk]:
    return [risk for risk in anonymize(text).residual_risks if risk.kind == "phrase"]


def listed(text: str, phrase: str) -> ResidualRisk | None:
    """The risk whose original wording holds ``phrase`` (or lies inside it), if any."""
    for risk in phrases(text):
        if phrase.lower() in risk.original.lower() or risk.original.lower() in phrase.lower():
            return risk
    return None


def assert_listed(text: str, phrase: str) -> ResidualRisk:
    risk = listed(text, phrase)
    assert risk is not None, (phrase, phrases(text))
    return risk


def assert_quiet(text: str) -> None:
    assert phrases(text) == [], phrases(text)


# ---- a role tied to a group, place, shift or time ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The cashier on that shift was patient with me.", "The cashier on that shift"),
        ("I flirted with the barista there every morning.", "the barista there"),
        ("Our intern that summer was nineteen.", "Our intern that summer"),
        ("He was the shift supervisor under me for a year.", "supervisor under me"),
        ("She was a welder in my platoon.", "a welder in my platoon"),
        ("He met a girl in my pottery class and told everyone.", "a girl in my pottery class"),
        ("There was a roadie on the spring tour who laughed.", "a roadie on the spring tour"),
        ("She was a paralegal at Hargreave Lister then.", "a paralegal at"),
    ],
)
def test_a_role_in_a_group_is_listed(text: str, phrase: str) -> None:
    risk = assert_listed(text, phrase)
    assert risk.reason.startswith("a role in one group or place")


@pytest.mark.parametrize(
    "text",
    [
        "I waited for my friend on the corner.",  # family and friends are no role
        "Her cousin in Leeds picked her up.",
        "A customer at the store saw it.",  # a passer-by is no one in particular
        "I met a girl at the bar and bought her a drink.",  # "the bar": no group of hers
        "I matched with a woman on Hinge.",  # a name after "a woman" is an app, not a group
        "A nurse in Leeds told me later.",  # a town says little
        "She was a cashier in 2019.",
    ],
)
def test_roles_without_a_group_of_their_own_are_not_listed(text: str) -> None:
    assert_quiet(text)


# ---- a role a group has one of, and newcomers ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "suggestion"),
    [
        ("Her platoon sergeant asked me about it.", "Her platoon sergeant", "A sergeant"),
        ("I complained to our swim coach.", "our swim coach", "a coach"),
        ("The parish secretary heard it all.", "The parish secretary", "A secretary"),
        ("The head chef sent her home.", "The head chef", "A chef"),
        ("We hired a new dispatcher that week.", "a new dispatcher", "a dispatcher"),
    ],
)
def test_sole_roles_and_newcomers_are_listed(text: str, phrase: str, suggestion: str) -> None:
    risk = assert_listed(text, phrase)
    assert risk.suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "I told my boss everything.",  # no group word: a boss is anyone's
        "My old manager would have laughed.",  # an opinion or a time, not a group
        "She had a new car and a new phone.",
        "I was a coach for years.",
    ],
)
def test_plain_bosses_and_new_things_are_not_listed(text: str) -> None:
    assert_quiet(text)


# ---- superlative and ordinal standing ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("She was the youngest on our crew.", "the youngest on our crew"),
        ("She was the oldest by twelve years.", "the oldest by twelve years"),
        ("He had the second-highest sales in the region office.", "the second-highest sales"),
        ("She had the best scores on the ward.", "the best scores on the ward"),
        ("It was her second deployment and she trusted me.", "her second deployment"),
        ("On his first shift I made fun of him.", "his first shift"),
        ("It was the only woman reffing in our league that I mocked.", "the only woman reffing"),
        (
            "She was the only Black female surgeon we'd had in radiology.",
            "the only Black female surgeon we'd had in radiology",
        ),
    ],
)
def test_standings_are_listed(text: str, phrase: str) -> None:
    assert_listed(text, phrase)


@pytest.mark.parametrize(
    "text",
    [
        "It was the best night of my life.",  # life is no group
        "That was the worst thing in the world.",
        "She was the youngest of my cousins and the oldest by far.",
        "It was my first time and her first time too.",  # a first time is no stretch of work
        "The first girl I kissed moved away.",
        "The first time I saw her was there.",
    ],
)
def test_ordinary_superlatives_and_firsts_are_not_listed(text: str) -> None:
    assert_quiet(text)


# ---- a job tied to one spot -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("She ran the front desk at night.", "ran the front desk"),
        ("Lena worked the register, and I hung around.", "worked the register"),
        ("His sister kept the books for the whole yard.", "kept the books"),
        ("She manned the switchboard.", "manned the switchboard"),
        ("I worked the graveyard shift with her.", "worked the graveyard shift"),
    ],
)
def test_a_job_at_one_spot_is_listed(text: str, phrase: str) -> None:
    risk = assert_listed(text, phrase)
    assert risk.suggestion == "worked there"


@pytest.mark.parametrize(
    "text",
    [
        "She kept the door shut after that.",  # keeping a door shut is no job
        "I kept the door for her.",
        "We ran the numbers again.",  # numbers are no spot
        "He kept the secret for years.",
        "She worked the problem out herself.",
        "I keep the radio for emergencies.",
        "I worked the shift.",  # a shift without which one
    ],
)
def test_other_running_and_keeping_is_not_listed(text: str) -> None:
    assert_quiet(text)


# ---- where someone is from and why they were there, and life details --------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "suggestion"),
    [
        ("She was a Swedish backpacker on a gap year.", "a Swedish backpacker on a gap year", ""),
        ("She was an Irish girl on a working holiday.", "an Irish girl on a working holiday", ""),
        ("There was a German over for the summer.", "a German over for the summer", ""),
        ("I teased the Polish nurse every shift.", "the Polish nurse", "a nurse"),
        ("She was a widow with three kids.", "a widow with three kids", "a parent"),
        ("She was a single mum of two.", "a single mum of two", "a parent"),
        ("She was a mother of four.", "a mother of four", "a parent"),
    ],
)
def test_visitors_and_life_details_are_listed(text: str, phrase: str, suggestion: str) -> None:
    risk = assert_listed(text, phrase)
    if suggestion:
        assert risk.suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "We went to an Irish pub after.",  # a pub is no person
        "She worked for a Canadian company.",
        "An American girl was there too.",  # no visit, no group
        "My mother was a single woman then.",
        "Her divorce was final in June.",
    ],
)
def test_nationalities_and_families_alone_are_not_listed(text: str) -> None:
    assert_quiet(text)


# ---- a course or trade, and joining a group ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "suggestion"),
    [
        ("She was a midwifery student then.", "a midwifery student", "a student"),
        ("He was an engine cadet on the ferry.", "an engine cadet", "a cadet"),
        ("She was a sociology major.", "a sociology major", "a major"),
        (
            "Nadia joined our unit straight out of basic.",
            "joined our unit straight out of basic",
            "joined our unit",
        ),
        ("Tom came to my team fresh from Oxford.", "came to my team fresh from", "came to my team"),
    ],
)
def test_courses_and_joinings_are_listed(text: str, phrase: str, suggestion: str) -> None:
    risk = assert_listed(text, phrase)
    assert risk.suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "She was a college student.",  # the kind of school says nothing of the course
        "She was a good student and a quiet one.",
        "He was a summer intern.",
        "I joined the team.",  # not whose, not when, not from where
        "She joined my team and did well.",
    ],
)
def test_plain_students_and_joinings_are_not_listed(text: str) -> None:
    assert_quiet(text)


# ---- wording, speed shape, and the command -----------------------------------------------------


def test_every_new_reason_is_plain_and_calm() -> None:
    from reflect.anonymize import roles, situations

    reasons = [
        value
        for module in (roles, situations)
        for name, value in vars(module).items()
        if name.startswith("R_")
    ]
    assert len(reasons) >= 10
    for reason in reasons:
        what, why = reason.split(": ")
        assert what and why and reason == reason.lower()
        assert not any(word in reason for word in ("must", "danger", "warning", "!"))


def test_a_phrase_hidden_by_a_finding_is_not_listed_twice() -> None:
    text = "She was the waitress on that shift."
    words = text.split()
    covered = bytearray(len(text) + 1)
    start = text.index("the waitress")
    covered[start : len(text) - 1] = b"\x01" * (len(text) - 1 - start)
    assert find_phrases(text, covered) == []
    assert find_phrases(text, bytearray(len(text) + 1)) != []
    assert len(Words(text, covered)) == len(words)


def test_words_anchor_hyphenated_words_on_both_halves() -> None:
    w = Words("the third-best numbers", bytearray(30))
    assert w.anchors({"best"}) == w.anchors({"third"}) == [1]


def test_anonymize_json_carries_a_role_tied_to_one_spot() -> None:
    story = "Marta ran the tool crib, and I made her days a misery.\n"
    result = run_reflect("anonymize", "--json", input=story)
    assert result.returncode == 0, result.stderr
    risks = json.loads(result.stdout)["residual_risks"]
    phrase = next(r for r in risks if r["kind"] == "phrase")
    assert phrase["text"] == "ran the tool crib"
    assert phrase["reason"].startswith("a job tied to one spot")
    assert phrase["suggestion"] == "worked there"


@pytest.mark.parametrize(
    "text",
    [
        "She was the only one who understood me.",  # a feeling, not a place among others
        "I said she was the only one I could talk to.",
        "It was her first job and she liked it.",  # everyone has a first job
    ],
)
def test_feelings_and_first_jobs_are_not_listed(text: str) -> None:
    assert_quiet(text)


def test_the_only_one_among_others_is_still_listed() -> None:
    assert_listed("She was the only one on the crew who spoke Tagalog.", "the only one on the crew")


def test_a_suggestion_keeps_a_proper_role_and_a_new_hire_is_a_colleague() -> None:
    assert assert_listed("There was a female Marine in our unit.", "Marine").suggestion == (
        "a Marine"
    )
    assert assert_listed("A new hire, Dana Whitfield, sat by me.", "new hire").suggestion == (
        "A colleague"
    )


@pytest.mark.parametrize(
    ("text", "phrase", "suggestion"),
    [
        (
            "She was the first woman to run the front desk there.",
            "run the front desk there",
            "work there",
        ),
        ("She keeps the books now.", "keeps the books", "works there"),
        ("Running the switchboard, she heard it all.", "Running the switchboard", "Working there"),
    ],
)
def test_a_spot_reads_in_the_verbs_own_form(text: str, phrase: str, suggestion: str) -> None:
    assert assert_listed(text, phrase).suggestion == suggestion


@pytest.mark.parametrize(
    ("text", "phrase", "suggestion"),
    [
        (
            "She was the only staff member younger than me.",
            "the only staff member younger than me",
            "a staff member",
        ),
        (
            "In 1983 the port hired its first woman checker.",
            "its first woman checker",
            "a woman checker",
        ),
        ("She was the only mom who'd come without a husband.", "the only mom", "a mom"),
    ],
)
def test_unique_roles_without_a_group(text: str, phrase: str, suggestion: str) -> None:
    risk = assert_listed(text, phrase)
    assert risk.original == phrase
    assert risk.suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "I spent the first quarter of my life thinking control was love.",  # a quarter is no one
        "She'd only make her target if she played along.",
        "She had no faith in my word, only in my want.",
        "The first woman I loved left me.",
        "It was the only car on the street.",  # with "only", a thing on a street is no one
    ],
)
def test_only_and_first_before_a_thing_are_not_listed(text: str) -> None:
    assert_quiet(text)


def test_hiding_a_phrase_keeps_the_sentence_whole() -> None:
    """A phrase's wording stands in for its original (the review's "hide"), so the original
    must end on a word boundary and the sentence must still read."""
    text = (
        "Sherry was the only woman on the crew; she ran the tool crib. The waitress on that "
        "shift, a Canadian on a working holiday, was a divorcee with two kids. Our new trainee "
        "had the best numbers on the floor, and her squad leader knew it."
    )
    risks = phrases(text)
    assert len(risks) >= 6, risks
    hidden = text
    for risk in risks:
        assert risk.original in hidden
        hidden = hidden.replace(risk.original, risk.suggestion, 1)
    for doubled in (" a a ", " a an ", " the a ", "there there", "  "):
        assert doubled not in hidden, hidden
    assert hidden.count(".") == text.count(".")


@pytest.mark.parametrize(
    "text",
    [
        "After our first date she said she felt no spark.",
        "With my first serious girlfriend I made little comments.",
        "I was her first real boyfriend.",
    ],
)
def test_firsts_of_ones_own_life_are_not_listed(text: str) -> None:
    assert_quiet(text)


def test_whose_place_it_was_is_listed_and_other_whose_is_not() -> None:
    risk = assert_listed(
        "Red Tom, the bloke whose cabin it was, asked me.", "the bloke whose cabin it was"
    )
    assert risk.suggestion == "the host"
    assert_quiet("The woman whose name I forgot was kind.")
    assert_quiet("He had the best friend on the team.")


def test_a_spot_of_two_words_is_hidden_whole() -> None:
    risk = assert_listed("Mags worked the front desk, and I hung around.", "worked the front desk")
    assert risk.original == "worked the front desk"
    assert assert_listed("She worked the pool bar.", "worked the pool bar").original == (
        "worked the pool bar"
    )


def test_only_without_a_determiner_needs_a_role() -> None:
    assert_quiet("What it cost her I can only guess: time, trust.")
    assert_listed("She was only intern in dispatch.", "only intern in dispatch")


def test_a_named_place_keeps_its_kind_and_only_before_a_verb_is_no_role() -> None:
    risk = assert_listed("I was a process assistant at the Amazon warehouse in Kent.", "assistant")
    assert risk.original == "a process assistant at the Amazon warehouse"
    assert_quiet("He called her names I'd only call a woman I hated.")


_PIECES = (
    "the only woman on the crew; her squad leader ran the tool crib at the plant. The waitress "
    "on that shift, a Canadian on a working holiday, was a divorcee with two kids and a nursing "
    "student; she joined my team straight from college and was the youngest by ten years, her "
    "first season, the bloke whose bach it was, the new rousie was Jade, İstanbul, we'd had in"
).split()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.data())
def test_phrases_stay_on_word_boundaries_of_any_text(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    covered = bytearray(data.draw(st.binary(min_size=len(text) + 1, max_size=len(text) + 1)))
    for phrase in find_phrases(text, covered):
        assert 0 <= phrase.start < phrase.end <= len(text)
        assert text[phrase.start].isalnum() and text[phrase.end - 1].isalnum()
        assert phrase.start == 0 or not text[phrase.start - 1].isalnum()
