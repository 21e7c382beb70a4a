"""Capitalised runs: two or more capitalised words in a row mid-sentence name someone or
something ("Sweet Rise", "Cal State LA", "Airman Brooks", "South by Southwest") even when each
word is in the dictionary."""

from __future__ import annotations

from .context import TITLES
from .lexicon import Lexicon, fold
from .name_words import NICKNAME_ADJECTIVES
from .org_words import SUFFIXES
from .spans import Span
from .text import Token, gap

_TITLE_WORDS = frozenset(t.lower() for t in TITLES.split("|") if " " not in t)
_HOLIDAY_ENDS = frozenset({"Day", "Eve", "Weekend"})
_STREET_ENDS = frozenset(
    "street road avenue lane drive boulevard way terrace crescent parade row".split()
)


_I_FORMS = frozenset({"I", "I'd", "I'm", "I've", "I'll"})  # "the World Bar I'd": a clause starts


def find_capitalised_runs(text: str, tokens: list[Token], lex: Lexicon) -> list[Span]:
    """Two or more capitalised words in a row mid-sentence ("Sweet Rise", "Cal State LA") are a
    proper name even when each word is in the dictionary."""
    spans: list[Span] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not token.capitalised or token.sentence_start or fold(token.core) in lex.safe_proper:
            i += 1
            continue
        j = i
        while (
            j + 1 < len(tokens)
            and tokens[j + 1].capitalised
            and tokens[j + 1].core.replace("’", "'") not in _I_FORMS
            and tokens[j].text == tokens[j].core
            and gap(text, tokens[j], tokens[j + 1]) == " "
            and not tokens[j + 1].sentence_start
        ):
            j += 1
        # "South by Southwest", "Newcastle upon Tyne", "Festival of Lights": a lowercase link
        # inside one name (never between two people's names: "Jen by Tom's car").
        while j + 2 < len(tokens) and _linked_name_part(text, tokens, j, lex):
            j += 2
        run = tokens[i : j + 1]
        if _shouted(run, lex):
            i = j + 1
            continue  # "SHE SAID NO AND I KEPT GOING": everyday words typed in capitals
        if run[-1].core in _HOLIDAY_ENDS:
            i = j + 1
            continue  # "Bastille Day", "Boxing Day", "New Year's Eve": a day, not a place
        if len(run) >= 2 and run[-1].lower in _STREET_ENDS:
            spans.append(Span("address", run[0].start, run[-1].end, "capitalised-run", "a street"))
            i = j + 1
            continue  # "on High Street": a street, whatever its first word
        if (
            len(run) in {2, 3}
            and run[0].lower in _TITLE_WORDS
            and run[0].text == run[0].core
            and not any(fold(t.core) in lex.safe_proper for t in run[1:])
        ):
            # "Airman Brooks", "Coach Dana Reyes": a title, then the person it names.
            title = text[run[0].start : run[1].start]
            spans.append(Span("title", run[0].start, run[-1].end, "capitalised-run", title))
            i = j + 1
            continue
        if len(run) >= 2 and not all(fold(t.core) in lex.safe_proper or t.core == "I" for t in run):
            has_name = any(
                fold(t.core) in lex.first_names and fold(t.core) not in lex.common_words
                for t in run
            ) or _first_and_surname(run, lex)
            # "Big Col", "Little Dee": a nickname, not a shop
            has_name = has_name or (len(run) == 2 and run[0].lower in NICKNAME_ADJECTIVES)
            kind, noun = ("person", "") if has_name else ("org", "place")
            spans.append(Span(kind, run[0].start, run[-1].end, "capitalised-run", noun))
        i = j + 1
    return spans


def _shouted(run: list[Token], lex: Lexicon) -> bool:
    return all(t.core.isupper() and len(t.core) > 1 for t in run) and all(
        fold(t.core) in lex.common_words for t in run
    )


_NAME_LINKS = frozenset({"by", "upon", "of"})


def _linked_name_part(text: str, tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """Tokens j+1, j+2 are "by Southwest" continuing the capitalised name that ends at j."""
    link, right, left = tokens[j + 1], tokens[j + 2], tokens[j]
    return (
        link.core in _NAME_LINKS
        and right.capitalised
        and right.core != "I"
        and not right.sentence_start
        and left.text == left.core
        and link.text == link.core
        and gap(text, left, link) == " "
        and gap(text, link, right) == " "
        and left.lower not in SUFFIXES  # "Church of Pella": a church in a town, as the kinds say
        and fold(left.core) not in lex.first_names
        and fold(right.core) not in lex.first_names
        and fold(right.core) not in lex.safe_proper
    )


def _first_and_surname(run: list[Token], lex: Lexicon) -> bool:
    """ "Penny Albright", "Robin Castellano": a first name that is also a word ("penny", "robin"),
    then a surname or a word no dictionary knows, is a person, not a shop."""
    if len(run) > 3 or fold(run[0].core) not in lex.first_names:
        return False
    rest = [fold(t.core) for t in run[1:]]
    return all(
        w not in lex.safe_proper
        and (w in lex.surnames or (w not in lex.known_words and w not in lex.places))
        for w in rest
    )
