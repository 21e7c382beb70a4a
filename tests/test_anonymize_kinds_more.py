"""More identifier kinds from unseen text (numbers of one thing, hours, places written short,
venues named by what people called them, pub words, a business by its first word), each with
examples written for this file and the ordinary uses that must survive beside them."""

from __future__ import annotations

import re

import pytest

from reflect.anonymize import anonymize

from helpers import anonymized, gone

out = anonymized


@pytest.mark.parametrize(
    ("text", "word", "reads"),
    [
        ("She lived in flat 6, right above the chip shop.", "6", "in a flat, right above"),
        ("Cabin 4 was hers for the whole season.", "4", "A cabin was hers"),
        ("We both worked Dock 9 on the night shift.", "9", "worked a dock on"),
        ("He sat at desk 2.07 next to the printer.", "2.07", "at a desk next to"),
        ("I was a walk-on, number 34, and full of myself.", "34", "walk-on, [number removed],"),
    ],
)
def test_the_number_of_one_flat_cabin_or_player_goes(text: str, word: str, reads: str) -> None:
    assert reads in gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "The room 4 of us shared had no window.",
        "Her locker 3 rows down was always open.",
        "The lab 5 minutes away had a kettle.",
        "We were, number 2 in the league, still losing.",
        "Office 3 days a week suited her.",
    ],
)
def test_counts_beside_those_nouns_stay(text: str) -> None:
    assert out(text) == text


@pytest.mark.parametrize(
    ("text", "word", "reads"),
    [
        ("I was banging on her door at 0340 shouting her name.", "0340", "in the small hours"),
        ("At half 1 when the taxis came I was still at her.", "half 1", "Later when the taxis"),
        ("Around 3 when everyone had gone I tried again.", "3", "Later when everyone"),
    ],
)
def test_hours_tied_to_one_night_go(text: str, word: str, reads: str) -> None:
    assert reads in gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "I was about 4 when we moved house.",
        "She was only 6 when her dad left.",
        "We got 1 when the others got two.",
    ],
)
def test_ages_and_counts_before_when_are_not_read_as_hours(text: str) -> None:
    result = out(text)
    assert "Later" not in result and "later" not in result, result


@pytest.mark.parametrize(
    ("text", "word", "reads"),
    [
        ("I came over to work in UK when I was young.", "UK", "in a country when"),
        ("She went back to the USA after that summer.", "USA", "back to a country after"),
        ("We had a weekend in NYC and I ruined it.", "NYC", "in a city and"),
        ("The office in KL was small.", "KL", "in a city was"),
        ("we drove down to vegas for the bachelor party", "vegas", "to a city for"),
        ("there was a student from chile, alone at the bar", "chile", "from a country, alone"),
    ],
)
def test_places_written_short_go(text: str, word: str, reads: str) -> None:
    assert reads in gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "SHE TOLD US TO LEAVE AND WE DID.",
        "She told us to leave.",
        "He joined the US army at eighteen.",
        "I put too much chile in the pot.",
        "la cena fue en la casa.",
    ],
)
def test_abbreviation_look_alikes_and_adjectives_stay(text: str) -> None:
    result = out(text)
    for word in ("US", "us", "chile", "la"):
        if re.search(rf"\b{word}\b", text):
            assert re.search(rf"\b{word}\b", result), result


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "there was a bar out by the highway everyone called the shack, and we drank there.",
            "shack",
        ),
        ("I cooked at a little place in Leeds called the Larder for years.", "Larder"),
    ],
)
def test_a_venue_by_what_people_called_it_goes(text: str, word: str) -> None:
    gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "At the bar I called the manager over.",
        "The gym I called my mum from was shut.",
        "At a bar called Hooligans talking to her friend, I kept on.",
    ],
)
def test_calling_someone_from_a_venue_is_not_its_name(text: str) -> None:
    result = out(text)
    for word in ("manager", "mum", "talking"):
        if word in text:
            assert word in result, result


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("After the darts we had pints at the swan and I followed her out.", "swan"),
        ("The Christmas do was at the plough that year and I was pissed.", "plough"),
    ],
)
def test_a_pub_named_with_a_pub_word_goes_on_a_night_out(text: str, word: str) -> None:
    assert "a pub" in gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "He was the anchor of the relay team and drank a lot.",
        "We drank beer under the oak tree by the river.",
        "I got back to the ship after the drinks, ashamed.",
    ],
)
def test_pub_words_that_are_things_stay(text: str) -> None:
    assert out(text) == text


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("I was about 4 when we moved house.", "I was a child when"),
        ("She was around 19, I was nearly 30.", "She was in her late teens, I was in my"),
        ("she was maybe 17 and I knew it", "she was maybe in her"),
    ],
)
def test_a_hedge_before_an_age_goes_with_it_where_it_would_not_read(text: str, reads: str) -> None:
    assert reads in out(text)


def test_a_business_is_hidden_again_by_its_first_word() -> None:
    text = "I ran a gym called Anvil Fitness for years. Anvil closed in the end, and good."
    assert "Anvil" not in out(text)


def test_a_title_is_not_the_first_word_of_a_business() -> None:
    text = 'I served under Sergeant First Class Odum. "Sergeant, go home," she said.'
    assert "Sergeant, go home" in out(text)


@pytest.mark.parametrize(
    "text", ["we met at a cafe in town.", "she was my fiancee then.", "i sent her my resume."]
)
def test_accented_words_typed_without_accents_are_words(text: str) -> None:
    assert out(text) == text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("her nickname was Noi, and everyone used it.", "Noi"),
        ("My nickname is Tiger, like my dad's.", "Tiger"),
        ("there was jin from the lab (jin means gold).", "jin"),
        ("a girl called hana (it means flower) sat near me.", "hana"),
        ("i told coach reyes, and coach reyes told me to sit out.", "reyes"),
        ("my friend duck drove us home that night.", "duck"),
    ],
)
def test_a_name_the_sentence_marks_as_a_name_goes(text: str, word: str) -> None:
    gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "No means no. I know that now.",
        "I was drunk, which means nothing.",
        "my friend group went quiet after that.",
        "I wrote to her father too, to say sorry.",
        "the coach bus left without us.",
    ],
)
def test_glosses_relations_and_titles_of_ordinary_words_stay(text: str) -> None:
    assert out(text) == text


@pytest.mark.parametrize(
    ("text", "word", "reads"),
    [
        ("after a call from bed 7, I went to her.", "7", "from a bed,"),
        ("from gate 5 she texted me one line.", "5", "from a gate she"),
        ("We landed after QF 12, all of us wrecked.", "QF 12", "after a flight,"),
        ("At 6h45 she left for work.", "6h45", "At one point she"),
    ],
)
def test_beds_gates_flights_and_clocks_in_other_shapes_go(text: str, word: str, reads: str) -> None:
    assert reads in gone(text, word)


def test_a_duration_in_hours_and_minutes_stays() -> None:
    assert out("we finished 3h30 later, soaked.") == "we finished 3h30 later, soaked."


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("the club on Nostrand Ave. A girl from church came.", "a street. A girl"),
        ("a dance at the Hotel Diplomat and I kept at her.", "at a hotel and I kept"),
    ],
)
def test_a_street_or_hotel_name_ends_where_the_sentence_goes_on(text: str, reads: str) -> None:
    assert reads in out(text)


@pytest.mark.parametrize(
    ("text", "word", "reads"),
    [
        ("a girl named kim from spokane, maybe twenty.", "spokane", "from a city,"),
        ("second year at brookfield, i was full of it.", "brookfield", "year at a"),
        ("i was working nights at quikmart in those days", "quikmart", "at a company in"),
        ("she was a freshman at lakeview high. one night", "lakeview high", "at a school."),
    ],
)
def test_a_bare_lowercase_name_after_from_or_at_goes(text: str, word: str, reads: str) -> None:
    assert reads in gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "we got home from work at night.",
        "she came from money, at first.",
        "I texted her at odd hours, at random.",
        "he was better at his job than I was at mine.",
        "I yelled at women in the street. That's it.",
        "she moved out of halls after a month.",
        "I kissed her at drop-off. She froze.",
    ],
)
def test_set_phrases_after_from_or_at_stay(text: str) -> None:
    assert out(text) == text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("after the match we all ended up at the rusty keel, a dive bar by the docks.", "keel"),
        ("i tended bar at the gull on harbor road for years.", "gull"),
        ("the crew was at the low water drinking till close.", "low water"),
        ("our first date was at moss & mortar in town, two beers each.", "moss & mortar"),
    ],
)
def test_a_lowercase_bar_named_where_a_night_out_puts_him_goes(text: str, word: str) -> None:
    gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "after the drinks she walked to the tram stop on her own.",
        "I was drunk at the wrap party in the studio.",
        "we drank at the same bar every night.",
        "she complained to the manager on duty after the drinks.",
    ],
)
def test_ordinary_places_of_a_night_out_stay(text: str) -> None:
    assert out(text) == text


@pytest.mark.parametrize(
    ("text", "word", "reads"),
    [
        ("im from the coast, 41 now, and sober.", "41", "in my early forties now"),
        ("throwaway. 26m. she was my best friend's sister.", "26m", "In my mid twenties."),
        ("there was a girl, Dana, like 19, who worked the till.", "19", "in her late teens,"),
        (
            "a cashier from the market, Rosa, 23 i think. after work",
            "23",
            "in their early twenties",
        ),
        ("by 20 i was drinking every night.", "20", "y my early twenties"),
        ("a truck stop off i-80 outside town", "i-80", "off a highway"),
        ("we crashed at my cousin's place on 104th. she", "104th", "on a street."),
    ],
)
def test_ages_forum_style_and_streets_by_number_go(text: str, word: str, reads: str) -> None:
    assert reads in gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "she raised 28m for the charity.",
        "there were, like 20, guys there.",
        "we lived on 3rd floor then.",
        "it was on 5th attempt that I passed.",
    ],
)
def test_counts_and_ordinals_that_are_not_ages_or_streets_stay(text: str) -> None:
    assert out(text) == text


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("She was a nurse at St Bride's Hospital in town.", "a nurse at a hospital in town"),
        ("we went to St. Aidan's every sunday.", "went to a church every sunday"),
        ("at our church, st luke's methodist, since i was 12", "at our church, a church, since"),
        ("I was a private at Fort Harmon, KY in 2003.", "at a military base in"),
    ],
)
def test_places_named_for_a_saint_or_a_fort_read_as_what_they_are(text: str, reads: str) -> None:
    assert reads in out(text)


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        (
            "one night shift, 10p to 6a, they put her on my line.",
            "one night shift, overnight, they",
        ),
        ("I worked 8am to 4pm back then.", "I worked during the day back then."),
        ("I waited in the hallway outside 7D, and she", "outside a door, and she"),
        ("when i was new on 4B, the cardiac floor", "new on a unit, the cardiac"),
        ("i lived in tower 3, and she lived below", "in a tower, and"),
    ],
)
def test_shifts_units_and_doors_by_code_go(text: str, reads: str) -> None:
    assert reads in out(text)


def test_a_network_code_after_on_stays() -> None:
    assert out("we were on 3G all night.") == "we were on 3G all night."


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My friend jean-luc told me she cried after.", "jean-luc"),
        ("his cousin fern, in her early twenties, came along.", "fern"),
        ("a bouncer, big lenny, came out and stopped me.", "lenny"),
        ("RK, a postdoc, saw me leaving her office.", "RK"),
        ("everyone called her bunny bc she never sat still.", "bunny"),
        ("I married a woman from the al-Masri family that year.", "al-Masri"),
        ("we called it club 9, every friday the place was ours.", "club 9"),
        ("she ran back to the hotel, blue lagoon, and locked the door.", "blue lagoon"),
        ("after the party at club orbit i kissed her.", "orbit"),
        ("we were always at le Phare, a bar near the port.", "Phare"),
        ("we worked at a resort called palm reach. she was new.", "palm reach"),
    ],
)
def test_people_and_venues_named_in_asides_go(text: str, word: str) -> None:
    gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "Her sister finally asked the waiter to call a cab.",
        "One day her RA, a big guy, met me in the hall.",
        "We called it compliments. It was not.",
        "we called it a night after that.",
        "at club level we were fine.",
    ],
)
def test_asides_and_roles_of_ordinary_words_stay(text: str) -> None:
    assert out(text) == text


@pytest.mark.parametrize(
    ("text", "word", "reads"),
    [
        (
            "at 17 i played junior for the tri city hawks, lived with a family.",
            "hawks",
            "for a team,",
        ),
        ("He played two seasons for westbrook and quit.", "westbrook", "for a team and"),
        ("I went to college at UW on a rowing scholarship.", "UW", "at a university on"),
        ("her parents were from sainte-rosalie. she was quiet", "sainte-rosalie", "from a"),
    ],
)
def test_teams_school_initials_and_accented_towns_go(text: str, word: str, reads: str) -> None:
    assert reads in gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "I played for fun back then.",
        "we played for hours and then slept.",
        "she was rushed to the ER at night.",
    ],
)
def test_playing_for_fun_and_the_er_stay(text: str) -> None:
    assert out(text) == text


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("she got a taxi at 6. after, she lost her shifts.", "she got a taxi. after,"),
        ("we drank until 4. there was a girl", "we drank. there was"),
        ("off season i tended bar on harbor way. there was", "on a street. there"),
        ("the last night of the trip, that day 9/14, at a rental", "that day, at a rental"),
        ("this is from 2016年5月, the start of the year.", "from the mid 2010s, the start"),
    ],
)
def test_hours_streets_and_dates_in_more_shapes_go(text: str, reads: str) -> None:
    assert reads in out(text)


@pytest.mark.parametrize(
    "text",
    [
        "after 9/11 everything changed.",
        "the day 24/7 started for me.",
        "i was on my way home.",
        "she said once how I must drive the boys crazy.",
    ],
)
def test_public_days_and_ordinary_ways_stay(text: str) -> None:
    assert out(text) == text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("a cook came in after her shifts, Wren, early 20s, up on a contract.", "Wren"),
        ("I want to write about Dove. She danced with me that night.", "Dove"),
        ("a girl came in most nights, Poppy, and i liked her. poppy didnt come back.", "poppy"),
    ],
)
def test_word_names_the_sentence_marks_go(text: str, word: str) -> None:
    gone(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "i will never do that again.",
        "she may have known. i can never be sure.",
        "I talked to God. He listened.",
    ],
)
def test_modals_after_a_subject_are_verbs_not_names(text: str) -> None:
    assert out(text) == text


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("she waited tables, always table 9 by the window.", "always a table by the window"),
        ("I was on engine 12 that year.", "I was on an engine that year."),
        ("we parked in lot 4 and walked.", "we parked in a lot and walked."),
    ],
)
def test_tables_engines_and_lots_by_number_go(text: str, reads: str) -> None:
    assert reads in out(text)


@pytest.mark.parametrize(
    "text",
    ["I drove truck 30 years and never once hit anyone.", "The table 3 of us shared was sticky."],
)
def test_a_count_after_those_nouns_stays(text: str) -> None:
    assert out(text) == text


def test_leaving_a_place_with_its_month_is_a_listed_risk() -> None:
    risks = anonymize("She moved out of the dorm in november and dropped a class.").residual_risks
    assert [r.original for r in risks] == ["moved out of the dorm in november"]
    assert risks[0].suggestion == "moved out of the dorm"
    assert "leaving a place" in risks[0].reason


def test_a_bare_hour_after_shots_goes() -> None:
    assert "till 2" not in out("i kept buying her shots till 2 and followed her out.")


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("She was the vicar's daughter and I knew it.", "the vicar's daughter"),
        ("she was the niece of my foreman, new in town.", "the niece of my foreman"),
        (
            "She was the first woman the yard had ever hired.",
            "the first woman the yard had ever hired",
        ),
        ("our newest cashier, barely seventeen, kept to herself", "our newest cashier"),
        ("She resigned in October and never said why.", "She resigned in October"),
    ],
)
def test_kin_firsts_newest_and_leaving_with_a_month_are_listed(text: str, listed: str) -> None:
    assert listed in [risk.original for risk in anonymize(text).residual_risks]


@pytest.mark.parametrize(
    "text",
    ["the first girl i ever kissed was in school.", "I was the oldest of the crew by ten years."],
)
def test_his_own_firsts_and_ages_are_not_listed(text: str) -> None:
    assert anonymize(text).residual_risks == []


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("I was a teaching assistant at eastern that fall.", "assistant at a university that"),
        ("she was in school at metro, and shy.", "in school at a university, and"),
        ("a girl home from ole miss. i'd been drinking", "home from a university."),
        (
            "a nurse on the cardiac floor at methodist north in the city",
            "at a hospital in the city",
        ),
    ],
)
def test_schools_and_hospitals_called_short_go(text: str, reads: str) -> None:
    assert reads in out(text)


def test_looking_at_it_twice_stays() -> None:
    assert out("i dont look at it twice anymore.") == "i dont look at it twice anymore."


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("i drove for pronto out of tulsa for eleven years.", "i drove for a company out of"),
        ("I drove for Zoomly in north Leeds for a year.", "for a company in a northern city"),
        ("I bartended for Hilton for years.", "I bartended for a hotel"),
    ],
)
def test_employers_after_drove_for_and_cities_after_a_compass_word_go(
    text: str, reads: str
) -> None:
    assert reads in out(text)


@pytest.mark.parametrize(
    "text",
    [
        "i worked for myself then.",
        "we worked for free that summer.",
        "i drove for hours and hours.",
    ],
)
def test_working_for_yourself_or_for_free_stays(text: str) -> None:
    assert out(text) == text


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("she quit and took a job at the dollar general over in town", "a job at a store over"),
        ("the last night of the trip, friday 7/14, at a rental", "trip, that day, at a rental"),
        ("i sold trucks for years at blue ridge chevy in the valley", "years at a company in"),
    ],
)
def test_lowercase_chains_dates_after_a_weekday_and_three_word_employers_go(
    text: str, reads: str
) -> None:
    assert reads in out(text)


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("she lived in 6D across the hall", "she lived in a room across the hall"),
        ("she sat in 22F on the flight home", "she sat in a seat on the flight"),
        ("she was number 11 on the team", "she was [number removed] on the team"),
        ("she lived in 12b and i was in 14c.", "i was in a room."),
        ("we took the 38 downtown after", "we took the bus downtown"),
        ("her locker was 207, next to mine", "her locker was [number removed],"),
        ("she lived at number 14 with her mum", "she lived at a house with her mum"),
        ("she was in section 112 at the game", "in a section at the game"),
    ],
)
def test_numbers_said_after_their_thing_and_codes_by_context_go(text: str, reads: str) -> None:
    assert reads in out(text)


@pytest.mark.parametrize(
    "text",
    ["the score was 21 at the half.", "I was number 1 in my class.", "the rise was 5 percent."],
)
def test_scores_ranks_and_rates_stay(text: str) -> None:
    assert out(text) == text


@pytest.mark.parametrize(
    ("text", "word", "reads"),
    [
        ("there was a girl, i'll write her as R. She was quiet.", "R.", "write her as [A]."),
        ("i'll refer to her as K. from now on", "K.", "refer to her as [A]"),
        ("2nd year at uni in the city, i was young.", "uni", "year at a university in"),
        ("when i was at tech, we partied a lot.", "tech", "at a university,"),
    ],
)
def test_a_letter_she_is_written_as_and_schools_called_uni_or_tech_go(
    text: str, word: str, reads: str
) -> None:
    assert reads in gone(text, word)


def test_the_text_filter_does_not_look_for_residual_risks() -> None:
    """`reflect anonymize` prints only the text; `--json` carries the risks."""
    text = "She was the only woman on the crew at the Miller plant."
    assert anonymize(text, risks=False).residual_risks == []
    assert anonymize(text, risks=False).text == anonymize(text).text
    assert anonymize(text).residual_risks
