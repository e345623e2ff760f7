"""Cluster-wide dedup on Ray next to the local ``find_duplicates``, on the same cleaned articles, same run.

    .venv/bin/python bench/bench_scale.py make 3000 /tmp/dedup-in      # perturbed Timeline17 articles
    .venv/bin/python bench/bench_ray_dedup.py /tmp/dedup-in [--workers 2]

The input is cleaned once (local pool, Parquet); then the local path (rebuild the articles from Parquet,
``find_duplicates``) and the Ray path (``ray_duplicates``: read Parquet, signatures, band shuffle, verify,
resolve on the driver) are timed on it, and their links compared. Ray's start-up is timed apart. The
generator samples 2,405 real articles with replacement, so an input larger than that holds many near copies
(one sentence dropped, two swapped, a new dateline): a dedup workload, not only a no-copy scan.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("inputs", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    import pyarrow.parquet as pq

    from newsdesk.dedup import find_duplicates
    from newsdesk.model import Article
    from newsdesk.scale.batch import run_local
    from newsdesk.scale.dedup import ray_duplicates
    from newsdesk.scale.ray import init_ray
    from newsdesk.scale.rows import table_results

    print(f"load average {os.getloadavg()}", flush=True)
    out = Path(tempfile.mkdtemp(prefix="bench-dedup-"))
    started = time.perf_counter()
    rows = run_local([str(args.inputs)], out, args.workers)
    cleaned = time.perf_counter()

    articles = [
        r for f in sorted(out.glob("*.parquet")) for _, r in table_results(pq.read_table(f)) if isinstance(r, Article)
    ]
    local = find_duplicates(articles)
    local_done = time.perf_counter()

    init_ray(num_cpus=args.workers)
    ready = time.perf_counter()
    ray_links = ray_duplicates(out)
    ray_done = time.perf_counter()
    result = {
        "articles": len(articles),
        "rows": rows,
        "copies": len(local),
        "clean_local_pool_s": round(cleaned - started, 2),
        "local_find_duplicates_s": round(local_done - cleaned, 2),
        "ray_init_s": round(ready - local_done, 2),
        "ray_duplicates_s": round(ray_done - ready, 2),
        "ray_over_local": round((ray_done - ready) / (local_done - cleaned), 2),
        "identical_links": ray_links == local,
    }
    print(json.dumps(result, sort_keys=True), flush=True)
    print(f"load average {os.getloadavg()}", flush=True)


if __name__ == "__main__":
    main()
