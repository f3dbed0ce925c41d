"""The batch progress bar on stderr (CLI only: the library never imports rich).

Refreshed by the caller (``update()`` from the batch loop) rather than by a
rich background thread, so worker processes are never forked while another
thread holds a lock.
"""

from __future__ import annotations

import time
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)

from ..run.outcome import Summary


class ProgressBar:
    """files done/total, pages/s, facts and errors so far, ETA."""

    def __init__(self, summary: Summary, total: int | None, console: Console | None = None) -> None:
        self.summary = summary
        self.console = console or Console(stderr=True)
        self.progress = Progress(
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[rate]} pages/s"),
            TextColumn("{task.fields[facts]} facts"),
            TextColumn("{task.fields[errors]} errors"),
            TimeRemainingColumn(),
            console=self.console,
            auto_refresh=False,
            transient=True,
        )
        self.task = self.progress.add_task("extract", total=total, rate="-", facts=0, errors=0)
        self.started = time.monotonic()
        self.start_done = summary.read
        self.last = 0.0

    def __enter__(self) -> ProgressBar:
        self.progress.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.progress.stop()

    def print(self, message: str) -> None:
        """A line above the bar (an input's error)."""
        self.progress.console.print(message, markup=False, highlight=False, soft_wrap=True)

    def update(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last < 0.1:
            return
        self.last = now
        s = self.summary
        elapsed = now - self.started
        if s.read == self.start_done:  # the pages/s clock starts with the first page (after start-up)
            self.started = now
        rate = f"{(s.read - self.start_done) / elapsed:.1f}" if elapsed > 0.5 else "-"
        self.progress.update(self.task, completed=s.read, rate=rate, facts=s.facts, errors=s.errors)
        self.progress.refresh()
