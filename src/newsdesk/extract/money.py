"""Amounts of money in a parsed text: the currency a sign gives a numeral, the scale the tokenizer split off it
("$200m", "#6m", "$4.37 m"), and its value (``extract.figures`` reads them; a part of ``extract.figures.v5``)."""

from __future__ import annotations

from spacy.tokens import Doc

from . import slash_numbers
from .numbers import SUFFIXES, parse_number

CURRENCIES = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "rs": "INR"}
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "rupees": "INR"}
# v5: "#" glued to an amount is "£" in texts that went through a 7-bit code: ISO 646's British variant (BS 4730)
# puts "£" at 0x23, where ASCII has "#", and Timeline17's BBC and Guardian pages read "#200,000", "#6m", "#39m".
# Read as pounds only when the number is shaped as money (a scale, a thousands separator or decimals, or three
# digits or more); "#1", "#10" are ranks or hashtags, not figures.
POUND_AS_HASH = "#"


def suffix_end(doc: Doc, start: int, end: int) -> int:
    """v5: the end of a numeral with the scale the tokenizer split off it: "200m", "#6m", "$4.37 m", "$1.5 bn"
    (glued to the digits, or after a space when a currency sign comes first)."""
    if end >= len(doc) or doc[end].lower_ not in SUFFIXES or not doc[end - 1].text[-1:].isdigit():
        return end
    glued = not doc[end - 1].whitespace_
    return end + 1 if glued or currency(doc, start, end + 1) is not None else end


def currency(doc: Doc, start: int, end: int) -> str | None:
    """The currency of the sign before a numeral ("$", "€", "#" read as "£" when money-shaped)."""
    if not start:
        return None
    before = doc[start - 1]
    if before.text == POUND_AS_HASH:
        return "GBP" if not before.whitespace_ and _money_shaped(doc[start:end].text) else None
    return CURRENCIES.get(before.lower_)


def _money_shaped(numeral: str) -> bool:
    digits = numeral.split()[0]
    return any(c in digits for c in ",.") or len(digits) >= 3 or not digits.isdigit() or len(numeral.split()) > 1


def _millions(doc: Doc, end: int) -> bool:
    """v5: whether a numeral ending in a bare "m" ("33m courses", "3m euros") is millions: a currency sign before
    it or a plural noun or currency word after it; "4m (13ft) of rubble" may be metres, so its value stays unread.
    The tags exist only after the parse: before it (``candidate_numerals``) only a currency word or "people" tells,
    and an unread value there only keeps the numeral a candidate."""
    k = end
    # "53m US hogs", "10m new doses": over a name or an adjective to the noun
    while k < min(len(doc), end + 3) and doc[k].tag_ in {"NNP", "JJ"} and doc[k].lower_ not in CURRENCY_WORDS:
        k += 1
    if k >= len(doc):
        return False
    after = doc[k]
    return after.tag_ in {"NNS", "NNPS"} or after.lower_ in CURRENCY_WORDS or after.lower_ == "people"


def numeral_value(doc: Doc, start: int, end: int) -> float | None:
    """The numeral's value, with its scale when it is money or a count in millions ("$200m", "33m courses"); a
    numeral with a slash is a fraction or none (``slash_numbers``, ``extract.figures.v9``)."""
    if "/" in doc[start:end].text:
        return slash_numbers.value(doc, start, end)
    is_money = currency(doc, start, end) is not None
    return parse_number(doc[start:end].text, currency=is_money or _millions(doc, end))
