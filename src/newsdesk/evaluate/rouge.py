"""ROUGE-N as ROUGE-1.5.5 computes it (Lin, 2004, *ROUGE: a Package for Automatic Evaluation of Summaries*).

Reimplements ``ROUGE-1.5.5.pl -n 2 -m -l 100 -f A -p 0.5`` so DUC scores here are comparable with published ones:

- **Truncation** (``-l N``): per text, lines are lower-cased (ASCII only) and kept while the running count of
  whitespace tokens stays under N; the line that reaches N contributes only its first tokens. Counting is on
  the raw line (``don't`` and ``U.S.`` are one token each), before punctuation is removed.
- **Tokenization**: ``-`` becomes `` - ``, every character outside ``[A-Za-z0-9-]`` becomes a space; tokens are
  the whitespace-separated pieces that start with ``[a-z0-9$]`` (so lone hyphens are dropped).
- **Stemming** (``-m``): a token longer than 3 characters is looked up in the WordNet 2.0 exception lists
  (``said → say``), otherwise stemmed by ROUGE's Perl Porter stemmer, which differs from Porter (1980) in
  step 4 (Lin's 2004 change: ``-ement`` is tried before ``-ment`` and ``-ent``, each in turn) and in the
  ``*o`` test of steps 1b/5, which only fires on a whole word of shape CVC.
- **Scoring** (``-f A``): for each reference, n-gram hits are clipped to the reference's counts; hits, reference
  n-grams and peer n-grams are summed over the references, R = hits/ref, P = hits/peer. R and P are printed
  rounded to 5 decimals and F (alpha 0.5) is computed from the rounded values, as the Perl script does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsdesk.errors import InputError
from newsdesk.text.porter import porter_stem

EXCEPTION_FILES = ("adj.exc", "adv.exc", "noun.exc", "verb.exc")


@lru_cache(maxsize=4)
def load_exceptions(data_dir: Path) -> dict[str, str]:
    """WordNet inflection → lemma; files read in name order and a later line wins, like ROUGE's DB build."""
    folder = data_dir / "wordnet-2.0-exc"
    table: dict[str, str] = {}
    for name in EXCEPTION_FILES:
        path = folder / name
        if not path.is_file():
            raise InputError(str(path), "ROUGE needs the WordNet 2.0 exception list here (see rouge-data/README.md)")
        for line in path.read_text(encoding="latin-1").splitlines():
            fields = line.split()
            if len(fields) >= 2:
                table[fields[0]] = fields[1]
    return table


@dataclass(frozen=True, slots=True)
class NGramScore:
    """Pooled counts over the references (``-f A``) and ROUGE's printed, 5-decimal recall/precision/F."""

    hits: int
    reference_count: int
    peer_count: int
    recall: float
    precision: float
    f: float


class Rouge155:
    """ROUGE-N scorer; ``data_dir`` holds ``wordnet-2.0-exc/`` (the files ROUGE-1.5.5 ships in ``data/``)."""

    def __init__(self, data_dir: Path, length_limit: int = 100, stem: bool = True, alpha: float = 0.5) -> None:
        self.length_limit = length_limit
        self.alpha = alpha
        self.exceptions = load_exceptions(data_dir) if stem else None
        self._stems: dict[str, str] = {}

    def truncate(self, text: str) -> str:
        """ROUGE's ``readText``: non-empty lines, lower-cased, cut at ``length_limit`` whitespace tokens."""
        lines = [line.translate(_ASCII_LOWER) for line in text.split("\n") if line]
        if not self.length_limit:
            return " ".join(lines)
        kept: list[str] = []
        used = 0
        for line in lines:
            tokens = _WHITESPACE.split(line)
            while len(tokens) > 1 and tokens[-1] == "":  # Perl's split drops trailing empty fields
                tokens.pop()
            if used + len(tokens) < self.length_limit:
                kept.append(line)
                used += len(tokens)
            else:
                kept.append(" ".join(tokens[: self.length_limit - used]))
                break
        return " ".join(kept)

    def tokens(self, text: str) -> list[str]:
        """Truncated, tokenized and stemmed tokens: the units ROUGE-N counts."""
        cut = self.truncate(text).replace("-", " - ")
        cut = _NON_ALNUM.sub(" ", cut)
        result = []
        for token in cut.split():
            if not _TOKEN_START.match(token):
                continue
            result.append(self._stem(token) if self.exceptions is not None and len(token) > 3 else token)
        return result

    def _stem(self, token: str) -> str:
        stem = self._stems.get(token)
        if stem is None:
            assert self.exceptions is not None
            stem = self.exceptions.get(token) or porter_stem(token)
            self._stems[token] = stem
        return stem

    @staticmethod
    def ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
        return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))

    def score(self, peer: str, references: Sequence[str], n: int) -> NGramScore:
        peer_grams = self.ngrams(self.tokens(peer), n)
        peer_total = sum(peer_grams.values())
        hits = reference_total = peer_pooled = 0
        for reference in references:
            grams = self.ngrams(self.tokens(reference), n)
            hits += sum((grams & peer_grams).values())
            reference_total += sum(grams.values())
            peer_pooled += peer_total
        recall = round_half_even(hits / reference_total) if reference_total else 0.0
        precision = round_half_even(hits / peer_pooled) if peer_pooled else 0.0
        denominator = (1 - self.alpha) * precision + self.alpha * recall
        f = round_half_even(precision * recall / denominator) if denominator > 0 else 0.0
        return NGramScore(hits, reference_total, peer_pooled, recall, precision, f)


def round_half_even(value: float) -> float:
    """Perl's ``sprintf("%7.5f")``: the correctly rounded decimal of the binary double, as Python's format."""
    return float(f"{value:.5f}")


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_NON_ALNUM = re.compile(r"[^A-Za-z0-9\-]")
_TOKEN_START = re.compile(r"[a-z0-9$]")
_WHITESPACE = re.compile(r"[ \t\n\r\f\v]+")  # Perl's \s on byte strings: ASCII whitespace only
