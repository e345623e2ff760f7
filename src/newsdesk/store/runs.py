"""The run log as users read it: one line per run, and a run's report (counts per stage, every rejection).

Rows come from the ``runs`` and ``rejections`` tables the pipeline writes while it runs; a run whose
process was killed stays ``running`` with the counts of its last committed batch left unset, which is why
the list says so instead of pretending it finished.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from newsdesk.model import Rejection


@dataclass(frozen=True, slots=True)
class RunInfo:
    id: int
    command: str
    started_at: str
    finished_at: str | None
    status: str
    counts: dict[str, int]

    @classmethod
    def from_row(cls, row: Any) -> RunInfo:
        return cls(
            id=int(row["id"]),
            command=row["command"],
            started_at=row["started_at"],
            finished_at=row["finished_at"],
            status=row["status"],
            counts=json.loads(row["counts"] or "{}"),
        )

    @property
    def status_label(self) -> str:
        """``running`` with no finish time is either still going or was killed (no chance to record it)."""
        return "running or killed" if self.status == "running" else self.status


def run_line(run: RunInfo) -> str:
    counts = ", ".join(f"{k}={v}" for k, v in sorted(run.counts.items())) or "no counts recorded"
    return f"{run.id:>5}  {run.started_at}  {run.status_label:<17}  {counts}  [{run.command}]"


def run_report(run: RunInfo, rejections: list[Rejection]) -> dict[str, Any]:
    """The per-run report as data (``newsdesk report RUN_ID --json`` prints it as is)."""
    return {
        "run": run.id,
        "command": run.command,
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "status": run.status_label,
        "counts": dict(sorted(run.counts.items())),
        "rejections": [{"path": r.path, "stage": r.stage, "reason": r.reason} for r in rejections],
    }


def report_text(report: dict[str, Any]) -> str:
    lines = [
        f"run {report['run']}: {report['status']}  [{report['command']}]",
        f"started {report['started_at']}, finished {report['finished_at'] or '-'}",
        "counts per stage:",
        *(f"  {stage:<18} {count:>10,}" for stage, count in report["counts"].items()),
        f"rejected inputs ({len(report['rejections'])}):",
        *(f"  [{r['stage']}] {r['path']}: {r['reason']}" for r in report["rejections"]),
    ]
    return "\n".join(lines) + "\n"
