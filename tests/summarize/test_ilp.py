"""The concept ILP (``concepts.select``): the solver gets a smaller problem than Gillick & Favre's, never another."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest

import newsdesk.summarize.concepts as concepts
from newsdesk.model import Article
from newsdesk.summarize.learned import summarize_learned


def _objective(chosen, lengths, found, weights, bonus, budget) -> float | None:
    if sum(lengths[s] for s in chosen) > budget:
        return None
    covered = set().union(*(found[s] for s in chosen)) if chosen else set()
    return float(sum(weights[c] for c in covered) + sum(bonus[s] for s in chosen))


@pytest.mark.parametrize("seed", range(12))
def test_select_finds_the_best_selection(seed: int) -> None:
    """Against every subset of a small problem with shared, lone and costly (negative) concepts, and concepts held by
    the same sentences: the reduction keeps the optimum."""
    rng = np.random.default_rng(seed)
    n_s, n_c, budget = 9, 14, 30
    lengths = rng.integers(5, 16, n_s)
    weights = rng.uniform(-1.0, 2.0, n_c)
    weights[rng.integers(0, n_c)] = 0.0
    found = [set(rng.choice(n_c, rng.integers(1, 5), replace=False).tolist()) for _ in range(n_s)]
    found[1] = set(found[0])  # two sentences holding the same concepts
    bonus = rng.uniform(0.0, 0.5, n_s)
    best = max(
        value
        for k in range(n_s + 1)
        for chosen in combinations(range(n_s), k)
        if (value := _objective(chosen, lengths, found, weights, bonus, budget)) is not None
    )
    chosen = concepts.select(lengths, found, weights, bonus, budget)
    assert _objective(chosen, lengths, found, weights, bonus, budget) == pytest.approx(best, abs=1e-6)


def test_a_story_ilp_is_solved_smaller_to_the_same_choice(seed_articles: dict[str, Article], monkeypatch) -> None:
    """On the seeds' ILP most concepts are held by no candidate (their sentences are too short, quoted or capped) or
    by one; the solver sees far fewer concepts, and picks what the full formulation picks."""
    problems = []
    solve = concepts.select

    def recording(*args):
        problems.append(args)
        return solve(*args)

    monkeypatch.setattr(concepts, "select", recording)
    summarize_learned(list(seed_articles.values()), 120)
    lengths, found, weights, bonus, budget = problems[0]
    _, groups, _ = concepts._reduced(len(lengths), found, weights, bonus)
    held = set().union(*found)
    assert len(groups) < len(held) < len(weights)
    assert solve(lengths, found, weights, bonus, budget) == concepts.select_full(lengths, found, weights, bonus, budget)
