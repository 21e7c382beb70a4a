"""The homework rules the CLI used to hold, reached without a terminal: who a hand-in goes to
(plan_share), what a new packing keeps (merged_homework), the one place that knows the age
format, hints that read as the old messages did, and a command called as a plain function."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import typer
from typer.core import TyperCommand

from reflect.cli.common import Settings
from reflect.cli.homework_set_cmds import pack
from reflect.errors import ReflectError, UsageError, VaultLockedError
from reflect.homework import counselor_key, handin, packing
from reflect.homework.installed_sets import InstalledSet
from reflect.homework.sharing import plan_share
from reflect.promptsets import Homework, load_set_text
from reflect.ui.console import Output
from reflect.vault import age
from test_handin import SET_TEXT


@pytest.fixture(scope="module")
def counselor() -> age.Identity:
    return age.Identity.generate()


@pytest.fixture(scope="module")
def client_key() -> str:
    return age.Identity.generate().recipient


def installed(text: str, path: Path = Path("/nowhere/week-three.toml")) -> InstalledSet:
    return InstalledSet(path=path, prompt_set=load_set_text(text), text=text)


def with_homework(counselor_name: str, recipient: str) -> str:
    return packing.stamp_homework(SET_TEXT, Homework(counselor=counselor_name, recipient=recipient))


# ---- plan_share ----------------------------------------------------------------------------


def test_the_set_key_names_the_counselor(counselor: age.Identity, client_key: str) -> None:
    added = installed(with_homework("Sam", counselor.recipient))
    plan = plan_share(
        "week-three", given=None, from_set=counselor.recipient, own_key=client_key, added=added
    )
    assert plan.recipient == counselor.recipient
    assert (plan.who, plan.whose_key, plan.counselor) == ("Sam", "Sam's key", "Sam")
    assert not plan.overrides_set
    assert plan.prompt_set is added.prompt_set


def test_a_key_given_with_to_wins_and_is_named_as_such(
    counselor: age.Identity, client_key: str
) -> None:
    other = age.Identity.generate().recipient
    added = installed(with_homework("Sam", counselor.recipient))
    plan = plan_share(
        "week-three", given=other, from_set=counselor.recipient, own_key=client_key, added=added
    )
    assert plan.recipient == other
    assert (plan.who, plan.whose_key) == ("the owner of that key", "that key")
    assert plan.set_key == counselor.recipient
    assert plan.counselor == "Sam"  # the set's counselor, for the note about the override


def test_the_same_key_given_again_is_no_override(counselor: age.Identity, client_key: str) -> None:
    added = installed(with_homework("Sam", counselor.recipient))
    plan = plan_share(
        "week-three",
        given=counselor.recipient,
        from_set=counselor.recipient,
        own_key=client_key,
        added=added,
    )
    assert not plan.overrides_set
    assert plan.who == "Sam"


def test_no_key_anywhere_is_a_usage_error(client_key: str) -> None:
    with pytest.raises(UsageError, match="The set 'week-three' does not say whose key"):
        plan_share("week-three", given=None, from_set=None, own_key=client_key, added=None)


def test_the_clients_own_key_is_refused(client_key: str) -> None:
    with pytest.raises(UsageError, match="your own journal's key"):
        plan_share("week-three", given=client_key, from_set=None, own_key=client_key, added=None)


def test_no_counselor_name_and_terminal_codes_in_it(
    counselor: age.Identity, client_key: str
) -> None:
    plain = plan_share(
        "imperfect-men", given=counselor.recipient, from_set=None, own_key=client_key, added=None
    )
    assert plain.who == "your counselor"
    assert plain.prompt_set is not None and plain.prompt_set.id == "imperfect-men"  # built in
    added = installed(with_homework("Sam\x1b[2J", counselor.recipient))
    named = plan_share(
        "week-three", given=None, from_set=counselor.recipient, own_key=client_key, added=added
    )
    assert "\x1b" not in named.who


# ---- what a new packing keeps -----------------------------------------------------------------


def test_packing_again_keeps_what_is_not_given(counselor: age.Identity) -> None:
    earlier = Homework(
        recipient=counselor.recipient,
        counselor="Sam",
        contact="sam@example.org",
        due=date(2026, 12, 1),
        note="Take your time.",
    )
    new_key = age.Identity.generate().recipient
    merged = packing.merged_homework(earlier, recipient=new_key, due=date(2027, 1, 5))
    assert merged == Homework(
        recipient=new_key,
        counselor="Sam",
        contact="sam@example.org",
        due=date(2027, 1, 5),
        note="Take your time.",
    )
    cleared = packing.merged_homework(earlier, recipient=new_key, contact="", note="New note")
    assert (cleared.contact, cleared.note, cleared.due) == ("", "New note", date(2026, 12, 1))


def test_a_first_packing_has_only_what_is_given(counselor: age.Identity) -> None:
    merged = packing.merged_homework(None, recipient=counselor.recipient, counselor="Sam")
    assert merged == Homework(recipient=counselor.recipient, counselor="Sam")
    assert "contact" not in packing.homework_table(merged)


# ---- the age format lives in vault/age.py ---------------------------------------------------


def test_looks_encrypted(counselor: age.Identity) -> None:
    sealed = age.encrypt_to([counselor.recipient], b"hello")
    assert age.looks_encrypted(sealed)
    assert age.looks_encrypted(b"\n\n" + sealed)
    assert age.looks_encrypted(b"  -----BEGIN AGE ENCRYPTED FILE-----\n...")
    assert not age.looks_encrypted(b"")
    assert not age.looks_encrypted(b"# created: ...\nAGE-SECRET-KEY-1...")


def test_a_file_for_another_key_is_told_from_a_damaged_one(counselor: age.Identity) -> None:
    sealed = age.encrypt_to([counselor.recipient], b"hello")
    with pytest.raises(age.NoMatchingKey):
        age.Identity.generate().decrypt(sealed)
    with pytest.raises(age.AgeError) as damaged:
        counselor.decrypt(sealed[:-5])
    assert not isinstance(damaged.value, age.NoMatchingKey)


def test_recipient_check_in_the_set_model_uses_vault_age() -> None:
    with pytest.raises(
        ValueError, match=r"one word starting with 'age1' \(from `reflect keygen`\)"
    ):
        Homework(recipient="age1nope")


# ---- hints read as the messages did -----------------------------------------------------------


def test_lost_key_messages_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "counselor-key.age"
    assert str(counselor_key.lost_key(path)) == (
        f"There is no key file at {path}. If you have one elsewhere, name it with --identity "
        "FILE; if you never made one, `reflect keygen` makes it."
    )
    counselor_key.public_key_path(path).write_text("age1...\n")
    assert str(counselor_key.lost_key(path)) == (
        f"Your key file {path} is missing (its public key is still there). Copy it back "
        "from your backup if you have one; if it is lost for good, `reflect keygen --new` "
        "makes a new key and lists what to give out again."
    )
    counselor_key.recovery_path(path).write_text("...")
    assert str(counselor_key.lost_key(path)) == (
        f"Your key file {path} is missing. Copy it back from your backup if you have one; "
        "otherwise `reflect keygen --recover` brings it back with your recovery key."
    )


def test_refusing_a_second_key_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "counselor-key.txt"
    identity = counselor_key.create(path, None)
    with pytest.raises(ReflectError) as refused:
        counselor_key.refuse_existing(path)
    assert str(refused.value) == (
        f"There is already a counselor key at {path} (its public key is {identity.recipient}), "
        "and reflect never replaces one without asking: hand-ins made for it could not be "
        "opened with a new one. Nothing was changed; `reflect keygen --new` explains what a "
        "new key means and asks."
    )


def test_a_bad_counselor_key_reads_as_before() -> None:
    with pytest.raises(UsageError) as bad:
        handin.check_recipient("age1nope")
    assert str(bad.value) == (
        "'age1nope' is not a counselor's public key: it should be one long word starting "
        "with 'age1', as printed by `reflect keygen`."
    )


# ---- the passphrase is asked through a Protocol -----------------------------------------------


class Answers:
    """A PassphraseAsker that gives the passphrases it was handed, as a test's terminal."""

    def __init__(self, *passphrases: str) -> None:
        self.passphrases = list(passphrases)
        self.labels: list[str] = []

    def can_ask(self) -> bool:
        return bool(self.passphrases)

    def unlock(self, attempt, *, label):  # type: ignore[no-untyped-def]
        self.labels.append(label)
        return attempt(self.passphrases.pop(0))


def test_the_core_asks_through_the_asker_and_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "counselor-key.age"
    identity = counselor_key.create(path, "a long enough passphrase")
    counselor_key.write_recovery(path, identity)
    asker = Answers("a long enough passphrase")
    assert counselor_key.load(path, asker).recipient == identity.recipient
    assert asker.labels == ["Passphrase for your key: "]
    with pytest.raises(VaultLockedError) as wrong:
        counselor_key.load(path, Answers("not it at all"))
    assert str(wrong.value) == (
        "Wrong passphrase for your key counselor-key.age: it stays locked. If you have "
        "forgotten it, `reflect keygen --recover` sets a new one with your recovery key."
    )
    with pytest.raises(VaultLockedError) as no_way:
        counselor_key.load(path, Answers())
    assert str(no_way.value) == (
        "Your key counselor-key.age is protected by a passphrase and there is no terminal to "
        "ask for it: use --passphrase-file or REFLECT_PASSPHRASE_FILE."
    )
    assert capsys.readouterr() == ("", "")


def test_the_hint_names_the_variable_the_terminal_reads() -> None:
    from reflect.errors import Hint
    from reflect.messages import HINTS
    from reflect.ui.passphrase import FILE_ENV

    assert FILE_ENV in HINTS[Hint.NO_TERMINAL_FOR_KEY]


# ---- a command is a plain function --------------------------------------------------------------


def test_pack_called_directly(
    tmp_path: Path, counselor: age.Identity, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "week-three.toml"
    source.write_text(SET_TEXT)
    home = Settings(home=tmp_path / "home", output=Output())
    ctx = typer.Context(TyperCommand("pack"), obj=home)
    pack(ctx, source, to=counselor.recipient, due="2030-01-02", counselor="Sam")
    target = tmp_path / "week-three-homework.toml"
    homework = load_set_text(target.read_text()).info.homework
    assert homework == Homework(
        recipient=counselor.recipient, counselor="Sam", due=date(2030, 1, 2)
    )
    assert f"Ready: {target}." in capsys.readouterr().err
    # again, with only a note: the due date and name stay
    pack(ctx, source, to=counselor.recipient, note="Take your time.")
    again = load_set_text(target.read_text()).info.homework
    assert again is not None
    assert (again.due, again.counselor, again.note) == (date(2030, 1, 2), "Sam", "Take your time.")


# ---- the arrows point down ------------------------------------------------------------------


def _imports_and_prints(path: Path) -> tuple[set[str], int]:
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    prints = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "print"
        ):
            prints += 1
    return names, prints


def test_homework_core_neither_asks_nor_draws_nor_calls_pyrage() -> None:
    src = Path(__file__).parent.parent / "src" / "reflect"
    core = [*sorted((src / "homework").rglob("*.py")), src / "promptsets" / "model.py"]
    assert len(core) > 8
    for path in core:
        names, prints = _imports_and_prints(path)
        wrong = {
            n
            for n in names
            if n.split(".")[0] in ("pyrage", "typer", "rich", "questionary", "getpass")
            or n.startswith(("reflect.ui", "reflect.cli"))
        }
        assert not wrong, f"{path.relative_to(src)} imports {sorted(wrong)}"
        assert prints == 0, f"{path.relative_to(src)} prints"
