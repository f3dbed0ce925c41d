"""What an archive holds, for ``gov-facts db info``: counts, clusters and the runs that made it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .database import open_for_reading, size_on_disk


@dataclass
class RunRow:
    run_id: int
    started_at: str
    finished_at: str | None
    status: str
    gov_facts_version: str
    read: int
    loaded: int
    replaced: int
    unchanged: int
    failed: int
    facts: int


@dataclass
class ArchiveInfo:
    path: str
    bytes: int
    layout: str
    created_by: str
    documents: int
    facts: int
    #: facts less those that repeat the original's (each figure once)
    figures: int
    clusters: int
    reprints: int
    errors_last_run: int
    runs: list[RunRow] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def archive_info(path: Path, last_runs: int = 10) -> ArchiveInfo:
    """Read the archive's counts and its last runs (the file is opened read-only)."""
    con = open_for_reading(path)
    try:
        meta = dict(con.execute("SELECT key, value FROM archive_meta").fetchall())

        def one(sql: str) -> int:
            row = con.execute(sql).fetchone()
            return int(row[0]) if row and row[0] is not None else 0

        runs = [
            RunRow(r[0], _iso(r[1]), _iso(r[2]) if r[2] else None, *r[3:])
            for r in con.execute(
                "SELECT run_id, started_at, finished_at, status, gov_facts_version, read, loaded, replaced, "
                "unchanged, failed, facts FROM runs ORDER BY run_id DESC LIMIT ?",
                [last_runs],
            ).fetchall()
        ]
        return ArchiveInfo(
            path=str(path),
            bytes=size_on_disk(path),
            layout=meta.get("layout", "?"),
            created_by=meta.get("created_by", "?"),
            documents=one("SELECT count(*) FROM documents"),
            facts=one("SELECT count(*) FROM facts"),
            figures=one("SELECT count(*) FROM facts WHERE original_fact_id IS NULL"),
            clusters=one(
                "SELECT count(*) FROM (SELECT cluster FROM documents GROUP BY cluster HAVING count(*) > 1)"
            ),
            reprints=one("SELECT count(*) FROM documents WHERE original_doc_id IS NOT NULL"),
            errors_last_run=one("SELECT count(*) FROM errors WHERE run_id = (SELECT max(run_id) FROM runs)"),
            runs=runs,
        )
    finally:
        con.close()


def _iso(value: Any) -> str:
    return value.isoformat(timespec="seconds") if hasattr(value, "isoformat") else str(value)
