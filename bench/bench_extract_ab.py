"""Extraction speed of two source trees side by side: ``annotate`` over the same articles, alternating.

    .venv/bin/python bench/bench_extract_ab.py --base /work/main/src [--new src] [--rounds 2] [--n 40]

Each measurement is a fresh process (``PYTHONPATH=<tree>``) that loads the model, warms up on 3 articles,
then times ``iter_annotations`` over ``--n`` articles of a corpus (seeds repeated, or ECB+ dev) with 1 and
2 processes: wall-clock articles/s and articles per CPU-second (the process and its pool workers). The two
trees alternate, so load changes hit both alike. Each line also carries a hash of all the ``Annotations``,
so equal outputs show as equal hashes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(corpus: str, n: int, n_process: int) -> None:
    sys.path.insert(0, str(HERE))
    from bench_extract import ecbplus, seeds
    from newsdesk.extract import iter_annotations

    articles = seeds(n) if corpus == "seeds" else ecbplus(n)
    list(iter_annotations(articles[:3]))

    def cpu() -> float:
        t = os.times()
        return t.user + t.system + t.children_user + t.children_system

    started, used = time.perf_counter(), cpu()
    annotations = list(iter_annotations(articles, n_process=n_process))
    wall, used = time.perf_counter() - started, cpu() - used
    digest = hashlib.sha1(repr(annotations).encode()).hexdigest()[:10]
    print(json.dumps({"wall": wall, "cpu": used, "hash": digest, "load": os.getloadavg()[0]}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="the baseline's src folder (required)")
    parser.add_argument("--new", default=str(HERE.parent / "src"))
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--child", nargs=2, metavar=("CORPUS", "N_PROCESS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.n, int(args.child[1]))
        return
    if not args.base:
        parser.error("--base is required")
    print(f"load average at start: {os.getloadavg()}")
    for round_ in range(args.rounds):
        for corpus in ("seeds", "ecb"):
            for n_process in (1, 2):
                for name, tree in (("base", args.base), ("new", args.new)):
                    env = dict(os.environ, PYTHONPATH=tree)
                    command = [sys.executable, __file__, "--n", str(args.n), "--child", corpus, str(n_process)]
                    out = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout
                    row = json.loads(out.splitlines()[-1])
                    wall, cpu = args.n / row["wall"], args.n / row["cpu"]
                    print(
                        f"round {round_ + 1} {corpus:5} n_process={n_process} {name:4} {wall:6.1f} articles/s wall"
                        f" {cpu:6.1f} /CPU-s  hash {row['hash']}  load {row['load']:.1f}"
                    )


if __name__ == "__main__":
    main()
