"""Write `stories.jsonl`: the sixth anonymizer corpus, 60 hand-written #ImperfectMen stories.

The stories are written by hand below, one `story(...)` call each. This script adds the
derived tags (see README.md) and writes one JSON object per line. Run it from anywhere:
`python3 tests/anonymizer_sixth/build.py`, then `python3 tests/anonymizer_sixth/validate.py`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TypedDict

HERE = Path(__file__).resolve().parent
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


class Identifier(TypedDict):
    text: str
    kind: str


class Story(TypedDict):
    id: str
    text: str
    identifiers: list[Identifier]
    tags: list[str]
    quasi_identifiers: list[str]


STORIES: list[Story] = []


def story(
    text: str,
    identifiers: list[tuple[str, str]],
    tags: str,
    quasi: tuple[str, ...] = (),
) -> None:
    """Add one story; `identifiers` are (surface form, kind), `tags` the hand-set tags."""
    sid = f"w{len(STORIES) + 1:03d}"
    items: list[Identifier] = [{"text": label, "kind": kind} for label, kind in identifiers]
    STORIES.append(
        {
            "id": sid,
            "text": " ".join(text.split()),
            "identifiers": items,
            "tags": tags.split() + derived_tags(" ".join(text.split()), items, quasi),
            "quasi_identifiers": list(quasi),
        }
    )


def derived_tags(text: str, items: list[Identifier], quasi: tuple[str, ...]) -> list[str]:
    tags = {f"has_{item['kind']}" for item in items}
    if quasi:
        tags.add("has_quasi")
    if not items:
        tags.add("no_identifiers")
    if not text.isascii():
        tags.add("non_ascii")
    for item in items:
        label, kind = item["text"], item["kind"]
        pattern = r"(?<!\w)" + re.escape(label) + r"(?!\w)"
        if re.search(pattern + r"['’]s(?!\w)", text):
            tags.add("possessive")
        if kind == "person":
            if label[0].islower():
                tags.add("lowercase_name")
            if re.search(r"(?:^|[.!?]\s+)" + pattern, text):
                tags.add("sentence_start_name")
        if kind == "time":
            if label.lower() in WEEKDAYS or label.split()[-1].lower() in WEEKDAYS:
                tags.add("weekday_event")
            elif re.fullmatch(r"Q[1-4]", label):
                tags.add("business_quarter")
            elif any(ch.isdigit() for ch in label):
                tags.add("clock_time")
        if kind in ("place", "venue", "org") and label[0].islower():
            tags.add(f"lowercase_{kind}")
        if kind == "venue" and re.search(r"(?i)(?<!\w)the\s+" + re.escape(label), text):
            tags.add("venue_the")
    return sorted(tags)


# ---------------------------------------------------------------- stories

story(
    """righto so this is hard to type. 2009, i was 22, shearing out past dubbo nsw with a
    crew. theres a pub in town we all called the royal, and on the saturday of the b&s ball i
    got on the piss with a girl called jade from the next station over. she said she was
    tired and wanted to go back to her ute. i kept following her out to the carpark going come
    on, one more, dont be boring, and i grabbed her wrist when she went to get in. my mate big
    lou pulled me off. she drove off crying. next morning lou told me straight that i was a
    grub and he was right. it cost her the ball, her whole night, and she never came back to
    the royal while we were in town. i was too proud to say sorry till years later when i found
    her on facebook and messaged her. she answered short, fair enough. now i run a crew myself
    and if a bloke follows a girl out to a car park i follow him and have a word.""",
    [
        ("2009", "year"),
        ("22", "age"),
        ("dubbo", "place"),
        ("nsw", "place"),
        ("royal", "venue"),
        ("saturday", "time"),
        ("jade", "person"),
        ("big lou", "person"),
        ("lou", "person"),
    ],
    "shearer farmer australian chat-style mostly_lowercase word_name nickname state_abbrev "
    "drunk ignored-no",
)

story(
    """I was head chef at a wee place in Partick called the Mill for six years. Heather started
    as a commis on pastry the spring I turned 31. Heather was 19 and the only woman on the pass.
    I called her 'sweetheart' on service, passed comment on her figure in her whites, and one
    Friday after close, about 1 when the last table left, I kept her back to 'go over the
    specials' and tried to kiss her in the dry store. She said no twice. I heard it both times
    and kept leaning in till she ducked under my arm. She walked out and went to work in a
    hotel kitchen in Dundee. I told the owners she couldnae hack it. That lie cost her a
    reference. What I learned: in a kitchen the head chef is the weather. Everybody reads you.
    Now I never close alone with a junior, I've written to her next employer to put right what
    I said, and the young ones get their reference from me in writing the week they ask.""",
    [
        ("Partick", "place"),
        ("Mill", "venue"),
        ("Heather", "person"),
        ("31", "age"),
        ("19", "age"),
        ("Friday", "time"),
        ("1", "time"),
        ("Dundee", "place"),
    ],
    "chef scottish workplace power-employee ignored-no word_name word_venue",
    ("a commis on pastry", "the only woman on the pass"),
)

story(
    """Back in 2014 I was a conductor on a matatu on route 46 from Kawangware to town. There was
    a student from Kenyatta University who boarded at the same stage every morning at 6.40. We
    the crew used to shout things at her, about her hips, about her skirt, and I was the
    loudest because I was the one at the door. One morning I held her arm and would not let her
    sit until she gave me her number. She gave a fake one. Two weeks later she stopped boarding
    our matatu and walked to the next stage, maybe 2km further, in the rain season. I laughed
    about it with Otieno, the driver. My sister Wanjiru is the one who changed me. She told me
    a conductor had done the same to her and she had changed her route to campus for a whole
    year. I was ashamed. I now drive my own matatu on a different route and my conductors know
    if they shout at a woman they are off the vehicle that day, no argument.""",
    [
        ("2014", "year"),
        ("46", "number"),
        ("Kawangware", "place"),
        ("Kenyatta University", "org"),
        ("6.40", "time"),
        ("Otieno", "person"),
        ("Wanjiru", "person"),
    ],
    "matatu-conductor kenyan catcalling role_only bus_route",
    ("a student from Kenyatta University who boarded at the same stage every morning",),
)

story(
    """been a team lead at accenture in cebu IT park for 5 yrs. during the Q3 ramp in 2019 we
    had a new agent, Joy, she sat at desk 14 right by my station. i kept messaging her on our
    team chat 'ganda mo today' and asking her to go to ayala after shift, like every night. she
    always said next time po, busy. i knew what that meant and i still pushed, i even moved her
    to the late sched so she'd finish with me. one night she told our OM. i got a written
    warning and i was so angry at her for it, i told the others she was sipsip. she resigned
    before regularization. she needed that job, her family in bohol depended on it. it took me
    two more years to understand i was the problem not the warning. now when i see a TL doing
    what i did i tell him straight, and i never touch scheds for personal reasons.""",
    [
        ("accenture", "org"),
        ("cebu IT park", "place"),
        ("Q3", "time"),
        ("2019", "year"),
        ("Joy", "person"),
        ("14", "number"),
        ("ayala", "venue"),
        ("bohol", "place"),
    ],
    "team-lead bpo filipino workplace power-employee chat-style mostly_lowercase word_name "
    "lowercase_employer online",
)

story(
    """I'm 68 now and I want to write this down before I lose my nerve. In 1979 I was playing
    second row for Treorchy and drinking at the Lion after every match. There was a barmaid
    there, Carol Rivers, a few years older than me. The boys had a game of trying to get her to
    come out to the car park, and one Saturday after we beat Pontypridd I decided I'd be the
    one. I kept her behind the bar with my arm across the hatch, telling her she was frigid,
    that she'd be lucky, all that. She put up with it because her father held the licence and
    she couldn't lose the regulars. Rivers was the name painted above the door. Years later her
    brother told me she'd dreaded Saturdays for the whole season. I'd turned her own pub into
    somewhere she had to get through. I coach the under-16s now and I tell them this story
    every year, names left out. I finally wrote her a letter in 2018. She wrote back one line:
    thank you for saying it.""",
    [
        ("68", "age"),
        ("1979", "year"),
        ("Treorchy", "org"),
        ("Lion", "venue"),
        ("Carol Rivers", "person"),
        ("Rivers", "person"),
        ("Saturday", "time"),
        ("Pontypridd", "org"),
        ("2018", "year"),
    ],
    "rugby welsh older retired sports drunk belittling word_name word_venue coach",
)

story(
    """In 2016 I was a project lead at TCS in Whitefield, Bengaluru. A new trainee joined my
    team from Coimbatore; I will call her N. here, which is her real initial. N. was 22 and the
    only woman in the module. I made comments about her clothes on stand-up calls, and after
    our Q4 release party at a pub in Indiranagar I insisted on dropping her home on my bike
    though she had booked an auto. On the way I stopped and told her I had feelings for her and
    that her appraisal 'could go either way'. She said please take me home. I did, but I had
    already said the thing. She requested a transfer in February and left the company by June.
    My wife did not know any of this until I told her last year. What I learned is that I used
    the appraisal as a lever and called it romance. Now I ask that appraisals for my juniors
    are reviewed by a second manager, and I never offer a lift.""",
    [
        ("2016", "year"),
        ("TCS", "org"),
        ("Whitefield", "place"),
        ("Bengaluru", "place"),
        ("Coimbatore", "place"),
        ("N.", "person"),
        ("22", "age"),
        ("Q4", "time"),
        ("Indiranagar", "place"),
    ],
    "it-lead indian formal workplace power-employee initials drunk",
    ("the only woman in the module", "She requested a transfer in February"),
)

story(
    """Ja, I was a shift boss at a platinum mine outside Rustenburg, 2011. Shaft 4 had one woman
    on our crew, a winch operator, and the guys called her Smiley because she never did. I
    started it. Every morning at the cage I'd say, smile for me Smiley, and once, in the change
    house, I grabbed her overall by the zip and said I wanted to check she was really a girl
    under there. Everybody laughed. She didn't make a report, because who would she report to?
    Me. She asked to go to night shift and I signed it like it was a favour. Her husband came to
    see me in Phokeng a month later, very calm, and told me what she said at home. That she
    cried in the taxi every day. I had nothing to say. Now I'm a safety officer and I teach the
    induction for new women underground. I start with the rule I broke: the boss is the one who
    decides if the joke goes on.""",
    [
        ("Rustenburg", "place"),
        ("2011", "year"),
        ("4", "number"),
        ("Smiley", "person"),
        ("Phokeng", "place"),
    ],
    "miner south-african workplace power-employee belittling nickname",
    ("one woman on our crew, a winch operator",),
)

story(
    """I drove long haul for most of my life and I want to say something about the truck stops.
    I was not a good man in them. There was a waitress at a diner I stopped at most weeks, and
    I'd sit at the counter and make remarks about her body to whoever was next to me, loud
    enough for her to hear. I thought it was harmless, like weather talk. One night she told
    me, quiet, that she had to walk to her car alone at the end of her shift and she could hear
    men like me in her head the whole way. I said lighten up, honey. I rose early the next
    morning and drove on like nothing. It took a long time, a baker's dozen of years maybe,
    before I understood that I'd been a hunter of easy laughs at her cost. I never went back in
    to say sorry, so I say it here. Now I tip well, I keep my mouth shut about bodies, and when
    a driver starts up at the counter I tell him to knock it off. I'm grown. I can be quiet.""",
    [],
    "trucker older objectifying decoy_words",
)

story(
    """so freshman yr at state i was a walk on, number 52, living in the athletes dorm. there was
    a party at the kappa sig house after the homecoming game and i met a girl named autumn from
    my stats class. i was hammered. she was too. i kept pulling her toward the stairs and she
    kept saying i should find my friends, like she was being polite about it, and i took that as
    maybe. my roommate tre saw and said bro shes done, let her go. i told him to mind his
    business. autumn's friend came and took her home. on monday she moved seats in stats so she
    wasnt near me and i told people she was stuck up. she dropped the class. i didnt think
    about it again until my little sister started college and i pictured some guy doing that to
    her. i messaged autumn in 2021 and said i was sorry for that night and for what i said
    after. she said thanks. i dont drink at parties now and i watch out for the walk on
    freshmen who do.""",
    [
        ("state", "org"),
        ("52", "number"),
        ("kappa sig", "org"),
        ("autumn", "person"),
        ("tre", "person"),
        ("monday", "time"),
        ("2021", "year"),
    ],
    "college-athlete us young chat-style mostly_lowercase college fraternity greek_lowercase "
    "word_name school_short jersey_number sports drunk took-advantage",
)

story(
    """I am from Campinas, and in 2013 I was 25 and selling software for a company in São Paulo.
    There was the new girl at reception, she had started the same month as me. Every morning I
    would lean on her desk and say things about her legs in Portuguese so the foreign visitors
    wouldn't understand, like it was our secret joke. It was never her joke. At the festa junina
    of the office, after too much quentão, I followed her to the elevator and pressed the button
    for the garage when she wanted the lobby. She said 'para, Rodrigo' and I pretended I did not
    hear. Nothing more happened because the doors opened at the garage and the security guard,
    seu Valdir, was there. She left the company before the end of the year. I said she was
    dramatic. I was the dramatic one. I have a daughter now. I do not joke about women's bodies
    in any language, and I have told my team why.""",
    [
        ("Campinas", "place"),
        ("2013", "year"),
        ("25", "age"),
        ("São Paulo", "place"),
        ("Rodrigo", "person"),
        ("Valdir", "person"),
    ],
    "sales brazilian workplace objectifying drunk role_only ignored-no",
    ("the new girl at reception",),
)

story(
    """this one is from 2017. i was in the youth choir at Living Waters Assembly in surulere and
    i was 24. there was a sister in the choir, Blessing, who had just finished NYSC. i started
    telling everyone she was my wife-to-be, even the pastor, before i ever asked her. when she
    said she was not interested i told her that God had shown me in a dream, and that she was
    fighting His will. i said it in front of other choir members after rehearsal on a thursday.
    my cousin tunde told me it was manipulation. i told him he was jealous. Blessing left the
    choir and moved to another parish in ikeja. her mother called my mother. it cost her the
    choir she had been in since she was a girl. i used God as pressure, that is the worst part
    for me. now i lead the youth fellowship and i teach the boys that no means no, even when you
    think heaven is on your side, and i have apologised to her family in person.""",
    [
        ("2017", "year"),
        ("Living Waters Assembly", "org"),
        ("surulere", "place"),
        ("24", "age"),
        ("Blessing", "person"),
        ("thursday", "time"),
        ("tunde", "person"),
        ("ikeja", "place"),
    ],
    "church-man nigerian church mostly_lowercase word_name relation_name ignored-no pretended-care",
)

story(
    """Kiwi here, dairy farmer near Bulls. In 2005 I was 27 and we had a relief milker, a young
    woman from Germany on a working holiday, the only backpacker we'd ever taken on. I treated
    her like part of the deal. I'd stand too close in the shed at five in the morning, I'd
    comment on her shorts, and one night at the Rangitikei rugby club after a few jugs I told
    her she owed me for the job and tried to get her into my truck. She said nein and then no
    and then she walked the four k home on the road in the dark. Two days later she was gone to
    a farm in Feilding and she told the agency why. We never got another worker from them. My
    wife found out through the agency. Honestly I'm glad she did. I don't hire through
    agencies any more without a woman in the family doing the interview with me, and I've told
    my son the lot.""",
    [
        ("Bulls", "place"),
        ("2005", "year"),
        ("27", "age"),
        ("Germany", "place"),
        ("Rangitikei rugby club", "org"),
        ("Feilding", "place"),
    ],
    "farmer new-zealand drunk power-employee word_place decoy_times",
    ("a young woman from Germany on a working holiday", "the only backpacker we'd ever taken on"),
)

story(
    """idk if this counts. 2nd year at uni in karachi, i was 20. there was a girl in our group
    project, i'll write her as S. She was quiet and i decided that meant she was into me lol. i
    sent her like 40 messages over a weekend when she didn't answer about the project, then i
    told the group she was 'easy' coz she replied to another boy first. that rumour went round
    the whole batch. her brother came to campus. my friend hamza told me to stop and i didn't.
    in the end she changed her section for the next semester and lost a scholarship interview
    because her marks dropped. i learnt that i thought her silence was a yes and her no was an
    insult. now i'm 27, married, working in a bank in clifton, and i still think about it. i
    apologised to her on email in 2022. i tell my younger cousins, if she doesn't reply, that
    is the reply.""",
    [
        ("uni", "org"),
        ("karachi", "place"),
        ("20", "age"),
        ("S.", "person"),
        ("hamza", "person"),
        ("27", "age"),
        ("clifton", "place"),
        ("2022", "year"),
    ],
    "student pakistani college online chat-style mostly_lowercase initials school_short belittling",
)

story(
    """Trini man here. In 2015 I was working sales at digicel in San Fernando and every carnival
    I would go to fetes with the fellas. At a fete at the Oval on the Saturday before carnival I
    see a girl from accounts, Crystal, and I wine on her from behind without asking, and when
    she move away I follow and do it again, because in my head that is what fete is. She turn
    and tell me stop, clear. My boy Kern laugh and say she playing hard. Monday morning she
    would not look at me in the office and I tell the fellas she was stush. She transfer to the
    Port of Spain branch in April. What I learn is that carnival doesn't make yes automatic, and
    a woman in the same office as me can't just get away from me after. Now I ask before I dance
    with anybody, and when my younger brother gets on so at a fete, I pull him aside.""",
    [
        ("2015", "year"),
        ("digicel", "org"),
        ("San Fernando", "place"),
        ("Oval", "venue"),
        ("Saturday", "time"),
        ("Crystal", "person"),
        ("Kern", "person"),
        ("Monday", "time"),
        ("Port of Spain", "place"),
    ],
    "sales caribbean trinidad workplace holiday ignored-no word_name lowercase_employer",
    ("a girl from accounts", "She transfer to the Port of Spain branch in April"),
)

story(
    """Offshore, 2012, on a platform east of Shetland I'll not name. I was a scaffolder, 34, and
    we got a new medic, the only woman on the installation that trip. Bunk 12B was next to the
    sick bay and I'd hang about there on nights making comments, asking her for 'a check up'. In
    the smoking shack I told the boys she was gagging for it. It got back to her. She put in a
    report and the OIM moved me to the other end of the accommodation, and I called her a grass
    to anyone who'd listen. She was on the chopper back to Aberdeen the next week on the crew
    change and she never came back to that platform. Decent job, gone, because of me and my
    mouth. My wee girl's a paramedic now. That's what made it land. I do the speak-up training
    at Dyce for new starts and I give them this, my own example, first.""",
    [
        ("2012", "year"),
        ("Shetland", "place"),
        ("34", "age"),
        ("12B", "number"),
        ("Aberdeen", "place"),
        ("Dyce", "place"),
    ],
    "offshore oil scottish workplace objectifying belittling role_only",
    ("a new medic, the only woman on the installation that trip",),
)

story(
    """I'm writing this because my counsellor said to. Last summer I was at a party and a girl I
    knew from school was really drunk. I was too, but less. I kept texting her afterwards things
    I wouldn't say to her face, about her body, and asked for pictures, and when she said no I
    said she was frigid and everyone thought so. I may have said worse. She stopped coming to
    school for a bit. Her friends told me she was in a bad state. I told myself it was just
    texts. It wasn't just texts. My mum found the messages on my phone and she didn't shout,
    which was worse. She just asked me how I'd feel if someone sent those to my sister. I've
    apologised to the girl, through her friend, because she doesn't want me messaging her and
    that's fair. I've deleted everything. By grace or luck I got a second chance to not be that
    guy. I'm trying to be small and quiet about it and just do better.""",
    [],
    "teen british online belittling ignored-no decoy_words minor",
)

story(
    """when i was at tech in kumasi, 2008, i was the hall rep in unity hall, room 214. ama was a
    fresher in our block and i told her i could help her get a better room allocation if she
    came to see me in my room after prep. she came. i closed the door and started touching her
    and when she froze i told myself that meant ok. it did not mean ok. she left crying, and
    after that she avoided the whole block and moved off campus to ayeduase, which cost her
    money she did not have. i told my guys she was 'forward'. kojo, my roommate, said nothing
    and later he told me he should have. now i am a lecturer myself and i see the same thing,
    boys with a little power. i sit on the welfare committee and i have told the committee my
    own story, with no names. i have written to ama to apologise. she has not answered and she
    does not owe me that.""",
    [
        ("tech", "org"),
        ("kumasi", "place"),
        ("2008", "year"),
        ("unity hall", "place"),
        ("214", "number"),
        ("ama", "person"),
        ("ayeduase", "place"),
        ("kojo", "person"),
    ],
    "lecturer ghanaian college power-student took-advantage mostly_lowercase school_short",
    ("a fresher in our block",),
)

story(
    """Army, 2006, Fort Hood. I was a sergeant in Bravo Company, 1st Battalion, 8th Cavalry, and
    we had a PFC named Reyes assigned to our platoon as a supply clerk, the only female soldier
    attached to us that rotation. I made her the butt of it. Every formation I had something to
    say about her uniform fitting her. One night after a barracks party in Killeen, TX I went
    knocking on room 118 at 0200 telling her to open up, that I was checking on her. She didn't
    open. She reported it to her first sergeant and I got counseled and I told my guys she
    couldn't hang. She put in for a transfer and went to a unit in Germany. I found out years
    later that she got out early because of the way people treated her after, and I started
    that. I'm a counselor for veterans now. I tell the men in my groups this: rank doesn't make
    you right, and a closed door is a full sentence.""",
    [
        ("2006", "year"),
        ("Fort Hood", "place"),
        ("Bravo Company, 1st Battalion, 8th Cavalry", "org"),
        ("Reyes", "person"),
        ("Killeen", "place"),
        ("TX", "place"),
        ("118", "number"),
        ("0200", "time"),
        ("Germany", "place"),
    ],
    "soldier veteran us-south military drunk belittling power-employee state_abbrev military_unit",
    ("a supply clerk, the only female soldier attached to us that rotation",),
)

story(
    """I come from Poland to work in UK in 2007, building sites around crewe. I was 29. There was
    a girl who worked in the site canteen, Daisy, very young, maybe 18. Every lunch me and the
    other Polish guys made comments about her in Polish and she knew, because she learned some
    words from us. Once after work at murphy's I was drunk and I waited for her by the bus stop
    and asked her to come to my flat, flat 3, very near. She said no, I have boyfriend. I said I
    don't see boyfriend. I grabbed her bag strap. A man at the stop told me go home. She did not
    come back to the canteen. The boss said she find another job in Nantwich. For years I
    thought it was nothing, just words. My English got better and now I understand the words I
    said to her. Now I am foreman. I don't allow this on my site, in any language.""",
    [
        ("Poland", "place"),
        ("UK", "place"),
        ("2007", "year"),
        ("crewe", "place"),
        ("29", "age"),
        ("Daisy", "person"),
        ("18", "age"),
        ("murphy's", "venue"),
        ("3", "number"),
        ("Nantwich", "place"),
    ],
    "builder polish eastern-european british drunk objectifying ignored-no word_name venue_person",
)

story(
    """ok im 17 and this happened in year 11. theres a girl on my bus, the 370, who i used to send
    stuff to on snap, her handle was lilyy.moon_x. i got her nudes by pretending i really liked
    her, i said i wanted to take her to the formal and all this. once i had them i didnt care
    anymore and i showed my mate jacko at lunch, behind the canteen. he airdropped one to
    someone. by the friday it was around the whole school in maroubra. she didnt come to school
    for 2 weeks. her mum went to the principal and the police came and talked to me and jacko. i
    pretended to care about her to get something and then i treated her like a thing to show
    off. im doing a program now with a youth worker. i deleted everything, i wrote her a letter
    through the school, and i tell the year 9 boys at the program what happened so they dont
    think its a joke.""",
    [
        ("17", "age"),
        ("370", "number"),
        ("lilyy.moon_x", "handle"),
        ("jacko", "person"),
        ("friday", "time"),
        ("maroubra", "place"),
    ],
    "teen australian minor online pretended-care objectifying chat-style mostly_lowercase "
    "handle_bare bus_route nickname",
)

story(
    """ok this one from my NS days lah. 2010, i was 19, section 2IC at tekong, then posted to a
    unit in sembawang. there was a female regular, an admin specialist, the only girl in our
    company office. me and my batch used to rate her in the bunk every night, out of ten, her
    backside, her face. one night at the cookhouse i said it loud so she could hear, 'eh six
    only leh'. she heard. she just put down her tray and walked out. i thought it was funny
    until my sergeant, a guy called ah seng, told me she had asked to be posted out. she went to
    another camp in jurong. she was doing her job and i made her the joke of the company. i am
    34 now, married, and my wife is an officer in SAF. i told her this story and she was quiet
    for a long time. now when my friends rate women in the group chat i leave the chat or i say
    stop, straight.""",
    [
        ("2010", "year"),
        ("19", "age"),
        ("tekong", "place"),
        ("sembawang", "place"),
        ("ah seng", "person"),
        ("jurong", "place"),
        ("34", "age"),
        ("SAF", "org"),
    ],
    "national-service singaporean military objectifying belittling chat-style mostly_lowercase "
    "role_only",
    ("a female regular, an admin specialist, the only girl in our company office",),
)

story(
    """Soy de Guadalajara, but I write in English for my group. In 2018 I was 30 and manager of a
    taquería on Avenida Chapultepec. We had a waitress, Itzel Barragán, a student at UdeG working
    nights. I got her number from the staff list and I texted her after every shift, 'qué guapa
    hoy', 'send me a photo before you sleep'. She answered short or not at all. On a Sunday after
    a wedding we catered I drove her home and would not unlock the car until she gave me a kiss.
    She gave it so she could leave. I told myself she wanted to. She quit two days later and
    wrote on the staff group that she would not come back 'por lo que ya saben'. Everybody knew.
    The owner, don Chuy, did nothing, and neither did I. What it cost her: her job, and her
    trust in any ride home after. I own the place now. Nobody texts staff after hours about
    anything except shifts, and I drive no one home.""",
    [
        ("Guadalajara", "place"),
        ("2018", "year"),
        ("30", "age"),
        ("Avenida Chapultepec", "address"),
        ("Itzel Barragán", "person"),
        ("UdeG", "org"),
        ("Sunday", "time"),
        ("Chuy", "person"),
    ],
    "restaurant-manager mexican workplace power-employee took-advantage online",
    ("a student at UdeG working nights",),
)

story(
    """I drove for swift out of Phoenix for eleven years. In 2014 a dispatcher, Marisa, was new on
    my board and I got her direct line, 602-555-0143, from another driver. I called it at all
    hours, not about loads. I told her she had a voice for other work, and when she went quiet I
    laughed and said she couldn't take a compliment. On the Wednesday she finally told me to
    stop calling that number I put in a complaint saying she was giving me bad loads on purpose.
    She got written up. My lie went in her file. She left the company the next spring. I found
    out through another driver, Big Hoss, who knew her family in Tolleson. I sent a letter to
    the safety department in 2019 admitting what I'd done so it would be in her file too. I
    don't know if it reached her. Now I train new drivers, and dispatch is off limits for
    anything but freight, that's the first thing I say.""",
    [
        ("swift", "org"),
        ("Phoenix", "place"),
        ("2014", "year"),
        ("Marisa", "person"),
        ("602-555-0143", "phone"),
        ("Wednesday", "time"),
        ("Big Hoss", "person"),
        ("Tolleson", "place"),
        ("2019", "year"),
    ],
    "trucker us-west workplace belittling lowercase_employer word_org nickname",
)

story(
    """I was 21 and playing junior football for Naomh Fionnbarra in Cabra. After a county final
    in 2003 we went on the lash to dukes on the quays, the whole panel. There was a girl there
    from the camogie team, Gráinne, and I spent the night at her, telling her she'd be mad to go
    home, getting her drinks she hadn't asked for, blocking the door of the smoking area. Around
    2 when the lights came on she said she was getting a taxi with her sister. I followed them
    out on to the street and called her a tease in front of half the club. On the Monday the
    whole parish had the story the way I told it, not the way it happened. She gave up the
    camogie that year. I was the reason. I'm 43 now, a club officer, and I've pushed through a
    code of conduct for the nights out that names what I did, without naming her. I rang her in
    2020 to say sorry. She said she'd waited a long time to hear it.""",
    [
        ("21", "age"),
        ("Naomh Fionnbarra", "org"),
        ("Cabra", "place"),
        ("2003", "year"),
        ("dukes", "venue"),
        ("Gráinne", "person"),
        ("2", "time"),
        ("Monday", "time"),
        ("43", "age"),
        ("2020", "year"),
    ],
    "gaa irish sports drunk belittling ignored-no",
    ("from the camogie team",),
)

story(
    """2nd year at stellies, 2016, living in res, room 308. i played for the maties u21s and we
    thought we ran the place. there was a girl in my econ tut, Amber van Wyk, and at a res party
    on the friday of intervarsity i kept topping up her drink with brannas and coke even after
    she said she was fine. when she went to lie down on a couch i went and sat by her and started
    kissing her neck. she was out of it. my mate Sipho saw and literally picked me up and
    carried me out. he walked her back to her res. the next week she reported the party to the
    house committee without naming me, and everyone knew who she meant. i said she was a drama
    queen. the drama was me, not her. that night i nearly did something i could never undo. i'm
    28 now, i coach schoolboy rugby in paarl, and i tell the boys in plain words what sipho did,
    and that they must be him.""",
    [
        ("stellies", "org"),
        ("2016", "year"),
        ("308", "number"),
        ("maties", "org"),
        ("Amber van Wyk", "person"),
        ("friday", "time"),
        ("Sipho", "person"),
        ("sipho", "person"),
        ("28", "age"),
        ("paarl", "place"),
    ],
    "student south-african college sports drunk took-advantage chat-style mostly_lowercase "
    "school_short team_nickname coach word_name",
)

story(
    """I'm 74, ex-pit, Armthorpe. In 1984, during the strike, I were 32 and on the branch committee
    of the NUM. A lass from the women's support group, Pearl Small, used to run the soup kitchen
    at the Welfare. I thought because we were all in it together she owed me something. I'd lean
    over her at the urns and say things about her figure in front of the lads, and one night at
    the Welfare, after a do, I told her she should be grateful for the attention with her husband
    away picketing at Orgreave. She threw a tea towel at me and walked out and for a fortnight
    she didn't come in. The soup kitchen nearly went under. Small was her married name and he
    came round to see me when he got back. I deserved what he said. I've carried that for forty
    years. I talk now at the heritage centre about the strike, and I tell the truth about us men
    and the women who fed us, and how some of us treated them.""",
    [
        ("74", "age"),
        ("Armthorpe", "place"),
        ("1984", "year"),
        ("32", "age"),
        ("NUM", "org"),
        ("Pearl Small", "person"),
        ("Welfare", "venue"),
        ("Small", "person"),
        ("Orgreave", "place"),
    ],
    "miner northern-english older retired union objectifying belittling word_name word_venue",
    ("A lass from the women's support group",),
)

story(
    """In the Q2 review of 2021 I was a regional sales manager for a pharma company in Hyderabad.
    I had a medical representative reporting to me, Divya Reddy, the only woman rep in the
    Telangana region. I wrote to her late at night from my personal mail,
    rk.sales.hyd@example.in, about her 'presentation', which meant her appearance, and I told her
    her targets would be easier if she came for dinner with me alone in Banjara Hills. She
    declined politely three times. I cut her territory in the next cycle. She resigned in
    September and told HR the reason in her exit interview. HR sat on it for a month and then I
    was transferred, not dismissed, which I am not proud of either. My colleague Venkat told me
    later that she had taken a lower-paying job in Vijayawada. I have since written her an
    apology and written to HR asking them to put her complaint on my record properly. Now I keep
    all work communication on the official channel, and I never decide a territory alone.""",
    [
        ("Q2", "time"),
        ("2021", "year"),
        ("Hyderabad", "place"),
        ("Divya Reddy", "person"),
        ("Telangana", "place"),
        ("rk.sales.hyd@example.in", "email"),
        ("Banjara Hills", "place"),
        ("Venkat", "person"),
        ("Vijayawada", "place"),
    ],
    "sales-manager indian formal workplace power-employee online relation_name",
    ("the only woman rep in the Telangana region", "She resigned in September"),
)

story(
    """i was a youth pastor at grace community in macon ga for about 6 years. in 2012 there was a
    volunteer, a college girl named hope, who helped with the youth on wednesday nights. i
    started texting her scripture at night and then stuff that wasnt scripture. on the fall
    retreat i asked her to go for a walk with me after lights out and told her i was lonely in
    my marriage and that God had put her in my life. she was 20. she said she needed to go back
    to the cabin and i said just pray with me first, and held her hand so she couldnt leave. my
    cousin dre, who was a chaperone, came looking and she went with him. she stopped
    volunteering after that and i told the elders she was flaky. dre never let it go, thank God
    for him. i resigned in 2015 and told the elders the truth. i work in insurance now. i dont
    counsel anybody and i tell the men in my bible study that pretending to care is still a
    lie.""",
    [
        ("grace community", "org"),
        ("macon", "place"),
        ("ga", "place"),
        ("2012", "year"),
        ("hope", "person"),
        ("20", "age"),
        ("dre", "person"),
        ("2015", "year"),
    ],
    "youth-pastor us-south church pretended-care power-mentor chat-style mostly_lowercase "
    "word_name word_org relation_name state_abbrev",
)

story(
    """I drove for Bolt in south London for three years, Peckham mostly. In 2020 I picked up a
    nurse finishing a night shift at King's, always about 7.15am, same pickup most weeks. She
    sat in the back and I kept asking her if she was single, telling her she had a body for a
    husband not for nursing. I saw her number in the app and one day I messaged her from my own
    phone, 07700 900417, saying I would wait for her after work. She reported me to the app and
    they took me off for two weeks. I was vexed with her, not with me. I told my brother Emeka
    she had made it up to get a free ride. He said, would you believe that if a man said it to
    Chioma? Chioma is his daughter. I stopped talking. That nurse must have changed her pickup
    point, maybe her whole way home. Now I drive for my own little firm and I do not talk to
    passengers about anything personal, only 'good morning' and the road.""",
    [
        ("Bolt", "org"),
        ("London", "place"),
        ("Peckham", "place"),
        ("2020", "year"),
        ("King's", "org"),
        ("7.15am", "time"),
        ("07700 900417", "phone"),
        ("Emeka", "person"),
        ("Chioma", "person"),
    ],
    "driver nigerian british app_employer stalking objectifying power-customer word_org",
    ("a nurse finishing a night shift at King's",),
)

story(
    """Grade cricket, 2002, I was 23 and opening for Penrith. One of the club's scorers was a uni
    student called Jess Hunter, the only woman who ever travelled with the firsts. On the bus
    back from a game in the Hunter Valley I started a song about her, with the lads joining in,
    about what she'd do for the captain. She sat up the front with her headphones in for two
    hours. At presentation night at the leagues club she didn't come. Her dad rang the club
    president, and I laughed it off as a bus song. Hunter was a name people at the club
    respected, her old man had played, and after that season neither of them came back. That's
    on me. I'm 46, I've got two girls playing cricket now, and when I hear a song start on a team
    bus I stand up and stop it, every time, even when it's a laugh to everyone else.""",
    [
        ("2002", "year"),
        ("23", "age"),
        ("Penrith", "org"),
        ("Jess Hunter", "person"),
        ("Hunter Valley", "place"),
        ("Hunter", "person"),
        ("46", "age"),
    ],
    "cricketer australian sports belittling word_name amateur_club",
    (
        "One of the club's scorers was a uni student",
        "the only woman who ever travelled with the firsts",
    ),
)

story(
    """first year at aber, 2019, i was 18 and living in penbryn, flat 7. there was a girl two
    doors down, ffion, and we got with each other once during freshers. after that i acted like
    she belonged to me. i'd turn up at her door at like three in the morning after the union,
    banging, shouting her name, and when she didnt answer i'd message her friends saying she
    was a tease. once i got in when her flatmate opened the door and i sat on her bed and
    wouldnt leave till she cried. my mate gethin told me i was being a creep and i stopped
    talking to him for a month. she moved out of halls in february and into a house in town,
    which cost her loads. i got reported to the uni and i did a course and honestly i thought
    it was a joke at the time. its not. im 22 now. i dont turn up at anyone's door, i text once,
    and if theres no answer that is the answer.""",
    [
        ("aber", "org"),
        ("2019", "year"),
        ("18", "age"),
        ("penbryn", "place"),
        ("7", "number"),
        ("ffion", "person"),
        ("gethin", "person"),
        ("uni", "org"),
        ("22", "age"),
    ],
    "student welsh young college stalking drunk chat-style mostly_lowercase school_short",
    ("she moved out of halls in february",),
)

story(
    """In 2017 I was an engineer with Petronas in KL, 31, working in the twin towers. There was an
    intern from UTP, Nurul, placed under me for six months. I messaged her on WhatsApp every
    night, asked her to send photos of what she was wearing 'for the dress code', and on 14
    February 2017 I left flowers on her desk with a note saying she should think about her
    internship report. She brought the note to her supervisor at UTP, Dr. Hamidah, who called my
    manager. I was moved to a different floor and nothing else. She finished her internship
    working from the library at the university in Seri Iskandar; she never came back to the
    office. I told colleagues she was immature. What I learned: an intern's 'yes boss' is not
    consent to anything. I'm married now with a daughter. I sit on the internship committee and
    I make sure every intern has a supervisor who is not her direct boss, and a number to
    call.""",
    [
        ("2017", "year"),
        ("Petronas", "org"),
        ("KL", "place"),
        ("31", "age"),
        ("twin towers", "venue"),
        ("UTP", "org"),
        ("Nurul", "person"),
        ("14 February 2017", "date"),
        ("Hamidah", "person"),
        ("Seri Iskandar", "place"),
    ],
    "engineer malaysian workplace power-student power-mentor online formal",
    ("an intern from UTP",),
)

story(
    """Mobay, 2010. Mi was foreman on a hotel build in Rose Hall and we had one female steel fixer,
    the only woman on the whole site, young, from Granville. The man dem used to call her Breeze
    because she moved so quick. I start calling her other names, about her body, every morning
    at the gate so the whole crew hear. One evening at the pelican after payday I tell her if
    she want to keep the work she should come by my place. She say no and leave her drink. Next
    week she never turn up. The contractor tell me she went to work in Negril for less money. I
    act like I never know why. My wife, Marcia, hear about it from her church sister, and she
    ask me if I would want a foreman to talk to our daughter like that. Now I supervise for a
    bigger company and the first thing I tell the man dem on my site: work is work, no
    comments, no favours, no asking.""",
    [
        ("Mobay", "place"),
        ("2010", "year"),
        ("Rose Hall", "place"),
        ("Granville", "place"),
        ("Breeze", "person"),
        ("pelican", "venue"),
        ("Negril", "place"),
        ("Marcia", "person"),
    ],
    "foreman jamaican caribbean workplace power-employee objectifying nickname word_name ",
    ("one female steel fixer, the only woman on the whole site",),
)

story(
    """I coached girls' basketball at Central Catholic for twenty-two years, and I'm 79 now. In
    '78 I had a team manager, a senior named Linda Baker, who kept the stats and rode the bus
    with us. I was 35. On the road I'd have her sit up front by me, I'd comment on her legs to
    the assistant coach as if she couldn't hear, and after a tournament in Toledo I came to her
    room, 211, at the motel to 'talk about college'. I sat on her bed. She was 17. She asked me
    to leave and I left, but she'd had to ask. She quit managing after that season and she
    never said why, and I never asked. Baker was a family I knew from church, and I let them
    think she'd just lost interest. I wrote to her in 2016 and said it plainly. She wrote back.
    I don't coach anymore, but I've told the athletic director at my old school everything, and
    I sit on a parents' panel about coach conduct.""",
    [
        ("Central Catholic", "org"),
        ("79", "age"),
        ("78", "year"),
        ("Linda Baker", "person"),
        ("Baker", "person"),
        ("35", "age"),
        ("Toledo", "place"),
        ("211", "number"),
        ("17", "age"),
        ("2016", "year"),
    ],
    "coach older retired us-midwest minor power-mentor objectifying apostrophe_year word_name "
    "hotel",
    ("a team manager, a senior named Linda Baker",),
)

story(
    """Queenstown, 2014, I was 26 and instructing at the Remarkables. There was a Japanese
    instructor in her first season, the only one from Japan on our crew that winter, and I
    decided she was my project. At staff parties at the World Bar I'd get her doing shots and
    tell the boys she'd be easy. One night, the Thursday of our end-of-season piss-up, I walked
    her back to her flat in Fernhill and tried to come inside. She said no, thank you, very
    polite, and I kept my foot in the door and said she was being rude. Her flatmate, a Scouse lad
    we called Blue, came out and told me to go home. Afterwards I posted a photo of her asleep at the bar on my blog,
    kiwiskibum.example.com/season14, with a joke caption. She asked me to take it down and I
    took my time. She went back to Japan early. I took the blog down years ago. I teach now,
    kids mostly, and I'm the one on staff nights who walks people home and leaves them at the
    door.""",
    [
        ("Queenstown", "place"),
        ("2014", "year"),
        ("26", "age"),
        ("Remarkables", "venue"),
        ("Japan", "place"),
        ("World Bar", "venue"),
        ("Thursday", "time"),
        ("Fernhill", "place"),
        ("Blue", "person"),
        ("kiwiskibum.example.com/season14", "url"),
    ],
    "ski-instructor new-zealand drunk ignored-no objectifying online nickname colour_name",
    ("the only one from Japan on our crew that winter",),
)

story(
    """I am Ukrainian and I work in IT in krakow since 2015. In Q1 of 2019 we got a new QA on our
    team, Oksana, the only woman in the backend team, she sat at desk 3.14 next to me. I made
    jokes about 'women and code' every stand-up, I corrected her in the channel for little
    things in front of everyone, and when she did not laugh I said she had no humour. At the
    team party at a club in Kazimierz I kept telling her she would go further if she was more
    friendly to me. I was lead, I decided her reviews. She said 'I am friendly enough' and went
    home. In summer she moved to another company. On her last day she told me I made every
    morning hard for her. I did not answer. Now I am engineering manager. I read my old
    messages to her sometimes. I correct people in private, I do not make 'women and code'
    jokes, and when someone else does I say it is not funny, in the channel, in public.""",
    [
        ("krakow", "place"),
        ("2015", "year"),
        ("Q1", "time"),
        ("2019", "year"),
        ("Oksana", "person"),
        ("3.14", "number"),
        ("Kazimierz", "place"),
    ],
    "it-lead ukrainian eastern-european workplace belittling power-employee desk_number",
    ("the only woman in the backend team", "In summer she moved to another company"),
)

story(
    """I have been a deacon for most of my adult life and I still did this. At a church picnic
    years ago I told a young woman who'd just joined that she'd look better if she smiled more
    and wore something 'less sensible'. I said it as a joke and the men around me laughed. She
    did not come back the next week, or ever. I told myself she was looking for a reason. The
    truth is I was a jack of all trades at that church and I thought it gave me the right to
    comment on everybody, her body included. Mark my words, I told my wife later, she was too
    sensitive. My wife said: mark yours. She was right. It took me a long time to understand
    that the laugh of the men around me was the whole problem; I was performing for them at her
    cost. I made a royal mess of a welcome. Now I hold my tongue about how anyone looks, and when
    a man jokes like I did I take him aside, quietly, the way I wish someone had done for me.""",
    [],
    "deacon older church objectifying belittling decoy_words decoy_capitals",
)

story(
    """2011 at howard, i was 20, pledging omega psi phi. at a step show after party on the saturday
    of homecoming i was trying to impress my line brothers, and there was a girl from my chem
    lab, nia. she'd told me twice she had a man. i kept pulling her onto the floor, grabbing her
    waist, and when she pushed my hand off i called her a name in front of everybody. my line
    brother kam told me to chill and i told him to stay out of it. a week later she changed lab
    sections. her roommate told mine she cried about it and felt like she couldn't go to parties
    on the yard anymore. that was her whole social life freshman year. i thought being a man
    meant not taking no in front of my brothers. it was the opposite. i'm 33 now, i mentor
    undergrads in atl, and i tell the young bruhs, respect is what you do when nobody is
    cheering.""",
    [
        ("2011", "year"),
        ("howard", "org"),
        ("20", "age"),
        ("omega psi phi", "org"),
        ("saturday", "time"),
        ("nia", "person"),
        ("kam", "person"),
        ("yard", "place"),
        ("33", "age"),
        ("atl", "place"),
    ],
    "student us college fraternity greek_lowercase ignored-no belittling chat-style "
    "mostly_lowercase",
)

story(
    """Sales, Leeds, 2018. I was top of the board at a recruitment firm and I knew it. We had a
    new grad, Summer Holt, the youngest on the desk, and I made her my running joke. Every
    Monday team meeting I'd read out her numbers in a silly voice. At the Q4 awards do at the
    anchor on the Friday before Christmas I was steaming and I told her she'd only get a bonus
    if she sat on my knee. Everyone laughed. She didn't. She laughed later when I said it again,
    the way you laugh so it stops. In the new year she moved to a firm in Harrogate for less
    money. My manager, Gaz Pickles, said nothing because I was billing. It took my sister, who's
    in recruitment too, telling me about a bloke exactly like me before I saw myself. I manage
    a team now. I don't do nicknames or knees or numbers in silly voices, and I'm the sober one
    at the awards.""",
    [
        ("Leeds", "place"),
        ("2018", "year"),
        ("Summer Holt", "person"),
        ("Q4", "time"),
        ("anchor", "venue"),
        ("Friday", "time"),
        ("Harrogate", "place"),
        ("Gaz Pickles", "person"),
    ],
    "sales northern-english workplace belittling drunk power-employee word_name holiday",
    ("the youngest on the desk",),
)

story(
    """I came to Canada in 2019 for a diploma at Sheridan. I was 21, living in a basement in
    Brampton ON with five guys from Punjab. During the flight over, AC 849 from Delhi, there was
    a girl in 41K, alone, going to Toronto for her own course. I was in 41J. I talked to her the
    whole flight, made comments about her clothes, kept asking for her Insta, and when she slept
    I put my arm across her armrest so she had to wake up and sit against the window. She asked
    the cabin crew to move her. I told my friends in our WhatsApp group she was full of
    attitude. Later I saw her at a gurdwara in Malton and she left when she saw me. My sister is
    coming next year by the same route. I think about that a lot. Now I don't talk to women
    during flights unless they talk to me first, and I've told the new guys in our basement that
    the rules back home and here are the same: no is no.""",
    [
        ("Canada", "place"),
        ("2019", "year"),
        ("Sheridan", "org"),
        ("21", "age"),
        ("Brampton", "place"),
        ("ON", "place"),
        ("Punjab", "place"),
        ("AC 849", "number"),
        ("Delhi", "place"),
        ("41K", "number"),
        ("Toronto", "place"),
        ("41J", "number"),
        ("Malton", "place"),
    ],
    "student indian canada travel objectifying state_abbrev airline seat_number role_only",
    ("a girl in 41K, alone",),
)

story(
    """i work security at maponya mall in soweto, badge 4471, been there since 2016. there was a
    cashier at the pick n pay, lerato, and every shift i'd find a reason to walk past her till
    and say things, about her bum, about how she should smile for her 'boyfriend', meaning me.
    i had the cameras, i knew when she took her break and i'd be at the back door when she came
    out. one day she told my supervisor, a woman called mam dineo, and mam dineo moved me to the
    parking for three months. i was angry at lerato the whole time. i told the other guards she
    was a liar. she left pick n pay and went to work in a shop in kliptown where she would not
    have to see me. i only understood when my own sister in orlando east told me a guard was
    following her at work. that was me, exactly me. now i'm a shift leader, i check how my guys
    use the cameras, and i've said sorry to lerato through mam dineo.""",
    [
        ("maponya mall", "venue"),
        ("soweto", "place"),
        ("4471", "number"),
        ("2016", "year"),
        ("pick n pay", "venue"),
        ("lerato", "person"),
        ("dineo", "person"),
        ("kliptown", "place"),
        ("orlando east", "place"),
    ],
    "security-guard south-african workplace stalking objectifying chat-style mostly_lowercase "
    "badge_number township",
)

story(
    """I was a shop steward with Teamsters Local 710 at a freight terminal in Bedford Park, 2009,
    38 years old. We got the first woman dock worker the terminal ever hired, Dolores Winters,
    and I made myself her 'protection'. Which meant I decided what she heard. I'd wait by her
    locker, 66, at shift change, tell her the guys would ride her if she didn't stay close to
    me, and then I'd make comments about her in the break room myself. When she filed a
    grievance about the other guys, I sat on it because she'd stopped talking to me. She had
    nobody. She lasted nine months. Winters is a name I see on every terminal list now because
    her nephew works there, and every time I think about what I owed her as her steward. I'm
    retired. I went to the union hall in 2021 and told the business agent everything, and I
    still go to the women's committee meeting when they ask me to speak as what not to be.""",
    [
        ("Teamsters Local 710", "org"),
        ("Bedford Park", "place"),
        ("2009", "year"),
        ("38", "age"),
        ("Dolores Winters", "person"),
        ("66", "number"),
        ("Winters", "person"),
        ("2021", "year"),
    ],
    "union-steward older retired us-midwest workplace power-employee pretended-care word_name "
    "union_local locker_number",
    ("the first woman dock worker the terminal ever hired",),
)

story(
    """right so im 16 and i play for hibs academy, number 8. theres these two lassies at my school
    everybody calls the twins, and the boys in the team had a bet going about who could get a pic
    off one of them. i messaged one of the twins for weeks pretending i liked her. i sent her
    stuff like ur the only one who gets me, all that. she sent me a pic on the wednesday before
    the cup final and i put it straight in the team chat. by the next day it was all round
    niddrie. her sister battered me at the bus stop and honestly fair. the coach found out and i
    got dropped for the final and the police spoke to my maw. she stopped coming to school and
    went to live with her dad in dalkeith for a bit. i pretended to care about someone to win a
    bet. thats the worst thing ive ever done. im doing a programme now, i deleted the chat, and
    i told the younger boys at the academy what i did so they dont.""",
    [
        ("16", "age"),
        ("hibs", "org"),
        ("8", "number"),
        ("twins", "person"),
        ("wednesday", "time"),
        ("niddrie", "place"),
        ("dalkeith", "place"),
    ],
    "teen scottish minor online sports pretended-care objectifying chat-style mostly_lowercase "
    "nickname jersey_number team_nickname",
)

story(
    """I was a sub-editor at the Daily Graphic in Accra in 2012. We had a national service intern
    on the features desk, Akosua, she was 23. I edited her copy and I used that. I told her a
    story would run only if she came to discuss it with me at a spot in Osu after work, and when
    she came I told her she could go far if she was 'nice' to the right people, and I put my
    hand on her thigh under the table. She moved it and left. Her piece did not run, because I
    spiked it. She finished her service on the sports desk under someone else and went into PR.
    I was in the newsroom for ten more years and nobody knew. I told my editor in 2023. I no
    longer edit interns' copy alone, at my request, and I have written to Akosua. She replied
    that she had kept every draft I spiked.""",
    [
        ("Daily Graphic", "org"),
        ("Accra", "place"),
        ("2012", "year"),
        ("Akosua", "person"),
        ("23", "age"),
        ("Osu", "place"),
        ("2023", "year"),
    ],
    "journalist ghanaian workplace power-employee power-mentor took-advantage publication formal",
    ("a national service intern on the features desk",),
)

story(
    """I ran a PT studio in Burleigh called Forge Strength from 2015, I was 29. Half my clients came
    through my Insta, @forgebrody_pt, and I'd DM the women after sessions, 'that squat tho', fire
    emojis, all that. One client, Tahnee, was training for her wedding. I told her she'd never
    get her body back after kids so she'd better let me 'work on her' now, and I kept adding
    extra sessions to her card and touching her hips to 'correct form' long after she'd stopped
    asking for help. She cancelled two weeks out from the wedding and left a review that said
    exactly what I did. I got the local rag onto her, said she was a disgruntled client. The
    Bulletin ran my version. That one still makes me sick. Forge closed in 2020. I coach at a
    council gym now, I never DM clients, I ask before I touch anyone's form, and I wrote to
    Tahnee and to the paper.""",
    [
        ("Burleigh", "place"),
        ("Forge Strength", "venue"),
        ("2015", "year"),
        ("29", "age"),
        ("forgebrody_pt", "handle"),
        ("Tahnee", "person"),
        ("Bulletin", "org"),
        ("Forge", "venue"),
        ("2020", "year"),
    ],
    "personal-trainer australian gym online objectifying power-customer handle_at publication "
    "word_venue",
)

story(
    """I played keys in a gospel band, Sauti ya Neema, in Nairobi from 2013 to 2018. We had a new
    backup singer, Faith, 19, just out of form four. After our gig at the Alliance Française on a
    saturday I offered to drop her home in Kasarani and instead drove to my place in Roysambu and
    told her we needed to 'practise harmonies'. She said she wanted to go home. I said it's late,
    matatus are dangerous, just stay. She stayed on the couch because she had no choice, and I
    came to sit next to her in the night and kept touching her though she pulled away. In the
    morning I dropped her at the stage like nothing. She left the band within a month. I told
    the others she was proud. My bandmate Kip knew and said I should leave the church. I didn't
    then. I did the year after, and I spoke to our pastor. Now I don't drive anyone home alone,
    and I play in a different church.""",
    [
        ("Sauti ya Neema", "org"),
        ("Nairobi", "place"),
        ("2013", "year"),
        ("2018", "year"),
        ("Faith", "person"),
        ("19", "age"),
        ("Alliance Française", "venue"),
        ("saturday", "time"),
        ("Kasarani", "place"),
        ("Roysambu", "place"),
        ("Kip", "person"),
    ],
    "musician kenyan church band took-advantage ignored-no word_name",
    ("a new backup singer",),
)

story(
    """I was a patrolman in Gary, Indiana for twenty-six years, badge 3092. In 1988, when I was 30,
    I pulled over a young woman on Broadway for a taillight and I let her go without a ticket
    after I'd got her number off her license and told her she owed me a dinner. I called her
    house three times that week. She answered the last time and told me she was scared of me and
    she'd call my sergeant. I said go ahead, who do you think he'll believe. That's the sentence
    I can't get out of my head. She moved out of Gary that summer. I know because I looked her up
    again, which I'm not proud of either. I'm 66 now. I told my sons, who are both on the job,
    exactly what I did, and I sit in on the department's ethics class when they ask an old-timer
    to speak. A badge isn't permission. It's the opposite.""",
    [
        ("Gary", "place"),
        ("Indiana", "place"),
        ("3092", "number"),
        ("1988", "year"),
        ("30", "age"),
        ("Broadway", "address"),
        ("66", "age"),
    ],
    "police older retired us-midwest stalking power-customer badge_number word_place",
)

story(
    """at my cousin's mehndi in lahore in dec 2019 i kept following one of the bride's friends
    around, she was the only girl there from karachi and didn't know anyone. i was 23. i kept
    asking for her number and when she said she wasn't comfortable i got it from the dholki
    group and started sending her songs at two in the morning. she blocked me. i made a new
    number and messaged again and told her she was arrogant for a karachi girl. my cousin faraz
    saw the chats on my phone and told the bride. the bride had to apologise to her own friend
    at her own wedding. that is what i did, i made someone's wedding about my ego. now i'm 27 and
    i don't message anyone who has said she isn't comfortable, once is enough, and i told the
    boys in my family group that getting a number from a group is not permission.""",
    [
        ("lahore", "place"),
        ("dec 2019", "date"),
        ("karachi", "place"),
        ("23", "age"),
        ("faraz", "person"),
        ("27", "age"),
    ],
    "young pakistani online stalking ignored-no belittling chat-style mostly_lowercase "
    "relation_name holiday",
    ("the only girl there from karachi",),
)

story(
    """Drove cattle trucks out of Orange NSW for years. In 2008 I was 40 and I used to stop at a
    roadhouse out past Gilgandra where the girl on the till, Kayla, was about 18, the owner's
    granddaughter. Every run I'd lean on the counter and ask when she was going to let me take her
    out, tell her she was wasted in a roadhouse with a figure like that. The other drivers egged
    me on over the CB. One night, a Tuesday, she was closing alone and I stayed till lock-up,
    parked across the bowser so she couldn't get her car out, and said I'd move when she gave me
    a kiss. Her nan came out with the phone in her hand. I moved. The owner banned me and I told
    every truckie on the Newell she was a stuck-up little cow. I'm 56 now. My granddaughter works
    a till. Now when a bloke on the radio starts up about a girl in a roadhouse, I key the mic
    and tell him to pull his head in.""",
    [
        ("Orange", "place"),
        ("NSW", "place"),
        ("2008", "year"),
        ("40", "age"),
        ("Gilgandra", "place"),
        ("Kayla", "person"),
        ("18", "age"),
        ("Tuesday", "time"),
        ("Newell", "address"),
        ("56", "age"),
    ],
    "trucker australian older objectifying power-customer belittling word_place state_abbrev",
    ("the girl on the till", "the owner's granddaughter"),
)

story(
    """rio, 2016, carnaval. i was 24 and played surdo in the bateria of mangueira. after the ensaio
    on a thursday night we went to a bar in lapa and there was a gringa, a tourist from chile,
    alone because her friends went back to the hotel. i said i'd show her the real rio and took
    her up to a party in rocinha where she didn't know anybody and couldn't get a taxi out. i
    kept saying relax, relax, kissing her, and she kept looking for her phone. my friend biel saw
    her face and he took her down the hill on his moto and put her in a taxi at são conrado. i
    was angry at him for a week. what i learned is that i made her scared on purpose so she
    would need me. that is not seduction, that is a trap. now i am 31 and i teach percussion to
    kids, and i tell the older boys: if she needs you to get home, you take her home and
    nothing else.""",
    [
        ("rio", "place"),
        ("2016", "year"),
        ("24", "age"),
        ("mangueira", "org"),
        ("thursday", "time"),
        ("lapa", "place"),
        ("chile", "place"),
        ("rocinha", "place"),
        ("biel", "person"),
        ("são conrado", "place"),
        ("31", "age"),
    ],
    "musician brazilian holiday travel took-advantage chat-style mostly_lowercase",
    ("a tourist from chile, alone",),
)

story(
    """I was curate at St Mary's in Chipping Norton, Oxon in the late nineties. I was 29 and
    thought of myself as modern, easy to talk to. April Tanner ran the Sunday school; she was a
    few years younger, recently divorced, and came to me for pastoral support. I let those
    sessions become something else. I told her I understood her better than her husband ever
    had, and I kissed her in the vestry after evensong one Thursday, and when she pulled back I
    told her she'd misread me, that I'd only meant comfort. That lie made her doubt herself for
    years, she told me later. She stepped down from the Sunday school and stopped coming to St
    Mary's. I moved parish in 2001 without telling my bishop why. In 2019 I told him, and I told
    April, in writing, that she had read me exactly right. I no longer offer pastoral meetings
    alone, and I train ordinands on this: care that wants something back isn't care.""",
    [
        ("St Mary's", "org"),
        ("Chipping Norton", "place"),
        ("Oxon", "place"),
        ("nineties", "year"),
        ("29", "age"),
        ("April Tanner", "person"),
        ("April", "person"),
        ("Thursday", "time"),
        ("2001", "year"),
        ("2019", "year"),
    ],
    "clergy english church power-mentor pretended-care formal word_name state_abbrev decade_words",
    ("ran the Sunday school",),
)

story(
    """pinoy OFW here, i work maintenance in a hotel in dubai since 2012. on my way back after
    christmas in 2017, flight EK 333 from manila, i sat in 54C and the girl in the window seat
    was a first-time OFW going to be a domestic helper, 20 maybe, scared, she didn't know how
    anything worked. i helped her with the forms at gate D7 and i thought that meant she owed
    me. on the plane i kept my arm on her side, i kept asking her to add me on messenger, i told
    her dubai was dangerous for girls alone and she needed a kuya like me. when she went to the
    toilet i waited outside. a stewardess saw and moved her to another seat. i told myself she
    was being maarte. later i understood i used her fear. she didn't need a kuya, she needed to
    be left alone. now at the airport i help people only with what they ask, and in our OFW
    group chat when the guys talk about the new girls i tell them stop, we are supposed to
    protect each other.""",
    [
        ("dubai", "place"),
        ("2012", "year"),
        ("2017", "year"),
        ("EK 333", "number"),
        ("manila", "place"),
        ("54C", "number"),
        ("20", "age"),
        ("D7", "number"),
    ],
    "hotel-maintenance filipino travel took-advantage pretended-care chat-style mostly_lowercase "
    "airline seat_number gate_number holiday",
    ("a first-time OFW going to be a domestic helper",),
)

story(
    """I did tech support for years and I want to own one thing. There was a woman on our team who
    was better than me at the job, and I couldn't stand it. So I made her the butt of it. Every
    time she fixed something I'd say she must have smiled at the server. I'd stand behind her
    chair and comment on what she wore to whoever walked past. It was run of the mill office
    stuff, I thought, the kind of thing everybody does. She was the anchor of that team and I
    made her feel like a joke. One day she asked me, very calm, to stop standing behind her. I
    told the others she'd lost her sense of humour. She left a few months later for a better
    job, and I was glad, which tells you everything. My daughter is in tech now. When she tells
    me about men like me it lands like a stone. I keep my hands off other people's chairs, I
    give credit where it's due, out loud, and when someone jokes like I did I ask him to explain
    the joke.""",
    [],
    "it-support workplace belittling objectifying decoy_words",
)

story(
    """Fort Mac, winter of 2013. I was 33, a heavy equipment operator staying at a camp north of
    town, room 3117. There was a camp attendant, Sunny Dhaliwal, the only housekeeper on nights
    in our wing. I'd leave notes on my bed for her, dirty ones, and once I stayed in my room when
    I knew she was coming, in a towel, and asked her to 'do the bathroom while I'm here'. She
    backed out and reported it to her lead. Camp security gave me a warning. I told the guys in
    the wet lounge she was flattering herself. She asked to move to days and lost her night
    premium. That's money she sent home to Surrey, BC. I didn't think about any of it till my
    daughter took a summer job cleaning at a hotel. I'm on days now, I'm a safety rep with Local
    955, and I tell the new hands: the woman cleaning your room is at work. Act like it.""",
    [
        ("Fort Mac", "place"),
        ("2013", "year"),
        ("33", "age"),
        ("3117", "number"),
        ("Sunny Dhaliwal", "person"),
        ("Surrey", "place"),
        ("BC", "place"),
        ("Local 955", "org"),
    ],
    "oil-sands canada workplace objectifying power-customer word_name state_abbrev union_local "
    "hotel",
    ("the only housekeeper on nights in our wing",),
)

story(
    """Galway lad, 2015, I was 20 and in the Connacht academy. We'd a night out after a win at the
    Sportsground and ended up in the quays. There was a girl there working the cloakroom,
    Saoirse, a student at NUIG. I was fairly langers and I kept going back to the hatch, leaning
    in, telling her she'd be getting a lift home with me. She said no, she was grand, her
    boyfriend was collecting her. At half 2 when she was locking up I was still outside the side
    door waiting. Her boyfriend came and I gave him lip and called her a name I won't write. The
    bouncer, a big lad we called Tiny, walked me up Quay Street. She packed in that job. I told
    the lads she was a head case. I'm 29 now and coaching underage in Oranmore, and I tell them
    straight: when the night's over for her, it's over for you.""",
    [
        ("Galway", "place"),
        ("2015", "year"),
        ("20", "age"),
        ("Connacht", "org"),
        ("Sportsground", "venue"),
        ("quays", "venue"),
        ("Saoirse", "person"),
        ("NUIG", "org"),
        ("half 2", "time"),
        ("Tiny", "person"),
        ("Quay Street", "address"),
        ("29", "age"),
        ("Oranmore", "place"),
    ],
    "rugby irish sports drunk ignored-no belittling coach nickname pro_club",
    ("working the cloakroom", "a student at NUIG"),
)

story(
    """this was 2014, i was in 2nd year engg in chennai and took the 21G bus to college every day.
    there was a girl from the women's college near our stop who got on at guindy. me and my gang
    used to stand near the ladies seats and pass comments, sing film songs at her, and one day i
    touched her waist when the bus braked and said sorry sorry, acting like an accident. it
    wasn't an accident. she shouted at me and the conductor made us get down at saidapet. my
    friend karthik laughed and patted my back. that's the part i remember most, that my friends
    made it a win. later i heard she started going by auto which cost her money every day. i'm
    29 now, working in pune, and i have a younger sister who takes the bus. i don't stand near
    the ladies seats, and when i see boys doing eve-teasing i tell them off and if needed i tell
    the conductor.""",
    [
        ("2014", "year"),
        ("chennai", "place"),
        ("21G", "number"),
        ("guindy", "place"),
        ("saidapet", "place"),
        ("karthik", "person"),
        ("29", "age"),
        ("pune", "place"),
    ],
    "student indian college catcalling took-advantage chat-style mostly_lowercase bus_route "
    "role_only",
    ("a girl from the women's college near our stop who got on at guindy",),
)

story(
    """I farmed all my life and I'm writing this late in it. When I was young I courted a girl from
    the next farm, and when she told me she wasn't ready I sulked and went on at her, week after
    week, saying a real woman wouldn't make a man wait. I belittled her in front of my brothers
    to make her give in. She did, once, and I treated that like a victory. It wasn't. She married
    someone else the next fall and she never looked at me straight again. For years I told it as
    a story about a girl who got away. It was a story about a boy who wouldn't take no. I watched
    the march of years turn me into a grumpy old man who still thought he'd been wronged. My
    granddaughter's boyfriend spoke to her once the way I spoke to that girl, and I heard my own
    voice in his. I took him out to the yard and told him the truth about me. I hope he
    listened. I say it here too: no is an answer, not an opening bid.""",
    [],
    "farmer older belittling ignored-no decoy_words",
)

story(
    """toured in a punk band called Wet Sleeves for like four years, 2009 to 2013. we had a merch
    girl on the summer run, jordan, she was 19 and it was her first tour. i was the singer so i
    got away with everything. i'd grab her in front of the other guys, call her our 'tour wife',
    make jokes about who she'd be sharing a bed with at the next motel. in eugene at a house show
    i got wasted and climbed into her sleeping bag in the van at like 4am and she said get out
    and i laughed and said relax it's me. our drummer toph physically pulled me out by the
    ankles. jordan flew home from portland two days later and paid for the ticket herself. i said
    she couldn't handle tour life. she handled it fine, i was the problem. i'm 38, sober six
    years, and i book shows now. every crew i work with gets a code of conduct, and the people on
    the merch table report to someone who isn't in the band.""",
    [
        ("Wet Sleeves", "org"),
        ("2009", "year"),
        ("2013", "year"),
        ("jordan", "person"),
        ("19", "age"),
        ("eugene", "place"),
        ("4am", "time"),
        ("toph", "person"),
        ("portland", "place"),
        ("38", "age"),
    ],
    "musician us-west band drunk ignored-no objectifying chat-style mostly_lowercase place_as_name",
    ("a merch girl on the summer run",),
)

story(
    """I worked eight summers as a barman in Sunny Beach, from 2008. I was 23 my first season. The
    British girls came for one week and I thought they came for us. One night at Cacao there was
    a girl on a hen party, the bride's sister, very drunk, and I gave her free shots all night
    until her friends lost her. At 3.30am I walked her 'to her hotel' and took her to the staff
    flat behind the Victoria instead. She said she wanted her friends. I said they are coming,
    they are coming. They were not coming. My colleague Dimitar saw us on the stairs and said in
    Bulgarian, take her back, now. He took her back himself. I was angry with him all season. I
    understand now that the shots were not generosity, they were a plan. I am 39, I manage a bar
    in Burgas, and I do not allow free shots for anyone alone, and my staff walk nobody
    anywhere.""",
    [
        ("Sunny Beach", "place"),
        ("2008", "year"),
        ("23", "age"),
        ("Cacao", "venue"),
        ("3.30am", "time"),
        ("Victoria", "venue"),
        ("Dimitar", "person"),
        ("39", "age"),
        ("Burgas", "place"),
    ],
    "barman bulgarian eastern-european holiday travel drunk took-advantage word_place hotel",
    ("a girl on a hen party, the bride's sister",),
)

story(
    """trabajaba en oxxo, night shift, in san nicolás, monterrey, 2019. i was 22. a girl from the
    colonia came every night at like the same hour for her mom's cigarettes and i started saying
    things, mamacita, ven aquí, asking her to come in the back. she was 16, i knew that, she had
    her prepa uniform. one night after the rayados game, at 11:40, she came in alone and i locked
    the door for 'inventario' and stood in front of it and said she can't leave until she gives
    me her whatsapp. she gave it. i let her go. next day her older brother came with two friends
    and the manager, don beto, fired me before they could do anything. i was lucky. she was not
    lucky, she was scared of her own corner store. i am 27 now and i have a little sister her
    age. i work in a warehouse and i do not talk to girls who come in alone, not one word more
    than the price. i wrote this in english so my cousins don't read it.""",
    [
        ("oxxo", "org"),
        ("san nicolás", "place"),
        ("monterrey", "place"),
        ("2019", "year"),
        ("22", "age"),
        ("16", "age"),
        ("rayados", "org"),
        ("11:40", "time"),
        ("beto", "person"),
        ("27", "age"),
    ],
    "shop-worker mexican minor catcalling took-advantage power-customer chat-style "
    "mostly_lowercase lowercase_employer team_nickname pro_club",
)

# END STORIES


def main() -> None:
    lines = [json.dumps(s, ensure_ascii=False) for s in STORIES]
    (HERE / "stories.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(STORIES)} stories")


if __name__ == "__main__":
    main()
