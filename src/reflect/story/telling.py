"""How each answer is told inside the story: as written when it stands on its own, else after
a lead-in in the project's own words, so that a stranger can follow it without its question.

The story is told per incident, in the arc the article asks for: for each "Did I ever ...?"
answered yes, what happened, what it cost her, what I learned, what I do now; then what I would
tell a son or a younger brother, and the accountability statement if it was chosen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reflect.models import SKIPPED, Answer
from reflect.story.openings import also, opening
from reflect.story.prose import after_lead, flatten, quoted, sentence, sentences_of

ARC = ("what", "her", "learned", "now")  # step-id endings in the built-in set, in story order
# Lead-ins for an answer that does not stand on its own, by its step's ending: prose in the
# first person, so the answer reads as part of the story rather than as a filled-in form.
_LEAD_INS = {
    "what": "What happened was this: ",
    "her": "What I think it cost her: ",
    "learned": "What I learned from it: ",
    "now": "What I do differently now: ",
    "adds": "What it shows me: ",
}
# A few follow-ups of the built-in set that are introduced by their own step, the person's
# few words quoted after them (so their capital reads as it should).
_STEP_LEADS = {
    "named-other": "Besides the things the article names, there is something else like them "
    "that weighs on me most: ",
}
STATEMENT = (
    "I haven't always treated the women in my life with dignity and respect, and I regret that."
)
SON_LEAD = "If a son or a younger brother asked me what I've learned about how to treat women, "
# Closing answers of the built-in set, in the order they close the story, with their lead-in.
CLOSING = {
    "anything-else": "One more thing: ",
    "tell-son": SON_LEAD,
    "statement": "",
    "statement-own": "",
    "statement-not-yet": "I'm not ready yet to say "
    + quoted(STATEMENT)
    + " What stands between me and that sentence: ",
}
CLOSING_ORDER = ("anything-else", "tell-son", "statement", "statement-own", "statement-not-yet")
SAYS_IT = "I can say it as it is"
# An answer that opens like these, or is very short, reads as a reply to its question.
_LEANS_ON_QUESTION = re.compile(
    r"^(?:(?:yes|no|yeah|yep|nope)(?=[,.!;]|\s*$)|(?:both|same|see above|as above|again|also|"
    r"all of them|none|neither|either|ditto|above|likewise)\b)|\b(?:above|the same as|as before)\b",
    re.IGNORECASE,
)
# A short answer that opens with its own subject ("I pushed.", "She left.") is a sentence.
_HAS_SUBJECT = re.compile(
    r"^(?:i|i'm|i’m|i'd|i’d|i've|i’ve|i'll|i’ll|she|she's|she’s|he|he's|he’s|we|they|it|"
    r"it's|it’s|now|these days|nowadays|today|since then)\b",
    re.IGNORECASE,
)
# A "what I do now" answer that says "now" itself needs no lead-in.
_SAYS_NOW = re.compile(r"^(?:now|these days|nowadays|today|since then|i now)\b", re.IGNORECASE)
# A "what it cost her" answer that names the cost rather than telling it ("Her trust in me."),
# or hedges it: it reads on from "What I think it cost her: ".
_GUESS = re.compile(
    r"^(?:her|probably|maybe|possibly|likely|everything|lots|a lot|some|more than)\b", re.IGNORECASE
)
# A "what I learned" answer written as a that-clause ("That being drunk excuses nothing."):
# "That" followed by a word that starts a clause, not "That night" or "That was".
_THAT_CLAUSE = re.compile(
    r"^that\s+(?:being|i|i'm|i’m|she|he|it|women|a|an|the|no|nobody|no one|nothing|consent|"
    r"drinking|alcohol|silence|my|her|how|if|when|there|what|even|only|listening|respect|"
    r"saying|yes|people|men|real|hesitation|someone|anyone|every|"
    r"(?!morning|evening|wedding|meeting|building|thing|spring|ring|king|string|outing|"
    r"gathering|booking|ceiling|sibling|darling|sterling)[a-z]+ing)\b",
    re.IGNORECASE,
)
_TELLS_HIM = re.compile(
    r"^(?:i'd|i’d|i would|i'll|i’ll|i will)\s+(?:tell|say|ask|show)\b", re.IGNORECASE
)
_THAT_OR_TO = re.compile(r"^(?:that|to)\s", re.IGNORECASE)
# An "anything else?" answer that says there is nothing more is not part of a story.
_NOTHING_MORE = re.compile(
    r"^(?:no|nope|nah|nothing|none|n/?a|not really|nothing (?:else|more)|no,? thanks?(?: you)?|"
    r"that's (?:all|it)|that is all|-+)[.!]*$",
    re.IGNORECASE,
)


def arc_position(step_id: str) -> int:
    """Where an answer belongs in the story: by its step's ending, else after the arc."""
    ending = step_id.rsplit("-", 1)[-1]
    return ARC.index(ending) if ending in ARC else len(ARC)


def storyable(answers: Sequence[Answer]) -> list[Answer]:
    """Answers that can go into a story: written text, not skipped (a skipped answer never
    comes back, even with text left in it), and not an "anything else?" answered "No"."""
    return [
        a
        for a in answers
        if a.kind == "text"
        and not a.skipped
        and isinstance(a.value, str)
        and a.value.strip()
        and a.value.strip() != SKIPPED
        and not (a.step == "anything-else" and _NOTHING_MORE.match(flatten(a.value)))
    ]


def leans_on_question(value: str) -> bool:
    """Whether an answer only makes sense next to its question."""
    flat = flatten(value)
    if _LEANS_ON_QUESTION.search(flat):
        return True
    words = flat.split()
    return len(words) < 6 and not (len(words) >= 2 and _HAS_SUBJECT.match(flat))


def _as_told(value: str) -> str:
    """An answer as the story tells it: its lines as sentences, its first letter a capital."""
    text = sentences_of(value)
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def _told(answer: Answer) -> str:
    """One answer inside its incident: as written when it stands on its own, else after a
    lead-in in the project's words."""
    ending = answer.step.rsplit("-", 1)[-1]
    value = _as_told(str(answer.value))
    lead = _STEP_LEADS.get(answer.step)
    if lead is not None:
        return lead + quoted(sentence(value))
    if ending == "now" and _SAYS_NOW.match(value):
        return sentence(value)
    if ending == "her" and _GUESS.match(value):
        return sentence(_LEAD_INS["her"] + after_lead(value))
    if ending == "learned" and _THAT_CLAUSE.match(value):
        return sentence("I learned " + value[0].lower() + value[1:])
    if not leans_on_question(value):
        return sentence(value)
    if ending in _LEAD_INS:
        return sentence(_LEAD_INS[ending] + after_lead(value))
    return sentence(f"Asked {quoted(flatten(answer.prompt))}, I wrote: {value}")


def incident_paragraph(
    gate: Answer | None,
    answers: list[Answer],
    same_times: Sequence[tuple[Answer, list[Answer]]] = (),
) -> str:
    """An incident as one paragraph: its opening, its answers in the arc's order, then what a
    later question asked about "the same time" added."""
    ordered = sorted(answers, key=lambda a: arc_position(a.step))
    sentences = []
    if gate is not None:
        first = str(ordered[0].value) if ordered else ""
        start = opening(gate.prompt, "" if leans_on_question(first) else first)
        if start:
            sentences.append(start)
    sentences += [_told(answer) for answer in ordered]
    for later_gate, added in same_times:
        if named := also(later_gate.prompt):
            sentences.append(named)
        sentences += [_told(a) for a in sorted(added, key=lambda a: arc_position(a.step))]
    return " ".join(s for s in sentences if s)


def closing_paragraph(answer: Answer) -> str:
    if answer.step == "statement":
        return STATEMENT
    value = _as_told(str(answer.value))
    if answer.step == "tell-son":
        if _TELLS_HIM.match(value):
            return sentence(SON_LEAD + value)
        if _THAT_OR_TO.match(value):
            return sentence(SON_LEAD + "I would tell him " + value[0].lower() + value[1:])
        return sentence(SON_LEAD + "I would tell him, " + quoted(sentence(value)))
    lead = CLOSING.get(answer.step, "")
    if answer.step == "statement-not-yet" or (lead and leans_on_question(value)):
        return sentence(lead + after_lead(value))
    return sentence(value)
