"""ROUGE-1.5.5 reimplementation: exact per-cluster agreement with the Perl script's published output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.evaluate.rouge import Rouge155, porter_stem
from tests.conftest import EVAL

DUC = EVAL / "mds" / "duc2004" / "dev.jsonl"
ROUGE_DATA = EVAL / "mds" / "rouge-data"
EXPECTED = Path(__file__).parent.parent / "data" / "duc2004_rouge155_dev.txt"


def _expected() -> list[tuple[str, str, int, tuple[float, float, float]]]:
    rows = []
    for line in EXPECTED.read_text().splitlines():
        if line and not line.startswith("#"):
            system, cluster, n, r, p, f = line.split()
            rows.append((system, cluster, int(n), (float(r), float(p), float(f))))
    return rows


@pytest.mark.skipif(not DUC.exists(), reason="DUC 2004 eval data not present")
def test_matches_rouge_155_per_cluster_and_system() -> None:
    clusters = {}
    for line in DUC.read_text().splitlines():
        row = json.loads(line)
        clusters[row["id"].rstrip("t")] = row
    rouge = Rouge155(ROUGE_DATA)
    expected = _expected()
    assert len(expected) == 140  # CLASSY04 and DPP on all 25 dev clusters, Lead on 40 pairs
    mismatches = []
    for system, cluster, n, want in expected:
        row = clusters[cluster]
        got = rouge.score(row["peers"][system], row["references"], n)
        if (got.recall, got.precision, got.f) != want:
            mismatches.append((system, cluster, n, want, (got.recall, got.precision, got.f)))
    assert mismatches == []


def test_porter_variant_and_tokenization() -> None:
    # ROUGE's step 4 (2004): -ement, then -ment, then -ent are each tried in turn.
    assert porter_stem("replacement") == "replac"
    assert porter_stem("generalizations") == "gener"
    assert porter_stem("running") == "run"
    assert porter_stem("happy") == "happi"
    assert porter_stem("yelling") == "yell"


@pytest.mark.skipif(not ROUGE_DATA.exists(), reason="ROUGE data files not present")
def test_truncation_counts_raw_whitespace_tokens() -> None:
    rouge = Rouge155(ROUGE_DATA, length_limit=5)
    # "U.S.-led" is one whitespace token before punctuation splitting; the limit cuts the second line.
    assert rouge.truncate("The U.S.-led talks\nfailed on Friday again") == "the u.s.-led talks failed on"
    assert rouge.tokens("The U.S.-led talks\nfailed on Friday again") == ["the", "u", "s", "led", "talk", "fail", "on"]
    # WordNet exceptions come before the stemmer; tokens of 3 characters or fewer are not stemmed.
    assert Rouge155(ROUGE_DATA, length_limit=0).tokens("He said the children were ran") == [
        "he", "say", "the", "child", "be", "ran"
    ]  # fmt: skip
