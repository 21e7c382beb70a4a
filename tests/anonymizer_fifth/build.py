"""Write stories.jsonl: 60 hand-written #ImperfectMen reflections with labelled identifiers.

The stories below were written by hand, without sight of the anonymizer. This script only
normalises their whitespace, adds the tags that can be derived from the labels, and writes
one JSON object per line. Run ``python3 tests/anonymizer_fifth/build.py``, then
``python3 tests/anonymizer_fifth/validate.py``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "stories.jsonl"

WEEKDAYS = re.compile(
    r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.IGNORECASE
)
CLOCK = re.compile(r"\d{1,2}[:.]\d\d")
QUARTER = re.compile(r"^Q[1-4]$", re.IGNORECASE)
SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|[\"“‘]\s*)$")


@dataclass
class Story:
    id: str
    text: str
    identifiers: list[tuple[str, str]]
    tags: list[str]
    quasi: list[str] = field(default_factory=list)


STORIES: list[Story] = []


def story(
    sid: str,
    raw: str,
    ids: list[tuple[str, str]],
    tags: list[str],
    quasi: list[str] | None = None,
) -> None:
    """Add one story; its text is written wrapped and joined here with single spaces."""
    STORIES.append(Story(sid, " ".join(raw.split()), ids, tags, quasi or []))


def whole_word(label: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(label) + r"(?!\w)")


def derived_tags(s: Story) -> list[str]:
    tags: list[str] = []
    kinds = sorted({kind for _, kind in s.identifiers})
    tags.extend(f"has_{kind}" for kind in kinds)
    if s.quasi:
        tags.append("has_quasi")
    if not s.identifiers:
        tags.append("no_identifiers")
    for label, kind in s.identifiers:
        hits = list(whole_word(label).finditer(s.text))
        if any(s.text[m.end() : m.end() + 2] in {"'s", "’s"} for m in hits):
            tags.append("possessive")
        if kind == "person" and label == label.lower() and label.isalpha():
            tags.append("lowercase_name")
        if kind == "person" and any(SENTENCE_START.search(s.text[: m.start()]) for m in hits):
            tags.append("sentence_start_name")
        if any(ord(c) > 127 for c in label):
            tags.append("non_ascii")
        if kind == "time" and WEEKDAYS.match(label):
            tags.append("weekday_event")
        if kind == "time" and CLOCK.search(label):
            tags.append("clock_time")
        if kind == "time" and QUARTER.match(label):
            tags.append("business_quarter")
        if kind == "venue" and any(
            s.text[max(0, m.start() - 4) : m.start()].lower() == "the " for m in hits
        ):
            tags.append("venue_the")
    seen: set[str] = set()
    return [t for t in tags if not (t in seen or seen.add(t))]


# --- the stories -------------------------------------------------------------------------

story(
    "v001",
    """
    Mi a go tell it straight. Back in 2011 mi was working the door at a club in Flatbush
    called Island Vibez, and Ruby Salmon was the youngest bartender there, just 19. Every
    shift mi would lean over the bar and call her 'mi likkle gem' and chat about her body to
    the other guards, loud so she could hear. One Friday night around 11 she ask mi to walk
    her to the bus on Nostrand Avenue because a man was bothering her, and on the way mi try
    to kiss her. She pull away and say, 'Desmond, stop.' Mi laugh it off and tell the guards
    next day she was the one who wanted it. Ruby quit inside the month. Her cousin tell mi
    later she stop working nights altogether and move back to her mother. Mi never think
    about what mi cost her until my own daughter start bartending in Brooklyn. Now mi run the
    door at a different place, mi walk any woman to the bus if she ask, and mi keep my mouth
    shut and my hands to myself. No more pet names for nobody.
    """,
    [
        ("2011", "year"),
        ("Flatbush", "place"),
        ("Island Vibez", "venue"),
        ("Ruby Salmon", "person"),
        ("19", "age"),
        ("Friday", "time"),
        ("11", "time"),
        ("Nostrand Avenue", "address"),
        ("Desmond", "person"),
        ("Ruby", "person"),
        ("Brooklyn", "place"),
    ],
    ["security", "caribbean", "jamaican-english", "word_name", "workplace", "objectifying",
     "ignored-no", "belittling", "nightlife"],
    ["the youngest bartender there"],
)
story(
    "v002",
    """
    I am writing this because my wife asked me to be honest on paper. In 2016 I was choir
    director at Living Waters Chapel in Columbus, OH, a congregation of mostly Ghanaians like
    me. Grace Owusu was the only soprano under twenty-five, and I gave her every solo so she
    would stay after rehearsal. On the Wednesday before Easter I kept her back and said,
    'Listen, Grace, a woman with a voice like yours should be more grateful to the man who
    gives her the solos.' I put my hand on her waist and left it there while she tried to
    step away. She did not come on Easter Sunday. Within a year her whole family had moved to
    a church across town, and her mother would not greet my wife at the market. I told
    myself I was a father figure. I was a man using the one bit of power I had. I went to
    her family and to our pastor and said what I did. Now I never rehearse alone with one
    singer: the door stays open and an elder sits in. I was born in Kumasi, where my father
    taught me better than this.
    """,
    [
        ("2016", "year"),
        ("Living Waters Chapel", "org"),
        ("Columbus", "place"),
        ("OH", "place"),
        ("Grace Owusu", "person"),
        ("Wednesday", "time"),
        ("Grace", "person"),
        ("Kumasi", "place"),
    ],
    ["choir-director", "church", "ghanaian", "west-african", "state_abbrev", "word_name",
     "vocative_name", "power-mentor", "took-advantage", "holiday"],
    ["the only soprano under twenty-five"],
)
story(
    "v003",
    """
    ok so my counselor said write it like i talk so here. me and my boy tank used to play
    valorant every night on discord with this girl jade from westlake high, her tag was
    jadeite_x. she was 15 and the only girl in our whole server. we rated her voice in chat
    and made jokes about what she looked like and when she didnt laugh we called her a
    tryhard and worse. last saturday at like 1:40am i messaged her like 30 times asking for a
    pic and when she sent a dumb selfie to make me stop i posted it in the group chat with a
    caption i wont write here. she left the server the next day and her account is gone. her
    friend told my sister she doesnt game at all anymore and she used to be cracked. tank
    thought it was funny. i didnt after i saw my sister's face. i apologised to jade through
    her friend, no excuses. now if somebody starts that stuff in vc i say cut it and i leave
    if they dont. we live in normal illinois btw so everybody knows everybody, which is worse.
    """,
    [
        ("tank", "person"),
        ("jade", "person"),
        ("westlake high", "org"),
        ("jadeite_x", "handle"),
        ("15", "age"),
        ("saturday", "time"),
        ("1:40am", "time"),
        ("normal", "place"),
        ("illinois", "place"),
    ],
    ["gamer", "teen", "young", "online", "chat-style", "mostly_lowercase", "word_name",
     "nickname_word", "word_place", "handle_bare", "objectifying", "belittling", "minor"],
    ["the only girl in our whole server"],
)
story(
    "v004",
    """
    I was a roughneck on the Kestrel Bravo in 1987, twenty-six and daft with it, working for
    Northsound Drilling out of Aberdeen. Hazel Duguid came out as a medic, the only lassie on
    the rig, and the lads made a sport of her. I was the worst of them. I pinned pictures in
    her sick bay, I timed how long she took in the shower block, and on the Thursday before
    crew change I cornered her in the galley and told her she'd been sent out to keep the men
    happy and should act like it. She went white. She flew back through Sumburgh on the next
    chopper and never came offshore again. Years later, at a funeral in Peterhead, Hazel's
    sister told me she'd trained to be a paramedic and gone into it terrified of men in
    overalls. I'm 64 now. I have two granddaughters. I wrote to Hazel through her sister and
    said it plain, with no excuses about the times. When the young ones I coach at the boxing
    club start on about lassies, I tell them this.
    """,
    [
        ("Kestrel Bravo", "org"),
        ("1987", "year"),
        ("twenty-six", "age"),
        ("Northsound Drilling", "org"),
        ("Aberdeen", "place"),
        ("Hazel Duguid", "person"),
        ("Thursday", "time"),
        ("Sumburgh", "place"),
        ("Peterhead", "place"),
        ("Hazel", "person"),
        ("64", "age"),
    ],
    ["offshore", "scottish", "older", "non_us", "word_name", "workplace", "belittling",
     "objectifying"],
    ["the only lassie on the rig"],
)
story(
    "v005",
    """
    I was team lead at Kalinaw Contact Solutions in Cebu IT Park, night shift, US accounts.
    Joy Villanueva was the newest agent on my team, still on probation. In Q2 our numbers
    were bad and I used it. I told her, sige, Joy, come for drinks with me after shift and I
    will make sure your regularization goes through. On a Monday at 3:15am, after the break,
    I messaged her on Viber that she looked pretty on cam and that the good agents are the
    ones who are sweet to their lead. She came once to a bar in Mandaue and I pushed her to
    drink more and kept my arm around her in the Grab home even when she leaned away. She
    resigned two weeks before her regularization. She lost the job her whole family was
    counting on. Nobody in HR asked me anything and I was promoted. Now I am an operations
    manager in Lahug. I tell every new lead this story at onboarding, and I do not message
    agents outside work chats, ever. I sent Joy a message saying I was wrong. She did not
    reply and she does not owe me that.
    """,
    [
        ("Kalinaw Contact Solutions", "org"),
        ("Cebu IT Park", "place"),
        ("Joy Villanueva", "person"),
        ("Q2", "time"),
        ("Joy", "person"),
        ("Monday", "time"),
        ("3:15am", "time"),
        ("Mandaue", "place"),
        ("Lahug", "place"),
    ],
    ["bpo", "filipino", "taglish", "non_us", "word_name", "vocative_name", "workplace",
     "power-employee", "drunk", "took-advantage"],
    ["the newest agent on my team", "two weeks before her regularization"],
)
story(
    "v006",
    """
    I am 71 and I have carried this since the seventies. Pearl Cronin worked in the
    drapery on MacCurtain Street in Cork and came to the Arcadia every week with her friends.
    I decided she was mine because I had danced with her twice. That Saturday night I had
    five pints in me, and when she said she was going home with her friends I followed them
    out to the bus for Ballincollig and grabbed her arm and said she owed me a walk after
    leading me on all night. Her friend got between us. I called Pearl a name I won't write,
    in front of half the hall. On Monday the story had gone around and I made sure it was her
    name, not mine, that was talked about. She stopped coming dancing. I heard she married a
    man from Mallow and went to England, and I never had the courage to find her. I tell my
    grandsons now, plainly: a dance is a dance, a walk home is her choice, and a man who
    shames a girl to save his own face is a coward. I was that coward.
    """,
    [
        ("71", "age"),
        ("seventies", "year"),
        ("Pearl Cronin", "person"),
        ("MacCurtain Street", "address"),
        ("Cork", "place"),
        ("Arcadia", "venue"),
        ("Saturday", "time"),
        ("Ballincollig", "place"),
        ("Monday", "time"),
        ("Pearl", "person"),
        ("Mallow", "place"),
        ("England", "place"),
    ],
    ["irish", "older", "non_us", "decade_words", "word_name", "drunk", "belittling",
     "nightlife"],
)
story(
    "v007",
    """
    My father owns the Karachi Grill on Oxford Road in Reading, Berkshire, and I ran the
    floor for him from 2014. Summer Akhtar was the youngest server there, seventeen and on her
    first job. I was 28 and I made the rota, so I thought I was somebody. I texted her from
    the rota phone, 07700 900412, late at night, telling her she'd get the good Saturday
    tables if she was friendlier to me. I put my hand on her back every time I passed behind
    her at the pass. On the Sunday of Eid, when we were packed, I told her in front of the
    kitchen that she was only there to look pretty for the customers. She walked out mid
    shift and her brother came for her apron the next day. My sister told me Summer had
    said she'd felt dirty going to work. I went to her family's house with my father and
    apologised to her and to them. Now the rota is on a shared app, I never message staff
    alone, and I train every shift lead on what I did.
    """,
    [
        ("Karachi Grill", "venue"),
        ("Oxford Road", "address"),
        ("Reading", "place"),
        ("Berkshire", "place"),
        ("2014", "year"),
        ("Summer Akhtar", "person"),
        ("28", "age"),
        ("07700 900412", "phone"),
        ("Sunday", "time"),
        ("Summer", "person"),
    ],
    ["restaurant", "pakistani-british", "south-asian", "non_us", "word_place", "word_name",
     "workplace", "power-employee", "belittling", "objectifying", "holiday", "minor"],
    ["the youngest server there", "seventeen and on her first job"],
)

story(
    "v008",
    """
    mate im a sparky in townsville qld and this is about sunny, she was the first year
    apprentice on our crew, the only girl on site. me and big mick gave her hell. stickers in
    her toolbox, calling her sparkette, whistling when she went up the ladder. friday arvo at
    like 4:30 we all went to the rusty rooster after knock off and i got blind and told her in
    front of everyone she only got the apprenticeship cause the boss wanted to perve on her.
    then i grabbed her round the waist when she went to leave. she didnt come back monday. she
    finished her time down in brisbane and i heard she still flinches when blokes yell on
    site. big mick still reckons it was banter. it wasnt. i was 22 and a dickhead and she was
    19 and trying to learn a trade. i rang the apprentice mob and told them what i did and i
    run my own crew now. no stickers, no nicknames, and anyone who whistles at a woman on my
    site is gone same day. cowboys were playing on the telly that night and i remember that
    better than her face which says a lot.
    """,
    [
        ("townsville", "place"),
        ("qld", "place"),
        ("sunny", "person"),
        ("big mick", "person"),
        ("friday", "time"),
        ("4:30", "time"),
        ("rusty rooster", "venue"),
        ("monday", "time"),
        ("brisbane", "place"),
        ("22", "age"),
        ("19", "age"),
        ("cowboys", "org"),
    ],
    ["electrician", "australian", "trades", "non_us", "chat-style", "mostly_lowercase",
     "state_abbrev", "word_name", "nickname_adjective", "team_nickname", "drunk",
     "belittling", "objectifying", "workplace"],
    ["the first year apprentice on our crew", "the only girl on site"],
)
story(
    "v009",
    """
    I taught salsa at Salsa Caleña in El Poblado, Medellín, for nine years. Esperanza Ríos
    came to my Thursday beginner class, the only student who came alone, and I made her my
    partner for every demonstration. I held her closer than the steps needed and told the
    class she danced like a nun and needed a man to wake her up. They laughed; she smiled
    because I was the teacher. In 2019 I brought four students to a congress in Miami. We
    flew Avianca, AV 9385, and I arranged for her seat to be next to mine, 14C. At the hotel
    I knocked on room 1214 after midnight with a bottle of aguardiente and said we should
    practise. She said no through the door twice. I kept knocking. In the morning she changed
    her flight home and never came back to the academy. A friend of hers wrote to me that she
    stopped dancing completely. Now I teach with my wife, partners rotate every song, and I
    never travel with students alone. I wrote to Esperanza and told her the truth.
    """,
    [
        ("Salsa Caleña", "venue"),
        ("El Poblado", "place"),
        ("Medellín", "place"),
        ("Esperanza Ríos", "person"),
        ("2019", "year"),
        ("Miami", "place"),
        ("Avianca", "org"),
        ("AV 9385", "number"),
        ("14C", "number"),
        ("1214", "number"),
        ("Esperanza", "person"),
    ],
    ["dance-teacher", "colombian", "latin-american", "non_us", "airline", "travel",
     "hotel", "power-mentor", "ignored-no", "belittling"],
    ["the only student who came alone"],
)
story(
    "v010",
    """
    I farmed most of my life and I'm writing this at the kitchen table in a normal year, the
    storm just passed and the ground soaked. I hope somebody reads it who needs to. When I
    was young I courted a girl from the next county over, and I pushed her. I would drive her
    out past the grain bins, park, and keep at her when she said she wanted to go home.
    Reading back the letters she wrote me after, I can see she told me plain, more than once.
    I called it courting. Patience is what I should have had, and grace, and I had neither.
    She married a good man and moved away and I never said sorry to her face. I sold the
    mobile home we used to sit in front of. Every Sunday now I sit with the young men at our
    church who are getting married and I tell them what a no sounds like, because it does not
    always sound like the word. Sometimes it sounds like a girl going quiet.
    """,
    [],
    ["farmer", "rural-us", "older", "decoy_words", "decoy_capitals", "pushed-for-sex",
     "church"],
)
story(
    "v011",
    """
    Dzień dobry. My English is not perfect, sorry. I came from Rzeszów in 2006 and worked in
    a chicken factory in Boston, Lincolnshire, as a line supervisor. There was a woman I will
    call K., from Lithuania, the only woman who drove the forklift. I decided she was
    arrogant for doing a man's job, so I made her life hard. I gave her the worst shifts and
    I told the Polish lads she slept with the manager to get the licence. It was not true. On
    the Tuesday of the audit, at 6:05 in the morning, I stood behind her at the loading bay
    and said in front of everyone she was made for the bed, not for the machine. She reported
    me. I denied it and the agency, Fenland Staffing, believed me, and K. was moved to packing
    and then she left. I lost nothing. She lost a good job. Two years later my own daughter
    got her forklift licence and I understood. I wrote to K. through the agency. Now I am
    supervisor again, and when a man says such things on my line he is finished that day.
    """,
    [
        ("Rzeszów", "place"),
        ("2006", "year"),
        ("Boston", "place"),
        ("Lincolnshire", "place"),
        ("K.", "person"),
        ("Lithuania", "place"),
        ("Tuesday", "time"),
        ("6:05", "time"),
        ("Fenland Staffing", "org"),
    ],
    ["factory", "polish", "eastern-european", "non_us", "non-native", "initial_name",
     "word_place", "workplace", "belittling", "objectifying", "power-employee"],
    ["the only woman who drove the forklift"],
)
story(
    "v012",
    """
    idk how to start this. im 17. last year at jefferson high in dayton oh i had a thing for
    ivy, she sat in front of me in chem. i thought if i kept asking shed say yes eventually.
    i asked her to homecoming 4 times, i waited by her locker, b214, every morning, and when
    she blocked me i made a new account, ivyslastchance_22, and kept messaging. i told people
    she was leading me on. her mom emailed the school. the vice principal showed me the
    messages printed out and i couldnt look at them. ivy switched chem periods and her friends
    still walk her to class like im dangerous. maybe i was. i didnt think of it as scary cause
    i knew i wouldnt hurt her but she didnt know that. my youth pastor made me write down
    every time i got told no and i filled a page. i deleted the accounts. i dont message
    anybody who hasnt messaged me back and i quit asking twice.
    """,
    [
        ("17", "age"),
        ("jefferson high", "org"),
        ("dayton", "place"),
        ("oh", "place"),
        ("ivy", "person"),
        ("b214", "number"),
        ("ivyslastchance_22", "handle"),
    ],
    ["student", "teen", "young", "chat-style", "mostly_lowercase", "state_abbrev",
     "word_name", "handle_bare", "stalking", "online", "minor"],
)
story(
    "v013",
    """
    Staff Sergeant, twenty-two years in. At Fort Hood in 2009 I had a specialist in my
    section, Brandy Tolliver, the only female mechanic in the motor pool. I called her
    Sweet Cheeks on the radio where the whole battalion could hear. Before the deployment to
    Kandahar I told her she'd make a good FOB girlfriend for somebody with rank. I thought
    rank made it a compliment. The night before we flew out, in the barracks on the Sunday,
    I knocked on room 3117 with a bottle and told her it might be our last chance. She kept
    the chain on. She filed a complaint when we got back, and I made sure she got every
    crap detail until she didn't reenlist. She'd wanted twenty years in. I cost her a career.
    I'm retired now, outside Killeen, TX, and I volunteer at the vets' center. When the young
    NCOs tell stories about the females, I tell them this one with her name left out and
    mine left in: Staff Sergeant Luther Grimsby, and what I did.
    """,
    [
        ("Fort Hood", "place"),
        ("2009", "year"),
        ("Brandy Tolliver", "person"),
        ("Sweet Cheeks", "person"),
        ("Kandahar", "place"),
        ("Sunday", "time"),
        ("3117", "number"),
        ("Killeen", "place"),
        ("TX", "place"),
        ("Luther Grimsby", "person"),
    ],
    ["military", "texan", "older", "state_abbrev", "word_name", "workplace",
     "power-employee", "belittling", "objectifying"],
    ["the only female mechanic in the motor pool"],
)

# --- end of stories ----------------------------------------------------------------------


def main() -> None:
    lines = []
    for s in STORIES:
        tags = list(dict.fromkeys([*s.tags, *derived_tags(s)]))
        record = {
            "id": s.id,
            "text": s.text,
            "identifiers": [{"text": t, "kind": k} for t, k in s.identifiers],
            "tags": tags,
            "quasi_identifiers": s.quasi,
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} stories to {OUT}")


if __name__ == "__main__":
    main()
