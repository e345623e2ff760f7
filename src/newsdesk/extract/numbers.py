"""Numbers as news writes them, turned into values: "1,200", "2.3 million", "40k", "forty thousand", "ninth".

Pure functions over strings, so the rules can be tested (and fuzzed) without a parser. Anything that cannot be
read without a guess — "1.200" (English 1.2 or European 1200?), "12,34,5" — gives ``None``: a figure with an
unknown value is shown as written instead of with a wrong number.
"""

from __future__ import annotations

import re
from itertools import pairwise

ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "hundredth": 100,
}
# Multipliers that follow a number ("2.3 million"); lakh and crore are how Indian outlets write counts.
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "lakh": 100_000,
    "million": 1_000_000,
    "crore": 10_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "dozen": 12,
}
# The denominator of a fraction in words: "one-third", "two-thirds", "one-sixth" ("one second" is a duration, and a
# half is "half").
DENOMINATORS = {word: value for word, value in ORDINALS.items() if 3 <= value <= 10} | {
    "thirds": 3,
    "fourths": 4,
    "fifths": 5,
    "sixths": 6,
    "sevenths": 7,
    "eighths": 8,
    "ninths": 9,
    "tenths": 10,
}
# A fraction in words whose numerator is a word before it ("a quarter", "three-quarters", "half"): the denominators
# with the quarter and the half (``share``, v11).
FRACTIONS = DENOMINATORS | {"quarter": 4, "quarters": 4, "half": 2, "halves": 2}
_ARTICLES = {"a", "an"}
# Suffixes glued to digits: "40k", "$5bn", "2.3m" (m only after a currency sign: "5m" alone may be metres).
SUFFIXES = {"k": 1_000, "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000, "m": 1_000_000}

_PLAIN = re.compile(r"[+-]?\d+(?:\.\d+)?")
_THOUSANDS_COMMA = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_THOUSANDS_DOT = re.compile(r"[+-]?\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")  # 1.200.000 or 1.200.000,50: European
_EURO_DECIMAL = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+,\d+")  # 1.200,50
_AMBIGUOUS_DOT = re.compile(r"[+-]?\d{1,3}\.\d{3}")  # 1.200: 1.2 in English, 1200 in European style
_ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)", re.IGNORECASE)
_SUFFIXED = re.compile(r"([+-]?\d+(?:\.\d+)?)(k|bn|b|tn|m)", re.IGNORECASE)


def parse_digits(text: str, currency: bool = False) -> float | None:
    """A numeral written with digits; ``None`` when the separators leave the value ambiguous or invalid."""
    s = text.strip().replace("\u2212", "-").replace("\u202f", "").replace("\u00a0", "")
    if not s:
        return None
    if _THOUSANDS_COMMA.fullmatch(s):
        return float(s.replace(",", ""))
    if _EURO_DECIMAL.fullmatch(s) or _THOUSANDS_DOT.fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))
    if _AMBIGUOUS_DOT.fullmatch(s):
        return None
    if _PLAIN.fullmatch(s):
        return float(s)
    match = _ORDINAL_DIGITS.fullmatch(s)
    if match:
        return float(match.group(1))
    match = _SUFFIXED.fullmatch(s)
    if match and (match.group(2).lower() != "m" or currency):
        return float(match.group(1)) * SUFFIXES[match.group(2).lower()]
    return None


def follows(previous: str, word: str) -> bool:
    """Whether ``word`` goes on a number in words that ends in ``previous``: "twenty five", "two hundred", "hundred
    twenty", "a hundred thousand", "twenty-first", "one third" do; "five seven" ("between five and seven"), "two
    five" ("two five-star hotels") and "two seven" ("two seven-year terms") are two numbers."""
    p, w = previous.lower(), word.lower()
    if w in SCALES:
        return p in ONES or p in TENS or (p in SCALES and SCALES[w] > SCALES[p])
    if p in SCALES:
        return w in ONES or w in TENS or w in ORDINALS
    if p in TENS:
        return 0 < ONES.get(w, ORDINALS.get(w, 0)) < 10
    return p in ONES and w in DENOMINATORS


def share(words: list[str]) -> tuple[float, list[str]] | None:
    """A fraction the words open with and the words it is a fraction of (``extract.figures.v11``): "half a million"
    (0.5, ["million"]), "a quarter of a million" and "three quarters of a million" (0.25 and 0.75 of "million"), "a
    third" (1/3, none: a third of something). ``words``: lower case, hyphens spaced ("three quarters")."""
    if len(words) > 2 and words[0] == "half" and words[1] in _ARTICLES:
        return 0.5, words[2:]
    if len(words) == 2 and words[0] in _ARTICLES and words[1] in DENOMINATORS and not words[1].endswith("s"):
        return 1 / DENOMINATORS[words[1]], []
    if "of" not in words or len(words) < 5:
        return None
    of = words.index("of")
    head, rest = words[:of], words[of + 1 :]
    if len(head) != 2 or rest[0] not in _ARTICLES or head[1] not in FRACTIONS:
        return None
    plural = head[1].endswith("s")
    count = ONES.get(head[0]) if plural else (1 if head[0] in {*_ARTICLES, "one"} else None)
    return (count / FRACTIONS[head[1]], rest[1:]) if count else None


def parse_words(words: list[str]) -> float | None:
    """A number in words: "forty thousand", "twenty-five", "one hundred and twenty", "ninth", "a dozen", "two-thirds";
    v11: a fraction of one ("half a million", "a quarter of a million", "a third" of something; ``share``).
    Words that do not make one number ("five and seven", "two five") give None."""
    lowered = [p for w in words for p in w.lower().replace("-", " ").split()]
    if lowered and (fraction := share(lowered)) is not None:
        of = parse_words(fraction[1]) if fraction[1] else 1.0
        return fraction[0] * of if of is not None else None
    if "half" in lowered[1:]:
        return and_a_half(lowered)
    parts = [p for p in lowered if p not in {"and", *_ARTICLES}]
    if not parts or not all(follows(a, b) for a, b in pairwise(parts)):
        return None
    if len(parts) == 2 and parts[1] in DENOMINATORS:
        return ONES[parts[0]] / DENOMINATORS[parts[1]]
    total = 0.0
    current = 0.0
    seen = False
    for k, part in enumerate(parts):
        if part in ORDINALS and k != len(parts) - 1:
            return None  # "first one": an ordinal ends a number
        if part in ONES:
            current += ONES[part]
        elif part in TENS:
            current += TENS[part]
        elif part in ORDINALS:
            current = (current // 100) * 100 + ORDINALS[part] if current >= 100 else current + ORDINALS[part]
        elif part in SCALES:
            scale = SCALES[part]
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def and_a_half(words: list[str]) -> float | None:
    """A number and a half of its scale (``extract.figures.v12``): "a million and half" and "a million and a half"
    (1,500,000: half of the million), "one and a half million" (1.5 million), "two and a half thousand"; None for
    other words with "half" in them. ``words``: lower case, hyphens spaced. v13: a number of ones or tens and a half
    with no scale word, "two and a half" (years) 2.5; v12 None."""
    k = words.index("half")
    head, tail = words[: k - 1] if words[k - 1] in _ARTICLES else words[:k], words[k + 1 :]
    if len(head) < 2 or head[-1] != "and" or (tail and (len(tail) != 1 or tail[0] not in SCALES)):
        return None
    whole = parse_words(head[:-1])
    if whole is None:
        return None
    if tail:
        return (whole + 0.5) * SCALES[tail[0]] if head[-2] in ONES or head[-2] in TENS else None
    if head[-2] in SCALES:
        return whole + 0.5 * SCALES[head[-2]]
    return whole + 0.5 if head[-2] in ONES or head[-2] in TENS else None


def parse_number(text: str, currency: bool = False) -> float | None:
    """Any numeral: digits, words, or digits followed by a scale word ("2.3 million", "1,5 lakh" → None); with
    ``currency``, also a scale suffix after a space ("$4.37 m")."""
    tokens = re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", " ", text).split()
    if not tokens:
        return None
    if any(ch.isdigit() for ch in tokens[0]):
        value = parse_digits(tokens[0], currency=currency)
        if value is None:
            return None
        for token in tokens[1:]:
            # "$4.37 m": a scale suffix spaced off an amount of money is still its scale
            scale = SCALES.get(token.lower()) or (SUFFIXES.get(token.lower()) if currency else None)
            if scale is None:
                return None
            value *= scale
        return value
    return parse_words(tokens)


def is_number_word(word: str) -> bool:
    w = word.lower()
    return w in ONES or w in TENS or w in SCALES or w in ORDINALS or all(p in TENS or p in ONES for p in w.split("-"))
