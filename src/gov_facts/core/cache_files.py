"""Cache files in the temporary folder, read only if they are this user's and written so that
other processes never see half of one: what the regex cache (:mod:`.regex_cache`) and the derived
tables (:mod:`gov_facts.rules.table_cache`) share."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


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


def write_atomically(path: Path, data: bytes) -> None:
    """Write a cache file so that other processes reading it never see half of it (OSError if
    it cannot be written; the temporary file is not left behind)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gov-facts-cache.")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
