"""Hand-ins: a client's chosen answers, signed by their vault and encrypted to their counselor.

A hand-in is one age file (age-encryption.org/v1, X25519, one recipient: the counselor). Since
reflect 0.2 its plaintext is a signed envelope, UTF-8 JSON:

    {"format": "reflect.handin/2",
     "document": "<the hand-in document below, as JSON text>",
     "signature": "<a minisign signature of exactly those bytes (a .minisig file's text)>",
     "signer": "RW..."}                            (the client's minisign public key)

and the document is

    {"format": "reflect.handin/2",
     "set": {"id": "week-three", "version": 2, "title": "Week three: after the party"},
     "display_name": "Alex",                      (optional; may be a pseudonym)
     "to": "age1...",                              (the counselor key it was made for)
     "homework": {"counselor": "Sam", "due": "2026-12-01"},   (when the set was homework)
     "created": "...", "updated": "...",          (when the client answered)
     "shared": "...",                             (when the hand-in was made)
     "status": "complete",
     "answers": [{"step": "...", "prompt": "...", "kind": "scale", "value": 4,
                  "skipped": false, "scale": {"min": 1, "max": 5, "labels": {"1": "..."}},
                  "earlier_version": false}, ...],
     "withheld": [{"step": "...", "prompt": "..."}, {}]}   (one per answer not shared)

The signature makes a hand-in from anyone else (the stock ``age`` tool can encrypt to the
counselor's public key) show as unverified instead of as the client's; ``to`` inside the signed
document stops a hand-in meant for one counselor from being passed on to another as if it were
meant for them. A ``reflect.handin/1`` file (reflect 0.1: the document alone, unsigned) still
opens, as unverified. The file's name (:func:`neutral_name`) says nothing about what is inside.
"""

from reflect.homework.handin.document import (
    HANDIN_FORMAT,
    Handin,
    HandinAnswer,
    HandinHomework,
    HandinSet,
    Scale,
    Withheld,
    build,
    neutral_name,
    step_ids,
)
from reflect.homework.handin.sealed import (
    SIGNATURE_COMMENT,
    SUPPORTED_VERSION,
    Opened,
    check_looks_like_handin,
    check_recipient,
    decrypt,
    open_checked,
    open_handin,
    parse,
    parse_checked,
    seal,
)
from reflect.homework.handin.text import byline, details, to_json, to_markdown, withheld_summary

__all__ = [
    "HANDIN_FORMAT",
    "SIGNATURE_COMMENT",
    "SUPPORTED_VERSION",
    "Handin",
    "HandinAnswer",
    "HandinHomework",
    "HandinSet",
    "Opened",
    "Scale",
    "Withheld",
    "build",
    "byline",
    "check_looks_like_handin",
    "check_recipient",
    "decrypt",
    "details",
    "neutral_name",
    "open_checked",
    "open_handin",
    "parse",
    "parse_checked",
    "seal",
    "step_ids",
    "to_json",
    "to_markdown",
    "withheld_summary",
]
