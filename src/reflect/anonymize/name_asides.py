"""Names typed without capitals that the sentence sets apart: "a young kiwi girl, tui, doing the
season", "my supervisor sparrow, thats his nickname", "this girl jasmine all night", a name
called out at the start of speech ("smoke, you just ran off a family"), initials after a
naming word ("ill call her a.j."), a group "called" something.

In text typed without capitals a name is an ordinary-looking word; what marks it is where it
stands: between commas after a word for a person, before a remark that it is a nickname, after
"this girl", at the head of a quote before "you". Each cue is checked against the words such a
place also holds ("a girl, obviously,", "this girl will", "\"dude, you\"").
"""

from __future__ import annotations

import re

from .context import DISCOURSE_WORDS, NOT_NAMES, PERSON_NOUNS
from .lexicon import Lexicon, fold
from .numbers import WORD_NUMBERS
from .scan import OnCue
from .spans import Span

_PEOPLE = (
    "girl|woman|lady|chick|coworker|co-worker|friend|supervisor|manager|boss|trainer|nurse|"
    "student|intern|cleaner|waitress|bartender|server|cashier|neighbour|neighbor|roommate|"
    "flatmate|classmate|teammate|cousin|sister|daughter|niece|wife|girlfriend|ex|mate|boy|guy|"
    "dude|lead|tech|medic|driver|regular|customer|client|colleague|trainee|hostess|barista"
)
_PEOPLE_SET = frozenset(_PEOPLE.split("|"))
_WORD = r"[a-z][a-z'’-]{1,15}"
# "a young kiwi girl, tui, doing", "a girl from the office, autumn.": set off after a person.
_SET_OFF_RE = OnCue(
    r"\b(?P<noun>[a-z-]+)(?:\s+(?:from|at|in|on)\s+(?:(?:the|a|an|my|our|her|his)\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+)?)?"
    rf",\s+(?P<name>{_WORD})(?=\s*[,.;!?]|\s+from\s+(?:a|an|the|my|her|his|our|[A-Z\[]))",
    [","],
)
# "sparrow, thats his nickname", "tiny (that's what we called him)".
_SAID_TO_BE_A_NAME_RE = OnCue(
    rf"(?<![\w'’-])(?P<name>{_WORD}),?\s+\(?(?:thats|that's|that\s+is|which\s+is|its|it's)\s+"
    r"(?:his|her|their|my|our)\s+(?:nickname|nick|name|handle|street\s+name|stage\s+name|"
    r"tag|gamertag)\b",
    ["name", "nick", "handle", "tag"],
    re.IGNORECASE,
)
# "this girl jasmine all night": a first name right after "this girl" (not "this girl will").
_AFTER_THIS_GIRL_RE = OnCue(
    r"\b(?:this|that|a|one|some)\s+(?:girl|woman|lady|chick|shorty|guy|dude)\s+"
    rf"(?P<name>{_WORD})\b(?![\w'’-])",
    ["girl", "woman", "lady", "chick", "shorty", "guy", "dude"],
)
# "\"smoke, you just ran off\"": a word called out at the head of a quote, before "you".
_CALLED_OUT_RE = OnCue(
    rf"[\"“](?P<name>{_WORD}),\s+(?:you|u|ya|get|come|go|stop|listen|look|don't|dont|we|"
    r"i|it's|its|this|that's|thats|what|why|how|man|bro|please|leave|let|wake)\b",
    ['"', "“"],
)
# "ill call her a.j.", "someone i'll refer to as j.": lowercase initials after a naming word.
_NAMED_INITIALS_RE = OnCue(
    r"\b(?:call|called|calls|named|refer\s+to|known\s+as|write|"
    rf"(?:my|her|his|our|their|big|little)\s+(?:{_PEOPLE}|cousin|manager|boss|brother|uncle))"
    r"\s+(?:(?:her|him|them)\s+)?(?:as\s+)?(?P<name>[a-z]\.[a-z]\.?)(?![\w.])",
    ["."],
)
# The only thing every such initial holds; a cheap test before the costly pattern is compiled.
_LOWER_DOTTED_RE = re.compile(r"[a-z]\.[a-z]")
# "a discord called gremlin garage", "our group chat named the wolf pack": what a group,
# server or crew is called is its name.
_GROUP_CALLED_RE = OnCue(
    r"\b(?P<noun>discord|server|group\s?chat|gc|chat|channel|subreddit|forum|page|crew|band|gang|"
    r"podcast|clan|guild|league|whatsapp|telegram|group)(?:\s+[\w'’-]+){0,2}?\s+(?:called|named)"
    r"\s+(?:the\s+)?(?P<name>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}?)"
    r"(?=\s*[,.;:!?)\"”]|\s*$|\s+(?:and|with|where|that|which|for|like|on|in|of|who|i|we|she|"
    r"he|they|bc|cos|because|back|at|to)\b)",
    ["called", "named"],
)
# 'my mate gaz "tiny" holt', 'Gary "Tank" Morris': a nickname quoted inside a full name.
_QUOTED_NICKNAME_RE = OnCue(
    r"(?<![\w'’-])(?P<name>[A-Za-z][a-z'’-]{1,15}\s+[\"“'‘][A-Za-z][\w'’ -]{0,15}[\"”'’]\s+"
    r"[A-Za-z][a-z'’-]{1,20})(?![\w'’-])",
    ['"', "“", "'", "‘"],
)
# "name: autumn", "- who: Kim": a name given as an answer's field.
_FIELD_NAME_RE = OnCue(
    r"\b(?:name|her\s+name|his\s+name|who)\s*[:–-]\s*(?P<name>[A-Za-z][\w'’-]{1,20})(?![\w'’-])",
    ["name", "who", "Name", "NAME", "Who", "WHO"],
    re.IGNORECASE,
)
# "me and my buddies jt and kev": names after friends in the plural.
_FRIENDS_RE = OnCue(
    r"\b(?:my|our|his|her)\s+(?:buddies|friends|mates|boys|cousins|brothers|roommates|teammates|"
    r"homies|pals|bros|lads)\s+(?P<name>[a-z][a-z'’-]{1,15})\s+(?:and|&|n)\s+",
    [
        "buddies",
        "friends",
        "mates",
        "boys",
        "cousins",
        "brothers",
        "roommates",
        "teammates",
        "homies",
        "pals",
        "bros",
        "lads",
    ],
)
# "in August, K., was on my squad": one initial set off by commas stands for a person.
_INITIAL_SET_OFF_RE = OnCue(r"(?<=, )(?P<name>[A-Z]\.)(?=,\s)", [".,"])
# "the agency, pertemps, to move her": a firm set off after the word for what it is.
_ORG_SET_OFF_RE = OnCue(
    r"\b(?:agency|company|firm|union|club|school|college|bar|pub|gym|church|charity|team|band|"
    r"label|brand|shop|store|restaurant|cafe|hotel|app|site|platform|employer|contractor|"
    r"supplier|client),\s+(?P<name>[a-z][a-z'’&-]{2,20}(?:\s+[a-z][a-z'’&-]{2,20})?),",
    [
        f"{noun},"
        for noun in """agency company firm union club school college bar pub gym church charity
        team band label brand shop store restaurant cafe hotel app site platform employer
        contractor supplier client""".split()
    ],
)
# "dylanwaits2 was one of them": a run-together name with a digit is a username.
_DIGIT_HANDLE_RE = re.compile(r"(?<![\w@.-])(?P<name>[a-z]{6,}\d{1,2})(?![\w@])")
# A run of letters of a script that is not the Latin one, in English text: a name given as
# she writes it ("陳慧儀 on her card", "김지우 on her passport", "نور in Arabic").
# (Compiled only for a text that is not plain ASCII: the ranges cost milliseconds to compile.)
_OTHER_SCRIPT = (
    r"[\u0600-\u06ff\u0590-\u05ff\u0900-\u0dff\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff"
    r"\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+"
)
# Words that stand where a name could but are not one.
_NOT_A_NAME = DISCOURSE_WORDS | frozenset(
    """though too again anyway maybe honestly obviously really actually basically literally
    though tho also either neither instead once twice later yet still even just only then now
    tonight today tomorrow yesterday here there drunk sober young old new single married
    pregnant crying laughing upset angry asleep awake outside inside alone together home gone
    back away upstairs downstairs please sorry thanks bro dude man girl babe baby honey
    sweetheart sweetie darling love sir ma'am mate fam cuz bruh yo hey hi hello oi ok okay
    yeah yep nope nah wow damn shit fuck fr lol lmao bet facts fine stop wait come go
    will may can could would should might must did does was were is are am had has have
    who that which what when where why how got gets get kept keeps said says told tells
    asked asks walked went came left stayed sat stood looked turned started tried wanted
    needed liked loved hated knew thought felt seemed made took gave saw heard""".split()
)


def _name_like(word: str, lex: Lexicon) -> bool:
    folded = fold(word)
    return not (
        folded in NOT_NAMES
        or folded in _NOT_A_NAME
        or folded in PERSON_NOUNS
        or folded in lex.safe_proper
        or folded.endswith(("ly", "ing"))
        or any(part in WORD_NUMBERS for part in folded.split("-"))
    )


def find_name_asides(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for m in _SET_OFF_RE.finditer(text):
        if m["noun"] not in _PEOPLE_SET:
            continue  # the word before is checked here, not in the pattern (cheaper to compile)
        word = fold(m["name"])
        if _name_like(word, lex) and (word in lex.first_names or word not in lex.common_words):
            spans.append(Span("person", m.start("name"), m.end("name"), "set-off-name"))
    for m in _SAID_TO_BE_A_NAME_RE.finditer(text):
        if _name_like(m["name"], lex):
            spans.append(Span("person", m.start("name"), m.end("name"), "said-nickname"))
    for m in _AFTER_THIS_GIRL_RE.finditer(text):
        word = fold(m["name"])
        if word in lex.first_names and _name_like(word, lex):
            spans.append(Span("person", m.start("name"), m.end("name"), "this-girl-name"))
    for m in _CALLED_OUT_RE.finditer(text):
        word = fold(m["name"])
        if _name_like(word, lex) and (word in lex.first_names or word not in lex.common_words):
            spans.append(Span("person", m.start("name"), m.end("name"), "called-out"))
    for m in _NAMED_INITIALS_RE.finditer(text) if _LOWER_DOTTED_RE.search(text) else ():
        if m["name"].rstrip(".") not in {"a.m", "p.m", "e.g", "i.e", "u.s", "u.k"}:
            spans.append(Span("person", m.start("name"), m.end("name"), "named-initials"))
    for m in _QUOTED_NICKNAME_RE.finditer(text):
        words = m["name"].split()
        first, last = fold(words[0]), fold(words[-1])
        if not (last in lex.surnames or last not in lex.common_words) or not _name_like(last, lex):
            continue  # 'calling Jess "my girlfriend" to the guys': no surname after the quote
        if (first in lex.first_names or first not in lex.common_words) and _name_like(first, lex):
            spans.append(Span("person", m.start("name"), m.end("name"), "quoted-nickname"))
    for m in _FIELD_NAME_RE.finditer(text):
        if _name_like(m["name"], lex):
            spans.append(Span("person", m.start("name"), m.end("name"), "field-name"))
    for m in _FRIENDS_RE.finditer(text):
        if _name_like(m["name"], lex) and fold(m["name"]) not in lex.common_words:
            spans.append(Span("person", m.start("name"), m.end("name"), "friends-names"))
    for m in _INITIAL_SET_OFF_RE.finditer(text):
        spans.append(Span("person", m.start("name"), m.end("name"), "initial-set-off"))
    for m in _ORG_SET_OFF_RE.finditer(text):
        if all(_name_like(w, lex) and w not in lex.common_words for w in m["name"].split()[:1]):
            spans.append(Span("org", m.start("name"), m.end("name"), "org-set-off", "company"))
    for m in _DIGIT_HANDLE_RE.finditer(text):
        if m["name"].rstrip("0123456789") not in lex.known_words:
            spans.append(Span("handle", m.start("name"), m.end("name"), "digit-handle"))
    for m in re.finditer(_OTHER_SCRIPT, text) if not text.isascii() else ():
        spans.append(Span("person", m.start(), m.end(), "other-script"))
    for m in _GROUP_CALLED_RE.finditer(text):
        words = m["name"].split()
        if all(_name_like(word, lex) for word in words[:1]):
            spans.append(Span("org", m.start("name"), m.end("name"), "group-called", "group"))
    return spans
