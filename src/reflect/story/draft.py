"""Turning chosen answers into a first-person story draft, and fitting it to a post.

Pure text work: the anonymizer and the review happen elsewhere. The story is told per incident,
in the arc the article asks for: for each "Did I ever ...?" answered yes, what happened, what it
cost her, what I learned, what I do now; then what I would tell a son or a younger brother, and
the accountability statement if it was chosen. Answers that lean on their question ("Both of
the times above, really.") are introduced in the project's own words so a stranger can follow.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reflect.models import SKIPPED, Answer
from reflect.story.openings import also, opening
from reflect.story.prose import after_lead, quoted, sentence, sentences_of
from reflect.story.prose import flatten as flatten  # posts.py and others use it from here

if TYPE_CHECKING:
    from reflect.anonymize import Finding, ResidualRisk
    from reflect.models import Entry

HASHTAG = "#ImperfectMen"
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
# A few follow-ups of the built-in set that are introduced by their own step.
_STEP_LEADS = {
    "named-other": "Besides the things the article names, something else like them weighs on "
    "me most: ",
}
STATEMENT = (
    "I haven't always treated the women in my life with dignity and respect, and I regret that."
)
_SON_LEAD = "If a son or a younger brother asked me what I've learned about how to treat women, "
# Closing answers of the built-in set, in the order they close the story, with their lead-in.
_CLOSING = {
    "anything-else": "One more thing: ",
    "tell-son": _SON_LEAD,
    "statement": "",
    "statement-own": "",
    "statement-not-yet": "I'm not ready yet to say "
    + quoted(STATEMENT)
    + " What stands between me and that sentence: ",
}
_CLOSING_ORDER = ("anything-else", "tell-son", "statement", "statement-own", "statement-not-yet")
_SAYS_IT = "I can say it as it is"
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
    r"saying|yes|people|men|real|hesitation|someone|anyone|every)\b",
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


@dataclass(frozen=True)
class Part:
    """One thing the person can choose for the story: an incident told in prose (its answers in
    the arc's order), or one closing answer. ``label`` is a one-line summary for the picker."""

    key: str
    label: str
    paragraph: str
    closing: bool = False
    order: int = 0


def _told(answer: Answer) -> str:
    """One answer inside its incident: as written when it stands on its own, else after a
    lead-in in the project's words."""
    ending = answer.step.rsplit("-", 1)[-1]
    value = _as_told(str(answer.value))
    lead = _STEP_LEADS.get(answer.step)
    if lead is not None:
        return sentence(lead + after_lead(value))
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


def _incident_paragraph(
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


def _closing_paragraph(answer: Answer) -> str:
    if answer.step == "statement":
        return STATEMENT
    value = _as_told(str(answer.value))
    if answer.step == "tell-son":
        if _TELLS_HIM.match(value):
            return sentence(_SON_LEAD + value)
        if _THAT_OR_TO.match(value):
            return sentence(_SON_LEAD + "I would tell him " + value[0].lower() + value[1:])
        return sentence(_SON_LEAD + "I would tell him, " + quoted(sentence(value)))
    lead = _CLOSING.get(answer.step, "")
    if answer.step == "statement-not-yet" or (lead and leans_on_question(value)):
        return sentence(lead + after_lead(value))
    return sentence(value)


# Short names for the built-in set's "Did I ever" questions, for the picker's one-line labels.
_TOPICS = {
    "drink": "Drinking and pushing",
    "advantage": "Taking advantage",
    "belittle": "Belittling",
    "pretend": "Pretending to care",
    "object": "Treating her as an object",
    "values": "Against my values",
    "tell-son": "What I'd tell a son",
    "anything-else": "Anything else",
    "statement-own": "Owning it",
    "statement-not-yet": "Not there yet",
}


def _topic(step: str, prompt: str) -> str:
    return _TOPICS.get(step) or re.sub(r"^Did I ever\s+", "", flatten(prompt)).rstrip("?")


def _label(question: str, first: str) -> str:
    question, first = flatten(question), flatten(first)
    question = question if len(question) <= 48 else question[:47].rsplit(" ", 1)[0] + "…"
    first = first if len(first) <= 40 else first[:39].rsplit(" ", 1)[0] + "…"
    return f"{question} — {first}" if first else question


def parts_of(answers: Sequence[Answer], entry_key: str = "") -> list[Part]:
    """The story parts one entry's answers make, in story order."""
    texts = storyable(answers)
    gates = [
        a
        for a in answers
        if a.kind == "yesno" and str(a.value).lower() == "yes" and "-" not in a.step
    ]
    told = {g.step: [a for a in texts if a.step.startswith(g.step + "-")] for g in gates}
    told = {step: follow for step, follow in told.items() if follow}
    same_times = _same_times(answers, gates, told)
    joined = {later.step for pairs in same_times.values() for later, _ in pairs}
    parts: list[Part] = []
    used: set[str] = {a.step for follow in told.values() for a in follow}
    for number, gate in enumerate(gates):
        follow = told.get(gate.step)
        if not follow or gate.step in joined:
            continue
        first = min(follow, key=lambda a: arc_position(a.step))
        parts.append(
            Part(
                f"{entry_key}{gate.step}",
                _label(_topic(gate.step, gate.prompt), str(first.value)),
                _incident_paragraph(gate, follow, same_times.get(gate.step, ())),
                order=number,
            )
        )
    parts += _loose_parts(answers, texts, used, entry_key, first_order=len(gates) + len(parts))
    return parts + _closing_parts(answers, texts, entry_key)


_SAME_TIME = re.compile(r"\bsame time as question (\d+)\b", re.IGNORECASE)


def _same_times(
    answers: Sequence[Answer], gates: list[Answer], told: dict[str, list[Answer]]
) -> dict[str, list[tuple[Answer, list[Answer]]]]:
    """Later "Did I ever" questions the person said were the same time as an earlier one
    ("The same time as question 1 (drinking)"), by the earlier question they join: one woman's
    story stays one paragraph. A question joins only an incident that is told."""
    by_step = {a.step: a for a in answers}
    questions = [
        a.step
        for a in answers
        if a.kind == "yesno" and flatten(a.prompt).lower().startswith("did i ever")
    ]
    target: dict[str, str] = {}
    for gate in gates:
        same = by_step.get(gate.step + "-same")
        found = _SAME_TIME.search(str(same.value)) if same is not None else None
        if found and 1 <= int(found[1]) <= len(questions) and gate.step in told:
            target[gate.step] = questions[int(found[1]) - 1]
    joins: dict[str, list[tuple[Answer, list[Answer]]]] = {}
    for gate in gates:
        if gate.step not in target:
            continue
        # Follow a chain (question 6 is the same time as 5, which is the same time as 1) to the
        # incident that is told, never round a loop.
        seen, into = {gate.step}, target[gate.step]
        while into in target and into not in seen:
            seen.add(into)
            into = target[into]
        if into in told and into not in seen and into not in target:
            joins.setdefault(into, []).append((gate, told[gate.step]))
    return joins


def _loose_parts(
    answers: Sequence[Answer],
    texts: list[Answer],
    used: set[str],
    entry_key: str,
    first_order: int,
) -> list[Part]:
    """Text answers with no yes-gate: grouped by step prefix, so a custom set's follow-ups still
    tell one incident each."""
    by_step = {a.step: a for a in answers}
    loose: dict[str, list[Answer]] = {}
    for answer in texts:
        if answer.step in used or answer.step in _CLOSING:
            continue
        prefix = (
            answer.step.rsplit("-", 1)[0] if answer.step.rsplit("-", 1)[-1] in ARC else answer.step
        )
        loose.setdefault(prefix, []).append(answer)
    parts: list[Part] = []
    for prefix, group in loose.items():
        asked = by_step.get(prefix)
        said_yes = asked if asked is not None and str(asked.value).lower() == "yes" else None
        first = min(group, key=lambda a: arc_position(a.step))
        topic = _topic(prefix, said_yes.prompt if said_yes else first.prompt)
        parts.append(
            Part(
                f"{entry_key}{prefix}",
                _label(topic, str(first.value)),
                _incident_paragraph(said_yes, group),
                order=first_order + len(parts),
            )
        )
    return parts


def _closing_parts(answers: Sequence[Answer], texts: list[Answer], entry_key: str) -> list[Part]:
    by_step = {a.step: a for a in answers}
    parts: list[Part] = []
    for position, step in enumerate(_CLOSING_ORDER):
        answer = by_step.get(step)
        if answer is None:
            continue
        if step == "statement":
            if answer.value != _SAYS_IT:
                continue
            label = _label("Owning it", STATEMENT)
        elif answer not in texts:
            continue
        else:
            label = _label(_topic(step, answer.prompt), str(answer.value))
        parts.append(
            Part(
                f"{entry_key}{step}",
                label,
                _closing_paragraph(answer),
                closing=True,
                order=position,
            )
        )
    return parts


def entry_parts(entries: Sequence[Entry]) -> list[Part]:
    """Every part the chosen entries offer: incidents first, entry by entry, then closings."""
    found = [part for entry in entries for part in parts_of(entry.answers, entry.id + ":")]
    return [p for p in found if not p.closing] + sorted(
        (p for p in found if p.closing), key=lambda p: p.order
    )


def assemble_parts(parts: Sequence[Part]) -> str:
    """One paragraph per incident, then the closing paragraph, then the hashtag."""
    incidents = [p.paragraph for p in parts if not p.closing]
    closing = " ".join(
        p.paragraph for p in sorted((p for p in parts if p.closing), key=lambda p: p.order)
    )
    return "\n\n".join([*incidents, *([closing] if closing else []), HASHTAG])


def assemble(answers: Sequence[Answer]) -> str:
    """The story of one entry's answers: every part, in story order."""
    return assemble_parts(parts_of(answers))


@dataclass
class Group:
    """One review decision: every finding that replaces the same person or string."""

    key: str
    originals: list[str]
    replacement: str
    kind: str

    @property
    def label(self) -> str:
        return " / ".join(self.originals)


class StoryDraft:
    """A story under review: the original text and the findings the person has decided on.

    Findings are grouped by what they replace ("Jen" three times is one decision), so that an
    edit, a keep or an addition applies to every occurrence.
    """

    def __init__(self, text: str, always_redact: Sequence[str] = ()) -> None:
        from reflect.anonymize import anonymize

        self.text = text
        self.findings = list(anonymize(text, always_redact=always_redact).findings)
        self.kept: list[str] = []

    def key_of(self, finding: Finding) -> str:
        return self._key(finding)

    @staticmethod
    def _key(finding: Finding) -> str:
        # One person is one decision ("Jen Morales" and a later "Jen" share a placeholder);
        # anything else is decided per original string (two cities both become "a city").
        if finding.kind == "person":
            return "person:" + finding.replacement
        return "text:" + finding.original.lower()

    def groups(self) -> list[Group]:
        """One decision per person or per distinct original, in order of first appearance."""
        found: dict[str, Group] = {}
        for finding in sorted(self.findings, key=lambda f: f.start):
            key = self._key(finding)
            group = found.setdefault(key, Group(key, [], finding.replacement, finding.kind))
            if finding.original not in group.originals:
                group.originals.append(finding.original)
        return list(found.values())

    def replace(self, group: Group, replacement: str) -> None:
        from dataclasses import replace as with_fields

        self.findings = [
            with_fields(f, replacement=replacement) if self._key(f) == group.key else f
            for f in self.findings
        ]

    def keep(self, group: Group) -> None:
        self.findings = [f for f in self.findings if self._key(f) != group.key]
        self.kept.extend(group.originals)

    def add(self, span_text: str, replacement: str | None = None) -> int:
        """Mark a missed string everywhere; returns how many places it covered."""
        from reflect.anonymize import add_span

        before = len(self.findings)
        self.findings = add_span(self.text, self.findings, span_text, replacement)
        return len(self.findings) - before

    def rendered(self) -> str:
        from reflect.anonymize import render as apply

        return apply(self.text, self.findings)

    def risks(self) -> list[ResidualRisk]:
        """What may still identify someone: words, numbers and telling phrases."""
        from reflect.anonymize import residual_risks

        return residual_risks(self.text, self.findings)

    def hide(self, risk: ResidualRisk) -> int:
        """Hide a residual risk: a word everywhere, a phrase by its gentler wording."""
        if risk.kind == "phrase":
            return self.add(risk.original, risk.suggestion or "[redacted]")
        return self.add(risk.original or risk.word)
