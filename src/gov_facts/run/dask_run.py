"""Past one machine: a run session on a Dask cluster (``gov-facts extract --dask ADDRESS``).

The inputs are found on the client as in a local batch (directories walked, stdin
read), cut into partitions (:mod:`.dask_work`) and handed, as ``dask.bag``
partitions, to the workers of a distributed scheduler. Records come back in input
order. JSONL is written by the client, through the same sink as a local run (a file
that appears only when complete, or a stream); Parquet is written by the workers as
a dataset, a folder of ``part-NNNNN.parquet`` files in input order that pandas,
pyarrow and DuckDB read as one table. Per-input time limits do not apply (a page
cannot be stopped inside a worker thread); a partition whose worker dies is retried
by Dask and, if it cannot finish, its inputs fail as ``worker_died``.

Nothing here imports dask until a run starts.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sys
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import IO, Any, BinaryIO

from ..archive.errors import archive_files
from ..read.discover import Selection
from ..read.items import DEFAULT_MAX_BYTES, Item, Task
from ..read.warc import warc_inputs
from ..rules.patterns import Patterns
from . import dask_work
from .dask_work import DEFAULT_PARTITION_SIZE, Unit, WarcFile, failed_partition, partitions, units
from .outcome import Result, Summary
from .session import ErrorRows, RunError, RunOptions, RunSession
from .skipped import OwnFiles, own_files_of

__all__ = ["DEFAULT_PARTITION_SIZE", "DaskError", "run_dask", "run_on_cluster"]


class DaskError(RunError):
    """A Dask run cannot start: dask missing, the scheduler unreachable, the output not writable."""


def run_dask(
    entries: Sequence[str],
    patterns: Patterns | None = None,
    address: str = "local",
    *,
    output: Path | None = None,
    fmt: str = "jsonl",
    stream: IO[bytes] | None = None,
    selection: Selection | None = None,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    errors: Path | None = None,
    on_result: Callable[[Result], None] | None = None,
    local_workers: int | None = None,
    connect_timeout: float = 10.0,
) -> Summary:
    """Extract every input behind ``entries`` on a Dask cluster; returns the run's :class:`Summary`.

    ``address`` is a scheduler (``tcp://host:8786``) or ``local`` for a LocalCluster
    of ``local_workers`` processes (default: one per CPU). ``fmt`` ``jsonl`` writes
    records in input order to ``output`` or to ``stream`` (default stdout);
    ``parquet`` has the workers write the facts table as a dataset folder at
    ``output``. A :class:`RunSession` with ``RunOptions(dask=address)`` is the same
    run; this is its short form. Raises :class:`DaskError` when the run cannot start.
    """
    options = RunOptions(
        fmt=fmt, output=output, errors=errors, max_bytes=max_bytes, selection=selection or Selection(),
        dask=address, partition_size=partition_size, local_workers=local_workers,
        connect_timeout=connect_timeout,
    )  # fmt: skip
    try:
        session = RunSession(entries, patterns, options, stdin=stdin, stream=stream, on_result=on_result)
    except RunError as exc:
        raise DaskError(str(exc), exc.problem) from None
    return session.run()


@dataclass
class _Cluster:
    client: Any
    cluster: Any = None

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _connect(address: str, local_workers: int | None, timeout: float) -> _Cluster:
    try:
        import dask.bag  # noqa: F401
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise DaskError(f"a Dask run needs dask: pip install 'gov-facts[dask]' ({exc})", "no_dask") from None
    if address == "local":
        from .batch import default_jobs

        cluster = LocalCluster(
            n_workers=local_workers or default_jobs(),
            threads_per_worker=1,  # the pipeline is Python: one page per process at a time
            processes=True,
            dashboard_address=None,
        )
        return _Cluster(Client(cluster), cluster)
    try:
        return _Cluster(Client(address, timeout=timeout))
    except (OSError, TimeoutError, ValueError) as exc:
        raise DaskError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def _ordered(
    client: Any,
    parts: Iterator[list[Unit]],
    submit: Callable[[Any], Any],
    window: int,
) -> Iterator[Result]:
    """Results of ``parts`` in order, at most ``window`` partitions submitted and not yet collected.

    Each refill of the window is one ``dask.bag`` whose partitions are the
    units lists; its partitions are computed as separate futures, so the
    next bag goes in while the last partitions of this one still run.
    """
    import dask.bag as db

    pending: deque[tuple[list[Unit], Any]] = deque()
    index = 0
    exhausted = False
    while True:
        if not exhausted and len(pending) <= window // 2:
            chunk: list[tuple[int, list[Unit]]] = []
            while len(pending) + len(chunk) < window:
                part = next(parts, None)
                if part is None:
                    exhausted = True
                    break
                chunk.append((index, part))
                index += 1
            if chunk:
                bag = submit(db.from_sequence(chunk, npartitions=len(chunk)))
                futures = client.compute(bag.to_delayed())
                pending.extend((part, fut) for (_, part), fut in zip(chunk, futures, strict=True))
        if not pending:
            return
        work, fut = pending.popleft()
        try:
            results: list[Result] = [r for got in fut.result() for r in got]
        except Exception as exc:  # KilledWorker, or a part file that could not be written
            results = failed_partition(work, exc)
        finally:
            fut.release()
        yield from results


def _without(work: Iterable[Unit], own: OwnFiles) -> Iterator[Unit]:
    """``work`` less this run's own output files (when they sit in a walked folder)."""
    for unit in work:
        path = unit.path if isinstance(unit, (Task, WarcFile)) else None
        if path and own.holds(path):
            continue
        yield unit


def _fresh(session: RunSession, work: Iterable[Unit]) -> Iterator[Unit]:
    """The work less the pages the archive already holds (the client reads and hashes each page).

    A WARC file is read here record by record, so that each record can be skipped by its hash;
    a file's task keeps its path (the worker reads it again from the shared mount).
    """
    assert session.archive is not None

    def items() -> Iterator[Item]:
        for unit in work:
            if isinstance(unit, WarcFile):
                yield from warc_inputs(unit.name, max_bytes=session.options.max_bytes)
            else:
                yield unit

    yield from session.archive.fresh(items(), keep_data=False, on_unchanged=session.unchanged)


def _replace_dataset(staging: Path, target: Path) -> None:
    """Move the finished dataset onto ``target``; an earlier dataset (or file) there is replaced."""
    old = None
    if target.is_dir() and not target.is_symlink():
        old = target.with_name(f".{target.name}.old-{uuid.uuid4().hex[:8]}")
        os.replace(target, old)
    elif target.exists() or target.is_symlink():
        target.unlink()
    os.replace(staging, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _check_target(target: Path) -> None:
    """Refuse to replace a directory that is not a dataset gov-facts wrote."""
    if target.is_dir() and not target.is_symlink():
        strays = [
            p.name for p in target.iterdir() if not (p.name.startswith("part-") and p.suffix == ".parquet")
        ]
        if strays:
            raise DaskError(
                f"{target}: is a directory with other files in it ({strays[0]}…); "
                "give a new name for the Parquet dataset"
            )


def run_on_cluster(session: RunSession) -> Summary:
    """What :meth:`RunSession.run` does when its options name a Dask scheduler."""
    opt = session.options
    dataset = opt.output if opt.fmt == "parquet" else None
    if dataset is not None:
        _check_target(dataset)
    blob = pickle.dumps(session.patterns)
    digest = hashlib.sha256(blob).hexdigest()
    staging = dataset.with_name(f".{dataset.name}.{uuid.uuid4().hex[:8]}.tmp").absolute() if dataset else None
    own_paths = ([dataset] if dataset else []) + (own_files_of(opt.output) if opt.output else [])
    own_paths += archive_files(opt.db)
    own = OwnFiles(
        own_paths + ([opt.errors] if opt.errors else []), folders=[p for p in (dataset, staging) if p]
    )
    sink = session.sink
    archive = session.archive
    out = session.stream if archive is None else None
    if dataset is None and sink is None and out is None and archive is None:
        out = sys.stdout.buffer
    conn: _Cluster | None = None
    errors: ErrorRows | None = None
    done = False
    try:
        conn = _connect(opt.dask or "local", opt.local_workers, opt.connect_timeout)
        errors = ErrorRows(opt.errors)
        if staging is not None:
            staging.mkdir()
        threads = sum(conn.client.nthreads().values()) or 1
        parquet_dir = str(staging) if staging is not None else None

        def submit(bag: Any) -> Any:
            return bag.map(
                dask_work.run_indexed,
                blob=blob,
                digest=digest,
                max_bytes=opt.max_bytes,
                parquet_dir=parquet_dir,
                script=opt.script,
            )

        found = units(session.entries, opt.selection, stdin=session.stdin, max_bytes=opt.max_bytes)
        work = _without(session.dated(chain(found, session.text_tasks())), own)
        if archive is not None:
            work = _fresh(session, work)
        for result in _ordered(
            conn.client, partitions(work, opt.partition_size), submit, max(4, 2 * threads)
        ):
            session.summary.add_result(result)
            session.report(result, errors)
            if archive is not None:
                archive.add(result.input, result.record, result.failure, result.facts)
            elif sink is not None:
                if result.record is not None:
                    sink.write(result.record)
                sink.commit(result.input, result.status, result.facts)
            elif out is not None and result.record is not None:
                out.write(result.record + b"\n")
        if sink is not None:
            sink.finish()
        elif archive is not None:
            archive.finish()
        elif out is not None:
            out.flush()
        done = True
    finally:
        if errors is not None:
            errors.close()
        if sink is not None and not done:
            sink.discard()
        if archive is not None and not done:
            archive.close("interrupted")
        if conn is not None:
            conn.close()
        if done and staging is not None and dataset is not None:
            _replace_dataset(staging, dataset)
        if staging is not None and staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return session.summary
