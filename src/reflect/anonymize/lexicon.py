"""Gazetteers and word lists, loaded once on first use (never at import time).

Name-versus-word ambiguity is settled with SCOWL size tiers: a first name whose lowercase form is
in the size-50 English list ("will", "grace", "mark") is *ambiguous* and needs context, while a
name outside it ("kevin", "jenny", "chidi") is a name in any case form.
"""

from __future__ import annotations

import gzip
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    raw = resources.files("reflect.anonymize").joinpath("data", name).read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return [
        line.strip()
        for line in raw.decode("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def fold(word: str) -> str:
    """Lowercase and strip accents, so "Siobhán" and "siobhan" look the same."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


@dataclass(frozen=True, slots=True)
class Lexicon:
    first_names: dict[str, str]  # folded name -> "f" | "m" | "u"
    surnames: frozenset[str]
    common_words: frozenset[str]  # SCOWL size 50, lowercase entries only
    known_words: frozenset[str]  # common_words plus SCOWL size 70
    places: dict[
        str, str
    ]  # folded place (may hold spaces) -> "c" city, "s" state, "n" country, "y" county
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


@cache
def lexicon() -> Lexicon:
    first = _tsv("first_names_census.tsv.gz")
    for key, value in _tsv("first_names_extra.txt").items():
        first.setdefault(key, value)
    surnames = {fold(n) for n in _lines("surnames_census.txt.gz")}
    surnames.update(fold(n) for n in _lines("surnames_extra.txt"))
    common = frozenset(_lines("words_common.txt.gz"))
    places = _tsv("places.tsv.gz")
    brands = _tsv("brands.tsv")
    return Lexicon(
        first_names=first,
        surnames=frozenset(surnames),
        common_words=common,
        known_words=common | frozenset(_lines("words_large.txt.gz")),
        places=places,
        brands=brands,
        safe_proper=frozenset(fold(w) for w in _lines("safe_proper_nouns.txt")),
        max_place_words=max(p.count(" ") + 1 for p in places),
        max_brand_words=max(b.count(" ") + 1 for b in brands),
    )
