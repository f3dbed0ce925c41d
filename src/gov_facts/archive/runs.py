"""The runs of an archive: a run's row (started, ended), and what earlier runs left for this one to
skip: the content hashes of the pages loaded, and of those that failed for good."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from ..core.schema import SCHEMA, __version__
from .database import ArchiveError
from .reprints import scheme

if TYPE_CHECKING:
    import duckdb

#: failures that the same bytes would give again: such a page is not read again either
FINAL_FAILURES = frozenset({"no_article", "undecodable", "too_deep", "too_large"})

#: what an input's earlier outcome was, for a run's summary: (status, facts)
Outcome = tuple[str, int]


def now() -> datetime:
    return datetime.now(timezone.utc)


def check_scheme(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Record how reprint signatures are made, or refuse an archive that made them otherwise."""
    row = con.execute("SELECT value FROM archive_meta WHERE key = 'signatures'").fetchone()
    if row is None:
        con.execute("INSERT INTO archive_meta VALUES ('signatures', ?)", [scheme()])
    elif row[0] != scheme():
        raise ArchiveError(
            f"{path}: its reprint signatures were made as '{row[0]}', and this gov-facts makes them as "
            f"'{scheme()}': load the pages into a new archive, or use the gov-facts that made it",
            "layout",
        )


def start_run(
    con: duckdb.DuckDBPyConnection, path: Path, inputs: Sequence[str], patterns: Sequence[str]
) -> int:
    """Record a new run (a run left ``running`` by a killed process becomes ``stopped``); its id."""
    con.execute("BEGIN TRANSACTION")
    check_scheme(con, path)
    con.execute("UPDATE runs SET status = 'stopped' WHERE status = 'running'")
    run_id = int((con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone() or [1])[0])
    con.execute(
        "INSERT INTO runs (run_id, started_at, status, gov_facts_version, output_schema, inputs, patterns) "
        "VALUES (?, ?, 'running', ?, ?, ?, ?)",
        [run_id, now(), __version__, SCHEMA, orjson.dumps(list(inputs)).decode(),
         orjson.dumps(list(patterns)).decode()],
    )  # fmt: skip
    con.execute("COMMIT")
    return run_id


def end_run(con: duckdb.DuckDBPyConnection, run_id: int, status: str, unchanged: int) -> None:
    con.execute(
        "UPDATE runs SET status = ?, finished_at = ?, unchanged = ? WHERE run_id = ?",
        [status, now(), unchanged, run_id],
    )


def known_pages(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, Outcome], dict[str, tuple[str, str]]]:
    """The content hashes the archive holds (with their outcome), and those that failed for good
    (with the error kind and message)."""
    known: dict[str, Outcome] = {}
    for digest, facts in con.execute("SELECT content_hash, n_facts FROM documents").fetchall():
        known[digest] = ("with_facts" if facts else "without_facts", facts)
    failed: dict[str, tuple[str, str]] = {}
    kinds = ", ".join(f"'{k}'" for k in sorted(FINAL_FAILURES))
    for digest, kind, message in con.execute(
        "SELECT content_hash, error, message FROM errors "
        f"WHERE content_hash IS NOT NULL AND error IN ({kinds}) ORDER BY run_id"
    ).fetchall():
        failed[digest] = (kind, message or "")
    return known, failed


def next_doc_id(con: duckdb.DuckDBPyConnection) -> int:
    return int((con.execute("SELECT coalesce(max(doc_id), 0) + 1 FROM documents").fetchone() or [1])[0])
