"""What every command shares: exit codes, the stderr voice, and the options defined once.

Each option is an ``Annotated`` type that a command puts in its signature, so
``--patterns``, ``--max-bytes``, ``--jobs``, ``--quiet``, the output format and the
errors file read and behave the same in every command (as sqlite-utils shares its
output options). Flags carry an empty metavar so help shows no type placeholder.
"""

from __future__ import annotations

import enum
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperCommand

if TYPE_CHECKING:
    from ..rules.divisions import Divisions
    from ..rules.patterns import Patterns

#: -h works wherever --help does
CONTEXT = {"help_option_names": ["-h", "--help"]}


class Command(TyperCommand):
    """A command whose help lists arguments by their metavar (``INPUT...``) without a type tag."""

    # typer carries its own copy of click, whose types are private: the two are taken as they come
    def format_options(self, ctx: Any, formatter: Any) -> None:
        args: list[tuple[str, str]] = []
        opts: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                args.append((param.metavar or (param.name or "").upper(), record[1]))
            else:
                opts.append(record)
        for title, rows in (("Arguments", args), ("Options", opts)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


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


#: set by a command once its work is done and every file it wrote is closed (see :func:`app.main`)
_done: list[bool] = []


def work_done() -> None:
    """Say the command's work is done and its files are closed: the process may end at once."""
    _done.append(True)


def is_work_done() -> bool:
    return bool(_done)


#: set while the entry point holds the collector off (:func:`hold_collector`)
_held: list[bool] = []


def hold_collector() -> None:
    """Automatic collection off while the command loads its modules and rules (the entry point
    only: a command run in-process, as the tests do, keeps its caller's collector as it is)."""
    gc.disable()
    _held.append(True)


def resume_collector() -> None:
    """Collection on again for what the command makes from here on; what was loaded while it was
    held off (modules, rules, tables: kept for the whole run) is frozen, never walked. Without
    the freeze the first collection would walk all of it at once (18 ms on a one-page start)."""
    if _held:
        _held.clear()
        gc.freeze()
        gc.enable()


def err(message: str) -> None:
    """One line on stderr in the tool's voice: ``gov-facts: …``."""
    sys.stderr.write(f"gov-facts: {message}\n")
    sys.stderr.flush()


def usage(message: str) -> typer.Exit:
    """Say what is wrong with the command line; raise the result to exit 2."""
    err(message)
    return typer.Exit(ExitCode.USAGE)


def load_patterns_or_exit(files: list[Path] | None) -> Patterns:
    """The built-in patterns plus ``--patterns`` files, or exit 2 naming what does not load."""
    from ..core.errors import PatternError
    from ..rules.patterns import load_patterns

    try:
        return load_patterns(files or [])
    except PatternError as exc:
        raise usage(str(exc)) from exc


def load_divisions_or_exit() -> Divisions:
    """The divisions table (places and their codes), or exit 2 naming what does not load."""
    from ..core.errors import PatternError
    from ..rules.divisions import load_divisions

    try:
        return load_divisions()
    except PatternError as exc:
        raise usage(str(exc)) from exc


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


def writable_parent(path: Path | None) -> None:
    """Exit 2 when a file cannot be written for want of its directory."""
    if path is not None and not (path.parent if str(path.parent) else Path(".")).is_dir():
        raise usage(f"{path}: cannot write there: no such directory")


# --- the shared options ----------------------------------------------------------------------

Patterns_ = Annotated[
    list[Path] | None,
    typer.Option("--patterns", metavar="FILE", help="An extra patterns file (TOML); repeatable."),
]
MaxBytes = Annotated[
    str, typer.Option("--max-bytes", metavar="SIZE", help="Inputs larger than this fail (after gunzip).")
]
Jobs = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", min=0, metavar="N", help="Worker processes [default: one per CPU]; 0: in-process."
    ),
]
Quiet = Annotated[
    bool, typer.Option("--quiet", "-q", metavar="", help="No progress and no summary on stderr.")
]
Debug = Annotated[bool, typer.Option("--debug", metavar="", help="Show tracebacks for internal errors.")]
Format = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help="jsonl (one record per line), json (array), csv (one row per fact), parquet (needs -o).",
    ),
]
Output = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", metavar="FILE", help="Write here instead of stdout (appears only when complete)."
    ),
]
Bom = Annotated[
    bool,
    typer.Option("--bom", metavar="", help="With csv: start with a UTF-8 BOM so Excel reads Chinese right."),
]
ExcelSafe = Annotated[
    bool,
    typer.Option(
        "--excel-safe",
        metavar="",
        help="With csv: put ' before text cells starting with = + - @ so Excel shows, not runs, them.",
    ),
]
Errors = Annotated[
    Path | None,
    typer.Option("--errors", metavar="FILE", help="Also write each failed input as a JSONL row here."),
]
Inputs = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="INPUT",
        help="Pages (HTML or text dumps, .gz too), directories, WARC files; '-' reads stdin.",
        show_default=False,
    ),
]
