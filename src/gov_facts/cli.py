"""The ``gov-facts`` command: a thin layer that maps options onto library calls.

Records go to stdout (or ``-o FILE``), progress and errors to stderr; exit
codes are :class:`ExitCode`.
"""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import __version__
from .cli_show import show

if TYPE_CHECKING:
    from .inputs import Item


class ExitCode(enum.IntEnum):
    """What the process exit status means."""

    OK = 0
    INPUT_FAILED = 1  # some inputs gave no record (each one reported on stderr)
    USAGE = 2  # bad options, or a patterns file that does not load


class OutputFormat(str, enum.Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    parquet = "parquet"


app = typer.Typer(
    name="gov-facts",
    help="Turn Chinese government news pages into structured, checkable facts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"gov-facts {__version__}")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn Chinese government news pages into structured, checkable facts."""


def _err(message: str) -> None:
    sys.stderr.write(f"gov-facts: {message}\n")
    sys.stderr.flush()


def _load_patterns(files: list[Path] | None) -> object:
    from .errors import PatternError
    from .patterns import load_patterns

    try:
        return load_patterns(files or [])
    except PatternError as exc:
        _err(str(exc))
        raise typer.Exit(ExitCode.USAGE) from exc


FORMAT_OPT = typer.Option(
    "--format",
    "-f",
    help="jsonl (one record per line), json (array), csv (one row per fact), parquet (needs -o).",
)
OUTPUT_OPT = typer.Option("--output", "-o", help="Write here instead of stdout (appears only when complete).")
BOM_OPT = typer.Option("--bom", help="With csv: start with a UTF-8 BOM so Excel reads Chinese right.")
PATTERNS_OPT = typer.Option("--patterns", help="Extra patterns file (TOML); repeatable.")
DEBUG_OPT = typer.Option("--debug", help="Show tracebacks for internal errors.")
QUIET_OPT = typer.Option("--quiet", "-q", help="No progress bar and no summary line on stderr.")


def _usage(message: str) -> typer.Exit:
    _err(message)
    return typer.Exit(ExitCode.USAGE)


def parse_size(text: str) -> int:
    """``20MB``, ``500k``, ``1048576`` -> bytes (binary multiples)."""
    units = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    t = text.strip().lower().removesuffix("b").removesuffix("i")
    num, unit = (t[:-1], t[-1]) if t and t[-1] in "kmg" else (t, "")
    try:
        value = float(num)
    except ValueError:
        raise typer.BadParameter(f"not a size: {text!r} (try 20MB, 500k or a number of bytes)") from None
    if value <= 0:
        raise typer.BadParameter("must be more than 0")
    return int(value * units[unit])


def _excel_safe(on: bool) -> bool:
    """--excel-safe: every CSV encoder of this run neutralizes formula-like text cells."""
    from .export import set_excel_safe

    return set_excel_safe(on)


@app.command()
def extract(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(help="Pages (HTML or text dumps, .gz too), directories, WARC files; '-' reads stdin."),
    ] = None,
    fmt: Annotated[OutputFormat, FORMAT_OPT] = OutputFormat.jsonl,
    output: Annotated[Path | None, OUTPUT_OPT] = None,
    bom: Annotated[bool, BOM_OPT] = False,
    excel_safe: Annotated[
        bool,
        typer.Option(
            "--excel-safe",
            callback=_excel_safe,
            help="With csv: put ' before text cells starting with = + - @ so Excel shows, not runs, them.",
        ),
    ] = False,
    patterns: Annotated[list[Path] | None, PATTERNS_OPT] = None,
    quiet: Annotated[bool, QUIET_OPT] = False,
    debug: Annotated[bool, DEBUG_OPT] = False,
    glob: Annotated[
        list[str] | None,
        typer.Option(
            "--glob", help="In directories, take files matching this (instead of page endings); repeatable."
        ),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", help="In directories, skip files and folders matching this."),
    ] = None,
    from_list: Annotated[
        str | None,
        typer.Option("--from-list", metavar="FILE|-", help="Also read the inputs named in FILE, one a line."),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=0, help="Worker processes (default: one per CPU); 0: in-process (debugging)."
        ),
    ] = None,
    errors: Annotated[
        Path | None, typer.Option("--errors", help="Also write each failed input as a JSONL row here.")
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Finish a stopped run with the same -o: only the inputs not done yet."),
    ] = False,
    max_bytes: Annotated[
        str, typer.Option("--max-bytes", metavar="SIZE", help="Inputs larger than this fail (after gunzip).")
    ] = "20MB",
    timeout: Annotated[
        float,
        typer.Option("--timeout", min=0, help="Seconds one input may take before it fails; 0: no limit."),
    ] = 30.0,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Run on a Dask cluster (tcp://HOST:8786, or 'local'): jsonl or parquet (a dataset folder); "
            "not with --jobs or --resume. See docs/cluster.md.",
        ),
    ] = None,
) -> None:
    """Extract article metadata and facts from each input; records in input order.

    Failed inputs are reported on stderr (and with --errors as JSONL rows) and
    the run goes on; the exit status is 1 if any input failed or had no article.
    After a crash or Ctrl-C, the same command with --resume finishes the rest.
    """
    limit = parse_size(max_bytes)
    if output is not None and str(output) == "-":
        output = None  # -o - is stdout
    entries = list(inputs or [])
    if from_list is not None:
        entries += _read_list(from_list)
    elif not entries:
        raise _usage("nothing to read: give pages, directories or WARC files, '-' for stdin, or --from-list")
    if from_list == "-" and "-" in entries:
        raise _usage("stdin cannot be both an input ('-') and --from-list -")
    if output is None and (fmt is OutputFormat.parquet or resume):
        raise _usage(f"{'--format parquet' if not resume else '--resume'} needs an output file: add -o FILE")
    if bom and fmt is not OutputFormat.csv:
        raise _usage("--bom applies only to --format csv")
    for path in (output, errors):
        if path is not None and not (path.parent if str(path.parent) else Path(".")).is_dir():
            raise _usage(f"{path}: cannot write there: no such directory")
    pats = _load_patterns(patterns)
    if dask is not None:  # the same extraction on a Dask cluster: gov_facts.distributed.run_dask
        if jobs is not None or resume:
            raise _usage("--dask cannot be used with --jobs (the cluster has its workers) or --resume")
        from .batch import Result
        from .distributed import DaskError, run_dask
        from .inputs import Selection

        def report(result: Result) -> None:
            failure = result.failure
            if failure is not None:
                _err(failure.line())
                if debug and failure.detail:
                    sys.stderr.write(failure.detail)

        try:
            summary = run_dask(
                entries, pats, dask, output=output, fmt=fmt.value,  # type: ignore[arg-type]
                selection=Selection(tuple(glob or ()), tuple(exclude or ())), max_bytes=limit,
                stdin=sys.stdin.buffer if "-" in entries else None, errors=errors, on_result=report,
            )  # fmt: skip
        except DaskError as exc:
            raise _usage(str(exc)) from None
        if not quiet:
            _err(summary.line())
        raise typer.Exit(ExitCode.INPUT_FAILED if summary.errors else ExitCode.OK)
    try:
        code = _extract(
            entries, pats, fmt.value, output, bom=bom, quiet=quiet, debug=debug, glob=glob or [],
            exclude=exclude or [], from_list=from_list, jobs=jobs, errors=errors, resume=resume,
            max_bytes=limit, timeout=timeout,
        )  # fmt: skip
    except (typer.Exit, KeyboardInterrupt):
        raise
    except Exception as exc:
        if debug:
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)")
        raise typer.Exit(ExitCode.INPUT_FAILED) from None
    raise typer.Exit(code)


def _read_list(source: str) -> list[str]:
    from .inputs import read_list

    try:
        if source == "-":
            return read_list(sys.stdin.buffer)
        with open(source, "rb") as fh:
            return read_list(fh)
    except OSError as exc:
        raise _usage(f"{source}: cannot read the list: {exc.strerror or exc}") from None


def _extract(
    entries: list[str],
    pats: object,
    fmt: str,
    output: Path | None,
    *,
    bom: bool,
    quiet: bool,
    debug: bool,
    glob: list[str],
    exclude: list[str],
    from_list: str | None,
    jobs: int | None,
    errors: Path | None,
    resume: bool,
    max_bytes: int,
    timeout: float,
) -> ExitCode:
    """The extract command once its options are checked; returns the exit code."""
    from .batch import Result, Summary, default_jobs, run
    from .export import encoder
    from .inputs import Selection, count, discover, is_warc
    from .output import ResumableOutput, ResumeError, state_path

    selection = Selection(tuple(glob), tuple(exclude))
    summary = Summary()
    sink: ResumableOutput | None = None
    skip: dict[str, int] = {}
    if output is not None:
        sink = ResumableOutput(output, fmt, bom)
        had_state = state_path(output).exists()
        try:
            done = sink.open(resume)
        except ResumeError as exc:
            raise _usage(str(exc)) from None
        except OSError as exc:
            raise _usage(f"{output}: cannot write: {exc.strerror or exc}") from None
        if resume and not done and not quiet:
            _err(f"{output}: no unfinished run to resume; starting from the beginning")
        elif had_state and not resume and not quiet:
            _err(
                f"{output}: starting afresh; the unfinished earlier run is discarded (--resume finishes one)"
            )
        for status, facts in done.outcomes:
            summary.add(status, facts)
        summary.resumed = len(done)
        skip = dict(done.inputs)

    stdin = sys.stdin.buffer if "-" in entries else None
    items = discover(entries, selection, stdin=stdin, max_bytes=max_bytes)
    if skip:
        items = _skipping(items, skip)
    if output is not None:
        own = [output, errors] if errors is not None else [output]
        items = _without_own_files(items, [f for p in own for f in _own_files(p)])

    err_fh = None
    if errors is not None:
        err_fh = open(errors, "ab" if resume and summary.resumed else "wb")  # noqa: SIM115 - closed below

    bar = None
    if not quiet and sys.stderr.isatty():
        from .cli_progress import ProgressBar

        total = count(entries, selection)
        bar = ProgressBar(summary, total)

    def report(result: Result) -> None:
        failure = result.failure
        if failure is None:
            return
        if bar is not None:
            bar.print(f"gov-facts: {failure.line()}")
        else:
            _err(failure.line())
        if debug and failure.detail:
            sys.stderr.write(failure.detail)
        if err_fh is not None:
            import orjson

            err_fh.write(orjson.dumps(failure.to_dict()) + b"\n")
            err_fh.flush()

    if sink is not None:
        _stop_on_sigterm()
    out = sys.stdout.buffer
    enc = encoder(fmt, bom) if sink is None else None
    written = 0
    single = (
        len(entries) == 1 and from_list is None and not os.path.isdir(entries[0]) and not is_warc(entries[0])
    )
    results = run(
        items, pats,  # type: ignore[arg-type]
        jobs=default_jobs() if jobs is None else jobs, max_bytes=max_bytes, timeout=timeout,
        on_result=report, tick=bar.update if bar else None, summary=summary, warm_up=not single,
    )  # fmt: skip
    try:
        if bar is not None:
            bar.__enter__()
        if enc is not None:
            out.write(enc.header())
        for result in results:
            if sink is not None:
                if result.record is not None:
                    sink.write(result.record)
                sink.commit(result.input, result.status, result.facts)
            elif enc is not None and result.record is not None:
                out.write(enc.record(result.record, written))
                written += 1
                out.flush()
            if bar is not None:
                bar.update()
        if enc is not None:
            out.write(enc.footer(written))
            out.flush()
        if sink is not None:
            sink.finish()
    except BrokenPipeError:
        # the reader went away (| head): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.OK
    except KeyboardInterrupt:
        if bar is not None:
            bar.__exit__()
            bar = None
        if sink is not None:
            sink.close()
            _err(f"interrupted after {summary.read} inputs; run the same command with --resume to finish")
        else:
            _err("interrupted")
        raise typer.Exit(130) from None
    except OSError as exc:
        keep = sink is not None and not sink.direct
        hint = "; what was written is kept: fix that, then run the same command with --resume" if keep else ""
        _err(f"{output or 'stdout'}: cannot write output: {exc.strerror or exc}{hint}")
        if sink is not None:
            sink.close()
        return ExitCode.INPUT_FAILED
    finally:
        results.close()  # type: ignore[attr-defined]
        if bar is not None:
            bar.__exit__()
        if err_fh is not None:
            err_fh.close()
    if not quiet and (not single or summary.read != 1):
        _err(summary.line())
    return ExitCode.INPUT_FAILED if summary.errors else ExitCode.OK


def _stop_on_sigterm() -> None:
    """SIGTERM stops a run like Ctrl-C does: workers ended, the part file kept for --resume."""
    import signal
    import threading

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, handler)


def _own_files(path: Path) -> list[Path]:
    from .output import part_path, state_path

    return [path, part_path(path), state_path(path), path.with_name(f".{path.name}.tmp")]


def _without_own_files(items: Iterable[Item], own: list[Path]) -> Iterator[Item]:
    """``items`` less this run's own output, part and state files (when they sit in a walked folder)."""
    from .inputs import Task

    names = {p.name for p in own}
    real = {os.path.realpath(p) for p in own}
    for item in items:
        path = item.path if isinstance(item, Task) else None
        if path and os.path.basename(path) in names and os.path.realpath(path) in real:
            continue
        yield item


def _skipping(items: Iterable[Item], skip: dict[str, int]) -> Iterator[Item]:
    """``items`` less those an earlier run finished (a name done twice is skipped twice)."""
    from .inputs import InputFailure

    for item in items:
        name = item.input if isinstance(item, InputFailure) else item.name
        if skip.get(name):
            skip[name] -= 1
            continue
        yield item


@app.command("patterns")
def patterns_cmd(
    files: Annotated[list[Path] | None, typer.Argument(help="Patterns files to validate and add.")] = None,
) -> None:
    """List the patterns in force and where they come from; validate extra files."""
    pats = _load_patterns(files)
    for src in pats.sources:  # type: ignore[attr-defined]
        counts = ", ".join(f"{k} {v}" for k, v in sorted(src.counts.items()))
        typer.echo(f"{src.path}: {counts}")


app.command("show")(show)


def main() -> None:
    """Console-script entry point."""
    if sys.stdin is None:  # started with standard input closed (<&-): '-' then fails with a clear line
        from .inputs import closed_stdin

        sys.stdin = closed_stdin()
    try:
        app()
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
