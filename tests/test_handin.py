"""The hand-in core, counselor keys and installed sets, without a terminal."""

from __future__ import annotations

import json
import re
import tomllib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reflect.errors import DamagedError, ReflectError, UsageError, VaultLockedError
from reflect.homework import counselor_key as counselor_keys
from reflect.homework import handin, installed_sets, packing
from reflect.homework.installed_sets import Change
from reflect.models import Answer, Entry
from reflect.promptsets import Homework, PromptSetError, load_set_text, validate_text
from reflect.ui.passphrase import PassphrasePrompt
from reflect.vault import age

from conftest import PASSPHRASE
from helpers import make_entry

SET_TEXT = """\
# A counselor's set. This comment must survive packing.
[set]
id = "week-three"
title = "Week three"
version = 1
author = "Sam Rivera"

[[steps]]
id = "pushed"
kind = "yesno"
text = "Did you push further than she wanted?"

[[steps]]
id = "pushed-what"
kind = "text"
text = "What happened?"
when = { step = "pushed", is = "yes" }
"""


def entry_with(*answers: Answer) -> Entry:
    return make_entry().model_copy(update={"answers": list(answers)})


@pytest.fixture(scope="module")
def counselor() -> age.Identity:
    return age.Identity.generate()


# ---- building ------------------------------------------------------------------------------


def test_build_carries_set_name_times_and_questions() -> None:
    entry = make_entry("It was at a party.")
    doc = handin.build(entry, display_name="  Alex ", set_title="The article's questions")
    assert doc.format == "reflect.handin/2"
    assert doc.set_info.id == "imperfect-men"
    assert doc.set_info.version == 1
    assert doc.set_info.title == "The article's questions"
    assert doc.display_name == "Alex"
    assert doc.created == entry.created
    assert [(a.step, a.prompt, a.value) for a in doc.answers] == [
        ("drink", "Did I ever ...?", "yes"),
        ("drink-what", "What happened?", "It was at a party."),
    ]


def test_omitted_answers_leave_a_marker_with_their_question() -> None:
    doc = handin.build(make_entry("It was at a party."), omit=["drink-what"])
    assert [(w.step, w.prompt) for w in doc.withheld] == [("drink-what", "What happened?")]
    assert b"party" not in doc.to_json_bytes()
    assert handin.withheld_summary(doc) == "1 answer was not shared"
    assert "- *What happened?*" in handin.to_markdown(doc)


def test_omitted_quietly_leaves_only_a_count() -> None:
    doc = handin.build(make_entry("It was at a party."), omit=["drink-what"], name_withheld=False)
    assert len(doc.withheld) == 1
    assert [a.step for a in doc.answers] == ["drink"]
    data = doc.to_json_bytes()
    assert b"party" not in data
    assert b"drink-what" not in data
    assert b"What happened" not in data


def test_blank_display_name_is_left_out() -> None:
    doc = handin.build(make_entry(), display_name="   ")
    assert doc.display_name is None
    assert "display_name" not in json.loads(doc.to_json_bytes())


def test_unknown_step_to_omit_is_a_usage_error() -> None:
    with pytest.raises(
        UsageError, match=r"no answer to a step called 'drink-wat'.*drink, drink-what"
    ):
        handin.build(make_entry(), omit=["drink-wat"])


def test_leaving_everything_out_hands_in_nothing() -> None:
    with pytest.raises(ReflectError, match="nothing to hand in"):
        handin.build(make_entry(), omit=["drink", "drink-what"])


def test_skipped_answers_are_shown_as_skipped() -> None:
    entry = entry_with(
        Answer(step="a", prompt="Q?", kind="text", value=None, skipped=True),
        Answer(step="b", prompt="Did you?", kind="yesno", value="no"),
        Answer(step="c", prompt="How much?", kind="scale", value=4),
    )
    doc = handin.build(entry)
    assert [a.shown_value() for a in doc.answers] == ["(skipped)", "No", "4"]


def test_neutral_name_says_nothing() -> None:
    names = {handin.neutral_name() for _ in range(50)}
    assert len(names) == 50
    assert all(re.fullmatch(r"handin-[0-9a-f]{16}\.age", n) for n in names)


def test_markdown_reads_without_the_set() -> None:
    doc = handin.build(make_entry("It was at a party."), display_name="Alex", set_title="Title")
    text = handin.to_markdown(doc, "Alex (known client)")
    assert text.startswith("# Title\n")
    assert "- **Client:** Alex (known client)\n- **Set:** imperfect-men, version 1\n" in text
    assert "- **Answered:** 2026-11-20\n" in text
    assert "**What happened?**\n\nIt was at a party.\n" in text
    assert "**Did I ever ...?**\n\nYes\n" in text
    assert "\n## " not in text  # a long question is not a heading
    unverified = handin.to_markdown(doc)
    assert "- **Client:** Alex (not verified)" in unverified


def test_json_rendering_is_the_document(counselor: age.Identity) -> None:
    doc = handin.build(make_entry())
    assert handin.parse(handin.to_json(doc).encode()) == doc


# ---- sealing and opening -------------------------------------------------------------------


def test_round_trip_to_the_counselor_only(counselor: age.Identity) -> None:
    secret = "At the staff party in March I kept refilling her glass"
    doc = handin.build(make_entry(secret), display_name="Alex")
    sealed = handin.seal(doc, counselor.recipient)
    assert secret.encode() not in sealed
    assert b"Alex" not in sealed
    assert sealed.count(b"\n-> X25519 ") == 1  # exactly one recipient
    assert handin.open_handin(sealed, counselor) == doc


def test_seal_refuses_a_bad_recipient() -> None:
    with pytest.raises(UsageError, match="not a counselor's public key"):
        handin.seal(handin.build(make_entry()), "age1notakey")


def test_another_key_cannot_open_it(counselor: age.Identity) -> None:
    sealed = handin.seal(handin.build(make_entry()), counselor.recipient)
    other = age.Identity.generate()
    with pytest.raises(VaultLockedError, match="was not encrypted for your key") as caught:
        handin.open_handin(sealed, other, "handin-x.age")
    assert caught.value.exit_code == 3
    assert other.recipient in str(caught.value)


@pytest.mark.parametrize("cut", [0.5, 0.9, 0.99])
def test_truncated_hand_in_is_damaged(counselor: age.Identity, cut: float) -> None:
    sealed = handin.seal(handin.build(make_entry("x" * 2000)), counselor.recipient)
    with pytest.raises(DamagedError, match="damaged or incomplete") as caught:
        handin.open_handin(sealed[: int(len(sealed) * cut)], counselor)
    assert caught.value.exit_code == 4


def test_a_flipped_byte_in_the_body_is_damage(counselor: age.Identity) -> None:
    sealed = bytearray(handin.seal(handin.build(make_entry()), counselor.recipient))
    sealed[-5] ^= 0x01
    with pytest.raises(DamagedError):
        handin.open_handin(bytes(sealed), counselor)


@pytest.mark.parametrize("data", [b"", b"   ", b"hello, this is not encrypted", b"\x00\x01\x02"])
def test_not_an_age_file(counselor: age.Identity, data: bytes) -> None:
    with pytest.raises(DamagedError, match="is not a hand-in"):
        handin.open_handin(data, counselor, "notes.age")


def test_an_age_file_that_is_not_a_hand_in(counselor: age.Identity) -> None:
    sealed = age.encrypt_to([counselor.recipient], b'{"format": "reflect.entries/1"}')
    with pytest.raises(DamagedError, match="not a reflect hand-in"):
        handin.open_handin(sealed, counselor)
    garbage = age.encrypt_to([counselor.recipient], b"\xff\xfe")
    with pytest.raises(DamagedError, match="not a reflect hand-in"):
        handin.open_handin(garbage, counselor)


def test_a_hand_in_missing_a_field_is_damaged(counselor: age.Identity) -> None:
    data = json.loads(handin.build(make_entry()).to_json_bytes())
    del data["answers"]
    sealed = age.encrypt_to([counselor.recipient], json.dumps(data).encode())
    with pytest.raises(DamagedError, match="answers"):
        handin.open_handin(sealed, counselor)


def test_a_newer_hand_in_format_asks_for_an_update(counselor: age.Identity) -> None:
    data = json.loads(handin.build(make_entry()).to_json_bytes())
    data["format"] = "reflect.handin/3"
    data["something_new"] = True
    sealed = age.encrypt_to([counselor.recipient], json.dumps(data).encode())
    with pytest.raises(ReflectError, match=r"newer reflect.*format 3") as caught:
        handin.open_handin(sealed, counselor)
    assert caught.value.exit_code == 1


@settings(max_examples=30, deadline=None)
@given(
    text=st.text(min_size=1, max_size=300),
    name=st.none() | st.text(max_size=40),
    score=st.integers(min_value=0, max_value=10),
)
def test_any_answer_survives_the_round_trip(text: str, name: str | None, score: int) -> None:
    identity = age.Identity.generate()
    entry = entry_with(
        Answer(step="what", prompt="What happened?", kind="text", value=text),
        Answer(step="ready", prompt="Ready?", kind="scale", value=score),
    )
    doc = handin.build(entry, display_name=name)
    opened = handin.open_handin(handin.seal(doc, identity.recipient), identity)
    assert opened == doc
    assert opened.answers[0].value == text


# ---- packing -------------------------------------------------------------------------------

HOMEWORK: dict[str, object] = {
    "counselor": "Sam Rivera",
    "contact": "sam@example.org",
    "recipient": "",
    "due": date(2026, 12, 1),
    "note": 'Take your time.\nBring what you can, "even" a little.',
}


def homework_for(identity: age.Identity, **changes: object) -> Homework:
    return Homework.model_validate({**HOMEWORK, "recipient": identity.recipient, **changes})


def test_stamp_adds_homework_and_keeps_comments(counselor: age.Identity) -> None:
    stamped = packing.stamp_homework(SET_TEXT, homework_for(counselor))
    assert "# A counselor's set. This comment must survive packing." in stamped
    prompt_set = load_set_text(stamped)
    homework = prompt_set.info.homework
    assert homework is not None
    assert homework.recipient == counselor.recipient
    assert homework.due == date(2026, 12, 1)
    assert homework.note == HOMEWORK["note"]
    assert stamped.index("[set.homework]") < stamped.index("[[steps]]")


def test_stamp_replaces_earlier_homework(counselor: age.Identity) -> None:
    once = packing.stamp_homework(SET_TEXT, homework_for(counselor))
    twice = packing.stamp_homework(once, homework_for(counselor, due=date(2027, 1, 5), contact=""))
    assert twice.count("[set.homework]") == 1
    homework = load_set_text(twice).info.homework
    assert homework is not None
    assert homework.due == date(2027, 1, 5)
    assert homework.contact == ""
    assert validate_text(twice) == []


def test_stamp_a_set_that_ends_with_its_set_table(counselor: age.Identity) -> None:
    text = SET_TEXT.split("[[steps]]", 1)
    moved = "[[steps]]" + text[1] + "\n" + text[0]  # [set] last
    stamped = packing.stamp_homework(moved, homework_for(counselor))
    assert load_set_text(stamped).info.homework is not None


def test_stamp_refuses_what_it_cannot_edit_safely(counselor: age.Identity) -> None:
    inline = SET_TEXT.replace('author = "Sam Rivera"', 'author = "Sam"\nhomework = { note = "hi" }')
    with pytest.raises(ReflectError, match="could not add the homework details"):
        packing.stamp_homework(inline, homework_for(counselor))


@settings(max_examples=200, deadline=None)
@given(note=st.text(max_size=200), counselor_name=st.text(max_size=40))
@example(note='a\u2028b\x85c\x7f\r\n"\\ """', counselor_name="\x85")
def test_stamp_round_trips_any_text(note: str, counselor_name: str) -> None:
    recipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
    original = SET_TEXT.replace('title = "Week three"', 'title = "Week\u2028three\x85"')
    stamped = packing.stamp_homework(
        original, Homework(counselor=counselor_name, recipient=recipient, note=note)
    )
    parsed = tomllib.loads(stamped)["set"]["homework"]
    assert parsed.get("note", "") == note
    assert parsed.get("counselor", "") == counselor_name
    assert tomllib.loads(stamped)["set"]["title"] == "Week\u2028three\x85"


# ---- counselor keys ------------------------------------------------------------------------


def test_plain_key_is_private_and_in_age_keygen_layout(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "counselor-key.txt"
    identity = counselor_keys.create(path, None)
    assert path.stat().st_mode & 0o777 == 0o600
    text = path.read_text()
    assert text.startswith("# created: ")
    assert f"# public key: {identity.recipient}\n" in text
    assert counselor_keys.public_key_path(path).read_text() == identity.recipient + "\n"
    assert counselor_keys.load(path).recipient == identity.recipient
    assert counselor_keys.read_public_key(path) == identity.recipient


def test_protected_key_needs_its_passphrase(tmp_path: Path, passphrase_file: Path) -> None:
    path = tmp_path / "counselor-key.age"
    identity = counselor_keys.create(path, PASSPHRASE)
    data = path.read_bytes()
    assert counselor_keys.is_protected(data)
    assert b"AGE-SECRET-KEY" not in data
    assert (
        counselor_keys.load(path, PassphrasePrompt(passphrase_file)).recipient == identity.recipient
    )
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    with pytest.raises(VaultLockedError, match="Wrong passphrase for your key"):
        counselor_keys.load(path, PassphrasePrompt(wrong))


def test_keys_are_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "counselor-key.txt"
    identity = counselor_keys.create(path, None)
    before = path.read_bytes()
    with pytest.raises(ReflectError, match=f"already a counselor key.*{identity.recipient}"):
        counselor_keys.create(path, None)
    assert path.read_bytes() == before


def test_a_key_file_that_holds_no_key(tmp_path: Path) -> None:
    path = tmp_path / "key.txt"
    path.write_text("# nothing here\n")
    with pytest.raises(DamagedError, match="does not hold an age secret key"):
        counselor_keys.load(path)
    with pytest.raises(ReflectError, match="no key file"):
        counselor_keys.load(tmp_path / "missing.txt")


def test_default_key_is_found_in_the_home(tmp_path: Path) -> None:
    assert counselor_keys.find_default_key(tmp_path) is None
    counselor_keys.create(counselor_keys.default_key_path(tmp_path, protected=False), None)
    assert counselor_keys.find_default_key(tmp_path) == tmp_path / "counselor-key.txt"


# ---- installed sets ------------------------------------------------------------------------


def write_set(path: Path, version: int = 1, extra: str = "") -> Path:
    path.write_text(SET_TEXT.replace("version = 1", f"version = {version}") + extra)
    return path


def test_add_then_version_rules(tmp_path: Path) -> None:
    home = tmp_path / "home"
    first = installed_sets.plan_add(home, write_set(tmp_path / "v1.toml"))
    assert first.change is Change.NEW
    installed_sets.install(home, first)
    assert (home / "prompts").stat().st_mode & 0o777 == 0o700
    assert (home / "prompts" / "week-three.toml").stat().st_mode & 0o777 == 0o600

    same = installed_sets.plan_add(home, write_set(tmp_path / "again.toml"))
    assert same.change is Change.SAME

    comment_only = installed_sets.plan_add(home, write_set(tmp_path / "c.toml", extra="# hi\n"))
    assert comment_only.change is Change.SAME  # the same questions: nothing to ask about
    edited = write_set(tmp_path / "edit.toml")
    edited.write_text(edited.read_text().replace("What happened?", "What did you do?"))
    with pytest.raises(ReflectError, match="version 1 of 'week-three', with different"):
        installed_sets.plan_add(home, edited)

    newer = installed_sets.plan_add(home, write_set(tmp_path / "v2.toml", 2))
    assert newer.change is Change.UPGRADE
    assert newer.current is not None and newer.current.version == 1
    installed_sets.install(home, newer)
    found = installed_sets.find(home, "week-three")
    assert found is not None and found.version == 2

    with pytest.raises(ReflectError, match="newer than this file's version 1"):
        installed_sets.plan_add(home, tmp_path / "v1.toml")


def test_add_refuses_a_bad_set(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(SET_TEXT.replace('kind = "yesno"', 'kind = "yes-no"'))
    with pytest.raises(PromptSetError, match="kind"):
        installed_sets.plan_add(tmp_path / "home", bad)
    with pytest.raises(ReflectError, match="no file"):
        installed_sets.plan_add(tmp_path / "home", tmp_path / "missing.toml")
    assert not (tmp_path / "home").exists()


def test_listing_shows_source_and_due_date(tmp_path: Path, counselor: age.Identity) -> None:
    home = tmp_path / "home"
    packed = tmp_path / "packed.toml"
    packed.write_text(packing.stamp_homework(SET_TEXT, homework_for(counselor)))
    installed_sets.install(home, installed_sets.plan_add(home, packed))
    plain = tmp_path / "plain.toml"
    plain.write_text(SET_TEXT.replace("week-three", "my-own").replace("Sam Rivera", "Me"))
    installed_sets.install(home, installed_sets.plan_add(home, plain))
    (home / "prompts" / "broken.toml").write_text("[set\n")
    found, broken = installed_sets.installed(home)
    by_id = {s.id: s for s in found}
    assert by_id["week-three"].source == "homework from Sam Rivera"
    assert by_id["week-three"].due == date(2026, 12, 1)
    assert by_id["week-three"].recipient == counselor.recipient
    assert by_id["my-own"].source == "added (by Me)"
    assert by_id["my-own"].due is None
    assert [b.path.name for b in broken] == ["broken.toml"]
    assert {s.id for s in installed_sets.prompt_sets(home)} == {"week-three", "my-own"}
