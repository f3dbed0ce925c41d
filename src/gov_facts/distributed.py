"""Past one machine: the extraction on a Dask cluster, and the one call Spark or Dask users need.

:func:`extract_record` is a pure function of the bytes and a name that never
raises: it returns the ``gov-facts/1`` record dict, or an error dict
``{"input", "error", "message"}`` (the ``--errors`` row). Map it over a
``dask.bag``, a Spark RDD or a ``binaryFile`` DataFrame (see docs/cluster.md).

:func:`run_dask` is what ``gov-facts extract --dask ADDRESS`` runs: the
inputs are found on the client as in a local batch (directories walked,
stdin read), cut into partitions and handed, as ``dask.bag`` partitions, to
the workers of a distributed scheduler; the workers read the files (so they
must see them at the same absolute paths: one machine, NFS, a shared mount)
and each WARC file is read whole by one worker. Records come back in input
order. JSONL is written by the client (to a file or stdout); Parquet is
written by the workers as a dataset, a directory of ``part-NNNNN.parquet``
files in input order that pandas, pyarrow and DuckDB read as one table.

Nothing here imports dask until :func:`run_dask` is called.
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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, BinaryIO

import orjson

from .batch import Result, Summary, process, process_task
from .inputs import DEFAULT_MAX_BYTES, InputFailure, Selection, Task, discover, is_warc, warc_inputs
from .patterns import Patterns, load_patterns

__all__ = [
    "DEFAULT_PARTITION_SIZE",
    "DaskError",
    "WarcFile",
    "extract_record",
    "is_error",
    "run_dask",
    "run_partition",
    "units",
]

#: pages per partition (a WARC file is always a partition of its own)
DEFAULT_PARTITION_SIZE = 100
#: the parquet dataset's part files
PART_NAME = "part-{:05d}.parquet"
DASK_FORMATS = ("jsonl", "parquet")


class DaskError(Exception):
    """The run cannot start: dask missing, the scheduler unreachable, the output not writable."""


# --- the function for Spark/Dask users -------------------------------------------------------------


def extract_record(
    data: bytes | bytearray | memoryview,
    name: str,
    *,
    url: str | None = None,
    patterns: Patterns | None = None,
) -> dict[str, Any]:
    """One page's ``gov-facts/1`` record as a dict, or ``{"input", "error", "message"}``; never raises.

    ``data`` is the page's raw bytes (HTML in any encoding or a text dump;
    Spark's ``bytearray`` is fine), ``name`` becomes the record's ``input``,
    ``url`` (e.g. a WARC record's target URI) overrides the page's own.
    Tell the two apart with :func:`is_error`.
    """
    raw = data if isinstance(data, bytes) else bytes(data)
    out = process(name, raw, patterns if patterns is not None else load_patterns(), url)
    if isinstance(out, InputFailure):
        return out.to_dict()
    record: dict[str, Any] = out.to_dict()
    return record


def is_error(record: dict[str, Any]) -> bool:
    """Whether a dict from :func:`extract_record` is an error row rather than a record."""
    return "schema" not in record and "error" in record


# --- partitions of work ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WarcFile:
    """A WARC file for one worker to read whole; its records are named ``NAME#OFFSET``."""

    name: str  # as the user gave it (record names start with it)
    path: str  # absolute, for the worker to open


Unit = Task | WarcFile | InputFailure


@dataclass(frozen=True)
class _Diverting(Selection):
    """The user's selection, except that WARC files met while walking are set aside in ``found``.

    Directory walking asks :meth:`selected` about each file just before it
    would yield it, so a WARC file set aside here comes, in input order,
    before the next item the walk yields.
    """

    root: str = ""
    found: list[str] = field(default_factory=list, compare=False, hash=False)

    def selected(self, name: str, rel: str) -> bool:
        if not super().selected(name, rel):
            return False
        path = os.path.join(self.root, rel)
        if is_warc(name) and _utf8(name) and os.path.isfile(path):
            self.found.append(path)
            return False
        return True


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def units(
    entries: Iterable[str],
    selection: Selection | None = None,
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Unit]:
    """The work behind ``entries`` in input order, as :func:`gov_facts.inputs.discover` finds it.

    Files become tasks that name an absolute path (the worker reads them);
    WARC files are left whole to a worker; stdin is read here; what cannot be
    an input is an :class:`InputFailure` at its place.
    """
    for entry in entries:
        if entry != "-" and is_warc(entry) and _utf8(entry) and os.path.isfile(entry):
            yield WarcFile(entry, os.path.abspath(entry))
            continue
        selection = selection or Selection()
        diverting = _Diverting(selection.globs, selection.excludes, root=entry)
        for item in discover([entry], diverting, stdin=stdin, max_bytes=max_bytes):
            while diverting.found:
                path = diverting.found.pop(0)
                yield WarcFile(path, os.path.abspath(path))
            if isinstance(item, Task) and item.path is not None:
                yield replace(item, path=os.path.abspath(item.path))
            else:
                yield item
        for path in diverting.found:
            yield WarcFile(path, os.path.abspath(path))


def partitions(work: Iterable[Unit], size: int = DEFAULT_PARTITION_SIZE) -> Iterator[list[Unit]]:
    """``work`` cut into lists of at most ``size`` units, each WARC file a list of its own."""
    part: list[Unit] = []
    for unit in work:
        if isinstance(unit, WarcFile):
            if part:
                yield part
                part = []
            yield [unit]
            continue
        part.append(unit)
        if len(part) >= max(1, size):
            yield part
            part = []
    if part:
        yield part


_PATTERNS: dict[str, Patterns] = {}


def _patterns(blob: bytes, digest: str) -> Patterns:
    """The run's patterns in this worker process, unpickled once (the fact engine caches by identity)."""
    pats = _PATTERNS.get(digest)
    if pats is None:
        pats = _PATTERNS[digest] = pickle.loads(blob)  # the client's own object
    return pats


def _renamed(item: Task | InputFailure, path: str, name: str) -> Task | InputFailure:
    """A WARC item read from the absolute ``path`` named as the user gave the file."""
    if isinstance(item, InputFailure):
        return replace(item, input=name + item.input[len(path) :]) if item.input.startswith(path) else item
    return replace(item, name=name + item.name[len(path) :]) if item.name.startswith(path) else item


def run_partition(
    index: int,
    work: Sequence[Unit],
    blob: bytes,
    digest: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    parquet_dir: str | None = None,
) -> list[Result]:
    """What a worker runs: the results of one partition, in order; never raises for an input.

    ``blob`` is the pickled :class:`Patterns` (``digest`` its hash). With
    ``parquet_dir`` the records are written there as ``part-<index>.parquet``
    and the results come back without them (status and fact counts only).
    """
    pats = _patterns(blob, digest)
    results: list[Result] = []
    for unit in work:
        if isinstance(unit, InputFailure):
            results.append(Result(unit.input, failure=unit))
        elif isinstance(unit, Task):
            results.append(process_task(unit, pats, max_bytes))
        else:
            for item in warc_inputs(unit.path, max_bytes=max_bytes):
                item = _renamed(item, unit.path, unit.name)
                if isinstance(item, InputFailure):
                    results.append(Result(item.input, failure=item))
                else:
                    results.append(process_task(item, pats, max_bytes))
    if parquet_dir is None:
        return results
    from .export import write_parquet

    target = os.path.join(parquet_dir, PART_NAME.format(index))
    tmp = f"{target}.{uuid.uuid4().hex}.tmp"  # a retried task never meets a half-written file
    try:
        write_parquet((r.record for r in results if r.record is not None), tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return [Result(r.input, None, r.facts, r.failure) for r in results]


def _run_indexed(
    part: tuple[int, Sequence[Unit]], blob: bytes, digest: str, max_bytes: int, parquet_dir: str | None
) -> list[Result]:
    """:func:`run_partition` on one element of the bag: (partition index, units)."""
    return run_partition(part[0], part[1], blob, digest, max_bytes, parquet_dir)


def _failed(work: Sequence[Unit], exc: BaseException) -> list[Result]:
    """Every input of a partition the cluster could not finish (its worker died, say)."""
    message = f"the Dask task for this input failed: {type(exc).__name__}: {exc}".strip()
    out = []
    for unit in work:
        if isinstance(unit, InputFailure):
            out.append(Result(unit.input, failure=unit))
        else:
            name = unit.name
            out.append(Result(name, failure=InputFailure(name, "worker_died", message)))
    return out


# --- the run -------------------------------------------------------------------------------------------


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
        raise DaskError(f"--dask needs dask: pip install 'gov-facts[dask]' ({exc})") from None
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
            results = _failed(work, exc)
        finally:
            fut.release()
        yield from results


def _own_paths(paths: Iterable[Path | None]) -> set[str]:
    return {os.path.realpath(p) for p in paths if p is not None}


def _without(work: Iterable[Unit], own: set[str]) -> Iterator[Unit]:
    """``work`` less this run's own output files (when they sit in a walked folder)."""
    for unit in work:
        path = unit.path if isinstance(unit, (Task, WarcFile)) else None
        if path:
            real = os.path.realpath(path)
            if real in own or any(real.startswith(d + os.sep) for d in own):
                continue
        yield unit


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

    ``address`` is a scheduler (``tcp://host:8786``) or ``local`` for a
    LocalCluster of ``local_workers`` processes (default: one per CPU).
    ``fmt`` ``jsonl`` writes records in input order to ``output`` (complete
    or absent: written aside and renamed) or to ``stream`` (default stdout);
    ``parquet`` has the workers write the facts table (the ``--format
    parquet`` columns) as a dataset directory at ``output``. Every result is
    passed to ``on_result`` in input order; failures are also written to
    ``errors`` as JSONL rows. Per-input time limits do not apply (a page
    cannot be stopped inside a worker thread); a partition whose worker
    dies is retried by Dask and, if it cannot finish, its inputs fail as
    ``worker_died``. Raises :class:`DaskError` when the run cannot start.
    """
    if fmt not in DASK_FORMATS:
        raise DaskError(f"--dask writes --format {' or '.join(DASK_FORMATS)}, not {fmt}")
    if fmt == "parquet" and output is None:
        raise DaskError("--format parquet needs an output: add -o DIR (the dataset's folder)")
    if output is not None:
        if fmt == "parquet":
            _check_target(output)
        elif output.is_dir():
            raise DaskError(f"{output}: is a directory; give a file name for the JSONL output")
    pats = patterns if patterns is not None else load_patterns()
    blob = pickle.dumps(pats)
    digest = hashlib.sha256(blob).hexdigest()

    staging: Path | None = None
    tmp_file: Path | None = None
    if output is not None:
        hidden = output.with_name(f".{output.name}.{uuid.uuid4().hex[:8]}.tmp")
        if fmt == "parquet":
            staging = hidden.absolute()
        else:
            tmp_file = hidden
    own = _own_paths([output, errors, staging, tmp_file])

    conn = _connect(address, local_workers, connect_timeout)
    summary = Summary()
    out: IO[bytes] | None = None
    err_fh: IO[bytes] | None = None
    done = False
    try:
        if staging is not None:
            staging.mkdir()
        if tmp_file is not None:
            out = open(tmp_file, "wb")  # noqa: SIM115 - closed below
        elif fmt == "jsonl":
            out = stream if stream is not None else sys.stdout.buffer
        if errors is not None:
            err_fh = open(errors, "wb")  # noqa: SIM115 - closed below
        threads = sum(conn.client.nthreads().values()) or 1
        parquet_dir = str(staging) if staging is not None else None

        def submit(bag: Any) -> Any:
            return bag.map(
                _run_indexed, blob=blob, digest=digest, max_bytes=max_bytes, parquet_dir=parquet_dir
            )

        work = _without(units(entries, selection, stdin=stdin, max_bytes=max_bytes), own)
        for result in _ordered(conn.client, partitions(work, partition_size), submit, max(4, 2 * threads)):
            summary.add_result(result)
            if on_result is not None:
                on_result(result)
            if result.failure is not None and err_fh is not None:
                err_fh.write(orjson.dumps(result.failure.to_dict()) + b"\n")
                err_fh.flush()
            if out is not None and result.record is not None:
                out.write(result.record + b"\n")
        if out is not None:
            out.flush()
        done = True
    finally:
        if err_fh is not None:
            err_fh.close()
        if tmp_file is not None and out is not None:
            out.close()
        conn.close()
        if done and output is not None:
            if staging is not None:
                _replace_dataset(staging, output)
            elif tmp_file is not None:
                os.replace(tmp_file, output)
        if staging is not None and staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
        if tmp_file is not None:
            tmp_file.unlink(missing_ok=True)
    return summary
