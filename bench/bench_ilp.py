"""The summary ILP of a large story solved two ways side by side: ``concepts.select`` (the reduced problem, the
product's) against ``concepts.select_full`` (Gillick & Favre's formulation as written, the baseline), on the same
candidates, concepts and weights.

The story is a Timeline17 dev topic's articles (all of them by default), cleaned as ``bench_story`` cleans them; the
problem is the one ``summarize.learned.v4`` builds (600 candidates at most). Both solves use the same node limit, so
the chosen sentences must agree; the script prints each one's size, CPU and wall seconds, and their ratio.

    .venv/bin/python bench/bench_ilp.py [--topic LibyaWar_reuters] [--articles 400] [--words 120]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsdesk.summarize.concepts as concepts
from bench_align import load_story
from newsdesk.summarize.learned import learned_choice


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--topic", default="LibyaWar_reuters")
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--words", type=int, default=120)
    args = parser.parse_args()
    articles = load_story(args.topic, args.articles)
    problems = []
    solve = concepts.select

    def recording(*problem):
        problems.append(problem)
        return solve(*problem)

    concepts.select = recording  # type: ignore[assignment]
    try:
        learned_choice(articles, args.words)
    finally:
        concepts.select = solve  # type: ignore[assignment]
    lengths, found, weights, bonus, budget = problems[0]
    _, groups, _ = concepts._reduced(len(lengths), found, weights, bonus)
    print(
        f"{args.topic}: {len(articles)} articles, {len(lengths)} candidates, {len(weights)} concepts "
        f"({len(groups)} after reduction); load {os.getloadavg()[0]:.1f}"
    )
    timings = {}
    chosen = {}
    for name, method in (("full (baseline)", concepts.select_full), ("reduced", concepts.select)):
        cpu, wall = time.process_time(), time.perf_counter()
        chosen[name] = method(lengths, found, weights, bonus, budget)
        timings[name] = time.process_time() - cpu
        value = objective(chosen[name], found, weights, bonus)
        wall = time.perf_counter() - wall
        print(f"{name:<16} {wall:7.2f} s wall {timings[name]:7.2f} s CPU  objective {value:.5f}  chosen {chosen[name]}")
    print(f"reduced / full CPU: {timings['reduced'] / timings['full (baseline)']:.2f}")
    if chosen["reduced"] != chosen["full (baseline)"]:
        # HiGHS stops within a relative gap of 1e-4 of the optimum: two selections that close are a tie to it
        print("another choice, of objective within the solver's relative gap:", end=" ")
        values = [objective(c, found, weights, bonus) for c in chosen.values()]
        print(abs(values[0] - values[1]) <= 1e-4 * max(abs(v) for v in values))


def objective(chosen: list[int], found: list[set[int]], weights, bonus) -> float:
    """The ILP's objective of a selection: the weight of the concepts it covers plus its sentences' bonuses."""
    covered = set().union(*(found[s] for s in chosen))
    return float(sum(weights[c] for c in covered) + sum(bonus[s] for s in chosen))


if __name__ == "__main__":
    main()
