"""The one writer of a run into the archive: pages already loaded are skipped by their content
hash before any work is spent on them; records are written in batches, each in one transaction.

A batch is at most :data:`BATCH_RECORDS` results or :data:`BATCH_SECONDS` of them, loaded as
Arrow tables (never row by row); a page whose input is already in the archive with other
content has its rows replaced in the same transaction. A crash, a kill or a full disk mid-batch
leaves the archive as it was before that batch (DuckDB's write-ahead log), and the next run
loads the rest: no ``--resume`` is needed.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from queue import Queue
from typing import TYPE_CHECKING, Any

import orjson

from ..core.errors import GovFactsError
from ..read.files import read_file
from ..read.items import DEFAULT_MAX_BYTES, InputFailure, Item
from . import clusters
from .columns import fact_paths
from .database import ArchiveError, open_for_writing
from .frames import ints, objects
from .insert import insert_documents, insert_errors
from .reprints import Signature, signature
from .runs import FINAL_FAILURES, Outcome, end_run, known_pages, next_doc_id, start_run

if TYPE_CHECKING:
    import duckdb

#: the interpreter's thread switch interval while the writer thread runs (Python's default 5 ms
#: left the workers idle for a third of a run: measured with benchmarks/db_bench.py)
WRITER_SWITCH_INTERVAL = 0.0005
BATCH_RECORDS = 2000
BATCH_SECONDS = 10.0


def content_hash(data: bytes) -> str:
    """What identifies a page's content: BLAKE2b-128 of its bytes (after gunzip)."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@dataclass
class LoadCounts:
    """What a run did to the archive (also the run's row in the ``runs`` table)."""

    read: int = 0
    loaded: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    facts: int = 0
    reprints: int = 0


@dataclass
class _Pending:
    inputs: list[str] = field(default_factory=list)
    digests: list[str] = field(default_factory=list)
    records: list[bytes | None] = field(default_factory=list)
    failures: list[InputFailure | None] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.inputs)


class ArchiveWriter:
    """Writes one run's results into the archive at ``path``.

    Call :meth:`open`, pass the run's items through :meth:`fresh` (it reads and hashes each
    page and leaves out those already loaded), hand every result to :meth:`add` in order, then
    :meth:`finish`; :meth:`close` after an interruption. Raises :class:`ArchiveError`.
    """

    def __init__(
        self,
        path: Path,
        *,
        inputs: Sequence[str] = (),
        patterns: Sequence[str] = (),
        wait: float = 0.0,
        max_bytes: int = DEFAULT_MAX_BYTES,
        batch_records: int = BATCH_RECORDS,
        batch_seconds: float = BATCH_SECONDS,
    ) -> None:
        self.path = path
        self.inputs = list(inputs)
        self.patterns = list(patterns)
        self.wait = wait
        self.max_bytes = max_bytes
        self.batch_records = batch_records
        self.batch_seconds = batch_seconds
        self.counts = LoadCounts()
        #: things the user should know that did not stop the run (a checkpoint that failed)
        self.notes: list[str] = []
        self.con: duckdb.DuckDBPyConnection | None = None
        self.run_id = 0
        self._known: dict[str, Outcome] = {}
        #: content hashes that failed for good in an earlier run: (error kind, message)
        self._failed: dict[str, tuple[str, str]] = {}
        self._hashes: dict[str, deque[str]] = defaultdict(deque)
        self._pending = _Pending()
        self._since = time.monotonic()
        #: the writer thread and the batches handed to it (one at a time: the next waits)
        self._thread: threading.Thread | None = None
        self._batches: Queue[_Pending | None] = Queue(maxsize=1)
        self._failure: BaseException | None = None
        self._switch = sys.getswitchinterval()
        self._next_doc = 1
        self._paths = fact_paths()

    # --- opening -----------------------------------------------------------------------------

    def open(self) -> None:
        """Open (or create) the archive and record the run; learn what it already holds."""
        con = open_for_writing(self.path, self.wait)
        self.con = con
        try:
            self.run_id = start_run(con, self.path, self.inputs, self.patterns)
            self._next_doc = next_doc_id(con)
            self._known, self._failed = known_pages(con)
        except ArchiveError:
            self._close_connection()
            raise
        except Exception as exc:
            self._close_connection()
            raise self._write_error(exc) from None

    # --- what to read ------------------------------------------------------------------------

    def fresh(
        self,
        items: Iterable[Item],
        *,
        keep_data: bool = True,
        on_unchanged: Callable[[str, str, int], None] | None = None,
    ) -> Iterator[Item]:
        """``items`` less the pages whose content the archive already holds.

        Each page is read here (so a failure to read it is the same failure a worker would
        report) and hashed; an unchanged one is counted and passed to ``on_unchanged(input,
        status, facts)`` with its earlier outcome. A page whose bytes failed for good before
        (no article, undecodable) is not read again either: it comes out as that failure, so
        the run reports it as the first run did. With ``keep_data`` the bytes travel with the
        task, so the worker does not read the file again.
        """
        for item in items:
            if isinstance(item, InputFailure):
                yield item
                continue
            data = item.data
            if data is None and item.path is not None:
                try:
                    data = read_file(item.path, self.max_bytes)
                except GovFactsError as exc:
                    yield InputFailure(item.name, exc.kind, str(exc))
                    continue
            digest = content_hash(data or b"")
            earlier = self._known.get(digest)
            if earlier is not None:
                self.counts.read += 1
                self.counts.unchanged += 1
                if on_unchanged is not None:
                    on_unchanged(item.name, *earlier)
                continue
            self._hashes[item.name].append(digest)
            failed = self._failed.get(digest)
            if failed is not None:
                yield InputFailure(item.name, *failed)
            else:
                yield replace(item, data=data) if keep_data else item

    # --- writing -----------------------------------------------------------------------------

    def add(
        self, name: str, record: bytes | None, failure: InputFailure | None = None, facts: int = 0
    ) -> None:
        """One result, in input order: a record (JSON bytes, with its number of ``facts``) or the
        failure of input ``name``. A full batch goes to the writer thread; raises ArchiveError
        when an earlier batch could not be written."""
        self._raise_failure()
        queue = self._hashes.get(name)
        digest = queue.popleft() if queue else None
        if queue is not None and not queue:
            del self._hashes[name]
        p = self._pending
        if not len(p):
            self._since = time.monotonic()  # a batch's time runs from its first result
        p.inputs.append(name)
        p.digests.append(digest or "")
        p.records.append(record)
        if record is not None:
            p.failures.append(None)
            if digest:
                self._known[digest] = ("with_facts" if facts else "without_facts", facts)
        else:
            failure = failure or InputFailure(name, "internal_error", "no record and no failure")
            p.failures.append(failure)
            if digest and failure.kind in FINAL_FAILURES:
                self._failed[digest] = (failure.kind, failure.message)
        if len(p) >= self.batch_records or time.monotonic() - self._since >= self.batch_seconds:
            self._hand_over()

    def _hand_over(self) -> None:
        """Give the pending batch to the writer thread (waiting while it still writes the last one),
        so that extraction goes on while DuckDB writes."""
        batch, self._pending = self._pending, _Pending()
        if not len(batch):
            return
        if self._thread is None:
            # while the writer thread holds the GIL, the main thread waits for it to hand a worker
            # its next page; a shorter switch interval keeps the workers fed (restored in _join)
            self._switch = sys.getswitchinterval()
            sys.setswitchinterval(min(self._switch, WRITER_SWITCH_INTERVAL))
            self._thread = threading.Thread(target=self._write_loop, name="gov-facts archive", daemon=True)
            self._thread.start()
        self._batches.put(batch)

    def _write_loop(self) -> None:
        while (batch := self._batches.get()) is not None:
            if self._failure is None:
                try:
                    self._flush(batch)
                except BaseException as exc:  # reported to the run at its next add() or finish()
                    self._failure = exc

    def _raise_failure(self) -> None:
        """Raise what the writer thread met (it is stopped first: nothing more will be written)."""
        if self._failure is not None:
            self._join()
            exc, self._failure = self._failure, None
            raise exc

    def _join(self) -> None:
        """Let the writer thread write what it was given, and stop it."""
        if self._thread is not None:
            self._batches.put(None)
            self._thread.join()
            self._thread = None
            sys.setswitchinterval(self._switch)

    def _flush(self, batch: _Pending) -> None:
        """Write one batch in one transaction (all or nothing); in the writer thread."""
        con = self.con
        if con is None:
            return
        try:
            con.execute("BEGIN TRANSACTION")
            counts = self._write_batch(con, batch)
            con.execute(
                "UPDATE runs SET read = read + ?, loaded = loaded + ?, replaced = replaced + ?, "
                "failed = failed + ?, facts = facts + ?, unchanged = ? WHERE run_id = ?",
                [len(batch), counts.loaded, counts.replaced, counts.failed, counts.facts,
                 self.counts.unchanged, self.run_id],
            )  # fmt: skip
            con.execute("COMMIT")
        except Exception as exc:
            self._rollback()
            raise self._write_error(exc) from None
        for name in ("loaded", "replaced", "failed", "facts", "reprints"):
            setattr(self.counts, name, getattr(self.counts, name) + getattr(counts, name))
        self.counts.read += len(batch)

    def _write_batch(self, con: duckdb.DuckDBPyConnection, batch: _Pending) -> LoadCounts:

        counts = LoadCounts()
        names = {"input": objects(batch.inputs)}  # noqa: F841
        earlier = dict(con.execute("SELECT input, doc_id FROM documents JOIN names USING (input)").fetchall())
        touched = clusters.forget(con, earlier.values()) if earlier else set()
        if earlier:
            gone = {"doc_id": ints(list(earlier.values()))}  # noqa: F841
            con.execute("DELETE FROM facts WHERE doc_id IN (SELECT doc_id FROM gone)")
            con.execute("DELETE FROM documents WHERE doc_id IN (SELECT doc_id FROM gone)")
        docs: list[tuple[int, str, dict[str, Any]]] = []
        sigs: dict[int, Signature] = {}
        errors = []
        seen: dict[str, int] = {}
        for name, digest, raw, failure in zip(
            batch.inputs, batch.digests, batch.records, batch.failures, strict=True
        ):
            if raw is None:
                assert failure is not None
                errors.append((name, digest or None, failure.kind, failure.message))
                if name in seen:  # the same input twice in one batch: the later outcome wins
                    dropped = seen.pop(name)
                    docs = [d for d in docs if d[0] != dropped]
                continue
            doc_id = seen.get(name) or earlier.get(name)
            if doc_id is None:
                doc_id = self._next_doc
                self._next_doc += 1
            if name in seen:  # the same input twice in one batch: the later record wins
                docs = [d for d in docs if d[0] != doc_id]
            seen[name] = doc_id
            record = orjson.loads(raw)
            docs.append((doc_id, digest, record))
            sigs[doc_id] = signature(record.get("text") or "")
        counts.replaced = sum(1 for name in seen if name in earlier)
        counts.loaded = len(docs) - counts.replaced
        counts.failed = len(errors)
        counts.facts, figures = insert_documents(con, self.run_id, docs, self._paths)
        insert_errors(con, self.run_id, errors)
        sigs = {
            d: replace(sigs[d], figures=figures[d][0], fact_ids=figures[d][1])
            for d, _, _ in docs
            if d in sigs
        }
        clusters.add_signatures(con, sigs)
        clusters.find_reprints(con, sigs)
        counts.reprints = clusters.recluster(con, touched | set(sigs))
        return counts

    # --- the end -----------------------------------------------------------------------------

    def finish(self) -> LoadCounts:
        """Write what is pending, mark the run complete, close the archive."""
        self._hand_over()
        self._join()
        try:
            self._raise_failure()
        except BaseException:
            self._close_connection()
            raise
        self._end("complete")
        return self.counts

    def close(self, status: str = "interrupted") -> None:
        """Stop without writing what is pending (an interruption): the batch being written is
        finished, the run is marked ``status``."""
        self._pending = _Pending()
        self._join()
        self._failure = None
        with contextlib.suppress(ArchiveError):
            self._end(status)

    def _end(self, status: str) -> None:
        con = self.con
        if con is None:
            return
        try:
            end_run(con, self.run_id, status, self.counts.unchanged)
        except Exception as exc:
            self._close_connection()
            raise self._write_error(exc) from None
        try:
            con.execute("CHECKPOINT")
        except Exception as exc:  # what was committed is safe in the write-ahead log
            reason = str(exc).splitlines()[0]
            self.notes.append(
                f"{self.path}: everything is loaded, but the archive could not be checkpointed ({reason}): "
                f"its write-ahead log {self.path}.wal holds the last batches until the archive is next "
                "opened with space to spare"
            )
        finally:
            self._close_connection()

    def _rollback(self) -> None:
        if self.con is not None:
            with contextlib.suppress(Exception):
                self.con.execute("ROLLBACK")
            self._close_connection()

    def _close_connection(self) -> None:
        if self.con is not None:
            with contextlib.suppress(Exception):
                self.con.close()
            self.con = None

    def _write_error(self, exc: BaseException) -> ArchiveError:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return ArchiveError(
            f"{self.path}: cannot write to the archive: {reason}; the archive keeps every batch written "
            f"before this one ({self.counts.loaded + self.counts.replaced} pages in this run): fix that, "
            "then run the same command again (the pages already in the archive are skipped)",
            "write_failed",
        )
