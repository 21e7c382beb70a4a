"""The small word lists the person detectors read context with: verbs a name follows or leads,
words that follow a name, two-capital words that are no one's initials, region codes."""

from __future__ import annotations

from .context import SPEECH_VERBS

ALWAYS_NAMING = frozenset({"named", "nicknamed", "aka", "name's"})
# Verbs a name often follows or leads ("mason went", "J. said"), beside SPEECH_VERBS.
ACTS = SPEECH_VERBS | frozenset(
    """went came kept got had drank tried fell passed invited brought took gave showed
    started stayed danced sat leaned grabbed touched liked loved hated never always""".split()
)
ADVERBS = frozenset({"never", "always", "just", "still", "finally", "then", "even", "only"})
DETERMINERS = frozenset({"this", "that", "a", "the", "one", "some", "our", "my", "his", "her"})
AFTER_A_NAME = frozenset({"who", "from", "at", "in", "with", "was", "were", "and", "that", "whose"})
# After "it was hope from": where people come from, so the word is someone ("it was hope from
# college"), not a feeling ("hope from the start").
PEOPLES_PLACES = frozenset(
    "college school work class uni church gym highschool year group team office next".split()
)
AFTER_AN_ASIDE = frozenset(
    {"was", "is", "had", "who", "said", "told", "asked", "came", "went", "would", "used", "and"}
)
TAKES_A_PERSON = frozenset(
    """told asked texted messaged kissed hugged grabbed followed met dated married paid
    thanked warned begged called see visit visited meet tell ask text call kiss date saw
    invited drove pushed cornered dmed touched texting messaging calling asking telling
    kissing touching following dating seeing visiting hugging grabbing pushing dming""".split()
)
AFTER_TAKING = frozenset(
    """on for to about after again last once twice everything something nothing anything that
    what how why if whether when where out back home later first too goodbye i she he we it
    not even anyway constantly every all sorry""".split()
)
# "i sent faith one message", "i wrote crystal a long sorry message": a verb that gives a
# person something, the person, then the thing.
GIVES_A_PERSON = frozenset(
    "sent send wrote write texted text messaged message gave give owe owed showed show bought".split()
)
THE_THING_GIVEN = frozenset("a an one my this that some the long sorry".split())
# "melody was from", "precious was my sister's friend", "destiny joined our form".
SHE_WAS_FROM = frozenset("from my our his her the a".split())
# "ran into ruby", "went with hope", "hung out with summer": a verb and its particle that take a
# person; the name follows the particle (keyed by the particle, then the words before it).
PHRASAL_PERSON_VERBS = {
    "into": frozenset({"ran", "run", "running", "bumped", "bump"}),
    "with": frozenset(
        """went came left danced talked slept flirted stayed walked drove fought argued
        hooked broke made hung hanging chatted partnered paired""".split()
    ),
    "to": frozenset(
        """talked talking spoke speaking introduced lied apologized apologised did done said
        wrote sent explained""".split()
    ),
}
# What follows a name after such a verb (narrower than AFTER_TAKING: "went with hope in my
# heart" is a feeling).
AFTER_PHRASAL = frozenset(
    """and at from who for after again on last that because but so when until till all
    about once twice every""".split()
)
# Verbs of seeing and remembering, before a name and what she was doing ("i remember grace
# crying", "i watched amber leaving").
SEEING = frozenset("remember remembered saw watched heard found noticed caught left".split())
# First names that are also abstract nouns, which open sentences as nouns ("hope faded").
VIRTUES = frozenset(
    """hope faith grace joy mercy patience charity honor honour trinity destiny harmony
    serenity felicity verity unity liberty justice prudence constance chastity blessing
    precious""".split()
)
# Words in -ed after a name that are no past tense of what she did ("amber colored").
NOT_PAST_VERBS = frozenset("colored coloured tinted shaped sized based aged haired eyed".split())
# What follows a possessive typed without its apostrophe: "jakes place", "ashleys mom".
BELONGINGS = frozenset(
    """place house apartment apt room dorm car truck party mom dad mum parents sister brother
    cousin friend friends bf gf boyfriend girlfriend phone birthday wedding bed couch""".split()
)
# Words for a person in other Englishes and slang, beside context.RELATIONS ("this lass Poppy",
# "a bloke called", "my missus Jo").
MORE_PEOPLE = frozenset(
    """lass lassie lad laddie bloke geezer fella fellow chap missus wifey hun shorty homegirl
    homeboy boo bae sis cuz streamer builder gamer player tester client friend mate
    neighbour neighbor""".split()
)
# Where a person stood, after "this girl ruby": "behind the bar", "by the door".
WHERE_SHE_WAS = frozenset({"behind", "by", "near", "on", "got", "had"})
SEASONS = frozenset({"summer", "winter", "autumn", "fall", "spring"})
# After "jade was": where or how a person was ("next to me", "new", "drunk"), not what a thing
# is ("jade was the colour").
WHERE_OR_HOW_SHE_WAS = frozenset(
    """next there here sitting standing waiting working beside behind crying laughing drunk
    new young pretty shy quiet nice kind single married engaged always still just really so
    texting dancing talking smiling upset scared""".split()
)
WHAT_SEASONS_DO = frozenset(
    "came went passed fell started ended arrived rolled turned hit began lasted had".split()
)
# Verbs a person opens a sentence with, beside ACTS and SPEECH_VERBS ("Penny didn't come").
PERSON_ACTS = frozenset(
    """drove paid didn't didnt wasn't wasnt couldn't couldnt wouldn't wouldnt hadn't hadnt
    hasn't never always also still finally later once cried laughed texted quit worked
    moved smiled nodded shrugged blushed agreed refused lived grew wore wanted needed
    dropped transferred reported blocked messaged unfollowed resigned""".split()
)
# Where a person is placed among others: "Summer was in my tutorial group", "Amber was on
# tills", "Hope was on the night crew".
GROUPS_SHE_WAS_IN = frozenset(
    """group class tutorial seminar course cohort year team squad crew shift section
    department unit office tills till desk floor line ward choir band cast committee
    board staff rota roster""".split()
)
# What a person is, after "X was": "Iris was new", "Angel was drunk", "Daisy was seventeen".
PERSON_STATES = frozenset(
    """new drunk tipsy sober young younger older pregnant married single engaged shy quiet
    nice sweet kind pretty beautiful gorgeous upset crying scared terrified furious angry
    nervous sick tired married only barely just still twenty nineteen eighteen seventeen
    sixteen fifteen fourteen thirteen""".split()
)
# Roles beside context.ROLES: "Rusty was our foreman", "Hunter was the one who".
MORE_ROLES = frozenset(
    """foreman forewoman superintendent lifeguard ranger bouncer stripper bartender
    babysitter nanny maid housekeeper cleaner temp trainee rookie cadet recruit""".split()
)
TIME_LEADS = frozenset({"last", "next", "every", "each", "all", "whole", "early", "late"})
# What follows "ruby, " when ruby is called on: "ruby, i'm sorry", "grace, if you read this".
# What a man calls a woman instead of her name: '"Honey, come back"' names no one.
ENDEARMENTS = frozenset(
    "honey babe baby sweetheart darling dear sweetie sugar hun hon princess doll cupcake".split()
)
AFTER_A_VOCATIVE = frozenset(
    "i i'm im if you you're youre please sorry i'd id i've ive thank thanks".split()
)
# Verbs after "me and X" that make X a person ("me and red drove up").
WITH_ME = frozenset("drove were ended used would headed snuck hit had got".split())
# Nicknames after a pal word: "my boy tank was driving", "my guy smoke said".
PAL_WORDS = frozenset("boy guy dude man homie bro buddy pal mate boi dawg cuz".split())
# Words that make a compound with a pal word ("my friend group", "my boy scouts"), or that are
# verbs and adverbs after it ("my friend had told me"): never a nickname.
NOT_AFTER_A_PAL = frozenset(
    """group groups circle circles scout scouts toy toys band crew squad list request zone ship
    had has was is were would could should will can did does just also really never always
    still even only then too actually literally basically probably said told went came got
    kept lives lived who whom whose and or but that this""".split()
)
NICKNAME_ADJECTIVES = frozenset(
    "big wee little lil crazy skinny fat tall young mad tiny baby".split()
)
# Two capitals that are words or common abbreviations, not someone's initials.
TWO_LETTER_WORDS = frozenset(
    """OK HR PE IT TV ER PR VP AE UK US EU UN DJ MC GP ID AI PA RN BF GF PM AM CB AD TA RA
    OT PT MD DM PS AC IV OR NO SO TO DO GO ME WE HE AN AS AT BE BY IF IN IS MY OF ON UP OH
    HI AH UH UM OW XL SUV GPA CEO CFO""".split()
)
REGION_CODES = frozenset(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH
    NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AB BC MB NB NL NS NT
    NU ON PE QC SK YT""".split()
)
LETTER_NOUNS = frozenset(
    """plan vitamin type grade class section part option side row level block building gate
    seat terminal wing hall floor unit apartment flat suite exhibit tier size cup category
    group team division league model version phase stage step""".split()
)
# Contractions typed without their apostrophe, and chat shorthand: words, not names, in text
# typed on a phone ("theres", "shouldnt", "idk").
CHAT_WORDS = frozenset(
    """aint arent cant couldnt couldve didnt doesnt dont hadnt hasnt havent hes heres hows im
    isnt itd itll ive lets mightve mustnt mustve neednt shant shes shouldnt shouldve thatd
    thatll thats theres theyd theyll theyre theyve weve werent whatll whats whens wheres whod
    whos whove whys wont wouldnt wouldve youd youll youre youve yall gonna wanna gotta tbh idk
    lol lmao omg smh ngl imo btw cuz tho thru ppl dmed dming dmd insta ig fb lowkey highkey
    tryna finna sayin playin tellin screenshotted negging ghosted maths""".split()
) | frozenset(
    # Everyday words of Englishes the dictionaries leave out (Scots, South African, Nigerian
    # and West African, South Asian, Australian and New Zealand, Caribbean, Irish): words, not
    # names, when a story is written in one of these voices.
    """wis fae tae oot aboot noo didnae dinnae cannae couldnae wouldnae isnae wasnae hae ken
    kent telt wee aye naw nae och awfy bairn lassie laddie wean greet greetin dreich bampot
    eejit feart outwith ken yin yon baw fitba messages scran boak
    eish ag ja nee bru boet bra howzit lekker jislaaik shame babbelas braai robot
    abeg abi oga wahala sef sha jare una dey wetin comot chop ehn ehen o oyinbo na
    yaar arre acha accha bhai didi bhaiya haan nahi achha chalo jaldi arey
    chur kia ora mana whanau aroha tu ka pai sweet-as heaps togs jandals dag
    arvo servo bogan reckon mozzie brekkie ute thongs esky stubby bottle-o
    wagwan dem nuh bredren mon yuh seh
    craic grand eejit feck gowl yoke gaff lads""".split()
)
