"""Speed of a story's brief sections for a 50-article story (issue 5 target: alignment + summary + timeline
< 10 s), with the centroid summarizer run side by side as the baseline.

The story is the first 50 articles of a Timeline17 dev topic, cleaned with the product's ``clean_document``;
extraction (``annotate``, its own target in issue 4) runs once before timing. Each stage is timed in CPU and
wall seconds, then the whole ``build_story`` (which also resolves entities, figures and quote speakers).

    .venv/bin/python bench/bench_story.py [--topic LibyaWar_cnn] [--articles 50]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_align import load_story
from newsdesk.align.cores import forget_parses
from newsdesk.align.facts import align_story
from newsdesk.brief.assemble import _corroboration, build_story
from newsdesk.extract import annotate
from newsdesk.summarize import DEFAULT_SUMMARIZER, summarize
from newsdesk.summarize.references import dangling_references, standalone_summary
from newsdesk.timeline import build_timeline


def timed(name: str, func: Callable[[], Any]) -> tuple[Any, float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    result = func()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(f"{name:<44} {wall:6.2f} s wall {cpu:6.2f} s CPU")
    return result, wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--topic", default="LibyaWar_cnn")
    parser.add_argument("--articles", type=int, default=50)
    args = parser.parse_args()
    articles = load_story(args.topic, args.articles)
    print(
        f"{len(articles)} articles, {sum(len(a.sentences) for a in articles)} sentences; load {os.getloadavg()[0]:.1f}"
    )
    annotations, _, _ = timed("extraction (annotate, not in the target)", lambda: annotate(articles))
    alignment, _, align_cpu = timed("alignment", lambda: align_story(articles, annotations))
    prior = _corroboration(alignment.facts, articles)
    _, _, concepts_cpu = timed(
        f"summary {DEFAULT_SUMMARIZER.removeprefix('summarize.')} (default, with prior)",
        lambda: summarize(DEFAULT_SUMMARIZER, articles, 120, prior),
    )
    dangling = dangling_references(articles, annotations)
    _, _, brief_summary_cpu = timed(
        "summary as the brief makes it (default, again without lines that dangle)",
        lambda: standalone_summary(lambda pool: summarize(DEFAULT_SUMMARIZER, pool, 120, prior), articles, dangling),
    )
    timed("summary learned.v1 (with prior)", lambda: summarize("summarize.learned.v1", articles, 120, prior))
    timed("summary compressive.v2 (with prior)", lambda: summarize("summarize.compressive.v2", articles, 120, prior))
    timed("summary default again (with prior)", lambda: summarize(DEFAULT_SUMMARIZER, articles, 120, prior))
    timed("summary compressive.v1 (with prior)", lambda: summarize("summarize.compressive.v1", articles, 120, prior))
    timed("summary concepts.v1 (with prior)", lambda: summarize("summarize.concepts.v1", articles, 120, prior))
    _, _, centroid_cpu = timed(
        "summary centroid.v1 (baseline)", lambda: summarize("summarize.centroid.v1", articles, 120)
    )
    timexes = {k: a.timexes for k, a in annotations.items()}
    _, _, timeline_cpu = timed("timeline", lambda: build_timeline(articles, timexes, 8))
    print(
        f"alignment + summary + timeline: {align_cpu + concepts_cpu + timeline_cpu:.2f} s CPU; with the brief's "
        f"summary {align_cpu + brief_summary_cpu + timeline_cpu:.2f} s CPU "
        f"(centroid baseline: {align_cpu + centroid_cpu + timeline_cpu:.2f} s CPU); encoder {alignment.encoder}"
    )
    # The alignment above filled the parse cache (``align.cores``): the whole story is timed cold, as a first brief
    # of a story is built, then warm, as a server rebuilds it.
    forget_parses()
    timed(
        "whole build_story (all sections, no parse cached)", lambda: build_story(articles, 120, annotations=annotations)
    )
    timed("whole build_story again (parses cached)", lambda: build_story(articles, 120, annotations=annotations))


if __name__ == "__main__":
    main()
