"""CPU of the briefs of a store's largest stories, this tree against a baseline commit side by side in one run, and
whether the two trees' JSON briefs are byte-identical (a speed-up must not change a brief).

The stores are made by the product's ingest (``newsdesk ingest --db FILE --workers 1 PATH``); each tree briefs a copy
of each store in a child process of its own (``PYTHONPATH`` = that tree's ``src``; the baseline is ``git archive``d
into a temporary folder), as ``newsdesk brief`` does: ``cluster_stored``, the stored annotations, the run's
templates, then ``build_group`` and the JSON rendering of each story. The CPU seconds of ``build_group`` are timed
in the child; the trees alternate store by store, so both see the same machine load.

    T17=../shared/eval/timelines/t17/dev
    .venv/bin/newsdesk ingest --db /tmp/l.db --workers 1 $T17/LibyaWar_reuters/articles.jsonl.gz
    .venv/bin/python bench/bench_brief.py /tmp/l.db [more.db ...] [--baseline REV] [--stories 1] [--keep DIR]
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(db: str, out: str, stories: int) -> None:
    """Brief the ``stories`` largest stories of ``db`` (a copy: clustering writes to it) into ``out``, one JSON file a
    story; print one JSON line a story with its size and the CPU seconds of its ``build_group``."""
    from newsdesk.brief import render
    from newsdesk.brief.assemble import build_group
    from newsdesk.brief.render import brief_document
    from newsdesk.clean.templates import template_sentences
    from newsdesk.pipeline import cluster_stored, stored_annotations
    from newsdesk.store import open_store

    with open_store(db) as store:
        articles, groups = cluster_stored(store)
        annotations = stored_annotations(store, articles)
    templates = template_sentences(articles)  # over the whole run, as ``newsdesk brief`` finds them
    for n, group in enumerate(groups[:stories]):
        cpu = time.process_time()
        story = build_group(
            group, 120, annotations={a.id: annotations[a.id] for a in group.articles}, templates=templates
        )
        cpu = time.process_time() - cpu
        Path(out, f"{n:03d}_{group.id}.json").write_text(render(brief_document(list(group.articles), [story]), "json"))
        print(json.dumps({"story": group.id, "articles": len(group.articles), "cpu": cpu}), flush=True)


def run_tree(src: Path, db: str, out: Path, stories: int, work: Path) -> list[dict]:
    copy = work / "store.db"
    shutil.copyfile(db, copy)
    out.mkdir(parents=True)
    env = {**os.environ, "PYTHONPATH": str(src), "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, __file__, "--child", str(copy), str(out), str(stories)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    copy.unlink()
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("stores", nargs="*")
    parser.add_argument(
        "--baseline", default="ae73eda", help="the commit to compare with (default: main before session 21)"
    )
    parser.add_argument("--stories", type=int, default=1, help="how many of each store's largest stories")
    parser.add_argument("--keep", help="keep the JSON briefs in this folder (base/ and new/)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
        return
    with tempfile.TemporaryDirectory(prefix="bench_brief_") as tmp:
        work = Path(tmp)
        base = work / "base"
        base.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.baseline, "src"], capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive.stdout, check=True)
        keep = Path(args.keep) if args.keep else work / "briefs"
        print(f"baseline {args.baseline} against this tree; load {os.getloadavg()[0]:.1f}")
        totals = {"base": 0.0, "new": 0.0}
        same = True
        for k, db in enumerate(args.stores):
            results = {}
            for name, src in (("base", base / "src"), ("new", ROOT / "src")):
                results[name] = run_tree(src, db, keep / name / str(k), args.stories, work)
            for old, new in zip(results["base"], results["new"], strict=True):
                a, b = (keep / name / str(k) for name in ("base", "new"))
                identical = old["story"] == new["story"] and all(
                    filecmp.cmp(a / f, b / f, shallow=False) for f in os.listdir(a) if old["story"] in f
                )
                same &= identical
                totals["base"] += old["cpu"]
                totals["new"] += new["cpu"]
                print(
                    f"{Path(db).name:<28} {old['story']} {old['articles']:>4} articles  base {old['cpu']:7.2f} CPU-s"
                    f"  new {new['cpu']:7.2f} CPU-s  new/base {new['cpu'] / old['cpu']:.2f}"
                    f"  {'identical' if identical else 'DIFFERENT'}"
                )
        print(
            f"total: base {totals['base']:.2f} CPU-s, new {totals['new']:.2f} CPU-s, new/base "
            f"{totals['new'] / max(totals['base'], 1e-9):.2f}; briefs {'all identical' if same else 'DIFFER'}"
        )


if __name__ == "__main__":
    main()
