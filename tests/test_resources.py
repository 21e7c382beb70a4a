"""`reflect resources`: support organised by need and by country, crisis lines marked."""

from __future__ import annotations

import re

from reflect.guide.resources import COUNTRIES, NEEDS, lines_for

from conftest import run_reflect

HEADINGS = [
    "IF YOU ARE IN CRISIS YOURSELF",
    "TALKING TO SOMEONE ABOUT YOUR OWN BEHAVIOUR",
    "FINDING A THERAPIST OR COUNSELLOR",
    "MEN'S GROUPS AND BEHAVIOUR-CHANGE PROGRAMMES",
    "SUPPORT FOR THE WOMEN AFFECTED",
]


def test_every_need_is_there_in_order_with_crisis_lines_marked() -> None:
    result = run_reflect("--plain", "resources")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    positions = [out.index(h) for h in HEADINGS]
    assert positions == sorted(positions)
    assert re.search(r"Samaritans \(CRISIS LINE, any hour\): 116 123", out)
    assert re.search(r"988 Suicide & Crisis Lifeline \(CRISIS LINE, any hour\)", out)
    assert "Last reviewed" in out
    # The lines for one's own behaviour are not marked as crisis lines.
    assert "Respect Phoneline: 0808 802 4040" in out


def test_each_country_has_a_crisis_line_and_support_for_women() -> None:
    by_key = {need.key: need for need in NEEDS}
    for country in COUNTRIES:
        crisis = [line for line in lines_for(by_key["crisis"], country) if line.country != "all"]
        assert crisis and all(line.crisis for line in crisis), country
        assert [line for line in lines_for(by_key["affected"], country) if line.country == country]


def test_one_country_shows_only_its_lines() -> None:
    result = run_reflect("--plain", "resources", "--country", "Ireland")
    assert result.returncode == 0
    assert "1800 77 8888" in result.stdout and "116 123" in result.stdout
    assert "988" not in result.stdout and "13 11 14" not in result.stdout
    assert "United States" not in result.stdout


def test_an_unknown_country_is_a_usage_error() -> None:
    result = run_reflect("resources", "--country", "atlantis")
    assert result.returncode == 2
    assert "us, uk, ie, ca, au, nz" in result.stderr and "Traceback" not in result.stderr


def test_no_number_is_listed_twice_for_different_organisations() -> None:
    seen: dict[str, str] = {}
    for need in NEEDS:
        for line in need.lines:
            for number in re.findall(r"\d[\d -]{2,}\d", line.contact):
                owner = seen.setdefault(number, line.name.split(" (")[0].replace(" Ireland", ""))
                assert owner == line.name.split(" (")[0].replace(" Ireland", ""), number
