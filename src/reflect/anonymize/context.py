"""Words around a token that tell a name from an ordinary word ("my coworker Will", "Hope said")."""

from __future__ import annotations

RELATIONS = frozenset(
    """girlfriend boyfriend wife husband ex ex-girlfriend ex-wife ex-boyfriend fiancée fiancee
    fiance fiancé partner date coworker co-worker colleague boss manager supervisor assistant
    secretary intern employee friend buddy pal mate roommate housemate flatmate neighbor neighbour
    classmate teammate cousin sister brother sister-in-law brother-in-law mother father mom dad
    daughter son aunt uncle niece nephew student teacher tutor client patient customer bartender
    waitress waiter server crush hookup landlord landlady tenant therapist counselor counsellor
    sponsor pastor coach trainer lieutenant sergeant captain officer nurse doctor professor
    stepdaughter stepson stepmother stepfather sis bro bestie bff babe baby
    girl woman lady guy man kid boy""".split()
)
# Jobs and roles: "Sky was a yoga instructor", "Dale, our manager," mark the word before as a name.
ROLES = RELATIONS | frozenset(
    """instructor waitress waiter barista cashier clerk cook chef lecturer lieutenant ringleader
    director engineer analyst associate lead supervisor consultant recruiter rep representative
    salesman saleswoman driver employee staff volunteer student professor receptionist hostess
    host dancer singer drummer guitarist photographer model stylist hairdresser trainer agent
    realtor owner landlady landlord neighbour neighbor mentor sponsor captain sergeant corporal
    private specialist officer deputy detective medic nurse doctor physician dentist therapist
    pastor priest deacon teacher tutor coach principal dean secretary intern assistant
    paralegal lawyer attorney accountant banker editor writer reporter producer manager boss""".split()
)
# Nouns for a person that a name can follow as an appositive: "A regular, Ploy, came in", "the
# new dispatcher, Marsh, said". Only a capitalised word set off by commas counts.
PERSON_NOUNS = ROLES | frozenset(
    """regular regulars passenger guest patron customer stranger tourist rider dispatcher
    colleague bandmate parishioner congregant recruit trainee cadet apprentice hire newcomer
    member classmate teammate roommate coworker co-worker groupie fan follower admirer
    acquaintance contact match candidate applicant resident visitor traveller traveler
    hitchhiker shopper diner drinker bouncer doorman porter janitor custodian guard
    courier dealer vendor seller buyer tenant lodger boarder camper novice pupil freshman
    sophomore junior senior undergrad grad postdoc resident fellow chaplain elder deacon
    choirboy ranger scout soldier marine sailor airman private girl woman lady
    guy man kid boy teen teenager youngster stranger person someone somebody""".split()
)
NAMING = frozenset({"named", "called", "nicknamed", "name's", "names", "aka", "call", "calls"})
OBJECT_PRONOUNS = frozenset({"her", "him", "them", "me", "us"})
MONTH_NAMES = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    }
)
# Before a month these words mean the month ("in May", "last June"); otherwise a capitalised
# month mid-sentence is read as a name ("ran into May at a funeral").
MONTH_LEADS = frozenset(
    """in of since until till last next early late mid by through this that every each before
    after during from to between around about the a on""".split()
)
SPEECH_VERBS = frozenset(
    """said says told tells asked asks replied replies texted texts messaged messages called
    calls wrote writes yelled yells shouted shouts whispered whispers laughed laughs smiled
    cried cries screamed screams answered answers admitted admits explained explains mentioned
    mentions insisted insists warned warns begged begs agreed agrees refused refuses sobbed
    snapped muttered added posted tweeted emailed dmed pushed pulled kissed hugged slapped
    left walked ran looked stared froze flinched heard saw knew wanted waited worked quit
    moved stopped stood sat turned noticed""".split()
)
# Capitalised words that are never a person here even mid-sentence ("Grace" in "Amazing Grace"
# would still be caught: this list is only for words that are rarely names at all).
NOT_NAMES = frozenset(
    """i i'm i'd i've i'll god lord jesus christ mom dad mum mama papa the a an and or but
    so if then when while my your his her our their its this that these those he she we they
    it me him us them you who what where why how yes no not there here everybody everyone
    nobody somebody someone anyone anybody none nothing something everything anything else
    one people which whose whom all both each every some any many most other another such
    was were is are be been am do did does had has have would could should might must
    shall in on at to of by for with as up out off into onto over under from""".split()
)
# Words that open a sentence before a comma without naming anyone ("See, this is what I mean",
# "Look, I was wrong"), though some are in the first-name lists.
DISCOURSE_WORDS = frozenset(
    """see look listen well sorry okay ok please right sure honestly anyway yes no wait stop fine
    true now man dude god hey oh say yeah like still besides again then first last next luckily
    sadly worse also thanks truth fact point anyhow seriously obviously clearly basically
    frankly mostly maybe perhaps""".split()
)
NAME_PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "da",
        "dos",
        "das",
        "du",
        "bin",
        "binti",
        "ibn",
        "al",
        "el",
        "la",
        "le",
        "st",
        "st.",
        "mac",
        "ní",
        "ó",
        "ni",
        "nic",
        "ter",
    }
)
TITLES = (
    "Staff Sergeant|Master Sergeant|Gunnery Sergeant|First Sergeant|Sergeant Major|Petty Officer|"
    "Lance Corporal|Private First Class|Second Lieutenant|First Lieutenant|"
    "Dr|Doctor|Mr|Mrs|Ms|Mx|Miss|Mister|Prof|Professor|Coach|Sergeant|Sgt|Specialist|Spc|Officer|"
    "Pastor|Father|Fr|Reverend|Rev|Captain|Capt|Lieutenant|Lt|Private|Pvt|Corporal|Cpl|Major|Maj|"
    "Colonel|Col|General|Gen|Admiral|Commander|Cmdr|Chief|Deputy|Detective|Det|Sheriff|Judge|"
    "Senator|Rabbi|Imam|Sister|Brother|Mother|Nurse|Principal|Dean|Madam|Madame|Auntie|Aunt|Uncle|"
    "Sir|Lady|Airman|Seaman|Ensign|Chef|Elder|Bishop|Deacon|Sensei|Agent|Trooper|Ranger|Councilman|"
    "Councilwoman|Mayor|Governor|Bro|Sis|Chief Petty Officer|Warrant Officer|"
    # Honorifics in other languages that English stories keep: "Señora López", "Kuya Jun".
    "Señora|Señor|Señorita|Senora|Senor|Senhora|Senhor|Doña|Signora|Signor|Monsieur|"
    "Mademoiselle|Frau|Herr|Kuya|Oga|Bhai|Didi|Mzee|Sheikh|Ustaz"
)
LOWERCASE_TITLES = frozenset(
    {
        "coach",
        "officer",
        "pastor",
        "professor",
        "sergeant",
        "captain",
        "lieutenant",
        "detective",
        "dr",
        "mr",
        "mrs",
        "ms",
        "corporal",
        "private",
        "specialist",
        "deputy",
        "sheriff",
        "nurse",
        "principal",
        "dean",
        "judge",
        "rabbi",
        "imam",
        "reverend",
        "chef",
        "agent",
        "trooper",
    }
)
