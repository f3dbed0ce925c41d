"""Worker processes, each given an input or two at a time: the parent keeps order, time limits and
survives a worker that dies (only the input it was on fails; a fresh worker takes its place)."""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
import pickle
import select
import signal
import socket
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from ..facts import rs_tagger
from ..facts.shadow import Script
from ..read.items import DEFAULT_MAX_BYTES, InputFailure, Item, Task
from ..rules.patterns import Patterns
from .outcome import DEFAULT_TIMEOUT, Result, process_task, timed_out
from .warm_up import warm_up


def _worker_main(
    conn: Connection,
    inherited: list[Connection],
    patterns: Patterns,
    max_bytes: int,
    script: Script,
    tagger: str,
) -> None:
    """A worker's loop: receive (seq, task), send back (seq, result), until the parent goes away."""
    rs_tagger.use(tagger)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # a page leaves a few thousand objects in reference cycles (the fact stage's per-text
    # context): collected every 700 allocations, as by default, the garbage collector takes some
    # 5-8% of a worker's time; every 20,000 it takes little, and a worker holds about 10 MB more
    # (flat over an archive of any size)
    gc.set_threshold(20_000, 20, 50)
    # a forked worker holds copies of the parent's ends of the pipes made before it;
    # closing them lets every worker see end-of-file when the parent dies
    for other in inherited:
        other.close()
    parent = os.getppid()
    ready = _ready(conn)
    while True:
        try:
            while not ready(1.0):
                if os.getppid() != parent:  # the parent was killed: nobody wants the result
                    return
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        seq, task = msg
        result = process_task(task, patterns, max_bytes, script)
        # with when it ended (one clock for all processes): the next input, when it is already
        # waiting in the pipe, begins then (if this result fits the send buffer; the parent knows
        # when not), and its time limit runs from there, not from when the parent reads this result
        conn.send((seq, result, time.monotonic()))


def _ready(conn: Connection) -> Callable[[float], bool]:
    """``conn.poll``, on one poll object for the worker's life where the platform has one:
    ``conn.poll()`` builds, fills and closes a selector each time it is asked, once a page."""
    if not hasattr(select, "poll"):  # pragma: no cover - another platform
        return conn.poll
    waiting = select.poll()
    waiting.register(conn.fileno(), select.POLLIN)
    return lambda timeout: bool(waiting.poll(timeout * 1000))


#: inputs handed to a worker at a time: the next waits in its pipe, so the worker starts it as
#: soon as it has sent a result instead of waiting for the parent to wake up, take the result and
#: send the next (0.3-0.6 ms a page on a virtual machine, most of it the two wake-ups). The input
#: waiting behind a slow one is held up by it, but its record is written after the slow one's
#: anyway (input order); when its worker dies or times out it goes to another worker.
IN_FLIGHT = 2

#: the send buffer of a worker's end of its pipe: a record (up to a few hundred KB) goes into it
#: whole, so the worker goes on to its next input without waiting for the parent to read; the
#: system caps it (``net.core.wmem_max``)
_SEND_BUFFER = 1 << 20

#: an input carrying more bytes than this (a WARC record, stdin) is given only to an idle worker:
#: sent to a busy one it would not fit the parent's end of the pipe, and the parent would wait in
#: ``send`` until that worker finished its page, checking no time limit and reading no result
_QUEUED_BYTES = 64 * 1024


def _widen(conn: Connection) -> int:
    """Ask for a send buffer of :data:`_SEND_BUFFER` on ``conn`` (a socket; no harm if refused);
    return the size of a result that surely goes into the one given whole, with another unread."""
    try:
        with socket.socket(fileno=os.dup(conn.fileno())) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, _SEND_BUFFER)
            granted: int = sock.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF)
    except OSError:  # pragma: no cover - not a socket (another platform's pipe): none surely fits
        return 0
    # Linux reports twice what it grants (the rest is its bookkeeping): halved, and shared
    return min(_QUEUED_BYTES, granted // (2 * IN_FLIGHT))


@dataclass
class _Worker:
    proc: Any
    conn: Connection
    #: the inputs it was given (sequence number, task, when sent), in order: it is on the first
    pending: deque[tuple[int, Task, float]] = field(default_factory=deque)
    started: float = 0.0  # when it began the first of ``pending``
    #: a result (pickled) up to this size went into the worker's send buffer without waiting
    fits: int = 0

    def take(self, ready: dict[int, Result]) -> None:
        """Read one result into ``ready``; the next input began when the worker ended this one,
        or when it was sent if that was later. A result too big for the worker's send buffer held
        the worker in ``send`` until the parent read it: the next input began no earlier than
        that read's end (a time limit never runs from before the worker could begin)."""
        message = self.conn.recv_bytes()
        read = time.monotonic()
        got_seq, result, ended = pickle.loads(message)  # as ``recv`` would
        seq, _, _ = self.pending.popleft()
        assert got_seq == seq
        ready[seq] = result
        if self.pending:
            began = ended if len(message) <= self.fits else read
            self.started = max(began, self.pending[0][2])

    def drain(self, ready: dict[int, Result]) -> None:
        """Read every result already in the pipe of a worker that has gone (or whose pipe broke)."""
        try:
            while self.pending and self.conn.poll():
                self.take(ready)
        except (EOFError, OSError):
            pass


class _Waits:
    """The parent's wait on its workers' pipes and ends: one poll object for the run where the
    platform has one (``multiprocessing.connection.wait`` builds a selector and registers every
    handle at each wait, two waits a page). Idle workers are in it too: a wake from one is its end."""

    def __init__(self) -> None:
        self._poll = select.poll() if hasattr(select, "poll") else None
        self._handles: dict[int, Any] = {}

    def add(self, worker: _Worker) -> None:
        if self._poll is not None:
            for fd, handle in ((worker.conn.fileno(), worker.conn), (worker.proc.sentinel,) * 2):
                self._handles[fd] = handle
                self._poll.register(fd, select.POLLIN)

    def remove(self, worker: _Worker) -> None:
        """Before its pipe is closed."""
        if self._poll is not None:
            for fd in (worker.conn.fileno(), worker.proc.sentinel):
                del self._handles[fd]
                self._poll.unregister(fd)

    def wait(self, busy: list[_Worker], timeout: float) -> set[Any]:
        """The handles (pipes, sentinels) ready within ``timeout`` seconds."""
        if self._poll is None:  # pragma: no cover - another platform
            handles = [w.conn for w in busy] + [w.proc.sentinel for w in busy]
            return set(multiprocessing.connection.wait(handles, timeout=timeout))
        return {self._handles[fd] for fd, _ in self._poll.poll(timeout * 1000)}


def _seq(entry: tuple[int, Task]) -> int:
    return entry[0]


class WorkerPool:
    """Up to ``jobs`` worker processes, each given up to :data:`IN_FLIGHT` inputs at a time.

    Workers start on demand (one input -> one worker). A worker past ``timeout`` seconds
    on one input is killed and that input fails with ``timeout``; a worker that dies fails
    the input it was on with ``worker_died``; either way the inputs it had not begun go to
    the others, and a new worker is started when needed.
    """

    def __init__(
        self,
        patterns: Patterns,
        jobs: int,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: float | None = DEFAULT_TIMEOUT,
        warm_up: bool = True,
        script: Script = "original",
    ) -> None:
        self.patterns = patterns
        self.script = script
        self.jobs = max(1, jobs)
        self.max_bytes = max_bytes
        self.timeout = timeout if timeout and timeout > 0 else None
        methods = multiprocessing.get_all_start_methods()
        # fork: workers inherit the loaded patterns and jieba instead of loading their own
        self.ctx: Any = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.warm_up = warm_up and self.ctx.get_start_method() == "fork"
        # a batch (warm_up asked) walks jieba's dictionary in Rust when it can: the same records
        self.tagger = rs_tagger.prefer_for_batches() if warm_up else rs_tagger.TAGGER
        self.workers: list[_Worker] = []
        self._waits = _Waits()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _spawn(self) -> _Worker:
        if self.warm_up:
            warm_up(self.patterns, self.jobs)
            self.warm_up = False
        parent, child = self.ctx.Pipe()
        fits = _widen(child)
        inherited = [parent, *(w.conn for w in self.workers)]
        proc = self.ctx.Process(
            target=_worker_main,
            args=(child, inherited, self.patterns, self.max_bytes, self.script, self.tagger),
            daemon=True,
            name="gov-facts-worker",
        )
        proc.start()
        child.close()
        worker = _Worker(proc, parent, fits=fits)
        self.workers.append(worker)
        self._waits.add(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        """Kill a worker (timed out or dead) and forget it."""
        if worker.proc.is_alive():
            worker.proc.kill()
        worker.proc.join()
        self._waits.remove(worker)
        worker.conn.close()
        self.workers.remove(worker)

    def _lost(self, worker: _Worker, queued: list[tuple[int, Task]], kind: str) -> tuple[int, Result] | None:
        """Retire a worker that died or timed out: the input it was on fails with ``kind``
        (its sequence number and result are returned), those not begun go back to ``queued``."""
        self._retire(worker)
        if not worker.pending:
            return None
        seq, task, _ = worker.pending.popleft()
        # back in input order: another worker lost in the same round may have put back lower ones
        queued.extend((s, t) for s, t, _ in worker.pending)
        queued.sort(key=_seq)
        if kind == "timeout":
            assert self.timeout is not None
            return seq, timed_out(task.name, self.timeout)
        code = worker.proc.exitcode
        how = f"signal {-code}" if code is not None and code < 0 else f"exit status {code}"
        message = f"the worker process died ({how}) while reading this input"
        return seq, Result(task.name, failure=InputFailure(task.name, "worker_died", message))

    def close(self) -> None:
        """Stop all workers (they get an end message, then are killed if they linger)."""
        for worker in self.workers:
            try:
                if not worker.pending:
                    worker.conn.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + 1.0
        for worker in list(self.workers):
            if not worker.pending:
                worker.proc.join(max(0.0, deadline - time.monotonic()))
            if worker.proc.is_alive():
                worker.proc.kill()
            worker.proc.join()
            worker.conn.close()
        self.workers.clear()
        self._waits = _Waits()

    def _free(self) -> _Worker | None:
        """The worker for the next input: an idle one, else a new one, else one with room."""
        idle = next((w for w in self.workers if not w.pending), None)
        if idle is None and len(self.workers) < self.jobs:
            return self._spawn()
        if idle is not None:
            return idle
        room = [w for w in self.workers if len(w.pending) < IN_FLIGHT]
        return min(room, key=lambda w: len(w.pending)) if room else None

    def _hand_out(self, queued: list[tuple[int, Task]], ready: dict[int, Result], last: bool = False) -> None:
        """Give queued inputs (in order) to workers while they have room. Once ``last`` (the source
        has ended), every input still queued goes only to an idle worker: queued behind a busy
        one's page, it would keep that worker busy after another had ended (the run's tail). Asked
        only of more than one worker: one alone has no other, and would lose a round trip an input."""
        while queued:
            worker = self._free()
            if worker is None:
                return
            seq, task = queued[0]
            if worker.pending and (last or (task.data is not None and len(task.data) > _QUEUED_BYTES)):
                return  # it waits for an idle worker
            try:
                worker.conn.send((seq, task))
            except OSError:  # the worker had died: the input it was on fails, the rest go on
                worker.drain(ready)  # unless it sent that input's result before it went
                lost = self._lost(worker, queued, "worker_died")
                if lost is not None:
                    ready[lost[0]] = lost[1]
                continue
            queued.pop(0)
            sent = time.monotonic()
            if not worker.pending:
                worker.started = sent
            worker.pending.append((seq, task, sent))

    def _collect(
        self,
        worker: _Worker,
        fired: set[Any],
        now: float,
        queued: list[tuple[int, Task]],
        ready: dict[int, Result],
    ) -> None:
        """Take a busy worker's results after a wait into ``ready``; retire it if it died or ran
        past the time limit (the input it was on fails, those not begun go back to ``queued``)."""
        if worker.conn in fired or worker.proc.sentinel in fired:
            dead = worker.proc.sentinel in fired
            if dead:  # all it sent before it ended
                worker.drain(ready)
            else:  # one record (``poll()`` would wait on a selector of its own: a second wait a page)
                try:
                    worker.take(ready)
                except (EOFError, OSError):
                    dead = True
            kind = "worker_died" if dead else ""
        else:
            timed = self.timeout is not None and now - worker.started >= self.timeout
            kind = "timeout" if timed else ""
        if kind:
            lost = self._lost(worker, queued, kind)
            if lost is not None:
                ready[lost[0]] = lost[1]

    def imap(
        self, items: Iterable[Item], window: int | None = None, tick: Callable[[], None] | None = None
    ) -> Iterator[Result]:
        """Results for ``items`` in their order; ``tick`` is called at least every 0.2 s while waiting."""
        # a slow page holds up the writing of those after it; a wide window keeps the other
        # workers busy meanwhile (memory: at most ``window`` records waiting)
        window = window or max(32, self.jobs * 16)
        source = iter(items)
        exhausted = False
        next_seq = 0  # sequence number of the next item taken from ``source``
        next_out = 0  # sequence number of the next result to yield
        ready: dict[int, Result] = {}
        queued: list[tuple[int, Task]] = []  # taken but not handed to a worker yet (in order)
        while True:
            # take items while the window has room and the workers may take them, and one more:
            # the end of ``source`` is then known before its last item is handed out
            room = self.jobs * IN_FLIGHT - sum(len(w.pending) for w in self.workers) + 1
            while not exhausted and next_seq - next_out < window and len(queued) < room:
                item = next(source, None)
                if item is None:
                    exhausted = True
                    break
                if isinstance(item, InputFailure):
                    ready[next_seq] = Result(item.input, failure=item)
                else:
                    queued.append((next_seq, item))
                next_seq += 1
            self._hand_out(queued, ready, last=exhausted and self.jobs > 1)
            while next_out in ready:
                yield ready.pop(next_out)
                next_out += 1
            busy = [w for w in self.workers if w.pending]
            if exhausted and not busy and not queued:
                if next_out == next_seq:
                    return
                continue  # pragma: no cover - everything left is in ``ready``
            if tick is not None:
                tick()
            if not busy:
                continue
            wait = 0.2
            if self.timeout is not None:
                now = time.monotonic()
                wait = min(wait, max(0.0, min(w.started + self.timeout - now for w in busy)))
            fired = self._waits.wait(busy, wait)
            now = time.monotonic()
            for worker in self.workers[:]:
                if worker.pending:
                    self._collect(worker, fired, now, queued, ready)
                elif worker.conn in fired or worker.proc.sentinel in fired:
                    self._retire(worker)  # it ended while idle: no input is lost
