"""Turn what the user named (paths, directories, WARC files, ``-``) into a stream of inputs.

Discovery is lazy and ordered: directories are walked depth-first in sorted
order, WARC files are read record by record, so an archive of any size is
never listed in memory. Anything that cannot become an input (a symlink loop,
an unreadable directory, a file name that is not UTF-8, a broken WARC) comes
out as an :class:`InputFailure` at its place in the stream, never as an
exception, so one bad entry does not stop the run.
"""

from __future__ import annotations

import errno
import gzip
import io
import os
import stat
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any, BinaryIO

from .errors import InputError

#: file endings picked up when walking a directory (each also counts with ``.gz`` after it)
PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".jhtml", ".xhtml", ".txt")
WARC_SUFFIXES = (".warc", ".warc.gz")
#: default per-input size limit (bytes after decompression)
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")


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


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


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
            yield _stdin_task(stdin, max_bytes) if read_warc else Task("-", data=b"")
            continue
        if not _is_utf8(entry):
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


class _ClosedInput(io.RawIOBase):
    """What standard input is when the process was started with it closed (``<&-``)."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        raise OSError(errno.EBADF, "standard input is closed")


def closed_stdin() -> io.TextIOWrapper:
    """A stand-in for ``sys.stdin`` when it is None: reading it fails with a clear OSError."""
    return io.TextIOWrapper(io.BufferedReader(_ClosedInput()))


def _stdin_task(stdin: BinaryIO | None, max_bytes: int) -> Item:
    if stdin is None:
        return InputFailure("-", "unreadable", "no standard input")
    try:
        data = stdin.read(max_bytes + 1)
    except (OSError, ValueError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return InputFailure("-", "unreadable", f"cannot read standard input: {why}")
    if len(data) > max_bytes:
        return InputFailure("-", "too_large", f"more than {max_bytes} bytes")
    return Task("-", data=data)


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
            if not _is_utf8(name):
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
        if not _is_utf8(name):
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


def warc_inputs(
    path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, read_content: bool = True
) -> Iterator[Item]:
    """One input per HTML response record of a WARC file, named ``FILE#OFFSET``.

    Non-HTML and non-response records (requests, metadata, images) are not
    inputs. A WARC that cannot be opened or breaks part-way is reported once,
    named by the file, after the records read before the break.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed in finally below, across yields
    except OSError as exc:
        yield InputFailure(path, "unreadable", exc.strerror or str(exc))
        return
    try:
        records = ArchiveIterator(fh)
        for record in records:
            if record.rec_type not in ("response", "resource"):
                continue
            if record.rec_type == "response":
                headers = record.http_headers
                if headers is None:
                    continue
                status = headers.get_statuscode() or ""
                ctype = headers.get_header("Content-Type") or ""
                if not status.startswith("2"):
                    continue
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            if ctype.split(";")[0].strip().lower() not in _HTML_TYPES:
                continue
            name = f"{path}#{records.offset}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            if not read_content:
                yield Task(name, url=url)
                continue
            data = record.content_stream().read(max_bytes + 1)
            if len(data) > max_bytes:
                yield InputFailure(name, "too_large", f"more than {max_bytes} bytes")
            elif getattr(record.raw_stream, "limit", 0) > 0:  # the file ended inside the record
                yield InputFailure(name, "unreadable", "the WARC file ends inside this record (truncated)")
            else:
                yield Task(name, data=data, url=url)
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        yield InputFailure(path, "unreadable", f"broken WARC file: {exc}".strip())
    finally:
        fh.close()


def read_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of one file (gunzipped if gzip), at most ``max_bytes`` of them (after gunzip).

    Raises :class:`~gov_facts.errors.InputError` (or :class:`TooLarge`) saying why not.
    """
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise InputError("is a directory, not a page")
        with open(path, "rb") as fh:
            if fh.peek(2)[:2] == b"\x1f\x8b":  # gzip, whatever the name says
                with gzip.GzipFile(fileobj=fh) as gz:
                    data = gz.read(max_bytes + 1)
            elif stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
                raise TooLarge(f"{st.st_size} bytes, more than the limit of {max_bytes}")
            else:
                data = fh.read(max_bytes + 1)
    except FileNotFoundError as exc:
        if os.path.islink(path):
            dest = os.readlink(path)
            raise InputError(f"broken symlink: it points to {dest!r}, which does not exist") from exc
        raise InputError("no such file") from exc
    except PermissionError as exc:
        raise InputError("permission denied: cannot read the file (check its permissions)") from exc
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise InputError(f"broken gzip file (a corrupted or cut-short download?): {exc}") from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError("symlink loop: the link leads back to itself") from exc
        raise InputError(exc.strerror or str(exc)) from exc
    if len(data) > max_bytes:
        raise TooLarge(f"more than the limit of {max_bytes} bytes")
    return data


class TooLarge(InputError):
    """The input is over the per-input size limit (``--max-bytes``)."""

    kind = "too_large"


def count(entries: Sequence[str], selection: Selection = Selection()) -> int:
    """How many inputs :func:`discover` will give (for a progress total); reads no page."""
    return sum(1 for _ in discover(entries, selection, read_warc=False))
