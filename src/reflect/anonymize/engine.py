"""The anonymizer pipeline: detect (all detectors, union) -> repeat every occurrence -> merge
overlaps -> policy -> render."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from . import (
    addresses,
    ages,
    bare_names,
    code_company,
    codes,
    contact,
    date_shapes,
    groups,
    hours,
    months,
    name_asides,
    name_cues,
    names,
    night_out,
    orgs,
    places,
    plain_orgs,
    plain_streets,
    saints,
    short_places,
    stray_numbers,
    titles,
    units,
    when,
)
from .age_bounds import ages_as_bounds, vague_already
from .age_stages import spare_named_decades
from .context import MONTH_NAMES
from .expand import custom_spans, name_parts, repeats, surface, whole_word
from .lexicon import Lexicon, fold, lexicon
from .merge import merge
from .model import Finding, Result
from .policy import PersonRegistry, apply_policy, letter
from .spans import Span
from .text import tokenize


def detect(text: str, lex: Lexicon, always_redact: Sequence[str] = ()) -> list[Span]:
    tokens = tokenize(text)
    spans: list[Span] = []
    spans += contact.find_emails(text)
    spans += contact.find_urls(text)
    spans += contact.find_domains(text, lex)
    spans += contact.find_handles(text)
    spans += contact.find_context_handles(text, lex)
    spans += contact.find_compound_handles(tokens, lex)
    spans += contact.find_phones(text)
    spans += addresses.find_addresses(text)
    spans += when.find_dates(text)
    spans += when.find_years(text)
    spans += date_shapes.find_date_shapes(text)
    spans += months.find_bare_months(text)
    spans += ages.find_ages(text)
    spans += codes.find_all(text)
    spans += hours.find_bare_hours(text)
    spans += hours.find_word_hours(text)
    spans += hours.find_oclock_hours(text)
    spans += night_out.find_night_out_venues(text, lex)
    spans += code_company.find_kit_and_file_numbers(text)
    spans += code_company.find_routes_in_bus_sentences(text)
    spans += hours.find_short_weekdays(text)
    spans += titles.find_titles(text, lex)
    spans += names.find_people(text, tokens, lex)
    spans += titles.find_dotted_initials(text)
    spans += name_cues.find_named_by_cues(text, lex)
    spans += name_asides.find_name_asides(text, lex)
    spans += saints.find_saints(text, lex)
    spans += places.find_places(text, tokens, lex)
    spans += places.find_towns_before_states(text, lex)
    spans += short_places.find_short_places(text)
    spans += short_places.find_lowercase_towns_with_states(text, lex)
    spans += bare_names.find_bare_names(text, lex)
    spans += orgs.find_suffix_orgs(text, tokens, lex)
    spans += orgs.find_prefix_orgs(text)
    spans += plain_orgs.find_plain_orgs(text, lex)
    spans += plain_streets.find_plain_streets(text, tokens, lex)
    spans += units.find_units(text)
    spans += orgs.find_brands(text, tokens, lex)
    spans += orgs.find_context_orgs(text, lex)
    spans += orgs.find_ampersand_orgs(text, lex)
    spans += orgs.find_capitalised_runs(text, tokens, lex)
    spans += orgs.find_acronyms(text, tokens, lex)
    spans += groups.find_teams(text, tokens, lex)
    spans += groups.find_airlines(text, lex)
    spans += groups.find_publications(text, lex)
    spans += groups.find_greek_houses(text)
    spans += custom_spans(text, list(always_redact), lex)
    merged = merge([s for s in spans if not _cuts_a_word(text, s) and not vague_already(text, s)])
    merged = merge([*merged, *code_company.sibling_codes(text, merged)])
    merged = merge([*merged, *short_places.states_after_places(text, merged)])
    merged = merge(_prefer_people([*merged, *repeats(text, merged, lex)], text))
    merged = merge([*merged, *stray_numbers.find_stray_numbers(text, merged, lex)])
    return ages_as_bounds(text, spare_named_decades(text, merged))


def _cuts_a_word(text: str, span: Span) -> bool:
    """A span that starts or ends inside a run of letters and digits ("XYZ" in the plate
    "7XYZ123"): replacing it would leave "7a place123", so it is no finding."""

    def inside(i: int) -> bool:
        return 0 < i < len(text) and text[i - 1].isalnum() and text[i].isalnum()

    return inside(span.start) or inside(span.end)


def _prefer_people(spans: list[Span], text: str) -> list[Span]:
    """Once a word is known as a person's name in this text, a gazetteer reading of the same
    word elsewhere ("Morales" is also a town, "Chase" a bank) is read as that person too, so one
    person keeps one placeholder and no mention survives."""
    people = {
        fold(part)
        for span in spans
        if span.kind in {"person", "title"}
        for part in name_parts(surface(text, span))
    }
    return [
        Span("person", s.start, s.end, s.detector)
        if s.kind in {"place", "org", "venue"} and fold(text[s.start : s.end]) in people
        else s
        for s in spans
    ]


def anonymize(text: str, *, always_redact: Sequence[str] = (), risks: bool = True) -> Result:
    lex = lexicon()
    spans = detect(text, lex, always_redact)
    findings = apply_policy(text, spans, lex, PersonRegistry())
    if not risks:
        # The text filter prints only the text: the risk detectors (and their patterns, a good
        # part of a process's start-up) are not loaded at all.
        return Result(render(text, findings), findings, [])
    from .risk import residual_risks

    return Result(render(text, findings), findings, residual_risks(text, findings, lex))


def render(text: str, findings: Sequence[Finding]) -> str:
    """Apply exactly these findings; a finding overlapping an earlier one is skipped."""
    out: list[str] = []
    pos = 0
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        if finding.start < pos or finding.end > len(text):
            continue
        out.append(text[pos : finding.start])
        out.append(finding.replacement)
        pos = finding.end
    out.append(text[pos:])
    return "".join(out)


def add_span(
    text: str, findings: list[Finding], span_text: str, replacement: str | None = None
) -> list[Finding]:
    """Mark a string the detectors missed: all its occurrences (case-insensitive, whole word)
    and, where it is a name, each of its parts. Existing findings inside a new occurrence are
    replaced by it; occurrences already inside a finding are left alone."""
    lex = lexicon()
    needle = span_text.strip()
    if not needle:
        return sorted(findings, key=lambda f: f.start)
    spans = [Span("custom", m.start(), m.end(), "user") for m in whole_word(needle).finditer(text)]
    parts = name_parts(needle)
    looks_like_name = len(parts) > 1 and all(p[:1].isupper() for p in parts)
    if looks_like_name:
        for part in parts:
            if fold(part) not in lex.common_words:
                spans += [
                    Span("custom", m.start(), m.end(), "user-part")
                    for m in whole_word(part).finditer(text)
                ]
    if replacement is None:
        replacement = _replacement_for_new(findings, needle, lex)
    # A replacement can itself hold the marked word ("store 9" -> "A store"): the person asked
    # for that word to go, so it goes from replacements too.
    marked = whole_word(needle)
    kept = [
        dataclasses.replace(f, replacement=marked.sub(lambda _: replacement, f.replacement))
        if marked.search(f.replacement)
        else f
        for f in findings
    ]
    for span in merge(spans):
        if any(f.start <= span.start and span.end <= f.end for f in kept):
            continue
        overlapping = [f for f in kept if f.start < span.end and span.start < f.end]
        start = min([span.start, *(f.start for f in overlapping)])
        end = max([span.end, *(f.end for f in overlapping)])
        kept = [f for f in kept if f not in overlapping]
        kept.append(Finding("custom", start, end, text[start:end], replacement, "user"))
    return sorted(kept, key=lambda f: (f.start, f.end))


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_LABEL_RE = re.compile(r"\[([A-Z]+)\]")


def _replacement_for_new(findings: Sequence[Finding], needle: str, lex: Lexicon) -> str:
    """Reuse the placeholder of a person who shares a name part; otherwise the next free letter
    for a name, or "[redacted]"."""
    wanted = {fold(p) for p in name_parts(needle)}
    labels: set[str] = set()
    for finding in findings:
        labels.update(_LABEL_RE.findall(finding.replacement))
        if _LABEL_RE.search(finding.replacement) and wanted & {
            fold(p) for p in name_parts(finding.original)
        }:
            return f"[{_LABEL_RE.findall(finding.replacement)[-1]}]"
    parts = name_parts(needle)
    if fold(needle) in MONTH_NAMES:
        return "that month"  # "moved teams in March": a letter would read as a person
    if fold(needle) in _WEEKDAYS:
        return "that day"
    if parts and (fold(parts[0]) in lex.first_names or all(p[:1].isupper() for p in parts)):
        index = 0
        while letter(index).strip("[]") in labels:
            index += 1
        return letter(index)
    return "[redacted]"
