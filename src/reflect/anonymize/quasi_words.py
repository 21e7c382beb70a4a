"""Word sets for the quasi-identifier detectors of :mod:`roles` (kinds of word, not phrases).

Kept apart from the detectors so each set can be read, and argued about, on its own.
"""

from __future__ import annotations

from .context import PERSON_NOUNS, ROLES


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


DETERMINERS = _words("the a an our my her his their its that this")
POSSESSIVES = _words("our my her his their its")
# People met by chance, family and friends: "a customer at the store", "my friend from work",
# "her cousin in Leeds" do not single anyone out among the people there.
NOT_A_ROLE = _words(
    """friend friends buddy pal mate bestie bff cousin sister brother sis bro mom mum dad mother
    father daughter son aunt uncle niece nephew wife husband girlfriend boyfriend ex date crush
    hookup babe baby partner guy man men kid kids boy boys teen teenager youngster person someone
    somebody stranger customer passenger guest patron tourist shopper diner visitor drinker rider
    regular regulars fan follower admirer acquaintance contact match hitchhiker buyer seller
    candidate applicant traveller traveler groupie stepdaughter stepson stepmother stepfather
    fiancee fiancée fiance fiancé ex-girlfriend ex-wife ex-boyfriend sister-in-law brother-in-law
    member roommate housemate flatmate neighbor neighbour classmate client patient tenant lodger
    boarder camper"""
)
# Roles a person holds among others at work, school, a club or a unit.
ROLE_NOUNS = (
    (ROLES | PERSON_NOUNS)
    | _words(
        """seaman sailor corper designer developer programmer coder stewardess steward stew deckhand
        bartender barmaid barman waitress waiter server busser hostess cook chef dishwasher baker
        apprentice journeyman foreman forewoman electrician plumber carpenter welder mechanic
        technician tech labourer laborer operator logger driver clerk cashier teller nurse medic
        paramedic resident intern trainee cadet recruit rookie probie private specialist airman
        soldier marine ranger constable officer detective dispatcher guard lifeguard referee ref
        umpire linesman judge coach trainer player runner sprinter swimmer rower vocalist singer
        drummer guitarist bassist pianist organist violinist dancer actress actor performer model
        editor reporter writer journalist producer photographer analyst associate accountant
        auditor banker lawyer solicitor paralegal engineer scientist researcher postdoc lecturer
        tutor teacher professor principal librarian counsellor counselor therapist doctor dentist
        surgeon pharmacist vet receptionist secretary assistant administrator admin coordinator
        planner manager supervisor director lead leader chief head captain sergeant corporal
        lieutenant pastor priest minister chaplain deacon elder volunteer worker staffer employee
        rep representative agent recruiter salesman saleswoman saleslady merchandiser stylist
        hairdresser barista housekeeper maid nanny cleaner janitor custodian porter bouncer
        doorman usher roadie tech girl woman lady female"""
    )
) - NOT_A_ROLE
# Groups and places a role is held in: "the waitress on that shift", "a seaman in my division".
GROUP_NOUNS = _words(
    """team teams crew shift squad platoon unit division company battalion regiment brigade troop
    lodge ward floor department dept office branch store shop site rig pad row run tour roster
    class course cohort intake year grade school college uni university dorm corridor hall halls
    block building wing desk line section group band choir league zone church parish congregation
    program programme firm agency lab station precinct chapter sorority fraternity frat club gym
    kitchen restaurant bar pub hotel ship boat vessel base camp conference trip season rotation
    project practice clinic hospital plant factory warehouse yard depot garage newsroom
    studio theatre theater cast orchestra staff faculty force detachment outfit bridge deck
    flight route circuit academy seminary residency caseload location jobsite emergency er icu
    maternity surgery oncology radiology pediatrics paediatrics"""
)
# A group word that needs a possessive to be one group: "in my year", not "in the year".
GROUP_NEEDS_POSSESSIVE = _words("year grade class line run row block")
RELATIVE_TIMES = _words("year season summer term semester night shift month week spring winter")
# Roles a group has one of: "her squad leader", "our strength coach", "the church secretary".
SOLE_HEADS = _words(
    """leader coach manager supervisor foreman forewoman secretary captain sergeant director
    editor principal chaplain pastor organist treasurer president chair chairman chairwoman
    superintendent coordinator administrator receptionist lead boss chef steward stewardess
    bosun purser skipper warden matron registrar dean headteacher headmaster headmistress"""
)
# Words before a head that are opinions or times, not a group: "my old boss", "her new manager".
NOT_GROUP_MODIFIERS = _words(
    """new old former then current own actual real direct immediate big little young older
    younger good bad great nice mean awful only other first last next previous same whole
    female male assistant acting interim deputy"""
)
SUPERLATIVES = _words(
    """youngest oldest newest tallest shortest smallest best worst top highest lowest fastest
    smartest strongest quietest loudest"""
)
SUPERLATIVE_BASE = {
    "youngest": "young",
    "oldest": "old",
    "newest": "new",
    "tallest": "tall",
    "shortest": "short",
    "smallest": "small",
    "best": "good",
    "worst": "poor",
    "top": "good",
    "highest": "high",
    "lowest": "low",
    "fastest": "fast",
    "smartest": "sharp",
    "strongest": "strong",
    "quietest": "quiet",
    "loudest": "loud",
}
ORDINALS = _words("first second third fourth fifth sixth seventh eighth ninth tenth")
# Stretches of time or work someone is new at: "her first season", "on her third trip".
TENURES = _words(
    """season trip week month year shift deployment tour semester term rotation placement
    posting contract conference assignment voyage hitch summer sailing run"""
)
# Verbs of looking after one spot, and the spots: "she ran the tool crib", "worked the door".
STATION_VERBS = _words(
    """ran runs run running kept keeps keep keeping worked works work working manned mans manning
    staffed staffs tended tends tending minded minds minding covered covers handled handles"""
)
STATIONS = _words(
    """door doors desk front bar counter register till tills books crib fountain grill fryer
    floor phones switchboard reception kitchen gate booth stand window drive-thru deli pass dock
    dispatch shop store office stockroom storeroom cage canteen cafeteria concession
    cloakroom till coatcheck turnstile lift rink pool shift"""
)
# Nationalities, lower case, for "a Canadian on a working holiday", "the Irish nurse".
DEMONYMS = _words(
    """american canadian mexican brazilian argentine argentinian chilean colombian peruvian
    venezuelan cuban jamaican haitian dominican puerto british english scottish welsh irish
    australian aussie kiwi zealander french german dutch belgian swiss austrian italian spanish
    portuguese greek turkish polish czech slovak hungarian romanian bulgarian serbian croatian
    ukrainian russian lithuanian latvian estonian finnish swedish norwegian danish icelandic
    israeli lebanese syrian iraqi iranian egyptian moroccan algerian tunisian nigerian ghanaian
    kenyan ethiopian somali ugandan tanzanian zimbabwean zambian congolese cameroonian senegalese
    indian pakistani bangladeshi nepali sri lankan chinese japanese korean taiwanese vietnamese
    thai filipino filipina malaysian indonesian singaporean mongolian south african"""
)
VISIT_OPENERS = _words(
    "on over here visiting backpacking travelling traveling studying doing working au exchange"
)
VISIT_WORDS = _words(
    """holiday holidays gap exchange visa summer semester abroad backpacking travelling traveling
    visit trip placement vacation pair student year"""
)
# Life details few people share: "a divorcee with two kids", "a widow", "a single mum".
LIFE_STATUS = _words("divorcee divorcée widow widower newlywed")
SINGLE_PARENTS = _words("mum mom mother dad father parent")
CHILDREN = _words("kids children boys girls sons daughters kid child")
# Heads of a course or trade of study: "a nursing student", "a deck cadet", "a psych major".
STUDY_HEADS = _words("student cadet apprentice trainee intern major")
# Courses and trades before a study head: "a nursing student", "a deck cadet". A word ending
# like a science ("a sociology major", "a physics student") counts too.
FIELDS = _words(
    """nursing law medical med pharmacy engineering art arts music drama theatre theater film
    dental vet veterinary exchange transfer psych psychology bio biology chem chemistry physics
    math maths history english economics econ business accounting architecture design fashion
    journalism education teaching midwifery physio physiotherapy nutrition culinary cooking
    language languages linguistics philosophy politics sociology anthropology marketing finance
    computing it cs coding software dance ballet divinity seminary theology police army navy
    naval military flight pilot deck engine electrical plumbing carpentry welding joinery
    bricklaying mechanic mechanical aviation hairdressing beauty nail chef kitchen sales
    marketing legal newsroom reporting research lab"""
)
FIELD_ENDINGS = ("ology", "ics", "ical", "istry")
