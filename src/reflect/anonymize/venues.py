"""Venues typed without capitals: "drinks at the rusty moose", "we ended up at the crooked
spoon", "the blue door on main", "a bar called the rusty nail", "worked at the sonic".

With no capital to go on, a venue is read from its shape: after a place preposition, "the", an
adjective that names pubs and diners ("rusty", "golden", "lucky", a colour) and a noun that
is not an ordinary thing such an adjective describes ("the red light", "the blue house").
"""

from __future__ import annotations

import re

from .context import MONTH_NAMES, NOT_NAMES, PERSON_NOUNS, RELATIONS
from .lexicon import Lexicon, fold
from .spans import Span
from .text import Token

# Adjectives that open a venue's name far more often than they describe the thing after "at
# the" ("the rusty moose", "the golden dragon", "the blue door"); everyday ones ("old", "big",
# "little", "front") are left out on purpose.
VENUE_ADJECTIVES = frozenset(
    """rusty crooked golden gilded silver copper brass iron tin velvet blue red black green white
    purple pink yellow scarlet crimson grey gray lucky salty drunken drunk jolly happy hungry
    thirsty dirty sticky laughing dancing flying roaring howling leaky painted sneaky sly wild
    mad wicked lazy sleepy tipsy merry royal rising spotted hairy bearded dusty muddy rowdy
    shady twisted smoky frosty blind naked saucy cheeky grumpy angry fighting drowned
    drowning singing whistling crazy""".split()
)
# Things those adjectives describe literally: "at the red light", "to the green room", "at the
# white house", "in the black car" stay.
ORDINARY_NOUNS = frozenset(
    """light lights house home car cars truck van jeep suv bus train bike boat door doors gate
    gates table tables chair chairs couch sofa bed bench wall walls room rooms line lines carpet
    bin box bag bags shirt dress jacket coat hat hoodie sign building barn shed fence tent screen
    phone zone ribbon card cards pill pills cup cups bottle bottles hour hours age years days
    time times side end moment part one ones stuff thing things spot pen paint tape flag rope
    cross ring stage lane road street path trail river lake pond sea sky moon sun water bridge
    tower team teams uniform uniforms shorts pants jeans tie suit shoes heels sneakers boots
    folder file files button buttons cell cells floor floors hall hallway corridor tile tiles
    curtain curtains lamp candle cake wine beer beers drink drinks shot shots glass glasses
    mug bowl plate plates paper papers ink board boards belt belts mark marks zone area areas
    section wing ward tab tabs pickup sedan hatchback minivan camaro mustang corvette dress
    carpet market option options flags cards eyes hair face dot dots circle square arrow
    one button sticker stickers tag tags bracelet necklace lipstick nails ones""".split()
)
# What the verb before "at" may be when "at" does not place anyone anywhere ("looked at the
# black cat", "mad at the lazy ...").
_NOT_A_PLACE_LEAD = frozenset(
    """looked look looking looks stared staring stare glanced glancing pointed pointing laughed
    laughing smiled smiling yelled yelling shouted shouting aimed aiming threw throwing barked
    waved waving mad angry upset good bad great terrible nodded winked grinned frowned
    swung swinging snapped missed hitting""".split()
)
_VENUE_SUFFIXES = {
    "bar": "bar",
    "pub": "bar",
    "tavern": "bar",
    "lounge": "bar",
    "saloon": "bar",
    "grill": "restaurant",
    "diner": "restaurant",
    "cafe": "restaurant",
    "café": "restaurant",
    "restaurant": "restaurant",
    "kitchen": "restaurant",
    "club": "club",
    "inn": "hotel",
    "motel": "hotel",
}
# Matched from "the" (a literal start is what `re` scans for fastest); the lead before it is
# checked after, on the few matches.
_LEAD_RE = re.compile(
    rf"\bthe\s+(?P<adj>{'|'.join(sorted(VENUE_ADJECTIVES))})\s+(?P<noun>[a-z]+)"
    r"(?:\s+(?P<suffix>[a-z]+))?"
)
_LEAD_BEFORE_RE = re.compile(
    r"(?:^|(?<=\s))(?:at|to|from|outside|inside|near|into|leaving|left|hit|hitting|behind)\s+$"
)
_ON_A_STREET_RE = re.compile(
    r"\s+on\s+(?:main|broadway|front|market|high|state|water|[0-9]+(?:st|nd|rd|th))"
    r"(?:\s+(?:street|st|avenue|ave|road|rd))?\b"
)
# "a bar called the rusty nail", "this diner named sunny side": a venue word, then its name.
# The name may stand a few words on: "a pub in town we all called the royal", "a wee place in
# Leith called the Mill" (a place, or the people who called it so, in between).
_CALLED_RE = re.compile(
    r"\b(?:bar|pub|club|restaurant|diner|cafe|café|place|spot|joint|dive|tavern|lounge|"
    r"taproom|brewery|shop|store|motel|hotel|venue|nightclub|gym|hall|caff|boozer|local|resort|"
    r"hostel|karaoke|lodge|inn|studio|salon|bakery|cantina|bodega)"
    r"(?P<between>(?:\s+[\w'’]+){0,6}?)\s+(?:called|named)\s+"
    r"(?P<name>(?:the\s+)?[A-Za-z][a-z'’]*(?:\s+[A-Za-z][a-z'’]*){0,2})"
)
# What may stand between the venue word and "called": a place ("in Leith", "in town") or those
# who named it ("we all", "everyone"), never a clause of its own ("at the bar I called the cops").
_CALLED_BETWEEN_RE = re.compile(
    r"^(?:\s+(?:out|down|up|over|back|there|here|nearby|downtown))?"
    r"(?:\s+(?:in|on|near|by|off|outside|round|around|behind)\s+(?:the\s+)?[\w'’]+(?:\s+[\w'’]+)?)?"
    r"(?:\s+(?:we|they|everyone|everybody|people|locals|the\s+locals|all|us|folk|the\s+lads))*"
    # "a bar on main we all went to called the library"
    r"(?:\s+(?:went\s+to|used\s+to\s+go\s+to|go\s+to|drank\s+at|hung\s+out\s+at))?$",
    re.IGNORECASE,
)
_CALLED_OR_NAMED_RE = re.compile(r"\b(?:called|named)\b")
NAME_STOPS = frozenset(
    """and or but so in on at for with to from by where when that which who because after
    before was is were had has near off across up down out i we she he they it""".split()
)


def find_lowercase_venues(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for m in _LEAD_RE.finditer(text):
        noun, suffix = m["noun"], m["suffix"] or ""
        if noun in NOT_NAMES or _people(noun):
            continue
        if not _LEAD_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "at the", "to the", "hit the": a lead that puts someone there
        before = text[max(0, m.start() - 40) : m.start()].split()[-2:-1]  # the word before the lead
        if before and before[0].lower() in _NOT_A_PLACE_LEAD:
            continue  # "looked at the black cat"
        street = _ON_A_STREET_RE.match(text, m.end("noun"))
        if noun in ORDINARY_NOUNS and not street and suffix not in _VENUE_SUFFIXES:
            continue  # "at the red light", but "the blue door on main"
        end, hint = m.end("noun"), "place"
        if suffix in _VENUE_SUFFIXES:
            end, hint = m.end("suffix"), _VENUE_SUFFIXES[suffix]
        elif street:
            end = street.end()  # "the blue door on main": its street names it too
        spans.append(Span("venue", m.start("adj"), end, "lowercase-venue", hint))
    for m in _called_venues(text) if _CALLED_OR_NAMED_RE.search(text) else ():
        words = m["name"].split()
        start_word = 1 if words[0] == "the" else 0
        kept = []
        capitalised = words[start_word][:1].isupper()
        for word in words[start_word:]:
            if word.lower() in NAME_STOPS or word.lower() in NOT_NAMES or _people(word.lower()):
                break
            if capitalised and not word[:1].isupper():
                break  # "a bar called Hooligans talking to": the name ends with its capitals
            kept.append(word)
        if not kept:
            continue
        start = m.start("name")
        end = start + len(" ".join(words[: start_word + len(kept)]))
        spans.append(Span("other", start, end, "venue-called"))
    return spans


def _called_venues(text: str) -> list[re.Match[str]]:
    """Matches of _CALLED_RE whose words between venue and "called" are allowed, trying again
    from the next word when they are not ("a dive center inside a resort called ...")."""
    found, pos = [], 0
    while m := _CALLED_RE.search(text, pos):
        if _CALLED_BETWEEN_RE.match(m["between"]):
            found.append(m)
            pos = m.end()
        else:
            pos = m.start() + 1
    return found


def _people(noun: str) -> bool:
    """ "to the white girls", "at the blind guy": people, not a venue."""
    singular = noun[:-1] if noun.endswith("s") else noun
    return noun in PERSON_NOUNS or singular in PERSON_NOUNS or singular in RELATIONS


# Leads that put someone at a shop or a chain: "worked at the sonic", "went to target".
_BRAND_LEADS = frozenset("at to from outside inside near into for leaving left behind".split())
# Words a chain's name is followed by when it is the chain ("the sonic on 50th", "target and
# then"), unlike a noun it modifies ("the subway station", "the shell casing").
_AFTER_A_BRAND = frozenset(
    """on in by near and with for when where after before that last every to because off across
    downtown i we she he they until till at was all or but so again once over up out""".split()
)
_BRAND_NOUNS = {
    "store": "store",
    "shop": "store",
    "location": "store",
    "branch": "store",
    "restaurant": "restaurant",
    "parking": "",
    # "nights at the amazon warehouse": a chain's workplace names the chain
    "warehouse": "warehouse",
    "factory": "factory",
    "plant": "plant",
    "depot": "depot",
    "office": "office",
    # "pick and pack at the amazon fc", "receiving at a home depot dc": a fulfilment or
    # distribution centre, as the people who work there say it
    "fc": "warehouse",
    "dc": "warehouse",
    "hub": "warehouse",
}
_ADJECTIVE_ENDINGS = ("ic", "al", "ous", "ive", "ful", "less", "able", "ible", "ish")
_brand_index: dict[int, dict[str, list[tuple[list[str], str]]]] = {}


def _brands_by_first_word(lex: Lexicon) -> dict[str, list[tuple[list[str], str]]]:
    """Brand names typed without capitals or apostrophes ("applebees", "taco bell"), by first
    word, longest first."""
    index = _brand_index.get(id(lex.brands))
    if index is None:
        index = {}
        for brand, category in lex.brands.items():
            words = [_plain(w) for w in brand.split()]
            index.setdefault(words[0], []).append((words, category))
        for entries in index.values():
            entries.sort(key=lambda e: -len(e[0]))
        _brand_index[id(lex.brands)] = index
    return index


def _plain(word: str) -> str:
    return word.lower().replace("'", "").replace("’", "")


def find_lowercase_brands(text: str, tokens: list[Token], lex: Lexicon) -> list[Span]:
    """ "she worked at the sonic on 50th", "we went to taco bell": chains typed in lowercase.
    A chain whose name is ordinary words ("sonic", "target", "subway", "five guys") counts
    only after a lead that puts someone there, and not before a noun it modifies."""
    index = _brands_by_first_word(lex)
    spans: list[Span] = []
    for i, token in enumerate(tokens):
        if token.capitalised:
            continue
        word = token.text
        if "'" in word or "’" in word:
            entries = index.get(_plain(word)) or index.get(token.lower)
        else:
            entries = index.get(word if word.islower() else word.lower())
        if not entries:
            continue
        hit = _brand_at(tokens, i, entries)
        if hit is None:
            continue
        last, category = hit
        brand_words = [_plain(t.text) for t in tokens[i : last + 1]]
        ordinary = all(
            w in lex.known_words or w.rstrip("s") in lex.known_words for w in brand_words
        )
        if fold(" ".join(brand_words)) in lex.safe_proper:
            continue  # "her uber", "on facebook": apps and the like name nobody
        if ordinary and not _placed_there(text, tokens, i, last):
            continue
        kind = "venue" if category in {"restaurant", "store", "hotel", "bar", "gym"} else "org"
        end = tokens[last].end
        nxt = tokens[last + 1] if last + 1 < len(tokens) else None
        if nxt is not None and nxt.lower in _BRAND_NOUNS and _BRAND_NOUNS[nxt.lower]:
            category, end = _BRAND_NOUNS[nxt.lower], nxt.end  # "the target store" -> "a store"
        spans.append(Span(kind, token.start, end, "lowercase-brand", category))
    return spans


def _brand_at(
    tokens: list[Token], i: int, entries: list[tuple[list[str], str]]
) -> tuple[int, str] | None:
    for words, category in entries:
        run = tokens[i : i + len(words)]
        if len(run) == len(words) and all(
            not t.capitalised and (_plain(t.text) == w or t.lower == w)
            for t, w in zip(run, words, strict=True)
        ):
            return i + len(words) - 1, category
    return None


def _placed_there(text: str, tokens: list[Token], i: int, last: int) -> bool:
    """A lead before ("at the", "to") and no noun after the chain's name."""
    lead = i - 1
    if lead >= 0 and tokens[lead].lower in {"the", "a"}:
        # "the subway", "the courtyard", "the target" are the things; "the sonic" (no thing
        # is a sonic) and "the olive garden" are the chain.
        store = last + 1 < len(tokens) and bool(_BRAND_NOUNS.get(tokens[last + 1].lower))
        if last == i and not tokens[i].lower.endswith(_ADJECTIVE_ENDINGS) and not store:
            return False  # (but "the target store" is the shop)
        lead -= 1
    if lead < 0 or tokens[lead].lower not in _BRAND_LEADS:
        return False
    if lead > 0 and tokens[lead - 1].lower in _NOT_A_PLACE_LEAD:
        return False  # "aimed at the target"
    if last + 1 >= len(tokens):
        return True
    nxt = tokens[last + 1]
    between = text[tokens[last].end : nxt.start]
    return between.strip() != "" or nxt.lower in _AFTER_A_BRAND or nxt.lower in _BRAND_NOUNS


# "worked the door at Envy", "a line cook at Juniper": a capitalised everyday word right after a
# lowercase "at", mid-sentence, is the name of where someone was. Rare words are the person
# detector's; first names and possessives ("at Grace's") are people's; holidays, faiths,
# months and the like are in the safe list ("at Christmas", "at Mass").
_AT_A_NAME_RE = re.compile(r"(?<![\w'’-])at\s+(?P<name>[A-Z][a-z]+)\b(?![’'\w-]|\s+[A-Z&])")


_EVERYDAY_AT = frozenset(
    """work home school college uni night noon midnight sea war camp practice least last first
    once times all dinner lunch breakfast church mass""".split()
)


# "hung around the back of the Empire", "outside the doors of the Roxy": a part of a building,
# then the capitalised name of the building.
_PART_OF_THE_RE = re.compile(
    r"\bof\s+the\s+(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})\b"
)
_PART_BEFORE_RE = re.compile(
    r"\b(?:back|front|side|outside|inside|door|doors|steps|roof|basement|toilets|bathroom|"
    r"bathrooms|stage|entrance|lobby|car\s+park|parking\s+lot)\s+$"
)


def find_capitalised_words_at(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for m in _PART_OF_THE_RE.finditer(text):
        if not _PART_BEFORE_RE.search(text, max(0, m.start() - 14), m.start()):
            continue
        words = m["name"].split()
        if all(w.lower() in lex.safe_proper or w.lower() in NOT_NAMES for w in words):
            continue  # "the back of the Bible"
        spans.append(Span("venue", m.start("name"), m.end("name"), "venue-context", "place"))
    for m in _AT_A_NAME_RE.finditer(text):
        folded = m["name"].lower()
        if (
            folded not in lex.common_words
            or folded in lex.safe_proper
            or folded in NOT_NAMES
            or folded in MONTH_NAMES
            or folded in lex.first_names
            or folded in _EVERYDAY_AT
        ):
            continue
        spans.append(Span("venue", m.start("name"), m.end("name"), "venue-context", "place"))
    return spans


# A base typed in lowercase: "stationed at ft hood", "at fort bragg", "shipped to camp lejeune"
# (a fort the gazetteer knows as a town, "fort worth", is the places' to name).
_LOWER_BASE_RE = re.compile(
    r"\b(?:(?P<lead>stationed|based|deployed|posted|assigned|shipped|sent|transferred)\s+"
    r"(?:out\s+)?(?:at|in|to|on|near|from|out\s+of)|at|in|to|near|from|outside)\s+"
    r"(?P<name>(?P<kind>fort|ft\.?|camp)\s+(?P<word>[a-z][a-z'’-]+))\b"
)


def find_lowercase_bases(text: str, lex: Lexicon) -> list[Span]:
    """A posting to a fort or camp is a military base; any other fort or named camp typed in
    lowercase is a base too (`_lowercase_forts`), the weaker reading where both match."""
    spans: list[Span] = _lowercase_forts(text, lex)
    for m in _LOWER_BASE_RE.finditer(text):
        if m["kind"] == "camp" and not m["lead"]:
            continue  # "in camp today": only a posting makes a camp a base
        if m["word"] in NOT_NAMES or m["word"] in NAME_STOPS:
            continue
        for spelling in ("fort", "ft", "ft."):
            if lex.places.get(f"{spelling} {fold(m['word'])}") == "c" and m["kind"] != "camp":
                break
        else:
            spans.append(
                Span("org", m.start("name"), m.end("name"), "military-base", "military base")
            )
    return spans


# "this was fort mac, camp life", "stationed at fort hood": a fort typed in lowercase is a base
# or the town that grew round one; "camp" and a word no dictionary knows is a base too ("camp
# pendleton"), while "camp life", "camp fire" stay.
_LOWER_FORT_RE = re.compile(
    r"\b(?P<name>(?P<kind>fort|ft\.?|camp)\s+(?P<word>[a-z][a-z'’-]{1,20}))\b(?![\w'’-])"
)
_NOT_AFTER_A_FORT = frozenset(
    "a an the and or but of in on at to for with was is i we she he it".split()
)


def _lowercase_forts(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for m in (
        _LOWER_FORT_RE.finditer(text) if ("fort" in text or "camp" in text or "ft" in text) else ()
    ):
        word = m["word"]
        if word in _NOT_AFTER_A_FORT or (m["kind"] == "camp" and word in lex.common_words):
            continue
        spans.append(Span("place", m.start("name"), m.end("name"), "lowercase-fort", "base"))
    return spans
