"""The story draft reads as prose a stranger can follow, one paragraph per incident: each
incident opens in the project's words (never the question and "Yes."), skipped follow-ups cost
nothing that was written, and nothing of a form shows (lead-ins, doubled full stops, capitals
after a colon, a quote inside a quote)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.guide.session import Session
from reflect.models import Answer
from reflect.promptsets import PromptSet, find_builtin
from reflect.story.draft import HASHTAG, STATEMENT, assemble, assemble_parts, parts_of
from reflect.story.posts import POST_LIMIT, to_posts


@pytest.fixture(scope="module")
def pset() -> PromptSet:
    found = find_builtin("imperfect-men")
    assert found is not None
    return found


def question(pset: PromptSet, step: str) -> str:
    found = pset.step(step)
    assert found is not None
    return found.text


def gate(pset: PromptSet, step: str, value: str = "yes") -> Answer:
    return Answer(step=step, prompt=question(pset, step), kind="yesno", value=value)


def text(pset: PromptSet, step: str, value: str) -> Answer:
    return Answer(step=step, prompt=question(pset, step), kind="text", value=value)


def skipped(pset: PromptSet, step: str) -> Answer:
    return Answer(step=step, prompt=question(pset, step), kind="text", skipped=True)


# The built-in "Did I ever" questions with a realistic first answer that does not say the act.
DETAILS = {
    "drink": "It was at a party after work and I kept pushing her to come upstairs.",
    "advantage": "My coworker needed a ride home and I made a move in the car.",
    "belittle": "I told her she was boring and frigid every time she said no.",
    "pretend": "I told her I loved her after two weeks because I knew it would work.",
    "object": "I talked about her body with my friends like she was a prize to win.",
    "values": "I ghosted her the morning after, when she had told me she wanted more.",
}
OPENINGS = {
    "drink": "There was a time I pushed a woman too far when I had been drinking.",
    "advantage": "There was a time I took advantage of a situation to make a sexual advance.",
    "belittle": "There was a time I belittled a woman to break down her resistance.",
    "pretend": "There was a time I pretended to care about a woman more than I really did, to "
    "get her to have sex with me.",
    "object": "There was a time I treated a woman more like a sexual object than a human being.",
    "values": "There was a time I treated a woman in a way that doesn't mesh with my morals and "
    "values.",
}
# A first answer that already says the act: the opening would say it twice.
SAYS_THE_ACT = {
    "drink": ("I got drunk at a work party and pushed a coworker to kiss me.", "drunk"),
    "advantage": ("I took advantage of her being new at work and asked her out.", "advantage"),
    "belittle": ("I belittled her in front of her friends until she gave in.", "belittl"),
    "pretend": ("I pretended I wanted a relationship so she would sleep with me.", "pretend"),
    "object": ("I treated her like an object, rating her body out loud.", "object"),
    "values": ("I went against my own values by lying to her for months.", "values"),
}


def test_the_six_built_in_questions_each_have_an_opening(pset: PromptSet) -> None:
    asked = [s.id for s in pset.steps if s.kind == "yesno" and s.text.startswith("Did I ever")]
    assert asked == list(OPENINGS)


@pytest.mark.parametrize("step", list(OPENINGS))
def test_an_incident_opens_in_the_first_person_not_with_the_question(
    pset: PromptSet, step: str
) -> None:
    paragraph = assemble(
        [
            gate(pset, step),
            text(pset, f"{step}-what", DETAILS[step]),
            text(pset, f"{step}-her", "She stopped trusting me, and she stopped coming out."),
        ]
    ).split("\n\n")[0]
    assert paragraph.startswith(OPENINGS[step] + " " + DETAILS[step]), paragraph
    assert "Did I ever" not in paragraph and "? Yes" not in paragraph
    assert not re.search(r"\bYes\.", paragraph)


@pytest.mark.parametrize("step", list(SAYS_THE_ACT))
def test_an_opening_is_left_out_when_the_first_answer_says_the_act(
    pset: PromptSet, step: str
) -> None:
    said, word = SAYS_THE_ACT[step]
    paragraph = assemble([gate(pset, step), text(pset, f"{step}-what", said)]).split("\n\n")[0]
    assert paragraph == said
    assert paragraph.lower().count(word) == 1


@pytest.mark.parametrize(
    ("asked", "opens"),
    [
        ("Did I ever push too far?", "There was a time I pushed too far."),
        (
            "Did I ever make a woman feel unsafe at work?",
            "There was a time I made a woman feel unsafe at work.",
        ),
        (
            "Did I ever keep going after she said no?",
            "There was a time I kept going after she said no.",
        ),
        (
            "Did I ever pressure a partner into sex?",
            "There was a time I pressured a partner into sex.",
        ),
        ("Did I ever bully a woman online?", "There was a time I bullied a woman online."),
        (
            "Did I ever stop texting her only when she blocked me?",
            "There was a time I stopped texting her only when she blocked me.",
        ),
        (
            "Did I ever cat-call a woman on the street?",
            "There was a time I cat-called a woman on the street.",
        ),
        (
            "Did I ever refer to a woman by her body parts?",
            "There was a time I referred to a woman by her body parts.",
        ),
        (
            "Think back to college. Did I ever sexually harass a classmate?",
            "There was a time I sexually harassed a classmate.",
        ),
        (
            "Did I ever not take no for an answer?",
            "There was a time I did not take no for an answer.",
        ),
        # A second verb after "and"/"or" would need the past too: the words stay as asked,
        # behind an emphatic "did", which is grammatical whatever follows.
        (
            "Did I ever flirt with someone who was drunk and then take her home?",
            "There was a time I did flirt with someone who was drunk and then take her home.",
        ),
        (
            "Did I ever laugh along when friends rated women, or join in?",
            "There was a time I did laugh along when friends rated women, or join in.",
        ),
        ("Have I ever lied to get sex?", "I have lied to get sex."),
        # A hand-written question may lack its question mark, or go on after it.
        ("Did I ever push too far", "There was a time I pushed too far."),
        ("Did I ever push too far. Think of parties.", "There was a time I pushed too far."),
        (
            "Did I ever push a date, e.g. after a party, too far?",
            "There was a time I did push a date, e.g. after a party, too far.",
        ),
        # A counselor's "Did you ever ... your ...?" is turned to the first person too.
        ("Did you ever make her uncomfortable?", "There was a time I made her uncomfortable."),
        (
            "Did you ever use your position to get close to someone?",
            "There was a time I used my position to get close to someone.",
        ),
        # Not a "Did I ever" it can turn safely: prose that names the question, and its own
        # quotes turned single.
        (
            "Did you ever keep going when you knew she was not sure?",
            "When I asked myself “Did you ever keep going when you knew she was not sure?”, the "
            "answer was yes.",
        ),
        (
            'Was there a time you heard "no" and went on?',
            "When I asked myself “Was there a time you heard ‘no’ and went on?”, the answer was "
            "yes.",
        ),
    ],
)
def test_a_custom_yes_question_opens_as_a_first_person_sentence(asked: str, opens: str) -> None:
    story = assemble(
        [
            Answer(step="work", prompt=asked, kind="yesno", value="yes"),
            Answer(step="work-what", prompt="What happened?", kind="text", value=DETAILS["drink"]),
        ]
    )
    assert story.startswith(opens + " " + DETAILS["drink"]), story
    assert "? Yes" not in story


@pytest.mark.parametrize(
    "said", ["I pushed too far with my ex at a party.", "There was a time I did, at a party."]
)
def test_a_custom_opening_is_left_out_when_the_answer_says_it(said: str) -> None:
    story = assemble(
        [
            Answer(step="work", prompt="Did I ever push too far?", kind="yesno", value="yes"),
            Answer(step="work-what", prompt="What happened?", kind="text", value=said),
        ]
    )
    assert story.startswith(said), story


def session_answers(pset: PromptSet, script: dict[str, str | None]) -> list[Answer]:
    """The built-in set answered through the real session: a step in ``script`` gets its value
    (None skips it), every other question is answered no or skipped."""
    session = Session(pset)
    while (step := session.current) is not None:
        if step.kind == "info":
            session.answer()
        elif step.id in script and script[step.id] is not None:
            session.answer(script[step.id])
        elif step.kind == "yesno":
            session.answer("no")
        else:
            session.skip()
    return session.to_entry().answers


def test_a_skipped_follow_up_keeps_the_incident_and_what_was_written(pset: PromptSet) -> None:
    """The newcomer's report: yes to a "Did I ever", one follow-up skipped. Both incidents are
    offered, each with every answer that was written, in the arc's order."""
    answers = session_answers(
        pset,
        {
            "drink": "yes",
            "drink-what": "At a work party I kept refilling her glass and pushed her to come home "
            "with me after she said no twice.",
            "drink-her": None,  # skipped: what it cost her
            "drink-learned": "I regret not hearing her the first time.",
            "drink-now": "These days I stop at two drinks and I take a no the first time.",
            "advantage": "yes",
            "advantage-what": None,  # skipped: the first follow-up
            "advantage-her": "She took the bus for a month rather than ride with me again.",
            "advantage-now": "I don't offer rides I would want something back for.",
        },
    )
    assert any(a.skipped for a in answers if a.step in {"drink-her", "advantage-what"})
    parts = parts_of(answers)
    assert [p.key for p in parts[:2]] == ["drink", "advantage"]
    drink, advantage = parts[0].paragraph, parts[1].paragraph
    assert drink.index("refilling") < drink.index("regret") < drink.index("These days")
    assert advantage.index("took advantage") < advantage.index("bus") < advantage.index("rides")
    assert parts[1].label.startswith("Taking advantage — She took the bus")


def test_a_skipped_answer_never_enters_the_story_even_with_text_left_in_it(
    pset: PromptSet,
) -> None:
    """An entry imported from elsewhere can mark an answer skipped and still carry text."""
    story = assemble(
        [
            gate(pset, "drink"),
            text(pset, "drink-what", DETAILS["drink"]),
            Answer(
                step="drink-her",
                prompt=question(pset, "drink-her"),
                kind="text",
                value="A first try I did not want to keep.",
                skipped=True,
            ),
            text(pset, "drink-now", "(skipped)"),
        ]
    )
    assert "first try" not in story and "skipped" not in story
    assert DETAILS["drink"] in story


def whole_draft(pset: PromptSet) -> str:
    """The built-in set with two incidents, a son-or-brother answer and the statement."""
    return assemble(
        [
            gate(pset, "named"),
            Answer(
                step="named-which",
                prompt=question(pset, "named-which"),
                kind="choice",
                value="Pushing for sex despite resistance",
            ),
            gate(pset, "drink"),
            text(pset, "drink-what", DETAILS["drink"]),
            text(pset, "drink-her", "Her trust in me, and in the team."),
            text(pset, "drink-learned", "That being drunk explains nothing and excuses nothing."),
            text(pset, "drink-now", "Now I stop at two drinks\nI listen the first time"),
            gate(pset, "advantage"),
            text(pset, "advantage-what", DETAILS["advantage"]),
            skipped(pset, "advantage-her"),
            text(pset, "advantage-learned", "Same as above."),
            text(pset, "advantage-now", "I don't offer rides I would want something back for.."),
            gate(pset, "belittle", "no"),
            gate(pset, "object"),
            Answer(
                step="object-same",
                prompt=question(pset, "object-same"),
                kind="choice",
                value="The same time as question 1 (drinking)",
            ),
            text(
                pset,
                "object-adds",
                "I saw her as a score, not as a person with a night of her own.",
            ),
            text(pset, "tell-son", 'Listen the first time. "No" is a whole sentence'),
            Answer(
                step="statement",
                prompt=question(pset, "statement"),
                kind="choice",
                value="I can say it as it is",
            ),
            text(pset, "anything-else", "No."),
        ]
    )


def test_the_whole_draft_reads_as_a_story(pset: PromptSet) -> None:
    story = whole_draft(pset)
    paragraphs = story.split("\n\n")
    assert paragraphs == [
        "There was a time I pushed a woman too far when I had been drinking. "
        f"{DETAILS['drink']} What I think it cost her: her trust in me, and in the team. "
        "I learned that being drunk explains nothing and excuses nothing. Now I stop at two "
        "drinks. I listen the first time. It was also a time I treated her more like a sexual "
        "object than a human being. I saw her as a score, not as a person with a night of her "
        "own.",
        f"There was a time I took advantage of a situation to make a sexual advance. "
        f"{DETAILS['advantage']} What I learned from it: same as above. I don't offer rides I "
        "would want something back for.",
        "If a son or a younger brother asked me what I've learned about how to treat women, I "
        "would tell him, “Listen the first time. ‘No’ is a whole sentence.” " + STATEMENT,
        HASHTAG,
    ]


def test_no_form_marks_anywhere_in_the_draft(pset: PromptSet) -> None:
    story = whole_draft(pset)
    assert "? Yes" not in story and "Did I ever" not in story
    assert not re.search(r"(?<!\.)\.\.(?!\.)", story)  # no doubled full stop
    assert not re.search(r"“[^”]*“", story)  # no quote opened inside a quote
    assert "Asked “" not in story  # no question quoted back at the reader
    assert "Then there is no need" not in story
    # After a lead-in's colon, a word that is never a name goes on in lower case.
    for lead in re.finditer(r": (\w+)", story):
        assert lead.group(1) == "I" or lead.group(1).islower(), story


def test_a_capital_that_may_be_a_name_is_kept_after_a_lead_in(pset: PromptSet) -> None:
    """Lowering "Hope" would hide a name from the anonymizer, which leans on capitals."""
    story = assemble(
        [
            gate(pset, "drink"),
            text(pset, "drink-what", DETAILS["drink"]),
            text(pset, "drink-her", "Hope quit."),
        ]
    )
    assert "What I think it cost her: Hope quit." in story


def test_an_answer_on_several_lines_keeps_its_sentence_ends(pset: PromptSet) -> None:
    story = assemble(
        [
            gate(pset, "drink"),
            text(pset, "drink-what", "It was at a party\nI kept pushing her\nand she left"),
        ]
    )
    assert "It was at a party. I kept pushing her and she left." in story


def test_not_there_yet_is_told_so_a_stranger_can_follow(pset: PromptSet) -> None:
    story = assemble([text(pset, "statement-not-yet", "I still make excuses for myself.")])
    assert story.startswith(
        f"I'm not ready yet to say “{STATEMENT}” What stands between me and that sentence: "
        "I still make excuses for myself."
    )


def test_nothing_more_to_say_is_not_offered_as_a_part(pset: PromptSet) -> None:
    for said in ("No.", "nothing else", "That's all"):
        assert parts_of([text(pset, "anything-else", said)]) == []
    [part] = parts_of([text(pset, "anything-else", "I have started seeing a counselor.")])
    assert part.paragraph == "I have started seeing a counselor."


def test_a_same_time_question_stands_alone_when_its_incident_is_not_told(
    pset: PromptSet,
) -> None:
    answers = [
        gate(pset, "drink"),  # said yes, but wrote nothing
        gate(pset, "object"),
        Answer(
            step="object-same",
            prompt=question(pset, "object-same"),
            kind="choice",
            value="The same time as question 1 (drinking)",
        ),
        text(pset, "object-adds", "I saw her as a score, not as a person with a night of her own."),
    ]
    [part] = parts_of(answers)
    assert part.key == "object"
    assert part.paragraph.startswith(OPENINGS["object"] + " I saw her as a score")


def test_the_thread_of_the_whole_draft(pset: PromptSet) -> None:
    story = whole_draft(pset)
    posts = to_posts(story)
    assert len(posts) > 1 and all(len(p) <= POST_LIMIT for p in posts)
    assert HASHTAG in posts[0] and not any(HASHTAG in p for p in posts[1:])
    for paragraph in story.split("\n\n")[:-1]:
        assert any(p.startswith(paragraph[:40]) for p in posts), paragraph  # a post of its own


def test_the_hashtag_stays_first_when_an_edit_joined_it_to_the_last_paragraph(
    pset: PromptSet,
) -> None:
    story = whole_draft(pset).replace(f"\n\n{HASHTAG}", f" {HASHTAG}")
    posts = to_posts(story)
    assert HASHTAG in posts[0] and not any(HASHTAG in p for p in posts[1:])
    assert all(len(p) <= POST_LIMIT for p in posts)


def test_a_chosen_incident_alone_still_opens_in_prose(pset: PromptSet) -> None:
    parts = parts_of([gate(pset, "advantage"), text(pset, "advantage-what", DETAILS["advantage"])])
    assert assemble_parts(parts).startswith(OPENINGS["advantage"])


_WORDS = st.text(alphabet=st.sampled_from("abcdefghij ABCDEFG.,;:?!\"“”'\n-"), max_size=80)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(list(OPENINGS)),
    st.lists(st.one_of(st.none(), _WORDS), min_size=4, max_size=4),
)
def test_every_written_word_is_told_in_the_arcs_order(step: str, values: list[str | None]) -> None:
    """Whatever was written or skipped, every written answer is in the story, whole and in the
    arc's order, and no form mark appears."""
    pset = find_builtin("imperfect-men")
    assert pset is not None
    answers = [gate(pset, step)]
    for ending, value in zip(("what", "her", "learned", "now"), values, strict=True):
        answers.append(
            skipped(pset, f"{step}-{ending}")
            if value is None
            else text(pset, f"{step}-{ending}", value)
        )
    story = assemble(answers)
    told = re.findall(r"[a-z0-9]+", story.lower())
    position = 0
    for value in values:
        words = re.findall(r"[a-z0-9]+", (value or "").lower())
        if not words:
            continue
        found = next(
            (i for i in range(position, len(told)) if told[i : i + len(words)] == words), None
        )
        assert found is not None, (value, story)
        position = found + len(words)
    assert "? Yes" not in story and "Did I ever" not in story


def test_what_the_article_names_is_told_without_its_question(pset: PromptSet) -> None:
    [part] = parts_of(
        [
            gate(pset, "named"),
            Answer(
                step="named-which",
                prompt=question(pset, "named-which"),
                kind="choice",
                value="Something else like these",
            ),
            text(pset, "named-other", "Rating women out loud with my friends"),
        ]
    )
    assert part.label.startswith("What the article names — Rating women")
    assert part.paragraph == (
        "Besides the things the article names, there is something else like them that weighs "
        "on me most: “Rating women out loud with my friends.”"
    )


@pytest.mark.parametrize("value", ["A. quit.", "A lot.", "J.R. quit."])
def test_an_initial_after_a_lead_in_keeps_its_capital(pset: PromptSet, value: str) -> None:
    """An initial can stand for a person: lowered, the anonymizer could miss it."""
    story = assemble(
        [
            gate(pset, "drink"),
            text(pset, "drink-what", DETAILS["drink"]),
            text(pset, "drink-her", value),
        ]
    )
    told = "a lot." if value == "A lot." else value
    assert f"What I think it cost her: {told}" in story


def test_two_reflections_tell_their_incidents_and_close_the_story_once(pset: PromptSet) -> None:
    """Drawing on two reflections: a second incident of the same kind is "another time", the
    statement both chose is said once, and "If a son or a younger brother asked me" once, the
    second answer for him going on from the first."""
    from reflect.models import Entry
    from reflect.story.draft import entry_parts

    def reflection(incident: str, for_him: str) -> Entry:
        return Entry.model_validate(
            {
                "created": "2026-11-20T21:14:00+00:00",
                "set": "imperfect-men",
                "answers": [
                    gate(pset, "drink"),
                    text(pset, "drink-what", incident),
                    text(pset, "tell-son", for_him),
                    Answer(
                        step="statement",
                        prompt=question(pset, "statement"),
                        kind="choice",
                        value="I can say it as it is",
                    ),
                ],
            }
        )

    parts = entry_parts(
        [
            reflection(DETAILS["drink"], "Listen the first time she says no."),
            reflection("At a wedding I kept dancing close after she stepped away.", "Ask first."),
        ]
    )
    assert [p.key.split(":")[1] for p in parts] == [
        "drink",
        "drink",
        "tell-son",
        "tell-son",
        "statement",
    ]
    story = assemble_parts(parts)
    assert story.split("\n\n")[1].startswith(
        "There was another time I pushed a woman too far when I had been drinking. At a wedding"
    )
    assert story.count(STATEMENT) == 1
    assert story.count("If a son or a younger brother asked me") == 1
    assert "“Listen the first time she says no.” I would also tell him, “Ask first.”" in story


def test_a_custom_incident_is_labelled_by_its_act() -> None:
    [part] = parts_of(
        [
            Answer(
                step="unsafe",
                prompt="Did I ever make a woman feel unsafe at work?",
                kind="yesno",
                value="yes",
            ),
            Answer(step="unsafe-what", prompt="What happened?", kind="text", value="I joked."),
        ]
    )
    assert part.label == "Make a woman feel unsafe at work — I joked."
