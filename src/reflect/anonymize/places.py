"""Places from the gazetteer: cities, states, countries, counties, with a stop-list of ordinary
words ("Mobile", "Reading", "Nice") that count as places only after "in", "from", "near"..."""

from __future__ import annotations

import re

from .context import NOT_NAMES
from .lexicon import Lexicon, fold
from .names import mostly_lowercase
from .regions import REGION_CODES, ohio_after_a_town, region_code
from .spans import Span
from .text import Token, gap

_OPENS_A_SCENE_RE = re.compile(
    r",\s+(?:(?:19|20)\d\d\b|['’]\d\d\b|(?:the|that|one|last)\s+(?:night|summer|winter|spring|fall|"
    r"autumn|year|day|week|weekend|month|evening|morning)\b|(?:summer|winter|spring|autumn)\s+of\b|(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b)"
)
_REGION_AFTER_RE = re.compile(
    r",\s+(?:(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|"
    r"NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\b|(?:Alabama|Alaska|"
    r"Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    r"Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
    r"Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+\w+|North\s+\w+|South\s+\w+|"
    r"Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|Tennessee|Texas|Utah|Vermont|Virginia|"
    r"Washington|West\s+Virginia|Wisconsin|Wyoming|Canada|Australia|England|Ireland|Scotland|"
    r"Wales|UK|Nigeria|India|Mexico|China)\b)"
)
# Lowercase nouns of a landmark that a town's name is put before: "the Semaphore foreshore".
_LANDMARK_AFTER_RE = re.compile(
    r" (?:foreshore|beach|beachfront|pier|jetty|wharf|waterfront|boardwalk|esplanade|promenade|"
    r"harbour|harbor|marina|river|riverbank|lake|lakefront|bay|docks|markets|showgrounds|"
    r"fairgrounds|racecourse|racetrack|foreshore|quay|seafront)\b"
)
_PLACE_NOUNS = {"c": "city", "s": "state", "n": "country", "y": "county"}
_REGION_ABBREVIATIONS = (
    r"(?:Ala|Ariz|Ark|Calif|Cal|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|"
    r"Miss|Mo|Mont|Neb|Nebr|Nev|Okla|Ore|Oreg|Pa|Penn|Tenn|Tex|Va|Vt|Wash|Wis|Wisc|Wyo|Ont|Que|"
    r"Man|Sask|Alta|Nfld)\."
)
_REGION_AFTER_TOWN_RE = re.compile(
    r"(?P<town>(?<![\w'’-])[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}),?\s+"
    rf"(?P<region>(?:[A-Z]\.){{2}}|{_REGION_ABBREVIATIONS}|(?:{'|'.join(sorted(REGION_CODES))})\b)"
    r"(?![\w’'-])"
)
# Common nouns that follow "in" or "from" as often as a place would: "in college", "in school".
_NOUNS_AFTER_IN = frozenset(
    """college school church class bed town jail prison hospital court office work uni camp
    practice public person general love trouble time line charge order hand home fact case
    business power front back part mind tears shock pain touch private training therapy
    recovery rehab treatment uniform service person""".split()
)
_TOWN_NOT = frozenset({"yes", "no", "okay", "ok", "fine", "well", "and", "but", "so", "then", "i"})
_PLACE_PREPOSITIONS = frozenset(
    """in from near outside around across through toward towards visiting via downtown to of at""".split()
)
_IN_A_PLACE = frozenset({"in", "near", "outside", "downtown"})
_STRONG_PREPOSITIONS = frozenset({"in", "from", "near", "outside", "downtown", "visiting"})
_LEADS_INTO_A_PLACE = _STRONG_PREPOSITIONS | _PLACE_PREPOSITIONS | {"to"}
_CONNECTORS = frozenset({"of", "upon", "de", "la", "le", "el", "on", "the", "and", "-"})
_US_STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
    "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split()
)


def find_towns_with_regions(text: str, lex: Lexicon) -> list[Span]:
    """ "Moose Jaw, SK", "Williston, N.D.", "Tulsa, Okla.", "Wagga Wagga NSW": a capitalised
    name before a region code is a town, whether or not the gazetteer knows it."""
    spans: list[Span] = []
    for m in _REGION_AFTER_TOWN_RE.finditer(text):
        town, region = m["town"], m["region"]
        words = town.split()
        while words and (fold(words[0]) in NOT_NAMES or fold(words[0]) in _TOWN_NOT):
            words.pop(0)
        if not words:
            continue
        comma = "," in text[m.end("town") : m.start("region")]
        if not comma and len(region) < 3 and "." not in region:
            continue  # "Wagga Wagga NSW" needs no comma; "Reno NV" is too like an acronym
        if (
            region in {"OK", "IN", "ME", "OR", "ON", "HI", "ID", "DE", "LA"}
            and fold(" ".join(words)) not in lex.places
        ):
            continue  # "Fine, OK" and "Yes, IN" are not towns
        start = m.end("town") - len(" ".join(words))
        # "Fort Bragg, NC": a base, unless the gazetteer knows a town of that name (Fort Worth)
        # and nothing military comes before it
        base = words[0].rstrip(".") in {"Fort", "Ft", "Camp"} and (
            fold(" ".join(words)) not in lex.places
            or bool(_MILITARY_RE.search(text[max(0, m.start() - 80) : m.start()]))
        )
        spans.append(
            Span("place", start, m.end(), "town-region", "military base" if base else "town")
        )
    return spans


_COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central downtown greater upstate "
    "inner outer suburban rural".split()
)
_MILITARY_RE = re.compile(
    r"\b(?:lieutenant|stationed|deployed|base|army|soldiers?|marines?|sergeant|private|platoon|"
    r"battalion|company|unit|enlisted|barracks|drill|infantry|airborne|corporal|specialist)\b",
    re.IGNORECASE,
)
_STATE_NAMES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|"
    "hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|"
    "michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|ohio|oklahoma|oregon|"
    "pennsylvania|tennessee|texas|utah|vermont|virginia|wisconsin|wyoming"
)
# "moved to columbus ohio", "in Dayton Ohio": a town and its state with no comma between.
_TOWN_STATE_RE = re.compile(
    rf"\b(?:in|from|near|to|outside|around)\s+(?P<town>[a-z]+(?:\s+[a-z]+)?)\s+(?:{_STATE_NAMES})\b",
    re.IGNORECASE,
)
_NOT_A_TOWN = frozenset(
    "a an the my her his our their this that some rural central upstate downstate northern "
    "southern eastern western north south east west small town middle of".split()
)


def find_towns_before_states(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for m in _TOWN_STATE_RE.finditer(text):
        words = m["town"].lower().split()
        if any(w in _NOT_A_TOWN or re.fullmatch(_STATE_NAMES, w) for w in words):
            continue
        if " ".join(words) not in lex.places and any(w in lex.common_words for w in words):
            continue  # "parties at Ohio State", "college in Arizona"
        spans.append(Span("place", m.start("town"), m.end(), "town-state", "town"))
    return spans


class _Gazetteer(dict[str, str | None]):
    """The gazetteer's answers for one story: a story repeats its words, and each is looked
    up once."""

    def __init__(self, lex: Lexicon) -> None:
        super().__init__()
        self._table = lex.places

    def __missing__(self, key: str) -> str | None:
        value = self[key] = self._table.get(key)
        return value


def find_places(text: str, tokens: list[Token], lex: Lexicon) -> list[Span]:
    spans: list[Span] = find_towns_with_regions(text, lex)
    lowercase_text = mostly_lowercase(text, tokens)
    places = _Gazetteer(lex)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if (
            not token.core[:1].isupper()
            and (i == 0 or tokens[i - 1].lower not in _LEADS_INTO_A_PLACE)
            and places[token.core.lower()] is None
        ):
            i += 1  # what _longest_place finds for most words, without calling it
            continue
        if (
            token.core[:1].isupper()
            and _alone(text, tokens, i)
            and places[fold(token.core)] is None
        ):
            i += 1  # a capitalised word no place starts with, and nothing after it to join
            continue
        match = _longest_place(text, tokens, i, lex, lowercase_text, places)
        if match is None:
            i += 1
            continue
        end, place_type = match
        span = Span(
            "place",
            tokens[i].start,
            tokens[end].end,
            "gazetteer",
            _PLACE_NOUNS.get(place_type, "place"),
        )
        span, end = _stretch(text, tokens, i, end, place_type, span, lex, places)
        spans.append(span)
        i = end + 1
    return spans


def _stretch(
    text: str,
    tokens: list[Token],
    i: int,
    end: int,
    place_type: str,
    span: Span,
    lex: Lexicon,
    places: _Gazetteer,
) -> tuple[Span, int]:
    """The place that ends at token ``end``, with what reads as part of it: "Portland, OR" and
    "Austin, Texas" are one place; so are "tulsa ok" and "Reno NV" once the town is known."""
    after = gap(text, tokens[end], tokens[end + 1]) if end + 1 < len(tokens) else ""
    start = tokens[i].start
    if after == " " and _a_state_school(tokens, end + 1):
        # "Ohio State", "boise state university": a university, not a state and a "state"
        last = end + 2 if _word(tokens, end + 2) == "university" else end + 1
        return Span("org", start, tokens[last].end, "state-school", "university"), last
    if after == " " and place_type == "s" and _word(tokens, end + 1) == "state":
        # "the Texas state line" -> "a state line", not "a state state line"
        return Span("place", start, tokens[end + 1].end, "gazetteer", "state"), end + 1
    if (
        after == " "
        and place_type == "c"
        and (region_code(tokens[end + 1]) or ohio_after_a_town(text, tokens, end + 1))
    ):
        return Span("place", start, tokens[end + 1].end, "gazetteer", span.hint), end + 1
    if after == ", ":
        state = tokens[end + 1]
        region = _longest_place(text, tokens, end + 1, lex, places=places)
        if state.core in _US_STATE_CODES or (
            not state.capitalised and region_code(state) and state.text == state.core
        ):
            return Span("place", start, state.end, "gazetteer", span.hint), end + 1
        if region is not None and region[1] in {"s", "n"}:
            return Span("place", start, tokens[region[0]].end, "gazetteer", span.hint), region[0]
    return span, end


# What follows "Texas state" when it is the state's: "the Texas state line", "Ohio state police".
_STATE_THINGS = frozenset(
    """line lines police trooper troopers park parks capitol senator senate fair law laws
    government legislature prison pen penitentiary highway route road border champion
    champions championship championships tax taxes department agency representative rep house
    lottery flag bird flower record title court courts""".split()
)


def _word(tokens: list[Token], i: int) -> str:
    return tokens[i].lower if 0 <= i < len(tokens) else ""


def _a_state_school(tokens: list[Token], i: int) -> bool:
    """Token i is "State" after a place, naming its university ("Ohio State", "boise state")."""
    return _word(tokens, i) == "state" and _word(tokens, i + 1) not in _STATE_THINGS


def _alone(text: str, tokens: list[Token], i: int) -> bool:
    """No place of several words can start at token i (see _place_run: the next word does not
    continue a run, and the word is no "St" that is spelt out)."""
    if tokens[i].lower in _ABBREVIATED or i + 1 >= len(tokens):
        return tokens[i].lower not in _ABBREVIATED
    nxt = tokens[i + 1]
    return (
        text[tokens[i].end : nxt.start] not in {" ", "-"}
        or tokens[i].text != tokens[i].core
        or (not nxt.core[:1].isupper() and nxt.lower not in _CONNECTORS)
    )


def _place_run(
    text: str, tokens: list[Token], i: int, places: _Gazetteer, lowercase: bool = False
) -> tuple[int, str] | None:
    """The longest run of up to four words from ``i`` that the gazetteer knows: (last, type).
    With ``lowercase``, words without capitals continue the run ("salt lake city")."""
    words: list[str] = []
    best: tuple[int, str] | None = None
    # "st louis", "St. Paul", "ft worth", "Mt. Vernon": the gazetteer spells these one way.
    spellings = _ABBREVIATED.get(tokens[i].lower)
    for j in range(i, min(len(tokens), i + 4)):
        if j > i:
            between = gap(text, tokens[j - 1], tokens[j])
            dotted = between == ". " and j - 1 == i and spellings is not None
            if (between not in {" ", "-"} and not dotted) or tokens[j - 1].text != tokens[
                j - 1
            ].core:
                break
            if not (tokens[j].capitalised or lowercase) and tokens[j].lower not in _CONNECTORS:
                break
        words.append(tokens[j].core)
        if spellings is not None:
            if j == i:
                continue  # "St" alone is no place
            rest = fold(" ".join(words[1:]))
            place_type = next((t for t in (places[f"{s} {rest}"] for s in spellings) if t), None)
        else:
            place_type = places[fold(" ".join(words))]
        if place_type is not None and (tokens[j].capitalised or j == i or lowercase):
            best = (j, place_type)
    return best


_ABBREVIATED = {
    "st": ("st.", "saint", "st"),
    "ft": ("fort", "ft", "ft."),
    "mt": ("mount", "mt.", "mt"),
    "pt": ("port", "point"),
}


def _lowercase_run(
    text: str, tokens: list[Token], i: int, places: _Gazetteer
) -> tuple[int, str] | None:
    """A place of two or more words typed without capitals ("new york", "el paso") right
    after a place preposition ("moved to salt lake city"); only there, which also keeps the
    look-ups off most words of a long story."""
    if i == 0 or i + 1 >= len(tokens) or not tokens[i].core.isalpha():
        return None
    prev = tokens[i - 1].lower
    if prev not in _STRONG_PREPOSITIONS and prev not in _PLACE_PREPOSITIONS and prev != "to":
        return None
    best = _place_run(text, tokens, i, places, lowercase=True)
    return best if best is not None and best[0] > i else None


def _lowercase_place_fits(
    text: str, end: Token, folded: str, prev: str, lex: Lexicon, lowercase_text: bool
) -> bool:
    """ "in shanghai": a rarer word right after a place preposition; in text typed all in
    lowercase also a common one, where nothing but a place can follow ("some school in mobile
    the next year")."""
    strong = prev in _STRONG_PREPOSITIONS and folded not in lex.common_words
    if (
        lowercase_text
        and prev in _STRONG_PREPOSITIONS
        and folded not in lex.first_names
        and folded not in _NOUNS_AFTER_IN
    ):
        after = text[end.end : end.end + 12].lstrip(" ,")
        strong = (
            strong
            or after[:1] in {"", ".", "!", "?", ";", "\n"}
            or bool(re.match(r"(?:the|last|next|that|for|and|to|with|when|where|i|we)\b", after))
        )
    return strong


def _longest_place(
    text: str,
    tokens: list[Token],
    i: int,
    lex: Lexicon,
    lowercase_text: bool = False,
    places: _Gazetteer | None = None,
) -> tuple[int, str] | None:
    places = _Gazetteer(lex) if places is None else places
    first = tokens[i]
    if not first.capitalised:
        run = _lowercase_run(text, tokens, i, places)
        if run is not None or places[first.core.lower()] is None:
            return run
    best = _place_run(text, tokens, i, places)
    if best is not None and text.startswith(" Day", tokens[best[0]].end):
        return None  # "Australia Day", "Canada Day": a holiday, not where anyone was
    if best is None or best[0] != i:
        return best
    folded = fold(first.core)
    if folded in NOT_NAMES or folded in lex.safe_proper or len(folded) < 3:
        return None
    prev = fold(tokens[i - 1].core) if i > 0 else ""
    if not first.capitalised:
        # Lowercase only when no dictionary knows the word ("lagos", "enugu"). A town that is
        # also a first name is a town right after "in" ("lived in regina sk", not "regina's").
        if folded in lex.first_names:
            town = prev in _IN_A_PLACE and first.text == first.core
            return best if town and folded not in lex.common_words else None  # not "in spring"
        if folded not in lex.known_words:
            return best
        fits = _lowercase_place_fits(text, first, folded, prev, lex, lowercase_text)
        return best if fits else None
    if folded in lex.common_words or folded in lex.first_names:
        # "a text from Grace" is a person; "in Reading" is a town.
        strong = prev in _STRONG_PREPOSITIONS and (prev != "from" or folded not in lex.first_names)
        strong = strong or prev in _COMPASS_WORDS  # "south London", "greater Manchester"
        weak = prev in _PLACE_PREPOSITIONS and folded not in lex.first_names
        opens_scene = _OPENS_A_SCENE_RE.match(text, first.end)
        after_comma = text[max(0, first.start - 2) : first.start] == ", "
        if opens_scene and (first.sentence_start or after_comma):
            return best  # "Cork, the summer of '03." and "holiday, Split, summer of 2015"
        if _REGION_AFTER_RE.match(text, first.end):
            return best  # "Dallas, TX" or "Victoria, Canada"
        if not first.sentence_start and _LANDMARK_AFTER_RE.match(text, first.end):
            return best  # "the Semaphore foreshore", "a walk on Brighton pier"
        if not (strong or weak) or first.sentence_start:
            return None
    return best
