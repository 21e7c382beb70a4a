"""Fitting a finished story to where it goes: Markdown, plain text, or posts of 280
characters (one post, or a thread that breaks between incidents with the hashtag in its first
post)."""

from __future__ import annotations

import re

from reflect.story.draft import HASHTAG, flatten

POST_LIMIT = 280


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
    """The story as one post, or as a numbered thread of posts that each fit ``limit``.

    A thread starts a new post at each paragraph (one incident per paragraph), so no post mixes
    two incidents unless one paragraph is too long for a post; the hashtag goes in the first
    post, where readers of the tag find the thread."""
    paragraphs = [flatten(p) for p in text.split("\n\n") if p.strip()]
    flat = " ".join(paragraphs)
    if len(flat) <= limit:
        return [flat]
    tagged = HASHTAG in paragraphs
    body = [p for p in paragraphs if p != HASHTAG]
    if not tagged and body and body[-1].endswith(" " + HASHTAG):  # joined up in an edit
        body[-1], tagged = body[-1].removesuffix(HASHTAG).rstrip(), True
    room = limit - len(" (99/99)")
    tag_room = len(HASHTAG) + 1 if tagged else 0
    posts: list[str] = []
    for paragraph in body:
        starts_paragraph = True
        for piece in _pieces(paragraph, room - (tag_room if not posts else 0)):
            fits = posts and len(posts[-1]) + 1 + len(piece) <= room - (
                tag_room if len(posts) == 1 else 0
            )
            if fits and not starts_paragraph:
                posts[-1] += " " + piece
            else:
                posts.append(piece)
            starts_paragraph = False
    if tagged and posts:
        posts[0] += " " + HASHTAG
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
