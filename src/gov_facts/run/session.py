"""One run over many inputs: entries -> results -> one sink, the ``--errors`` rows, the summary.

The same session drives a local batch (worker processes on this machine) and a
Dask run (a cluster's workers): it finds the inputs, leaves out the run's own
output files when they sit in a walked folder, writes each record to the sink in
input order (a file that appears only when complete, or a stream such as stdout),
writes each failure as an errors row, and counts every input in a
:class:`~gov_facts.run.outcome.Summary`. The CLI only maps its options onto
:class:`RunOptions` and reports what the session tells it.

    >>> from gov_facts.run.session import RunOptions, RunSession
    >>> summary = RunSession(["archive/"], options=RunOptions(output=Path("facts.jsonl"))).run()
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path
from typing import IO, TYPE_CHECKING, BinaryIO, TypeVar

import orjson

from ..archive.errors import ArchiveError, archive_files
from ..facts.shadow import SCRIPTS, Script
from ..output.formats import Encoder, encoder
from ..output.resumable import Done, ResumableOutput, ResumeError, part_path, state_path
from ..read.discover import Selection, discover
from ..read.items import DEFAULT_MAX_BYTES, InputFailure, Item, Task
from ..read.warc import is_warc
from ..rules.patterns import Patterns, builtin_dir, load_patterns
from . import alone as _alone
from .batch import default_jobs, run
from .outcome import DEFAULT_TIMEOUT, Result, Summary
from .parts import join_parts
from .skipped import OwnFiles, own_files_of, skipping, without_own

if TYPE_CHECKING:
    from ..archive.load import ArchiveWriter

FORMATS = ("jsonl", "json", "csv", "parquet")
_T = TypeVar("_T")


class RunError(Exception):
    """The run cannot start or cannot go on: options that do not go together, an output that
    cannot be written, an unfinished run of another format, an unreachable cluster.

    ``problem`` names the rule that was broken (one of :data:`PROBLEMS`, or "" for an error
    of the environment), so a front end can word it in its own terms (the CLI in flags).
    """

    def __init__(self, message: str, problem: str = "") -> None:
        super().__init__(message)
        self.problem = problem


class ArchiveFailed(RunError):
    """Writing into the archive database failed part-way (a full disk): every batch before the
    failing one is kept, and the same command run again loads the rest."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "archive_failed")


class OutputError(RunError):
    """Writing the output failed part-way (a full disk); ``kept`` says whether what was written
    is kept for the run to be resumed."""

    def __init__(self, target: str, reason: str, kept: bool) -> None:
        hint = "; what was written is kept: fix that, then resume the run" if kept else ""
        super().__init__(f"{target}: cannot write output: {reason}{hint}", "output_failed")
        self.target, self.reason, self.kept = target, reason, kept


#: the rules about options, as :attr:`RunError.problem` names them
PROBLEMS = {
    "unknown_format": "the format is one of " + ", ".join(FORMATS),
    "parquet_needs_output": "the parquet format needs an output file",
    "resume_needs_output": "resuming needs an output file",
    "bom_needs_csv": "a BOM applies only to the csv format",
    "dask_with_jobs": "a Dask run takes no number of jobs: the cluster has its workers",
    "dask_with_resume": "a Dask run cannot be resumed",
    "dask_format": "a Dask run writes jsonl or parquet",
    "unknown_script": "the script is one of " + ", ".join(SCRIPTS),
    "db_is_the_sink": "the archive database is the run's sink: no output file, format or resume with it",
}


@dataclass(frozen=True)
class RunOptions:
    """Everything a run is asked to do besides its inputs and patterns."""

    fmt: str = "jsonl"
    #: the output file (or, for Parquet on a cluster, the dataset folder); None writes to the stream
    output: Path | None = None
    bom: bool = False
    excel_safe: bool = False
    #: also write each failed input here as a JSONL row ``{input, error, message}``
    errors: Path | None = None
    #: finish an unfinished run of the same output instead of starting afresh
    resume: bool = False
    #: worker processes; None: one per CPU (one input named alone: this process, under ``timeout``);
    #: 0: in this process (no time limit: for debugging)
    jobs: int | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    #: seconds one input may take (local workers, or this process for one input alone); 0 or None: no limit
    timeout: float | None = DEFAULT_TIMEOUT
    selection: Selection = field(default_factory=Selection)
    #: a Dask scheduler address, or "local" for a LocalCluster; None runs on this machine
    dask: str | None = None
    #: pages per Dask partition (a WARC file is always a partition of its own)
    partition_size: int = 100
    #: processes of a local Dask cluster (default one per CPU)
    local_workers: int | None = None
    connect_timeout: float = 10.0
    #: the publish date to assume for inputs that state none (ISO, 2023-10-20): anchors 今年, 去年…
    published: str | None = None
    #: the script of the facts' subject, unit and time text: the page's own, or simplified
    script: Script = "original"
    #: an archive database (DuckDB) to load the records into instead of writing them out
    db: Path | None = None
    #: seconds to wait for another process that holds the archive
    db_wait: float = 0.0
    #: seconds between the archive's commits (a crash loses at most the work since the last)
    db_commit: float = 10.0

    def problems(self) -> list[str]:
        """The rules of :data:`PROBLEMS` these options break (empty when all is well)."""
        broken = {
            "unknown_format": self.fmt not in FORMATS,
            "parquet_needs_output": self.output is None and self.fmt == "parquet",
            "resume_needs_output": self.output is None and self.resume,
            "bom_needs_csv": self.bom and self.fmt != "csv",
            "dask_with_jobs": self.dask is not None and self.jobs is not None,
            "dask_with_resume": self.dask is not None and self.resume,
            "dask_format": self.dask is not None and self.fmt not in ("jsonl", "parquet"),
            "unknown_script": self.script not in SCRIPTS,
            "db_is_the_sink": self.db is not None
            and (self.output is not None or self.resume or self.fmt != "jsonl" or self.bom),
        }
        return [name for name, hit in broken.items() if hit]


class ErrorRows:
    """The ``--errors`` file: one JSON row per failed input, flushed as it comes."""

    def __init__(self, path: Path | None, append: bool = False) -> None:
        self.fh: IO[bytes] | None = None
        if path is not None:
            try:
                self.fh = open(path, "ab" if append else "wb")  # noqa: SIM115 - closed by close()
            except OSError as exc:
                raise RunError(f"{path}: cannot write the errors file: {exc.strerror or exc}") from None

    def add(self, failure: InputFailure) -> None:
        if self.fh is not None:
            self.fh.write(orjson.dumps(failure.to_dict()) + b"\n")
            self.fh.flush()

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
            self.fh = None


@dataclass
class Opened:
    """What :meth:`RunSession.open` found: an earlier run to resume, or a complete output."""

    resumed: int = 0
    #: the output is already complete and there is nothing to resume: the run has nothing to do
    complete: bool = False
    #: resuming was asked for, but there was no unfinished run: starting from the beginning
    nothing_to_resume: bool = False
    #: an unfinished earlier run of the same output was discarded (not resuming)
    discarded: bool = False


class RunSession:
    """One run: call :meth:`open` (or let :meth:`run` do it), then :meth:`run`.

    ``on_result`` sees every result in input order (a failure too) after it is
    counted; ``tick`` is called at least every 0.2 s while workers are busy (for a
    progress bar). ``stream`` receives the records when there is no output file.
    Raises :class:`RunError` when the run cannot start or its output cannot be
    written; a KeyboardInterrupt leaves an unfinished output for ``resume``.
    """

    def __init__(
        self,
        entries: Sequence[str],
        patterns: Patterns | None = None,
        options: RunOptions | None = None,
        *,
        stdin: BinaryIO | None = None,
        stream: IO[bytes] | None = None,
        on_result: Callable[[Result], None] | None = None,
        tick: Callable[[], None] | None = None,
        texts: Sequence[str] = (),
    ) -> None:
        self.entries = list(entries)
        #: pieces of text to read as they stand (``--text``), after the entries, named text:1, text:2…
        self.texts = list(texts)
        self.patterns = patterns if patterns is not None else load_patterns()
        self.options = options or RunOptions()
        self.stdin = stdin
        self.stream = stream
        self.on_result = on_result
        self.tick = tick
        self.summary = Summary()
        self.sink: ResumableOutput | None = None
        #: the archive database the records go into (``RunOptions.db``)
        self.archive: ArchiveWriter | None = None
        self._done: Done | None = None
        self._opened: Opened | None = None
        problems = self.options.problems()
        if problems:
            raise RunError(f"{PROBLEMS[problems[0]]} (format {self.options.fmt})", problems[0])

    @property
    def single(self) -> bool:
        """One page or text named on its own (not a folder, a WARC file or a list): no worker warm-up."""
        e = self.entries
        if len(e) + len(self.texts) != 1:
            return False
        return not e or (e[0] != "-" and not os.path.isdir(e[0]) and not is_warc(e[0]))

    @property
    def reads_alone(self) -> bool:
        """Whether the run reads its one input in this process, under the time limit, rather
        than in a worker (:mod:`.alone`): one input named on its own, no ``--jobs``, no cluster,
        and a timer can be set here. The one decision: the batch follows it, and so does the
        command, which keeps the collector off for such a run (the page is read with it paused
        and the command ends)."""
        opt = self.options
        return self.single and opt.jobs is None and opt.dask is None and _alone.usable()

    def text_tasks(self) -> Iterator[Task]:
        """The ``texts`` as tasks: read as they stand, named text:1, text:2…"""
        for i, text in enumerate(self.texts, 1):
            yield Task(f"text:{i}", data=text.encode("utf-8"), snippet=True)

    def dated(self, items: Iterable[_T]) -> Iterator[_T]:
        """``items`` with the run's assumed publish date attached (when it has one)."""
        published = self.options.published
        for item in items:
            yield replace(item, published=published) if published and isinstance(item, Task) else item

    def open(self) -> Opened:
        """Prepare the output: start it, or find the earlier run to resume; never reads an input."""
        if self._opened is not None:
            return self._opened
        opt = self.options
        opened = Opened()
        if opt.db is not None:
            self.archive = self._open_archive(opt.db)
        if opt.output is not None and not (opt.dask is not None and opt.fmt == "parquet"):
            if opt.resume and self._complete(opt.output):
                self._opened = Opened(complete=True)
                return self._opened
            self.sink = ResumableOutput(opt.output, opt.fmt, opt.bom, opt.excel_safe)
            had_state = state_path(opt.output).exists()
            try:
                done = self.sink.open(opt.resume)
            except ResumeError as exc:
                raise RunError(str(exc)) from None
            except OSError as exc:
                raise RunError(f"{opt.output}: cannot write: {exc.strerror or exc}") from None
            opened.nothing_to_resume = opt.resume and not done
            opened.discarded = had_state and not opt.resume
            for status, facts in done.outcomes:
                self.summary.add(status, facts)
            self.summary.resumed = opened.resumed = len(done)
            self._done = done
        self._opened = opened
        return opened

    def _open_archive(self, path: Path) -> ArchiveWriter:
        opt = self.options
        extra = [s.path for s in self.patterns.sources if not s.path.startswith(str(builtin_dir()))]
        try:
            from ..archive.load import ArchiveWriter

            archive = ArchiveWriter(path, inputs=self.entries, patterns=extra, wait=opt.db_wait,
                                    max_bytes=opt.max_bytes, batch_seconds=opt.db_commit)  # fmt: skip
            archive.open()
        except ImportError as exc:
            raise RunError(f"the archive needs gov-facts[db]: pip install 'gov-facts[db]' ({exc})") from None
        except ArchiveError as exc:
            raise RunError(str(exc), f"archive_{exc.kind}") from None
        return archive

    def unchanged(self, name: str, status: str, facts: int) -> None:
        """Count a page the archive already holds (it is not read again)."""
        self.summary.add(status, facts)
        self.summary.unchanged += 1

    @staticmethod
    def _complete(output: Path) -> bool:
        """An output file that exists with no unfinished run beside it: a finished run's."""
        return output.is_file() and not state_path(output).exists() and not part_path(output).exists()

    def run(self) -> Summary:
        """Run every input; returns the summary. The output appears only when the run is complete."""
        if self.open().complete:
            return self.summary
        try:
            if self.options.dask is not None:
                from .dask_run import run_on_cluster

                return run_on_cluster(self)
            return self._run_local()
        except ArchiveError as exc:  # writing into the archive failed part-way
            raise ArchiveFailed(str(exc)) from None

    # --- the local batch -------------------------------------------------------------------------

    def items(self) -> Iterator[Item]:
        """The inputs to read, less those an earlier run finished and the run's own files."""
        opt = self.options
        found = discover(self.entries, opt.selection, stdin=self.stdin, max_bytes=opt.max_bytes)
        items: Iterable[Item] = self.dated(chain(found, self.text_tasks()))
        if self._done is not None and self._done.inputs:
            items = skipping(items, dict(self._done.inputs))
        if opt.output is not None or opt.db is not None:
            own = own_files_of(opt.output) if opt.output is not None else archive_files(opt.db)
            items = without_own(items, OwnFiles(own + ([opt.errors] if opt.errors is not None else [])))
        if self.archive is not None:
            items = self.archive.fresh(items, on_unchanged=self.unchanged)
        return iter(items)

    def report(self, result: Result, errors: ErrorRows) -> None:
        """Count one result, write its errors row, and tell the caller."""
        if result.failure is not None:
            errors.add(result.failure)
        if self.on_result is not None:
            self.on_result(result)

    def _run_local(self) -> Summary:
        opt = self.options
        errors = ErrorRows(opt.errors, append=opt.resume and self.summary.resumed > 0)
        enc: Encoder | None = None
        out = self.stream if self.stream is not None else sys.stdout.buffer
        if self.sink is None and self.archive is None:
            enc = encoder(opt.fmt, opt.bom, opt.excel_safe)
        results = join_parts(run(
            self.items(), self.patterns,
            jobs=default_jobs() if opt.jobs is None else opt.jobs, max_bytes=opt.max_bytes,
            timeout=opt.timeout, on_result=lambda r: self.report(r, errors), tick=self.tick,
            summary=self.summary, warm_up=not self.single, script=opt.script,
            alone=self.reads_alone,
        ))  # fmt: skip
        written = 0
        try:
            if enc is not None:
                out.write(enc.header())
            for result in results:
                if self.archive is not None:
                    self.archive.add(result.input, result.record, result.failure, result.facts)
                elif self.sink is not None:
                    if result.record is not None:
                        self.sink.write(result.record)
                    self.sink.commit(result.input, result.status, result.facts)
                elif enc is not None and result.record is not None:
                    out.write(enc.record(result.record, written))
                    written += 1
                    out.flush()
                if self.tick is not None:
                    self.tick()
            if enc is not None:
                out.write(enc.footer(written))
                out.flush()
            if self.sink is not None:
                self.sink.finish()
            if self.archive is not None:
                self.archive.finish()
        except (KeyboardInterrupt, BrokenPipeError):
            if self.sink is not None:
                self.sink.close()
            if self.archive is not None:
                self.archive.close("interrupted")
            raise
        except ArchiveError:
            raise
        except OSError as exc:
            keep = self.sink is not None and not self.sink.direct
            if self.sink is not None:
                self.sink.close()
            raise OutputError(str(opt.output or "stdout"), str(exc.strerror or exc), keep) from None
        finally:
            results.close()  # type: ignore[attr-defined]
            errors.close()
        return self.summary
