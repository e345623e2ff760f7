"""``newsdesk eval TASK PATH`` on a path that is not a split of TASK: one line naming the path and what is wrong,
exit 2, never a traceback (each case below used to end in a KeyError, ValueError, EOFError or IsADirectoryError,
or printed a bare field name such as ``html``)."""

from __future__ import annotations

import gzip
from pathlib import Path

from typer.testing import CliRunner

from newsdesk.cli import app
from tests.conftest import EVAL

runner = CliRunner()


def eval_error(*args: str) -> str:
    result = runner.invoke(app, ["eval", *args])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output and len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr.strip()


def test_a_split_of_another_task_names_the_missing_field() -> None:
    split = EVAL / "clustering" / "googlenews" / "dev.jsonl"
    assert eval_error("extraction", str(split)) == (
        f"{split}: not in the extraction format (shared/eval/README.md): a record has no 'html' field"
    )


def test_a_folder_where_a_file_is_expected_and_a_folder_without_timeml() -> None:
    folder = EVAL / "quotes" / "polnear" / "dev"
    assert eval_error("extraction", str(folder)).endswith("Is a directory")
    assert eval_error("timex", str(folder)) == (
        f"{folder}: no .tml files in this folder (a TimeML split is a folder of .tml files)"
    )


def test_a_malformed_line_is_named_by_its_number(tmp_path: Path) -> None:
    split = tmp_path / "dev.jsonl"
    real = (EVAL / "clustering" / "googlenews" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:3]
    split.write_text("\n".join([real[0], real[1][: len(real[1]) // 2], real[2]]) + "\n", encoding="utf-8")
    assert eval_error("clustering", str(split)).startswith(f"{split}:2: malformed JSON: ")


def test_a_cut_gzip_split_is_named(tmp_path: Path) -> None:
    data = (EVAL / "clustering" / "ecbplus" / "dev.jsonl.gz").read_bytes()
    split = tmp_path / "dev.jsonl.gz"
    split.write_bytes(data[: len(data) // 2])
    with gzip.open(split, "rt") as handle:
        assert handle.readline()  # the first records are whole: only the end is missing
    message = eval_error("clustering", str(split))
    assert message.startswith(f"{split}: not in the clustering format") and "end-of-stream" in message


def test_predictions_that_cannot_be_written_are_named() -> None:
    """As root a chmod 555 folder is writable; /sys refuses new files even to root."""
    split = EVAL / "clustering" / "googlenews" / "dev.jsonl"
    out = "/sys/predictions.jsonl"
    assert eval_error("extraction", str(split), "--predictions", out) == (
        f"{out}: cannot write the predictions: Permission denied"
    )
