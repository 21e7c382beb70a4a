"""Initials standing for a person: one or two capitals, read in their sentence."""

from __future__ import annotations

from . import name_words as words
from .context import NAMING, OBJECT_PRONOUNS, PERSON_NOUNS, RELATIONS, SPEECH_VERBS

# Not `typing.TYPE_CHECKING`: importing typing costs `reflect anonymize` start-up time; mypy
# reads a module constant of that name the same way.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .names import Reader


def stands_for_a_person(reader: Reader, i: int) -> bool:
    """A capital letter standing for a person: "Her friend M. drove", "J. said no", "my
    boss, R, had", "I will call her V.", two-letter "KT drank" or "JJ's family"."""
    token = reader.tokens[i]
    core = token.core
    if not (core.isupper() and core.isalpha() and len(core) <= 2) or core in {"I", "A"}:
        return False
    if len(core) == 2 and (core in words.TWO_LETTER_WORDS or core in words.REGION_CODES):
        return False
    prev, between = reader.before(i)
    nxt, next_gap = reader._next(i), reader._next_gap(i)
    if (next_gap == "." and len(reader.tokens[i + 1].core) == 1) or (
        between == "." and len(reader.tokens[i - 1].core) == 1
    ):
        return False  # "D.J.": see find_dotted_initials
    dotted = next_gap.startswith(".") or len(core) == 2
    if prev in words.LETTER_NOUNS:
        return False  # "plan B.", "grade C", "type A"
    # "me and T went", "T and I were": one bare capital paired with the writer is a person.
    with_me = prev == "and" and between == " " and reader.word(i - 2) in {"me", "i"}
    and_me = nxt == "and" and next_gap == " " and reader._next(i, 2) in {"i", "me"}
    acts = nxt in SPEECH_VERBS or nxt in words.ACTS or nxt in {"were", "was", "had", "got"}
    if len(core) == 1 and ((with_me and next_gap == " " and acts) or and_me):
        return True
    if prev in NAMING and between == " " and len(core) == 1:
        return True  # "a woman I will call O.", "I'll call J from here on"
    if prev == "as" and len(core) == 1 and _written_as(reader, i):
        return True  # "i'll write her as S.", "I'll refer to her as K.", "refer to as J."
    if len(core) == 1 and not (next_gap[:1] in {".", ","} or token.text != token.core):
        return False
    if token.text != token.core:
        return True  # "JJ's family"
    if (
        prev in RELATIONS
        or prev in PERSON_NOUNS
        or (prev in OBJECT_PRONOUNS and reader.word(i - 2) in NAMING)
    ):
        return between.strip() in {"", ","}
    if (
        nxt in SPEECH_VERBS
        or nxt in words.ACTS
        or (nxt == "and" and reader._next(i, 2) in {"i", "me"})
    ):
        return dotted or next_gap == " "
    return (
        prev in {"and", "with", "told", "asked", "texted", "kissed", "met"}
        and dotted
        and (reader.word(i - 2) in {"me", "i"} or prev != "and")
    )


def _written_as(reader: Reader, i: int) -> bool:
    """The words before "as" name the letter: "write her as", "refer to her as", "refer to as"."""
    if reader.word(i - 2) == "to" and reader.word(i - 3) == "refer":
        return True
    return reader.word(i - 2) in OBJECT_PRONOUNS and (
        reader.word(i - 3) in {"write", "call", "name", "list", "mark"}
        or (reader.word(i - 3) == "to" and reader.word(i - 4) == "refer")
    )
