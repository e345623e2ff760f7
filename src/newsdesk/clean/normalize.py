"""Unicode and white-space normalization: the same article always becomes the same clean characters."""

from __future__ import annotations

import re
import unicodedata

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def normalize_text(text: str) -> str:
    """NFC, one kind of newline, no zero-width or control characters, single spaces inside lines."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


# A list's bullet that reached the text as the word "cents" (the Guardian's "•" read as "¢" and spelled out somewhere
# upstream of the Timeline17 export: "… The worst affected are; cents Mexico: 101 estimated deaths … cents US: 2 deaths,
# 279 confirmed cases.", "cents BA cabin steward in isolation ward cents Mexico invokes special measures A British …").
# A bullet opens the text or a line, or follows a sentence's end or a head's last lower-case word, and comes before a
# capital, a digit or a quotation mark; a price is counted ("81 cents to $91.38", "ten cents to his name", "12 US
# cents."), so a number, a number word or a capitalised word (a currency's country) before "cents", or a lower-case
# word after it, keeps the word.
_CENTS_BULLET = re.compile(r"(?:(?<=^)|(?<=[.!?;:\"'”’)] )|(?<=[a-z] ))cents(?= [A-Z0-9\"'‘“]|$)", re.MULTILINE)
_COUNTING_WORDS = (
    "a few several many one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty"
    " fifty sixty seventy eighty ninety hundred thousand"
)
_COUNTING = frozenset(_COUNTING_WORDS.split())
_LAST_WORD = re.compile(r"([a-z]+) $")


# v21: a Reuters factbox's bullet, a lone "*", that Timeline17's text kept between a sentence and the next item with no
# line break: "… a civil war with unpredictable consequences." * "Do they want us …", "… went bankrupt. * The Asian flu
# killed …", and after a subhead in capitals, "FOREIGN OIL COMPANIES * Foreign oil firms, essential for …". The
# sentence splitter left the "*" at the end of the sentence before it, so a fact or a summary line cited "… in more
# people. *" (H1N1_reuters: 39 bullets after a sentence's end, LibyaWar_reuters: 153 and 8 after a subhead). A bullet
# there is taken out; the sentence's end mark already parts the items, and a subhead in capitals is cut off by
# ``glue``. Other lone asterisks stay: a reader's emphasis ("we * don't * know", "al Qaida has * NOTHING * to do")
# runs on in lower case, and bullets opening a text or following a head's lower-case word ("* Mexican government
# announces … * New mixture of …") have no end mark to part them.
_STAR_BULLET = re.compile(r"(?:(?<=[.!?\"'”’)])|(?<=[A-Z]{2}))[ ]\*(?=[ ][A-Z0-9\"“‘]|$)", re.MULTILINE)


def repair_bullets(text: str) -> str:
    """``text`` with each bullet spelled "cents" (``_CENTS_BULLET``) made the line break it stood for: every item of
    the list, a head or a sentence, is a line of its own, so a head is no longer glued to the sentence after it; and
    with each "*" bullet after a sentence's end or a subhead in capitals taken out (``_STAR_BULLET``)."""
    if "*" in text:
        text = _STAR_BULLET.sub("", text)

    def _bullet(match: re.Match[str]) -> str:
        before = _LAST_WORD.search(text[max(0, match.start() - 20) : match.start()])
        if before and before.group(1) in _COUNTING:
            return match.group()
        return "\n"

    if "cents" not in text:
        return text
    repaired = _CENTS_BULLET.sub(_bullet, text)
    return "\n".join(line.strip() for line in repaired.split("\n"))
