"""Count the grammar faults the anonymizer's replacements make, over every labelled corpus.

    python benchmarks/anonymizer_grammar.py [CORPUS.jsonl ...] [--verbose]

With no corpus named, every `tests/anonymizer_*/stories.jsonl` is read. Each story is
anonymized and every replacement is checked against the text around it:

- doubled-article: "the a hotel", "a an office" (an article before an article)
- adjacent-phrases: two noun-phrase replacements side by side ("a building a room")
- doubled-word: the same word twice in a row where the original did not have it
- lost-sentence-end: a full stop, question or exclamation mark that ended a sentence in the
  original is gone ("... on Elm St. My friend" -> "... on a street My friend")
- lost-capital: a replacement that starts a sentence in lowercase
- article-agreement: "a" or "an" before a replacement (or a replacement's own article) that
  does not fit the next word ("an city", "a university" is right)
- wrong-kind: a place named with its kind ("... University", "Fort ...", "... Tavern")
  generalised to a different kind ("a company" for a university)
- left-prefix: the lowercase first word of a name left in front of its placeholder ("fort [A]")
- article-before-phrase: an article before a replacement that is a phrase of its own ("the that
  day", "a one day")
- dangling-adjective: a replacement ending in an adjective with no noun after it ("to text a
  teenage at night", "a late-night.")

Prints the count of each fault per corpus and overall; --verbose prints every fault with the
text around it. Exits 0: the counts are for people to read (the goal is zero).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reflect.anonymize import Finding, anonymize  # noqa: E402
from reflect.anonymize.lexicon import fold, lexicon  # noqa: E402
from reflect.anonymize.policy import indefinite_article  # noqa: E402
from reflect.anonymize.text import sentence_start_at  # noqa: E402

FAULTS = (
    "doubled-article",
    "adjacent-phrases",
    "doubled-word",
    "lost-sentence-end",
    "lost-capital",
    "article-agreement",
    "wrong-kind",
    "left-prefix",
    "article-before-phrase",
    "dangling-adjective",
)
_PHRASE_START_RE = re.compile(r"(?:that|this|those|one|some)\s", re.IGNORECASE)
_ADJECTIVE_END_RE = re.compile(r"\b(?:teenage|late-night|quarterly)$", re.IGNORECASE)
# A noun-ish word next ("a teenage girl", "the quarterly numbers"), not a function word or a stop.
_NOUN_NEXT_RE = re.compile(
    r"\s+(?!(?:and|or|but|at|in|on|to|with|from|for|of|who|when|then|was|is|she|he|i)\b)[A-Za-z]"
)
_ARTICLE_RE = re.compile(r"^(?:a|an|the)\s", re.IGNORECASE)
_DOUBLED_ARTICLE_RE = re.compile(r"\b(?:a|an|the)\s+(?:a|an|the)\b", re.IGNORECASE)
_DOUBLED_WORD_RE = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
_ARTICLE_WORD_RE = re.compile(r"\b(a|an)\s+([A-Za-z][\w-]*)")
_ENDS_SENTENCE_RE = re.compile(r"[.!?…][\"”’')\]]*$")
_INNER_END_RE = re.compile(
    r"(?<!\b(?:Mt|St|Dr|Ft|Mr|Ms|Jr|Sr))(?<!\bMrs)(?<!\b[A-Z])[.!?][\"”’')]*\s+[\"“‘(]*[A-Z]"
)
# A kind word in a name, and the generic nouns that fit it.
_KIND_WORDS = {
    r"\buniversity\b|\buni\b": ("university", "college", "school"),
    r"\bcollege\b": ("college", "university", "school"),
    r"\b(?:high school|high|elementary|middle school|prep)\b": ("school",),
    # a school, or a club's academy that a boy plays for ("i play for an academy")
    r"\bacademy\b": ("school", "academy"),
    # A military base; a mountaineers' "Base Camp" is a camp, and "a place" fits it.
    r"^(?:fort|ft\.?|camp)\s|\bbase\b(?!\s+camp\b)|\bbarracks\b": ("base",),
    r"\b(?:bar|pub|tavern|saloon|taproom)\b": ("bar", "pub"),
    r"\b(?:hotel|inn|motel|resort)\b": ("hotel",),
    r"\b(?:church|chapel|cathedral)\b": ("church",),
    r"\b(?:hospital|clinic)\b": ("hospital", "clinic"),
    r"\b(?:diner|cafe|café|restaurant|bistro|grill)\b": ("restaurant", "diner", "cafe", "café"),
}
_ENDS_A_SENTENCE_RE = re.compile(r"(?!(?:st|mt|ft)\.$)[a-z]+\.")
_PREFIX_WORDS = frozenset(
    "fort ft camp mount mt lake university college club hotel bar cafe saint st uss hms".split()
)


def faults_in(text: str, findings: list[Finding], output: str) -> list[tuple[str, str]]:
    """(fault, context) for every fault the findings make in this text."""
    found: list[tuple[str, str]] = []
    ordered = sorted(findings, key=lambda f: f.start)

    def context(finding: Finding) -> str:
        before = text[max(0, finding.start - 30) : finding.start]
        after = text[finding.end : finding.end + 30]
        return f"…{before}[{finding.original} -> {finding.replacement}]{after}…".replace("\n", " ")

    for index, finding in enumerate(ordered):
        nxt = ordered[index + 1] if index + 1 < len(ordered) else None
        before = text[max(0, finding.start - 12) : finding.start]
        if re.search(r"\b(?:a|an|the)\s+$", before, re.IGNORECASE) and _ARTICLE_RE.match(
            finding.replacement
        ):
            found.append(("doubled-article", context(finding)))
        if (
            nxt is not None
            and text[finding.end : nxt.start].strip() == ""
            and "\n" not in text[finding.end : nxt.start]
            and _ARTICLE_RE.match(finding.replacement)
            and _ARTICLE_RE.match(nxt.replacement)
        ):
            found.append(("adjacent-phrases", context(finding)))
        rest = text[finding.end :]
        next_char = rest.lstrip(" \t\"”’')")[:1]
        if _ENDS_SENTENCE_RE.search(finding.original) and (next_char == "" or next_char.isupper()):
            if not _ENDS_SENTENCE_RE.search(finding.replacement):
                found.append(("lost-sentence-end", context(finding)))
        elif _INNER_END_RE.search(finding.original) and not re.search(
            r"[.!?]", finding.replacement
        ):
            found.append(("lost-sentence-end", context(finding)))
        if (
            sentence_start_at(text, finding.start)
            and finding.replacement[:1].islower()
            and text[finding.start : finding.start + 1].isupper()
        ):
            found.append(("lost-capital", context(finding)))
        if re.search(r"\b(?:a|an|the)\s+$", before, re.IGNORECASE) and _PHRASE_START_RE.match(
            finding.replacement
        ):
            found.append(("article-before-phrase", context(finding)))
        if _ADJECTIVE_END_RE.search(finding.replacement) and not _NOUN_NEXT_RE.match(rest):
            found.append(("dangling-adjective", context(finding)))
        article = re.search(r"\b(a|an)\s+$", before, re.IGNORECASE)
        word = re.match(r"[A-Za-z][\w-]*", finding.replacement)
        if article and word and indefinite_article(word.group()) != article.group(1).lower():
            found.append(("article-agreement", context(finding)))
        own = _ARTICLE_WORD_RE.match(finding.replacement)
        if own and indefinite_article(own.group(2)) != own.group(1).lower():
            found.append(("article-agreement", context(finding)))
        # "Chapel Hill", "Bar Harbor": a town the gazetteer knows, named with a kind's word.
        known_town = finding.replacement.endswith(("city", "town")) and (
            fold(finding.original.lower()) in lexicon().places
        )
        if (
            finding.kind in {"org", "venue", "place"}
            and not finding.replacement.startswith("[")
            and not known_town
        ):
            original = finding.original.lower()
            for pattern, nouns in _KIND_WORDS.items():
                if re.search(pattern, original) and not any(
                    n in finding.replacement.lower() for n in nouns
                ):
                    found.append(("wrong-kind", context(finding)))
                    break
        prev_word = re.search(r"([A-Za-z.]+)\s+$", text[max(0, finding.start - 12) : finding.start])
        if (
            prev_word
            and prev_word.group(1).islower()
            and prev_word.group(1).rstrip(".") in _PREFIX_WORDS
            and not _ENDS_A_SENTENCE_RE.fullmatch(prev_word.group(1))  # "a social club. [D]"
            and finding.replacement.startswith("[")
        ):
            found.append(("left-prefix", context(finding)))
    doubled = len(_DOUBLED_WORD_RE.findall(output)) - len(_DOUBLED_WORD_RE.findall(text))
    found += [("doubled-word", "(in the output)")] * max(0, doubled)
    doubled = len(_DOUBLED_ARTICLE_RE.findall(output)) - len(_DOUBLED_ARTICLE_RE.findall(text))
    already = sum(1 for fault, _ in found if fault == "doubled-article")
    found += [("doubled-article", "(in the output)")] * max(0, doubled - already)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    corpora = args.corpora or sorted((ROOT / "tests").glob("anonymizer_*/stories.jsonl"))
    overall: Counter[str] = Counter()
    for corpus in corpora:
        counts: Counter[str] = Counter()
        examples: list[tuple[str, str, str]] = []
        stories = [json.loads(line) for line in corpus.read_text().splitlines() if line.strip()]
        for story in stories:
            result = anonymize(story["text"])
            for fault, where in faults_in(story["text"], result.findings, result.text):
                counts[fault] += 1
                examples.append((story["id"], fault, where))
        overall += counts
        name = corpus.parent.name
        total = sum(counts.values())
        print(f"{name}: {len(stories)} stories, {total} grammar faults")
        print("  " + ", ".join(f"{fault} {counts[fault]}" for fault in FAULTS))
        if args.verbose:
            for story_id, fault, where in examples:
                print(f"    {story_id} {fault}: {where}")
    print(f"all corpora: {sum(overall.values())} grammar faults")
    print("  " + ", ".join(f"{fault} {overall[fault]}" for fault in FAULTS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
