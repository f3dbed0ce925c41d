"""Turn what the user named (paths, directories, WARC files, ``-``) into a stream of inputs.

Discovery is lazy and ordered: directories are walked depth-first in sorted
order, WARC files are read record by record, so an archive of any size is
never listed in memory. Anything that cannot become an input (a symlink loop,
an unreadable directory, a file name that is not UTF-8, a broken WARC) comes
out as an :class:`InputFailure` at its place in the stream, never as an
exception, so one bad entry does not stop the run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import BinaryIO

from .files import stdin_task
from .items import DEFAULT_MAX_BYTES, InputFailure, Item, Task, display_name, is_utf8
from .warc import is_warc, warc_inputs

#: file endings picked up when walking a directory (each also counts with ``.gz`` after it)
PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".jhtml", ".xhtml", ".txt")

__all__ = [
    "DEFAULT_MAX_BYTES",
    "InputFailure",
    "Item",
    "Selection",
    "Task",
    "count",
    "discover",
    "is_page_name",
    "is_warc",
    "read_list",
    "walk",
]


def is_page_name(name: str) -> bool:
    """Whether directory walking picks up a file of this name by default."""
    low = name.lower()
    if low.endswith(".gz"):
        low = low[:-3]
    return low.endswith(PAGE_SUFFIXES) or low.endswith(".warc")


@dataclass(frozen=True)
class Selection:
    """Which files directory walking takes: ``--glob`` (else the page endings) minus ``--exclude``.

    A pattern with a ``/`` is matched against the path below the walked
    directory, any other against the file name alone.
    """

    globs: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()

    @staticmethod
    def _match(pattern: str, name: str, rel: str) -> bool:
        return fnmatchcase(rel if "/" in pattern else name, pattern)

    def excluded(self, name: str, rel: str) -> bool:
        return any(self._match(p, name, rel) for p in self.excludes)

    def selected(self, name: str, rel: str) -> bool:
        if self.excluded(name, rel):
            return False
        if self.globs:
            return any(self._match(p, name, rel) for p in self.globs)
        return is_page_name(name)


def read_list(source: BinaryIO) -> list[str]:
    """``--from-list``: one path per line (blank lines skipped; bytes that are not UTF-8 kept as-is)."""
    entries = []
    for raw in source:
        line = raw.rstrip(b"\r\n")
        if line:
            entries.append(os.fsdecode(line))
    return entries


def discover(
    entries: Iterable[str],
    selection: Selection = Selection(),
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    read_warc: bool = True,
) -> Iterator[Item]:
    """Every input behind ``entries``, in order.

    ``-`` is standard input; a directory is walked; a ``.warc``/``.warc.gz``
    file gives one input per HTML response record; any other path is one
    input whatever its ending. With ``read_warc=False`` WARC records are
    counted but their payload is not read (for a progress total).
    """
    for entry in entries:
        if entry == "-":
            yield stdin_task(stdin, max_bytes) if read_warc else Task("-", data=b"")
            continue
        if not is_utf8(entry):
            yield InputFailure(display_name(entry), "bad_filename", "the file name is not UTF-8")
            continue
        try:
            is_dir = os.path.isdir(entry)
        except (OSError, ValueError):  # pragma: no cover - isdir swallows most errors itself
            is_dir = False
        if is_dir:
            found = False
            for item in walk(entry, selection, max_bytes=max_bytes, read_warc=read_warc):
                found = True
                yield item
            if not found:
                how = "--glob" if selection.globs else "page endings .html .htm .shtml .txt...; --glob"
                why = f"the directory holds no page to read ({how} for others)"
                yield InputFailure(entry, "no_pages", why)
        elif is_warc(entry):
            yield from warc_inputs(entry, max_bytes=max_bytes, read_content=read_warc)
        else:
            yield Task(entry, path=entry)


def walk(
    root: str,
    selection: Selection = Selection(),
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    read_warc: bool = True,
) -> Iterator[Item]:
    """The selected files under ``root``, depth-first, each directory in sorted name order.

    Symlinks are followed; one that leads back to a directory being walked is
    reported as a loop and not entered.
    """
    try:
        st = os.stat(root)
    except OSError as exc:
        yield InputFailure(root, "unreadable", exc.strerror or str(exc))
        return
    # each frame: (directory path, path below root, sorted entries, ancestors' (dev, inode))
    stack: list[tuple[str, str, Iterator[os.DirEntry[str]], frozenset[tuple[int, int]]]] = []
    frame = _open_dir(root, "", frozenset({(st.st_dev, st.st_ino)}))
    if isinstance(frame, InputFailure):
        yield frame
        return
    stack.append(frame)
    while stack:
        dirpath, rel_dir, it, ancestors = stack[-1]
        entry = next(it, None)
        if entry is None:
            stack.pop()
            continue
        name = entry.name
        path = os.path.join(dirpath, name)
        rel = f"{rel_dir}{name}"
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
        except OSError as exc:
            yield InputFailure(display_name(path), "unreadable", exc.strerror or str(exc))
            continue
        if is_dir:
            if selection.excluded(name, rel):
                continue
            if not is_utf8(name):
                yield InputFailure(display_name(path), "bad_filename", "the directory name is not UTF-8")
                continue
            try:
                dst = os.stat(path)
            except OSError as exc:
                yield InputFailure(display_name(path), "unreadable", exc.strerror or str(exc))
                continue
            key = (dst.st_dev, dst.st_ino)
            if key in ancestors:
                yield InputFailure(path, "symlink_loop", "a symlink leads back to a directory above it")
                continue
            sub = _open_dir(path, rel + "/", ancestors | {key})
            if isinstance(sub, InputFailure):
                yield sub
            else:
                stack.append(sub)
            continue
        if not selection.selected(name, rel):
            continue
        if not is_utf8(name):
            yield InputFailure(display_name(path), "bad_filename", "the file name is not UTF-8")
        elif is_file:
            if is_warc(name):
                yield from warc_inputs(path, max_bytes=max_bytes, read_content=read_warc)
            else:
                yield Task(path, path=path)
        elif entry.is_symlink():
            yield InputFailure(path, "unreadable", "broken symlink")
        # sockets, FIFOs and devices met while walking are not pages: skipped


def _open_dir(
    path: str, rel: str, ancestors: frozenset[tuple[int, int]]
) -> tuple[str, str, Iterator[os.DirEntry[str]], frozenset[tuple[int, int]]] | InputFailure:
    try:
        with os.scandir(path) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        return InputFailure(display_name(path), "unreadable", exc.strerror or str(exc))
    return path, rel, iter(entries), ancestors


def count(entries: Sequence[str], selection: Selection = Selection()) -> int:
    """How many inputs :func:`discover` will give (for a progress total); reads no page."""
    return sum(1 for _ in discover(entries, selection, read_warc=False))
