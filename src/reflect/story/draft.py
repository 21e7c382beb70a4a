"""Turning chosen answers into a first-person story draft: the parts the person picks from
(one per incident, one per closing answer), the draft they make, and the draft under review.

Pure text work: the anonymizer and the review happen elsewhere. How an incident opens is in
``openings``, how each answer is told in ``telling``, sentence repairs in ``prose``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reflect.models import Answer
from reflect.story.prose import flatten as flatten  # posts.py and others use it from here
from reflect.story.telling import (
    ARC,
    CLOSING,
    CLOSING_ORDER,
    SAYS_IT,
    SON_LEAD,
    arc_position,
    closing_paragraph,
    incident_paragraph,
    storyable,
)
from reflect.story.telling import STATEMENT as STATEMENT

if TYPE_CHECKING:
    from reflect.anonymize import Finding, ResidualRisk
    from reflect.models import Entry

HASHTAG = "#ImperfectMen"


@dataclass(frozen=True)
class Part:
    """One thing the person can choose for the story: an incident told in prose (its answers in
    the arc's order), or one closing answer. ``label`` is a one-line summary for the picker."""

    key: str
    label: str
    paragraph: str
    closing: bool = False
    order: int = 0


# Short names for the built-in set's "Did I ever" questions, for the picker's one-line labels.
_TOPICS = {
    "named": "What the article names",
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
    """A short name for the picker: the built-in set's, else the question without "Did I ever"
    ("Make a woman feel unsafe at work")."""
    found = _TOPICS.get(step) or re.sub(r"^Did I ever\s+", "", flatten(prompt)).rstrip("?")
    return _capital(found)


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
                incident_paragraph(gate, follow, same_times.get(gate.step, ())),
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
        if answer.step in used or answer.step in CLOSING:
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
                incident_paragraph(said_yes, group),
                order=first_order + len(parts),
            )
        )
    return parts


def _closing_parts(answers: Sequence[Answer], texts: list[Answer], entry_key: str) -> list[Part]:
    by_step = {a.step: a for a in answers}
    parts: list[Part] = []
    for position, step in enumerate(CLOSING_ORDER):
        answer = by_step.get(step)
        if answer is None:
            continue
        if step == "statement":
            if answer.value != SAYS_IT:
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
                closing_paragraph(answer),
                closing=True,
                order=position,
            )
        )
    return parts


def entry_parts(entries: Sequence[Entry]) -> list[Part]:
    """Every part the chosen entries offer: incidents first, entry by entry, then closings.
    A closing said the same way in two entries (the accountability statement, most often) is
    offered once: the story would say it twice."""
    found = [part for entry in entries for part in parts_of(entry.answers, entry.id + ":")]
    closings: dict[str, Part] = {}
    for part in sorted((p for p in found if p.closing), key=lambda p: p.order):
        closings.setdefault(part.paragraph, part)
    return [p for p in found if not p.closing] + list(closings.values())


def assemble_parts(parts: Sequence[Part]) -> str:
    """One paragraph per incident, then the closing paragraph, then the hashtag."""
    incidents: list[str] = []
    for part in (p for p in parts if not p.closing):
        opens = part.paragraph.split(". ", 1)[0]
        if opens.startswith(_A_TIME) and any(i.startswith(opens) for i in incidents):
            # Two reflections tell the same kind of incident: the second is "another time".
            incidents.append(_ANOTHER_TIME + part.paragraph.removeprefix(_A_TIME))
        else:
            incidents.append(part.paragraph)
    closings: list[str] = []
    for part in sorted((p for p in parts if p.closing), key=lambda p: p.order):
        said = part.paragraph
        if said in closings:
            continue
        if said.startswith(SON_LEAD) and any(c.startswith(SON_LEAD) for c in closings):
            # A second entry's answer for a son: "If a son ... asked me" is said once.
            said = _capital(
                said.removeprefix(SON_LEAD).replace("I would tell him", "I would also tell him", 1)
            )
        closings.append(said)
    closing = " ".join(closings)
    return "\n\n".join([*incidents, *([closing] if closing else []), HASHTAG])


_A_TIME, _ANOTHER_TIME = "There was a time I ", "There was another time I "


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


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
