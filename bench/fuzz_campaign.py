"""Long fuzz campaign over the readers and cleaning: the property tests with many more examples.

    .venv/bin/python bench/fuzz_campaign.py --examples 50000 [--rounds 4]

Each round runs every property test in tests/reliability/test_properties*.py (readers: text, HTML,
JSONL, feeds, WARC; cleaning) with ``--examples`` generated
inputs and a fresh random seed; prints inputs run, failures and time, and appends a line to
docs/reliability.md's log when ``--record`` is given. Run it for an hour with a large ``--rounds``.
"""

from __future__ import annotations

import argparse
import ast
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROPERTIES = sorted((ROOT / "tests" / "reliability").glob("test_properties*.py"))


def property_tests() -> list[str]:
    names = []
    for path in PROPERTIES:
        tree = ast.parse(path.read_text())
        names += [n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")]
    return names


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=10_000, help="inputs per property test per round")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--first-seed", type=int, default=1000, help="round r uses seed first-seed + r")
    parser.add_argument("--record", action="store_true", help="append the result to docs/reliability.md")
    args = parser.parse_args()
    tests = property_tests()
    total_inputs = failures = 0
    started = time.perf_counter()
    for round_number in range(args.rounds):
        env = {**os.environ, "NEWSDESK_FUZZ_EXAMPLES": str(args.examples), "PYTHONPATH": str(ROOT)}
        seed = str(args.first_seed + round_number)
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                *map(str, PROPERTIES),
                f"--hypothesis-seed={seed}",
                "-x",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        total_inputs += args.examples * len(tests)
        if result.returncode != 0:
            failures += 1
            print(result.stdout[-4000:], file=sys.stderr)
        print(
            f"round {round_number + 1}/{args.rounds}: seed {seed}, {args.examples * len(tests):,} inputs, "
            f"{'FAILED' if result.returncode else 'ok'}",
            flush=True,
        )
    elapsed = time.perf_counter() - started
    line = (
        f"| {datetime.now(UTC).date()} | {total_inputs:,} | {len(tests)} property tests × {args.examples:,} × "
        f"{args.rounds} rounds | {failures} | {elapsed / 60:.1f} min |"
    )
    print(line)
    if args.record:
        with (ROOT / "docs" / "reliability.md").open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
