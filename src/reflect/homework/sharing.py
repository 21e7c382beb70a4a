"""Who a hand-in goes to (`reflect share`): the key, how the receiver is named, which set."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reflect.errors import UsageError
from reflect.untrusted import clean_line

if TYPE_CHECKING:
    from reflect.homework.installed_sets import InstalledSet
    from reflect.promptsets import PromptSet


@dataclass(frozen=True)
class SharePlan:
    """Where a hand-in goes and how the receiver is named in what the client reads."""

    recipient: str  # the age public key it is encrypted to, and no other
    counselor: str  # the counselor the set names, fit for the screen ("your counselor" if none)
    who: str  # the receiver in a sentence: the counselor, or "the owner of that key"
    whose_key: str  # "Sam's key", or "that key"
    set_key: str | None  # the set's key, when --to chose another one instead
    prompt_set: PromptSet | None  # the set the entry answers, for its order and scales

    @property
    def overrides_set(self) -> bool:
        return self.set_key is not None


def plan_share(
    set_id: str,
    *,
    given: str | None,
    from_set: str | None,
    own_key: str,
    added: InstalledSet | None,
) -> SharePlan:
    """The plan for handing in an entry of the set ``set_id``.

    ``given`` is the key typed with --to (already checked to be a key), ``from_set`` the key
    of the installed set ``added`` when it passed its check, ``own_key`` the journal's own
    public key: a hand-in is never encrypted to the client themselves (their counselor could
    not read it, and it would look handed in).
    """
    recipient = given or from_set
    if recipient is None:
        raise UsageError(
            f"The set '{set_id}' does not say whose key to hand in to: add "
            "--to age1… with your counselor's public key."
        )
    if recipient == own_key:
        raise UsageError(
            "That is your own journal's key, not your counselor's: nothing was handed in."
        )
    named = (added.homework.counselor if added and added.homework else "") or ""
    counselor = clean_line(named) or "your counselor"
    overridden = from_set if given and from_set and given != from_set else None
    if overridden is not None:
        who, whose_key = "the owner of that key", "that key"
    else:
        who, whose_key = counselor, f"{counselor}'s key"
    return SharePlan(
        recipient=recipient,
        counselor=counselor,
        who=who,
        whose_key=whose_key,
        set_key=overridden,
        prompt_set=_set_for(added, set_id),
    )


def _set_for(added: InstalledSet | None, set_id: str) -> PromptSet | None:
    from reflect.promptsets import find_builtin

    return added.prompt_set if added else find_builtin(set_id)
