"""Places written short: "in UK", "back to the USA", "a company in KL", "we drove to vegas",
"a tourist from chile".

The gazetteer holds full names ("Kuala Lumpur", "Chile"), and a lowercase place that is also an
everyday word ("chile", "turkey") is only a place when a preposition of going or coming puts it
there. Abbreviations are matched as written, in capitals and only after a preposition or
"the", so "tell US" in a shouted sentence and "la" in Spanish stay.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .scan import OnCue
from .spans import Span

# Country and big-city abbreviations. A country is still a place the writer lived or went, and
# a nationality narrows a man down; the gazetteer already hides "Poland" and "Kuala Lumpur".
_COUNTRY_CODES = "UK|U\\.K\\.|USA|U\\.S\\.A\\.|U\\.S\\.|US|UAE|KSA|PRC|DRC|NZ"
_CITY_CODES = "NYC|LA|SF|DC|KL|HK|JB|BKK|JHB|CPT|KC|ATL|NOLA|PDX|DFW|STL|KTM|ABJ"
# City nicknames typed as words, which the gazetteer does not hold.
_CITY_NICKNAMES = (
    "vegas|philly|nola|jozi|joburg|jo'burg|brum|chi-town|chiraq|brissie|brisvegas|melbs|"
    "frisco|the big apple|the big smoke|the windy city|the twin cities|motown|nawlins|"
    "the gold coast|the bay area|the valley"
)
# Countries whose names are also everyday words, typed in lowercase.
_WORD_COUNTRIES = "chile|turkey|china|jordan|chad|georgia|niger|guinea|cuba|japan|wales|jersey"

_TO_OR_FROM = (
    r"(?:in|to|from|into|outside|near|around|across|visiting|visit|left|leaving|of|via|"
    r"back\s+to|back\s+in|moved\s+to|flew\s+to|over\s+in|out\s+in)"
)
# Compiled only for a text that holds one of the codes or nicknames (see scan.OnCue).
_CODE_RE = OnCue(
    rf"(?:\b(?i:{_TO_OR_FROM})\s+(?P<the>(?i:the)\s+)?|\b(?P<the2>(?i:the)\s+))"
    rf"(?P<name>(?P<country>{_COUNTRY_CODES})|(?P<city>{_CITY_CODES}))(?![\w'’-]|\.\w)",
    [code.replace("\\", "") for code in f"{_COUNTRY_CODES}|{_CITY_CODES}".split("|")],
)
_NICKNAMES = [n.removeprefix("the ") for n in _CITY_NICKNAMES.split("|")]
_NICKNAME_RE = OnCue(
    rf"\b{_TO_OR_FROM}\s+(?P<name>{_CITY_NICKNAMES})(?![\w'’-])",
    [cue for n in _NICKNAMES for cue in (n, n.capitalize(), n.title(), n.upper())],
    re.IGNORECASE,
)
_WORD_COUNTRY_RE = OnCue(
    rf"\b(?:in|to|from|visiting|back\s+to|moved\s+to|flew\s+to|tourist\s+from|girl\s+from|"
    rf"woman\s+from|student\s+from|nurse\s+from|here\s+from)\s+(?P<name>{_WORD_COUNTRIES})\b"
    r"(?=\s*(?:[,.;!?)]|$)|\s+(?:and|but|for|with|when|where|who|after|before|in|on|at|to|"
    r"was|i|she|he|we|they|alone|last|that|this|back)\b)",
    _WORD_COUNTRIES.split("|"),
)
# "the US army", "a UK visa": the abbreviation is an adjective there, and hiding it would leave
# "a country army"; only a noun use is replaced.
_NOUN_AFTER_RE = re.compile(
    r"\s+(?!(?:and|or|but|in|on|at|for|to|with|when|where|while|i|she|he|we|they|you|it|was|were|"
    r"is|had|the|a|an|that|this|last|back|after|before|then|so|because|until|till|since|"
    r"from|by|as|now|again|alone|together|once|twice|years?|months?|weeks?|days?)\b)[a-z]"
)
# A word run in capitals is shouting: "SHE TOLD US" is not the United States.
_SHOUTING_RE = re.compile(r"\b[A-Z]{2,}\s+(?:[A-Z]{2,}\s+)?$")


def find_short_places(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _CODE_RE.finditer(text):
        the = m["the"] or m["the2"]
        if m["country"] == "US" and not the:
            continue  # "to US" is rare; "with US" in a caps run is common
        if _SHOUTING_RE.search(text[max(0, m.start("name") - 20) : m.start("name")]):
            continue
        if _NOUN_AFTER_RE.match(text, m.end()):
            continue
        noun = "country" if m["country"] else "city"
        start = m.start("the") if m["the"] else m.start("the2") if m["the2"] else m.start("name")
        spans.append(Span("place", start, m.end(), "short-place", noun))
    for m in _NICKNAME_RE.finditer(text):
        spans.append(Span("place", m.start("name"), m.end(), "city-nickname", "city"))
    for m in _WORD_COUNTRY_RE.finditer(text):
        spans.append(Span("place", m.start("name"), m.end("name"), "lowercase-country", "country"))
    return spans


# US states, Canadian provinces and Australian states by their postal codes, as typed in
# lowercase after a town: "sold cars in mobile al", "grew up outside prince albert sk". Codes
# that are everyday words ("in", "me", "or", "oh", "ok", "hi", "id", "on", "act") are left out.
_STATE_CODES = (
    "al|ak|az|ar|ca|co|ct|fl|ga|ia|il|ks|ky|la|md|ma|mi|mn|ms|mo|mt|nv|nh|nj|nm|ny|nc|nd|pa|ri|"
    "sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|ab|bc|mb|nb|nl|ns|pe|qc|sk|nsw|qld|vic|tas"
)
_TOWN_CODE_RE = re.compile(
    r"\b(?:in|from|near|to|outside|around|of)\s+(?P<town>[a-z]+(?:\s+[a-z]+)?)\s+"
    rf"(?P<code>{_STATE_CODES})\b"
    r"(?=\s*(?:[,.;!?)]|$)|\s+(?:and|but|where|when|i|we|for|to|in|at|with|back|after|before|"
    r"until|so|made|was|is|,))"
)
_NOT_A_TOWN = frozenset("a an the my her his our their this that some small big town city".split())


def find_lowercase_towns_with_states(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for m in _TOWN_CODE_RE.finditer(text):
        words = m["town"].split()
        if any(word in _NOT_A_TOWN for word in words):
            continue
        # A town the gazetteer knows, or words no dictionary calls everyday English.
        if (
            m["town"] not in lex.places
            and words[-1] not in lex.places
            and any(word in lex.common_words for word in words)
        ):
            continue
        spans.append(Span("place", m.start("town"), m.end("code"), "town-state-code", "town"))
    return spans


# "camp [A], NC, the mid 2010s": a state or province code after a place already found goes
# with it, whatever found the place.
_STATE_AFTER_RE = re.compile(
    r",\s*(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|"
    # (not OK or HI: "the Bluebird Inn, OK, that was it" says okay)
    r"NE|NV|NH|NJ|NM|NY|NC|ND|OH|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|AB|BC|MB|NB|NL|NS|"
    r"NT|NU|ON|PE|QC|SK|YT|NSW|QLD|VIC|TAS)(?=[,.;:!?)]|\s|$)"
)


def states_after_places(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        m = _STATE_AFTER_RE.match(text, span.end)
        if m is None:
            continue
        if span.kind in {"place", "org", "venue"}:
            found.append(Span(span.kind, span.start, m.end(), "state-after-place", span.hint))
        elif base := _BASE_BEFORE_RE.search(text, max(0, span.start - 6), span.start):
            # "camp lejeune, NC" typed in lowercase: the name read as a person is a base's
            found.append(Span("place", base.start(), m.end(), "state-after-place", "military base"))
    return found


_BASE_BEFORE_RE = re.compile(r"\b(?:camp|fort|ft\.?)\s+$", re.IGNORECASE)
