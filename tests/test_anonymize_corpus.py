"""The acceptance figure: the engine over the labelled corpus leaks at most 2% of the planted
identifiers and keeps at least 95% of the other words."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "anonymizer_corpus" / "stories.jsonl"


def load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "anonymizer_eval", ROOT / "benchmarks" / "anonymizer_eval.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not CORPUS.exists(), reason="labelled corpus not written yet")
def test_corpus_leak_rate_and_over_redaction() -> None:
    evaluation = load_eval()
    scores = evaluation.Scores()
    for story in evaluation.load(CORPUS):
        evaluation.score_story(story, scores)
    assert scores.identifiers > 0
    leak_rate = len(scores.leaks) / scores.identifiers
    over_redaction = scores.other_missing / max(1, scores.other_words)
    assert leak_rate <= 0.02, f"leaks: {scores.leaks}"
    assert over_redaction <= 0.05


# Every corpus the engine has been measured on, with the figures it must keep after tuning
# (issue 11's targets: at most 1.5% of identifiers and 1 story in 10 with a leak, at least 97% of
# other words kept). All four now leak nothing; the bounds keep a margin below the targets
# (at most 1% of identifiers, 1 story in 20) so a regression shows before a target is lost.
CORPORA = {
    "anonymizer_heldout": (0.01, 0.05),
    "anonymizer_unseen": (0.01, 0.05),
    "anonymizer_third": (0.01, 0.05),
    "anonymizer_fourth": (0.01, 0.05),
    # Written later, in voices and shapes the others lack (chat style, word-names, nicknames,
    # lowercase venues and teams). They are NOT at the targets yet: these bounds only stop a
    # regression from where they stand. Both have been tuned on by kind (the sixth only after its
    # first-sight figure, 7.64%, was taken), so neither is unseen any more.
    "anonymizer_fifth": (0.03, 0.17),
    "anonymizer_sixth": (0.04, 0.25),
    # Written for issue 11's third stop, without sight of the engine. The seventh and eighth
    # were measured at first sight (13.03% and 8.83%) and then tuned on by kind; the ninth and
    # tenth are kept unseen (measured only, never read for their misses).
    "anonymizer_seventh": (0.07, 0.40),
    "anonymizer_eighth": (0.06, 0.35),
    "anonymizer_ninth": (0.10, 0.50),
    "anonymizer_tenth": (0.07, 0.45),
    # Written for issue 11's fourth stop, without sight of the engine. The eleventh was measured
    # at first sight (7.99%) and then tuned on by kind; the twelfth (first sight 5.65%) is kept
    # unseen: measured only, and read only for its grammar faults.
    "anonymizer_eleventh": (0.06, 0.30),
    "anonymizer_twelfth": (0.07, 0.40),
    # The thirteenth (first sight 7.89%, 7.29% after the stop's first rules) was then tuned on by
    # kind. The fourteenth is written as the app receives text (short separate answers); first
    # measured at 10.10%, then tuned on by kind, because that shape is what the engine meets.
    "anonymizer_thirteenth": (0.05, 0.35),
    "anonymizer_fourteenth": (0.07, 0.40),
    # Written late in the fourth stop and kept unseen: measured only (first sight 7.41% and
    # 9.25% with the engine the stop began with).
    "anonymizer_fifteenth": (0.10, 0.55),
    "anonymizer_sixteenth": (0.10, 0.55),
    # Written for issue 11's fifth stop, without sight of the engine, and kept unseen: measured
    # only (first sight 11.33% and 7.48% with the engine the stop began with).
    "anonymizer_seventeenth": (0.14, 0.60),
    "anonymizer_eighteenth": (0.09, 0.45),
}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_every_corpus_keeps_its_figures(name: str) -> None:
    evaluation = load_eval()
    scores = evaluation.Scores()
    for story in evaluation.load(ROOT / "tests" / name / "stories.jsonl"):
        evaluation.score_story(story, scores)
    max_leak_rate, max_stories_with_leaks = CORPORA[name]
    assert len(scores.leaks) / scores.identifiers <= max_leak_rate, scores.leaks
    assert scores.stories_with_leaks / scores.stories <= max_stories_with_leaks, scores.leaks
    assert scores.other_missing / max(1, scores.other_words) <= 0.03


def test_no_grammar_faults_on_any_corpus() -> None:
    spec = importlib.util.spec_from_file_location(
        "anonymizer_grammar", ROOT / "benchmarks" / "anonymizer_grammar.py"
    )
    assert spec and spec.loader
    grammar = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = grammar
    spec.loader.exec_module(grammar)
    from reflect.anonymize import anonymize

    faults = []
    for corpus in sorted((ROOT / "tests").glob("anonymizer_*/stories.jsonl")):
        for story in evaluation_lines(corpus):
            result = anonymize(str(story["text"]))
            faults += [
                (story["id"], *f)
                for f in grammar.faults_in(story["text"], result.findings, result.text)
            ]
    assert faults == []


def evaluation_lines(path: Path) -> list[dict[str, object]]:
    import json

    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
