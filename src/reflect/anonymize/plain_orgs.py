"""Organisations typed without capitals: "at hollis roofing", "a youth leader at new life
church", "the basement of first methodist", "my boss at carter and sons".

With no capital to go on, a name is read from its shape: a place or employer word ("at", "for",
"with"), then one to three words, then a word that ends a business's name ("roofing", "church",
"cafe"). It is a name only when one of those words says which one ("hollis", "new life"); words
that only say what kind ("the roofing company", "the chinese restaurant", "the local church",
"catholic school") leave it an everyday phrase.
"""

from __future__ import annotations

import re

from .context import NOT_NAMES, PERSON_NOUNS
from .lexicon import Lexicon
from .night_out import GENERIC, GENERIC_KINDS
from .org_words import SUFFIXES
from .scan import Lazy, OnCue, WordAnchored
from .spans import Span
from .venues import ORDINARY_NOUNS

_LEADS = "at for with from to joined left quit near outside inside into of in".split()
# Words that end a business's name and rarely follow an everyday word of their own: "group",
# "center", "office" or "studio" do ("the course group", "the vets' center"), so they are not
# read here.
_CHURCHES = "church chapel fellowship ministries tabernacle".split()
# Names that everyday words make more often than not: "new life church", "the oaks apartments".
# Venues and firms name themselves in everyday words more often than not ("the milestone
# hotel", "pacific crew services"); replacing the kind's own phrase ("the conference hotel")
# by "a hotel" loses little, so for these any word that is not a kind's word will do.
_NAMED_IN_WORDS = frozenset(
    [
        *_CHURCHES,
        *"""apartments towers estates heights library village hotel motel inn lodge hostel cafe
        café diner grill tavern pub saloon lounge bistro steakhouse pizzeria cantina taqueria
        bakery salon barbershop boutique services joinery carpentry kebab""".split(),
    ]
)
_NAME_ENDS = _CHURCHES + (
    """roofing plumbing construction landscaping logistics motors realty builders electric
    insurance baptist methodist presbyterian lutheran pentecostal episcopal cafe café diner
    grill tavern pub saloon lounge taproom bistro steakhouse pizzeria cantina taqueria brewery
    winery distillery gym fitness crossfit bakery salon barbershop boutique inn motel hotel
    lodge hostel high academy elementary prep university college hospital clinic apartments
    towers estates heights library village services joinery carpentry kebab""".split()
)
# Name endings of small firms that the capitalised suffix list does not hold.
_MORE_ENDS: dict[str, tuple[str, str]] = dict.fromkeys(
    [
        "auto",
        "autos",
        "collision",
        "tyres",
        "tires",
        "hardware",
        "lumber",
        "supply",
        "supplies",
        "joinery",
        "carpentry",
    ],
    ("org", "company"),
) | {"kebab": ("venue", "restaurant")}
_NAME_ENDS += list(_MORE_ENDS)
# Words that join two phrases: a name has none of them inside ("the wellness cell at college").
_LINKS = frozenset(
    """at in on for with to from by of after before since until till into onto over under near
    and or but so than then when while where who whom whose which that because as like about
    was were is are be been had has have did does do i we you he she they me him her us them""".split()
)
_PLAIN_ORG = OnCue(
    (
        rf"\b(?:{'|'.join(_LEADS)})\s+(?:the\s+)?"
        # the words hold no joining word, so "at the spot in founders library" is tried again
        # from "in"
        rf"(?P<name>(?P<words>(?:(?!(?:{'|'.join(_LEADS)})\s)[a-z][a-z'’-]*\s+){{1,3}}?)"
        rf"(?P<suffix>{'|'.join(sorted(_NAME_ENDS, key=len, reverse=True))}))\b(?!['’-])"
    ),
    _NAME_ENDS,
)
# "first baptist", "second presbyterian": an ordinal and a denomination is a congregation's name.
_ORDINAL_CHURCH = WordAnchored.of(
    Lazy(
        r"\b(?:at|to|from|of|joined|left)\s+(?P<name>(?:first|second|third|grace|calvary|trinity)"
        r"\s+(?:baptist|methodist|presbyterian|lutheran|episcopal|pentecostal|united))\b"
    ),
    ["at", "to", "from", "of", "joined", "left"],
)
_AND_SONS = re.compile(
    r"\b(?P<name>[A-Za-z][a-z'’]+\s+(?:and|&)\s+(?:[Ss]ons|[Dd]aughters|[Bb]rothers|[Cc]o\b\.?))"
)
# "been driving for lyft", "i rode for deliveroo", "drive uber": an app he worked through is
# his employer, and as telling as any other.
_RIDES = "uber|lyft|bolt|ola|grab|didi|careem|gojek"
_GIG_APPS = (
    "uber eats|ubereats|uber|lyft|bolt|ola|grab|didi|careem|gojek|doordash|deliveroo|grubhub|"
    "instacart|postmates|just eat|rappi|glovo|foodpanda|swiggy|zomato|amazon flex|shipt|gopuff|"
    "caviar|menulog|skipthedishes"
)
_GIG_NAMES = _GIG_APPS.replace(" ", r"\s+")
# Compiled only for a story that names one of the apps (see scan.OnCue).
_GIG_RE = OnCue(
    r"\b(?:driv(?:e|es|ing)|drove|rode|ride|rides|riding|deliver(?:s|ed|ing)?|work(?:s|ed|ing)?|"
    r"dash(?:ed|ing)?|courier(?:ed|ing)?|shop(?:ped|ping)?)\s+(?:for\s+|with\s+)?"
    rf"(?P<name>{_GIG_NAMES})\b(?!['’-])",
    [app.split()[0] for app in _GIG_APPS.split("|")],
    re.IGNORECASE,
)
# "Bar do Beto", "Café de Flore", "Hotel del Mar": a venue's noun first, then a particle and a
# name, as Romance languages order it.
_NOUN_FIRST_RE = OnCue(
    r"\b(?P<name>(?P<noun>Bar|Café|Cafe|Hotel|Restaurante|Restaurant|Pousada|Taberna|Bodega|"
    r"Cantina|Pension|Trattoria|Osteria|Pizzeria|Boteco|Botequim|Clube|Club|Discoteca)\s+"
    r"(?:do|da|dos|das|de|del|della|di|du|des)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)",
    "Bar Café Cafe Hotel Restaurante Restaurant Pousada Taberna Bodega Cantina Pension "
    "Trattoria Osteria Pizzeria Boteco Botequim Clube Club Discoteca".split(),
)
_NOUN_FIRST_KIND = {"hotel": "hotel", "pousada": "hotel", "pension": "hotel", "club": "club"}
_NOUN_FIRST_KIND |= {"clube": "club", "discoteca": "club", "bar": "bar", "boteco": "bar"}
_NOUN_FIRST_KIND |= {"botequim": "bar", "taberna": "bar", "bodega": "bar"}
# "she was at the U", "you go to the U": a university called by its letter.
_THE_U_RE = re.compile(r"\b(?:at|to|from|attends?|attended)\s+(?P<name>the\s+U)\b(?![.\w'’-])")
# Words that say what kind of place it is, not which one.
_KIND_WORDS = frozenset(
    """a an the this that these those my our his her their your its same other another
    local nearby new old big small little large main only usual regular whole own next last
    first second catholic christian baptist methodist lutheran presbyterian anglican orthodox
    evangelical pentecostal mormon lds jewish muslim islamic hindu sikh buddhist black white
    chinese mexican italian thai indian korean japanese vietnamese greek french irish english
    german polish turkish lebanese persian ethiopian cuban american spanish filipino caribbean
    vegan halal kosher fancy cheap nice good bad best worst nearest closest fast busy quiet
    public private state city county town village community family neighborhood neighbourhood
    downtown uptown campus hospital school university college airport hotel motel church
    mall strip roadside truck highway gas station bus train night day weekend morning
    evening grad law medical nursing art music dance drama film bible sunday boarding high
    middle elementary primary secondary tech technical trade vocational business sports
    youth student students mens men's womens women's kids children's staff employee
    employees team office corporate real estate insurance construction roofing plumbing
    electric landscaping trucking moving cleaning security temp staffing fitness golf tennis
    country yacht gun boxing karate martial arts climbing swimming pool car auto used
    furniture hardware grocery liquor convenience coffee donut pizza burger taco sushi
    noodle steak seafood breakfast sandwich bagel waffle pancake chicken bbq barbecue dive
    sports karaoke wine cocktail beer gay strip comedy jazz blues rock piano hookah cigar
    vape tattoo nail hair beauty massage tanning dental animal vet pet shelter food
    crisis rehab detox treatment recovery mental health care daycare nursing home same
    what which whatever some any every each no one two three few many several all""".split()
)


def _says_which(word: str, lex: Lexicon) -> bool:
    """A word in a name that picks one place out ("hollis", "life", "moon")."""
    plain = word.strip("'’")
    return not (
        plain in _KIND_WORDS
        or plain in GENERIC
        or plain in GENERIC_KINDS
        or plain in ORDINARY_NOUNS
        or plain in SUFFIXES
        or plain in PERSON_NOUNS
        or plain in NOT_NAMES
        or plain.endswith(("ing", "ly", "ed"))
        or len(plain) < 3
        or not plain.isalpha()
    )


def find_plain_orgs(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for m in _PLAIN_ORG.finditer(text):
        words = [word.strip("'’") for word in m["words"].split()]
        if any(word in NOT_NAMES or word in _LINKS for word in words):
            continue  # "after church", "for two years after college": not one name
        if not any(_says_which(word, lex) for word in words):
            continue
        if m["suffix"] not in _NAMED_IN_WORDS and all(word in lex.common_words for word in words):
            continue  # "the course group", "the guitar club": a name needs a word of its own
        kind, noun = SUFFIXES.get(m["suffix"]) or _MORE_ENDS[m["suffix"]]
        spans.append(Span(kind, m.start("name"), m.end("name"), "plain-org", noun))
    for m in _ORDINAL_CHURCH.finditer(text):
        spans.append(Span("org", m.start("name"), m.end("name"), "plain-org", "church"))
    for m in _GIG_RE.finditer(text):
        ride = re.fullmatch(_RIDES, m["name"].lower()) is not None
        noun = "rideshare app" if ride else "delivery app"
        spans.append(Span("org", m.start("name"), m.end("name"), "gig-app", noun))
    for m in _THE_U_RE.finditer(text) if " U" in text else ():
        spans.append(Span("org", m.start("name"), m.end("name"), "the-u", "university"))
    for m in _NOUN_FIRST_RE.finditer(text):
        noun = _NOUN_FIRST_KIND.get(m["noun"].lower(), "restaurant")
        spans.append(Span("venue", m.start("name"), m.end("name"), "noun-first-venue", noun))
    for m in _AND_SONS.finditer(text):
        first = m["name"].split()[0].lower()
        if first in _KIND_WORDS or first in PERSON_NOUNS or first in NOT_NAMES:
            continue  # "my father and sons", "the fathers and daughters"
        spans.append(Span("org", m.start("name"), m.end("name"), "plain-org", "company"))
    return spans
