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
        ("twenty-five", "age"),
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
        ("seventeen", "age"),
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

story(
    "v014",
    """
    Ek sê, I'm writing this in English so my counsellor can read it. In 2012 I was in my
    second year at Tuks, living in res, and Daisy van Wyk was the only woman on our res
    committee. After the Bulls beat the Sharks at Loftus we had a braai, and I kept topping
    up her brandy and Coke when she put her hand over the glass. Around 1am I said I'd walk
    her back and took her to my room instead. She said she wanted to go home. I stood in
    front of the door for maybe ten minutes, talking, telling her she owed me for all the
    drinks. She got out past me when someone knocked. The next week I told the ouens she was
    a tease. She resigned from the committee, moved to a flat in Hatfield, and a year later
    transferred to Stellenbosch. I took a woman's whole campus from her because I was too
    proud to hear no. I coach under-13 rugby in Centurion now, and I tell the boys about the
    door. Daisy, if you read this: you did nothing wrong.
    """,
    [
        ("2012", "year"),
        ("Tuks", "org"),
        ("Daisy van Wyk", "person"),
        ("Bulls", "org"),
        ("Sharks", "org"),
        ("Loftus", "venue"),
        ("1am", "time"),
        ("Hatfield", "place"),
        ("Stellenbosch", "place"),
        ("Centurion", "place"),
        ("Daisy", "person"),
    ],
    ["student", "south-african", "afrikaans", "non_us", "word_name", "vocative_name",
     "team_nickname", "college", "sports", "drunk", "ignored-no", "belittling"],
    ["the only woman on our res committee", "in my second year at Tuks"],
)
story(
    "v015",
    """
    abeg i dont know how to write this proper so i go just talk. 2021 me and my guy tobi
    were in 300 level at unilag, living in yaba. there was this babe favour from our
    department, very quiet, and tobi dared me say i cant get her. that friday around 2am at
    blue door lounge in lekki i told her i loved her, which was a lie, i just wanted to win.
    i kept saying it for weeks, bought her suya, called her my wife, until she trusted me.
    after she slept with me i stopped picking her calls and told tobi everything in the
    group chat with screenshots. somebody forwarded it. favour stopped coming to lectures and
    she had to rewrite a whole semester. she was 20. my sister saw the chat and didnt talk to
    me for a month and she was right. i went to favour and begged, and i left that group. now
    when the guys start that talk of dares i say no and i tell them what it did to her. i
    pretended to care so i could use her. that is the truth of it.
    """,
    [
        ("2021", "year"),
        ("tobi", "person"),
        ("unilag", "org"),
        ("yaba", "place"),
        ("favour", "person"),
        ("friday", "time"),
        ("2am", "time"),
        ("blue door lounge", "venue"),
        ("lekki", "place"),
        ("20", "age"),
    ],
    ["student", "nigerian", "west-african", "pidgin", "chat-style", "mostly_lowercase",
     "word_name", "college", "pretended-care", "online"],
    ["300 level at unilag"],
)
story(
    "v016",
    """
    I am 68, a retired manager of Indian Bank, and I have been asked to write about a thing I
    did in the eighties. In 1983 I was posted to the Mount Road branch in Madras, and Rose
    D'Souza was the only lady officer in the branch, an Anglo-Indian girl with better English
    than mine. It pricked my pride. In every staff meeting I made remarks about her skirts and
    said ladies should be at the cash counter, not approving loans. When she did not laugh I
    called her proud. I wrote in her confidential report that she was 'not suitable for
    public dealing', which was a lie, and she was transferred to a rural branch near Vellore.
    Rose wrote to me once asking why. I did not answer. My own granddaughter is now a bank
    officer in Chennai, and when she told me how her manager talks to her I felt sick, because
    I heard myself. I wrote to Rose last month through the staff association. Now I mentor
    young officers, and I tell the men first.
    """,
    [
        ("68", "age"),
        ("Indian Bank", "org"),
        ("eighties", "year"),
        ("1983", "year"),
        ("Mount Road", "address"),
        ("Madras", "place"),
        ("Rose D'Souza", "person"),
        ("Vellore", "place"),
        ("Rose", "person"),
        ("Chennai", "place"),
    ],
    ["banker", "indian", "south-asian", "older", "non_us", "decade_words", "word_name",
     "workplace", "power-employee", "belittling"],
    ["the only lady officer in the branch"],
)
story(
    "v017",
    """
    i drive doordash in st louis mo. this was last tuesday night like 10:50, an order to
    apt 4c in the grove, and the customer was autumn, the name on the app. she opened the
    door in pajamas and i said something about her legs and she just took the bag and shut
    the door. i still had her number from the app so i texted her from my own phone, hey it
    was me from doordash u looked good at the door, and then again when she didnt answer. she
    reported me and i got deactivated and honestly i was mad at her for like a week. my
    buddy dre said i was lucky she didnt call the cops and he was right. she had to think
    about a stranger knowing where she sleeps every time she orders food. i wrote an apology
    through support, not to her number. i drive for a warehouse now and if i ever see a
    customer name i dont look at it twice. i learned that the app gives you their door, not
    their permission.
    """,
    [
        ("st louis", "place"),
        ("mo", "place"),
        ("tuesday", "time"),
        ("10:50", "time"),
        ("4c", "number"),
        ("grove", "place"),
        ("autumn", "person"),
        ("dre", "person"),
    ],
    ["gig-worker", "courier", "us-midwest", "chat-style", "mostly_lowercase", "state_abbrev",
     "word_name", "word_place", "power-customer", "stalking", "objectifying"],
)
story(
    "v018",
    """
    I'm 66. I worked underground for thirty years out of Hazard, KY, and I've been saved most
    of that time, which is what makes this hard to write. In 1979 Faith Combs was the
    preacher's daughter at Mount Zion Free Will Baptist, sixteen and sweet on me. I was 21.
    The Friday of the homecoming singing I drove her up the hollow in my daddy's truck and
    told her if she loved me she'd prove it. She cried and said she wanted to go back. I
    didn't take her back for an hour. I didn't force her, but I didn't let her go either,
    and I told her after that nobody would believe a girl who'd got in a man's truck. She
    never told. She left for Lexington at eighteen and never came home much. Her mother
    passed thinking it was something the church did. I've told my pastor and my wife. Now I
    teach the boys' Sunday school, and I tell them a girl who asks to go home is done talking,
    and any man who argues with her is a thief.
    """,
    [
        ("66", "age"),
        ("Hazard", "place"),
        ("KY", "place"),
        ("1979", "year"),
        ("Faith Combs", "person"),
        ("sixteen", "age"),
        ("Mount Zion Free Will Baptist", "org"),
        ("21", "age"),
        ("Friday", "time"),
        ("eighteen", "age"),
        ("Lexington", "place"),
    ],
    ["miner", "rural-us", "appalachian", "older", "church", "state_abbrev", "word_place",
     "word_name", "pushed-for-sex", "took-advantage", "minor"],
    ["the preacher's daughter", "sixteen and sweet on me"],
)
story(
    "v019",
    """
    I was social chair of ΑΤΩ at UGA in 2015. Savannah Pruitt was a pledge in ΑΧΩ, and my
    brothers and I kept a ranking of the Alpha Chi Omega pledge class on a whiteboard in the
    chapter room. She was number one, and I made sure she saw it. The Saturday of the
    Tennessee game we had a swap at the house and I took her to the Blue Door on Clayton
    Street, bought her three shots she didn't ask for, and then told her everyone at Alpha
    Tau Omega expected us to hook up. I kissed her in the alley and she pushed me off. I told
    the chapter she was frigid. She depledged that semester and transferred out of Athens,
    GA, the next year. It cost her the friends she'd come for. I was 20 and I thought I was
    a legend. I'm a teacher now in Macon, and I help run a workshop for fraternity men. I show
    them a photo of that whiteboard and tell them what the number-one girl went through.
    """,
    [
        ("ΑΤΩ", "org"),
        ("UGA", "org"),
        ("2015", "year"),
        ("Savannah Pruitt", "person"),
        ("ΑΧΩ", "org"),
        ("Alpha Chi Omega", "org"),
        ("Saturday", "time"),
        ("Tennessee", "org"),
        ("Blue Door", "venue"),
        ("Clayton Street", "address"),
        ("Alpha Tau Omega", "org"),
        ("Athens", "place"),
        ("GA", "place"),
        ("20", "age"),
        ("Macon", "place"),
    ],
    ["fraternity", "college", "us-south", "greek_script", "greek_spelled", "state_abbrev",
     "word_name", "drunk", "objectifying", "belittling", "ignored-no"],
    ["a pledge in ΑΧΩ", "social chair of ΑΤΩ at UGA"],
)

story(
    "v020",
    """
    I am from Lviv and I worked as a developer for Bitwise Labs in Kraków from 2017. My
    English is work English, so sorry for mistakes. I met a woman I will call O. at a
    meetup. I told her I was serious, I talked about marriage, about a flat together, all
    things I did not mean, because I wanted her and I knew she wanted something real. She
    left her job in Gdańsk to move closer to me. In Q4 we had a big release and I said I was
    too busy to see her, and the truth was I had already lost interest after I got what I
    wanted. I ended it by message from the airport, before flight LO 3904 to Kyiv, sitting in
    seat 7F, like a coward. She had no job and no friends in the city because of me. Her
    friend wrote me that she was in therapy for a year. I pretended to care so I could use
    her, and I told myself it was only a breakup. Now I say what I want at the beginning,
    even when it is less than she hopes for, and I let her choose.
    """,
    [
        ("Lviv", "place"),
        ("Bitwise Labs", "org"),
        ("Kraków", "place"),
        ("2017", "year"),
        ("O.", "person"),
        ("Gdańsk", "place"),
        ("Q4", "time"),
        ("LO 3904", "number"),
        ("Kyiv", "place"),
        ("7F", "number"),
    ],
    ["developer", "ukrainian", "eastern-european", "non_us", "non-native", "initial_name",
     "pretended-care", "travel", "business_quarter"],
)
story(
    "v021",
    """
    gonna be honest this is embarrassing. me n jordan were 18, sat nite, driving round hull
    after spoons kicked us out about 11:45. there was a girl walking home on her own up
    beverley road, turned out later it was hope from college, and we slowed right down next
    to her and jordan shouted stuff out the window about her arse and i filmed it on my
    phone laughing. she started walking faster and we kept pace for like two streets. then i
    put it on my story. she saw it. everyone at college saw it. she didnt come in for two
    weeks and when she did she took the seat by the door every lesson. her dad came round to mine and
    my mum made me watch the video in front of him. i wanted to die and i deserved it. i
    deleted it, apologised to her with him there, and i dont get in cars with jordan now.
    when the lads shout at girls i tell them to pack it in and if they dont i get out and
    walk. hull city were losing that day which is the only reason we were out, which isnt a
    reason.
    """,
    [
        ("jordan", "person"),
        ("18", "age"),
        ("sat", "time"),
        ("hull", "place"),
        ("spoons", "venue"),
        ("11:45", "time"),
        ("beverley road", "address"),
        ("hope", "person"),
        ("hull city", "org"),
    ],
    ["student", "british-lad", "young", "non_us", "chat-style", "mostly_lowercase",
     "word_name", "word_place", "place_as_name", "catcalling", "objectifying", "online"],
)
story(
    "v022",
    """
    I was vicar of Christ Church Larkhall, in Bath, from 1998 until I retired. Patience Okoro
    was the youngest churchwarden in the diocese, a nurse at the Royal United, and the best
    thing that happened to that parish. I resented her. At the annual meeting, and in the
    vestry after, I talked over her, corrected her English though it was better than mine,
    and once, on the Tuesday after Pentecost, I told the standing committee that she had been
    elected because people felt sorry for her. I said it believing it was pastoral candour.
    When she asked to meet me I said my diary was full for a month. She stood down at the
    next election and moved to a Pentecostal church in Bristol. I had used the robe to make a
    Black woman small in a room full of white faces. I wrote to her, and she replied with
    more generosity than I had shown her. Now I sit on our deanery's safeguarding panel, and
    I tell the ordinands about Patience first. My email for anyone who needs it is
    revd.larkhall.retired@example.org.uk.
    """,
    [
        ("Christ Church Larkhall", "org"),
        ("Bath", "place"),
        ("1998", "year"),
        ("Patience Okoro", "person"),
        ("Royal United", "org"),
        ("Tuesday", "time"),
        ("Bristol", "place"),
        ("Patience", "person"),
        ("revd.larkhall.retired@example.org.uk", "email"),
    ],
    ["clergy", "english", "older", "non_us", "church", "word_place", "word_name",
     "belittling", "power-mentor"],
    ["the youngest churchwarden in the diocese", "a nurse at the Royal United"],
)
story(
    "v023",
    """
    Everybody in Woodbrook does call me Red, from since I was small. Carnival 2018 I was
    playing with Sun Coast Mas, and Chardonnay Baptiste was the youngest section leader in
    the band, nineteen, running forty people in her section. J'ouvert morning around 4am I
    was drunk on puncheon and I start wining on her from behind when she was trying to keep
    the section together on Ariapita Avenue. She move away and I follow her and do it again,
    and when she push me I tell the fellas she was a stush little girl who think she too nice
    for Woodbrook men. By the Tuesday she wasn't on the road again, she give the section to
    somebody else. Her aunty tell me she didn't play mas for three years after that. I used
    to say carnival is carnival, anything goes. It don't go. A woman on the road have every
    right to wine with who she want and not with me. Now I does be a marshal for the band and
    I does stop fellas doing what I did. I tell Chardonnay sorry in person at her aunty shop
    in Diego Martin.
    """,
    [
        ("Woodbrook", "place"),
        ("Red", "person"),
        ("2018", "year"),
        ("Sun Coast Mas", "org"),
        ("Chardonnay Baptiste", "person"),
        ("nineteen", "age"),
        ("4am", "time"),
        ("Ariapita Avenue", "address"),
        ("Tuesday", "time"),
        ("Chardonnay", "person"),
        ("Diego Martin", "place"),
    ],
    ["carnival", "trinidadian", "caribbean", "non_us", "word_name", "nickname_word",
     "drunk", "belittling", "holiday"],
    ["the youngest section leader in the band"],
)

story(
    "v024",
    """
    I served twenty years on ships and I am writing this in my sixties with a storm coming in
    over the harbour. Nice try, my counselor said, when I first wrote it as a funny story, so
    here it is without the jokes. On shore leave when I was young I treated women in port
    like part of the shore leave. I pushed one to drink more than she wanted, told her I
    loved her, and was gone by morning. I never learned her surname. It is a rose-coloured
    memory for the men I sailed with and it should not be. Joy, for me, was a full wallet and
    a night out; for her it was probably a morning of fear and shame that she did nothing to
    earn. Faith and hope are words the chaplain used, and I did not understand them. Now I
    volunteer with young sailors on shore leave, and I tell them plainly: a woman in port is
    a person with a life that goes on after your ship leaves. Every April we have a memorial
    for lost shipmates, and I think of her too.
    """,
    [],
    ["sailor", "older", "decoy_words", "decoy_capitals", "drunk", "pretended-care",
     "travel"],
)
story(
    "v025",
    """
    I was rush chair of Pi Kappa Alpha at Texas Tech in 2013. Everybody called us pike, and
    we were proud of the reputation. Georgia Hale was a sophomore in Kappa Delta, the only KD
    who would still come to our parties after the spring before. On the Thursday of the Red
    Raiders homecoming I set up a drinking game and made sure she lost every round, then
    told the brothers she was mine for the night. I took her up to my room, 2B on the second
    floor, and kept kissing her when she said she felt sick. My roommate walked in and she
    left. I told everyone at ΠΚΑ she'd begged. Georgia stopped coming around, and her sisters
    told me later she stopped drinking at all and moved off campus. I'm 31 now and an
    engineer in Lubbock, TX. I volunteer with the campus prevention program. I say my name
    and what I did, and what it cost her, and then I tell the pledges that a girl who feels
    sick needs water and a ride home, not a room.
    """,
    [
        ("Pi Kappa Alpha", "org"),
        ("Texas Tech", "org"),
        ("2013", "year"),
        ("pike", "org"),
        ("Georgia Hale", "person"),
        ("Kappa Delta", "org"),
        ("KD", "org"),
        ("Thursday", "time"),
        ("Red Raiders", "org"),
        ("2B", "number"),
        ("ΠΚΑ", "org"),
        ("Georgia", "person"),
        ("31", "age"),
        ("Lubbock", "place"),
        ("TX", "place"),
    ],
    ["fraternity", "college", "texan", "greek_spelled", "greek_script", "greek_lowercase",
     "state_abbrev", "word_name", "place_as_name", "team_nickname", "drunk", "took-advantage",
     "ignored-no"],
    ["a sophomore in Kappa Delta", "the only KD who would still come to our parties"],
)
story(
    "v026",
    """
    this is for my therapist. im 19 and i used to watch this streamer rain, her channel is
    rainfall_plays, small channel like 200 viewers, and i was a top donor. i thought that
    meant she owed me attention. i sent donations with messages asking what she was wearing
    under the desk and when she timed me out i made alts and kept going. her business email
    was public, rainfall.plays@example.com, and i emailed her stuff i wont repeat. sunday
    stream at 9:30 she cried on camera and ended early and said she was taking a break. she
    was gone 3 months. i live in daly city ca and she said on stream she lives near me, and i
    posted in discord that i could find her if i wanted to. i didnt mean it but she couldnt
    know that. a mod reported me and she got a restraining order. i deserve it. now i dont
    donate to anyone, i dont dm streamers, and i told the discord what i did when i left it.
    """,
    [
        ("19", "age"),
        ("rain", "person"),
        ("rainfall_plays", "handle"),
        ("rainfall.plays@example.com", "email"),
        ("sunday", "time"),
        ("9:30", "time"),
        ("daly city", "place"),
        ("ca", "place"),
    ],
    ["gamer", "online", "young", "chat-style", "mostly_lowercase", "state_abbrev",
     "word_name", "handle_bare", "stalking", "objectifying", "power-customer"],
)
story(
    "v027",
    """
    I was a student at Abertay in Dundee in 2004. Holly Strachan worked behind the bar at
    the Tav on the Perth Road, and I decided I was in love with her. On 14 February 2004 I
    turned up with flowers at the end of her shift at half eleven and waited at the side
    door. She said thanks, but no, she had a boyfriend. I didn't believe her and told her so.
    I started coming in every night, sitting at her end of the bar, and when she asked the
    manager to move me I told him she'd been leading me on. I walked behind her up to her
    flat on Blackness Road one night without saying anything, just to see where she lived.
    She changed her shifts and then left the job. Holly, if you ever see this, you told me
    clearly, and I heard you and chose not to listen. I'm 41 now with a daughter. I don't
    wait at anybody's door. When a no comes, I say okay and I go home.
    """,
    [
        ("Abertay", "org"),
        ("Dundee", "place"),
        ("2004", "year"),
        ("Holly Strachan", "person"),
        ("Tav", "venue"),
        ("Perth Road", "address"),
        ("14 February 2004", "date"),
        ("Blackness Road", "address"),
        ("Holly", "person"),
        ("41", "age"),
    ],
    ["student", "scottish", "non_us", "word_name", "vocative_name", "venue_short",
     "stalking", "ignored-no", "power-customer"],
)

story(
    "v028",
    """
    I'm 73 and I drove lorries out of Sandwich, Kent, for forty years. In 1976 there was a
    transport café on the A256 called the Jubilee Café, and Sherry Finch was the only
    waitress on nights. We all had a go at her. I was the loudest: comments about her blouse,
    patting her backside when she bent to pour, calling her 'the dessert'. One Friday night
    at about 2.30 I waited by her little Fiat in the lay-by and told her she owed the drivers
    a smile after the tips we gave her, and I wouldn't move off the car door until she
    kissed my cheek. She did, shaking. She gave her notice that week. I heard years later
    she'd gone to Margate and done nights in a care home, always nights, never anywhere with
    men at the counter. I told myself it was the seventies and everyone did it. Everyone did,
    and that's no excuse. I've three granddaughters. I tell the young drivers at the depot
    what I did, and I don't laugh along in the cab when they start.
    """,
    [
        ("73", "age"),
        ("Sandwich", "place"),
        ("Kent", "place"),
        ("1976", "year"),
        ("A256", "address"),
        ("Jubilee Café", "venue"),
        ("Sherry Finch", "person"),
        ("Friday", "time"),
        ("2.30", "time"),
        ("Margate", "place"),
        ("seventies", "year"),
    ],
    ["lorry-driver", "english", "older", "non_us", "word_place", "word_name", "decade_words",
     "objectifying", "belittling", "power-customer", "trades"],
    ["the only waitress on nights"],
)
story(
    "v029",
    """
    I come from Thiès in Senegal, and in 2015 I was night porter at the Hôtel Belle Rive, on
    the Promenade des Anglais in Nice. My French is better than my English, excuse me. A
    woman I will call M. was a guest, travelling alone for work. Because I had the keys and
    the night, I thought I had the right to be familiar. I brought things to her room, 312,
    that she did not order. On the Sunday, at 2.20 in the morning, she called the desk
    because the shower was broken, and I went up and stayed, talking about her body and her
    perfume, standing between her and the door. She said 'please go' and I laughed and said
    I was only being friendly. I went only when the phone rang. In the morning she checked
    out early and wrote to the manager, and I said she was confused. He believed me. She
    paid for my lie. Now I am head porter in a hotel in Marseille. When I train the young
    night staff, the first thing I say is this: her room is her home, and we leave it.
    """,
    [
        ("Thiès", "place"),
        ("Senegal", "place"),
        ("2015", "year"),
        ("Hôtel Belle Rive", "venue"),
        ("Promenade des Anglais", "address"),
        ("Nice", "place"),
        ("M.", "person"),
        ("312", "number"),
        ("Sunday", "time"),
        ("2.20", "time"),
        ("Marseille", "place"),
    ],
    ["hotel-worker", "senegalese", "west-african", "non_us", "non-native", "initial_name",
     "word_place", "hotel", "power-customer", "ignored-no", "objectifying"],
    ["travelling alone for work"],
)
story(
    "v030",
    """
    ok so me and big jun worked nights at the amazon warehouse in fontana ca and april was
    the only girl on the dock at night so we made her the entertainment. rating her outfits
    on a scale in the group chat sending pics of her bending over to load we thought nobody
    saw. friday night around 11 after shift we all went to the spot on 5th and i kept
    touching her hair and saying she only got put on dock cause the lead liked her. she
    left early and big jun followed her to the parking lot asking for her number. she
    transferred to days the next week and then quit. she was 21 and paying her own school.
    her cousin is my cousins friend and she said april stopped wearing anything but hoodies.
    i didnt think pics were a big deal. they are. i deleted the chat and i went to hr about
    myself which was scary but right. now when guys start rating girls at work i say bro
    shes working and i dont laugh
    """,
    [
        ("big jun", "person"),
        ("amazon", "org"),
        ("fontana", "place"),
        ("ca", "place"),
        ("april", "person"),
        ("friday", "time"),
        ("11", "time"),
        ("spot on 5th", "venue"),
        ("21", "age"),
    ],
    ["warehouse", "filipino-american", "us-west", "chat-style", "mostly_lowercase",
     "no_punctuation", "state_abbrev", "word_name", "nickname_adjective", "workplace",
     "objectifying", "belittling"],
    ["the only girl on the dock at night"],
)
story(
    "v031",
    """
    I have been a trekking guide in Pokhara for twenty years. In 2016 I guided a Dutch woman
    I will call J on the route to Annapurna Base Camp. She was alone and I was her only
    guide, so she trusted me with everything. I told her stories about my loneliness, I said
    she was different from other tourists, I held her hand on the hard sections and did not
    let go. At the lodge in Chhomrong, room 4, I knocked late and went in before she answered.
    She told me to leave and I sat on the bed and said she was cruel to make a man feel this
    way. I did leave after some time. She finished the trek almost without speaking and in
    Thamel she wrote a review about a guide who frightened her. My agency, Himal Horizon
    Treks, moved me to porter work for one season. I was angry at her then. Now I understand
    I was the danger on that mountain. I train young guides and I tell them: the trust she
    gives you is the job, not a door.
    """,
    [
        ("Pokhara", "place"),
        ("2016", "year"),
        ("J", "person"),
        ("Annapurna Base Camp", "place"),
        ("Chhomrong", "place"),
        ("4", "number"),
        ("Thamel", "place"),
        ("Himal Horizon Treks", "org"),
    ],
    ["trekking-guide", "nepali", "south-asian", "non_us", "non-native", "initial_name",
     "travel", "pretended-care", "ignored-no", "power-customer"],
    ["She was alone and I was her only guide"],
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
