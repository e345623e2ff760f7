"""Importing the pipeline loads spaCy without PyTorch (a process that never embeds does not pay for it)."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_pipeline_and_extractors_import_without_torch() -> None:
    code = "import sys, newsdesk.pipeline, newsdesk.extract.parse, thinc.compat; "
    code += "print('torch' in sys.modules, thinc.compat.has_torch)"
    assert _run(code) == "False False"


def test_torch_still_imports_afterwards() -> None:
    assert _run("import newsdesk.pipeline, torch; print(torch.zeros(2).sum().item())") == "0.0"
