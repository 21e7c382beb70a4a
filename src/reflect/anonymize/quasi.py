"""Quasi-identifiers: phrases that single a person out without naming anyone.

"The only woman on the crew", "a sophomore at a university", "senior to her", "moved to another
team in March", "the Christmas party": none is a name, yet anyone who was there knows who is
meant. They are not replaced automatically (the story needs some of them); the review lists
them with a gentler wording to use instead, and `reflect anonymize --json` reports them as
``residual_risks``.

Each rule is a shape of phrase, matched on the original text; a phrase that a finding already
covers completely is not listed. The patterns here are the first kinds; :mod:`roles` (a role
tied to a group or time, a role a group has one of, the youngest or best, a newcomer) and
:mod:`situations` (a job at one spot, joining a group, a visitor, a life detail, a course) read
the words around an anchor word instead of trying a pattern.
"""

from __future__ import annotations

import re

from . import kin_risks, roles, situations
from .context import PERSON_NOUNS
from .quasi_words import NOT_A_ROLE, ROLE_NOUNS
from .scan import Lazy, WordAnchored
from .words import Phrase, Words

__all__ = ["Phrase", "find_phrases"]

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_PERSON_HEADS = (
    PERSON_NOUNS
    | frozenset(
        """woman women girl girls female females lady ladies mom mother wife one person
        black latina asian hijabi""".split()
    )
) - frozenset({"someone", "somebody", "person"})
_UNIQUE_RE = re.compile(
    r"\b(?:(?:the|our|my|its|their|his|her)\s+)?(?P<mark>only|first|sole|lone|youngest|oldest|newest)\s+"
    r"(?P<who>(?:[\w'’-]+\s+){0,3}?(?P<head>[\w'’-]+))"
    r"(?P<where>\s+(?:there|here|ever|I\s+ever\s+had)\b|\s+(?:on|in|at|of|among|from|with|to|who|by)\b"
    r"(?:\s+(?:the|our|my|her|his|their|that|this|a|an|whole|entire))*"
    r"(?:\s+(?!(?:who|that|and|but|when|was|were|is|had|she|he|I|for|to|of|with|by|in|on|at|from|as|"
    r"after|before|until|because|so|if|then)\b)[\w'’-]+){0,2})?",
    re.IGNORECASE,
)
# "there was one woman on site", "Our team had one woman": one of a kind among many.
_ONE_OF_RE = re.compile(
    r"\b(?:had|was|were|with)\s+(?:only\s+)?one\s+(?:woman|girl|female\s+[\w-]+|lady)"
    r"(?:\s+(?:on|in|at|among)\s+(?:the\s+|our\s+|my\s+)?[\w-]+)?",
    re.IGNORECASE,
)
# "the junior flight attendant on the crew", "the new receptionist": a junior or new role in a
# named group.
_JUNIOR_ROLE_RE = re.compile(
    r"\b(?:the|our|a)\s+(?:new|junior|chief|head|young)\s+(?:[\w'’-]+\s+){0,2}?(?P<head>[\w'’-]+)"
    r"\s+(?:on|in|at)\s+(?:the|our|my|her|his)\s+(?:crew|team|shift|roster|unit|floor|ward|desk|"
    r"line|staff|squad|platoon|site|rig|pad|boat|ship|crew|office|branch|department|dispatch)\b",
    re.IGNORECASE,
)
_STUDENT_YEAR_RE = re.compile(
    r"\b(?:a|an|the)\s+(?:freshman|sophomore|first-year|second-year|third-year|fourth-year|final-year|"
    r"master['’]s\s+student|phd\s+student|grad\s+student|postgrad|undergrad)\b",
    re.IGNORECASE,
)
_RANK = (
    r"(?:freshman|sophomore|junior|senior|first[- ]year|second[- ]year|third[- ]year|final[- ]year|"
    r"grad(?:uate)? student|phd student|undergrad|intern|trainee|apprentice|new hire|temp|"
    r"associate|partner|vice president|vp|lieutenant|sergeant|corporal|private|captain|"
    r"manager|supervisor|director|resident|postdoc|teaching assistant|ta|cadet|recruit)"
)
_RANK_AT_RE = re.compile(
    rf"\b(?:(?:a|an|the)\s+)?(?P<rank>{_RANK})\s+(?:at|in|with|from|for|on)\s+"
    r"(?P<where>(?:(?:a|an|the|my|our|her|his|their)\s+)?[\w'’&-]+(?-i:(?:\s+(?:[A-Z][\w'’&-]*|of))*))",
    re.IGNORECASE,
)
_SCHOOL_RANK_RE = re.compile(
    r"freshman|sophomore|junior|senior|first[- ]year|second[- ]year|third[- ]year|final[- ]year|"
    r"grad(?:uate)? student|phd student|undergrad|teaching assistant|ta|cadet"
)
_PLACES_OF_WORK = frozenset(
    """school college university uni campus company firm office base hospital clinic store shop
    church team department unit class branch plant factory warehouse restaurant bar hotel
    agency bank station precinct academy ship squadron battalion platoon lab startup""".split()
)
_SCHOOL_YEAR_RE = re.compile(
    r"\b(?:(?:freshman|sophomore|junior|senior|first|second|third|final)\s+year"
    r"|(?:year|grade)\s+(?:[7-9]|1[0-3])|(?:7|8|9|10|11|12)th\s+grade"
    r"|(?:seventh|eighth|ninth|tenth|eleventh|twelfth)\s+grade)\b",
    re.IGNORECASE,
)
_RANK_OVER_RE = re.compile(
    r"\b(?:(?:senior|junior)\s+to\s+(?:her|him|me)|(?:reported|reports|reporting)\s+(?:directly\s+)?to\s+me"
    r"|(?:I\s+was|I'm|I\s+am)\s+(?:her|his)\s+(?:direct\s+|area\s+|regional\s+|line\s+)?(?:boss|manager|supervisor|team\s+lead|lead|"
    r"professor|teacher|instructor|coach|sergeant|lieutenant|trainer|mentor|landlord|pastor|"
    r"therapist|doctor|tutor))\b",
    re.IGNORECASE,
)
# "two levels below me": a match starts a word before "levels", so no word set anchors it;
# it is tried only when the text holds "level" at all.
_LEVELS_RE = re.compile(
    r"\b(?:\w+\s+)?levels?\s+(?:below|above|under|beneath)\s+(?:me|her|him)\b", re.IGNORECASE
)
_MOVE = (
    r"(?:moved|transferred|switched|changed|reassigned|went|got\s+moved|was\s+moved|asked\s+to\s+move|"
    r"asked\s+for\s+a\s+transfer|requested\s+a\s+transfer|left\s+for|quit|resigned|transferring|moving|"
    r"move|change|switch|transfer)"
)
# "changed teams in March", "asked to switch shifts in June": the plural says "another" itself.
_TEAMS_PLURAL = (
    r"(?:teams|departments|shifts|offices|desks|sections|groups|classes|crews|sites|units)"
)
_TEAM_MOVE_RE = re.compile(
    rf"\b(?P<move>{_MOVE}\b(?:(?:\s+[\w'’-]+){{0,4}}?\s+(?:another|a\s+different|the\s+other|a\s+new|other)\s+"
    r"(?:team|department|shift|office|store|branch|floor|unit|squad|crew|project|class|section|"
    rf"school|job|role|location|site|platoon|company|group|desk)|\s+{_TEAMS_PLURAL}))\b"
    rf"(?P<when>(?:\s+[\w'’-]+){{0,5}}?\s+(?:in|by|that|last|next|early|late|mid|around)\s+(?:{_MONTHS}|{_SEASON})\b)",
    re.IGNORECASE,
)
_EVENT_HEAD = (
    r"(?:party|parties|retreat|conference|offsite|off-site|gala|ball|dance|banquet|fundraiser|"
    r"tournament|convention|summit|trip|mixer|picnic|reunion|festival|formal|cruise|camp|"
    r"workshop|kickoff|kick-off|happy\s+hour|awards|ceremony|game|match|tour|expo|fair)"
)
_EVENT_RE = re.compile(
    r"\bthe\s+(?:(?:annual|yearly|company|office|work|holiday|christmas|xmas|halloween|new\s+year['’]?s?|"
    r"thanksgiving|summer|winter|spring|fall|end-of-year|year-end|sales|team|department|staff|"
    r"regional|national|charity|awards|graduation|engagement|bachelor|bachelorette|birthday|"
    r"wedding|alumni|homecoming|senior|junior|freshman|frat|sorority|super\s+bowl|\d{4})\s+){1,3}"
    rf"(?P<head>{_EVENT_HEAD})\b"
    r"|\b(?:homecoming|prom|senior\s+prom|orientation\s+week|frosh\s+week|rush\s+week|spring\s+break|"
    r"fleet\s+week|freshers['’]?\s+week|hell\s+week)\b",
    re.IGNORECASE,
)
_AMONG_RE = re.compile(r"\s+(?:on|in|at|among|from)\b", re.IGNORECASE)
_ONE_RE = re.compile(r"\b(?:only\s+)?one\b", re.IGNORECASE)
_AMONG_TAIL_RE = re.compile(r"\s+(?:on|in|at|among)\b.*$", re.IGNORECASE | re.DOTALL)
_NOT_UNIQUE = frozenset(
    """time times thing things way reason place choice option answer question explanation excuse
    word words night day days moment part problem difference rule person someone date dates""".split()
)


# Each pattern is tried only where a match can start: at one of these words (scan.WordAnchored;
# tests/test_anonymize_scan.py checks that each finds what its plain finditer finds).
_UNIQUE = WordAnchored.of(
    _UNIQUE_RE, "the our my its their his her only first sole lone youngest oldest newest".split()
)
_ONE_OF = WordAnchored.of(_ONE_OF_RE, "had was were with".split())
_JUNIOR_ROLE = WordAnchored.of(_JUNIOR_ROLE_RE, "the our a".split())
_STUDENT_YEAR = WordAnchored.of(_STUDENT_YEAR_RE, "a an the".split())
_RANK_AT = WordAnchored.of(
    _RANK_AT_RE,
    """a an the freshman sophomore junior senior first second third final grad graduate phd
    undergrad intern trainee apprentice new temp associate partner vice vp lieutenant sergeant
    corporal private captain manager supervisor director resident postdoc teaching ta cadet
    recruit""".split(),
)
_SCHOOL_YEAR = WordAnchored.of(
    _SCHOOL_YEAR_RE,
    """freshman sophomore junior senior first second third final year grade seventh eighth ninth
    tenth eleventh twelfth""".split(),
    digits=True,
)
_RANK_OVER = WordAnchored.of(_RANK_OVER_RE, "senior junior reported reports reporting i".split())
_EVENT = WordAnchored.of(
    _EVENT_RE,
    "the homecoming prom senior orientation frosh rush spring fleet freshers hell".split(),
)


_STOP_ROLE = frozenset(
    """i she he we they it and or but was were is are had has have who that which when to of
    in on at by for with from as than then so""".split()
)
# Endings that make a word a person whatever it is ("a cellist", "a technician", "a postman");
# "-er" and "-or" are too common in things ("the first quarter", "the only corner").
_AGENT_ENDINGS = ("ist", "ian", "ess", "man", "men", "woman", "women")


_MY_OWN_FIRSTS = NOT_A_ROLE | {"one", "girl", "woman", "love", "kiss"}
_FAMILIES = frozenset("family families couple household pair kids children".split())


def _reads_as_person(head: str, mark: str, where: bool) -> bool:
    """ "the only woman", "the first pilot", and after "only" with a place a family ("the only
    Black family on the street"); never a thing ("the only car on the street", "the first
    drink at the bar", "the first quarter of my life" are no one)."""
    if head in _PERSON_HEADS or head.removesuffix("s") in _PERSON_HEADS:
        return True
    if where and mark in {"only", "sole", "lone"} and head in _FAMILIES:
        return True
    return head in ROLE_NOUNS or head.endswith(_AGENT_ENDINGS)


def _unique_roles(w: Words) -> list[Phrase]:
    found = _unique_marks(w)
    reason = "a unique role: it points to one person"
    for m in _ONE_OF.finditer(w.text):
        # "Our team had one woman" reads, hidden, "Our team had a woman".
        gentler = _AMONG_TAIL_RE.sub("", _ONE_RE.sub("a", m.group(), count=1))
        found.append(Phrase(m.start(), m.end(), reason, gentler))
    for m in _JUNIOR_ROLE.finditer(w.text):
        found.append(Phrase(m.start(), m.end(), reason, _a(m["head"])))
    for m in _STUDENT_YEAR.finditer(w.text):
        found.append(
            Phrase(m.start(), m.end(), "a school year: it narrows who it was", "a student")
        )
    return found


def _a(words: str) -> str:
    return ("an " if words[:1].lower() in "aeiou" else "a ") + words


def _unique_marks(w: Words) -> list[Phrase]:
    """ "the only woman on the crew", "our only female welder", "the youngest nurse"."""
    text = w.text
    found = []
    for m in _UNIQUE.finditer(text):
        head = (m["head"] or "").lower()
        mark = m["mark"].lower()
        end = m.end()
        if not m["where"]:
            # "our only female welder": the role runs on to the last noun-like word.
            for word in re.finditer(r" ([a-z][\w'’-]*)", text[end : end + 40]):
                if word.start() != end - m.end() or word.group(1) in _STOP_ROLE:
                    break
                end = m.end() + word.end()
                head = word.group(1).lower()
        among = bool(_AMONG_RE.match(m["where"] or ""))
        if head in _NOT_UNIQUE or not _reads_as_person(head, mark, bool(m["where"])):
            continue
        if head == "one" and not among:
            # "the only one who understood me", "the only one I could talk to": a feeling,
            # not a place among others.
            continue
        role = head in _PERSON_HEADS or head in ROLE_NOUNS or head.endswith(_AGENT_ENDINGS)
        if not m["where"] and not role:
            continue
        first = m["who"].split()[0].lower()
        if m.group()[: len(mark)].lower() == mark and first not in _PERSON_HEADS | ROLE_NOUNS:
            continue  # "I can only guess", "names I'd only call a woman": no determiner, no role  # "the youngest of my cousins": a plural, no role
        if not m["where"] and mark in {"first", "oldest"} and head in _MY_OWN_FIRSTS:
            continue  # "the first girl I kissed", "my first girlfriend": my life, not her place
        if m["where"] and not among:
            end = m.end("who")  # "the only mom" who'd come: the clause after it stays as written
        rest = text[m.start("who") : end].strip()
        gentler = rest if rest.split()[0].lower() in {"two", "three", "four"} else _a(rest)
        found.append(Phrase(m.start(), end, "a unique role: it points to one person", gentler))
    return found


def _ranks(w: Words) -> list[Phrase]:
    covered = w.covered
    found = []
    for m in _RANK_AT.finditer(w.text):
        where = m["where"]
        last = where.split()[-1].lower().strip(".,")
        named = covered.find(1, m.start("where"), m.end("where")) != -1
        if not (named or last in _PLACES_OF_WORK or where[:1].isupper()):
            continue
        rank = m["rank"].lower()
        if _SCHOOL_RANK_RE.fullmatch(rank):
            suggestion = "a student"
        else:
            suggestion = ("an " if rank[0] in "aeiou" else "a ") + rank
        found.append(
            Phrase(m.start(), m.end(), "a rank or school year at a named place", suggestion)
        )
    for m in _SCHOOL_YEAR.finditer(w.text):
        found.append(
            Phrase(m.start(), m.end(), "a school year: it narrows who it was", "school year")
        )
    for m in _rank_over(w.text):
        low = m.group().lower()
        if low.startswith(("senior", "junior")):
            suggestion = "working with " + low.split()[-1]
        elif low.startswith("report"):
            suggestion = "worked with me"
        else:
            suggestion = "I worked with " + ("her" if " her " in f" {low} " else "him")
        found.append(
            Phrase(m.start(), m.end(), "who was senior to whom: it narrows who it was", suggestion)
        )
    return found


_MONTH_THEN_MOVE_RE = re.compile(
    rf"\b(?:in|by|that|last|early|late|mid)\s+(?:{_MONTHS}|{_SEASON}),?\s+"
    rf"(?P<move>(?:she|he|I|we)\s+{_MOVE}\b(?:(?:\s+[\w'’-]+){{0,4}}?\s+(?:another|a\s+different|the\s+other|a\s+new|other)\s+"
    r"(?:team|department|shift|office|store|branch|floor|unit|squad|crew|project|class|section|"
    rf"school|job|role|location|site|platoon|company|group|desk)|\s+{_TEAMS_PLURAL}))\b",
    re.IGNORECASE,
)
_JOB_CHANGE_RE = re.compile(
    r"\b(?P<move>(?:took|got|started|accepted|found)\s+a\s+(?:new\s+)?job\s+(?:at|with)\s+(?:a|an|the)\s+[\w-]+)"
    rf"\s+(?:in|that|last|by)\s+(?:{_MONTHS}|{_SEASON})\b",
    re.IGNORECASE,
)


# "she moved out of the dorm in november", "quit the choir that spring": leaving a place with
# its month.
_LEFT_WITH_MONTH_RE = re.compile(
    r"\b(?P<move>(?:moved\s+out\s+of|dropped\s+out\s+of|transferred\s+out\s+of|withdrew\s+from|"
    r"left|quit|dropped)\s+(?:the|her|his|our|their|that|my)\s+(?:[\w'’-]+\s+)?"
    r"(?:dorms?|halls|res|residence|flat|apartment|school|college|uni|university|course|class|"
    r"program|programme|job|company|firm|team|church|choir|club|society|band|gym|league|crew|"
    r"squad|unit|office|shop|store|restaurant|bar|hotel))"
    rf"\s+(?:in|that|last|by|early|late|mid)\s+(?:{_MONTHS}|{_SEASON})\b",
    re.IGNORECASE,
)
_LEAVING = WordAnchored.of(
    _LEFT_WITH_MONTH_RE, "moved dropped transferred withdrew left quit".split()
)
# "She resigned in September", "he quit that spring": leaving, said of a person, with its month.
_LEFT_IN = WordAnchored.of(
    Lazy(
        r"\b(?P<move>(?:she|he)\s+(?:resigned|quit|left|transferred|requested\s+a\s+transfer|"
        r"asked\s+for\s+a\s+transfer|moved\s+out(?:\s+of\s+[a-z]+)?|dropped\s+out))"
        rf"\s+(?:in|that|last|by)\s+(?:{_MONTHS}|{_SEASON})\b",
        re.IGNORECASE,
    ),
    ["she", "he"],
)
_TEAM_MOVE = "a move to another team with its month: colleagues would know who it was"
_LEFT_A_PLACE = "leaving a place with its month: people there would know who it was"
# Each move pattern with why it is listed.
_MOVES = (
    (WordAnchored.of(_MONTH_THEN_MOVE_RE, "in by that last early late mid".split()), _TEAM_MOVE),
    (_LEAVING, _LEFT_A_PLACE),
    (_LEFT_IN, "leaving with its month: people there would know who it was"),
    (WordAnchored.of(_JOB_CHANGE_RE, "took got started accepted found".split()), _TEAM_MOVE),
    (
        WordAnchored.of(
            _TEAM_MOVE_RE,
            """moved transferred switched changed reassigned went got was asked requested left
            quit resigned transferring moving move change switch transfer""".split(),
        ),
        _TEAM_MOVE,
    ),
)


def _team_moves(w: Words) -> list[Phrase]:
    return [
        Phrase(m.start(), m.end(), reason, m["move"])
        for pattern, reason in _MOVES
        for m in pattern.finditer(w.text)
    ]


def _rank_over(text: str) -> list[re.Match[str]]:
    found = _RANK_OVER.finditer(text)
    if "level" in text.lower():
        found += _LEVELS_RE.finditer(text)
    return found


def _events(w: Words) -> list[Phrase]:
    found = []
    for m in _EVENT.finditer(w.text):
        head = (m["head"] or "event").lower().split()[-1]
        article = "an" if head[0] in "aeiou" else "a"
        found.append(
            Phrase(
                m.start(),
                m.end(),
                "a named event: people who were there would know",
                f"{article} {head}",
            )
        )
    return found


def find_phrases(text: str, covered: bytearray) -> list[Phrase]:
    """Every quasi-identifying phrase in ``text`` that the findings (``covered``, one byte per
    character) do not already hide completely; overlapping phrases keep the first, longest."""
    w = Words(text, covered)
    phrases = (
        _unique_roles(w)
        + _ranks(w)
        + _team_moves(w)
        + _events(w)
        + roles.find(w)
        + situations.find(w)
        + kin_risks.find(w)
    )
    phrases.sort(key=lambda p: (p.start, -p.end))
    kept: list[Phrase] = []
    for phrase in phrases:
        if covered.find(0, phrase.start, phrase.end) == -1:
            continue
        if kept and phrase.start < kept[-1].end:
            continue
        kept.append(phrase)
    return kept
