"""``gov-facts extract``: the options mapped onto one :class:`~gov_facts.run.session.RunSession`.

Records go to stdout (or ``-o FILE``), progress and errors to stderr; the run's
rules (what options go together, how the output is written, what is skipped)
are the session's, worded here in flags.
"""

from __future__ import annotations

import enum
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .common import (
    Bom,
    Debug,
    Errors,
    ExcelSafe,
    ExitCode,
    Format,
    Inputs,
    Jobs,
    MaxBytes,
    OutputFormat,
    Patterns_,
    Quiet,
    err,
    load_patterns_or_exit,
    parse_size,
    resume_collector,
    usage,
    work_done,
    writable_parent,
)
from .common import Output as OutputOpt

if TYPE_CHECKING:
    from ..rules.patterns import Patterns
    from ..run.outcome import Result
    from ..run.session import RunError, RunOptions

#: the session's rules about options, in the words of this command's flags
_IN_FLAGS = {
    "parquet_needs_output": "--format parquet needs an output file: add -o FILE",
    "resume_needs_output": "--resume needs an output file: add -o FILE",
    "bom_needs_csv": "--bom applies only to --format csv",
    "dask_with_jobs": "--dask cannot be used with --jobs (the cluster has its workers) or --resume",
    "dask_with_resume": "--dask cannot be used with --jobs (the cluster has its workers) or --resume",
    "dask_format": "--dask writes --format jsonl or parquet, not {fmt}",
    "no_dask": "--dask needs dask: pip install 'gov-facts[dask]'",
    "db_is_the_sink": "--db is the run's sink: the records go into the archive, not to -o, --format, --bom "
    "or --resume (a run into the archive needs no --resume: the same command again loads the rest)",
}


class ScriptName(str, enum.Enum):
    """The script of the facts' subject, unit and time text."""

    original = "original"
    simplified = "simplified"


def _in_flags(exc: RunError, fmt: str) -> str:
    words = _IN_FLAGS.get(exc.problem)
    return words.format(fmt=fmt) if words else str(exc)


def extract(
    inputs: Inputs = None,
    fmt: Format = OutputFormat.jsonl,
    output: OutputOpt = None,
    bom: Bom = False,
    excel_safe: ExcelSafe = False,
    patterns: Patterns_ = None,
    quiet: Quiet = False,
    debug: Debug = False,
    glob: Annotated[
        list[str] | None,
        typer.Option(
            "--glob",
            metavar="GLOB",
            help="In directories, take files matching this (not page endings); repeatable.",
        ),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude", metavar="GLOB", help="In directories, skip files and folders matching this."
        ),
    ] = None,
    from_list: Annotated[
        str | None,
        typer.Option("--from-list", metavar="FILE|-", help="Also read the inputs named in FILE, one a line."),
    ] = None,
    jobs: Jobs = None,
    errors: Errors = None,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            metavar="",
            help="Finish a stopped run with the same -o: only the inputs not done yet.",
        ),
    ] = False,
    max_bytes: MaxBytes = "20MB",
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout",
            min=0,
            metavar="SECONDS",
            help="Seconds one input may take before it fails; 0: no limit.",
        ),
    ] = 30.0,
    text: Annotated[
        list[str] | None,
        typer.Option(
            "--text",
            metavar="TEXT",
            help="Also read this piece of text as it stands (a sentence, a paragraph); repeatable.",
        ),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            metavar="DATE",
            help="The publish date to assume where an input states none (2023-10-20): anchors 今年, 去年.",
        ),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Run on a Dask cluster (tcp://HOST:8786, or 'local'): jsonl or parquet (a dataset folder); "
            "not with --jobs or --resume. See docs/cluster.md.",
        ),
    ] = None,
    script: Annotated[
        ScriptName,
        typer.Option(
            "--script",
            metavar="SCRIPT",
            help="Subject, unit and time text as the page writes them (original) or in simplified "
            "characters (simplified), to put Hong Kong, Macau and Taiwan figures beside mainland ones; "
            "offsets, text and sentence stay the page's.",
        ),
    ] = ScriptName.original,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            metavar="FILE",
            help="Load the records into this archive database (DuckDB; made on first use): pages already "
            "in it are skipped, changed ones replaced, reprints linked. Needs gov-facts[db].",
        ),
    ] = None,
    db_wait: Annotated[
        float,
        typer.Option(
            "--db-wait",
            min=0,
            metavar="SECONDS",
            help="Wait this long for another process that holds the archive, then fail.",
        ),
    ] = 0.0,
    db_commit: Annotated[
        float,
        typer.Option(
            "--db-commit",
            min=0.1,
            metavar="SECONDS",
            help="Commit what is loaded into the archive this often (a crash loses at most that much work).",
        ),
    ] = 10.0,
) -> None:
    """Extract article metadata and facts from each input; records in input order.

    Failed inputs are reported on stderr (and with --errors as JSONL rows) and
    the run goes on; the exit status is 1 if any input failed or had no article.
    After a crash or Ctrl-C, the same command with --resume finishes the rest.
    """
    from ..read.discover import Selection
    from ..run.session import RunError, RunOptions

    limit = parse_size(max_bytes)
    if output is not None and str(output) == "-":
        output = None  # -o - is stdout
    entries = list(inputs or [])
    if from_list is not None:
        entries += _read_list(from_list)
    elif not entries and not text:
        raise usage(
            "nothing to read: give pages, directories or WARC files, '-' for stdin, --from-list or --text"
        )
    if published is not None:
        try:
            date.fromisoformat(published.strip())
        except ValueError:
            raise usage(f"--published {published}: not a date (give it as 2023-10-20)") from None
    if from_list == "-" and "-" in entries:
        raise usage("stdin cannot be both an input ('-') and --from-list -")
    selection = Selection(tuple(glob or ()), tuple(exclude or ()))
    options = RunOptions(
        fmt=fmt.value, output=output, bom=bom, excel_safe=excel_safe, errors=errors, resume=resume,
        jobs=jobs, max_bytes=limit, timeout=timeout, selection=selection, dask=dask,
        published=published.strip() if published else None, script=script.value, db=db, db_wait=db_wait,
        db_commit=db_commit,
    )  # fmt: skip
    problems = options.problems()
    if problems:
        raise usage(_IN_FLAGS.get(problems[0], problems[0]).format(fmt=fmt.value))
    writable_parent(output)
    writable_parent(errors)
    writable_parent(db)
    pats = load_patterns_or_exit(patterns)
    try:
        code = _run(
            entries, pats, options, quiet=quiet, debug=debug, listed=from_list is not None, texts=text or []
        )
    except RunError as exc:
        raise usage(_in_flags(exc, fmt.value)) from None
    except (typer.Exit, KeyboardInterrupt):
        raise
    except Exception as exc:
        if debug:
            raise
        err(f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)")
        raise typer.Exit(ExitCode.INPUT_FAILED) from None
    if options.dask is None and options.db is None:
        work_done()  # the output and errors files are closed, the workers gone
    raise typer.Exit(code)


def _read_list(source: str) -> list[str]:
    from ..read.discover import read_list

    try:
        if source == "-":
            return read_list(sys.stdin.buffer)
        with open(source, "rb") as fh:
            return read_list(fh)
    except OSError as exc:
        raise usage(f"{source}: cannot read the list: {exc.strerror or exc}") from None


def _run(
    entries: list[str],
    pats: Patterns,
    options: RunOptions,
    *,
    quiet: bool,
    debug: bool,
    listed: bool,
    texts: list[str],
) -> ExitCode:
    """The run once its options are checked; returns the exit code."""
    from ..read.discover import count
    from ..run.session import ArchiveFailed, OutputError, RunSession

    bar = None

    def report(result: Result) -> None:
        failure = result.failure
        if failure is None:
            return
        if bar is not None:
            bar.print(f"gov-facts: {failure.line()}")
        else:
            err(failure.line())
        if debug and failure.detail:
            sys.stderr.write(failure.detail)

    session = RunSession(
        entries, pats, options, stdin=sys.stdin.buffer if "-" in entries else None,
        stream=sys.stdout.buffer, on_result=report, texts=texts,
    )  # fmt: skip
    opened = session.open()
    output = options.output
    if opened.complete:
        if not quiet:
            err(f"{output}: the run is already complete; nothing to resume (without --resume it runs again)")
        return ExitCode.OK
    if not quiet and opened.nothing_to_resume:
        err(f"{output}: no unfinished run to resume; starting from the beginning")
    elif not quiet and opened.discarded:
        err(f"{output}: starting afresh; the unfinished earlier run is discarded (--resume finishes one)")
    if not quiet and sys.stderr.isatty() and options.dask is None:
        from .progress import ProgressBar

        bar = ProgressBar(session.summary, count(entries, options.selection) + len(texts))
        session.tick = bar.update
    if (output is not None or options.db is not None) and options.dask is None:
        _stop_on_sigterm()
    try:
        if bar is not None:
            bar.__enter__()
        if not session.reads_alone:  # the run's own decision (run/session.py), not a second one
            # held off by the entry point while the modules and rules loaded. One input named on
            # its own keeps it off: the command then reads that page in its own process with the
            # collector paused anyway (run/alone.py, run/collector.py) and ends; the collection
            # that the page's allocations set off right after it walked all that the page and its
            # first use of the tables left (34,000 objects, some 5 ms) to free a few hundred
            resume_collector()
        summary = session.run()
    except BrokenPipeError:
        # the reader went away (| head): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.OK
    except KeyboardInterrupt:
        if bar is not None:
            bar.__exit__()
            bar = None
        if options.db is not None:
            err("interrupted; the archive keeps what was loaded: run the same command again to load the rest")
        elif output is not None and options.dask is None:
            done = session.summary.read
            err(f"interrupted after {done} inputs; run the same command with --resume to finish")
        else:
            err("interrupted")
        raise typer.Exit(130) from None
    except ArchiveFailed as exc:
        err(str(exc))
        return ExitCode.INPUT_FAILED
    except OutputError as exc:
        hint = (
            "; what was written is kept: fix that, then run the same command with --resume"
            if exc.kept
            else ""
        )
        err(f"{exc.target}: cannot write output: {exc.reason}{hint}")
        return ExitCode.INPUT_FAILED
    finally:
        if bar is not None:
            bar.__exit__()
    if not quiet and (listed or not session.single or summary.read != 1 or summary.unchanged):
        err(summary.line())
    for note in session.archive.notes if session.archive is not None else ():
        err(note)
    return ExitCode.INPUT_FAILED if summary.errors else ExitCode.OK


def _stop_on_sigterm() -> None:
    """SIGTERM stops a run like Ctrl-C does: workers ended, the part file kept for --resume."""
    import signal
    import threading

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, handler)
