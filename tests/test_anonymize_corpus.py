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
