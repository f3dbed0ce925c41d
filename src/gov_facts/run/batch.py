"""Run the pipeline over many inputs in worker processes, keeping input order.

Every input yields a :class:`Result`: a record (as JSON bytes) or an
:class:`InputFailure`; one bad input never stops the others. Work runs in
``jobs`` worker processes, each busy with one input at a time, so the parent
can enforce a time limit (it kills the worker) and survive a worker that dies
(only that input fails; a fresh worker takes its place). At most ``window``
inputs are in flight or waiting to be written, so memory stays bounded on
an archive of any size. The CLI maps its options onto :func:`run`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

from ..facts.shadow import Script
from ..read.items import DEFAULT_MAX_BYTES, InputFailure, Item
from ..rules.patterns import Patterns
from . import alone as _alone
from .outcome import DEFAULT_TIMEOUT, Result, Summary, process_task

__all__ = ["DEFAULT_TIMEOUT", "Result", "Summary", "default_jobs", "run"]


def default_jobs() -> int:
    """Worker processes by default: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def run(
    items: Iterable[Item],
    patterns: Patterns,
    *,
    jobs: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float | None = DEFAULT_TIMEOUT,
    on_result: Callable[[Result], None] | None = None,
    tick: Callable[[], None] | None = None,
    summary: Summary | None = None,
    warm_up: bool = True,
    script: Script = "original",
    alone: bool = False,
) -> Iterator[Result]:  # a generator: close() it to stop early (the show command relies on this annotation)
    """Results for ``items`` (from :func:`gov_facts.inputs.discover`) in input order.

    ``jobs`` worker processes do the work; ``jobs=0`` runs everything in this
    process instead (no time limit, no protection from crashes: for
    debugging). Each result is counted in ``summary`` and passed to
    ``on_result`` before it is yielded. ``warm_up=False`` leaves loading
    jieba to the worker (right for a single input, which may not need it).
    ``script`` is :func:`gov_facts.extract`'s. ``alone``: the items are one input named on its
    own, read in this process under the same time limit (:mod:`.alone`); the command's choice is
    :attr:`~.session.RunSession.reads_alone`, which asks :func:`.alone.usable` as this does.
    """
    summary = summary if summary is not None else Summary()

    def counted(results: Iterable[Result]) -> Iterator[Result]:
        for result in results:
            summary.add_result(result)
            if on_result is not None:
                on_result(result)
            yield result

    if jobs <= 0:
        yield from counted(_serial(items, patterns, max_bytes, script))
        return
    if alone and _alone.usable():
        yield from counted(_alone.read_alone(items, patterns, max_bytes, timeout, script))
        return
    from .pool import WorkerPool

    with WorkerPool(
        patterns, jobs, max_bytes=max_bytes, timeout=timeout, warm_up=warm_up, script=script
    ) as pool:
        yield from counted(pool.imap(items, tick=tick))


def _serial(items: Iterable[Item], patterns: Patterns, max_bytes: int, script: Script) -> Iterator[Result]:
    for item in items:
        if isinstance(item, InputFailure):
            yield Result(item.input, failure=item)
        else:
            yield process_task(item, patterns, max_bytes, script)
