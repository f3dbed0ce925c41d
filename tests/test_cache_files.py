"""The cache files' shared handling (core/cache_files.py): a file written whole or not at all,
the same cache's files of other layouts removed when a new one is written, and the bound on a
merged file's entries (core/regex_cache.py and core/code_cache.py test their own)."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

from gov_facts.core import cache_files

NAME = "gov-facts.regexes.v{}.81816e8e.cache"


def test_writing_a_file_removes_the_same_cache_s_other_layouts(tmp_path: Path) -> None:
    older = [tmp_path / NAME.format(n) for n in (1, 2)]
    kept = [
        tmp_path / "gov-facts.regexes.v2.0badf00d.cache",  # another install's
        tmp_path / "gov-facts.codes.v2.81816e8e.cache",  # another cache of this install
        tmp_path / "jieba.cache",
    ]
    for path in older + kept:
        path.write_bytes(b"old")
    cache_files.write_atomically(tmp_path / NAME.format(3), b"new", own_name=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([NAME.format(3)] + [p.name for p in kept])


def test_a_file_named_after_what_installs_share_leaves_its_other_layouts(tmp_path: Path) -> None:
    """jieba's tables are named after its dictionary, which checkouts of several versions share."""
    older = tmp_path / "gov-facts.jieba-freq.v3.db925c53.cache"
    older.write_bytes(b"old")
    cache_files.write_atomically(tmp_path / "gov-facts.jieba-freq.v4.db925c53.cache", b"new")
    assert older.exists()


def test_another_user_s_files_are_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    older = tmp_path / NAME.format(2)
    older.write_bytes(b"old")
    monkeypatch.setattr(os, "getuid", lambda: older.stat().st_uid + 1)
    cache_files.write_atomically(tmp_path / NAME.format(3), b"new", own_name=True)
    assert older.exists()


def test_a_reader_of_a_removed_file_reads_all_of_it(tmp_path: Path) -> None:
    older = tmp_path / NAME.format(2)
    older.write_bytes(b"0123456789" * 1000)
    with open(older, "rb") as reader:
        start = reader.read(10)
        cache_files.write_atomically(tmp_path / NAME.format(3), b"new", own_name=True)
        assert not older.exists()
        assert start + reader.read() == b"0123456789" * 1000


def test_a_folder_that_cannot_be_written_keeps_its_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = tmp_path / NAME.format(2)
    older.write_bytes(b"old")
    tmp_path.chmod(0o555)
    if os.access(tmp_path, os.W_OK):  # root writes anyway: refuse as a read-only mount does

        def read_only(*args: object, **kwargs: object) -> Any:
            raise OSError(errno.EROFS, "Read-only file system")

        monkeypatch.setattr(tempfile, "mkstemp", read_only)
        monkeypatch.setattr(Path, "unlink", read_only)  # (CI runs as root: the unlink would succeed)
    try:
        with pytest.raises(OSError):
            cache_files.write_atomically(tmp_path / NAME.format(3), b"new", own_name=True)
        assert [p.name for p in tmp_path.iterdir()] == [older.name]
        cache_files.drop_other_layouts(tmp_path / NAME.format(3))  # no error either
        assert older.read_bytes() == b"old"  # left where removing fails
    finally:
        tmp_path.chmod(0o755)


def test_merged_keeps_an_unasked_entry_for_a_few_writes() -> None:
    keep = cache_files.KEEP_WRITES
    groups: dict[int, dict[str, int]] = {0: {"old": 1, "both": 1}}
    for generation in range(1, keep + 1):
        groups = cache_files.merged({"both": 2, f"new{generation}": 3}, groups, generation)
        assert ("old" in groups.get(0, {})) is (generation < keep)
        assert groups[generation]["both"] == 2 and all(
            "both" not in g for n, g in groups.items() if n != generation
        )
