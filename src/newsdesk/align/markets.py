"""A market's move told on its own day (``align.facts.v20``): "SPX gave up 7.88 points" on 8 April and "SPX was up
15.94 points" on 24 October are two days' markets, not a count that rose or two outlets that disagree.

A market report says how far a price or an index moved that day and where it stood ("The dollar fell 0.3 percent to
76.04 yen", "The Dow Jones Industrial Average is down 140 points at midday"); the next day's report of the same
index has the same shape and other numbers. Read on Timeline17 SyrianCrisis_reuters and EgyptianProtest_cnn in
session 22, four of the 20 conflict lines of their largest stories were such pairs of two days (docs/benchmarks.md,
helper ``conflicts6``). A figure is a market's move when it measures in points, a percentage or a currency and the
verb of its clause is a verb of price movement ("rose", "fell", "gained", "gave up", "is down").

Read from the dependency parse of the figure's sentence (``fact_dates.figure_token``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from newsdesk.extract.money import CURRENCIES, CURRENCY_WORDS
from newsdesk.model import Article

from .fact_dates import figure_token
from .similarity import stem, stems

if TYPE_CHECKING:
    from spacy.tokens import Token

# What a price or an index is measured in, as the figure extractor writes the unit: index points, a percentage, a
# currency (the ISO code ``extract.money`` gives it, or the name it leaves as written: "76.04 yen").
MARKET_UNITS = frozenset({"points", "point", "%", *CURRENCIES.values(), *CURRENCY_WORDS.values()})
MARKET_UNITS |= frozenset({"yen", "euro", "euros", "franc", "francs", "yuan", "cents", "pence", "dollar", "dollars"})
# Verbs that move a price, as Snowball stems of their forms (the parser used gives no lemmas): general market-report
# vocabulary, written down once.
MOVES = frozenset(
    stems(
        "rise rose risen fall fell fallen gain lose lost drop climb slip slid slide jump surge plunge advance "
        "decline ease shed tumble rally soar sank sink dip edge retreat plummet firm weaken strengthen trade close "
        "finish"
    )
)
# "is down 140 points", "was up 15.94 points", "gave up 7.88 points": a verb made a move by its particle.
_DIRECTIONS = frozenset({"up", "down", "higher", "lower"})
_PARTICLE_MOVES = frozenset(
    {"is", "are", "was", "were", "be", "been", "give", "gave", "given", "move", "moved", "end", "ended"}
)


def _clause_verb(token: Token) -> Token | None:
    """Up the figure's heads (past "to" and "at": "fell 0.3 percent to 76.04 yen") to the first verb."""
    while token.pos_ not in {"VERB", "AUX"}:
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def _moves(verb: Token) -> bool:
    if stem(verb.lower_) in MOVES:
        return True
    return verb.lower_ in _PARTICLE_MOVES and any(c.lower_ in _DIRECTIONS for c in verb.children)


def market_move(figure: Any, article: Article) -> bool:
    """Whether ``figure`` gives a price's or an index's move or level in a report of that day's market: its unit is
    a market's (``MARKET_UNITS``) and its clause's verb moves a price (``MOVES``, or "is up", "gave up")."""
    if figure.unit not in MARKET_UNITS:
        return False
    token = figure_token(figure, article)
    verb = None if token is None else _clause_verb(token)
    return verb is not None and _moves(verb)


def two_days_markets(fa: Any, fb: Any, articles: Mapping[str, Article]) -> bool:
    """v20: papers of two days, and each figure a market's move of its day (``market_move``)."""
    da, db = articles[fa.article].published, articles[fb.article].published
    if not (da and db and da != db):
        return False
    return market_move(fa, articles[fa.article]) and market_move(fb, articles[fb.article])
