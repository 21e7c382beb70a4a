"""Turning chosen answers into a first-person story draft, and fitting it to a post.

Pure text work: the anonymizer and the review happen elsewhere. The story follows the arc the
article asks for: what I did, what it cost her, what I learned, what I do now.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reflect.models import Answer

if TYPE_CHECKING:
    from reflect.anonymize import Finding

HASHTAG = "#ImperfectMen"
POST_LIMIT = 280
ARC = ("what", "her", "learned", "now")  # step-id endings in the built-in set, in story order


def arc_position(step_id: str) -> int:
    """Where an answer belongs in the story: by its step's ending, else after the arc."""
    ending = step_id.rsplit("-", 1)[-1]
    return ARC.index(ending) if ending in ARC else len(ARC)


def storyable(answers: Sequence[Answer]) -> list[Answer]:
    """Answers that can go into a story: written text, not skipped."""
    return [a for a in answers if a.kind == "text" and isinstance(a.value, str) and a.value.strip()]


def assemble(answers: Sequence[Answer]) -> str:
    """One paragraph per answer, in the arc's order (stable within each part), then the hashtag."""
    ordered = sorted(storyable(answers), key=lambda a: arc_position(a.step))
    paragraphs = [" ".join(str(a.value).split()) for a in ordered]
    return "\n\n".join([*paragraphs, HASHTAG])


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def _pieces(text: str, limit: int) -> list[str]:
    """Sentences, with any sentence longer than ``limit`` cut at word boundaries."""
    pieces = []
    for sentence in _SENTENCE_END.split(" ".join(text.split())):
        while len(sentence) > limit:
            cut = sentence.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            pieces.append(sentence[:cut])
            sentence = sentence[cut:].strip()
        if sentence:
            pieces.append(sentence)
    return pieces


def to_posts(text: str, limit: int = POST_LIMIT) -> list[str]:
    """The story as one post, or as a numbered thread of posts that each fit ``limit``."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return [flat]
    room = limit - len(" (99/99)")
    posts: list[str] = []
    for piece in _pieces(flat, room):
        if posts and len(posts[-1]) + 1 + len(piece) <= room:
            posts[-1] += " " + piece
        else:
            posts.append(piece)
    total = len(posts)
    return [f"{post} ({number}/{total})" for number, post in enumerate(posts, start=1)]


def render(text: str, fmt: str, title: str = "My #ImperfectMen story") -> str:
    """The final story in one of the formats `reflect story --format` offers."""
    import json

    if fmt == "md":
        return f"# {title}\n\n{text}\n"
    if fmt == "txt":
        return text + "\n"
    posts = to_posts(text)
    if fmt == "post":
        return "\n\n---\n\n".join(posts) + "\n"
    if fmt == "json":
        return json.dumps({"text": text, "posts": posts}, ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"unknown story format {fmt!r}")


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

    def risks(self) -> list[tuple[str, str]]:
        from reflect.anonymize import residual_risks

        return [(r.word, r.reason) for r in residual_risks(self.text, self.findings)]
