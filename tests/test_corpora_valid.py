"""Every labelled corpus with a shared validator stays well formed: a label that no longer
matches its text, or a real-looking phone number, fails here, not in a leak figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_check import main

ROOT = Path(__file__).resolve().parent


@pytest.mark.parametrize(
    ("name", "min_words"),
    [
        ("sixth", 120),
        ("seventh", 150),
        ("eighth", 150),
        ("ninth", 150),
        ("tenth", 150),
        ("eleventh", 150),
        ("twelfth", 150),
        ("thirteenth", 150),
        ("fourteenth", 150),
        ("fifteenth", 150),
        ("sixteenth", 150),
        ("seventeenth", 150),
        ("eighteenth", 150),
    ],
)
def test_corpus_is_well_formed(
    name: str, min_words: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([], ROOT / f"anonymizer_{name}", min_words=min_words) == 0, capsys.readouterr().out


def test_a_broken_label_is_caught(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = (ROOT / "anonymizer_sixth" / "stories.jsonl").read_text(encoding="utf-8")
    broken = story.replace('"text": "dubbo"', '"text": "dubbbo"', 1)
    (tmp_path / "stories.jsonl").write_text(broken, encoding="utf-8")
    assert main([], tmp_path, min_words=120) == 1
    assert "dubbbo" in capsys.readouterr().out
