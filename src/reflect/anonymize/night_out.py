"""Venues of a night out, typed without capitals: "we were drinking at the cormorant", "at blue
door lounge in lekki", "the pork pit".

A lowercase "the cormorant" is a pub only when a going-out phrase places someone there and the
story around it is a night out (drinks, pints, last orders); a name ending in a venue noun
("lounge", "grill") says so itself. Generic places ("the bar", "the party", "the beach") and generic kinds of bar ("the
sports bar", "the hotel lounge") stay as they are.
"""

from __future__ import annotations

import re

from .context import NOT_NAMES, PERSON_NOUNS
from .lexicon import Lexicon, fold
from .spans import Span
from .venues import ORDINARY_NOUNS

_NIGHT_OUT_RE = re.compile(
    r"\b(?:drinks?|drinking|drank|drunk|pints?|beers?|shots|rounds?|bar|pub|pubs|club|clubbing|"
    r"night\s+out|bouncers?|dj|dance\s*floor|karaoke|last\s+orders|last\s+call|closing\s+time|"
    r"kicked\s+(?:us|me|him|them)\s+out|bartender|barmaid|barman|cocktails?|tequila|vodka|"
    r"whiske?y|rum|lager|cider|guinness|happy\s+hour|afters|sesh|boozer|wasted|hammered|"
    r"tipsy|buzzed|smashed|steaming|pissed|on\s+the\s+piss|on\s+the\s+lash|bladdered|legless|"
    r"plastered|langers|locked|wrecked|gin|wine|payday|christmas\s+do|awards\s+do)\b",
    re.IGNORECASE,
)
_PLACE_LEAD = r"(?:at|to|in|into|outside|from|down|round|leaving|left|near|behind|inside)"
_VENUE_NOUNS = (
    "lounge|bar|pub|tavern|saloon|grill|diner|cafe|café|inn|bistro|cantina|brewery|taproom|pit|"
    "shack"
)
# "drinking at the anchor", "went back to the mill for last orders": a lowercase word after
# "the", placed by a going-out or drinking phrase right before it, in a night-out sentence.
_GOING_OUT_THE_RE = re.compile(
    r"\b(?:drinking|drinks|drink|pints?|a\s+pint|beers?|shots|out|went|go|going|goes|headed|"
    r"back|ended\s+up|met|meet|meeting|started|finished|stayed|danced|dancing)\s+"
    r"(?:(?:back|down|round|over|up|out)\s+)?(?:at|to|in|into|from)\s+the\s+"
    r"(?P<name>[a-z]{3,}(?:['’]s)?)\b(?!['’]s\b|-)"
    # what follows a name, not a noun it would modify ("the guest room", "the walk-in")
    r"(?=\s*[,.;:!?)]|\s*$|\s+(?:for|and|after|to|until|till|when|then|so|but|because|every|"
    r"again|together|one|that\s+night|on\s+(?:a|the)|in\s+(?:a|the))\b)"
)
# Words British, Irish and Australian pubs are named with, which rarely stand alone after "at the"
# otherwise: "the awards do at the anchor", "at the pelican after payday" (not "the anchor of
# the team": a noun after it keeps it a thing).
_PUB_WORDS = (
    "anchor|crown|swan|plough|plow|wheatsheaf|albion|feathers|mitre|grapes|pelican|greyhound|"
    "stag|fox|hare|hound|lamb|dolphin|mermaid|falcon|eagle|bugle|harp|shamrock|thistle|"
    "royal|victoria|cricketers|volunteer|bell|lion|globe|oak|rose"
)
_PUB_RE = re.compile(
    rf"\b{_PLACE_LEAD}\s+the\s+(?P<name>{_PUB_WORDS})\b(?!['’]s\b|-)"
    r"(?=\s*[,.;:!?)]|\s*$|\s+(?:for|and|after|to|until|till|when|then|so|but|because|every|"
    r"again|together|one|that|on|in|with|where|i|we|she|he|they|last|most|near|by)\b)",
    re.IGNORECASE,
)
# "ended up at the slack tub", "tended bar at the harpoon on marine way", "at hops & hollow":
# one or two lowercase words after "at the" where a night out or a bar job puts someone.
_AT_THE_RE = re.compile(
    r"\b(?:at|to|from|outside|into|inside|behind)\s+(?:(?P<the>the)\s+)?"
    r"(?P<name>[a-z][a-z'’]{2,}(?:\s+(?:&|n|'n'|and)\s+[a-z][a-z'’]{2,}|\s+[a-z][a-z'’]{2,})?)"
    # what follows says where it is or what it is: "on marine way", "in town", ", a dive bar"
    r"(?=\s+(?:on|in|by|near|off|drinking|till|until|every|downtown|that\s+night)\b"
    r"|,\s+(?:a|an|the|this|our)\s+(?:[\w'’-]+\s+){0,2}(?:bar|pub|club|joint|dive|place|spot|lounge|"
    r"tavern|venue|restaurant|diner|hotel)\b)"
)
_BAR_JOB_RE = re.compile(
    r"\b(?:tended\s+bar|tending\s+bar|bartend\w*|bouncer|bouncing|worked\s+the\s+door|"
    r"residency|dj|djing|barback|bar\s+staff|waitress\w*|waiter|server|doorman|promoter|"
    r"payday|drinking|drunk|pints?|shots|beers?)\b",
    re.IGNORECASE,
)
# Everyday things one stands at or goes to on a night out, not named there.
_NIGHT_OUT_THINGS = frozenset(
    """jukebox dartboard darts urinal kerb curb hatch wheel controls railing rail corner steps
    doorway archway gazebo marquee stage speakers decks booth bench cooler fridge grill fire
    firepit truck tailgate boat dock marina river riverside waterfront seafront boardwalk
    promenade strip beachfront lake creek woods field lot parking ramp lights light cashpoint
    atm machine vending hallway stairwell landing elevator lift basement attic cellar loft
    garage shed deck patio balcony rooftop roof porch yard lawn ditch gutter alley wall
    window table bar counter till register sink mirror toilet bathroom""".split()
)
_NAMED_VENUE_RE = re.compile(
    rf"\b{_PLACE_LEAD}\s+(?:the\s+)?(?P<name>(?P<words>(?:[a-z][a-z'’]+\s+){{1,2}}(?:{_VENUE_NOUNS})))\b"
)
# A place or an event anyone might go to: "at the bar", "to the party", "in the back".
GENERIC = frozenset(
    """bar pub club party wedding funeral house home flat apartment office station airport hotel
    motel restaurant cafe beach park gym counter back front end top bottom corner window kitchen
    bathroom toilet toilets loo taxi cab concert gig show game match festival fair market mall
    shop store church school uni college library hospital clinic event dance disco rave
    reception afterparty barbecue braai bbq pool shore pier dock harbour harbor stop queue
    night weekend morning evening day week year same other next last first whole rest place
    area lobby lounge venue site base camp fire bonfire garden yard porch deck balcony roof
    terrace bar's club's dancefloor smoking beer girls boys lads guys crowd group others
    taxi rank ranks chippy takeaway kebab shop corner club game pitch field stands stadium
    arena ground grounds gate entrance exit carpark lot parking way road street city town
    village country world internet app phone chat group dark open air cold rain time afters
    start middle moment beginning mirror stairs booth afternoon sink bins bin till tills
    register kitchen cloakroom coats coat door doors entrance window windows wall edge
    time minute second point table tables floor ground seat seats couch sofa bed""".split()
)
# Kinds of bar, not names of one: "the sports bar", "a hotel lounge", "the dive bar".
GENERIC_KINDS = frozenset(
    """sports hotel dive karaoke student gay local irish strip night golf country tiki wine
    cocktail piano hookah shisha vip rooftop beach corner neighborhood neighbourhood campus
    airport casino college union snack salad breakfast coffee tea motel lobby members staff
    social working mens men's cheap little big small new old main hotel's smoking back front
    upstairs downstairs other same nearest closest only usual regular hookah gastro roof
    terrace garden pool gin whisky whiskey oyster juice candy chocolate sushi taco burger pizza
    kebab noodle fire mosh snake orchestra sand gravel barbecue bbq ice milk sandwich salad
    champagne vodka tequila beer cigar vape hostel pit lobby hotel open departure departures
    executive business faculty teachers common tv family games waiting break hospital school
    office work station train airport's hospital's""".split()
)
# Where anyone goes on a night out, named by what it is: "went to the toilets", "back to the
# hotel", "out to the car", "in the queue".
PLACES_ANYONE_GOES = frozenset(
    """toilets toilet loo loos gents ladies hotel hostel car cars taxi taxis cab uber queue
    bus train station beach park dark alley alleyway lane club clubs pub pubs bar bars party
    parties flat apartment house home dorm dorms halls room rooms kitchen garden backyard
    smoking smokers bathroom bathrooms city town centre center village shops shop chippy
    kebab takeaway casino cinema movies gym pool square market fair festival concert gig show
    match game stadium ground pitch club's bar's door doors front back end top floor stairs
    lift elevator ballroom reception wedding afterparty afters offices office work job shift
    night morning airport beer ship boat boats base barracks camp tent tents van truck
    church mosque temple school college uni university hospital""".split()
)
_FUNCTION_WORDS = frozenset(
    "a an the and or but of for with to at in on my her his our their your its this that".split()
)


def _night_out_near(text: str, start: int) -> bool:
    """A night out in the sentence of `start` or the one before it."""
    window = text[max(0, start - 160) : start + 120]
    return _NIGHT_OUT_RE.search(window) is not None


def _plain_words(words: str) -> list[str]:
    return [w.strip("'’") for w in words.split()]


def find_night_out_venues(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for m in _NAMED_VENUE_RE.finditer(text):
        words = _plain_words(m["words"])
        if any(w in GENERIC_KINDS or w in _FUNCTION_WORDS for w in words[:-1]):
            continue
        kind = _NAMED_VENUE_KIND.get(words[-1], "bar")  # "the sixth form cafe" is no bar
        spans.append(Span("venue", m.start("name"), m.end("name"), "night-out", kind))
    for m in _PUB_RE.finditer(text):
        if _night_out_near(text, m.start()):
            spans.append(Span("venue", m.start("name"), m.end("name"), "pub-word", "pub"))
    spans += _at_the_venues(text, lex)
    for m in _GOING_OUT_THE_RE.finditer(text):
        word = re.sub(r"['’]s$", "", m["name"])
        if (
            word in GENERIC
            or word in ORDINARY_NOUNS
            or word in _FUNCTION_WORDS
            or word in GENERIC_KINDS
            or word in PLACES_ANYONE_GOES
            or not _night_out_near(text, m.start())
        ):
            continue
        spans.append(Span("venue", m.start("name"), m.end("name"), "night-out", "bar"))
    return spans


def _ordinary_word(word: str, plural_ok: bool = False) -> bool:
    word = re.sub(r"['’]s$", "", word)
    return (
        word in GENERIC
        or word in PERSON_NOUNS
        or word in ORDINARY_NOUNS
        or word in _FUNCTION_WORDS
        or word in GENERIC_KINDS
        or word in PLACES_ANYONE_GOES
        or word in _NIGHT_OUT_THINGS
        or word in NOT_NAMES
        or word.endswith(("ing", "ly"))
        or (not plural_ok and word.endswith("s") and not word.endswith("ss"))
    )


def _at_the_venues(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for m in _AT_THE_RE.finditer(text):
        words = [w for w in m["name"].split() if w not in {"&", "n", "'n'", "and"}]
        joined = len(words) == 2 and len(m["name"].split()) == 3  # "hops & hollow"
        if not m["the"] and not joined:
            continue  # a bare word after "at" is read elsewhere (a school, a town)
        if (
            _VENUE_APPOSITION.match(text, m.end())
            and not any(w in _FUNCTION_WORDS for w in words)
            and words[0] not in GENERIC | GENERIC_KINDS
        ):
            # "at the blue door, a bar on main": the words after it say it is a venue ("a
            # place", so that the aside does not repeat the noun)
            spans.append(Span("venue", m.start("name"), m.end("name"), "night-out-the", "place"))
            continue
        if _ordinary_word(words[0], joined) or (joined and _ordinary_word(words[-1], joined)):
            continue
        if (
            len(words) == 2
            and words[-1] in GENERIC | PLACES_ANYONE_GOES
            and (
                words[-1] not in _VENUE_KIND
                or not _BAR_JOB_RE.search(text, max(0, m.start() - 80), m.start())
            )
        ):
            continue  # "the tram stop", "the wrap party"; but "bartended at the ruby room"
        if fold(" ".join(words)) in lex.brands:
            continue  # "the sonic": the brand's own noun is the better one
        window = text[max(0, m.start() - 160) : m.start() + 60]
        if not _BAR_JOB_RE.search(window) and not _night_out_near(text, m.start()):
            continue
        hint = _VENUE_KIND.get(words[-1], "bar")
        spans.append(Span("venue", m.start("name"), m.end("name"), "night-out-the", hint))
    return spans


# ", a dive bar on main", ", a pub near the station": an aside that says what the name before is.
_VENUE_APPOSITION = re.compile(
    r",\s+(?:a|an|this|our|my)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:bar|pub|club|joint|dive|lounge|tavern|venue|restaurant|diner|hotel|motel|cafe|café)"
    r"(?=\s*[,.;!?]|\s+(?:on|in|near|off|by|where|that|downtown|called|run|owned|out)\b)"
)
_NAMED_VENUE_KIND = {
    **dict.fromkeys("grill diner cafe café bistro cantina pit shack".split(), "restaurant"),
    "inn": "hotel",
}
_VENUE_KIND = {"room": "bar", "lounge": "bar", "club": "club", "diner": "restaurant"}
