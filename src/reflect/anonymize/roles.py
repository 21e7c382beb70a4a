"""Roles and standings that single a person out among the people around her.

"The waitress on that shift", "a seaman in my division", "her squad leader", "the youngest on
our team", "her first season", "the new receptionist": none names anyone, yet each leaves few
people it could be. Every detector anchors on a word-set lookup (:class:`Words`) and reads the
words around the anchor; it never tries a pattern at every position. The circumstances around
a person (a job at one spot, a visit, a life detail) are in :mod:`situations`.
"""

from __future__ import annotations

from collections.abc import Callable

from . import quasi_words as qw
from .words import Phrase, Words

_TAIL_PREPOSITIONS = frozenset("on in at from under within across among aboard".split())
_OBJECTS = frozenset("him her me them us".split())
# Words that end the run of words naming a role: verbs, pronouns, conjunctions.
STOP = frozenset(
    """i she he we they it you and or but was were is are be been had has have who whom that
    which when where while to of in on at by for with from as than then so said told not did
    do does there here if because after before until""".split()
)
_RELATIVE_SUBJECTS = frozenset("we'd i'd they'd we've i've they've we i they".split())
_ENDS_A_ROLE = STOP | _RELATIVE_SUBJECTS
_WOMAN = frozenset("woman female girl lady".split())
_COMPARED_WITH = _OBJECTS | {"everyone", "anyone", "all"}
NUMBER_WORDS = frozenset(
    """a one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty""".split()
)

R_ROLE_IN_GROUP = "a role in one group or place: the people there would know who it was"
R_SOLE_ROLE = "a role one person holds: it points to who that was"
R_UNIQUE = "a unique role: it points to one person"
R_STANDING = "the youngest or the best among the others: people there would know who it was"
R_OWNER = "whose place it was: everyone there knew who that was"
R_TENURE = "how new someone was there: it narrows who it was"
R_NEWCOMER = "someone new in a role: colleagues would know who it was"


def article(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


# Newcomers with no role of their own yet: "a new hire" is, more gently, "a colleague".
_JUST_NEW = frozenset("hire hires recruit starter joiner".split())


def role_of(w: Words, i: int) -> str:
    """ "a nurse", "an apprentice", "a Marine": the role at word ``i`` as it was written."""
    if w.lows[i] in _JUST_NEW:
        return "a colleague"
    word = w.text[w.starts[i] : w.ends[i]]
    return article(word if word[1:].islower() and word[:1].isupper() else word.lower())


def group_tail(w: Words, k: int, *, loose: bool = True, person: bool = False) -> int | None:
    """The last word of "on that shift", "in my language school", "under him", "there", "that
    year" starting at word ``k``, or None. Unless ``loose``, the group must be someone's or that
    one ("in my division", "on that shift", "on the fall run"). A name counts as the group after
    "at" or "on" ("a nurse at [a hospital]"), not after "in" or "from" (a town says less), and
    not at all for a plain ``person`` ("a woman on Hinge")."""
    if not w.follows(k):
        return None
    first = w.lows[k]
    if first in {"there", "here"}:
        return k if loose else None
    if first in {"that", "this"} and w.low(k + 1) in qw.RELATIVE_TIMES and w.follows(k + 1):
        return k + 1
    if first not in _TAIL_PREPOSITIONS:
        return None
    if first == "under" and w.low(k + 1) in _OBJECTS and w.follows(k + 1):
        return k + 1
    owned = modified = False
    names_count = first in {"at", "on", "aboard"} and not person
    j = k + 1
    while w.follows(j) and w.lows[j] in qw.DETERMINERS:
        owned = owned or w.lows[j] in qw.POSSESSIVES or w.lows[j] in {"that", "this"}
        j += 1
    for j in range(j, j + 3):  # noqa: B020 (the words after the determiners)
        if not w.follows(j) or w.lows[j] in STOP:
            return None
        if names_count and w.named(j) and w.lows[j][:1].isalpha():
            return _end_of_name(w, j)
        low = w.lows[j]
        if low in qw.GROUP_NOUNS:
            if low in qw.GROUP_NEEDS_POSSESSIVE and not (owned or modified):
                return None
            return j if loose or owned or modified else None
        modified = True
    return None


def _end_of_name(w: Words, j: int) -> int:
    """The last word of a name, and of the kind of place after it ("the Amazon warehouse")."""
    while w.follows(j + 1) and w.named(j + 1) and w.lows[j + 1] not in STOP:
        j += 1
    return j + 1 if w.low(j + 1) in qw.GROUP_NOUNS and w.follows(j + 1) else j


def _determiner_before(w: Words, i: int, most: int = 2) -> int | None:
    """The determiner at most ``most`` plain words before word ``i`` ("the floor manager")."""
    for j in range(i - 1, i - 2 - most, -1):
        if j < 0 or not (w.follows(j + 1)):
            return None
        if w.lows[j] in qw.DETERMINERS and w.lows[j] not in {"that", "this"}:
            return j
        if w.lows[j] in STOP or w.lows[j] in qw.DETERMINERS or w.lows[j] in qw.SUPERLATIVES:
            return None
    return None


def roles_in_groups(w: Words) -> list[Phrase]:
    """ "The waitress on that shift", "a seaman in my division", "Our apprentice that year",
    "the bartender there", "the floor manager under him", "a girl in my language school"."""
    found = []
    for i in w.anchors(qw.ROLE_NOUNS):
        det = _determiner_before(w, i)
        if det is None:
            continue
        indefinite = w.lows[det] in {"a", "an"}
        plain_person = w.lows[i] in {"girl", "woman", "lady", "female"}
        end = group_tail(w, i + 1, loose=not (indefinite or plain_person), person=plain_person)
        if end is None or (plain_person and w.lows[i + 1] in {"there", "here"}):
            continue
        found.append(Phrase(*w.span(det, end), R_ROLE_IN_GROUP, role_of(w, i)))
    return found


def newcomers(w: Words) -> list[Phrase]:
    """ "the new receptionist", "Our new trainee", "a new night editor"."""
    found = []
    for i in w.anchors({"new", "newest"}):
        if w.low(i - 1) not in {"the", "our", "a", "an"} or not w.follows(i):
            continue
        for j in (i + 1, i + 2):
            if not w.follows(j) or w.lows[j] in STOP or not w.lows[j].isalpha():
                break
            low = w.lows[j]
            if (low in qw.ROLE_NOUNS and low not in {"female", "lady", "woman"}) or _names_next(
                w, j
            ):
                found.append(Phrase(*w.span(i - 1, j), R_NEWCOMER, role_of(w, j)))
                break
    return found


def _names_next(w: Words, j: int) -> bool:
    """ "the new rousie was Jade", "the new hire, Dana,": whatever the word, it is a role, since
    a person's name follows it."""
    k = j + 1
    if w.low(k) == "was" and w.follows(k):
        k += 1
    elif not (k < len(w) and w.text[w.ends[j] : w.starts[k]].strip() == ","):
        return False
    return k < len(w) and w.hidden(k)


def sole_roles(w: Words) -> list[Phrase]:
    """ "Her squad leader", "our strength coach", "the church secretary", "The chief stew"."""
    found = []
    for i in w.anchors(qw.SOLE_HEADS):
        modifier = w.low(i - 1)
        if not (w.follows(i) and w.follows(i - 1) and w.low(i - 2) in qw.DETERMINERS):
            continue
        if w.low(i - 2) in {"a", "an", "that", "this"} or not modifier.isalpha():
            continue
        if modifier in qw.NOT_GROUP_MODIFIERS or modifier in STOP or modifier in qw.DETERMINERS:
            continue
        found.append(Phrase(*w.span(i - 2, i), R_SOLE_ROLE, role_of(w, i)))
    for i in w.anchors({"chief", "head"}):
        det, role = w.low(i - 1), w.low(i + 1)
        if not (w.follows(i) and w.follows(i + 1)) or det not in qw.POSSESSIVES | {"the"}:
            continue
        if role in qw.ROLE_NOUNS and role not in qw.SOLE_HEADS:
            found.append(Phrase(*w.span(i - 1, i + 1), R_SOLE_ROLE, role_of(w, i + 1)))
    return found


def unique_roles(w: Words) -> list[Phrase]:
    """ "the only woman umpiring in the whole league", "the only Black female resident we'd had
    in emergency", "our first company woman on location": the role, then where it is unique."""
    found = []
    for i in w.anchors({"only", "sole", "lone", "first"}):
        start = i - 1 if w.low(i - 1) in qw.DETERMINERS and w.follows(i) else i
        j, role = i + 1, 0
        while j < i + 5 and w.follows(j) and w.lows[j] not in _ENDS_A_ROLE:
            low = w.lows[j]
            # "woman checker", "female firefighter": the trade after the woman is the role.
            trade = w.lows[j - 1] in _WOMAN and j > i + 1 and low.endswith(("er", "or"))
            role = j if low in qw.ROLE_NOUNS or low == "member" or trade else role
            j += 1
        if not role:
            continue
        if w.low(j) in _RELATIVE_SUBJECTS and w.follows(j):
            j += 1 + (w.low(j + 1) in {"had", "ever", "'ve", "have"} and w.follows(j + 1))
        end = group_tail(w, j) if j < len(w) else None
        if end is None:
            end = _than_or_trade(w, j, role)
        if end is None or (w.low(j) in {"there", "here"} and w.lows[i] == "first"):
            continue
        found.append(Phrase(*w.span(start, end), R_UNIQUE, article(w.phrase(i + 1, role))))
    return found


def _than_or_trade(w: Words, j: int, role: int) -> int | None:
    """Where no group follows: "the only staff member younger than me" (compared with everyone
    there), or "its first woman checker", "our only female firefighter" (a woman in a trade)."""
    compared = w.low(j) == "than" and w.low(j - 1).endswith("er") and w.follows(j)
    if compared and w.low(j + 1) in _COMPARED_WITH and w.follows(j + 1):
        return j + 1
    trade = w.low(role)
    if w.lows[role - 1] in _WOMAN and role == j - 1:
        return role if trade in qw.ROLE_NOUNS or trade.endswith(("er", "or")) else None
    return None


def standings(w: Words) -> list[Phrase]:
    """ "the youngest on our team", "the youngest by ten years", "the third-best numbers on the
    floor": a superlative tied to the group it is measured in."""
    found = []
    for i in w.anchors(qw.SUPERLATIVES):
        if w.low(i - 1) not in qw.DETERMINERS - {"a", "an"} or not w.follows(i):
            continue
        base = qw.SUPERLATIVE_BASE.get(w.lows[i].rsplit("-", 1)[-1], "")
        amount = w.low(i + 2)
        if (
            w.low(i + 1) == "by"
            and (amount in NUMBER_WORDS or amount.isdigit())
            and w.follows(i + 2)
        ):
            if w.low(i + 3) in {"years", "months", "miles", "points"} and w.follows(i + 3):
                found.append(Phrase(*w.span(i - 1, i + 3), R_STANDING, base))
            continue
        j = i + 1
        while j < i + 4 and w.follows(j) and w.lows[j] not in STOP:
            j += 1
        end = group_tail(w, j)
        if end is None:
            continue
        between = w.phrase(i + 1, j - 1).lower() if j > i + 1 else ""
        if any(word in qw.NOT_A_ROLE for word in between.split()):
            continue  # "his best friend on the team" is a friendship, not a standing
        if between:
            base = f"{base} {between}" if between.endswith("s") else article(f"{base} {between}")
        found.append(Phrase(*w.span(i - 1, end), R_STANDING, base))
    return found


def owners(w: Words) -> list[Phrase]:
    """ "the bloke whose bach it was", "the girl whose party it was": the host of the place."""
    found = []
    for i in w.anchors({"whose"}):
        if w.low(i - 2) not in {"the", "a"} or not (w.follows(i) and w.follows(i - 1)):
            continue
        if not w.low(i - 1).isalpha() or w.low(i - 1) in STOP:
            continue
        for k in (i + 2, i + 3):
            joined = all(w.follows(j) for j in range(i + 1, k + 2))
            if joined and w.low(k) == "it" and w.low(k + 1) in {"was", "is"}:
                found.append(Phrase(*w.span(i - 2, k + 1), R_OWNER, "the host"))
                break
    return found


def tenures(w: Words) -> list[Phrase]:
    """ "her first season", "on her third trip": how new she was, which few people share."""
    found = []
    for i in w.anchors(qw.ORDINALS):
        owner, term = w.low(i - 1), w.low(i + 1)
        if owner not in {"her", "his", "their"} or term not in qw.TENURES:
            continue
        if w.follows(i) and w.follows(i + 1):
            found.append(Phrase(*w.span(i - 1, i + 1), R_TENURE, f"{owner} {term}"))
    return found


DETECTORS: tuple[Callable[[Words], list[Phrase]], ...] = (
    unique_roles,
    roles_in_groups,
    newcomers,
    sole_roles,
    standings,
    tenures,
    owners,
)


def find(w: Words) -> list[Phrase]:
    return [phrase for detector in DETECTORS for phrase in detector(w)]
