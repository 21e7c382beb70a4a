"""Names typed in lowercase with no article, read from the grammar around them: "a girl from
billings", "flew out of king salmon", "freshman year at poly", "nursing school at southeast",
"home from ole miss", "drove for swift out of memphis".

In English a singular everyday noun after "from", "out of" or "at" takes an article ("from the
mill", "at the depot"), except in a short list of set phrases ("from home", "at work", "at
night", "from scratch"). So a bare word there that is not one of those phrases, a plural, a
gerund or a word that modifies something, names a town, a school or a company. Which of the
three: the gazetteer, else what the sentence is about (a school, a job).
"""

from __future__ import annotations

import re

from .context import MONTH_NAMES, NOT_NAMES
from .lexicon import Lexicon, fold
from .numbers import WORD_NUMBERS
from .scan import Lazy, WordAnchored
from .spans import Span

# Set phrases: "from home", "at work", "at night", "out of town", "at first".
_SET_PHRASE_WORDS = (
    frozenset(
        """home work school college university church class classes night nights day days noon
    midnight dawn dusk sea war peace rest risk times time first last least once all best worst
    ease fault hand heart length large odds random stake will gunpoint lunch dinner breakfast
    brunch supper practice training camp mass prom graduation bed town court jail prison
    hospital kindergarten nursery daycare scratch memory experience behind above below afar
    outside inside nowhere somewhere anywhere everywhere there here then now today tonight
    tomorrow yesterday birth childhood start beginning end top bottom left right front back side
    hell heaven god nothing everything something anything anyone everyone someone nobody
    somebody everybody him her them me us you it this that these those what which who whom
    whose where when why how my your his our their its one two three four five six seven eight
    nine ten some any each every both either neither another other such no yes maybe sight
    view hand earshot line sync touch order control reach range luck money cash gas fuel time
    sleep bed dinner lunch work shift duty leave rehab therapy recovery uniform character
    context breath shape season office hours face person hindsight fact general particular
    least most much many more less few lots plenty home base place desk zero sight mind
    care charge pocket trouble danger debt love lust pain tears shock denial fear anger
    shame guilt spite boredom habit instinct reflex respect pity kindness concern obligation
    curiosity frustration jealousy desperation loneliness courtesy principle faith early late
    only daily weekly monthly yearly mine yours hers ours theirs women men people children
    kids folks halls res handoff handover changeover dropoff pickup closing opening half
    lights-out drop-off pick-up load-out load-in check-in checkout sign-in myself yourself
    himself herself ourselves themselves free peanuts tips minimum wage less cheap years""".split()
    )
    | WORD_NUMBERS.keys()
)
_BARE_RE = WordAnchored.of(
    Lazy(
        r"\b(?P<lead>from|at|out\s+of|attending|attended|transferred\s+to|"
        r"(?:drove|drive|driving|delivered|delivering|worked|working|work|works|bartended)\s+for)\s+"
        r"(?P<name>(?!\w*[A-Z])[^\W\d_][\w'’&-]{1,24}(?:\s+(?!(?:and|or|but|in|on|at|to|for|with|the|a|"
        r"an|of|was|were|is|i|she|he|we|they|it|my|her|his|when|where|who|that|so|then)\b)"
        r"(?!\w*[A-Z])[^\W\d_][\w'’&-]{1,24}){0,2})"
        r"(?=\s*[,.;:!?)]|\s*$|\s+(?:and|or|but|in|on|at|to|for|with|where|when|who|that|so|"
        r"then|was|were|i|she|he|we|they|after|before|because|until|till|since|last|that|this|"
        r"back|again|every|the|next|one|out|al|ga|tx|sk|nsw|ok|la|fl|ny|nc|sc|tn|ky|wv|va|ms|mo)\b)"
    ),
    """from at out attending attended transferred drove drive driving delivered delivering worked
    working work works bartended""".split(),
)
# "i played junior for the pa raiders", "played two seasons for riverside": a team, any case.
_PLAYED_FOR_RE = re.compile(
    r"\bplay(?:ed|ing|s)?\s+(?:[\w'’-]+\s+){0,3}?for\s+(?:the\s+)?"
    r"(?P<name>(?!(?:a|an|my|his|her|our|their|your|free|fun|money|years?|months?|weeks?|days?|"
    r"hours?|time|keeps|real|him|her|them|me|us|it|that|this|one|two|three|a\s+while)\b)"
    r"[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){0,2}?)"
    r"(?=\s*[,.;:!?)]|\s+(?:and|in|at|when|while|where|for|from|until|till|back|then|i|we|he|"
    r"she|that|this|last|lived|as)\b)"
)
# "college at UH on a scholarship": a school's initials in a sentence about school.
_SCHOOL_INITIALS_RE = re.compile(
    r"\b(?:at|from|to|attending|attended)\s+(?P<name>[A-Z]{2,4})\b(?![.'’-]\w)"
)
_NOT_SCHOOL_INITIALS = frozenset("HQ ICU ER OR AA NA PE PT HR IT ID UK US USA EU UN".split())
_SCHOOL_CUE_RE = re.compile(
    r"\b(?:school|college|freshman|sophomore|junior|senior|semester|degree|scholarship|"
    r"masters?|phd|grad|student|students|studying|studied|enrolled|campus|dorm|major|"
    r"teaching\s+assistant|ta|professor|lecturer|classmates?|year|term|course)\b",
    re.IGNORECASE,
)
_WORK_CUE_RE = re.compile(
    r"\b(?:work|worked|working|works|job|shift|shifts|hired|employed|fired|quit|manager|"
    r"cashier|clerk|driver|drove|driving|sold|selling|nurse|rn|contract|plant|crew|boss|floor|"
    r"ward|unit|hospital|dealership|cars|store|warehouse|office)\b",
    re.IGNORECASE,
)
_HOSPITAL_CUE_RE = re.compile(
    r"\b(?:nurse|nurses|nursing|rn|med-surg|ward|icu|er|patients?|doctor|resident|hospital)\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK_RE = re.compile(r"[.!?\n]")


def _kind(
    text: str, start: int, words: list[str], lex: Lexicon, lead: str = "at"
) -> tuple[str, str] | None:
    """What a bare name is: a school or a company where the sentence is about one and the name
    is an everyday word ("in school at metro"), else the gazetteer's reading, else the
    sentence's."""
    place = lex.places.get(fold(" ".join(words)))
    before = _SENTENCE_BREAK_RE.split(text[max(0, start - 120) : start])[-1]
    everyday = all(fold(w) in lex.common_words for w in words)
    school = _SCHOOL_CUE_RE.search(before) or before.rstrip().lower().endswith("home")
    if words[-1] in {"high", "elementary", "middle", "prep", "academy"}:
        return "org", "school"
    if words in (["uni"], ["tech"], ["poly"]) and lead != "from":
        return "org", "university"  # "2nd year at uni", "when i was at tech"
    if lead.endswith("for"):
        return "org", "company"  # "drove for swift", "worked for bolt"
    if place is not None and not (everyday and school and lead != "from"):
        return "place", {"c": "city", "s": "state", "n": "country", "y": "county"}.get(
            place, "place"
        )
    if school:
        return "org", "university"
    if _HOSPITAL_CUE_RE.search(before):
        return "org", "hospital"
    if _WORK_CUE_RE.search(before):
        return "org", "company"
    if all(fold(w) not in lex.common_words for w in words):
        return "place", "place"  # a name, of what kind the text won't say
    return None


# Words schools are called by for short ("at western", "at state"), which are safe alone.
_SCHOOL_SHORT = frozenset("western eastern northern southern central state tech poly metro".split())


def _ordinary(word: str, lex: Lexicon) -> bool:
    folded = fold(word)
    return (
        folded in _SET_PHRASE_WORDS
        or folded in NOT_NAMES
        or folded in MONTH_NAMES
        or (folded in lex.safe_proper and folded not in _SCHOOL_SHORT)
        or (len(folded) > 5 and folded.endswith(("ing", "ness", "ment", "ly")))
        or (
            folded.endswith("s")
            and not folded.endswith(("ss", "'s", "’s"))
            and len(folded) > 3
            and folded not in lex.places
        )
    )


def find_bare_names(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = _teams_and_school_initials(text, lex)
    for m in _BARE_RE.finditer(text):
        words = m["name"].split()
        first = fold(words[0])
        first_plain = _ordinary(words[0], lex) and not (
            len(words) == 2  # "at baptist east": a faith word, then a name's second word
            and first in lex.safe_proper
            and first not in _SET_PHRASE_WORDS
            and first not in NOT_NAMES
        )
        if first_plain or (len(words) > 1 and _ordinary(words[-1], lex)):
            continue
        found = _kind(text, m.start(), words, lex, m["lead"].lower())
        if found is None:
            continue
        kind, noun = found
        spans.append(Span(kind, m.start("name"), m.end("name"), "bare-name", noun))
    return spans


def _teams_and_school_initials(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for m in _PLAYED_FOR_RE.finditer(text):
        words = m["name"].split()
        if all(_ordinary(w, lex) and not w[:1].isupper() for w in words[-1:]) and len(words) == 1:
            continue  # "played for keeps", "played for fun"
        last = words[-1].lower()
        noun = last if last in {"academy", "school", "college", "university", "club"} else "team"
        spans.append(Span("org", m.start("name"), m.end("name"), "played-for", noun))
    for m in _SCHOOL_INITIALS_RE.finditer(text):
        before = _SENTENCE_BREAK_RE.split(text[max(0, m.start() - 120) : m.start()])[-1]
        if m["name"] in _NOT_SCHOOL_INITIALS or fold(m["name"]) in lex.safe_proper:
            continue
        if _SCHOOL_CUE_RE.search(before) or _SCHOOL_CUE_RE.match(text, m.end() + 1):
            spans.append(
                Span("org", m.start("name"), m.end("name"), "school-initials", "university")
            )
    return spans
