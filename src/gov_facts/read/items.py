"""What discovery yields for each input: a task to extract, or the reason it cannot be one."""

from __future__ import annotations

import os
from dataclasses import dataclass

#: default per-input size limit (bytes after decompression)
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class InputFailure:
    """Why one input gave no record."""

    input: str
    kind: str
    message: str
    detail: str | None = None  # a traceback, for --debug, when the failure is a bug

    def line(self) -> str:
        return f"{self.input}: {self.kind}: {self.message}"

    def to_dict(self) -> dict[str, str]:
        """The ``--errors`` row: input, error type, message."""
        return {"input": self.input, "error": self.kind, "message": self.message}


@dataclass(frozen=True)
class Task:
    """One input to extract: a file for the worker to read, or bytes already in hand."""

    name: str  # the record's ``input`` and the name in messages
    path: str | None = None  # read by the worker (so reading runs in parallel too)
    data: bytes | None = None  # stdin or a WARC record's payload
    url: str | None = None  # a WARC record's target URI
    snippet: bool = False  # a piece of text to read as it stands (``--text``), not a page
    published: str | None = None  # the publish date to assume when the page states none (ISO)


Item = Task | InputFailure


def display_name(path: str) -> str:
    """A path as it can be printed and written to JSON (bytes that are not UTF-8 shown as \\xNN)."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_utf8(name: str) -> bool:
    """Whether a file name can be written as UTF-8 (names that are not are reported, not read)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
