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

from reflect.models import Answer

if TYPE_CHECKING:
    from reflect.anonymize import Finding, ResidualRisk
    from reflect.models import Entry

HASHTAG = "#ImperfectMen"
ARC = ("what", "her", "learned", "now")  # step-id endings in the built-in set, in story order
# Lead-ins for an answer that does not stand on its own, by its place in the arc.
_LEAD_INS = {
    "what": "What happened: ",
    "her": "What it cost her: ",
    "learned": "What I learned: ",
    "now": "What I do differently now: ",
}
STATEMENT = (
    "I haven't always treated the women in my life with dignity and respect, and I regret that."
)
_SON_LEAD = "If a son or a younger brother asked me what I've learned about how to treat women, "
# Closing answers of the built-in set, in the order they close the story, with their lead-in.
_CLOSING = {
    "anything-else": "",
    "tell-son": _SON_LEAD,
    "statement": "",
    "statement-own": "",
    "statement-not-yet": "What still stands between me and saying that sentence: ",
}
_CLOSING_ORDER = ("anything-else", "tell-son", "statement", "statement-own", "statement-not-yet")
_SAYS_IT = "I can say it as it is"
# An answer that opens like these, or is very short, reads as a reply to its question.
_LEANS_ON_QUESTION = re.compile(
    r"^(?:(?:yes|no|yeah|yep|nope)(?=[,.!;]|\s*$)|(?:both|same|see above|as above|again|also|"
    r"all of them|none|neither|either|ditto|above|likewise)\b)|\b(?:above|the same as|as before)\b",
    re.IGNORECASE,
)
_TELLS_HIM = re.compile(r"^(?:i'd|i would|i'll|i will)\s+(?:tell|say|ask|show)\b", re.IGNORECASE)


def arc_position(step_id: str) -> int:
    """Where an answer belongs in the story: by its step's ending, else after the arc."""
    ending = step_id.rsplit("-", 1)[-1]
    return ARC.index(ending) if ending in ARC else len(ARC)


def storyable(answers: Sequence[Answer]) -> list[Answer]:
    """Answers that can go into a story: written text, not skipped."""
    return [a for a in answers if a.kind == "text" and isinstance(a.value, str) and a.value.strip()]


def flatten(text: str) -> str:
    return " ".join(text.split())


def leans_on_question(value: str) -> bool:
    """Whether an answer only makes sense next to its question."""
    flat = flatten(value)
    return len(flat.split()) < 6 or bool(_LEANS_ON_QUESTION.search(flat))


def _sentence(text: str) -> str:
    text = flatten(text)
    return text if text[-1:] in ".!?…\"”'’)" else text + "."


@dataclass(frozen=True)
class Part:
    """One thing the person can choose for the story: an incident told in prose (its answers in
    the arc's order), or one closing answer. ``label`` is a one-line summary for the picker."""

    key: str
    label: str
    paragraph: str
    closing: bool = False
    order: int = 0


def _introduced(answer: Answer, lead: str) -> str:
    value = flatten(str(answer.value))
    if not lead:
        return _sentence(value)
    return _sentence(lead + value)


def _incident_paragraph(gate: Answer | None, answers: list[Answer]) -> str:
    sentences = []
    if gate is not None:
        question = flatten(gate.prompt)
        sentences.append(f"{question} Yes." if question.endswith("?") else _sentence(question))
    for answer in sorted(answers, key=lambda a: arc_position(a.step)):
        ending = answer.step.rsplit("-", 1)[-1]
        value = str(answer.value)
        if not leans_on_question(value):
            sentences.append(_sentence(value))
        elif ending in _LEAD_INS:
            sentences.append(_introduced(answer, _LEAD_INS[ending]))
        else:
            sentences.append(
                _sentence(f"Asked “{flatten(answer.prompt)}”, I wrote: {flatten(value)}")
            )
    return " ".join(sentences)


def _closing_paragraph(answer: Answer) -> str:
    if answer.step == "statement":
        return STATEMENT
    if answer.step == "tell-son":
        value = flatten(str(answer.value))
        if _TELLS_HIM.match(value):
            return _sentence(_SON_LEAD + value)
        return _sentence(_SON_LEAD + "I would tell him: " + value)
    lead = _CLOSING.get(answer.step, "")
    if not lead and leans_on_question(str(answer.value)):
        return _sentence(f"Asked “{flatten(answer.prompt)}”, I wrote: {flatten(str(answer.value))}")
    return _introduced(answer, lead)


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
    parts: list[Part] = []
    used: set[str] = set()
    for number, gate in enumerate(gates):
        follow = [a for a in texts if a.step.startswith(gate.step + "-")]
        if not follow:
            continue
        used.update(a.step for a in follow)
        first = min(follow, key=lambda a: arc_position(a.step))
        parts.append(
            Part(
                f"{entry_key}{gate.step}",
                _label(_topic(gate.step, gate.prompt), str(first.value)),
                _incident_paragraph(gate, follow),
                order=number,
            )
        )
    parts += _loose_parts(answers, texts, used, entry_key, first_order=len(gates) + len(parts))
    return parts + _closing_parts(answers, texts, entry_key)


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
