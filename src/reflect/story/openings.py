"""How an incident opens in the story: in the project's own words, in the first person, as the
article would have a man say it (owning it, without shame), never as the question and a "Yes."

The built-in set's six "Did I ever ...?" questions have an opening each. A custom set's question
of the same shape is turned around ("Did I ever push too far?" becomes "There was a time I pushed
too far."): the verb is put in the past when that is sure (a known irregular verb, or a regular
one with nothing after it that would need the same change), else the question's words are kept
as they are behind an emphatic "did" ("There was a time I did flirt with her and lie about it."),
which is grammatical for any words a "Did I ever" can hold. Any other question opens as prose that
names it. When the incident's first answer already says the act, the opening is left out, so the
paragraph never says it twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from reflect.story.prose import flatten, quoted, sentence


@dataclass(frozen=True)
class _BuiltIn:
    opening: str
    # The act in words an answer would use: an answer whose first sentence matches every one of
    # these already says what the opening says.
    says_it: tuple[str, ...]
    # For a later question that is "the same time" as this one: how that question's answer is
    # introduced inside this incident.
    also: str


_BUILT_IN = {
    "Did I ever have a little too much to drink and push a little too far with a woman?": _BuiltIn(
        "There was a time I pushed a woman too far when I had been drinking.",
        (
            r"\b(?:drunk|drink\w*|drank|tipsy|wasted|buzzed|alcohol|beers?|wine|shots?)\b",
            r"\b(?:push\w*|too far|pressur\w*)",
        ),
        "I had been drinking then, too.",
    ),
    "Did I ever take advantage of a situation to make a sexual advance?": _BuiltIn(
        "There was a time I took advantage of a situation to make a sexual advance.",
        (r"\b(?:took|take|taking|taken) advantage\b",),
        "It was also a time I took advantage of a situation to make a sexual advance.",
    ),
    "Did I ever belittle a woman as a way of breaking down her resistance?": _BuiltIn(
        "There was a time I belittled a woman to break down her resistance.",
        (r"\bbelittl\w*",),
        "It was also a time I belittled her to break down her resistance.",
    ),
    (
        "Did I ever pretend to care about a woman more than I really did as a way of convincing "
        "her to have sex with me?"
    ): _BuiltIn(
        "There was a time I pretended to care about a woman more than I really did, to get her "
        "to have sex with me.",
        (r"\bpretend\w*",),
        "It was also a time I pretended to care about her more than I really did.",
    ),
    "Did I ever treat a woman more like a sexual object than a human being?": _BuiltIn(
        "There was a time I treated a woman more like a sexual object than a human being.",
        (r"\bobject(?:s|if\w*)?\b",),
        "It was also a time I treated her more like a sexual object than a human being.",
    ),
    "Did I ever treat a woman in a way that doesn’t mesh with my morals and values?": _BuiltIn(
        "There was a time I treated a woman in a way that doesn't mesh with my morals and values.",
        (r"\b(?:morals?|values)\b",),
        "It also went against my morals and values.",
    ),
}


def _built_in(question: str) -> _BuiltIn | None:
    return _BUILT_IN.get(flatten(question).replace("doesn't", "doesn’t"))


# Yes-gates whose follow-up is introduced on its own, so the gate needs no sentence: the
# built-in "Do you recognise any of them?" (its follow-up says what it was).
_INTRODUCED_BY_FOLLOW_UP = ("The article names things almost every man has done",)


def opening(question: str, first_answer: str = "") -> str:
    """The sentence an incident opens with, or "" when its first answer already says it."""
    if flatten(question).startswith(_INTRODUCED_BY_FOLLOW_UP):
        return ""
    first = _first_sentence(first_answer)
    if re.match(r"there was (?:a|one) time\b", first, re.IGNORECASE):
        return ""
    known = _built_in(question)
    if known is not None:
        if first and all(re.search(p, first, re.IGNORECASE) for p in known.says_it):
            return ""
        return known.opening
    question = _in_first_person(question)
    act = _act(question)
    if act is not None:
        said = f"There was a time I {act}"
    elif (have := _HAVE_I_EVER.search(flatten(question))) is not None:
        act = have.group(1).strip()
        said = f"I have {act}"
    else:
        return _named(question)
    if first and _same_words(act, first):
        return ""
    return sentence(said)


def also(question: str) -> str:
    """How a later "same time" question is named inside the incident it refers to."""
    known = _built_in(question)
    if known is not None:
        return known.also
    act = _act(_in_first_person(question))
    return sentence(f"It was also a time I {act}") if act else ""


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?…])\s", flatten(text), maxsplit=1)[0]


def _named(question: str) -> str:
    """Prose for a yes-gate that is no "Did I ever": the question quoted, answered."""
    flat = flatten(question)
    return f"When I asked myself {quoted(flat)}, the answer was yes." if flat else ""


# --- "Did I ever X?" turned around --------------------------------------------------------

# Where the asked words end: at the question mark, else at a sentence end (a full stop before a
# capital, as in "Did I ever push too far. Think of parties."), else at the end of the text.
_ASKED_ENDS = r"\s*(?:\?|[.!](?=\s+(?-i:[A-Z“\"])|\s*$)|$)"
_DID_I_EVER = re.compile(r"(?:^|(?<=[.!?…]\s))did i ever\s+([^?]+?)" + _ASKED_ENDS, re.IGNORECASE)
_HAVE_I_EVER = re.compile(
    r"(?:^|(?<=[.!?…]\s))have i ever\s+([a-z][^?]*?)" + _ASKED_ENDS, re.IGNORECASE
)
_IRREGULAR = {
    "be": "was",
    "become": "became",
    "begin": "began",
    "break": "broke",
    "bring": "brought",
    "buy": "bought",
    "catch": "caught",
    "choose": "chose",
    "come": "came",
    "do": "did",
    "drink": "drank",
    "drive": "drove",
    "eat": "ate",
    "fall": "fell",
    "feel": "felt",
    "fight": "fought",
    "find": "found",
    "forget": "forgot",
    "get": "got",
    "give": "gave",
    "go": "went",
    "grab": "grabbed",
    "have": "had",
    "hear": "heard",
    "hide": "hid",
    "hit": "hit",
    "hold": "held",
    "hurt": "hurt",
    "keep": "kept",
    "know": "knew",
    "lead": "led",
    "leave": "left",
    "let": "let",
    "lie": "lied",
    "lose": "lost",
    "make": "made",
    "mean": "meant",
    "meet": "met",
    "pay": "paid",
    "put": "put",
    "read": "read",
    "ride": "rode",
    "run": "ran",
    "say": "said",
    "see": "saw",
    "sell": "sold",
    "send": "sent",
    "shut": "shut",
    "sit": "sat",
    "sleep": "slept",
    "speak": "spoke",
    "spend": "spent",
    "stand": "stood",
    "steal": "stole",
    "stick": "stuck",
    "swear": "swore",
    "take": "took",
    "teach": "taught",
    "tell": "told",
    "think": "thought",
    "throw": "threw",
    "understand": "understood",
    "wake": "woke",
    "wear": "wore",
    "win": "won",
    "write": "wrote",
}
# Short verbs whose last consonant doubles ("stop" → "stopped"); longer verbs are left to the
# rule, and those stressed on the end ("admit") are listed.
_DOUBLES = frozenset(
    "admit beg commit compel control drop fib grab grip hug jab nag omit pat permit pin plan "
    "prefer prod refer regret rub ship shop shrug skip slap slip snap spot stab step stop strip "
    "submit tag tap transfer trap trip tug whip wrap".split()
)
# What can stand between "ever" and the verb without changing it ("Did I ever really ...").
_ADVERB = re.compile(r"^(?:\w{3,}ly|even|once|ever|just|still|also)$", re.IGNORECASE)
_LY_VERBS = frozenset("apply bully comply imply multiply rally reply sully supply tally".split())
# A word after "and"/"or" that starts a second verb phrase whose verb would also need the past;
# a word that can only start a noun phrase ("her", "the") needs nothing.
_NOT_A_VERB = frozenset(
    "a an the her his him my me our your their them it its this that these those she he "
    "they we you someone somebody anyone anybody everyone women woman men man girls girl "
    "friends friend others other people partner partners colleague colleagues coworker "
    "coworkers strangers stranger".split()
)


_ASKED_OF_YOU = re.compile(r"\b(did|have) you ever\b", re.IGNORECASE)
_YOURS = {"your": "my", "yours": "mine", "yourself": "myself"}


def _in_first_person(question: str) -> str:
    """A counselor's "Did you ever ... your ...?" as "Did I ever ... my ...?". A "you" left in
    the words could be "I" or "me" ("when you were" or "told you"), so that question stays as
    asked and opens as prose that names it."""
    found = _ASKED_OF_YOU.search(question)
    if found is None:
        return question
    rest = question[found.end() :]
    if re.search(r"\byou(?:'re|’re|'d|’d|'ve|’ve)?\b", rest.split("?", 1)[0], re.IGNORECASE):
        return question
    rest = re.sub(
        r"\b(your|yours|yourself)\b", lambda m: _YOURS[m[1].lower()], rest, flags=re.IGNORECASE
    )
    return f"{question[: found.start()]}{found[1]} I ever{rest}"


def _act(question: str) -> str | None:
    """'Did I ever X?' as 'X' in the past ("pushed too far"), or 'did X' when that is not sure;
    None when the question is not of that shape."""
    found = _DID_I_EVER.search(flatten(question))
    if found is None:
        return None
    words = found.group(1).strip().split(" ")
    if not words or not re.fullmatch(r"[A-Za-z][A-Za-z'-]*", words[0]):
        return None
    lead = 0
    while (
        lead < len(words) - 1
        and _ADVERB.match(words[lead])
        and words[lead].lower() not in _LY_VERBS
    ):
        lead += 1
    verb = words[lead]
    rest = words[lead + 1 :]
    plain = re.fullmatch(r"[a-z]+(?:-[a-z]+)*", verb) and verb not in {"not", "never"}
    if plain and not _needs_more_past(rest) and not re.search(r"[,;:\"“(]", " ".join(rest)):
        return " ".join([*words[:lead], _past(verb), *rest])
    return "did " + " ".join(words)


def _needs_more_past(rest: list[str]) -> bool:
    """Whether a second verb follows "and"/"or" (it would need the past too)."""
    for before, word in pairwise(rest):
        if before.lower() in {"and", "or"} and word.lower() not in _NOT_A_VERB:
            return True
    return False


def _past(verb: str) -> str:
    head, dash, verb = verb.rpartition("-")
    return head + dash + _past_of_one(verb)


def _past_of_one(verb: str) -> str:
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb in _DOUBLES:
        return verb + verb[-1] + "ed"
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


_COMMON = frozenset(
    "the and she her was with for not did had you any who but all one out own get got how why "
    "him his man men woman women there would".split()
)


def _same_words(act: str, first: str) -> bool:
    """Whether an answer's first sentence repeats most of the act's own words (two at least)."""
    stems = {w[:4] for w in re.findall(r"[a-z]{3,}", act.lower()) if w not in _COMMON}
    said = {w[:4] for w in re.findall(r"[a-z]{3,}", first.lower()) if w not in _COMMON}
    shared = len(stems & said)
    return shared >= 2 and shared * 3 >= len(stems) * 2
