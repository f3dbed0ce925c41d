"""One input named on its own, read in this process and cut off at the run's time limit by a timer.

The worker pool exists for a batch: it keeps a slow input from holding up the others (the parent
kills the worker at ``--timeout``) and a worker that dies from taking the run down. For a single
page the fork and the worker's copies of the parent's memory were a fifteenth of a one-page start
(some 20 ms of CPU, most of it the kernel's), and there is no other input to protect. Here the same
time limit is kept by a timer: ``SIGALRM`` at the limit raises :class:`_TimeUp` into the input's
work, which gives way to it wherever the interpreter runs (Python code, a regular expression's
match, a blocked read), and the input fails with the worker's words (:func:`.outcome.timed_out`).
Code that never lets the interpreter see the signal is stopped by faulthandler's watchdog
:data:`GRACE` seconds later: the process ends with status 1 and the threads' tracebacks on stderr.
A crash of the interpreter ends the command itself rather than a worker.

Only where a timer can be set (the main thread, a platform with ``setitimer``, no ``SIGALRM``
handler of the program's own): elsewhere the input goes to a worker as before (:func:`usable`).
"""

from __future__ import annotations

import faulthandler
import signal
import threading
from collections.abc import Iterable, Iterator
from types import FrameType

from ..facts.shadow import Script
from ..read.items import InputFailure, Item, Task
from ..rules.patterns import Patterns
from .outcome import Result, process_task, timed_out

#: seconds past the time limit after which code deaf to the timer is ended with the process
GRACE = 5.0


class _TimeUp(BaseException):
    """The timer's interruption: not an ``Exception``, so the pipeline's handlers, which turn a
    page's errors into failures, let it through to :func:`_read_one`."""


def usable() -> bool:
    """Whether this process can time an input itself: a timer and its handler can be set here."""
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) == signal.SIG_DFL
    )


def read_alone(
    items: Iterable[Item], patterns: Patterns, max_bytes: int, timeout: float | None, script: Script
) -> Iterator[Result]:
    """The results of ``items`` read in this process, each stopped at ``timeout`` seconds."""
    for item in items:
        if isinstance(item, InputFailure):
            yield Result(item.input, failure=item)
        else:
            yield _read_one(item, patterns, max_bytes, timeout, script)


def _read_one(
    task: Task, patterns: Patterns, max_bytes: int, timeout: float | None, script: Script
) -> Result:
    if not timeout or timeout <= 0:
        return process_task(task, patterns, max_bytes, script)

    def time_up(signum: int, frame: FrameType | None) -> None:
        raise _TimeUp

    previous = signal.signal(signal.SIGALRM, time_up)
    faulthandler.dump_traceback_later(timeout + GRACE, exit=True, file=2)  # stderr's descriptor: always there
    try:
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            return process_task(task, patterns, max_bytes, script)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _TimeUp:
        return timed_out(task.name, timeout)
    finally:
        faulthandler.cancel_dump_traceback_later()
        signal.signal(signal.SIGALRM, previous)
