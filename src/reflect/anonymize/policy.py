"""Turning merged spans into replacements that keep the story readable.

People get a letter in order of first mention, "[A]", "[B]", ..., and keep it throughout: every
mention of "Jen Morales", "Jen" or "Morales" becomes "[A]". Letters carry no gender or
relationship on purpose; the relationship words the writer used ("my coworker") stay in the text.
Titles keep the title ("Coach [C]"). Places, organisations and venues become a generic noun
phrase ("a city", "a company", "a hotel"), absorbing an article before them so that
"the Marriott" reads "a hotel" rather than "the a hotel", and dropping their own article after a
possessive ("my Deloitte badge" -> "my company badge"). Ages, dates and years arrive from their
detectors already phrased ("in my late teens", "the late 2000s"). Contact details are removed.
"""

from __future__ import annotations

import re
import string

from .expand import NAME_KINDS, name_parts, surface
from .lexicon import Lexicon, fold
from .model import Finding
from .spans import Span
from .text import sentence_start_at

_REMOVED = {
    "email": "[email removed]",
    "phone": "[phone removed]",
    "url": "[link removed]",
    "handle": "[handle removed]",
}
_DETERMINER_BEFORE = re.compile(r"\b(the|a|an|this|that)\s+$", re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:my|his|her|our|their|your|its)|['’]s)\s+$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(a|an)\s+$", re.IGNORECASE)
# A determiner with a word of its own before the name: "the same Starbucks" reads "the same
# coffee shop", "every Walmart" "every store", never "the same a coffee shop".
_DETERMINED_BEFORE = re.compile(
    r"(?:\b(?:the|that|this)\s+(?:same|other|only|very|whole|nearest|closest|local|old|new)"
    r"|\b(?:every|each|another|any|no|which|what|whichever))\s+$",
    re.IGNORECASE,
)


_SOUNDS_LIKE_YOU = ("uni", "use", "usu", "eu", "one", "once")


def indefinite_article(word: str) -> str:
    """ "an hotel" is wrong and so is "an university": go by sound for the common exceptions."""
    lower = word.lower()
    if lower.startswith(_SOUNDS_LIKE_YOU):
        return "a"
    return "an" if lower[:1] in "aeiou" or lower.startswith(("hour", "honest")) else "a"


def letter(index: int) -> str:
    letters = string.ascii_uppercase
    label = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        label = letters[rem] + label
    return f"[{label}]"


def _bare(name: str) -> str:
    """An initial with or without its dot is one person: "F." and "F"."""
    return fold(name).replace(".", "")


class PersonRegistry:
    """Gives each person one placeholder, matching later mentions by shared name parts."""

    def __init__(self, taken: int = 0) -> None:
        self._groups: list[set[str]] = []
        self._labels: list[str] = []
        self._offset = taken

    def knows(self, name: str) -> bool:
        parts = {fold(p) for p in name_parts(name)} or {_bare(name)}
        return any(parts & group for group in self._groups)

    def label_for(self, name: str) -> str:
        parts = {fold(p) for p in name_parts(name)} or {_bare(name)}
        for group, label in zip(self._groups, self._labels, strict=True):
            if parts & group:
                group |= parts
                return label
        label = letter(self._offset + len(self._groups))
        while label in self._labels:
            self._offset += 1
            label = letter(self._offset + len(self._groups))
        self._groups.append(parts)
        self._labels.append(label)
        return label


def _looks_like_name(phrase: str, lex: Lexicon) -> bool:
    parts = name_parts(phrase)
    return bool(parts) and all(p[:1].isupper() for p in parts) and fold(parts[0]) in lex.first_names


# A region word before a place: "rural Ohio" -> "a rural state", "north Dallas" -> "a northern
# city" (never "rural a state"); "upstate" and "downstate" go with the place.
_REGION_ADJECTIVE_BEFORE = re.compile(
    r"\b(?P<adj>rural|northern|southern|eastern|western|central|coastal|north|south|east|west|"
    r"upstate|downstate|inner-city|suburban)\s+$",
    re.IGNORECASE,
)
_REGION_ADJECTIVES = {
    "north": "northern",
    "south": "southern",
    "east": "eastern",
    "west": "western",
    "upstate": "",
    "downstate": "",
}


def noun_phrase(text: str, start: int, noun: str, floor: int) -> tuple[int, str]:
    """Where the replacement starts (an article may be absorbed) and its wording."""
    if region := _REGION_ADJECTIVE_BEFORE.search(text[floor:start]):
        start = floor + region.start()
        adjective = region["adj"].lower()
        adjective = _REGION_ADJECTIVES.get(adjective, adjective)
        noun = f"{adjective} {noun}".strip()
    before = text[floor:start]
    article = indefinite_article(noun)
    capital = sentence_start_at(text, start)
    if m := _DETERMINER_BEFORE.search(before):
        start = floor + m.start()
        capital = m.group(1)[0].isupper()
    elif _POSSESSIVE_BEFORE.search(before) or _DETERMINED_BEFORE.search(before):
        return start, noun
    phrase = f"{article} {noun}"
    return start, phrase[0].upper() + phrase[1:] if capital else phrase


def _fix_article(text: str, start: int, replacement: str, floor: int) -> tuple[int, str]:
    """ "an 2009 car" style mismatches after replacing: pick the article the new word needs."""
    m = _ARTICLE_BEFORE.search(text[floor:start])
    if not m or not replacement[:1].isalpha() or replacement.lower().startswith(("a ", "an ")):
        return start, replacement
    wanted = indefinite_article(replacement)
    if m.group(1).lower() == wanted:
        return start, replacement
    wanted = wanted.capitalize() if m.group(1)[0].isupper() else wanted
    return floor + m.start(), f"{wanted} {replacement}"


# Kinds of place a name can stand before as a modifier.
_KIND_NOUNS = frozenset(
    """hospital library lab office school store shop church clinic campus building station
    branch centre center cafeteria canteen gym ward base plant factory warehouse restaurant
    bar club hotel hostel dorm department team unit precinct prison jail stadium arena museum
    theatre theater cinema mall market pharmacy bakery salon pub tavern diner cafe chapel
    mosque temple synagogue trust""".split()
)


def _kind_noun_after(text: str, end: int) -> re.Match[str] | None:
    """A lowercase kind of place right after a name the policy could only call "a place":
    the name was used as a modifier ("the VA hospital", "the UKZN library")."""
    m = re.compile(r" ([a-z]+)\b").match(text, end)
    if m and m.group(1) in _KIND_NOUNS:
        return m
    return None


def apply_policy(
    text: str, spans: list[Span], lex: Lexicon, registry: PersonRegistry
) -> list[Finding]:
    findings: list[Finding] = []
    floor = 0
    for span in spans:
        start, replacement = span.start, _replacement(text, span, lex, registry)
        if span.kind in {"place", "org", "venue"} or (
            span.kind == "address" and span.hint.startswith("a ")
        ):
            noun = (
                span.hint.removeprefix("a ").removeprefix("an ")
                if span.kind == "address"
                else span.hint
            )
            end = span.end
            if (noun or "place") == "place" and (kind := _kind_noun_after(text, span.end)):
                noun, end = kind.group(1), kind.end()  # "the VA hospital" -> "a hospital"
            start, replacement = noun_phrase(text, span.start, noun or "place", floor)
            replacement = _keep_sentence_end(text, start, end, replacement)
            findings.append(
                Finding(span.kind, start, end, text[start:end], replacement, span.detector)
            )
            floor = end
            continue
        elif replacement[:1].islower():
            if replacement.startswith("the ") and _DETERMINER_BEFORE.search(text[floor:start]):
                replacement = replacement.removeprefix("the ")  # "the 2019 kickoff"
            start, replacement = _fix_article(text, start, replacement, floor)
            if start == span.start and sentence_start_at(text, start):
                replacement = replacement[0].upper() + replacement[1:]
        replacement = _keep_sentence_end(text, start, span.end, replacement)
        findings.append(
            Finding(span.kind, start, span.end, text[start : span.end], replacement, span.detector)
        )
        floor = span.end
    return _join_adjacent(text, findings)


_ENDS_SENTENCE = re.compile(r"[.!?][\"”’')]*$")


def _keep_sentence_end(text: str, start: int, end: int, replacement: str) -> str:
    """A span that swallowed a sentence's full stop ("on Elm Street." read as "Elm St.") gives
    it back, so "on a street. My friend" does not run on into the next sentence."""
    original = text[start:end]
    if not original.endswith((".", "!", "?")) or _ENDS_SENTENCE.search(replacement):
        return replacement
    following = text[end:].lstrip(" \t\"”’')")
    if following[:1].isupper() or following[:1] in {"", "\n"} or text[end : end + 1] == "\n":
        return replacement + original[-1]
    return replacement


# Nouns that hold other places: "a hotel" then "a city" side by side reads "a hotel in a city".
_CONTAINERS = frozenset(
    """city town state country county district neighborhood neighbourhood area zone region
    building campus mall base village island province suburb""".split()
)
_NOUN_PHRASE = re.compile(r"^(?P<article>a|an|the)\s+(?P<noun>[\w -]+)$", re.IGNORECASE)


def _join_adjacent(text: str, findings: list[Finding]) -> list[Finding]:
    """Two generic noun phrases side by side ("Dollar General store #12208" -> "a store a
    store", "Building 4 room 210" -> "a building a room") become one phrase that reads."""
    joined: list[Finding] = []
    for finding in findings:
        last = joined[-1] if joined else None
        between = text[last.end : finding.start] if last else ""
        first_np = _NOUN_PHRASE.match(last.replacement) if last else None
        second_np = _NOUN_PHRASE.match(finding.replacement)
        if last is None or first_np is None or second_np is None or between not in {" ", ""}:
            joined.append(finding)
            continue
        outer, inner = first_np, second_np
        if second_np["noun"].lower() in _CONTAINERS and first_np["noun"].lower() not in _CONTAINERS:
            phrase = f"{first_np['article']} {first_np['noun']} in {second_np['article'].lower()} {second_np['noun']}"
        elif (
            first_np["noun"].lower() in _CONTAINERS and second_np["noun"].lower() not in _CONTAINERS
        ):
            article = indefinite_article(inner["noun"])
            if outer["article"][0].isupper():
                article = article.capitalize()
            phrase = f"{article} {inner['noun']} in {outer['article'].lower()} {outer['noun']}"
        else:
            # The noun after a brand is the more exact one ("Costco warehouse" -> "a warehouse").
            article = indefinite_article(inner["noun"])
            if outer["article"][0].isupper():
                article = article.capitalize()
            phrase = f"{article} {inner['noun']}"
        joined[-1] = Finding(
            last.kind,
            last.start,
            finding.end,
            text[last.start : finding.end],
            phrase,
            last.detector,
        )
    return joined


def _replacement(text: str, span: Span, lex: Lexicon, registry: PersonRegistry) -> str:
    if span.kind in _REMOVED:
        return _REMOVED[span.kind]
    if span.kind in NAME_KINDS:
        name = surface(text, span)
        if span.kind == "custom" and not _looks_like_name(name, lex) and not registry.knows(name):
            return "[redacted]"
        label = registry.label_for(name)
        return f"{span.hint.strip()} {label}" if span.kind == "title" else label
    if span.kind in {"time", "number"}:
        return span.hint  # may be empty: "her cabin, C-12, and" -> "her cabin, and"
    return span.hint or "[removed]"
