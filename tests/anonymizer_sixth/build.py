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

# END STORIES


def main() -> None:
    lines = [json.dumps(s, ensure_ascii=False) for s in STORIES]
    (HERE / "stories.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(STORIES)} stories")


if __name__ == "__main__":
    main()
