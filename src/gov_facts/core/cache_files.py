"""Cache files in the temporary folder, read only if they are this user's and written so that
other processes never see half of one: what the regex cache (:mod:`.regex_cache`), the code cache
(:mod:`.code_cache`) and the derived tables (:mod:`gov_facts.rules.table_cache`) share.

The regex and code caches merge what each process asks for into one file of entries. Without a
bound, a checkout that is edited keeps every regex and generated function its earlier versions
asked for (the code cache of a checkout edited for a day had grown from 0.9 to 1.6 MB, all of it
unmarshalled at every start). So each such file counts its writes (a generation) and each entry
carries the generation at which a process last asked for it: an entry no process asked for
during :data:`KEEP_WRITES` writes is left out of the next. Writes happen only when the code or
patterns changed (a first page compiled many texts the file lacked), so an install that is not
edited never drops anything, and a kind of page that asks for other regexes than the last writer's
keeps them across a few writes.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

#: how many writes of a merged cache file an entry that no process asked for survives
KEEP_WRITES = 3


def read_own(path: Path) -> bytes | None:
    """The file's bytes, or None when it is missing, unreadable or another user's (not ours to
    trust)."""
    try:
        with open(path, "rb") as fh:
            if hasattr(os, "getuid") and os.fstat(fh.fileno()).st_uid != os.getuid():
                return None
            return fh.read()
    except OSError:
        return None


def write_atomically(path: Path, data: bytes, *, own_name: bool = False) -> None:
    """Write a cache file so that other processes reading it never see half of it (OSError if
    it cannot be written; the temporary file is not left behind); ``own_name``: a name of this
    install's alone, whose other layouts are then removed (:func:`drop_other_layouts`; not for a
    file named after something installs share, as jieba's dictionary: two checkouts of
    different versions would each remove the other's at every start)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gov-facts-cache.")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if own_name:
        drop_other_layouts(path)


def drop_other_layouts(path: Path) -> None:
    """Remove this user's files of the same cache and install in another layout (``.vN.``): a new
    version of the package never reads them again. Where that fails (a folder that cannot be
    written; on Windows, a file another process has open) they are left. A process that is reading
    one keeps its open file: removing a name does not take the bytes from under a reader."""
    layout = re.compile(r"\.v\d+\.")  # in the name: gov-facts.regexes.v3.81816e8e.cache
    if not layout.search(path.name):
        return
    with contextlib.suppress(OSError):
        for other in path.parent.glob(layout.sub(".v*.", path.name, count=1)):
            if other.name != path.name and layout.sub(".", other.name) == layout.sub(".", path.name):
                with contextlib.suppress(OSError):
                    if (
                        not hasattr(os, "getuid") or other.lstat().st_uid == os.getuid()
                    ):  # (a link's own owner)
                        other.unlink()


def merged(asked: dict[K, V], groups: dict[int, dict[K, V]], generation: int) -> dict[int, dict[K, V]]:
    """The entries of a merged cache file written at ``generation``, by the generation at which a
    process last asked for each (a file keeps them so, a dict each: read back with ``dict.update``):
    those ``asked`` for by this process, then each of the file's ``groups`` less than
    :data:`KEEP_WRITES` writes old, less what a newer group holds."""
    out = {generation: dict(asked)}
    seen = set(asked)
    for last in sorted(groups, reverse=True):
        if generation - last < KEEP_WRITES:
            group = {key: value for key, value in groups[last].items() if key not in seen}
            if group:
                out[last] = group
                seen.update(group)
    return out
