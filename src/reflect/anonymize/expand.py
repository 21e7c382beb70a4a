"""Every occurrence of a detected string, and of the parts of a name, is replaced too:
"Jen Morales" also removes a later "Jen" and "morales"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .context import NAME_PARTICLES, NOT_NAMES, PERSON_NOUNS, TITLES
from .lexicon import Lexicon, fold
from .spans import Span

NAME_KINDS = frozenset({"person", "other", "title", "custom"})
_REPEATED_KINDS = NAME_KINDS | {"place", "org", "venue", "handle", "email", "url", "phone"}
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


@lru_cache(maxsize=4096)
def whole_word(needle: str, ignore_case: bool = True) -> re.Pattern[str]:
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"(?<![\w@.]){re.escape(needle)}(?![\w@]|\.\w)", flags)


def name_parts(name: str) -> list[str]:
    """The words of a name that identify on their own (no particles, no possessive)."""
    parts = []
    for word in _TOKEN_RE.findall(name):
        core = re.sub(r"['’]s?$", "", word)
        if len(core) >= 2 and fold(core) not in NAME_PARTICLES and fold(core) not in NOT_NAMES:
            parts.append(core)
    return parts


def surface(text: str, span: Span) -> str:
    """The identifying string of a span (for a title, the name after it)."""
    raw = text[span.start : span.end]
    return raw[len(span.hint) :].strip() if span.kind == "title" else raw


@dataclass(frozen=True, slots=True)
class _Needle:
    """A string to find again, and what a match becomes."""

    kind: str
    hint: str
    detector: str
    capitalised_only: bool  # a name that is also a common word: only where it reads as a name


def repeats(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Every further occurrence of detected strings and of their name parts. All needles are
    searched with one combined pattern, so a long story costs one scan, not one per name."""
    needles: dict[str, _Needle] = {}
    for span in spans:
        if span.kind not in _REPEATED_KINDS:
            continue
        whole = surface(text, span)
        if len(whole) < 2 and span.detector != "initial":
            continue
        kind = "person" if span.kind == "title" else span.kind
        hint = "" if span.kind == "title" else span.hint
        # A name that is also a word is found again only where capitalised ("I will" survives
        # "Will"), unless the writer wrote it in lowercase: then that is how the name is spelt.
        # So is a town the gazetteer read from a capital: "Bar" (a town) does not make "the
        # bar" one. (A venue the sentence named, "obey the Tuna", is found in lowercase too.)
        ambiguous = (
            (span.kind in NAME_KINDS or (span.kind == "place" and span.detector == "gazetteer"))
            and fold(whole) in lex.common_words
            and whole[:1].isupper()
        )
        if span.detector in {"initial", "initials"}:
            letter = whole.rstrip(".")
            needles.setdefault(letter.casefold(), _Needle("person", "", "initial-repeat", True))
            continue
        needles.setdefault(whole.casefold(), _Needle(kind, hint, "repeat", ambiguous))
        if span.kind in NAME_KINDS:
            for part, part_ambiguous in _name_part_needles(whole, kind, lex):
                part_kind = "person" if kind in {"person", "title", "other"} else kind
                needles.setdefault(
                    part.casefold(), _Needle(part_kind, hint, "name-part", part_ambiguous)
                )
        elif span.kind in {"org", "venue"}:
            for part, business_needle in _business_part_needles(whole, span, lex):
                needles.setdefault(part.casefold(), business_needle)
    if not needles:
        return []
    alternatives = "|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w@.])(?:{alternatives})(?![\w@]|\.\w)", re.IGNORECASE)
    found: list[Span] = []
    lowercase = _typed_in_lowercase(text)
    for m in pattern.finditer(text):
        needle = needles.get(m.group().casefold())
        if needle is None:
            continue
        # "will" repeated only as "Will" or "will's", so "I will" survives.
        possessive = text[m.end() : m.end() + 2] in {"'s", "’s"}
        if needle.capitalised_only and not (
            m.group()[0].isupper() or possessive or (lowercase and _acts(text, m.start(), m.end()))
        ):
            continue
        if needle.detector == "initial-repeat" and (
            not m.group().isupper() or text[m.end() : m.end() + 1] in {"&", "-", "/"}
        ):
            continue  # "B" again as "B." or "told B to", not "b" or "R&B"
        found.append(Span(needle.kind, m.start(), m.end(), needle.detector, needle.hint))
    return found


# In a story typed without capitals, a name found once with its capital is the same name typed
# without one where a verb follows it ("... Ivy, and ... ivy didnt come back").
_ACTS_RE = re.compile(
    r"\s+(?:didnt|didn't|did|was|wasnt|is|said|says|told|thought|came|went|had|has|never|always|"
    r"just|could|couldnt|would|wouldnt|wanted|asked|left|cried|texted|called|got|looked|kept|"
    r"started|stopped|knew|saw|laughed|stayed|walked|quit|moved|tried)\b"
)
_SENTENCE_STARTS_RE = re.compile(r"(?:^|[.!?]\s+)([A-Za-z])")


def _typed_in_lowercase(text: str) -> bool:
    starts = _SENTENCE_STARTS_RE.findall(text)
    return bool(starts) and (" i " in text or sum(c.islower() for c in starts) * 2 > len(starts))


_SUBJECT_BEFORE_RE = re.compile(r"\b(?:i|you|she|he|we|they|it|who|that|to)\s+$", re.IGNORECASE)
_MODALS = frozenset("will may can must shall might should would could do did have had be".split())


def _acts(text: str, start: int, end: int) -> bool:
    """A verb follows, and nothing before makes the word a verb itself ("i will never")."""
    return (
        _ACTS_RE.match(text, end) is not None
        and text[start:end].casefold() not in _MODALS
        and not _SUBJECT_BEFORE_RE.search(text[max(0, start - 8) : start])
    )


def _business_part_needles(whole: str, span: Span, lex: Lexicon) -> list[tuple[str, _Needle]]:
    """Words of a business's name that stand for it alone: a word no dictionary knows, and the
    first word ("Forge Strength" ... "Forge closed in 2021"), where capitalised."""
    found = []
    if head := _head_word(whole, lex):
        found.append((head, _Needle(span.kind, span.hint, "name-head", True)))
    for part in name_parts(whole):
        folded = fold(part)
        if not (
            folded in lex.known_words or folded in lex.safe_proper or folded in lex.first_names
        ):
            found.append((part, _Needle(span.kind, span.hint, "name-part", False)))
    return found


# First words of business names that are generic on their own ("New", "Royal", "City"): a
# later "New" or "City" is not that business.
_GENERIC_HEADS = frozenset(
    """new old big little great grand first last north south east west northern southern
    eastern western central united national royal saint st golden silver general international
    american british english irish scottish welsh city state county community public private
    high upper lower main good best top prime premier global metro pacific atlantic western
    club bar pub hotel university college school church bank company group team""".split()
) | {fold(title) for title in TITLES.split("|") if " " not in title}


def _head_word(name: str, lex: Lexicon) -> str | None:
    """The first word of a multi-word business name when it is an ordinary capitalised word
    that can stand for the business alone ("Forge" of "Forge Strength")."""
    parts = name_parts(name)
    if len(parts) < 2 or not parts[0][:1].isupper() or not name.startswith(parts[0]):
        return None
    folded = fold(parts[0])
    if folded in _GENERIC_HEADS or folded in NOT_NAMES or folded in PERSON_NOUNS:
        return None
    if folded in lex.safe_proper or folded not in lex.known_words or len(folded) < 3:
        return None  # an unknown word is found again as a name part already
    return parts[0]


def _name_part_needles(name: str, kind: str, lex: Lexicon) -> list[tuple[str, bool]]:
    """The parts of a multi-word name to find on their own, each with whether it is a common
    word (then matched only where capitalised)."""
    parts = name_parts(name)
    if len(parts) < 2 and kind != "custom":
        return []
    needles = []
    for part in parts:
        folded = fold(part)
        if folded in lex.safe_proper:
            continue
        ambiguous = folded in lex.common_words
        if ambiguous and kind == "custom":
            continue  # the user's own phrase: "Blue" of "Blue Heron" stays
        needles.append((part, ambiguous))
    return needles


def custom_spans(text: str, phrases: list[str], lex: Lexicon) -> list[Span]:
    """The user's always-redact list: every occurrence, and each part that is not a common word."""
    found: list[Span] = []
    for phrase in phrases:
        phrase = phrase.strip()
        if not phrase:
            continue
        found += [
            Span("custom", m.start(), m.end(), "always-redact")
            for m in whole_word(phrase).finditer(text)
        ]
        parts = name_parts(phrase)
        if len(parts) > 1:
            for part in parts:
                if fold(part) in lex.common_words or fold(part) in lex.safe_proper:
                    continue
                found += [
                    Span("custom", m.start(), m.end(), "always-redact-part")
                    for m in whole_word(part).finditer(text)
                ]
    return found
