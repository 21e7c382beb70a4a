"""Build the seventh anonymizer corpus: stories written by hand below, derived tags added.

Run `python3 tests/anonymizer_seventh/build.py` to rewrite `stories.jsonl`. Each story is
its text (whitespace is normalised, so the source can wrap), its labels as
`kind: label | kind: label`, its hand-set tags and its quasi-identifier phrases.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


class Story(NamedTuple):
    text: str
    labels: str
    tags: str
    quasi: tuple[str, ...] = ()


def parse_labels(labels: str) -> list[dict[str, str]]:
    items: list[dict[str, str]] = []
    for part in labels.split(" | "):
        if not part.strip():
            continue
        kind, label = part.split(": ", 1)
        items.append({"text": label.strip(), "kind": kind.strip()})
    return items


def derived_tags(text: str, items: list[dict[str, str]], quasi: tuple[str, ...]) -> list[str]:
    tags: set[str] = {f"has_{item['kind']}" for item in items}
    if quasi:
        tags.add("has_quasi")
    if not items:
        tags.add("no_identifiers")
    if any(ord(ch) > 127 for ch in text):
        tags.add("non_ascii")
    for item in items:
        label, kind = item["text"], item["kind"]
        exact = re.compile(r"(?<!\w)" + re.escape(label) + r"(?!\w)")
        lower = label == label.lower() and any(ch.isalpha() for ch in label)
        if kind in {"person", "place", "venue", "org"} and lower:
            tags.add("lowercase_name" if kind == "person" else f"lowercase_{kind}")
        if kind == "person":
            if re.search(exact.pattern + r"['’](?:s(?!\w)|(?=\s))", text):
                tags.add("possessive")
            for m in exact.finditer(text):
                before = text[: m.start()].rstrip()
                if not before or before[-1] in ".!?":
                    tags.add("sentence_start_name")
        if kind == "time":
            if label.lower() in WEEKDAYS:
                tags.add("weekday_event")
            elif re.fullmatch(r"Q[1-4]", label):
                tags.add("business_quarter")
            else:
                tags.add("clock_time")
        if kind == "venue" and re.search(r"(?i)\bthe\s+" + re.escape(label) + r"(?!\w)", text):
            tags.add("venue_the")
    return sorted(tags)


def build() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for number, story in enumerate(STORIES, 1):
        text = " ".join(story.text.split())
        items = parse_labels(story.labels)
        tags = derived_tags(text, items, story.quasi) + story.tags.split()
        out.append(
            {
                "id": f"w{number:03d}",
                "text": text,
                "identifiers": items,
                "tags": tags,
                "quasi_identifiers": list(story.quasi),
            }
        )
    return out


STORIES: list[Story] = [
    Story(
        """ok here goes. i was 23, running a shuttle car underground at a mine outside of
        whitesburg ky, and payday nights we all ended up at the slack tub, a cinderblock bar
        by the river. there was a girl named Clover who tended bar there on weekends. she was
        20 and saving up for nursing school at southeast. one saturday i stayed till close,
        drunk as a lord, and kept at her the whole time she was mopping, telling her she owed
        me a ride home cause i tipped her good all night. she said no three different ways. i
        followed her out to her truck and leaned in the window till she rolled it up on my
        arm. next week she quit and took a job at the dollar general over in jenkins so she
        wouldnt have to see me. what i learned is no said three ways is still no, and a tip
        aint a down payment on nobody. i dont drink at all now, been dry since 2019. if i see
        a buddy leaning on a girl at closing i walk him out to the lot myself.""",
        "age: 23 | place: whitesburg | place: ky | venue: slack tub | person: Clover | age: 20"
        " | org: southeast | time: saturday | org: dollar general | place: jenkins | year: 2019",
        "word_name state_abbrev school_short lowercase_employer decoy_words mostly_lowercase"
        " appalachian miner chat-style drunk ignored-no workplace power-customer",
        ("saving up for nursing school at southeast",),
    ),
    Story(
        """Mais, I'm sixty-one now and I been putting this off, me. Back in '87 I was working
        crawfish for my nonc out of Henderson and playing accordion on Saturdays at
        Thibodeaux's, a dance hall on the levee road. Fern Broussard used to come with her
        sisters. She was seventeen, cher, and I was twenty-four, and I knew it. One night
        after the band quit I got her out to my truck with a bottle of Crown and told her them
        other boys was just playing with her but me, I was serious, I was gonna marry her. I
        wasn't serious about nothing but what I wanted. Fern cried after and I drove her home
        like nothing happened. Her daddy moved the family to Opelousas that fall and I heard
        she didn't finish school. I told myself for thirty years she was willing. She was a
        child and I lied to her on purpose. What I do now, I sit with the young men at our
        parish men's group at St. Ignatius and I tell them this plain, no dressing it up. And
        I don't say cher to no girl I don't know.""",
        "age: sixty-one | year: 87 | place: Henderson | venue: Thibodeaux's"
        " | person: Fern Broussard | person: Fern | age: seventeen | age: twenty-four"
        " | place: Opelousas | org: St. Ignatius",
        "word_name venue_person apostrophe_year decoy_words decoy_capitals cajun older"
        " pretended-care took-advantage minor church",
    ),
    Story(
        """i was 19, stocking produce at the heb off bandera rd, and there was this new cashier
        Rocío, she was like 17 and real shy. my primo big chuy and the vatos used to dare me
        to get her number. so i did, and then i kept texting her even when she stopped
        answering, like forty texts one night, at the quinceañera for my cousin on the south
        side i got her to dance and then i told her nobody else was ever gonna look at her
        like i did, that she was lucky i even noticed her. i said that on purpose, carnal, to
        make her feel small so she'd say yes. she went outside with me and i kissed her when
        she was trying to go back in. she asked to move to the morning shift and the manager
        Mr. Olvera moved me instead and told me why. good. im 27 now, i coach u12 soccer on
        weekends and i tell my boys if she stops texting back that IS the answer. no means no
        and quiet means no too.""",
        "age: 19 | org: heb | address: bandera rd | person: Rocío | age: 17 | person: big chuy"
        " | place: south side | person: Olvera | age: 27",
        "nickname relation_name lowercase_employer decoy_words mostly_lowercase chicano"
        " spanglish young belittling workplace minor chat-style",
        ("this new cashier",),
    ),
    Story(
        """Wepa, ok. I grew up in Soundview, my pops from Bayamón. Summer 2009 I was 22 and
        playing shortstop for Los Jueyes, our rec league team at the park on Story Ave, and
        after games we all went to el Coquí, a little social club. Milagros used to come with
        her cousin. I wanted her bad and she kept saying she had a man. So I started with the
        jokes in front of everybody, like oh Mili thinks she too good, she got that attitude,
        mira la princesa, nah she ain't even that pretty. Breaking her down, that's what I
        called it with my boys. One night she was tipsy and I walked her home and pushed up on
        her in the hallway outside 4C, and she let me kiss her just to make me leave. Then I
        bragged to everybody. She stopped coming around. Her cousin told me she switched
        churches so she wouldn't run into my mother. I'm 38, I got a daughter. Now when the
        fellas start roasting a girl to soften her up I say it out loud: that's not game, bro,
        that's a tactic. Gracias for reading.""",
        "place: Soundview | place: Bayamón | year: 2009 | age: 22 | org: Los Jueyes"
        " | address: Story Ave | venue: Coquí | person: Milagros | person: Mili | number: 4C"
        " | age: 38",
        "word_name word_place nickname amateur_club decoy_words puerto-rican spanglish"
        " belittling sports drunk",
    ),
    Story(
        """throwaway cause my cousins know my main lol. dominican, grew up in washington heights,
        my moms still on 176 and audubon. 2017 i was bartending at a lounge in dyckman called
        sazón 7, hookah, bachata, the whole thing. there was a regular named Estrella, 24,
        came in every thursday with her work people from columbia presbyterian. one night she
        got too lit and her friends left. instead of calling her a cab i told her i'd drive
        her, i had the bmw from my boy. i took her to my place on arden st instead. she was
        falling asleep in the car. i told myself she was into it cause she was flirting
        earlier. she woke up and asked what happened and i lied and said nothing, which was
        kinda true and kinda not. she never came back to sazón. a year later a girl posted
        about a bartender in dyckman who takes drunk girls home and i knew. i knew. tiguere is
        what they call guys like me back home and it used to feel like a compliment. it aint.
        i dont tend bar no more, i do hvac now, and i put my number in the group chat for any
        of my boys' sisters who need a ride, no questions.""",
        "place: washington heights | address: 176 and audubon | year: 2017 | place: dyckman"
        " | venue: sazón 7 | venue: sazón | person: Estrella | age: 24"
        " | org: columbia presbyterian | address: arden st",
        "word_name lowercase_employer decoy_words decoy_times mostly_lowercase dominican"
        " spanglish chat-style online drunk took-advantage power-customer",
        ("came in every thursday with her work people from columbia presbyterian",),
    ),
    Story(
        """Sak pase. I was born in Jacmel and came to Flatbush when I was twelve. In my twenties
        I played guitar in a konpa band, Tanbou Lakay, we did weddings and the parties at the
        Haitian club on Nostrand Ave. A girl from our church, Merveille, sang backup with us
        one summer. She was 19. I was 27 with a van and a little name. I told her I loved her,
        I talked about marriage, about meeting her parents in Delmas. I said it because she
        was religious and I knew what words she needed to hear. I never meant one word. After
        she gave in I stopped answering. My friend ti-Jean told me she cried in the choir loft
        before service. She left Église Shalom and went to her aunt in Montreal and nobody at
        church knew why, only me. Konpa songs are full of men lying sweet to women and I sang
        them every weekend like it was nothing. What I learned is that pretending love is a
        kind of theft. Now I run the youth music on Friday nights and I tell the boys: if you
        say love, mean it, or shut your mouth. I am 51. I still owe her an apology I cannot
        send.""",
        "place: Jacmel | place: Flatbush | age: twelve | org: Tanbou Lakay"
        " | address: Nostrand Ave | person: Merveille | age: 19 | age: 27 | place: Delmas"
        " | person: ti-Jean | org: Église Shalom | place: Montreal | age: 51",
        "word_name nickname band decoy_capitals decoy_times haitian older pretended-care church",
    ),
    Story(
        """Wunna gine laugh at me writing dis but de counsellor say do it. I from St. Lucy, I was
        25 and working de bar at a hotel up in Speightstown. Nuff tourist girls, but dis one
        was local, Jewel, she did de front desk, 20 years old, just out of Cave Hill. Every
        night after shift we used to lime at Miss Ermine's, a rum shop by de bus stand. I
        start tellin she she too stush, dat she think she better dan we, dat no man gine want
        a girl so stiff. I did want she to feel she had to prove she wasn't stiff, and de
        fellas laughing and egging me on. One Friday after a Crop Over fete I get she drunk on
        Banks and rum punch and carry she down to de beach and she keep saying she want to go
        home. I didn't listen. After dat she transfer to a hotel in Christ Church and she
        never look at me again. Cuhdear, I used to tell dat like a joke. It ain't no joke. Now
        I is 40 and I coach de under-15 side at Crab Hill and when a boy get mannish with a
        girl I pull he off de field.""",
        "place: St. Lucy | age: 25 | place: Speightstown | person: Jewel | age: 20"
        " | org: Cave Hill | venue: Ermine's | time: Friday | place: Christ Church | age: 40"
        " | place: Crab Hill",
        "word_name venue_person school_short decoy_capitals bajan belittling drunk ignored-no"
        " workplace sports",
        ("she did de front desk, 20 years old, just out of Cave Hill",),
    ),
    Story(
        """bai lemme tell yuh how i was. born in berbice, came to richmond hill queens at 13. by
        21 i was doing baggage at jfk for swissport and drinking every night at a spot on
        liberty ave called sunset lounge, chutney music, 5 dollar carib. my cousin jasmine
        persaud brought her coworker one night, a girl from georgetown who just reach, maybe
        19, didnt know nobody in new york. i pour drinks for she all night and she keep saying
        she dont drink much and i keep saying just one more, just one. i tell she i would look
        after she, i would show she the city. by 3 she couldnt stand and i take she up to my
        room at my uncle house on 117th. jasmine come banging on the door looking for she and
        thank god for that. jasmine never talk to me for three years. the girl went back home
        that winter. i tell yuh, nobody in my family ever sit me down about this. now im 35,
        married, i dont pour for nobody and i tell my nephews the same. if she say she dont
        drink much she done drinking.""",
        "place: berbice | place: richmond hill | place: queens | age: 13 | age: 21 | place: jfk"
        " | org: swissport | address: liberty ave | venue: sunset lounge"
        " | person: jasmine persaud | person: jasmine | place: georgetown | age: 19"
        " | place: new york | time: 3 | address: 117th | age: 35",
        "relation_name lowercase_employer role_only decoy_words mostly_lowercase guyanese"
        " chat-style drunk took-advantage pretended-care",
        ("a girl from georgetown who just reach",),
    ),
    Story(
        """Throwaway, obviously. Long-time lurker, first post. Years back I was in a bad way,
        drinking most nights, and the bar I went to was packed every friday with people from
        the office park down the road. There was a woman who worked in the same building, a
        different company, and I decided she was going to go home with me. To be frank, I
        didn't care much about who she was. I bought rounds. Every time she tried to leave I
        said one more, you're no fun, you're wound too tight. I said it to wear her down and
        it worked a little, which is the ugly part. At last call I followed her to her car and
        tried to kiss her, and she shoved me and drove off. The next week she had moved desks
        to the far side of her floor and she took the stairs so she would not ride the
        elevator with me. She changed jobs by the spring. Will she ever know I get it now?
        Probably not. What I learned: persistence is not charm, and 'no fun' is a pressure
        tactic. I quit drinking at dawn one morning after a bad night and stayed quit. Now I
        leave when someone says they're leaving, and I say 'get home safe' and mean it.""",
        "",
        "decoy_words decoy_capitals decoy_times formal reddit online drunk belittling workplace",
    ),
    Story(
        """Sorry my english. I am from Jonquière QC, now i do drywall in Laval. In 2012 i was 20
        and every weekend we was at le Boulevard, a bar near the cegep. There is a girl,
        Fleur, she work the vestiaire, the coat check. Tabarnak i was always drunk this year.
        The night of the Saguenéens game, big win, i go see her at the coat check and i say
        come on, after your shift you come with us, you are too serious, live a little. She
        say non, she has school. I wait her outside at 3h15 when she finish and i walk her to
        her bus and try to kiss her, two, three times, she push me. My friend p'tit Gab he see
        everything and he say nothing, he laugh. She stop working there after. I learn later
        from her cousine she was scared to take the bus alone for months. Now i am 33, i have
        a girl myself. Non is non. I say it to the young guys at my job site, in french and in
        english.""",
        "place: Jonquière | place: QC | place: Laval | year: 2012 | age: 20 | venue: Boulevard"
        " | person: Fleur | org: Saguenéens | time: 3h15 | person: p'tit Gab | age: 33",
        "word_name state_abbrev nickname pro_club decoy_words quebecois esl drunk ignored-no"
        " belittling power-customer",
    ),
    Story(
        """Some hard to write this, b'y. I'm from Carbonear, grew up on the shore, went out west
        to Fort Mac at 19 like everyone else. Home on turnaround in '06 I was down on George
        Street every night with money burning a hole. Darlene Power was a girl from home, two
        years behind me in school, working the bar at the Ship's Cat. I was some full one
        night, and I sat at her end of the bar for hours calling her my girl in front of the
        crowd, grabbing her wrist when she went by. She told me four or five times to go on. I
        waited in the lane out back till her shift was done and she had to get the bouncer to
        walk her to a cab. Next time I was home Power had moved to Halifax. Whatever way you
        cut it, I scared her in her own workplace and called it courting. I been sober since
        2014. I'm 38 now. When the young fellas talk big about some girl on George Street I
        tells them straight what I done.""",
        "place: Carbonear | place: Fort Mac | age: 19 | year: 06 | address: George Street"
        " | person: Darlene Power | person: Power | venue: Ship's Cat | place: Halifax"
        " | year: 2014 | age: 38",
        "word_name apostrophe_year decoy_words newfoundland drunk ignored-no objectifying"
        " workplace power-customer",
        (
            "a girl from home, two years behind me in school",
            "working the bar at the Ship's Cat",
        ),
    ),
    Story(
        """I am writing this in English because my counsellor at the wellness centre reads
        English better. I am from Pangnirtung, I moved to Iqaluit for work at 22, loading
        cargo for Canadian North. Back then there was a lot of drinking when the sealift came
        in and everybody had money. There was a young woman, Aputi, from Kimmirut, staying
        with her aunt in the row houses near the breakwater while she went to Nunavut Arctic
        College. She was 18. At a house party in Apex I kept filling her cup and telling her
        southern guys were only using her and I was the only one who really cared about her. I
        did not care. I wanted her and I thought the words would do it. When she wanted to go
        home I said the road was too dangerous and she should stay. I knew what I was doing.
        After that night she went back to Kimmirut and did not finish her program. Her aunt
        told my anaana. I am 41 now and I do not drink. I help with the men's group on Tuesday
        nights and we talk about respect, the old way, the way my ataata taught before I
        forgot it.""",
        "place: Pangnirtung | place: Iqaluit | age: 22 | org: Canadian North | person: Aputi"
        " | place: Kimmirut | org: Nunavut Arctic College | age: 18 | place: Apex | age: 41",
        "word_place decoy_times formal inuit drunk pretended-care took-advantage college",
        ("staying with her aunt in the row houses near the breakwater",),
    ),
    Story(
        """tansi. im cree from montreal lake, grew up between there and prince albert sk. when i
        was 17 i played junior for the pa raiders, lived in a billet house, thought i was king
        of the rink. there was a girl from the rez, Raven, 15, who came to every home game
        with her kokum. after a game in january 2004 the team had a party at a d-man's place
        and raven was there with older girls. i kept telling her she should be grateful a
        player even talked to her, that the town girls were prettier, that she was lucky. i
        wanted her to feel small enough to say yes. she didnt say yes. i didnt stop right away
        either, her friend pulled her out of the room. raven stopped coming to games. years
        later at a round dance she walked right past me and i deserved that. im 36 now, i work
        for the band office doing youth programs. i tell the young guys about respect for
        women the way our teachings say it, women are the center of the circle, and then i
        tell them how i broke that, because teachings without the truth are just words.""",
        "place: montreal lake | place: prince albert | place: sk | age: 17 | org: pa raiders"
        " | person: Raven | person: raven | age: 15 | date: january 2004 | age: 36",
        "word_name state_abbrev team_nickname mostly_lowercase first-nations cree young"
        " belittling ignored-no sports minor decoy_words",
        ("who came to every home game with her kokum",),
    ),
    Story(
        """on the boat between openers sorry for typos. summer 2011 i was 24 crewing a drift boat
        out of naknek, worked for a skipper everyone called dutch. there was a girl on the
        cannery slime line, Willow, college kid from bellingham up for the season. we got
        weathered in for two days and the whole fleet was at the hard tide drinking, the bar
        was packed. i bought her shots and when she tried to go back to the bunkhouse i told
        her the road was sketchy and walked her, then talked my way into Willow's room, b-14,
        said i just needed to sit down a minute. i stayed. she kept saying she was tired and
        had to be on the line at 6. i didnt leave till she started crying. she broke her
        contract and flew out of king salmon the next friday. i called it a misunderstanding
        for years. it wasnt. im 37 now and run my own boat and i have one rule for my crew,
        you dont go in anybodys room period, and if you drink in town you walk back with me.""",
        "year: 2011 | age: 24 | place: naknek | person: dutch | person: Willow"
        " | place: bellingham | venue: hard tide | number: b-14 | time: 6 | place: king salmon"
        " | time: friday | age: 37",
        "word_name word_place word_venue nickname mostly_lowercase alaska fisherman chat-style"
        " drunk ignored-no workplace decoy_words",
        (
            "a girl on the cannery slime line",
            "college kid from bellingham up for the season",
        ),
    ),
    Story(
        """Eh brah, dis one hard fo write but my counselor said write um how I talk. I grew up
        Waipahu, went Hilo fo college at UH on one volleyball scholarship, was 20. Had one
        wahine in my Hawaiian studies class, Pua, from Pāhoa, real akamai, always had da
        answers. Me and da boys used to go drink at Kimo's Garage afta practice, one bar
        downtown. One night she came wit her roommates an I wen tell her in front everybody
        she tink she so smart but she no can even hold her liquor, try dis, try dis. Making
        her feel shame so she go prove. Den I wen drive her home da long way up Kaumana Drive
        an park. She said no, brah, she said take me home, an I neva right away. Cuz I was big
        an she was small. She dropped da class an moved back to Pāhoa. Her cousin wen tell me
        she nevah came back to school. I 34 now, I coach youth volleyball in Kapolei an I tell
        da boys, if she say take me home, you take her home, no ask twice. Dat's it. Mahalo fo
        reading.""",
        "place: Waipahu | place: Hilo | org: UH | age: 20 | person: Pua | place: Pāhoa"
        " | venue: Kimo's Garage | address: Kaumana Drive | age: 34 | place: Kapolei",
        "venue_person school_short decoy_capitals hawaiian pidgin college belittling ignored-no"
        " sports",
    ),
    Story(
        """I am from Valparaíso, now I live in Santiago and I work in logistics for LATAM. When I
        was 23, in the university, we have big carretes every weekend with piscola, always too
        much. There was a girl in my class of statistics, Paz, very quiet, from Quilpué. One
        night in a house on Cerro Alegre, the party of the 18 de septiembre, she was very
        drunk and I was also. I take her to a room, I tell her we only talk, that she is
        special, all this. It was lies, weón, I want only one thing and my friends were
        waiting to know. She say she want to sleep and I don't stop kissing her for a long
        time. Next week she change to the night section of the class. Her friend say to
        everybody I am a pig and she is right. Now I am 35 and I understand. Cachai, it is not
        about if she say the word no, it is if she want. Also I drink less, and never with a
        girl that is more drunk than me.""",
        "place: Valparaíso | place: Santiago | org: LATAM | age: 23 | person: Paz"
        " | place: Quilpué | place: Cerro Alegre | age: 35",
        "word_name decoy_times decoy_words chilean esl college drunk pretended-care took-advantage",
    ),
    Story(
        """Che, I write this in english because my therapist does not speak spanish. I am from
        Rosario. At 19 I play rugby for Club Ñandú, first XV, and after matches the whole team
        goes to Humo, a boliche by the river, until 6 in the morning. There was Luna, the
        sister of a teammate, el Flaco Bianchi, she was 17 and always came with her friends.
        The rugby culture there, boludo, we treat girls like a trophy, we have a whatsapp
        group where we rate them. One night I put her photo in the group and I say I will get
        her before the end of the season. At Humo I dance with her and push her in a corner
        near the bathrooms and she say basta, basta, and I laugh. Flaco find out about the
        group and he stop speaking to me, and Luna stop coming. It was right. Later I learn
        she was ashamed to go to her own brother's matches. I am 31 now. I left that club. I
        coach the kids at a school in Fisherton now and first lesson is: the girls are not a
        score. If I see this group chat things I report them.""",
        "place: Rosario | age: 19 | org: Club Ñandú | venue: Humo | person: Luna"
        " | person: Flaco Bianchi | person: Flaco | age: 17 | age: 31 | place: Fisherton",
        "word_name word_venue nickname amateur_club decoy_times argentine esl objectifying"
        " ignored-no sports minor online",
        ("the sister of a teammate",),
    ),
    Story(
        """parce this is hard. im from envigado, medellín. 2016 i was 21 working nights at the
        teleperformance call center in el poblado, english accounts, thats why my english.
        after shift the whole floor went to parque lleras for guaro. there was a new girl on
        my team, Brisa, a 19yo from pereira, first job in the city. i was the team lead, i did
        her schedule. i told her if she came out with us she would be part of the group, if
        not people would think she is stuck-up. so she came. i kept giving her guaro and when
        she said she wanted to go i said the taxis are dangerous, stay, i take you later. i
        kissed her in the taxi and put my hand on her leg and she moved it and i put it back.
        after that she asked to change team and then she quit before christmas. my supervisor
        knew and said nothing, we were all like that. now i am 30, i live in miami, i manage a
        small team at a bank and i never go drinking with people i supervise. never. and if i
        see a lead doing that i speak.""",
        "place: envigado | place: medellín | year: 2016 | age: 21 | org: teleperformance"
        " | place: el poblado | place: parque lleras | person: Brisa | age: 19yo"
        " | place: pereira | age: 30 | place: miami",
        "word_name lowercase_employer decoy_words mostly_lowercase colombian esl chat-style"
        " drunk power-employee workplace ignored-no",
        (
            "a new girl on my team",
            "first job in the city",
        ),
    ),
    Story(
        """Hi, sorry for my english. I am from Arequipa, I study engineering in Lima at la
        Católica. When I was 22 my patas and me go every viernes to Barranco for chelas. There
        was a girl from my group project, Flor, from Puno, she was new in Lima and she live in
        a pensión alone. I see she don't know nobody so I act like her best friend, I help her
        with the project, I say I care about her, I take her to eat. Everything was a plan. My
        pata Renzo bet me I could not. One night at el Galpón I give her too many pisco sours
        and I take her to my jato in Surco. She was crying in the taxi because she miss her
        mother and I use that also, I say I am here for you. Ugly. After, I stop to talk to
        her. She fail the course and go back to Puno. Renzo tell everybody. I was 22, I was
        stupid, but it is not an excuse. Now I am 29, I work in a mine in Cajamarca, and I
        tell the young engineers there, do not pretend you care. If you don't care, say
        nothing.""",
        "place: Arequipa | place: Lima | org: Católica | age: 22 | place: Barranco"
        " | person: Flor | place: Puno | person: Renzo | venue: Galpón | place: Surco | age: 29"
        " | place: Cajamarca",
        "word_name school_short decoy_capitals peruvian esl college pretended-care drunk"
        " took-advantage",
        (
            "a girl from my group project",
            "she was new in Lima and she live in a pensión alone",
        ),
    ),
    Story(
        """im in a valorant clan called nightjar, we scrim on discord most nights. 2 years ago a
        girl joined, handle was moth.wing, 18 i think, the only girl in the server at the
        time. i was 24 and one of the mods. i used to make jokes in vc about her aim, 'girl
        gamer moment', and then dm her being nice so she'd come to me. i definately knew what
        i was doing 💀 i asked her for pics constantly. she sent one after like a month of me
        saying she was the only one who got me and that i'd protect her from the toxic guys
        (who were me). i screenshotted it to the other mods. it got leaked in the server. she
        left the same night and deleted her account. she quit playing entirely. thats on me.
        what i do now: i stepped down as mod, im in therapy, and in my new server any mod who
        dms a member for pics gets banned, friends too. also the girl jokes are banned. sounds
        small. it isnt.""",
        "org: nightjar | handle: moth.wing | age: 18 | age: 24",
        "word_org handle_bare decoy_words mostly_lowercase discord gaming young chat-style"
        " online objectifying belittling pretended-care",
        ("the only girl in the server at the time",),
    ),
    Story(
        """I've been on the apps since my divorce and I want to get this out. Last year I matched
        with a woman and we met at a wine bar downtown, the kind with candles in jars. I
        ordered a bottle before she sat down. When she said she had an early morning I poured
        her another glass and said come on, live a little, the night is young. When the bill
        came I paid and made a joke that now she owed me. Crystal clear, right? It was a joke,
        I told myself. At her car I kissed her and she turned her head and I tried again. She
        said 'I had a nice time' and got in and locked the door. She unmatched me that night.
        Not a penny of that dinner bought me anything and it shouldn't have. Rich, coming from
        a guy who used to brag about his 'closing rate'. What I learned is that I was treating
        dates like a sale with a quota. Now I split the check, I say 'want another?' once, and
        if she says she has an early morning I say 'me too' and we go. It's a small thing. I'm
        trying to be a man my own daughter would be safe around.""",
        "",
        "decoy_words decoy_capitals dating-app online drunk ignored-no objectifying",
    ),
    Story(
        """so i stream every friday and saturday night, not huge, like 300 concurrent on a good
        night, i go by grizzlybyte, twitch.tv/grizzlybyte. in 2022 i did a collab week in
        austin tx with a smaller streamer, Sage, 20, who i'd been raiding for months. i paid
        for her flight, seat 9C next to me, and told chat she was my 'protege'. the whole week
        i made jokes on stream about her body, her outfits, chat ate it up. off stream i kept
        telling her she owed her growth to me and she should be more grateful. last night of
        the trip, thursday 8/11, at the airbnb on east cesar chavez, i got drunk and went into
        her room and got in her bed and she froze. i left when she started crying. she changed
        her flight and went home the next morning. she quit streaming for a year. when i found
        out she told a couple friends i was furious at HER. im 29. no more in person collabs
        without a third person and separate housing, no body jokes, and my mods time me out if
        i start.""",
        "handle: grizzlybyte | url: twitch.tv/grizzlybyte | year: 2022 | place: austin"
        " | place: tx | person: Sage | age: 20 | number: 9C | time: thursday"
        " | address: east cesar chavez | age: 29 | date: 8/11",
        "word_name handle_bare seat_number state_abbrev mostly_lowercase streamer online"
        " objectifying belittling power-mentor drunk decoy_times",
    ),
    Story(
        """been driving rideshare in nashville going on six years, mostly nights, mostly
        bachelorette crowds downtown. i have to own one. march 2021, a friday, 1:52 am, i
        picked up a girl outside Dottie's on lower broad, by herself, her friends had left
        her. she was wasted and she was sweet and she kept saying i was the nicest driver
        ever. i told her i'd make sure she got in ok and i walked her up to her unit, 3-C at
        the cumberland lofts in germantown. she was fumbling the keys. i went in. i kissed her
        and she kind of laughed and pushed me off and said no no youre my uber guy lol and i
        kept trying for a while before i left. she reported me to the app. i got deactivated
        on one and kept driving on the other and told myself she overeacted. she was alone and
        drunk and i was the one person who was supposed to be safe. that was the job. im 44.
        now i dont get out of the car, period. i wait till the door's shut and the light's on
        and i drive off. if somebody's that drunk i call their contact. its not complicated.
        it never was.""",
        "place: nashville | date: march 2021 | time: friday | time: 1:52 am | venue: Dottie's"
        " | address: lower broad | number: 3-C | place: cumberland lofts | place: germantown"
        " | age: 44",
        "venue_person role_only decoy_words mostly_lowercase rideshare chat-style drunk"
        " took-advantage ignored-no power-customer",
        ("a girl outside Dottie's on lower broad, by herself",),
    ),
    Story(
        """bro i gotta be real for once. 2019 i was 25, competing in classic physique, basically
        lived at grindhouse barbell in tempe az. there was a new girl on the front desk, asu
        student, 20 maybe. i used to stand at the desk between sets flexing and asking if she
        wanted a 'private session' lol. she'd laugh it off and i took that as a yes. me and my
        boy swole dave had a whole thing about rating the girls on the stairmasters out of
        ten, out loud. one night after close i told her i'd walk her to her car and i backed
        her against it and kissed her. she just stood there. i thought she was shy. she quit
        that week. the owner, Nate Archer, pulled camera footage and banned me. he was right.
        now im 31, i coach teens and i tell them: she's at work, you're a customer, that's it.
        and if she laughs awkward that's not a yes, that's a girl trying to get you to leave 🙏""",
        "year: 2019 | age: 25 | venue: grindhouse barbell | place: tempe | place: az | org: asu"
        " | age: 20 | person: swole dave | person: Nate Archer | age: 31",
        "gym nickname state_abbrev school_short role_only decoy_words mostly_lowercase gym-bro"
        " chat-style objectifying power-customer workplace",
        ("a new girl on the front desk, asu student",),
    ),
    Story(
        """i dj, mostly house and techno, went by halfmoon back then. 2014 i had a residency
        saturdays at the lantern in corktown, detroit. the bartender, Brandy, 23, was always
        cool with me, we'd talk music. one saturday in october my set ended at 2:30 and i was
        rolling and drinking and i kept pulling her into the booth while she was trying to
        close out tabs, come on Brandy, five more minutes. i told her she was the only one who
        got my music, i said i'd put her on the guestlist for my gig in chicago, get her into
        the scene, all of that. i was using what she wanted to get what i wanted. in the back
        hallway i kept kissing her and she said she had to finish closing, twice, and i held
        her there like it was a joke. the owner moved her to weeknights so she wouldnt work my
        nights. i didnt even notice for a month. im 38 now, sober four years. i still dj, i
        run a small crew, and i have a rule that nobody in the booth touches bar staff, and
        the bar staff get the last word on who comes back there. not me.""",
        "person: halfmoon | year: 2014 | venue: lantern | place: corktown | place: detroit"
        " | person: Brandy | age: 23 | time: saturday | date: october | time: 2:30"
        " | place: chicago | age: 38",
        "word_name word_venue decoy_words mostly_lowercase dj drunk pretended-care ignored-no"
        " workplace",
        ("the bartender",),
    ),
    Story(
        """worked the door at the tap room on high street in columbus for six years, 2008 to
        2014, mostly ohio state kids. ima be honest, i used the job. a girl would show up with
        a sketchy id and id let her in if she gave me her number. one of them was Ivy, a
        freshman, 18, with her sorority sisters from ΑΞΔ. after that i'd wave her past the
        line. one night she was way too drunk and her sisters were gone and i told the other
        guy i'd get her a cab. i took her out back by the dumpsters and kissed her and tried
        for more and she was too out of it to even say much. a bartender, big cal, came out
        for a smoke and said yo man and i stopped. he never looked at me the same. ivy didnt
        come back. im 39 now, i do security at a hospital. what i learned: the guy at the door
        is supposed to be the safest guy in the building. i train new door guys and tell them
        that, with my name on it.""",
        "venue: tap room | address: high street | place: columbus | year: 2008 | year: 2014"
        " | org: ohio state | person: Ivy | person: ivy | age: 18 | org: ΑΞΔ | person: big cal"
        " | age: 39",
        "word_name greek_script nickname decoy_words mostly_lowercase bouncer drunk"
        " took-advantage college fraternity minor",
        ("a freshman, 18, with her sorority sisters from ΑΞΔ",),
    ),
    Story(
        """line cook, grill mostly. in 2013 i was sous at a place called brine & ember in denver,
        lohi. we talked about the servers like meat, we had a whiteboard in the walk-in. there
        was a server, Clementine, we called her clem, she was 21 and in school at metro. i was
        30. every shift i'd grab clem's waist squeezing past on the line and say 'behind' like
        that made it ok. after a staff party at the chef's place on a monday, industry night,
        i got her alone on his porch and kept telling her she was only a server and she should
        be flattered a sous was into her. she left. she quit two weeks later and gave her
        notice to the GM not the chef, because the chef was my friend. im 41 now and i run my
        own kitchen. no whiteboards. no hands. 'behind' means behind, you say it from a foot
        away. i fired a guy last year for what i used to do. he said bro you used to be fun.
        yeah. i know.""",
        "year: 2013 | venue: brine & ember | place: denver | place: lohi | person: Clementine"
        " | person: clem | age: 21 | org: metro | age: 30 | time: monday | age: 41",
        "word_name nickname school_short decoy_words mostly_lowercase line-cook workplace"
        " objectifying belittling power-employee",
        ("in school at metro",),
    ),
    Story(
        """drove otr for werner 22 years, cb handle was gravy train. theres a diner at exit 283
        off i-40 outside amarillo called the rise n shine where i ate maybe twice a month for
        years. waitress named Georgia, mid forties like me, divorced, working doubles. i
        decided she was into me cause she was nice, which is her job. one night in the winter
        of 2010 i had a couple beers in the sleeper and came in at 11:25 when she was alone on
        the floor and told her i'd been thinking about her, asked her to come out to the
        truck, unit 6612, said i'd make it worth her while. she said no hon, not happening. i
        kept on, every visit for months, notes on the check, calling her name across the room.
        i treated her like she was part of the menu. one day the manager told me i wasnt
        welcome. i was offended. im 61 now and retired, and i volunteer for a trucker
        ministry, and i tell the younger drivers: the waitress being sweet to you is customer
        service, hoss, not an invitation. she was probably scared every time my rig pulled in
        and i never once thought about that.""",
        "org: werner | handle: gravy train | number: 283 | address: i-40 | place: amarillo"
        " | venue: rise n shine | person: Georgia | year: 2010 | time: 11:25 | number: 6612"
        " | age: 61",
        "place_as_name lowercase_employer handle_bare decoy_words mostly_lowercase trucker"
        " older objectifying ignored-no power-customer drunk",
        ("mid forties like me, divorced, working doubles",),
    ),
    Story(
        """worked the bakken from 2012 to 2015, frac crews for halliburton out of williston nd. 2
        weeks on 1 off, living in a man camp by tioga. it was a thousand guys and like four
        women. one of them was the only woman on the camp kitchen staff at night, a girl named
        Shelby from billings, maybe a 22 y/o. guys were gross to her all day every day and i
        was one of them. on my 25th birthday, a tuesday, i got hammered at the bar in town
        called loaders and came back and went through the kitchen door after hours, said i
        just wanted a sandwich and hung around her while she was cleaning, saying she should
        smile more and be nicer to the guys who pay her wages. she kept telling me the kitchen
        was closed. i grabbed her arm when she tried to go past. she pulled the alarm. camp
        security walked me to room c-118 and the company wrote me up and i laughed about it
        with the crew. she transferred to a camp in watford city. im 35. now im a safety lead
        and i tell my guys the kitchen lady is not your entertainment, and i report it when
        they act like she is.""",
        "year: 2012 | year: 2015 | org: halliburton | place: williston | place: nd"
        " | place: tioga | person: Shelby | place: billings | age: 22 | age: 25th"
        " | time: tuesday | venue: loaders | number: c-118 | place: watford city | age: 35",
        "place_as_name lowercase_employer state_abbrev word_venue decoy_words mostly_lowercase"
        " oilfield drunk belittling objectifying workplace",
        ("the only woman on the camp kitchen staff at night",),
    ),
    Story(
        """been scalloping out of new bedford since i was 18, like my avô. in '99, i was 24, we
        came in from a 12 day trip with a big payday and the whole crew went to a bar on union
        st called the gangway. there was a girl there, Angela Gale, friend of my cousin Nuno's
        girlfriend, down from fall river. i was throwing money around buying the bar drinks
        and i told her i was the captain, which was a lie, i was the youngest guy on the deck.
        i told her i loved how she laughed, all the lines. i wanted to get laid before we went
        back out. she came back to my apartment on county st and when she wanted to leave i
        made her feel stupid, said she was a tease, so she stayed. two days later i shipped
        out and never called. Gale told my cousin's girl she felt used and she did because she
        was. im 50 now, got nephews on my deck. i tell em the money in your pocket after a
        trip makes you feel like a king, and that feeling is a liar.""",
        "place: new bedford | age: 18 | year: 99 | age: 24 | address: union st | venue: gangway"
        " | person: Angela Gale | person: Gale | person: Nuno | place: fall river"
        " | address: county st | age: 50",
        "word_name word_venue relation_name apostrophe_year decoy_words mostly_lowercase"
        " portuguese-american fisherman drunk pretended-care belittling",
        ("friend of my cousin Nuno's girlfriend, down from fall river",),
    ),
    Story(
        """Throwaway. I was a teaching assistant for intro econ at western in fall 2018, second
        year of my master's. One of the students in my Thursday section, Haven, was 19 and
        struggling, and she started coming to my office hours in Bartlett 3B. I was 26. I
        liked the attention and I started steering the conversations toward her life, her
        boyfriend, her weekends. I told her I cared about her more than the other students,
        that I'd look out for her grade. I meant it as leverage, even if I wouldn't have said
        so then. After the midterm I texted her from my personal number at 11:15 on a Friday
        night and asked her to get a drink 'to talk about her exam'. She said she didn't think
        that was a good idea. I wrote back that she should think about how much help she'd
        been getting. She dropped the course the next Monday and filed a complaint with the
        department. I was removed from TA duties, quietly. I was angry at the time. I'm 33 now
        and teach high school. I keep office hours with the door open and I don't text
        students. The power was mine; so was the responsibility.""",
        "org: western | year: 2018 | time: Thursday | person: Haven | age: 19 | place: Bartlett"
        " | number: 3B | age: 26 | time: 11:15 | time: Friday | time: Monday | age: 33",
        "word_name school_short decoy_words formal reddit college-ta power-student"
        " pretended-care college online",
        ("One of the students in my Thursday section",),
    ),
    Story(
        """grad student, 5th year, chem. throwaway. two years ago at a conference in san diego i
        was on the same hotel floor as a first year from our lab, i'll call her K. because
        that's what everyone in the lab would recognize anyway. K. was 23 and it was her first
        conference. the night after the poster session everybody went to the hotel bar and i
        kept telling her who she needed to meet, that i could get her in with my advisor's
        collaborators, that she needed someone to show her the ropes. i walked her back to her
        room, 1407, and asked to come in to 'keep talking about her project'. she said she was
        tired, i put my foot in the door. she let me in because i was the senior student and
        she was scared what i'd say about her. i tried to kiss her and she dodged. JT, a
        postdoc, saw me leaving and asked her the next day if she was ok. she switched labs
        that semester. im 31. i've told our DEI office the whole thing and i've stopped going
        to conference bars. i tell first years who to go to if a senior student makes them
        uncomfortable, me included.""",
        "place: san diego | person: K. | age: 23 | number: 1407 | person: JT | age: 31",
        "initials decoy_words mostly_lowercase grad-student reddit travel hotel power-mentor"
        " took-advantage drunk",
        ("a first year from our lab",),
    ),
    Story(
        """I am a pastor, and I am writing this because I preach about confession and have not
        made my own. In 1996 I was twenty-eight and the youth pastor at Cane Creek Free Will
        Baptist outside Ellijay, GA. A young woman who led worship with me, Charity Mays, was
        nineteen and home from Toccoa Falls for the summer. I told her I saw a calling in her.
        I told her God had put us together for ministry. I used the language of faith to get
        close to her, and one evening after choir practice, a Wednesday, I kissed her in the
        fellowship hall and told her it was a holy thing. She trusted me because of my
        position. She was confused and ashamed and she went back to college early and, I
        learned years later, stopped attending church for a decade. No one asked me a single
        question. I am 58 now. I have told my elders and my wife. I do not meet alone with
        young women in the church, ever, and I have asked another woman on staff to be the
        person they can go to about me. Spiritual language in the mouth of a man who wants
        something is a weapon. I used it as one.""",
        "year: 1996 | age: twenty-eight | org: Cane Creek Free Will Baptist | place: Ellijay"
        " | place: GA | person: Charity Mays | age: nineteen | org: Toccoa Falls"
        " | time: Wednesday | age: 58",
        "word_name state_abbrev decoy_capitals formal pastor older church pretended-care"
        " power-mentor",
        ("A young woman who led worship with me",),
    ),
    Story(
        """I've been a police officer for most of my adult life, and this is about a traffic stop
        I'm ashamed of. Early in my career, working nights, I pulled over a young woman for a
        taillight at two in the morning. She was scared, crying, clearly had been drinking a
        little. I let her off with a warning and then I asked for her number, and she gave it
        because I had a badge and a gun and she was alone on a dark road. I called her that
        weekend. She came to dinner with me and I could tell she didn't want to be there, and
        I kept pushing, telling her she was lucky I hadn't written her up. That was a threat.
        I knew it. She stopped answering, and I drove past her place a few times on patrol,
        and I'd like to say I didn't know why. My sergeant heard about it from someone and
        pulled me aside and said, that's a major problem, son, and it ends now. It did. What
        it cost her I can only guess: fear every time she sees a cruiser. I now teach a block
        at in-service about exactly this, and I start with my own case. The uniform doesn't
        make anything consensual.""",
        "",
        "decoy_words decoy_times formal cop took-advantage power-customer stalking",
    ),
    Story(
        """firefighter/medic, going on 14 yrs. back in 2015 i was at station 9 on b shift in
        tulsa, 24 on 48 off, and we had a ride-along program for medic students. one of them,
        Misty, 22, from the community college, rode with us three shifts. the guys gave her
        hell, the usual, and i was the one who 'protected' her, walked her through the rig,
        told her she had real talent, told her i'd write her recommendation. i wanted her and
        i thought acting like her mentor would get me there. the third shift, a sunday, we ran
        a bad call, a kid, and after at the station she was shook and i used that. sat with
        her on the tailboard in bay 2 at 3:20 am and told her nobody understood this job but
        us and put my arm around her and kissed her. she said 'i can't, you're grading me' and
        i said nobody would know. she finished her hours at another station and never came
        back. im 39 now, a captain, and the union steward for local 1186. when we get students
        now they ride with two people, and the guys know the captain is the first one to shut
        down anything like what i did.""",
        "year: 2015 | number: 9 | place: tulsa | person: Misty | age: 22 | time: sunday"
        " | number: 2 | time: 3:20 am | age: 39 | org: local 1186",
        "word_name union_local decoy_times decoy_words mostly_lowercase firefighter"
        " power-mentor took-advantage workplace",
        ("from the community college, rode with us three shifts",),
    ),
    Story(
        """marine, infantry, got out 2016. when i was 20 at lejeune we'd go to a bar in
        jacksonville nc called the driftwood every friday. there was a girl, Destiny, 18 or
        19, who lived off base with her sister, local girl. me and my roommates had a bet
        about who could bring a local back to the barracks first. i told her i was deploying
        soon, that i might not come back, that i just wanted something real before i went. i
        was not deploying for six months. she came back to room 2117 in the building by the
        chow hall after she'd had a bunch of drinks and i signed her in. she kept saying she
        should go. i kept saying just stay a little. my roommate walked in and i told him to
        get out instead of taking the hint myself. she took a cab home at like 5 and blocked
        me. im 30 now. i ran the deployment thing on her. i lied about dying. i work with vets
        now at a nonprofit in raleigh, and when the young guys come through i tell them
        straight up, the deployment line is a con, everybody knows it's a con, and the girls
        you run it on remember you.""",
        "year: 2016 | age: 20 | place: lejeune | place: jacksonville | place: nc"
        " | venue: driftwood | person: Destiny | age: 18 | age: 19 | number: 2117 | time: 5"
        " | age: 30 | place: raleigh",
        "word_name word_venue state_abbrev decoy_times mostly_lowercase marine military young"
        " drunk pretended-care ignored-no",
        ("who lived off base with her sister, local girl",),
    ),
    Story(
        """I fly for a regional. This was 2011, I was a 31-year-old captain at SkyWest, and the
        flight attendant on my crew for a four-day trip was in her first month on the line,
        21, named Meadow. Our last night was an overnight in Fresno, crew hotel by the
        airport. In the van I kept joking that junior FAs who wanted good trips should be nice
        to captains. It was framed as a joke. It was not. At the hotel bar I bought her drinks
        and told her I could put in a word with scheduling. I walked her to her room, 512, and
        asked to come in. She said she had a 5:10 van call. I said I did too, just one drink
        from the minibar. She let me in and I kissed her and she said 'Captain, please' and I
        left, but I'd already done it. She bid off my trips for the rest of her probation and
        quit the airline within a year. I'm now a check airman. I tell every new captain about
        this in plain words, and I've asked our union to add it to the CRM curriculum. The
        cockpit door isn't the only authority gradient.""",
        "year: 2011 | age: 31 | org: SkyWest | age: 21 | person: Meadow | place: Fresno"
        " | number: 512 | time: 5:10",
        "word_name decoy_capitals formal airline-pilot travel hotel power-employee drunk workplace",
        ("the flight attendant on my crew for a four-day trip was in her first month on the line",),
    ),
    Story(
        """rn, 12 years, nights. when i was new on 5B, the med-surg floor at baptist east in
        memphis, there was a CNA, Poppy, 19, in nursing school. i was 27 and i trained her on
        the floor. nights are lonely and i made it weird. i'd comment on how her scrubs fit,
        called her 'my little helper', made jokes about her at the nurses station where she
        could hear. i thought i was being charming. one night, a saturday, around 0340, the
        floor was dead and i asked her to help me in the clean supply room and i closed the
        door and kissed her. she said 'i need this job' and went out. i went right back to
        charting like nothing. she transferred to days. my charge nurse, a woman named T.J.
        who'd been there 30 years, pulled me aside and said she knew, and that if she heard
        one more thing she'd go to HR. she should have gone anyway. im 39 now, a charge nurse
        myself. i don't do nicknames, i don't close doors, and i tell the new guys: on nights,
        you are the most powerful person in the room to a CNA, and she knows it even when you
        pretend not to.""",
        "number: 5B | org: baptist east | place: memphis | person: Poppy | age: 19 | age: 27"
        " | time: saturday | time: 0340 | person: T.J. | age: 39",
        "word_name initials lowercase_employer decoy_words mostly_lowercase nurse workplace"
        " power-mentor objectifying belittling",
        (
            "in nursing school",
            "a woman named T.J. who'd been there 30 years",
        ),
    ),
    Story(
        """Realtor, 16 years, mostly residential around Boise. In Q2 2017 I had a buyer, a single
        mom, Opal, 29, relocating from Reno for a job. I was 44 and married. I showed her
        maybe a dozen houses and I made myself indispensable, texting at all hours, telling
        her the market was brutal and she needed someone who really cared about her, not just
        the commission. Her offer on 2218 W Sumac Ln got accepted and the night before
        closing, June 27, I showed up at her rental with champagne, uninvited, and told her
        I'd gone above and beyond and she could show some appreciation. She laughed nervously.
        I put my hand on her thigh on her couch and she stood up and said she had to put her
        son to bed. She closed with me anyway because she had to, and then she left a review
        on my page that just said 'professional during business hours'. I deleted it. I'm 51
        now. My cell is still 208-555-0172 and my email is dwyerhomes@example.com, and if she
        ever reads this she can say anything she wants. I stopped meeting clients alone after
        dark, and I coach new agents that 'I care about you' from a realtor is a sales line,
        never a romantic one.""",
        "place: Boise | year: 2017 | person: Opal | age: 29 | place: Reno | age: 44"
        " | address: 2218 W Sumac Ln | age: 51 | phone: 208-555-0172"
        " | email: dwyerhomes@example.com | date: June 27 | time: Q2",
        "word_name decoy_words formal realtor older pretended-care power-customer",
        ("a single mom, Opal, 29, relocating from Reno for a job",),
    ),
    Story(
        """i sold cars for 9 yrs at gulf coast ford in mobile al, made the press-register twice
        as salesman of the month. end of Q3 2012, last day of the month, we were behind on
        units and the whole floor was wound up and drinking in the back after close. the girl
        in the finance office, Candy Reyes, 24, was the only woman on the sales side of the
        building. all of us guys treated her like a prize, i mean that literally, the sales
        manager said whoever hit 20 units got to take her to the awards dinner, like she wasnt
        in the room. she laughed because what else could she do. i hit it. at the dinner at
        ruth's chris downtown i got drunk and told her she owed me a dance, owed me a kiss, i
        won her fair and square. she left in an uber and cried in the parking lot, a porter
        told me. she quit and went to the toyota store across town. im 40 now, i manage a
        store in pensacola. no prize talk. nobody 'wins' a person. if a manager on my floor
        says anything like that, he's gone, and i've done it.""",
        "org: gulf coast ford | place: mobile | place: al | org: press-register | time: Q3"
        " | year: 2012 | person: Candy Reyes | age: 24 | venue: ruth's chris | place: pensacola"
        " | age: 40 | org: toyota",
        "word_name word_place state_abbrev publication lowercase_employer decoy_words"
        " mostly_lowercase car-salesman workplace objectifying drunk",
        (
            "the only woman on the sales side of the building",
            "the girl in the finance office",
        ),
    ),
    Story(
        """grew up in logan county, first in my family to go to college, got to wvu in 2005 and
        joined pi kapp cause it felt like famly. i was 19. there was a girl from my hometown,
        Shiloh, a year younger, who came up to visit her cousin for the weekend of the pitt
        game. i'd known her my whole life. at the house that night i kept pouring her jungle
        juice and my brothers were chanting, and i walked her upstairs to my room like i was
        showing off a deer i shot. thats how i thought of it. she was too drunk to be there. i
        knew her mom. her cousin came and got her out of my room before anything more happened
        and took her home to chapmanville the next morning. back home the whole holler heard
        some version by church time and most folks blamed her for being up there. that part i
        could have stopped with one sentence and i didnt say it. im 38, i teach shop class in
        a high school in huntington. i finally told her mom what happened a couple years ago
        and said it was my fault, all of it. and i tell my students about the deer thing. they
        get it.""",
        "place: logan county | org: wvu | year: 2005 | org: pi kapp | age: 19 | person: Shiloh"
        " | org: pitt | place: chapmanville | age: 38 | place: huntington",
        "place_as_name greek_lowercase school_short mostly_lowercase appalachian college"
        " fraternity drunk objectifying minor decoy_words",
        ("a girl from my hometown",),
    ),
    Story(
        """I'm 67 years old and I've been chewing on this since 1978. I was 19, riding broncs on
        the amateur circuit and roughnecking in between, and on a Saturday night after the
        Pecos rodeo we all went to a dancehall called the Silver Spur. There was a gal there
        everybody called Cricket, sixteen years old, though she said eighteen. I knew she was
        lying about her age and I didn't care. I got her drunk on Lone Star and took her out
        to my truck behind the arena and she said 'not here' and I said nobody'd see. I didn't
        ask her another thing. Shorty Dalton, my traveling partner, laughed about it all the
        way to Abilene, TX. I heard she got sent to live with her granny in Odessa that fall.
        My picture was in the Pecos Enterprise that week holding a buckle. She was a child and
        I treated her like a prize buckle. What it taught me, late, is that the cowboy code I
        bragged about never said a word about women except how to get them. I got
        granddaughters now. I tell my grandsons about the Silver Spur and I don't pretty it
        up.""",
        "age: 67 | year: 1978 | age: 19 | time: Saturday | place: Pecos | venue: Silver Spur"
        " | person: Cricket | age: sixteen | age: eighteen | person: Shorty Dalton"
        " | place: Abilene | place: TX | place: Odessa | org: Pecos Enterprise",
        "word_name nickname state_abbrev publication decoy_capitals texan older rodeo drunk"
        " took-advantage minor",
    ),
    Story(
        """shrimped out of dulac with my paw paw since i was 12, now i run a boat out of houma.
        this one from 2003, i was 22. there was a party at the camp on bayou grand caillou
        after the blessing of the fleet, everybody drinking, zydeco on the radio. a girl named
        Mercy Naquin, 18, from chauvin, she was the cousin of my deckhand. i had my eye on her
        all day and when it got dark i asked her to come see the boat. on the boat i told her
        she was lucky a captain wanted her, all the other girls wanted me, she was nothing
        special anyhow so she ought to be glad. i said mean things on purpose to knock her
        down a peg so she'd go along. she started to cry and i kept on. her cousin came down
        the dock hollering for her and that's the only reason it stopped. he quit my boat the
        next week. i heard she moved to baton rouge for school and never came back down the
        bayou. im 45 now. im telling it straight. i tell the young deckhands, cher, if you got
        to make her feel small to get her, you already lost.""",
        "place: dulac | age: 12 | place: houma | year: 2003 | age: 22"
        " | place: bayou grand caillou | person: Mercy Naquin | age: 18 | place: chauvin"
        " | place: baton rouge | age: 45",
        "word_name decoy_words mostly_lowercase cajun fisherman belittling drunk ignored-no",
        ("she was the cousin of my deckhand",),
    ),
    Story(
        """órale, my lady at the center said write it so here it is. im 42, from southeast
        fresno, grew up cruising every sunday in the car club life, Sangre Fina CC, my tío
        started it in '88. at a car show in kingsburg in 2004 there was a girl, Esperanza,
        like 20, who modeled for a couple clubs, posing by the cars. i looked at her like she
        came with the car. i told the fellas i was gonna get her and at the after party at a
        compa's house in selma i kept telling her she wasnt nothing but a car show girl, that
        nobody would take her serious, that she should be happy i wanted her. i was breaking
        her down and my carnal Chato was laughing along. she left with her friend after i
        grabbed her in the kitchen. next show she wasnt there and somebody said she quit
        modeling cause of dudes like me. i didnt even feel bad till my daughter turned 16 and
        started going to shows. then i felt it. now im club president and we got rules, posted
        on the trailer, no touching the models, no talking trash, you break it you're out,
        familia or not.""",
        "age: 42 | place: southeast fresno | org: Sangre Fina CC | year: 88 | place: kingsburg"
        " | year: 2004 | person: Esperanza | age: 20 | place: selma | person: Chato | age: 16",
        "word_name apostrophe_year amateur_club nickname mostly_lowercase chicano spanglish"
        " lowrider objectifying belittling decoy_times",
        ("who modeled for a couple clubs",),
    ),
    Story(
        """I'm 70, retired from Con Edison after 31 years, and my grandson helped me type this.
        In 1974 I was 19 and running numbers a little on the side in El Barrio, 116th Street,
        and I had money and a Buick and I thought I was something. There was a girl from my
        building, Iris Mercado, apartment 4F, a year younger than me. I took her to a dance at
        the Hotel Diplomat and I kept filling her glass with Bacardí and telling her she was
        my girl, she was going to be my wife. I said that on purpose. I did not love her, I
        wanted what I wanted. On the roof of our building after, she said she was afraid and I
        said don't be, I love you. That was the lie that did it. When she told me two months
        later she was late, I told her it wasn't mine. Her family sent her to Aguadilla. I
        never met my son until he found me in 2009. Iris died before I could tell her I was
        sorry. I tell my grandsons this whole thing. I say: never use love as a key to a door.""",
        "age: 70 | org: Con Edison | year: 1974 | age: 19 | place: El Barrio"
        " | address: 116th Street | person: Iris Mercado | person: Iris | number: 4F"
        " | venue: Hotel Diplomat | place: Aguadilla | year: 2009",
        "word_name decoy_capitals formal nuyorican older pretended-care drunk",
        ("a girl from my building",),
    ),
    Story(
        """I played minor league ball for a few seasons, way down in the low minors, bus rides
        and bad motels. On the road we had a routine: find the bar nearest the motel, drink
        till last call, see who we could bring back. There was a woman who worked the front
        desk at one of those motels. Every time we came through she was there at night, alone.
        I'd hang at the desk at half past two with a beer, telling her she was wasting herself
        in a place like this, that I was going to the big leagues and she could come. I
        pretended to care. One night I asked for a key to a room she said was empty and she
        gave it to me so I would stop, and I asked her to come see it. She didn't come. She
        also stopped working nights. Patience, my coach used to say, is a weapon. I used it as
        one, on her. Wearing somebody down is not winning them. I coach kids now and I tell
        them about the front desk, and I tell them the bus is not a license.""",
        "",
        "decoy_words decoy_capitals decoy_times baseball sports travel hotel drunk"
        " pretended-care power-customer",
    ),
    Story(
        """jsuis de montréal-nord, parents from cap-haïtien. sorry my english is mixed. in 2010 i
        was 23 and working security at the old port during the summer shows and after we would
        go to chez wilner, a small bar on pie-ix. there was Bijou, she was 20, a cashier at
        the pharmaprix on henri-bourassa, she came with her cousins. i liked her and she told
        me clear she had a boyfriend in laval. so i start to say things in front of her
        cousins, like she is too proud, she thinks she is a queen, nobody will want her if she
        act like that. every time. i wanted her to bend. one night after an alouettes game she
        was drunk and i drove her home and i stopped the car in a parking and i kissed her and
        she pushed my face. i said she was a tease. her cousin big fritz came to my house the
        next day and he was right to be angry. bijou changed her work to a store in
        saint-léonard. im 39 now, i have a son and i teach him: when a girl say she has a
        boyfriend, or say no, or say nothing, it is finish. i stopped drinking in 2016.""",
        "place: montréal-nord | place: cap-haïtien | year: 2010 | age: 23 | place: old port"
        " | venue: chez wilner | address: pie-ix | person: Bijou | person: bijou | age: 20"
        " | org: pharmaprix | address: henri-bourassa | place: laval | org: alouettes"
        " | person: big fritz | place: saint-léonard | age: 39 | year: 2016",
        "word_name venue_person nickname pro_club lowercase_employer mostly_lowercase"
        " haitian-canadian quebecois esl belittling drunk ignored-no decoy_words",
        ("a cashier at the pharmaprix on henri-bourassa",),
    ),
    Story(
        """bai this one ah go tell straight. i from linden, came to scarborough at 15, malvern
        side. 2013 i was 22 and driving forklift for a warehouse in markham. one night shift,
        a wednesday, 11p to 7a, they put a new girl on my line, Precious, 19, just come from
        berbice, she ain't know nobody here. i take she under my wing, carry she home on the
        54 bus, buy she tim hortons, tell she i care bout she like family. all of that was a
        set up. after one month i invite she to a party at my cousin place on sheppard and i
        give she rum and coke heavy on the rum. when she say she want go home i tell she after
        all i do for she, she cyan be so ungrateful. i made she feel she owed me. she stay and
        i push she. she leave that warehouse the week after and Precious' aunty call my
        mother. my mother ain't talk to me for months. im 33 now and i work as a supervisor. i
        dont drive no new girl home, i dont buy nobody nothing to get something, and when i
        see a man doing what i did, i tell him what i did.""",
        "place: linden | place: scarborough | age: 15 | place: malvern | year: 2013 | age: 22"
        " | place: markham | time: wednesday | time: 11p | time: 7a | person: Precious"
        " | age: 19 | place: berbice | number: 54 | address: sheppard | age: 33",
        "word_name bus_route decoy_capitals mostly_lowercase guyanese warehouse workplace"
        " pretended-care drunk power-mentor",
        (
            "a new girl on my line",
            "just come from berbice",
        ),
    ),
    Story(
        """go on then. im from grand falls-windsor, 36 now, work rotation on the west white rose.
        this was 2009, i was 20, at a shed party out in botwood on the may 24 weekend,
        everybody drunk as skunks. there was a girl there named Robin Crewe, 17, from bishop's
        falls. i had a truck and thought i was some big shot. i got her away from her buddies
        and out to the truck and kept on at her, come on, don't be like that, you're some
        crooked tonight, smile. she kept saying she had to find her ride. i wouldn't let her
        out of the truck for a good while, i had the doors locked, i thought it was funny. she
        cried and i unlocked it. robin never came to another party on that side of the river.
        years later her sister told me robin thought i was going to kill her. i don't drink at
        shed parties now. im the one with the keys for everyone else, and i tell the young
        fellas on my crew the locked door story.""",
        "place: grand falls-windsor | age: 36 | org: west white rose | year: 2009 | age: 20"
        " | place: botwood | person: Robin Crewe | person: robin | age: 17"
        " | place: bishop's falls",
        "word_name decoy_words decoy_times mostly_lowercase newfoundland offshore drunk"
        " ignored-no minor",
    ),
    Story(
        """deckhand on a crabber out of kodiak 2005 to 2012. off season i tended bar at the
        harpoon on marine way. there was a cook from the trident plant who came in after her
        shifts, Lark, early 20s, filipina, up on a contract from seattle. one night in january
        a storm shut the harbor and we were all stuck in town drinking. i walked her down to
        see our boat in slip C-27 'to warm up in the galley' and i kept pouring and kept
        telling her how the guys back in seattle wouldn't get her like i did. i knew her
        contract and visa stuff meant she didn't have people up here. i used that. she said
        she should get back to the bunkhouse and i said the roads were iced, wait. she waited
        because she didn't have a choice. i dont know what i would have done if the skipper
        hadn't come down. she left on the ferry that spring. im 44 now, sober, i run a charter
        out of homer. i tell every young deckhand about the galley and the storm and what the
        storm was really for. nobody should be stuck anywhere with me.""",
        "place: kodiak | year: 2005 | year: 2012 | venue: harpoon | address: marine way"
        " | org: trident | person: Lark | place: seattle | date: january | number: C-27"
        " | age: 44 | place: homer",
        "word_name word_venue lowercase_employer decoy_words mostly_lowercase alaska fisherman"
        " drunk took-advantage power-customer",
        ("a cook from the trident plant who came in after her shifts",),
    ),
    Story(
        """aloha, ok. i was one surf instructor in kihei for like 8 years. 2018 had one girl in
        my 9am group lesson, the only one who came alone, from ohio on one work trip, maybe
        24. i gave her extra pushes into waves, told her she was a natural, all the usual
        stuff we say, but i said more, i said she was different, i felt one connection. i said
        that to every alone girl brah, that was my thing. invited her to pau hana at the shack
        on south kihei road, bought her mai tais till she was slurring, then said i'd drive
        her back to her hotel, the one by kamaole, and i went up with her. she was saying she
        was too dizzy. i stayed anyway. she left a review for the surf school later saying an
        instructor made her feel unsafe, no name. my boss keoni knew and moved me to the
        morning van runs for a month. im 35 now. i dont teach anymore, i run the shop, and i
        tell the instructors no drinking with clients, period, and if a student's alone, she's
        a student, not an opportunity.""",
        "place: kihei | year: 2018 | time: 9am | place: ohio | age: 24 | venue: shack"
        " | address: south kihei road | place: kamaole | person: keoni | age: 35",
        "word_venue role_only decoy_words mostly_lowercase hawaiian pidgin surf travel hotel"
        " drunk pretended-care took-advantage power-customer",
        ("the only one who came alone, from ohio on one work trip",),
    ),
    Story(
        """soy colombiano, from barranquilla, been in doral since 2011. im 34. three years ago i
        was a promoter for a latin club on nw 36th st, we called it la 36, every friday the
        whole reggaeton night was mine to fill. there was a girl who did bottle service in the
        vip booths, v3 and v4, Dulce, venezuelan, 21, papers still in process. i knew that. i
        told her i could get her more shifts, better tables, that i cared about her situation,
        i would help with a lawyer i knew. all of it to get her alone. after a saturday close,
        4:30 in the morning, i offered her a ride and took her to my apartment in palmetto
        bay, unit 1203, instead of her place. she said no, she said no puedo, tengo que
        trabajar mañana, and i kept saying tranquila, tranquila. she got a taxi at 6. after,
        she lost her shifts, i think because of me, i said things to the manager. i took her
        job too. that's the part i can't sleep with. now i do events for a church, and i dont
        promise nothing to nobody who needs something from me.""",
        "place: barranquilla | place: doral | year: 2011 | age: 34 | address: nw 36th st"
        " | venue: la 36 | number: v3 | number: v4 | person: Dulce | age: 21 | time: saturday"
        " | time: 4:30 | place: palmetto bay | number: 1203 | time: 6",
        "word_name word_place mostly_lowercase colombian spanglish promoter workplace"
        " pretended-care power-employee ignored-no decoy_times",
        ("a girl who did bottle service",),
    ),
    Story(
        """I am a tango teacher in Buenos Aires, 48 years old. I write this in English because it
        is easier to be honest in a language that is not mine. In 2008 my assistant was
        Soledad, 22, from Córdoba. I want to write about Sole. She danced with me at the
        milonga at El Ombú in Almagro every Thursday and I was her teacher, she wanted to be a
        professional. In the embrace I held her closer than the dance needed, I made comments
        about her body to the other teachers in front of her, laughing, and I told her that if
        she wanted the tour to Europe she had to be more 'available'. I said it with a smile.
        One night after the milonga I took her to my apartment in San Telmo and she came
        because of the tour. She did not want to. I knew. She left the school and stopped
        dancing for two years. Tango is full of men like I was. Now I teach the leaders that
        the embrace is an invitation she can close at any second, and I never promise anything
        to a student. My wife knows. My students know. It is the least I can do.""",
        "place: Buenos Aires | age: 48 | year: 2008 | person: Soledad | age: 22"
        " | place: Córdoba | person: Sole | venue: Ombú | place: Almagro | place: San Telmo",
        "word_name nickname decoy_capitals decoy_times formal argentine esl power-employee"
        " power-mentor objectifying",
        ("my assistant",),
    ),
    Story(
        """throwaway. 28m. freshman year at poly, 2014, i lived in yosemite hall, tower 5, and
        there was a girl on our floor everyone called tiny t, she was like five foot nothing,
        18. i was 18 too. after the first home game we were pregaming in my room, 5117, and
        she was way drunker than everyone. the guys left one by one and i told the last one 'i
        got her'. i didnt have her, i had my own plans. she said she wanted to go to her room
        three times and i said in a minute each time and kept kissing her. she fell asleep. i
        stopped only because she fell asleep. she moved to another floor after winter break. i
        heard from my RA that she told her i'd 'made her stay'. i said she was lying, to
        people, for years. she wasn't lying. got a therapist this year. now i dont drink in my
        place with people who are drunker than me, and i've told the guys from that floor the
        truth in our group chat.""",
        "age: 28m | org: poly | year: 2014 | place: yosemite hall | number: 5 | person: tiny t"
        " | age: 18 | number: 5117",
        "nickname initials school_short decoy_words mostly_lowercase reddit college young drunk"
        " ignored-no chat-style online",
    ),
    Story(
        """Senior year I was rush chair of ΒΛΞ at bama and I'm writing this ten years late. Fall
        2015, our swap with the phi mu chapter, a sophomore named Magnolia Tate, everyone
        called her Nola, got paired with me for the date function at a river house outside
        Tuscaloosa. I'd been told she was 'a challenge', which in our house meant she'd turned
        a brother down. I took that as an assignment. All night I talked her down in front of
        my brothers, too uptight, too good for us, and then got her alone and was charming so
        she'd want to prove me wrong. She had too much to drink on the bus. In my room at the
        beta lambda xi house I pushed and she said she wanted to go back, and I said the bus
        wasn't leaving until 1:30. That was a lie. A pledge drove her home. She dropped her
        sorority that spring. At 20 I thought that was a win. I'm 30 now and I work in
        insurance in Birmingham. I've spoken at two chapters about it, with my name. 'A
        challenge' is what men call a woman who already said no.""",
        "org: ΒΛΞ | org: bama | year: 2015 | org: phi mu | person: Magnolia Tate | person: Nola"
        " | place: Tuscaloosa | org: beta lambda xi | time: 1:30 | age: 20 | age: 30"
        " | place: Birmingham",
        "word_name nickname greek_script greek_lowercase school_short decoy_words fraternity"
        " college belittling drunk ignored-no",
        ("our swap with the phi mu chapter, a sophomore",),
    ),
    Story(
        """i played cs semi pro for a team called tidepool esports from 2017 to 2019, my handle
        was vanta. we had a female analyst, she went by lumenfox, 20, the only girl on our
        roster, she did our demos and stats remotely from her dorm. at a lan in atlanta, march
        2019, we all shared an airbnb. after we got knocked out on the sunday i got drunk and
        kept telling her she'd never be taken seriously in the scene without someone like me
        vouching for her, that she was lucky to be on a real team. i wanted her to feel like
        she needed me. that night i came into the room she was sharing with our sub and got in
        next to her and she got up and locked herself in the bathroom till morning. she
        emailed our org owner from lumenfox.stats@example.org the next week and the owner did
        nothing, i stayed, she left. she left the scene. im 27 now. i dont play anymore, i
        coach a college club team and our code of conduct has my story in it, anonymized but
        it's mine, and the players know it's mine.""",
        "org: tidepool esports | year: 2017 | year: 2019 | handle: vanta | handle: lumenfox"
        " | age: 20 | place: atlanta | date: march 2019 | time: sunday"
        " | email: lumenfox.stats@example.org | age: 27",
        "word_org handle_bare decoy_words mostly_lowercase esports gaming online travel"
        " belittling drunk took-advantage",
        (
            "the only girl on our roster",
            "a female analyst",
        ),
    ),
    Story(
        """ok so, 33m, on the apps for years. early 2023 i matched with Ember, 26, nurse, she was
        upfront in her profile, 'not here for hookups'. i read that and decided to act like a
        guy who wanted a relationship. i asked about her family, her shifts, sent good morning
        texts for two weeks, texted her from 646-555-0188 at like 7am every day so she'd think
        i was serious. our third date was at hops & hollow in park slope, and after i got her
        back to my place on 5th ave i said i was falling for her. i wasn't. she stayed. i
        ghosted her four days later. Ember's last text was 'was any of it real?' and i left
        her on read. i was treating a person like a level in a game. im 36 now, in therapy,
        and my profile says what i actually want, and if i'm not feeling it after a date i say
        so in words, same day. it's embarrassing how simple it is 😬""",
        "age: 33m | year: 2023 | person: Ember | age: 26 | phone: 646-555-0188 | time: 7am"
        " | venue: hops & hollow | place: park slope | address: 5th ave | age: 36",
        "word_name decoy_words mostly_lowercase dating-app online pretended-care objectifying",
        ("26, nurse",),
    ),
    Story(
        """Hotel bartender, years ago, a big chain place by an airport. There was a woman
        traveling alone for work who sat at my bar three nights in a row, and by the second
        night I'd decided she was lonely and that was my opening. I poured her drinks heavy
        and didn't charge her for half of them, so she'd feel she owed me something. The bar
        was packed the third night with a conference crowd and I kept leaving my station to
        lean over and tell her I got off at midnight. She said she had an early flight. I said
        the red-eye was a myth, come have a nightcap. When I clocked out I went up to her
        floor; I knew her room from the tab. I knocked, and she talked to me through the door
        with the chain on. I heard her call the front desk. In the morning I told my manager I
        was just being friendly. Jack and Coke in hand, I'd have told anybody that. She
        probably checks the lock twice in every hotel now. I'm sober, I'm out of the business,
        and I teach my sons that a door with the chain on is an answer.""",
        "",
        "decoy_words decoy_capitals decoy_times bartender hotel travel drunk power-customer"
        " stalking",
    ),
    Story(
        """volunteer fire dept out in leake county, ms, been on it since '02. every spring we do
        a fish fry fundraiser at the station. 2007 i was 27 and running the fryer and there
        was a girl volunteering the sweet tea table, Savannah Poole, 19, home from ole miss.
        i'd been drinking since noon out back with the boys. i kept coming by the tea table
        telling her she was the prettiest thing in carthage, then when she didnt play along i
        started telling her she was stuck up, college had ruined her, she thought she was
        better than us. loud. everybody heard. after dark i followed her to her car and held
        her door shut with my hand and said she could leave when she gave me a kiss. her
        daddy's truck pulled up and i walked off laughing. she never came to another fish fry.
        her mama still doesnt speak to me at the piggly wiggly. im 47. im chief now. no
        drinking at department events, period, and when a young guy starts in on a girl i tell
        him i was that guy and it aint cute.""",
        "place: leake county | place: ms | year: 02 | year: 2007 | age: 27"
        " | person: Savannah Poole | age: 19 | org: ole miss | place: carthage | age: 47",
        "place_as_name state_abbrev apostrophe_year school_short decoy_words decoy_times"
        " mostly_lowercase southern firefighter drunk belittling",
        (
            "a girl volunteering the sweet tea table",
            "home from ole miss",
        ),
    ),
    Story(
        """mano i been a ramp agent at the airport in carolina since 2012, jetblue side. back in
        2016 there was a new agent, the only woman on our overnight ramp crew, Cielo, 23, from
        ponce. me and the guys talked about her body on the radio like she couldnt hear, she
        could hear, everybody could hear. i thought i was better than them cause i was nice to
        her to her face. one night, a monday, after we turned the last bird at gate B7 around
        1:05, the B6 1734 to orlando, i followed her to the break room and told her i'd been
        defending her to the guys, she owed me, and i tried to kiss her with my hand on her
        locker, 41, so she couldnt open it. she ducked under my arm. she put in for days and
        got it. years later she told a supervisor it was the worst six months of her life and
        named all of us. im 38. im a lead now. there's no body talk on my radios, and if i
        hear it, i key up and say it's over, on the channel, so everybody knows. that's the
        least. she had to hear us every night.""",
        "place: carolina | year: 2012 | org: jetblue | year: 2016 | person: Cielo | age: 23"
        " | place: ponce | time: monday | number: B7 | time: 1:05 | number: B6 1734"
        " | place: orlando | number: 41 | age: 38",
        "word_name word_place gate_number locker_number lowercase_employer decoy_words"
        " mostly_lowercase puerto-rican spanglish ramp-agent workplace objectifying belittling",
        (
            "the only woman on our overnight ramp crew",
            "a new agent",
        ),
    ),
]


def main() -> None:
    stories = build()
    lines = [json.dumps(story, ensure_ascii=False) for story in stories]
    (HERE / "stories.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
