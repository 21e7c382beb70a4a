"""People: gazetteer names, names that are also words (read from context), titles plus surnames,
and capitalised words that look like names because no dictionary knows them."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import initials, name_pairs, word_names
from . import name_words as words
from .context import (
    DISCOURSE_WORDS,
    LOWERCASE_TITLES,
    MONTH_LEADS,
    MONTH_NAMES,
    NAME_PARTICLES,
    NAMING,
    NOT_NAMES,
    OBJECT_PRONOUNS,
    PERSON_NOUNS,
    RELATIONS,
    ROLES,
    SPEECH_VERBS,
)
from .lexicon import Lexicon, american_spelling, fold, verb_compound
from .numbers import WORD_NUMBERS
from .spans import Span
from .text import Token, gap

# Every word named_by can read a name after: "named", "called", "name was", "call her".
_NAMING_LEADS = words.ALWAYS_NAMING | NAMING | OBJECT_PRONOUNS | {"is", "was"}
_ANDS = frozenset({"and", "n", "an"})


def mostly_lowercase(text: str, tokens: list[Token]) -> bool:
    starts = [t for t in tokens if t.sentence_start]
    lower_i = sum(1 for t in tokens if t.text == "i")
    if not starts:
        return False
    return lower_i > 0 or sum(1 for t in starts if not t.capitalised) * 2 > len(starts)


class _Memo(dict[str, bool]):
    """A word list's answers for one story, asked once per distinct word."""

    def __init__(self, ask: Callable[[str], bool]) -> None:
        super().__init__()
        self._ask = ask

    def __missing__(self, word: str) -> bool:
        answer = self[word] = self._ask(word)
        return answer


class Reader:
    """Answers questions about one token in its sentence."""

    def __init__(self, text: str, tokens: list[Token], lex: Lexicon) -> None:
        self.text = text
        self.tokens = tokens
        self.lex = lex
        self.folded = [fold(t.core) for t in tokens]
        # Text typed all in lowercase ("me and summer were seventeen. i said ok") loses the
        # capital letters that mark names, so rare words count as names there.
        self.lowercase_text = mostly_lowercase(text, tokens)
        # A story repeats its words: each word list is asked about each word once.
        self._common = _Memo(lambda w: w in lex.common_words)
        self._known = _Memo(
            lambda w: (
                w in lex.known_words
                or w in words.CHAT_WORDS
                or american_spelling(w) in lex.known_words
                or verb_compound(w, lex.known_words)
            )
        )
        self._surname = _Memo(lambda w: w in lex.surnames and w not in NOT_NAMES)

    def first(self, i: int) -> bool:
        return self.folded[i] in self.lex.first_names and self.folded[i] not in NOT_NAMES

    def surname(self, i: int) -> bool:
        return self._surname[self.folded[i]]

    def common(self, i: int) -> bool:
        return self._common[self.folded[i]]

    def known(self, i: int) -> bool:
        return self._known[self.folded[i]]

    def safe(self, i: int) -> bool:
        return self.folded[i] in self.lex.safe_proper or self.folded[i] in NOT_NAMES

    def word(self, i: int) -> str:
        return self.folded[i] if 0 <= i < len(self.tokens) else ""

    def adjacent(self, i: int, j: int) -> bool:
        """Tokens i < j are neighbours in one phrase (a space, or an initial's dot)."""
        between = gap(self.text, self.tokens[i], self.tokens[j])
        return between in {" ", ". "} and (between == " " or len(self.tokens[i].core) == 1)

    def before(self, i: int) -> tuple[str, str]:
        """The previous word and the characters between it and token i."""
        if i == 0:
            return "", ""
        return self.folded[i - 1], gap(self.text, self.tokens[i - 1], self.tokens[i])

    def _next(self, i: int, k: int = 1) -> str:
        return self.word(i + k)

    def _next_gap(self, i: int) -> str:
        return (
            gap(self.text, self.tokens[i], self.tokens[i + 1]) if i + 1 < len(self.tokens) else ""
        )

    def named_by(self, i: int) -> bool:
        """ "a bar called Hooligans", "we called her Red", "her name was Caitlin"."""
        if i == 0 or self.folded[i - 1] not in _NAMING_LEADS:
            return False  # no word before it that can name anyone
        prev, between = self.before(i)
        if between.strip() not in {"", '"', "“"}:
            return False
        token = self.tokens[i]
        if prev in words.ALWAYS_NAMING and not self.safe(i) and self.folded[i] not in NOT_NAMES:
            return True  # "a bartender named sunny": whatever follows "named" is a name
        name_was = prev in {"is", "was"} and self.word(i - 2) == "name"
        participle = self.common(i) and self.folded[i].endswith(("ed", "ing", "en"))
        if (
            name_was
            and not (self.safe(i) or participle)
            and self.folded[i] not in words.ADVERBS | NOT_NAMES
        ):
            return True  # "her name was willow": a name in any case
        if not (token.capitalised and not self.safe(i)) and (self.common(i) or self.safe(i)):
            return False  # "I called everybody", "she called again"
        if prev in NAMING or (prev in {"is", "was"} and self.word(i - 2) == "name"):
            return True
        return prev in OBJECT_PRONOUNS and self.word(i - 2) in NAMING

    def described_by_role(self, i: int) -> bool:
        """ "Sky was a yoga instructor", "Doc was our lieutenant", "Duke, our ringleader,"."""
        nxt, next_gap = self._next(i), self._next_gap(i)
        if next_gap == " " and nxt in {"was", "is"}:
            following = [self._next(i, k) for k in (2, 3, 4, 5)]
            if following[0] in {"a", "an", "my", "our", "the", "his", "her", "their"}:
                following = following[1:]
            # the role noun, or one modifier and then the role ("a yoga instructor")
            roles = ROLES | words.MORE_ROLES
            if following[:2] == ["one", "who"]:
                return True  # "Hunter was the one who saw it"
            return bool(following) and (
                following[0] in roles
                or following[1:2] == [w for w in following[1:2] if w in roles] != []
            )
        if next_gap == ", " and nxt in {
            "my",
            "our",
            "his",
            "her",
            "their",
            "a",
            "the",
            "who",
            "whose",
        }:
            return nxt in {"who", "whose"} or self._next(i, 2) in ROLES or self._next(i, 3) in ROLES
        return False

    def context_says_name(self, i: int) -> bool:
        prev, between = self.before(i)
        token = self.tokens[i]
        nxt, next_gap = self._next(i), self._next_gap(i)
        if self.named_by(i):
            return True
        if self.folded[i] in words.ENDEARMENTS and (
            next_gap[:1] in {",", "!", "?"} or between == ", "
        ):
            return False  # '"Honey, come back"', "I said, sweetheart, relax"
        speech_after = nxt in SPEECH_VERBS and next_gap == " "
        # "Hope and I", "me and Hope" (not "she would give in, and I").
        # ("n" and "an" are "and" typed on a phone: "me n ruby were 16")
        paired = (nxt in _ANDS and next_gap == " " and self._next(i, 2) in {"i", "me"}) or (
            prev in _ANDS and between == " " and self.word(i - 2) in {"me", "i"} and i >= 2
        )
        if not token.capitalised:
            # Lowercase ambiguous words ("will", "mark") need strong evidence.
            ends_clause = next_gap.strip()[:1] in {",", ".", "!", "?", ";", ")"} or nxt == "and"
            related = (
                (prev in RELATIONS or prev in words.MORE_PEOPLE)
                and between == " "
                and (speech_after or ends_clause)
            )
            if self.lowercase_text and (token.text != token.core or self.described_by_role(i)):
                return True
            if self.lowercase_text and self.first(i) and word_names.lowercase_name_context(self, i):
                return True
            # "me and hope" names someone only where nothing is capitalised ("the only woman
            # on the crew and I" is a crew).
            return related or (paired and self.lowercase_text)
        if (prev in RELATIONS or prev in words.MORE_PEOPLE) and between.strip() in {"", ","}:
            return True
        # An appositive after a person noun: "A regular, Ploy, used to come in" (not "A regular,
        # Frankly, ..."; a lowercase "though" never gets here).
        if (
            prev in PERSON_NOUNS
            and between == ", "
            and next_gap.startswith(",")
            and not token.sentence_start
            and self.folded[i] not in DISCOURSE_WORDS
        ):
            return True
        if speech_after or token.text != token.core or paired or self.described_by_role(i):
            return True
        # A one-word sentence ("Yes. Hope. Duluth, the winter of 2008.")
        plural = (
            self.folded[i].endswith("s") and self.folded[i][:-1] in self.lex.common_words
        ) or self.folded[i] in DISCOURSE_WORDS
        if token.sentence_start and next_gap.startswith(".") and self.first(i) and not plural:
            return True
        # Vocative: "Rose, if you are reading this" / "I'm sorry, Rose." (not "Numbers, out of")
        if token.sentence_start and next_gap.startswith(",") and self.first(i) and not plural:
            return True
        return between.endswith(", ") and next_gap.strip()[:1] in {".", "!", "?"} and self.first(i)

    def initial(self, i: int) -> bool:
        return initials.stands_for_a_person(self, i)

    def month_as_name(self, i: int) -> bool:
        """A capitalised month mid-sentence is a name unless a time word leads into it."""
        token = self.tokens[i]
        if not token.capitalised or token.sentence_start:
            return False
        prev, _ = self.before(i)
        nxt_raw = self.text[token.end : token.end + 4]
        if prev in MONTH_LEADS or re.match(r"['’]?s?\s*\d", nxt_raw):
            return False
        return self._next(i) not in {"of", "and", "or", "through", "to", "until"}

    def _month_names_someone(self, i: int) -> bool:
        token = self.tokens[i]
        acts = self._next(i) in words.ACTS or (
            self._next(i) in words.ADVERBS and self._next(i, 2) in words.ACTS | SPEECH_VERBS
        )
        if token.capitalised and token.sentence_start and self._next_gap(i) == " " and acts:
            return True  # "April kept moving it off", "June never said yes"
        return self.month_as_name(i) or self.context_says_name(i)

    def starts_name(self, i: int) -> str | None:
        """Why token i is (the start of) a person's name, or None."""
        token = self.tokens[i]
        folded = self.folded[i]
        if token.core.isupper() and len(token.core) <= 2 and self.initial(i):
            return "initial"
        if (
            folded in NOT_NAMES
            or folded in LOWERCASE_TITLES
            or folded in WORD_NUMBERS
            or len(token.core) < 2
            or folded.split("'")[0] in NOT_NAMES
        ):
            return None  # "Eleven messages in a row" is a count; "She'd" a pronoun
        if folded in MONTH_NAMES:
            return "month-context" if self._month_names_someone(i) else None
        if self.safe(i):
            return None
        if token.core.isupper() and len(token.core) > 1 and not self.first(i):
            return None  # acronyms: see orgs.find_acronyms
        holiday = self.text.startswith(" Day", token.end) and folded in self.lex.places
        if holiday and not self.first(i):
            return None  # "Australia Day", "Canada Day": a holiday (not "Doris Day")
        if self.named_by(i):
            return "named"
        if self.first(i) and not self.common(i):
            if token.capitalised or len(token.core) >= 3:
                return "first-name"
            return None
        if self.first(i):
            if token.capitalised and not token.sentence_start and not token.core.isupper():
                return "first-name-capitalised"
            if self.context_says_name(i) or word_names.word_name_opens_sentence(self, i):
                return "first-name-context"
            return None
        if not token.capitalised:
            if word_names.possessive_without_apostrophe(self, i):
                return "chat-possessive"
            if not self.lowercase_text or len(token.core) < 3:
                return None
            if not self.known(i) and token.core.isalpha():
                return "unknown-lowercase"
            return "lowercase-context" if word_names.lowercase_word_as_name(self, i) else None
        if not token.sentence_start and not self.known(i):
            return "surname" if self.surname(i) else "unknown-capitalised"
        if not token.sentence_start and not self.common(i) and not token.core.isupper():
            # Capitalised mid-sentence and rare ("from Mick."): a name far more often than not,
            # but a weaker reading than a school's or a firm's ("at Stanford").
            return "rare-capitalised"
        if not token.sentence_start and self._capitalised_word_as_name(i):
            return "capitalised-context"
        if token.sentence_start and not self.known(i):
            # No dictionary knows it and it starts a sentence: still most likely a name.
            return "surname" if self.surname(i) else "unknown-capitalised"
        if not token.sentence_start and self.context_says_name(i):
            return "capitalised-context"
        if token.sentence_start and (self.described_by_role(i) or self._next(i) in SPEECH_VERBS):
            return "capitalised-context"
        return None

    def _capitalised_word_as_name(self, i: int) -> bool:
        """A capitalised ordinary word mid-sentence where only a name fits: after a verb that
        takes a person ("The owner told Red she'd"), as an aside between commas before a verb
        ("one of them, Rain, was"), or called out in quoted speech ("Back off, Deuce.")."""
        prev, between = self.before(i)
        nxt, next_gap = self._next(i), self._next_gap(i)
        if self.folded[i] in DISCOURSE_WORDS or self.folded[i].endswith("ly"):
            return False
        if prev in words.TAKES_A_PERSON and between == " ":
            nxt = nxt.split("'")[0]
            return nxt in OBJECT_PRONOUNS | {"she", "he", "that", "to", "about", "i", "and"} or (
                next_gap.strip()[:1] in {".", ",", "!", "?"}
            )
        if between == ", " and next_gap.startswith(",") and self._next(i) in words.AFTER_AN_ASIDE:
            return True
        if between == ", " and next_gap.strip()[:1] in {".", "!", "?"}:
            start = self.text.rfind("\n", 0, self.tokens[i].start)
            quote = self.text[max(0, start) : self.tokens[i].start]
            return quote.count('"') % 2 == 1 or quote.count("“") > quote.count("”")
        return False

    def continues_name(self, j: int) -> bool:
        token = self.tokens[j]
        if self.safe(j):
            return False
        if token.capitalised:
            return not self.common(j) or self.surname(j) or self.first(j)
        return (self.surname(j) or self.first(j)) and not self.known(j)


def find_people(text: str, tokens: list[Token], lex: Lexicon) -> list[Span]:
    reader = Reader(text, tokens, lex)
    spans: list[Span] = name_pairs.nicknames(reader, text, tokens)
    people: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        reason = reader.starts_name(i)
        if reason is None:
            i += 1
            continue
        start, end = i, i
        # "Big Mike", "wee heather", "crazy dave": an adjective that is part of a nickname.
        if (
            start > 0
            and reader.folded[start - 1] in words.NICKNAME_ADJECTIVES
            and reader.adjacent(start - 1, start)
            and (tokens[start - 1].capitalised or not tokens[start].capitalised)
        ):
            start -= 1
        if (
            start > 0
            and reader.adjacent(start - 1, start)
            and tokens[start - 1].text == tokens[start - 1].core
            and reader.first(start - 1)
            and tokens[start - 1].capitalised
            and not reader.safe(start - 1)
        ):
            start -= 1
        while end + 1 < len(tokens) and end - start < 3 and tokens[end].text == tokens[end].core:
            nxt = end + 1
            if (
                reader.word(nxt) in NAME_PARTICLES
                and nxt + 1 < len(tokens)
                and tokens[nxt + 1].capitalised
                and reader.adjacent(end, nxt)
                and reader.adjacent(nxt, nxt + 1)
            ):
                end = nxt + 1  # "Juan de la Cruz"
                continue
            if reader.adjacent(end, nxt) and reader.continues_name(nxt):
                end = nxt
                continue
            break
        kind = (
            "other"
            if reason in {"unknown-capitalised", "unknown-lowercase", "rare-capitalised"}
            and start == end
            else "person"
        )
        gender = lex.gender(tokens[start].core)
        stop = tokens[end].end
        if reason == "initial" and text[stop : stop + 1] == ".":
            stop += 1  # "J. said no" -> "[A] said no" (a sentence's full stop is given back)
        spans.append(Span(kind, tokens[start].start, stop, reason, gender))
        if kind == "person":
            people.append((start, end))
        i = end + 1
    return spans + name_pairs.paired_with_a_person(reader, people, spans)
