"""What a group called her is her nickname, whatever word it is; what one man called her, or a
judgement anyone called her, is the story's to keep. A friend named after "my friend" may be
followed by an adverb; "my friend will" is no name. Examples are written for this file."""

from __future__ import annotations

import pytest

from helpers import anonymized, gone


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("everyone called her sunbeam and she hated it.", "sunbeam"),
        ("the lads called her wheels, every shift.", "wheels"),
        ("we all called him moose.", "moose"),
        ("her friends called her bunny bc of her teeth.", "bunny"),
        ("her friend marigold eventually came and took her home.", "marigold"),
        ("my cousin juniper then drove us back.", "juniper"),
    ],
)
def test_a_nickname_a_group_gave_or_a_friend_by_name_goes(text: str, nickname: str) -> None:
    gone(text, nickname)


@pytest.mark.parametrize(
    "text",
    [
        "everyone called her crazy after that night.",
        "the guys called her names behind her back.",
        "I called her stupid in front of everyone.",
        "they called her a tease.",
        "my friend will come later to get her.",
    ],
)
def test_a_judgement_or_a_modal_stays(text: str) -> None:
    assert anonymized(text) == text
