"""Writing an export to the one file the user named, and nowhere else.

``-o`` must name a file: not a folder, not a symlink (writing through it would land outside the named file),
and no ``..`` component (a path that climbs out of where it seems to point). The text goes to a temporary
file beside the target and is renamed over it, so a failed write never leaves half a file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class UnsafePath(ValueError):
    """The output path was refused; the message names it and says why."""


def check_output(path: Path) -> Path:
    if ".." in path.parts:
        raise UnsafePath(f"{path}: refusing a path with '..' in it; name the file directly")
    if path.is_symlink():
        raise UnsafePath(f"{path}: refusing to write through a symbolic link")
    if path.is_dir():
        raise UnsafePath(f"{path}: is a folder; give a file name")
    if not path.parent.is_dir():
        raise UnsafePath(f"{path}: folder {path.parent} does not exist")
    return path


def write_export(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` or raise ``UnsafePath`` naming it and the system's reason (a read-only folder,
    a full disk), with no half-written file left behind."""
    target = check_output(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as exc:
        raise UnsafePath(f"{path}: cannot write: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise UnsafePath(f"{path}: cannot write: {exc.strerror or exc}") from exc
        raise
