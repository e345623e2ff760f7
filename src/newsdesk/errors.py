"""The one error type users see: it names the input and the reason."""

from __future__ import annotations


class NamedError(Exception):
    """An error a user sees as one line: the file (or database) it is about, then the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class InputError(NamedError):
    """Bad input (unreadable, empty, malformed, too large). Carries the path so a batch can go on."""


class MissingExtra(ImportError):
    """An optional part was asked for but its packages are not installed; says what to install."""

    def __init__(self, feature: str, extra: str, packages: str) -> None:
        super().__init__(
            f"{feature} needs optional packages that are not installed: "
            f"pip install 'newsdesk[{extra}]'  (or: pip install {packages})"
        )
