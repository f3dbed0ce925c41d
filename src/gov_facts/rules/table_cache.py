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
import mmap
import os
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from ..core.cache_files import read_own, write_atomically
from ..core.schema import __version__

T = TypeVar("T")

#: the layout of the cache files; raise it when what they hold changes shape
FORMAT = 1
#: the package's folder: the install a cache file belongs to
_PACKAGE = Path(__file__).resolve().parents[1]


def digest(data: bytes) -> str:
    """A digest of a source file's bytes: a cache is used only for exactly these bytes."""
    return hashlib.sha256(data).hexdigest()  # with the CPU's SHA instructions: 1 ms for the divisions table


#: a file whose status changed less than this many seconds ago is keyed by its bytes, not its status
SETTLED = 2.0
#: set to anything but "" or "0", every source file is keyed by its bytes' digest, never its status
HASH_SOURCES = "GOV_FACTS_HASH_SOURCES"


def hash_sources() -> bool:
    """Whether the user asked for sources keyed by their bytes (a file system whose status cannot be
    trusted: sshfs, vfat and exfat keep no real ctime; NFS may cache another host's status)."""
    return os.environ.get(HASH_SOURCES, "") not in ("", "0")


def stamp(st: os.stat_result) -> str | None:
    """A key for a file's bytes made from its status, as git trusts a file unchanged (device, inode,
    size, modification and status-change times), or None where that cannot be trusted; then
    :func:`digest` keys it. Writing to a file or renaming another over it sets its status-change
    time to the clock's, which no program can set back, so a file that changed has another stamp;
    but two changes within the clock's tick (a few ms) keep one, so a file changed in the last
    :data:`SETTLED` seconds (or in the future) has none. Windows' ``st_ctime`` is the creation time:
    none there; nor with :data:`HASH_SOURCES` set. Spares hashing the 1.9 MB divisions table at every
    start (about 1.5 ms). The stamp trusts the file system: sshfs, vfat and exfat have no real ctime
    (an edit of the same size that keeps the mtime keeps the stamp), hence the variable."""
    if os.name == "nt" or hash_sources() or time.time() - max(st.st_mtime, st.st_ctime) < SETTLED:
        return None
    return f"stat:{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}"


def read_keyed(path: Path) -> tuple[bytes, str]:
    """A source file's bytes and the key of caches derived from them: its :func:`stamp` when the
    file did not change while it was read, else the bytes' :func:`digest`. OSError if unreadable."""
    with open(path, "rb") as fh:
        before = stamp(os.fstat(fh.fileno()))
        data = fh.read()
        after = stamp(os.fstat(fh.fileno())) if before is not None else None
    return data, before if before is not None and before == after else digest(data)


def files_key(paths: list[Path]) -> tuple[str, list[bytes] | None]:
    """The key of caches derived from several files: their stamps, the files not read (None),
    where each has one; else their bytes' digests, with the bytes. OSError if one is unreadable.
    Files keyed by stamp are read only when the cache misses: one changed in between has another
    stamp, so what is then kept under the old key is never asked for again. Each file is opened
    for its status, as :func:`read_keyed` does: over NFS an open fetches the server's status (a
    bare stat may answer from attributes cached for up to a minute, hiding another host's edit)."""
    stamps = [_opened_stamp(p) for p in paths]
    if all(stamps):
        return repr([(str(p), s) for p, s in zip(paths, stamps, strict=True)]), None
    data = [p.read_bytes() for p in paths]
    return repr([(str(p), digest(b)) for p, b in zip(paths, data, strict=True)]), data


def _opened_stamp(path: Path) -> str | None:
    """The :func:`stamp` of ``path``'s status read through an open file (close-to-open on NFS)."""
    with open(path, "rb") as fh:
        return stamp(os.fstat(fh.fileno()))


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
    """The cache file of table ``name`` derived from ``source`` (one per install and source file).

    The install is the package's folder: checkouts that share one environment (and so one jieba,
    the source of jieba's tables) each keep their own file; with one file, each checkout found it
    made by another's code (the key holds the deriving modules' size and time) and rewrote it at
    every start (some 40 ms for jieba's tables)."""
    where = zlib.crc32(f"{source.resolve()}\0{_PACKAGE}".encode())
    return Path(tempfile.gettempdir()) / f"gov-facts.{name}.v{FORMAT}.{where:08x}.cache"


def read(path: Path, key: tuple[Any, ...]) -> Any | None:
    """What was stored under ``key``, or None: no file, another key, a damaged or foreign file."""
    data = read_own(path)
    if data is None:
        return None
    try:
        saved = _loads(data)
    except Exception:  # a damaged file is only a missing cache
        return None
    if not (isinstance(saved, tuple) and len(saved) == 2 and saved[0] == key):
        return None
    return saved[1]


def write(path: Path, key: tuple[Any, ...], payload: Any) -> None:
    """Store ``payload`` under ``key``, atomically; a cache that cannot be written is no error."""
    with contextlib.suppress(Exception):
        write_atomically(path, marshal.dumps((key, payload)), own_name=True)  # (named per install)


def load_or_derive(
    path: Path, key: tuple[Any, ...], decode: Callable[[Any], T], derive: Callable[[], tuple[T, Any]]
) -> T:
    """The value kept under ``key`` (``decode`` of what was stored), else ``derive()``, whose plain
    form (the second item) is stored for the next process. A cache that ``decode`` refuses (of
    another shape: any exception) is derived again."""
    saved = read(path, key)
    if saved is not None:
        try:
            return decode(saved)
        except Exception:  # a cache of another shape: derive the value again
            pass
    value, plain = derive()
    write(path, key, plain)
    return value


#: the bytes of a cache file's blob: read, or the file mapped into memory
Blob = bytes | mmap.mmap
#: the end of a file with a blob: the length of its head (8 bytes), then this mark
_MARK = b"GFC1"


def write_with_blob(path: Path, head: Any, blob: bytes) -> None:
    """A cache file of a big blob and a small head: the blob first (offsets into it are the file's),
    then the head (marshal), its length and a mark. Written atomically; OSError if it cannot be."""
    packed = marshal.dumps(head)
    write_atomically(path, b"".join([blob, packed, len(packed).to_bytes(8, "little"), _MARK]))


def read_with_blob(path: Path) -> tuple[Any, Blob]:
    """(head, blob) of a file :func:`write_with_blob` wrote; the blob is the file mapped into
    memory, not read (a page looks at a few hundred entries; forked workers share the mapping).
    ValueError, EOFError or OSError for a file that is not one, or is damaged."""
    with open(path, "rb") as fh:
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    end = len(mapped) - 12
    if end < 0 or mapped[end + 8 :] != _MARK:
        raise ValueError("not a cache file")
    size = int.from_bytes(mapped[end : end + 8], "little")
    if size > end:
        raise ValueError("a damaged cache file")
    return _loads(mapped[end - size : end]), mapped


def _loads(data: bytes) -> Any:
    """marshal.loads with the garbage collector held off: tens of thousands of tuples and lists,
    none in a cycle, would set it off again and again, each time walking the whole heap."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return marshal.loads(data)
    finally:
        if collecting:
            gc.enable()
