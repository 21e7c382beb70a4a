"""Gazetteers and word lists, loaded once on first use (never at import time).

Name-versus-word ambiguity is settled with SCOWL size tiers: a first name whose lowercase form is
in the size-50 English list ("will", "grace", "mark") is *ambiguous* and needs context, while a
name outside it ("kevin", "jenny", "chidi") is a name in any case form.
"""

from __future__ import annotations

import gzip
import os
import unicodedata
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

# The word lists ship as files beside this module (the wheel is always installed unpacked);
# a plain path spares importing importlib.resources' zip support at every start.
# (os.path, not pathlib: `reflect anonymize` is a filter whose start-up is its cost, and pathlib
# would be imported for this alone.)
DATA = os.path.join(os.path.dirname(__file__), "data")


def _read(name: str) -> bytes:
    with open(os.path.join(DATA, name), "rb") as data:
        return data.read()


def _lines(name: str) -> list[str]:
    raw = _read(name)
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return [
        line.strip()
        for line in raw.decode("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lowercase and strip accents, so "Siobhán" and "siobhan" look the same (cached: the
    same words are folded over and over in one story)."""
    if word.isascii():
        return word.casefold().replace("’", "'")
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def _bucket(word: str) -> str:
    return word[:3]


class Words:
    """A set of words kept as one newline-joined string per three-letter prefix.

    Loading it from the precompiled file creates a few hundred strings instead of a hundred
    thousand, which is most of what made start-up slow; a lookup searches one small bucket.
    """

    __slots__ = ("_buckets",)

    def __init__(self, buckets: dict[str, str]) -> None:
        self._buckets = buckets

    @classmethod
    def of(cls, words: Iterable[str]) -> Words:
        grouped: dict[str, list[str]] = {}
        for word in sorted(set(words)):
            grouped.setdefault(_bucket(word), []).append(word)
        return cls({key: "\n" + "\n".join(group) + "\n" for key, group in grouped.items()})

    def __contains__(self, word: object) -> bool:
        # The hottest call of the engine: the bucket key is inlined (see _bucket), and a word
        # holding a newline is refused after the look-up, where it is rarely reached.
        if not isinstance(word, str):
            return False
        bucket = self._buckets.get(word[:3])
        return bucket is not None and f"\n{word}\n" in bucket and bool(word) and "\n" not in word

    def __iter__(self) -> Iterator[str]:
        for bucket in self._buckets.values():
            yield from bucket.strip("\n").split("\n")

    def __len__(self) -> int:
        return sum(bucket.count("\n") - 1 for bucket in self._buckets.values())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Words) and self._buckets == other._buckets

    __hash__ = None  # type: ignore[assignment]

    @property
    def buckets(self) -> dict[str, str]:
        return self._buckets


class Table:
    """A word -> short value map kept like :class:`Words` ("word\tvalue" lines per bucket)."""

    __slots__ = ("_buckets",)

    def __init__(self, buckets: dict[str, str]) -> None:
        self._buckets = buckets

    @classmethod
    def of(cls, table: dict[str, str]) -> Table:
        grouped: dict[str, list[str]] = {}
        for key in sorted(table):
            grouped.setdefault(_bucket(key), []).append(f"{key}\t{table[key]}")
        return cls({key: "\n" + "\n".join(group) + "\n" for key, group in grouped.items()})

    def get(self, key: str, default: str | None = None) -> str | None:
        bucket = self._buckets.get(key[:3])  # _bucket, inlined: this is a hot path
        if bucket is None:
            return default
        at = bucket.find(f"\n{key}\t")
        if at < 0 or not key or "\n" in key or "\t" in key:
            return default
        start = at + len(key) + 2
        return bucket[start : bucket.index("\n", start)]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def items(self) -> Iterator[tuple[str, str]]:
        for bucket in self._buckets.values():
            for line in bucket.strip("\n").split("\n"):
                key, _, value = line.partition("\t")
                yield key, value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Table) and self._buckets == other._buckets

    __hash__ = None  # type: ignore[assignment]

    @property
    def buckets(self) -> dict[str, str]:
        return self._buckets


class KnownWords:
    """The common words plus the rarer ones, without building their union."""

    __slots__ = ("common", "rarer")

    def __init__(self, common: Words, rarer: Words) -> None:
        self.common, self.rarer = common, rarer

    def __contains__(self, word: object) -> bool:
        return word in self.common or word in self.rarer

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, KnownWords)
            and self.common == other.common
            and self.rarer == other.rarer
        )

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class Lexicon:
    first_names: dict[str, str]  # folded name -> "f" | "m" | "u"
    surnames: Words
    common_words: Words  # SCOWL size 50, lowercase entries only
    known_words: KnownWords  # common_words plus SCOWL size 70
    places: Table  # folded place (may hold spaces) -> "c" city, "s" state, "n" country, "y" county
    brands: dict[str, str]  # folded brand -> generic noun ("hotel", "company")
    safe_proper: frozenset[str]  # folded capitalised words that identify nobody
    max_place_words: int
    max_brand_words: int

    def gender(self, word: str) -> str:
        return self.first_names.get(fold(word), "u")


def _tsv(name: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _lines(name):
        key, _, value = line.partition("\t")
        table.setdefault(fold(key), value.strip())
    return table


SOURCES = (
    "first_names_census.tsv.gz",
    "first_names_extra.txt",
    "surnames_census.txt.gz",
    "surnames_extra.txt",
    "words_common.txt.gz",
    "words_large.txt.gz",
    "places.tsv.gz",
    "brands.tsv",
    "safe_proper_nouns.txt",
)
# The word lists, already folded and split, as one pickle: loading it costs a fraction of
# parsing the sources (docs/architecture.md, "Performance budgets"). It carries a digest of
# the sources; when they change and it was not rebuilt, the sources are read instead, so a
# stale file can slow the program down but never make it miss a name.
COMPILED = "lexicon.pickle"  # uncompressed: gunzip alone cost more than the rest of the load


def sources_digest() -> str:
    import hashlib

    digest = hashlib.sha256()
    for name in SOURCES:
        digest.update(name.encode() + b"\0" + _read(name))
    return digest.hexdigest()


def _with_folded(words: list[str]) -> set[str]:
    found = set(words)
    found.update(fold(w) for w in words if not w.isascii())
    return found


def build() -> Lexicon:
    """The lexicon, from the source word lists (slow: a few hundred milliseconds)."""
    first = _tsv("first_names_census.tsv.gz")
    for key, value in _tsv("first_names_extra.txt").items():
        first.setdefault(key, value)
    surnames = {fold(n) for n in _lines("surnames_census.txt.gz")}
    surnames.update(fold(n) for n in _lines("surnames_extra.txt"))
    # Words are looked up folded ("café" as "cafe"), so accented words are kept folded too.
    common = _with_folded(_lines("words_common.txt.gz"))
    places = _tsv("places.tsv.gz")
    brands = _tsv("brands.tsv")
    common_words = Words.of(common)
    return Lexicon(
        first_names=first,
        surnames=Words.of(surnames),
        common_words=common_words,
        known_words=KnownWords(
            common_words,
            Words.of(w for w in _with_folded(_lines("words_large.txt.gz")) if w not in common),
        ),
        places=Table.of(places),
        brands=brands,
        safe_proper=frozenset(fold(w) for w in _lines("safe_proper_nouns.txt")),
        max_place_words=max(p.count(" ") + 1 for p in places),
        max_brand_words=max(b.count(" ") + 1 for b in brands),
    )


def compile_to(path: object) -> None:
    """Write the precompiled lexicon (``python -m reflect.anonymize.lexicon``)."""
    import pickle

    lex = build()
    payload = (
        sources_digest(),
        lex.first_names,
        lex.surnames.buckets,
        lex.common_words.buckets,
        lex.known_words.rarer.buckets,
        lex.places.buckets,
        lex.brands,
        sorted(lex.safe_proper),
        lex.max_place_words,
        lex.max_brand_words,
    )
    with open(str(path), "wb") as out:
        out.write(pickle.dumps(payload, protocol=4))


def _load_compiled() -> Lexicon | None:
    import pickle

    try:
        raw = _read(COMPILED)
        payload = pickle.loads(raw)  # noqa: S301 - our own package data, like the code
        digest, first, surnames, common, rarer, places, brands, safe, places_n, brands_n = payload
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError):
        return None
    if digest != sources_digest():
        return None
    common_words = Words(common)
    return Lexicon(
        first_names=first,
        surnames=Words(surnames),
        common_words=common_words,
        known_words=KnownWords(common_words, Words(rarer)),
        places=Table(places),
        brands=brands,
        safe_proper=frozenset(safe),
        max_place_words=places_n,
        max_brand_words=brands_n,
    )


def american_spelling(word: str) -> str:
    """ "favourite" -> "favorite", "realised" -> "realized", "colour" -> "color": the word
    lists (SCOWL) are American, and a British spelling must not read as an unknown name."""
    for old, new in (
        ("our", "or"),
        ("ise", "ize"),
        ("yse", "yze"),
        ("tre", "ter"),
        ("ll", "l"),
        ("ogue", "og"),
        ("ence", "ense"),
    ):
        word = word.replace(old, new)
    return word


def verb_compound(word: str, known: Container[str]) -> bool:
    """ "bartended", "babysitting", "carpooled": a known word run into a known verb form. Such
    a word is English, not a name, in text typed without capitals. The verb part must be five
    letters or more, so that "redding" (a town) is not "red" + "ding"."""
    if not word.endswith(("ed", "ing")):
        return False
    return any(word[:cut] in known and word[cut:] in known for cut in range(3, len(word) - 4))


@cache
def lexicon() -> Lexicon:
    return _load_compiled() or build()


if __name__ == "__main__":
    target = os.path.join(DATA, COMPILED)
    compile_to(target)
    print(f"wrote {target}")
