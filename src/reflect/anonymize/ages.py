"""Ages in digits and words, rewritten as life stages ("when I was 19" -> "... in my late teens")."""

from __future__ import annotations

import re

from .age_bounds import age_bounds
from .age_said import said_ages
from .age_stages import (
    DECADE_WORDS_FROM,
    OLDEST,
    OLDEST_IN_AN_ASIDE,
    YOUNGEST_ALONE,
    YOUNGEST_IN_WORDS,
    life_stage,
    life_stage_at,
    possessive_before,
)
from .numbers import (
    NUMBER_FIRST_WORDS,
    NUMBER_PATTERN,
    NUMBER_WORDS_PATTERN,
    ORDINAL_PATTERN,
    age_adjective,
    parse_number,
    parse_ordinal,
)
from .scan import Lazy, WordAnchored
from .spans import Span

_N = rf"(?P<n>{NUMBER_PATTERN})"
_ADVERBS = (
    r"(?:(?:only|just|barely|nearly|almost|about|around|maybe|like|probably|already|still|"
    r"(?:no\s+|not\s+|a\s+little\s+|a\s+bit\s+)?(?:more|older|younger|less)\s+than|"
    r"not\s+even|under|over|both|all|each|then|roughly|approximately|easily|at\s+least)\s+)*"
)
# "a 22-year-old", "an eighteen year old"
_ADJECTIVE_RE = WordAnchored.of(
    Lazy(
        rf"(?:\b(?P<art>an?)\s+\b{_N}(?:[\s-]+(?:years?|yrs?)[\s-]+old\b|\s*(?P<yo>yo|y/o|y\.o\.)(?!\w))"
        rf"|\b{_N.replace('<n>', '<n2>')}-(?:years?|yrs?)-old\b)",
        re.IGNORECASE,
    ),
    ["a", "an", *NUMBER_FIRST_WORDS],
    digits=True,
)
_AGE_VERBS = "was|were|is|am|are|be|been|being|turned|turning|turn|aged|age|at|of"
_PREDICATE_RE = WordAnchored.of(
    Lazy(
        rf"\b(?P<verb>{_AGE_VERBS})\s+(?P<adverbs>{_ADVERBS})"
        rf"{_N}(?:\b|(?=yo\b))(?P<old>[\s-]+(?:years?|yrs?)[\s-]+old\b|\s*(?:yo|y/o|y\.o\.)(?!\w))?",
        re.IGNORECASE,
    ),
    _AGE_VERBS.split("|"),
)
_HEDGES_RE = re.compile(
    r"(?:(?:about|around|like|roughly|approximately|nearly|almost)\s+)+",
    re.IGNORECASE,
)
# "had turned", "she'd just turned", "has only just turned": a perfect tense, where "was" won't do.
_AUXILIARY_BEFORE_RE = re.compile(
    r"(?:\b(?:had|has|have|having)|['’](?:d|s|ve))(?:\s+(?:just|only|recently|barely|already))*\s+$",
    re.IGNORECASE,
)
_CONTRACTED_RE = WordAnchored.of(
    Lazy(
        rf"\b(?:(?:I|she|he|we|they|you)['’](?:m|s|re)|im|shes|hes|ive\s+been|i\s+was)\s+{_ADVERBS}{_N}\b"
        r"(?P<old>[\s-]+years?[\s-]+old\b)?",
        re.IGNORECASE,
    ),
    ["i", "she", "he", "we", "they", "you", "im", "shes", "hes", "ive"],
)
_BARE_ADVERB_RE = WordAnchored.of(
    Lazy(
        rf"\b(?:barely|only|just|not\s+even)\s+(?P<n>{NUMBER_PATTERN})\b(?=\s*[,.;!?)—–]|\s+(?:and|or|but|when|at|then)\b)",
        re.IGNORECASE,
    ),
    ["barely", "only", "just", "not"],
)
# "a bartender, 24 years old," and "I was a lecturer, thirty-five, and": an age set off by commas.
_YEARS_OLD_RE = re.compile(rf"\b{_N}[\s-]+(?:years?|yrs?)[\s-]+old\b", re.IGNORECASE)
_YEARS_OLD = WordAnchored.of(_YEARS_OLD_RE, NUMBER_FIRST_WORDS, digits=True)
_APPOSITIVE_RE = re.compile(
    rf"(?:,(?:\s+(?:(?P<hedge>like|about|around)|maybe|prob|probably))?|\bthen|\bmaybe|\bprobably|\bperhaps|"
    rf"\bsomething\s+like)\s+(?P<n>\d{{2}}|{NUMBER_WORDS_PATTERN})\b"
    r"(?=\s*(?:[,.;!?)(—–]|$)|\s+(?:and|or|but|then|maybe|at\s+most|tops|max|i\s+think|i\s+guess|"
    r"or\s+so)\b)",
    re.IGNORECASE,
)
_POSSESSIVES = "my|her|his|their|your|our"
_PEOPLE = frozenset("girl woman lady guy man boy her him them she he".split())
_BIRTHDAY_RE = WordAnchored.of(
    Lazy(
        rf"\b(?P<poss>{_POSSESSIVES})\s+(?P<ord>{ORDINAL_PATTERN})\b(?P<bday>\s+(?:birthday|bday|b-day))?",
        re.IGNORECASE,
    ),
    _POSSESSIVES.split("|"),
)
# "since she was eleven.", "Mai was nine and": a small number in words is an age when a person is
# its subject and the clause ends right after it (not "we were five minutes late", "it was ten").
_SMALL_AGE_RE = re.compile(
    r"\b(?!(?:it|that|this|there|which|what|time|score|total|count|bill|price|cost|number|"
    r"clock|answer|result|tab)\b)\w+['’]?\s+(?:was|were|turned|am|is|are)\s+"
    rf"{_ADVERBS}"
    rf"(?P<n>{NUMBER_WORDS_PATTERN})\b"
    r"(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:and|or|but|when|then|so|too|at\s+the\s+time|myself|herself|"
    r"himself|themselves|back\s+then|now|today|that\s+(?:year|summer|winter|spring|fall|autumn))\b)",
    re.IGNORECASE,
)
# "a girl maybe fifteen walked past", "a woman of forty": a person noun, a hedge and a number.
_PERSON_NOUNS = (
    "girl|boy|kid|child|woman|man|guy|lady|teen|teenager|student|freshman|daughter|son|"
    "sister|brother|niece|nephew|cousin|stranger|cashier|waitress|waiter|intern"
)
_NOUN_AGE_RE = re.compile(
    rf"\b(?:{_PERSON_NOUNS})s?,?\s+"
    r"(?P<hedge>(?:maybe|about|around|probably|possibly|barely|only|just|likely|perhaps|"
    r"no\s+(?:more|older)\s+than|not\s+even|at\s+most|at\s+least|easily|roughly|"
    r"(?:who\s+)?(?:was|looked|seemed)\s+(?:maybe\s+|about\s+|around\s+)?)\s*|(?P<of>of)\s+)"
    rf"(?P<n>{NUMBER_PATTERN})\b",
    re.IGNORECASE,
)
_NOUN_AGE = WordAnchored.of(
    _NOUN_AGE_RE, [w + plural for w in _PERSON_NOUNS.split("|") for plural in ("", "s")]
)
# "Rhonda, maybe 23 at the time, and I", "he was, what, barely nineteen back then": a hedge and a
# number set off as an aside. Only before a clause end, "and" or a time phrase, so a count ("maybe
# 20 minutes", "about 30 of us", "only 5 bucks") stays.
_HEDGES = "maybe|about|around|probably|roughly|barely|only|just|not|nearly|almost"
_HEDGED_AGE_RE = re.compile(
    r"\b(?:maybe|about|around|probably|roughly|barely|only|just|not\s+even|not\s+yet|nearly|"
    rf"almost)\s+(?P<n>\d{{1,2}}|{NUMBER_WORDS_PATTERN})\b"
    r"(?=\s*[,.;!?)—–](?!\d)|\s+(?:at\s+the\s+time|back\s+then|then|or\s+so|years?\s+old|and)\b)",
    re.IGNORECASE,
)
_HEDGED_AGE = WordAnchored.of(_HEDGED_AGE_RE, _HEDGES.split("|"))
_OR_SO_RE = re.compile(r"\s+or\s+so\b", re.IGNORECASE)
_PAREN_AGE_RE = re.compile(r"(?<=[A-Za-z])\s*\((?P<n>\d{2})\)")
_NOT_AN_AGE_AFTER = re.compile(
    r"[\s-]*(?:%|percent|[:.,]\d|\d|st\b|nd\b|rd\b|th\b|am\b|pm\b|a\.m|p\.m|o['’]?clock|"
    r"minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?|months?|times?|dollars?|bucks|"
    r"pounds?|lbs?|kg|kilos?|miles?|mph|km|feet|foot|ft|inches|meters?|metres?|degrees?|"
    r"drinks?|beers?|shots?|glasses|people|doors?|rows?|seats?|houses?|yards?|paces?|stops?|"
    r"tables?|spots?|places?|stor(?:e)?ys?|cars?|stalls?|booths?|desks?|rooms?|streets?|inches|"
    r"persons?|guys|girls|women|men|others|of\b|"
    r"percent|points?|calls?|texts?|messages?|floors?|blocks?|grand|k\b|miles|steps|"
    r"in\s+the\s+(?:morning|afternoon|evening)|at\s+night|to\s+\d|or\s+\d|out\s+of|"
    r"and\s+\d|other|more|less|cents?|dozen|hundred|thousand|million|years?\s+(?:ago|later|before|after|earlier|back|in|of|together|apart|now|since|sober|younger|older|my\s+junior|my\s+senior|between)|"
    r"year\b)",
    re.IGNORECASE,
)


# A noun after "a 17 yo" ("girl") keeps the age an adjective; a clause going on does not.
_NOUN_NEXT_RE = re.compile(
    r"\s+(?!(?:and|or|but|who|when|at|in|on|with|from|to|then|so|i|she|he|was|is)\b)[a-z]"
)


def _adjective_ages(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _ADJECTIVE_RE.finditer(text):
        age = parse_number(m["n"] or m["n2"])
        if age is None or age > OLDEST:
            continue
        adjective = age_adjective(age)
        if adjective in {"teenage", "young"} and not _NOUN_NEXT_RE.match(text, m.end()):
            # "an 18-year-old." or "a 19 y/o" with no noun after: the age is the noun
            adjective = {"teenage": "teenager", "young": "child"}[adjective]
        if m["art"]:
            article = "an" if adjective[0] in "aeiou" else "a"
            adjective = f"{article.capitalize() if m['art'][0].isupper() else article} {adjective}"
        spans.append(Span("age", m.start(), m.end(), "age-adjective", adjective))
    return spans


_THINGS = frozenset(
    """jersey shirt number badge room locker seat score total bill price cost id code pin plate
    it that this which temperature temp speed rank grade level size count tab rate odds pick
    flight gate bus route unit apartment flat suite cabin bunk table desk car truck van bike house
    phone laptop case building marriage relationship company account dog cat""".split()
)


# "18 or 19", "19-20", "nineteen, twenty": the second number of a range goes with the first.
_RANGE_TAIL_RE = re.compile(rf"\s*(?:or|to|-|–|/)\s*(?:{NUMBER_PATTERN})\b(?![.,:]\d)", re.I)


def _not_an_age_after(text: str, pos: int) -> bool:
    """What follows a number makes it a count ("5 minutes", "20%"); a range's second number
    ("18 or 19 at the time") is looked past first."""
    if tail := _RANGE_TAIL_RE.match(text, pos):
        pos = tail.end()
    return _NOT_AN_AGE_AFTER.match(text, pos) is not None


def _thing_before(text: str, start: int) -> bool:
    before = text[max(0, start - 16) : start].split()
    return bool(before) and before[-1].lower().strip(",;:") in _THINGS


_YEARS_NOW_RE = re.compile(
    r"\s+years?(?=\s+(?:now|today|and|but|when|then|so|at)\b|\s*[,.;!?]|\s*$)", re.IGNORECASE
)


def _predicate_ages(text: str) -> list[Span]:
    """ "when I was 19", "at 38", "turned sixteen", "aged 9"."""
    spans: list[Span] = []
    for m in _PREDICATE_RE.finditer(text):
        age = parse_number(m["n"])
        verb = m["verb"].lower()
        # "Me I am 52 years now": an age said with "years", as many writers say it.
        years = (
            _YEARS_NOW_RE.match(text, m.end("n")) if verb in {"am", "is", "was", "were"} else None
        )
        if age is None or age > OLDEST:
            continue
        if not m["old"] and not years and _not_an_age_after(text, m.end("n")):
            continue
        if verb in {"was", "were", "is", "are"} and _thing_before(text, m.start()):
            continue  # "her jersey was 23", "the score was 21": a thing's number, not an age
        small = age < YOUNGEST_ALONE and not m["old"]
        if small and not m["n"].isdigit() and verb != "aged":
            continue  # "I was one of them": small numbers in words are ages only with "years old"
        if verb == "at" and age < YOUNGEST_ALONE:
            continue  # "at 5" is more likely a time than an age
        if verb in {"is", "are", "be", "been", "of", "at"} and m["n"][0].isdigit() and small:
            continue
        stage = life_stage_at(text, age, m.start())
        if verb in {"aged", "age"} and age < YOUNGEST_ALONE:
            spans.append(Span("age", m.start("n"), m.end(), "age-at", "under thirteen"))
        elif verb in {"at", "aged", "age", "of"}:
            spans.append(Span("age", m.start(), m.end(), "age-at", stage))
        elif verb in {"turned", "turning", "turn"} and _AUXILIARY_BEFORE_RE.search(
            text[max(0, m.start() - 24) : m.start()]
        ):
            # "she'd just turned 21" -> "she'd just reached her early twenties"
            reached = stage.replace("in ", "reached ", 1) if stage.startswith("in ") else stage
            spans.append(Span("age", m.start("verb"), m.end(), "age-turned", reached))
        elif verb in {"turned", "turning", "turn"}:
            be = {"turned": "was", "turning": "was", "turn": "am"}[verb]
            spans.append(Span("age", m.start("verb"), m.end(), "age-turned", f"{be} {stage}"))
        else:
            end = years.end() if years else m.end()
            # "I was about 4" -> "I was a child", not "I was about a child": a hedge goes too.
            hedged = _HEDGES_RE.fullmatch(m["adverbs"]) and m["adverbs"]
            start = m.start("adverbs") if hedged else m.start("n")
            spans.append(Span("age", start, end, "age-was", stage))
    return spans


def _short_ages(text: str) -> list[Span]:
    """ "I'm 19", "38 now", "barely eighteen", "nineteen years old", ", thirty-five,"."""
    spans: list[Span] = []
    for m in _CONTRACTED_RE.finditer(text):
        age = parse_number(m["n"])
        if age is None or age > OLDEST or (not m["old"] and _not_an_age_after(text, m.end("n"))):
            continue
        stage = life_stage_at(text, age, m.start() + 1)
        spans.append(Span("age", m.start("n"), m.end(), "age-contracted", stage))
    spans += said_ages(text)
    for m in _BARE_ADVERB_RE.finditer(text):
        age = parse_number(m["n"])
        if age is not None and YOUNGEST_ALONE <= age <= OLDEST:
            stage = life_stage_at(text, age, m.start())
            spans.append(Span("age", m.start("n"), m.end("n"), "age-adverb", stage))
    for m in _YEARS_OLD.finditer(text):
        before = text[max(0, m.start() - 24) : m.start()].lower().split()
        if (
            len(before) >= 2
            and before[-1] in {"was", "is", "were", "are"}
            and before[-2] in _THINGS
        ):
            continue  # "the car was 12 years old"
        age = parse_number(m["n"])
        if age is not None and YOUNGEST_IN_WORDS <= age <= OLDEST:
            stage = life_stage_at(text, age, m.start())
            spans.append(Span("age", m.start(), m.end(), "age-years-old", stage))
    for m in _APPOSITIVE_RE.finditer(text):
        age = parse_number(m["n"])
        if age is not None and YOUNGEST_ALONE <= age <= OLDEST_IN_AN_ASIDE:
            # An aside is about whoever stands before it ("Rosa, 23 i think": hers, not "my").
            whose = possessive_before(text, m.start())
            if whose == "my":  # "I" after the aside is the writer going on, not whose age it is
                whose = possessive_before(text[: m.start()], m.start())
            stage = life_stage(age, whose)
            before = text[max(0, m.start() - 20) : m.start()].split()[-1:]
            if m["hedge"] and not (before and (before[0][:1].isupper() or before[0] in _PEOPLE)):
                continue  # "there were, like 20, guys": a count; "Tanya, like 20," an age
            # ", like 20," -> ", in her early twenties,": the hedge goes with the number
            start = m.start("hedge") if m["hedge"] else m.start("n")
            spans.append(Span("age", start, m.end("n"), "age-appositive", stage))
    return spans


# Subjects that are one child, so even "two" or "four" is an age ("she is four,"), where "we
# were four" or "they were three" counts people.
_ONE_CHILD = frozenset({"she", "he", "daughter", "son", "baby", "kid", "child", "boy", "girl"})


def _birthdays_and_children(text: str) -> list[Span]:
    """ "my thirtieth", "her 16th birthday", "since she was eleven."."""
    spans: list[Span] = []
    for m in _BIRTHDAY_RE.finditer(text):
        age = parse_ordinal(m["ord"])
        if not m["bday"] and (age is None or age < YOUNGEST_ALONE):
            continue  # "my first", "her second": not an age without "birthday"
        spans.append(Span("age", m.start(), m.end(), "age-birthday", f"{m['poss']} birthday"))
    for m in _SMALL_AGE_RE.finditer(text):
        age = parse_number(m["n"])
        youngest = 2 if m.group().split()[0].lower() in _ONE_CHILD else YOUNGEST_IN_WORDS
        if age is None or not youngest <= age < YOUNGEST_ALONE:
            continue  # 13 and over: the predicate pattern
        stage = life_stage_at(text, age, m.start() + 1)
        spans.append(Span("age", m.start("n"), m.end("n"), "age-small", stage))
    return spans


def _ages_beside_a_person(text: str) -> list[Span]:
    """ "a girl maybe fifteen", "a woman of forty", "Rhonda, maybe 23 at the time", "(24)"."""
    spans: list[Span] = []
    for m in _NOUN_AGE.finditer(text):
        age = parse_number(m["n"])
        if age is None or not YOUNGEST_IN_WORDS <= age <= OLDEST_IN_AN_ASIDE:
            continue
        if _not_an_age_after(text, m.end("n")) or _YEARS_OLD_RE.match(text, m.start("n")):
            continue  # a count; or "a girl about fifteen years old": the years-old pattern
        # The hedge stays: "a girl maybe fifteen" -> "a girl maybe in her mid teens", "a woman
        # about thirty" -> "a woman about thirty-something", "a man of forty" -> "a man in his
        # early forties".
        stage = life_stage_at(text, age, m.end("n"))
        if m["of"]:
            spans.append(Span("age", m.start("of"), m.end("n"), "age-noun", stage))
            continue
        if age >= DECADE_WORDS_FROM:
            stage = age_adjective(age)
        spans.append(Span("age", m.start("n"), m.end("n"), "age-noun", stage))
    spans += _hedged_ages(text)
    for m in _PAREN_AGE_RE.finditer(text):
        age = int(m["n"])
        if YOUNGEST_ALONE <= age <= OLDEST_IN_AN_ASIDE:
            replacement = f"({age_adjective(age)})"
            spans.append(Span("age", m.start("n") - 1, m.end(), "age-parenthesis", replacement))
    return spans


def _hedged_ages(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _HEDGED_AGE.finditer(text):
        age = parse_number(m["n"])
        if age is None or not YOUNGEST_IN_WORDS <= age <= OLDEST_IN_AN_ASIDE:
            continue
        after = m.end("n")
        if so := _OR_SO_RE.match(text, after):
            after = so.end()  # "maybe 20 or so minutes" is a count
        if _not_an_age_after(text, after):
            continue
        if age < YOUNGEST_ALONE:
            # "a boy, not yet 12," -> "a boy, a child,"; a small number counts things unless it
            # is an aside ("I had almost 5, and")
            if text[max(0, m.start() - 2) : m.start()] == ", ":
                spans.append(Span("age", m.start(), m.end("n"), "age-hedged", "a child"))
            continue
        stage = life_stage_at(text, age, m.end("n"))
        if age >= DECADE_WORDS_FROM:
            stage = age_adjective(age)
        spans.append(Span("age", m.start("n"), m.end("n"), "age-hedged", stage))
    return spans


def find_ages(text: str) -> list[Span]:
    spans = [
        *age_bounds(text),
        *_adjective_ages(text),
        *_predicate_ages(text),
        *_short_ages(text),
        *_birthdays_and_children(text),
        *_ages_beside_a_person(text),
    ]
    return [_with_range(text, span) for span in spans]


def _with_range(text: str, span: Span) -> Span:
    tail = _RANGE_TAIL_RE.match(text, span.end) if span.kind == "age" else None
    if tail is None or not text[span.end - 1 : span.end].isalnum():
        return span
    return Span(span.kind, span.start, tail.end(), span.detector, span.hint)
