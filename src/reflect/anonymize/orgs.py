"""Organisations and venues: by suffix ("... University", "... Tavern"), by prefix ("Fort ...",
"University of ..."), by brand name ("the Marriott", "Applebee's"), and by context
("worked at Deloitte")."""

from __future__ import annotations

import itertools
import re

from . import venue_names, venues
from .context import DISCOURSE_WORDS, NAMING, NOT_NAMES, RELATIONS, SPEECH_VERBS
from .lexicon import Lexicon, fold
from .org_words import SUFFIXES
from .runs import find_capitalised_runs as find_capitalised_runs  # the engine calls it here
from .spans import Span
from .text import Token, gap
from .text import _tokenize as tokenize_words

_MAX_SUFFIX_WORDS = max(s.count(" ") + 1 for s in SUFFIXES)
_PREFIX_RE = re.compile(
    r"\b(?:(?P<uni>University|College|Bank|Church|Bank|Institute|Academy)\s+of\s+(?:the\s+)?"
    r"|(?P<base>Fort|Ft\.?|Camp|Naval\s+(?:Air\s+)?Station|Joint\s+Base|Marine\s+Corps\s+(?:Base|Air\s+Station)|RAF|NAS|MCAS|JBLM)\s+"
    r"|(?P<club>Club|Hotel|Bar|Cafe|Café|Casa|Lake|Mount|Mt\.?)\s+)"
    r"(?P<name>(?!I\b)[A-Z][\w'’&.-]*(?:\s+(?:(?!I\b)[A-Z][\w'’&.-]*|of|the|and|&)){0,3})"
)
_PREFIX_NOUNS = {
    "university": ("org", "university"),
    "college": ("org", "college"),
    "bank": ("org", "bank"),
    "church": ("org", "church"),
    "institute": ("org", "school"),
    "academy": ("org", "school"),
    "club": ("venue", "club"),
    "hotel": ("venue", "hotel"),
    "bar": ("venue", "bar"),
    "cafe": ("venue", "restaurant"),
    "café": ("venue", "restaurant"),
    "casa": ("venue", "restaurant"),
    "lake": ("place", "lake"),
    "mount": ("place", "mountain"),
    "mt": ("place", "mountain"),
}
_EMPLOYER_RE = re.compile(
    r"\b(?:(?P<lead>work(?:ed|s|ing)?|job|interned|internship|intern|employed|hired|shift|position|"
    r"drove|drive|driving|driver|delivered|delivering|bartended|bartending|"
    r"career|agent|engineer|analyst|consultant|supervisor|director|associate|recruiter|"
    r"manager|managed|promoted|fired|quit|volunteer(?:ed|ing)?|stationed|enlisted|deployed|"
    r"studied|student|enrolled|teach(?:es|ing)?|taught|partner|classmates?|freshman|sophomore|"
    r"junior|senior|graduated|graduate|alum|alumni|professor|lecturer)(?:\s+\w+)?\s+(?:at|for|with|by|from)"
    r"|join(?:ed|ing|s)?)\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|&|of|and)){0,4})"
)
_VENUE_CONTEXT_RE = re.compile(
    r"\b(?:at|to|from|in|outside|inside|near|into|leaving|left)\s+(?P<the>the\s+)"
    r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|&|of|and)){0,3})"
)
_TRAILING_CONNECTORS_RE = re.compile(r"(?:\s+(?:&|of|and|the))+$")
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$).*", re.DOTALL)


def clean_name(name: str) -> str:
    """Cut a captured name at a sentence end ("Leeds. She") and drop trailing connectors."""
    # "at the Bellamy Hotel I walked", "at the World Bar I'd get": "I" starts a clause, and a
    # connector before it goes too ("at the Hotel Diplomat and I kept").
    cleaned = re.sub(r"\s+I(?:['’](?:d|m|ve|ll))?$", "", _SENTENCE_END_RE.sub("", name))
    cleaned = _TRAILING_CONNECTORS_RE.sub("", cleaned)
    if re.search(r"\b[A-Z]\.[A-Z]\.?$", cleaned):
        return cleaned if cleaned.endswith(".") else cleaned + "."  # "the U.S."
    return cleaned.rstrip(".")


_KIND_OF_VENUE = {
    "bar": "bar",
    "pub": "pub",
    "tavern": "bar",
    "lounge": "bar",
    "inn": "hotel",
    "club": "club",
    "hotel": "hotel",
    "motel": "hotel",
    "cafe": "cafe",
    "café": "cafe",
    "restaurant": "restaurant",
    "grill": "restaurant",
    "diner": "restaurant",
    # "the Hospital Gregorio Marañón": a hospital named in the Spanish order
    "hospital": "hospital",
    "clinic": "clinic",
}
_VENUE_NOUNS = frozenset(
    {"store", "shop", "location", "branch", "office", "restaurant", "hotel", "warehouse"}
)
_FUNCTION = frozenset(
    {"the", "a", "an", "and", "of", "my", "our", "his", "her", "their", "this", "that"}
)


def _noun_for_category(category: str) -> tuple[str, str]:
    venue_nouns = {
        "hotel",
        "restaurant",
        "bar",
        "pub",
        "coffee shop",
        "store",
        "gym",
        "pharmacy",
        "rental",
        "club",
    }
    return ("venue" if category in venue_nouns else "org", category)


def find_suffix_orgs(text: str, tokens: list[Token], lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for i, token in enumerate(tokens):
        if not token.capitalised:
            continue
        # Try the longest suffix that starts at token i.
        for n in range(_MAX_SUFFIX_WORDS, 0, -1):
            if i + n > len(tokens):
                continue
            words = tokens[i : i + n]
            if any(gap(text, a, b) not in {" ", " & "} for a, b in itertools.pairwise(words)):
                continue
            suffix = " ".join(w.core for w in words).lower()
            if suffix not in SUFFIXES or not all(w.capitalised for w in words):
                continue
            start = _name_start_before(text, tokens, i, lex)
            if start is None:
                break
            kind, noun = SUFFIXES[suffix]
            spans.append(Span(kind, tokens[start].start, words[-1].end, "org-suffix", noun))
            break
    return spans


_CORPORATE_SUFFIXES = frozenset(
    """bank airlines airways rail railways gas telecom insurance motors steel oil petroleum
    post mail broadcasting television power energy electric""".split()
)


def _name_start_before(text: str, tokens: list[Token], i: int, lex: Lexicon) -> int | None:
    """Index of the first word of the name in front of suffix token i, or None if no name."""
    start = i
    while start > 0 and i - start < 4:
        prev = tokens[start - 1]
        between = gap(text, prev, tokens[start])
        if between not in {" ", " & ", "-"}:
            break
        if (
            prev.capitalised
            or prev.core[:1].isdigit()
            or (prev.lower in {"of", "&"} and start - 1 > 0)
        ):
            if prev.lower in _FUNCTION and not prev.capitalised:
                break
            start -= 1
            continue
        break
    while start < i and tokens[start].lower in _FUNCTION | {"&"}:
        start += 1
    if start == i:
        return None
    names = tokens[start:i]
    # "The Bar" or "My University" is no name; at least one word must be more than a function
    # word, except before a company's own word: "Indian Bank", "British Gas" name one employer
    # ("an Italian Restaurant" names none).
    corporate = tokens[i].lower in _CORPORATE_SUFFIXES
    if all(fold(t.core) in lex.safe_proper or t.lower in _FUNCTION for t in names) and not (
        corporate and any(t.lower not in _FUNCTION for t in names)
    ):
        return None
    if names[0].sentence_start and len(names) == 1 and fold(names[0].core) in lex.common_words:
        return None
    return start


def find_prefix_orgs(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _PREFIX_RE.finditer(text):
        name = clean_name(m["name"])
        end = m.start("name") + len(name)
        if m["base"]:
            spans.append(Span("org", m.start(), end, "military-base", "military base"))
            continue
        lead = (m["uni"] or m["club"] or "").lower().rstrip(".")
        kind, noun = _PREFIX_NOUNS.get(lead, ("org", "organization"))
        last = name.split()[-1].lower() if name.split() else ""
        if m["club"] and last in SUFFIXES:
            kind, noun = SUFFIXES[last]  # "Mt. Zion Baptist" is a church, not a mountain
        spans.append(Span(kind, m.start(), end, "org-prefix", noun))
    return spans


_brand_starts: tuple[object, frozenset[str]] = (None, frozenset())


def _brand_first_words(lex: Lexicon) -> frozenset[str]:
    """The folded first word of every brand, as the tokenizer reads it ("applebee" of
    "applebee's", "j" of "j.p. morgan"): a word outside it starts no brand."""
    global _brand_starts
    if _brand_starts[0] is not lex.brands:
        firsts = set()
        for brand in lex.brands:
            found = tokenize_words(brand)
            if found:
                firsts.add(fold(found[0].core))
        _brand_starts = (lex.brands, frozenset(firsts))
    return _brand_starts[1]


def find_brands(text: str, tokens: list[Token], lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    starts = _brand_first_words(lex)
    i = 0
    while i < len(tokens):
        hit: tuple[int, str] | None = None
        core = tokens[i].core
        if core.islower() or fold(core) not in starts:
            i += 1  # a word in lowercase, or one no brand starts with, starts no brand here
            continue
        for n in range(min(lex.max_brand_words, len(tokens) - i), 0, -1):
            words = tokens[i : i + n]
            if not words[0].core[:1].isupper() and not any(c.isupper() for c in words[0].core):
                break
            phrase = text[
                words[0].start : words[-1].end if n > 1 else words[0].start + len(words[0].text)
            ]
            for candidate in (phrase, " ".join(w.core for w in words)):
                category = lex.brands.get(fold(candidate))
                if category is not None:
                    hit = (words[0].start + len(candidate), category)
                    break
            if hit:
                break
        if hit is None:
            i += 1
            continue
        end, category = hit
        folded = fold(text[tokens[i].start : end])
        if folded in lex.safe_proper and not _employer_before(text, tokens[i].start):
            i += 1
            continue  # "on Facebook" stays; "worked at Facebook" does not
        after = text[end : end + 30].lower().split()
        if (
            tokens[i].sentence_start
            and fold(tokens[i].core) in lex.common_words
            and " " not in folded
            and not (after and after[0].strip(",.") in _VENUE_NOUNS)
        ):
            i += 1
            continue  # "Target practice" at a sentence start; "Target store #1893" is the shop
        if " " not in folded and _reads_as_person(tokens, i, lex):
            i += 1
            continue  # "my buddy Chase saw it": the person detector takes it
        kind, noun = _noun_for_category(category)
        spans.append(Span(kind, tokens[i].start, end, "brand", noun))
        while i < len(tokens) and tokens[i].start < end:
            i += 1
    return spans + venues.find_lowercase_brands(text, tokens, lex)


def _reads_as_person(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    if fold(tokens[i].core) not in lex.first_names:
        return False
    prev = fold(tokens[i - 1].core) if i > 0 else ""
    nxt = fold(tokens[i + 1].core) if i + 1 < len(tokens) else ""
    return prev in RELATIONS or prev in NAMING or (nxt in SPEECH_VERBS and nxt != "called")


def _employer_before(text: str, pos: int) -> bool:
    window = text[max(0, pos - 40) : pos].lower()
    return bool(
        re.search(r"\b(?:work\w*|job|intern\w*|employ\w*|hired|for|at)\s+(?:the\s+)?$", window)
    )


def find_context_orgs(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = venues.find_lowercase_venues(text, lex)
    spans += venues.find_capitalised_words_at(text, lex)
    spans += venues.find_lowercase_bases(text, lex)
    spans += venue_names.find_venues_by_their_name(text, lex)
    for m in _EMPLOYER_RE.finditer(text):
        name = clean_name(m["name"])
        if _only_ordinary(name, lex) and fold(name) not in lex.brands:  # "joined Google"
            continue
        noun = _employer_noun(m["lead"] or "")
        # "a sophomore at Whitman": the school reading beats a town of the same name.
        detector = "school-context" if noun in {"school", "university"} else "employer-context"
        spans.append(Span("org", m.start("name"), m.start("name") + len(name), detector, noun))
    for m in _VENUE_CONTEXT_RE.finditer(text):
        name = clean_name(m["name"])
        if _only_ordinary(name, lex):
            continue
        # "the World Bar": a bar; "the Hotel Diplomat": a hotel
        # "the Holiday Inn Suva": a hotel, by a venue word anywhere in its name
        words = [w.lower() for w in name.split()]
        kind = next((_KIND_OF_VENUE[w] for w in reversed(words) if w in _KIND_OF_VENUE), "place")
        spans.append(
            Span("venue", m.start("name"), m.start("name") + len(name), "venue-context", kind)
        )
    return spans


_SCHOOL_LEADS = re.compile(
    r"studied|student|enrolled|classmates?|freshman|sophomore|junior|senior|graduated|graduate|"
    r"alum|alumni|teach(?:es|ing)?|taught"
)


def _employer_noun(lead: str) -> str:
    """What kind of place the context names: "a sophomore at X" is at a school, "a professor
    at X" at a university, "stationed at X" on a base, anything else at a company."""
    lead = lead.lower()
    if lead in {"professor", "lecturer"}:
        return "university"
    if _SCHOOL_LEADS.fullmatch(lead):
        return "school"
    if lead in {"stationed", "enlisted", "deployed"}:
        return "military base"
    return "company"


def _only_ordinary(name: str, lex: Lexicon) -> bool:
    words = [fold(w.strip("'’")) for w in name.split()]
    words = [w.removesuffix("'s").removesuffix("’s") for w in words]
    return all(w in lex.safe_proper or w in _FUNCTION or w in {"&"} for w in words)


# "Kettle & Crane", "Barnes & Noble", "Hart & Sons Roofing": capitalised words joined by an
# ampersand name a business, even when every word is in the dictionary.
_AMPERSAND_WORD = r"[A-Z][\w'’-]*"
_AMPERSAND_RE = re.compile(
    rf"(?<![\w&])(?P<left>{_AMPERSAND_WORD}(?:\s+{_AMPERSAND_WORD}){{0,2}})\s*&\s*"
    rf"(?P<right>{_AMPERSAND_WORD}(?:\s+{_AMPERSAND_WORD}){{0,2}})(?![\w&])"
)
_WORD_RE = re.compile(_AMPERSAND_WORD)
_POSSESSIVE_END_RE = re.compile(r"['’]s?$")


def _ordinary(word: str, lex: Lexicon) -> bool:
    folded = fold(word)
    return folded in NOT_NAMES or folded in DISCOURSE_WORDS or folded in lex.safe_proper


def find_ampersand_orgs(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for m in _AMPERSAND_RE.finditer(text):
        left = list(_WORD_RE.finditer(text, m.start("left"), m.end("left")))
        right = list(_WORD_RE.finditer(text, m.start("right"), m.end("right")))
        while len(left) > 1 and _ordinary(left[0].group(), lex):
            left.pop(0)  # "Then Kettle & Crane", "At Barnes & Noble"
        while len(right) > 1 and _ordinary(_POSSESSIVE_END_RE.sub("", right[-1].group()), lex):
            right.pop()  # "Kettle & Crane I", "Barnes & Noble Tuesday"
        words = [w.group() for w in left] + [_POSSESSIVE_END_RE.sub("", w.group()) for w in right]
        if len(left[-1].group()) <= 2 and len(right[0].group()) <= 2:
            continue  # "Q&A", "R&B", "P&L"
        if all(_ordinary(w, lex) for w in words):
            continue  # "Mom & Dad"
        if len(left) == 1 == len(right) and any(
            fold(w) in lex.first_names and fold(w) not in lex.common_words for w in words
        ):
            continue  # "Sarah & Tom": two people, for the person detector
        end = right[-1].end() - (len(right[-1].group()) - len(words[-1]))
        spans.append(Span("org", left[0].start(), end, "ampersand", "place"))
    return spans


def find_acronyms(text: str, tokens: list[Token], lex: Lexicon) -> list[Span]:
    """An all-capitals word of three or more letters that no word list knows ("UNILAG", "UCLA")
    names an institution more often than not."""
    spans: list[Span] = []
    for token in tokens:
        core = token.core
        if len(core) >= 3 and core.isupper() and core.isalpha():
            folded = fold(core)
            if folded not in lex.known_words and folded not in lex.safe_proper:
                spans.append(Span("org", token.start, token.end, "acronym", "place"))
    return spans


# Sports teams: a capitalised plural ("the Bears", "Dodgers") in a sentence about a game; in
# text typed in lowercase, a plural right before "game", "match" or "fans".
