"""Load on `newsdesk serve`: N concurrent clients reading story pages for S seconds, on loopback only.

Starts `newsdesk serve` on 127.0.0.1 (a free port) over a fresh store holding the seed articles, then loads
three paths with the same client count: ``/healthz`` (the baseline: routing, middleware and HTTP alone),
the story page ``/stories/ID`` (the target, ``--seconds`` in all), and the story's JSON brief
``/api/stories/ID``. The paths alternate in ``--slices`` short slices so that load from other processes
hits all three alike. Every slice is bounded by time and by a request cap. Prints errors, requests/s,
p50/p99 latency and the ratio of each path's p50 to the baseline's; the last line is the result as JSON.

    .venv/bin/python bench/bench_api.py [--clients 100] [--seconds 30] [--baseline-seconds 10]

The clients run in this process (asyncio + httpx) on the same machine as the server, so on 2 cores they
compete with it for CPU: latencies include that contention, which is why the baseline ratio is reported.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEEDS = Path(os.environ.get("NEWSDESK_SHARED", ROOT.parent / "shared")) / "seeds"
MAX_REQUESTS = 2_000_000  # a hard cap per phase, whatever the duration


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@dataclass
class Tally:
    """Latencies and errors of one path, summed over its slices."""

    path: str
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    elapsed: float = 0.0

    def row(self) -> dict[str, float | int | str]:
        done = self.latencies
        return {
            "path": self.path,
            "requests": len(done),
            "errors": sum(self.errors.values()),
            "error_kinds": json.dumps(self.errors, sort_keys=True),
            "rps": round(len(done) / self.elapsed, 1) if self.elapsed else 0.0,
            "p50_ms": round(1000 * statistics.median(done), 1) if done else float("nan"),
            "p99_ms": round(1000 * percentile(done, 0.99), 1) if done else float("nan"),
        }


async def run_slice(client: httpx.AsyncClient, tally: Tally, clients: int, seconds: float) -> None:
    """``clients`` concurrent loops on one path for ``seconds`` (and at most ``MAX_REQUESTS`` in all)."""
    stop = time.monotonic() + seconds

    async def worker() -> None:
        while time.monotonic() < stop and len(tally.latencies) + sum(tally.errors.values()) < MAX_REQUESTS:
            start = time.perf_counter()
            try:
                response = await client.get(tally.path)
                await response.aread()
                if response.status_code != 200:
                    tally.errors[str(response.status_code)] = tally.errors.get(str(response.status_code), 0) + 1
                    continue
            except httpx.HTTPError as exc:
                tally.errors[type(exc).__name__] = tally.errors.get(type(exc).__name__, 0) + 1
                continue
            tally.latencies.append(time.perf_counter() - start)

    began = time.monotonic()
    await asyncio.gather(*(worker() for _ in range(clients)))
    tally.elapsed += time.monotonic() - began


async def interleaved(base: str, story: str, args: argparse.Namespace) -> dict[str, Tally]:
    """Alternate short slices of the three paths so that a change in machine load hits all of them alike."""
    tallies = {"baseline": Tally("/healthz"), "story_page": Tally(f"/stories/{story}"),
               "story_json": Tally(f"/api/stories/{story}")}  # fmt: skip
    share = {"baseline": args.baseline_seconds, "story_page": args.seconds, "story_json": args.baseline_seconds}
    limits = httpx.Limits(max_connections=args.clients, max_keepalive_connections=args.clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        for _ in range(args.slices):
            for name, tally in tallies.items():
                await run_slice(client, tally, args.clients, share[name] / args.slices)
    return tallies


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-m",
        "newsdesk.cli",
        "serve",
        "--db",
        str(db),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
        if proc.poll() is not None:
            break
    proc.kill()
    raise SystemExit(f"newsdesk serve did not start: {proc.stderr.read().decode() if proc.stderr else ''}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--baseline-seconds", type=float, default=10.0)
    parser.add_argument("--slices", type=int, default=5, help="Alternations of the three paths.")
    args = parser.parse_args()
    if not 1 <= args.clients <= 1000 or not 0 < args.seconds <= 600:
        raise SystemExit("--clients must be 1..1000 and --seconds 0..600")
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as tmp:
        db = Path(tmp) / "bench.db"
        subprocess.run([sys.executable, "-m", "newsdesk.cli", "ingest", str(SEEDS), "--db", str(db)], check=True)
        port = free_port()
        proc = start_server(db, port)
        base = f"http://127.0.0.1:{port}"
        try:
            # The first request builds the briefs; the phases measure reads of a warm server.
            story = httpx.get(f"{base}/api/stories", timeout=120).json()["data"][0]["id"]
            tallies = asyncio.run(interleaved(base, story, args))
            results = {name: tally.row() for name, tally in tallies.items()}
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    base_p50 = float(results["baseline"]["p50_ms"])
    for name, row in results.items():
        row["p50_vs_baseline"] = round(float(row["p50_ms"]) / base_p50, 2) if base_p50 else float("nan")
        print(
            f"{name:<11} {row['path']:<28} requests={row['requests']:>7} errors={row['errors']} rps={row['rps']:>7}"
            f" p50={row['p50_ms']} ms p99={row['p99_ms']} ms p50/baseline={row['p50_vs_baseline']}"
        )
    print(json.dumps({"clients": args.clients, "seconds": args.seconds, "load": os.getloadavg(), **results}))


if __name__ == "__main__":
    main()
