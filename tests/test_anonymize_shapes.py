"""The identifier shapes issue 11 names, each with examples written for this file (never taken
from a corpus), and what must survive beside them."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.anonymize import anonymize

from conftest import run_reflect
from helpers import anonymized, gone

out = anonymized


# ---- times, weekdays, quarters ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "reads"),
    [
        ("She texted me at 9:42 and I ignored it.", "9:42", "at one point"),
        ("Around 12.40am I knocked on her door.", "12.40am", "In the small hours"),
        ("We left at 4pm, both tired.", "4pm", "in the afternoon"),
        ("I called her at 0300. She did not pick up.", "0300", "in the small hours"),
    ],
)
def test_clock_times_tied_to_an_event_go(text: str, word: str, reads: str) -> None:
    assert reads in gone(text, word)


@pytest.mark.parametrize(
    ("text", "word", "reads"),
    [
        ("Last Thursday I finally wrote to her.", "Thursday", "One day I finally"),
        ("On the Saturday night after the wedding I drove over.", "Saturday", "On the night after"),
        ("We flew out on a Monday morning.", "Monday", "one morning"),
        ("It was a Friday barbecue at her place.", "Friday", "a barbecue at"),
        ("wednesday she didnt come to class.", "wednesday", "That day she"),
        ("Last Sunday at 7:05 she called.", "7:05", "One day she called"),
    ],
)
def test_a_weekday_of_one_event_goes(text: str, word: str, reads: str) -> None:
    assert reads in gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "We met every Thursday for a year.",
        "on mondays the office was empty.",
        "The Sunday service ran long.",
    ],
)
def test_a_weekday_of_a_habit_stays(text: str) -> None:
    assert out(text) == text


def test_business_quarters_go_and_read() -> None:
    result = gone(
        "She missed her Q2 target. By Q4 she had left. In Q1 2017 I got promoted.",
        "Q2",
        "Q4",
        "Q1",
        "2017",
    )
    assert "her quarterly target" in result and "By one quarter" in result


# ---- seat, gate, flight, room and bus numbers -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I moved to seat 27F to sit next to her.", "27F"),
        ("We waited at gate C31 for an hour.", "C31"),
        ("It was flight BA 206 and I had been drinking.", "BA 206"),
        ("She was on KL 1644 from Amsterdam.", "KL 1644"),
        ("I found her room, 5C, and knocked.", "5C"),
        ("Her apartment was Apt 9D, on the top floor.", "9D"),
        ("I sat in 18A and she sat in 18B.", "18B"),
        ("She always took the 52 bus home.", "52"),
        ("I waited by the 52 for her.", "52"),
    ],
)
def test_codes_in_mixed_shapes_go(text: str, code: str) -> None:
    gone(text, code)


def test_a_code_named_once_goes_where_it_recurs_alone() -> None:
    gone("Her locker was locker 4K. Later I wrote on 4K in marker.", "4K")


def test_counts_and_grades_stay() -> None:
    for text in ("She got a 9 in the test.", "There was room for 2 more.", "We took 3 cabs."):
        assert out(text) == text


# ---- initials -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "initial"),
    [
        ("T. said she wanted to go home.", "T"),
        ("Her cousin W. came to get her.", "W"),
        ("My supervisor, G, laughed along.", "G"),
        ("I will call her N., because she deserves that.", "N"),
        ("PJ drank too much that night.", "PJ"),
        ("Later I told my friend R.J. everything.", "R.J."),
    ],
)
def test_initials_standing_for_a_person_go(text: str, initial: str) -> None:
    gone(text, initial)


def test_an_initial_goes_where_it_recurs() -> None:
    result = gone("My ex, F., and I lived together. I told F to leave.", "F")
    assert "I told [A] to leave." in result


@pytest.mark.parametrize(
    "text",
    [
        "Plan B was to call a cab.",
        "I got a C in that class.",
        "We lived in the U.S. for years.",
        "HR called me in. It was OK.",
    ],
)
def test_letters_that_are_not_people_stay(text: str) -> None:
    result = out(text)
    assert "[A]" not in result


# ---- chat-style lowercase text and names that are words ----------------------------------------


def test_word_names_in_lowercase_chat_text_go_everywhere() -> None:
    text = (
        "me and the boys went out. there was this girl ivy who worked the bar. "
        "ivy told me to back off and i didnt. later i texted ivy again."
    )
    assert gone(text, "ivy").count("[") >= 3


def test_a_name_spelt_in_lowercase_is_found_again_in_lowercase() -> None:
    gone("a bartender named sky served us. sky said no twice.", "sky")


def test_word_names_where_only_a_name_fits() -> None:
    gone("May kept ignoring my texts.", "May")
    gone("The manager told Storm she was too loud.", "Storm")
    gone("Two of them, Sky, was the one I liked.", "Sky")
    gone('I said, "Come on, Blaze." She walked off.', "Blaze")


def test_ordinary_words_stay_where_they_are_words() -> None:
    text = "In May the rain came. I hope she is well. The storm passed."
    # "May" is the month (widened to its season), never a woman; "hope" and "storm" stay.
    assert out(text) == "In the spring the rain came. I hope she is well. The storm passed."


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Big Rob said it was fine.", "Big Rob"),
        ("me an my roommate big nico were out.", "big nico"),
        ("a guy we called little moose was there.", "little moose"),
    ],
)
def test_nicknames_of_an_adjective_and_a_name_go(text: str, nickname: str) -> None:
    gone(text, nickname)


# ---- organisations and places ---------------------------------------------------------------


def test_greek_letter_houses_in_any_spelling_go() -> None:
    result = gone(
        "I rushed Tau Kappa Epsilon. The ΤΚΕ house was loud and my teke brothers cheered.",
        "Tau Kappa Epsilon",
        "ΤΚΕ",
    )
    assert "a fraternity" in result


def test_sports_teams_and_airlines_go() -> None:
    gone("We watched the Hornets lose the game at a bar.", "Hornets")
    gone("I was a pilot at Frontier and she was a new hire.", "Frontier")
    gone("We flew Lufthansa to Munich.", "Lufthansa")


def test_a_town_before_a_region_code_goes_whatever_the_gazetteer_says() -> None:
    gone("I grew up in Pinecrest Falls, MB, on a farm.", "Pinecrest Falls", "MB")
    gone("We drove to Harlow Creek, Ont. that night.", "Harlow Creek", "Ont.")


def test_chat_style_ages_go() -> None:
    gone("im 15 and this is my story.", "15")
    gone("I was dumb. 31 now, and I know better.", "31")


# ---- grammar of the replacements ------------------------------------------------------------


def test_replacements_keep_grammar() -> None:
    assert (
        out("She lived on Larch Street. My friend knew.")
        == "She lived on a street. My friend knew."
    )
    assert "a store in a city" in out("I worked at Walmart store #2291 in Dayton.")
    assert "a student at a school" not in out("I was a freshman at Bowdoin.")
    assert "at a school" in out("I was a freshman at Bowdoin.")
    assert "a university" in out("We met at the University of Kent.")
    assert "the the" not in out("We went to the 2018 regional sales summit.")


# ---- quasi-identifiers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("She was the only woman on the night crew.", "the only woman on the night crew"),
        ("She was our only female mechanic.", "our only female mechanic"),
        ("I was a junior at Calloway College then.", "a junior at"),
        ("I was senior to her by six years.", "senior to her"),
        ("She asked to move to a different shift in October.", "in October"),
        ("It happened at the office holiday party.", "the office holiday party"),
        ("She was a second-year in my lab.", "a second-year"),
    ],
)
def test_phrases_that_single_someone_out_are_listed(text: str, phrase: str) -> None:
    risks = [r for r in anonymize(text).residual_risks if r.kind == "phrase"]
    assert any(phrase in r.word or phrase in r.original for r in risks), risks


def test_ordinary_superlatives_are_not_listed() -> None:
    text = "The only time I cried was then. The first girl I kissed moved away."
    assert not [r for r in anonymize(text).residual_risks if r.kind == "phrase"]


def test_anonymize_json_carries_residual_risks() -> None:
    result = run_reflect("anonymize", "--json", input="She was the only woman on the crew.\n")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    risks = document["residual_risks"]
    phrase = next(r for r in risks if r["kind"] == "phrase")
    assert phrase["text"] == "the only woman on the crew"
    assert phrase["suggestion"] == "a woman on the crew"
    assert set(phrase) == {"text", "kind", "reason", "suggestion"}


# ---- properties -----------------------------------------------------------------------------

_NAMES = ["Dana Whitfield", "Oskar", "Priya Raman", "Tomasz", "Ines", "Marguerite Oyelaran"]
_PLACES = ["Tacoma", "Leeds", "Tulsa", "Cork", "Lagos"]
_SENTENCES = [
    "I met {name} in {place}.",
    "{name} said no, and I kept going.",
    "It was at the Harbor Lights Tavern with {name}.",
    "We drove from {place} at 11:40pm.",
    "Last Friday {name} wrote to me.",
    "I was {age} and she was younger.",
    "She moved to {place}, MB, after that.",
    "My friend {name}, the only one who spoke up, left.",
    "Nothing about it was okay.",
    "I think about it most days.",
]
_sentence = st.builds(
    lambda template, name, place, age: template.format(name=name, place=place, age=age),
    st.sampled_from(_SENTENCES),
    st.sampled_from(_NAMES),
    st.sampled_from(_PLACES),
    st.integers(min_value=14, max_value=70),
)
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+[\"“‘(]*[A-Z\[]")
_NAME_KINDS = {"person", "place", "org", "venue", "handle", "email", "url", "phone", "other"}


@settings(max_examples=80, deadline=None)
@given(st.lists(_sentence, min_size=1, max_size=8))
def test_no_detected_string_survives_and_no_sentence_end_is_lost(sentences: list[str]) -> None:
    text = " ".join(sentences)
    result = anonymize(text)
    for finding in result.findings:
        if finding.kind not in _NAME_KINDS:
            continue
        core = re.sub(r"^(?:the|a|an|my|her|his|our)\s+", "", finding.original, flags=re.I)
        core = core.rstrip(".,")
        assert not re.search(rf"(?<![\w\[]){re.escape(core)}(?!\w)", result.text), (
            core,
            result.text,
        )
    assert len(_SENTENCE_END.findall(result.text)) == len(_SENTENCE_END.findall(text)), (
        text,
        result.text,
    )


# ---- shapes added after the third corpus (examples written here, not taken from a corpus) ---


@pytest.mark.parametrize(
    ("text", "word", "reads"),
    [
        # A clock time used as an adjective keeps its noun and the sentence.
        ("I skipped the 9am meeting to avoid her.", "9am", "the morning meeting"),
        ("She caught the 7:15 train home.", "7:15", "the train home"),
        ("We missed our 10pm curfew.", "10pm", "our late-night curfew"),
        # "on a Friday." at a sentence end keeps a noun after the article.
        ("We met on a Friday.", "Friday", "We met one day."),
    ],
)
def test_times_used_as_adjectives_keep_the_sentence(text: str, word: str, reads: str) -> None:
    assert reads in gone(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("she sat in 12b on the bus and i was in 14c.", "14c"),
        ("we swapped, so i moved to 9a", "9a"),
    ],
)
def test_lowercase_seat_and_room_codes(text: str, word: str) -> None:
    assert "a seat" in gone(text, word)


def test_lowercase_seat_codes_leave_3d_alone() -> None:
    assert "in 3d" in out("we watched it in 3d at the cinema")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("i met amber at a party and we talked", "amber"),
        ("i texted summer about it again", "summer"),
        ("we sat with her friend crystal", "crystal"),
    ],
)
def test_lowercase_word_names_after_a_verb_taking_a_person(text: str, word: str) -> None:
    gone(text, word)


def test_lowercase_words_after_those_verbs_with_an_article_stay() -> None:
    text = "i met the amber light at a crossing and called the crystal shop"
    assert out(text) == text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("her name was willow and she sat by me", "willow"),
        ("my ex rose used to say that", "rose"),
        ("i went back to see grace on sunday", "grace"),
    ],
)
def test_more_lowercase_word_names(text: str, word: str) -> None:
    gone(text, word)


def test_a_participle_after_name_was_stays() -> None:
    assert "was attached to" in out("her name was attached to a thread i started")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("she played for the rangers back then", "rangers"),
        ("he was a huge fan of the hawks", "hawks"),
    ],
)
def test_lowercase_teams_after_a_verb_that_takes_a_team(text: str, word: str) -> None:
    assert "a team" in gone(text, word)


def test_a_plural_of_people_after_played_for_stays() -> None:
    assert "played for the kids" in out("i played for the kids at the party")


def test_a_clock_time_standing_for_a_train_keeps_the_sentence() -> None:
    assert "on the one out of" in gone("We were on the 6:05 out of town.", "6:05")


def test_an_age_never_hands_back_a_decade_the_writer_named() -> None:
    result = gone("I am seventy-one now. Back in the seventies I worked the docks.", "seventies")
    assert "past seventy" in result
    assert "in my early seventies" in out("I was seventy-one when I wrote this.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("At the rush party I got a DG drunk and she left.", "DG"),
        ("She pledged KD that fall; her sorority sisters saw it all.", "KD"),
    ],
)
def test_greek_house_initials_where_the_text_talks_of_greek_life(text: str, word: str) -> None:
    gone(text, word)


def test_capitals_elsewhere_are_no_greek_house() -> None:
    assert "a DG" in out("I got a DG drunk at the party.")
    assert "in HR" in out("During rush week she was in HR all day.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She was an editor at Vogue before we met.", "Vogue"),
        ("He covered sports for the Post.", "Post"),
        ("She freelanced for Harbor Weekly for a year.", "Harbor Weekly"),
    ],
)
def test_publications_after_writing_for_them_or_a_job_at_them(text: str, word: str) -> None:
    assert "a publication" in gone(text, word)


def test_a_lowercase_team_after_cheering_for_it_needs_no_game_word() -> None:
    assert "cheered for a team" in gone("she cheered for the chiefs every week", "chiefs")


@pytest.mark.parametrize(
    ("text", "word"),
    [("me and T went out that night", "T"), ("Later T and I were alone.", "T")],
)
def test_a_bare_initial_paired_with_the_writer(text: str, word: str) -> None:
    gone(text, word)


def test_a_bare_capital_elsewhere_stays() -> None:
    assert "plan B" in out("me and plan B went nowhere")
    assert "vitamin D and I" in out("It was vitamin D and I took it daily.")


def test_contractions_typed_without_apostrophes_are_words() -> None:
    text = "idk why i didnt stop. theres no excuse, i shouldnt have and it doesnt matter now"
    assert out(text) == text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("she lived in san diego back then", "diego"),
        ("we drove to salt lake city that night", "salt lake"),
        ("she was from el paso originally", "paso"),
    ],
)
def test_lowercase_places_of_several_words(text: str, word: str) -> None:
    assert "a city" in gone(text, word)


def test_lowercase_place_words_with_no_place_context_stay() -> None:
    assert "a long beach walk" in out("It was a long beach walk in the rain.")


@pytest.mark.parametrize(
    ("text", "word", "reads"),
    [
        ("this was in columbus ohio back then", "columbus", "in a town back"),
        ("We lived in Dayton Ohio then.", "Dayton", "in a town then"),
        ("She was from rural Ohio.", "Ohio", "from a rural state"),
        ("we moved to north texas", "texas", "to a northern state"),
    ],
)
def test_a_town_before_its_state_and_a_region_word_before_a_place(
    text: str, word: str, reads: str
) -> None:
    assert reads in gone(text, word)


def test_a_common_word_before_a_state_is_no_town() -> None:
    assert "to college in" in out("Then I got to college in Arizona and changed.")


# ---- lowercase word-names after verbs and pal words (examples written here) ----------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("i ran into ruby at the party.", "ruby"),
        ("we went with hope and her sister.", "hope"),
        ("i texted grace after that.", "grace"),
        ("i asked crystal if she wanted a ride.", "crystal"),
        ("i told amber everything.", "amber"),
        ("i hung out with summer after school.", "summer"),
        ("i bumped into joy at the store.", "joy"),
        ("i talked to faith for an hour.", "faith"),
        ("ruby said no. i did not listen.", "ruby"),
        ("i saw summer at the party and went over.", "summer"),
        ("i cornered crystal in the kitchen.", "crystal"),
    ],
)
def test_lowercase_word_names_after_verbs_that_take_a_person(text: str, word: str) -> None:
    gone(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("my boy tank was driving that night.", "tank"),
        ("my guy smoke said she was into me.", "smoke"),
        ("me and tank went out that night.", "tank"),
        ("me and red drove up to the lake.", "red"),
        ("me, red, and a kid named cash were on the crew. red egged me on.", "red"),
        ("big mike said it was fine.", "big mike"),
        ("Red told me to go for it.", "Red"),
    ],
)
def test_lowercase_nicknames_beside_the_writer_or_a_pal_word(text: str, word: str) -> None:
    gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "hope you're well. i went with her.",
        "she wore a ruby ring and the red car was mine.",
        "she handled it with grace.",
        "i went with hope in my heart.",
        "i asked permission first and told stories to impress her.",
        "me and my friends went out. me and friends went out.",
        "my friend group was small back then. my friend had told me not to.",
        "my boy scouts troop met on tuesdays.",
        "i ran into trouble at work. i ran into her at the party.",
        "there was a rusty old truck in the yard.",
    ],
)
def test_ordinary_uses_of_word_names_in_lowercase_text_stay(text: str) -> None:
    assert out(text) == text


# ---- abbreviated and lowercase place names (examples written here) -------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("we moved to st louis when i was ten.", "louis"),
        ("she grew up in st. paul and hated it.", "paul"),
        ("i grew up near ft. worth and left.", "worth"),
        ("i lived in ft lauderdale for two years.", "lauderdale"),
        ("She was born in St. Petersburg.", "Petersburg"),
    ],
)
def test_abbreviated_saints_and_forts_are_places(text: str, word: str) -> None:
    result = gone(text, word)
    assert "a city" in result and " st" not in result.lower().replace("stationed", "")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("she was from tulsa ok and knew nobody.", "ok"),
        ("we lived in regina sk for a while.", "sk"),
        ("I grew up in Reno NV and left young.", "NV"),
        ("she moved to tulsa, ok after that.", "ok"),
    ],
)
def test_a_region_code_after_a_known_town_goes_with_it(text: str, code: str) -> None:
    assert "a city" in gone(text, code)


def test_lowercase_words_that_are_also_region_codes_stay() -> None:
    assert "or a city" in out("we could go to portland or seattle.")
    assert "it was OK." in out("I was in Tulsa and it was OK.")
    assert "in the spring" in out("we made it to denver in may.")  # "in" is no Indiana


# ---- venues typed in lowercase (examples written here) -------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("we ended up at the crooked spoon after that.", ["crooked spoon"]),
        ("drinks at the rusty moose were cheap.", ["rusty moose"]),
        ("i used to meet her at the blue door on main.", ["blue door", "main"]),
        ("we went to the golden dragon for dinner.", ["golden dragon"]),
        ("we met at the salty dog bar downtown.", ["salty dog"]),
    ],
)
def test_lowercase_venues_of_a_naming_adjective_and_a_noun(text: str, words: list[str]) -> None:
    gone(text, *words)


def test_a_lowercase_venue_named_after_a_venue_word() -> None:
    assert "a bar called [A] for" in gone(
        "i worked at a bar called the rusty nail for years.", "rusty nail"
    )


@pytest.mark.parametrize(
    ("text", "word", "reads"),
    [
        ("she worked at the sonic on 50th street.", "sonic", "at a restaurant"),
        ("she worked at target and hated it.", "target", "at a store"),
        ("we met at the target store.", "target", "at a store"),
        ("i took her to the olive garden on her birthday.", "olive garden", "to a restaurant"),
        ("we went to applebees after the game.", "applebees", "to a restaurant"),
    ],
)
def test_chains_typed_in_lowercase(text: str, word: str, reads: str) -> None:
    assert reads in gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "we stopped at the red light and she got out.",
        "there was a rusty old truck in the yard.",
        "i looked at the black cat and laughed.",
        "she walked to the white house on the corner.",
        "i gave it to the blue team and waited in the green room.",
        "we talked to the white girls by the pool.",
        "i aimed at the target and missed.",
        "we took the subway to work. i walked her to the subway and left.",
        "it was the best buy i ever made. five guys were there.",
        "she was at the bar called out by her boss.",
    ],
)
def test_ordinary_phrases_after_at_the_stay(text: str) -> None:
    assert out(text) == text


# ---- odd place words, holidays and titles before a name (examples written here) -------------


def test_a_town_that_is_a_word_before_a_landmark_noun() -> None:
    assert "on a city foreshore" in gone(
        "There was a barbecue on the Semaphore foreshore that summer.", "Semaphore"
    )
    assert "a city waterfront" in gone("We walked along the Reading waterfront.", "Reading")


def test_a_country_before_day_is_a_holiday() -> None:
    text = "On Australia Day we had a barbecue. We flew home on Canada Day."
    assert out(text) == text


def test_a_title_then_a_name_that_is_a_word() -> None:
    result = gone(
        "I was a staff sergeant and Airman Brooks was new. Later Brooks had talked to her.",
        "Brooks",
    )
    assert "Airman [A]" in result


# ---- capitalised word-names opening a sentence (examples written here) ---------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Grace kept texting me after that.", "Grace"),
        ("Penny didn't come back.", "Penny"),
        ("Amber had a boyfriend.", "Amber"),
        ("Iris was new to the office.", "Iris"),
        ("Angel was drunk and I drove.", "Angel"),
        ("Rusty was our foreman.", "Rusty"),
        ("Hunter was the one who saw it.", "Hunter"),
        ("Summer never answered.", "Summer"),
    ],
)
def test_a_word_name_opening_a_sentence_with_what_a_person_does(text: str, word: str) -> None:
    gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "Hope is what I have left.",
        "Hope was the one thing I had.",
        "Summer came and went.",
        "Joy was not what I felt.",
        "Crystal meth was everywhere in that town.",
        "Storm clouds rolled in.",
        "Mark my words.",
    ],
)
def test_word_names_opening_a_sentence_as_words_stay(text: str) -> None:
    assert out(text) == text


def test_a_possessive_typed_without_its_apostrophe() -> None:
    gone("we were at jakes place and i kept pushing", "jakes")
    gone("we went to ashleys house after", "ashleys")
    assert out("the kids room was a mess.") == "the kids room was a mess."


def test_chat_shorthand_is_no_name() -> None:
    text = "i dmed her after on insta and she blocked me"
    assert out(text) == text


def test_everyday_words_of_other_englishes_are_no_names() -> None:
    for text in (
        "me an ma pal were oot every night, an a telt her a didnae care.",
        "eish, it was lekker at the braai but abeg, i dey tell you.",
        "arre yaar, we went in the arvo and she said acha.",
    ):
        assert out(text) == text, out(text)


# ---- names paired with a person, nicknames, lowercase towns that are words --------------------


def test_a_capitalised_word_joined_to_a_person_by_and_is_a_person() -> None:
    assert "with [A] and [B] that" in gone("I was with Duke and Ace that night.", "Duke", "Ace")
    assert "[A] and Mom" in out("I went with Sarah and Mom to the store.")
    assert "and Christmas" in out("It was Sarah and Christmas all over again.")


def test_an_adjective_nickname_in_capitals_is_a_person() -> None:
    assert "with [C]." in gone("Later Kev and Sal came over with Big Col.", "Col")
    assert "to a city" in out("We drove to Little Rock that night.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("we grew up in mobile and left young", "mobile"),
        ("she lived out in bath for a while", "bath"),
    ],
)
def test_a_lowercase_town_that_is_a_word_in_lowercase_text(text: str, word: str) -> None:
    assert "a city" in gone(text, word)


@pytest.mark.parametrize(
    ("text", "word", "reads"),
    [
        ("She went to Ohio State on a scholarship.", "Ohio", "to a university on"),
        ("we met at michigan state in 2012", "michigan", "at a university in"),
        ("she went to iowa state university", "iowa", "to a university"),
        ("We crossed the Texas state line at night.", "Texas", "crossed a state line"),
    ],
)
def test_a_state_before_state_reads_as_its_university_or_its_state(
    text: str, word: str, reads: str
) -> None:
    assert reads in gone(text, word)


@pytest.mark.parametrize(
    ("text", "word", "reads"),
    [
        ("she was a flight attendant with southwest", "southwest", "with an airline"),
        ("i was a pilot for delta when we met.", "delta", "for an airline"),
        ("she wrote for the tribune", "tribune", "for a publication"),
        ("she worked at the daily news for a year", "daily news", "at a publication"),
    ],
)
def test_airlines_and_papers_typed_in_lowercase(text: str, word: str, reads: str) -> None:
    assert reads in gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "i was a pilot for years.",
        "i was a pilot for the navy.",
        "she worked at the post office.",
        "she was a flight attendant for a while.",
        "i wrote for the school paper",
    ],
)
def test_crew_jobs_and_writing_without_a_named_employer_stay(text: str) -> None:
    assert out(text) == text


@pytest.mark.parametrize(
    ("text", "word", "reads"),
    [
        ("Now I have a daughter, she is four, and I worry.", "four", "she is a child, and"),
        ("My daughter is four now.", "four", "is a child now"),
        ("my son was six when it happened.", "six", "was a child when"),
    ],
)
def test_a_young_childs_age_in_words(text: str, word: str, reads: str) -> None:
    assert reads in gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "we were four in the car.",
        "it was four in the morning.",
        "she was one of them.",
        "she was four minutes late.",
        "there were four of us.",
    ],
)
def test_small_counts_in_words_stay(text: str) -> None:
    assert out(text) == text


def test_a_name_with_a_lowercase_link_goes_whole() -> None:
    assert "At a place in a city" in gone(
        "At South by Southwest in Austin I met a publicist.", "South", "Southwest"
    )
    assert "in a city for" in gone("We stayed in Newcastle upon Tyne for a week.", "Tyne")
    assert "[A] by [B]'s car" in out("I met Jen by Tom's car.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I worked the door at Envy for two years.", "Envy"),
        ("I was a line cook at Anchor when we met.", "Anchor"),
    ],
)
def test_a_capitalised_everyday_word_after_at_is_where_someone_was(text: str, word: str) -> None:
    assert "at a place" in gone(text, word)


def test_holidays_faiths_and_everyday_places_after_at_stay() -> None:
    for text in (
        "We met at Christmas and again at Easter.",
        "She was at Church.",
        "I was at Work.",
    ):
        assert out(text) == text


def test_a_building_named_after_a_part_of_it() -> None:
    assert "the back of a place," in gone(
        "Afterwards I'd hang around the back of the Lyric, waiting.", "Lyric"
    )
    assert out("It was in the back of the Bible.") == "It was in the back of the Bible."


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("hope and jake went to the store.", "hope"),
        ("me, jake and hope drove out there.", "hope"),
        ("i was with jake, hope and tyler.", "hope"),
        ("Jake, Hope and Tyler were there.", "Hope"),
    ],
)
def test_a_word_name_listed_with_a_person(text: str, word: str) -> None:
    gone(text, word)


def test_a_word_after_a_comma_that_ends_no_list_stays() -> None:
    assert "hope was gone" in out("i called jake, hope was gone by then.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("lil tee texted me after.", "tee"),
        ("me and big country went out.", "country"),
        ("we called him big red.", "big red"),
    ],
)
def test_lowercase_adjective_nicknames_doing_what_people_do(text: str, word: str) -> None:
    gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "the big man said no.",
        "my big brother said no.",
        "little kids cried all night.",
        "a tall guy walked in.",
        "young people never listen.",
    ],
)
def test_an_adjective_and_a_common_noun_stay(text: str) -> None:
    assert out(text) == text


def test_word_names_after_person_words_of_other_englishes() -> None:
    gone("There was this lass Poppy behind the bar.", "Poppy")
    gone("there was this lass poppy behind the bar.", "poppy")
    gone("a bloke named Crispin was there.", "Crispin")
    for text in ("we walked through a poppy field.", "she made gin with juniper berries."):
        assert out(text) == text


def test_a_base_typed_in_lowercase() -> None:
    assert "at a military base" in gone("i was stationed at ft hood and met her.", "hood")
    assert "to a military base" in gone("i got shipped to camp lejeune.", "lejeune")
    assert out("we were in camp today.") == "we were in camp today."
    assert "near a city" in out("i grew up near ft worth and left.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("i remember grace crying in my car", "grace"),
        ("honestly amber deserved better", "amber"),
        ("i think about what i did to hope every day", "hope"),
        ("i kept texting joy even after she blocked me", "joy"),
        ("it was me, jay, and destiny in the car", "destiny"),
        ("me n ruby were close", "ruby"),
    ],
)
def test_more_places_a_lowercase_word_name_stands_in(text: str, word: str) -> None:
    gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "hope faded after that.",
        "the amber colored light was on.",
        "i remember summer being hot.",
        "i said to myself it was fine.",
    ],
)
def test_the_same_words_as_words_stay(text: str) -> None:
    assert out(text) == text


def test_an_adjective_nickname_or_a_pal_nickname_ending_a_clause() -> None:
    gone("i was out with big mike.", "mike")
    gone("that night it was just me and my boy tank", "tank")
    for text in ("it was a big deal.", "she had a little rose tattoo.", "we paid a big bill."):
        assert out(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mate this is about sunny, she was the first year apprentice", "sunny"),
        ("the customer was autumn, the name on the app. she opened the door", "autumn"),
        ("turned out later it was hope from college, and we slowed down", "hope"),
        ("i used to watch this streamer rain, her channel is small", "rain"),
        ("me and my friend sunny were second years at uni", "sunny"),
        ("there was a girl jewel selling coconut water by the pier", "jewel"),
        ("one of the builders was stormy, her username was x", "stormy"),
    ],
)
def test_a_word_name_the_clause_says_is_someone(text: str, name: str) -> None:
    assert not re.search(rf"\b{name}\b", anonymize(text).text)


@pytest.mark.parametrize(
    "text",
    [
        "it was hope from the start",
        "this is about hope, she said",
        "it was autumn, the leaves fell",
        "it was raining and a storm came",
        "a girl selling coconut water",
    ],
)
def test_those_words_as_plain_words_stay(text: str) -> None:
    assert anonymize(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("jade was next to me, shes the only woman on the crew", "jade"),
        ("every saturday ruby the redhead who served us", "ruby"),
        ("that night me and big mike were out", "mike"),
        ("there was this babe favour from our department, very quiet", "favour"),
        ("Hope and Karen went out.", "Hope"),
        ("Jade and Karen from the front office came too.", "Jade"),
    ],
)
def test_more_word_names_read_as_people(text: str, name: str) -> None:
    assert not re.search(rf"\b{name}\b", anonymize(text).text)


@pytest.mark.parametrize(
    "text",
    [
        "amber was the colour",
        "my favourite colour",
        "i apologised to her and realised",
        "peace and quiet was all i wanted",
        "Summer and Karen's wedding was fun.",
    ],
)
def test_british_spellings_and_ordinary_words_stay(text: str) -> None:
    assert re.sub(r"\[[A-Z]\]", "", anonymize(text).text).split()[:2] == text.split()[:2]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("that friday at blue door lounge in town i told her i loved her", "blue door"),
        ("i kept pulling her onto my lap in the treaty lounge", "treaty"),
        ("we was at the pork pit drinking and i followed her", "pork pit"),
    ],
)
def test_a_lowercase_name_ending_in_a_venue_noun_is_a_venue(text: str, gone: str) -> None:
    assert gone not in anonymize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "When I meet students now, it's in the open lounge.",
        "at the sports bar we had beers",
        "we sat round the fire pit",
        "she waited in the departure lounge",
    ],
)
def test_kinds_of_bar_and_lounge_stay(text: str) -> None:
    assert anonymize(text).text == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("cowboys were playing on the telly that night and i was drunk", "cowboys"),
        ("After the Bulls beat the Sharks at the ground we had a braai.", "Bulls"),
        ("hull city were losing that day which is the only excuse", "hull city"),
        ("She was sixteen, a cheerleader for the Bobcats, and I lied.", "Bobcats"),
    ],
)
def test_teams_doing_what_teams_do_go(text: str, gone: str) -> None:
    assert gone not in anonymize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "the kids were playing outside",
        "the boys were playing football",
        "She always lost to me at cards, and the game was fun.",
        "I grew up in a small town.",
    ],
)
def test_people_and_adverbs_in_sports_sentences_stay(text: str) -> None:
    assert anonymize(text).text == text


def test_a_venue_name_stops_before_i_d() -> None:
    result = anonymize("At staff parties at the World Bar I'd get her doing shots.")
    assert result.text == "At staff parties at a bar I'd get her doing shots."


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("last year at jefferson high in dayton oh i had a thing for her", " oh "),
        ("I mined opal for thirty years at Coober Pedy, SA, and I'm 58 now.", "SA"),
        ("me and big dec play for the club, and dec said she liked me", "dec"),
    ],
)
def test_region_codes_and_a_nickname_beside_the_writer_go(text: str, gone: str) -> None:
    assert gone not in anonymize(text).text


@pytest.mark.parametrize(
    "text", ["we got to reno oh god it was late", "me and big brother went out", "The SA team won."]
)
def test_the_word_oh_and_family_stay(text: str) -> None:
    assert anonymize(text).text.split()[-3:] == text.split()[-3:]


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("we worked nights at the amazon warehouse in town", "at a warehouse in"),
        ("I am a retired manager of Indian Bank.", "manager of a bank."),
    ],
)
def test_an_employer_by_its_workplace_or_its_company_word(text: str, reads: str) -> None:
    assert reads in anonymize(text).text


@pytest.mark.parametrize(
    "text", ["We ate at an Italian Restaurant.", "The Bank was closed.", "she aimed at the target"]
)
def test_kinds_of_place_named_by_nationality_stay(text: str) -> None:
    assert anonymize(text).text == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("we were drinking at the cormorant and she was behind the bar", "cormorant"),
        ("after pints we went back to the lantern for last orders", "lantern"),
    ],
)
def test_a_lowercase_pub_on_a_night_out_is_a_venue(text: str, gone: str) -> None:
    assert gone not in anonymize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "after drinks I went to the guest room",
        "I got her drinks and took her back to the ship.",
        "we went back to the toilets for a smoke after drinks",
        "after drinks we went to the beach",
        "we went to the cormorant sanctuary on a school trip",
    ],
)
def test_places_anyone_goes_on_a_night_out_stay(text: str) -> None:
    assert anonymize(text).text == text
