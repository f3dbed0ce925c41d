"""What a run without ``--db`` still names of the archive: its error and its files.

Kept apart from ``database`` (which brings the output's column definitions and the models) so
that a plain ``gov-facts extract`` can catch the archive's error and leave the archive's files out
of its inputs without loading the archive stage.
"""

from __future__ import annotations

from pathlib import Path


class ArchiveError(Exception):
    """The archive cannot be opened or written; the message names the file and what to do.

    ``kind`` says which way it failed: ``missing_duckdb``, ``no_archive``, ``not_duckdb``,
    ``not_archive``, ``layout``, ``locked`` or ``write_failed``.
    """

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def archive_files(db: Path | None) -> list[Path]:
    """The archive database with its write-ahead log (never taken as inputs of a run)."""
    return [] if db is None else [db, db.with_name(db.name + ".wal")]


__all__ = ["ArchiveError", "archive_files"]
