"""Tables derived from a data file, kept on disk between processes so a fresh process does not
derive them again (the divisions table: its rows checked and split, its names indexed).

A cache file holds plain data (marshal: no code runs when it is read) and the key it was made
under: the digest of the source file's bytes, the package version and the size and time of the
modules that derive the table. It is written only after the source passed validation, and only
used when the key matches exactly; a missing, stale, damaged or foreign file (another user's)
is ignored, and the table is derived from the source again (and the cache rewritten). Writing is
atomic (a temporary file renamed), so processes that start together never read half a file.
Files are named per install, as jieba's caches are (:mod:`gov_facts.facts.tagging`): two
virtualenvs on one machine do not overwrite each other's.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import marshal
import os
import sys
import tempfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..core.schema import __version__

#: the layout of the cache files; raise it when what they hold changes shape
FORMAT = 1


def digest(data: bytes) -> str:
    """A digest of a source file's bytes: a cache is used only for exactly these bytes."""
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def code_stamp(modules: Iterable[str]) -> tuple[tuple[str, int, int], ...]:
    """Size and modification time of the modules (their files) that derive a table: a cache
    made by other code (an edited checkout) is not used."""
    out: list[tuple[str, int, int]] = []
    for name in modules:
        path = getattr(sys.modules.get(name), "__file__", None) or ""
        try:
            st = os.stat(path)
        except OSError:
            out.append((name, -1, -1))
        else:
            out.append((name, st.st_size, st.st_mtime_ns))
    return tuple(out)


def cache_key(source_digest: str, modules: Iterable[str]) -> tuple[Any, ...]:
    return (FORMAT, __version__, source_digest, code_stamp(modules))


def cache_path(name: str, source: Path) -> Path:
    """The cache file of table ``name`` derived from ``source`` (one per install and source file)."""
    where = zlib.crc32(str(source.resolve()).encode())
    return Path(tempfile.gettempdir()) / f"gov-facts.{name}.v{FORMAT}.{where:08x}.cache"


def read(path: Path, key: tuple[Any, ...]) -> Any | None:
    """What was stored under ``key``, or None: no file, another key, a damaged or foreign file."""
    collecting = gc.isenabled()
    try:
        with open(path, "rb") as fh:
            if hasattr(os, "getuid") and os.fstat(fh.fileno()).st_uid != os.getuid():
                return None  # made by another user: not ours to trust
            data = fh.read()
        # tens of thousands of tuples and lists, none in a cycle: the collector, set off every
        # few hundred of them, would walk the whole heap again and again (twice the load time)
        gc.disable()
        saved = marshal.loads(data)
    except Exception:  # any unreadable file is only a missing cache
        return None
    finally:
        if collecting:
            gc.enable()
    if not (isinstance(saved, tuple) and len(saved) == 2 and saved[0] == key):
        return None
    return saved[1]


def write(path: Path, key: tuple[Any, ...], payload: Any) -> None:
    """Store ``payload`` under ``key``, atomically; a cache that cannot be written is no error."""
    with contextlib.suppress(Exception):
        data = marshal.dumps((key, payload))
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gov-facts-cache.")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
