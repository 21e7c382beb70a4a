"""Contact details: emails, links, social handles and usernames, phone numbers."""

from __future__ import annotations

import re

from .spans import Span

_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_TLDS = (
    "com|net|org|io|co|me|ly|info|biz|edu|gov|us|uk|ng|in|ie|cn|mx|ca|au|nz|za|de|fr|app|dev|"
    "xyz|tv|link|page|site|blog|online|store|shop|gg|fm|social"
)
_URL_RE = re.compile(
    r"(?:\b(?:https?://|www\.)[^\s<>\"]+)"
    rf"|(?:(?<![\w@.-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:{_TLDS})\b(?:/[^\s<>\"]*)?)",
    re.IGNORECASE,
)
_HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
# Bare usernames are told apart from words by their shape: underscores, letters run into
# digits (ImperfectDad77), or dotted pieces with a digit (hannah.b.92).
_USERNAME_RES = (
    re.compile(r"(?<![\w@.])[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+_*(?![\w@])"),
    re.compile(r"(?<![\w@.])_+[A-Za-z0-9_]+(?![\w@])"),
    re.compile(r"(?<![\w@.-])[A-Za-z]{3,}\d{2,}[A-Za-z\d]*(?![\w@])"),
    re.compile(r"(?<![\w@.-])[A-Za-z]*[a-z][A-Z][A-Za-z]*\d+(?![\w@])"),
    re.compile(r"(?<![\w@.])[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*\.\d+[A-Za-z0-9]*(?![\w@])"),
    re.compile(r"(?<![\w@.])[A-Za-z]{2,}\d*(?:\.[A-Za-z0-9]+){2,}(?![\w@])"),
)
# After words like "handle" or "instagram", the next token is a username whatever its shape.
_HANDLE_CONTEXT_RE = re.compile(
    r"\b(?:user ?name|handle|screen ?name|gamertag|insta(?:gram)?|ig|snap(?:chat)?|tiktok|"
    r"twitter|discord|venmo|cash ?app|kik|telegram|account)\s+(?:is\s+|was\s+|name\s+|as\s+)?"
    r"(?:called\s+)?[\"“']?([A-Za-z0-9][\w.]*[A-Za-z0-9_])",
    re.IGNORECASE,
)
_ABBREVIATIONS = frozenset({"e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "etc", "vs", "no"})
_PHONE_FALLBACK_RE = re.compile(
    r"(?<![\w/.,:-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,3}"
    r"(?![\w/-]|[.,]\d)"
)
_YEAR_RANGE_RE = re.compile(r"^(?:1[89]|20)\d\d\s*[-–]\s*(?:(?:1[89]|20)?\d\d)$")
_NUMERIC_DATE_RE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{5}-\d{4}")  # dates, ZIP+4
_YEAR_OR_SMALL_RE = re.compile(r"(?:1[89]|20)\d\d|\d{1,2}")
_PHONE_REGIONS = ("US", "GB", "NG", "IN", "IE", "CN", "MX")


def find_emails(text: str) -> list[Span]:
    return [Span("email", m.start(), m.end(), "email") for m in _EMAIL_RE.finditer(text)]


def find_urls(text: str) -> list[Span]:
    spans = []
    for m in _URL_RE.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:!?)]'\"”’":
            end -= 1
        if "@" in text[max(0, m.start() - 1) : m.start()]:
            continue  # the domain of an email address
        spans.append(Span("url", m.start(), end, "url"))
    return spans


def find_handles(text: str) -> list[Span]:
    spans = [Span("handle", m.start(), m.end(), "at-handle") for m in _HANDLE_RE.finditer(text)]
    for pattern in _USERNAME_RES:
        for m in pattern.finditer(text):
            word = m.group()
            if word.lower().rstrip(".") in _ABBREVIATIONS or not any(c.isalpha() for c in word):
                continue
            spans.append(Span("handle", m.start(), m.end(), "username-shape"))
    return spans


def find_context_handles(text: str, is_common_word: set[str] | frozenset[str]) -> list[Span]:
    spans = []
    for m in _HANDLE_CONTEXT_RE.finditer(text):
        word = m.group(1)
        if word.lower() in is_common_word or word.lower() in {"and", "the", "a", "her", "his"}:
            continue
        spans.append(Span("handle", m.start(1), m.end(1), "handle-context"))
    return spans


def _digits(s: str) -> int:
    return sum(ch.isdigit() for ch in s)


def find_phones(text: str) -> list[Span]:
    import phonenumbers  # imported here: it is slow to import and only needed once text arrives

    found: dict[tuple[int, int], Span] = {}
    if _digits(text) >= 7:
        for region in _PHONE_REGIONS:
            matcher = phonenumbers.PhoneNumberMatcher(
                text, region, leniency=phonenumbers.Leniency.POSSIBLE
            )
            for match in matcher:
                raw = text[match.start : match.end]
                if _YEAR_RANGE_RE.match(raw) or _digits(raw) < 7 or _NUMERIC_DATE_RE.fullmatch(raw):
                    continue
                found.setdefault(
                    (match.start, match.end), Span("phone", match.start, match.end, "phonenumbers")
                )
    for m in _PHONE_FALLBACK_RE.finditer(text):
        raw = m.group()
        if (
            not 7 <= _digits(raw) <= 15
            or _YEAR_RANGE_RE.match(raw)
            or _NUMERIC_DATE_RE.fullmatch(raw)
        ):
            continue
        groups = raw.split(" ")
        if len(groups) == 2 and any(_YEAR_OR_SMALL_RE.fullmatch(g) for g in groups):
            continue  # "in 2009 2010" or "19 2000": two numbers side by side, not a phone
        found.setdefault((m.start(), m.end()), Span("phone", m.start(), m.end(), "phone-pattern"))
    return list(found.values())
