"""The architecture of docs/architecture.md, checked: the import arrows only point down, and modules stay small.

Walks every module of ``src/reflect`` with :mod:`ast` (imports inside functions and under
``TYPE_CHECKING`` count too: an arrow is an arrow, however late it is drawn) and fails on an
import that points up or sideways, or on a third-party library used outside its one room.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "reflect"

# Each room and the rooms it may import from (besides itself). Read top to bottom: the entry
# layer starts the CLI, the CLI hands work to the core and results to ui/, the core rests on
# vault/ and the base modules, which import only each other.
BASE = {"models", "errors", "paths", "messages", "untrusted", "__version__"}
CORE_BELOW_FEATURES = {"journal", "promptsets", "anonymize", "vault", "agent"}
MAY_IMPORT: dict[str, set[str]] = {
    "entry": {"cli", "ui", "anonymize_filter", "anonymize", *BASE},
    "anonymize_filter": {"anonymize", "ui", *BASE},  # a front end, like cli/ without typer
    "cli": {"ui", "anonymize_filter", "guide", "story", "homework", *CORE_BELOW_FEATURES, *BASE},
    "ui": {"guide", "story", "homework", *CORE_BELOW_FEATURES, *BASE},
    # The features: one package per thing a person does; none reaches into another.
    "guide": {"promptsets", *BASE},
    "story": {"anonymize", "journal", "vault", *BASE},
    "homework": {"journal", "promptsets", "vault", *BASE},
    "journal": {"vault", *BASE},
    "promptsets": {"vault", *BASE},
    "anonymize": {*BASE},
    "agent": {"vault", *BASE},
    "vault": {*BASE},
    **{base: BASE for base in BASE},
}
ROOM_OF_ENTRY = {"entry": "entry", "__main__": "entry"}

# Third-party libraries that belong to one room only.
ONLY_IN: dict[str, tuple[str, ...]] = {
    "typer": ("reflect.cli",),
    "click": ("reflect.cli",),
    "rich": ("reflect.ui",),
    "questionary": ("reflect.ui",),
    "prompt_toolkit": ("reflect.ui",),
    "pyrage": ("reflect.vault.age",),
}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, e.g. reflect.journal.store
    target: str  # what it imports, e.g. reflect.vault.core
    line: int

    def __str__(self) -> str:
        return f"{self.module}:{self.line} imports {self.target}"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imports_of(path: Path) -> Iterator[Import]:
    yield from imports_in(
        path.read_text(), module_name(path), is_package=path.name == "__init__.py"
    )


def imports_in(source_text: str, module: str, *, is_package: bool) -> Iterator[Import]:
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source_text)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module or ""
            yield Import(module, source, node.lineno)
            if source == "reflect":  # `from reflect import messages` imports reflect.messages
                for alias in node.names:
                    yield Import(module, f"reflect.{alias.name}", node.lineno)


def room(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "reflect"  # the package itself (its __init__ holds only the version)
    return ROOM_OF_ENTRY.get(parts[1], parts[1])


def all_imports() -> list[Import]:
    return [found for path in sorted(PACKAGE.rglob("*.py")) for found in imports_of(path)]


def wrong_arrows(found: list[Import]) -> list[str]:
    wrong = []
    for arrow in found:
        if not arrow.target.startswith("reflect.") or arrow.target == "reflect":
            continue
        source, target = room(arrow.module), room(arrow.target)
        if source in ("reflect", target):
            continue
        if target not in MAY_IMPORT[source]:
            wrong.append(f"{arrow} ({source}/ may not import from {target}/)")
    return wrong


def misplaced_libraries(found: list[Import]) -> list[str]:
    wrong = []
    for arrow in found:
        library = arrow.target.split(".")[0]
        homes = ONLY_IN.get(library)
        if homes and not any(arrow.module == h or arrow.module.startswith(h + ".") for h in homes):
            wrong.append(f"{arrow} (only {', '.join(homes)} may)")
    return wrong


def test_every_room_is_known() -> None:
    rooms = {room(module_name(path)) for path in PACKAGE.rglob("*.py")}
    assert rooms - {"reflect"} <= MAY_IMPORT.keys()


def test_the_import_arrows_point_only_down() -> None:
    assert wrong_arrows(all_imports()) == []


def test_each_library_stays_in_its_room() -> None:
    assert misplaced_libraries(all_imports()) == []


def test_the_walk_sees_every_kind_of_wrong_arrow() -> None:
    # An upward arrow drawn late, relatively, by `from reflect import`, or only for the type
    # checker is still an arrow; a library outside its room is caught the same way.
    planted = """
from typing import TYPE_CHECKING
from reflect import messages, ui
if TYPE_CHECKING:
    from reflect.cli.common import Settings
def late():
    from ..story import draft
    import rich.text
    import pyrage
"""
    found = list(imports_in(planted, "reflect.journal.store", is_package=False))
    assert {arrow.target for arrow in found} >= {"reflect.story", "reflect.ui", "reflect.messages"}
    assert len(wrong_arrows(found)) == 3  # ui, cli and story; messages is a base module
    assert len(misplaced_libraries(found)) == 2  # rich and pyrage


# ---- size -----------------------------------------------------------------------------------

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
WHY = "long because"  # a comment with these words, just above a def or atop a module, explains


def oversized() -> list[str]:
    """Modules over MAX_MODULE_LINES and functions over MAX_FUNCTION_LINES, unexplained."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text()
        lines = text.splitlines()
        name = path.relative_to(PACKAGE.parent)
        if len(lines) > MAX_MODULE_LINES and WHY not in "\n".join(lines[:40]).lower():
            found.append(f"{name}: {len(lines)} lines")
        for node in ast.walk(ast.parse(text)):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            # The body: a command's signature is its typer option declarations (each with its
            # --help text), which read as a table, not as logic.
            length = (node.end_lineno or node.lineno) - node.body[0].lineno + 1
            explained = WHY in "\n".join(lines[max(0, first - 4) : first]).lower()
            if length > MAX_FUNCTION_LINES and not explained:
                found.append(f"{name}:{node.lineno} {node.name}() has {length} lines of body")
    return found


def test_modules_and_functions_stay_small() -> None:
    assert oversized() == []


# ---- commands -------------------------------------------------------------------------------


def commands_of(group: typer.Typer, prefix: str = "") -> Iterator[tuple[str, Callable[..., Any]]]:
    for command in group.registered_commands:
        if command.callback is not None:
            yield f"{prefix}{command.name or command.callback.__name__}", command.callback
    for sub in group.registered_groups:
        if sub.typer_instance is not None:
            yield from commands_of(sub.typer_instance, f"{prefix}{sub.name} ")


def test_every_command_is_a_plain_function_a_test_can_import() -> None:
    # A command defined inside register() cannot be imported, called or unit-tested.
    from reflect.cli import app

    found = dict(commands_of(app))
    assert len(found) > 20
    nested = [name for name, function in found.items() if "<locals>" in function.__qualname__]
    assert nested == []
    for name, function in found.items():
        module = importlib.import_module(function.__module__)
        assert getattr(module, function.__name__) is function, name
