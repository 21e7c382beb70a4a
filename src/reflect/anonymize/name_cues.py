"""Names the sentence itself marks as names, in any case: "her nickname was Ploy", "ah fa from
our team (fa means flower)", "pastor park told me", "my friend bank brought his cousin".

Each cue is one a writer uses only for a name: a nickname said to be one, a word glossed with
what it "means", a title before a family name, a relation before a word and what that person
did. A gloss of an ordinary word ("no means no") is not a name.
"""

from __future__ import annotations

import re

from .context import NOT_NAMES, PERSON_NOUNS
from .lexicon import Lexicon, fold
from .scan import OnCue
from .spans import Span

_TITLE_WORDS = (
    "pastor coach father imam uncle auntie aunty teacher sir madam mr mrs ms miss doctor dr "
    "professor prof officer sergeant sgt captain capt deacon elder brother sister"
).split()
_RELATION_WORDS = (
    "friend mate buddy cousin roommate flatmate housemate bro brother sister colleague coworker "
    "co-worker boss neighbour neighbor classmate teammate boy girl homie guy mod admin sponsor "
    "supervisor manager trainer lead partner"
).split()
_NAME = r"(?P<name>[^\W\d_][\w'’-]{1,20})"
_NICKNAME_RE = OnCue(
    rf"\b(?:nickname|nick|english\s+name|[a-z]+\s+name|real\s+name)\s+(?:is|was)\s+{_NAME}"
    r"(?=\s*[,.;:!?)(]|\s+(?:which|but|and|bc|because|cos|like|so|from|in)\b)",
    ["nick", "name"],
    re.IGNORECASE,
)
# "fa means flower", "bora (it means purple)" (not "drunk, which means": a clause).
_GLOSSED_RE = OnCue(
    rf"(?<![\w'’-]){_NAME}(?P<gloss>\s*\(\s*(?:it\s+|which\s+|that\s+|her\s+name\s+)?means\b"
    r"|\s+means\s+(?:a\s+|the\s+)?[a-z]+(?:\s+in\s+[a-z]+)?\s*[).,;])",
    ["means"],
    re.IGNORECASE,
)
_TITLE_RE = OnCue(
    r"(?<!my )(?<!her )(?<!his )(?<!our )(?<!their )(?<!your )(?<!the )(?<!a )"
    rf"\b(?:{'|'.join(_TITLE_WORDS)})"
    r"\.?\s+(?P<name>[a-z][a-z'’-]{1,20})\b"
    r"(?=\s*[,.;:!?)]|\s+(?:and|told|said|asked|was|had|saw|called|came|took|made|gave|knew|"
    r"found|moved|sent|pulled|warned|heard|never|always|who)\b)",
    _TITLE_WORDS,
)
# After "my friend" and the like: a word, then what the person did.
_RELATION_RE = OnCue(
    rf"\b(?i:my|his|her|our|their)\s+(?i:{'|'.join(_RELATION_WORDS)})\s+"
    # a nickname's adjective stays ("my boy big [A]"): the name after it is found again alone
    r"(?:(?:big|lil|little|young|fat|tall|skinny|crazy|mad)\s+)?"
    r"(?P<name>[^\W\d_][\w'’-]{1,20}(?:\s+[A-Z][\w'’-]{1,20})?)(?![\w'’-])"
    # then what that person did (the pronoun may come back: "my friend p'tit Gab he see"), or
    # an aside about them ("his cousin mint, in his late teens")
    r"(?=\s+(?:(?:he|she)\s+)?(?:(?:finally|just|then|always|never|also|eventually|later|"
    r"once|still|even|actually|literally)\s+)?"
    r"(?:brought|took|saw|see|sees|pulled|got|came|come|went|told|tell|"
    r"said|say|drove|walked|grabbed|texted|gave|left|made|knew|dragged|laughed|warned|stopped|"
    r"tried|asked|called|was|had|messaged|from)\b|,\s+(?:who|in\s+(?:his|her|their)|aged?\b|\d))",
    _RELATION_WORDS,
    any_case=True,
)
# "a bartender, big cal, came out": a nickname of an adjective and a name, set off after a role.
_NICKNAME_ASIDE_RE = re.compile(
    r"\b(?P<role>[a-z]+),\s+(?P<name>(?:big|lil|little|young|old|fat|tall|skinny|crazy|mad|"
    r"baby|pretty|sweet)\s+[a-z]{2,12}),"
)
# "JT, a postdoc, saw me": initials set off before what the person is.
_INITIALS_ASIDE_RE = re.compile(
    r"(?<![\w.])(?P<name>[A-Z]{2})(?=,\s+(?:a|an|the|my|our|his|her)\s+(?:[a-z-]+\s+)?"
    r"(?P<role>[a-z-]+)\b)"
)
# "everyone called her sky bc that was her english name": what people called her, and why.
_CALLED_HER_RE = OnCue(
    r"\b(?:everyone|everybody|we|they|people|all|the\s+(?:guys|girls|lads|boys|men|crew|team|"
    r"regulars|others)|(?:my|his|her|our)\s+(?:friends|mates|buddies))\s+(?:all\s+)?"
    r"(?:called|call|calls)\s+(?:her|him)\s+(?P<name>[a-z][a-z'’-]{1,15})"
    r"(?=\s+(?:bc|because|cos|coz|cuz|cause|since|for\s+short|after|and)\b|\s*[,.;!?]|\s*$)",
    ["call"],
)
# What a group "called her" that is no nickname but a judgement: the sentence needs it said.
_CALLED_HER_JUDGEMENTS = frozenset(
    """names crazy pretty beautiful easy cold frigid fat ugly hot sexy cute stupid dumb nuts
    psycho slut sluts whore bitch bitchy sweet mad weird rude bossy difficult dramatic
    emotional sensitive out back up over in over-sensitive mean lazy loud quiet shy stuck-up
    frigid prude tease liar""".split()
)
# "who came in after her shifts, Lark, early 20s,": a capitalised word set off before an age.
_NAME_BEFORE_AGE_RE = re.compile(
    r"(?<=, )(?P<name>[A-Z][a-z]{2,15}),\s+(?:(?:early|mid|late|about|maybe|like|around|only|"
    r"just|barely)\s+)?(?:[1-9]\d(?:s|yo)?\b|(?:twenty|thirty|forty|nineteen|eighteen|seventeen|"
    r"sixteen)|in\s+her\b)"
)
# "I want to write about Sole. She danced": a capitalised word ending a sentence the next one
# picks up as she or he.
_NAME_BEFORE_PRONOUN_RE = OnCue(
    r"\b(?:about|with|to|for|from|met|meet|saw|told|asked|kissed|texted|messaged|dated|"
    r"called|named|like|liked|loved|followed|invited)\s+(?P<name>[A-Z][a-z]{2,15})\.\s+(?:She|He)\b",
    [". She", ". He"],
)
# "a girl from the al-Khatib family": a family name with its Arabic particle.
_PARTICLE_NAME_RE = OnCue(
    r"(?<![\w-])(?P<name>(?:al|el|bin|ibn|abu)-[A-Z][a-z]+)\b",
    ["al-", "el-", "bin-", "ibn-", "abu-"],
)
# Words a relation is followed by that are not a person: "my friend group went", "his boy
# scouts". Glossed words that are ordinary: "no means no".
_NOT_A_NAME = frozenset(
    """group groups circle list zone request requests chat code count scouts ship who that
    this it what which there here no yes stop silence consent nothing everything love word
    name same one too also again then now here there first later once twice himself herself
    instead though just never always still even really actually soon later""".split()
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
        first = m["name"].split()[0]
        if first.lower() in _MODALS:
            continue  # "my friend will come later"
        if _plausible(first, lex) and not (first.endswith("ly") and first.islower()):
            spans.append(Span("person", m.start("name"), m.end("name"), "relation-did"))
    for m in _NICKNAME_ASIDE_RE.finditer(text):
        if m["role"] in PERSON_NOUNS:
            spans.append(Span("person", m.start("name"), m.end("name"), "nickname-aside"))
    for m in _INITIALS_ASIDE_RE.finditer(text):
        if fold(m["name"]) in lex.safe_proper or fold(m["name"]) in _ROLE_ACRONYMS:
            continue  # "her RA, a big guy": a role, not a person's initials
        if m["role"] in PERSON_NOUNS or m["role"] in _ROLES_AFTER_INITIALS:
            spans.append(Span("person", m.start("name"), m.end("name"), "initials-aside"))
    for pattern, detector in (
        (_CALLED_HER_RE, "called-her"),
        (_PARTICLE_NAME_RE, "particle-name"),
        (_NAME_BEFORE_AGE_RE, "name-before-age"),
        (_NAME_BEFORE_PRONOUN_RE, "name-before-pronoun"),
    ):
        for m in pattern.finditer(text):
            if detector == "called-her":  # a nickname may be any word, a town's name too
                if _plausible(m["name"], lex) and fold(m["name"]) not in _CALLED_HER_JUDGEMENTS:
                    spans.append(Span("person", m.start("name"), m.end("name"), detector))
            elif _plausible(m["name"], lex) and fold(m["name"]) not in lex.places:
                spans.append(Span("person", m.start("name"), m.end("name"), detector))
    return spans


_MODALS = frozenset("will may can might must shall would could should".split())
_ROLE_ACRONYMS = frozenset("ra ta dj mc rn gp md pa co xo pt vp hr it pr qa gm am pm".split())
_ROLES_AFTER_INITIALS = frozenset(
    "postdoc intern trainee nurse medic teacher student classmate colleague coworker".split()
)
