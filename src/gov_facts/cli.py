"""The ``gov-facts`` command: a thin layer that maps options onto library calls.

Records go to stdout (or ``-o FILE``), progress and errors to stderr; exit
codes are :class:`ExitCode`.
"""

from __future__ import annotations

import enum
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Annotated

import typer

from . import __version__


class ExitCode(enum.IntEnum):
    """What the process exit status means."""

    OK = 0
    INPUT_FAILED = 1  # some inputs gave no record (each one reported on stderr)
    USAGE = 2  # bad options, or a patterns file that does not load


class OutputFormat(str, enum.Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


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


class _AtomicOutput:
    """Write to a temporary file beside the target and rename it into place on success."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.tmp: str | None = None
        self.fh: IO[bytes] | None = None

    def __enter__(self) -> IO[bytes]:
        directory = self.target.parent if str(self.target.parent) else Path(".")
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".part", dir=directory)
        self.fh = os.fdopen(fd, "wb")
        return self.fh

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        assert self.fh is not None and self.tmp is not None
        try:
            self.fh.close()
        finally:
            if exc_type is None:
                os.replace(self.tmp, self.target)
            else:
                Path(self.tmp).unlink(missing_ok=True)


FORMAT_OPT = typer.Option("--format", "-f", help="Output format: jsonl (one record per line), json, csv.")
OUTPUT_OPT = typer.Option("--output", "-o", help="Write here instead of stdout (written atomically).")
BOM_OPT = typer.Option("--bom", help="With csv: start with a UTF-8 BOM so Excel reads Chinese right.")
PATTERNS_OPT = typer.Option("--patterns", help="Extra patterns file (TOML); repeatable.")
DEBUG_OPT = typer.Option("--debug", help="Show tracebacks for internal errors.")
QUIET_OPT = typer.Option("--quiet", "-q", help="No summary line on stderr.")


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Pages (HTML or text dumps); '-' reads stdin.")],
    fmt: Annotated[OutputFormat, FORMAT_OPT] = OutputFormat.jsonl,
    output: Annotated[Path | None, OUTPUT_OPT] = None,
    bom: Annotated[bool, BOM_OPT] = False,
    patterns: Annotated[list[Path] | None, PATTERNS_OPT] = None,
    debug: Annotated[bool, DEBUG_OPT] = False,
    quiet: Annotated[bool, QUIET_OPT] = False,
) -> None:
    """Extract article metadata and facts from each input."""
    from .batch import InputFailure, Summary, run
    from .export import write

    pats = _load_patterns(patterns)
    summary = Summary()

    def report(failure: InputFailure) -> None:
        _err(failure.line())
        if debug and failure.detail:
            sys.stderr.write(failure.detail)

    records = run(inputs, pats, on_failure=report, summary=summary)  # type: ignore[arg-type]
    try:
        if output is None:
            write(records, sys.stdout.buffer, fmt.value, bom=bom)
            sys.stdout.buffer.flush()
        else:
            with _AtomicOutput(output) as fh:
                write(records, fh, fmt.value, bom=bom)
    except BrokenPipeError:
        # the reader went away (| head): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(ExitCode.OK) from None
    except OSError as exc:
        _err(f"{output or 'stdout'}: cannot write output: {exc.strerror or exc}")
        raise typer.Exit(ExitCode.INPUT_FAILED) from exc
    if not quiet and len(inputs) > 1:
        _err(summary.line())
    if summary.failures:
        raise typer.Exit(ExitCode.INPUT_FAILED)


@app.command("patterns")
def patterns_cmd(
    files: Annotated[list[Path] | None, typer.Argument(help="Patterns files to validate and add.")] = None,
) -> None:
    """List the patterns in force and where they come from; validate extra files."""
    pats = _load_patterns(files)
    for src in pats.sources:  # type: ignore[attr-defined]
        counts = ", ".join(f"{k} {v}" for k, v in sorted(src.counts.items()))
        typer.echo(f"{src.path}: {counts}")


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
