"""Bytes to text: size limits, binary sniffing and encoding detection shared by the file readers."""

from __future__ import annotations

import codecs
import unicodedata
from collections import Counter
from pathlib import Path

from charset_normalizer import from_bytes

from newsdesk.config import get_settings
from newsdesk.errors import InputError

# Control characters other than tab/newline/CR are rare in text and common in binaries.
_CONTROL = bytes(range(0, 32)).replace(b"\t", b"").replace(b"\n", b"").replace(b"\r", b"").replace(b"\x0c", b"")


def read_bytes_limited(path: Path, limit: int | None = None) -> bytes:
    """Read a file, refusing it (with its size) when it is over the per-record limit or empty."""
    limit = get_settings().max_record_bytes if limit is None else limit
    size = path.stat().st_size
    if size == 0:
        raise InputError(str(path), "empty file")
    if size > limit:
        raise InputError(str(path), f"file is {size:,} bytes, over the {limit:,}-byte limit per record")
    return path.read_bytes()


def looks_binary(data: bytes) -> bool:
    """A NUL byte, or many control bytes in the first 8 KiB, means this is not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    return controls > max(8, len(head) // 100)


# In Western text most letters are ASCII; Cyrillic or Greek bytes read as cp1252 are almost all accented.
_WESTERN_MAX_NON_ASCII = 0.3


def _as_western(data: bytes) -> str | None:
    """Windows-1252 (the web's default for legacy text, a superset of Latin-1) when it reads as Western
    text. Statistical detectors confuse short Latin-1 text with cp1250/cp775, so this is tried first."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    non_ascii = sum(1 for c in letters if not c.isascii())
    return text if non_ascii / len(letters) <= _WESTERN_MAX_NON_ASCII else None


# UTF-32 first: its little-endian mark begins with UTF-16's.
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
              (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip


def _wide_text(data: bytes, path: str) -> str | None:
    """UTF-16/32 announced by a byte-order mark (Windows Notepad's "Unicode" saves UTF-16 LE with one). Its
    NUL bytes would otherwise make the file look binary."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    path, f"starts with a {codec.upper()} byte-order mark but is not {codec.upper()}: {exc.reason}"
                ) from None
            if looks_binary(text.encode("utf-8")):
                raise InputError(path, "binary file (not text)")
            return text
    return None


# Without a byte-order mark, UTF-16 of Latin-script text has a NUL in nearly every other byte (the high byte of an
# ASCII letter) and almost none in the others; binaries with NULs do not keep that rhythm over 8 KiB.
_UNMARKED_SHARE = 0.9


def _unmarked_utf16(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark (some exporters and .NET tools write it so), read when its NULs fall
    on one side of each byte pair; None otherwise (so a binary is still called one)."""
    head = data[: 8192 - 8192 % 2]
    if len(head) < 16 or len(data) % 2:
        return None
    high_first, high_second = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    for nuls, others, codec in ((high_second, high_first, "utf-16-le"), (high_first, high_second, "utf-16-be")):
        if nuls >= _UNMARKED_SHARE * half and others <= (1 - _UNMARKED_SHARE) * half:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return None if looks_binary(text.encode("utf-8")) else text
    return None


# Without a mark and without that NUL rhythm: UTF-16 of one non-Latin script (Cyrillic U+04xx, Arabic U+06xx, Han
# U+4E00–U+9FFF, ...). The byte that carries the block takes far fewer values than the other one, and the letters
# read through it are nearly all of one script, with no unassigned, private-use or control character. Random bytes
# fail the decoding (lone surrogates) or spread over every block; no rule here was fitted to a sample (the share is
# a round bound, checked on a dev and a held-out set: docs/benchmarks.md, session 24).
_ONE_SCRIPT_SHARE = 0.9
_MIN_LETTERS = 24
# Japanese writes one text in three scripts; Unicode names them apart.
_WRITING = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HALFWIDTH": "CJK"}


def _one_script(text: str) -> bool:
    """Nearly all non-ASCII letters (and combining marks) of ``text`` in one script, most letters non-ASCII,
    and nothing unassigned, private-use or a surrogate."""
    scripts: Counter[str] = Counter()
    ascii_letters = 0
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cn", "Co", "Cs"):
            return False
        if char.isascii():
            ascii_letters += char.isalpha()
        elif category[0] in "LM":
            script = unicodedata.name(char, "").split(" ", 1)[0]
            scripts[_WRITING.get(script, script)] += 1
    letters = sum(scripts.values())
    if letters < _MIN_LETTERS or letters < ascii_letters:
        return False
    return scripts.most_common(1)[0][1] >= _ONE_SCRIPT_SHARE * letters


def _one_script_utf16(data: bytes) -> str | None:
    """UTF-16 (LE or BE, as the byte with fewer distinct values says) of text in one non-Latin script, or None.
    Asked only of bytes about to be refused as binary: ASCII read as UTF-16 is Han ("Bush hid the facts")."""
    head = data[: 8192 - 8192 % 2]
    if len(head) < 16 or len(data) % 2:
        return None
    even, odd = len(set(head[0::2])), len(set(head[1::2]))
    if even == odd:
        return None
    codec = "utf-16-le" if odd < even else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if looks_binary(text.encode("utf-8")) or not _one_script(text[: len(head) // 2]):
        return None
    return text


def _legacy_codec(data: bytes) -> str | None:
    """The one-byte (or legacy multibyte) encoding of text that is not UTF-8: Windows-1252 when it reads as
    Western text, else the one charset-normalizer finds most plausible."""
    if _as_western(data) is not None:
        return "cp1252"
    best = from_bytes(data).best()
    return None if best is None else str(best.encoding)


def _mixed_lines(data: bytes) -> str | None:
    """A file whose lines are partly UTF-8 and partly a legacy encoding (two files pasted together, a CMS that
    re-saved some paragraphs), decoded line by line: whole-file detection picks one encoding and turns the
    other part into mojibake ("thÃ©"). None unless some line is non-ASCII UTF-8 and some line is not UTF-8."""
    lines = data.splitlines(keepends=True)
    decoded: list[str | None] = []
    utf8_non_ascii = False
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(None)
        else:
            utf8_non_ascii = utf8_non_ascii or not line.isascii()
    if not utf8_non_ascii:
        return None
    legacy = _legacy_codec(b"".join(line for line, text in zip(lines, decoded, strict=True) if text is None))
    if legacy is None:
        return None
    return "".join(
        text if text is not None else line.decode(legacy, errors="replace")
        for line, text in zip(lines, decoded, strict=True)
    )


def decode_text(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16/32 with a BOM (or UTF-16 of one script without one) first; then UTF-8
    and legacy lines mixed, line by line; else the encoding charset-normalizer finds most plausible."""
    wide = _wide_text(data, path) or _unmarked_utf16(data)
    if wide is not None:
        return wide
    if looks_binary(data):
        one_script = _one_script_utf16(data)
        if one_script is None:
            raise InputError(path, "binary file (not text)")
        return one_script
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _mixed_lines(data)
    if mixed is not None:
        return mixed
    western = _as_western(data)
    if western is not None:
        return western
    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "cannot detect a text encoding")
    return str(best)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def decode_declared(body: bytes, content_type: str, where: str) -> str:
    """The charset an HTTP ``Content-Type`` declares (a WARC response, a POSTed page) when Python knows it and
    it fits, else the shared detection (``decode_text``)."""
    declared = _charset(content_type)
    if declared:
        try:
            return body.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(body, where)
