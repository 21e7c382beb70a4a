"""Names that are also words, read from the words around them where no capital marks them:
"ran into ruby", "me, red, and a kid", "jakes place", "Grace kept texting me", "honestly amber
deserved better". Each reading takes the names.Reader of the story and a token index."""

from __future__ import annotations

from . import name_words as words
from .context import DISCOURSE_WORDS, NOT_NAMES, OBJECT_PRONOUNS, PERSON_NOUNS, RELATIONS

# Not `typing.TYPE_CHECKING`: importing typing costs `reflect anonymize` start-up time; mypy
# reads a module constant of that name the same way.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .names import Reader

_BESIDE_A_NICKNAME = words.PAL_WORDS | {"me", "and"}


def possessive_without_apostrophe(reader: Reader, i: int) -> bool:
    """ "we were at jakes place", "went to ashleys house": a first name with its "s" and
    no apostrophe, before something of hers or his."""
    folded = reader.folded[i]
    stem = folded[:-1]
    return (
        folded.endswith("s")
        and reader._next(i) in words.BELONGINGS
        and reader._next_gap(i) == " "
        and stem in reader.lex.first_names
        and stem not in reader.lex.common_words
        and stem not in NOT_NAMES
    )


def did_something(reader: Reader, i: int) -> bool:
    """ "honestly amber deserved better": a word-name before a past-tense verb, with no
    determiner before it; not a virtue ("hope faded", "faith returned") or a season."""
    nxt, prev = reader._next(i), reader.word(i - 1)
    if reader.folded[i] in words.VIRTUES or reader.folded[i] in words.SEASONS:
        return False
    if prev in words.DETERMINERS or prev in words.NICKNAME_ADJECTIVES:
        return False
    return nxt.endswith("ed") and len(nxt) > 4 and nxt not in words.NOT_PAST_VERBS


def word_name_opens_sentence(reader: Reader, i: int) -> bool:
    """ "Grace kept texting me", "Penny didn't come back", "Iris was new": a capitalised
    first name that is also a word, opening a sentence with what a person does or is (not
    "Hope is what I have left", "Summer came and went", "Joy was not what I felt")."""
    token = reader.tokens[i]
    if not (token.capitalised and token.sentence_start) or reader._next_gap(i) != " ":
        return False
    nxt, after = reader._next(i), reader._next(i, 2)
    if reader.folded[i] in words.SEASONS and nxt in words.WHAT_SEASONS_DO:
        return False
    if nxt in words.ACTS or nxt in words.PERSON_ACTS:
        return True
    if nxt in {"was", "were"}:
        if after in {"in", "on"}:
            # "Summer was in my tutorial group", "Amber was on tills" (not "Summer was in full
            # swing"): a group of people she was one of
            return bool(
                {reader._next(i, 3), reader._next(i, 4), reader._next(i, 5)}
                & words.GROUPS_SHE_WAS_IN
            )
        return after in words.PERSON_STATES or after in words.MORE_ROLES
    return False


_SUBJECTS = frozenset("i you she he we they it who that".split())


def lowercase_name_context(reader: Reader, i: int) -> bool:
    """In text typed without capitals, a first name that is also a word ("ruby", "hope")
    reads as a name where a name fits: "this girl ruby who", "mason went", ", sunny,",
    "the homeowner's daughter, hope, used to"."""
    if named_in_a_clause(reader, i):
        return True
    prev, between = reader.before(i)
    if reader.folded[i] in {"will", "may", "can", "might", "must"} and (
        prev in PERSON_NOUNS or prev in words.MORE_PEOPLE
    ):
        return False  # "this girl will always be": the subject's verb
    nxt, next_gap = reader._next(i), reader._next_gap(i)
    clause_end = next_gap.strip()[:1] in {",", ".", "!", "?"} or i == len(reader.tokens) - 1
    if next_gap == " " and nxt in words.ACTS:
        # "ruby went" (but "the guy walked in", "a tall guy walked in": a common noun)
        described = prev in words.NICKNAME_ADJECTIVES and reader.word(i - 2) in words.DETERMINERS
        # "i will never", "she may have": after a subject the word is its verb, not a name
        return prev not in words.DETERMINERS and not described and prev not in _SUBJECTS
    if next_gap == " " and did_something(reader, i):
        return True
    if prev in words.SEEING and between == " " and nxt.endswith("ing"):
        return nxt not in {"being", "having"}  # "i remember grace crying in my car"
    person_noun = prev in PERSON_NOUNS or prev in words.MORE_PEOPLE
    if person_noun and between == " " and reader.word(i - 2) in words.DETERMINERS:
        # "this girl ruby who", "my ex rose used to"
        return (
            nxt in words.AFTER_A_NAME
            or nxt in words.AFTER_AN_ASIDE
            or nxt in words.WHERE_SHE_WAS
            or clause_end
        )
    # "i met amber at a party", "texted summer after": a verb that takes a person, with no
    # article, then a preposition or a clause end (a common noun there has its article).
    if prev in words.TAKES_A_PERSON and between == " ":
        return nxt in words.AFTER_A_NAME or nxt in words.AFTER_TAKING or clause_end
    if prev in words.GIVES_A_PERSON and between == " " and nxt in words.THE_THING_GIVEN:
        return next_gap == " "
    if (
        reader.tokens[i].sentence_start
        and reader.lowercase_text
        and next_gap == " "
        and reader.folded[i] not in words.SEASONS
    ):
        # "melody was from leeds", "destiny joined our form": a lowercase name opening a
        # sentence as someone who was from somewhere, or joined something
        if nxt == "was" and reader._next(i, 2) in words.SHE_WAS_FROM:
            return reader._next(i, 2) == "from" or _a_person_soon(reader, i + 3)
        if nxt in {"joined", "moved", "transferred"}:
            return True
    if between == " " and after_a_phrasal_verb(reader, i):
        return nxt in words.AFTER_PHRASAL or clause_end
    season = reader.folded[i] in words.SEASONS
    if between == ", " and next_gap.startswith(","):
        if prev in PERSON_NOUNS or prev in OBJECT_PRONOUNS or prev in {"me", "and", "on"}:
            return True
        # "a lassie in halls, ruby, from inverness": set off by commas, with no determiner
        # making it a thing ("that summer, ...").
        return not season and prev not in words.DETERMINERS | words.TIME_LEADS
    # A vocative: "ruby, i'm sorry", "grace, if you read this" (not "summer, i was 19").
    vocative = reader.tokens[i].sentence_start and next_gap == ", " and not season
    return vocative and nxt in words.AFTER_A_VOCATIVE


def _a_person_soon(reader: Reader, i: int) -> bool:
    """A person noun within the next three words ("my support worker's cousin")."""
    return any(
        reader.word(k).removesuffix("'s") in PERSON_NOUNS or reader.word(k) in words.MORE_ROLES
        for k in range(i, i + 3)
    )


def named_in_a_clause(reader: Reader, i: int) -> bool:
    """Where a clause around a word-name says it is someone: "this is about sunny, she was",
    "one of the builders was stormy, her username", "the customer was autumn, the name on the
    app", "it was hope from college", "a girl jewel selling coconut water"."""
    prev, between = reader.before(i)
    nxt, next_gap = reader._next(i), reader._next_gap(i)
    folded = reader.folded[i]
    thing_like = folded in words.SEASONS or folded in words.VIRTUES
    if next_gap.startswith(",") and between == " " and prev not in words.DETERMINERS:
        after = reader._next(i, 2)
        if nxt in {"the", "her"} and after in {"name", "username", "handle"}:
            return True  # "was autumn, the name on the app"
        if not thing_like and nxt in {"she", "her", "who", "he"}:
            return prev in {"was", "is", "about", "with", "for", "like", "called"}
    if prev == "was" and between == " " and next_gap == " " and nxt == "from":
        return reader._next(i, 2) in words.PEOPLES_PLACES
    if (
        prev in words.NICKNAME_ADJECTIVES
        and between == " "
        and reader.word(i - 2) in {"and", "with"}
    ):
        return True  # "me and big mike were", "out with lil jay"
    if next_gap == " " and prev not in words.DETERMINERS and not thing_like:
        after = reader._next(i, 2)
        if nxt in {"was", "is"} and after in words.WHERE_OR_HOW_SHE_WAS:
            return True  # "jade was next to me", "ivy was new"
        if nxt == "the" and reader._next(i, 3) in {"who", "that"}:
            return True  # "ruby the redhead who"
    person_noun = prev in PERSON_NOUNS or prev in words.MORE_PEOPLE
    if person_noun and between == " " and next_gap == " " and not thing_like:
        # "a girl jewel selling coconut water", "my friend sunny were second years"
        return (nxt.endswith("ing") and nxt not in {"thing", "nothing", "something"}) or (
            nxt in {"were", "was", "and"} and reader.word(i - 2) in words.DETERMINERS
        )
    return False


def after_a_phrasal_verb(reader: Reader, i: int) -> bool:
    """ "ran into ruby", "went with hope", "hung out with summer": a verb and particle that
    take a person, with no article between them and the word."""
    verbs = words.PHRASAL_PERSON_VERBS.get(reader.word(i - 1))
    if verbs is None or i < 2:
        return False
    verb = reader.word(i - 2)
    if verb in {"out", "up"} and i >= 3:
        verb = reader.word(i - 3)  # "hung out with", "hooked up with"
    return verb in verbs


def lowercase_word_as_name(reader: Reader, i: int) -> bool:
    """In text typed without capitals, an ordinary word where only a person fits: beside the
    writer in a list ("me, red, and a kid", "me and tank went"), or after a pal word ("my
    boy tank was driving", "my guy smoke said")."""
    if i == 0 or reader.folded[i - 1] not in _BESIDE_A_NICKNAME:
        return False  # only "me, X,", "me and X" and "my boy X" get here
    folded = reader.folded[i]
    if (
        folded in DISCOURSE_WORDS
        or folded in RELATIONS
        or folded in PERSON_NOUNS
        or folded in words.NOT_AFTER_A_PAL
        or not reader.tokens[i].core.isalpha()
        or (folded.endswith("s") and folded[:-1] in reader.lex.common_words)
        or folded.endswith("ly")
    ):
        return False
    prev, between = reader.before(i)
    nxt, next_gap = reader._next(i), reader._next_gap(i)
    if prev == "me" and between == ", " and next_gap.startswith(","):
        return True  # "me, red, and a kid named cash"
    if prev == "and" and between == " " and reader.word(i - 2) == "me" and i >= 2:
        return next_gap == " " and nxt in words.ACTS | words.WITH_ME  # "me and tank went"
    if prev in words.PAL_WORDS and between == " " and reader.word(i - 2) in {"my", "our"}:
        acts = next_gap == " " and (nxt in words.ACTS or nxt in words.AFTER_AN_ASIDE)
        last = i == len(reader.tokens) - 1
        return acts or last or next_gap.strip()[:1] in {",", ".", "!", "?"}
    return False
