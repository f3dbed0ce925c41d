"""Worker processes, each given an input or two at a time: the parent keeps order, time limits and
survives a worker that dies (only the input it was on fails; a fresh worker takes its place)."""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
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
    # one poll object for the worker's life: ``conn.poll()`` builds, fills and closes a selector
    # each time it is asked, once a page
    waiting = select.poll()
    waiting.register(conn.fileno(), select.POLLIN)
    while True:
        try:
            while not waiting.poll(1000):
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
        # waiting in the pipe, begins then, and its time limit runs from there, not from when
        # the parent gets round to reading this result
        conn.send((seq, result, time.monotonic()))


#: a short page read once in the parent before workers are forked: it loads what every page
#: needs (the pipeline's modules, compiled rules, jieba and the tagger, the place tables) for all
#: workers to share. It must read as an article with facts, or it loads only the page stage
#: (``tests/test_batch.py`` checks that it does).
_WARM_UP_PAGE = (
    "<html><head><title>全市安置房建设进展顺利</title>"
    '<meta name="PubDate" content="2023-10-20 09:30"></head><body>'
    "<div class='nav'><a href='/'>首页</a> &gt; <a href='/xw/'>新闻动态</a></div>"
    "<div class='article'><h1>全市安置房建设进展顺利</h1>"
    "<div class='info'>发布时间：2023-10-20 09:30 来源：市住房和城乡建设局</div>"
    "<p>今年以来，安徽省合肥市共筹集建设安置房1.39万套，比上年增长8.5%，完成年度目标任务的92.6%。"
    "全市累计完成投资约45.6亿元，同比增长12%，其中中央补助资金3200万元。</p>"
    "<p>截至9月底，全省城镇新增就业52.3万人，城镇调查失业率为5.2%，较上月下降0.1个百分点。"
    "计划到2025年，新建保障性租赁住房3万套（间），惠及群众10余万人。</p>"
    "</div></body></html>"
).encode()


def _warm_up(patterns: Patterns, jobs: int) -> None:
    """Load the pipeline, its compiled rules and jieba once in the parent, before forking.

    Forked workers then start ready and share those memory pages instead of each building
    (and holding) its own copy. jieba's prefix dictionary (some 50 MB) is read whole here only
    for more than two workers, to be shared; one or two workers each read the parts their
    pages need (:class:`~gov_facts.facts.tagging.PrefixParts`), which costs less time than
    reading it all before the first page (a quarter of a second, in series).
    """
    from ..facts.tagging import preload
    from .pipeline import process

    if jobs > 2:
        preload()
    process("warm-up.html", _WARM_UP_PAGE, patterns)
    gc.collect()
    gc.freeze()  # keep the collector from touching (and so copying) the shared objects


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


def _widen(conn: Connection) -> None:
    """Ask for a send buffer of :data:`_SEND_BUFFER` on ``conn`` (a socket; no harm if refused)."""
    try:
        with socket.socket(fileno=os.dup(conn.fileno())) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, _SEND_BUFFER)
    except OSError:  # pragma: no cover - not a socket (another platform's pipe)
        pass


@dataclass
class _Worker:
    proc: Any
    conn: Connection
    #: the inputs it was given (sequence number, task, when sent), in order: it is on the first
    pending: deque[tuple[int, Task, float]] = field(default_factory=deque)
    started: float = 0.0  # when it began the first of ``pending``

    def take(self, ready: dict[int, Result]) -> None:
        """Read one result into ``ready``; the next input began when the worker ended this one,
        or when it was sent if that was later."""
        got_seq, result, ended = self.conn.recv()
        seq, _, _ = self.pending.popleft()
        assert got_seq == seq
        ready[seq] = result
        if self.pending:
            self.started = max(ended, self.pending[0][2])

    def drain(self, ready: dict[int, Result]) -> None:
        """Read every result already in the pipe of a worker that has gone (or whose pipe broke)."""
        try:
            while self.pending and self.conn.poll():
                self.take(ready)
        except (EOFError, OSError):
            pass


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

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _spawn(self) -> _Worker:
        if self.warm_up:
            _warm_up(self.patterns, self.jobs)
            self.warm_up = False
        parent, child = self.ctx.Pipe()
        _widen(child)
        inherited = [parent, *(w.conn for w in self.workers)]
        proc = self.ctx.Process(
            target=_worker_main,
            args=(child, inherited, self.patterns, self.max_bytes, self.script, self.tagger),
            daemon=True,
            name="gov-facts-worker",
        )
        proc.start()
        child.close()
        worker = _Worker(proc, parent)
        self.workers.append(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        """Kill a worker (timed out or dead) and forget it."""
        if worker.proc.is_alive():
            worker.proc.kill()
        worker.proc.join()
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
        """Give queued inputs (in order) to workers while they have room; the ``last`` of the run
        only to an idle worker: queued behind a busy one's page, one would keep its worker busy
        after the other had ended (the run's tail)."""
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
            self._hand_out(queued, ready, last=exhausted)
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
            handles: list[Any] = [w.conn for w in busy] + [w.proc.sentinel for w in busy]
            fired = set(multiprocessing.connection.wait(handles, timeout=wait))
            now = time.monotonic()
            for worker in busy:
                self._collect(worker, fired, now, queued, ready)
