"""Contact details: emails, links, social handles and usernames, phone numbers."""

from __future__ import annotations

import re

from .context import NOT_NAMES
from .lexicon import Lexicon, american_spelling, fold
from .scan import Lazy, WordAnchored, chunks_holding, finditer_in_chunks
from .spans import Span
from .text import Token

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
# "@jess_", "@lily-rose" (Venmo), "wolfboy#1234" keeps its Discord number with it.
_HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?(?:#\d{4}\b)?")
_DISCRIMINATOR_RE = re.compile(r"#\d{4}\b")


# Bare usernames are told apart from words by their shape: underscores, letters run into
# digits (ImperfectDad77), or dotted pieces with a digit (hannah.b.92).
_WITH_UNDERSCORE = chunks_holding("_")
_WITH_DIGIT = chunks_holding("\\d")
# Each shape with the chunks of text (between whitespace) it can be found in.
_USERNAME_RES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"(?<![\w@.])[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+_*(?![\w@])"), _WITH_UNDERSCORE),
    (re.compile(r"(?<![\w@.])_+[A-Za-z0-9_]+(?![\w@])"), _WITH_UNDERSCORE),
    (re.compile(r"(?<![\w@.-])[A-Za-z]{3,}\d{2,}[A-Za-z\d]*(?![\w@])"), _WITH_DIGIT),
    (re.compile(r"(?<![\w@.-])[A-Za-z]*[a-z][A-Z][A-Za-z]*\d+(?![\w@])"), _WITH_DIGIT),
    (
        re.compile(r"(?<![\w@.])[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*\.\d+[A-Za-z0-9]*(?![\w@])"),
        _WITH_DIGIT,
    ),
    (
        re.compile(r"(?<![\w@.])[A-Za-z]{2,}\d*(?:\.[A-Za-z0-9]+){2,}(?![\w@])"),
        chunks_holding("."),
    ),
)
# After words like "handle" or "instagram", the next token is a username whatever its shape.
_HANDLE_CONTEXT_RE = WordAnchored.of(
    Lazy(
        r"\b(?:user ?name|handle|screen ?name|gamertag|insta(?:gram)?|ig|snap(?:chat)?|tiktok|"
        r"twitter|discord|venmo|cash ?app|kik|telegram|account)\s+(?:is\s+|was\s+|name\s+|as\s+)?"
        r"(?:called\s+)?[\"“']?([A-Za-z0-9][\w.]*[A-Za-z0-9_])",
        re.IGNORECASE,
    ),
    """user username handle screen screenname gamertag insta instagram ig snap snapchat tiktok
    twitter discord venmo cash cashapp kik telegram account""".split(),
)
_ABBREVIATIONS = frozenset({"e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "etc", "vs", "no"})
# Any lowercase ending after a dot with no space ("palomareyes.art", "jess.runs.club") is a domain
# or a dotted username: new top-level domains are too many to list. One-letter pieces ("a.m.",
# "e.g.", "U.S.") and abbreviations are not.
_DOMAIN_RE = re.compile(
    r"(?<![\w@.'’-])(?P<host>[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,24})"
    r"(?![\w@-]|\.[A-Za-z0-9])(?:/[^\s<>\"]*)?"
)
_SENTENCE_OPENERS = frozenset(
    """i she he we they you it the then and but so that this there what when why how his her my
    our their its not no just now after before later also still even because if or once one
    nobody everyone someone later yes ok okay""".split()
)
_FILE_TYPES = frozenset(
    "txt doc docx pdf jpg jpeg png gif heic mp3 mp4 mov wav xls xlsx csv ppt pptx zip".split()
)
_NOT_DOMAIN_PIECES = frozenset({"etc", "vs", "no", "st", "mr", "mrs", "ms", "dr", "jr", "sr", "ft"})
# After these words the next token is a username when no dictionary knows it: "her account,
# coffeeandcardio,", "his page rustbeltdad", "she posted as nightowlnina".
_ACCOUNT_SITES = (
    "account|acct|profile|page|channel|blog|handle|username|alias|gamertag|onlyfans|"
    "youtube|twitch|reddit|tumblr|threads|bluesky|facebook|linkedin|substack|pinterest|"
    "soundcloud|spotify|etsy|instagram|insta|ig|tiktok|twitter|snapchat|snap|discord|venmo|"
    "telegram|kik|whatsapp|hinge|tinder|bumble|grindr"
)
_ACCOUNT_CUE_RE = WordAnchored.of(
    Lazy(
        rf"\b(?:(?:{_ACCOUNT_SITES})\s*[,:(]?\s+(?:(?:is|was|called|named|name)\s+)*"
        r"|(?:posts?|posted|posting|commented|comments|commenting|goes|went|go(?:ing)?|known|"
        r"signed|logged\s+in|tweets?|tweeted|streams?|streamed|streaming|writes|wrote|writing|"
        r"messaged\s+me|dms?|dmed|dm['’]d|followed|follows|following)\s+(?:online\s+)?as\s+"
        r"|(?:went|goes|go|going)\s+by\s+|under\s+the\s+(?:name|handle|username)\s+)"
        r"[\"“'(]?(?P<word>[A-Za-z0-9][\w.]*[A-Za-z0-9_])"
    ),
    [
        *_ACCOUNT_SITES.split("|"),
        *"""post posts posted posting commented comments commenting goes went go going known
        signed logged tweet tweets tweeted stream streams streamed streaming writes wrote writing
        messaged dm dms dmed followed follows following under""".split(),
    ],
)
# Short words that may be pieces of a run-together username ("coffee|and|cardio").
_SHORT_PIECES = frozenset(
    """and the my for not you her his our its big bad red hot mad sad old new fat boy guy man men
    dad mom cat dog sun day art fan fit run car eat top one two mrs""".split()
)
_PHONE_FALLBACK_RE = re.compile(
    r"(?<![\w/.,:-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,3}"
    r"(?![\w/-]|[.,]\d)"
)
_YEAR_RANGE_RE = re.compile(r"^(?:1[89]|20)\d\d\s*[-–]\s*(?:(?:1[89]|20)?\d\d)$")
_NUMERIC_DATE_RE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{5}-\d{4}")  # dates, ZIP+4
_YEAR_OR_SMALL_RE = re.compile(r"(?:1[89]|20)\d\d|\d{1,2}")
_PHONE_REGIONS = ("US", "GB", "NG", "IN", "IE", "CN", "MX")


# "lily dot rose at gmail dot com", "lily.rose [at] gmail [dot] com": an address spelled out.
_DOT = r"(?:\s*\.\s*|\s+dot\s+|\s*\[dot\]\s*|\s*\(dot\)\s*)"
_SPELLED_EMAIL_PATTERN = re.compile(
    rf"(?<![\w.])[A-Za-z0-9_]+(?:{_DOT}[A-Za-z0-9_]+)*(?:\s+at\s+|\s*\[at\]\s*|\s*\(at\)\s*)"
    rf"[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*?{_DOT}(?:{_TLDS})\b",
    re.IGNORECASE,
)


# A spelled-out address needs a mail provider in it or a word for mail before it, so "she was at
# home dot com" (a joke) stays.
_MAIL_PROVIDER_RE = re.compile(
    r"\b(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|proton|protonmail|aol|"
    r"mail|gmx|zoho|yandex|rediffmail)\b",
    re.IGNORECASE,
)
_MAIL_CUE_RE = re.compile(
    r"\b(?:e-?mail(?:ed)?|mail|address|wrote\s+to|write\s+to|contact)\b", re.I
)


def find_emails(text: str) -> list[Span]:
    spans = [Span("email", m.start(), m.end(), "email") for m in _EMAIL_RE.finditer(text)]
    return spans + [
        Span("email", m.start(), m.end(), "email-spelled") for m in _spelled_emails(text)
    ]


def _spelled_emails(text: str) -> list[re.Match[str]]:
    """Spelled-out addresses: the pattern is costly, so it runs only where "dot" and "at" are."""
    lowered = text.lower()
    if "dot" not in lowered or not re.search(r"\bat\b|\[at\]|\(at\)", lowered):
        return []
    return [
        m
        for m in _SPELLED_EMAIL_PATTERN.finditer(text)
        if _MAIL_PROVIDER_RE.search(m.group())
        or _MAIL_CUE_RE.search(text[max(0, m.start() - 30) : m.start()])
    ]


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


def find_domains(text: str, lex: Lexicon) -> list[Span]:
    spans = []
    for m in _DOMAIN_RE.finditer(text):
        pieces = m["host"].lower().split(".")
        if len(pieces) == 2 and pieces[0].isalpha() and pieces[1] in _SENTENCE_OPENERS:
            continue  # a missing space: "I was drunk.she was too"
        if len(pieces) == 2 and pieces[1] in _FILE_TYPES and pieces[0] in lex.known_words:
            continue  # "notes.txt"
        if (
            any(len(piece) < 2 for piece in pieces)
            or any(piece in _NOT_DOMAIN_PIECES for piece in pieces)
            or ".".join(pieces[:2]) in _ABBREVIATIONS
            or pieces[0].isdigit()
        ):
            continue
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:!?)]'\"”’":
            end -= 1
        spans.append(Span("url", m.start(), end, "domain-shape"))
    return spans


# "r/confessions", "u/throwaway_99": a forum or a user on Reddit is named by its path.
_FORUM_PATH_RE = re.compile(r"(?<![\w/])(?:/?[ru])/[A-Za-z0-9][A-Za-z0-9_]{1,20}(?![\w/])")


def find_handles(text: str) -> list[Span]:
    spans = [Span("handle", m.start(), m.end(), "at-handle") for m in _HANDLE_RE.finditer(text)]
    if "/" in text:
        spans += [
            Span("handle", m.start(), m.end(), "forum-path") for m in _FORUM_PATH_RE.finditer(text)
        ]
    for pattern, worth_trying in _USERNAME_RES:
        for m in finditer_in_chunks(pattern, text, worth_trying):
            word = m.group()
            if word.lower().rstrip(".") in _ABBREVIATIONS or not any(c.isalpha() for c in word):
                continue
            spans.append(Span("handle", m.start(), m.end(), "username-shape"))
    return spans


def find_context_handles(text: str, lex: Lexicon) -> list[Span]:
    spans = []
    for m in _HANDLE_CONTEXT_RE.finditer(text):
        word = m.group(1)
        if word.lower() in lex.common_words or word.lower() in {"and", "the", "a", "her", "his"}:
            continue
        spans.append(Span("handle", m.start(1), m.end(1), "handle-context"))
    for m in _ACCOUNT_CUE_RE.finditer(text):
        word = m["word"]
        cue = text[m.start() : m.start("word")].lower()
        # "I go by Buckshot", "known online as Kestrel": a capitalised word after an explicit
        # naming cue is the name, even when it is also a dictionary word.
        explicit = re.search(r"\b(?:by|as)\s+[\"“'(]?$", cue) and word[:1].isupper()
        if not explicit and not _unknown_word(word, lex):
            continue
        if explicit and (fold(word) in NOT_NAMES or fold(word) in lex.safe_proper):
            continue
        spans.append(Span("handle", m.start("word"), m.end("word"), "handle-context"))
    return _with_discriminators(text, spans)


def _with_discriminators(text: str, spans: list[Span]) -> list[Span]:
    """A Discord name keeps its number: "wolfboy#1234" goes whole."""
    return [
        Span(s.kind, s.start, m.end(), s.detector)
        if (m := _DISCRIMINATOR_RE.match(text, s.end))
        else s
        for s in spans
    ]


def _unknown_word(word: str, lex: Lexicon) -> bool:
    """A token no word list knows, in lowercase or run-together case ("CoffeeAndCardio")."""
    lower = word.lower().rstrip(".")
    if lower in lex.known_words or lower in lex.safe_proper:
        return False
    if word[:1].isupper() and word[1:].islower():
        return False  # "Tucson", "Sunny": names and places are the other detectors' job
    return not (lower.isalpha() and american_spelling(lower) in lex.known_words)


def _segment(word: str, lex: Lexicon) -> list[str] | None:
    """The fewest dictionary words that spell `word` run together, or None if none do."""
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 20), end):
            before = best[start]
            piece = word[start:end]
            if before is None or not (
                piece in _SHORT_PIECES or (len(piece) >= 4 and piece in lex.common_words)
            ):
                continue
            current = best[end]
            if current is None or len(before) + 1 < len(current):
                best[end] = [*before, piece]
    return best[-1]


def _run_together(word: str, lex: Lexicon) -> bool:
    """ "coffeeandcardio" (three words, two of them long), "mikewrites", "emilytran" (a first
    name, then a word or a surname)."""
    pieces = _segment(word, lex)
    if pieces is not None and len(pieces) >= 3 and sum(len(p) >= 4 for p in pieces) >= 2:
        return True
    for cut in range(4, len(word) - 3):
        name, rest = word[:cut], word[cut:]
        if name not in lex.first_names or name in lex.common_words:
            continue  # "love|bombing", "hope|core": a word, not a name, runs into the next
        if rest in lex.common_words or (rest in lex.surnames and rest not in lex.known_words):
            return True
    return False


def find_compound_handles(tokens: list[Token], lex: Lexicon) -> list[Span]:
    """A lowercase word no dictionary knows that is several words run together
    ("coffeeandcardio", "thegirlnextdoor") or a first name run into a word or surname
    ("mikewrites", "emilyvance") is a username."""
    spans = []
    for token in tokens:
        word = token.core
        if (
            len(word) < 7
            or not word.isalpha()
            or not word.islower()
            or word in lex.known_words
            or word in lex.first_names
            or word in lex.surnames
            or word in lex.places
            or american_spelling(word) in lex.known_words
            or word.endswith(("ed", "ing"))  # "bartended", "babysitting": a verb, not a username
        ):
            continue
        if _run_together(word, lex):
            spans.append(Span("handle", token.start, token.end, "username-compound"))
    return spans


def _digits(s: str) -> int:
    return sum(ch.isdigit() for ch in s)


_PHONE_CANDIDATE_RE = re.compile(r"\+?\(?\d[\d\s().+/\-‐‑–—]{5,}\d")
_PHONE_WINDOW_MARGIN = 32  # characters of context either side that phonenumbers may look at


def _phone_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around every run of digits that could be a phone number, widened to
    whitespace and merged: phonenumbers reads only these, not the whole story (it is slow to
    import, and seven regions over a long story cost more than all the other detectors)."""
    windows: list[tuple[int, int]] = []
    for m in _PHONE_CANDIDATE_RE.finditer(text):
        if _digits(m.group()) < 7:
            continue
        start = max(0, m.start() - _PHONE_WINDOW_MARGIN)
        end = min(len(text), m.end() + _PHONE_WINDOW_MARGIN)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def find_phones(text: str) -> list[Span]:
    found: dict[tuple[int, int], Span] = {}
    windows = _phone_windows(text)
    if windows:
        import phonenumbers

        for region in _PHONE_REGIONS:
            for window_start, window_end in windows:
                matcher = phonenumbers.PhoneNumberMatcher(
                    text[window_start:window_end], region, leniency=phonenumbers.Leniency.POSSIBLE
                )
                for match in matcher:
                    start, end = window_start + match.start, window_start + match.end
                    raw = text[start:end]
                    if (
                        _YEAR_RANGE_RE.match(raw)
                        or _digits(raw) < 7
                        or _NUMERIC_DATE_RE.fullmatch(raw)
                    ):
                        continue
                    found.setdefault((start, end), Span("phone", start, end, "phonenumbers"))
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
