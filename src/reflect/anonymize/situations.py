"""Circumstances that single a person out: a job at one spot ("she ran the tool crib"),
joining a group with where from or when ("joined my team straight from college"), a visitor's
nationality and reason ("a Canadian on a working holiday"), a life detail ("a divorcee with two
kids"), a course or trade ("a nursing student"). Anchored on word sets like :mod:`roles`.
"""

from __future__ import annotations

from collections.abc import Callable

from . import quasi_words as qw
from .context import MONTH_NAMES as MONTHS
from .roles import NUMBER_WORDS, STOP, group_tail, role_of
from .words import Phrase, Words

R_STATION = "a job tied to one spot: anyone who was there would know who did it"
R_VISITOR = "where someone was from and why they were there: few people fit both"
R_LIFE = "a detail of someone's life: people who know them would recognise it"
R_STUDY = "a course or trade: with the place, it narrows who it was"
R_JOINED = "when or from where someone joined: colleagues would know who it was"
_JOIN_VERBS = frozenset("joined join joins joining came come comes coming arrived started".split())
_ORIGIN_ADVERBS = frozenset("straight fresh right just directly".split())
_STATE_WORDS = frozenset(
    "open shut closed locked clean tidy quiet running going warm on off".split()
)


def joinings(w: Words) -> list[Phrase]:
    """ "joined my team straight from college", "had just come to our company out of AIT",
    "joined our sales floor in 2011": a group joined, with where from or when."""
    found = []
    for i in w.anchors(_JOIN_VERBS):
        k = i + 1 + (w.low(i + 1) in {"to", "on", "at"})
        if w.low(k) not in qw.POSSESSIVES or not (w.follows(i + 1) and w.follows(k)):
            continue
        group = next((j for j in range(k + 1, k + 4) if w.low(j) in qw.GROUP_NOUNS), None)
        if group is None or not all(w.follows(j) for j in range(k + 1, group + 1)):
            continue
        end = _origin(w, group + 1)
        if end is not None:
            found.append(Phrase(*w.span(i, end), R_JOINED, w.phrase(i, group)))
    return found


def _origin(w: Words, k: int) -> int | None:
    """The end of "straight from college", "out of AIT" or "in 2011" at word ``k``."""
    k += w.low(k) in _ORIGIN_ADVERBS and w.follows(k)
    if not w.follows(k):
        return None
    if w.lows[k] in {"in", "that"} and w.follows(k + 1):
        named = w.hidden(k + 1)
        return k + 1 if named or w.lows[k + 1] in MONTHS else None
    if w.lows[k] == "out" and w.low(k + 1) == "of" and w.follows(k + 1):
        k += 1
    elif w.lows[k] != "from":
        return None
    end = None
    for j in range(k + 1, k + 4):
        if not w.follows(j) or w.lows[j] in STOP:
            break
        end = j
    return end


def _worked_there(verb: str) -> str:
    """ "ran the tool crib" reads "worked there"; "to run the desk", "to work there"."""
    if verb.endswith("ing"):
        return "working there"
    if verb in {"run", "keep", "work", "man", "staff", "tend", "mind", "cover", "handle"}:
        return "work there"
    return "works there" if verb.endswith("s") else "worked there"


def stations(w: Words) -> list[Phrase]:
    """ "she ran the tool crib", "kept the books", "worked the door": one spot, one person."""
    found = []
    for i in w.anchors(qw.STATION_VERBS):
        if w.low(i + 1) not in {"the", "that"} or not w.follows(i + 1):
            continue
        for j in range(i + 2, i + 5):
            if not w.follows(j) or w.lows[j] in STOP:
                break
            low = w.lows[j]
            if low not in qw.STATIONS or (low == "shift" and j == i + 2):
                continue
            keeping = w.lows[i].startswith("keep") or w.lows[i] == "kept"
            if w.low(j + 1) in _STATE_WORDS or (keeping and low in {"door", "doors", "window"}):
                break
            while w.low(j + 1) in qw.STATIONS and w.follows(j + 1):
                j += 1  # "the front desk", "the pool bar": the spot is the last word
            tail = group_tail(w, j + 1)  # "ran the tool crib at the plant" is one spot
            end = j if tail is None else tail
            found.append(Phrase(*w.span(i, end), R_STATION, _worked_there(w.lows[i])))
            break
    return found


def visitors(w: Words) -> list[Phrase]:
    """ "a Canadian on a working holiday", "an Irish au pair", "the Polish nurse"."""
    found = []
    for i in w.anchors(qw.DEMONYMS):
        det = w.low(i - 1)
        if det not in {"a", "an", "the"} or not w.follows(i):
            continue
        j = i + 1
        if w.low(j) in qw.ROLE_NOUNS and w.follows(j) and det == "the":
            found.append(Phrase(*w.span(i - 1, j), R_VISITOR, role_of(w, j)))
            continue
        if w.low(j).isalpha() and w.low(j) not in qw.VISIT_OPENERS and w.follows(j):
            j += 1  # "a Canadian girl on ...", "a Swedish backpacker on ..."
        if det == "the" or w.low(j) not in qw.VISIT_OPENERS or not w.follows(j):
            continue
        for k in range(j, j + 5):
            if not w.follows(k):
                break
            if w.lows[k] in qw.VISIT_WORDS:
                found.append(Phrase(*w.span(i - 1, k), R_VISITOR, "a visitor"))
                break
    return found


def life_details(w: Words) -> list[Phrase]:
    """ "a divorcee with two kids", "a widow", "a single mum of three", "a mother of four"."""
    found = []
    for i in w.anchors(qw.LIFE_STATUS | {"single", "mother", "mum", "mom"}):
        low = w.lows[i]
        head = i
        if low == "single":
            if w.low(i + 1) not in qw.SINGLE_PARENTS or not w.follows(i + 1):
                continue
            head = i + 1
        if w.low(i - 1) not in {"a", "an", "the"} or not w.follows(i):
            continue
        end = _children(w, head + 1)
        if end is None and low not in qw.LIFE_STATUS and low != "single":
            continue
        suggestion = "a parent" if end is not None or low == "single" else "someone"
        found.append(Phrase(*w.span(i - 1, end or head), R_LIFE, suggestion))
    return found


def _children(w: Words, k: int) -> int | None:
    """The end of "with two kids" or "of three" at word ``k``."""
    amount = w.low(k + 1) in NUMBER_WORDS or w.low(k + 1).isdigit()
    if w.low(k) == "of" and amount and w.follows(k) and w.follows(k + 1):
        return k + 1 + (w.low(k + 2) in qw.CHILDREN and w.follows(k + 2))
    with_number = w.low(k) == "with" and amount and w.follows(k + 1)
    if with_number and w.low(k + 2) in qw.CHILDREN and w.follows(k) and w.follows(k + 2):
        return k + 2
    return None


def study_fields(w: Words) -> list[Phrase]:
    """ "a nursing student", "a deck cadet", "a psych major": the course narrows who it was."""
    found = []
    for i in w.anchors(qw.STUDY_HEADS):
        field, det = w.low(i - 1), w.low(i - 2)
        if det not in {"a", "an", "the"} or not (w.follows(i) and w.follows(i - 1)):
            continue
        if field not in qw.FIELDS and not field.endswith(qw.FIELD_ENDINGS):
            continue
        found.append(Phrase(*w.span(i - 2, i), R_STUDY, role_of(w, i)))
    return found


DETECTORS: tuple[Callable[[Words], list[Phrase]], ...] = (
    joinings,
    stations,
    visitors,
    life_details,
    study_fields,
)


def find(w: Words) -> list[Phrase]:
    return [phrase for detector in DETECTORS for phrase in detector(w)]
