"""Groups a person belongs to that name her as surely as a workplace: sports teams ("the Bears",
"the vikings game"), airlines ("flew Jet2", "a captain at Southwest") and Greek-letter houses
("Sigma Chi", "ΚΑΘ", "phi delt")."""

from __future__ import annotations

import bisect
import re

from .context import NOT_NAMES
from .lexicon import Lexicon, fold
from .name_words import REGION_CODES, TWO_LETTER_WORDS
from .scan import OnCue
from .spans import Span
from .text import Token

_SPORTS_WORDS_RE = re.compile(
    r"\b(?:game|games|match|matches|played|play|plays|playing|won|win|wins|lost|lose|beat|beating|"
    r"season|seasons|fans?|jersey|league|playoffs?|final|finals|flag|cup|score|scored|against|"
    r"vs|v\.|halftime|kickoff|derby|stadium|supporters?|ticket|tickets|pitch|rink|innings|"
    r"softball|baseball|football|hockey|rugby|soccer|basketball|netball|cricket|losing|winning|"
    r"cheerleaders?|cheerleading|telly|quarterback|striker|goalie|fixture|kit|squad|squads|"
    r"footy|carnival|training|trials|tournament|reserves|ring-in)\b",
    re.IGNORECASE,
)
_PLURAL_CAPITALISED_RE = re.compile(
    r"(?<![\w'’-])(?P<the>[Tt]he\s+)?(?P<name>[A-Z][a-z]{2,}s)\b(?!['’])"
)
_LOWER_TEAM_RE = re.compile(
    r"\b(?P<the>the\s+)?(?P<name>[a-z]{3,}s)\s+(?=(?:game|match|fans|jersey|season|playoff)\b)"
)
# "played for the rangers", "a fan of the hawks": a lowercase plural after a verb that takes a
# team (not a plural of people: "played for the kids").
_LOWER_TEAM_AFTER_RE = re.compile(
    r"\b(?:(?:played|plays|playing|play|signed|skated)\s+(?:for|with)|fans?\s+of|supported|"
    r"supporting|support|supports|(?:rooting|cheering|rooted|cheered)\s+for)\s+"
    r"(?P<the>the\s+)(?P<name>[a-z]{3,}s)\b"
)
# "after we beat the quins", "lost to the saints": a team beaten or played against, when the
# plural is no everyday word ("up against the odds").
_LOWER_TEAM_BEATEN_RE = re.compile(
    r"\b(?:beat|beating|(?:lost|losing|lose)\s+to|against|versus|vs\.?)\s+(?P<the>the\s+)"
    r"(?P<name>[a-z]{3,}s)\b(?!['’])"
)
# "cowboys were playing on the telly", "hull city were losing": a lowercase team as the subject
# of what teams do, in a sentence about sport.
_LOWER_TEAM_SUBJECT_RE = re.compile(
    r"\b(?P<the>the\s+)?(?P<name>[a-z]{3,}s|[a-z]{3,}\s+(?:city|united|town|rovers|athletic|"
    r"wanderers|county|albion|fc|rangers|celtic))\s+(?=(?:were|are|was|is)\s+(?:playing|losing|"
    r"winning|on|getting|up|down|beaten)\b|(?:won|lost|beat|played|drew|scored)\b)"
)
_SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?]*")


_PEOPLE_PLURALS = frozenset(
    "kids boys girls guys lads men women fans folks parents lads others ladies players".split()
)


# Case-insensitive patterns are slow in `re`. Lowercasing the text once and matching the
# lowercase twins of these (ASCII) patterns finds exactly the same spans, as long as every
# character lowercases to one character (so offsets hold) and the text has neither of the two
# letters that only case-insensitive matching equates with an ASCII one ("ı" with i, "ſ" with s).
_SPORTS_WORDS_LOWER_RE = re.compile(_SPORTS_WORDS_RE.pattern)


def _lowered(text: str) -> str | None:
    lowered = text.lower()
    if len(lowered) != len(text) or (not text.isascii() and ("ı" in text or "ſ" in text)):
        return None
    return lowered


def _sports_sentences(text: str) -> list[int] | None:
    """Where a sports word may be (starts, in order), or None when that cannot be told fast."""
    lowered = _lowered(text)
    if lowered is None:
        return None
    return [m.start() for m in _SPORTS_WORDS_LOWER_RE.finditer(lowered)]


def _about_sports(sentence: re.Match[str], starts: list[int] | None) -> bool:
    if starts is not None:
        k = bisect.bisect_left(starts, sentence.start())
        if k == len(starts) or starts[k] >= sentence.end():
            return False  # no sports word anywhere in this sentence's stretch of text
    return _SPORTS_WORDS_RE.search(sentence.group()) is not None


# Words ending in "s" that are no plural: "she always lost", "he sometimes won".
_NOT_PLURALS = frozenset(
    """always sometimes perhaps besides towards afterwards anyways nowadays whereas unless thus
    was has his hers its ours yours theirs this yes plus nevertheless nonetheless otherwise
    anyways regardless""".split()
)


def find_teams(text: str, tokens: list[Token], lex: Lexicon) -> list[Span]:
    del tokens
    spans: list[Span] = []
    # The verb is context enough: "cheered for the chiefs", "played for the rangers".
    for m in _LOWER_TEAM_AFTER_RE.finditer(text):
        if m["name"] not in NOT_NAMES and m["name"] not in _PEOPLE_PLURALS:
            spans.append(Span("org", m.start("the"), m.end("name"), "team", "team"))
    for m in _LOWER_TEAM_BEATEN_RE.finditer(text):
        if m["name"] not in lex.common_words and m["name"][:-1] not in lex.common_words:
            spans.append(Span("org", m.start("the"), m.end("name"), "team", "team"))
    starts = _sports_sentences(text)
    for sentence in _SENTENCE_RE.finditer(text):
        if not _about_sports(sentence, starts):
            continue
        for m in _PLURAL_CAPITALISED_RE.finditer(text, sentence.start(), sentence.end()):
            name = m["name"]
            folded = fold(name)
            if folded in lex.safe_proper or folded[:-1] in lex.safe_proper or folded in NOT_NAMES:
                continue  # "the Americans", "the Irish", "the Marines" stay
            if m.start("name") == sentence.start() and not m["the"]:
                continue
            if folded in lex.places and not m["the"]:
                continue  # a town, unless "the" makes it a team ("after the Bulls beat")
            start = m.start("the") if m["the"] else m.start("name")
            spans.append(Span("org", start, m.end("name"), "team", "team"))
        for m in _LOWER_TEAM_SUBJECT_RE.finditer(text, sentence.start(), sentence.end()):
            if m["name"] in NOT_NAMES or m["name"] in _PEOPLE_PLURALS | _NOT_PLURALS:
                continue
            start = m.start("the") if m["the"] else m.start("name")
            spans.append(Span("org", start, m.end("name"), "team", "team"))
        for m in _LOWER_TEAM_RE.finditer(text, sentence.start(), sentence.end()):
            folded = m["name"]
            if folded in NOT_NAMES or folded[:-1] in {"football", "soccer", "hockey"}:
                continue
            if folded in _PEOPLE_PLURALS:
                continue  # team names are often people ("the rangers", "the pirates")
            start = m.start("the") if m["the"] else m.start("name")
            spans.append(Span("org", start, m.end("name"), "team", "team"))
    return spans


# Airlines: the name after "flew", "flying", or a crew job at it ("a captain at Southwest").
_AIRLINE_RE = re.compile(
    r"\b(?:(?:flew|flying|fly|flies|booked|book)\s+(?:with\s+)?"
    r"|(?:captain|pilot|first\s+officer|flight\s+attendant|attendant|steward|stewardess|"
    r"cabin\s+crew|crew|purser|gate\s+agent)\s+(?:at|for|with)\s+)"
    r"(?P<name>[A-Z][\w]*\d*(?:\s+[A-Z][a-z]+)?)\b(?!\s+(?:to|from)\b\s+[a-z])"
)


# A crew job at an airline typed in lowercase: "a flight attendant with southwest", "a pilot
# for delta" (not "a pilot for years", "a captain at the time").
_LOWER_AIRLINE_RE = re.compile(
    r"\b(?:pilot|first\s+officer|flight\s+attendant|steward|stewardess|cabin\s+crew|purser|"
    r"gate\s+agent)\s+(?:at|for|with)\s+(?P<name>[a-z][a-z0-9]+(?:\s+(?:airlines|airways|air))?)"
    r"\b(?=\s*(?:[.,;!?\n]|$|\s(?:and|but|for|when|where|until|in|at|on|back|then|so)\b))"
)
_NOT_AIRLINES = frozenset(
    """years months weeks days ages decades hours life now then once free fun money work
    a an the my his her their our two three four five six ten twenty thirty long""".split()
)


def find_airlines(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for m in _LOWER_AIRLINE_RE.finditer(text):
        if m["name"] in NOT_NAMES or m["name"] in _NOT_AIRLINES:
            continue
        spans.append(Span("org", m.start("name"), m.end("name"), "airline", "airline"))
    for m in _AIRLINE_RE.finditer(text):
        name = m["name"]
        if fold(name) in lex.places or fold(name) in NOT_NAMES or fold(name) in {"home", "back"}:
            continue  # "flew Denver"? no: "flew to Denver" never matches; "flying Home" stays
        spans.append(Span("org", m.start("name"), m.end("name"), "airline", "airline"))
    return spans


# Publications: a capitalised name after writing for it or a job at it ("wrote for the Post",
# "an editor at Vogue", "a reporter for The Atlantic").
_PUBLICATION_RE = re.compile(
    r"\b(?:(?:wrote|writes|write|writing|written|freelanced|freelancing|covered\s+\w+|"
    r"reported|reporting|blogged)\s+for"
    r"|(?:editor|reporter|columnist|journalist|writer|critic|correspondent|photographer|"
    r"subeditor|sub-editor|copy\s+editor|staffer|intern)\s+(?:at|for|with|on))\s+"
    r"(?P<the>[Tt]he\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)


def find_publications(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for m in _PUBLICATION_RE.finditer(text):
        name = m["name"]
        if fold(name) in NOT_NAMES or name in {"I", "A"}:
            continue
        if fold(name) in lex.places and not m["the"]:
            continue  # "wrote for Denver": the place detectors' ("the Post" is a paper)
        start = m.start("the") if m["the"] else m.start("name")
        spans.append(Span("org", start, m.end("name"), "publication", "publication"))
    for m in _LOWER_PUBLICATION_RE.finditer(text):
        spans.append(Span("org", m.start("the"), m.end("name"), "publication", "publication"))
    return spans


# A newspaper typed in lowercase: "wrote for the tribune", "a reporter at the daily news"
# (not "worked at the post office").
_PAPER_WORDS = (
    r"news|times|post|herald|gazette|journal|chronicle|courier|observer|tribune|guardian|"
    r"telegraph|examiner|inquirer|enquirer|register|ledger|sentinel|bulletin|mirror|express|"
    r"independent|standard|star|globe|sun|monitor|dispatch|advocate|recorder|press"
)
_LOWER_PUBLICATION_RE = re.compile(
    r"\b(?:(?:wrote|writes|writing|freelanced|freelancing|reported|reporting|worked|working|"
    r"interned|interning)\s+(?:for|at)|(?:reporter|editor|columnist|journalist|writer|critic|"
    r"correspondent|photographer|staffer|intern)\s+(?:at|for|with|on))\s+"
    rf"(?P<the>the\s+)(?P<name>(?:(?:daily|weekly|evening|sunday|morning|local)\s+)?(?:{_PAPER_WORDS}))"
    r"\b(?!\s+(?:office|room|desk|shop|stand|box|building|truck|van|car|center|centre|station))"
)


# Greek-letter houses: two or three letter names ("Sigma Chi", "phi delt", "sig ep") or
# Greek capitals ("ΣΧ", "ΚΑΘ").
_GREEK_LETTERS = (
    r"alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|"
    r"sigma|tau|upsilon|phi|chi|psi|omega|sig|delt|ep|deke|tri|fiji"
)
_GREEK_NAME_RE = re.compile(
    rf"\b(?:{_GREEK_LETTERS})(?:\s+(?:{_GREEK_LETTERS})){{1,2}}\b", re.IGNORECASE
)
_GREEK_SCRIPT_RE = re.compile(r"(?<![\w])[\u0391-\u03a9]{2,4}(?![\w])")


# Two or three capitals standing for a house ("a DG", "pledged KD"), only in a text that
# talks about Greek life: elsewhere the same letters are anything.
_GREEK_CONTEXT_RE = re.compile(
    r"\b(?:sororit|fraternit|frat\b|frats\b|rush|pledg|chapter\b|greek\s+life|sorority|house\s+mom)",
    re.IGNORECASE,
)
_GREEK_INITIALS_RE = re.compile(
    r"\b(?:in|a|an|joined|pledged|rushed|from|our|her|his|my|the)\s+"
    r"(?P<abbr>[ABGDEZHTIKLMNXOPRSUFCYW]{2,3})\b(?!['’]|\.\w)"
)


# "a kappa cookout", "the Sigma formal": one letter names a house before what a house holds.
_ONE_LETTER_HOUSE_RE = OnCue(
    r"\b(?:a|an|the|at|our|their|her|his|my)\s+(?P<name>(?i:alpha|beta|gamma|delta|epsilon|zeta|"
    r"theta|kappa|lambda|sigma|omega|phi|chi|psi|tau|rho|iota|omicron|upsilon))\s+"
    r"(?=(?i:cookout|formal|mixer|social|party|house|rush|pledge|pledges|brother|brothers|sister|"
    r"sisters|girl|girls|guy|guys|boys|chapter|tailgate|date\s+party|semi-formal)\b)",
    "alpha beta gamma delta epsilon zeta theta kappa lambda sigma omega phi chi psi tau rho iota "
    "omicron upsilon".split(),
    any_case=True,
)
_GREEK_NAME_LOWER_RE = re.compile(_GREEK_NAME_RE.pattern)
_GREEK_CONTEXT_LOWER_RE = re.compile(_GREEK_CONTEXT_RE.pattern)


def find_greek_houses(text: str) -> list[Span]:
    # The lowercased copy and the lowercase twins of the case-insensitive patterns find
    # exactly the same spans, several times faster (see _lowered).
    lowered = _lowered(text)
    if lowered is not None:
        sorority = "sororit" in lowered and re.search(r"\bsororit", lowered) is not None
        greek_life = _GREEK_CONTEXT_LOWER_RE.search(lowered) is not None
        names = _GREEK_NAME_LOWER_RE.finditer(lowered)
    else:
        sorority = re.search(r"\bsororit", text, re.IGNORECASE) is not None
        greek_life = _GREEK_CONTEXT_RE.search(text) is not None
        names = _GREEK_NAME_RE.finditer(text)
    noun = "sorority" if sorority else "fraternity"
    spans: list[Span] = []
    if greek_life:
        for m in _GREEK_INITIALS_RE.finditer(text):
            if m["abbr"] in TWO_LETTER_WORDS or m["abbr"] in REGION_CODES:
                continue
            spans.append(Span("org", m.start("abbr"), m.end("abbr"), "greek-house", noun))
    for m in names:
        words = m.group().lower().split()
        if all(w in {"pi", "mu", "nu", "xi", "eta", "ep", "tri"} for w in words):
            continue  # "pi" and "mu" together are more likely maths
        spans.append(Span("org", m.start(), m.end(), "greek-house", noun))
    for m in _GREEK_SCRIPT_RE.finditer(text):
        spans.append(Span("org", m.start(), m.end(), "greek-house", noun))
    for m in _ONE_LETTER_HOUSE_RE.finditer(text):
        spans.append(Span("org", m.start("name"), m.end("name"), "greek-house", noun))
    return spans
