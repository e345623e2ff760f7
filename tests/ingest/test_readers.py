from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from newsdesk.ingest import read_paths
from newsdesk.model import RawDocument, Rejection


def records(*paths: Path) -> list[RawDocument | Rejection]:
    return list(read_paths(paths))


def test_text_reader_reads_every_seed_in_order(seeds_dir: Path) -> None:
    found = records(seeds_dir)
    assert [Path(r.path).name[:3] for r in found] == ["000", "001", "002", "003", "004"]
    assert all(isinstance(r, RawDocument) and r.text for r in found)


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Le président a déclaré que la réunion était très constructive à Genève.".encode("latin-1"))
    (record,) = records(path)
    assert isinstance(record, RawDocument)
    assert "président" in record.text and "Genève" in record.text


def test_empty_file_is_rejected_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    (record,) = records(path)
    assert isinstance(record, Rejection)
    assert record.path == str(path) and "empty" in record.reason


def test_whitespace_only_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n \t\n")
    (record,) = records(path)
    assert isinstance(record, Rejection) and "white space" in record.reason


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 64)
    (record,) = records(path)
    assert isinstance(record, Rejection) and "binary" in record.reason


def test_50mb_file_is_rejected_not_parsed(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:
        chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            handle.write(chunk)
    (record,) = records(path)
    assert isinstance(record, Rejection)
    assert "limit" in record.reason and str(path) == record.path


def test_html_reader_keeps_the_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body><article><p>Hello world.</p></article></body></html>")
    (record,) = records(path)
    assert isinstance(record, RawDocument) and record.html and record.text is None


def test_jsonl_malformed_lines_are_rejected_and_the_rest_loads(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "First article text.", "source": "Reuters", "published": "2024-08-26"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "b", "title": "no body"}),
        "",
        json.dumps({"id": "c", "html": "<p>Second article.</p>", "url": "https://example.com/x"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    found = records(path)
    good = [r for r in found if isinstance(r, RawDocument)]
    bad = [r for r in found if isinstance(r, Rejection)]
    assert [r.external_id for r in good] == ["a", "c"]
    assert good[0].published is not None and good[0].published.isoformat() == "2024-08-26"
    assert good[0].source == "Reuters" and good[1].html
    assert [r.path for r in bad] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "malformed JSON" in bad[0].reason and "neither" in bad[2].reason


def test_jsonl_gz_streams(tmp_path: Path) -> None:
    path = tmp_path / "shard.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for n in range(3):
            handle.write(json.dumps({"id": str(n), "text": f"Article number {n}."}) + "\n")
    assert [r.external_id for r in records(path)] == ["0", "1", "2"]


def test_corrupt_gzip_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage that is not deflate")
    found = records(path)
    assert found and isinstance(found[-1], Rejection) and "gzip" in found[-1].reason


def test_unknown_suffix_and_missing_path_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK")
    found = records(tmp_path / "notes.docx", tmp_path / "missing.txt")
    assert [type(r) for r in found] == [Rejection, Rejection]
    assert "unsupported" in found[0].reason and "no such" in found[1].reason


def test_jsonl_line_nested_too_deep_is_one_rejection(tmp_path: Path, seeds_dir: Path) -> None:
    """``[[[[…`` 100,000 deep overflowed the JSON parser's recursion and the RecursionError ended the whole
    run (the good lines after it and every other file unread); now it is one malformed line like any other."""
    path = tmp_path / "shard.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))[:2]]
    lines = [
        json.dumps({"id": "a", "text": texts[0]}),
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"id": "b", "text": texts[1]}),
    ]
    path.write_text("\n".join(lines) + "\n")
    found = records(path, seeds_dir)
    bad = [r for r in found if isinstance(r, Rejection)]
    assert [r.path for r in bad] == [f"{path}:2"] and bad[0].reason == "malformed JSON: nested too deeply"
    assert [r.external_id for r in found if isinstance(r, RawDocument)][:2] == ["a", "b"]
    assert len(found) == 3 + 5  # the seeds folder after the shard is still read


def test_utf16_and_utf32_with_a_byte_order_mark_are_text(tmp_path: Path, seeds_dir: Path) -> None:
    """Notepad's "Unicode" (UTF-16 LE with a BOM) was rejected as a binary file: its NUL bytes looked binary."""
    seeds = sorted(seeds_dir.glob("*.txt"))
    cases = {"notepad.txt": (seeds[3], "utf-16"), "be.html": (seeds[4], "utf-16-be"), "wide.txt": (seeds[2], "utf-32")}
    for name, (seed, codec) in cases.items():
        data = seed.read_text(encoding="utf-8")
        if name.endswith(".html"):
            data = "<html><body><article><p>" + data.replace("\n\n", "</p><p>") + "</p></article></body></html>"
        raw = data.encode(codec)
        (tmp_path / name).write_bytes(("\ufeff".encode(codec) if codec == "utf-16-be" else b"") + raw)
        (record,) = records(tmp_path / name)
        assert isinstance(record, RawDocument), record
        assert (record.text or record.html) == data
    (tmp_path / "fake.txt").write_bytes(b"\xff\xfe" + b"\x00\xd8" * 50)  # a lone surrogate after the mark
    (record,) = records(tmp_path / "fake.txt")
    assert isinstance(record, Rejection) and "byte-order mark but is not UTF-16" in record.reason


def test_utf16_without_a_byte_order_mark_is_text_and_junk_stays_binary(tmp_path: Path, seeds_dir: Path) -> None:
    """UTF-16 written without a mark (LE or BE) was rejected as "binary file (not text)" for its NUL bytes."""
    seed = sorted(seeds_dir.glob("*.txt"))[1].read_text(encoding="utf-8")
    for codec in ("utf-16-le", "utf-16-be"):
        (tmp_path / f"{codec}.txt").write_bytes(seed.encode(codec))
        (record,) = records(tmp_path / f"{codec}.txt")
        assert isinstance(record, RawDocument) and record.text == seed, record
    (tmp_path / "pairs.bin.txt").write_bytes(bytes([1, 0, 2, 0, 3, 0]) * 400)  # the NUL rhythm, control bytes
    (record,) = records(tmp_path / "pairs.bin.txt")
    assert isinstance(record, Rejection) and record.reason == "binary file (not text)"


def test_utf16_of_one_non_latin_script_without_a_mark_is_text(tmp_path: Path) -> None:
    """Russian, Arabic and Chinese in UTF-16 without a mark (LE or BE) have no NUL rhythm and were rejected as
    "binary file (not text)". Their letters read through the right byte order are nearly all of one script."""
    import importlib

    for lang in ("ru", "ar", "zh"):
        text = "\n".join(importlib.import_module(f"spacy.lang.{lang}.examples").sentences) + "\n"
        for codec in ("utf-16-le", "utf-16-be"):
            (tmp_path / f"{lang}-{codec}.txt").write_bytes(text.encode(codec))
            (record,) = records(tmp_path / f"{lang}-{codec}.txt")
            assert isinstance(record, RawDocument) and record.text == text, (lang, codec, record)


def test_binaries_are_not_read_as_utf16_of_one_script(tmp_path: Path, seeds_dir: Path) -> None:
    """gzip, PNG, a PDF with a compressed stream and random bytes stay binary; ASCII text, which reads as Han
    through UTF-16 ("Bush hid the facts"), stays ASCII."""
    import random
    import zlib

    seed = sorted(seeds_dir.glob("*.txt"))[0].read_bytes()
    stream = zlib.compress(seed * 4)
    junk = {
        "a.gz.txt": gzip.compress(seed),
        "shot.png.txt": (Path(__file__).parents[2] / "docs" / "serve-story.png").read_bytes()[:60_000],
        "doc.pdf.txt": b"%PDF-1.4\n1 0 obj <</Length "
        + str(len(stream)).encode()
        + b" /Filter /FlateDecode>> stream\n"
        + stream
        + b"\nendstream endobj\n%EOF\n",
        **{f"random{i}.txt": random.Random(i).randbytes(2 * (300 + 900 * i)) for i in range(8)},
    }
    for name, data in junk.items():
        (tmp_path / name).write_bytes(data[: len(data) - len(data) % 2])
        (record,) = records(tmp_path / name)
        assert isinstance(record, Rejection) and record.reason == "binary file (not text)", (name, record)
    (tmp_path / "bush.txt").write_bytes(b"Bush hid the facts")
    (record,) = records(tmp_path / "bush.txt")
    assert isinstance(record, RawDocument) and record.text == "Bush hid the facts"


def test_a_folder_reports_links_it_cannot_follow_and_having_no_file(tmp_path: Path, seeds_dir: Path) -> None:
    """A broken link and a loop of links in a folder were left out without a word, and an empty folder (or
    one of hidden files only) gave a run with no reason at all ("run 1: " and exit 1)."""
    folder = tmp_path / "in"
    folder.mkdir()
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    (folder / "story.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    (folder / "up").symlink_to(folder)  # a link to a folder is not followed (it would loop) and not an error
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD.txt").write_text("ref: refs/heads/main")
    found = records(folder)
    assert [(Path(r.path).name, type(r).__name__) for r in found] == [
        ("a.txt", "Rejection"),
        ("b.txt", "Rejection"),
        ("gone.txt", "Rejection"),
        ("story.txt", "RawDocument"),
    ]
    assert all(r.reason == "broken symbolic link, or a loop of links" for r in found if isinstance(r, Rejection))
    empty = tmp_path / "empty"
    (empty / ".cache").mkdir(parents=True)
    (empty / ".cache" / "x.txt").write_text("hidden")
    assert records(empty) == [Rejection(str(empty), "no files in this folder")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists any folder (checked by hand with setpriv, see docs)")
def test_an_unlistable_subfolder_is_reported(tmp_path: Path, seeds_dir: Path) -> None:
    (tmp_path / "locked").mkdir()
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    (tmp_path / "locked" / "x.txt").write_text(seed.read_text(encoding="utf-8"))
    (tmp_path / "locked").chmod(0)
    try:
        assert records(tmp_path) == [Rejection(str(tmp_path / "locked"), "cannot list folder: Permission denied")]
    finally:
        (tmp_path / "locked").chmod(0o755)
