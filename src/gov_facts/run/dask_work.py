"""The work of a Dask run, cut into partitions, and what a Dask worker runs on one partition.

Files become tasks that name an absolute path (the worker reads them, so it must
see them at the same path: one machine, NFS, a shared mount); each WARC file is
read whole by one worker; a partition's records come back in order, or are
written by the worker as one Parquet part file.
"""

from __future__ import annotations

import os
import pickle
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from ..facts.shadow import Script
from ..output.formats import write_parquet
from ..read.discover import Selection, discover
from ..read.items import DEFAULT_MAX_BYTES, InputFailure, Task, is_utf8
from ..read.warc import is_warc, warc_inputs
from ..rules.patterns import Patterns
from .outcome import Result, process_task

#: pages per partition (a WARC file is always a partition of its own)
DEFAULT_PARTITION_SIZE = 100
#: the parquet dataset's part files
PART_NAME = "part-{:05d}.parquet"
DASK_FORMATS = ("jsonl", "parquet")


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
        if is_warc(name) and is_utf8(name) and os.path.isfile(path):
            self.found.append(path)
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
        if entry != "-" and is_warc(entry) and is_utf8(entry) and os.path.isfile(entry):
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
    script: Script = "original",
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
            results.append(process_task(unit, pats, max_bytes, script))
        else:
            for item in warc_inputs(unit.path, max_bytes=max_bytes):
                item = _renamed(item, unit.path, unit.name)
                if isinstance(item, InputFailure):
                    results.append(Result(item.input, failure=item))
                else:
                    results.append(process_task(item, pats, max_bytes, script))
    if parquet_dir is None:
        return results
    target = os.path.join(parquet_dir, PART_NAME.format(index))
    tmp = f"{target}.{uuid.uuid4().hex}.tmp"  # a retried task never meets a half-written file
    try:
        write_parquet((r.record for r in results if r.record is not None), tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return [Result(r.input, None, r.facts, r.failure) for r in results]


def run_indexed(
    part: tuple[int, Sequence[Unit]],
    blob: bytes,
    digest: str,
    max_bytes: int,
    parquet_dir: str | None,
    script: Script = "original",
) -> list[Result]:
    """:func:`run_partition` on one element of the bag: (partition index, units)."""
    return run_partition(part[0], part[1], blob, digest, max_bytes, parquet_dir, script)


def failed_partition(work: Sequence[Unit], exc: BaseException) -> list[Result]:
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
