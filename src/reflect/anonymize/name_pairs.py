"""People read from their neighbours: a nickname of an adjective and a word ("big red", "lil
tee texted me") and a word joined to a person by "and" or a list's commas ("with Duke and Ace",
"jake, hope and tyler")."""

from __future__ import annotations

from . import name_words as words
from .context import DISCOURSE_WORDS, NAMING, NOT_NAMES, OBJECT_PRONOUNS, PERSON_NOUNS, RELATIONS
from .spans import Span
from .text import Token

# Not `typing.TYPE_CHECKING`: importing typing costs `reflect anonymize` start-up time; mypy
# reads a module constant of that name the same way.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .names import Reader


_CLAUSE_WORDS = frozenset(
    "after before at for in on to with because bc when and or but from by of that since".split()
)


def nicknames(reader: Reader, text: str, tokens: list[Token]) -> list[Span]:
    """ "a guy we called big toast", "my flatmate big gaz": an adjective and a word after a
    naming word or a person noun, when the word is no common word or the naming is explicit."""
    spans = []
    for i in range(0, len(tokens) - 1):
        if reader.folded[i] not in words.NICKNAME_ADJECTIVES or not reader.adjacent(i, i + 1):
            continue
        if reader.folded[i + 1] in _CLAUSE_WORDS:
            continue  # "everyone called her crazy after that night": a judgement, then a clause
        prev, between = reader.before(i)
        # "we called him big red": the naming verb may have its object first
        named = between == " " and (
            prev in NAMING or (prev in OBJECT_PRONOUNS and reader.word(i - 2) in NAMING and i >= 2)
        )
        rare = not reader.common(i + 1) and reader.folded[i + 1] not in NOT_NAMES
        context = named or (prev in PERSON_NOUNS and between == " " and rare)
        if (context and not reader.safe(i + 1)) or _nickname_acts(reader, i):
            spans.append(Span("person", tokens[i].start, tokens[i + 1].end, "nickname", "u"))
    return spans


def _nickname_acts(reader: Reader, i: int) -> bool:
    """ "lil tee texted me", "me and big country went out": an adjective and a word, with no
    determiner before them, doing what a person does (not "the big man said", "my big brother
    said", "little kids cried")."""
    word = i + 1
    folded = reader.folded[word]
    if i > 0 and (
        reader.word(i - 1) in words.DETERMINERS or reader.word(i - 1) in {"your", "their"}
    ):
        return False
    if (
        reader.safe(word)
        or folded in RELATIONS
        or folded in PERSON_NOUNS
        or folded in words.NOT_AFTER_A_PAL
        or (folded.endswith("s") and folded[:-1] in reader.lex.common_words)
        or not reader.tokens[word].core.isalpha()
    ):
        return False
    nxt, next_gap = reader.word(word + 1), reader._next_gap(word)
    if next_gap == " " and (nxt in words.ACTS or nxt in words.PERSON_ACTS):
        return True
    # "me and big dec play for ballyvarra": beside the writer, doing anything at all
    with_me = i >= 2 and reader.word(i - 1) == "and" and reader.word(i - 2) in {"me", "i"}
    if with_me and next_gap == " " and nxt not in words.DETERMINERS:
        return True
    # "big mike." and "with crazy dave": an adjective and a first name, ending a clause
    ends = word + 1 >= len(reader.tokens) or next_gap.strip()[:1] in {",", ".", "!", "?"}
    return ends and reader.first(word)


def paired_with_a_person(
    reader: Reader, people: list[tuple[int, int]], spans: list[Span]
) -> list[Span]:
    """ "with Duke and Ace", "Ace and Duke were", "jake, hope and tyler": a word joined to a
    person by "and", or listed with one, is a person too, even when it is also a word (in
    lowercase text, only a first name that is also a word: "jake and hope went")."""
    tokens = reader.tokens
    covered = {s.start for s in spans}
    found: list[Span] = []
    queue = list(people)
    while queue:
        start, end = queue.pop()
        for other in _listed_with(reader, start, end):
            token = tokens[other]
            if token.start in covered or not _pairs_as_a_name(reader, other):
                continue
            covered.add(token.start)
            gender = reader.lex.gender(token.core)
            found.append(Span("person", token.start, token.end, "paired", gender))
            queue.append((other, other))
    return found


def _listed_with(reader: Reader, start: int, end: int) -> list[int]:
    """The tokens joined to tokens start..end by "and" or by a list's commas."""
    n = len(reader.tokens)

    def gap_at(i: int) -> str:  # between token i and token i + 1
        return reader._next_gap(i) if 0 <= i < n - 1 else ""

    def continues(i: int) -> bool:  # token i is followed by more of the list
        return gap_at(i) == ", " or (gap_at(i) == " " and reader.word(i + 1) == "and")

    found = []
    and_after = end + 2 < n and reader.word(end + 1) == "and" and gap_at(end + 1) == " "
    if and_after and gap_at(end) in {" ", ", "}:
        found.append(end + 2)  # "Duke and Ace", "me, jay, and destiny"
    if (
        start >= 2
        and reader.word(start - 1) == "and"
        and gap_at(start - 2) == gap_at(start - 1) == " "
    ):
        found.append(start - 2)  # "Ace and Duke"
    if end + 1 < n and gap_at(end) == ", " and continues(end + 1):
        found.append(end + 1)  # "jake, hope and tyler"
    if start >= 1 and gap_at(start - 1) == ", " and continues(end):
        found.append(start - 1)  # "hope, jake and tyler"
    return found


def _pairs_as_a_name(reader: Reader, i: int) -> bool:
    token = reader.tokens[i]
    if token.sentence_start and token.capitalised:
        # "Hope and Karen went out", "Jade and Karen from the office": a first name opening
        # the sentence, joined by "and" to a person, is someone too (not "Summer and Karen's").
        return (
            reader.first(i)
            and reader.word(i + 1) == "and"
            and reader.folded[i] not in words.SEASONS
            and not reader.safe(i)
        )
    if not token.core.isalpha() or token.core.isupper() or reader.safe(i):
        return False
    if reader.folded[i] in DISCOURSE_WORDS:
        return False
    if token.capitalised:
        return True
    return reader.lowercase_text and reader.first(i)
