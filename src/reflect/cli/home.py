"""`reflect` on a journal with entries: the home screen, one visit, one unlock.

The journal is unlocked the first time something needs it (reading, searching, comparing,
continuing a draft, a story) and stays open in this process's memory until the person leaves:
every later read is served from the open journal, and the commands the home runs (a session,
a story) find the visit's keys through `passphrase.remember_for_this_visit` instead of asking
again. Nothing of it is written to disk.
"""

from __future__ import annotations

from collections.abc import Callable

import typer

from reflect.cli.common import locked_journal, require_terminal, settings, unlock
from reflect.journal.store import OpenJournal
from reflect.ui.home import Record, Summary


class Visit:
    """One sitting at the home screen."""

    def __init__(self, ctx: typer.Context) -> None:
        self.ctx = ctx
        self.output = settings(ctx).output
        self.journal = locked_journal(ctx)
        self.opened: OpenJournal | None = None
        self._records: list[Record] | None = None

    def open(self) -> OpenJournal:
        """The open journal; the first call asks for the passphrase."""
        if self.opened is None:
            from reflect.ui import passphrase

            self.opened = unlock(self.ctx, None)
            passphrase.remember_for_this_visit(self.opened.vault, self.opened.keys)
            self._records = None
        return self.opened

    def records(self) -> list[Record]:
        """Every entry, newest first: sorted once per unlock, since every list and picker of
        the visit starts from it (sorting ten thousand rows costs more than a read)."""
        opened = self.open()
        if self._records is None:
            self._records = opened.list_entries()
        return self._records

    def refresh(self) -> None:
        """Something wrote to the journal outside the open copy (a session): read it again
        next time, with the visit's keys (no passphrase)."""
        if self.opened is not None:
            self.opened = None
            settings(self.ctx).opened = None  # the command's cached unlock is stale too
            self.open()

    def summary(self) -> Summary:
        vault = self.journal.vault
        drafts = vault.file_count("drafts")
        if self.opened is None:
            return Summary(vault.file_count("entries"), drafts)
        newest = self.records()
        latest = newest[0]["created"][:10] if newest else None
        return Summary(len(newest), drafts, latest)


def run_home(ctx: typer.Context) -> None:
    from reflect import messages
    from reflect.errors import Interrupted, ReflectError
    from reflect.ui import home as screen
    from reflect.ui import passphrase

    require_terminal(messages.NOT_A_TERMINAL)
    visit = Visit(ctx)
    output = visit.output
    screen.use_plain(output.plain)
    greeted: tuple[int, int] | None = None
    try:
        while True:
            summary = visit.summary()
            if (summary.entries, summary.drafts) != greeted:  # at the start, and after a session
                screen.greet(output, summary)
                greeted = (summary.entries, summary.drafts)
            action = screen.ask_action(summary)
            if action == "leave":
                screen.goodbye(output, _kept_until(visit))
                return
            try:
                ACTIONS[action](visit)
            except Interrupted:
                if action in ("start", "continue"):
                    raise  # the session saved a draft and says so; Ctrl-C there ends the visit
                output.notice("Stopped; back to the start.")
            except ReflectError as error:
                output.notice(str(error))
            except (typer.Exit, typer.Abort):
                pass
    finally:
        passphrase.forget_this_visit()


def _after_session() -> None:
    """The session's last lines say it was saved and what to do next: keep them on screen
    until the person asks for the menu, instead of pushing them away with it."""
    from reflect.ui import home as screen

    screen.wait_for_menu()


def _kept_until(visit: Visit) -> str | None:
    from reflect.agent import client as agent

    expires = agent.status(visit.journal.vault.home)
    return agent.until(expires) if expires else None


def _continue(visit: Visit) -> None:
    from reflect.cli import session_cmds

    visit.open()
    session_cmds.start_session(visit.ctx, None, resume=True, passphrase_file=None)
    _after_session()
    visit.refresh()


def _start(visit: Visit) -> None:
    from reflect.cli import session_cmds
    from reflect.homework import installed_sets
    from reflect.promptsets import builtin_sets
    from reflect.ui import home as screen
    from reflect.untrusted import clean_line

    sets = {s.info.id: s for s in builtin_sets()}
    sets.update({s.info.id: s for s in installed_sets.prompt_sets(settings(visit.ctx).home)})
    chosen = session_cmds.DEFAULT_SET
    if len(sets) > 1:
        room = screen.width() - 4
        choices = [(i, screen.fit(clean_line(s.info.title), room)) for i, s in sets.items()]
        chosen = screen.choose("Which questions?", choices, default=session_cmds.DEFAULT_SET)
    session_cmds.start_session(visit.ctx, chosen, resume=False, passphrase_file=None)
    _after_session()
    visit.refresh()


def _read(visit: Visit) -> None:
    from reflect.ui import home as screen

    opened = visit.open()
    records = visit.records()
    if not records:
        visit.output.say("There are no entries to read yet.")
        return
    start, last = 0, None
    while True:
        picked, start = screen.pick_entry("Which entry?", records, start=start, default=last)
        if picked is None:
            return
        _show(visit, opened, picked)
        last = picked


def _show(
    visit: Visit,
    opened: OpenJournal,
    entry_id: str,
    earlier_id: str | None = None,
    terms: list[str] | None = None,
) -> None:
    from reflect.ui import home as screen
    from reflect.ui.journal import entry_renderables, plain_entry_lines
    from reflect.ui.pager import page

    entry = opened.get(entry_id)
    earlier = opened.get(earlier_id) if earlier_id else None
    page(
        visit.output,
        entry_renderables(entry, earlier, width=screen.width(), terms=terms or ()),
        plain_entry_lines(entry, earlier),
    )


def _search(visit: Visit) -> None:
    from reflect.ui import home as screen

    words = screen.ask_words()
    if not words:
        return
    opened = visit.open()
    hits = opened.search(words)
    if not hits:
        visit.output.say(f"Nothing matched “{words}”. Search looks for every word you give.")
        return
    terms = words.lower().split()
    start, last = 0, None
    while True:
        picked, start = screen.pick_hit(hits, start=start, default=last)
        if picked is None:
            return
        _show(visit, opened, picked, terms=terms)
        last = picked


def _compare(visit: Visit) -> None:
    from collections import Counter

    from reflect.ui import home as screen

    opened = visit.open()
    records = visit.records()
    runs = Counter(r["set"] for r in records)
    candidates = [r for r in records if runs[r["set"]] > 1]
    if not candidates:
        visit.output.say(
            "Comparing needs two reflections on the same questions. After your next one, "
            "you can set your answers then and now side by side here."
        )
        return
    now_id, _ = screen.pick_entry("Which entry is “now”?", candidates)
    if now_id is None:
        return
    older = opened.runs_to_compare(now_id)
    then_id, _ = screen.pick_entry("Compare it with which one?", older, default=str(older[0]["id"]))
    if then_id is None:
        return
    _show(visit, opened, now_id, then_id)


def _run_command(visit: Visit, name: str) -> None:
    """Run another `reflect` command inside the visit (it finds the visit's keys)."""
    from typer.core import TyperGroup

    root = visit.ctx.find_root()
    group = root.command
    assert isinstance(group, TyperGroup)
    command = group.get_command(root, name)
    assert command is not None
    with command.make_context(name, [], parent=root) as sub:
        command.invoke(sub)


def _story(visit: Visit) -> None:
    visit.open()  # the visit's unlock, so the story (and what follows) asks for nothing
    _run_command(visit, "story")


ACTIONS: dict[str, Callable[[Visit], None]] = {
    "continue": _continue,
    "start": _start,
    "read": _read,
    "search": _search,
    "compare": _compare,
    "story": _story,
    "support": lambda visit: _run_command(visit, "resources"),
}
