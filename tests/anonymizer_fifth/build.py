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
    tags: str,
    quasi: list[str] | None = None,
) -> None:
    """Add one story; its text is written wrapped and joined here with single spaces.

    ``tags`` are the hand-set tags, space-separated; derived ones are added by main().
    """
    STORIES.append(Story(sid, " ".join(raw.split()), ids, tags.split(), quasi or []))


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
    return list(dict.fromkeys(tags))


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
    "security caribbean jamaican-english word_name workplace objectifying ignored-no belittling nightlife",
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
    "choir-director church ghanaian west-african state_abbrev word_name vocative_name power-mentor took-advantage holiday",
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
    "gamer teen young online chat-style mostly_lowercase word_name nickname_word word_place handle_bare objectifying belittling minor",
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
    "offshore scottish older non_us word_name workplace belittling objectifying",
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
    "bpo filipino taglish non_us word_name vocative_name workplace power-employee drunk took-advantage",
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
    "irish older non_us decade_words word_name drunk belittling nightlife",
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
    "restaurant pakistani-british south-asian non_us word_place word_name workplace power-employee belittling objectifying holiday minor",
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
        ("sparkette", "person"),
        ("friday", "time"),
        ("4:30", "time"),
        ("rusty rooster", "venue"),
        ("monday", "time"),
        ("brisbane", "place"),
        ("22", "age"),
        ("19", "age"),
        ("cowboys", "org"),
    ],
    "electrician australian trades non_us chat-style mostly_lowercase state_abbrev word_name nickname_adjective team_nickname drunk belittling objectifying workplace",
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
    "dance-teacher colombian latin-american non_us airline travel hotel power-mentor ignored-no belittling",
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
    "farmer rural-us older decoy_words decoy_capitals pushed-for-sex church",
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
    "factory polish eastern-european non_us non-native initial_name word_place workplace belittling objectifying power-employee",
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
    "student teen young chat-style mostly_lowercase state_abbrev word_name handle_bare stalking online minor",
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
    "military texan older state_abbrev word_name workplace power-employee belittling objectifying",
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
    "student south-african afrikaans non_us word_name vocative_name team_nickname college sports drunk ignored-no belittling",
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
    "student nigerian west-african pidgin chat-style mostly_lowercase word_name college pretended-care online",
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
    "banker indian south-asian older non_us decade_words word_name workplace power-employee belittling",
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
    "gig-worker courier us-midwest chat-style mostly_lowercase state_abbrev word_name word_place power-customer stalking objectifying",
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
    "miner rural-us appalachian older church state_abbrev word_place word_name pushed-for-sex took-advantage minor",
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
    "fraternity college us-south greek_script greek_spelled state_abbrev word_name drunk objectifying belittling ignored-no",
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
    wanted. I ended it by message from the airport, at gate C14 before flight LO 3904 to Kyiv,
    sitting in seat 7F, like a coward. She had no job and no friends in the city because of me. Her
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
        ("C14", "number"),
        ("LO 3904", "number"),
        ("Kyiv", "place"),
        ("7F", "number"),
    ],
    "developer ukrainian eastern-european non_us non-native initial_name pretended-care travel business_quarter",
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
    "student british-lad young non_us chat-style mostly_lowercase word_name word_place place_as_name catcalling objectifying online",
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
    "clergy english older non_us church word_place word_name belittling power-mentor",
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
    "carnival trinidadian caribbean non_us word_name nickname_word drunk belittling holiday",
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
    "sailor older decoy_words decoy_capitals drunk pretended-care travel",
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
    "fraternity college texan greek_spelled greek_script greek_lowercase state_abbrev word_name place_as_name team_nickname drunk took-advantage ignored-no",
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
    "gamer online young chat-style mostly_lowercase state_abbrev word_name handle_bare stalking objectifying power-customer",
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
    "student scottish non_us word_name vocative_name venue_short stalking ignored-no power-customer",
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
    "lorry-driver english older non_us word_place word_name decade_words objectifying belittling power-customer trades",
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
    "hotel-worker senegalese west-african non_us non-native initial_name word_place hotel power-customer ignored-no objectifying",
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
    "warehouse filipino-american us-west chat-style mostly_lowercase no_punctuation state_abbrev word_name nickname_adjective workplace objectifying belittling",
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
    "trekking-guide nepali south-asian non_us non-native initial_name travel pretended-care ignored-no power-customer",
    ["She was alone and I was her only guide"],
)

story(
    "v032",
    """
    Soy de Guadalajara, I came to Arizona in 2005 and now I run framing crews for Desert
    Ridge Framing in Chandler, AZ. Estrella Maldonado was the only woman on the framing crew,
    a nail gun better than any of my guys, and I could not stand it. I called her mamacita in
    front of everybody, I told her she should be in the office making coffee, and on the
    Monday after the Chivas final, when I was still hungover, I grabbed her tool belt from
    behind and pulled her against me and said this is what you came for. The guys laughed.
    She didn't. She quit that week and went to work for a company in Tucson for less money.
    Her mother called my mother in Jalisco and my mother did not speak to me for months, and
    she was right. I called Estrella and said I was wrong, all of it, no excuses about the
    culture. Now I hire women on purpose, and the first guy who calls one of them mamacita
    goes home without pay, and I tell him why, in Spanish and in English.
    """,
    [
        ("Guadalajara", "place"),
        ("Arizona", "place"),
        ("2005", "year"),
        ("Desert Ridge Framing", "org"),
        ("Chandler", "place"),
        ("AZ", "place"),
        ("Estrella Maldonado", "person"),
        ("Monday", "time"),
        ("Chivas", "org"),
        ("Tucson", "place"),
        ("Jalisco", "place"),
        ("Estrella", "person"),
    ],
    "framer mexican latin-american spanglish non-native state_abbrev trades workplace power-employee belittling objectifying sports",
    ["the only woman on the framing crew"],
)
story(
    "v033",
    """
    KT and I ran a raiding guild called Ashen Covenant for six years. One of our healers was
    Willow, handle willowisp_heals, and she was the only woman in the raid team, which we
    never let her forget. We asked her to do 'the girl voice' on comms. KT made her the
    guild's 'mascot' in the Discord. I was worse than KT because I pretended to be the nice
    one. I texted Willow privately for months, said I was there for her after her breakup,
    and then asked for photos and got angry when she said no. On one Wednesday raid at 8:40
    I benched her in front of everyone and said healers who won't be friendly don't get
    loot. She left the game. She'd given us four years. A friend of hers found my number and
    texted me from 07700 900187 to tell me Willow had panic attacks logging in anywhere
    with voice chat. I've apologised to her. KT and I don't speak now. When I run a group I
    keep voice for callouts only and nobody comments on anybody's voice.
    """,
    [
        ("KT", "person"),
        ("Ashen Covenant", "org"),
        ("Willow", "person"),
        ("willowisp_heals", "handle"),
        ("Wednesday", "time"),
        ("8:40", "time"),
        ("07700 900187", "phone"),
    ],
    "gamer online british non_us initial_name word_name handle_bare pretended-care belittling objectifying ignored-no",
    ["the only woman in the raid team", "She'd given us four years"],
)
story(
    "v034",
    """
    I mined opal for thirty years at Coober Pedy, SA, and I'm 58 now. In 1994 Jade Reardon
    was the only barmaid in town under thirty, working at the Dugout Bar under the Desert
    Hills motel. We'd come in off the fields at weekends and make her night a
    misery. I was one of the ringleaders. We'd bet on who could get her to sit on his knee.
    The Saturday of the races I had a skinful and followed her into the cool room and told
    her no bloke in town would ever want her if she kept playing hard to get, and I kissed
    her while she was pushing me off. She went to Port Augusta the next week and I heard she
    never worked a bar again. That town was small and men like me made it smaller for her. I
    wrote to her through the publican's daughter. Now I'm on the footy club committee, and I
    tell the young blokes that the barmaid is at work and they aren't her boss.
    """,
    [
        ("Coober Pedy", "place"),
        ("SA", "place"),
        ("58", "age"),
        ("1994", "year"),
        ("Jade Reardon", "person"),
        ("Dugout Bar", "venue"),
        ("Desert Hills", "venue"),
        ("Saturday", "time"),
        ("Port Augusta", "place"),
    ],
    "miner australian rural non_us state_abbrev word_name drunk objectifying ignored-no power-customer",
    ["the only barmaid in town under thirty"],
)
story(
    "v035",
    """
    im 63 drove truck 40 yrs my handle on the cb was hot rod and my grandson is typing this
    from what i say. there was a girl worked nights at the fuel desk at the travel plaza in
    effingham il name tag said dakota maybe 20 years old. every run through i would say
    things about her chest over the counter and on the cb id tell the other drivers go see
    dakota shes worth the stop. one thursday around 3am i waited by her car at the end of
    her shift and told her a man who drives 600 miles to see her deserves a kiss. she locked
    herself in the store and called the manager and i laughed and drove off. i got banned
    and i bad mouthed her on the radio for a year. i never thought about her walking to that
    car every night after. i did that to her. i quit the cb talk. now i tell the young
    drivers at the yard in terre haute to leave the girls at the counter alone they are
    working not waiting on you
    """,
    [
        ("63", "age"),
        ("hot rod", "handle"),
        ("effingham", "place"),
        ("il", "place"),
        ("dakota", "person"),
        ("20", "age"),
        ("thursday", "time"),
        ("3am", "time"),
        ("terre haute", "place"),
    ],
    "trucker rural-us older chat-style mostly_lowercase no_punctuation state_abbrev word_name place_as_name handle_bare objectifying power-customer stalking",
    ["worked nights at the fuel desk at the travel plaza"],
)

story(
    "v036",
    """
    Cricket is my life, so this is hard. In 2010 I was captain of the Empire Club second
    eleven in Bridgetown, and Precious Gittens was the only female umpire in the league. I
    could not take a woman giving my batsmen out. In the Saturday final at Kensington I
    stood at the crease and asked her loud if she needed her glasses or a husband, and my
    fellas on the boundary took it up. After the game I told the league men she only got
    the badge because she was pretty, and I put my hand on her shoulder and kept it there
    when she shrugged. She stopped umpiring men's games the next season. Her brother told me
    she cried in the car park that day. She was better at the laws than me. I wrote to the
    Barbados Cricket Association and to her, and I said it plain. Now I coach the under-15
    boys in St. Michael, and the first thing they learn is that the umpire's word is final,
    whoever the umpire is.
    """,
    [
        ("2010", "year"),
        ("Empire Club", "org"),
        ("Bridgetown", "place"),
        ("Precious Gittens", "person"),
        ("Saturday", "time"),
        ("Kensington", "venue"),
        ("Barbados Cricket Association", "org"),
        ("St. Michael", "place"),
    ],
    "cricketer bajan caribbean non_us word_name sports belittling objectifying",
    ["the only female umpire in the league"],
)
story(
    "v037",
    """
    idk how to do this right. im writing on my mobile in the bath because its the only place
    nobody bugs me lol. so basically in year 10 i was normal with girls in person but online
    i was awful. reading back the messages i sent one girl makes me want to throw up. i
    pushed and pushed for pics and when she said no i said shed regret it. i never sent
    anything to anyone but she didnt know that and she was scared for months. i thought it
    was just how people talk online. it isnt. my mum found the messages and sat me down and
    asked how i would feel if someone sent that to my little sister. i apologised to the
    girl through her mum. i dont ask anyone for pics now ever. if a mate shows me a pic
    someone sent him i tell him delete it. i hope she knows it was never her fault. the spot
    where i used to sit and message her is the same spot im sat in now writing this which is
    weird
    """,
    [],
    "student teen young chat-style mostly_lowercase no_punctuation decoy_words online pushed-for-pics minor",
)
story(
    "v038",
    """
    I drove the 7 bus in Budapest for twenty-eight years. My English is from my grandson, so
    please excuse. In 1996 there was a young woman who got on at Keleti every morning at
    6.40, a student with a cello case, always the same seat behind me. I started waiting for
    her. I made comments in the mirror about her legs and her skirt, and I held the door
    closed for a moment when she wanted to get off, so she had to ask me. I thought it was a
    joke between us. One morning a passenger told me to stop and the student got off at the
    next stop, Blaha Lujza tér, far from her school. After that she took the tram. I did not
    see her again. Only when my own daughter told me about a taxi driver who frightened her
    did I understand what I did for those months. A bus driver has the door and the mirror.
    Now I am retired, and I teach at the driving school for BKV, and I tell the young drivers
    this story about the mirror.
    """,
    [
        ("7", "number"),
        ("Budapest", "place"),
        ("1996", "year"),
        ("Keleti", "place"),
        ("6.40", "time"),
        ("Blaha Lujza tér", "place"),
        ("BKV", "org"),
    ],
    "bus-driver hungarian eastern-european older non_us non-native role_only objectifying power-customer",
    ["a young woman who got on at Keleti every morning at 6.40", "a student with a cello case"],
)
story(
    "v039",
    """
    ok this is for my youth worker. me and big dec play for ballyvarra gaa, minors, and the
    sunday of the county final in ennis we were on the beer after even though were 16. there
    was a girl shannon from the camogie team, and dec said she was mad about me. i kept
    pulling her onto my lap at the afters in the treaty lounge and she kept getting up and i
    kept doing it cause the lads were cheering. then i told everyone in the snapchat group
    she got with me round the back, which never happened. by monday half of limerick thought
    she did. she quit camogie and changed schools after christmas. her mam rang my mam. i
    tried to say it was only a laugh and my mam said whose laugh. that stuck. i said sorry to
    shannon in person and i told the group i lied. now at club stuff if lads start going on
    about a girl i say leave it, and ive said it to dec too and he doesnt like it
    """,
    [
        ("big dec", "person"),
        ("ballyvarra gaa", "org"),
        ("sunday", "time"),
        ("ennis", "place"),
        ("16", "age"),
        ("shannon", "person"),
        ("dec", "person"),
        ("treaty lounge", "venue"),
        ("monday", "time"),
        ("limerick", "place"),
    ],
    "hurler irish teen young non_us chat-style mostly_lowercase word_name place_as_name nickname_adjective sports drunk belittling minor online",
)

story(
    "v040",
    """
    I was a second class boatswain's mate on the USS Carl Vinson out of San Diego in 2003.
    June Pak was the only female in Deck department on our watch section, a seaman
    apprentice, 19 and fresh out of Great Lakes. I called her Princess on the 1MC once as a
    joke and it stuck with the whole division. In port at Pearl Harbor, on the Thursday
    before we got under way, I found her alone in compartment 3-142-2-L at about 0215 and
    told her the guys who look out for her expect her to look out for them. I kept my body
    between her and the hatch while I said it. She got past when a chief came down the
    ladder. She put in for a transfer and got it, and she got out after one enlistment when
    she'd told us all she wanted twenty. I'm a chief myself now, stationed in Norfolk. When I
    take over a division I tell them what I did, and I mean the part about the hatch. Nobody
    blocks a sailor's way out, ever.
    """,
    [
        ("USS Carl Vinson", "org"),
        ("San Diego", "place"),
        ("2003", "year"),
        ("June Pak", "person"),
        ("19", "age"),
        ("Great Lakes", "place"),
        ("Princess", "person"),
        ("Pearl Harbor", "place"),
        ("Thursday", "time"),
        ("3-142-2-L", "number"),
        ("0215", "time"),
        ("Norfolk", "place"),
    ],
    "navy military us-west word_name workplace power-employee belittling objectifying military_time",
    [
        "the only female in Deck department on our watch section",
        "a seaman apprentice, 19 and fresh out of Great Lakes",
    ],
)
story(
    "v041",
    """
    I was youth pastor at Cornerstone Community Church in Medicine Hat, Alberta, from 2008
    to 2014. I was 29. Charity Lindqvist was seventeen and the only girl on our worship team,
    and I told myself I was mentoring her. I drove home with Charity after practice, texted her every
    night, told her she was more mature than the other youth and that God had put us in each
    other's lives. On the Friday of the winter retreat at Pine Hollow Bible Camp I asked her
    to meet me behind cabin 12 to pray, and I kissed her. She froze. I told her it was our
    secret and that telling would hurt the church. She kept it for three years. Then she told
    her parents and our board, and I was removed, which was right. She left the church
    entirely, and she told me in a letter that for years she couldn't sing in public. I'm in
    counselling and I don't work with youth. I'm writing this because men like me hide
    behind words like mentoring and calling.
    """,
    [
        ("Cornerstone Community Church", "org"),
        ("Medicine Hat", "place"),
        ("Alberta", "place"),
        ("2008", "year"),
        ("2014", "year"),
        ("29", "age"),
        ("Charity Lindqvist", "person"),
        ("Charity", "person"),
        ("seventeen", "age"),
        ("Friday", "time"),
        ("Pine Hollow Bible Camp", "venue"),
        ("12", "number"),
    ],
    "clergy youth-pastor canada non_us church word_name word_place power-mentor took-advantage pretended-care minor",
    ["the only girl on our worship team"],
)
story(
    "v042",
    """
    I drive Uber in Toronto, mostly nights, since 2019. My first language is Urdu, so forgive
    my writing. On a Saturday at 2:10am I picked up a woman outside the Drake Hotel on Queen
    Street West, alone and drunk, going to Brampton. She fell asleep in the back. I looked at
    her in the mirror the whole drive and I said things to her when she woke up, about her
    dress, about how a girl like her should not be alone at night with a stranger, like I
    was warning her, but I was enjoying that she was scared. At her building I asked for her
    number and said I could wait and walk her up. She ran inside. Later I called the number
    from the trip, 416-555-0178, twice, to say I hoped she got home safe. She reported me and
    Uber removed me for three months. I was angry, then ashamed. I had all the power in that
    car. Now when a passenger sleeps I drive and keep my eyes on the road and my mouth shut,
    and I never call a number from a trip.
    """,
    [
        ("Toronto", "place"),
        ("2019", "year"),
        ("Saturday", "time"),
        ("2:10am", "time"),
        ("Drake Hotel", "venue"),
        ("Queen Street West", "address"),
        ("Brampton", "place"),
        ("416-555-0178", "phone"),
    ],
    "rideshare gig-worker pakistani-canadian south-asian canada non_us non-native role_only power-customer took-advantage stalking",
    ["alone and drunk, going to Brampton"],
)
story(
    "v043",
    """
    I was floor supervisor at Meghna Knit Composite in Gazipur, outside Dhaka, from 2011. The
    youngest machinist on line 7 was a girl of maybe sixteen from a village in Rangpur. I
    will not give her name. I made her stay late to fix her stitching, and I stood behind her
    at the machine with my hand on her shoulder, on her neck, and told her I could make her
    operator grade if she was sweet to me. In Q3 we had big export orders for a German buyer
    and I used the overtime lists as a weapon. On the Wednesday of the buyer audit she
    fainted at the machine from working without food, because she was afraid to take her
    break near me. She went home to her village and did not come back. My wife's sister
    works in garments and told me what men like me are called on the floor. Now I am a
    manager, and I walk the lines with a woman welfare officer, and I gave my supervisors
    the rule: no hands, no late nights alone, no favours.
    """,
    [
        ("Meghna Knit Composite", "org"),
        ("Gazipur", "place"),
        ("Dhaka", "place"),
        ("2011", "year"),
        ("7", "number"),
        ("sixteen", "age"),
        ("Rangpur", "place"),
        ("Q3", "time"),
        ("Wednesday", "time"),
    ],
    "garment-factory bangladeshi south-asian non_us non-native role_only business_quarter workplace power-employee took-advantage minor",
    ["The youngest machinist on line 7", "a girl of maybe sixteen from a village in Rangpur"],
)

story(
    "v044",
    """
    ok so this is for group. me and my boy lil jay from the block in the bronx, we were 17,
    and there was this girl we called little jess cause there was two jesses in our grade.
    last friday at like 12:30 we were at the crooked spoon on fordham road and she was there
    with her cousin and i kept saying mami come sit with us, mami why you acting stuck up,
    loud so everybody heard. she said nah like five times. i got up and stood by her table
    and put my arm around her and jay took a pic and posted it saying she was with us. her
    boyfriend saw it and they broke up over it and she got jumped at school by his sister
    over a pic that was a lie. i didnt think a pic was anything. my moms made me go to her
    house and say sorry to her abuela. i did. now if jay wants to post some girl i tell him
    dont, and i dont say mami to nobody i dont know. yankees lost that night too, whatever,
    that aint the point
    """,
    [
        ("lil jay", "person"),
        ("bronx", "place"),
        ("17", "age"),
        ("little jess", "person"),
        ("friday", "time"),
        ("12:30", "time"),
        ("crooked spoon", "venue"),
        ("fordham road", "address"),
        ("jay", "person"),
        ("yankees", "org"),
    ],
    "student puerto-rican latin-american nyc teen young chat-style mostly_lowercase nickname_adjective ignored-no belittling online minor",
)
story(
    "v045",
    """
    I am team lead at Transilvania Soft in Cluj-Napoca, and I am writing this in English for
    an online group, so forgive the grammar. In 2020 a junior tester joined my team, a woman
    I will call D., her first job after university in Oradea. In Q1 we had a hard deadline,
    and I started to keep her late in meeting room B4.12 to 'review her bugs', which was
    only an excuse to sit close. At the team building at Pensiunea Doi Brazi, on the Tuesday
    night, I drank too much pălincă and told her in front of two colleagues that she would
    pass probation if she was nice to her team lead. I tried to go into her room after. She
    closed the door in my face. The next week D. asked HR to move her, and they did, and
    later she left the company. I told everyone she was not technical enough. It was a lie.
    I wrote to her and to HR with the truth. Now I never have one-to-ones with a closed door,
    and I do not drink at team buildings.
    """,
    [
        ("Transilvania Soft", "org"),
        ("Cluj-Napoca", "place"),
        ("2020", "year"),
        ("D.", "person"),
        ("Oradea", "place"),
        ("Q1", "time"),
        ("B4.12", "number"),
        ("Pensiunea Doi Brazi", "venue"),
        ("Tuesday", "time"),
    ],
    "developer romanian eastern-european non_us non-native initial_name business_quarter workplace power-employee drunk belittling",
    ["a junior tester", "her first job after university in Oradea"],
)
story(
    "v046",
    """
    I'm an old man and I'll say it plain. Patience was never my strong suit, with women or
    anything else. When I was courting, if a girl said not tonight I heard try harder. I
    pushed one girl, at a dance in the summer, into the back seat of my car, and I kept at
    her long after she'd gone quiet. She got out and walked home in the rain in her good
    shoes. I told my friends after that she was frigid. I think of her every time I see
    holly and ivy on a door at Christmas, because that was the dress she wore at the winter
    dance the year after, when she wouldn't look at me. She had grace, and I had none. It
    took me fifty years and a granddaughter to see it. It was a sunny afternoon when my
    granddaughter told me about a boy who wouldn't take no, and I heard myself in him. I told
    her my story. Now I tell it to any young man who'll listen, and I tell him a quiet girl
    is a no.
    """,
    [],
    "older decoy_words decoy_capitals pushed-for-sex belittling",
)
story(
    "v047",
    """
    I played the fiddle in a ceilidh band out of Inverness for two decades, and I'm 52 now.
    On 31 December 1999 we played the millennium night at the Clachan Bar in Portree, and
    Heather MacAskill was the barmaid, twenty and working every hour she could to pay for
    college in Fort William. Between sets I kept going to the bar and telling her to come
    dance with the band, and when she said she was working I told the whole room over the
    microphone that Heather was playing hard to get. People laughed and she went red. At the
    bells I grabbed her and kissed her over the bar in front of everyone while she turned
    her face away. My mates called it a great night. Heather's sister told me years after
    that she was the talk of the island all winter and didn't work a bar again. I wrote to
    her and apologised. Now when I'm on the mic, I don't say a woman's name unless she's on
    the stage with me and wants it said.
    """,
    [
        ("Inverness", "place"),
        ("52", "age"),
        ("31 December 1999", "date"),
        ("Clachan Bar", "venue"),
        ("Portree", "place"),
        ("Heather MacAskill", "person"),
        ("twenty", "age"),
        ("Fort William", "place"),
        ("Heather", "person"),
    ],
    "musician scottish non_us word_name drunk belittling ignored-no holiday",
)

story(
    "v048",
    """
    Pipefitter, Local 690, thirty-one years, most of them in Philly. In 2007 we got the
    first woman apprentice our contractor ever sent to a job site, and I made it my business
    to run her off. I gave her every dirty job in the basement, I hid her tools, I told the
    guys she'd only gotten in because of a quota. On the Monday after the Eagles lost the
    big game, hungover and sour, I stood too close to her in the gang box and told her a girl
    like her belonged on a pole, not a pipe. The guys laughed. She didn't come back the next
    day. I found out later she finished her hours at a shop in Delaware County and topped
    out, and she's a foreman now. I ran into her at the Grey Lodge in Mayfair last year and
    said I was sorry, in front of my own kid. She said thanks for saying it and walked off,
    which was more than I deserved. I mentor apprentices now, all of them, and I say her
    story without her name.
    """,
    [
        ("Local 690", "org"),
        ("Philly", "place"),
        ("2007", "year"),
        ("Monday", "time"),
        ("Eagles", "org"),
        ("Delaware County", "place"),
        ("Grey Lodge", "venue"),
        ("Mayfair", "place"),
    ],
    "pipefitter union trades us-northeast role_only team_nickname workplace belittling objectifying",
    ["the first woman apprentice our contractor ever sent to a job site"],
)
story(
    "v049",
    """
    bro this is for the wellness cell at college, they said write honest. 2022 me and my
    friend sunny were second years at fergusson in pune and there was this girl jasmine in
    our batch, topper, always in the library. we made a meme page, ferguson_ke_phool, and
    put her pics on it with cheap captions, rating her, and i wrote most of them. saturday at
    7 at the chai stall on fc road i went up to her with the group and asked if she wanted
    to be famous and showed her the page and everybody laughed. she started crying there
    only. her father came to college and the principal called us, and the page got reported.
    she took a gap term. her friend told me she stopped eating in the canteen. i was 19 and i
    thought it was timepass. it was not timepass for her. i deleted everything, said sorry
    to jasmine in front of the principal and her father, no excuses. now if any group has
    rating posts or pics without permission i leave and i report
    """,
    [
        ("2022", "year"),
        ("sunny", "person"),
        ("fergusson", "org"),
        ("pune", "place"),
        ("jasmine", "person"),
        ("ferguson_ke_phool", "handle"),
        ("saturday", "time"),
        ("7", "time"),
        ("fc road", "address"),
        ("19", "age"),
    ],
    "student indian south-asian hinglish non_us chat-style mostly_lowercase no_punctuation word_name handle_bare college online objectifying belittling",
    ["topper, always in the library"],
)
story(
    "v050",
    """
    I'm 77. I spent forty years at the Press-Register in Mobile, AL, and I was sports editor
    in 1972 when Sunny Broussard was hired, the only woman in the sports department. I
    decided she'd been hired to embarrass me. I gave her high school volleyball and nothing
    else, and when she got a Crimson Tide practice credential on her own I told the room she
    must have flirted her way into it. On the Friday before the Iron Bowl I sent her to the
    locker room knowing what the players would do, and I laughed when she came back white.
    She moved to the copy desk by spring and left the paper a year later. I read her
    byline in the Times-Picayune in the eighties and told people she'd been mine. She was
    never mine. She was good, and I made her fight a man who should have been teaching her.
    My granddaughter is a sports reporter now. I told her this story, and I wrote to Sunny's
    family after she passed.
    """,
    [
        ("77", "age"),
        ("Press-Register", "org"),
        ("Mobile", "place"),
        ("AL", "place"),
        ("1972", "year"),
        ("Sunny Broussard", "person"),
        ("Crimson Tide", "org"),
        ("Friday", "time"),
        ("Iron Bowl", "org"),
        ("Times-Picayune", "org"),
        ("eighties", "year"),
        ("Sunny", "person"),
    ],
    "editor journalist us-south older publication state_abbrev word_place word_name team_nickname workplace power-employee belittling",
    ["the only woman in the sports department"],
)
story(
    "v051",
    """
    Sou do Recife. I ride a moped delivering food in Hackney since 2018, and my English is
    still learning. There was a girl working the counter at the chicken shop on Mare Street,
    the one who always had my order ready first. I decided this meant something. I started
    staying after pickup, telling her she was too beautiful for a chicken shop, asking her
    to come on my moped. She said she had a boyfriend. I did not believe her. On Thursday
    around 23:10, when she was closing alone, I waited outside and followed her to the bus
    stop in Dalston on my moped, slow, talking. She got on the 242 and I saw her face in the
    window, scared. Her manager texted me from 07700 900634 to say stay away from the shop,
    and I was angry, I said she was confused. She changed to day shifts, I heard. I was the
    man she was scared of on her way home. Now I take my order and I go, and I say thank you
    and nothing else.
    """,
    [
        ("Recife", "place"),
        ("Hackney", "place"),
        ("2018", "year"),
        ("Mare Street", "address"),
        ("Thursday", "time"),
        ("23:10", "time"),
        ("Dalston", "place"),
        ("242", "number"),
        ("07700 900634", "phone"),
    ],
    "courier gig-worker brazilian latin-american non_us non-native role_only stalking ignored-no objectifying",
    [
        "a girl working the counter at the chicken shop on Mare Street",
        "the one who always had my order ready first",
    ],
)

story(
    "v052",
    """
    I was a catechist at All Saints Kawangware in Nairobi for eleven years. Mercy Wanjiru
    came to my confirmation class when she was fifteen, the brightest in it, and her mother
    trusted me because I was a church man. I offered to help her with her studies after
    class. I told her she was special to God and to me, and I touched her hair and her arm
    and said it was a blessing. On the Sunday of her confirmation I told her to wait in the
    vestry and I tried to kiss her, and she ran out past the choir. I told her mother that
    Mercy had become proud and rude. Her mother believed me for a year. Mercy stopped coming
    to church, and when she finished school she moved to Mombasa, far from us. She told the
    vicar the truth when she was twenty, and I was removed, which was right. I used the
    church as a cover and God's name as a key. I do not teach children now. I tell men in my
    fellowship group in Kibera what I did, and I tell them who to watch: men like me.
    """,
    [
        ("All Saints Kawangware", "org"),
        ("Nairobi", "place"),
        ("Mercy Wanjiru", "person"),
        ("fifteen", "age"),
        ("Sunday", "time"),
        ("Mercy", "person"),
        ("Mombasa", "place"),
        ("twenty", "age"),
        ("Kibera", "place"),
    ],
    "clergy catechist kenyan east-african non_us church word_name power-mentor took-advantage belittling minor",
    ["the brightest in it"],
)
story(
    "v053",
    """
    I'm 70 and I worked in the yard at Harland and Wolff from the seventies. Ivy Magee did
    the wages in the office, the only girl most of the men ever saw all week. Every man
    in my squad had a line for her, and mine were the worst, about her figure and what she'd
    be like with the lights off, said loud at the hatch while she counted out our packets.
    One Friday in 1978, after the Linfield match and a feed of drink in the Crown, I went
    back for my packet late, leaned in the hatch and told her I'd walk her home to Bangor
    whether she liked it or not. She slammed the hatch on my arm, and I told the foreman
    she'd assaulted me. She was moved to another office in the east of the city and left a
    year later. Sixty of us and not one man said a word for her, me least of all. I've told
    my sons. I volunteer with a men's shed in East Belfast now, and when the old boys start
    on about girls in the office, I tell them about the hatch.
    """,
    [
        ("70", "age"),
        ("Harland and Wolff", "org"),
        ("seventies", "year"),
        ("Ivy Magee", "person"),
        ("Friday", "time"),
        ("1978", "year"),
        ("Linfield", "org"),
        ("Crown", "venue"),
        ("Bangor", "place"),
        ("East Belfast", "place"),
    ],
    "shipyard northern-irish older non_us word_name decade_words drunk objectifying belittling power-customer",
    ["the only girl most of the men ever saw"],
)
story(
    "v054",
    """
    I was a reply guy, and worse. In 2021 Meghna Iyer wrote a column in the Plain Dealer
    about harassment at Cleveland tech meetups, and I quote-tweeted it from my account,
    @dad_takes_216, calling her a diversity hire and posting a photo from her own Instagram
    with a caption about what she was 'really' looking for. That Wednesday at 9:12pm my
    thread got picked up by bigger accounts and hundreds of men piled on her, and some of
    them found her home suburb, Parma. She locked her account, @meghnawrites, and later
    wrote on her site, meghnawrites.example.com, that she'd stopped going to the meetups she
    covered. I'd gone to one of them. I was 38 and I told myself it was just opinions online.
    I deleted the account and wrote to her editor to say who I was and that I was sorry. She
    doesn't owe me an answer. Now I log off when I feel the urge to dunk on a woman, and I
    tell my son that a post is a room full of people, and you're pointing at her.
    """,
    [
        ("2021", "year"),
        ("Meghna Iyer", "person"),
        ("Plain Dealer", "org"),
        ("Cleveland", "place"),
        ("dad_takes_216", "handle"),
        ("Wednesday", "time"),
        ("9:12pm", "time"),
        ("Parma", "place"),
        ("meghnawrites", "handle"),
        ("meghnawrites.example.com", "url"),
        ("38", "age"),
    ],
    "online indian-american us-midwest publication handle_at belittling objectifying stalking",
)
story(
    "v055",
    """
    wah gwan, mi bredda dwayne seh write it how mi talk so here it go. mi did work the
    jet ski hustle pon the beach inna mobay. there was a girl jewel selling coconut water
    by the pier, 18, and every day mi and dwayne would call out to her bout her body, loud
    for the tourist dem fi laugh. last sunday night round 10 after the reggae boyz game we
    was at the pork pit drinking and mi follow her to the taxi stand and hold her wrist and
    tell her she fi come with mi. she pull hard and a taxi man shout at mi. she stop selling
    at that pier after. her auntie tell mi she selling in negril now, far from her yard, and
    she pay more fi the bus every day because of mi. mi never think bout that. mi go to her
    auntie and seh sorry, true true. now when dwayne start up wid a girl mi tell him lef her,
    she a work same as we
    """,
    [
        ("dwayne", "person"),
        ("mobay", "place"),
        ("jewel", "person"),
        ("18", "age"),
        ("sunday", "time"),
        ("10", "time"),
        ("reggae boyz", "org"),
        ("pork pit", "venue"),
        ("negril", "place"),
    ],
    "beach-vendor jamaican caribbean patois non_us chat-style mostly_lowercase no_punctuation word_name team_nickname drunk catcalling objectifying ignored-no",
)
story(
    "v056",
    """
    I grew up on a hog farm outside Sioux Center, IA, and I showed pigs in the Sioux County
    4-H for ten years. Harmony Vos showed the year after me. She was fourteen, the only girl
    in the swine barn that summer, and I was seventeen and king of that barn in my head. The
    Friday of the fair, after the sale, the older boys and I took her show stick and made her
    chase us for it, then held her against a pen while I said stuff about her chest. I
    thought it was what you did to the new kid. She showed sheep the next year instead, and
    then nothing. My mom taught Sunday school with her mom and they never spoke again. I'm a
    vet in Orange City now with a daughter in 4-H, and last fair I stood in that swine barn
    and felt sick. I called Harmony, who runs a bakery in Pella, and said it. She said she
    remembers the smell of that barn. Now I'm a volunteer leader and I tell the boys: hands
    off, mouths shut, and nobody gets held against anything.
    """,
    [
        ("Sioux Center", "place"),
        ("IA", "place"),
        ("Sioux County 4-H", "org"),
        ("Harmony Vos", "person"),
        ("fourteen", "age"),
        ("seventeen", "age"),
        ("Friday", "time"),
        ("Orange City", "place"),
        ("Harmony", "person"),
        ("Pella", "place"),
    ],
    "vet rural-us us-midwest state_abbrev word_name belittling objectifying minor",
    ["the only girl in the swine barn that summer"],
)

story(
    "v057",
    """
    im 15 and i live in winnipeg, manitoba. me and my friend KJ ran a minecraft server called
    frostpeak smp with like 40 people. one of the builders was stormy, her username was
    stormcloud88, and she was the only girl who was staff. i had a crush on her and i made
    her a mod so shed talk to me more. then i started asking her in dms what she looked like
    and if she would send a face pic, and when she said she was uncomfortable i told her i
    would demote her if she didnt. KJ saw the dms and laughed. on the friday of march break
    at like 11:20pm i demoted her in front of everyone in vc and said she was a fake girl
    anyway. she quit the server and her friends left with her. i found out she was 13. that
    made me feel sick. i apologised to her over email through her mom and i handed the
    server to someone else. now i dont use staff stuff to get anything from anyone and i
    dont ask people what they look like
    """,
    [
        ("15", "age"),
        ("winnipeg", "place"),
        ("manitoba", "place"),
        ("KJ", "person"),
        ("frostpeak smp", "org"),
        ("stormy", "person"),
        ("stormcloud88", "handle"),
        ("friday", "time"),
        ("11:20pm", "time"),
        ("13", "age"),
    ],
    "gamer online teen young canada non_us chat-style mostly_lowercase initial_name word_name handle_bare power-mentor ignored-no belittling minor",
    ["the only girl who was staff"],
)
story(
    "v058",
    """
    Twenty-two years in the service and a few since in the trades. I'll keep it short. When
    I was a young corporal I thought a grace period was what you gave a woman before you
    tried again. At a unit party, late, with too much brandy, I cornered a young soldier and
    told her it was only a bit of fun, and I didn't stop when she laughed nervously and
    looked for the door. A sergeant walked in. She left the unit within the second quarter,
    and I told myself she'd never been cut out for it. It was half past eleven, I remember,
    because the sergeant said so when he wrote it up. Nothing came of it for me. Something
    came of it for her. I've spent the years since with that on my conscience and I hope the
    telling does some good. Now, on any site I run, there's no drink, no cornering, and no
    man decides for a woman what a laugh means. A storm of nerves is not a yes. A blue door
    with a lock on the inside is the least she's owed.
    """,
    [],
    "military trades decoy_words drunk ignored-no",
)
story(
    "v059",
    """
    I came out to Sydney from Galway on a working holiday in 2012 and pulled pints at the
    Coogee Bay Hotel. Róisín Ní Fhlatharta was from home as well, the youngest on the bar
    staff, and because we were both Irish I acted like she was mine to look after, which
    meant mine. I put my arms around her from behind while she poured and called her my wee
    wife in front of the regulars. On the Sunday at 5.30, after Australia Day, I was locked
    from the afternoon session and I told her in the cellar that no Aussie fella would treat
    her like I would, and kissed her neck. She said 'get off me, Conor' and I didn't, not
    straight away. She got a job at a café in Bondi the week after and asked our mates not
    to bring me around. Her sister told me she went home early. I'm back in Galway, 34,
    running a bar of my own. The staff know the rule: you don't touch anyone behind that
    counter, and I tell them why.
    """,
    [
        ("Sydney", "place"),
        ("Galway", "place"),
        ("2012", "year"),
        ("Coogee Bay Hotel", "venue"),
        ("Róisín Ní Fhlatharta", "person"),
        ("Sunday", "time"),
        ("5.30", "time"),
        ("Conor", "person"),
        ("Bondi", "place"),
        ("34", "age"),
    ],
    "bartender irish australian non_us drunk objectifying ignored-no workplace holiday",
    ["the youngest on the bar staff"],
)
story(
    "v060",
    """
    I'm 72, born and raised in Hope, AR, and I've been a deacon since 1990. In 1969, home on
    leave before I shipped out, I took Opal Tackett to the drive-in in my brother's Ford. She
    was sixteen, a cheerleader for the Bobcats, and I told her a soldier going to war
    deserved something to remember. She said no, she said it more than once, and I kept my
    hand where it wasn't wanted until she got out and walked the highway home in the dark.
    J. told me later she'd said I scared her, and I laughed it off and told the boys at the
    barbershop she'd been easy. That lie followed her through school. She married and moved
    to Texarkana, and I ran into Opal at a Razorbacks game in Little Rock in 2004 and she
    wouldn't meet my eyes. I went to her, forty years late, and said it. She said she'd waited a long
    time to hear a man say it. Now I tell the young men at our church what I did, with my
    name on it.
    """,
    [
        ("72", "age"),
        ("Hope", "place"),
        ("AR", "place"),
        ("1990", "year"),
        ("1969", "year"),
        ("Opal Tackett", "person"),
        ("sixteen", "age"),
        ("Bobcats", "org"),
        ("J.", "person"),
        ("Opal", "person"),
        ("Texarkana", "place"),
        ("Razorbacks", "org"),
        ("Little Rock", "place"),
        ("2004", "year"),
    ],
    "deacon military rural-us us-south older church state_abbrev word_place word_name initial_name team_nickname ignored-no belittling minor",
    ["a cheerleader for the Bobcats"],
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
