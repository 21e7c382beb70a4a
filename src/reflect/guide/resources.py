"""Where to find support, organised by what the person needs and where they live.

Only real, long-established organisations whose names and numbers are widely published are
listed here, and no number is given where we were not sure of one: a wrong number at the
wrong moment is worse than a website. The list was last reviewed on the date below (see
docs/resources.md); numbers change, so each entry points to the organisation's own site.
"""

from __future__ import annotations

from dataclasses import dataclass

REVIEWED = "1 December 2026"

# Countries in the order they are shown; "all" entries apply everywhere.
COUNTRIES = {
    "us": "United States",
    "uk": "United Kingdom",
    "ie": "Ireland",
    "ca": "Canada",
    "au": "Australia",
    "nz": "New Zealand",
}


@dataclass(frozen=True)
class Line:
    name: str
    contact: str
    about: str
    country: str = "all"  # a key of COUNTRIES, or "all"
    crisis: bool = False  # answers at any hour, for someone in danger or in crisis now


@dataclass(frozen=True)
class Need:
    key: str
    heading: str
    intro: str
    lines: tuple[Line, ...]


EMERGENCY = Line(
    "Emergency services",
    "911 (US, Canada) · 999 or 112 (UK, Ireland) · 000 (Australia) · 111 (New Zealand)",
    "If you or anyone else is in danger right now.",
    crisis=True,
)

NEEDS: tuple[Need, ...] = (
    Need(
        "crisis",
        "If you are in crisis yourself",
        "Looking back at this can hit hard. If you are thinking of harming yourself, or feel "
        "you cannot cope, talk to someone now. These lines are free and confidential.",
        (
            EMERGENCY,
            Line(
                "988 Suicide & Crisis Lifeline",
                "call or text 988 · 988lifeline.org",
                "Any kind of emotional distress, any hour.",
                "us",
                crisis=True,
            ),
            Line(
                "Samaritans",
                "116 123 · samaritans.org",
                "Free from any phone, any hour, whatever you are going through.",
                "uk",
                crisis=True,
            ),
            Line(
                "Samaritans Ireland",
                "116 123 · samaritans.org",
                "Free from any phone, any hour, whatever you are going through.",
                "ie",
                crisis=True,
            ),
            Line(
                "9-8-8 Suicide Crisis Helpline",
                "call or text 988 · 988.ca",
                "Any hour, in English or French.",
                "ca",
                crisis=True,
            ),
            Line(
                "Lifeline",
                "13 11 14 · lifeline.org.au",
                "Crisis support and suicide prevention, any hour.",
                "au",
                crisis=True,
            ),
            Line(
                "Need to talk?",
                "call or text 1737 · 1737.org.nz",
                "A trained counsellor, free, any hour.",
                "nz",
                crisis=True,
            ),
        ),
    ),
    Need(
        "behaviour",
        "Talking to someone about your own behaviour",
        "Confidential lines for people worried about how they have treated a partner or "
        "other people, or about their own sexual behaviour. Calling is a step toward "
        "change, not an admission to anyone else.",
        (
            Line(
                "The Hotline (National Domestic Violence Hotline)",
                "1-800-799-7233 · thehotline.org",
                "Also talks with people who are worried they have been abusive.",
                "us",
            ),
            Line(
                "Stop It Now",
                "1-888-773-8368 · stopitnow.org",
                "For adults worried about their own sexual thoughts or behaviour. Its main "
                "focus is preventing child sexual abuse.",
                "us",
            ),
            Line(
                "Respect Phoneline",
                "0808 802 4040 · respectphoneline.org.uk",
                "For people worried about their own abusive behaviour toward a partner.",
                "uk",
            ),
            Line(
                "Stop It Now (Lucy Faithfull Foundation)",
                "0808 1000 900 · stopitnow.org.uk",
                "For people worried about their own sexual thoughts or behaviour. Its main "
                "focus is preventing child sexual abuse.",
                "uk",
            ),
            Line(
                "Men's Referral Service (No to Violence)",
                "1300 766 491 · ntv.org.au",
                "For men who want to talk about their use of violence or controlling behaviour.",
                "au",
            ),
            Line(
                "Family Violence Information Line",
                "0800 456 450 · areyouok.org.nz",
                "Information and referral, including for people who want to change how they "
                "behave.",
                "nz",
            ),
        ),
    ),
    Need(
        "therapist",
        "Finding a therapist or counsellor",
        "Working this through with a professional is a strong step. A family doctor can "
        "also refer you.",
        (
            Line(
                "Psychology Today therapist directory",
                "psychologytoday.com",
                "Search therapists near you, in the US, Canada, the UK, Ireland and Australia; "
                "filter by what they work with.",
            ),
            Line(
                "BACP: find a therapist",
                "bacp.co.uk",
                "The British Association for Counselling and Psychotherapy's register.",
                "uk",
            ),
            Line(
                "IACP: find a therapist",
                "iacp.ie",
                "The Irish Association for Counselling and Psychotherapy's directory.",
                "ie",
            ),
            Line(
                "NZAC: find a counsellor",
                "nzac.org.nz",
                "The New Zealand Association of Counsellors' directory.",
                "nz",
            ),
        ),
    ),
    Need(
        "groups",
        "Men's groups and behaviour-change programmes",
        "Doing this alongside other men can help. Look for a group or programme run by "
        "trained facilitators; the services above can point you to accredited behaviour-"
        "change programmes near you (in the UK through Respect, in Australia through the "
        "Men's Referral Service). We do not vouch for any particular group.",
        (
            Line(
                "The ManKind Project",
                "mankindproject.org",
                "Peer-led men's groups in many countries, on emotional honesty and accountability.",
            ),
        ),
    ),
    Need(
        "affected",
        "Support for the women affected",
        "If someone you hurt, or any woman you know, wants support, these services are for "
        "her. Share them only if she asks, and let her decide what to do.",
        (
            Line(
                "RAINN National Sexual Assault Hotline",
                "800-656-4673 · rainn.org",
                "Free, confidential, any hour, by phone or online chat.",
                "us",
                crisis=True,
            ),
            Line(
                "Rape Crisis 24/7 Support Line",
                "0808 500 2222 · rapecrisis.org.uk",
                "England and Wales, for anyone aged 16 or over, any hour.",
                "uk",
                crisis=True,
            ),
            Line(
                "National Domestic Abuse Helpline (Refuge)",
                "0808 2000 247 · nationaldahelpline.org.uk",
                "England, free, any hour.",
                "uk",
                crisis=True,
            ),
            Line(
                "Dublin Rape Crisis Centre National Helpline",
                "1800 77 8888 · drcc.ie",
                "Free, any hour, anywhere in Ireland.",
                "ie",
                crisis=True,
            ),
            Line(
                "Ending Violence Association of Canada",
                "endingviolencecanada.org",
                "Lists sexual assault centres and crisis lines across Canada.",
                "ca",
            ),
            Line(
                "1800RESPECT",
                "1800 737 732 · 1800respect.org.au",
                "Sexual assault, domestic and family violence counselling, any hour.",
                "au",
                crisis=True,
            ),
            Line(
                "Safe to talk",
                "0800 044 334 · text 4334 · safetotalk.nz",
                "Sexual harm support, free, any hour.",
                "nz",
                crisis=True,
            ),
        ),
    ),
)


def country_key(value: str) -> str | None:
    """A country as the person may type it ("uk", "UK", "Ireland", "new zealand")."""
    wanted = value.strip().casefold()
    for key, name in COUNTRIES.items():
        if wanted in (key, name.casefold()):
            return key
    aliases = {
        "usa": "us",
        "america": "us",
        "gb": "uk",
        "britain": "uk",
        "england": "uk",
        "scotland": "uk",
        "wales": "uk",
        "northern ireland": "uk",
        "aotearoa": "nz",
    }
    return aliases.get(wanted)


def lines_for(need: Need, country: str | None) -> list[Line]:
    """A need's lines, for one country (and those for everywhere) or for all."""
    return [line for line in need.lines if country is None or line.country in ("all", country)]
