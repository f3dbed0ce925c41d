"""Reading one input's bytes: a file (gunzipped when it is gzip) or standard input, within a size limit."""

from __future__ import annotations

import errno
import gzip
import io
import os
import stat
import zlib
from typing import Any, BinaryIO

from ..core.errors import InputError, TooLarge
from .items import DEFAULT_MAX_BYTES, InputFailure, Item, Task


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


class _ClosedInput(io.RawIOBase):
    """What standard input is when the process was started with it closed (``<&-``)."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        raise OSError(errno.EBADF, "standard input is closed")


def closed_stdin() -> io.TextIOWrapper:
    """A stand-in for ``sys.stdin`` when it is None: reading it fails with a clear OSError."""
    return io.TextIOWrapper(io.BufferedReader(_ClosedInput()))


def stdin_task(stdin: BinaryIO | None, max_bytes: int) -> Item:
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
