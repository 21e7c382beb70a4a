"""State and province codes after a town: "Reno NV", "tulsa ok", "in dayton oh i had"."""

from __future__ import annotations

from .text import Token, gap

# Region codes and abbreviations written after a town: US states, Canadian provinces and
# territories, Australian states (all capitals), and the dotted or shortened forms of
# newspaper style ("N.D.", "Okla.", "Ont.").
REGION_CODES = frozenset(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH
    NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AB BC MB NB NL NS NT NU
    ON PE QC SK YT NSW VIC QLD TAS ACT SA""".split()
)

# Region codes typed in lowercase after a town ("tulsa ok", "regina sk"), leaving out those that
# are everyday words there ("portland or seattle", "in denver in may", "reno oh god").
_LOWERCASE_REGION_CODES = frozenset(
    c.lower() for c in REGION_CODES if c not in {"IN", "OR", "ME", "HI", "OH", "ON", "ACT"}
)


# What follows "oh" when it is the word, not Ohio: "reno oh god", "dayton oh well".
_AFTER_THE_WORD_OH = frozenset(
    """god my no well man boy wow yeah dear lord jesus shit damn okay ok yes right wait and so
    what hell yeah sorry please""".split()
)


def ohio_after_a_town(text: str, tokens: list[Token], i: int) -> bool:
    """ "in dayton oh i had": lowercase "oh" after a town, with no comma or word that makes it
    the exclamation, is Ohio."""
    if tokens[i].text != "oh" or i + 1 >= len(tokens) or gap(text, tokens[i], tokens[i + 1]) != " ":
        return False
    return tokens[i + 1].lower not in _AFTER_THE_WORD_OH


def region_code(token: Token) -> bool:
    """A state or province code right after a town: "Reno NV", "tulsa ok" (the text as typed:
    "Reno NV's" is still the code)."""
    if token.core.isupper():
        return token.core in REGION_CODES and len(token.core) >= 2
    return token.core in _LOWERCASE_REGION_CODES
