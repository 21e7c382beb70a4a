"""What is left after anonymizing that may still identify someone, for the review screen."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .context import NOT_NAMES
from .lexicon import Lexicon, american_spelling, fold
from .model import Finding, ResidualRisk
from .quasi import Phrase, find_phrases
from .text import tokenize

_NUMBER_RE = re.compile(r"\d[\d,.:/-]*\d|\d")


def residual_risks(text: str, findings: Sequence[Finding], lex: Lexicon) -> list[ResidualRisk]:
    mask = bytearray(len(text) + 1)
    for finding in findings:
        mask[finding.start : finding.end] = b"\x01" * (finding.end - finding.start)

    def is_covered(start: int, end: int) -> bool:
        return mask.find(0, start, end) == -1

    risks: dict[str, ResidualRisk] = {}
    for token in tokenize(text):
        if is_covered(token.start, token.end):
            continue
        folded = fold(token.core)
        capitalised = token.capitalised and not token.sentence_start
        # Most words are short or common: ruled out before the costlier name lists.
        if not capitalised and (
            len(folded) < 4 or not token.core.isalpha() or folded in lex.known_words
        ):
            continue
        if folded in NOT_NAMES or folded in lex.safe_proper:
            continue
        if not capitalised and _everyday_spelling(folded, lex):
            continue  # "couldnt", "colour": a word typed without its apostrophe, or British
        if capitalised:
            risks.setdefault(
                folded,
                ResidualRisk(token.core, "capitalised word left in the text", "word", token.core),
            )
        else:
            risks.setdefault(
                folded,
                ResidualRisk(
                    token.core, "rare word: may be a name or nickname", "word", token.core
                ),
            )
    for m in _NUMBER_RE.finditer(text):
        if not is_covered(m.start(), m.end()):
            risks.setdefault(
                m.group(), ResidualRisk(m.group(), "number left in the text", "number", m.group())
            )
    phrases = [_phrase_risk(text, p, findings) for p in find_phrases(text, mask)]
    return phrases + list(risks.values())


def _phrase_risk(text: str, phrase: Phrase, findings: Sequence[Finding]) -> ResidualRisk:
    """The phrase as it reads once the findings inside it are applied."""
    start, end = phrase.start, phrase.end
    inside = [f for f in findings if f.start < end and start < f.end]
    start = min([start, *(f.start for f in inside)])
    end = max([end, *(f.end for f in inside)])
    parts, pos = [], start
    for finding in sorted(inside, key=lambda f: f.start):
        parts += [text[pos : finding.start], finding.replacement]
        pos = finding.end
    parts.append(text[pos:end])
    shown = " ".join("".join(parts).split())
    suggestion = phrase.suggestion
    if text[start : start + 1].isupper() and text[start:end].split()[0] != "I":
        suggestion = suggestion[:1].upper() + suggestion[1:]
    return ResidualRisk(shown, phrase.reason, "phrase", text[start:end], suggestion)


# Contractions typed without the apostrophe, as chat-style writers do ("couldnt", "youre").
_CONTRACTIONS = frozenset(
    f"{stem}{tail}"
    for stem, tails in (
        ("could should would does did is was were has have had are do ai ca wo must need", ("nt",)),
        ("you they we who what there that", ("re", "ve", "ll", "d")),
        ("he she it there that what who", ("ll", "d", "s")),
    )
    for stem in stem.split()
    for tail in tails
)


def _everyday_spelling(folded: str, lex: Lexicon) -> bool:
    return folded in _CONTRACTIONS or american_spelling(folded) in lex.known_words
