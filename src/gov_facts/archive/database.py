"""The archive file: open it (with a clear error for every way that can fail), create its tables
on first use, check the layout it was written with, and add the columns a newer output has.

DuckDB lets one process hold a database file for writing at a time (and readers only while no
process writes): a second ``gov-facts extract --db`` on the same file waits up to ``wait``
seconds for the first to finish, then fails saying which process holds it. Nothing here ever
writes to a file that is not a gov-facts archive or an empty DuckDB database.
"""

from __future__ import annotations

import re
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.schema import SCHEMA, __version__
from .columns import document_columns, facts_table_columns, quote
from .errors import ArchiveError, archive_files

if TYPE_CHECKING:
    import duckdb

#: the version of the table layout (the tables and their keys, not the output columns, which only
#: grow and are added as they come); an archive of another layout is refused with what to do
LAYOUT = 1
META_TABLE = "archive_meta"
#: the tables of an archive, in creation order (errors and runs first: they name no document)
TABLES = ("archive_meta", "runs", "documents", "facts", "errors", "signatures", "bands", "reprint_pairs")


def duckdb_module() -> Any:
    """duckdb, or an ArchiveError saying which extra brings it."""
    try:
        import duckdb
    except ImportError:
        raise ArchiveError(
            "the archive database needs duckdb: pip install 'gov-facts[db]'", "missing_duckdb"
        ) from None
    return duckdb


_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (.+?) \(PID (\d+)\)")


def _locked_message(path: Path, detail: str, waited: float) -> str:
    holder = _LOCK_HOLDER.search(detail)
    who = f"process {holder.group(2)} ({holder.group(1)})" if holder else "another process"
    after = f" after waiting {waited:g} s" if waited else ""
    return (
        f"{path}: the archive is in use by {who}{after}: DuckDB lets one process write a database "
        "file at a time (and read it only while none writes). Wait for that run to finish, or give "
        "--db-wait SECONDS to wait for it; nothing was changed"
    )


def connect(path: Path, *, read_only: bool = False, wait: float = 0.0) -> duckdb.DuckDBPyConnection:
    """Open the archive file (created when writing and absent); waits up to ``wait`` s for a lock.

    Raises :class:`ArchiveError` for a file that is not a DuckDB database, one that another
    process holds, a directory, a missing file when reading.
    """
    ddb = duckdb_module()
    if path.is_dir():
        raise ArchiveError(f"{path}: is a directory, not an archive file", "not_duckdb")
    if read_only and not path.exists():
        raise ArchiveError(
            f"{path}: no such archive (make one with: gov-facts extract PAGES --db {path})", "no_archive"
        )
    deadline = time.monotonic() + max(0.0, wait)
    while True:
        try:
            con: duckdb.DuckDBPyConnection = ddb.connect(str(path), read_only=read_only)
            return con
        except ddb.IOException as exc:
            text = str(exc)
            if "not a valid DuckDB database" in text:
                raise ArchiveError(
                    f"{path}: not a DuckDB database (the file holds something else); give the archive's "
                    "path, or a new file name for a new archive; the file was not touched",
                    "not_duckdb",
                ) from None
            if "Could not set lock" in text or "Conflicting lock" in text:
                if time.monotonic() < deadline:
                    time.sleep(0.2)
                    continue
                raise ArchiveError(_locked_message(path, text, wait), "locked") from None
            raise ArchiveError(f"{path}: cannot open the archive: {text}", "not_duckdb") from None
        except ddb.Error as exc:  # another DuckDB's file format, a corrupt file
            raise ArchiveError(f"{path}: cannot open the archive: {exc}", "not_duckdb") from None


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")
    return {r[0] for r in rows.fetchall()}


def _ddl(con: duckdb.DuckDBPyConnection) -> None:
    """Create the tables of a new archive (one transaction: all or none)."""
    docs = ", ".join(f"{quote(n)} {t}" for n, t in document_columns())
    facts = ", ".join(f"{quote(n)} {t}" for n, t in facts_table_columns())
    now = datetime.now(timezone.utc).isoformat()
    con.execute("BEGIN TRANSACTION")
    con.execute(f"CREATE TABLE {META_TABLE} (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute(
        "CREATE TABLE runs (run_id INTEGER PRIMARY KEY, started_at TIMESTAMPTZ NOT NULL, "
        "finished_at TIMESTAMPTZ, status VARCHAR NOT NULL, gov_facts_version VARCHAR NOT NULL, "
        "output_schema VARCHAR NOT NULL, inputs JSON, patterns JSON, read INTEGER NOT NULL DEFAULT 0, "
        "loaded INTEGER NOT NULL DEFAULT 0, replaced INTEGER NOT NULL DEFAULT 0, "
        "unchanged INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0, "
        "facts INTEGER NOT NULL DEFAULT 0)"
    )
    con.execute(f"CREATE TABLE documents ({docs})")
    con.execute(f'CREATE TABLE facts ({facts}, PRIMARY KEY (doc_id, "fact_id"))')
    con.execute(
        "CREATE TABLE errors (run_id INTEGER NOT NULL, input VARCHAR NOT NULL, content_hash VARCHAR, "
        "error VARCHAR NOT NULL, message VARCHAR)"
    )
    con.execute(
        "CREATE TABLE signatures (doc_id BIGINT PRIMARY KEY, shingles INTEGER, minhash BLOB, figures BLOB, "
        "fact_ids BLOB, digest BIGINT)"
    )
    con.execute("CREATE TABLE bands (band SMALLINT NOT NULL, hash BIGINT NOT NULL, doc_id BIGINT NOT NULL)")
    con.execute(
        "CREATE TABLE reprint_pairs (doc_a BIGINT NOT NULL, doc_b BIGINT NOT NULL, "
        "similarity DOUBLE NOT NULL, reprint BOOLEAN NOT NULL, PRIMARY KEY (doc_a, doc_b))"
    )
    con.executemany(
        f"INSERT INTO {META_TABLE} VALUES (?, ?)",
        [["layout", str(LAYOUT)], ["output_schema", SCHEMA], ["created_by", f"gov-facts {__version__}"],
         ["created_at", now]],
    )  # fmt: skip
    con.execute("COMMIT")


def layout_of(con: duckdb.DuckDBPyConnection, path: Path) -> int:
    """The layout the archive was written with; ArchiveError when it is not an archive at all."""
    tables = _tables(con)
    if META_TABLE not in tables:
        some = ", ".join(sorted(tables)[:3])
        raise ArchiveError(
            f"{path}: a DuckDB database, but not a gov-facts archive (it has the tables {some}); "
            "give a new file name for the archive; the file was not touched",
            "not_archive",
        )
    row = con.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'layout'").fetchone()
    try:
        return int(row[0]) if row else 0
    except ValueError:
        return 0


def check_layout(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Refuse an archive of another layout, saying what to do."""
    found = layout_of(con, path)
    if found > LAYOUT:
        raise ArchiveError(
            f"{path}: written by a newer gov-facts (archive layout {found}; this gov-facts {__version__} "
            f"reads layout {LAYOUT}): upgrade gov-facts (pip install -U 'gov-facts[db]') to use it",
            "layout",
        )
    if found < LAYOUT:
        raise ArchiveError(
            f"{path}: written by an older gov-facts (archive layout {found}; this one reads layout "
            f"{LAYOUT}): load the pages again into a new file (gov-facts extract PAGES --db NEW.duckdb); "
            "the old file can still be read with DuckDB itself",
            "layout",
        )


def add_new_columns(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Columns the output gained since the archive was made, added to it; returns their names."""
    added = []
    for table, wanted in (("documents", document_columns()), ("facts", facts_table_columns())):
        have = {r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()}
        for name, kind in wanted:
            if name not in have:
                plain = kind.replace("NOT NULL", "").replace("UNIQUE", "").replace("PRIMARY KEY", "").strip()
                con.execute(f"ALTER TABLE {table} ADD COLUMN {quote(name)} {plain}")
                added.append(f"{table}.{name}")
    return added


def open_for_writing(path: Path, wait: float = 0.0) -> duckdb.DuckDBPyConnection:
    """The archive ready to be written: created when new, its layout checked, new columns added."""
    existed = path.exists() and path.stat().st_size > 0
    con = connect(path, wait=wait)
    try:
        tables = _tables(con)
        if not tables:
            _ddl(con)
        elif existed or tables:
            check_layout(con, path)
            add_new_columns(con)
        con.execute("SET threads TO 1")  # the workers have the cores; the writer's work is small
        return con
    except BaseException:
        con.close()
        raise


def open_for_reading(path: Path) -> duckdb.DuckDBPyConnection:
    """The archive for queries (read-only: several readers at once, none while a run writes)."""
    con = connect(path, read_only=True)
    try:
        check_layout(con, path)
        return con
    except BaseException:
        con.close()
        raise


def columns_of(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    """The columns a table has in this archive (an older one may lack the newest output columns)."""
    return {r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()}


def size_on_disk(path: Path) -> int:
    """Bytes of the archive file and its write-ahead log."""
    wal = Path(f"{path}.wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


__all__ = [
    "LAYOUT",
    "TABLES",
    "ArchiveError",
    "archive_files",
    "columns_of",
    "connect",
    "duckdb_module",
    "open_for_reading",
    "open_for_writing",
    "size_on_disk",
]
