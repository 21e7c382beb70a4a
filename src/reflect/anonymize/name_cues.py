"""Names the sentence itself marks as names, in any case: "her nickname was Ploy", "ah fa from
our team (fa means flower)", "pastor park told me", "my friend bank brought his cousin".

Each cue is one a writer uses only for a name: a nickname said to be one, a word glossed with
what it "means", a title before a family name, a relation before a word and what that person
did. A gloss of an ordinary word ("no means no") is not a name.
"""

from __future__ import annotations

import re

from .context import NOT_NAMES
from .lexicon import Lexicon, fold
from .spans import Span

_NAME = r"(?P<name>[^\W\d_][\w'’-]{1,20})"
_NICKNAME_RE = re.compile(
    rf"\b(?:nickname|nick|english\s+name|[a-z]+\s+name|real\s+name)\s+(?:is|was)\s+{_NAME}"
    r"(?=\s*[,.;:!?)(]|\s+(?:which|but|and|bc|because|cos|like|so|from|in)\b)",
    re.IGNORECASE,
)
# "fa means flower", "bora (it means purple)" (not "drunk, which means": a clause).
_GLOSSED_RE = re.compile(
    rf"(?<![\w'’-]){_NAME}(?P<gloss>\s*\(\s*(?:it\s+|which\s+|that\s+|her\s+name\s+)?means\b"
    r"|\s+means\s+(?:a\s+|the\s+)?[a-z]+(?:\s+in\s+[a-z]+)?\s*[).,;])",
    re.IGNORECASE,
)
_TITLE_RE = re.compile(
    r"(?<!my )(?<!her )(?<!his )(?<!our )(?<!their )(?<!your )(?<!the )(?<!a )\b(?:pastor|coach|father|imam|uncle|auntie|aunty|teacher|sir|madam|mr|mrs|ms|miss|"
    r"doctor|dr|professor|prof|officer|sergeant|sgt|captain|capt|deacon|elder|brother|sister)"
    r"\.?\s+(?P<name>[a-z][a-z'’-]{1,20})\b"
    r"(?=\s*[,.;:!?)]|\s+(?:and|told|said|asked|was|had|saw|called|came|took|made|gave|knew|"
    r"found|moved|sent|pulled|warned|heard|never|always|who)\b)"
)
# After "my friend" and the like: a word, then what the person did.
_RELATION_RE = re.compile(
    r"\b(?:my|his|her|our|their)\s+(?:friend|mate|buddy|cousin|roommate|flatmate|housemate|"
    r"bro|brother|sister|colleague|coworker|co-worker|boss|neighbour|neighbor|classmate|"
    r"teammate|boy|girl|homie|guy)\s+"
    r"(?P<name>[a-z][a-z'’-]{1,20})\b"
    r"(?=\s+(?:brought|took|saw|pulled|got|came|went|told|said|drove|walked|grabbed|texted|"
    r"gave|left|made|knew|dragged|laughed|warned|stopped|tried|asked|called)\b)"
)
# Words a relation is followed by that are not a person: "my friend group went", "his boy
# scouts". Glossed words that are ordinary: "no means no".
_NOT_A_NAME = frozenset(
    """group groups circle list zone request requests chat code count scouts ship who that
    this it what which there here no yes stop silence consent nothing everything love word
    name same one too also again then now here there first later once twice himself herself
    instead though""".split()
)


def _plausible(name: str, lex: Lexicon) -> bool:
    folded = fold(name)
    return folded not in NOT_NAMES and folded not in _NOT_A_NAME and folded not in lex.safe_proper


def find_named_by_cues(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for m in _NICKNAME_RE.finditer(text):
        if _plausible(m["name"], lex) and (
            m["name"][0].isupper()
            or fold(m["name"]) not in lex.common_words
            or text[m.end("name") : m.end("name") + 1] in {",", ".", ")", "("}
        ):
            spans.append(Span("person", m.start("name"), m.end("name"), "nickname-cue"))
    for m in _GLOSSED_RE.finditer(text):
        parenthetical = m["gloss"].lstrip()[:1] == "(" or text[m.start() - 1 : m.start()] == "("
        if _plausible(m["name"], lex) and (
            parenthetical or fold(m["name"]) not in lex.common_words
        ):
            spans.append(Span("person", m.start("name"), m.end("name"), "glossed-name"))
    for m in _TITLE_RE.finditer(text):
        folded = fold(m["name"])
        if _plausible(m["name"], lex) and (folded in lex.surnames or folded in lex.first_names):
            spans.append(Span("person", m.start("name"), m.end("name"), "lowercase-title"))
    for m in _RELATION_RE.finditer(text):
        if _plausible(m["name"], lex):
            spans.append(Span("person", m.start("name"), m.end("name"), "relation-did"))
    return spans
