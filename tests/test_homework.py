"""The homework core without a terminal: signatures (and the stock minisign tool), the set's
order and scales in a hand-in, homework updates, the inbox's names and charts, the PDF."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reflect.homework import handin, inbox, installed_sets, signing
from reflect.homework.clients import ClientBook, SenderKind
from reflect.homework.installed_sets import Change
from reflect.models import Answer, Entry
from reflect.promptsets import load_set_text
from reflect.vault import age

SET = """\
[set]
id = "weekly"
title = "Weekly"
version = 1
author = "Sam"

[set.homework]
counselor = "Sam"
due = 2030-12-01

[[steps]]
id = "first"
kind = "yesno"
text = "First?"

[[steps]]
id = "steady"
kind = "scale"
text = "How steady?"
min = 0
max = 10
labels = ["not at all", "completely"]
"""


def entry(steady: int = 7, *, days: int = 0) -> Entry:
    return Entry.model_validate(
        {
            "created": datetime(2026, 11, 20, tzinfo=UTC) + timedelta(days=days),
            "set": "weekly",
            "set_version": 1,
            "answers": [
                Answer(step="steady", prompt="How steady?", kind="scale", value=steady),
                Answer(step="gone", prompt="A question since removed", kind="text", value="old"),
                Answer(step="first", prompt="First?", kind="yesno", value="yes"),
            ],
        }
    )


def test_answers_come_in_the_sets_order_with_scales_and_earlier_ones_marked() -> None:
    doc = handin.build(entry(), prompt_set=load_set_text(SET))
    assert [a.step for a in doc.answers] == ["first", "steady", "gone"]
    steady = doc.answers[1]
    assert steady.scale is not None and (steady.scale.min, steady.scale.max) == (0, 10)
    assert steady.scale.labels == {"0": "not at all", "10": "completely"}
    assert steady.shown_value() == "7, on a scale of 0 to 10 (0 = not at all, 10 = completely)"
    assert doc.answers[2].earlier_version and not doc.answers[0].earlier_version
    assert doc.due is not None and doc.homework and doc.homework.counselor == "Sam"
    data = json.loads(handin.to_json(doc))
    assert data["answers"][1]["scale"]["max"] == 10  # in JSON too


def test_a_signature_the_stock_minisign_tool_accepts(tmp_path: Path) -> None:
    signer = signing.generate()
    counselor = age.Identity.generate()
    sealed = handin.seal(handin.build(entry()), counselor.recipient, signer)
    envelope = json.loads(counselor.decrypt(sealed))
    document = envelope["document"].encode()
    assert signing.verify(envelope["signer"], document, envelope["signature"])
    assert not signing.verify(envelope["signer"], document + b" ", envelope["signature"])
    assert not signing.verify(signing.generate().public, document, envelope["signature"])
    if shutil.which("minisign") is None:
        pytest.skip("the minisign CLI is not installed")
    (tmp_path / "h.json").write_bytes(document)
    (tmp_path / "h.json.minisig").write_text(envelope["signature"])
    done = subprocess.run(
        ["minisign", "-V", "-P", envelope["signer"], "-m", str(tmp_path / "h.json")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    (tmp_path / "h.json").write_bytes(document.replace(b"yes", b"no!"))
    bad = subprocess.run(
        ["minisign", "-V", "-P", envelope["signer"], "-m", str(tmp_path / "h.json")],
        capture_output=True, check=False,
    )  # fmt: skip
    assert bad.returncode != 0


def test_fingerprints_are_short_and_readable() -> None:
    code = signing.generate().fingerprint
    assert len(code) == 19 and code.count(" ") == 3
    assert set(code.replace(" ", "")) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def test_trust_on_first_use_in_the_order_of_hand_ins(tmp_path: Path) -> None:
    counselor = age.Identity.generate()
    alex, impostor = signing.generate(), signing.generate()
    folder = tmp_path / "box"
    folder.mkdir()

    def put(name: str, signer: signing.Signer, days: int) -> None:
        doc = handin.build(
            entry(days), display_name="Alex", shared=datetime(2026, 12, 1 + days, tzinfo=UTC)
        )
        (folder / name).write_bytes(handin.seal(doc, counselor.recipient, signer))

    put("z-first.age", alex, 0)  # named to sort last: the date decides, not the name
    put("a-later.age", impostor, 3)
    book = ClientBook.load(tmp_path, counselor)
    items = inbox.open_all(inbox.collect([folder]), [counselor], book)
    assert [(i.path.name, i.sender.kind) for i in items if i.sender] == [
        ("z-first.age", SenderKind.NEW),
        ("a-later.age", SenderKind.CHANGED),
    ]
    book.save()
    again = inbox.open_all(
        inbox.collect([folder]), [counselor], ClientBook.load(tmp_path, counselor)
    )
    assert [i.sender.kind for i in again if i.sender] == [SenderKind.KNOWN, SenderKind.CHANGED]


def test_save_names_and_the_chart(tmp_path: Path) -> None:
    counselor = age.Identity.generate()
    alex = signing.generate()
    folder = tmp_path / "box"
    folder.mkdir()
    for day, value in enumerate([2, 9, 5]):
        doc = handin.build(entry(value, days=day), display_name="Alex / ../x",
                           prompt_set=load_set_text(SET),
                           shared=datetime(2026, 12, 1 + day, tzinfo=UTC))  # fmt: skip
        (folder / f"{day}.age").write_bytes(handin.seal(doc, counselor.recipient, alex))
    items = inbox.open_all(
        inbox.collect([folder]), [counselor], ClientBook.load(tmp_path, counselor)
    )
    names = [inbox.save_name(i, "md") for i in items]
    assert all(n.parts[0] == "alex-x" for n in names)  # no way out of the folder
    assert len(set(names)) == 3 and names[0].name.startswith("2026-12-01-weekly-")
    (series,) = inbox.scale_series(inbox.of_client(items, "ALEX / ../X"))
    lines = inbox.chart_lines(series)
    assert [line.split()[-2] for line in lines] == ["2", "9", "5"]
    assert lines[1].count("█") > lines[2].count("█") > lines[0].count("█")


def test_a_homework_update_without_a_new_version(tmp_path: Path) -> None:
    home = tmp_path / "home"
    first = tmp_path / "a.toml"
    first.write_text(SET)
    installed_sets.install(home, installed_sets.plan_add(home, first))
    moved = tmp_path / "b.toml"
    moved.write_text(SET.replace("due = 2030-12-01", 'due = 2030-12-08\nnote = "New note"'))
    plan = installed_sets.plan_add(home, moved)
    assert plan.change is Change.HOMEWORK
    changes = {name: (str(a), str(b)) for name, a, b in plan.homework_changes()}
    assert changes == {"due": ("2030-12-01", "2030-12-08"), "note": ("None", "New note")}


def test_the_pdf_holds_the_answers(tmp_path: Path) -> None:
    from reflect.homework.pdf import to_pdf

    doc = handin.build(entry(), omit=["gone"], display_name="Alex", prompt_set=load_set_text(SET))
    data = to_pdf(doc, "Alex (verified)")
    assert data.startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        return
    path = tmp_path / "h.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "How steady?" in text and "7, on a scale of 0 to 10" in text
    assert "1 answer was not shared" in text and "A question since removed" in text
    assert "Alex (verified)" in text and "2030-12-01" in text
